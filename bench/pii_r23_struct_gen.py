"""Seeded generator for issue 16, twenty-third round: structured values that still reached
the model in clear, as people paste them (EN and JA carriers, polite and casual), and benign
look-alikes that must pass unchanged.

Families: US addresses with a unit (Unit / Apt / Suite / # / Room / floor, before or after
the street, in capitals or lower case); PO boxes (US, AU, CA, UK); UK addresses (one line,
flat first, over lines, lower case); Australian and Canadian addresses (12/34 …, Level 3,
#1203 - …, A1A 1A1); romaji Japanese addresses (block first, chome-ban-go, capitals, the
ward first, lower case, a room first); a Japanese address with its building and room on the
next line; UK bank details after a bank name (sort code + account); IBANs with spaces (and
in lower case); US routing + account pairs; pasted tables whose FIRST cell is the ZIP, the
postcode or the phone (tabs, commas, runs of spaces, pipes); phones broken over a line.
Benign: place names as topics, a routing number asked about, codes and versions, unit words
(Room 204, apt install, flat rate, Route 66).

Each family's value formats and carrier sentences were dealt before any fix: formats and
carriers in even positions are half ``T`` (tuned on), odd positions half ``H`` (held out);
an ``H`` case is an ``H`` format inside an ``H`` carrier.

    .venv/bin/python bench/pii_r23_struct_gen.py --run [--seed 2317] [--per-template 12]
"""

# ruff: noqa: E501
from __future__ import annotations

import random
import re
import string
import sys
from collections.abc import Callable
from pathlib import Path

from pii_cases import Case
from pii_hand_sets import HandSet, Template, templated_cases
from pii_hand_sets import main as hand_set_main

ROOT = Path(__file__).resolve().parents[1]
SET = HandSet(
    name="pii_r23_struct_gen",
    halves=("T", "H"),
    held_out="H",
    default_out=ROOT / "bench" / "results" / "pii_r23_struct_gen.json",
)
TYPES = {
    "TEL": "PHONE_NUMBER",
    "ADDR": "ADDRESS",
    "ZIP": "POSTAL_CODE",
    "BANK": "BANK_ACCOUNT",
}
Rng = random.Random
Fmt = Callable[[Rng], tuple[str, list[str]]]

