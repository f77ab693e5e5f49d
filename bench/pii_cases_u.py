"""Held-out PII cases, eleventh generator: personal data in styles none of the ten earlier
generators used.

- customer-support tickets pasted from a CRM: label/value tables (``氏名：``, ``| 氏名 |``,
  ``Name ........``), CSV rows under a header, ``key=value`` log lines;
- chat with kaomoji and emoji written right against the values (``{phone}(´・ω・`)``);
- romaji or English mixed into Japanese (``Satou-san no denwa bangou wa …``);
- voice input: numbers said as words (``ぜろきゅうぜろ の …``, ``oh nine oh …``), e-mail
  addresses spoken (``dot``, ``ドット``, ``アットマーク``), dates of birth read aloud;
- OCR'd forms: characters spaced apart, full-width and half-width digits mixed, ``ー`` for
  a hyphen, ``O`` for a zero;
- HR and medical forms written as prose (休職, 面談記録, 紹介状, 退院サマリ, 産業医面談);
- benign business prose dense with codes, dates, prices, product numbers, JAN codes,
  public people, companies and places (a sixth of the templates, ≥ 200 cases).

Templates and value lists are in ``bench/data/pii_cases_u/``; Japanese person names and
places come from ``../shared/evaldata/names/`` (gimei, MIT; read at run time, not
shipped). Every template and value list is split by position into **U** (even positions:
held out, only aggregate figures are printed) and **V** (odd positions: failures may be
read while fixing); the gimei names use the same parity as the other generators.

    .venv/bin/python bench/pii_cases_u.py [--seed 239] [--per-template 13] [--out FILE]
"""

from __future__ import annotations

import json
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
from pii_cases import Case, Secret, _Filled

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_u"
DEFAULT_SEED = 239
DEFAULT_PER_TEMPLATE = 13

_DOMAINS = ["gmail.com", "yahoo.co.jp", "au.com", "softbank.ne.jp", "nifty.com", "hotmail.co.jp"]
_FULL = str.maketrans("0123456789-", "０１２３４５６７８９－")
_JA_DIGITS = ["ぜろ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"]
_JA_DIGITS_ALT = {"0": ["ぜろ", "れい", "まる", "ゼロ"], "2": ["に", "にー"], "5": ["ご", "ごー"]}
_EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]  # fmt: skip
_MONTHS_JA = ["いちがつ", "にがつ", "さんがつ", "しがつ", "ごがつ", "ろくがつ", "しちがつ",
              "はちがつ", "くがつ", "じゅうがつ", "じゅういちがつ", "じゅうにがつ"]  # fmt: skip
_DAYS_JA = {1: "ついたち", 2: "ふつか", 3: "みっか", 4: "よっか", 5: "いつか", 6: "むいか",
            7: "なのか", 8: "ようか", 9: "ここのか", 10: "とおか", 14: "じゅうよっか", 20: "はつか",
            24: "にじゅうよっか"}  # fmt: skip
_TENS_JA = ["", "じゅう", "にじゅう", "さんじゅう", "よんじゅう", "ごじゅう", "ろくじゅう",
            "ななじゅう", "はちじゅう", "きゅうじゅう"]  # fmt: skip
_ONES_JA = ["", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"]
_ORDINALS_EN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
                "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
                "twenty-sixth", "twenty-seventh", "twenty-eighth"]  # fmt: skip
