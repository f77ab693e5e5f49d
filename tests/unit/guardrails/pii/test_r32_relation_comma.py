"""Thirty-second round (issue 16): a relation word and a comma before a full name (my husband,
Tom Reyes, …; it is under my wife's name, Anna Fox) reached the model in clear when the
surname is also a word or a name Sudachi reads as a common noun (Pike, Wood, Brooks, Reyes).
The relation frame took the name only after a space or a colon; a comma is the usual English
apposition. The name after the comma is taken when it is two or more capitalised words, the
first a known given name, and it passes the other name checks, so a company, a product or a
place after the comma stays.

The lead found the gap in the failures of the round's outside blind set (its rows are not
here); the rows below are the lead's own probes.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.round_floors import assert_masked_whole, touching

FOUND = [
    ("My husband, Tom Reyes, lost his card yesterday.", "Tom Reyes"),
    ("Can you update the file for my daughter, Lucy Pike, please?", "Lucy Pike"),
    ("My landlord, Martin Greene, won't return the deposit.", "Martin Greene"),
    ("I'm writing on behalf of my mother, Helen Whitaker, who is 82.", "Helen Whitaker"),
    ("The booking is under my husband's name, Daniel Marchand.", "Daniel Marchand"),
    ("My colleague, Sarah Young, will pick up the parcel.", "Sarah Young"),
    ("Our tenant, Peter Stone, has not paid since May.", "Peter Stone"),
    ("My boyfriend, Chris Wood, wants to be added as a driver.", "Chris Wood"),
    ("My grandmother, Ruth Hill, needs a large-print statement.", "Ruth Hill"),
    ("my son, Jack White, starts school in April - what forms do we need?", "Jack White"),
    ("Please send it to my manager, Linda Black, not to me.", "Linda Black"),
    ("My neighbour, Alan King, keeps parking in my spot.", "Alan King"),
    ("My wife's name, Anna Fox, is on the lease too.", "Anna Fox"),
    ("Could my sister, Megan Rivers, collect the order?", "Megan Rivers"),
    ("My partner, Sam Brooks, is the second account holder.", "Sam Brooks"),
]

LOOKALIKES = [
    ("Our client, Toyota, wants a quote by Friday.", "Toyota"),
    ("My boss, Microsoft Teams keeps crashing, so use e-mail.", "Microsoft Teams"),
    ("My son, Harry Potter is his favourite book, any similar titles?", "Harry Potter"),
    ("My landlord, Tokyo Gas and the water company all need my new address.", "Tokyo Gas"),
    ("My manager, Project Phoenix is late again, wants a status update.", "Project Phoenix"),
    ("My teacher, Victoria Station is where we meet, right?", "Victoria Station"),
]


@pytest.mark.parametrize(("text", "value"), FOUND, ids=[v for _, v in FOUND])
def test_the_name_after_the_comma_is_masked_whole(
    full_analyzer: PiiAnalyzer, text: str, value: str
) -> None:
    assert_masked_whole(full_analyzer, text, value, "PERSON")


@pytest.mark.parametrize(("text", "keep"), LOOKALIKES, ids=[k for _, k in LOOKALIKES])
def test_a_thing_after_the_comma_is_left_alone(
    full_analyzer: PiiAnalyzer, text: str, keep: str
) -> None:
    assert not touching(full_analyzer.analyze(text), text, keep, ("PERSON",))
