"""Names, special-care data and benign look-alikes (issue 16, twelfth round, PII B).

Each row stands for a family and was written for these tests (no row comes from a
benchmark set). Names: a kana or Latin name called out before a kaomoji, a given name whose
くん Sudachi glued to the kanji before it (七佳く|ん), a surname whose 殿 Sudachi read as a
word with its last kanji (森|本殿), every part of a couple joined by ・ before 夫妻, a place
name before what only a person does (鳥取に叱られた), a family name in capitals with a comma
(``OKONKWO, Adaeze``), a name after 宛先. Special care: a medicine in katakana before
飲み始め when the sentence goes on about taking medicine, an English medicine before a dash
and a question, a faith someone fell for (ハマってて), a possession offence, colour vision.
Lab values as people write them: a time between the test and the number (血糖値が食後で
210), blood counts, an organ's numbers (肝臓の数値が150), HbA1c in katakana. Look-alikes: a
word that starts like an honorific (…さんぽ), ちゃんと, 本殿, 夫婦 with no name, a branch or
park named after a surname (吉田支店, 佐藤公園), believers or patients counted in general,
a place before an office's verb, a capital and a place, a flower or a word before a
kaomoji, a full name asked about as public knowledge, a company named by what only a
company has (の決算) or its kind (自動車), a contemporary public figure, a legal topic, a
generic medicine word deliberated about, a drink before 飲んでる.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer


def _covered(analyzer: PiiAnalyzer, text: str, value: str, prefix: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(
        f.entity_type.startswith(prefix) and f.start <= start and end <= f.end
        for f in analyzer.analyze(text)
    )


def _touched(analyzer: PiiAnalyzer, text: str, value: str, prefix: str) -> bool:
    start = text.index(value)
    end = start + len(value)
    return any(
        f.entity_type.startswith(prefix) and f.start < end and start < f.end
        for f in analyzer.analyze(text)
    )


NAMES = [
    ("ゆきの(´・ω・`) 今日の打ち上げ来る？", "ゆきの"),
    ("Oswin (´・ω・`) are you still at the office?", "Oswin"),
    ("隣の席の七佳くん、今日休みだって", "七佳"),
    ("森本殿\nご確認のほどよろしくお願いいたします", "森本"),
    ("佐伯・グエン・ヴァン・ナム夫妻から招待状が届いた", "佐伯・グエン・ヴァン・ナム"),
    ("今朝、鳥取に叱られた。どうしよう", "鳥取"),
    ("OKONKWO, Adaeze — seat 14C", "OKONKWO, Adaeze"),
    ('{"memo": "OKONKWO, Adaeze — seat 14C"}', "OKONKWO, Adaeze"),
    ("宛先：神奈川 梨沙様\n送り状の書き方", "神奈川 梨沙"),
]


@pytest.mark.parametrize(("text", "name"), NAMES, ids=[n for _, n in NAMES])
def test_name_is_found(full_analyzer: PiiAnalyzer, text: str, name: str) -> None:
    assert _covered(full_analyzer, text, name, "PERSON")


NOT_NAMES = [
    ("東さんぽマップを作りたい", "東"),
    ("原さんぽ（品川）のルートを地図にして", "原"),
    ("全部ちゃんとやったのに怒られた", "全部"),
    ("出雲大社本殿の高さは？", "本殿"),
    ("共働き夫婦の家計簿の付け方", "共働き"),
    ("本社に怒られた", "本社"),
    ("USA, Canada - shipping rates", "Canada"),
    ("さくら(*´▽`*) 満開です", "さくら"),
    ("おつかれ(´・ω・`) 今日も長かった", "おつかれ"),
    ("Thanks (´；ω；`) you saved me", "Thanks"),
    ("Who was Hedy Lamarr?", "Hedy Lamarr"),
    ("Henry Bessemer's legacy in steelmaking", "Henry Bessemer"),
    ("間宮林蔵の功績を教えて", "間宮林蔵"),
    ("大塚の決算説明会はいつ？", "大塚"),
    ("田中自動車の修理見積もりを比べたい", "田中"),
    ("Tim Cook said the plant would open in May. What does it mean for suppliers?", "Tim Cook"),
    ("吉田支店の営業時間を教えて", "吉田"),
    ("奈良の佐藤公園で花見の場所取り", "佐藤"),
]


@pytest.mark.parametrize(("text", "word"), NOT_NAMES, ids=[w for _, w in NOT_NAMES])
def test_look_alike_is_no_name(full_analyzer: PiiAnalyzer, text: str, word: str) -> None:
    assert not _touched(full_analyzer, text, word, "PERSON")


def test_personal_cue_keeps_an_unlisted_name_masked(full_analyzer: PiiAnalyzer) -> None:
    # The public-knowledge frame needs no personal cue or honorific beside the name.
    assert _covered(full_analyzer, "担当の山田太郎の作品を見て", "山田太郎", "PERSON")
    assert _covered(full_analyzer, "山田太郎さんの代表作", "山田太郎", "PERSON")


SPECIAL_CARE = [
    ("ビプレッソ飲み始めたけど副作用ってある？", "ビプレッソ"),
    ("my dad is on warfarin — can he fly?", "warfarin"),
    ("義母が天理教にハマってて困る", "天理教"),
    ("応募者は薬物所持で逮捕歴がある", "薬物所持"),
    ("I served time for possession. Can I still get a visa?", "possession"),
    ("色覚異常があるので色分けの資料は避けてほしい", "色覚異常"),
    ("健診でALT 88って言われた…禁酒したほうがいい？", "ALT 88"),
    ("血糖値が食後で210、このままでいい？", "血糖値が食後で210"),
    ("白血球が13000で様子見って言われた", "白血球が13000"),
    ("肝臓の数値が150で、お酒は控えるべき？", "肝臓の数値が150"),
    ("ヘモグロビンエーワンシーが7.2だった", "ヘモグロビンエーワンシーが7.2"),
    ("母は浄土真宗の信者です", "浄土真宗"),
]


@pytest.mark.parametrize(("text", "core"), SPECIAL_CARE, ids=[c for _, c in SPECIAL_CARE])
def test_special_care_is_found(full_analyzer: PiiAnalyzer, text: str, core: str) -> None:
    assert _covered(full_analyzer, text, core, "SPECIAL_CARE")


NOT_SPECIAL_CARE = [
    ("窃盗と執行猶予の関係を教えて", "執行猶予"),
    ("傷害罪の時効は何年？", "傷害罪"),
    ("薬を増やすか主治医に相談したい", "薬"),
    ("コーヒー飲んでるけど、お酒も飲んでいい？", "コーヒー"),
    ("健診でALT 88って言われた…禁酒したほうがいい？", "禁酒"),
    ("浄土真宗の信者が多い地域はどこ？", "浄土真宗"),
    ("うつ病の患者数の推移を教えて", "うつ病"),
    ("血糖値の目安は空腹時で110未満？", "血糖値"),
]


@pytest.mark.parametrize(("text", "word"), NOT_SPECIAL_CARE, ids=[w for _, w in NOT_SPECIAL_CARE])
def test_topic_or_request_is_not_masked(full_analyzer: PiiAnalyzer, text: str, word: str) -> None:
    assert not _touched(full_analyzer, text, word, "SPECIAL_CARE")
