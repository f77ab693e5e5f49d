"""Issue 16, twenty-first round: crimes suffered, medicines after plain English verbs, and a
condition as a field's value (rows written for these tests, not taken from the generator's
halves; the families are those of ``bench/pii_cases_tau.py``).

Each row: the sensitive core found whole, the words that must reach the model (the request,
and for a field the field word: 持病は) untouched by any special-care finding; look-alikes
left alone; a floor over the found rows.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.conftest import found_whole as _found

FOUND = [
    # crimes suffered, English
    ("I was sexually assaulted last year and I'd like to change my account name",
     "sexually assaulted", "change my account name"),
    ("I got mugged outside the station, please hide my address on the rota", "mugged",
     "hide my address"),
    ("My daughter was stalked by a classmate; draft a letter to the school", "stalked",
     "draft a letter to the school"),
    ("After being abused by my ex I need my new number kept off the list", "abused",
     "new number kept off the list"),
    ("I'm a victim of domestic violence, help me ask HR to hide my address",
     "domestic violence", "help me ask HR"),
    ("i've been harassed by a neighbour for months, write to the council for me", "harassed",
     "write to the council"),
    # crimes suffered, Japanese
    ("元夫からDVを受けていて、転居先を伏せる手続きを教えて", "DV", "転居先を伏せる手続き"),
    ("交際相手に暴力を振るわれて、引っ越しの段取りを考えてほしい", "暴力", "引っ越しの段取り"),
    # medicines after plain verbs
    ("I have bipolar disorder and take lithium, plan a week of dinners", "lithium",
     "plan a week of dinners"),
    ("I'm on sertraline, suggest a gentle workout", "sertraline", "suggest a gentle workout"),
    ("I was prescribed quetiapine, make me a bedtime routine", "quetiapine",
     "make me a bedtime routine"),
    ("I take methotrexate weekly so write a note for my insurer", "methotrexate",
     "write a note for my insurer"),
    ("My dad takes bisoprolol, draft a reminder card for him", "bisoprolol",
     "draft a reminder card"),
    ("I have to take pantoprazole with breakfast, plan my mornings", "pantoprazole",
     "plan my mornings"),
    ("She started liraglutide in May, suggest simple lunches", "liraglutide",
     "suggest simple lunches"),
    # a condition as a field's value; the field word stays
    ("持病は糖尿病です。出張の日程を相談したい", "糖尿病", "持病は"),
    ("既往歴は喘息です。問診票の書き方を教えて", "喘息", "既往歴は"),
    ("息子の病名はてんかんです、連絡帳の文を考えて", "てんかん", "病名は"),
    ("障害は肢体不自由です。面接で配慮をお願いする文を", "肢体不自由", "障害は"),
    ("うちの宗教は天理教なので、葬儀の作法を教えて", "天理教", "宗教は"),
]  # fmt: skip

LOOKALIKES = [
    "A man was mugged near the station last night, police said.",
    "How do I report being stalked to the police?",
    "What is lithium used for?",
    "Lithium battery recall: which phone models are affected?",
    "I take the train to work, can you plan my morning?",
    "I was prescribed new glasses, how do I clean them?",
    "The shop was a victim of fraud last week, draft a notice to customers",
    "Is warfarin safe to take with alcohol?",
    "持病とは何ですか？",
    "宗教は何のためにあるのか、歴史から説明して",
    "既往歴とは何を書く欄ですか？",
    "DV被害の統計を年ごとにまとめて",
    "システムの障害はネットワーク障害です",
    "I'm on the night shift this week, suggest quick dinners",
]


@pytest.mark.parametrize(("text", "core", "kept"), FOUND, ids=[c for _, c, _ in FOUND])
def test_the_core_is_masked_and_the_rest_kept(
    full_analyzer: PiiAnalyzer, text: str, core: str, kept: str
) -> None:
    assert _found(full_analyzer, text, core, "SPECIAL_CARE")
    start = text.index(kept)
    end = start + len(kept)
    assert not any(
        f.start < end and start < f.end
        for f in full_analyzer.analyze(text)
        if f.entity_type.startswith("SPECIAL_CARE")
    )


def test_found_floor(full_analyzer: PiiAnalyzer) -> None:
    found = sum(_found(full_analyzer, text, core, "SPECIAL_CARE") for text, core, _ in FOUND)
    assert found / len(FOUND) >= 0.95


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type.startswith("SPECIAL_CARE")]
