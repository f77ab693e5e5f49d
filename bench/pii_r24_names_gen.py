"""Seeded generator for issue 16, twenty-fourth round: private people's names in many
writings (a surname with a title, kana and katakana given names, signatures, CC lines, "this
is X speaking", lower-case names in chat, Chinese, Korean and Vietnamese names) told with
special care or an orientation said casually, and benign look-alikes that must pass
unchanged (authors by their works, firms named after people, places, medical topics).

Written before any of this round's fixes: the templates, each with its own pools, were dealt
``T`` (tuned on) and ``H`` (held out) before the first run; only T's failures were read.

    .venv/bin/python bench/pii_r24_names_gen.py --run [--seed 2424] [--per-template 5]
"""

# ruff: noqa: E501
from __future__ import annotations

import random
import sys
from pathlib import Path

from pii_cases import Case
from pii_hand_sets import HandSet, Template, kept, marker, pick, templated_cases
from pii_hand_sets import main as hand_set_main

ROOT = Path(__file__).resolve().parents[1]
SET = HandSet(
    name="pii_r24_names_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r24_names_gen.json",
)
TYPES = {"N": "PERSON", "SC": "SPECIAL_CARE", "SO": "SOGI"}
SEED = 2424
PER_TEMPLATE = 5
R = random.Random


# The markup of bench/pii_hand_sets.py, under this module's short names.
_n = marker("N")
_s = marker("SC")
_o = marker("SO")
_k = kept
_c = pick


# --- names in Japanese writing ---------------------------------------------------------------
def _ja_title_t(r: R) -> str:
    name = _c(r, "西村", "大塚", "杉山", "千葉", "小島", "菅原")
    title = _c(r, "部長", "課長", "先生", "様", "主任", "さん")
    cond = _c(r, "糖尿病", "うつ病", "心筋梗塞", "乳がん", "てんかん")
    return f"{_n(name)}{title}は{_s(cond)}で通院中のため、{_k(_c(r, '出張の担当', '夜間の当番', '来週の会議'))}を調整してください。"


def _ja_kana_h(r: R) -> str:
    name = _c(r, "まゆみ", "たかし", "ナナミ", "ユウト", "かおり", "リョウタ")
    cond = _c(r, "パニック障害", "喘息", "クローン病", "統合失調症", "双極性障害")
    return f"{_n(name)}{_c(r, 'さん', 'ちゃん', 'くん')}、{_s(cond)}で{_c(r, '休んでる', '通院してる', '入院してた')}らしい。{_k(_c(r, 'シフトの穴埋め', '歓迎会の日程', '引き継ぎ'))}どうする？"


def _ja_sig_t(r: R) -> str:
    name = _c(r, "石田 由美", "近藤 健一", "川口 真司", "横山 彩")
    cond = _c(r, "入院", "手術", "抗がん剤治療")
    return f"お疲れ様です。\n来月{_s(cond)}のため、{_k(_c(r, '承認の代理', '請求書の確認', '顧客対応'))}をお願いします。\n\n総務部 {_n(name)}"


def _ja_cc_h(r: R) -> str:
    a = _c(r, "原田", "宮本", "小松", "今井")
    b = _c(r, "浅野", "片山", "安藤", "北村")
    cond = _c(r, "適応障害", "うつ病", "腰椎椎間板ヘルニア")
    return f"CC：{_n(a)}部長、{_n(b)}さん\n\n{_n(b)}さんの{_s(cond)}の診断書を受け取りました。{_k(_c(r, '休職の手続き', '復職の面談日'))}を進めてください。"


# --- names in English writing ----------------------------------------------------------------
def _en_sig_t(r: R) -> str:
    name = _c(r, "Rachel Dunmore", "Stuart Pennington", "Fiona Gallagher", "Neil Ashworth")
    cond = _c(r, "chemotherapy", "dialysis", "a knee replacement")
    return f"Hi team,\n\nI'm out next week for {_s(cond)}, so please {_k(_c(r, 'approve the invoices', 'cover the Monday call', 'review the draft'))} without me.\n\nBest regards,\n{_n(name)}"


