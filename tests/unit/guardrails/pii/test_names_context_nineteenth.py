"""Names by the weight of their sentence, nicknames, and a request about a disability
service (nineteenth session, names pass).

Found: an English name whose sentence gives it two pieces of evidence (a chat interjection,
a finite verb, a pronoun later, "me and …", a feeling or being out sick, "from the
warehouse says"), a name after "my boss is", a lower-case title before a surname, speakers
of a transcript in capitals, a kanji surname before っち however Sudachi splits it, a
first-mora nickname (あっちゃん, まっつん), a hiragana given name before a body's state
(熱出した), a romaji name before a particle in a romaji sentence, ticket labels
(Reporter:). Not found: products and companies in the same places (Figma just shipped,
lol Python crashed, our client is Toyota, ms teams), headings in capitals, kinship words
of the nickname's shape (おっちゃん), place names in romaji sentences.
Special care: a disability pension or certificate the request is about stays for the model
while the condition beside it is masked; "in recovery from" is part of the core.
The rows were written for this test, not copied from the bench cases.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.special_care import special_care_recognizers

NAMES = [
    ("lol Bartek just locked himself out of the build server", "Bartek"),
    ("ugh Wanjiru keeps forwarding me chain mails, tell her to stop?", "Wanjiru"),
    ("me and Ismay are on the night shift, what snacks travel well?", "Ismay"),
    ("so Caoimhe doesn't get upset, how do I phrase the feedback?", "Caoimhe"),
    ("Jarrah and Teodor are both off sick today", "Teodor"),
    ("Old Fergus from the loading dock said the lorry is late", "Fergus"),
    ("my boss is Leocadia and she wants the slides by noon", "Leocadia"),
    ("please cc mrs oyelaran on the refund email", "oyelaran"),
    ("HALVORSEN: Where were you at nine?\nMBEKI: At home.\nHALVORSEN: Alone?", "MBEKI"),
    ("きのう渡辺っちとカラオケ行った", "渡辺"),
    ("あっちゃんに傘借りたままだ", "あっちゃん"),
    ("けさ、まっつん見かけたよ", "まっつん"),
    ("りょうへいが熱出したので迎えに行きます", "りょうへい"),
    ("Yesterday Haruka ni tegami wo kakimashita.", "Haruka"),
    ("Bug 77\nReporter: Solveig Brandt\nsteps attached", "Solveig Brandt"),
    # Second pass, from the hand-written set's half b (tuned on it): chat in lower case.
    ("heyy its priyanka again, can u shorten this?", "priyanka"),
    ("わたくしおおにしともうします、はじめてしつもんします", "おおにし"),
]

NOT_NAMES = [
    "Figma just shipped auto layout 5, is it worth updating?",
    "lol Python just crashed again on import",
    "our client is Toyota, so the deck needs their logo",
    "ms teams keeps freezing on my laptop",
    "NOTE: backup first\nTODO: rotate keys\nNOTE: tell ops",
    "おっちゃんが焼きそば作ってくれた",
    "Tokyo wa samui desu ne.",
    "Honestly, she was right about the budget.",
    "We drove across New Zealand. She loved it.",
    "hey its urgent again, the build broke",
    "hi its done from my side",
    "What do Jehovah's Witnesses say about holidays?",
]

SERVICE_KEPT = [
    ("双極性障害の姉の障害年金の更新について教えて", "双極性障害", "障害年金"),
    ("自閉症の息子の療育手帳の申請方法は？", "自閉症", "療育手帳"),
]


@pytest.fixture(scope="module")
def analyzer() -> PiiAnalyzer:
    return PiiAnalyzer(extra_recognizers=special_care_recognizers())


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_name_is_found_whole(analyzer: PiiAnalyzer, text: str, name: str) -> None:
    at = text.index(name)
    found = [f for f in analyzer.analyze(text) if f.entity_type == "PERSON"]
    assert any(f.start <= at and at + len(name) <= f.end for f in found), found


@pytest.mark.parametrize("text", NOT_NAMES)
def test_no_name_in_look_alike(analyzer: PiiAnalyzer, text: str) -> None:
    assert not [f for f in analyzer.analyze(text) if f.entity_type == "PERSON"]


@pytest.mark.parametrize(("text", "core", "asked_for"), SERVICE_KEPT)
def test_condition_masked_service_asked_kept(
    analyzer: PiiAnalyzer, text: str, core: str, asked_for: str
) -> None:
    found = [f for f in analyzer.analyze(text) if f.entity_type.startswith("SPECIAL_CARE")]
    at, asked = text.index(core), text.index(asked_for)
    assert any(f.start <= at and at + len(core) <= f.end for f in found), found
    assert all(f.end <= asked or f.start >= asked + len(asked_for) for f in found), found


def test_in_recovery_is_part_of_the_core(analyzer: PiiAnalyzer) -> None:
    text = "I'm in recovery from a gambling addiction, can you suggest weekend hobbies?"
    found = [f for f in analyzer.analyze(text) if f.entity_type.startswith("SPECIAL_CARE")]
    assert any(text[f.start : f.end].startswith("in recovery") for f in found), found
    assert "suggest weekend hobbies" not in "".join(text[f.start : f.end] for f in found)
