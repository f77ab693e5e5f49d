"""Seeded generator for issue 16, twenty-third round (second wave): special care said with
the subject left out, and allergies.

Families: (1) an English disclosure whose subject is elided ("Been dealing with X and …",
"Got X so …", "On X meds, …", "Just diagnosed with X"); (2) a Japanese one (〜持ちなので,
〜で通院中, うちの子は〜があって); (3) a food or drug allergy said of the writer or a child
(卵アレルギーなので, "peanut allergy here", "allergic to penicillin"). Look-alikes that must
pass unchanged: the same heads before a non-medical object (living with roommates, dealing
with the quarterly close, diagnosed with a bug), a condition asked about in general
(卵アレルギーの子どもの弁当の工夫は？, "what are early signs of MS?").

Templates (with their own pools, chosen by hand) were dealt ``T`` (tuned on) and ``H``
(held out) before any fix of this wave.

    .venv/bin/python bench/pii_r23_elided_gen.py --run [--seed 2329] [--per-template 5]
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
    name="pii_r23_elided_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r23_elided_gen.json",
)
TYPES = {"SC": "SPECIAL_CARE"}
SEED = 2329
PER_TEMPLATE = 5
R = random.Random


# The markup of bench/pii_hand_sets.py, under this module's short names.
_m = marker("SC")
_k = kept
_c = pick


# --- (1) English, subject elided -----------------------------------------------------------
def _en_t1(r: R) -> str:
    return f"{_c(r, 'Been dealing with', 'been dealing w/', 'Still dealing with')} {_m(_c(r, 'depression', 'migraines', 'insomnia', 'IBS'))} and {_k(_c(r, 'need a lighter week', 'keep missing standups'))}. Help me write to my lead."


def _en_t2(r: R) -> str:
    return f"{_c(r, 'Got', 'got', 'Just got')} {_m(_c(r, 'asthma', 'shingles', 'gout', 'psoriasis'))} so {_k(_c(r, 'the offsite hike is out', 'I will skip the dinner'))} — write a short note."


def _en_t3(r: R) -> str:
    return f"{_c(r, 'On', 'on')} {_m(_c(r, 'antidepressants', 'insulin', 'lithium', 'methotrexate'))} {_c(r, 'now', 'these days', 'since June')}, {_k(_c(r, 'draft a message asking for a fridge at the venue', 'write my out-of-office'))}"


def _en_h1(r: R) -> str:
    return f"{_c(r, 'Struggling with', 'struggling with', 'Coping with')} {_m(_c(r, 'anxiety', 'bulimia', 'PTSD', 'dementia'))} {_c(r, 'lately', 'this month', 'again')}, so {_k(_c(r, 'please write an apology for missing the review', 'help me ask for a quieter desk'))}."


def _en_h2(r: R) -> str:
    return f"{_c(r, 'Recovering from', 'recovering from', 'Still recovering from')} {_m(_c(r, 'a stroke', 'pneumonia', 'hepatitis C', 'breast cancer'))}, {_k(_c(r, 'write a note to the team that I work mornings only', 'draft my return-to-work email'))}."


def _en_h3(r: R) -> str:
    return f"{_c(r, 'Have had', 'have had', 'Had')} {_m(_c(r, 'epilepsy', 'lupus', 'endometriosis', 'celiac disease'))} since {_c(r, 'childhood', 'college', '2019')}; {_k(_c(r, 'help me tell my new manager', 'write the disclosure for HR'))}."


def _en_bt(r: R) -> str:
    return _c(
        r,
        "Been dealing with the quarterly close and can't focus. Help me plan my week.",
        "Living with roommates: how do we split rent fairly?",
        "Diagnosed with a bug in the billing module last spring — write the postmortem.",
        "What are early signs of MS?",
    )


def _en_bh(r: R) -> str:
    return _c(
        r,
        "Write a blog post about living with a dog in a small apartment.",
        "Got the invoice from the vendor, so please check the totals.",
        "On Monday the team reviews the asthma awareness campaign.",
        "How is type 2 diabetes diagnosed?",
    )


# --- (2) Japanese, subject elided ----------------------------------------------------------
def _ja_t1(r: R) -> str:
    return f"{_m(_c(r, 'うつ病', '喘息', 'てんかん', '片頭痛'))}{_c(r, '持ちなので', '持ちなんで', '持ちだから')}、{_k(_c(r, '在宅勤務を希望する文面', '飲み会を断るメッセージ'))}を作って"


def _ja_t2(r: R) -> str:
    return f"{_m(_c(r, 'パニック障害', '糖尿病', '適応障害', '不眠症'))}で{_c(r, '通院中です', '通院中なので', '通院しています')}。{_k(_c(r, '朝礼の当番を外してもらうお願い', '月1回の午後休の申請'))}を書いてください"


def _ja_h1(r: R) -> str:
    return f"{_c(r, 'うちの子は', 'うちの息子は', '娘は')}{_m(_c(r, '発達障害', 'ADHD', 'てんかん', '1型糖尿病'))}があって、{_k(_c(r, '担任の先生に伝える手紙', '学童への連絡文'))}を書きたいです"


def _ja_h2(r: R) -> str:
    return f"先月{_m(_c(r, '適応障害', 'うつ病', '自律神経失調症', '双極性障害'))}と{_c(r, '診断されて', '診断され', '言われて')}、{_k(_c(r, '復職面談の準備', '休職の手続き'))}を手伝って"


def _ja_bt(r: R) -> str:
    return _c(
        r,
        "うつ病の社員への接し方を管理職向けにまとめて",
        "ADHDの特性に配慮した職場づくりのポイントは？",
        "喘息の原因と予防法を教えて",
    )


def _ja_bh(r: R) -> str:
    return _c(
        r,
        "うちの会社は通院中の社員向けに時短制度があります。案内文を作って",
        "糖尿病の人向けのレシピを10個",
        "発達障害の子どもの支援制度をまとめて",
    )


# --- (3) allergies --------------------------------------------------------------------------
def _al_t1(r: R) -> str:
    return f"{_m(_c(r, '卵アレルギー', 'えびアレルギー', 'ナッツアレルギー', '小麦アレルギー'))}{_c(r, 'なので', 'があるので', '持ちなので')}、{_k(_c(r, '懇親会の料理について幹事に頼むメール', '出張先の店選び'))}をお願いします"


def _al_t2(r: R) -> str:
    return f"I'm {_m(_c(r, 'allergic to penicillin', 'allergic to peanuts', 'allergic to latex', 'allergic to shellfish'))}, {_k(_c(r, 'write the note for my onboarding health form', 'help me tell the caterer'))}."


def _al_h1(r: R) -> str:
    return f"{_c(r, 'うちの娘は', '息子が', 'うちの子は')}{_m(_c(r, '乳アレルギー', 'そばアレルギー', '大豆アレルギー', 'ピーナッツアレルギー'))}{_c(r, 'があって', 'で')}、{_k(_c(r, '給食の対応のお願い', '保育園への連絡帳'))}を書いて"


def _al_h2(r: R) -> str:
    return f"My {_c(r, 'son', 'daughter', 'wife')} has a {_m(_c(r, 'severe peanut allergy', 'tree nut allergy', 'sesame allergy', 'penicillin allergy'))}, {_k(_c(r, 'so draft a note to the school nurse', 'please write to the hotel kitchen'))}."


def _al_bt(r: R) -> str:
    return _c(
        r,
        "卵アレルギーの子どもの弁当の工夫は？",
        "Explain how peanut allergy immunotherapy works",
        "花粉症の季節に向けたオフィスの対策を提案して",
    )


def _al_bh(r: R) -> str:
    return _c(
        r,
        "アレルギー表示の義務がある食品を一覧にして",
        "What is the difference between a food allergy and an intolerance?",
        "社内イベントのアレルギー対応チェックリストを作って",
    )


TEMPLATES: dict[str, list[Template]] = {
    "elided_en": [
        ("en-t1", "T", _en_t1, False), ("en-t2", "T", _en_t2, False), ("en-t3", "T", _en_t3, False),
        ("en-h1", "H", _en_h1, False), ("en-h2", "H", _en_h2, False), ("en-h3", "H", _en_h3, False),
        ("en-bt", "T", _en_bt, True), ("en-bh", "H", _en_bh, True),
    ],
    "elided_ja": [
        ("ja-t1", "T", _ja_t1, False), ("ja-t2", "T", _ja_t2, False),
        ("ja-h1", "H", _ja_h1, False), ("ja-h2", "H", _ja_h2, False),
        ("ja-bt", "T", _ja_bt, True), ("ja-bh", "H", _ja_bh, True),
    ],
    "allergy": [
        ("al-t1", "T", _al_t1, False), ("al-t2", "T", _al_t2, False),
        ("al-h1", "H", _al_h1, False), ("al-h2", "H", _al_h2, False),
        ("al-bt", "T", _al_bt, True), ("al-bh", "H", _al_bh, True),
    ],
}  # fmt: skip


def cases(seed: int = SEED, per_template: int = PER_TEMPLATE) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r23e")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(SEED, PER_TEMPLATE))


if __name__ == "__main__":
    sys.exit(main())