_TENS_EN = ["", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_TEENS_EN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen"]  # fmt: skip


def _mixed_width(rng: random.Random, text: str) -> str:
    """Some characters full-width, some half-width (an OCR or a phone keyboard)."""
    return "".join(c.translate(_FULL) if rng.random() < 0.5 else c for c in text)


def _spaced(text: str) -> str:
    return " ".join(text)


def _mobile_groups(rng: random.Random) -> list[str]:
    return [rng.choice(["070", "080", "090"]), random_digits(rng, 4), random_digits(rng, 4)]


def _phone(rng: random.Random) -> str:
    groups = _mobile_groups(rng)
    kind = rng.randrange(6)
    if kind == 0:
        return "-".join(groups)
    if kind == 1:
        return "".join(groups)
    if kind == 2:
        return f"({groups[0]}){groups[1]}-{groups[2]}"
    if kind == 3:
        area = rng.choice(["03", "06", "052", "092", "011", "045"])
        rest = 8 - len(area) + 2
        return f"{area}-{random_digits(rng, rest - 4)}-{random_digits(rng, 4)}"
    if kind == 4:
        return f"+81-{groups[0][1:]}-{groups[1]}-{groups[2]}"
    return " ".join(groups)


def _say_digits_ja(rng: random.Random, digits: str) -> str:
    return "".join(rng.choice(_JA_DIGITS_ALT.get(d, [_JA_DIGITS[int(d)]])) for d in digits)


def _phone_voice(rng: random.Random) -> str:
    groups = _mobile_groups(rng)
    sep = rng.choice([" の ", "、", " ", "の"])
    said = [_say_digits_ja(rng, g) for g in groups]
    if rng.random() < 0.3:  # the speech engine turned the first group into digits
        said[0] = groups[0]
    return sep.join(said)


def _say_digits_en(rng: random.Random, digits: str) -> str:
    words = [rng.choice(["oh", "zero"]) if d == "0" else _EN_DIGITS[int(d)] for d in digits]
    return " ".join(words)


def _phone_voice_en(rng: random.Random) -> str:
    groups = _mobile_groups(rng)
    return rng.choice([", ", " ", " - "]).join(_say_digits_en(rng, g) for g in groups)


def _phone_ocr(rng: random.Random) -> str:
    groups = _mobile_groups(rng)
    kind = rng.randrange(5)
    if kind == 0:
        return _spaced("-".join(groups))
    if kind == 1:
        return _mixed_width(rng, "-".join(groups))
    if kind == 2:
        return "ー".join(groups)
    if kind == 3:
        return "-".join(groups).replace("0", "O", 1)
    return f"{groups[0]} - {groups[1]} - {groups[2]}"


def _local_part(rng: random.Random, names: dict[str, list[list[str]]]) -> tuple[str, str]:
    surname = rng.choice(names["surnames"])[3].lower()
    given = rng.choice(names["given"])[3].lower()
    return given, surname


def _email(rng: random.Random, names: dict[str, list[list[str]]]) -> str:
    given, surname = _local_part(rng, names)
    local = rng.choice([f"{given}.{surname}", f"{surname}_{random_digits(rng, 3)}",
                        f"{given[0]}-{surname}"])  # fmt: skip
    return f"{local}@{rng.choice(_DOMAINS)}"


def _domain_said(domain: str, dot: str) -> str:
    return domain.replace(".", dot)


def _email_voice(rng: random.Random, names: dict[str, list[list[str]]]) -> str:
    given, surname = _local_part(rng, names)
    domain = rng.choice(_DOMAINS)
    dot = rng.choice([" ドット ", "ドット", " どっと "])
    at = rng.choice([" アットマーク ", " あっとまーく ", "アット"])
    return f"{given}{dot}{surname}{at}{_domain_said(domain, dot)}"


def _email_voice_en(rng: random.Random, names: dict[str, list[list[str]]]) -> str:
    given, surname = _local_part(rng, names)
    domain = rng.choice(_DOMAINS)
    local = rng.choice([f"{given} dot {surname}", f"{surname} underscore {given}",
                        f"{given} {surname}"])  # fmt: skip
    return f"{local} at {_domain_said(domain, ' dot ')}"


def _email_ocr(rng: random.Random, names: dict[str, list[list[str]]]) -> str:
    given, surname = _local_part(rng, names)
    domain = rng.choice(_DOMAINS)
    kind = rng.randrange(3)
    if kind == 0:
        return f"{given} . {surname} @ {domain.replace('.', ' . ')}"
    if kind == 1:
        return f"{given}.{surname}＠{domain.replace('.', '．')}"
    return f"{given}.{surname} @{domain}"


def _block(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 20)


def _address(rng: random.Random, places: dict[str, list[list[str]]]) -> str:
    a, b, c = _block(rng)
    block = rng.choice(
        [f"{a}-{b}-{c}", f"{a}丁目{b}番{c}号", f"{a}-{b}-{c}-{rng.randint(101, 1205)}"]
    )
    parts = [rng.choice(places["city"])[0], rng.choice(places["town"])[0], block]
    if rng.random() < 0.6:
        parts.insert(0, rng.choice(places["prefecture"])[0])
    return "".join(parts)


def _address_ocr(rng: random.Random, places: dict[str, list[list[str]]]) -> str:
    a, b, c = _block(rng)
    pref, city, town = (rng.choice(places[k])[0] for k in ("prefecture", "city", "town"))
    kind = rng.randrange(3)
    if kind == 0:
        return f"{pref} {city} {town} {a} - {b} - {c}"
    if kind == 1:
        return f"{pref}{city}{_spaced(town)}{_mixed_width(rng, f'{a}-{b}-{c}')}"
    return f"{city} {town}{a} 丁目 {b} 番 {c} 号"


def _address_r(rng: random.Random, places: dict[str, list[list[str]]]) -> str:
    a, b, c = _block(rng)
    pref, city, town = (rng.choice(places[k])[3] for k in ("prefecture", "city", "town"))
    return rng.choice([f"{a}-{b}-{c} {town}, {city}, {pref}", f"{town} {a}-{b}-{c}, {city}"])


def _postal(rng: random.Random) -> str:
    digits = random_digits(rng, 7)
    return rng.choice([f"{digits[:3]}-{digits[3:]}", digits])


def _postal_ocr(rng: random.Random) -> str:
    digits = random_digits(rng, 7)
    return rng.choice(
        [f"{digits[:3]} - {digits[3:]}", _mixed_width(rng, f"{digits[:3]}-{digits[3:]}"),
         f"{digits[:3]}ー{digits[3:]}", _spaced(digits)]
    )  # fmt: skip


def _postal_voice(rng: random.Random) -> str:
    digits = random_digits(rng, 7)
    return rng.choice([" の ", "、", " "]).join(
        [_say_digits_ja(rng, digits[:3]), _say_digits_ja(rng, digits[3:])]
    )


def _birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1950, 2012), rng.randint(1, 12), rng.randint(1, 28)