def _en_intro_h(r: R) -> str:
    name = _c(r, "Colin Mayhew", "Dana Whitlock", "Martin Ebner", "Isla Thorburn")
    cond = _c(r, "epilepsy", "multiple sclerosis", "Crohn's disease", "schizophrenia")
    return f"Hello, this is {_n(name)} speaking. My daughter has {_s(cond)} and I'd like to {_k(_c(r, 'change her exam seating', 'ask about leave options', 'update her emergency plan'))}."


def _en_cc_t(r: R) -> str:
    a = _c(r, "Paul Kessler", "Megan Doyle", "Ravi Shankar Iyer")
    b = _c(r, "Lucy Harrow", "Owen Matthews", "Greta Lund")
    return f"CC: {_n(a)}, {_n(b)}\n\n{_n(b)} was diagnosed with {_s(_c(r, 'breast cancer', 'type 1 diabetes', 'lupus'))}; please {_k(_c(r, 'adjust the travel plan', 'reassign the audit'))}."


def _en_chat_h(r: R) -> str:
    name = _c(r, "mike", "jess", "tom", "priya", "ben")
    cond = _c(r, "rehab", "chemo", "therapy for depression")
    return f"fyi {_n(name)} is in {_s(cond)} this week, {_k(_c(r, 'can you cover the deploy', 'push the retro to friday'))}?"


# --- Chinese, Korean and Vietnamese names ----------------------------------------------------
def _asia_en_t(r: R) -> str:
    name = _c(r, "Liu Yang", "Nguyen Van Minh", "Zhao Lei", "Pham Thi Hoa", "Huang Jing")
    cond = _c(r, "hepatitis B", "tuberculosis", "depression", "HIV")
    return f"My colleague {_n(name)} told me about his {_s(cond)}; {_k(_c(r, 'what adjustments can we offer', 'should HR be informed'))}?"


def _asia_ja_h(r: R) -> str:
    name = _c(r, "張 偉", "陳 美玲", "崔 民浩", "グエン・ティ・マイ", "レ・ヴァン・トゥアン")
    cond = _c(r, "B型肝炎", "結核", "うつ病", "糖尿病")
    return f"実習生の{_n(name)}さんが{_s(cond)}と診断されました。{_k(_c(r, '寮の部屋割り', '作業内容の変更', '帰国の手続き'))}について相談させてください。"


# --- orientation asked about a third person --------------------------------------------------
def _so_en_t(r: R) -> str:
    name = _c(r, "Kevin", "Marcus", "Ellie", "Jonah", "Aiden")
    dept = _c(r, "from sales", "in finance", "on the night shift", "")
    word = _c(r, "gay", "bisexual", "trans", "lesbian")
    return f"Is {_n(name)}{(' ' + dept) if dept else ''} {_o(word)}? {_k(_c(r, 'I want to invite him to the mixer', 'Someone asked me at lunch'))}."


def _so_en_h(r: R) -> str:
    word = _c(r, "gay", "bi", "queer", "transgender")
    who = _c(r, "he", "she")
    return f"{_c(r, 'wait,', 'honestly,', 'so')} is {who} {_o(word)}? {_c(r, 'I mean', 'talking about')} the new guy {_n(_c(r, 'Lorenzo', 'Tobias', 'Felix'))}. {_k(_c(r, 'Can I ask directly', 'Is it ok to ask'))}?"


def _so_ja_t(r: R) -> str:
    role = _c(r, "インターンの", "新人の", "バイトの", "派遣の")
    name = _c(r, "エマ", "ゆうと", "ケンジ", "はるか")
    word = _c(r, "ゲイ", "レズビアン", "トランスジェンダー", "バイセクシュアル")
    return f"{role}{_n(name)}が{_o(word)}{_c(r, 'だって', 'らしい', 'なんだって')}噂になってる。{_k(_c(r, '本人に確認すべき', '止めるべき'))}？"


