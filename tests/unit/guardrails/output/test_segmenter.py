from __future__ import annotations

import random

import pytest

from guardrails.output.segmenter import JsonSegmenter, Segmenter
from guardrails.policy.output import SENTENCE_BOUNDARIES


def _segments(text: str, max_chars: int = 20) -> list[str]:
    segmenter = Segmenter(SENTENCE_BOUNDARIES, max_chars)
    return segmenter.feed(text) + segmenter.finish()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("はい。承知しました！", ["はい。", "承知しました！"], id="sentences"),
        pytest.param("OK? Yes!\nNext", ["OK?", " Yes!", "\n", "Next"], id="ascii-and-newline"),
        pytest.param("", [], id="empty"),
        pytest.param("終わりのない文", ["終わりのない文"], id="no-boundary-short"),
        pytest.param(
            "あいうえおかきくけこ、さしすせそたちつてとなにぬねの",
            ["あいうえおかきくけこ、", "さしすせそたちつてとなにぬねの"],
            id="cut-after-comma",
        ),
        pytest.param(
            "連絡先はお手数ですがtaro@example.jpまで",
            ["連絡先はお手数ですが", "taro@example.jpまで"],
            id="no-cut-inside-email",
        ),
        pytest.param(
            "あいうえおかきくけこさしすせそたちつてとなに",
            ["あいうえおかきくけこさしすせそたちつてと", "なに"],
            id="hard-cut",
        ),
    ],
)
def test_segments(text: str, expected: list[str]) -> None:
    assert _segments(text) == expected
    assert "".join(expected) == text


@pytest.mark.parametrize("seed", range(5))
def test_segments_do_not_depend_on_how_the_text_arrives(seed: int) -> None:
    rng = random.Random(seed)
    text = "".join(
        rng.choice(["お問い合わせ", "ありがとうございます", "。", "、", "090-1234-5678", "\n", "x"])
        for _ in range(60)
    )
    segmenter = Segmenter(SENTENCE_BOUNDARIES, 24)
    streamed: list[str] = []
    position = 0
    while position < len(text):
        size = rng.randint(1, 3)
        streamed += segmenter.feed(text[position : position + size])
        position += size
        assert segmenter.held <= 24
    streamed += segmenter.finish()
    assert streamed == _segments(text, 24)
    assert segmenter.held_max <= 24 + 3


def _lead_segments(text: str, lead_chars: int = 3) -> list[str]:
    segmenter = Segmenter(SENTENCE_BOUNDARIES, 80, lead_chars)
    return segmenter.feed(text) + segmenter.finish()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "お問い合わせありがとうございます。担当です。",
            ["お問い", "合わせありがとうございます。", "担当です。"],
            id="hiragana-then-kanji",
        ),
        pytest.param("はい、承知しました。", ["はい、", "承知しました。"], id="comma"),
        pytest.param("ありがとうございます。", ["ありが", "とうございます。"], id="all-kana"),
        pytest.param(
            "ご質問ありがとうございます。",
            ["ご質問ありがとうございます。"],
            id="no-kana-pair-after-kanji",
        ),
        pytest.param(
            "田中さんの電話は090-1234-5678です。",
            ["田中さんの", "電話は090-1234-5678です。"],
            id="name-keeps-its-honorific",
        ),
        pytest.param(
            "承知しました。以上です。", ["承知しました。", "以上です。"], id="not-before-period"
        ),
        pytest.param("ちょっと待って。", ["ちょっと", "待って。"], id="not-before-small-kana"),
        pytest.param("佐藤花子様", ["佐藤花子様"], id="kanji-run-never-split"),
        pytest.param("ok", ["ok"], id="short"),
    ],
)
def test_lead_cut(text: str, expected: list[str]) -> None:
    assert _lead_segments(text) == expected
    assert "".join(expected) == text


def test_lead_cut_only_for_the_first_segment_and_only_when_asked() -> None:
    text = "はい。お問い合わせありがとうございます。"
    assert _lead_segments(text) == ["はい。", "お問い合わせありがとうございます。"]
    assert _lead_segments("お問い合わせです。", lead_chars=0) == ["お問い合わせです。"]
    with pytest.raises(ValueError, match="lead_chars"):
        Segmenter("。", 80, -1)


@pytest.mark.parametrize("seed", range(5))
def test_lead_cut_does_not_depend_on_how_the_text_arrives(seed: int) -> None:
    rng = random.Random(seed)
    pieces = [
        "お問い合わせ",
        "ありがとう",
        "、",
        "田中さん",
        "。",
        "090-1234-5678",
        "ちょっと",
        "x",
    ]
    for _ in range(20):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        segmenter = Segmenter(SENTENCE_BOUNDARIES, 24, 3)
        streamed: list[str] = []
        position = 0
        while position < len(text):
            size = rng.randint(1, 3)
            streamed += segmenter.feed(text[position : position + size])
            position += size
        streamed += segmenter.finish()
        whole = Segmenter(SENTENCE_BOUNDARIES, 24, 3)
        assert streamed == whole.feed(text) + whole.finish()


def test_a_tiny_limit_is_refused() -> None:
    with pytest.raises(ValueError, match="max_chars"):
        Segmenter("。", 1)


ARGUMENTS = (
    '{"name": "田中, 健太", "tel": "080-9876-5432", "note": "say \\"hi\\", ok", "ids": [1, 2]}'
)


def _json_segments(segmenter: JsonSegmenter, pieces: list[str]) -> list[str]:
    out = [segment for piece in pieces for segment in segmenter.feed(piece)]
    return out + segmenter.finish()


@pytest.mark.parametrize("size", [1, 2, 3, 7, len(ARGUMENTS)], ids=lambda n: f"pieces-of-{n}")
def test_json_arguments_are_cut_after_each_value_outside_strings(size: int) -> None:
    pieces = [ARGUMENTS[i : i + size] for i in range(0, len(ARGUMENTS), size)]
    segments = _json_segments(JsonSegmenter(80), pieces)
    assert "".join(segments) == ARGUMENTS
    assert segments == [
        '{"name": "田中, 健太",',
        ' "tel": "080-9876-5432",',
        ' "note": "say \\"hi\\", ok",',
        ' "ids": [1,',
        " 2]",
        "}",
    ]


def test_a_long_json_string_is_cut_like_text() -> None:
    value = "あ" * 200
    segments = _json_segments(JsonSegmenter(40), [f'{{"memo": "{value}"}}'])
    assert "".join(segments) == f'{{"memo": "{value}"}}'
    assert max(len(segment) for segment in segments) <= 41