def _dob(rng: random.Random) -> str:
    year, month, day = _birth(rng)
    era = f"平成{year - 1988}" if year >= 1989 else f"昭和{year - 1925}"
    return rng.choice(
        [f"{year}/{month:02d}/{day:02d}", f"{year}年{month}月{day}日", f"{era}年{month}月{day}日",
         f"{year}.{month}.{day}"]
    )  # fmt: skip


def _dob_en(rng: random.Random) -> str:
    year, month, day = _birth(rng)
    name = _MONTHS_EN[month - 1]
    return rng.choice(
        [f"{name} {day}, {year}", f"{day} {name[:3]} {year}", f"{month:02d}/{day:02d}/{year}"]
    )


def _dob_iso(rng: random.Random) -> str:
    year, month, day = _birth(rng)
    return rng.choice([f"{year}-{month:02d}-{day:02d}", f"{year}{month:02d}{day:02d}"])


def _number_ja(value: int) -> str:
    return _TENS_JA[value // 10] + _ONES_JA[value % 10]


def _dob_voice(rng: random.Random) -> str:
    year, month, day = _birth(rng)
    if year < 2000:
        said_year = "せんきゅうひゃく" + _number_ja(year - 1900)
    else:
        said_year = "にせん" + _number_ja(year - 2000)
    said_day = _DAYS_JA.get(day) or _number_ja(day) + "にち"
    if rng.random() < 0.4:
        return f"{year}ねん {month}がつ {day}にち"
    return f"{said_year}ねん {_MONTHS_JA[month - 1]} {said_day}"


def _number_en(value: int) -> str:
    if value < 10:
        return _EN_DIGITS[value]
    if value < 20:
        return _TEENS_EN[value - 10]
    tens, ones = divmod(value, 10)
    return _TENS_EN[tens] + (f"-{_EN_DIGITS[ones]}" if ones else "")


def _dob_voice_en(rng: random.Random) -> str:
    year, month, day = _birth(rng)
    if year < 2000:
        said_year = f"nineteen {_number_en(year - 1900)}"
    else:
        said_year = f"two thousand {_number_en(year - 2000)}" if year > 2000 else "two thousand"
    return f"{_MONTHS_EN[month - 1]} {_ORDINALS_EN[day - 1]} {said_year}"


def _dob_ocr(rng: random.Random) -> str:
    year, month, day = _birth(rng)
    return rng.choice(
        [f"{year} 年 {month} 月 {day} 日", _mixed_width(rng, f"{year}/{month:02d}/{day:02d}"),
         _spaced(f"{year}.{month:02d}.{day:02d}")]
    )  # fmt: skip


def _my_number(rng: random.Random) -> str:
    body = random_digits(rng, 11)
    total = sum(int(d) * (n + 1 if n <= 6 else n - 5) for n, d in enumerate(reversed(body), 1))
    remainder = total % 11
    digits = body + str(0 if remainder <= 1 else 11 - remainder)
    return rng.choice(
        [
            digits,
            f"{digits[:4]} {digits[4:8]} {digits[8:]}",
            f"{digits[:4]}-{digits[4:8]}-{digits[8:]}",
        ]
    )


def _luhn_card(rng: random.Random) -> str:
    body = rng.choice(["4", "5"]) + random_digits(rng, 14)
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return body + str((10 - total % 10) % 10)


def _card(rng: random.Random) -> str:
    digits = _luhn_card(rng)
    groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ".join(groups), "-".join(groups), digits])


def _card_ocr(rng: random.Random) -> str:
    digits = _luhn_card(rng)
    groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice([_mixed_width(rng, " ".join(groups)), "  ".join(groups), _spaced(digits)])


def _bank(rng: random.Random) -> tuple[str, str]:
    """(text shown, the secret part: the account number)."""
    number = random_digits(rng, 7)
    kind = rng.choice(["普通", "普通預金", "当座", "（普）", "普"])
    branch = rng.choice(["", "渋谷支店 ", "本店営業部 ", "梅田支店 ", "001支店 "])
    return f"{branch}{kind} {number}" if rng.random() < 0.6 else f"{branch}{kind}{number}", number


def _my_number_ocr(rng: random.Random) -> str:
    digits = _my_number(rng).replace(" ", "").replace("-", "")
    return rng.choice([_spaced(digits), _mixed_width(rng, digits)])


def _number(low: float, high: float, rng: random.Random) -> str:
    if float(low).is_integer() and float(high).is_integer():
        return str(rng.randint(int(low), int(high)))
    return f"{rng.uniform(low, high):.1f}"


def _lab(rng: random.Random, values: dict[str, Any], lang: str) -> str:
    tests = values["lab_ja"]
    if lang == "en":
        tests = [t for t in tests if str(t[0]).isascii()] or tests
        name, unit, low, high = rng.choice(tests)
        return f"{name}{rng.choice([' ', ' of ', ' was '])}{_number(low, high, rng)}{unit}"
    name, unit, low, high = rng.choice(tests)
    return f"{name}{rng.choice(['', ' ', '：', 'は', '値'])}{_number(low, high, rng)}{unit}"


def _bp(rng: random.Random, values: dict[str, Any]) -> str:
    high_lo, high_hi, low_lo, low_hi = rng.choice(values["bp"])
    upper, lower = rng.randint(high_lo, high_hi), rng.randint(low_lo, low_hi)
    return rng.choice(
        [f"BP {upper}/{lower}", f"血圧{upper}/{lower}mmHg", f"収縮期{upper} 拡張期{lower}"]
    )


def _name_r(rng: random.Random, person: list[list[str]]) -> str:
    surname, given = person[0][3], person[1][3]
    return rng.choice([f"{given} {surname}", f"{surname.upper()} {given}", f"{surname} {given}"])


def _name_ocr(rng: random.Random, person: list[list[str]]) -> str:
    surname, given = person[0][0], person[1][0]
    return rng.choice(
        [
            _spaced(surname + given),
            f"{_spaced(surname)}  {_spaced(given)}",
            f"{surname} {_spaced(given)}",
        ]
    )


def _value(
    slot: str,
    rng: random.Random,
    half: tuple[Any, ...],
    lang: str,
    people: list[list[list[str]]],
    en: tuple[str, str],
) -> tuple[str, str, str]:
    """(text shown, entity type or "" when nothing is secret, the secret value)."""
    values, names, places = half
    person, other, _third = people
    person_slots: dict[str, Callable[[], str]] = {
        "SURNAME": lambda: person[0][0],
        "SURNAME_H": lambda: person[0][1],
        "SURNAME_K": lambda: person[0][2],
        "SURNAME_R": lambda: person[0][3],
        "GIVEN": lambda: person[1][0],
        "GIVEN_H": lambda: person[1][1],
        "GIVEN_K": lambda: person[1][2],
        "GIVEN_R": lambda: person[1][3],
        "OTHER_SURNAME": lambda: other[0][0],
        "OTHER_GIVEN": lambda: other[1][0],
        "NAME_R": lambda: _name_r(rng, person),
        "NAME_OCR": lambda: _name_ocr(rng, person),
        "EN_GIVEN": lambda: en[0],
        "EN_NAME": lambda: f"{en[0]} {en[1]}",
    }
    if slot in person_slots:
        shown = person_slots[slot]()
        return shown, "PERSON", shown
    if slot == "BANK":
        shown, number = _bank(rng)
        return shown, "BANK_ACCOUNT", number
    secret: dict[str, tuple[Callable[[], str], str]] = {
        "PHONE": (lambda: _phone(rng), "PHONE_NUMBER"),
        "PHONE_VOICE": (lambda: _phone_voice(rng), "PHONE_NUMBER"),
        "PHONE_VOICE_EN": (lambda: _phone_voice_en(rng), "PHONE_NUMBER"),
        "PHONE_OCR": (lambda: _phone_ocr(rng), "PHONE_NUMBER"),
        "EMAIL": (lambda: _email(rng, names), "EMAIL_ADDRESS"),
        "EMAIL_VOICE": (lambda: _email_voice(rng, names), "EMAIL_ADDRESS"),
        "EMAIL_VOICE_EN": (lambda: _email_voice_en(rng, names), "EMAIL_ADDRESS"),
        "EMAIL_OCR": (lambda: _email_ocr(rng, names), "EMAIL_ADDRESS"),
        "ADDRESS": (lambda: _address(rng, places), "ADDRESS"),
        "ADDRESS_OCR": (lambda: _address_ocr(rng, places), "ADDRESS"),
        "ADDRESS_R": (lambda: _address_r(rng, places), "ADDRESS"),
        "POSTAL": (lambda: _postal(rng), "POSTAL_CODE"),
        "POSTAL_OCR": (lambda: _postal_ocr(rng), "POSTAL_CODE"),
        "POSTAL_VOICE": (lambda: _postal_voice(rng), "POSTAL_CODE"),
        "DOB": (lambda: _dob(rng), "DATE_OF_BIRTH"),
        "DOB_EN": (lambda: _dob_en(rng), "DATE_OF_BIRTH"),
        "DOB_ISO": (lambda: _dob_iso(rng), "DATE_OF_BIRTH"),
        "DOB_VOICE": (lambda: _dob_voice(rng), "DATE_OF_BIRTH"),
        "DOB_VOICE_EN": (lambda: _dob_voice_en(rng), "DATE_OF_BIRTH"),
        "DOB_OCR": (lambda: _dob_ocr(rng), "DATE_OF_BIRTH"),
        "MYNUM": (lambda: _my_number(rng), "MY_NUMBER"),
        "MYNUM_OCR": (lambda: _my_number_ocr(rng), "MY_NUMBER"),
        "CARD": (lambda: _card(rng), "CREDIT_CARD"),
        "CARD_OCR": (lambda: _card_ocr(rng), "CREDIT_CARD"),
        "LAB": (lambda: _lab(rng, values, "ja"), "SPECIAL_CARE"),
        "LAB_EN": (lambda: _lab(rng, values, "en"), "SPECIAL_CARE"),
        "BP": (lambda: _bp(rng, values), "SPECIAL_CARE"),
    }
    if slot in secret:
        make, entity_type = secret[slot]
        shown = make()
        return shown, entity_type, shown
    if slot.startswith("SC:"):
        shown = str(rng.choice(values[slot[3:]]))
        return shown, "SPECIAL_CARE", shown
    pick: dict[str, str] = {
        "KIN": "kin_ja", "KIN_EN": "kin_en", "ROLE": "role_ja", "ROLE_EN": "role_en",
        "KAO": "kaomoji", "EMOJI": "emoji", "FIGURE": "figures_ja", "FIGURE_B": "figures_ja",
        "FIGURE_EN": "figures_en", "FIGURE_B_EN": "figures_en", "COMPANY": "companies",
        "COMPANY_EN": "companies_en", "PLACE": "places_ja", "PLACE_EN": "places_en",
        "PRODUCT": "products", "PRODUCT_B": "products", "COND_TOPIC": "cond_topics_ja",
        "COND_TOPIC_EN": "cond_topics_en", "HIRA_WORD": "hira_words",
        "WORD_SURNAME": "word_surnames",
    }  # fmt: skip
    if slot in pick:
        return str(rng.choice(values[pick[slot]])), "", ""
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    benign: dict[str, Callable[[], str]] = {
        "TICKET": lambda: rng.choice(
            [
                f"INC-2026-{random_digits(rng, 4)}",
                f"CS{random_digits(rng, 6)}",
                f"{random_digits(rng, 5)}",
            ]
        ),
        "ORDER": lambda: rng.choice(
            [
                f"ORD-{random_digits(rng, 8)}",
                f"A{random_digits(rng, 7)}",
                f"{random_digits(rng, 10)}",
            ]
        ),
        "JAN": lambda: "49" + random_digits(rng, 11),
        "QTY": lambda: str(rng.randint(2, 480)),
        "PRICE": lambda: rng.choice(
            [f"{rng.randint(1, 99)},{rng.randint(100, 999)}", str(rng.randint(120, 98000))]
        ),
        "PCT": lambda: f"{rng.uniform(0.5, 30):.1f}",
        "Q": lambda: str(rng.randint(1, 4)),
        "VER": lambda: f"{rng.randint(1, 5)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}",
        "TIME": lambda: f"{rng.randint(8, 19):02d}:{rng.choice(['00', '15', '30', '45'])}",
        "DATE": lambda: rng.choice(
            [f"2026-{month:02d}-{day:02d}", f"2026/{month}/{day}", f"{month}月{day}日"]
        ),
        "YEAR": lambda: str(rng.randint(2024, 2027)),
        "MONTH": lambda: str(month),
        "DAY": lambda: str(day),
    }
    return benign[slot](), "", ""


def _fill(text: str, rng: random.Random, half: tuple[Any, ...], lang: str) -> _Filled:
    values, names, _places = half
    keep_raw = [m.group(1) for m in KEEP.finditer(text)]
    text = KEEP.sub(lambda m: m.group(1), text)
    people = [[rng.choice(names["surnames"]), rng.choice(names["given"])] for _ in range(3)]
    en = (rng.choice(values["en_given"]), rng.choice(values["en_family"]))
    chosen: dict[str, tuple[str, str, str]] = {}
    secrets: list[Secret] = []
    spans: list[tuple[int, int]] = []
    out: list[str] = []
    position = 0
    for match in SLOT.finditer(text):
        out.append(text[position : match.start()])
        position = match.end()
        slot = match.group(1)
        if slot not in chosen:  # a slot written twice in one template is the same value
            chosen[slot] = _value(slot, rng, half, lang, people, en)
        shown, entity_type, value = chosen[slot]
        start = sum(len(p) for p in out)
        out.append(shown)
        if entity_type:
            spans.append((start, start + len(shown)))
            if Secret(entity_type, value) not in secrets:
                secrets.append(Secret(entity_type, value))
    out.append(text[position:])
    keep = [
        SLOT.sub(lambda m: chosen.get(m.group(1), (m.group(0), "", ""))[0], k) for k in keep_raw
    ]
    return _Filled("".join(out), secrets, keep, [], spans)


def _name_field(rng: random.Random, half: Any, lang: str) -> str:
    """A chat display name: a hiragana given name, a romaji full name, an English one."""
    values, names, _places = half
    surname, given = rng.choice(names["surnames"]), rng.choice(names["given"])
    return str(
        rng.choice(
            [
                given[1],
                f"{given[3]} {surname[3]}",
                f"{surname[0]}{given[0]}",
                str(rng.choice(values["en_given"])),
            ]
        )
    )


_SHAPES = ["single", "single", "single", "multi_turn", "parts", "split_parts", "tool_call",
           "tool_result"]  # fmt: skip
_NAME_FAMILIES = frozenset({"KAOMOJI", "ROMAJI", "VOICE"})


def _shapes(family: str, filled: _Filled) -> list[str]:
    return shapes_for(_SHAPES, family, filled, _NAME_FAMILIES)


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = "UV"
) -> list[Case]:
    """Every case of the requested halves for ``seed``."""
    templates, per_half = read_generator_data(DATA, "UV", places=True)
    for half in per_half.values():
        json.dumps(half[0])  # the value lists are plain data (fail early on a YAML slip)
    return generate_halves(
        templates,
        seed=seed,
        halves=halves,
        names="UV",
        contexts=per_half,
        count=lambda family, text: per_template,
        fill=_fill,
        shapes=_shapes,
        name=_name_field,
    )


def main(argv: Sequence[str] | None = None) -> int:
    return write_cases(
        argv,
        description=__doc__.splitlines()[0] if __doc__ else None,
        generate=generate,
        seed=DEFAULT_SEED,
        per_template=DEFAULT_PER_TEMPLATE,
        readable="V",
        held_out="U",
    )


if __name__ == "__main__":
    raise SystemExit(main())