# --- special care said in a clinical note ----------------------------------------------------
def _sc_note_t(r: R) -> str:
    name = _c(r, "Alice Brennan", "George Whitley", "Sunita Rao")
    cond = _c(r, "type 2 diabetes", "atrial fibrillation", "COPD", "psoriasis")
    return f"Patient {_n(name)} presents with {_s(cond)}; {_k(_c(r, 'draft a referral letter', 'summarise the plan'))}."


# --- benign look-alikes ----------------------------------------------------------------------
def _b_works_t(r: R) -> str:
    return _c(
        r,
        "Summarise Jules Verne's Around the World in Eighty Days for a book club.",
        "Explain the ending of Kazuo Ishiguro's Never Let Me Go.",
        "What are the main themes of Mary Shelley's Frankenstein or The Modern Prometheus?",
        "Compare Jane Austen's Pride and Prejudice with its 2005 film adaptation.",
        "ジョンソン・エンド・ジョンソンの医療機器事業について説明して",
        "プロクター・アンド・ギャンブルの日本での主力ブランドは？",
    )


def _b_works_h(r: R) -> str:
    return _c(
        r,
        "Give me a chapter-by-chapter summary of Cormac McCarthy's The Road.",
        "What does the green light mean in F. Scott Fitzgerald's The Great Gatsby?",
        "Explain Herman Melville's Moby Dick in five sentences.",
        "ベン・アンド・ジェリーズのフレーバーの歴史を教えて",
        "ジョンソン・エンド・ジョンソンの医薬品部門の名前は？",
        "Is Ernest Hemingway's The Old Man and the Sea suitable for teenagers?",
    )


def _b_topics_t(r: R) -> str:
    return _c(
        r,
        "糖尿病とは何ですか？",
        "What is diabetes and how is it diagnosed?",
        "Is being gay legal in Singapore now?",
        "健康診断の再検査はどこで受けられますか？",
        "What does a union member have to pay in dues in the UK?",
        "長野と松本、冬の旅行ならどっち？",
    )


def _b_topics_h(r: R) -> str:
    return _c(
        r,
        "うつ病の一般的な治療法を教えて",
        "What are the symptoms of epilepsy?",
        "Is gay marriage recognised in Taiwan?",
        "人間ドックと健康診断の違いは？",
        "金沢と富山、出張で泊まるならどっち？",
        "Explain what a Communist Party member's duties are in China.",
    )


TEMPLATES: dict[str, list[Template]] = {
    "names_ja": [
        ("ja-title-t", "T", _ja_title_t, False), ("ja-sig-t", "T", _ja_sig_t, False),
        ("ja-kana-h", "H", _ja_kana_h, False), ("ja-cc-h", "H", _ja_cc_h, False),
    ],
    "names_en": [
        ("en-sig-t", "T", _en_sig_t, False), ("en-cc-t", "T", _en_cc_t, False),
        ("en-intro-h", "H", _en_intro_h, False), ("en-chat-h", "H", _en_chat_h, False),
    ],
    "asia": [("asia-en-t", "T", _asia_en_t, False), ("asia-ja-h", "H", _asia_ja_h, False)],
    "sogi": [
        ("so-en-t", "T", _so_en_t, False), ("so-ja-t", "T", _so_ja_t, False),
        ("so-en-h", "H", _so_en_h, False),
    ],
    "clinical": [("sc-note-t", "T", _sc_note_t, False)],
    "benign": [
        ("b-works-t", "T", _b_works_t, True), ("b-topics-t", "T", _b_topics_t, True),
        ("b-works-h", "H", _b_works_h, True), ("b-topics-h", "H", _b_topics_h, True),
    ],
}  # fmt: skip


def cases(seed: int = SEED, per_template: int = PER_TEMPLATE) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r24n")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(SEED, PER_TEMPLATE))


if __name__ == "__main__":
    sys.exit(main())
