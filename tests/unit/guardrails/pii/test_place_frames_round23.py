"""Twenty-third round (issue 16, over-masking): a place name in a travel or place frame is a
place, not a person (hotels in Beverly Hills, the cost of living in Austin, Charlotte and
Santa Monica, a visa for Canada, flights to Charlotte, our Jackson office, Lincolnの天気);
the same given names stay masked where they are someone (send it to Charlotte Evans, loop in
Charlotte Evans, visit Charlotte in hospital, Charlotte's proposal).

The rows were written for these tests.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.conftest import found_whole

PLACES = [
    "Recommend three hotels in Beverly Hills near the convention centre.",
    "Compare the cost of living in Austin, Charlotte and Santa Monica for a relocation.",
    "Flights to Charlotte from Boston on Friday: which airline is cheapest?",
    "What's the best time of year to visit Savannah?",
    "Our Madison office and the Lincoln plant close early on Friday.",
    "Lincolnの天気と治安について教えてください。",
    "Do I need a visa for Canada with a Japanese passport?",
    "The conference is held in Charlotte every spring.",
]

PEOPLE = [
    ("Please send the signed form to Charlotte Evans today.", "Charlotte Evans"),
    ("Please loop in Charlotte Evans on the thread.", "Charlotte Evans"),
    ("I'll visit Charlotte Evans in hospital tomorrow.", "Charlotte Evans"),
    ("I was in Tokyo and Charlotte Evans called me.", "Charlotte Evans"),
    ("I like the office in Charlotte Evans's house.", "Charlotte Evans"),
]


@pytest.mark.parametrize("text", PLACES, ids=[t[:32] for t in PLACES])
def test_a_place_in_a_place_frame_is_no_person(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type == "PERSON"]


@pytest.mark.parametrize(("text", "name"), PEOPLE, ids=[t[:32] for t, _ in PEOPLE])
def test_a_person_stays_masked(full_analyzer: PiiAnalyzer, text: str, name: str) -> None:
    assert found_whole(full_analyzer, text, name, "PERSON")
