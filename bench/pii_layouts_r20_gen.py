"""Seeded generator of person names in line layouts (issue 16, round 20, third names pass):
items of bullet and numbered lists after the first, and names after a label that names a
person (Contact:, Emergency contact:, attn., 連絡先：, 担当：, 緊急連絡先), in Japanese and
English; with benign twins in the same layouts (lists of cities, streets, authors asked
about, brands, headings; a contact label before a team or a desk).

Every family has several templates, each in half ``T`` (tuned on: the fix was written
against it) or ``H`` (held out: not looked at while fixing); whole templates, never rows.
Names come from this file's own pools, not from the recognizers' lists.

    .venv/bin/python bench/pii_layouts_r20_gen.py --run [--seed 21] [--per-template 6]
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

from pii_cases import Case
from pii_hand_sets import HandSet, marker, templated_cases
from pii_hand_sets import main as hand_set_main

ROOT = Path(__file__).resolve().parents[1]
SET = HandSet(
    name="pii_layouts_r20_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_layouts_r20_gen.json",
)

GIVEN = (
    "Rachel",
    "Marcus",
    "Tamsin",
    "Oliver",
    "Priya",
    "Kwabena",
    "Ingrid",
    "Tobias",
    "Fiona",
    "Diego",
    "Hana",
    "Callum",
    "Yusuf",
    "Margot",
    "Wesley",
    "Leona",
    "Anders",
    "Beatriz",
    "Niamh",
    "Gareth",
    "Imani",
    "Felix",
    "Rosalind",
    "Stellan",
)
SURNAMES = (
    "Okonkwo",
    "Halvorsen",
    "Pritchard",
    "Castellano",
    "Nakamura",
    "Ferreira",
    "Whitlock",
    "Brennan",
    "Kowalczyk",
    "Ashworth",
    "Delacroix",
    "Mbeki",
    "Thornbury",
    "Lindgren",
    "Ramírez",
    "Szabo",
    "Kerrigan",
    "Abernathy",
    "Quintero",
    "Holloway",
    "Vasquez",
    "Rutledge",
    "Eriksen",
    "Ogunleye",
)
JA_SURNAMES = (
    "堀江",
    "三宅",
    "大塚",
    "小野寺",
    "宮下",
    "荒木",
    "久保",
    "杉浦",
    "平野",
    "新井",
    "野口",
    "菅原",
    "岩崎",
    "柴田",
    "内藤",
    "浜田",
)
JA_GIVEN = (
    "陽菜",
    "蓮",
    "結衣",
    "湊",
    "美咲",
    "悠真",
    "さくら",
    "颯太",
    "千尋",
    "大輝",
    "莉子",
    "航",
    "彩花",
    "樹",
    "真央",
    "智也",
)
CITIES = ("Leeds", "Lyon", "Porto", "Austin", "Bergen", "Ghent", "Turin", "Quebec")
STREETS = ("Lincoln Avenue", "Franklin Street", "Madison Road", "Jefferson Lane", "Victoria Road")
AUTHORS = ("Jane Austen", "Charles Dickens", "Virginia Woolf", "Mark Twain", "Toni Morrison")
JA_AUTHORS = ("夏目漱石", "太宰治", "芥川龍之介", "川端康成", "宮沢賢治")
BRANDS = ("Marks & Spencer", "Ralph Lauren", "Tommy Hilfiger", "Calvin Klein", "Tory Burch")
JA_PLACES = ("渋谷", "梅田", "天神", "栄", "三宮", "博多")
ROLES = ("Account Manager", "Head of Sales", "Project Lead", "Support Engineer")
JA_ROLES = ("営業部", "総務課", "経理部", "開発部")
NOTES = ("back Tuesday", "returns Monday", "on leave", "remote", "half day")
JA_NOTES = ("午後休", "在宅", "出張", "有休")
RELATIONS = ("mother", "husband", "sister", "father", "wife")
JA_RELATIONS = ("母", "夫", "妻", "父", "姉")


def _full(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"


def _ja(rng: random.Random) -> str:
    return f"{rng.choice(JA_SURNAMES)} {rng.choice(JA_GIVEN)}"


# The markup of bench/pii_hand_sets.py, under this module's short names.
_n = marker("N")


def _distinct(rng: random.Random, make: Callable[[random.Random], str], k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        name = make(rng)
        if name not in out:
            out.append(name)
    return out


# --- bullet and numbered lists -----------------------------------------------------------
def _star_t(rng: random.Random) -> str:
    items = "\n".join(f"* {_n(n)}" for n in _distinct(rng, _full, 3))
    return f"[[Make a seating plan]] for:\n{items}"


def _dash_t(rng: random.Random) -> str:
    items = "\n".join(f"- {_n(n)} ({rng.choice(CITIES)})" for n in _distinct(rng, _full, 3))
    return f"Speakers this year:\n{items}\n[[Write the intro slide]]"


def _num_t(rng: random.Random) -> str:
    lines = [
        f"{i}. {_n(n)} – {rng.choice(NOTES)}" for i, n in enumerate(_distinct(rng, _full, 3), 1)
    ]
    return "Out this week:\n" + "\n".join(lines) + "\n[[Draft the cover rota]]"


def _ja_dot_t(rng: random.Random) -> str:
    items = "\n".join(f"・{_n(n)}（{rng.choice(JA_ROLES)}）" for n in _distinct(rng, _ja, 3))
    return f"参加者\n{items}\n[[案内メールを書いて]]"


def _bullet_h(rng: random.Random) -> str:
    items = "\n".join(f"• {_n(n)}" for n in _distinct(rng, _full, 3))
    return f"New joiners\n{items}\n[[Write a welcome note]]"


def _paren_num_h(rng: random.Random) -> str:
    lines = [
        f"{i}) {_n(n)}: {rng.choice(NOTES)}" for i, n in enumerate(_distinct(rng, _full, 3), 1)
    ]
    return "[[Summarise availability]]\n" + "\n".join(lines)


def _ja_num_h(rng: random.Random) -> str:
    lines = [
        f"{i}. {_n(n)}　{rng.choice(JA_NOTES)}" for i, n in enumerate(_distinct(rng, _ja, 3), 1)
    ]
    return "今週の予定\n" + "\n".join(lines) + "\n[[表にまとめて]]"


def _circled_h(rng: random.Random) -> str:
    marks = "①②③"
    lines = [f"{m} {_n(n)}" for m, n in zip(marks, _distinct(rng, _ja, 3), strict=True)]
    return "面接の順番：\n" + "\n".join(lines) + "\n[[日程表を作って]]"


# --- labels naming a person --------------------------------------------------------------
def _contact_t(rng: random.Random) -> str:
    phone = f"090-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    return f"Contact: {_n(_full(rng))} / {phone}\n[[Tidy this up]]"


def _ja_contact_t(rng: random.Random) -> str:
    return f"連絡先：{_n(_ja(rng))}（{rng.choice(JA_ROLES)}）\n[[この文面を丁寧にして]]"


def _emergency_h(rng: random.Random) -> str:
    return f"Emergency contact: {_n(_full(rng))} ({rng.choice(RELATIONS)})\n[[Fill in the form]]"


def _attn_h(rng: random.Random) -> str:
    return f"attn. {_n(_full(rng))}, {rng.choice(ROLES)}\n[[Write a cover letter]]"


def _ja_kinkyu_h(rng: random.Random) -> str:
    return f"緊急連絡先：{_n(_ja(rng))}（{rng.choice(JA_RELATIONS)}）\n[[書式を整えて]]"


def _signature_h(rng: random.Random) -> str:
    return f"[[Shorten my signature]]:\n{_n(_full(rng))} | {rng.choice(ROLES)} | Northwind Ltd"


# --- benign twins ------------------------------------------------------------------------
def _b_cities_t(rng: random.Random) -> str:
    items = "\n".join(f"* {c}" for c in rng.sample(CITIES, 3))
    return f"Compare the weather in:\n{items}"


def _b_authors_t(rng: random.Random) -> str:
    lines = [f"{i}. {a}" for i, a in enumerate(rng.sample(AUTHORS, 3), 1)]
    return "Suggest one novel by each:\n" + "\n".join(lines)


def _b_contact_t(rng: random.Random) -> str:
    return "Contact: Customer Support / ext. 2200\nMake this footer shorter"


def _b_streets_h(rng: random.Random) -> str:
    items = "\n".join(f"• {s}" for s in rng.sample(STREETS, 3))
    return f"Which of these streets have bike lanes?\n{items}"


def _b_brands_h(rng: random.Random) -> str:
    lines = [f"{i}) {b}" for i, b in enumerate(rng.sample(BRANDS, 3), 1)]
    return "Rank these shops by price:\n" + "\n".join(lines)


def _b_ja_authors_h(rng: random.Random) -> str:
    items = "\n".join(f"・{a}" for a in rng.sample(JA_AUTHORS, 3))
    return f"次の作家の代表作を教えて\n{items}"


def _b_ja_places_h(rng: random.Random) -> str:
    lines = [f"{i}. {p}" for i, p in enumerate(rng.sample(JA_PLACES, 3), 1)]
    return "候補地\n" + "\n".join(lines) + "\nアクセスを比較して"


def _b_emergency_h(rng: random.Random) -> str:
    return "Emergency contact: Facilities Desk (ext. 4400)\nAdd this to the poster"


TEMPLATES: dict[str, list[tuple[str, str, Callable[[random.Random], str], bool]]] = {
    "list_items": [
        ("star-t", "T", _star_t, False),
        ("dash-t", "T", _dash_t, False),
        ("num-t", "T", _num_t, False),
        ("ja-dot-t", "T", _ja_dot_t, False),
        ("bullet-h", "H", _bullet_h, False),
        ("pnum-h", "H", _paren_num_h, False),
        ("ja-num-h", "H", _ja_num_h, False),
        ("circled-h", "H", _circled_h, False),
    ],
    "labels": [
        ("contact-t", "T", _contact_t, False),
        ("ja-contact-t", "T", _ja_contact_t, False),
        ("emergency-h", "H", _emergency_h, False),
        ("attn-h", "H", _attn_h, False),
        ("ja-kinkyu-h", "H", _ja_kinkyu_h, False),
        ("signature-h", "H", _signature_h, False),
    ],
    "benign": [
        ("b-cities-t", "T", _b_cities_t, True),
        ("b-authors-t", "T", _b_authors_t, True),
        ("b-contact-t", "T", _b_contact_t, True),
        ("b-streets-h", "H", _b_streets_h, True),
        ("b-brands-h", "H", _b_brands_h, True),
        ("b-ja-authors-h", "H", _b_ja_authors_h, True),
        ("b-ja-places-h", "H", _b_ja_places_h, True),
        ("b-emergency-h", "H", _b_emergency_h, True),
    ],
}


def cases(seed: int = 21, per_template: int = 6) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types={"N": "PERSON"}, prefix="r20l")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(21, 6))


if __name__ == "__main__":
    sys.exit(main())
