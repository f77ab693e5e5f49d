"""PII cases, seventeenth generator: structured values in the containers and writing habits
of real forms and chats.

Eleven value types — phone numbers (Japanese, and foreign numbers written with or without
``+`` and separators: ``82-10-…``, ``1 (212) …``, ``447700900842``), e-mail addresses,
Japanese addresses (also in English word order and romaji), postcodes, dates of birth
(eras, kanji numerals, English), bank accounts, payment cards (with the expiry and CVV in
odd orders), My Number, driving licences, health insurance cards and passports — pasted
the way people paste them: forms as ``key: value`` lines, Markdown tables and lists, JSON
records (also as tool results), OCR output with a space between every character, a value
broken over two lines, half and full width mixed inside one value, kanji numerals; polite
and casual, Japanese and English, single messages, multi-turn chats, content parts (also
split inside a value), tool-call arguments and tool results.

A fifth of the requests are benign look-alikes that must pass unaltered: order, tracking
(Yamato's 12 digits, some of which pass the My Number check; UPS ``1Z…``), JAN, ISBN,
model, serial, lot, invoice, member, reservation and quote numbers, prices, dates and
years of events, flights, versions, room numbers, the last four digits of a card. Phone
numbers of public offices are not among them (the gateway cannot tell them from a
person's line; every phone number counts as one).

Templates and value lists are in ``bench/data/pii_cases_theta/``. Every template (per
family) and every value list is split by position into **θ** (even positions: held out,
only aggregate figures are printed) and **ι** (odd positions: failures may be read while
fixing); the halves share no template and no listed value. The filling loop, the halves
and the shapes are the shared ones of ``pii_case_halves.py``; card numbers, MRZ-free
passports, era dates and digit spellings come from ``pii_cases_gamma.py``.

    .venv/bin/python bench/pii_cases_theta.py [--seed 307] [--per-template 12] [--out FILE]
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pii_case_halves import (
    fill_slots,
    generate_halves,
    random_digits,
    read_generator_data,
    structured_shapes,
    write_cases,
)
from pii_cases import Case, _Filled
from pii_cases_gamma import _MONTHS, _card_digits, _era, _full, _group, _jan, _kanji_digits

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_theta"
DEFAULT_SEED = 307
DEFAULT_PER_TEMPLATE = 12
BENIGN_PER_TEMPLATE = 8
HALVES = "θι"


def _mixed(rng: random.Random, text: str) -> str:
    """Each character full width or half width at random (a value typed on two keyboards)."""
    return "".join(_full(c) if rng.random() < 0.5 else c for c in text)


def _ocr(text: str) -> str:
    """OCR output: a space between every character."""
    return " ".join(c for c in text if c != " ")


def _break(rng: random.Random, text: str) -> str:
    """``text`` broken over two lines at a separator or a digit boundary."""
    seps = [i for i, c in enumerate(text) if c in " -"]
    if seps and rng.random() < 0.6:
        i = rng.choice(seps)
        return text[: i + (1 if text[i] == "-" else 0)] + "\n" + text[i + 1 :]
    i = rng.randint(2, max(2, len(text) - 2))
    return text[:i] + "\n" + text[i:]


def _kanji_num(n: int) -> str:
    """1-99 in kanji (十二, 五十, 三十一)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else "〇一二三四五六七八九"[tens] + "十")
    return head + ("" if ones == 0 else "〇一二三四五六七八九"[ones])


# ------------------------------------------------------------------ phones


