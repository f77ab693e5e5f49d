from __future__ import annotations

import pytest

from retrieval.sudachi_tokenizer import MAX_PIECE, SudachiTokenizer, pieces


@pytest.fixture(scope="module")
def tokenizer() -> SudachiTokenizer:
    return SudachiTokenizer(mode="A")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("あ" * 30000, id="no-break-at-all"),
        pytest.param("駐車場はありますか。" * 9000, id="sentences"),
        pytest.param("取扱説明書\n" * 12000, id="lines"),
        pytest.param("😀" * 20000, id="four-byte-characters"),
        pytest.param("manual page " * 10000, id="latin-words"),
    ],
)
def test_text_beyond_sudachis_input_limit_gets_its_terms(
    tokenizer: SudachiTokenizer, text: str
) -> None:
    assert len(text.encode()) > 49149
    terms = tokenizer.terms(text)
    if "😀" not in text:
        assert terms
    assert "".join(pieces(text)) == text
    assert all(len(piece) <= MAX_PIECE for piece in pieces(text))


def test_a_long_text_is_cut_after_a_sentence_end(tokenizer: SudachiTokenizer) -> None:
    sentence = "営業時間は平日9時から18時です。"
    text = sentence * 2000
    cut = pieces(text)
    assert len(cut) > 1
    assert all(piece.endswith("。") for piece in cut)
    assert tokenizer.terms(text) == tokenizer.terms(sentence) * 2000


def test_text_within_the_limit_is_one_piece() -> None:
    text = "送料はいくらですか？" * 10
    assert pieces(text) == [text]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("山田太郎です。住民票の取り方を教えて", True),
        ("先日、佐々木さんに聞いた件ですが", True),
        ("ゴミの出し方を教えて。鈴木", True),
        ("住民票の写しを取りたいのですが", False),
        ("マイナンバーカードの更新は？", False),
        ("粗大ごみの申し込み方法", False),
        ("x" * (MAX_PIECE + 10) + "。田中です", True),  # past one piece
    ],
)
def test_names_a_person(tokenizer: SudachiTokenizer, text: str, named: bool) -> None:
    assert tokenizer.names_a_person(text) is named
