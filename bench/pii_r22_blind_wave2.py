"""Seeded generator for the PII families an outside blind set found still leaking or
over-masked in round 22 (issue 16, wave 2), JA and EN, with a look-alike beside each.

Leaks: pregnancy as a person's health; hyphenated and plain two-word Latin names in ordinary
sentences; Korean names in Hangul; hiragana given names and names that are also words beside
person cues; gender identity; a licence suspended for drunk driving; nationality with a
pending asylum decision; login handles given as someone's account; a room/unit after a street
address and Canadian/French-style addresses; an era-year birth year (昭和52年生).
Look-alikes (must reach the model unchanged): pregnancy as a topic, a celebrity's public name,
public figures' Korean names, words that are names, gender as a topic, the law on drunk
driving, asylum statistics, a company's support handle, a company office room, a prefectural
government's public address, a fictional address, a disease as a topic, a bank's public
routing number in a "what is this number" question.

The families were described from the blind set's misses, so this set is TUNED ON as a whole:
its halves split templates (frames with their pools), dealt ``T``/``H`` before any fix, but
both halves describe the same families. A marked special-care value is the sensitive core
(``weeks pregnant`` after the count, ``飲酒運転`` before で免停); a birth year is the era year
(昭和52年) before 生/生まれ.

    .venv/bin/python bench/pii_r22_blind_wave2.py --run [--seed 2222] [--per-template 6]
"""

# ruff: noqa: E501
from __future__ import annotations

import random
import sys
from pathlib import Path

from pii_cases import Case
from pii_hand_sets import HandSet, Template, marked, pick, templated_cases
from pii_hand_sets import main as hand_set_main

ROOT = Path(__file__).resolve().parents[1]
SET = HandSet(
    name="pii_r22_blind_wave2",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r22_blind_wave2.json",
)
TYPES = {
    "SC": "SPECIAL_CARE",
    "N": "PERSON",
    "ADDR": "ADDRESS",
    "ID": "MESSAGING_ID",
    "DOB": "DATE_OF_BIRTH",
}
SEED = 2222
PER_TEMPLATE = 6
R = random.Random


# The markup of bench/pii_hand_sets.py, under this module's short names.
_m = marked
_c = pick


# --- (a) pregnancy ------------------------------------------------------------------------
def _preg_t1(r: R) -> str:
    who = _c(r, "My sister", "Our receptionist Emi", "My wife", "My coworker")
    wk = r.randint(6, 30)
    return f"{who} is {wk} {_m('SC', 'weeks pregnant')}, {_c(r, 'so can she still fly to Osaka?', 'what shift rules apply?', 'which seat should she book?')}"


def _preg_t2(r: R) -> str:
    who = _c(r, "妻", "姉", "部下の佐藤さん", "同僚")
    return f"{who}は{_m('SC', f'妊娠{r.randint(2, 9)}か月')}なので、{_c(r, '重い荷物の配置を変えたい', '出張を減らす相談をしたい', '旅行の保険を知りたい')}です。"


def _preg_h1(r: R) -> str:
    who = _c(r, "my daughter", "a tenant of mine", "my partner")
    return f"Can {who}, who is {_m('SC', 'pregnant with twins')}, still {_c(r, 'do hot yoga', 'ride the shinkansen', 'get a flu shot')}?"


def _preg_h2(r: R) -> str:
    who = _c(r, "娘", "パートの山本さん", "義理の妹")
    return f"{who}が{_m('SC', f'妊娠{r.randint(5, 30)}週')}で、{_c(r, '夜勤を外してあげたい', '通勤が心配', '検診の休みを取らせたい')}。"


def _preg_ben_t(r: R) -> str:
    return _c(
        r,
        "What does the law say about pregnancy and night shifts?",
        "妊娠中に飲んではいけない薬の一般的な例を教えて",
        "How common is morning sickness in the first trimester?",
    )


def _preg_ben_h(r: R) -> str:
    return _c(
        r,
        "妊娠週数の数え方を説明してください",
        "Summarise guidance on pregnancy and air travel for an HR handbook.",
        "Is caffeine during pregnancy really risky?",
    )


# --- (b) Latin names -----------------------------------------------------------------------
HYPH = ("Sophie Turner-Hale", "Marcus Lane-Whitby", "Ana Costa-Reyes", "Owen Price-Barker")
PLAIN_T = ("Chris Alvarez", "Devon Reyes", "Megan Holt", "Travis Nguyen")
PLAIN_H = ("Jordan Pike", "Casey Morales", "Logan Ferris", "Nadia Brooks")