def _jp_phone(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return f"0{rng.choice('789')}0-{random_digits(rng, 4)}-{random_digits(rng, 4)}"
    if kind == 1:
        return f"03-{random_digits(rng, 4)}-{random_digits(rng, 4)}"
    if kind == 2:
        return f"0{rng.randint(11, 99)}-{random_digits(rng, 3)}-{random_digits(rng, 4)}"
    return f"050-{random_digits(rng, 4)}-{random_digits(rng, 4)}"


def _tel(rng: random.Random) -> str:
    number = _jp_phone(rng)
    style = rng.randrange(8)
    if style == 0:
        return number.replace("-", "")
    if style == 1:
        return number.replace("-", " ")
    if style == 2:
        return _mixed(rng, number)
    if style == 3:
        return f"+81 {number[1:]}"
    if style == 4:
        return number.replace("-", ".")
    if style == 5:
        head, _, rest = number.partition("-")
        return f"({head}) {rest}"
    return number


def _tel_foreign(rng: random.Random, values: dict[str, Any]) -> str:
    shown: str = rng.choice(values["foreign_phones"])[0]
    style = rng.randrange(4)
    if style == 0:
        return "".join(c for c in shown if c.isdigit())
    if style == 1:
        return shown.lstrip("+")
    return str(shown)


def _tel_kanji(rng: random.Random) -> str:
    number = _jp_phone(rng)
    return _kanji_digits(number).replace("-", rng.choice(["ー", "の", "－", "、"]))


# ------------------------------------------------------------------ e-mail


def _mail_parts(rng: random.Random, values: dict[str, Any]) -> tuple[str, str]:
    return rng.choice(values["locals"]), rng.choice(values["domains"])


def _mail_odd(rng: random.Random, values: dict[str, Any]) -> str:
    local, domain = _mail_parts(rng, values)
    return rng.choice(
        [
            f"{local} at {domain}",
            f"{local}（at）{domain}",
            f"{local} @ {domain}",
            f"{local}@ {domain}",
            f"{local}＠{domain}",
            f"{local}[@]{domain}",
            f"{local} (at) {domain.replace('.', ' (dot) ')}",
            f"{local}あっと{domain}",
            f"{local}@{domain.upper()}",
            f"mailto:{local}@{domain}",
        ]
    )


# ------------------------------------------------------------------ addresses


def _block(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 9), rng.randint(1, 40), rng.randint(1, 30)


def _room(rng: random.Random, values: dict[str, Any]) -> str:
    return f"{rng.choice(values['buildings'])}{rng.choice(['', ' '])}{rng.randint(101, 1208)}"


def _addr(rng: random.Random, values: dict[str, Any]) -> tuple[str, list[str]]:
    pref, city, town = rng.choice(values["places"])[:3]
    a, b, c = _block(rng)
    block = rng.choice(
        [f"{a}-{b}-{c}", f"{a}丁目{b}-{c}", f"{a}丁目{b}番{c}号", _mixed(rng, f"{a}-{b}-{c}")]
    )
    tail = rng.choice(["", " " + _room(rng, values), f"-{rng.randint(101, 905)}"])
    head = rng.choice([pref + city, city, pref + " " + city])
    return f"{head}{town}{block}{tail}", [f"{town}{block}{tail}"]


def _addr_kanji(rng: random.Random, values: dict[str, Any]) -> tuple[str, list[str]]:
    pref, city, town = rng.choice(values["places"])[:3]
    a, b, c = _block(rng)
    block = rng.choice(
        [
            f"{_kanji_num(a)}丁目{_kanji_num(b)}番{_kanji_num(c)}号",
            f"{_kanji_num(a)}丁目{_kanji_num(b)}番地{_kanji_num(c)}",
            f"{_kanji_num(a)}の{_kanji_num(b)}の{_kanji_num(c)}",
        ]
    )
    return f"{rng.choice([pref, ''])}{city}{town}{block}", [f"{town}{block}"]


def _addr_en(rng: random.Random, values: dict[str, Any]) -> tuple[str, list[str]]:
    _p, _c, _t, town, ward, pref = rng.choice(values["places"])
    a, b, c = _block(rng)
    street = rng.choice([f"{a}-{b}-{c} {town}", f"{town} {a}-{b}-{c}", f"{a}-chome {b}-{c} {town}"])
    room = rng.choice(
        [
            "",
            f"{rng.choice(values['buildings_en'])} {rng.randint(101, 1208)}, ",
            f"#{rng.randint(101, 905)}, ",
        ]
    )
    shown = f"{room}{street}, {ward}, {pref}{rng.choice(['', ', Japan'])}"
    return shown, [street]


def _addr_en_split(rng: random.Random, values: dict[str, Any]) -> tuple[str, list[str]]:
    _p, _c, _t, town, ward, pref = rng.choice(values["places"])
    a, b, c = _block(rng)
    street = f"{a}-{b}-{c} {town}"
    room = f"{rng.choice(values['buildings_en'])} {rng.randint(101, 1208)}"
    return f"{room}\n{street}\n{ward}, {pref}", [street]


def _addr_split(rng: random.Random, values: dict[str, Any]) -> tuple[str, list[str]]:
    pref, city, town = rng.choice(values["places"])[:3]
    a, b, c = _block(rng)
    room = _room(rng, values)
    return rng.choice(
        [
            (f"{pref}{city}\n{town}{a}-{b}-{c}\n{room}", [f"{town}{a}-{b}-{c}"]),
            (f"{pref}{city}{town}{a}-\n{b}-{c} {room}", [f"{town}{a}-{b}-{c}"]),
            (f"{pref}\n{city}{town}{a}丁目{b}-{c}", [f"{town}{a}丁目{b}-{c}"]),
        ]
    )


def _addr_ocr(rng: random.Random, values: dict[str, Any]) -> tuple[str, list[str]]:
    pref, city, town = rng.choice(values["places"])[:3]
    a, b, c = _block(rng)
    return _ocr(f"{pref}{city}{town}{a}-{b}-{c}"), [f"{town}{a}-{b}-{c}"]


# ------------------------------------------------------------------ postcodes, dates of birth


def _zip_digits(rng: random.Random) -> tuple[str, str]:
    return f"{rng.randint(100, 999)}", random_digits(rng, 4)


def _zip(rng: random.Random) -> str:
    a, b = _zip_digits(rng)
    return rng.choice(
        [f"{a}-{b}", f"{a}{b}", _full(f"{a}-{b}"), f"{a} {b}", _mixed(rng, f"{a}-{b}"), f"{a}－{b}"]
    )


def _birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1938, 2022), rng.randint(1, 12), rng.randint(1, 28)