US_STREETS = (
    "Maple",
    "Cedar",
    "Lakeview",
    "Hawthorne",
    "Magnolia",
    "Willow Creek",
    "Franklin",
    "Riverside",
    "Chestnut",
    "Granite Ridge",
    "Pleasant Valley",
    "Ironwood",
    "Bluebonnet",
    "Juniper",
    "Sycamore",
)
US_SUFFIX = (
    "Street",
    "St",
    "Avenue",
    "Ave",
    "Road",
    "Rd",
    "Drive",
    "Dr",
    "Lane",
    "Ln",
    "Boulevard",
    "Blvd",
    "Court",
    "Ct",
    "Way",
    "Place",
    "Pl",
    "Terrace",
    "Circle",
)
US_CITIES = (
    ("Columbus", "OH", "432"),
    ("Tucson", "AZ", "857"),
    ("Raleigh", "NC", "276"),
    ("Omaha", "NE", "681"),
    ("Spokane", "WA", "992"),
    ("Madison", "WI", "537"),
    ("Albany", "NY", "122"),
    ("Fresno", "CA", "937"),
    ("Knoxville", "TN", "379"),
    ("Reno", "NV", "895"),
)
UK_STREETS = (
    "Elmfield",
    "Ashgrove",
    "Kings",
    "Station",
    "Mill",
    "Chapel",
    "Park",
    "Westgate",
    "Bridge",
    "Holly",
    "Orchard",
    "Meadow",
)
UK_SUFFIX = (
    "Road",
    "Street",
    "Lane",
    "Avenue",
    "Close",
    "Crescent",
    "Grove",
    "Terrace",
    "Gardens",
    "Way",
    "Drive",
    "Mews",
)
UK_TOWNS = (
    ("Leeds", "LS"),
    ("Sheffield", "S"),
    ("Bristol", "BS"),
    ("Norwich", "NR"),
    ("Glasgow", "G"),
    ("Cardiff", "CF"),
    ("Nottingham", "NG"),
    ("Exeter", "EX"),
    ("Leicester", "LE"),
    ("York", "YO"),
    ("Bath", "BA"),
    ("Derby", "DE"),
)
AU_SUBURBS = (
    ("Carlton", "VIC", "30"),
    ("Paddington", "NSW", "20"),
    ("Fortitude Valley", "QLD", "40"),
    ("Subiaco", "WA", "60"),
    ("Glenelg", "SA", "50"),
    ("Sandy Bay", "TAS", "70"),
    ("Braddon", "ACT", "26"),
)
CA_CITIES = (
    ("Calgary", "AB", "T2P"),
    ("Ottawa", "ON", "K1P"),
    ("Winnipeg", "MB", "R3C"),
    ("Halifax", "NS", "B3H"),
    ("Regina", "SK", "S4P"),
    ("Victoria", "BC", "V8W"),
    ("Quebec City", "QC", "G1R"),
)
JP_TOWNS_ROMAJI = (
    ("Akasaka", "Minato-ku", "Tokyo"),
    ("Sakae", "Naka-ku", "Nagoya"),
    ("Namba", "Chuo-ku", "Osaka"),
    ("Kichijoji Honcho", "Musashino-shi", "Tokyo"),
    ("Honmachi", "Aoba-ku", "Sendai"),
    ("Odori Nishi", "Chuo-ku", "Sapporo"),
    ("Hakata Ekimae", "Hakata-ku", "Fukuoka"),
    ("Sannomiya-cho", "Chuo-ku", "Kobe"),
    ("Kawaramachi", "Shimogyo-ku", "Kyoto"),
    ("Ebisu", "Shibuya-ku", "Tokyo"),
)
JP_TOWNS_JA = (
    ("東京都世田谷区", "三軒茶屋"),
    ("大阪府吹田市", "江坂町"),
    ("愛知県名古屋市千種区", "今池"),
    ("福岡県福岡市博多区", "博多駅東"),
    ("北海道札幌市北区", "北七条西"),
    ("神奈川県川崎市中原区", "小杉町"),
    ("宮城県仙台市青葉区", "一番町"),
    ("広島県広島市中区", "紙屋町"),
)
JP_BUILDINGS = (
    "パークハイツ",
    "メゾン・ド・ソレイユ",
    "グランシティ",
    "コーポ若葉",
    "サンライズマンション",
    "リバーサイドレジデンス",
    "ライオンズプラザ",
    "アーバンコート",
)
UK_BANKS = (
    "Barclays",
    "HSBC",
    "Lloyds",
    "NatWest",
    "Santander",
    "Nationwide",
    "Monzo",
    "Starling",
    "Halifax",
    "TSB",
    "Metro Bank",
)
US_BANKS = (
    "Chase",
    "Wells Fargo",
    "Bank of America",
    "Citibank",
    "US Bank",
    "PNC",
    "Capital One",
    "TD Bank",
)


def _d(rng: Rng, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _nz(rng: Rng, n: int) -> str:
    return str(rng.randint(1, 9)) + _d(rng, n - 1)


def _unit_no(rng: Rng) -> str:
    return rng.choice(
        [
            str(rng.randint(1, 40)),
            f"{rng.randint(1, 30)}{rng.choice('ABCDEF')}",
            str(rng.randint(101, 2405)),
        ]
    )


def _us_street(rng: Rng) -> str:
    pre = rng.choice(["", "", "N ", "S ", "W ", "E "])
    return f"{rng.randint(1, 9899)} {pre}{rng.choice(US_STREETS)} {rng.choice(US_SUFFIX)}"


def _us_city(rng: Rng) -> tuple[str, str, str]:
    city, state, zip3 = rng.choice(US_CITIES)
    return city, state, zip3 + _d(rng, 2)


def _uk_street(rng: Rng) -> str:
    return f"{rng.randint(1, 250)} {rng.choice(UK_STREETS)} {rng.choice(UK_SUFFIX)}"


def _uk_pc(rng: Rng, area: str) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return (
        f"{area}{rng.randint(1, 19)} {rng.randint(0, 9)}{rng.choice(letters)}{rng.choice(letters)}"
    )


def _ca_pc(rng: Rng, fsa: str) -> str:
    return f"{fsa} {rng.randint(0, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(0, 9)}"


def _jp_block(rng: Rng) -> str:
    return f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 40)}"


