"""Twenty-first round (issue 16): person names that are also words, in columns, with
initials, and places named after people.

Found whole: a given name that is also an English word where only a person fits (the object
of ask / tell / remind, the subject of "are out sick"), a known given name Sudachi reads as
a common noun, two people doing something now (X and Y are swapping shifts), a possessive of
what only a person has (X's invitation), initials before or inside a name, a hyphenated
given name, a column of "name: value" lines. Left alone: the same words as words (a grace
period, hope this helps), streets, squares, stations and airports named after people, a
company list the dictionary knows, 姓 talked about as a kind of name.

The rows of the tables were written for these tests (none comes from a benchmark set). The
floor at the end runs the hand-written set's held-out half B (``bench/data/pii_cases_r21names
/b.yaml``), which no fix of this round was tuned on.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    # a given name that is also a word, where only a person fits
    ("Could you ask Holly whether the parcel came?", "Holly"),
    ("Remind Dean to lock the side door.", "Dean"),
    ("Please tell Ruby and Jade the venue moved.", "Jade"),
    ("Crystal and Hunter are out sick, cover the desk.", "Crystal"),
    ("Remind Penny Aldous about the audit.", "Penny Aldous"),
    # a known given name Sudachi reads as a common noun
    ("Our new intern Izzy needs a laptop.", "Izzy"),
    ("Toby and Maddie are covering the phones this week.", "Maddie"),
    ("How do I turn down Rosalind's invitation politely?", "Rosalind"),
    # initials and hyphenated given names
    ("Check the spelling of Gareth R. Tennant on the certificate.", "Gareth R. Tennant"),
    ("Forward the signed lease to Mary-Kate Holloway.", "Mary-Kate Holloway"),
    ("Hand the signed copy over to Jean-Paul Roux.", "Jean-Paul Roux"),
    # a known given name typed in lower case after a verb said of people
    ("can you ping imogen about the rota", "imogen"),
    ("remind desmond to bring the keys", "desmond"),
    # a column of people
    ("Overtime:\nHamish Grant: 3\nFreya Lund: 5\nNikhil Rao: 2", "Freya Lund"),
    ("Owner | State\nGemma Cole | open\nArchie Dunn | closed", "Archie Dunn"),
]


@pytest.mark.parametrize(("text", "value"), FOUND, ids=[v for _, v in FOUND])
def test_name_is_masked_whole(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    start = text.index(value)
    end = start + len(value)
    assert any(
        f.entity_type == "PERSON" and f.start <= start and end <= f.end
        for f in full_analyzer.analyze(text)
    )


LEFT_ALONE = [
    "Is there a grace period on the rent?",
    "Hope this helps, see you at the review.",
    "The rose bushes need pruning in March.",
    "Our new office is on Franklin Avenue, next to the bank.",
    "Cheapest hotel near Paddington Station?",
    "How long is the bus from Kennedy Airport to Manhattan?",
    "Meet me at Trafalgar Square at noon.",
    "Microsoft and Google are competing for the contract.",
    "remind me to call support and ask about the refund",
    "The U.S. Army said the base would reopen.",
    "Agenda:\nBudget Review: 10 min\nAction Items: 5 min",
    "高橋姓が多い県はどこですか",
    "渡辺姓のルーツを教えて",
]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_no_person_is_found(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [f for f in full_analyzer.analyze(text) if f.entity_type == "PERSON"] == []


_HELD_OUT = Path(__file__).resolve().parents[4] / "bench" / "data" / "pii_cases_r21names" / "b.yaml"
_VALUE = re.compile(r"\{N:([^}]*)\}")
# Names of half B not fully masked by the analyzer at the end of the round: 19 of 86
# (the start of the round: 27). A rise means a change lost held-out names.
_HELD_OUT_FLOOR = 19


def test_held_out_half_floor(full_analyzer: PiiAnalyzer) -> None:
    rows = yaml.safe_load(_HELD_OUT.read_text(encoding="utf-8"))
    missed: list[str] = []
    total = 0
    for family in rows.values():
        for row in family:
            marked = row["t"]
            text = _VALUE.sub(r"\1", marked).replace("[[", "").replace("]]", "")
            findings = [f for f in full_analyzer.analyze(text) if f.entity_type == "PERSON"]
            for value in _VALUE.findall(marked):
                total += 1
                start = text.index(value)
                end = start + len(value)
                if not any(f.start <= start and end <= f.end for f in findings):
                    missed.append(f"{row['id']}: {value}")
    assert total == 86
    assert len(missed) <= _HELD_OUT_FLOOR, missed
