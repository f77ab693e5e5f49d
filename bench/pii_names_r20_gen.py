"""Seeded generator of person-name cases in the layouts of round 20's name pass (issue 16):
full names in one case (lower case, capitals), quoted lists and JSON arrays, CSV and TSV
columns, particle and prefixed surnames, names called after an apology or thanks typed in
lower case; and benign look-alikes (brands, products and plans written like names, a
company introducing itself).

Every family has several templates; each template belongs to half ``T`` (tuned on: the
fixes were written against it) or ``H`` (held out: not looked at while fixing). Names are
drawn from this file's own pools (not the recognizers' lists), so a given name missing from
``english_given_names.txt`` shows as a leak.

    .venv/bin/python bench/pii_names_r20_gen.py --run [--seed 20] [--per-template 6]
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
    name="pii_names_r20_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_names_r20_gen.json",
)

GIVEN = [
    "Olivia",
    "Liam",
    "Noah",
    "Emma",
    "Ava",
    "Sophia",
    "Isabella",
    "Mason",
    "Ethan",
    "Lucas",
    "Harper",
    "Evelyn",
    "Abigail",
    "Daniel",
    "Henry",
    "Sebastian",
    "Jack",
    "Owen",
    "Samuel",
    "Matthew",
    "Joseph",
    "Levi",
    "David",
    "John",
    "Wyatt",
    "Carter",
    "Julian",
    "Luke",
    "Grayson",
    "Isaac",
    "Jayden",
    "Gabriel",
    "Anthony",
    "Dylan",
    "Leo",
    "Lincoln",
    "Jaxon",
    "Asher",
    "Christopher",
    "Josiah",
    "Andrew",
    "Thomas",
    "Joshua",
    "Ezra",
    "Hudson",
    "Charles",
    "Caleb",
    "Isaiah",
    "Ryan",
    "Nathan",
    "Adrian",
    "Christian",
    "Maria",
    "Priya",
    "Ananya",
    "Rohan",
    "Kwame",
    "Ngozi",
    "Chidi",
    "Amara",
    "Fatima",
    "Omar",
    "Yusuf",
    "Leila",
    "Mei",
    "Hana",
    "Soo-jin",
    "Thanh",
    "Camila",
    "Valentina",
    "Mateo",
    "Santiago",
    "Lucia",
    "Marta",
    "Pablo",
    "Ines",
    "Bruno",
    "Giulia",
    "Francesca",
    "Lorenzo",
    "Sven",
    "Ingrid",
    "Astrid",
    "Lars",
    "Mikhail",
    "Olga",
    "Dmitri",
    "Katarzyna",
    "Piotr",
    "Zofia",
    "Aoife",
    "Siobhan",
    "Declan",
]
SURNAMES = [
    "Okafor",
    "Jennings",
    "Whitfield",
    "Alvarez",
    "Chen",
    "Sandoval",
    "Hargrove",
    "Pietersen",
    "Nakamura",
    "Ferreira",
    "Brennan",
    "Kowalczyk",
    "Lindqvist",
    "Mensah",
    "Osei",
    "Abernathy",
    "Castellano",
    "Delacroix",
    "Eastwood",
    "Fairbanks",
    "Galloway",
    "Halvorsen",
    "Iwuchukwu",
    "Jablonski",
    "Kaczmarek",
    "Lombardi",
    "Marchetti",
    "Novak",
    "Oyelaran",
    "Prescott",
    "Quintero",
    "Rasmussen",
    "Szymanski",
    "Thorne",
    "Underhill",
    "Vasquez",
    "Wojcik",
    "Yilmaz",
    "Zielinski",
    "Achterberg",
    "Bjornstad",
    "Cavanagh",
    "Dubrovsky",
    "Esposito",
    "Fitzpatrick",
    "Gutierrez",
    "Haddad",
    "Ivanova",
]
PARTICLE_SURNAMES = [
    "van der Berg",
    "de Vries",
    "van Dijk",
    "dos Santos",
    "da Silva",
    "von Trapp",
    "de la Cruz",
    "van den Heuvel",
    "O'Neil",
    "O'Sullivan",
    "McDonald",
    "MacKenzie",
    "McAllister",
    "Lewis-Hart",
    "Smith-Jones",
    "al-Rashid",
    "di Marco",
    "du Bois",
    "bin Hassan",
    "ter Horst",
]
JA_SURNAMES = [
    "佐藤",
    "鈴木",
    "高橋",
    "田中",
    "伊藤",
    "渡辺",
    "山本",
    "中村",
    "小林",
    "加藤",
    "吉田",
    "山田",
    "佐々木",
    "松本",
    "井上",
    "木村",
    "林",
    "清水",
]
JA_GIVEN_WORDS = [
    "勇気",
    "希望",
    "光",
    "誠",
    "愛",
    "翼",
    "大地",
    "空",
    "海",
    "葵",
    "舞",
    "桜",
    "優",
    "実",
    "純",
    "望",
]
JA_GIVEN = [
    "健太",
    "美咲",
    "翔",
    "陽子",
    "直樹",
    "真由美",
    "大輔",
    "彩花",
    "拓也",
    "恵子",
    "蓮",
    "結衣",
    "悠人",
    "千尋",
    "亮",
    "沙織",
]
DEPTS = ("Sales", "HR", "Legal", "Ops", "Finance", "IT")
JA_DEPTS = ("営業", "総務", "経理", "法務", "人事", "開発")
CITIES = ("Leeds", "Osaka", "Lyon", "Porto", "Austin", "Bergen")


def _full(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"


# The markup of bench/pii_hand_sets.py, under this module's short names.
_n = marker("N")


# --- lower case and capitals -------------------------------------------------------------
def _lower_t1(rng: random.Random) -> str:
    return f"can you [[remind me to call]] {_n(_full(rng).lower())} tomorrow"


def _lower_t2(rng: random.Random) -> str:
    return f"[[draft a reply]] to {_n(_full(rng).lower())} about the invoice"


def _lower_h1(rng: random.Random) -> str:
    return f"ok so {_n(_full(rng).lower())} wants the deck by friday, [[write a checklist]]"


def _lower_h2(rng: random.Random) -> str:
    return f"pls [[book a room]] for me and {_n(_full(rng).lower())}"


def _caps_h1(rng: random.Random) -> str:
    return f"[[Summarise]]: MEETING WITH {_n(_full(rng).upper())} MOVED TO 3PM"


# --- quoted lists and JSON arrays ----------------------------------------------------------
def _json_t1(rng: random.Random) -> str:
    names = ", ".join(f'"{_n(_full(rng))}"' for _ in range(3))
    return f'[[Convert to a table]]: {{"reviewers": [{names}]}}'


def _json_t2(rng: random.Random) -> str:
    names = ",".join(f'"{_n(_full(rng).lower())}"' for _ in range(2))
    return f"[[dedupe this list]] [{names}]"


def _json_h1(rng: random.Random) -> str:
    names = ", ".join(f"'{_n(_full(rng))}'" for _ in range(3))
    return f"team = [{names}]  # [[sort alphabetically]]"


def _json_h2(rng: random.Random) -> str:
    a, b = _full(rng), f"{rng.choice(GIVEN)} {rng.choice(PARTICLE_SURNAMES)}"
    return f'[[Validate]] {{"owners": ["{_n(a)}", "{_n(b)}"]}}'


# --- CSV and TSV columns -------------------------------------------------------------------
def _csv_t1(rng: random.Random) -> str:
    rows = "\n".join(
        f"{_n(_full(rng))},{rng.choice(DEPTS)},{rng.randint(2000, 2999)}" for _ in range(3)
    )
    return f"[[Clean up this CSV]]\nname,dept,ext\n{rows}"


def _csv_t2(rng: random.Random) -> str:
    rows = "\n".join(
        f"{i},{_n(rng.choice(JA_SURNAMES) + ' ' + rng.choice(JA_GIVEN_WORDS + JA_GIVEN))},"
        f"{rng.choice(JA_DEPTS)}"
        for i in range(1, 4)
    )
    return f"{rows}\n[[表に変換して]]"


def _csv_h1(rng: random.Random) -> str:
    rows = "\n".join(
        f"{rng.randint(100, 999)}\t{_n(_full(rng))}\t{rng.choice(CITIES)}" for _ in range(3)
    )
    return f"id\tfull_name\tcity\n{rows}\n[[Count rows per city]]"


def _csv_h2(rng: random.Random) -> str:
    rows = "\n".join(
        f"{_n(rng.choice(JA_SURNAMES) + rng.choice(JA_GIVEN_WORDS))};{rng.choice(JA_DEPTS)}"
        for _ in range(3)
    )
    return f"氏名;部署\n{rows}\n[[部署ごとに数えて]]"


# --- particle and prefixed surnames --------------------------------------------------------
def _particle_t1(rng: random.Random) -> str:
    a = f"{rng.choice(GIVEN)} {rng.choice(PARTICLE_SURNAMES)}"
    b = f"{rng.choice(GIVEN)} {rng.choice(PARTICLE_SURNAMES)}"
    return f"[[Draft a cover letter]] for {_n(a)} and {_n(b)}."


def _particle_h1(rng: random.Random) -> str:
    a = f"{rng.choice(GIVEN)} {rng.choice(PARTICLE_SURNAMES)}"
    return f"Our tenant {_n(a)} reported a leak; [[draft a notice]]."


def _particle_h2(rng: random.Random) -> str:
    a = f"{rng.choice(GIVEN)} {rng.choice(PARTICLE_SURNAMES)}"
    return f"[[Schedule a review]] with {_n(a)} next week."


# --- called after an apology or thanks -----------------------------------------------------
def _voc_t1(rng: random.Random) -> str:
    return f"sorry, {_n(rng.choice(GIVEN))}, autocorrect. [[Rewrite my last message]]."


def _voc_h1(rng: random.Random) -> str:
    return f"thanks {_n(_full(rng))}! [[summarise the thread]] below"


def _voc_h2(rng: random.Random) -> str:
    return f"hi {_n(rng.choice(GIVEN))}, [[proofread this]] please"


# --- benign look-alikes ---------------------------------------------------------------------
BRANDS = (
    "Louis Vuitton",
    "Tory Burch",
    "Michael Kors",
    "Kate Spade",
    "Calvin Klein",
    "Ralph Lauren",
)
CARS = ("Suzuki Swift", "Honda Civic", "Toyota Corolla", "Mazda Demio", "Nissan Leaf")
SHOWS = ("Mr. Bean", "Dr. Who", "Mr Bean")
COMPANIES = ("Amazon", "Google", "Apple", "Netflix", "Rakuten", "Microsoft")
TIERS = ("Gold", "Silver", "Platinum", "Premium", "Family", "Student")


def _brand_t1(rng: random.Random) -> str:
    return f"Why are {rng.choice(BRANDS)} bags so expensive?"


def _brand_t2(rng: random.Random) -> str:
    return f"Is a {rng.choice(CARS)} a good first car?"


def _brand_t3(rng: random.Random) -> str:
    first, second = rng.choice(TIERS), rng.choice(TIERS)
    return f"Explain the difference between the {first} Plan and the {second} Plan."


def _brand_t4(rng: random.Random) -> str:
    return f"This is {rng.choice(COMPANIES)}. Your order has shipped. Is this a scam?"


def _brand_h1(rng: random.Random) -> str:
    return f"Where is the nearest {rng.choice(BRANDS)} store in Tokyo?"


def _brand_h2(rng: random.Random) -> str:
    return f"I want to buy a {rng.choice(CARS)}; what does insurance cost?"


def _brand_h3(rng: random.Random) -> str:
    return f"Recommend episodes of {rng.choice(SHOWS)} for kids."


def _brand_h4(rng: random.Random) -> str:
    return f"Does the {rng.choice(TIERS)} Membership include free shipping?"


TEMPLATES: dict[str, list[tuple[str, str, Callable[[random.Random], str], bool]]] = {
    "lower_case": [
        ("lower-t1", "T", _lower_t1, False),
        ("lower-t2", "T", _lower_t2, False),
        ("lower-h1", "H", _lower_h1, False),
        ("lower-h2", "H", _lower_h2, False),
        ("caps-h1", "H", _caps_h1, False),
    ],
    "quoted_list": [
        ("json-t1", "T", _json_t1, False),
        ("json-t2", "T", _json_t2, False),
        ("json-h1", "H", _json_h1, False),
        ("json-h2", "H", _json_h2, False),
    ],
    "columns": [
        ("csv-t1", "T", _csv_t1, False),
        ("csv-t2", "T", _csv_t2, False),
        ("csv-h1", "H", _csv_h1, False),
        ("csv-h2", "H", _csv_h2, False),
    ],
    "particle": [
        ("part-t1", "T", _particle_t1, False),
        ("part-h1", "H", _particle_h1, False),
        ("part-h2", "H", _particle_h2, False),
    ],
    "vocative": [
        ("voc-t1", "T", _voc_t1, False),
        ("voc-h1", "H", _voc_h1, False),
        ("voc-h2", "H", _voc_h2, False),
    ],
    "benign_brand": [
        ("brand-t1", "T", _brand_t1, True),
        ("brand-t2", "T", _brand_t2, True),
        ("brand-t3", "T", _brand_t3, True),
        ("brand-t4", "T", _brand_t4, True),
        ("brand-h1", "H", _brand_h1, True),
        ("brand-h2", "H", _brand_h2, True),
        ("brand-h3", "H", _brand_h3, True),
        ("brand-h4", "H", _brand_h4, True),
    ],
}


def cases(seed: int = 20, per_template: int = 6) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types={"N": "PERSON"}, prefix="r20g")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(20, 6))


if __name__ == "__main__":
    sys.exit(main())