def _case(s: str, mode: str) -> str:
    return s.upper() if mode == "upper" else s.lower() if mode == "lower" else s


# ---------------------------------------------------------------- US addresses with a unit
def us_unit_first(rng: Rng) -> tuple[str, list[str]]:
    st, (c, s, z) = _us_street(rng), _us_city(rng)
    return f"Unit {_unit_no(rng)}, {st}, {c}, {s} {z}", [st, z]


def us_apt_after(rng: Rng) -> tuple[str, list[str]]:
    st, (c, s, z) = _us_street(rng), _us_city(rng)
    return f"{st} {rng.choice(['Apt', 'Apt.', 'Apartment'])} {_unit_no(rng)}, {c}, {s} {z}", [st, z]


def us_suite_first(rng: Rng) -> tuple[str, list[str]]:
    st, (c, s, z) = _us_street(rng), _us_city(rng)
    return f"{rng.choice(['Suite', 'Ste', 'Ste.'])} {_unit_no(rng)}, {st}, {c} {s} {z}", [st, z]


def us_hash_after(rng: Rng) -> tuple[str, list[str]]:
    st, (c, s, z) = _us_street(rng), _us_city(rng)
    return f"{st} #{_unit_no(rng)} {c} {s} {z}", [st, z]


def us_upper_apt(rng: Rng) -> tuple[str, list[str]]:
    st, (c, s, z) = _us_street(rng), _us_city(rng)
    return f"APT {_unit_no(rng)} {st} {c} {s} {z}".upper(), [st.upper(), z]


def us_lower_floor(rng: Rng) -> tuple[str, list[str]]:
    st, (c, s, z) = _us_street(rng), _us_city(rng)
    floor = rng.choice(["ground floor", "2nd floor", "floor 3", "rm 12"])
    return f"{floor} {st} {c} {s} {z}".lower(), [st.lower(), z]


# ---------------------------------------------------------------- PO boxes
def po_box_us(rng: Rng) -> tuple[str, list[str]]:
    b = f"{rng.choice(['PO Box', 'P.O. Box', 'PO BOX'])} {rng.randint(1, 9999)}"
    c, s, z = _us_city(rng)
    return f"{b}, {c}, {s} {z}", [b, z]


def po_box_au(rng: Rng) -> tuple[str, list[str]]:
    sub, st, pre = rng.choice(AU_SUBURBS)
    b, pc = (
        f"{rng.choice(['GPO Box', 'PO Box', 'Locked Bag'])} {rng.randint(1, 9999)}",
        pre + _d(rng, 2),
    )
    return f"{b}, {sub} {st} {pc}", [b, pc]


def po_box_ca(rng: Rng) -> tuple[str, list[str]]:
    c, p, fsa = rng.choice(CA_CITIES)
    b, pc = (
        f"{rng.choice(['Post Office Box', 'P O Box', 'po box'])} {rng.randint(1, 9999)}",
        _ca_pc(rng, fsa),
    )
    return f"{b}, {c} {p} {pc}", [b, pc]


def po_box_uk(rng: Rng) -> tuple[str, list[str]]:
    town, area = rng.choice(UK_TOWNS)
    b, pc = f"{rng.choice(['PO Box', 'P.O. Box'])} {rng.randint(1, 999)}", _uk_pc(rng, area)
    return f"{b}\n{town}\n{pc}", [b, pc]


# ---------------------------------------------------------------- UK / AU / CA
def uk_one_line(rng: Rng) -> tuple[str, list[str]]:
    town, area = rng.choice(UK_TOWNS)
    st, pc = _uk_street(rng), _uk_pc(rng, area)
    return f"{st}, {town} {pc}", [st, pc]


def uk_flat_first(rng: Rng) -> tuple[str, list[str]]:
    town, area = rng.choice(UK_TOWNS)
    st, pc = _uk_street(rng), _uk_pc(rng, area)
    return f"Flat {_unit_no(rng)}, {st}, {town}, {pc}", [st, pc]


