"""Twentieth round (issue 16): English names placed by a role, a sign-off or a relationship.

Found: a full name after a role or attention word (Resident Olga Petrov, attn. Felix Brandt,
Attn: Dr. Nia Osei); a name alone after a dash or a thanks that ends the message; a first
name typed in lower case after a relationship word (my housemate ravi). Left alone: the same
role words before a department, a survey or a week, a sign-off that is a phrase, and a
relationship word followed by an ordinary word.

Every row was written for these tests (none comes from a benchmark set).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    # (text, name)
    ("Resident Olga Petrov complained about the noise; draft a reply.", "Olga Petrov"),
    ("Claimant Bruno Keller sent the forms late, what now?", "Bruno Keller"),
    ("Please forward this attn. Felix Brandt in purchasing.", "Felix Brandt"),
    ("Attn: Dr. Nia Osei\nPlease confirm the referral.", "Nia Osei"),
    ("Our trainee Wren Castellano starts on the 3rd.", "Wren Castellano"),
    ("Polish this: the van is parked round the back — Ezra", "Ezra"),
    ("tidy up: meeting moved to 4\n-- Jonas", "Jonas"),
    ("Could you send the slides over tonight? Thanks, Anouk", "Anouk"),
    ("my housemate ravi never cleans, how do i say it", "ravi"),
    ("what to get my cousin ottilie for her graduation", "ottilie"),
]

LOOKALIKES = [
    "Resident Parking Permits: how do I apply?",
    "Candidate Experience Survey: summarise the feedback.",
    "Please forward this attn. Human Resources.",
    "Please send the remittance attn. Accounts Payable.",
    "Patient Safety Week is coming; poster ideas?",
    "Polish this: see you at the offsite — Best wishes",
    "Send the file by noon. Thanks a lot!",
    "my housemate never cleans, how do i say it",
    "my cousin always asks for money, advice?",
]


def _persons(analyzer: PiiAnalyzer, text: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze(text) if f.entity_type == "PERSON"]


@pytest.mark.parametrize(("text", "name"), FOUND, ids=[n for _, n in FOUND])
def test_the_name_is_masked(full_analyzer: PiiAnalyzer, text: str, name: str) -> None:
    start = text.index(name)
    end = start + len(name)
    assert any(
        f.entity_type == "PERSON" and f.start <= start and end <= f.end
        for f in full_analyzer.analyze(text)
    )


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert _persons(full_analyzer, text) == []
