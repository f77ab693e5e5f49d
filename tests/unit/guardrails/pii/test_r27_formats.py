"""Twenty-seventh round, structured values (issue 16): a US Social Security number by its
shape in a CSV row or a record with no label (``"Robert Hale";"612-20-8841"``), after its
short forms (``soc sec #``, ``SS#``) or its Japanese name (``社会保障番号``, a gloss in
brackets after the label); a login in a record's key (``"user_id": "tanaka.hiroshi"``,
``user_name="ito.kenji"``, ``ユーザー名「…」``); a phone in kanji numerals joined by slashes
or brackets, or wrapped after a dash (``〇三／三二一一／五四六七``); a room after a floor or
with a letter (``7F 701号``, ``2F-B``, ``E-1207``); a rural address by its 大字 / 字 and 番地
with no prefecture; a count of digits in brackets after a label (``基礎年金番号（10桁）：``),
``ねんきん番号``, ``customer ref``. Look-alikes that must reach the model as written: part
and order numbers grouped 3-2-4, a record's empty or boolean login fields, time stamps,
dates in kanji with slashes, 大字 and 字 asked about.

The rows were written for these tests (the round's hand set is kept outside the repository).
"""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.round_floors import assert_masked_whole, assert_round_trip, touching

FOUND = [
    # (text, value, entity type prefix)
    ("applicant,ssn,start\nLee Park,550-12-3344,2027-01-04", "550-12-3344", "ID_NUMBER"),
    ('"Nora Diaz";"287-65-4321";"Denver"', "287-65-4321", "ID_NUMBER"),
    ("Please redact: Jane Roe 287–65–4321", "287–65–4321", "ID_NUMBER"),
    ("SS# 421 33 0921 for the new hire", "421 33 0921", "ID_NUMBER"),
    ("her soc sec no. is 388214470, fill the form", "388214470", "ID_NUMBER"),
    ("name\tSSN\nAmy Wu\t233 41 0987", "233 41 0987", "ID_NUMBER"),
    ("社会保障番号は612207734です", "612207734", "ID_NUMBER"),
    ("米国籍の社員のSSN（社会保障番号）は 344-81-2290 です", "344-81-2290", "ID_NUMBER"),
    ("ソーシャルセキュリティーナンバー：521 77 0341", "521 77 0341", "ID_NUMBER"),
    ('{"user_id": "tanaka.hiroshi", "action": "login"}', "tanaka.hiroshi", "MESSAGING_ID"),
    ('{"login": "m.yamada", "role": "admin"}', "m.yamada", "MESSAGING_ID"),
    ('[08:00:01] INFO session opened user_name="ito.kenji"', "ito.kenji", "MESSAGING_ID"),
    ("LOGIN_ID=okada-r2 status=locked", "okada-r2", "MESSAGING_ID"),
    ("{'username': 'yoshi_t', 'dept': 'sales'}", "yoshi_t", "MESSAGING_ID"),
    ('"loginName": "k.matsuda"', "k.matsuda", "MESSAGING_ID"),
    ("userId: u-kimura.taro", "u-kimura.taro", "MESSAGING_ID"),
    ("ログインID「ishikawa.m」でエラーが出ます", "ishikawa.m", "MESSAGING_ID"),
    ("sAMAccountName: hmori01", "hmori01", "MESSAGING_ID"),
    ("連絡先は〇三／三二一一／五四六七です。", "〇三／三二一一／五四六七", "PHONE_NUMBER"),
    ("〇六／六一二三／四五六七へお願いします", "〇六／六一二三／四五六七", "PHONE_NUMBER"),
    ("（〇三）三二一一－五四六七 までどうぞ", "〇三）三二一一－五四六七", "PHONE_NUMBER"),
    ("電話 〇四五（二二一）三三〇四", "〇四五（二二一）三三〇四", "PHONE_NUMBER"),
    ("名前: 岡本\nTEL: 〇九〇-\n一二三四-五六七八", "〇九〇-\n一二三四-五六七八", "PHONE_NUMBER"),
    ("名古屋市中区栄4-1-1 メゾン・ド・栄 7F 701号 宛でお願いします", "名古屋市中区栄4-1-1 メゾン・ド・栄 7F 701号", "ADDRESS"),
    ("世田谷区桜新町1-2-3 桜ヴィラ 2F-B に住んでいます", "世田谷区桜新町1-2-3 桜ヴィラ 2F-B", "ADDRESS"),
    ("川崎市中原区小杉町3-264-3 リエトコート武蔵小杉 E-1207", "川崎市中原区小杉町3-264-3 リエトコート武蔵小杉 E-1207", "ADDRESS"),
    ("大字中野字西ノ前１２３番地　山本方", "大字中野字西ノ前１２３番地", "ADDRESS"),
    ("字ノ口５６番地に住んでいます", "字ノ口５６番地", "ADDRESS"),
    ("住所 大字藤沢1089-2 で届きます", "大字藤沢1089-2", "ADDRESS"),
    ("基礎年金番号（10桁）：3344556677", "3344556677", "ID_NUMBER"),
    ("ねんきん番号 1122-334455 の照会", "1122-334455", "ID_NUMBER"),
    ("Acct holder: Mei Chen, customer ref CR-0048812", "CR-0048812", "ID_NUMBER"),
]  # fmt: skip