def _name_t1(r: R) -> str:
    return f"{_m('N', r.choice(HYPH[:2]))} {_c(r, 'missed the deadline again', 'asked for a raise', 'left the keys at reception')}, how should I reply?"


def _name_t2(r: R) -> str:
    return f"{_c(r, 'Yesterday', 'This morning')} {_m('N', r.choice(PLAIN_T))} {_c(r, 'sent me the invoice late', 'complained about the noise', 'borrowed my car')}."


def _name_h1(r: R) -> str:
    return f"Draft a reply to {_m('N', r.choice(HYPH[2:]))} about {_c(r, 'the refund', 'her overtime', 'the lease')}."


def _name_h2(r: R) -> str:
    return f"{_c(r, 'I met', 'I argued with', 'I interviewed')} {_m('N', r.choice(PLAIN_H))} {_c(r, 'at the gym', 'last week', 'on Friday')} and {_c(r, 'it went badly', 'want to follow up', 'need notes')}."


def _name_ben_t(r: R) -> str:
    return _c(
        r,
        "Who played Sansa in Game of Thrones? Was it Sophie Turner?",
        "Summarise Taylor Swift's Eras tour.",
        "What did Barack Obama say in his 2009 Cairo speech?",
    )


def _name_ben_h(r: R) -> str:
    return _c(
        r,
        "Is Elon Musk still the CEO of Tesla?",
        "List three films starring Tom Hanks.",
        "What records did Serena Williams set?",
    )


# --- (c) Korean names -----------------------------------------------------------------------
KO_T = ("김민준", "이서연", "박지훈")
KO_H = ("최유나", "정우성", "한지민")


def _ko_t1(r: R) -> str:
    return f"取引先の{_m('N', r.choice(KO_T))}さんに{_c(r, '請求書を送り忘れた', 'お詫びのメールを書きたい', '日程変更を伝えたい')}。"


def _ko_h1(r: R) -> str:
    return f"My landlord {_m('N', r.choice(KO_H))} {_c(r, 'refuses to return the deposit', 'keeps entering the flat', 'raised the rent')}."


def _ko_ben_t(r: R) -> str:
    return _c(
        r,
        "방탄소년단の曲で一番人気なのは？",
        "世宗大王（세종대왕）の功績を教えて",
        "손흥민 선수の今季の成績は？",
    )


def _ko_ben_h(r: R) -> str:
    return _c(
        r, "What is 이순신 famous for?", "윤동주の詩を一つ紹介して", "Explain the meaning of 한글."
    )


# --- (d) hiragana / word names --------------------------------------------------------------
def _kana_t1(r: R) -> str:
    n = r.choice(("みく", "さくら", "ゆい"))
    return f"娘の{_m('N', n)}が{_c(r, '学校に行きたがらない', '熱を出した', '友達と喧嘩した')}。どう声をかければいい？"


def _kana_h1(r: R) -> str:
    n = r.choice(("未来", "希望", "光"))
    return f"{_c(r, '友人の', '後輩の', '姪の')}{_m('N', n)}ちゃんが{_c(r, '落ち込んでいる', '受験に落ちた', '引っ越す')}ので手紙を書きたい。"


def _kana_ben_t(r: R) -> str:
    return _c(
        r,
        "さくらの開花予想はいつ頃？",
        "未来の働き方について意見を聞かせて",
        "光の速さは秒速何キロ？",
    )


def _kana_ben_h(r: R) -> str:
    return _c(
        r, "希望という言葉を使った例文を三つ", "みくじを引くときの作法は？", "ゆいの語源を教えて"
    )


# --- (e) gender identity --------------------------------------------------------------------
def _gid_t1(r: R) -> str:
    return f"My colleague {_c(r, 'Alex', 'Sam')} is {_m('SC', 'transgender')} and {_c(r, 'asked about the changing rooms', 'wants a new name badge', 'is being teased')}."


def _gid_h1(r: R) -> str:
    return f"{_c(r, '部下', '同級生', '兄')}が{_m('SC', 'トランスジェンダー')}だと打ち明けてくれた。{_c(r, 'どう接すればいい？', '周りにどう伝える？')}"


def _gid_ben_t(r: R) -> str:
    return _c(
        r,
        "What does transgender mean in HR policy?",
        "トランスジェンダーに関する法律の動向を教えて",
    )