def uk_multiline(rng: Rng) -> tuple[str, list[str]]:
    town, area = rng.choice(UK_TOWNS)
    st, pc = _uk_street(rng), _uk_pc(rng, area)
    return f"\n{st}\n{town}\n{pc}\n", [st, pc]


def uk_lower(rng: Rng) -> tuple[str, list[str]]:
    town, area = rng.choice(UK_TOWNS)
    st, pc = _uk_street(rng).lower(), _uk_pc(rng, area).lower()
    return f"{st} {town.lower()} {pc}", [st, pc]


def au_slash(rng: Rng) -> tuple[str, list[str]]:
    sub, state, pre = rng.choice(AU_SUBURBS)
    st = f"{rng.randint(1, 300)} {rng.choice(UK_STREETS)} {rng.choice(['St', 'Street', 'Rd', 'Parade', 'Tce'])}"
    return f"{rng.randint(1, 40)}/{st}, {sub} {state} {pre}{_d(rng, 2)}", [st]


def au_level(rng: Rng) -> tuple[str, list[str]]:
    sub, state, pre = rng.choice(AU_SUBURBS)
    st, pc = (
        f"{rng.randint(1, 300)} {rng.choice(UK_STREETS)} {rng.choice(['Street', 'Road', 'Avenue'])}",
        pre + _d(rng, 2),
    )
    return f"Level {rng.randint(1, 30)}, {st}, {sub} {state} {pc}", [st, pc]


def ca_hash_dash(rng: Rng) -> tuple[str, list[str]]:
    c, p, fsa = rng.choice(CA_CITIES)
    st, pc = _us_street(rng), _ca_pc(rng, fsa)
    return f"#{rng.randint(100, 2500)} - {st}, {c}, {p} {pc}", [st, pc]


def ca_unit_after(rng: Rng) -> tuple[str, list[str]]:
    c, p, fsa = rng.choice(CA_CITIES)
    st, pc = _us_street(rng), _ca_pc(rng, fsa)
    return f"{st}, Unit {rng.randint(1, 2500)}, {c} {p}  {pc}", [st, pc]


# ---------------------------------------------------------------- romaji Japanese
def romaji_block_first(rng: Rng) -> tuple[str, list[str]]:
    town, ward, city = rng.choice(JP_TOWNS_ROMAJI)
    core = f"{_jp_block(rng)} {town}"
    return f"{core}, {ward}, {city} {_nz(rng, 3)}-{_d(rng, 4)}", [core]


def romaji_chome(rng: Rng) -> tuple[str, list[str]]:
    town, ward, city = rng.choice(JP_TOWNS_ROMAJI)
    core = f"{town} {rng.randint(1, 9)}-chome {rng.randint(1, 30)}-ban {rng.randint(1, 40)}-go"
    return f"{core}, {ward}, {city}", [core]


def romaji_upper(rng: Rng) -> tuple[str, list[str]]:
    town, ward, city = rng.choice(JP_TOWNS_ROMAJI)
    core = f"{_jp_block(rng)} {town}".upper()
    return f"{core}, {ward.upper()}, {city.upper()}, JAPAN", [core]


def romaji_ward_first(rng: Rng) -> tuple[str, list[str]]:
    town, ward, city = rng.choice(JP_TOWNS_ROMAJI)
    core = f"{town} {_jp_block(rng)}"
    return f"{city}, {ward}, {core}", [core]


def romaji_chome_dash(rng: Rng) -> tuple[str, list[str]]:
    town, ward, city = rng.choice(JP_TOWNS_ROMAJI)
    core = f"{town} {rng.randint(1, 9)}-chome {rng.randint(1, 30)}-{rng.randint(1, 40)}"
    return f"{core} {ward} {city}".lower(), [core.lower()]


def romaji_room(rng: Rng) -> tuple[str, list[str]]:
    town, ward, city = rng.choice(JP_TOWNS_ROMAJI)
    core = f"{_jp_block(rng)} {town}"
    room = f"{rng.choice(['Room', '#', 'Rm.'])} {rng.randint(101, 1509)}".replace("# ", "#")
    return (
        f"{room}, {rng.choice(['Sakura', 'Green', 'Royal'])} {rng.choice(['Heights', 'Mansion', 'Court'])}, {core}, {ward}, {city}",
        [core, room],
    )


