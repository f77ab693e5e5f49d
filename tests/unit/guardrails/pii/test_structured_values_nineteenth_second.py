"""Structured values, nineteenth round, second wave (issue 16): values people say, values a
record's key names, other countries' numbers, and look-alikes that are not personal.

Found: a number read out with の between spaced groups (090 の 4418 の 2093); a date read
out with の and pauses (昭和の四十九年の、三月の八日) or said year first (nineteen seventy-one,
August the ninth); a misspelt birth label; the value of a JSON / query / ``key: value``
record key naming it (employee_id, kiso_nenkin_bango, cvc, passportNo, dob=); SSN, NHS,
SIN, Aadhaar and UK National Insurance numbers after their names; a US licence of digits
only after DL; an IBAN by its check digits; an e-mail address with its @ percent-encoded; a
kana account number after こうざ.

Left alone: lottery and bingo numbers in pairs; a landmark's or ministry's address asked
about; keys naming flags, formats or dates of something else.

Every row was written for these tests (none comes from a benchmark set).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.recognizers.record_key import key_type

FOUND = [
    # の between spaced groups, as speech-to-text writes a number read out
    ("折り返しは 080 の 6612 の 3307 にお願いします", "080 の 6612 の 3307", "PHONE_NUMBER"),
    ("会社の番号は 052 の 331 の 8874 です", "052 の 331 の 8874", "PHONE_NUMBER"),
    # dates read out
    ("生年月日は昭和の四十九年の、三月の八日です", "昭和の四十九年の、三月の八日", "DATE_OF_BIRTH"),
    ("誕生日は平成の十二年、五月の二十日です", "平成の十二年、五月の二十日", "DATE_OF_BIRTH"),
    (
        "I was born nineteen seventy-one, August the ninth",
        "nineteen seventy-one, August the ninth",
        "DATE_OF_BIRTH",
    ),
    ("born 1988, the 2nd of May", "1988, the 2nd of May", "DATE_OF_BIRTH"),
    ("date of brith: 12 Feb 1979", "12 Feb 1979", "DATE_OF_BIRTH"),
    # a record's key names the value
    ('{"emp_no": "T-880214", "team": "infra"}', "T-880214", "ID_NUMBER"),
    ('{"nenkinBango": "3301-447120"}', "3301-447120", "ID_NUMBER"),
    ('{"card": {"cvv": "4410", "holder": "x"}}', "4410", "CREDIT_CARD"),
    ('{"passportNo": "TZ8841027"}', "TZ8841027", "PASSPORT"),
    (
        "https://forms.example.org/apply?birth_date=1991-10-03&lang=en",
        "1991-10-03",
        "DATE_OF_BIRTH",
    ),
    ("staff_id: 55190-K", "55190-K", "ID_NUMBER"),
    # other countries' numbers after their names
    ("My SSN is 512-38-1174, is that safe to send?", "512-38-1174", "ID_NUMBER"),
    ("NHS no: 943 476 5919", "943 476 5919", "ID_NUMBER"),
    ("SIN 130 692 544 for the tax form", "130 692 544", "ID_NUMBER"),
    ("aadhaar number 4821 7730 1942", "4821 7730 1942", "ID_NUMBER"),
    ("NI number AB 44 12 90 C", "AB 44 12 90 C", "ID_NUMBER"),
    # licences, accounts, e-mail
    ("DL# 40811276 issued in Ohio", "40811276", "DRIVER_LICENSE"),
    ("refund to DE89 3704 0044 0532 0130 00 please", "DE89 3704 0044 0532 0130 00", "BANK_ACCOUNT"),
    ("/optout?addr=k.sato%40example.co.jp", "k.sato%40example.co.jp", "EMAIL_ADDRESS"),
    (
        "こうざは ろくにーさん の よんごーろくなな",
        "ろくにーさん の よんごーろくなな",
        "BANK_ACCOUNT",
    ),
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
    # lottery and bingo numbers in pairs
    "今週のロト6は 02 09 17 25 31 40 でした",
    "bingo called so far: 07 12 19 33 41 58 62",
    # a landmark's, a ministry's or a museum's address asked about
    "名古屋城の住所は愛知県名古屋市中区本丸1-1でしたっけ",
    "外務省の所在地は東京都千代田区霞が関2-2-1ですか",
    "Is the Natural History Museum at 42 Cromwell Road?",
    "Our head office is at 27 Harbour Street, Leith",
    # keys naming flags, formats, or another thing's date
    '{"cvc_length": 3, "passport_required": true}',
    '{"employee_since": "2019-04-01"}',
    "license_key: 7F3K-2291-QQ81-0048",
    # an IBAN-shaped code whose check digits are wrong
    "ticket GB14 ABCD 1234 5678 9012 34",
]
_LEFT_ALONE_TYPES = frozenset(
    {
        "PHONE_NUMBER",
        "ADDRESS",
        "BANK_ACCOUNT",
        "CREDIT_CARD",
        "ID_NUMBER",
        "PASSPORT",
        "DRIVER_LICENSE",
        "DATE_OF_BIRTH",
    }
)


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [f for f in full_analyzer.analyze(text) if f.entity_type in _LEFT_ALONE_TYPES] == []


STILL_FOUND = [
    # an address given as one's own stays one, whoever else is named
    ("私の住所は愛知県名古屋市中区本丸1-1です", "愛知県名古屋市中区本丸1-1", "ADDRESS"),
    ("I live at 42 Cromwell Road, near the museum", "42 Cromwell Road", "ADDRESS"),
    ("our house is at 27 Harbour Street, Leith", "27 Harbour Street", "ADDRESS"),
    # a private house, a titled person or a family's building is no public place
    ("Grandma Rose's House is at 14 Maple Avenue, Leeds", "14 Maple Avenue", "ADDRESS"),
    ("Mr. Park is at 9 Orchard Lane these days", "9 Orchard Lane", "ADDRESS"),
    ("The Hendersons' Tower is at 31 Birch Road", "31 Birch Road", "ADDRESS"),
    # a phone number read in pairs with no list around it
    ("携帯は 09 01 23 45 67 8 です", "09 01 23 45 67 8", "PHONE_NUMBER"),
]


@pytest.mark.parametrize(
    ("text", "value", "kind"), STILL_FOUND, ids=[f"{k}:{v}" for _, v, k in STILL_FOUND]
)
def test_own_value_still_found(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str
) -> None:
    assert _found(full_analyzer, text, value, kind)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("employee_id", "ID_NUMBER"),
        ("kisoNenkinBango", "ID_NUMBER"),
        ("passport-no", "PASSPORT"),
        ("licenseNumber", "DRIVER_LICENSE"),
        ("CVC", "CREDIT_CARD"),
        ("cvc_required", None),
        ("order_id", None),
        ("pension_start_date", None),
    ],
)
def test_key_type(key: str, expected: str | None) -> None:
    assert key_type(key) == expected
