"""Internationalised e-mail addresses (twenty-fourth round): letters beyond ASCII in the
local part or the domain — Latin with accents (precomposed, or a base letter and a
combining mark, as macOS and some IMEs write them), Greek, Cyrillic — are part of the
address. The recognizer's ASCII classes took only ``lise@example.com`` of
``e\\u0301lise@example.com`` (the ``é`` reached the model) and nothing of
``josé@example.es``; an address with no ASCII letter at all never reached the recognizer.

A row per family of the round's e-mail probe set (kept outside the repository; none of its
rows), and look-alikes:
Japanese text glued to an address stays out of it.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.recognizers.email_address import EmailAddressRecognizer
from tests.unit.guardrails.pii.conftest import Detect, above

ACUTE = "\u0301"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("宛先: e" + ACUTE + "tienne@example.fr", ["étienne@example.fr"]),
        ("cc i" + ACUTE + "n\u0303igo.s@example.es please", ["íñigo.s@example.es"]),
        ("Signed: ande" + ACUTE + "rs@example.se", ["andérs@example.se"]),
        ("The invoice went to Ömer <ömer.demir@example.com.tr>.", ["ömer.demir@example.com.tr"]),
        ("返信先はbjørn.h@example.noまで", ["bjørn.h@example.no"]),
        ("tran.thị.bích@example.vn", ["tran.thị.bích@example.vn"]),
        ("Пишите: ольга@example.ru", ["ольга@example.ru"]),
        ("mail σοφία.k@example.gr", ["σοφία.k@example.gr"]),
        ("kontakt: anna@straße-bau.de", ["anna@straße-bau.de"]),
        ("宛先 пётр@почта.рф に", ["пётр@почта.рф"]),
        ("メールは.sato@example.jpです", ["sato@example.jp"]),
        # look-alikes: Japanese glued to an address stays out; accents alone are no address
        ("お問い合わせはyuki@example.jpまでどうぞ", ["yuki@example.jp"]),
        ("Zoë @ the café", []),
        ("crème brûlée@home", []),
        ("résumé.pdfを送りました", []),
    ],
    ids=[
        "combining-first",
        "combining-two",
        "combining-mid",
        "precomposed-first",
        "glued-japanese",
        "vietnamese",
        "cyrillic-local",
        "greek-local",
        "idn-domain",
        "cyrillic-domain",
        "after-a-dot",
        "japanese-around",
        "at-sign-between-words",
        "no-tld",
        "file-name",
    ],
)
def test_international_address(detect: Detect, text: str, expected: list[str]) -> None:
    assert above(detect(EmailAddressRecognizer(), text)) == expected


@pytest.mark.parametrize(
    "address",
    ["e" + ACUTE + "lise@example.com", "josé@example.es", "мария@пример.рф", "zoë.k@exämple.fi"],
)
def test_the_whole_address_is_one_finding(pii_analyzer: PiiAnalyzer, address: str) -> None:
    # Through the whole analyzer, on the text as sent (offsets in the original): nothing of
    # the address is left outside the finding (an all-Cyrillic address used to be skipped
    # before any recognizer ran: no ASCII letter or digit in the text).
    text = f"連絡先は {address} です"
    start = text.index(address)
    found = [r for r in pii_analyzer.analyze(text) if r.entity_type == "EMAIL_ADDRESS"]
    assert [(r.start, r.end) for r in found] == [(start, start + len(address))]