def _dob(rng: random.Random) -> str:
    y, m, d = _birth(rng)
    return rng.choice(
        [
            f"{y}/{m:02d}/{d:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}年{m}月{d}日",
            _full(f"{y}/{m}/{d}"),
            f"{y}.{m:02d}.{d:02d}",
            f"{y}年{m:02d}月{d:02d}日",
            _mixed(rng, f"{y}/{m}/{d}"),
        ]
    )


def _dob_era(rng: random.Random) -> str:
    y, m, d = _birth(rng)
    if y >= 2019:
        era, initial, ey = "令和", "R", str(y - 2018)
    else:
        era, initial, ey = _era(y)
    ek = "元" if ey == "1" else ey
    return rng.choice(
        [
            f"{era}{ek}年{m}月{d}日",
            f"{initial}{ey}.{m}.{d}",
            f"{initial}{int(ey):02d}/{m:02d}/{d:02d}",
            f"{era[0]}{ey}.{m}.{d}",
            f"{era}{_full(ey)}年{_full(str(m))}月{_full(str(d))}日",
            f"{initial}{ey}年{m}月{d}日",
        ]
    )


def _dob_en(rng: random.Random) -> str:
    y, m, d = _birth(rng)
    month = _MONTHS[m - 1]
    return rng.choice(
        [
            f"{month} {d}, {y}",
            f"{d} {month[:3]} {y}",
            f"{m:02d}/{d:02d}/{y}",
            f"{d}/{m}/{y}",
            f"{month[:3]}. {d}, {y}",
            f"{d}{'th' if d > 3 else ['st', 'nd', 'rd'][d - 1]} of {month} {y}",
            f"{y}-{m:02d}-{d:02d}",
        ]
    )


def _dob_kanji(rng: random.Random) -> str:
    y, m, d = _birth(rng)
    if rng.random() < 0.5:
        return f"{_kanji_digits(str(y))}年{_kanji_num(m)}月{_kanji_num(d)}日"
    era, _i, ey = _era(min(y, 2018))
    return f"{era}{'元' if ey == '1' else _kanji_num(int(ey))}年{_kanji_num(m)}月{_kanji_num(d)}日"


# ------------------------------------------------------------------ accounts, cards