# ---------------------------------------------------------------- JA address, building after a line break
def ja_nl_room_go(rng: Rng) -> tuple[str, list[str]]:
    pref, town = rng.choice(JP_TOWNS_JA)
    b, room = (
        f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
        str(rng.randint(101, 1520)),
    )
    return f"\n{pref}{town}{b}\n{rng.choice(JP_BUILDINGS)} {room}号室\n", [town + b, room]


def ja_nl_bare_room(rng: Rng) -> tuple[str, list[str]]:
    pref, town = rng.choice(JP_TOWNS_JA)
    b, room = (
        f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}",
        str(rng.randint(101, 1520)),
    )
    return f"\n{pref}{town}{b}\n{rng.choice(JP_BUILDINGS)}{rng.choice(['', ' '])}{room}\n", [
        town + b,
        room,
    ]


# ---------------------------------------------------------------- bank details
def _sc(rng: Rng, sep: str) -> str:
    return sep.join(_d(rng, 2) for _ in range(3))


def uk_bank_labelled(rng: Rng) -> tuple[str, list[str]]:
    sc, acc = _sc(rng, "-"), _d(rng, 8)
    return f"{rng.choice(UK_BANKS)}, sort code {sc}, account {acc}", [sc, acc]


def uk_bank_bare(rng: Rng) -> tuple[str, list[str]]:
    sc, acc = _sc(rng, "-"), _d(rng, 8)
    return f"{rng.choice(UK_BANKS)} {sc} / {acc}", [sc, acc]


def uk_bank_spaced(rng: Rng) -> tuple[str, list[str]]:
    sc, acc = _sc(rng, " "), _d(rng, 8)
    return f"{rng.choice(UK_BANKS)} sort code {sc} acc no. {acc}", [sc, acc]


def uk_bank_abbrev(rng: Rng) -> tuple[str, list[str]]:
    sc, acc = _sc(rng, "-"), _d(rng, 8)
    return f"bank: {rng.choice(UK_BANKS)}, s/c {sc}, a/c {acc}", [sc, acc]


def _iban(cc: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    raw = f"{cc}{98 - int(num) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def iban_gb_de(rng: Rng) -> tuple[str, list[str]]:
    v = _iban("GB", "NWBK" + _d(rng, 14)) if rng.random() < 0.5 else _iban("DE", _d(rng, 18))
    return f"IBAN {v}", [v]


def iban_lower(rng: Rng) -> tuple[str, list[str]]:
    v = (_iban("FR", _d(rng, 23)) if rng.random() < 0.5 else _iban("ES", _d(rng, 20))).lower()
    return f"iban: {v}", [v]


def iban_bare(rng: Rng) -> tuple[str, list[str]]:
    v = _iban("NL", "ABNA" + _d(rng, 10)) if rng.random() < 0.5 else _iban("IT", "X" + _d(rng, 22))
    return v, [v]


def _aba(rng: Rng) -> str:
    while True:
        d = [rng.randint(0, 3)] + [rng.randint(0, 9) for _ in range(7)]
        for c in range(10):
            x = [*d, c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + x[2] + x[5] + x[8]) % 10 == 0:
                return "".join(map(str, x))


def us_bank_inline(rng: Rng) -> tuple[str, list[str]]:
    a = _d(rng, rng.randint(8, 12))
    return f"routing {_aba(rng)}, account {a}", [a]


def us_bank_lines(rng: Rng) -> tuple[str, list[str]]:
    a = _d(rng, rng.randint(8, 12))
    return f"\n{rng.choice(US_BANKS)}\nRouting: {_aba(rng)}\nAccount: {a}\n", [a]


def us_bank_abbrev(rng: Rng) -> tuple[str, list[str]]:
    a = _d(rng, rng.randint(8, 12))
    return f"ABA {_aba(rng)} acct #: {a}", [a]


def us_bank_rtn(rng: Rng) -> tuple[str, list[str]]:
    a = _d(rng, rng.randint(8, 12))
    return f"{rng.choice(US_BANKS)} RTN {_aba(rng)} / ACCT {a}", [a]


# ---------------------------------------------------------------- tables and split phones
def _jp_phone(rng: Rng) -> str:
    return rng.choice(
        [
            f"090-{_d(rng, 4)}-{_d(rng, 4)}",
            f"080-{_d(rng, 4)}-{_d(rng, 4)}",
            f"03-{_d(rng, 4)}-{_d(rng, 4)}",
            f"06-{_d(rng, 4)}-{_d(rng, 4)}",
            f"052-{_d(rng, 3)}-{_d(rng, 4)}",
        ]
    )


def _us_phone(rng: Rng) -> str:
    a, c = rng.choice(["212", "415", "312", "617", "206"]), _d(rng, 4)
    return rng.choice([f"({a}) 555-{c}", f"{a}-555-{c}", f"{a}.555.{c}"])


def _rows(
    rng: Rng, sep: str, make: Callable[[Rng], tuple[list[str], list[str]]]
) -> tuple[str, list[str]]:
    rows, leak = [], []
    for _ in range(rng.randint(1, 3)):
        cells, vals = make(rng)
        rows.append(sep.join(cells))
        leak += vals
    return "\n" + "\n".join(rows) + "\n", leak


def _us_row(rng: Rng) -> tuple[list[str], list[str]]:
    c, _s, z = _us_city(rng)
    p = _us_phone(rng)
    return [z, c, p, rng.choice(["member", "gold", "new"])], [z, p]


def _jp_row_phone_first(rng: Rng) -> tuple[list[str], list[str]]:
    pref, town = rng.choice(JP_TOWNS_JA)
    b, p = f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}", _jp_phone(rng)
    return [p, pref + town + b, rng.choice(["会員", "一般", "法人"])], [p, town + b]


