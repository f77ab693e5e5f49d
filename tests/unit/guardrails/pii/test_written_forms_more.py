"""More families of personal data as people write it (issue 16, fourth round) and the
look-alikes that must stay unchanged.

Each row stands for a family: English birth dates with ``b-day`` or a day-Mon-year date,
birth dates under a table column headed by the keyword,
names in mail headers and authorship lines, hiragana names with a space, romaji before a
Japanese honorific, an initial and a romaji surname; doctors recommending a medicine,
medicines by name, victimisation by bullying; and benign English sentences that start with
an ordinary capitalised word, a team after a sign-off, a listed figure with a possessive,
a legal question asked in general. Written for these tests; no row comes from a benchmark
set.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    # dates of birth: b-day/bday keywords, day-Mon-year with hyphens, ordinals
    ("bday 3rd October 1990, thx", "3rd October 1990", "DATE_OF_BIRTH"),
    ("Patient b-day: 1975-06-30", "1975-06-30", "DATE_OF_BIRTH"),
    ("DOB 09-Aug-1966 (verified)", "09-Aug-1966", "DATE_OF_BIRTH"),
    ("She was born 14-Nov-2003 in Osaka.", "14-Nov-2003", "DATE_OF_BIRTH"),
    ("D.O.B. 30/11/79", "30/11/79", "DATE_OF_BIRTH"),
    ("私は1968年の2月9日にうまれました", "1968年の2月9日", "DATE_OF_BIRTH"),
    # a value under a table, CSV or TSV column whose header is the keyword
    ("会員ID,お名前,生年月日\n0012,高野 亮,1971/10/05", "1971/10/05", "DATE_OF_BIRTH"),
    ("| 名前 | 誕生日 |\n|---|---|\n| 岡 | 平成元年6月2日 |", "平成元年6月2日", "DATE_OF_BIRTH"),
    # names: mail headers, authorship lines
    ("From: Imogen Castellanos\nSubject: Re: quote", "Imogen Castellanos", "PERSON"),
    ("起票者 村瀬 和樹\n件名：備品の発注", "村瀬", "PERSON"),
    # hiragana names with a space: a cue after, a title after, a name word inside
    ("来週から、みずの かおりが担当します", "みずの かおり", "PERSON"),
    ("こんどう ゆうた先生に相談しました", "こんどう ゆうた", "PERSON"),
    # romaji before a Japanese honorific or title; an initial and a romaji surname
    ("kubota haruka様から入金がありました", "kubota haruka", "PERSON"),
    ("R. Kanemoto です、よろしくお願いします", "Kanemoto", "PERSON"),
    ("新しい窓口はYuka Sampeiになります", "Sampei", "PERSON"),
    ("Please forward it to Dr. Featherstonehaugh today.", "Featherstonehaugh", "PERSON"),
    # special-care: a recommended medicine, a medicine by name, bullying suffered
    ("かかりつけ医に抗不安薬を勧められたけど、副作用が心配", "抗不安薬", "SPECIAL_CARE"),
    ("My husband is on quetiapine; can he drive?", "quetiapine", "SPECIAL_CARE"),
    ("娘が学校でいじめ被害に遭っていて、転校の手続きを知りたい", "いじめ", "SPECIAL_CARE"),
    # a body function with 障害 in any spelling; slang short names of an illness
    ("言語に障がいがあるので、筆談でお願いします", "言語に障がい", "SPECIAL_CARE"),
    ("兄が躁うつで休職していて、手続きを教えてほしい", "躁うつ", "SPECIAL_CARE"),
    # a disclosure stays one when a general question follows it
    ("夫は保護観察中です。一般的な手続きを教えて", "保護観察", "SPECIAL_CARE"),
]

BENIGN = [
    "Last month the shipment was late. However, the refund arrived.",
    "May I change the delivery address? Hope that is fine.",
    "Will the store open on Sunday? Thanks, the events team",
    "Kind regards, Customer Support",
    "What did Marie Curie's daughter study?",
    "保釈になった場合、一般的にはどんな条件がつくの？",
    "ありがとう ございます。また よろしく おねがいします",
    "サーバーに障害が出ているようです。復旧の見込みは？",
    "Version 2.4.1 shipped on 12/03/25 for everyone.",
    "イベント,開催日,会場\n夏祭り,2025/8/1,中央公園",
    "保護観察中って引っ越しできるの？一般的に",
]


@pytest.mark.parametrize(("text", "expected", "entity"), FOUND)
def test_written_form_is_found(
    full_analyzer: PiiAnalyzer, text: str, expected: str, entity: str
) -> None:
    findings = full_analyzer.analyze(text)
    start = text.index(expected)
    end = start + len(expected)
    assert any(
        f.entity_type.partition(":")[0] == entity and f.start <= start and end <= f.end
        for f in findings
    ), [(text[f.start : f.end], f.entity_type) for f in findings]


@pytest.mark.parametrize("text", BENIGN)
def test_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    findings = full_analyzer.analyze(text)
    assert findings == [], [(text[f.start : f.end], f.entity_type) for f in findings]
