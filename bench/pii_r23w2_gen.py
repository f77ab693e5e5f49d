"""Seeded generator for issue 16, twenty-third round, wave 2: the families an outside set's
misses pointed at (so every figure on it is TUNED ON in the wider sense), as people write
them, and the benign look-alikes that must pass unchanged.

Families: a relation word, a filler word and a colon or a dash before the name (booking
for my wife too: …, my son as well - …, 妻も：…); a room and a building before a romaji
block address; a UK sort code and account written in pairs of digits; an international
phone number broken over a line after its label. Benign: firms named after their founders
in lists, a request verb before a Japanese author's romaji name, numbered document parts
(第3章2-5-3節), a room number in prose, a relation word and a filler before no name.

Templates were dealt by position: even positions half ``T`` (tuned on), odd ``H`` (held
out). The generator was written after the fixes from the hand set; its ``H`` templates were
not looked at while fixing.

    .venv/bin/python bench/pii_r23w2_gen.py --run [--seed 2323] [--per-template 10]
"""

# ruff: noqa: E501
from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

from pii_cases import Case
from pii_hand_sets import HandSet, Template, templated_cases
from pii_hand_sets import main as hand_set_main

ROOT = Path(__file__).resolve().parents[1]
SET = HandSet(
    name="pii_r23w2_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r23w2_gen.json",
)
TYPES = {"NAME": "PERSON", "ADDR": "ADDRESS", "BANK": "BANK_ACCOUNT", "TEL": "PHONE_NUMBER"}

Rng = random.Random
GIVEN = (
    "Sofia",
    "Daniel",
    "Priya",
    "Lucas",
    "Emily",
    "Tomasz",
    "Amara",
    "Helga",
    "Rosa",
    "Kwame",
    "Ingrid",
    "Mateo",
)
FAMILY = (
    "Marquez",
    "Okafor",
    "Raman",
    "Ferreira",
    "Carter",
    "Nowak",
    "Nwosu",
    "Brandt",
    "Delgado",
    "Mensah",
    "Larsen",
    "Rossi",
)
RELATION = (
    "wife",
    "husband",
    "son",
    "daughter",
    "mother",
    "father",
    "partner",
    "brother",
    "sister",
    "grandmother",
)
JA_NAMES = ("山田花子", "佐藤健一", "田中翔太", "鈴木美咲", "高橋真由", "伊藤由美")
JA_RELATION = ("妻", "夫", "息子", "娘", "母", "父")
BUILDING = (
    "Sakura Mansion",
    "Green Heights",
    "Park Tower Residence",
    "Hillside Court",
    "Maple Grand Tower",
    "Villa Aoba",
    "Sunny Coop",
    "Lions Plaza",
)
TOWN = (
    "5-12-1 Tenjin, Chuo-ku, Fukuoka",
    "2-3-4 Nishi-Shinjuku, Shinjuku-ku, Tokyo",
    "1-8-15 Hakata-eki-mae, Hakata-ku, Fukuoka",
    "3-4-5 Kamiosaki, Shinagawa-ku, Tokyo",
    "2-14-7 Aoba, Aoba-ku, Sendai",
    "4-1-2 Sakae, Naka-ku, Nagoya",
)


def _name(rng: Rng) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def _digits(rng: Rng, n: int) -> str:
    return "".join(str(rng.randint(1, 9)) for _ in range(n))


# Relation word, filler, mark, name.
def kin_too_colon(rng: Rng) -> str:
    return f"booking for my {rng.choice(RELATION)} too: {{NAME:{_name(rng)}}}, passport to follow"


def kin_also_colon(rng: Rng) -> str:
    return f"Please add my {rng.choice(RELATION)} also: {{NAME:{_name(rng)}}} — same flight."


def kin_as_well_dash(rng: Rng) -> str:
    return f"and for my {rng.choice(RELATION)} as well - {{NAME:{_name(rng)}}}, age {rng.randint(5, 80)}"


def kin_again_colon(rng: Rng) -> str:
    return f"Register my {rng.choice(RELATION)} again: {{NAME:{_name(rng)}}}. Thanks!"


def kin_arrow(rng: Rng) -> str:
    return f"plus my {rng.choice(RELATION)} too -> {{NAME:{_name(rng)}}} (needs wheelchair)"


def kin_ja_mo(rng: Rng) -> str:
    return f"{rng.choice(JA_RELATION)}も：{{NAME:{rng.choice(JA_NAMES)}}}でお願いします。"


def kin_both_colon(rng: Rng) -> str:
    return f"Tickets for my {rng.choice(RELATION)} please: {{NAME:{_name(rng)}}}"


def kin_ja_mo_onaji(rng: Rng) -> str:
    return f"{rng.choice(JA_RELATION)}も同じく：{{NAME:{rng.choice(JA_NAMES)}}}"


