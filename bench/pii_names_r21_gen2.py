"""Second seeded generator of person-name cases for round 21 (issue 16), written before the
fixes for the families the first generator's held-out half and the hand set's half B still
leaked: name parts as JSON values under name-part keys, double-barrelled surnames, names
spaced letter by letter (and a Japanese name with a full-width space inside), romaji
surnames with -san / -sama / -kun, a name alone on the line after a sign-off, meeting-note
role lines and action items, bare given names as objects, Japanese nicknames, initials alone
as a person, and a surname that is also a street word; benign look-alikes: public figures,
firms joined by ``&``, brands named after people, and the same layouts holding no name.

Every family has templates in half ``T`` (tuned on) and half ``H`` (held out), dealt before
any fix. The pools hold names that no list of the recognizers gained in round 21 (most are
on no list at all), so the figures measure the layouts and frames, not remembered names.

    .venv/bin/python bench/pii_names_r21_gen2.py --run [--seed 2102] [--per-template 5]
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

from pii_cases import Case
from pii_hand_sets import HandSet, marker, templated_cases
from pii_hand_sets import main as hand_set_main

ROOT = Path(__file__).resolve().parents[1]
SET = HandSet(
    name="pii_names_r21_gen2",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_names_r21_gen2.json",
)

GIVEN = (
    "Fintan",
    "Ottoline",
    "Rosamund",
    "Lucian",
    "Ezra",
    "Hester",
    "Percival",
    "Mireille",
    "Anouk",
    "Bertrand",
    "Solveig",
    "Ilse",
    "Konrad",
    "Torsten",
    "Wilbur",
    "Hamid",
    "Farid",
    "Leonie",
    "Agathe",
    "Renata",
    "Oskar",
    "Lena",
    "Selma",
    "Tilda",
    "Viggo",
    "Yara",
    "Zoltan",
    "Greer",
    "Ansel",
    "Mateo",
)
SURNAMES = (
    "Blackwood",
    "Quintero",
    "Haverford",
    "Nakashima",
    "Oyelaran",
    "Brodeur",
    "Kaczmarek",
    "Lindqvist",
    "Thornbury",
    "Abernethy",
    "Szabo",
    "Mbeki",
    "Castellano",
    "Duchesne",
    "Whitfield",
    "Rasmussen",
    "Ferreira",
    "Ostrowski",
    "Pemberton",
    "Kowalczyk",
)
STREET_SURNAMES = ("Street", "Lane", "Road", "Hall", "Park", "Bridge", "Square")
JA_SURNAMES = (
    "篠崎",
    "倉持",
    "長谷部",
    "堤",
    "小野寺",
    "真鍋",
    "柏木",
    "塩見",
    "笹本",
    "国分",
    "日向",
    "宇野",
    "鶴見",
    "木暮",
)
JA_GIVEN = (
    "慎吾",
    "詩織",
    "航",
    "千尋",
    "悠真",
    "菜摘",
    "圭",
    "朋美",
    "湊",
    "沙耶",
    "智也",
    "志保",
)
JA_KANA = ("シノザキ", "クラモチ", "ハセベ", "ツツミ", "オノデラ", "マナベ", "カシワギ")
JA_KANA_GIVEN = ("シンゴ", "シオリ", "ワタル", "チヒロ", "ユウマ", "ナツミ", "ケイ")
ROMAJI = ("shinozaki", "kuramochi", "hasebe", "tsutsumi", "onodera", "manabe", "kashiwagi")
JA_NICK = (
    "さっちゃん",
    "けいちゃん",
    "まゆっち",
    "のんたん",
    "かなぴょん",
    "ちーちゃん",
    "ゆーき",
    "とーる",
)
PUBLIC_EN = (
    "Ernest Hemingway",
    "Serena Williams",
    "Ludwig van Beethoven",
    "Emily Dickinson",
    "Vincent van Gogh",
    "Rosalind Franklin",
    "Winston Churchill",
    "Virginia Woolf",
)
PUBLIC_JA = ("坂本龍馬", "野口英世", "紫式部", "樋口一葉", "伊能忠敬", "津田梅子")
FIRMS = (
    "Crabtree & Evelyn",
    "Fortnum & Mason",
    "Simon & Schuster",
    "Barnes & Noble",
    "Ernst & Young",
    "Bang & Olufsen",
)
JA_BRANDS = ("カシオ", "ヤマハ", "ブリヂストン", "タカシマヤ", "ホンダ", "スズキ")


# The markup of bench/pii_hand_sets.py, under this module's short names.
_n = marker("N")


def _full(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}"


def _ja_full(rng: random.Random, sep: str = "") -> str:
    return rng.choice(JA_SURNAMES) + sep + rng.choice(JA_GIVEN)


def _spaced(word: str, gap: str) -> str:
    return gap.join(word)


def _dump(obj: dict[str, str]) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _marked_json(pairs: list[tuple[str, str, bool]]) -> str:
    """A JSON object whose values are marked as names where the flag says so."""
    parts = []
    for key, value, is_name in pairs:
        shown = _n(value) if is_name else value
        parts.append(f'"{key}": "{shown}"')
    return "{" + ", ".join(parts) + "}"


# --- JSON values under name-part keys -------------------------------------------------------
def _json_t1(rng: random.Random) -> str:
    body = _marked_json([("first", rng.choice(GIVEN), True), ("last", rng.choice(SURNAMES), True)])
    return f"[[Validate this record]]: {body}"


def _json_t2(rng: random.Random) -> str:
    body = _marked_json(
        [
            ("姓", rng.choice(JA_SURNAMES), True),
            ("名", rng.choice(JA_GIVEN), True),
            ("部署", "経理部", False),
        ]
    )
    return f"次のJSONを[[CSVに変換]]して {body}"


def _json_t3(rng: random.Random) -> str:
    body = _marked_json([("surname", rng.choice(SURNAMES), True), ("dept", "Finance", False)])
    return f"[[Fix the indentation]] of {body}"


def _json_h1(rng: random.Random) -> str:
    body = _marked_json(
        [
            ("firstName", rng.choice(GIVEN), True),
            ("lastName", rng.choice(SURNAMES), True),
            ("role", "analyst", False),
        ]
    )
    return f"Why does the [[parser reject]] {body}?"


def _json_h2(rng: random.Random) -> str:
    body = _marked_json(
        [("given", rng.choice(GIVEN), True), ("family", rng.choice(SURNAMES), True)]
    )
    return f"[[Map these fields]] to our schema: {body}"


def _json_h3(rng: random.Random) -> str:
    i = rng.randrange(len(JA_KANA))
    body = _marked_json(
        [
            ("氏名", _ja_full(rng, "　"), True),
            ("フリガナ", JA_KANA[i] + "　" + rng.choice(JA_KANA_GIVEN), True),
        ]
    )
    return f"[[入力チェック]]でエラーになる理由は？ {body}"


def _json_h4(rng: random.Random) -> str:
    body = _marked_json(
        [("セイ", rng.choice(JA_KANA), True), ("メイ", rng.choice(JA_KANA_GIVEN), True)]
    )
    return f"このデータを[[半角に変換]]して {body}"


# --- double-barrelled surnames ---------------------------------------------------------------
def _dbl_t1(rng: random.Random) -> str:
    a, b = rng.sample(SURNAMES, 2)
    return f"Please [[book a room]] for {_n(f'{rng.choice(GIVEN)} {a}-{b}')} on Friday."


def _dbl_h1(rng: random.Random) -> str:
    a, b = rng.sample(SURNAMES, 2)
    return f"{_n(f'{rng.choice(GIVEN)} {a}-{b}')} [[signed the NDA]] yesterday."


def _dbl_h2(rng: random.Random) -> str:
    a, b = rng.sample(SURNAMES, 2)
    return f"Our auditor is {_n(f'{rng.choice(GIVEN)} {a}-{b}')}; [[draft a welcome]]."


# --- letter by letter and full-width spaces -------------------------------------------------
def _spc_t1(rng: random.Random) -> str:
    g, s = rng.choice(GIVEN).upper(), rng.choice(SURNAMES).upper()
    return f"Name on the badge: {_n(_spaced(g, ' ') + '   ' + _spaced(s, ' '))}. [[Print it]]."


def _spc_t2(rng: random.Random) -> str:
    name = _spaced(rng.choice(JA_SURNAMES), "　") + "　　" + _spaced(rng.choice(JA_GIVEN), "　")
    return f"表彰状の氏名は{_n(name)}です。[[文面を整えて]]"


def _spc_t3(rng: random.Random) -> str:
    return f"{_n(_ja_full(rng, '　'))}が[[来週から復帰]]します。"


def _spc_h1(rng: random.Random) -> str:
    g, s = rng.choice(GIVEN).upper(), rng.choice(SURNAMES).upper()
    return f"[[Engrave]] {_n(_spaced(g, ' ') + '  ' + _spaced(s, ' '))} on the plaque."


def _spc_h2(rng: random.Random) -> str:
    name = _spaced(_ja_full(rng), "　")
    return f"名札に{_n(name)}と[[印刷して]]ください"


def _spc_h3(rng: random.Random) -> str:
    return f"[[面談の日程]]を{_n(_ja_full(rng, '　'))}さんと調整したい"


# --- romaji surnames with -san / -sama / -kun -----------------------------------------------
def _rom_t1(rng: random.Random) -> str:
    return f"[[ask]] {_n(rng.choice(ROMAJI))}-san about the [[invoice]]"


def _rom_t2(rng: random.Random) -> str:
    return f"{_n(rng.choice(ROMAJI).capitalize())}-sama [[will arrive]] at 3pm."


def _rom_h1(rng: random.Random) -> str:
    return f"did {_n(rng.choice(ROMAJI))}-kun [[finish the slides]]?"


def _rom_h2(rng: random.Random) -> str:
    return f"[[Thank]] {_n(rng.choice(ROMAJI).capitalize())}-san for the [[souvenirs]]."


# --- a name alone on the line after a sign-off ----------------------------------------------
def _sign_t1(rng: random.Random) -> str:
    body = "Can you [[tighten this email]]?\n\nThe file is attached.\n\nBest regards,\n"
    return body + _n(_full(rng))


def _sign_t2(rng: random.Random) -> str:
    return f"[[Reply to this]]:\nSee you at 10.\n\nSent from my iPhone\n{_n(rng.choice(GIVEN))}"


def _sign_t3(rng: random.Random) -> str:
    body = "この文を[[丁寧にして]]\n資料を送ります。\n以上、よろしくお願いします。\n"
    return body + _n(_ja_full(rng))


def _sign_h1(rng: random.Random) -> str:
    return f"[[Summarise]]:\nThe vendor agreed.\n\nCheers\n{_n(rng.choice(GIVEN))}"


def _sign_h2(rng: random.Random) -> str:
    return f"[[Translate]]:\nMeeting moved to 4.\n\nSent from my Android\n\n{_n(_full(rng))}"


def _sign_h3(rng: random.Random) -> str:
    return (
        f"[[英訳して]]\n明日は休みます。\nよろしくお願いいたします。\n{_n(rng.choice(JA_SURNAMES))}"
    )


# --- meeting notes ---------------------------------------------------------------------------
def _meet_t1(rng: random.Random) -> str:
    return (
        f"[[Tidy these notes]]:\nChair: {_n(_full(rng))}\nScribe: {_n(_full(rng))}\n"
        "Topic: Q3 budget"
    )


def _meet_t2(rng: random.Random) -> str:
    a, b = rng.sample(GIVEN, 2)
    return f"[[Turn into a task list]]:\nAI: {_n(a)} to send the draft; {_n(b)} to book the room"


def _meet_t3(rng: random.Random) -> str:
    return f"[[議事録を清書]]して\n出席者：{_n(_ja_full(rng))}、{_n(_ja_full(rng))}\n議題：新人研修"


def _meet_h1(rng: random.Random) -> str:
    return (
        f"[[Format the minutes]]:\nFacilitator: {_n(_full(rng))}\nNote-taker: {_n(_full(rng))}\n"
        "Agenda: hiring plan"
    )


def _meet_h2(rng: random.Random) -> str:
    a, b = rng.sample(GIVEN, 2)
    return (
        f"Action items:\n- {_n(a)} to update the forecast\n- {_n(b)} to call the vendor\n"
        "[[Prioritise]]."
    )


def _meet_h3(rng: random.Random) -> str:
    return f"[[要約して]]\n司会：{_n(_ja_full(rng))}\n書記：{_n(_ja_full(rng))}\n決定事項：予算承認"


# --- bare given names as objects -------------------------------------------------------------
def _bare_t1(rng: random.Random) -> str:
    return f"I owe {_n(rng.choice(GIVEN))} a [[coffee]] for covering me."


def _bare_t2(rng: random.Random) -> str:
    return f"how do i write [[a polite no]] to {_n(rng.choice(GIVEN).lower())}"


def _bare_h1(rng: random.Random) -> str:
    return f"hey is {_n(rng.choice(GIVEN).lower())} [[coming to lunch]]?"


def _bare_h2(rng: random.Random) -> str:
    return f"Should I [[buy]] {_n(rng.choice(GIVEN))} a farewell gift?"


def _bare_h3(rng: random.Random) -> str:
    return f"[[what to say]] to {_n(rng.choice(GIVEN))} after the meeting went badly"


# --- Japanese nicknames ---------------------------------------------------------------------
def _nick_t1(rng: random.Random) -> str:
    return f"{_n(rng.choice(JA_NICK))}に[[誕生日メッセージ]]を送りたい"


def _nick_h1(rng: random.Random) -> str:
    return f"{_n(rng.choice(JA_NICK))}が[[最近元気ない]]んだけどどう声をかける？"


def _nick_h2(rng: random.Random) -> str:
    return f"明日{_n(rng.choice(JA_NICK))}と[[映画に行く]]から服を選んで"


# --- initials alone as a person ------------------------------------------------------------
LETTERS = "ABDEGHJKLMNPRSTWY"


def _ini_t1(rng: random.Random) -> str:
    a, b = rng.sample(LETTERS, 2)
    return f"{_n(f'{a}.{b}.')} [[approved the refund]] this morning."


def _ini_h1(rng: random.Random) -> str:
    a, b = rng.sample(LETTERS, 2)
    return f"[[Tell]] {_n(f'{a}.{b}.')} that the slides are late."


def _ini_h2(rng: random.Random) -> str:
    a, b = rng.sample(LETTERS, 2)
    return f"{_n(f'{a}.{b}.')} [[said]] the client is unhappy; draft a reply."


# --- a surname that is a street word -------------------------------------------------------
def _street_t1(rng: random.Random) -> str:
    return f"{_n(rng.choice(GIVEN) + ' ' + rng.choice(STREET_SURNAMES))} [[will join]] the call."


def _street_h1(rng: random.Random) -> str:
    return (
        f"Please [[email]] {_n(rng.choice(GIVEN) + ' ' + rng.choice(STREET_SURNAMES))} the agenda."
    )


# --- benign look-alikes --------------------------------------------------------------------
def _pub_t1(rng: random.Random) -> str:
    return f"Write a short biography of {rng.choice(PUBLIC_EN)}."


def _pub_t2(rng: random.Random) -> str:
    return f"{rng.choice(PUBLIC_JA)}はどんな人物でしたか？"


def _pub_h1(rng: random.Random) -> str:
    return f"Which books about {rng.choice(PUBLIC_EN)} would suit a school report?"


def _pub_h2(rng: random.Random) -> str:
    return f"{rng.choice(PUBLIC_JA)}の功績を小学生向けにまとめて"


def _firm_t1(rng: random.Random) -> str:
    return f"Does {rng.choice(FIRMS)} ship to Japan?"


def _firm_h1(rng: random.Random) -> str:
    return f"Write a supplier comparison of {rng.choice(FIRMS)} and its rivals."


def _brand_t1(rng: random.Random) -> str:
    return f"{rng.choice(JA_BRANDS)}の新製品について教えて"


def _brand_h1(rng: random.Random) -> str:
    return f"{rng.choice(JA_BRANDS)}の株価の推移をまとめて"


def _lay_t1(rng: random.Random) -> str:
    return f'Validate {{"first": "{rng.randint(1, 9)}", "last": "{rng.randint(10, 99)}"}}'


def _lay_h1(rng: random.Random) -> str:
    return f'Why is {{"firstPage": "intro", "lastPage": "{rng.randint(10, 99)}"}} invalid?'


def _lay_t2(rng: random.Random) -> str:
    return "Shorten this:\nI will be late today.\n\nSent from my iPhone"


def _lay_h2(rng: random.Random) -> str:
    return (
        f"Minutes:\nChair: TBD\nScribe: rotating\nAI: none\nNext meeting: {rng.randint(2, 28)} May"
    )


def _lay_t3(rng: random.Random) -> str:
    return f"Hotels near {rng.choice(('Baker', 'Oxford', 'Regent'))} Street?"


def _lay_h3(rng: random.Random) -> str:
    return f"Design a poster that says {_spaced(rng.choice(('SALE', 'OPEN', 'WELCOME')), ' ')}"


Make = Callable[[random.Random], str]
TEMPLATES: dict[str, list[tuple[str, str, Make, bool]]] = {
    "json_keys": [
        ("json-t1", "T", _json_t1, False),
        ("json-t2", "T", _json_t2, False),
        ("json-t3", "T", _json_t3, False),
        ("json-h1", "H", _json_h1, False),
        ("json-h2", "H", _json_h2, False),
        ("json-h3", "H", _json_h3, False),
        ("json-h4", "H", _json_h4, False),
    ],
    "double_barrel": [
        ("dbl-t1", "T", _dbl_t1, False),
        ("dbl-h1", "H", _dbl_h1, False),
        ("dbl-h2", "H", _dbl_h2, False),
    ],
    "spaced": [
        ("spc-t1", "T", _spc_t1, False),
        ("spc-t2", "T", _spc_t2, False),
        ("spc-t3", "T", _spc_t3, False),
        ("spc-h1", "H", _spc_h1, False),
        ("spc-h2", "H", _spc_h2, False),
        ("spc-h3", "H", _spc_h3, False),
    ],
    "romaji_honorific": [
        ("rom-t1", "T", _rom_t1, False),
        ("rom-t2", "T", _rom_t2, False),
        ("rom-h1", "H", _rom_h1, False),
        ("rom-h2", "H", _rom_h2, False),
    ],
    "sign_off": [
        ("sign-t1", "T", _sign_t1, False),
        ("sign-t2", "T", _sign_t2, False),
        ("sign-t3", "T", _sign_t3, False),
        ("sign-h1", "H", _sign_h1, False),
        ("sign-h2", "H", _sign_h2, False),
        ("sign-h3", "H", _sign_h3, False),
    ],
    "meeting": [
        ("meet-t1", "T", _meet_t1, False),
        ("meet-t2", "T", _meet_t2, False),
        ("meet-t3", "T", _meet_t3, False),
        ("meet-h1", "H", _meet_h1, False),
        ("meet-h2", "H", _meet_h2, False),
        ("meet-h3", "H", _meet_h3, False),
    ],
    "bare_given": [
        ("bare-t1", "T", _bare_t1, False),
        ("bare-t2", "T", _bare_t2, False),
        ("bare-h1", "H", _bare_h1, False),
        ("bare-h2", "H", _bare_h2, False),
        ("bare-h3", "H", _bare_h3, False),
    ],
    "ja_nickname": [
        ("nick-t1", "T", _nick_t1, False),
        ("nick-h1", "H", _nick_h1, False),
        ("nick-h2", "H", _nick_h2, False),
    ],
    "initials": [
        ("ini-t1", "T", _ini_t1, False),
        ("ini-h1", "H", _ini_h1, False),
        ("ini-h2", "H", _ini_h2, False),
    ],
    "street_surname": [
        ("street-t1", "T", _street_t1, False),
        ("street-h1", "H", _street_h1, False),
    ],
    "benign": [
        ("pub-t1", "T", _pub_t1, True),
        ("pub-t2", "T", _pub_t2, True),
        ("pub-h1", "H", _pub_h1, True),
        ("pub-h2", "H", _pub_h2, True),
        ("firm-t1", "T", _firm_t1, True),
        ("firm-h1", "H", _firm_h1, True),
        ("brand-t1", "T", _brand_t1, True),
        ("brand-h1", "H", _brand_h1, True),
        ("lay-t1", "T", _lay_t1, True),
        ("lay-t2", "T", _lay_t2, True),
        ("lay-t3", "T", _lay_t3, True),
        ("lay-h1", "H", _lay_h1, True),
        ("lay-h2", "H", _lay_h2, True),
        ("lay-h3", "H", _lay_h3, True),
    ],
}


def cases(seed: int = 2102, per_template: int = 5) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types={"N": "PERSON"}, prefix="r21g2")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(2102, 5))


if __name__ == "__main__":
    sys.exit(main())