def _jp_row_pc_first(rng: Rng) -> tuple[list[str], list[str]]:
    pref, town = rng.choice(JP_TOWNS_JA)
    b, p = f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}", _jp_phone(rng)
    return [f"{_nz(rng, 3)}-{_d(rng, 4)}", pref + town + b, p], [p, town + b]


def table_us_tsv(rng: Rng) -> tuple[str, list[str]]:
    return _rows(rng, "\t", _us_row)


def table_us_spaces(rng: Rng) -> tuple[str, list[str]]:
    return _rows(rng, "  ", _us_row)


def table_jp_phone_csv(rng: Rng) -> tuple[str, list[str]]:
    return _rows(rng, ",", _jp_row_phone_first)


def table_jp_pc_spaces(rng: Rng) -> tuple[str, list[str]]:
    return _rows(rng, "   ", _jp_row_pc_first)


def table_jp_pc_tsv(rng: Rng) -> tuple[str, list[str]]:
    return _rows(rng, "\t", _jp_row_pc_first)


def table_us_pipe(rng: Rng) -> tuple[str, list[str]]:
    return _rows(rng, " | ", _us_row)


def phone_nl_us(rng: Rng) -> tuple[str, list[str]]:
    a, c = rng.choice(["212", "415", "617"]), _d(rng, 4)
    return f"({a}) 555-\n{c}", [c]


def phone_nl_us_dash(rng: Rng) -> tuple[str, list[str]]:
    a, c = rng.choice(["312", "206", "646"]), _d(rng, 4)
    return f"{a}-555-\n{c}", [c]


def phone_nl_jp_mid(rng: Rng) -> tuple[str, list[str]]:
    p = _jp_phone(rng)
    i = p.index("-")
    return p[: i + 1] + "\n" + p[i + 1 :], [p[i + 1 :]]


def phone_nl_jp_last(rng: Rng) -> tuple[str, list[str]]:
    p = _jp_phone(rng)
    i = p.rindex("-")
    return p[: i + 1] + "\n" + p[i + 1 :], [p[i + 1 :]]


