"""Names introduced in casual speech and after card labels; awards, banks and places asked
about are no personal data (seventeenth round, second names pass).

Found: a given name after 俺/僕/私/うち before ね/です/だよ/っす, before って呼んで /
と申します; an English full name with a hyphenated or apostrophe surname after my name is,
holder, account name, name on the card — whole. Not found: first-person words before
ordinary words, prizes and banks in capitals, a prefecture + municipality asked about.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    ("あ、俺そうたね。そうたって呼んで", "そうた"),
    ("うち、ななみだよ！よろしく", "ななみ"),
    ("自分りょうまっす。よろしくっす", "りょうま"),
    ("はじめまして、私あかりです", "あかり"),
    ("ひかるって呼んでください", "ひかる"),
    ("ゆずきと申します。本日から配属です", "ゆずき"),
    ("My current name is Chloe Barrett-Lowe", "Chloe Barrett-Lowe"),
    ("holder Siobhan O'Donnell", "Siobhan O'Donnell"),
    ("Account name: Grace D'Souza", "Grace D'Souza"),
    ("The name on the card is Ruth O’Hara", "Ruth O’Hara"),
    ("my legal name is Megan Price-Ellis now", "Megan Price-Ellis"),
]

NOT_FOUND = [
    "Did Marie Curie win two Nobel Prizes?",
    "Who won the Booker Prize last year?",
    "Is the Sumitomo Mitsui Ginza branch open today?",
    "I bank with Sumitomo Mitsui, is the app good?",
    "What does the Wellcome Foundation fund?",
    "東京都渋谷区の人口はどのくらいですか？",
    "大阪府堺市の天気は？",
    "北海道札幌市への行き方を教えて",
    "俺ひまだよ",
    "私ひとりです",
    "僕いまからです",
]

ADDRESS_KEPT = ["私の住所は東京都渋谷区です"]


@pytest.fixture(scope="module")
def analyzer() -> PiiAnalyzer:
    return PiiAnalyzer()


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_name_is_masked_whole(analyzer: PiiAnalyzer, text: str, name: str) -> None:
    at = text.index(name)
    spans = [(f.start, f.end) for f in analyzer.analyze(text) if f.entity_type == "PERSON"]
    assert any(s <= at and at + len(name) <= e for s, e in spans), spans


@pytest.mark.parametrize("text", NOT_FOUND)
def test_look_alike_has_no_finding(analyzer: PiiAnalyzer, text: str) -> None:
    assert [text[f.start : f.end] for f in analyzer.analyze(text)] == []


@pytest.mark.parametrize("text", ADDRESS_KEPT)
def test_an_area_given_as_ones_address_is_still_masked(analyzer: PiiAnalyzer, text: str) -> None:
    assert [f.entity_type for f in analyzer.analyze(text)] == ["ADDRESS"]