def _gid_ben_h(r: R) -> str:
    return _c(
        r,
        "Write a short explainer on gender identity for a staff newsletter.",
        "性自認という言葉の意味は？",
    )


# --- (f) drunk-driving suspension -----------------------------------------------------------
def _dui_t1(r: R) -> str:
    return f"Our driver {_c(r, 'Ken', 'Mike')} had his {_m('SC', 'licence suspended for drunk driving')}; {_c(r, 'can we keep him on?', 'how do I tell the client?')}"


def _dui_h1(r: R) -> str:
    return f"{_c(r, '父', '社員の一人', '隣人')}が{_m('SC', '飲酒運転')}で免停になった。{_c(r, '会社に報告すべき？', '保険はどうなる？')}"


def _dui_ben_t(r: R) -> str:
    return _c(r, "What is the penalty for drunk driving in Japan?", "飲酒運転の罰則を教えて")


def _dui_ben_h(r: R) -> str:
    return _c(
        r, "How long is a licence suspension for DUI in California?", "酒気帯び運転の基準値は？"
    )


# --- (g) asylum -----------------------------------------------------------------------------
def _asy_t1(r: R) -> str:
    nat = _c(r, "a Syrian national", "an Afghan national")
    return f"My tenant is {nat} and {_m('SC', 'his asylum decision is still pending')}; {_c(r, 'can he sign a new lease?', 'can he work?')}"


def _asy_h1(r: R) -> str:
    return f"従業員の{_c(r, 'Aさん', 'ある社員')}は{_c(r, 'ミャンマー国籍', 'クルド人')}で、{_m('SC', '難民申請中')}です。{_c(r, '雇用を続けられますか？', '社会保険は？')}"


def _asy_ben_t(r: R) -> str:
    return _c(
        r, "How many asylum applications did Japan approve in 2023?", "難民認定率の国際比較を教えて"
    )


def _asy_ben_h(r: R) -> str:
    return _c(r, "Summarise the UK asylum backlog statistics.", "難民申請の手続きの流れは？")


# --- (h) login handles ----------------------------------------------------------------------
def _hdl_t1(r: R) -> str:
    h = r.choice(("tbecker77", "jlopez_91", "mkim2003"))
    return f"My ex's account is {_m('ID', h)} — {_c(r, 'can I find out where she lives?', 'how do I block it everywhere?')}"


def _hdl_h1(r: R) -> str:
    h = r.choice(("haru_k1987", "yuki.t88", "sora_0723"))
    return f"同僚のログインIDは{_m('ID', h)}です。{_c(r, 'パスワードをリセットしてあげたい', '権限を確認したい')}。"


def _hdl_ben_t(r: R) -> str:
    return _c(
        r,
        "Is @AmazonHelp the official support account?",
        "公式サポートの@SonySupportに問い合わせてもいい？",
    )


def _hdl_ben_h(r: R) -> str:
    return _c(r, "Who runs the @NASA account?", "Should I DM @AppleSupport about my battery?")


# --- (i) room / unit addresses --------------------------------------------------------------
def _room_t1(r: R) -> str:
    a = f"{r.randint(10, 990)} {_c(r, 'Elm Street', 'King Road')}, Toronto, room {r.randint(101, 2299)}"
    return f"Please send the parcel to {_m('ADDR', a)}, that's my flat."


def _room_h1(r: R) -> str:
    a = f"{r.randint(10, 200)} Rue {_c(r, 'Saint-Denis', 'Sherbrooke Ouest', 'Laurier')}, Unit {r.randint(101, 990)}, Montréal QC H2X 3K8"
    return f"I live at {_m('ADDR', a)}; what's the nearest clinic?"


def _room_ben_t(r: R) -> str:
    return _c(
        r,
        "Our office is room 1507 on the 15th floor of the HQ building; draft a signpost.",
        "The meeting is in Room 301 of the company annex.",
    )


def _room_ben_h(r: R) -> str:
    return _c(
        r,
        "How do French addresses write 'Rue' and the unit number?",
        "Explain Canadian postal codes like H2X.",
    )


# --- (j) era-year birth year ----------------------------------------------------------------
def _era_t1(r: R) -> str:
    return f"母は{_m('DOB', f'昭和{r.randint(20, 63)}年')}生まれで、{_c(r, '年金の受給開始はいつ？', '健康診断の項目を知りたい')}"


def _era_h1(r: R) -> str:
    return f"{_c(r, '夫', '上司')}は{_m('DOB', f'平成{r.randint(2, 30)}年')}生です。{_c(r, '干支は？', '厄年はいつ？')}"