# ---------------------------------------------------------------- carriers
ADDR_CARRIERS = (
    "Please ship the order to {v}.",
    "hey can u send it to {v} thx",
    "My address is {v}, please update my profile.",
    "恐れ入りますが、送付先を {v} に変更してください。",
    "Billing address: {v}",
    "We moved! New address is {v} — update the CRM please.",
    "お届け先：{v}",
    "Could you mail the warranty card to {v}? Many thanks.",
    "住所は {v} です。よろしくお願いします。",
    "Customer wrote: 'send everything to {v}' — draft a reply confirming.",
    "Ship-to: {v}\nContact: reception",
    "I live at {v} and the parcel never arrived.",
)
BANK_CARRIERS = (
    "Please refund to {v}.",
    "返金先は {v} でお願いします。",
    "my bank details: {v}",
    "For the deposit use {v}, thanks",
    "Payee details\n{v}\nReference: INV-2291",
    "振込先：{v}",
    "Can you check whether {v} is correct before I send it?",
    "Wire to {v} by Friday please.",
)
TABLE_CARRIERS = (
    "Clean up this table and sort by city:{v}",
    "以下の顧客リストを整形してください。{v}",
    "Dedupe these rows:{v}Thanks!",
    "CSV貼ります{v}重複を消して",
)
PHONE_CARRIERS = (
    "You can reach me at {v} after 6pm.",
    "携帯は {v} です",
    "call me on {v} pls",
    "ご連絡は {v} までお願いいたします。",
    "Tel: {v}",
    "My number: {v} (mobile)",
)

FAMILIES: dict[str, tuple[tuple[Fmt, ...], tuple[str, ...]]] = {
    "us_address_unit": (
        (us_unit_first, us_apt_after, us_suite_first, us_hash_after, us_upper_apt, us_lower_floor),
        ADDR_CARRIERS,
    ),
    "po_box": ((po_box_us, po_box_au, po_box_ca, po_box_uk), ADDR_CARRIERS),
    "uk_address": ((uk_one_line, uk_multiline, uk_flat_first, uk_lower), ADDR_CARRIERS),
    "au_ca_address": ((au_slash, ca_hash_dash, au_level, ca_unit_after), ADDR_CARRIERS),
    "romaji_address": (
        (
            romaji_block_first,
            romaji_chome,
            romaji_upper,
            romaji_ward_first,
            romaji_chome_dash,
            romaji_room,
        ),
        ADDR_CARRIERS,
    ),
    "ja_address_newline": ((ja_nl_room_go, ja_nl_bare_room), ADDR_CARRIERS),
    "uk_bank": ((uk_bank_labelled, uk_bank_bare, uk_bank_spaced, uk_bank_abbrev), BANK_CARRIERS),
    "iban": ((iban_gb_de, iban_lower, iban_bare), BANK_CARRIERS),
    "us_bank": ((us_bank_inline, us_bank_lines, us_bank_abbrev, us_bank_rtn), BANK_CARRIERS),
    "table_first_cell": (
        (
            table_us_tsv,
            table_jp_phone_csv,
            table_jp_pc_spaces,
            table_us_spaces,
            table_jp_pc_tsv,
            table_us_pipe,
        ),
        TABLE_CARRIERS,
    ),
    "phone_line_break": (
        (phone_nl_us, phone_nl_jp_mid, phone_nl_jp_last, phone_nl_us_dash),
        PHONE_CARRIERS,
    ),
}


