"""Names and special care as people write them (issue 16, fourteenth round), and the
look-alikes that must stay unchanged.

Each row stands for a family and was written for these tests (no row comes from a benchmark
set): speakers of a transcript or chat log (a clock time, two or more lines opening with a
name and a colon, ＞ or 「, a role with the person in brackets); a name with its reading in
ruby or in brackets after it; a katakana surname before a job title; a pet-form honorific;
a foreign given name in katakana after a role and の or before って子; a katakana name
joined by ・ whose first part is found; meeting labels (欠席, 記録者); a surname that is
also a common noun in a list after a person label; a sender before its address in angle
brackets; a given name that is also an English word alone under a closing line; a given
name after a family word and 、 that the dictionary keeps as a proper noun. Special care:
a named condition or medicine denied or over (the name is still health data); victims in
English; lab values written "X was N" and platelets in 万/μL.
Look-alikes: headings and Q/A lines, a department list after 出席, an English verb opening a
question about public figures, brands and common nouns before a title, general questions
that a condition is curable, a negation that names nothing, a supposed lab value.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer


def _found(analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(
        f.entity_type.startswith(kind) and f.start <= start and end <= f.end
        for f in analyzer.analyze(text)
    )


NAMES = [
    # Speakers of a chat log or transcript.
    ("[09:41] 平井: 先方から返事来た\n[09:42] 梶: 了解", "平井"),
    ("[09:41] 平井: 先方から返事来た\n[09:42] 梶: 了解", "梶"),
    ("11:05 堤「見積もりまだ？」\n堤さんに返事を書いて", "堤"),
    ("みさき> あした休む\nけんと> わかった\nこれを丁寧にして", "みさき"),
    ("議長（桑原）：開会します。\n福永：異議なし\n要約して", "桑原"),
    ("議長（桑原）：開会します。\n福永：異議なし\n要約して", "福永"),
    ('{"memo": "司会（新井）：始めます\\n萩原：資料です"}', "萩原"),
    ("Oisin: running late\nMarguerite: np\nmake this formal", "Marguerite"),
    # Ruby and a reading in brackets after the kanji name.
    ("｜相川《あいかわ》｜朋美《ともみ》様の宛名を書いて", "｜相川《あいかわ》｜朋美《ともみ》"),
    ("柴田 紗英（Shibata Sae）の英文証明書", "柴田 紗英"),
    ("堀 千晶（ホリ チアキ）さんの名札", "堀 千晶"),
    # Titles, pet forms, foreign given names, ・-joined names.
    ("ムラセ社長の送迎をお願いします", "ムラセ"),
    ("クドウ顧問にメールを送りたい", "クドウ"),
    ("ゆうちゃま、お昼寝の時間だよ", "ゆう"),
    ("リョウたん、明日来れる？", "リョウ"),
    ("研修生のトゥアンが日本語の勉強を頑張っている", "トゥアン"),
    ("ナディアって子が転校してきた", "ナディア"),
    ("担当のアルジュン・クマールです", "アルジュン・クマール"),
    # Meeting labels, a surname that is a common noun in a list, a sender before its address.
    ("記録者 石橋悠斗\n欠席 尾上和香\n議事録を整えて", "尾上和香"),
    ("CC：吉岡、甲斐、東\n全員に送る文面", "甲斐"),
    ("From: Ottoline Fairweather <ofw@example.org>\nSummarise this", "Ottoline Fairweather"),
    ("Cheers,\nHazel\n\nP.S. tidy this up", "Hazel"),
    # A given name after a family word and 、 kept as a proper noun under its reading.
    ("娘、ひなたが熱を出したので早退します", "ひなた"),
]


@pytest.mark.parametrize(("text", "name"), NAMES, ids=[n for _, n in NAMES])
def test_name_is_found(full_analyzer: PiiAnalyzer, text: str, name: str) -> None:
    assert _found(full_analyzer, text, name, "PERSON")


NO_PERSON = [
    "結論：来月に延期\n理由：予算不足",
    "Q: 返品できますか？\nA: はい、30日以内なら可能です",
    "Note: bring laptops\nAgenda: budget review",
    "議事録\n出席：営業部、経理部\n1. 新製品",
    "Compare Charles Darwin and Alan Turing in two sentences",
    "トヨタ社長の発言をまとめて",
    "ママ社長向けのセミナーを探しています",
    "いったん、かんたんな資料を作ります",
    # A run of kana before っち / たん that is not a word of its own (って|どっち, で|どっち).
    "「佐藤」と「佐々木」ってどっちが多い苗字なんですか？",
    "「A案」でどっちがいい？",
    "「赤」と「青」ならそっちが好き",
    "娘、おなかが痛いって",
    "Thanks,\nSupport\n\nCall us any time",
]


@pytest.mark.parametrize("text", NO_PERSON)
def test_no_person(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [f for f in full_analyzer.analyze(text) if f.entity_type == "PERSON"] == []


SPECIAL_CARE = [
    # A named condition or medicine denied or over: the name is masked, the request kept.
    ("膠原病の疑いは晴れましたが、念のため有給を取りたい", "膠原病", "有給を取りたい"),
    ("レクサプロはもう飲んでいません。問診票の書き方は？", "レクサプロ", "問診票の書き方"),
    ("心房細動ではないと言われました。運動してもいい？", "心房細動", "運動してもいい"),
    (
        "The cardiologist ruled out atrial fibrillation, can I run again?",
        "atrial fibrillation",
        "can I run again",
    ),
    ("I'm no longer taking Lexapro. Should I tell HR?", "Lexapro", "Should I tell HR"),
    # Victims, faiths and records in English.
    (
        "I survived domestic violence and need flexible hours.",
        "domestic violence",
        "flexible hours",
    ),
    ("I'm a Zoroastrian, please plan a menu I can eat", "Zoroastrian", "plan a menu"),
    # Lab values written "X was N", platelets in 万/μL.
    ("labs: TSH was 9.8 — what does that mean?", "TSH was 9.8", "what does that mean"),
    ("血小板が7万/μLって言われた。献血はできる？", "血小板が7万/μL", "献血はできる"),
]


@pytest.mark.parametrize(
    ("text", "core", "request_text"), SPECIAL_CARE, ids=[c for _, c, _ in SPECIAL_CARE]
)
def test_special_care_core_is_masked(
    full_analyzer: PiiAnalyzer, text: str, core: str, request_text: str
) -> None:
    found = full_analyzer.analyze(text)
    assert _found(full_analyzer, text, core, "SPECIAL_CARE:")
    kept = text.index(request_text)
    assert not any(f.start < kept + len(request_text) and kept < f.end for f in found)


NOT_SPECIAL_CARE = [
    "持病はありません、とだけ書けばいいですか",
    "アトピー性皮膚炎は治りますか？",
    "うつ病は完治しますか？",
    "糖尿病の疑いがある人は何科に行けばいい？",
    "If your ALT was 60, is that bad?",
    "What is a normal TSH?",
    # Who a service is for, as an office's FAQ answer states it.
    "糖尿病でかかりつけ医に通院されている65歳以上の方が対象です。",
]


@pytest.mark.parametrize("text", NOT_SPECIAL_CARE)
def test_no_special_care(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [
        f for f in full_analyzer.analyze(text) if f.entity_type.startswith("SPECIAL_CARE")
    ] == []


UNION = [
    ("私、労働組合の執行委員なんですが評価に響きますか", "労働組合の執行委員"),
    ("兄はユニオンに加入しています", "ユニオンに加入しています"),
    ("She is a union steward at the plant", "union steward"),
    ("I joined the teachers' union last year", "joined the teachers' union"),
]
UNION_GENERAL = [
    "労働組合に入るメリットとデメリットは？",
    "組合員とはどういう立場ですか",
    "What are union membership rates in Japan?",
]


@pytest.mark.parametrize(("text", "value"), UNION, ids=[v for _, v in UNION])
def test_union_membership_only_when_asked(
    full_analyzer: PiiAnalyzer, text: str, value: str
) -> None:
    # Not special care under APPI: off by default, found when a policy lists the type.
    assert not any(f.entity_type == "UNION_MEMBERSHIP" for f in full_analyzer.analyze(text))
    start = text.index(value)
    found = full_analyzer.analyze(text, entities={"UNION_MEMBERSHIP"})
    assert any(f.start <= start and start + len(value) <= f.end for f in found)


@pytest.mark.parametrize("text", UNION_GENERAL)
def test_union_question_is_left_alone(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert full_analyzer.analyze(text, entities={"UNION_MEMBERSHIP"}) == []


# Found on the benign corpora after the first version of these rules (5,714 texts): a
# 理事 inside 管理事務所, a unit before 顧問, a word and its alternative readings, the fields
# of a download listing.
NO_PERSON_CORPUS = [
    "【西武庫公園】管理事務所はありますか？",
    "日本軍の民政部顧問として活躍した人は",
    "原戸籍（はらこせき・げんこせき）謄本って何",
    "Filename: example.txt\nWord: hello",
    "Desc: Set in the 1970s\nClickupload Parts: 1 | 2\nPassword: abc",
    # Found on the readable half N: a record's fields, each holding a value.
    "伝票番号：ORD-2027-50835\n数量：42\n金額：2,658,274円",
]


@pytest.mark.parametrize("text", NO_PERSON_CORPUS)
def test_no_person_in_corpus_look_alikes(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [f for f in full_analyzer.analyze(text) if f.entity_type == "PERSON"] == []
