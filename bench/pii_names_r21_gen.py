"""Seeded generator of person-name cases in the shapes round 21's hand-written set found
hard (issue 16): given names that are also English words, bare given names as the object of
a verb, nicknames, titles with a surname only, initials and middle initials, hyphenated and
double-barrelled names, Japanese names with a full-width space or spaced letter by letter,
a surname with a Japanese title or honorific, a Japanese nickname, names in "name: value"
columns; and benign look-alikes (streets, stations, squares and airports named after people,
public figures in their public role, company names joined with &, Japanese surnames as a
topic).

Every family has several templates; each template belongs to half ``T`` (tuned on: fixes
were written against it) or ``H`` (held out: not looked at while fixing). Names come from
this file's own pools, not from the recognizers' lists.

    .venv/bin/python bench/pii_names_r21_gen.py --run [--seed 21] [--per-template 6]
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
    name="pii_names_r21_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_names_r21_gen.json",
)

WORD_GIVEN = (
    "Rose",
    "Hope",
    "Grace",
    "Faith",
    "Joy",
    "Ivy",
    "Holly",
    "Dawn",
    "Crystal",
    "Summer",
    "Autumn",
    "April",
    "June",
    "Will",
    "Mark",
    "Bill",
    "Jack",
    "Rusty",
    "Sunny",
    "Destiny",
    "Pearl",
    "Ruby",
    "Daisy",
    "Iris",
    "Violet",
    "Hazel",
    "Victor",
    "Frank",
    "Harmony",
    "Chase",
)
GIVEN = (
    "Beatrice",
    "Gavin",
    "Meera",
    "Tomasz",
    "Bryony",
    "Clementine",
    "Hugo",
    "Petra",
    "Ottilie",
    "Barnaby",
    "Leila",
    "Magnus",
    "Saoirse",
    "Dmitri",
    "Winifred",
    "Anand",
    "Lucinda",
    "Ibrahim",
    "Cormac",
    "Yolanda",
    "Henrik",
    "Ngozi",
    "Fern",
    "Wes",
    "Raj",
    "Kwame",
    "Imogen",
    "Desmond",
    "Priscilla",
    "Yusuf",
    "Greta",
    "Omar",
    "Connor",
    "Samir",
)
NICK = (
    "Bobby",
    "Lizzie",
    "Mikey",
    "Steph",
    "Kat",
    "Jonno",
    "Becca",
    "Tash",
    "Robbie",
    "Gabby",
    "Danny",
    "Maddie",
    "Charlie",
    "Sammy",
    "Benji",
    "Izzy",
    "Pete",
    "Jen",
    "Toby",
    "Nat",
)
SURNAMES = (
    "Whitlock",
    "Halvorsen",
    "Siddiqui",
    "Pryce",
    "Vogel",
    "Fenwick",
    "Okonkwo",
    "Mensah",
    "Achterberg",
    "Delgado",
    "Rourke",
    "Crook",
    "Farahani",
    "Eriksen",
    "Kelleher",
    "Volkov",
    "Royce",
    "Lowe",
    "Pillai",
    "Marsh",
    "Toure",
    "Caldwell",
    "Gallagher",
    "Ashby",
    "Strand",
    "Adeyemi",
    "Hurst",
    "Langford",
    "Whitcombe",
    "Lachance",
    "Marchand",
    "Okoro",
    "Baker",
)
HYPHEN_GIVEN = ("Anne-Marie", "Jean-Luc", "Sarah-Jane", "Mary-Kate", "Jean-Paul", "Lily-Rose")
TITLES = ("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Ms", "Dr", "Prof.")
JA_SURNAMES = (
    "永井",
    "石原",
    "山田",
    "堀内",
    "菅原",
    "桑原",
    "杉浦",
    "内田",
    "村井",
    "坂口",
    "須藤",
    "川端",
    "倉田",
    "望月",
    "片山",
    "矢野",
    "荒木",
    "浅野",
    "熊谷",
    "金子",
    "原田",
    "丸山",
)
JA_GIVEN = (
    "大地",
    "翼",
    "花子",
    "拓海",
    "由紀",
    "正志",
    "亮介",
    "美里",
    "蓮",
    "瑞穂",
    "陽菜",
    "隼人",
    "美結",
    "晴斗",
    "琴音",
    "蒼",
    "結衣",
    "大和",
    "颯太",
    "芽衣",
    "昌平",
    "小春",
)
JA_TITLES = ("部長", "課長", "係長", "主任", "社長", "専務", "先生", "君", "氏", "様")
JA_NICK = (
    "ゆっきー",
    "たっくん",
    "あやちゃん",
    "みーちゃん",
    "まっちゃん",
    "りっちゃん",
    "しょーた",
)


# The markup of bench/pii_hand_sets.py, under this module's short names.
_n = marker("N")


def _full(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"


# --- given names that are also words -------------------------------------------------------
def _word_t1(rng: random.Random) -> str:
    return f"Can you [[ask]] {_n(rng.choice(WORD_GIVEN))} about the [[supplier invoice]]?"


def _word_t2(rng: random.Random) -> str:
    a, b = rng.sample(WORD_GIVEN, 2)
    return f"Tell {_n(a)} and {_n(b)} the [[rota changed]]."


def _word_h1(rng: random.Random) -> str:
    a, b = rng.sample(WORD_GIVEN, 2)
    return f"{_n(a)} and {_n(b)} are [[out sick]] today, update the roster."


def _word_h2(rng: random.Random) -> str:
    return f"Please [[loop in]] {_n(rng.choice(WORD_GIVEN))} on the vendor thread."


def _word_h3(rng: random.Random) -> str:
    return f"{_n(rng.choice(WORD_GIVEN) + ' ' + rng.choice(SURNAMES))} [[left a voicemail]]."


# --- bare given names and nicknames as objects of verbs -----------------------------------
def _bare_t1(rng: random.Random) -> str:
    return f"How do I [[politely decline]] {_n(rng.choice(GIVEN))}'s invitation?"


def _bare_t2(rng: random.Random) -> str:
    a, b = rng.sample(NICK, 2)
    return f"{_n(a)} and {_n(b)} are swapping shifts. [[Update the rota]]."


def _bare_t3(rng: random.Random) -> str:
    return f"[[remind]] {_n(rng.choice(GIVEN).lower())} to [[send the slides]]"


def _bare_h1(rng: random.Random) -> str:
    return f"Our new intern {_n(rng.choice(NICK))} needs [[a welcome email]]."


def _bare_h2(rng: random.Random) -> str:
    return f"hey is {_n(rng.choice(NICK).lower())} coming to the [[standup]]?"


def _bare_h3(rng: random.Random) -> str:
    return f"I owe {_n(rng.choice(GIVEN))} a [[thank-you note]] for the cover."


# --- titles, initials, hyphens -------------------------------------------------------------
def _title_t1(rng: random.Random) -> str:
    return f"{rng.choice(TITLES)} {_n(rng.choice(SURNAMES))} will cover the desk. [[Notice]]."


def _title_h1(rng: random.Random) -> str:
    return f"Remind {rng.choice(TITLES)} {_n(rng.choice(SURNAMES))} that the [[form is due]]."


def _init_t1(rng: random.Random) -> str:
    mid = rng.choice("ABCDEFGHJKLMPRSTW")
    name = f"{rng.choice(GIVEN)} {mid}. {rng.choice(SURNAMES)}"
    return f"[[Check the spelling]] of {_n(name)} on the award."


def _init_h1(rng: random.Random) -> str:
    a, b = rng.sample("ABCDEFGHJKLMPRSTW", 2)
    return f"{_n(f'{a}. {b}. {rng.choice(SURNAMES)}')} [[approved the budget]]."


def _init_h2(rng: random.Random) -> str:
    return f"Send it to {_n(rng.choice('ABCDEFGHJKLMPRSTW') + '. ' + rng.choice(SURNAMES))}."


def _hyph_t1(rng: random.Random) -> str:
    name = f"{rng.choice(HYPHEN_GIVEN)} {rng.choice(SURNAMES)}"
    return f"Forward the [[contract draft]] to {_n(name)}."


def _hyph_h1(rng: random.Random) -> str:
    a, b = rng.sample(SURNAMES, 2)
    return f"[[Interview]] {_n(f'{rng.choice(GIVEN)} {a}-{b}')} on Tuesday."


# --- columns -------------------------------------------------------------------------------
def _col_t1(rng: random.Random) -> str:
    rows = "\n".join(f"{_n(_full(rng))}: {rng.randint(4, 9)}.5" for _ in range(3))
    return f"[[Total the hours]]:\n{rows}"


def _col_h1(rng: random.Random) -> str:
    rows = "\n".join(f"{_n(_full(rng))} | {rng.choice(('done', 'pending'))}" for _ in range(3))
    return f"Reviewer | Status\n{rows}\n[[Chase the pending ones]]."


# --- Japanese ------------------------------------------------------------------------------
def _ja_space_t1(rng: random.Random) -> str:
    name = rng.choice(JA_SURNAMES) + "　" + rng.choice(JA_GIVEN)
    return f"担当者は{_n(name)}です。[[引き継ぎメモ]]を作って"


def _ja_space_h1(rng: random.Random) -> str:
    name = "　".join(rng.choice(JA_SURNAMES) + rng.choice(JA_GIVEN))
    return f"{_n(name)}さんの[[休暇申請]]を承認する連絡文"


def _ja_title_t1(rng: random.Random) -> str:
    return f"{_n(rng.choice(JA_SURNAMES))}{rng.choice(JA_TITLES)}に[[資料を送る]]メールを書いて"


def _ja_title_h1(rng: random.Random) -> str:
    return f"{_n(rng.choice(JA_SURNAMES))}に[[見積もりの件を伝えて]]おいて"


def _ja_nick_t1(rng: random.Random) -> str:
    return f"{_n(rng.choice(JA_NICK))}に[[旅行の写真を送る]]メッセージを考えて"


def _ja_nick_h1(rng: random.Random) -> str:
    a, b = rng.sample(JA_NICK, 2)
    return f"{_n(a)}と{_n(b)}に[[ランチの誘い]]を送りたい"


# --- benign look-alikes --------------------------------------------------------------------
PLACE_NAMES = ("Washington", "Lincoln", "Victoria", "Elizabeth", "Jefferson", "Madison")
PLACE_KINDS_T = ("Street", "Avenue", "Road")
PLACE_KINDS_H = ("Square", "Station", "Memorial", "Park", "Bridge")
PUBLIC_EN = (
    "Marie Curie",
    "Abraham Lincoln",
    "Jane Austen",
    "Isaac Newton",
    "Charlotte Bronte",
    "Steffi Graf",
    "Charles Darwin",
    "Frida Kahlo",
    "Nelson Mandela",
    "Ada Lovelace",
)
FIRMS = (
    "Johnson & Johnson",
    "Marks & Spencer",
    "Procter & Gamble",
    "Tiffany & Co.",
    "Dolce & Gabbana",
    "Ben & Jerry's",
    "Abercrombie & Fitch",
)
JA_SURNAME_TOPICS = ("佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤")


def _place_t1(rng: random.Random) -> str:
    place = f"{rng.choice(PLACE_NAMES)} {rng.choice(PLACE_KINDS_T)}"
    return f"Our office moved to {place}. [[Update the footer]]."


def _place_h1(rng: random.Random) -> str:
    return f"Hotels near {rng.choice(PLACE_NAMES)} {rng.choice(PLACE_KINDS_H)} under 150 dollars?"


def _public_t1(rng: random.Random) -> str:
    return f"What is {rng.choice(PUBLIC_EN)} best known for?"


def _public_h1(rng: random.Random) -> str:
    a, b = rng.sample(PUBLIC_EN, 2)
    return f"Compare {a} and {b} in a short table."


def _firm_t1(rng: random.Random) -> str:
    return f"Pricing for {rng.choice(FIRMS)} gift sets this winter?"


def _firm_h1(rng: random.Random) -> str:
    return f"Is {rng.choice(FIRMS)} listed on the stock exchange?"


def _ja_topic_t1(rng: random.Random) -> str:
    return f"{rng.choice(JA_SURNAME_TOPICS)}姓が多い地域はどこ？"


def _ja_topic_h1(rng: random.Random) -> str:
    return f"「{rng.choice(JA_SURNAME_TOPICS)}」という名字の由来を教えて"


Make = Callable[[random.Random], str]
TEMPLATES: dict[str, list[tuple[str, str, Make, bool]]] = {
    "word_given": [
        ("word-t1", "T", _word_t1, False),
        ("word-t2", "T", _word_t2, False),
        ("word-h1", "H", _word_h1, False),
        ("word-h2", "H", _word_h2, False),
        ("word-h3", "H", _word_h3, False),
    ],
    "bare_given": [
        ("bare-t1", "T", _bare_t1, False),
        ("bare-t2", "T", _bare_t2, False),
        ("bare-t3", "T", _bare_t3, False),
        ("bare-h1", "H", _bare_h1, False),
        ("bare-h2", "H", _bare_h2, False),
        ("bare-h3", "H", _bare_h3, False),
    ],
    "titles_initials": [
        ("title-t1", "T", _title_t1, False),
        ("title-h1", "H", _title_h1, False),
        ("init-t1", "T", _init_t1, False),
        ("init-h1", "H", _init_h1, False),
        ("init-h2", "H", _init_h2, False),
        ("hyph-t1", "T", _hyph_t1, False),
        ("hyph-h1", "H", _hyph_h1, False),
    ],
    "columns": [
        ("col-t1", "T", _col_t1, False),
        ("col-h1", "H", _col_h1, False),
    ],
    "japanese": [
        ("ja-space-t1", "T", _ja_space_t1, False),
        ("ja-space-h1", "H", _ja_space_h1, False),
        ("ja-title-t1", "T", _ja_title_t1, False),
        ("ja-title-h1", "H", _ja_title_h1, False),
        ("ja-nick-t1", "T", _ja_nick_t1, False),
        ("ja-nick-h1", "H", _ja_nick_h1, False),
    ],
    "benign": [
        ("place-t1", "T", _place_t1, True),
        ("place-h1", "H", _place_h1, True),
        ("public-t1", "T", _public_t1, True),
        ("public-h1", "H", _public_h1, True),
        ("firm-t1", "T", _firm_t1, True),
        ("firm-h1", "H", _firm_h1, True),
        ("ja-topic-t1", "T", _ja_topic_t1, True),
        ("ja-topic-h1", "H", _ja_topic_h1, True),
    ],
}


def cases(seed: int = 21, per_template: int = 6) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types={"N": "PERSON"}, prefix="r21g")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(21, 6))


if __name__ == "__main__":
    sys.exit(main())
