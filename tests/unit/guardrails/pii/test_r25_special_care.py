"""Issue 16, twenty-fifth round: special care written indirectly, as people write it.

English criminal records in chat (``has a record``, ``wearing an ankle monitor``, on
probation after a role with one word before it and a dash before the question), clinical
shorthand and operations (``is post-op``, ``recovering from a hip replacement``,
胃ろうを造設した, 性別適合手術), a medicine begun (``just started Zoloft``), named prayers
(``step out for Dhuhr prayer``, ``go to Jummah``), people counted on the writer's team
(``two people on my team keep kosher``), anxiety as someone's (``my anxiety``), a low spell
(``has been in a really dark place``), morning sickness (つわりがひどくて), a same-sex couple
told by the writer's own sex (``I'm a guy and my husband …``, 僕と彼氏で, 同性パートナーと暮らし)
— the condition masked, the request kept. What stays: the same words asked in general, a
record of attendance, post-op care as a topic, an officer's job (保護観察官), a woman's
husband.

Rows written for these tests (not taken from the hand-written set or the generator); floors
over both halves of ``bench/pii_r25_special_gen.py`` (A tuned on, B held out).
"""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.generator_floors import bench_cases, covered_by_kind, tally
from tests.unit.guardrails.pii.round_floors import (
    SPECIAL_KINDS,
    assert_floor,
    assert_left_alone,
    assert_masked_keeping,
    first_message_keep_touched,
    mostly_covered,
)

# (text, value that must be masked, the type its findings must start with, request words
# no finding may touch)
MASKED = [
    ("My stepdad has a record from the 90s, will the landlord check it? Help me write to him.", "a record", "SPECIAL_CARE", "Help me write to him"),
    ("our night-shift driver got a prison record as a teen, can he still get the forklift licence?", "a prison record", "SPECIAL_CARE", "forklift licence"),
    ("fyi the new kitchen hire is on parole till March — can we avoid giving him cash duties?", "parole", "SPECIAL_CARE", "avoid giving him cash duties"),
    ("My nephew is wearing an ankle monitor this summer, can you plan a trip that stays in town?", "ankle monitor", "SPECIAL_CARE", "plan a trip that stays in town"),
    ("Grandpa is still post-op, so please book an accessible room in Sapporo.", "post-op", "SPECIAL_CARE", "book an accessible room in Sapporo"),
    ("My sister is recovering from a knee replacement, suggest seats near the aisle for the concert.", "knee replacement", "SPECIAL_CARE", "suggest seats near the aisle"),
    ("My partner just started Lexapro — could you move our Monday calls to the afternoon?", "Lexapro", "SPECIAL_CARE", "move our Monday calls to the afternoon"),
    ("I step out for Asr prayer at 3, please keep the design review short.", "Asr prayer", "SPECIAL_CARE", "keep the design review short"),
    ("Three people on our team keep kosher; find a caterer in Umeda.", "keep kosher", "SPECIAL_CARE", "find a caterer in Umeda"),
    ("ugh my anxiety is awful before demos, draft a short opening line for me", "anxiety", "SPECIAL_CARE", "draft a short opening line"),
    ("My flatmate has been in a dark place since spring, how do I suggest the counselling hotline?", "in a dark place", "SPECIAL_CARE", "suggest the counselling hotline"),
    ("叔母が先月胃ろうを造設したので、面会の時間を調べてください", "胃ろう", "SPECIAL_CARE", "面会の時間を調べてください"),
    ("妻のつわりが重いので、在宅勤務の申請文を作って", "つわり", "SPECIAL_CARE", "在宅勤務の申請文"),
    ("同僚が性別適合手術を受けるので、業務の引き継ぎ表を作ってください", "性別適合手術", "SPECIAL_CARE", "業務の引き継ぎ表"),
    ("I'm a dad of two and my husband works nights, suggest a weekend meal plan.", "husband", "SOGI", "suggest a weekend meal plan"),
    ("As a woman, my girlfriend and I want the couples' rate at the gym — what do we show?", "girlfriend", "SOGI", "couples' rate at the gym"),
    ("俺と彼氏で住む部屋の内見予定を立てて", "彼氏", "SOGI", "内見予定"),
    ("同性パートナーと同居しています。住宅手当の申請書を書きたいです", "同性パートナー", "SOGI", "住宅手当の申請書"),
]  # fmt: skip

LOOKALIKES = [
    "She has a record of perfect attendance, write her a thank-you card.",
    "We had a record year in sales, draft the all-hands slide.",
    "What does post-op care involve after cataract surgery?",
    "The post-op instructions leaflet needs a Japanese version.",
    "Do people who keep kosher eat fish?",
    "What time is Maghrib in Tokyo today?",
    "How long does recovery from a hip replacement usually take?",
    "I started Python last year, please help me with this error.",
    "I'm a woman and my husband is away this week, suggest easy dinners.",
    "保護観察官の仕事内容を採用説明会向けにまとめて",
    "つわりで休むときの休暇制度を一覧にして",
    "性別適合手術の保険適用について一般論で教えて",
    "The warehouse is in a dark place behind the station; add a sign.",
]

# (half, values, at most not masked, at most benign texts with a finding, at most request
# phrases touched by a finding). Measured at HEAD 789e0d5 before the round (analyzer level,
# mostly_covered): A 30 / 84 not masked, 0 / 12 benign flagged, 0 request phrases touched;
# B 26 / 78, 2 / 12, 2. After it: A 4 / 84, 0, 0; B 22 / 78, 2, 2 (the B look-alikes flagged
# and touched are news about a public figure's surgery and a product name, as before).
_FLOORS = [("A", 84, 6, 0, 0), ("B", 78, 24, 2, 2)]


@pytest.mark.parametrize(
    ("text", "value", "kind", "keep"),
    MASKED,
    ids=[f"{v}-{i}" for i, (_, v, _, _) in enumerate(MASKED)],
)
def test_masked_and_request_kept(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str, keep: str
) -> None:
    assert_masked_keeping(full_analyzer, text, value, kind, keep, covered=covered_by_kind)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert_left_alone(full_analyzer, text)


@pytest.mark.parametrize(("half", "values", "floor", "benign", "touched"), _FLOORS)
def test_generator_floor(
    full_analyzer: PiiAnalyzer, half: str, values: int, floor: int, benign: int, touched: int
) -> None:
    cases = bench_cases("pii_r25_special_gen")
    counts = tally(full_analyzer, cases, half, check=mostly_covered, kinds=SPECIAL_KINDS)
    assert_floor(counts, values, floor, benign)
    lost = first_message_keep_touched(full_analyzer, cases, half, SPECIAL_KINDS)
    assert len(lost) <= touched, "\n".join(lost)