# Room and building before a romaji block address.
def room_building(rng: Rng) -> str:
    return f"Ship to {{ADDR:{rng.choice(('Room', 'Rm', 'Unit', 'Apt'))} {rng.randint(101, 1505)}, {rng.choice(BUILDING)}}}, {{ADDR:{rng.choice(TOWN)}}}"


def room_building_lines(rng: Rng) -> str:
    return f"住所:\n{{ADDR:{rng.choice(('Room', 'Unit', 'Flat', 'Apartment'))} {rng.randint(101, 1505)} {rng.choice(BUILDING)}}} {{ADDR:{rng.choice(TOWN)}}}\nよろしくお願いします"


# Sort code and account in pairs.
def sort_pairs(rng: Rng) -> str:
    code = " ".join(_digits(rng, 2) for _ in range(3))
    acct = " ".join(_digits(rng, 2) for _ in range(4))
    return f"Sort code {{BANK:{code}}}, account {{BANK:{acct}}} ({rng.choice(('Barclays', 'HSBC', 'Lloyds', 'NatWest'))})"


def sort_bank_pairs(rng: Rng) -> str:
    code = "-".join(_digits(rng, 2) for _ in range(3))
    acct = f"{_digits(rng, 4)} {_digits(rng, 4)}"
    return f"pay me at {rng.choice(('Monzo', 'Santander', 'Halifax'))} {{BANK:{code}}} / {{BANK:{acct}}} cheers"


# Phone over a line.
def phone_broken(rng: Rng) -> str:
    return f"Tel: {{TEL:+44 20\n{_digits(rng, 4)} {_digits(rng, 4)}}}\nEmail me too"


def phone_broken_mobile(rng: Rng) -> str:
    return f"Mobile {{TEL:+44 7{_digits(rng, 3)}\n{_digits(rng, 6)}}}"


# Benign look-alikes.
def firms_list(rng: Rng) -> str:
    firms = [
        "Goldman Sachs",
        "Morgan Stanley",
        "Wells Fargo",
        "Charles Schwab",
        "Merrill Lynch",
        "Edward Jones",
    ]
    rng.shuffle(firms)
    return f"Compare [[{firms[0]}]], [[{firms[1]}]] and [[{firms[2]}]] on fees."


def author_request(rng: Rng) -> str:
    verb = rng.choice(("Summarize", "Summarise", "Review", "Outline", "Explain"))
    return f"{verb} [[Haruki Murakami]]'s {rng.choice(('Norwegian Wood', 'Kafka on the Shore', '1Q84'))} briefly."


def document_part(rng: Rng) -> str:
    a, b, c = rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 9)
    return f"第{rng.randint(1, 12)}章[[{a}-{b}-{c}]]{rng.choice(('節', '項'))}の内容を要約して"


def document_part_fig(rng: Rng) -> str:
    a, b, c = rng.randint(1, 9), rng.randint(1, 9), rng.randint(1, 9)
    return f"図[[{a}-{b}-{c}]]と第{rng.randint(1, 9)}章の関係を説明してください"


def room_prose(rng: Rng) -> str:
    return f"The workshop is in [[Room {rng.randint(101, 999)}]], Main Hall, from 10am."


def kin_filler_no_name(rng: Rng) -> str:
    return f"Booking for my {rng.choice(RELATION)} too: [[two adults]], window seats please."


Fmt = Callable[[Rng], str]
FAMILIES: dict[str, list[Fmt]] = {
    "kin_filler": [
        kin_too_colon,
        kin_as_well_dash,
        kin_also_colon,
        kin_again_colon,
        kin_ja_mo,
        kin_arrow,
        kin_both_colon,
        kin_ja_mo_onaji,
    ],
    "room_building": [room_building, room_building_lines],
    "uk_pairs": [sort_pairs, sort_bank_pairs],
    "phone_line": [phone_broken, phone_broken_mobile],
}
BENIGN: dict[str, list[Fmt]] = {
    "public": [firms_list, author_request, document_part, document_part_fig],
    "prose": [kin_filler_no_name, room_prose],
}


def _templates() -> dict[str, list[Template]]:
    out: dict[str, list[Template]] = {}
    for family, makers in FAMILIES.items():
        out[family] = [
            (f"{family}-{m.__name__}", "TH"[i % 2], m, False) for i, m in enumerate(makers)
        ]
    for family, makers in BENIGN.items():
        out["benign_" + family] = [
            (f"{family}-{m.__name__}", "TH"[i % 2], m, True) for i, m in enumerate(makers)
        ]
    return out


TEMPLATES = _templates()


def cases(seed: int = 2323, per_template: int = 10) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r23w2")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(2323, 10))


if __name__ == "__main__":
    sys.exit(main())