def _acct_odd(rng: random.Random, digits: str) -> str:
    return rng.choice(
        [
            _full(digits),
            f"{digits[:4]} {digits[4:]}",
            f"（普）{digits}",
            f"普通{digits}",
            f"No.{digits}",
            f"#{digits}",
            _mixed(rng, digits),
            f"{digits[:3]}-{digits[3:]}",
        ]
    )


def _card(rng: random.Random) -> str:
    digits = _card_digits(rng)
    return rng.choice(
        [" ".join(_group(digits)), "-".join(_group(digits)), digits, "  ".join(_group(digits))]
    )


def _exp(rng: random.Random) -> str:
    m, y = rng.randint(1, 12), rng.randint(26, 33)
    return rng.choice(
        [
            f"{m:02d}/{y}",
            f"{m:02d}/20{y}",
            f"20{y}/{m:02d}",
            f"{m:02d}-{y}",
            f"{_MONTHS[m - 1][:3].upper()} {y}",
            f"{m}月/{y}年",
        ]
    )


# ------------------------------------------------------------------ My Number, licences


def _my_number(rng: random.Random) -> str:
    from guardrails.pii.recognizers.my_number import my_number_check_digit

    body = random_digits(rng, 11)
    return body + str(my_number_check_digit(body))


def _licence(rng: random.Random) -> str:
    return (
        rng.choice(["30", "44", "62", "11", "50", "91", "12"])
        + f"{rng.randint(0, 99):02d}"
        + random_digits(rng, 6)
        + str(rng.randint(0, 9))
        + str(rng.randint(0, 2))
    )


def _twelve(rng: random.Random, digits: str) -> str:
    return rng.choice(
        [
            digits,
            f"{digits[:4]} {digits[4:8]} {digits[8:]}",
            f"{digits[:4]}-{digits[4:8]}-{digits[8:]}",
        ]
    )


def _pp_number(rng: random.Random, values: dict[str, Any]) -> tuple[str, str]:
    return str(rng.choice(values["passport_prefixes"])), random_digits(rng, 7)


# ------------------------------------------------------------------ benign


