"""Issue 16, thirtieth round: special-care data as people really write it, with the request kept.

A condition told through its treatment, a person or a place of care (``im on sertraline``,
``Omar's on methadone``, ``Jake just got out of rehab``, ``seeing a counsellor``,
化学療法が始まる部下, 透析を受けている者ですが), a breakdown of the mind (``I had a breakdown``),
an origin told with its adjective or an ethnic group (``of Brazilian descent``, ``is Yoruba``,
``a naturalized citizen``), a named person's family (``Ahmed's family are Kurdish refugees``),
a statement inside a request to tell it (``Can you help me tell my team I'm pregnant?``), a
health field whose label is quoted (``Box 'Allergies': penicillin``) and an orientation
confessed with 実は (実はトランスジェンダーなんです) — the core masked, the request kept.

What stays: a song or a film named after a medicine or a treatment (``the song Lithium``), a
thing said to be in rehab or therapy (``our legacy codebase is in rehab``), a record or a
probation that is no one's criminal record (``this employee record for the manager``,
``on probation for three months``), a department a hospital has (放射線治療科のある病院), the
history of a treatment, a breakdown of costs, people of an origin counted, a people's history,
a carer's job (``I'm a counsellor``).

Rows written for these tests (not taken from the round's hand-written set, which stays in the
engineers' notes); a floor over the told-through-treatment rows below the figure measured when
the test was written (all covered).
"""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.round_floors import (
    assert_left_alone,
    assert_masked_keeping,
    not_covered,
)

# (text, value that must be masked, the type its findings must start with, request words
# no finding may touch)
MASKED = [
    ("reword this: 'im on sertraline so i need a later start'", "sertraline", "SPECIAL_CARE", "reword this"),
    ("Omar's on methadone, please plan his shifts around the clinic.", "methadone", "SPECIAL_CARE", "plan his shifts"),
    ("Maria recently started chemotherapy; draft a note to the team about cover.", "chemotherapy", "SPECIAL_CARE", "draft a note to the team"),
    ("FYI Jake just got out of rehab, help me write a welcome back message", "rehab", "SPECIAL_CARE", "welcome back message"),
    ("My coworker is seeing a counsellor every week, so please cover her shifts.", "counsellor", "SPECIAL_CARE", "cover her shifts"),
    ("I had a breakdown last year, please help me write a return-to-work note.", "breakdown", "SPECIAL_CARE", "return-to-work note"),
    ("Sarah's mum is on dialysis, please move her shift.", "dialysis", "SPECIAL_CARE", "move her shift"),
    ("Ahmed's family are Kurdish refugees, help me plan a welcome lunch for him", "Kurdish refugees", "SPECIAL_CARE", "plan a welcome lunch"),
    ("Candidate profile: Ana Silva, of Brazilian descent, 3 yrs Python. Shorten this for the panel.", "Brazilian descent", "SPECIAL_CARE", "Shorten this for the panel"),
    ("She is of Nigerian origin and wants a reference letter.", "Nigerian origin", "SPECIAL_CARE", "reference letter"),
    ("My colleague is Yoruba, help me write a welcome note.", "Yoruba", "SPECIAL_CARE", "welcome note"),
    ("My husband is naturalised, please draft the visa letter.", "naturalised", "SPECIAL_CARE", "draft the visa letter"),
    ("Could you help me explain to HR that my son has epilepsy?", "epilepsy", "SPECIAL_CARE", "explain to HR"),
    ("Can you help me tell my team I'm pregnant?", "pregnant", "SPECIAL_CARE", "tell my team"),
    ("Box 'Allergies': penicillin. Please tidy this form.", "penicillin", "SPECIAL_CARE", "Please tidy this form"),
    ("母の透析が始まったので、シフトを調整したい", "透析", "SPECIAL_CARE", "シフトを調整したい"),
    ("来週から放射線治療が始まるので、休みの申請文を書いて", "放射線治療", "SPECIAL_CARE", "休みの申請文を書いて"),
    ("透析を受けている者ですが、出張の相談をしたいです", "透析", "SPECIAL_CARE", "出張の相談をしたいです"),
    ("人工肛門を付けている者です。温泉の入り方を幹事に相談したい", "人工肛門", "SPECIAL_CARE", "幹事に相談したい"),
    ("実はトランスジェンダーなんです。更衣室の相談メールを書いて", "トランスジェンダー", "SOGI", "更衣室の相談メールを書いて"),
    ("実は、レズビアンです。パートナーの扶養の手続きを教えて", "レズビアン", "SOGI", "扶養の手続きを教えて"),
]  # fmt: skip

LOOKALIKES = [
    "He's a big fan of the song Lithium by Nirvana; suggest similar tracks.",
    'Play the track "Lithium" next and make a playlist.',
    "Our legacy codebase is in rehab — write a tongue-in-cheek sprint update.",
    "The brand needs some therapy after that launch. Draft a slogan.",
    "Please summarise this employee record for the manager.",
    "New hires are on probation for three months; write the probation review template.",
    "放射線治療科のある病院の一覧を作って",
    "心療内科がある病院を探して",
    "化学療法が始まったのは何年ですか",
    "人工肛門を付けている者の入浴について教えて",
    "Give me a breakdown of costs for the project.",
    "How many people of Nigerian origin live in the UK?",
    "Write a short Zulu history for a school project.",
    "Explain the naturalization process in the US.",
    "Can you help me understand what dialysis is?",
    "Suggest a wellbeing policy that covers employee access to a counsellor.",
    "実はゲイバーに行ったことがない。おすすめの店を教えて",
    "I'm a counsellor. How should I respond when a client mentions self-harm?",
    "I work as a domestic-violence counsellor; draft my conference bio.",
    "I'm a psychologist working in a school. Suggest a reading list.",
]


# A condition told through the treatment of a named person or of the writer: at most this
# many not mostly covered. Measured when the test was written: 0 of 6.
_TREATMENT_TOLD = [
    ("Priya's been on lithium since May. Draft her leave extension.", "lithium"),
    ("Ken just started dialysis, please rework the night rota.", "dialysis"),
    ("im on methadone so i cant do the 6am shift, reword this", "methadone"),
    ("来月から抗がん剤治療が始まるので、有給の申請理由を書いて", "抗がん剤治療"),
    ("Dan's on PrEP, please keep that out of the minutes.", "PrEP"),
    ("放射線治療を受けている者です。在宅勤務の申請書を書いて", "放射線治療"),
]
_TREATMENT_FLOOR = 1


@pytest.mark.parametrize(
    ("text", "value", "kind", "keep"),
    MASKED,
    ids=[f"{v}-{i}" for i, (_, v, _, _) in enumerate(MASKED)],
)
def test_masked_and_request_kept(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str, keep: str
) -> None:
    assert_masked_keeping(full_analyzer, text, value, kind, keep)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert_left_alone(full_analyzer, text)


def test_treatment_told_floor(full_analyzer: PiiAnalyzer) -> None:
    missed = not_covered(full_analyzer, _TREATMENT_TOLD, "SPECIAL_CARE")
    assert len(missed) <= _TREATMENT_FLOOR, "\n".join(missed)
