"""Twenty-seventh round, names (issue 16): a surname in brackets after a phone number
(``090-1234-5678（林）``, ``内線 4471（堀）``), a child's given name with its reading after a
family word or before an age (``長男 悠斗（ゆうと）``, ``颯太（そうた）7歳``), a chat speaker whose
line opens with a number (``すずき：10時です``), a ・/＝ katakana name after a person word
(``担当はラジェシュ・クマールです``); a name span that swallowed the time word or the place
after it (``田中|明日から出張``, ``佐藤|大阪に戻りました``); founders, heads of firms,
politicians, entertainers, athletes and fictional households in general questions
(``孫正義``, ``ジョコビッチ``, ``磯野家``), a listed full name with an honorific before what only a
public life has (``豊田章男さんの社長時代の功績``) — while a private namesake stays masked.

The rows were written for these tests (not taken from the round's hand-written set).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.round_floors import assert_masked_whole, assert_round_trip, touching

# (text, the name that must be found whole)
FOUND = [
    ("不在のため 080-5512-0098（堀）まで折り返しください", "堀"),
    ("至急 03-6611-2043(今村) に連絡を", "今村"),
    ("内線 3302（関）へ回してください、を英訳して", "関"),
    ("緊急連絡先：090-7788-1212（母・石田）\n記入例を作って", "石田"),
    ("問い合わせは 06-6210-3344（担当 村上）まで。チラシ用に短く", "村上"),
    ("TEL 092-555-0101 / 岡\nこの署名を整えて", "岡"),
    ("長男 大翔（ひろと）の入院について担任に連絡したい", "大翔"),
    ("長男 大翔（ひろと）の入院について担任に連絡したい", "ひろと"),
    ("次女・美月(みづき)の欠席届を書いて", "美月"),
    ("うちの娘 心春（こはる）が小学校に入ります", "心春"),
    ("子ども：湊（みなと）6歳、凛（りん）3歳 で年賀状の文面を", "凛"),
    ("いとう：8時に集合で\nさとう：了解です\nこのやりとりを要約", "さとう"),
    ("担当はアレクサンドル・デュボワです。紹介文を書いて", "アレクサンドル・デュボワ"),
    ("通訳のマリー＝クレール・ベルナールに資料を送る", "マリー＝クレール・ベルナール"),
    ("新人のスニタ・ラオが来週から合流します", "スニタ・ラオ"),
    ("中島明日から休暇なので引き継ぎをお願い", "中島"),
    ("大野横浜に異動になりました。挨拶文を", "大野"),
    ("豊田さんの社長時代の話を聞いた、とメモして", "豊田"),
    ("大谷さんに請求書を送って", "大谷"),
]  # fmt: skip

# (text, words that must reach the model as written: no finding may touch them)
LOOKALIKES = [
    ("中島明日から休暇なので引き継ぎをお願い", "明日から休暇"),
    ("大野横浜に異動になりました。挨拶文を", "横浜に異動"),
    ("代表 03-1234-5678（代表）までお電話ください", "代表"),
    ("発送日 2026-12-0400（金）の予定", "金"),
    ("子供の日（こどものひ）の由来を教えて", "子供の日"),
    ("娘の日記（にっき）を読んでしまった、どう謝る？", "日記"),
    ("担当はロサンゼルス・ドジャースのファンです", "ロサンゼルス・ドジャース"),
    ("取引先のボストン・コンサルティング・グループに提出", "コンサルティング・グループ"),
    ("ノバク・ジョコビッチのグランドスラム優勝回数は？", "ジョコビッチ"),
    ("How many titles has Rafael Nadal won at Roland Garros?", "Rafael Nadal"),
    ("ジェンスン・フアンはNVIDIAをどう成長させた？", "ジェンスン・フアン"),
    ("三木谷浩史と柳井正、どちらが先に起業した？", "柳井正"),
    ("豊田章男さんの社長時代の功績をまとめて", "豊田章男"),
    ("磯野家の家系図を描いて", "磯野家"),
    ("野原ひろしの名言を教えて", "野原ひろし"),
    ("ちびまる子ちゃんの作者は？", "まる子"),
    ("エレン・イェーガーの目的は何だった？", "エレン・イェーガー"),
]  # fmt: skip

RESTORED = [
    "折り返しは 090-3141-5926（林）までお願いします",
    "長女 結菜（ゆいな）の保育園の欠席連絡を書いて",
    "担当はアレクサンドル・デュボワです。紹介文を書いて",
]


@pytest.mark.parametrize(("text", "value"), FOUND, ids=[v for _, v in FOUND])
def test_the_name_is_found_whole(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    assert_masked_whole(full_analyzer, text, value, "PERSON")


@pytest.mark.parametrize(("text", "keep"), LOOKALIKES, ids=[k for _, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, keep: str) -> None:
    findings = full_analyzer.analyze(text)
    assert not touching(findings, text, keep), [
        (f.entity_type, text[f.start : f.end]) for f in findings
    ]


@pytest.mark.parametrize("text", RESTORED, ids=[t[:12] for t in RESTORED])
async def test_the_user_gets_their_own_spelling_back(full_analyzer: PiiAnalyzer, text: str) -> None:
    # the stage changes the text before upstream, and the vault gives the user's own back
    await assert_round_trip(full_analyzer, text)