# ---------------------------------------------------------------- benign look-alikes (must pass unchanged)
PLACES = (
    "Washington DC",
    "Beverly Hills",
    "Canada",
    "Santa Monica",
    "Jackson",
    "Lincoln",
    "Houston",
    "Charlotte",
    "Victoria",
    "Chelsea",
    "Georgia",
    "Austin",
    "Savannah",
    "Madison",
    "Florence",
    "Sydney",
    "Adelaide",
    "Kingston",
    "Hamilton",
    "Wellington",
    "Leeds",
    "Vancouver",
)
BENIGN: dict[str, tuple[Callable[[Rng], str], ...]] = {
    "place_topic": (
        lambda r: f"What's the best time of year to visit {r.choice(PLACES)}?",
        lambda r: f"Recommend three hotels in {r.choice(PLACES)} for a business trip.",
        lambda r: f"Compare the cost of living in {r.choice(PLACES)} and {r.choice(PLACES)}.",
        lambda r: (
            f"Our {r.choice(PLACES)} office reports to the {r.choice(PLACES)} team from April."
        ),
        lambda r: f"{r.choice(PLACES)}の天気と治安について教えてください。",
        lambda r: f"Is {r.choice(PLACES)} a good place for a conference in July?",
    ),
    "routing_prose": (
        lambda r: f"The ABA routing number {_aba(r)} belongs to which bank?",
        lambda r: f"Is {_aba(r)} a valid routing number for {r.choice(US_BANKS)}?",
        lambda r: f"What does the first digit of routing number {_aba(r)} mean?",
        lambda r: f"{r.choice(US_BANKS)} lists routing number {_aba(r)} on its website for wires.",
    ),
    "codes_versions": (
        lambda r: (
            f"Upgrade to version {r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)} before running migrate."
        ),
        lambda r: (
            f"See section {r.randint(1, 9)}-{r.randint(1, 9)}-{r.randint(1, 9)} of the manual."
        ),
        lambda r: f"JANコード 49{_d(r, 11)} の商品を{r.randint(2, 50)}個発注したい",
        lambda r: f"Order number {_d(r, 4)}-{_d(r, 4)}-{_d(r, 2)} has not shipped yet.",
        lambda r: f"Please raise PO {_d(r, 8)} for the laptops.",
        lambda r: f"The score was {r.randint(0, 9)}-{r.randint(0, 9)} in the final.",
    ),
    "unit_words": (
        lambda r: (
            f"The meeting is in Room {r.randint(100, 1500)}; bring the Q{r.randint(1, 4)} deck."
        ),
        lambda r: "Run sudo apt install nginx and restart the service.",
        lambda r: f"We charge a flat rate of {r.randint(5, 90)} dollars per unit.",
        lambda r: (
            f"Suite {r.randint(1, 9)} of the test plan covers unit tests; Unit {r.randint(1, 9)} covers GDPR."
        ),
        lambda r: f"Take Route {r.randint(1, 99)} and exit at junction {r.randint(1, 30)}.",
        lambda r: f"How do UK postcodes like {r.choice(UK_TOWNS)[1]}{r.randint(1, 9)} work?",
    ),
}


_POSTCODE_LIKE = re.compile(
    r"\d{4,5}|[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}|[A-Za-z]\d[A-Za-z] \d[A-Za-z]\d"
)
_PHONE_LIKE = re.compile(r"[(+]?\d[\d ().\-]{6,}\d|\d{4}")


def _kind(family: str, value: str) -> str:
    if family in ("uk_bank", "iban", "us_bank"):
        return "BANK"
    if _POSTCODE_LIKE.fullmatch(value):
        return "ZIP"
    if family in ("table_first_cell", "phone_line_break") and _PHONE_LIKE.fullmatch(value):
        return "TEL"
    return "ADDR"


def _marked(family: str, fmt: Fmt, carriers: tuple[str, ...]) -> Callable[[Rng], str]:
    def draw(rng: Rng) -> str:
        value, secrets = fmt(rng)
        for secret in secrets:
            at = value.find(secret)
            value = (
                value[:at]
                + "{"
                + _kind(family, secret)
                + ":"
                + secret
                + "}"
                + value[at + len(secret) :]
            )
        return rng.choice(carriers).format(v=value)

    return draw


def _templates() -> dict[str, list[Template]]:
    out: dict[str, list[Template]] = {}
    for family, (fmts, carriers) in FAMILIES.items():
        out[family] = [
            (
                f"{family}-{fmt.__name__}",
                "TH"[i % 2],
                _marked(family, fmt, carriers[i % 2 :: 2]),
                False,
            )
            for i, fmt in enumerate(fmts)
        ]
    for family, makers in BENIGN.items():
        out["benign_" + family] = [
            (f"{family}-{i}", "TH"[i % 2], make, True) for i, make in enumerate(makers)
        ]
    return out


TEMPLATES = _templates()


def cases(seed: int = 2317, per_template: int = 12) -> list[Case]:
    """``per_template`` cases of every template, drawn with ``seed``; ids are unique."""
    return templated_cases(TEMPLATES, seed, per_template, types=TYPES, prefix="r23s")


def main(argv: list[str] | None = None) -> int:
    return hand_set_main(SET, cases, argv, description=__doc__, seeded=(2317, 12))


if __name__ == "__main__":
    sys.exit(main())
