"""Twentieth round (issue 16): person names in the layouts people paste, and brands written
like names.

Found whole: full names in lower case or capitals with a known given name
(``folded_names``), quoted lists and JSON arrays beside a found name (``list_partners``),
the other cells of a table column of names (``name_layouts.with_column_partners``), particle
and prefixed surnames (``with_surname_particles``, ``folded_names``), a name called after an
apology typed in lower case. Left alone: the same shapes with ordinary words, and brands,
products, plans and companies that read like names when their own context says so
(``brand_names``; ``romaji_name``: This is Amazon.). A person who shares a brand's name
without that context stays masked.

Every row was written for these tests (none comes from a benchmark set).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    # one case, a known given name first
    ("please ring daniel whitcombe before noon", "daniel whitcombe"),
    ("note to self: follow up with priya raghavan", "priya raghavan"),
    ("i think natalie brosnan has the keys", "natalie brosnan"),
    ("add lukas hoffmann-weber to the thread", "lukas hoffmann-weber"),
    ("RESERVATION FOR SAMANTHA KILBRIDE, TABLE 4", "SAMANTHA KILBRIDE"),
    # quoted lists and JSON arrays
    ('{"panel": ["Harriet Osei", "Tobias Lindgren"]}', "Tobias Lindgren"),
    ('["Oscar Pettersson", "Anja Kuznetsova", "Ruth Abernathy"]', "Ruth Abernathy"),
    ('["caleb morrissey", "Wendy Achebe"]', "caleb morrissey"),
    # a column of names
    ("full_name,team\nVera Holt,ops\nGus Parnell,ops\nIvo Brandt,qa", "Gus Parnell"),
    ("氏名,部署\n森 光,営業\n原 誠,総務", "原 誠"),
    ("1,佐藤 光,営業\n2,中村 健太,総務\n3,小林 美穂,経理", "佐藤 光"),
    ("山田 希望\t企画\n鈴木 一郎\t開発", "山田 希望"),
    # particle and prefixed surnames
    ("Forward this to Emma van den Heuvel please.", "Emma van den Heuvel"),
    ("Invite Lucas de la Fuente and Hugo ter Horst.", "Lucas de la Fuente"),
    ("Invite Lucas de la Fuente and Hugo ter Horst.", "Hugo ter Horst"),
    ("The signer is Karen MacAllister.", "Karen MacAllister"),
    # called after an apology or thanks in lower case
    ("sorry, Desmond, wrong chat. ignore that", "Desmond"),
    ("thanks Rowena Blackwood! see below", "Rowena Blackwood"),
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
    # one-case word pairs that are no names
    "can you check the meeting notes again",
    # (twenty-fifth round: "mike said he would send it" moved to test_r25_names.py, where a
    # lower-case given name before a verb said of people is a person)
    "someone said he would send it",
    "sarah went home early today",
    "PLEASE READ THE ATTACHED FILE",
    # brands, products, plans, companies
    "Why are Michael Kors watches cheaper than Tory Burch bags?",
    "Is a Toyota Corolla cheaper to insure than a Mazda Demio?",
    "Does the Family Plan include the Student Pass?",
    "This is Google. Your account needs verification. Is it real?",
    "How much sugar is in a can of Dr Pepper?",
    "Which season of Mr. Bean is the funniest?",
    # a table whose name-like column is no column of names
    "city,count\nLeeds,4\nPorto,7",
    "name,price\nApple Crumble,300\nLemon Tart,280",
]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_no_person_is_found(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [
        text[f.start : f.end] for f in full_analyzer.analyze(text) if f.entity_type == "PERSON"
    ] == []


STILL_A_PERSON = [
    # a brand's or product's name on a person, without the brand's context
    ("Mr. Bean from accounts called about the refund", "Bean"),
    ("Louis Vuitton's lawyer sent the contract", "Louis Vuitton"),
    ("I met Emily Tan at the store", "Emily Tan"),
    ("Lucas Moreau bags the groceries on Fridays", "Lucas Moreau"),
    ("Tom Whitaker watches the kids after school", "Tom Whitaker"),
]


@pytest.mark.parametrize(("text", "value"), STILL_A_PERSON, ids=[v for _, v in STILL_A_PERSON])
def test_a_person_named_like_a_brand_stays_masked(
    full_analyzer: PiiAnalyzer, text: str, value: str
) -> None:
    start = text.index(value)
    assert any(
        f.entity_type == "PERSON" and f.start <= start < f.end for f in full_analyzer.analyze(text)
    )
