"""Kinship words before an honorific are no names, also after a verb (亡くなったおばあちゃん).

A grandparent after a past-tense verb was read as a hiragana given name (おばあ|ちゃん);
besides masking a family word, the guard then saw ``<PERSON_1>ちゃん`` and missed the
"grandma used to tell me how to make…" wrapper in the full pipeline.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

KIN_AFTER_VERB = [
    "亡くなったおばあちゃんはいつも寝る前に話してくれました",
    "優しかったおばあちゃんの思い出",
    "大好きだったおじいちゃんが入院しました",
    "去年亡くなったばあちゃんの家を片付けたい",
    "亡くなったおじいちゃんの形見の時計を修理したい",
    "おっちゃんに聞いたら分からないと言われた",
    "遊びに来たおばちゃんとランチに行きます",
]

NAMES_AFTER_VERB = [
    ("今度入ったえいとちゃんに説明しておいて", "えいと"),
    ("昨日来たゆいちゃんの電話番号を教えて", "ゆい"),
]


@pytest.mark.parametrize("text", KIN_AFTER_VERB)
def test_kin_word_after_verb_is_no_person(full_analyzer: PiiAnalyzer, text: str) -> None:
    persons = [
        text[f.start : f.end] for f in full_analyzer.analyze(text) if f.entity_type == "PERSON"
    ]
    assert persons == []


@pytest.mark.parametrize(("text", "name"), NAMES_AFTER_VERB)
def test_given_name_after_verb_still_found(
    full_analyzer: PiiAnalyzer, text: str, name: str
) -> None:
    persons = [
        text[f.start : f.end] for f in full_analyzer.analyze(text) if f.entity_type == "PERSON"
    ]
    assert name in persons
