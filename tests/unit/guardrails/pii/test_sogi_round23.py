"""Issue 16, twenty-third round (second wave): sexual orientation and gender identity
disclosed about a person are found as ``SOGI`` (only the word) and masked by default; the
same words as a topic (training material, Pride events, a debate, a film list, hyphenated
words) are left alone; a policy lists ``SOGI: {action: allow}`` to switch it off.

Rows written for these tests (not taken from ``bench/pii_r23_sogi_gen.py`` or the
hand-written set); floors over both generator halves (T tuned on, H held out).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.recognizers.sogi import sogi_spans
from guardrails.policy.pii import SOGI_TAG, PiiAction, PiiPolicy
from tests.unit.guardrails.pii.conftest import found_whole
from tests.unit.guardrails.pii.generator_floors import bench_cases, found_by_one, tally

FOUND = [
    ("同性のパートナーがいて（私はゲイです）、家族手当の対象になるか知りたい", "ゲイ"),
    ("トランスジェンダーであることを上司に伝えるべきか", "トランスジェンダー"),
    ("夫がバイセクシャルだと最近知りました。誰に相談すればいい？", "バイセクシャル"),
    ("自分、ノンバイナリーなので制服の規定について聞きたいです", "ノンバイナリー"),
    ("経理の山本さんはレズビアンだって噂、本当？", "レズビアン"),
    ("my partner and I are a lesbian couple", "lesbian"),
    ("he's bi, can HR keep that private?", "bi"),
    ("Honestly I'm queer and the onboarding form only has two boxes.", "queer"),
    ("My brother came out as transgender at Christmas; how do I support him?", "transgender"),
    ("As a gay man in the sales team, should I bring my husband to the dinner?", "gay"),
    ("Priya is pansexual and asked me not to tell the team.", "pansexual"),
]  # fmt: skip

LOOKALIKES = [
    "LGBT研修の資料を作って",
    "Pride month event ideas",
    "what does the T in LGBT stand for",
    "同性婚の法制化の議論を要約して",
    "News: the Sapporo High Court ruled that denying same-sex marriage is unconstitutional.",
    "ゲイバーの多い街の歴史をまとめて",
    "トランスジェンダーの社員への配慮について規程案を作って",
    "The bi-monthly newsletter is due; our trans-Atlantic team is gay-friendly.",
    "Is it okay to use the word queer in a training slide?",
    "List five films with lesbian protagonists.",
]


@pytest.mark.parametrize(("text", "word"), FOUND, ids=[w for _, w in FOUND])
def test_a_disclosure_is_found(full_analyzer: PiiAnalyzer, text: str, word: str) -> None:
    assert found_whole(full_analyzer, text, word, "SOGI")
    # Only the word: the request around it stays.
    start = text.index(word)
    for finding in full_analyzer.analyze(text):
        if finding.entity_type == "SOGI":
            assert (finding.start, finding.end) == (start, start + len(word))


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_topic_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type == "SOGI"]
    assert sogi_spans(text) == []


def test_masked_by_default_and_switched_off_by_a_policy() -> None:
    supported = frozenset({"PERSON", "SOGI"})
    rule = PiiPolicy().rule("SOGI")
    assert rule.action is PiiAction.MASK
    assert rule.tag == SOGI_TAG
    assert "SOGI" in PiiPolicy().detected_types(supported)
    off = PiiPolicy.model_validate({"entities": {"SOGI": {"action": "allow"}}})
    assert off.rule("SOGI").action is PiiAction.ALLOW
    assert "SOGI" not in off.detected_types(supported)
    # Special care is untouched by the switch.
    assert off.rule("SPECIAL_CARE:medical_history").action is PiiAction.MASK


def test_the_switch_off_sends_the_word(full_analyzer: PiiAnalyzer) -> None:
    text = "I'm gay and my manager keeps making jokes."
    assert found_whole(full_analyzer, text, "gay", "SOGI")
    assert not [
        f for f in full_analyzer.analyze(text, entities={"PERSON"}) if f.entity_type == "SOGI"
    ]


# (half, values, at most not found whole, at most benign texts with a SOGI finding). At HEAD
# before this wave (b48dc83) no recognizer reported the type: 20 of 20 missed in each half.
_FLOORS = [("T", 20, 0, 0), ("H", 20, 2, 0)]


@pytest.mark.parametrize(("half", "values", "floor", "benign"), _FLOORS)
def test_generator_floor(
    full_analyzer: PiiAnalyzer, half: str, values: int, floor: int, benign: int
) -> None:
    counts = tally(
        full_analyzer, bench_cases("pii_r23_sogi_gen"), half, check=found_by_one, kinds={"SOGI"}
    )
    assert counts.total == values
    assert len(counts.missed) <= floor, "\n".join(counts.missed)
    assert len(counts.flagged) <= benign, "\n".join(counts.flagged)
