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
