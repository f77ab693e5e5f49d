"""Families of personal data found by the sixth blind generator's readable half (issue 16,
sixth round), and the look-alikes that must stay unchanged.

Each row stands for a family, written for these tests (no row comes from a benchmark set):
a quoted surname discussed as a word (how it is written, read or addressed); a romaji given
name the writer introduces themself with, or that is the whole message (not a place); a
lower-case romaji name under a ``-- `` signature rule; a name in brackets after a contact,
a name opening a line with its contact in brackets, ``Family, Given`` after a contact; a
header ``From`` with a name Sudachi reads as a person; 〇〇でございます after a business
greeting; a hiragana name before 先輩; special-care disclosures in reason clauses written
…だったので、, a condition named by how bad it is (がひどくて), a medicine or illness blamed
for a symptom (のせいか, の副作用で), a condition in brackets after a patient's name, a
faith's member word with 員, measured eye pressure, brand-name medicines; and the weak word
beside a strong one left to the request (ハラール対応の店).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    # a romaji given name the writer introduces themself with, or alone
    ("hey, it's Takumi again — any news on the refund?", "Takumi", "PERSON"),
    ("Natsuki here, the parcel never came.", "Natsuki", "PERSON"),
    ("Shunsuke from the finance team asked for the file.", "Shunsuke", "PERSON"),
    ("Hotaru", "Hotaru", "PERSON"),
    # a lower-case romaji name under a signature rule
    ("Best,\n-- \nkeisuke ogawara\nOgawara Design", "keisuke ogawara", "PERSON"),
    # a name in brackets after a contact; a name opening its line before a bracketed contact
    ("折り返し 080-4412-7781（ナガトモユウリ）まで", "ナガトモユウリ", "PERSON"),
    ("ハセベリンカ（hasebe.r@example.org）\n明細を送ってください", "ハセベリンカ", "PERSON"),
    ("瀬川 一葉 (090-3321-0087)\n領収書をください", "瀬川 一葉", "PERSON"),
    # a kanji surname glued to a hiragana given name after a phone number
    ("TEL/FAX 0467-22-1180 宮間こずえ", "宮間こずえ", "PERSON"),
    # a hiragana given name the call goes back to, the number glued to the word before it
    ("電話は080-2210-4471 みおまで", "みお", "PERSON"),
    ("携帯 070-3318-0092 けいた宛", "けいた", "PERSON"),
    # Family, Given after an e-mail address
    ("k.tamura@example.com Tamura, Shiori\nログインできません", "Tamura, Shiori", "PERSON"),
    # a header From with a name Sudachi reads as a person's
    ("From Eleanor Whitcombe: the invoice is wrong.", "Eleanor Whitcombe", "PERSON"),
    # the humble self-introduction after a business greeting
    ("お疲れ様です。村山でございます。請求書の件です", "村山", "PERSON"),
    # a hiragana name before 先輩
    ("ゆうと先輩から聞いたんだけど", "ゆうと", "PERSON"),
    # reason clauses written だったので / したので
    ("定期健診で血糖値が188だったので、食事の本を探したい", "血糖値が188", "SPECIAL_CARE"),
    # a condition by how bad it is; a medicine blamed for a symptom
    ("腰のヘルニアがひどくて今日は休みます。代わりの人を探して", "ヘルニア", "SPECIAL_CARE"),
    ("ジプレキサのせいか食欲が増えて、ダイエットの方法が知りたい", "ジプレキサ", "SPECIAL_CARE"),
    ("ステロイドの副作用で顔がむくみました", "ステロイド", "SPECIAL_CARE"),
    # a condition in brackets after a patient's name
    ("利用者：田島様（パーキンソン病）\n送迎の時間を確認したい", "パーキンソン病", "SPECIAL_CARE"),
    # a faith's member word with 員; measured eye pressure; brand names
    ("父が霊友会員なので葬儀の形式を相談したい", "霊友会員", "SPECIAL_CARE"),
    ("眼科で眼圧が31と言われました", "眼圧が31", "SPECIAL_CARE"),
    ("先週からベルソムラを飲んでいます", "ベルソムラ", "SPECIAL_CARE"),
    ("My sister takes Klonopin at night.", "Klonopin", "SPECIAL_CARE"),
    # clipped diagnoses in chat
    ("パニック持ちだから新幹線は通路側がいい", "パニック", "SPECIAL_CARE"),
    ("糖尿持ちでさ、外食のコツある？", "糖尿", "SPECIAL_CARE"),
]

BENIGN = [
    # a surname discussed as a word: how it is written, read or addressed
    "「渡部」と「渡辺」は読み方が同じですか？",
    "「高橋」をローマ字で書くと Takahashi ですか？",
    "「斉藤さん」「斉藤様」、社内メールではどちらを使う？",
    "「小野」の画数を教えて",
    # a romaji place or a nationality alone is no name
    "Kyoto",
    "I am Japanese and live abroad.",
    "Sorry, wrong chat.",
    # the humble copula after a common noun
    "以上でございます。",
    "こちらが新商品でございます。",
    # illness words in general questions
    "喘息がひどいときはどうすればいい？",
    "抗がん剤の副作用にはどんなものがありますか？",
    "眼圧の正常値は？",
    # a historical figure's birth date (a year before 1900)
    "樋口一葉は1872年5月2日生まれと聞きました",
    "Was Charles Darwin born on 12 Feb 1809?",
    # an everyday panic is no diagnosis
    "パニックになって電話を切ってしまいました",
    # a reason clause about the weather
    "雨だったので、傘を買いたい",
    # product codes beside test-like letters
    "型番 TG100 の在庫はありますか",
]

CORE = [
    # the strong word is the core; the weak word beside it stays with the request
    ("創価学会員なのでハラール対応の店を探しています", "創価学会員", "ハラール対応の店"),
    (
        "会社の健診で尿酸値が8.9だったので、保健指導の案内を読みたい",
        "健診で尿酸値が8.9",
        "案内を読みたい",
    ),
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


@pytest.mark.parametrize(("text", "core", "kept"), CORE)
def test_only_the_core_is_masked(
    full_analyzer: PiiAnalyzer, text: str, core: str, kept: str
) -> None:
    findings = full_analyzer.analyze(text)
    assert [
        text[f.start : f.end] for f in findings if f.entity_type.startswith("SPECIAL_CARE")
    ] == [core]
    start = text.index(kept)
    assert all(not (f.start < start + len(kept) and start < f.end) for f in findings)


# Words after a phone number on its line that are not names (the number itself is found).
NOT_NAMES_AFTER_CONTACT = [
    "電話 03-5512-7720 急ぎです",
    "TEL 03-5512-7720 土日休み",
    "代表 03-5512-7720 夜でもいい",
    "窓口 03-5512-7720 担当まで",
    "受付 03-5512-7720 いつまでも",
    "番号は03-5512-7720 平日のみ",
]


@pytest.mark.parametrize("text", NOT_NAMES_AFTER_CONTACT)
def test_no_name_after_contact(full_analyzer: PiiAnalyzer, text: str) -> None:
    findings = full_analyzer.analyze(text)
    assert [text[f.start : f.end] for f in findings if f.entity_type == "PERSON"] == []
    assert any(f.entity_type == "PHONE_NUMBER" for f in findings)
