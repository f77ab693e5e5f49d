"""Thirty-third round, names that reach the model because of how they are written (issue 16):
a full name whose given name is also a place or a word and whose surname is an English word
(our applicant Jordan Pike, Paris Green called), two or three initials before a surname
(J. R. Smith, T. J. Holloway) and a given name after chat's ``w/`` must be masked; a place
named alone (Georgia and Virginia), a family firm (Brooks Brothers) and a pet named after
its animal (うちの猫のタマちゃん, my dog Max) must reach the model as written.

The rows are the round's hand set (bench/pii_data/written_r33_name_shapes.jsonl; half A
tuned on, half B held out) and probes written for these tests; the floors count both halves.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.round_floors import assert_masked_whole, not_covered, touching

_SET = Path(__file__).resolve().parents[4] / "bench" / "pii_data" / "written_r33_name_shapes.jsonl"
_ROWS = [json.loads(line) for line in _SET.read_text(encoding="utf-8").splitlines() if line]
_KINDS = ("PERSON",)

FOUND = [
    # the tuned-on half's rows the round fixed
    ("Please draft a rejection email for our applicant Jordan Pike, keep it kind.", "Jordan Pike"),
    ("Paris Green called about the invoice again, what should I tell her?", "Paris Green"),
    ("J. R. Smith sent the contract back unsigned. What now?", "J. R. Smith"),
    ("Write a thank-you note to T. J. Holloway for the donation.", "T. J. Holloway"),
    ("pls summarise thread w/ linda park abt the lease", "linda"),
    # probes written for the tests
    ("Our candidate Austin Fox starts Monday, draft the offer.", "Austin Fox"),
    ("Sydney Wood asked for the refund status.", "Sydney Wood"),
    ("please remind Savannah Brooks about the deposit", "Savannah Brooks"),
    ("Dallas Hunt called twice today", "Dallas Hunt"),
    ("C. S. Patel sent over the draft", "C. S. Patel"),
    ("Minutes prepared by K. L. Brandt.", "K. L. Brandt"),
    ("dinner w/ priya tonight, suggest a place", "priya"),
    ("ask Georgia about the invoice", "Georgia"),
    ("猫の世話を田中さんに頼んだ", "田中"),
]  # fmt: skip

# (text, the words that must reach the model as written): the tuned-on half's look-alikes
# and probes.
LOOKALIKES = [
    (r["text"], r["keep"][0])
    for r in _ROWS
    if not r["values"] and r["half"] == "A" and r["family"] != "en_benign_fiction_products"
] + [
    ("How long is the Jordan River?", "Jordan River"),
    ("Is Victoria Station open on Sunday?", "Victoria Station"),
    ("Paris Green was a pigment used in wallpaper.", "Paris Green"),
    ("Who owns U. S. Steel today?", "U. S. Steel"),
    ("P.S. Thanks for lunch", "Thanks"),
    ("rice w/ chicken recipe", "chicken"),
    ("my dog Max keeps barking at night", "Max"),
    ("うちの犬のポチくんが散歩を嫌がる", "ポチ"),
    ("Is Virginia bigger than Georgia?", "Virginia"),
    ("Georgia and Virginia: which state has lower property taxes?", "Virginia"),
    ("Is Brooks Brothers still making suits in the US?", "Brooks Brothers"),
]  # fmt: skip

# Values of the set not mostly masked, per half (measured at the round's end).
_FLOORS = {"A": 1, "B": 6}


@pytest.mark.parametrize(("text", "value"), FOUND, ids=[v[:24] for _, v in FOUND])
def test_the_name_is_masked_whole(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    assert_masked_whole(full_analyzer, text, value, "PERSON")


@pytest.mark.parametrize(("text", "keep"), LOOKALIKES, ids=[k[:24] for _, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, keep: str) -> None:
    assert not touching(full_analyzer.analyze(text), text, keep, _KINDS)


@pytest.mark.parametrize("half", ["A", "B"])
def test_the_hand_set_floor(full_analyzer: PiiAnalyzer, half: str) -> None:
    rows = [(r["text"], v["text"]) for r in _ROWS if r["half"] == half for v in r["values"]]
    missed = not_covered(full_analyzer, rows, _KINDS)
    assert len(missed) <= _FLOORS[half], "\n".join(missed)
