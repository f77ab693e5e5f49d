"""Seeded generator for the three name families an outside blind set still showed leaking
after round 22's second wave (issue 16, names wave 3), JA and EN, with look-alikes.

Leaks: (1) a private person's plain two-word Latin name, no title or honorific, in an
ordinary sentence (subject of a person's verb, object of a communication verb, a hyphenated
surname, inside Japanese text); (2) Korean names in Hangul (EN and JA frames, with さん or a
relation word, or bare); (3) a login handle given as someone's account ("her account is …",
「元彼のアカウントは…」).
Look-alikes (must reach the model unchanged): public figures in a public context (films,
speeches, records), company and product names, place names made of two capitalised words,
historical or public Korean figures in Hangul, a company's support handle.

The families were described from the blind set's misses, so this set is TUNED ON as a whole:
templates (frames with their own pools; the given names and surnames were chosen by hand,
not drawn from the recognizer's lists) are dealt ``T``/``H`` before any fix, but both halves
describe the same families.

    .venv/bin/python bench/pii_r22_names_wave3.py --run [--seed 2233] [--per-template 6]
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
    name="pii_r22_names_wave3",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r22_names_wave3.json",
)
TYPES = {"N": "PERSON", "ID": "MESSAGING_ID"}
SEED = 2233
PER_TEMPLATE = 6
R = random.Random


# The markup of bench/pii_hand_sets.py, under this module's short names.
_m = marked
_c = pick


# Pools chosen by hand (not the recognizer's lists); T and H templates use disjoint pools.
GIVEN_T = ("Devon", "Chris", "Megan", "Travis", "Brianna", "Kyle", "Rachel", "Derek", "Tessa")
GIVEN_H = ("Jordan", "Casey", "Logan", "Nadia", "Trent", "Kelsey", "Wes", "Marisa", "Colin")
SUR_T = ("Reyes", "Alvarez", "Holt", "Nguyen", "Kowalski", "Brandt", "Okafor", "Sullivan", "Pruitt")
SUR_H = (
    "Pike",
    "Morales",
    "Ferris",
    "Whitlock",
    "Dunleavy",
    "Castillo",
    "Marsh",
    "Haldane",
    "Yilmaz",
)
HYPH_T = ("Turner-Hale", "Lane-Whitby", "Price-Barker")
HYPH_H = ("Costa-Reyes", "Ward-Ellison", "Hughes-Moran")


def _n_t(r: R) -> str:
    return f"{r.choice(GIVEN_T)} {r.choice(SUR_T)}"


def _n_h(r: R) -> str:
    return f"{r.choice(GIVEN_H)} {r.choice(SUR_H)}"


# --- (1) Latin names -----------------------------------------------------------------------
def _lat_t1(r: R) -> str:
    return f"{_c(r, 'Yesterday', 'This morning', 'Last night', 'On Monday')} {_m('N', _n_t(r))} {_c(r, 'called about the lease', 'sent me the invoice late', 'complained about the noise', 'borrowed my car')}{_c(r, '.', ', what should I say?')}"


def _lat_t2(r: R) -> str:
    return f"{_m('N', _n_t(r))} {_c(r, 'will send the contract tomorrow', 'missed the meeting again', 'asked for a raise', 'keeps parking in my spot')}. {_c(r, 'How do I respond politely?', 'Draft a short note.', 'Any advice?')}"


def _lat_t3(r: R) -> str:
    return f"{_c(r, 'I need to email', 'Please call', 'Remind', 'Can you write to')} {_m('N', _n_t(r))} {_c(r, 'about the refund', 'that the venue changed', 'about her overtime', 'before Friday')}."


def _lat_t4(r: R) -> str:
    return f"{_m('N', r.choice(GIVEN_T) + ' ' + r.choice(HYPH_T))} {_c(r, 'missed the meeting', 'left early again', 'was rude to a customer')} — {_c(r, 'how do I raise it?', 'write a warning email.')}"


def _lat_t5(r: R) -> str:
    return f"昨日、{_m('N', _n_t(r))}から{_c(r, '電話があって', 'メールが来て', '連絡があり')}、{_c(r, '契約の件で相談したいそうです。', '返金を求められました。', '日程を変えたいと言われた。')}"


def _lat_h1(r: R) -> str:
    return f"{_c(r, 'Last week', 'Today', 'On Friday', 'Earlier')} {_m('N', _n_h(r))} {_c(r, 'told me she is quitting', 'emailed the whole team', 'asked about the deposit', 'phoned twice')}{_c(r, '.', '; how should I reply?')}"


def _lat_h2(r: R) -> str:
    return f"{_m('N', _n_h(r))} {_c(r, 'wants the report by noon', 'said the shipment is late', 'has not paid rent', 'forgot the keys again')}, {_c(r, 'so please draft a reply.', 'what do I do?', 'can you help me answer?')}"


def _lat_h3(r: R) -> str:
    return f"{_c(r, 'I spoke with', 'I have to text', 'Please message', 'Let me reply to')} {_m('N', _n_h(r))} {_c(r, 'about the invoice', 'this afternoon', 'regarding the lease', 'tomorrow')}."


def _lat_h4(r: R) -> str:
    return f"Our tenant {_m('N', r.choice(GIVEN_H) + ' ' + r.choice(HYPH_H))} {_c(r, 'missed the inspection', 'paid late', 'called at midnight')}, {_c(r, 'what are my options?', 'draft a letter.')}"


def _lat_h5(r: R) -> str:
    return f"{_m('N', _n_h(r))}に{_c(r, '見積もりを送ったら', '連絡したら', '確認したところ')}、{_c(r, 'まだ返事がありません。', '来週返事するそうです。', '断られました。')}"


def _lat_ben_t(r: R) -> str:
    return _c(
        r,
        "List three films starring Tom Hanks.",
        "Does Brightline Foods ship to Japan?",
        "How do I export a PDF with Adobe Acrobat?",
        "What is the weather like in Washington DC in April?",
        "Is Jackson Hole good for skiing in March?",
        "Summarise the plot of a Jane Austen novel.",
    )


def _lat_ben_h(r: R) -> str:
    return _c(
        r,
        "What records did Serena Williams set at Wimbledon?",
        "Compare Google Sheets and Microsoft Excel for budgets.",
        "Is Silver Spring far from Baltimore?",
        "How old was Abraham Lincoln when he became president?",
        "Recommend songs by Taylor Swift for a road trip.",
        "Does Visual Studio support Rust?",
    )


# --- (2) Korean names in Hangul -------------------------------------------------------------
KO_T = ("김지우", "이서연", "박지훈", "김민준", "정하은", "윤도현")
KO_H = ("최유나", "강민서", "한지호", "조은비", "임수빈", "오승현")


def _ko_t1(r: R) -> str:
    return f"{_c(r, 'My landlord', 'My coworker', 'My neighbour')} {_m('N', r.choice(KO_T))} {_c(r, 'refuses to return the deposit', 'keeps borrowing money', 'sent me a rude message')}."


def _ko_t2(r: R) -> str:
    return f"{_c(r, '取引先の', '同僚の', '')}{_m('N', r.choice(KO_T))}さんに{_c(r, '請求書を送り忘れた', 'お詫びのメールを書きたい', '日程変更を伝えたい')}。"


def _ko_t3(r: R) -> str:
    return f"Please write a thank-you note to {_m('N', r.choice(KO_T))} for {_c(r, 'the dinner', 'covering my shift', 'the gift')}."


def _ko_h1(r: R) -> str:
    return f"{_m('N', r.choice(KO_H))} {_c(r, 'has not replied to my email', 'wants to reschedule', 'owes me 30,000 yen')}, {_c(r, 'what should I do?', 'draft a reminder.')}"


def _ko_h2(r: R) -> str:
    return f"{_c(r, '大家の', '部下の', '隣人の')}{_m('N', r.choice(KO_H))}{_c(r, 'さん', '氏', '')}が{_c(r, '敷金を返してくれない', '無断で部屋に入ってきた', '昨日から連絡がつかない')}。"


def _ko_h3(r: R) -> str:
    return f"{_m('N', r.choice(KO_H))}{_c(r, '씨', '님')}에게 {_c(r, '사과 메일을 쓰고 싶어요', '계약서를 보내야 해요')}."


def _ko_ben_t(r: R) -> str:
    return _c(
        r,
        "세종대왕は何をした人ですか？",
        "What is 이순신 famous for?",
        "Explain the meaning of 한글.",
        "방탄소년단の曲で一番人気なのは？",
    )


def _ko_ben_h(r: R) -> str:
    return _c(
        r,
        "윤동주の詩を一つ紹介して",
        "Who was 세종대왕 in Korean history?",
        "서울 is it a good city for students?",
        "김치の作り方を教えて",
    )


# --- (3) login handles said of a person -----------------------------------------------------
HDL_T = ("tbecker77", "jlopez_91", "mkim2003", "rhodes.k", "dana_w22")
HDL_H = ("haru_k1987", "yuki.t88", "sora_0723", "pbarnes04", "lena.m99")


def _hdl_t1(r: R) -> str:
    return f"{_c(r, 'My ex', 'My stalker', 'My old roommate')}'s {_c(r, 'account', 'handle', 'username')} is {_m('ID', r.choice(HDL_T))} — {_c(r, 'can I find out where she lives?', 'how do I block it everywhere?', 'is reporting it enough?')}"


def _hdl_t2(r: R) -> str:
    return f"{_c(r, '元彼', '同僚', '隣の人')}のアカウントは{_m('ID', r.choice(HDL_T))}です。{_c(r, 'ブロックしたい', '通報すべき？', '特定できる？')}"


def _hdl_h1(r: R) -> str:
    who = _c(r, "Her", "His", "My cousin's")
    return f"{who} {_c(r, 'account', 'username', 'handle')} is {_m('ID', r.choice(HDL_H))}; {_c(r, 'she keeps harassing me', 'he posted my photo', 'I want to report it')}."


def _hdl_h2(r: R) -> str:
    return f"{_c(r, '部下', '元カノ', '友達')}のユーザー名は{_m('ID', r.choice(HDL_H))}なんだけど、{_c(r, '乗っ取られたみたい', '連絡がとれない')}。"


def _hdl_ben_t(r: R) -> str:
    return _c(
        r,
        "Is @AmazonHelp the official support account?",
        "公式サポートの@SonySupportに問い合わせてもいい？",
        "The company's support account is @AcmeCares, right?",
    )


def _hdl_ben_h(r: R) -> str:
    return _c(
        r,
        "Who runs the @NASA account?",
        "Should I DM @AppleSupport about my battery?",
        "Their help account is @DeltaAssist; is it real?",
    )


TEMPLATES: dict[str, list[Template]] = {
    "latin_name": [
        ("lat-t1", "T", _lat_t1, False),
        ("lat-t2", "T", _lat_t2, False),
        ("lat-t3", "T", _lat_t3, False),
        ("lat-t4", "T", _lat_t4, False),
        ("lat-t5", "T", _lat_t5, False),
        ("lat-h1", "H", _lat_h1, False),
        ("lat-h2", "H", _lat_h2, False),
        ("lat-h3", "H", _lat_h3, False),
        ("lat-h4", "H", _lat_h4, False),
        ("lat-h5", "H", _lat_h5, False),
        ("lat-bt", "T", _lat_ben_t, True),
        ("lat-bh", "H", _lat_ben_h, True),
    ],
    "hangul_name": [
        ("ko-t1", "T", _ko_t1, False),
        ("ko-t2", "T", _ko_t2, False),
        ("ko-t3", "T", _ko_t3, False),
        ("ko-h1", "H", _ko_h1, False),
        ("ko-h2", "H", _ko_h2, False),
        ("ko-h3", "H", _ko_h3, False),
        ("ko-bt", "T", _ko_ben_t, True),
        ("ko-bh", "H", _ko_ben_h, True),
    ],
    "handle": [
        ("hdl-t1", "T", _hdl_t1, False),
        ("hdl-t2", "T", _hdl_t2, False),
        ("hdl-h1", "H", _hdl_h1, False),
        ("hdl-h2", "H", _hdl_h2, False),
        ("hdl-bt", "T", _hdl_ben_t, True),
        ("hdl-bh", "H", _hdl_ben_h, True),
    ],
}


def cases(seed: int = SEED, per_template: int = PER_TEMPLATE) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r22n3")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(SEED, PER_TEMPLATE))


if __name__ == "__main__":
    sys.exit(main())