def _benign(slot: str, rng: random.Random) -> str:
    def track12() -> str:
        # Yamato: 11 digits and a check digit (mod 7); half of them made to pass the My
        # Number check too, the case the recognizer must not mistake.
        if rng.random() < 0.5:
            digits = _my_number(rng)
        else:
            body = random_digits(rng, 11)
            digits = body + str(int(body) % 7)
        return _twelve(rng, digits)

    def ups() -> str:
        body = f"1Z{rng.choice(['999AA1', '4E80W6', 'X5V216', '12345E'])}{random_digits(rng, 10)}"
        return rng.choice(
            [body, f"{body[:2]} {body[2:5]} {body[5:8]} {body[8:10]} {body[10:14]} {body[14:]}"]
        )

    make: dict[str, Callable[[], str]] = {
        "ORDER": lambda: rng.choice(
            [
                f"{random_digits(rng, 4)}-{random_digits(rng, 4)}-{random_digits(rng, 2)}",
                f"A{random_digits(rng, 8)}",
                f"{random_digits(rng, 10)}",
                f"249-{random_digits(rng, 7)}-{random_digits(rng, 7)}",
            ]
        ),
        "TRACK12": track12,
        "UPS": ups,
        "JAN": lambda: _jan(rng),
        "MODEL": lambda: rng.choice(
            ["KJ-55X9500H", "NR-F607WPX", "DSC-RX100M7", "SV-AB1234567", "EW-DS42", "MDRZ7M2"]
        ),
        "MODEL2": lambda: rng.choice(["WH-1000XM5", "QC45", "ATH-M50x", "EAH-AZ80"]),
        "PRICE": lambda: rng.choice(
            [
                f"¥{rng.randint(1, 99)},{rng.randint(0, 999):03d}",
                f"{rng.randint(1, 99)},{rng.randint(0, 999):03d}円",
                f"${rng.randint(10, 2999)}.{rng.randint(0, 99):02d}",
            ]
        ),
        "EVENT_DATE": lambda: rng.choice(
            [
                f"{rng.randint(2024, 2027)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
                f"{rng.randint(2024, 2027)}/{rng.randint(1, 12):02d}"
                f"/{rng.randint(1, 28):02d}（土）",
            ]
        ),
        "EVENT_EN": lambda: (
            f"{rng.choice(_MONTHS)} {rng.randint(1, 20)}–{rng.randint(21, 28)},"
            f" {rng.randint(2025, 2027)}"
        ),
        "ISBN": lambda: f"978-4-{rng.randint(10, 99)}-{random_digits(rng, 6)}-{rng.randint(0, 9)}",
        "SERIAL": lambda: rng.choice(
            [
                f"SN{random_digits(rng, 10)}",
                f"4C{random_digits(rng, 8)}",
                f"{random_digits(rng, 3)}-{random_digits(rng, 5)}",
            ]
        ),
        "INVOICE": lambda: f"INV-{rng.randint(2023, 2026)}-{random_digits(rng, 6)}",
        "MEMBER": lambda: random_digits(rng, 8),
        "RESERVE": lambda: rng.choice(
            [f"R-{rng.randint(2024, 2026)}-{random_digits(rng, 4)}", f"{random_digits(rng, 6)}"]
        ),
        "LOT": lambda: f"L{random_digits(rng, 6)}{rng.choice('ABC')}",
        "FLIGHT": lambda: f"{rng.choice(['JL', 'NH', 'MM', 'UA'])} {rng.randint(10, 999)}",
        "YEAR": lambda: str(rng.randint(2019, 2027)),
        "MONTH": lambda: str(rng.randint(1, 12)),
        "DAY": lambda: str(rng.randint(1, 28)),
        "SKU": lambda: f"SKU-{random_digits(rng, 4)}-{random_digits(rng, 2)}",
        "QTY": lambda: str(rng.randint(1, 500)),
        "RECEIPT": lambda: f"{rng.randint(2024, 2026)}-{random_digits(rng, 6)}",
        "ROOM": lambda: str(rng.randint(101, 1208)),
        "COUNT": lambda: f"{rng.randint(1, 99)},{rng.randint(0, 999):03d}",
        "VERSION": lambda: f"{rng.randint(1, 5)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
        "QUOTE": lambda: f"Q-{random_digits(rng, 6)}-{random_digits(rng, 2)}",
        "LAST4": lambda: rng.choice(
            [
                random_digits(rng, 4),
                f"****{random_digits(rng, 4)}",
                f"**** **** **** {random_digits(rng, 4)}",
            ]
        ),
    }
    return make[slot]()


# ------------------------------------------------------------------ filling


