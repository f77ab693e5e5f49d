"""Structured values, seventeenth round (issue 16): foreign numbers written with their
country code but no ``+`` (digits only, or hyphenated), the ``1`` before a bracketed North
American area code, e-mail addresses with ``at`` as a word, accounts in two groups after
the account word or kind, the ward on the line under a romaji block and town, postcodes
after "zip code … is", JAN as a card's expiry month, digits damaged by a combining mark,
a private-use or the replacement character; and the look-alikes that must stay unchanged
(UPS tracking numbers, order keys of a JSON record, twelve digits passing the My Number
check labelled as another number, an English clause after a phone number).

Every row was written for these tests (none comes from a benchmark set).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    # foreign numbers: the country code without its plus, after a phone or contact word
    ("my cell is 82-10-4417-2093, text me", "82-10-4417-2093", "PHONE_NUMBER"),
    ("Contact: 447911123456 (WhatsApp)", "447911123456", "PHONE_NUMBER"),
    ("mobile 8613712345670", "8613712345670", "PHONE_NUMBER"),
    ("Our office: 13125550172.", "13125550172", "PHONE_NUMBER"),
    ("携帯: 6598765432", "6598765432", "PHONE_NUMBER"),
    ("連絡先 85293456781", "85293456781", "PHONE_NUMBER"),
    ("phone 639285550111 (Globe)", "639285550111", "PHONE_NUMBER"),
    ("電話は 886-912-345-677 です", "886-912-345-677", "PHONE_NUMBER"),
    ("contact 61-412-555-033", "61-412-555-033", "PHONE_NUMBER"),
    ("WhatsApp me: 4917612345678", "4917612345678", "PHONE_NUMBER"),
    # the leading 1 of a North American number belongs to it
    ("call 1 (617) 555-0199 after 5", "1 (617) 555-0199", "PHONE_NUMBER"),
    ("1(206)555-0144 is my cell", "1(206)555-0144", "PHONE_NUMBER"),
    # a damaged digit run is still the number
    ("電話 080-4411-2\u0301987 です", "080-4411-2\u0301987", "PHONE_NUMBER"),
    ("TEL 03-55\ue00117-1234", "03-55\ue00117-1234", "PHONE_NUMBER"),
    ("携帯 090\ufffd-8765-4321", "090\ufffd-8765-4321", "PHONE_NUMBER"),
    ("マイナンバー 4012 5\u0308678 9013", "4012 5\u0308678 9013", "MY_NUMBER"),
    # e-mail with the word at and the domain's real dots
    ("連絡はこちら k.sato at nifty.com まで", "k.sato at nifty.com", "EMAIL_ADDRESS"),
    ("email me: hana at example.co.jp", "hana at example.co.jp", "EMAIL_ADDRESS"),
    ("reach me at ryo-k at gmail.com", "ryo-k at gmail.com", "EMAIL_ADDRESS"),
    # bank accounts in two groups after the account word or kind
    ("普通 4417 206 に振り込んで", "4417 206", "BANK_ACCOUNT"),
    ("口座番号：1234 5678", "1234 5678", "BANK_ACCOUNT"),
    ("acct no 552-3019", "552-3019", "BANK_ACCOUNT"),
    ("当座 731-4420 宛てで", "731-4420", "BANK_ACCOUNT"),
    # card with JAN as its expiry month
    ("exp JAN 29 / 4539 1488 0343 6467", "4539 1488 0343 6467", "CREDIT_CARD"),
    ("Jan 2030 expiry, card 5500 0055 5555 5559", "5500 0055 5555 5559", "CREDIT_CARD"),
    # postcodes after a longer English phrase
    ("the zip code of my place is 1500041", "1500041", "POSTAL_CODE"),
    # romaji address with the ward on the next line
    ("Send it to\n3-12-7 Sakuragaoka\nShibuya-ku, Tokyo", "3-12-7 Sakuragaoka", "ADDRESS"),
    ("4-1-20 Nishiki\nNaka-ku\nNagoya", "4-1-20 Nishiki", "ADDRESS"),
    # My Number with its keyword as a JSON key
    ('{"name": "-", "my_number": "123456789018"}', "123456789018", "MY_NUMBER"),
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


STRUCTURED = frozenset(
    {
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "DATE_OF_BIRTH",
        "BANK_ACCOUNT",
        "CREDIT_CARD",
        "MY_NUMBER",
        "PASSPORT",
        "DRIVER_LICENSE",
        "HEALTH_INSURANCE",
        "ID_NUMBER",
        "POSTAL_CODE",
        "ADDRESS",
    }
)

BENIGN = [
    # UPS tracking numbers: their digit groups are no phone number
    "UPS 1Z 999 AA1 01 2345 6784 の配達状況",
    "tracking 1Z 4E8 0W6 03 1234 5678",
    # order keys of a JSON record
    '{"order_id": "0312345678", "qty": 2}',
    '{"order_no": "249-2526230-9004241"}',
    "order_id: 0901234567",
    # twelve digits passing the My Number check, labelled as another number
    "お問い合わせ 123456789018 の件",
    "伝票 4012 5678 9013 の荷物が届かない",
    # numbers a phone word is near that are no country's phone number
    "contact us between 2024 and 2025",
    "the office has 1234567890 staff records",
    "Our office moved in 2019; 4500 visitors",
    # at as an ordinary word, a domain after it
    "look at example.com for details",
    "we met at google.com's office",
    # JAN codes
    "JAN 4901234567894 の商品",
    "JANコード 4902102072618",
    # a bank word and an amount or a date
    "普通預金の金利 0.001%、残高 1234 567円",
    "口座開設日 2024-12-01",
    # accented words and icons away from digits
    "café au lait 2 つ",
]


@pytest.mark.parametrize("text", BENIGN)
def test_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [f for f in full_analyzer.analyze(text) if f.entity_type in STRUCTURED] == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("+81 3-1234-5678 is our HQ", "+81 3-1234-5678"),
        ("TEL 06-6123-4567 for the Osaka office", "06-6123-4567"),
        ("090-8765-4321 any time after 6pm", "090-8765-4321"),
    ],
)
def test_clause_after_a_phone_is_no_name(full_analyzer: PiiAnalyzer, text: str, phone: str) -> None:
    findings = full_analyzer.analyze(text)
    assert [(f.entity_type, text[f.start : f.end]) for f in findings] == [("PHONE_NUMBER", phone)]
