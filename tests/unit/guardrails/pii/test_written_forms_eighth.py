"""A name that only the dictionary's other readings reveal (issue 16, eighth round), and
the look-alikes that must stay unchanged.

Each row stands for a family, written for these tests (no row comes from a benchmark set):
a surname Sudachi's best path reads as a place or a common noun, standing alone as the
subject or partner of a verb (…によると, …曰く, 担当を…から); a given name Sudachi splits
into two nouns (海|都); a word in Latin letters the dictionary does not know whose romaji
spells a listed surname or given name (``call Noda about``, two such words in lower case);
a kanji word the dictionary does not know at all, standing alone (瑠鶯と…).
Look-alikes: the same words inside a compound (千葉県, 林業), words in Latin letters that
GiNZA calls a person in an English sentence (``Monday``, ``Draft``), an English word alone
in lower case. Special care: a medicine in katakana known by its international
nonproprietary name's stem (…ゼパム, …ゾラム, …ピン, …プラゾール) with a predicate, and an
English self-description before the subject (``As a devout Sikh, I …``); not a question
about the medicine, not ``As a manager, I …``.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.nlp_engine import GinzaNlpEngine, morphs, name_entries
from guardrails.pii.romaji import romaji_to_katakana

FOUND = [
    # a surname read as a common noun or a place, alone before a particle or 曰く
    ("杉原によると、納期は来週にずれるそうです。", "杉原"),
    ("中村曰く、会議は中止らしい。", "中村"),
    ("昨日岡本と打ち合わせをして決めました。", "岡本"),
    # a word in Latin letters that spells a listed name
    ("Please call Noda about the invoice before Friday.", "Noda"),
    ("Lunch with tsukada miki tomorrow, can you book a table?", "tsukada miki"),
    ("折り返しはIkedaまでお願いします。", "Ikeda"),
    # a kanji word the dictionary does not know at all, standing alone
    ("明日は瑠鶯と一緒に病院へ行きます。", "瑠鶯"),
    ("うちの椛琉が昨日から熱を出しています。", "椛琉"),
]

SPECIAL_CARE = [
    ("先月から主治医にフルニトラゼパムを処方されています。", "フルニトラゼパム"),
    ("オランザピン飲み始めてから太った気がする", "オランザピン"),
    ("父がランソプラゾールを毎朝飲んでいます。", "ランソプラゾール"),
    ("As a practising Hindu, I don't eat beef. Which dishes are safe?", "practising Hindu"),
    ("Being a devout Catholic, my family skips meat on Fridays.", "devout Catholic"),
]


@pytest.mark.parametrize(("text", "core"), SPECIAL_CARE, ids=[c for _, c in SPECIAL_CARE])
def test_special_care_core_is_found(full_analyzer: PiiAnalyzer, text: str, core: str) -> None:
    findings = full_analyzer.analyze(text)
    assert [
        text[f.start : f.end] for f in findings if f.entity_type.startswith("SPECIAL_CARE")
    ] == [core]


BENIGN = [
    "千葉県の支店に異動になりました。",
    "林業の未来について調べています。",
    "Draft the agenda for Monday and send it to the team.",
    "時代劇のおすすめを教えて",
    "政治の話は控えてください。",
    "I won the contest last year, any tips for this one?",
    "ランソプラゾールの副作用を教えて",
    "岡本という地名の由来は？",
    "As a manager, I need to write annual reviews.",
    "As a rule, I avoid sugar after dinner.",
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[e for _, e in FOUND])
def test_name_of_another_reading_is_found(
    full_analyzer: PiiAnalyzer, text: str, expected: str
) -> None:
    findings = full_analyzer.analyze(text)
    start = text.index(expected)
    end = start + len(expected)
    assert any(f.entity_type == "PERSON" and f.start <= start and end <= f.end for f in findings), [
        (text[f.start : f.end], f.entity_type) for f in findings
    ]


@pytest.mark.parametrize("text", BENIGN)
def test_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    findings = full_analyzer.analyze(text)
    assert findings == [], [(text[f.start : f.end], f.entity_type) for f in findings]


ENTRIES = [
    # (text, the runs the dictionary also lists as a surname or given name)
    ("うちの海都が熱を出した", ["海都"]),  # two nouns, one given name
    ("杉原によると", ["杉原"]),  # a common noun that is also a surname
    ("call Noda today", ["Noda"]),  # romaji of a listed surname
    ("東京駅から新宿まで", []),  # places only
    ("山田太郎です", []),  # already read as a name: not repeated here
]


@pytest.mark.parametrize(("text", "expected"), ENTRIES, ids=[t for t, _ in ENTRIES])
def test_name_entries(nlp_engine: GinzaNlpEngine, text: str, expected: list[str]) -> None:
    doc = nlp_engine.tokenize(text)
    tokens = morphs(doc)
    found = ["".join(m.text for m in tokens[a:b]) for a, b in name_entries(doc)]
    assert found == expected


KANA = [
    ("Noda", "ノダ"),
    ("Endou", "エンドウ"),
    ("Homma", "ホンマ"),
    ("Hattori", "ハットリ"),
    ("tsukada", "ツカダ"),
    ("Junna", "ジュンナ"),
    ("Shinbashi", "シンバシ"),
    ("Kyouko", "キョウコ"),
    ("Matchan", "マッチャン"),
    ("lease", None),
    ("Monday", None),
    ("the", None),
]


@pytest.mark.parametrize(("word", "kana"), KANA, ids=[w for w, _ in KANA])
def test_romaji_to_katakana(word: str, kana: str | None) -> None:
    assert romaji_to_katakana(word) == kana
