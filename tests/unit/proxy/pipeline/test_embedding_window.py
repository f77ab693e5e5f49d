"""The embedder's window of a long message: its head and its tail."""

from __future__ import annotations

import pytest

from proxy.pipeline.embedding_window import head_and_tail


@pytest.mark.parametrize("length", [0, 1, 999, 1000])
def test_a_text_within_the_window_is_unchanged(length: int) -> None:
    text = "あ" * length
    assert head_and_tail(text, 1000) is text


def test_a_long_text_keeps_its_first_and_last_halves() -> None:
    text = "質問：" + "本文" * 50_000 + "以上について教えてください。"
    window = head_and_tail(text, 1000)
    assert window.startswith("質問：") and window.endswith("以上について教えてください。")
    head, _, tail = window.partition("\n\n")
    assert len(head) == 500 and len(tail) == 500
    assert text.startswith(head) and text.endswith(tail)


def test_an_odd_window_gives_the_extra_character_to_the_tail() -> None:
    head, _, tail = head_and_tail("x" * 5000, 101).partition("\n\n")
    assert (len(head), len(tail)) == (50, 51)
