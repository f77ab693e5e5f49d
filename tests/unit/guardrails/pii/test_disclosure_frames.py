"""Special care the sentence marks as such, names in new places (issue 16, sixteenth round,
κ/λ generator), and the look-alikes that must stay unchanged.

Rows written for these tests (conditions, medicines, faiths and offences chosen to be outside
the lexicons, so the frame decides): 〜と診断された, 〜の治療中, 〜で入院, 〜を服用,
〜を毎朝飲んでる, 〜に入信, 〜の信者, 〜で服役, 〜で逮捕された, "diagnosed with", "I'm on X for my
Y", "served time for"; names as repeated speaker labels Sudachi reads as verbs, after ねぇ,
pet names with a stretched vowel, katakana names before です, after 名前は / 担当は, ALL-CAPS
names family name first after a person label. Look-alikes: a frame said of a group or a
hypothetical (〜と診断された方は, 〜で逮捕されたら), topics, drinks, lessons, a store's name
after "Store name:", conjunctions as labels, a public figure.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.conftest import found_whole as _found

SPECIAL_CARE = [
    ("昨年、好酸球性肺炎と診断されました。通勤の配慮をお願いする文を作って", "好酸球性肺炎"),
    ("娘は先週ペルテス病と診断されたので、体育の見学を担任に伝えたい", "ペルテス病"),
    ("いま原田病の治療中なので、出張は控えたいと伝える文を", "原田病"),
    ("父が胆管炎で入院しています。休暇の申請を書いて", "胆管炎"),
    ("私は脊髄空洞症を患っていて、階段が難しいです", "脊髄空洞症"),
    ("息子は選択性緘黙の診断を受けています。連絡帳の文を", "選択性緘黙"),
    ("ミルタザピンを服用しているので、車の運転は控えています", "ミルタザピン"),
    ("先月からクエチアピンを処方されて、朝がつらい", "クエチアピン"),
    ("ガバペンチンを毎朝のんでて、旅行の準備で気をつけることある？", "ガバペンチン"),
    ("去年、天照皇大神宮教に入信しました。親への説明を考えて", "天照皇大神宮教"),
    ("うちは祖父の代から黒住教の信者です。寄付を断る文を", "黒住教"),
    ("叔母が御嶽教に熱心で困っています", "御嶽教"),
    ("昔、占有離脱物横領で服役していました。面接での話し方を", "占有離脱物横領"),
    ("兄が偽計業務妨害で逮捕されました。職場への説明は？", "偽計業務妨害"),
    (
        "I was diagnosed with Kawasaki disease as a child, so please keep that in mind",
        "Kawasaki disease",
    ),
    ("I'm on mirtazapine for my insomnia; suggest an evening routine", "mirtazapine"),
    ("I'm on mirtazapine for my insomnia; suggest an evening routine", "insomnia"),
    ("My daughter has Perthes disease. Draft a note to her coach", "Perthes disease"),
    ("I take gabapentin every morning. Make me a packing list", "gabapentin"),
    ("I served three years for arson. Help me write a cover letter", "arson"),
    ("I converted to Tenrikyo last spring — how do I tell my family?", "Tenrikyo"),
    ("I am a devout Catholic and can't work on Christmas Day.", "Catholic"),
    ("My wife converted to Buddhism and wants a temple funeral for her mother.", "Buddhism"),
]


@pytest.mark.parametrize(("text", "core"), SPECIAL_CARE, ids=[c for _, c in SPECIAL_CARE])
def test_the_core_a_frame_marks_is_found(full_analyzer: PiiAnalyzer, text: str, core: str) -> None:
    assert _found(full_analyzer, text, core, "SPECIAL_CARE")


# The core is masked, the request around it is not.
KEPT = [
    (
        "原発性胆汁性胆管炎があるので電話ではなくメールで対応をお願いします",
        "原発性胆汁性胆管炎",
        "電話ではなくメールで対応をお願いします",
    ),
    (
        "先月ペルテス病と診断されたので、会議は午前にしてほしいと伝えたい",
        "ペルテス病",
        "会議は午前にしてほしいと伝えたい",
    ),
    (
        "I was diagnosed with Kawasaki disease last year, so please suggest light exercise",
        "Kawasaki disease",
        "please suggest light exercise",
    ),
]


@pytest.mark.parametrize(("text", "core", "kept"), KEPT, ids=[c for _, c, _ in KEPT])
def test_the_request_is_kept(full_analyzer: PiiAnalyzer, text: str, core: str, kept: str) -> None:
    findings = [f for f in full_analyzer.analyze(text) if f.entity_type.startswith("SPECIAL_CARE")]
    start = text.index(kept)
    assert _found(full_analyzer, text, core, "SPECIAL_CARE")
    assert not any(f.start < start + len(kept) and start < f.end for f in findings)


NAMES = [
    ("ログ\nひろえ：おはよ\n自分：おはよう\nひろえ：今日いける？\n返事を考えて", "ひろえ"),
    ("ねぇそら、この文どう思う？", "そら"),
    ("「かなちー、駅で待ってる」って送りたい", "かな"),
    ("「ゆうぴょん、また明日」って送りたい", "ゆう"),
    ("リツです！　明日のシフトかわって", "リツ"),
    ("ソウタ〜〜　課題おわった？", "ソウタ"),
    ("誕生日メッセージを作って。名前はちはるで、中学からの友達", "ちはる"),
    ("担当は吉川で、来月から大阪に移ります。挨拶文を", "吉川"),
    ("Applicant: PHAM VAN LONG\nExplain what this form asks for", "PHAM VAN LONG"),
    ("NAME: TRAN MINH ANH\nNATIONALITY: VIETNAM", "TRAN MINH ANH"),
]


@pytest.mark.parametrize(("text", "name"), NAMES, ids=[n for _, n in NAMES])
def test_the_name_is_found(full_analyzer: PiiAnalyzer, text: str, name: str) -> None:
    assert _found(full_analyzer, text, name, "PERSON")


LOOK_ALIKES = [
    "好酸球性肺炎と診断された方は、申請により医療費の助成を受けられます。",
    "ミルタザピンを服用している方は、運転を控えてください。",
    "偽計業務妨害で逮捕されたらどうなりますか？",
    "インフルエンザと診断された場合は出席停止です",
    "ペルテス病の症状とは？",
    "近くの病院の場所を教えて",
    "私は毎朝コーヒーを飲んでいます",
    "仕事に熱心で、いつも遅くまで残っている",
    "お金持ちだから気にしないで",
    "I take Japanese lessons every morning.",
    "I'm on my way, I take the train every morning.",
    "What are the early signs of Kawasaki disease?",
    "Store name: MUJI GINZA\nWrite opening-hours text",
    "ただし：申込は先着順です。\nなお：締切は金曜です。",
    "名前はまだないです",
    "テストです！よろしく",
    "What did Moon Jae-in say about the summit?",
    "・耐震性の診断を受け、補強しておく。",
    "担任の名前はなんでしたっけ？",
    "この寺の昔の名前は何ですか?",
    "浄土宗の信者が多い地域はどこ？",
    # a file, script or unit conversion and a practising profession are no belief (lead,
    # twenty-fifth round: "Convert to PDF" reached the model as "Convert to <要配慮:信条>")
    "Convert to PDF and send to the team.",
    "Please convert the dates to ISO format and convert to kana where needed.",
    "Please convert to UTC and convert to lowercase.",
    "I'm a practising lawyer in Osaka; can you review this NDA?",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_untouched(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [
        (f.entity_type, text[f.start : f.end])
        for f in full_analyzer.analyze(text)
        if f.entity_type == "PERSON" or f.entity_type.startswith("SPECIAL_CARE")
    ] == []
