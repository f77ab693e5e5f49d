"""Seeded generator for round 20's names in roles and sign-offs (issue 16): a capitalised
First Last after a role or attention word (Tenant applicant X, Candidate X, attn. X), a
sign-off name after a dash at a message's end (— Jake, -- Sam), and a lower-case first name
after a relationship word (my roommate jess). Benign twins put the same role, dash and
relationship words before things that are no names (Tenant applicant screening criteria,
Attn: Accounts Payable, — Thanks again, my roommate is messy).

Every family has templates in half ``T`` (tuned on) and ``H`` (held out: not read while
fixing). Values come from this file's pools.

    .venv/bin/python bench/pii_r20_roles_gen.py --run [--seed 20] [--per-template 5]
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
    name="pii_r20_roles_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r20_roles_gen.json",
)
TYPES = {"N": "PERSON"}

GIVEN = ("Kevin", "Priya", "Tom", "Maria", "Hannah", "Sam", "Aisha", "Luca", "Ingrid", "Dmitri")
SURN = ("Walsh", "Nair", "Reyes", "Lopez", "Price", "Lee", "Okonkwo", "Bianchi", "Berg", "Novak")
SHORT = ("Jake", "Sam", "Kim", "Lou", "Ben", "Tess", "Raj", "Nadia", "Omar")
ROLE_T = ("Tenant applicant", "Candidate", "Patient", "Our new hire", "Applicant")
ROLE_H = ("Job candidate", "Student", "Our intern", "New tenant", "Client", "Employee")
REL_T = ("roommate", "coworker", "sister", "flatmate")
REL_H = ("cousin", "neighbor", "boss", "brother", "girlfriend")


def _n(v: str) -> str:
    return "{N:" + v + "}"


def _full(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(SURN)}"


# --- (a) a name after a role or attention word ---------------------------------------------
def _role_t1(r: random.Random) -> str:
    return (
        f"{r.choice(ROLE_T)} {_n(_full(r))} has a gap in their CV; [[draft interview questions]]."
    )


def _role_t2(r: random.Random) -> str:
    return f"[[Reply]] attn. {_n(_full(r))} about the missing invoice."


def _role_h1(r: random.Random) -> str:
    return f"[[Write a welcome note]]: {r.choice(ROLE_H)} {_n(_full(r))} starts on Monday."


def _role_h2(r: random.Random) -> str:
    return f"Attn: {_n(_full(r))}\n[[Summarise]] the attached contract terms."


# --- (b) a sign-off name after a dash ------------------------------------------------------
def _sign_t1(r: random.Random) -> str:
    return f"[[Make this friendlier]]: call me after 5pm — {_n(r.choice(SHORT))}"


def _sign_h1(r: random.Random) -> str:
    return f"[[fix the grammar]]: the printer is jammed again, pls look\n-- {_n(r.choice(SHORT))}"


def _sign_h2(r: random.Random) -> str:
    return f"[[Shorten]]: I'll bring the slides tomorrow. – {_n(r.choice(SHORT))}"


# --- (c) a lower-case first name after a relationship word --------------------------------
def _rel_t1(r: random.Random) -> str:
    name = _n(r.choice(GIVEN).lower())
    return f"my {r.choice(REL_T)} {name} keeps eating my food, [[how do i bring it up]]?"


def _rel_h1(r: random.Random) -> str:
    name = _n(r.choice(GIVEN).lower())
    return f"[[help me write a text]] to my {r.choice(REL_H)} {name} about the rent"


def _rel_h2(r: random.Random) -> str:
    name = _n(r.choice(GIVEN).lower())
    return f"my {r.choice(REL_H)} {name} is moving abroad, [[farewell gift ideas]]?"


# --- benign twins --------------------------------------------------------------------------
def _ben_t1(r: random.Random) -> str:
    return r.choice(
        (
            "Tenant applicant screening criteria: what is legal to ask?",
            "Candidate Experience Survey results: summarise the themes.",
            "Reply attn. Accounts Payable about the late invoice.",
            "Make this friendlier: see you at the meeting — Thanks again",
            "my roommate is messy, how do i bring it up?",
        )
    )


def _ben_h1(r: random.Random) -> str:
    return r.choice(
        (
            "Attn: Accounts Payable\nSummarise the attached contract terms.",
            "Patient Safety Week ideas for a small clinic?",
            "Shorten: the slides are ready. – Best regards",
            "my coworker always interrupts, any advice?",
            "New Tenant Welcome Pack: draft the table of contents.",
            "my sister keeps borrowing money, how do i say no?",
        )
    )


Template = tuple[str, str, Callable[[random.Random], str], bool]
TEMPLATES: dict[str, list[Template]] = {
    "roles": [
        ("role-t1", "T", _role_t1, False),
        ("role-t2", "T", _role_t2, False),
        ("role-h1", "H", _role_h1, False),
        ("role-h2", "H", _role_h2, False),
    ],
    "signoffs": [
        ("sign-t1", "T", _sign_t1, False),
        ("sign-h1", "H", _sign_h1, False),
        ("sign-h2", "H", _sign_h2, False),
    ],
    "relations": [
        ("rel-t1", "T", _rel_t1, False),
        ("rel-h1", "H", _rel_h1, False),
        ("rel-h2", "H", _rel_h2, False),
    ],
    "benign": [
        ("ben-t1", "T", _ben_t1, True),
        ("ben-h1", "H", _ben_h1, True),
    ],
}


def cases(seed: int = 20, per_template: int = 5) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r20r")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(20, 5))


if __name__ == "__main__":
    sys.exit(main())
