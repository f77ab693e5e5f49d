"""Seeded generator for round 20's "told about someone" families (issue 16): English special
care about a third person (a faith shown by a practice, a crime suffered, a condition as an
adjective), labelled fields (surname / given name, 姓・名, member IDs with a group, JA-keyed
JSON IDs, a card's last digits named as such), a date of birth given as a correction after
生年月日 / DOB was named, and names in roles and sign-offs (applicant X, attn. X, "— Jake",
a lower-case first name after a relationship word, word-names made names by the sentence).
Benign twins: faiths and conditions as topics, "Grace period", "Hunter boots", surnames as a
topic, a receipt template's "ending in" placeholder, event dates.

Every family has templates in half ``T`` (tuned on) and ``H`` (held out: not read while
fixing). Values come from this file's pools.

    .venv/bin/python bench/pii_r20_told_gen.py --run [--seed 20] [--per-template 5]
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

from pii_cases import Case
from pii_hand_sets import HandSet, templated_cases
from pii_hand_sets import main as hand_set_main

ROOT = Path(__file__).resolve().parents[1]
SET = HandSet(
    name="pii_r20_told_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r20_told_gen.json",
)
TYPES = {
    "N": "PERSON",
    "SC": "SPECIAL_CARE",
    "DOB": "DATE_OF_BIRTH",
    "MEM": "MEMBER_NUMBER",
    "CARD": "CREDIT_CARD",
}

GIVEN = ("Eileen", "Kevin", "Hannah", "Marcus", "Priya", "Diego", "Chloe", "Tobias", "Megan")
SURN = ("Fitzgerald", "Walsh", "Price", "Okafor", "Lindqvist", "Moreno", "Hartley", "Doyle")
WORD_NAMES = ("Faith", "Hunter", "Grace", "Joy", "Hope", "Mason", "Autumn", "Chase", "Summer")
SHORT = ("Jake", "Sam", "Kim", "Lou", "Ben", "Tess", "Raj")
REL = ("roommate", "coworker", "sister", "neighbour", "flatmate", "cousin", "boss")
JA_SEI = ("佐藤", "鈴木", "高橋", "渡辺", "山口", "中村")
JA_MEI = ("恵美", "健太", "陽菜", "大輔", "由香", "翔")
PEOPLE = ("my colleague", "our new hire", "my neighbour", "a student of mine", "my tenant")
# The faith's core words are marked ({SC:…}); the verb around them may stay.
FAITH_PRACTICE = (
    "is {SC:Muslim} and fasting for {SC:Ramadan}",
    "{SC:keeps kosher}",
    "wears a {SC:hijab} for her {SC:faith}",
    "{SC:attends mass} every Sunday",
    "observes the {SC:Sabbath}",
    "{SC:prays five times a day}",
    "is a {SC:practising Sikh}",
)
VICTIM = ("assaulted", "mugged", "robbed", "stalked", "sexually harassed", "burgled")
CONDITION = ("autistic", "deaf", "bipolar", "dyslexic", "epileptic", "schizophrenic", "blind")


def _n(v: str) -> str:
    return "{N:" + v + "}"


def _sc(v: str) -> str:
    return "{SC:" + v + "}"


def _full(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(SURN)}"


def _digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(k))


# --- (a) special care about a third person ----------------------------------------------
def _faith_t1(r: random.Random) -> str:
    practice = r.choice(FAITH_PRACTICE)
    return f"{r.choice(PEOPLE).capitalize()} {practice}; [[plan the team lunch]] around that."


def _faith_h1(r: random.Random) -> str:
    return f"FYI {_n(r.choice(GIVEN))} {r.choice(FAITH_PRACTICE)}, so [[suggest a menu]]."


def _victim_t1(r: random.Random) -> str:
    return (
        f"{r.choice(PEOPLE).capitalize()} was {_sc(r.choice(VICTIM))} last week; "
        f"[[draft a leave note]]."
    )


def _victim_h1(r: random.Random) -> str:
    return (
        f"My {r.choice(REL)} got {_sc(r.choice(VICTIM))} on the way home, "
        f"[[how do I support them]]?"
    )


def _cond_t1(r: random.Random) -> str:
    return (
        f"{r.choice(PEOPLE).capitalize()} is {_sc(r.choice(CONDITION))}, "
        f"[[how should I adapt onboarding]]?"
    )


def _cond_h1(r: random.Random) -> str:
    return (
        f"Our intern {_n(r.choice(GIVEN))} is {_sc(r.choice(CONDITION))}. "
        f"[[Write tips for the team]]."
    )


# --- (b) labelled fields -------------------------------------------------------------------
def _field_t1(r: random.Random) -> str:
    return f"Surname {_n(r.choice(SURN))}, first name {_n(r.choice(GIVEN))}. [[Fill in the form]]."


def _field_h1(r: random.Random) -> str:
    return (
        f"family name: {_n(r.choice(SURN))} / given name: {_n(r.choice(GIVEN))} — "
        f"[[check the spelling]]"
    )


def _field_t2(r: random.Random) -> str:
    return f"姓：{_n(r.choice(JA_SEI))}　名：{_n(r.choice(JA_MEI))}　[[この形式で登録して]]"


def _field_h2(r: random.Random) -> str:
    return f"【姓】{_n(r.choice(JA_SEI))}【名】{_n(r.choice(JA_MEI))} [[ローマ字にして]]"


def _member_t1(r: random.Random) -> str:
    return (
        f"Member ID {{MEM:{_digits(r, 9)}}} group {{MEM:{_digits(r, 5)}}}, [[is this plan valid]]?"
    )


def _member_h1(r: random.Random) -> str:
    mid = f"C-{_digits(r, 4)}-{_digits(r, 4)}"
    return f'[[この JSON を整形して]] {{"会員ID": "{{MEM:{mid}}}", "status": "active"}}'


def _card_t1(r: random.Random) -> str:
    return f"Card ending {{CARD:{_digits(r, 4)}}} was charged twice, [[write a dispute]]."


def _card_h1(r: random.Random) -> str:
    return f"カード下4桁{{CARD:{_digits(r, 4)}}}で引き落とされた件、[[問い合わせ文を書いて]]"


# --- (c) date of birth as a correction -----------------------------------------------------
def _dob_t1(r: random.Random) -> str:
    y, m, d = r.randint(1, 30), r.randint(1, 12), r.randint(1, 28)
    return (
        f"生年月日を間違えました。正しくは{{DOB:平成{y}年{m}月{d}日}}です。[[修正をお願いします]]"
    )


def _dob_h1(r: random.Random) -> str:
    y, m, d = r.randint(1960, 2004), r.randint(1, 12), r.randint(1, 28)
    return f"my DOB is wrong on the form, it should be {{DOB:{m}/{d}/{y}}} - [[can you update it]]"


def _dob_h2(r: random.Random) -> str:
    y, m, d = r.randint(1960, 2004), r.randint(1, 12), r.randint(1, 28)
    return f"先ほどの生年月日ですが、{{DOB:{y}年{m}月{d}日}}の誤りでした。[[訂正メールを書いて]]"


# --- (d) names in roles and sign-offs ------------------------------------------------------
def _role_t1(r: random.Random) -> str:
    return f"Tenant applicant {_n(_full(r))} has a pet; [[draft the approval letter]]."


def _role_h1(r: random.Random) -> str:
    return f"[[Reply]] attn. {_n(_full(r))} re the late shipment."


def _sign_t1(r: random.Random) -> str:
    return f"[[Tidy this note]]: running late, start without me — {_n(r.choice(SHORT))}"


def _sign_h1(r: random.Random) -> str:
    return f"can you [[make this sound nicer]]: fix the build before noon\n-- {_n(r.choice(SHORT))}"


def _rel_t1(r: random.Random) -> str:
    return (
        f"my {r.choice(REL)} {_n(r.choice(GIVEN).lower())} has a birthday friday, [[gift ideas]]?"
    )


def _rel_h1(r: random.Random) -> str:
    return (
        f"[[what should i say]] to my {r.choice(REL)} {_n(r.choice(GIVEN).lower())} after the fight"
    )


def _word_t1(r: random.Random) -> str:
    a, b, c = r.sample(WORD_NAMES, 3)
    return (
        f"Tell {_n(a)} and {_n(b)} that {_n(c)} will cover the Monday shift. [[Rephrase politely]]."
    )


def _word_h1(r: random.Random) -> str:
    a, b = r.sample(WORD_NAMES, 2)
    return f"[[Write a rota note]]: {_n(a)} swaps her Friday shift with {_n(b)}."


# --- benign twins --------------------------------------------------------------------------
def _ben_t1(r: random.Random) -> str:
    return r.choice(
        (
            "What is Ramadan and why do people fast?",
            "Explain what keeping kosher means for a restaurant menu.",
            "April is autism awareness month; ideas for an office event?",
            "Is a 30-day grace period normal for invoices?",
            "Are Hunter boots worth the price?",
        )
    )


def _ben_h1(r: random.Random) -> str:
    return r.choice(
        (
            "What are the origins of the surname Fitzgerald?",
            "Design a receipt template that shows 'Card ending in ****'.",
            "How common is dyslexia among adults?",
            "Tell me about the history of Christian mass.",
            "What does 'family name' mean on a Japanese form?",
            "The festival runs from 4/12/2026; draft an announcement.",
            "Summer will be hot this year; tips for the office?",
        )
    )


Template = tuple[str, str, Callable[[random.Random], str], bool]
TEMPLATES: dict[str, list[Template]] = {
    "sc_third": [
        ("faith-t1", "T", _faith_t1, False),
        ("faith-h1", "H", _faith_h1, False),
        ("victim-t1", "T", _victim_t1, False),
        ("victim-h1", "H", _victim_h1, False),
        ("cond-t1", "T", _cond_t1, False),
        ("cond-h1", "H", _cond_h1, False),
    ],
    "fields": [
        ("field-t1", "T", _field_t1, False),
        ("field-h1", "H", _field_h1, False),
        ("field-t2", "T", _field_t2, False),
        ("field-h2", "H", _field_h2, False),
        ("member-t1", "T", _member_t1, False),
        ("member-h1", "H", _member_h1, False),
        ("card-t1", "T", _card_t1, False),
        ("card-h1", "H", _card_h1, False),
    ],
    "dob_fix": [
        ("dob-t1", "T", _dob_t1, False),
        ("dob-h1", "H", _dob_h1, False),
        ("dob-h2", "H", _dob_h2, False),
    ],
    "roles": [
        ("role-t1", "T", _role_t1, False),
        ("role-h1", "H", _role_h1, False),
        ("sign-t1", "T", _sign_t1, False),
        ("sign-h1", "H", _sign_h1, False),
        ("rel-t1", "T", _rel_t1, False),
        ("rel-h1", "H", _rel_h1, False),
        ("word-t1", "T", _word_t1, False),
        ("word-h1", "H", _word_h1, False),
    ],
    "benign": [
        ("ben-t1", "T", _ben_t1, True),
        ("ben-h1", "H", _ben_h1, True),
    ],
}


def cases(seed: int = 20, per_template: int = 5) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r20t")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(20, 5))


if __name__ == "__main__":
    sys.exit(main())
