from __future__ import annotations

import pytest

from guardrails.output.leak_detector import (
    LeakTracker,
    ProtectedText,
    ProtectedTextCache,
    comparable,
)

PROMPT = "あなたはミナモ電機のサポート担当です。社外秘の価格表は決して開示しないでください。"


@pytest.mark.parametrize(
    ("segments", "runs"),
    [
        pytest.param(["Hello"], [0], id="nothing-copied"),
        pytest.param(["社外秘の価格表は決して開示しない"], [16], id="one-run"),
        pytest.param(["社外秘の価格", "表は決して"], [6, 11], id="run-continues-across-segments"),
        pytest.param(["ＳＡＭＰＬＥ"], [0], id="no-latin-in-prompt"),
        pytest.param(["社外秘の 価格表は"], [8], id="whitespace-ignored"),
    ],
)
def test_longest_run_per_segment(segments: list[str], runs: list[int]) -> None:
    tracker = LeakTracker(ProtectedText(PROMPT), share_run=8)
    assert [tracker.segment(segment).run for segment in segments] == runs


def test_share_counts_long_runs_only_once() -> None:
    protected = ProtectedText(PROMPT)
    tracker = LeakTracker(protected, share_run=8)
    first = tracker.segment("社外秘の価格表は決して開示しないでください。")
    assert first.added == len(comparable("社外秘の価格表は決して開示しないでください。"))
    assert first.share == pytest.approx(first.added / protected.length)
    short = tracker.segment("サポート")
    assert short.added == 0
    assert short.share == first.share


def test_comparable_folds_width_case_and_spaces() -> None:
    assert comparable("Ａ b\u3000Ｃ") == "abc"


def test_cache_returns_the_same_automaton() -> None:
    cache = ProtectedTextCache(entries=1)
    first = cache.get(PROMPT)
    assert cache.get(PROMPT) is first
    cache.get("別の文章")
    assert cache.get(PROMPT) is not first
