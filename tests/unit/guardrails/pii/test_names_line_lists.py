"""Twentieth round, third names pass (issue 16): names in line layouts.

Found whole: every item of a bulleted or numbered list written one item per line once
one item is a found person, or when every item is a full name and one opens with a known
given name (``list_partners``); a name after a contact label (Contact:, Emergency
contact:, 緊急連絡先：, ``name_labels.txt``). Left alone: lists of cities,
headings and products in the same layouts, a contact label before a desk or a team.

Every row was written for these tests (none comes from a benchmark set).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    # later items of a list one of whose items is found
    ("Guests:\n* Sarah Whitfield\n* Bogdan Ilescu\n* Thandiwe Moyo", "Thandiwe Moyo"),
    ("Rota\n1. Robert Hale – nights\n2. Oyelaran Adeyemi – days", "Oyelaran Adeyemi"),
    ("Panel\n• Joseph Arkwright\n• Mireille Dufresne (Lyon)", "Mireille Dufresne"),
    ("当番\n・荒井 拓真（総務）\n・宮坂 七海（経理）\n・杉本 蒼（法務）", "宮坂 七海"),
    # a list of full names, one opening with a known given name, nothing else found
    ("Invite list:\n- Thomas Quarrington\n- Eulalie Marchbanks", "Eulalie Marchbanks"),
    ("Shortlist\n1) Andrea Ramírez\n2) Ottoline Pryce", "Andrea Ramírez"),
    # a contact label
    ("Contact: Benedikt Ostrowski / 080-2211-9087", "Benedikt Ostrowski"),
    ("Emergency contact: Philippa Grange (sister)", "Philippa Grange"),
    ("緊急連絡先：徳永 雅人（父）", "徳永 雅人"),
]


@pytest.mark.parametrize(("text", "value"), FOUND, ids=[v for _, v in FOUND])
def test_listed_name_is_masked_whole(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    start = text.index(value)
    end = start + len(value)
    assert any(
        f.entity_type == "PERSON" and f.start <= start and end <= f.end
        for f in full_analyzer.analyze(text)
    )


LEFT_ALONE = [
    # one-word items: cities, not people
    "Compare rents in:\n* Leeds\n* Porto\n* Bergen",
    "Offices\n1. Ghent\n2. Turin\n3. Quebec",
    # headings and products in a list
    "Agenda\n1. Project Scope\n2. Next Steps\n3. Open Questions",
    "Compare:\n- Google Drive\n- Microsoft Teams",
    # a contact label before a desk, not a person
    "Contact: Customer Support / ext. 2200",
]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_no_person_is_found(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [
        text[f.start : f.end] for f in full_analyzer.analyze(text) if f.entity_type == "PERSON"
    ] == []
