"""Issue 16, sixteenth round, second wave: faith disclosures by membership, areas before a
place noun, surnames talked about as words, a clinic speaking of itself, a question after a
condition (rows written for these tests; the families were named by the lead's blind set,
so they are tuned on).

Each table: the sensitive words found whole, the request kept, look-alikes left alone.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.conftest import found_whole as _found

FAITH = [
    ("As a practising Jehovah's Witness, I can't accept blood transfusions.", "Jehovah's Witness"),
    ("As a Quaker, I would rather affirm than swear an oath. Suggest wording.", "Quaker"),
    ("As an Eastern Orthodox Christian, I fast on Wednesdays; note that on my file.",
     "Eastern Orthodox Christian"),
    ("As a Eastern Orthodox, what should I bring to the office party?", "Eastern Orthodox"),
    ("As a Latter-day Saint, what should I say when my team goes drinking?", "Latter-day Saint"),
    ("Being Catholic, I don't eat meat on Fridays in Lent. Suggest a menu.", "Catholic"),
    ("being Presbyterian, my family keeps Sunday free. Plan the trip.", "Presbyterian"),
    ("As a devout Rastafarian, I keep an ital diet. Plan my meals.", "Rastafarian"),
    ("As a Tenrikyo follower, what should I say at the welcome party?", "Tenrikyo follower"),
    ("I'm a devout Sikh, so I wear a turban at work. Draft a note to HR.", "Sikh"),
    ("私はモルモン教徒なので、コーヒーは飲めません。代わりの飲み物を提案して", "モルモン教徒"),
    ("クエーカー教徒として、宣誓ではなく確約にしたいと伝える文を", "クエーカー教徒"),
    ("宗教上の理由で、私はエホバの証人なので輸血はできません。カルテに記載を", "エホバの証人"),
    (
        "母がセブンスデー・アドベンチストに熱心で、距離の置き方を相談したい",
        "セブンスデー・アドベンチスト",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "core"), FAITH, ids=[c for _, c in FAITH])
def test_a_faith_named_by_membership_is_found(
    full_analyzer: PiiAnalyzer, text: str, core: str
) -> None:
    assert _found(full_analyzer, text, core, "SPECIAL_CARE")


KEPT = [
    ("As a practising Jehovah's Witness, I can't accept blood transfusions.",
     "can't accept blood transfusions"),
    ("As an Eastern Orthodox Christian, I fast on Wednesdays; note that on my file.",
     "note that on my file"),
    ("宗教上の理由で、私はエホバの証人なので輸血はできません。カルテに記載を", "輸血はできません"),
    ("Hello, I am from Nepal and I have PCOS, which clinic department should I visit?",
     "which clinic department should I visit"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "request_words"), KEPT, ids=[k for _, k in KEPT])
def test_the_request_is_kept(full_analyzer: PiiAnalyzer, text: str, request_words: str) -> None:
    start = text.index(request_words)
    end = start + len(request_words)
    assert not any(f.start < end and start < f.end for f in full_analyzer.analyze(text))


LEFT_ALONE = [
    "As a Japanese speaker, I find keigo hard. Any tips?",
    "As a manager, I need a template for one-on-ones.",
    "As a Londoner, I want to know the best museums.",
    "当院では緑内障の治療を行っています。ご予約はお電話で",
    "当院は糖尿病の専門外来を設けています",
    "梅田のオフィスに明日行きます。会議室の予約文を書いて",
    "天神の店舗で待ち合わせしましょう",
    "三宮方面の電車は何分おきですか",
    "栄の支店に書類を送ります",
    "How common is the surname Sato?",
    "Is 'Nagano' both a surname and a prefecture?",
    "What does the surname Takahashi mean?",
    "佐藤さんって多いですか？",
    "日本で高橋さんって何人いるの？",
]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_look_alikes_are_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert full_analyzer.analyze(text) == []


# A person's own name stays a name next to the same words.
NAMES = [
    ("梅田さんのオフィスに明日行きます", "梅田"),
    ("My surname is Sato, please book the table under it.", "Sato"),
    ("佐藤さんって忙しいですか？", "佐藤"),
    ("天神支店長の山田さんに連絡して", "山田"),
]


@pytest.mark.parametrize(("text", "name"), NAMES, ids=[n for _, n in NAMES])
def test_a_persons_name_is_still_found(full_analyzer: PiiAnalyzer, text: str, name: str) -> None:
    assert _found(full_analyzer, text, name, "PERSON")