# (text, the words that must reach the model as written)
LOOKALIKES = [
    ("Part no. 123-45-6789 is out of stock", "123-45-6789"),
    ("The SKU ABC-123-45-6789 fits both models", "123-45-6789"),
    ("注文番号 250-12-3456 の返品について", "250-12-3456"),
    ("Order 123-45-6789 shipped yesterday", "123-45-6789"),
    ("Version 1.123-45-6789 rc", "123-45-6789"),
    ('{"user_id": null, "event": "logout"}', "null"),
    ('{"last_login": "2026-11-30T09:00:00Z", "status": "ok"}', "2026-11-30T09"),
    ('{"login": "failed", "attempts": 3}', "failed"),
    ('{"user_agent": "Mozilla/5.0 (X11; Linux x86_64)"}', "Mozilla"),
    ('{"user": "admin", "role": "superuser"}', "admin"),
    ("二〇二六／一二／〇一の会議の議題", "一二"),
    ("大字と字の違いは何ですか", "大字と字"),
    ("数字の1234番を選んでください", "1234"),
    ("12F 10:00 集合、3階 5名で", "10:00"),
]  # fmt: skip

_KINDS = (
    "ADDRESS",
    "PHONE_NUMBER",
    "ID_NUMBER",
    "MESSAGING_ID",
    "MY_NUMBER",
    "BANK_ACCOUNT",
    "DATE_OF_BIRTH",
    "POSTAL_CODE",
)

# What stays masked beside the look-alikes: a labelled number, a login with a person's handle.
TWINS = [
    ("Part list: Ann Lee, SSN 123-45-6789", "123-45-6789", "ID_NUMBER"),
    ('{"user_id": "sato.k", "event": "logout"}', "sato.k", "MESSAGING_ID"),
    ("〇三／三二一一／五四六七に電話して", "〇三／三二一一／五四六七", "PHONE_NUMBER"),
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


RESTORED = [
    "連絡先は〇三／三二一一／五四六七です。",
    "名前: 岡本\nTEL: 〇九〇-\n一二三四-五六七八",
    '"Nora Diaz";"287-65-4321";"Denver"',
    '{"user_id": "tanaka.hiroshi", "action": "login"}',
    "大字中野字西ノ前１２３番地　山本方",
    "世田谷区桜新町1-2-3 桜ヴィラ 2F-B に住んでいます",
]


@pytest.mark.parametrize("text", RESTORED, ids=[t[:20] for t in RESTORED])
async def test_the_user_gets_their_own_spelling_back(full_analyzer: PiiAnalyzer, text: str) -> None:
    await assert_round_trip(full_analyzer, text)
