"""Twenty-fourth round, public places (issue 16): an address given as the address OF a named
public facility, right after its name (東京タワー（東京都港区芝公園4-2-8）, a 〒 code first,
・名前：住所 and | 名前 | 住所 | rows, 税務署 〒… , the Lincoln Memorial (…), held at the
Moscone Center, …) is no one's and is left alone, with its 〒 code; a landmark named with
an article and its kind (the Eiffel Tower) or asked for its hours (雷門は何時まで) is not a
person. A private person's address next to a landmark's name (…の近くの…に住んでいます, 自宅,
my flat, a delivery address) stays masked: the sentence saying someone lives, stays or
receives things there keeps it masked.

The rows were written for these tests. The floors read both halves of the seeded generator
``bench/pii_r24_landmark_gen.py`` (T tuned on, H held out w.r.t. templates).
"""

# ruff: noqa: E501
from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.generator_floors import bench_cases, covered_by_any, tally
from tests.unit.guardrails.pii.round_floors import assert_floor

LEFT_ALONE = [
    "大阪城（大阪府大阪市中央区大阪城1-1）の天守閣は何階建てですか？",
    "国立科学博物館（〒110-8718 東京都台東区上野公園7-20）の特別展の会期を教えて。",
    "名古屋市役所の住所、愛知県名古屋市中区三の丸3-1-1 でよいですか",
    "・東京国立近代美術館：東京都千代田区北の丸公園3-1",
    "| 京都市役所 | 京都府京都市中京区寺町通御池上る上本能寺前町488 |",
    "千葉西税務署 〒261-8566 千葉県千葉市美浜区中瀬2-6-1 宛てに届出を郵便で出すには？",
    "Is the Lincoln Memorial (2 Lincoln Memorial Cir NW, Washington, DC 20002) lit at night?",
    "The briefing is at the Moscone Center, 747 Howard St, San Francisco, CA 94103.",
    "How late is the Eiffel Tower open in summer?",
    "雷門は何時まで開いていますか？",
]  # fmt: skip

MASKED = [
    ("東京タワーの近くの港区芝公園3-5-8 サンハイツ402に住んでいます。", "港区芝公園3-5-8"),
    ("大阪城の裏の実家（大阪市中央区大手前2-4-9）に帰ります。", "大阪市中央区大手前2-4-9"),
    ("自宅住所：東京都新宿区西新宿6-12-4 パークハウス1101（都庁の目の前）", "東京都新宿区西新宿6-12-4"),
    ("お届け先：〒105-0011 東京都港区芝公園2-9-14 芝公園レジデンス803", "東京都港区芝公園2-9-14"),
    ("I live at 14 Rue Cler, 75007 Paris, a few minutes from the Eiffel Tower.", "14 Rue Cler"),
    ("Ship to the Moscone Center side entrance: 221 Howard St, Apt 5, San Francisco, CA 94105", "221 Howard St"),
    ("東京ドーム 文京区後楽2-3-21 後楽マンション603号室 に住んでいる兄", "文京区後楽2-3-21"),
    ("最寄り駅：関内駅\n神奈川県横浜市中区山下町118-2-705", "神奈川県横浜市中区山下町118-2-705"),
]  # fmt: skip


@pytest.mark.parametrize("text", LEFT_ALONE, ids=[t[:18] for t in LEFT_ALONE])
def test_a_public_place_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    found = [
        f
        for f in full_analyzer.analyze(text)
        if f.entity_type in ("ADDRESS", "POSTAL_CODE", "PERSON")
    ]
    assert not found, [(f.entity_type, text[f.start : f.end]) for f in found]


@pytest.mark.parametrize(("text", "value"), MASKED, ids=[v[:18] for _, v in MASKED])
def test_a_personal_address_stays_masked(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    assert covered_by_any(full_analyzer.analyze(text), text, value, "ADDRESS")


_KINDS = ("ADDRESS", "POSTAL_CODE", "PERSON")
# (half, values, at most missed, at most benign texts flagged). At HEAD b0b4ad3 the stage
# altered T 20/30 and H 25/30 of the benign requests and leaked none of the T 30 and H 24 values.
_FLOORS = [("T", 30, 0, 8), ("H", 24, 0, 10)]


@pytest.mark.parametrize(("half", "values", "floor", "benign"), _FLOORS)
def test_floor(full_analyzer: PiiAnalyzer, half: str, values: int, floor: int, benign: int) -> None:
    cases = bench_cases("pii_r24_landmark_gen")
    counts = tally(full_analyzer, cases, half, check=covered_by_any, kinds=_KINDS)
    assert_floor(counts, values, floor, benign)
