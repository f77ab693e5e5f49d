"""Held-out PII cases: a second, independent generator in styles the first one does not use.

``bench/pii_cases.py`` was tuned on (its half A) and partly read (its half B). This module
writes new requests — business e-mails and signatures, forms pasted as text, tables, chat
shorthand, complaint letters, mixed Japanese/English, full-width and half-width variants —
from its own templates and value lists (``bench/data/pii_cases_c/``) and its own number and
name forms. Person names come from ``../shared/evaldata/names/names.yml`` (gimei, MIT; used
as data, not shipped), read at run time.

Every template, every value list and the name lists are split by position into two
disjoint halves: **C** (even positions: held out, only aggregate figures are ever printed)
and **D** (odd positions: failures may be read while fixing). A C case draws only C values,
so a fix made by reading D cannot have seen a C template, name or condition.

Cases are ``pii_cases.Case`` objects, scored by ``bench/pii_case_run.py`` exactly like the
first generator's. Everything is a pure function of the seed.

    .venv/bin/python bench/pii_cases_c.py [--seed 61] [--per-template 12] [--out FILE]
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pii_case_halves import (
    KEEP,
    SLOT,
    generate_halves,
    random_digits,
    read_generator_data,
    shapes_for,
    write_cases,
)
from pii_cases import Case, Secret, _Filled, _luhn_complete, _my_number_check

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_c"
DEFAULT_SEED = 61
DEFAULT_PER_TEMPLATE = 12

_FW = {
    ord(c): ord(c) + 0xFEE0
    for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
}


# ---------------------------------------------------------------- values in new forms


def phone(rng: random.Random) -> tuple[str, str]:
    kind = rng.random()
    if kind < 0.5:
        groups = [rng.choice(["070", "080", "090"]), random_digits(rng, 4), random_digits(rng, 4)]
    elif kind < 0.75:
        area = rng.choice(["03", "06", "045", "052", "092", "011", "075", "078", "0120"])
        if area == "0120":  # toll-free: 0120-xxx-xxx
            groups = [area, rng.choice("2345678") + random_digits(rng, 2), random_digits(rng, 3)]
        else:  # ten digits in all
            first = rng.choice("2345678") + random_digits(rng, 10 - len(area) - 5)
            groups = [area, first, random_digits(rng, 4)]
    else:
        groups = ["050", random_digits(rng, 4), random_digits(rng, 4)]
    style = rng.choice(["fw_long", "u2010", "minus", "paren", "intl_dash", "intl_zero",
                        "fw_space", "plain", "en_dash"])  # fmt: skip
    if style == "fw_long":
        text = "ー".join(groups).translate(_FW)
    elif style == "u2010":
        text = "\u2010".join(groups)
    elif style == "minus":
        text = "\u2212".join(groups)
    elif style == "paren":
        text = f"{groups[0]}({groups[1]}){groups[2]}"
    elif style == "intl_dash":
        text = "+81-" + groups[0][1:] + "-" + groups[1] + "-" + groups[2]
    elif style == "intl_zero":
        text = f"+81 (0){groups[0][1:]} {groups[1]} {groups[2]}"
    elif style == "fw_space":
        text = "\u3000".join(groups).translate(_FW)
    elif style == "plain":
        text = "".join(groups)
    else:
        text = "\u2013".join(groups)
    return text, text


def email(rng: random.Random, values: dict[str, Any]) -> tuple[str, str]:
    user = rng.choice(values["email_users"])
    domain = rng.choice(values["email_domains"])
    style = rng.choice(["spaced_at", "fw_at", "star", "kana_at", "paren_dot", "upper", "mailto",
                        "angle", "plain"])  # fmt: skip
    if style == "spaced_at":
        text = f"{user} @ {domain}"
    elif style == "fw_at":
        text = f"{user}＠{domain}"
    elif style == "star":
        text = f"{user}★{domain}"
    elif style == "kana_at":
        text = f"{user} アット {domain}"
    elif style == "paren_dot":
        text = f"{user}(at){domain.replace('.', '(dot)')}"
    elif style == "upper":
        text = f"{user[0].upper()}{user[1:]}@{domain.upper()}"
    elif style == "mailto":
        text = f"mailto:{user}@{domain}"
    elif style == "angle":
        text = f"<{user}@{domain}>"
    else:
        text = f"{user}@{domain}"
    secret = text.removeprefix("mailto:").strip("<>")
    return text, secret


def address(rng: random.Random, values: dict[str, Any], places: dict[str, Any]) -> tuple[str, str]:
    city = rng.choice(places["city"] + [[c] for c in values["cities_extra"]])[0]
    town = rng.choice(places["town"])[0]
    pref = rng.choice(places["prefecture"])[0]
    c, b, g = rng.randint(1, 9), rng.randint(1, 45), rng.randint(1, 30)
    room = f"{rng.randint(1, 15)}0{rng.randint(1, 9)}"
    style = rng.choice(["fw_long", "building_room", "banchi", "oaza", "four_groups", "no_join",
                        "en_room", "en_intl", "pref_full"])  # fmt: skip
    if style == "fw_long":
        text = f"{city}{town}{c}ー{b}ー{g}".translate(_FW)
    elif style == "building_room":
        text = f"{city}{town}{c}丁目{b}-{g} {rng.choice(values['buildings'])}{room}号室"
    elif style == "banchi":
        text = f"{pref}{city}{town}{b}番地"
    elif style == "oaza":
        text = f"{city}大字{town}{rng.randint(100, 2999)}番地{g}"
    elif style == "four_groups":
        text = f"{town}{c}-{b}-{g}-{room}"
    elif style == "no_join":
        text = f"{city}{town}{c}の{b}の{g}"
    elif style == "en_room":
        unit, number = rng.randint(1, 30), rng.randint(10, 9999)
        street = rng.choice(values["en_streets"])
        text = f"Unit {unit}, {number} {street}, {rng.choice(values['en_cities'])}"
    elif style == "en_intl":
        romaji_town = rng.choice(["Nishiazabu", "Kamata", "Tenjin", "Nishiki", "Shimogyo"])
        ward = rng.choice(["Minato-ku", "Ota-ku", "Chuo-ku", "Naka-ku"])
        text = f"Room {room}, {c}-{b}-{g} {romaji_town}, {ward}, Japan"
    else:
        text = f"{pref} {city} {town} {c}丁目{b}番{g}号"
    return text, text


def postal(rng: random.Random) -> tuple[str, str]:
    first, second = random_digits(rng, 3), random_digits(rng, 4)
    style = rng.choice(["fw_long", "u2010", "fw_minus", "spaced_hyphen", "plain", "hyphen"])
    text = {
        "fw_long": f"{first}ー{second}".translate(_FW),
        "u2010": f"{first}\u2010{second}",
        "fw_minus": f"{first}－{second}",
        "spaced_hyphen": f"{first} - {second}",
        "plain": first + second,
        "hyphen": f"{first}-{second}",
    }[style]
    return text, text


_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def date_of_birth(rng: random.Random) -> tuple[str, str]:
    year, month, day = rng.randint(1938, 2021), rng.randint(1, 12), rng.randint(1, 28)
    if year >= 2019:
        era, era_year, initial = "令和", year - 2018, "R"
    elif year >= 1989:
        era, era_year, initial = "平成", year - 1988, "H"
    else:
        era, era_year, initial = "昭和", year - 1925, "S"
    style = rng.choice(["dots", "slash_pad", "short_year", "era_slash", "both", "en_abbr",
                        "en_ordinal", "fw", "era_gannen", "iso_compact"])  # fmt: skip
    if style == "dots":
        text = f"{year}.{month}.{day}"
    elif style == "slash_pad":
        text = f"{year}/{month:02d}/{day:02d}"
    elif style == "short_year":
        text = f"{year % 100:02d}年{month}月{day}日"
    elif style == "era_slash":
        text = f"{initial}{era_year}/{month}/{day}"
    elif style == "both":
        text = f"{year}年（{era}{era_year}年）{month}月{day}日"
    elif style == "en_abbr":
        text = f"{_MON[month - 1]}. {day}, {year}"
    elif style == "en_ordinal":
        suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        text = f"{day}{suffix} {_MON[month - 1]} {year}"
    elif style == "fw":
        text = f"{year}年{month}月{day}日".translate(_FW)
    elif style == "era_gannen":
        text = f"{era}{'元' if era_year == 1 else era_year}年{month}月{day}日"
    else:
        text = f"{year}{month:02d}{day:02d}"
    return text, text


def bank(rng: random.Random) -> tuple[str, str]:
    number = rng.choice("1234567") + random_digits(rng, 6)
    bank_name = rng.choice(["みずなみ銀行", "あおば銀行", "ひかり信用金庫", "東西銀行", "MUFG"])
    style = rng.choice(["branch_paren", "touza", "tenban", "no", "acct_en", "yucho", "fw",
                        "futsu_koza"])  # fmt: skip
    if style == "branch_paren":
        text = f"{bank_name} 駅前支店（普通）{number}"
    elif style == "touza":
        text = f"{bank_name} 当座 {number}"
    elif style == "tenban":
        text = f"店番{random_digits(rng, 3)} 普通{number}"
    elif style == "no":
        text = f"口座No.{number}"
    elif style == "acct_en":
        text = f"{number} (savings)"
    elif style == "yucho":
        number = f"{random_digits(rng, 5)} {random_digits(rng, 8)}"
        text = f"ゆうちょ銀行 記号番号 {number}"
    elif style == "fw":
        text = f"普通預金　{number.translate(_FW)}"
        number = number.translate(_FW)
    else:
        text = f"普通口座 {number}"
    return text, number


def passport(rng: random.Random) -> tuple[str, str]:
    letters = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
    digits = random_digits(rng, 7)
    style = rng.choice(["plain", "lower", "title", "space", "fw", "mixed_fw", "hyphen"])
    text = {
        "plain": letters + digits,
        "lower": (letters + digits).lower(),
        "title": letters[0] + letters[1].lower() + digits,
        "space": f"{letters} {digits}",
        "fw": (letters + digits).translate(_FW),
        "mixed_fw": letters + digits.translate(_FW),
        "hyphen": f"{letters}-{digits}",
    }[style]
    return text, text


def licence(rng: random.Random) -> tuple[str, str]:
    digits = random_digits(rng, 12)
    style = rng.choice(["plain", "spaced", "hyphen", "fw", "dai_spaced"])
    if style == "dai_spaced":
        shown = f"{digits[:4]} {digits[4:8]} {digits[8:]}"
        return f"第{shown}号", shown
    text = {
        "plain": digits,
        "spaced": f"{digits[:4]} {digits[4:8]} {digits[8:]}",
        "hyphen": f"{digits[:4]}-{digits[4:8]}-{digits[8:]}",
        "fw": digits.translate(_FW),
    }[style]
    return text, text


def my_number(rng: random.Random) -> tuple[str, str]:
    body = random_digits(rng, 11)
    check = _my_number_check(body)
    if rng.random() < 0.3:
        check = (check + rng.randint(1, 9)) % 10
    digits = body + str(check)
    style = rng.choice(["plain", "ideographic", "hyphen", "fw", "dots"])
    groups = [digits[:4], digits[4:8], digits[8:]]
    text = {
        "plain": digits,
        "ideographic": "\u3000".join(groups),
        "hyphen": "-".join(groups),
        "fw": digits.translate(_FW),
        "dots": ".".join(groups),
    }[style]
    return text, text


def card(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.2:  # American Express: 15 digits, 4-6-5
        digits = _luhn_complete(rng.choice(["34", "37"]) + random_digits(rng, 12))
        text = f"{digits[:4]} {digits[4:10]} {digits[10:]}"
        return text, text
    digits = _luhn_complete(rng.choice(["4", "5", "35", "36"]) + random_digits(rng, 13))
    digits = digits.ljust(16, "0") if len(digits) < 16 else digits[:16]
    if rng.random() < 0.3:
        digits = digits[:15] + str((int(digits[15]) + rng.randint(1, 9)) % 10)
    groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    style = rng.choice(["hyphen", "spaced", "plain", "fw", "fw_space"])
    text = {
        "hyphen": "-".join(groups),
        "spaced": " ".join(groups),
        "plain": digits,
        "fw": "－".join(groups).translate(_FW),
        "fw_space": "\u3000".join(groups).translate(_FW),
    }[style]
    return text, text


def full_name(rng: random.Random, names: dict[str, Any], lang: str) -> str:
    surname: list[str] = rng.choice(names["surnames"])
    given: list[str] = rng.choice(names["given"])
    if lang == "en":
        style = rng.choice(["romaji", "romaji_upper", "romaji_comma"])
    else:
        style = rng.choice(["kanji", "kanji_space", "kanji_wide", "hiragana", "katakana",
                            "katakana_wide", "kanji_kana_given", "romaji"])  # fmt: skip
    if style == "kanji":
        return surname[0] + given[0]
    if style == "kanji_space":
        return f"{surname[0]} {given[0]}"
    if style == "kanji_wide":
        return f"{surname[0]}\u3000{given[0]}"
    if style == "hiragana":
        return f"{surname[1]} {given[1]}"
    if style == "katakana":
        return f"{surname[2]} {given[2]}"
    if style == "katakana_wide":
        return f"{surname[2]}\u3000{given[2]}"
    if style == "kanji_kana_given":
        return surname[0] + given[2]
    if style == "romaji_upper":
        return f"{surname[3].upper()} {given[3]}"
    if style == "romaji_comma":
        return f"{surname[3]}, {given[3]}"
    return f"{given[3]} {surname[3]}"


def _tracking(rng: random.Random) -> str:
    digits = random_digits(rng, 12)
    return rng.choice([f"{digits[:4]}-{digits[4:8]}-{digits[8:]}", digits])


def _isbn(rng: random.Random) -> str:
    body = "9784" + random_digits(rng, 8)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    check = (10 - total % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:6]}-{body[6:12]}-{check}"


# ---------------------------------------------------------------- filling templates


def _value(
    slot: str, rng: random.Random, values: dict[str, Any], names: dict[str, Any],
    places: dict[str, Any], lang: str,
) -> tuple[str, str, str]:  # fmt: skip
    """(text shown, secret part, entity type or "" for benign)."""
    simple: dict[str, tuple[Callable[[random.Random], tuple[str, str]], str]] = {
        "PHONE": (phone, "PHONE_NUMBER"),
        "POSTAL": (postal, "POSTAL_CODE"),
        "DOB": (date_of_birth, "DATE_OF_BIRTH"),
        "BANK": (bank, "BANK_ACCOUNT"),
        "PASSPORT": (passport, "PASSPORT"),
        "LICENSE": (licence, "DRIVER_LICENSE"),
        "MYNUMBER": (my_number, "MY_NUMBER"),
        "CARD": (card, "CREDIT_CARD"),
    }
    if slot in simple:
        make, entity_type = simple[slot]
        shown, secret = make(rng)
        return shown, secret, entity_type
    if slot == "EMAIL":
        return (*email(rng, values), "EMAIL_ADDRESS")
    if slot == "ADDRESS":
        return (*address(rng, values, places), "ADDRESS")
    people: dict[str, Callable[[], str]] = {
        "NAME": lambda: full_name(rng, names, lang),
        "NAME_KANA": lambda: (lambda s, g: f"{s[2]} {g[2]}")(
            rng.choice(names["surnames"]), rng.choice(names["given"])
        ),
        "SURNAME": lambda: rng.choice(names["surnames"])[0],
        "SURNAME_KANA": lambda: rng.choice(names["surnames"])[rng.choice([1, 2])],
        "GIVEN": lambda: rng.choice(names["given"])[rng.choice([0, 1, 2])],
        "RARE": lambda: rng.choice(values["rare_surnames"]),
        "FOREIGN": lambda: (
            f"{rng.choice(values['foreign_given'])}{rng.choice(['・', ' ', '＝'])}"
            f"{rng.choice(values['foreign_family'])}"
        ),
        "EN_NAME": lambda: f"{rng.choice(values['en_given'])} {rng.choice(values['en_family'])}",
    }
    if slot == "SURNAME" and lang == "en":
        value = rng.choice(names["surnames"])[3]
        return value, value, "PERSON"
    if slot in people:
        value = people[slot]()
        return value, value, "PERSON"
    if slot.startswith("SC:"):
        core = rng.choice(values["special_care"][slot[3:]])
        return core, core, "SPECIAL_CARE"
    benign: dict[str, Callable[[], str]] = {
        "HON": lambda: rng.choice(values["honorifics"]),
        "PLACE_SURNAME": lambda: rng.choice(values["place_surnames"]),
        "COMPANY": lambda: rng.choice(values["companies"]),
        "PRODUCT": lambda: rng.choice(values["products"]),
        "FIGURE": lambda: rng.choice(values["figures"]),
        "FIGURE_EN": lambda: rng.choice(values["figures_en"]),
        "TRACKING": lambda: _tracking(rng),
        "ISBN": lambda: _isbn(rng),
        "EVENT_DATE": lambda: (
            f"{rng.randint(2024, 2027)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        ),
        "PRICE": lambda: f"{rng.randint(1, 999)},{random_digits(rng, 3)}",
        "SURNAME_WORD": lambda: rng.choice(names["surnames"])[0],
        "MODEL": lambda: rng.choice(["KJ", "XR", "NV"]) + random_digits(rng, 7),
        "ZOOM": lambda: f"{random_digits(rng, 3)} {random_digits(rng, 4)} {random_digits(rng, 4)}",
    }
    return benign[slot](), "", ""


def _fill(
    text: str, rng: random.Random, values: dict[str, Any], names: dict[str, Any],
    places: dict[str, Any], lang: str,
) -> _Filled:  # fmt: skip
    keep = [m.group(1) for m in KEEP.finditer(text)]
    text = KEEP.sub(lambda m: m.group(1), text)
    secrets: list[Secret] = []
    spans: list[tuple[int, int]] = []
    out: list[str] = []
    position = 0
    for match in SLOT.finditer(text):
        out.append(text[position : match.start()])
        position = match.end()
        shown, secret, entity_type = _value(match.group(1), rng, values, names, places, lang)
        start = sum(len(p) for p in out)
        out.append(shown)
        if entity_type:
            offset = max(shown.find(secret), 0)
            spans.append((start + offset, start + offset + len(secret)))
            secrets.append(Secret(entity_type, secret))
    out.append(text[position:])
    return _Filled("".join(out), secrets, keep, [], spans)


_SHAPES = ["single", "single", "single", "multi_turn", "parts", "split_parts", "tool_call",
           "tool_result"]  # fmt: skip


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = "CD"
) -> list[Case]:
    """Every case of the requested halves for ``seed``."""
    templates, per_half = read_generator_data(DATA, "CD", places=True)
    return generate_halves(
        templates,
        seed=seed,
        halves=halves,
        names="CD",
        contexts=per_half,
        count=lambda family, text: per_template if SLOT.search(text) else min(4, per_template),
        fill=lambda text, rng, half, lang: _fill(text, rng, half[0], half[1], half[2], lang),
        shapes=lambda family, filled: shapes_for(_SHAPES, family, filled, frozenset({"PERSON"})),
        name=lambda rng, half, lang: (
            full_name(rng, half[1], lang).replace(" ", "_").replace("\u3000", "_")
        ),
    )


def main(argv: Sequence[str] | None = None) -> int:
    return write_cases(
        argv,
        description=__doc__.splitlines()[0] if __doc__ else None,
        generate=generate,
        seed=DEFAULT_SEED,
        per_template=DEFAULT_PER_TEMPLATE,
        readable="D",
        held_out="C",
    )


if __name__ == "__main__":
    raise SystemExit(main())