def _value(slot: str, rng: random.Random, half: tuple[Any, ...]) -> tuple[str, str, list[str]]:
    """(text shown, entity type or "" when nothing is secret, the secret values)."""
    values, _names = half
    if slot in {"ROLE", "ROLE_EN"}:
        return str(rng.choice(values["roles_ja" if slot == "ROLE" else "roles_en"])), "", []
    if slot in {"BANK", "BANK_EN", "BRANCH", "BRANCH_EN"}:
        key = {"BANK": "banks", "BANK_EN": "banks_en", "BRANCH": "branches"}.get(slot)
        if key is None:
            return rng.choice(["Shinjuku", "Umeda", "Tenjin", "Shibuya"]), "", []
        return str(rng.choice(values[key])), "", []
    if slot in {"EXP", "CVV"}:
        return (_exp(rng) if slot == "EXP" else random_digits(rng, 3)), "", []

    def same(entity_type: str, shown: str) -> tuple[str, str, list[str]]:
        return shown, entity_type, [shown]

    def kept(entity_type: str, shown: str, core: str) -> tuple[str, str, list[str]]:
        return shown, entity_type, [core]

    local, domain = _mail_parts(rng, values)
    acct = random_digits(rng, 7)
    card = _card_digits(rng)
    mynum = _my_number(rng)
    lic = _licence(rng)
    hi_s, hi_n = (
        random_digits(rng, rng.choice([4, 6, 8])),
        random_digits(rng, rng.choice([3, 5, 7])),
    )
    letters, pp = _pp_number(rng, values)
    phone = _jp_phone(rng)
    make: dict[str, Callable[[], tuple[str, str, list[str]]]] = {
        "TEL": lambda: same("PHONE_NUMBER", _tel(rng)),
        "TEL_FOREIGN": lambda: same("PHONE_NUMBER", _tel_foreign(rng, values)),
        "TEL_SPLIT": lambda: same("PHONE_NUMBER", _break(rng, phone)),
        "TEL_KANJI": lambda: same("PHONE_NUMBER", _tel_kanji(rng)),
        "TEL_OCR": lambda: same("PHONE_NUMBER", _ocr(phone)),
        "MAIL": lambda: same("EMAIL_ADDRESS", f"{local}@{domain}"),
        "MAIL_ODD": lambda: same("EMAIL_ADDRESS", _mail_odd(rng, values)),
        "MAIL_SPLIT": lambda: same(
            "EMAIL_ADDRESS", rng.choice([f"{local}@\n{domain}", f"{local}\n@{domain}"])
        ),
        "MAIL_OCR": lambda: same(
            "EMAIL_ADDRESS",
            rng.choice([_ocr(f"{local}@{domain}"), f"{local} @ {domain.replace('.', ' . ')}"]),
        ),
        "MAIL_FULL": lambda: same(
            "EMAIL_ADDRESS",
            rng.choice([_full(f"{local}@{domain}"), _mixed(rng, f"{local}@{domain}")]),
        ),
        "ADDR": lambda: (lambda s: (s[0], "ADDRESS", s[1]))(_addr(rng, values)),
        "ADDR_EN": lambda: (lambda s: (s[0], "ADDRESS", s[1]))(_addr_en(rng, values)),
        "ADDR_EN_SPLIT": lambda: (lambda s: (s[0], "ADDRESS", s[1]))(_addr_en_split(rng, values)),
        "ADDR_SPLIT": lambda: (lambda s: (s[0], "ADDRESS", s[1]))(_addr_split(rng, values)),
        "ADDR_KANJI": lambda: (lambda s: (s[0], "ADDRESS", s[1]))(_addr_kanji(rng, values)),
        "ADDR_OCR": lambda: (lambda s: (s[0], "ADDRESS", s[1]))(_addr_ocr(rng, values)),
        "ZIP": lambda: same("POSTAL_CODE", _zip(rng)),
        "ZIP_KANJI": lambda: same(
            "POSTAL_CODE",
            _kanji_digits("-".join(_zip_digits(rng))).replace("-", rng.choice(["ー", "の", "－"])),
        ),
        "ZIP_OCR": lambda: same("POSTAL_CODE", _ocr("-".join(_zip_digits(rng)))),
        "DOB": lambda: same("DATE_OF_BIRTH", _dob(rng)),
        "DOB_ERA": lambda: same("DATE_OF_BIRTH", _dob_era(rng)),
        "DOB_EN": lambda: same("DATE_OF_BIRTH", _dob_en(rng)),
        "DOB_KANJI": lambda: same("DATE_OF_BIRTH", _dob_kanji(rng)),
        "DOB_OCR": lambda: same("DATE_OF_BIRTH", _ocr(_dob(rng))),
        "ACCT": lambda: same("BANK_ACCOUNT", acct),
        "ACCT_ODD": lambda: kept(
            "BANK_ACCOUNT",
            s := _acct_odd(rng, acct),
            s.removeprefix("（普）").removeprefix("普通").removeprefix("No.").removeprefix("#"),
        ),
        "ACCT_KANJI": lambda: same("BANK_ACCOUNT", _kanji_digits(acct)),
        "ACCT_OCR": lambda: same("BANK_ACCOUNT", _ocr(acct)),
        "ACCT_SPLIT": lambda: same("BANK_ACCOUNT", f"{acct[:3]}\n{acct[3:]}"),
        "CARD": lambda: same("CREDIT_CARD", _card(rng)),
        "CARD_KANJI": lambda: same("CREDIT_CARD", _kanji_digits(" ".join(_group(card)))),
        "CARD_OCR": lambda: same("CREDIT_CARD", _ocr(card)),
        "CARD_SPLIT": lambda: same(
            "CREDIT_CARD", "\n".join([" ".join(_group(card)[:2]), " ".join(_group(card)[2:])])
        ),
        "CARD_MIXED": lambda: same("CREDIT_CARD", _mixed(rng, "-".join(_group(card)))),
        "MYNUM": lambda: same("MY_NUMBER", _twelve(rng, mynum)),
        "MYNUM_KANJI": lambda: same("MY_NUMBER", _kanji_digits(_twelve(rng, mynum))),
        "MYNUM_OCR": lambda: same("MY_NUMBER", _ocr(mynum)),
        "MYNUM_SPLIT": lambda: same("MY_NUMBER", f"{mynum[:4]} {mynum[4:8]}\n{mynum[8:]}"),
        "MYNUM_MIXED": lambda: same("MY_NUMBER", _mixed(rng, _twelve(rng, mynum))),
        "LIC": lambda: same(
            "DRIVER_LICENSE",
            rng.choice(
                [
                    lic,
                    f"第{lic}号",
                    f"{lic[:4]}-{lic[4:8]}-{lic[8:]}",
                    f"{lic[:4]} {lic[4:8]} {lic[8:]}",
                    _full(lic),
                ]
            ),
        ),
        "LIC_KANJI": lambda: same("DRIVER_LICENSE", _kanji_digits(lic)),
        "LIC_OCR": lambda: same("DRIVER_LICENSE", _ocr(lic)),
        "LIC_SPLIT": lambda: same("DRIVER_LICENSE", f"{lic[:6]}\n{lic[6:]}"),
        "HI_S": lambda: same(
            "HEALTH_INSURANCE", rng.choice([hi_s, _full(hi_s), _mixed(rng, hi_s)])
        ),
        "HI_N": lambda: same(
            "HEALTH_INSURANCE", rng.choice([hi_n, _full(hi_n), _mixed(rng, hi_n)])
        ),
        "HI_S_KANJI": lambda: same("HEALTH_INSURANCE", _kanji_digits(hi_s)),
        "HI_N_KANJI": lambda: same("HEALTH_INSURANCE", _kanji_digits(hi_n)),
        "HI_S_OCR": lambda: same("HEALTH_INSURANCE", _ocr(hi_s)),
        "HI_N_OCR": lambda: same("HEALTH_INSURANCE", _ocr(hi_n)),
        "PP": lambda: same("PASSPORT", letters + pp),
        "PP_ODD": lambda: same(
            "PASSPORT",
            rng.choice(
                [
                    (letters + pp).lower(),
                    f"{letters} {pp}",
                    f"{letters}-{pp}",
                    _full(letters + pp),
                    _mixed(rng, letters + pp),
                    f"{letters.lower()} {pp}",
                ]
            ),
        ),
        "PP_OCR": lambda: same("PASSPORT", _ocr(letters + pp)),
        "PP_SPLIT": lambda: same("PASSPORT", f"{letters}\n{pp}"),
        "PP_KANJI": lambda: same("PASSPORT", letters + _kanji_digits(pp)),
    }
    if slot in make:
        return make[slot]()
    return _benign(slot, rng), "", []


def _fill(text: str, rng: random.Random, half: tuple[Any, ...], lang: str) -> _Filled:
    return fill_slots(text, rng, lambda slot: _value(slot, rng, half))


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = HALVES
) -> list[Case]:
    """Every case of the requested halves for ``seed``."""
    templates, per_half = read_generator_data(DATA, HALVES)
    return generate_halves(
        templates,
        seed=seed,
        halves=halves,
        names=HALVES,
        contexts=per_half,
        count=lambda family, text: BENIGN_PER_TEMPLATE if family == "BENIGN" else per_template,
        fill=_fill,
        shapes=structured_shapes,
    )


def main(argv: Sequence[str] | None = None) -> int:
    return write_cases(
        argv,
        description=__doc__.splitlines()[0] if __doc__ else None,
        generate=generate,
        seed=DEFAULT_SEED,
        per_template=DEFAULT_PER_TEMPLATE,
        readable="ι",
        held_out="θ",
    )


if __name__ == "__main__":
    raise SystemExit(main())
