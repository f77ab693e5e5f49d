"""Issue 16, twenty-third round: names made persons by their frame (a Korean label, a place-
like surname before 様, an @handle beside its app), special care said to "you" or in chat (a
DUI got, time done, a party voted for), public figures beside their works or beside another
public figure, a form's own field talked about, and a nationality field, which is no longer
masked as race (the APPI guideline: a nationality alone is not race or ethnic origin; the
type NATIONALITY is off by default and a policy may list it).

Rows written for these tests (not taken from ``bench/pii_r23_gen.py`` or the hand-written
set); floors over both generator halves (T tuned on, H held out), counted as found whole.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.policy.pii import PiiAction, PiiPolicy
from tests.unit.guardrails.pii.conftest import found_whole
from tests.unit.guardrails.pii.generator_floors import bench_cases, found_by_one, tally

FOUND = [
    ("You are HIV positive, so the clinic will call you on Monday.", "HIV positive",
     "SPECIAL_CARE"),
    ("Since you have Crohn’s disease, the canteen can prepare a plain meal.", "Crohn’s disease",
     "SPECIAL_CARE"),
    ("My cousin got a DWI in May, so he lost the delivery job. Help me word a letter.", "DWI",
     "SPECIAL_CARE"),
    ("Her father did time for arson; how should she answer the landlord?", "arson",
     "SPECIAL_CARE"),
    ("My flatmate votes SNP and will not stop talking about it.", "SNP", "SPECIAL_CARE"),
    ("담당자: 문서영\n용건: 계약 갱신", "문서영", "PERSON"),
    ("이번 달 당번은 윤채원입니다. 알림을 써 줘", "윤채원", "PERSON"),
    ("배수민 님께 견적서를 보내 주세요", "배수민", "PERSON"),
    ("熊本 沙織様\n先日はご来店ありがとうございました。", "熊本 沙織", "PERSON"),
    ("宛先：奈良 大和 様", "奈良 大和", "PERSON"),
    ("Add me on insta @rio.sketches_04 for the drafts", "rio.sketches_04", "MESSAGING_ID"),
    ("my discord is mossfrog#2210 if you want to play", "mossfrog#2210", "MESSAGING_ID"),
]  # fmt: skip

LOOKALIKES = [
    ("You can get hepatitis B from a needle, right?", "SPECIAL_CARE"),
    ("When you have asthma, which sports are safest?", "SPECIAL_CARE"),
    ("What happens after a DUI arrest in Texas?", "SPECIAL_CARE"),
    ("Why do young people vote AfD?", "SPECIAL_CARE"),
    ("The committee votes YES on the budget.", "SPECIAL_CARE"),
    ("Medical history: is this field required for the visa?", "SPECIAL_CARE"),
    ("持病：任意項目です。書かなくてもいい？", "SPECIAL_CARE"),
    ("Keanu Reeves movies from the 2000s?", "PERSON"),
    ("Which came first, Mary Shelley or Charles Dickens?", "PERSON"),
    ("Songs by Adele for a farewell party?", "PERSON"),
    ("熊本様式第3号の書き方は？", "PERSON"),
    ("이 문서의 작성 방법을 알려 주세요", "PERSON"),
    ("In Java, what does @Deprecated_1 mean?", "MESSAGING_ID"),
    ("Is @SonyJP_support the official account?", "MESSAGING_ID"),
]

# Still a person: a name beside a public figure that the text makes someone the writer knows.
PERSONS_KEPT = [
    ("My colleague Rhea Banerjee and Agatha Christie fans meet on Friday.", "Rhea Banerjee"),
    ("山田太郎の小説を添削して", "山田太郎"),
]

NATIONALITY_FORMS = [
    ("国籍：ネパール\n氏名：タパ・ラム", "ネパール", "タパ・ラム"),
    ("Name: Rosa Quispe\nNationality: Peruvian", "Peruvian", "Rosa Quispe"),
    ('{"name": "Ana Lima", "citizenship": "Brazil"}', "Brazil", "Ana Lima"),
]


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[v for _, v, _ in FOUND])
def test_the_value_is_found_whole(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str
) -> None:
    assert found_whole(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "kind"), LOOKALIKES, ids=[t[:32] for t, _ in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, kind: str) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type.startswith(kind)]


@pytest.mark.parametrize(("text", "name"), PERSONS_KEPT, ids=[n for _, n in PERSONS_KEPT])
def test_a_known_person_is_not_a_public_figure(
    full_analyzer: PiiAnalyzer, text: str, name: str
) -> None:
    assert found_whole(full_analyzer, text, name, "PERSON")


@pytest.mark.parametrize(("text", "nationality", "name"), NATIONALITY_FORMS)
def test_nationality_is_not_race_by_default(
    full_analyzer: PiiAnalyzer, text: str, nationality: str, name: str
) -> None:
    start = text.index(nationality)
    end = start + len(nationality)
    findings = full_analyzer.analyze(text)
    assert not [f for f in findings if f.start < end and start < f.end]
    assert found_whole(full_analyzer, text, name, "PERSON")


@pytest.mark.parametrize(("text", "nationality", "name"), NATIONALITY_FORMS)
def test_nationality_is_found_when_asked_for(
    full_analyzer: PiiAnalyzer, text: str, nationality: str, name: str
) -> None:
    found = full_analyzer.analyze(text, entities={"NATIONALITY", "PERSON"})
    start = text.index(nationality)
    assert [(f.entity_type, f.start) for f in found if f.entity_type == "NATIONALITY"] == [
        ("NATIONALITY", start)
    ]


def test_ethnicity_under_a_label_is_still_race(full_analyzer: PiiAnalyzer) -> None:
    text = "氏名：上野 誠\n民族：アイヌ"
    assert found_whole(full_analyzer, text, "アイヌ", "SPECIAL_CARE:race")


def test_a_policy_turns_nationality_on() -> None:
    supported = frozenset({"PERSON", "NATIONALITY"})
    assert PiiPolicy().rule("NATIONALITY").action is PiiAction.ALLOW
    assert "NATIONALITY" not in PiiPolicy().detected_types(supported)
    listed = PiiPolicy.model_validate({"entities": {"NATIONALITY": {"action": "mask"}}})
    assert listed.rule("NATIONALITY").action is PiiAction.MASK
    assert "NATIONALITY" in listed.detected_types(supported)


# (half, values, at most not found whole, at most benign texts with any finding). Before the
# round (68c9868) the analyzer missed T 44, H 32 of 120 values (not found whole by one finding
# of their kind: a nationality still counts as found there, so the figures differ from the
# bench's) and gave T 12, H 4 of 55 benign texts a finding; after it T 0 / 1, H 12 / 1.
_FLOORS = [("T", 120, 0, 1), ("H", 120, 12, 1)]


@pytest.mark.parametrize(("half", "values", "floor", "benign"), _FLOORS)
def test_generator_floor(
    full_analyzer: PiiAnalyzer, half: str, values: int, floor: int, benign: int
) -> None:
    counts = tally(full_analyzer, bench_cases("pii_r23_gen"), half, check=found_by_one)
    assert counts.total == values
    assert len(counts.missed) <= floor, "\n".join(counts.missed)
    assert len(counts.flagged) <= benign, "\n".join(counts.flagged)
