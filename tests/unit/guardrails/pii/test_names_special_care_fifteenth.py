"""Names and special care as people chat and write them (issue 16, fifteenth round), and
the look-alikes that must stay unchanged.

Each row stands for a family and was written for these tests (no row comes from a benchmark
set). Names: a kana given name or pet name called out at the start of a chat message, a
quoted one, a line after a speaker label, or after ねえ, before an emoji or a mark
(``called_name.py``); a kana name before が and what a person does to the writer (ことせが
呼んでる). Special care: paralysis and other conditions the lexicons missed, a katakana
medicine outside the lexicon forgotten, taken every morning or asked about with another, a
drug offence before what the justice system did, joint replacements, Church of England,
中国帰国者, the full name of an insulin. Look-alikes: words people open a chat with, a list
of katakana names of things, a common noun before ！, a journey from a place, a transport
company named after a place, a romaji region, a medicine brand in an advert question, ことで
after a family word, general questions about drugs and paralysis.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.conftest import found_whole as _found

NAMES = [
    # A kana name called out at the start of a message, before an emoji or a mark.
    ("ほのか😭 課題まだ終わってない", "ほのか"),
    ("返信どうしよう→「ちなつ…いまどこ？」", "ちなつ"),
    ("「まりえ、今日ひま？」って来たけど断りたい", "まりえ"),
    ("ミハル😂それな\nこれを敬語にして", "ミハル"),
    ("コウタロウ、ごめん寝坊した", "コウタロウ"),
    ("ねえるりか、昨日の資料どこ？", "るりか"),
    ("おーいゆうせい！はやく来て", "ゆうせい"),
    ('{"memo": "さなえ💦 会議室とれなかった"}', "さなえ"),
    ("グループLINE\nあかね：ゆずき🎉おめでと\n返事を考えて", "ゆずき"),
    ("しおりー😂 まだ？", "しおり"),
    # A pet name in the same position.
    ("「まゆっち、また遊ぼ！」って重い？", "まゆ"),
    ("あきりん💦 明日のシフトかわって", "あき"),
    # A kana name before が and what a person does to the writer.
    ("はなこが呼んでるよ、早く来て", "はなこ"),
    # The writer's surname after their role and の; a full name before who and a verb.
    ("担当の柳です。納期の件でご連絡いたしました", "柳"),
    ("窓口の福井と申します。書類を確認しました", "福井"),
    ("Draft a note for Tran Thi Lan who joins on Monday", "Tran Thi Lan"),
    # A surname that is a native common word, in katakana, before an office title.
    ("スギ係長に日程を確認するメールを書いて", "スギ"),
    ("Send the minutes to キシ次長 by Friday", "キシ"),
]


@pytest.mark.parametrize(("text", "name"), NAMES, ids=[n for _, n in NAMES])
def test_called_name_is_found(full_analyzer: PiiAnalyzer, text: str, name: str) -> None:
    assert _found(full_analyzer, text, name, "PERSON")


NO_PERSON = [
    # Words people open a chat with.
    "おつかれー！今日の会議は何時から？",
    "ありがと😭 助かった",
    "やばい😂まじでウケる",
    "ごめん…遅れる",
    "おはよ！今日も寒いね",
    "ですよね、あの店また行きたい",
    "ところで、温泉はお好きですか？",
    "わわ！ほんと昔の曲ですね",
    "いいね😂それでいこう",
    "みなさん、こんにちは",
    "なお、来週は休みです",
    "あした、晴れるかな",
    # A list of katakana names of things; a common noun before ！.
    "ポチョムキン、フォーミダブル、ポチョムキンのうち一番遅いのは？",
    "ポイント、三つあります",
    # A journey from a place; a transport company named after a place; a romaji region.
    "小松から東京まで新幹線で何分？",
    "宮崎交通の採用情報を見たい",
    "What are the main industries of the Kansai Region?",
    # ことで after a family word is no given name; a role word, a company before who.
    "夫のことで相談があります",
    "担当の者です。折り返しご連絡します",
    "Google who is leading the market",
    # A loanword or a doubled syllable before a title is a description.
    "ママ社長の働き方について記事を書いて",
    "カリスマ店長の接客術を教えて",
]


@pytest.mark.parametrize("text", NO_PERSON)
def test_no_person(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [f for f in full_analyzer.analyze(text) if f.entity_type == "PERSON"] == []


SPECIAL_CARE = [
    # (text, the sensitive core, the request that must stay)
    ("左手に麻痺が残っていて、キーボード選びを手伝って", "麻痺", "キーボード選びを手伝って"),
    ("母が顔面神経麻痺と診断されました。仕事の休み方を教えて", "顔面神経麻痺", "仕事の休み方"),
    ("兄が性同一性障害と診断されたので、家族の接し方を知りたい", "性同一性障害", "家族の接し方"),
    ("祖母がアルツハイマーと言われた。介護サービスの探し方は？", "アルツハイマー", "介護サービス"),
    ("父、ベルソムラを飲み忘れがちで困ってる。アラームの設定を教えて", "ベルソムラ", "アラーム"),
    ("毎晩デエビゴ飲んでます。出張の持ち物リスト作って", "デエビゴ", "持ち物リスト"),
    ("リクシアナとクレストールの飲み合わせ、薬剤師に聞きたい", "リクシアナ", "薬剤師に聞きたい"),
    ("2018年に大麻で逮捕されたことがあるけど、ビザは取れる？", "大麻", "ビザは取れる"),
    ("人工股関節なので、温泉旅館選びのコツを教えて", "人工股関節", "温泉旅館選び"),
    ("うちは英国国教会なので、結婚式の段取りを相談したい", "英国国教会", "結婚式の段取り"),
    ("私は中国帰国者で、就職の面接が不安です", "中国帰国者", "就職の面接"),
    ("I take insulin degludec every night. Plan my ski trip", "insulin degludec", "Plan my ski"),
    # A record said of a person pointed at stays a record.
    ("このスタッフ、前科があるらしい。採用の判断基準を作って", "前科", "採用の判断基準"),
]


@pytest.mark.parametrize(
    ("text", "core", "request_text"), SPECIAL_CARE, ids=[c for _, c, _ in SPECIAL_CARE]
)
def test_special_care_core_is_masked(
    full_analyzer: PiiAnalyzer, text: str, core: str, request_text: str
) -> None:
    found = full_analyzer.analyze(text)
    assert _found(full_analyzer, text, core, "SPECIAL_CARE:")
    request_start = text.index(request_text)
    request_end = request_start + len(request_text)
    assert not any(
        f.entity_type.startswith("SPECIAL_CARE") and f.start < request_end and request_start < f.end
        for f in found
    )


NOT_SPECIAL_CARE = [
    "アレグラのCMに出てる女優は誰？",
    "ロキソニンの広告のキャッチコピーを教えて",
    "毎朝コーヒー飲んでます。おすすめの豆は？",
    "毎朝プロテインを飲んでるけど効果ある？",
    "薬物の危険性を中学生向けに説明して",
    "大麻が合法な国はどこ？",
    "大雪で交通が麻痺した日の出社ルールを作って",
    "金銭感覚が麻痺してきた気がする",
    # A record said of a machine or an app pointed at is a joke about its failures.
    "このプリンター、前科があるから買い替えたい",
    "このアプリは前科持ちだから信用できない",
]


@pytest.mark.parametrize("text", NOT_SPECIAL_CARE)
def test_no_special_care(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert not [f for f in full_analyzer.analyze(text) if f.entity_type.startswith("SPECIAL_CARE")]
