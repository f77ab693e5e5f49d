"""Names and special care, sixteenth round (issue 16, second wave): families the lead's
blind check showed, and their look-alikes.

Every row was written for these tests (none comes from a benchmark set). Special care: an
English disclosure followed by "and" and the user's request masks the condition only (the
request stays, a status after it — HIV positive — is inside); a second clause with its own
subject is read on its own. Names: capitals after a card / passport / booking label or a
title (MR JOHN SMITH); a romanised Korean or Chinese name with a hyphenated given name, whole;
a markdown list item that is a full name, when its line carries a contact or a role or the
list is headed as people. Fictional characters in general questions are general knowledge
like public figures. Look-alikes: capitals that are no name, list items that are topics,
requests without a disclosure.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer


def _spans(analyzer: PiiAnalyzer, text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in analyzer.analyze(text) if f.entity_type.startswith(kind)]


# (text, the condition masked, a word of the request that must stay in clear)
DISCLOSURE_AND_REQUEST = [
    ("I have type 1 diabetes and need to bring my meds in the cabin", "type 1 diabetes", "meds"),
    ("I'm HIV positive and starting a new job", "HIV positive", "starting"),
    ("my son has autism and we need a quiet room", "autism", "quiet"),
    ("I have epilepsy and want to know if I can drive", "epilepsy", "drive"),
    ("My wife has breast cancer and needs time off", "breast cancer", "time off"),
    ("I have depression and can't focus at work", "depression", "focus"),
    ("I have type 2 diabetes and would like tips for lunch", "type 2 diabetes", "tips"),
    ("I'm BRCA-positive and considering surgery", "BRCA-positive", "surgery"),
    ("My dad has Parkinson's and I need tips for caregiving", "Parkinson's", "caregiving"),
    ("I have asthma but want to run a marathon", "asthma", "marathon"),
    ("I have bipolar disorder, so please suggest a calm schedule", "bipolar disorder", "schedule"),
]


@pytest.mark.parametrize(
    ("text", "condition", "kept"),
    DISCLOSURE_AND_REQUEST,
    ids=[row[1] for row in DISCLOSURE_AND_REQUEST],
)
def test_condition_masked_request_kept(
    full_analyzer: PiiAnalyzer, text: str, condition: str, kept: str
) -> None:
    spans = _spans(full_analyzer, text, "SPECIAL_CARE")
    assert any(condition in span for span in spans), spans
    assert not any(kept in span for span in spans), spans


# Two conditions listed stay one span; a second clause with a subject is found on its own.
LISTS_AND_CLAUSES = [
    ("I have diabetes and hypertension and need a diet plan", ["diabetes and hypertension"]),
    ("I have asthma and my son has epilepsy", ["asthma", "epilepsy"]),
    ("I have asthma, and my son has epilepsy.", ["asthma", "epilepsy"]),
]


@pytest.mark.parametrize(
    ("text", "cores"), LISTS_AND_CLAUSES, ids=[t for t, _ in LISTS_AND_CLAUSES]
)
def test_lists_and_clauses(full_analyzer: PiiAnalyzer, text: str, cores: list[str]) -> None:
    assert _spans(full_analyzer, text, "SPECIAL_CARE") == cores


NO_DISCLOSURE = [
    "I read about HIV and I want to volunteer",
    "Symptoms of diabetes and how to treat them",
    "I have a cold and need a day off",
    "I have a meeting and need to prepare slides",
    "Tips for people with asthma and allergies",
]


@pytest.mark.parametrize("text", NO_DISCLOSURE)
def test_no_disclosure(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert _spans(full_analyzer, text, "SPECIAL_CARE") == []


NAMES = [
    # Capitals after a card, passport or booking label, or a title.
    ("Name on card is PRIYA RAGHUNATHAN", "PRIYA RAGHUNATHAN"),
    ("cardholder: TARO YAMADA", "TARO YAMADA"),
    ("MR JOHN SMITH booked room 402", "JOHN SMITH"),
    ("Passenger name: CHEN WEI, seat 12A", "CHEN WEI"),
    ("Please confirm the booking for MRS ANNA KOWALSKI", "ANNA KOWALSKI"),
    ("Card holder name - MARIA GONZALEZ", "MARIA GONZALEZ"),
    # Romanised Korean and Chinese names with a hyphenated given name.
    ("Lee Ji-woo will join the meeting", "Lee Ji-woo"),
    ("Email Kim Min-jun about the report", "Kim Min-jun"),
    ("Park Seo-yeon is my manager", "Park Seo-yeon"),
    ("Wang Xiao-ming sent the invoice", "Wang Xiao-ming"),
    ("Please forward this to Ji-woo Lee", "Ji-woo Lee"),
    ("KIM Min-jun, sales", "KIM Min-jun"),
    # A kana given name opening a chat message before です / でーす / だよ and a mark.
    ("まゆです🙋\u200d♀️", "まゆ"),
    ("ゆうとだよ〜", "ゆうと"),
    ("さきです！", "さき"),
    ("あやかと申します", "あやか"),
    ("さきでーす！よろしく", "さき"),
    # Markdown list items that are a person's.
    ("- **Emily Tran** — emily@example.com", "Emily Tran"),
    ("* Raj Mehta: +1 415 555 0100", "Raj Mehta"),
    ("1. Ana Ruiz (guest)", "Ana Ruiz"),
    ("Guests:\n- Laura Chen\n- Omar Haddad", "Laura Chen"),
]


@pytest.mark.parametrize(("text", "name"), NAMES, ids=[n for _, n in NAMES])
def test_name_found_whole(full_analyzer: PiiAnalyzer, text: str, name: str) -> None:
    assert any(name in span for span in _spans(full_analyzer, text, "PERSON"))


NO_PERSON = [
    "URGENT PLEASE HELP",
    "flights to NEW YORK",
    "name: SONY",
    "company name: TOYOTA MOTOR",
    "Name of product: USB HUB",
    "Status is URGENT ASAP",
    "- **Budget Review** — Tuesday",
    "- Action Items:",
    "- New York: 3 offices",
    "* Google Drive: shared folder",
    "- **Next Steps** — send invoice",
    "Agenda:\n- Action Items\n- Next Steps",
    "The word co-op is hyphenated",
    # Words before です / だよ that are no name.
    "そうです",
    "いいです！",
    "まだです",
    "ありです",
    "きょうです",
    "そうだよ〜",
    "だめです🙅",
    "そうだよね",
    # Fictional characters asked about as general knowledge.
    "Who is Sherlock Holmes?",
    "Is Harry Potter a good wizard?",
    "Describe Hermione Granger's personality",
    "Why did Darth Vader turn to the dark side?",
    "ハリーポッターの作者は？",
    "孫悟空の必殺技は？",
    "名探偵コナンの犯人は誰？",
    "ドラえもんのひみつ道具を教えて",
    "のび太の性格を説明して",
    "ルパン三世の声優は誰？",
]


@pytest.mark.parametrize("text", NO_PERSON)
def test_no_person(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert _spans(full_analyzer, text, "PERSON") == []


# A fictional character's name used for a person the writer deals with is still masked.
CHARACTER_AS_PERSON = [
    ("My name is Harry Potter and my phone is 090-1234-5678", "Harry Potter"),
    ("担当の工藤新一です", "工藤新一"),
]


@pytest.mark.parametrize(
    ("text", "name"), CHARACTER_AS_PERSON, ids=[n for _, n in CHARACTER_AS_PERSON]
)
def test_character_name_as_person(full_analyzer: PiiAnalyzer, text: str, name: str) -> None:
    assert name in _spans(full_analyzer, text, "PERSON")
