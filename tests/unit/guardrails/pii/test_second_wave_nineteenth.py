"""Nineteenth round, second wave (issue 16): families an outside blind check still showed.

Found: a passport number of another country's shape after its label, or followed by its
issuing country in brackets in a message about a passport; a seven-digit local phone
number right after a phone label; a date of birth written in romaji Japanese (year, month
and day in any order, the year and month alone, an era's year alone, a year before umare).

Left alone: *charged* on a bill and *suspect* as a verb; the same shapes without the label
or the birth word (an order code with its country, a ticket number, opening hours, a
meeting date in romaji, a pension reform's era year); sights and festivals a name reader
took for persons. A criminal charge stays special care.

Every row was written for these tests (none comes from a benchmark set).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    # passports: another country's shape, the country in brackets
    ("Passport No. P27718409 (Canada), valid to 2030", "P27718409", "PASSPORT"),
    ("my passport is 55K301298 (UK) if you need it", "55K301298", "PASSPORT"),
    ("パスポート番号 N44018273（アメリカ）で登録しています", "N44018273", "PASSPORT"),
    ("For the passport: C77124093 (US), issued last May", "C77124093", "PASSPORT"),
    # a seven-digit local number after a phone label
    ("Tel: 867-5309 after six", "867-5309", "PHONE_NUMBER"),
    ("電話番号：312-4478 です", "312-4478", "PHONE_NUMBER"),
    ("home phone 4419021, ask for Ken", "4419021", "PHONE_NUMBER"),
    ("TEL 771 2046（夜間）", "771 2046", "PHONE_NUMBER"),
    # romaji dates of birth
    ("tanjoubi wa 1987 nen 11 gatsu 3 ka desu", "1987 nen 11 gatsu 3 ka", "DATE_OF_BIRTH"),
    ("seinengappi 2 gatsu 28 nichi 1993 nen", "2 gatsu 28 nichi 1993 nen", "DATE_OF_BIRTH"),
    ("born heisei 11 nen no 6 gatsu 6 nichi", "heisei 11 nen no 6 gatsu 6 nichi", "DATE_OF_BIRTH"),
    ("watashi wa showa 52 nen umare desu", "showa 52 nen", "DATE_OF_BIRTH"),
    ("birthday: 1999nen8gatsu", "1999nen8gatsu", "DATE_OF_BIRTH"),
]


def _found(analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(
        f.entity_type == kind and f.start <= start and end <= f.end for f in analyzer.analyze(text)
    )


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[f"{k}:{v}" for _, v, k in FOUND])
def test_value_is_found_whole(full_analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> None:
    assert _found(full_analyzer, text, value, kind)


LEFT_ALONE = [
    # the shapes without a passport word, or after another number's word
    "Order No. K48201177 (US) is still in transit",
    "my passport expired, the booking ref is B77120934 (UK)",
    "Which form is DS-82 (US) for?",
    # seven digits without a phone label
    "ticket 555-0101 was merged into another",
    "電話：受付 9:00-18:00（土日休み）",
    "Phone: Pixel 8, 256GB",
    # romaji dates that are nobody's birth
    "kaigi wa 6 gatsu 12 nichi no gogo desu",
    "heisei 26 nen no shouhizei hikiage ni tsuite",
    # sights and festivals
    "金沢に行ったら兼六園は外せない？",
    "嵐山に行くならトロッコ列車も乗りたい",
    "Is Mount Fuji visible from Hakone today?",
    "Tickets for the Aomori Nebuta Festival sell out fast",
    "Kiyomizu-dera or Fushimi Inari, which is less crowded?",
    # charge on a bill, suspect as a verb
    "I was charged $40 twice for one order, can you refund one?",
    "why did you charge my card after I cancelled?",
    "I suspect the invoice total is wrong",
]
_LEFT_ALONE_TYPES = frozenset(
    {"PHONE_NUMBER", "PASSPORT", "DATE_OF_BIRTH", "PERSON", "SPECIAL_CARE:criminal_procedure"}
)


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [f for f in full_analyzer.analyze(text) if f.entity_type in _LEFT_ALONE_TYPES] == []


STILL_FOUND = [
    # a person with an honorific or beside a sight stays a person
    ("嵐山で佐藤さんと会う予定です", "佐藤", "PERSON"),
    ("西園寺さんに資料を送ってください", "西園寺", "PERSON"),
    # a surname that is also a landmark word, a Korean given name ending in -ji
    ("CC: Min-seo Park, please review the draft", "Min-seo Park", "PERSON"),
    ("Please forward this to Eun-ji Kim in sales", "Eun-ji Kim", "PERSON"),
    # a criminal charge stays special care
    (
        "my husband was charged with fraud last spring",
        "charged with fraud",
        "SPECIAL_CARE:criminal_procedure",
    ),
    (
        "I was arrested and charged in 2016, will it show on a check?",
        "arrested and charged",
        "SPECIAL_CARE:criminal_procedure",
    ),
]


@pytest.mark.parametrize(
    ("text", "value", "kind"), STILL_FOUND, ids=[f"{k}:{v}" for _, v, k in STILL_FOUND]
)
def test_still_found(full_analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> None:
    assert _found(full_analyzer, text, value, kind)
