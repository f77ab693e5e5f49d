"""Twenty-fourth round, structured values (issue 16): Quebec addresses with the street word
first and abbreviated (rue, av., boul.) before (Québec)/QC and the postal code; Korean road
addresses in romaji (-ro, -gil, -daero, a -gu, Seoul) and in Hangul (…구 …로 N, N호); a
romaji Japanese address's prefecture (in any case) and postcode after it; an IPv6 address
at the end of a sentence. The bank-account recognizer builds its findings in one helper
now (``_result``): its findings must not change.
Left alone: a French street in prose with no Canadian postal code, a Korean road name with
no district, an IPv4-mapped tail (``::ffff:1.2.3.4``), a prefecture and a number that follow
no address.

The rows were written for these tests. The floors read both halves of the seeded generator
``bench/pii_r24_struct_gen.py`` (T tuned on, H held out): values not covered may fall,
never rise.
"""

# ruff: noqa: E501
from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.conftest import found_whole
from tests.unit.guardrails.pii.generator_floors import bench_cases, covered_by_any, tally
from tests.unit.guardrails.pii.round_floors import assert_floor

FOUND = [
    # (text, value, entity type prefix)
    ("Ship it to 1550 rue Sherbrooke Ouest, app. 12, Montréal (Québec) H3G 1L6 please", "1550 rue Sherbrooke Ouest, app. 12, Montréal (Québec) H3G 1L6", "ADDRESS"),
    ("new address: 75 boul. Saint-Joseph Est, Montréal, QC H2T 1G9", "75 boul. Saint-Joseph Est, Montréal, QC H2T 1G9", "ADDRESS"),
    ("住所：310 av. Laurier Ouest, Outremont, QC H2V 2K3", "310 av. Laurier Ouest, Outremont, QC H2V 2K3", "ADDRESS"),
    ("Send the contract to 21 Teheran-ro 8-gil, Gangnam-gu, Seoul 06236.", "21 Teheran-ro 8-gil, Gangnam-gu, Seoul 06236", "ADDRESS"),
    ("Home: 1203, 45 Banpo-daero, Seocho-gu, Seoul", "1203, 45 Banpo-daero, Seocho-gu, Seoul", "ADDRESS"),
    ("자택 주소는 부산광역시 해운대구 센텀중앙로 55, 1102호 입니다", "부산광역시 해운대구 센텀중앙로 55, 1102호", "ADDRESS"),
    ("先方の住所は서울특별시 종로구 율곡로 12です", "서울특별시 종로구 율곡로 12", "ADDRESS"),
    ("2-14-7 Imaizumi, Chuo-ku, Fukuoka-shi, FUKUOKA 810-0021", "810-0021", "ADDRESS"),
    ("3-5-9 Sakae, Naka-ku, Nagoya-shi, Aichi-ken 460-0008 Japan", "460-0008", "ADDRESS"),
    ("send to 4-2-11 ichibancho aoba-ku sendai-shi miyagi 980-0811", "980-0811", "ADDRESS"),
    ("The attacker came from 2400:4051:9f2:7a00::3c.", "2400:4051:9f2:7a00::3c", "IP_ADDRESS"),
    ("自宅のIPv6は 2001:268:c1a2:44e0::9 。", "2001:268:c1a2:44e0::9", "IP_ADDRESS"),
    ("Wire to Chase, ABA# 021000021, Acct# 3381 0046 1927", "3381 0046 1927", "BANK"),
]  # fmt: skip

LOOKALIKES = [
    ("The rue Saint-Denis is full of cafés; avoid boul. Saint-Laurent on Fridays.", "ADDRESS"),
    ("Teheran-ro is Seoul's tech street, like Shibuya in Tokyo.", "ADDRESS"),
    ("종로구 율곡로 근처 맛집 추천해줘", "ADDRESS"),
    ("We sold 120 units in Fukuoka 810-0001 was the old ticket number.", "ADDRESS"),
    ("IPv4-mapped form ::ffff:10.1.2.3 is used by dual-stack sockets.", "IP_ADDRESS"),
    ("Call 12:30:45. Then reboot.", "IP_ADDRESS"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[v[:24] for _, v, _ in FOUND])
def test_the_value_is_masked(full_analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> None:
    assert found_whole(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "kind"), LOOKALIKES, ids=[f"{k}-{t[:28]}" for t, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, kind: str) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type.startswith(kind)]


_KINDS = ("ADDRESS", "POSTAL_CODE", "BANK_ACCOUNT", "PHONE_NUMBER", "EMAIL_ADDRESS", "IP_ADDRESS")
# (half, values, at most missed, at most benign texts flagged). Before this round, at
# 12cccd5, the stage leaked T 33.3 % / H 65.0 % of the addresses and T 66.7 % / H 90.0 % of
# the postcodes whole (bench "leaked"); measured here after it (values not covered, benign
# texts with a finding of these kinds): T 0, 20; H 30, 30. The benign texts flagged are
# example numbers (03-1234-5678, 090-1234-5678, example@example.com) the product masks on
# purpose (fail closed), unchanged by this round.
_FLOORS = [("T", 260, 0, 20), ("H", 240, 30, 30)]


@pytest.mark.parametrize(("half", "values", "floor", "benign"), _FLOORS)
def test_floor(full_analyzer: PiiAnalyzer, half: str, values: int, floor: int, benign: int) -> None:
    cases = bench_cases("pii_r24_struct_gen")
    counts = tally(full_analyzer, cases, half, check=covered_by_any, kinds=_KINDS)
    assert_floor(counts, values, floor, benign)
