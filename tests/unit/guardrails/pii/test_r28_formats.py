"""Twenty-eighth round, formats (issue 16): structured values as people really write them —
a fixed line broken after its exchange (``03 5412⏎8890``) or a number one group a line
(``080⏎4471⏎2093``), a romaji address with the ward first and a two-part block (``Naka-ku
Yamashitacho 22-4``), a login after a Japanese label and a bare space (``ユーザー名
hiro_k0705``). Look-alikes that must reach the model as written: a payment provider's
documented test card in a developer's question (Stripe's ``4242 4242 4242 4242`` in test
mode), part, catalogue and book numbers grouped like a phone number right after their label
(``part number 090-1234-5678``, ``ISBN 0-306-40615-2``), a company's switchboard on an IP
line (``代表番号 050-…``), a column of numbers in a table. Twins that stay masked: the same
test number with no developer's word, a member's number that is a mobile, a mobile after
代表番号.

The rows were written for these tests (the round's hand set is kept outside the repository).
"""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from proxy.pipeline.stages.pii import PiiPseudonymizeStage
from tests.unit.guardrails.pii.round_floors import (
    assert_masked_whole,
    assert_round_trip,
    request_context,
    touching,
)

FOUND = [
    # (text, value, entity type prefix)
    ("Call me back on 03 5412\n8890 (office) if the courier is late.", "03 5412\n8890", "PHONE_NUMBER"),
    ("自宅：045 662\n1093 です", "045 662\n1093", "PHONE_NUMBER"),
    ("TEL 0466-22\n7153 までどうぞ", "0466-22\n7153", "PHONE_NUMBER"),
    ("電話\n080\n4471\n2093\nまで", "080\n4471\n2093", "PHONE_NUMBER"),
    ("my number is\n070\n2215\n9930\nthanks", "070\n2215\n9930", "PHONE_NUMBER"),
    ("Tel\n03\n6205\n1187", "03\n6205\n1187", "PHONE_NUMBER"),
    ("Postcode: 231 0023, Yokohama, Naka-ku Yamashitacho 22-4", "Yamashitacho 22-4", "ADDRESS"),
    ("Ship to Chuo-ku, Ginza 5-9 please", "Ginza 5-9", "ADDRESS"),
    ("Address: Osaka-shi Kita-ku, Tenjinbashi 3-11", "Tenjinbashi 3-11", "ADDRESS"),
    ("ユーザー名 hiro_k0705 のアカウントがロックされた", "hiro_k0705", "MESSAGING_ID"),
    ("ログイン名 s_ito2020 がロックされています", "s_ito2020", "MESSAGING_ID"),
    ("アカウントID r.kobayashi でSSOに入れない", "r.kobayashi", "MESSAGING_ID"),
]  # fmt: skip

_KINDS = ("PHONE_NUMBER", "CREDIT_CARD", "ADDRESS", "MESSAGING_ID", "MY_NUMBER", "BANK_ACCOUNT")

# (text, the words that must reach the model as written)
LOOKALIKES = [
    ("In Stripe test mode I use 4242 4242 4242 4242 with any CVC but get card_declined — why?", "4242 4242 4242 4242"),
    ("Stripeのテストカード 4000 0027 6000 3184 で3Dセキュアの画面が出ないのはなぜ？", "4000 0027 6000 3184"),
    ("テスト用カード番号 5555 5555 5555 4444 を使ったjestのテストが落ちます", "5555 5555 5555 4444"),
    ("The regex /^4[0-9]{12}(?:[0-9]{3})?$/ fails on 4012 8888 8888 1881, why?", "4012 8888 8888 1881"),
    ("pytest で 4242424242424242, exp 12/34, CVC 123 を入れると落ちる", "CVC 123"),
    ("sandbox: card 4000 0000 0000 9995 returns insufficient_funds", "4000 0000 0000 9995"),
    ("Is part number 090-1234-5678 compatible with the XR200 chassis?", "090-1234-5678"),
    ("Replacement belt P/N 080-2231-7745A for the conveyor, lead time?", "080-2231-7745"),
    ("catalog no. 070-2215-9930, 500 ml, what's the price?", "070-2215-9930"),
    ("Cite it as: ISBN 0-306-40615-2, 3rd ed.", "0-306-40615-2"),
    ("品番 090-3318-4402 の在庫はありますか", "090-3318-4402"),
    ("Order No. 03-5412-8890 was delivered", "03-5412-8890"),
    ("製品コード：０９０－７７２１－４４０９ の取扱説明書はどこ？", "０９０－７７２１－４４０９"),
    ("JR東日本の代表番号 050-2016-1600 は何時まで？", "050-2016-1600"),
    ("code\n03\n5412\n8890\n1234", "5412"),
]  # fmt: skip

# What stays masked beside the look-alikes.
TWINS = [
    ("カード番号4242 4242 4242 4242で決済できません", "4242 4242 4242 4242", "CREDIT_CARD"),
    ("my card 4539 1488 0343 6467 failed in the sandbox", "4539 1488 0343 6467", "CREDIT_CARD"),
    # a member's number (ID_NUMBER) or a phone: masked as either
    ("会員番号 090-3318-4402 で予約しました", "090-3318-4402", ""),
    ("注文番号 1234 の件で 090-3318-4402 に電話して", "090-3318-4402", "PHONE_NUMBER"),
    ("代表番号 090-3318-4402 に電話", "090-3318-4402", "PHONE_NUMBER"),
    ("ユーザー名 hiro_k0705 のアカウント", "hiro_k0705", "MESSAGING_ID"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[v[:24] for _, v, _ in FOUND])
def test_the_value_is_masked_whole(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str
) -> None:
    assert_masked_whole(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "value", "kind"), TWINS, ids=[v[:24] for _, v, _ in TWINS])
def test_the_twin_is_still_masked(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str
) -> None:
    assert_masked_whole(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "keep"), LOOKALIKES, ids=[k[:24] for _, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, keep: str) -> None:
    assert not touching(full_analyzer.analyze(text), text, keep, _KINDS)


async def test_a_phone_split_over_content_parts_is_not_sent(full_analyzer: PiiAnalyzer) -> None:
    ctx = request_context("")
    ctx.body["messages"][0]["content"] = [
        {"type": "text", "text": "携帯：090-"},
        {"type": "text", "text": "3318-4402 です"},
    ]
    await PiiPseudonymizeStage(full_analyzer, cache_entries=0).process(ctx)
    sent = "".join(part["text"] for part in ctx.body["messages"][0]["content"])
    assert "3318" not in sent and "4402" not in sent, sent


RESTORED = [
    "Call me back on 03 5412\n8890 (office) if the courier is late.",
    "電話\n080\n4471\n2093\nまで",
    "Postcode: 231 0023, Yokohama, Naka-ku Yamashitacho 22-4",
    "ユーザー名 hiro_k0705 のアカウントがロックされた",
]


@pytest.mark.parametrize("text", RESTORED, ids=[t[:20] for t in RESTORED])
async def test_the_user_gets_their_own_spelling_back(full_analyzer: PiiAnalyzer, text: str) -> None:
    await assert_round_trip(full_analyzer, text)
