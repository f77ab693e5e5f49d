from __future__ import annotations

import pytest

from guardrails.pii.normalize import normalize


@pytest.mark.parametrize(
    ("original", "normalized"),
    [
        ("電話は０９０－１２３４－５６７８", "電話は090-1234-5678"),
        ("ｶﾞｯｺｳ", "ガッコウ"),
        ("ﬁle", "file"),
        ("㍻元年", "平成元年"),
        ("①②", "12"),
        ("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ", "taro@example.jp"),
        ("plain ascii", "plain ascii"),
        ("", ""),
        ("🙂絵文字", "🙂絵文字"),
    ],
    ids=[
        "fullwidth-digits",
        "halfwidth-katakana-voiced",
        "ligature",
        "era-square",
        "circled-digits",
        "fullwidth-latin",
        "ascii-identity",
        "empty",
        "emoji",
    ],
)
def test_normalized_text(original: str, normalized: str) -> None:
    assert normalize(original).text == normalized


@pytest.mark.parametrize(
    ("original", "target", "expected"),
    [
        ("電話は０９０－１２３４", "090-1234", "０９０－１２３４"),
        ("名前はｶﾞｸです", "ガク", "ｶﾞｸ"),
        ("x ﬁle y", "file", "ﬁle"),
        ("x ﬁle y", "fi", "ﬁ"),
        ("x ﬁle y", "i", "ﬁ"),
        ("㍻2年生まれ", "平成2年", "㍻2年"),
        ("か\u3099ぎ", "ぎ", "ぎ"),
        ("abc", "b", "b"),
    ],
    ids=[
        "fullwidth-digits",
        "halfwidth-voiced-mark-stays-with-its-kana",
        "ligature-whole",
        "ligature-start",
        "inside-expansion-maps-to-whole-source",
        "expanded-era",
        "combining-mark",
        "identity",
    ],
)
def test_spans_map_back_to_the_original(original: str, target: str, expected: str) -> None:
    result = normalize(original)
    start = result.text.rindex(target) if target == "ぎ" else result.text.index(target)
    mapped_start, mapped_end = result.to_original(start, start + len(target))
    assert original[mapped_start:mapped_end] == expected


def test_offsets_are_clamped() -> None:
    result = normalize("０１")
    assert result.to_original(-5, 99) == (0, 2)
    assert result.to_original(2, 2) == (2, 2)
    assert result.to_original(1, 0) == (1, 1)


@pytest.mark.parametrize(
    ("original", "normalized"),
    [
        ("〇七〇-七二七六-四九八一", "070-7276-4981"),
        ("一九五五年五月一日", "1955年5月1日"),
        ("昭和六十年四月十二日", "昭和60年4月12日"),
        ("博多駅前一丁目二十九番二十四号", "博多駅前1丁目29番24号"),
        ("十日", "10日"),
        ("一郎さん", "一郎さん"),
        ("四日市市", "四日市市"),
        ("一番目に", "一番目に"),
        ("統一", "統一"),
    ],
    ids=["phone-kanji", "kanji-date", "era-kanji", "address-blocks", "ten", "name",
         "city-with-numeral", "ordinal-word", "word-ending-in-numeral"],
)  # fmt: skip
def test_kanji_numbers_read_as_digits(original: str, normalized: str) -> None:
    assert normalize(original).text == normalized


def test_kanji_number_maps_back_to_whole_kanji() -> None:
    text = "住所は一丁目二十九番"
    folded = normalize(text)
    start = folded.text.index("29")
    assert folded.to_original(start, start + 2) == (text.index("二十九"), text.index("番"))
    assert folded.to_original(start + 1, start + 2) == (text.index("二十九"), text.index("番"))
