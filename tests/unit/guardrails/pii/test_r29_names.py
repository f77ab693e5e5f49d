"""Twenty-ninth round, names (issue 16): a name a paper or a booking is in, made out to or
held under (``the policy is in the name of …``, ``payable to …``, ``signed by …``, ``the
reservation is under …``), a Vietnamese name of three or four words in any sentence, in
ordinary case or capitals (``Bui Thi Hoa``, ``NGUYEN VAN HUNG``), a person sent a direct
message (``DM …``), and a kana nickname with a small っ stretched by ー (``ゆっきー``) — alone
or joined to another by と / や — while offices, firms, a shop named like a person and
pronouns or verbs stretched the same way stay what they are.

The rows were written for these tests (not taken from the round's hand-written set).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.round_floors import (
    assert_masked_whole,
    assert_round_trip,
    touching,
)

# (text, the name that must be found whole)
FOUND = [
    ("The account is in the name of Oksana Petrenko. Write the letter.", "Oksana Petrenko"),
    ("Please make the refund payable to Graham Whitfield.", "Graham Whitfield"),
    ("The NDA was signed by Ingrid Halvorsen last week; summarise it.", "Ingrid Halvorsen"),
    ("The table is under Okafor, for six at 7pm.", "Okafor"),
    ("The voucher was issued to Lucía Fernández in May.", "Lucía Fernández"),
    ("Hand the parcel to Dang Thi Thu Trang at reception.", "Dang Thi Thu Trang"),
    ("Our new welder Vo Van Long starts Monday; write the welcome note.", "Vo Van Long"),
    ("氏名 TRUONG QUOC VIET の在留資格について案内文を作って", "TRUONG QUOC VIET"),
    ("DM Rasmus about the build and ask him to retry.", "Rasmus"),
    ("よっしーが今日の当番です。リマインドを書いて", "よっしー"),
    ("ゆかりんとみっきーに連絡しておいて", "みっきー"),
]  # fmt: skip

# (text, words that must reach the model as written: no PERSON finding may touch them)
LOOKALIKES = [
    ("Please make the invoice payable to Human Resources.", "Human Resources"),
    ("Cheques should be made out to Tokyo Gas.", "Tokyo Gas"),
    ("The treaty was signed by Japan and Korea.", "Japan"),
    ("In the name of Security, laptops must be encrypted.", "Security"),
    ("The order is under review; the lease is under negotiation.", "review"),
    ("Keep the ticket under Jira for now.", "Jira"),
    ("Do Van Halen and Queen still tour?", "Van Halen"),
    ("Ho Chi Minh City is hot in April.", "Ho Chi Minh"),
    ("Tran Thi and Nguyen Van are middle names; explain the naming order.", "Nguyen Van"),
    ("あっちーから窓を開けて", "あっちー"),
    ("そっちーに行くね", "そっちー"),
    ("ちゃんとやってー", "ちゃんと"),
    ("赤ちゃんや子供向けの商品を並べて", "赤ちゃん"),
]  # fmt: skip

RESTORED = [
    "The lease is signed by Amara Okonkwo; draft the move-in email.",
    "ゆっきーとけんちゃんにお礼を伝えて",
]


@pytest.mark.parametrize(("text", "value"), FOUND, ids=[v for _, v in FOUND])
def test_the_name_is_found_whole(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    assert_masked_whole(full_analyzer, text, value, "PERSON")


@pytest.mark.parametrize(("text", "keep"), LOOKALIKES, ids=[k for _, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, keep: str) -> None:
    findings = full_analyzer.analyze(text)
    assert not touching(findings, text, keep, ("PERSON",)), [
        (f.entity_type, text[f.start : f.end]) for f in findings
    ]


@pytest.mark.parametrize("text", RESTORED, ids=[t[:12] for t in RESTORED])
async def test_the_user_gets_their_own_spelling_back(full_analyzer: PiiAnalyzer, text: str) -> None:
    await assert_round_trip(full_analyzer, text)
