from __future__ import annotations

import random

import pytest

from guardrails.output.leak_detector import (
    BUILD_AFTER_CHARS,
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


def _runs_by_search(protected: str, segments: list[str]) -> list[list[int]]:
    """Each segment's per-character runs, computed the plain way: the longest stretch of
    the answer so far ending at the character that occurs in the protected text."""
    folded, answer, out = comparable(protected), "", []
    for segment in segments:
        runs = []
        for char in comparable(segment):
            answer += char
            runs.append(
                max(n for n in range(len(answer) + 1) if answer[len(answer) - n :] in folded)
            )
        out.append(runs)
    return out


@pytest.mark.parametrize("seed", range(40))
def test_search_and_automaton_give_the_same_runs(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = "あいうアイ価格表12ab"
    protected = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
    segments = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(6)]
    if protected and rng.random() < 0.5:  # a long copy split over segments
        start = rng.randrange(len(protected))
        segments[2:4] = [protected[start : start + 9], protected[start + 9 : start + 30]]
    expected = _runs_by_search(protected, segments)
    # Substring search throughout, automaton throughout, and a build mid-answer.
    for build_at in (None, 0, 3):
        text = ProtectedText(protected)
        tail = ""
        for index, segment in enumerate(segments):
            if index == build_at:
                text.build()
            tail, runs = text.walk(comparable(segment), tail)
            assert runs == expected[index], (build_at, index)
        assert text.built == (build_at is not None)


def test_a_long_answer_builds_the_automaton() -> None:
    text = ProtectedText(PROMPT)
    tail, _ = text.walk("あ" * (BUILD_AFTER_CHARS - 1), "")
    assert not text.built
    text.walk("い", tail)
    assert text.built


def test_cache_builds_on_the_second_use() -> None:
    cache = ProtectedTextCache(entries=2)
    first = cache.get(PROMPT)
    assert not first.built
    assert cache.get(PROMPT) is first
    assert first.built


# Twenty-seventh round (issues 15/16): a placeholder is one character of the comparison.
CONTACT = "お問い合わせ先: 電話 <PHONE_NUMBER_1> / メール <EMAIL_ADDRESS_1>"


def test_comparable_makes_each_placeholder_one_character() -> None:
    folded = comparable(
        "電話 <PHONE_NUMBER_1> / ＜ＥＭＡＩＬ＿ＡＤＤＲＥＳＳ＿１＞ <PHONE_NUMBER_1b>"
    )
    assert len(folded) == len("電話") + 1 + len("/") + 2
    assert folded[2] != folded[4] != folded[5] != folded[2]
    assert comparable("<PHONE_NUMBER_1>") == comparable("< phone_number _1 >")
    assert comparable("a<b>c <x>") == "a<b>c<x>"  # no number: not a placeholder


def test_a_contact_line_given_back_is_no_prompt_copy() -> None:
    tracker = LeakTracker(ProtectedText(CONTACT), share_run=16)
    overlap = tracker.segment("電話 <PHONE_NUMBER_1> またはメール <EMAIL_ADDRESS_1> までどうぞ。")
    assert overlap.run <= 4
    assert overlap.share == 0.0


def test_a_copy_through_placeholders_is_still_one_run() -> None:
    tracker = LeakTracker(ProtectedText(CONTACT), share_run=16)
    overlap = tracker.segment("設定は次の通り: " + CONTACT)
    assert overlap.run == ProtectedText(CONTACT).length
    assert overlap.share == 1.0