def _era_ben_t(r: R) -> str:
    return _c(r, "昭和52年は西暦何年？", "平成元年生まれの人は今年何歳？")


def _era_ben_h(r: R) -> str:
    return _c(r, "昭和生まれの文化の特徴は？", "令和3年の出来事を教えて")


# --- over-masking: public and topic ----------------------------------------------------------
def _pub_t(r: R) -> str:
    return _c(
        r,
        "大阪府庁（大阪市中央区大手前2丁目）へ行くにはどの駅が近い？",
        "東京都庁（新宿区西新宿2-8-1）の展望室は何時まで？",
        "ベーカー街221Bに住んでいた探偵の助手は誰？",
        "うつ病について一般的な治療法を教えて",
        "What is routing number 021000021? Which bank uses it?",
    )


def _pub_h(r: R) -> str:
    return _c(
        r,
        "神奈川県庁（横浜市中区日本大通1）の本庁舎見学は予約が必要？",
        "221B Baker Street is the address of which fictional detective?",
        "統合失調症についての入門書を教えて",
        "Which bank has ABA routing number 026009593?",
        "愛知県庁は名古屋市中区三の丸3-1-2にありますが、最寄り駅は？",
    )


TEMPLATES: dict[str, list[Template]] = {
    "pregnancy": [
        ("preg-t1", "T", _preg_t1, False),
        ("preg-t2", "T", _preg_t2, False),
        ("preg-h1", "H", _preg_h1, False),
        ("preg-h2", "H", _preg_h2, False),
        ("preg-bt", "T", _preg_ben_t, True),
        ("preg-bh", "H", _preg_ben_h, True),
    ],
    "latin_name": [
        ("name-t1", "T", _name_t1, False),
        ("name-t2", "T", _name_t2, False),
        ("name-h1", "H", _name_h1, False),
        ("name-h2", "H", _name_h2, False),
        ("name-bt", "T", _name_ben_t, True),
        ("name-bh", "H", _name_ben_h, True),
    ],
    "korean": [
        ("ko-t1", "T", _ko_t1, False),
        ("ko-h1", "H", _ko_h1, False),
        ("ko-bt", "T", _ko_ben_t, True),
        ("ko-bh", "H", _ko_ben_h, True),
    ],
    "kana_name": [
        ("kana-t1", "T", _kana_t1, False),
        ("kana-h1", "H", _kana_h1, False),
        ("kana-bt", "T", _kana_ben_t, True),
        ("kana-bh", "H", _kana_ben_h, True),
    ],
    "gender_identity": [
        ("gid-t1", "T", _gid_t1, False),
        ("gid-h1", "H", _gid_h1, False),
        ("gid-bt", "T", _gid_ben_t, True),
        ("gid-bh", "H", _gid_ben_h, True),
    ],
    "dui": [
        ("dui-t1", "T", _dui_t1, False),
        ("dui-h1", "H", _dui_h1, False),
        ("dui-bt", "T", _dui_ben_t, True),
        ("dui-bh", "H", _dui_ben_h, True),
    ],
    "asylum": [
        ("asy-t1", "T", _asy_t1, False),
        ("asy-h1", "H", _asy_h1, False),
        ("asy-bt", "T", _asy_ben_t, True),
        ("asy-bh", "H", _asy_ben_h, True),
    ],
    "handle": [
        ("hdl-t1", "T", _hdl_t1, False),
        ("hdl-h1", "H", _hdl_h1, False),
        ("hdl-bt", "T", _hdl_ben_t, True),
        ("hdl-bh", "H", _hdl_ben_h, True),
    ],
    "room_address": [
        ("room-t1", "T", _room_t1, False),
        ("room-h1", "H", _room_h1, False),
        ("room-bt", "T", _room_ben_t, True),
        ("room-bh", "H", _room_ben_h, True),
    ],
    "era_birth": [
        ("era-t1", "T", _era_t1, False),
        ("era-h1", "H", _era_h1, False),
        ("era-bt", "T", _era_ben_t, True),
        ("era-bh", "H", _era_ben_h, True),
    ],
    "public_topic": [("pub-t", "T", _pub_t, True), ("pub-h", "H", _pub_h, True)],
}


def cases(seed: int = SEED, per_template: int = PER_TEMPLATE) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r22b2")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(SEED, PER_TEMPLATE))


if __name__ == "__main__":
    sys.exit(main())
