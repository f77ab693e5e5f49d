"""Names and special care as people type them (nineteenth round, hand-written cases).

Found: a given name after a first-person word before って言います / と申します even when
the dictionary knows it only as a noun, or before だけど; a given name after a chat
greeting (おつかれっす、…っす); an English name after "This is … again", "… here",
"I'm …," with particles and accented letters; given names listed after a label that says
people (Team:, Squad for Saturday:); harassment suffered (パワハラを受けて, セクハラされて,
"has been bullying me"). Not found: greetings, figurative crime words (robbed of a win,
mugged by a wave), apps one is "on", surnames compared as words, general questions. A
race status word is masked without the procedure asked about after it (帰化).
The rows were written for this test, not copied from the bench cases.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.special_care import special_care_recognizers

NAMES = [
    ("僕こはるって言います、よろしくお願いします", "こはる"),
    ("わたしひかりと申します。本日からお世話になります", "ひかり"),
    ("俺あさひっていいます！", "あさひ"),
    ("あたしりおなだけど、明日の予定どうする？", "りおな"),
    ("お疲れさまです、しんじです。報告します", "しんじ"),
    ("こんちは、ゆうきっす！", "ゆうき"),
    ("This is Martin again, could you shorten the summary?", "Martin"),
    ("Hi, it's Farida from the front desk.", "Farida"),
    ("Rosalind Okafor here — can you tidy this list?", "Rosalind Okafor"),
    ("I'm Siân Llewellyn, please help with my CV", "Siân Llewellyn"),
    ("Ana da Silva asked me to reschedule", "Ana da Silva"),
    ("Team: Ravi, Ines, Tobias. Who covers Monday?", "Ines"),
    ("Carpool for Friday: Dev, Lena, Oskar — plan the route", "Oskar"),
]

NOT_NAMES = [
    "おつかれっす！今日も暑いね",
    "うち、ひまなんだけど何かしよ",
    "俺ひとりって言います",
    "This is Python, right?",
    "It's Friday, what should we cook?",
    "Team: Engineering, Sales, Support — who owns this?",
    "鈴木と高橋、どっちが多い名字なの？",
]

SPECIAL_CARE = [
    ("取引先からカスハラを受けていて、対応マニュアルを作りたい", "カスハラ"),
    ("前の職場でマタハラされたので、転職の面接で何と言えばいい？", "マタハラ"),
    ("部長にパワーハラスメントを受けています。記録の付け方を教えて", "パワーハラスメント"),
    ("My landlord keeps threatening me, what can I write back?", "threatening"),
    ("Her ex has been stalking my sister since June", "stalking"),
]

NOT_SPECIAL_CARE = [
    "パワハラを受けたらどこに相談すればいい？",
    "セクハラされた場合の社内の手続きを説明して",
    "We were robbed of the title by a terrible call",
    "I got attacked by a seagull eating chips on the pier",
    "I've been on Babbel since January, is it any good?",
    "Stop bullying me, the kids shouted in the school play",
]


@pytest.fixture(scope="module")
def analyzer() -> PiiAnalyzer:
    return PiiAnalyzer(extra_recognizers=special_care_recognizers())


def _covered(analyzer: PiiAnalyzer, text: str, value: str, prefix: str) -> bool:
    at = text.index(value)
    return any(
        f.start <= at and at + len(value) <= f.end
        for f in analyzer.analyze(text)
        if f.entity_type.startswith(prefix)
    )


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_name_is_found_whole(analyzer: PiiAnalyzer, text: str, name: str) -> None:
    assert _covered(analyzer, text, name, "PERSON")


@pytest.mark.parametrize("text", NOT_NAMES)
def test_no_name_in_look_alike(analyzer: PiiAnalyzer, text: str) -> None:
    assert not [f for f in analyzer.analyze(text) if f.entity_type == "PERSON"]


@pytest.mark.parametrize(("text", "core"), SPECIAL_CARE)
def test_harassment_suffered_is_masked_core_only(
    analyzer: PiiAnalyzer, text: str, core: str
) -> None:
    found = [f for f in analyzer.analyze(text) if f.entity_type.startswith("SPECIAL_CARE")]
    at = text.index(core)
    assert any(f.start <= at and at + len(core) <= f.end for f in found), found
    # only the core: the request after it is not swallowed
    assert all(f.end - f.start <= len(core) + 2 for f in found), found


# A race status word is the core; the procedure asked about (帰化) stays for the model.
PROCEDURE_KEPT = [
    ("父は在日朝鮮人なので、帰化の手続きを一緒に調べたい", "在日朝鮮人", "帰化の手続き"),
    ("私は在日中国人で、帰化申請にかかる期間を知りたい", "在日中国人", "帰化申請"),
]


@pytest.mark.parametrize(("text", "core", "asked_for"), PROCEDURE_KEPT)
def test_race_core_keeps_the_procedure(
    analyzer: PiiAnalyzer, text: str, core: str, asked_for: str
) -> None:
    found = [f for f in analyzer.analyze(text) if f.entity_type.startswith("SPECIAL_CARE")]
    at, asked = text.index(core), text.index(asked_for)
    assert any(f.start <= at and at + len(core) <= f.end for f in found), found
    assert all(f.end <= asked or f.start >= asked + len(asked_for) for f in found), found


@pytest.mark.parametrize("text", NOT_SPECIAL_CARE)
def test_no_special_care_in_look_alike(analyzer: PiiAnalyzer, text: str) -> None:
    assert not [f for f in analyzer.analyze(text) if f.entity_type.startswith("SPECIAL_CARE")]
