"""Held-out PII cases, twelfth generator: structured identifiers as people really write them.

Only the value types with a shape — dates of birth, card numbers, My Number, postcodes,
phone numbers, e-mail addresses, bank accounts, passports, driving licences, health
insurance and the other official numbers (基礎年金番号, 雇用保険被保険者番号, 住民票コード,
在留カード番号, 受給者番号, a car's number plate) — each in many spellings:

- spoken (voice input: ``せんきゅうひゃくはちじゅうごねん``, ``よんごーいち…``, ``oh nine
  oh …``), kanji numerals (``一九八五年四月十二日``, ``昭和六十年``, ``〒一五〇－〇〇〇二``);
- OCR'd (characters spaced apart, ``O`` for ``0``, ``l`` for ``1``, ``ー`` for a hyphen,
  full-width and half-width mixed);
- English (``March 3rd, 1971``, ``DOB 04/12/1985``, ``passport no.``);
- inside tables, CSV rows, JSON records, labelled forms, multi-turn chats, content parts
  (also split inside a value), tool-call arguments and tool results;
- a sixth of the templates benign look-alikes: order and tracking numbers, JAN codes,
  prices, event dates and years in history, versions, product and part codes,
  postcode-like figures, meeting IDs, corporate numbers, ISBNs, coordinates.

The other official numbers are planted as ``ID_NUMBER`` (the gateway had no such type when
this generator was written): leaked means the value reaches the model whatever it is called.

Templates and label lists are in ``bench/data/pii_cases_w/``; the address parts come from
``../shared/evaldata/names/`` (gimei, MIT; read at run time, not shipped). Every template
and value list is split by position into **W** (even positions: held out, only aggregate
figures are printed) and **X** (odd positions: failures may be read while fixing).

    .venv/bin/python bench/pii_cases_w.py [--seed 251] [--per-template 6] [--out FILE]
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
    write_cases,
)
from pii_cases import Case, _Filled

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_w"
DEFAULT_SEED = 251
DEFAULT_PER_TEMPLATE = 6
BENIGN_PER_TEMPLATE = 7

_KANJI = "〇一二三四五六七八九"
_FULL = str.maketrans("0123456789-/.", "０１２３４５６７８９－／．")
_JA_DIGITS = ["ぜろ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"]
_JA_ALT = {
    "0": ["ぜろ", "れい", "まる", "ゼロ"],
    "2": ["に", "にー", "ニー"],
    "5": ["ご", "ごー", "ゴー"],
    "4": ["よん", "ヨン"],
    "7": ["なな", "ナナ"],
    "9": ["きゅう", "キュー"],
}
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
_ORD_EN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
           "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
           "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
           "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth",
           "twenty-seventh", "twenty-eighth"]  # fmt: skip
_TEENS_EN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
             "seventeen", "eighteen", "nineteen"]  # fmt: skip
_TENS_EN = ["", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "outlook.jp", "ezweb.ne.jp"]
_LOCALS = ["haruto", "yui.k", "sota_88", "mio.tanabe", "kenji1975", "r.ishida", "aoi-m", "nanami.s"]


# ------------------------------------------------------------------ spellings


def _kanji_digits(text: str) -> str:
    return "".join(_KANJI[int(c)] if c.isdigit() else c for c in text)


def _kanji_number(value: int) -> str:
    """Positional kanji for 1..99 (十二, 六十, 三十一)."""
    tens, ones = divmod(value, 10)
    out = "" if tens == 0 else ("十" if tens == 1 else _KANJI[tens] + "十")
    return out + (_KANJI[ones] if ones else "") or "〇"


def _mixed_width(rng: random.Random, text: str) -> str:
    return "".join(c.translate(_FULL) if rng.random() < 0.5 else c for c in text)


def _spaced(text: str) -> str:
    return " ".join(text)


def _ocr_letters(rng: random.Random, text: str) -> str:
    """One OCR confusion: O for a 0, l or I for a 1, or a long-vowel mark for a hyphen."""
    kind = rng.randrange(3)
    if kind == 0 and "0" in text:
        return text.replace("0", "O", 1)
    if kind == 1 and "1" in text:
        return text.replace("1", rng.choice(["l", "I"]), 1)
    return text.replace("-", "ー")


def _say_ja(rng: random.Random, digits: str) -> str:
    return "".join(rng.choice(_JA_ALT.get(d, [_JA_DIGITS[int(d)]])) for d in digits)


def _say_en(rng: random.Random, digits: str) -> str:
    return " ".join(rng.choice(["oh", "zero"]) if d == "0" else _EN_DIGITS[int(d)] for d in digits)


def _said_groups(rng: random.Random, groups: list[str], lang: str) -> str:
    if lang == "en":
        return rng.choice([", ", " ", " - ", " dash "]).join(_say_en(rng, g) for g in groups)
    return rng.choice([" の ", "、", " ", "の", "ー"]).join(_say_ja(rng, g) for g in groups)


def _number_ja(value: int) -> str:
    return _TENS_JA[value // 10] + _ONES_JA[value % 10]


def _number_en(value: int) -> str:
    if value < 10:
        return _EN_DIGITS[value]
    if value < 20:
        return _TEENS_EN[value - 10]
    tens, ones = divmod(value, 10)
    return _TENS_EN[tens] + (f"-{_EN_DIGITS[ones]}" if ones else "")


# ------------------------------------------------------------------ dates of birth


def _birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1940, 2015), rng.randint(1, 12), rng.randint(1, 28)


def _era(year: int) -> tuple[str, str, int]:
    if year >= 2019:
        return "令和", "R", year - 2018
    if year >= 1989:
        return "平成", "H", year - 1988
    return "昭和", "S", year - 1925


def _dob_ja(rng: random.Random) -> str:
    year, month, day = _birth(rng)
    era, letter, n = _era(year)
    kind = rng.randrange(8)
    if kind == 0:
        return f"{_kanji_digits(str(year))}年{_kanji_number(month)}月{_kanji_number(day)}日"
    if kind == 1:
        said = "元" if n == 1 else _kanji_number(n)
        return f"{era}{said}年{_kanji_number(month)}月{_kanji_number(day)}日"
    if kind == 2:
        return f"{era}{n}年{month}月{day}日"
    if kind == 3:
        return f"{letter}{n}.{month}.{day}"
    if kind == 4:
        return f"{year}年{month:02d}月{day:02d}日"
    if kind == 5:
        return _mixed_width(rng, f"{year}年{month}月{day}日")
    if kind == 6:
        return f"{year}（{era}{n}）年{month}月{day}日"
    return f"{_kanji_digits(str(year))}年{_kanji_digits(str(month))}月{_kanji_digits(str(day))}日"


def _dob_en(rng: random.Random) -> str:
    year, month, day = _birth(rng)
    name = _MONTHS_EN[month - 1]
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10 if day not in (11, 12, 13) else 0, "th")
    return rng.choice(
        [
            f"{name} {day}, {year}",
            f"{name} {day}{suffix}, {year}",
            f"{day} {name} {year}",
            f"{day}{suffix} of {name}, {year}",
            f"{month:02d}/{day:02d}/{year}",
            f"{day:02d}-{name[:3]}-{year}",
            f"{name[:3]}. {day}, {year}",
            f"{year}-{month:02d}-{day:02d}",
        ]
    )


def _dob_voice(rng: random.Random) -> str:
    year, month, day = _birth(rng)
    said_day = _DAYS_JA.get(day) or _number_ja(day) + "にち"
    if rng.random() < 0.3:
        era, _letter, n = _era(year)
        reading = {"昭和": "しょうわ", "平成": "へいせい", "令和": "れいわ"}[era]
        said_year = reading + ("がん" if n == 1 else _number_ja(n))
    elif year < 2000:
        said_year = "せんきゅうひゃく" + _number_ja(year - 1900)
    else:
        said_year = "にせん" + _number_ja(year - 2000)
    sep = rng.choice([" ", "、", ""])
    return f"{said_year}ねん{sep}{_MONTHS_JA[month - 1]}{sep}{said_day}"


def _dob_voice_en(rng: random.Random) -> str:
    year, month, day = _birth(rng)
    said_year = (
        f"nineteen {_number_en(year - 1900)}"
        if year < 2000
        else (f"two thousand {_number_en(year - 2000)}" if year > 2000 else "two thousand")
    )
    return rng.choice(
        [
            f"{_MONTHS_EN[month - 1]} {_ORD_EN[day - 1]} {said_year}",
            f"the {_ORD_EN[day - 1]} of {_MONTHS_EN[month - 1]} {said_year}",
        ]
    )


def _dob_ocr(rng: random.Random) -> str:
    year, month, day = _birth(rng)
    return rng.choice(
        [
            f"{year} 年 {month} 月 {day} 日",
            _spaced(f"{year}/{month:02d}/{day:02d}"),
            _mixed_width(rng, f"{year}.{month:02d}.{day:02d}"),
            f"{year}/{month:02d}/{day:02d}".replace("0", "O", 1),
            _spaced(f"{year}年{month}月{day}日"),
            f"{year} {month:02d} {day:02d}",
        ]
    )


def _dob_any(rng: random.Random) -> str:
    return rng.choice([_dob_ja, _dob_en, _dob_ocr, _dob_voice])(rng)


def _dob_numeric(rng: random.Random) -> str:
    year, month, day = _birth(rng)
    return rng.choice(
        [f"{year}/{month:02d}/{day:02d}", f"{year}-{month:02d}-{day:02d}",
         f"{year}{month:02d}{day:02d}", f"{year}.{month}.{day}", f"{year}年{month}月{day}日"]
    )  # fmt: skip


# ------------------------------------------------------------------ cards, My Number


def _luhn(rng: random.Random, prefix: str, length: int) -> str:
    body = prefix + random_digits(rng, length - 1 - len(prefix))
    total = 0
    for i, d in enumerate(reversed(body)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return body + str((10 - total % 10) % 10)


def _card_digits(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return _luhn(rng, "37", 15)
    if kind == 1:
        return _luhn(rng, "35", 16)
    return _luhn(rng, rng.choice(["4", "5"]), 16)


def _card_groups(digits: str) -> list[str]:
    if len(digits) == 15:
        return [digits[:4], digits[4:10], digits[10:]]
    return [digits[i : i + 4] for i in range(0, 16, 4)]


def _card(rng: random.Random) -> str:
    groups = _card_groups(_card_digits(rng))
    return rng.choice([" ", "-", "", "  ", "・", " - "]).join(groups)


def _card_ocr(rng: random.Random) -> str:
    digits = _card_digits(rng)
    groups = _card_groups(digits)
    kind = rng.randrange(6)
    if kind == 0:
        return _spaced(digits)
    if kind == 1:
        return _mixed_width(rng, " ".join(groups))
    if kind == 2:
        return _ocr_letters(rng, "-".join(groups))
    if kind == 3:
        return "ー".join(groups)
    if kind == 4:
        return "  ".join(_spaced(g) for g in groups)
    return _kanji_digits(" ".join(groups))


def _card_voice(rng: random.Random, lang: str) -> str:
    return _said_groups(rng, _card_groups(_card_digits(rng)), lang)


def _my_number_digits(rng: random.Random, *, valid: bool = True) -> str:
    body = random_digits(rng, 11)
    total = sum(int(d) * (n + 1 if n <= 6 else n - 5) for n, d in enumerate(reversed(body), 1))
    remainder = total % 11
    check = 0 if remainder <= 1 else 11 - remainder
    if not valid:
        check = (check + rng.randint(1, 9)) % 10
    return body + str(check)


def _groups_4(digits: str) -> list[str]:
    return [digits[i : i + 4] for i in range(0, len(digits), 4)]


def _my_number(rng: random.Random, *, valid: bool = True) -> str:
    digits = _my_number_digits(rng, valid=valid)
    return rng.choice([" ", "-", "", "－", " - "]).join(_groups_4(digits))


def _my_number_ocr(rng: random.Random) -> str:
    digits = _my_number_digits(rng)
    return rng.choice(
        [_spaced(digits), _mixed_width(rng, digits), "ー".join(_groups_4(digits)),
         _ocr_letters(rng, "-".join(_groups_4(digits))),
         "  ".join(_spaced(g) for g in _groups_4(digits))]
    )  # fmt: skip


# ------------------------------------------------------------------ postcodes, phones, e-mail


def _postal_digits(rng: random.Random) -> str:
    return str(rng.randint(100, 999)) + random_digits(rng, 4)


def _postal(rng: random.Random) -> str:
    d = _postal_digits(rng)
    return rng.choice([f"{d[:3]}-{d[3:]}", d, f"{d[:3]} {d[3:]}", f"{d[:3]}－{d[3:]}"])


def _postal_ocr(rng: random.Random) -> str:
    d = _postal_digits(rng)
    return rng.choice(
        [_spaced(f"{d[:3]}-{d[3:]}"), _mixed_width(rng, f"{d[:3]}-{d[3:]}"), f"{d[:3]}ー{d[3:]}",
         _ocr_letters(rng, f"{d[:3]}-{d[3:]}"), f"{d[:3]} - {d[3:]}"]
    )  # fmt: skip


def _phone_groups(rng: random.Random) -> list[str]:
    kind = rng.randrange(4)
    if kind == 0:
        return [rng.choice(["03", "06"]), random_digits(rng, 4), random_digits(rng, 4)]
    if kind == 1:
        return [rng.choice(["045", "052", "092", "011", "075"]), random_digits(rng, 3),
                random_digits(rng, 4)]  # fmt: skip
    if kind == 2:
        return [rng.choice(["0120", "0570"]), random_digits(rng, 3), random_digits(rng, 3)]
    return [rng.choice(["070", "080", "090"]), random_digits(rng, 4), random_digits(rng, 4)]


def _phone(rng: random.Random) -> str:
    g = _phone_groups(rng)
    kind = rng.randrange(8)
    if kind == 0:
        return "-".join(g)
    if kind == 1:
        return "".join(g)
    if kind == 2:
        return f"{g[0]}({g[1]}){g[2]}"
    if kind == 3:
        return f"{g[0]}（{g[1]}）{g[2]}"
    if kind == 4:
        return ".".join(g)
    if kind == 5:
        return f"+81 {g[0][1:]} {g[1]} {g[2]}"
    if kind == 6:
        return f"+81-{g[0][1:]}-{g[1]}-{g[2]}"
    return "/".join(g)


def _phone_en(rng: random.Random) -> str:
    g = _phone_groups(rng)
    return rng.choice(
        ["-".join(g), f"+81 {g[0][1:]} {g[1]} {g[2]}", f"+81 (0){g[0][1:]}-{g[1]}-{g[2]}",
         f"({g[0]}) {g[1]}-{g[2]}", ".".join(g)]
    )  # fmt: skip


def _phone_ocr(rng: random.Random) -> str:
    g = _phone_groups(rng)
    return rng.choice(
        [_spaced("-".join(g)), _mixed_width(rng, "-".join(g)), "ー".join(g),
         _ocr_letters(rng, "-".join(g)), f"{g[0]} - {g[1]} - {g[2]}", _spaced("".join(g))]
    )  # fmt: skip


def _phone_kanji(rng: random.Random) -> str:
    g = _phone_groups(rng)
    return _kanji_digits(rng.choice(["-", "－", "ー", "の", ""]).join(g))


def _email(rng: random.Random) -> str:
    local, domain = rng.choice(_LOCALS), rng.choice(_DOMAINS)
    kind = rng.randrange(6)
    if kind == 0:
        return f"{local}@{domain}"
    if kind == 1:
        return f"{local}＠{domain}"
    if kind == 2:
        return f"{local} あっと {domain}"
    if kind == 3:
        return f"{local}（アットマーク）{domain}"
    if kind == 4:
        return f"{local.upper()}@{domain.upper()}"
    return f"mailto:{local}@{domain}"


def _email_en(rng: random.Random) -> str:
    local, domain = rng.choice(_LOCALS), rng.choice(_DOMAINS)
    return rng.choice(
        [f"{local}@{domain}", f"{local} [at] {domain.replace('.', ' [dot] ')}",
         f"{local} at {domain.replace('.', ' dot ')}", f"{local}(at){domain}",
         f"<{local}@{domain}>"]
    )  # fmt: skip


def _email_voice(rng: random.Random) -> str:
    local, domain = rng.choice(_LOCALS), rng.choice(_DOMAINS)
    dot = rng.choice([" ドット ", "ドット", " どっと "])
    at = rng.choice([" アットマーク ", " あっとまーく ", " アット "])
    return f"{local.replace('.', dot)}{at}{domain.replace('.', dot)}"


def _email_ocr(rng: random.Random) -> str:
    local, domain = rng.choice(_LOCALS), rng.choice(_DOMAINS)
    return rng.choice(
        [f"{local} @ {domain.replace('.', ' . ')}", f"{local}＠{domain.replace('.', '．')}",
         _spaced(f"{local}@{domain}"), f"{local}@{domain.replace('.', '。')}"]
    )  # fmt: skip


def _postal_said(rng: random.Random, lang: str) -> str:
    digits = _postal_digits(rng)
    return _said_groups(rng, [digits[:3], digits[3:]], lang)


def _my_number_said(rng: random.Random) -> str:
    return _said_groups(rng, _groups_4(_my_number_digits(rng)), "ja")


def _dob_mixed(rng: random.Random) -> str:
    return _dob_any(rng) if rng.random() < 0.5 else _dob_numeric(rng)


def _pension(rng: random.Random) -> str:
    template = rng.choice(["{}-{}", "{}{}", "{} {}"])
    return template.format(random_digits(rng, 4), random_digits(rng, 6))


def _employment_insurance(rng: random.Random) -> str:
    template = rng.choice(["{}-{}-{}", "{}{}{}", "{} {} {}"])
    return template.format(random_digits(rng, 4), random_digits(rng, 6), rng.randint(0, 9))


# ------------------------------------------------------------------ accounts, documents


def _bank(rng: random.Random) -> tuple[str, str]:
    number = random_digits(rng, 7)
    kind = rng.choice(["普通", "普通預金", "当座", "（普）", "(普)", "普", "総合"])
    sep = rng.choice([" ", "", "　", " 口座番号 ", "・"])
    return f"{kind}{sep}{number}", number


def _yucho(rng: random.Random) -> tuple[str, str]:
    symbol = "1" + random_digits(rng, 3) + "0"
    number = random_digits(rng, 7) + "1"
    return rng.choice(
        [f"{symbol}-{number}", f"記号{symbol} 番号{number}", f"{symbol} {number}"]
    ), number


def _passport(rng: random.Random) -> str:
    letters = rng.choice(["TK", "TR", "TZ", "MU", "TS", "TH"])
    digits = random_digits(rng, 7)
    return rng.choice(
        [f"{letters}{digits}", f"{letters.lower()}{digits}", f"{letters} {digits}",
         f"{letters}-{digits}", _mixed_width(rng, letters + digits)]
    )  # fmt: skip


def _passport_voice(rng: random.Random) -> str:
    letters = rng.choice(["TK", "TR", "TZ", "MU"])
    return f"{letters}の{_say_ja(rng, random_digits(rng, 7))}"


def _license_digits(rng: random.Random) -> str:
    return f"{rng.randint(10, 99)}{random_digits(rng, 10)}"


def _license(rng: random.Random) -> str:
    d = _license_digits(rng)
    return rng.choice(
        [d, f"第{d}号", f"{d[:4]} {d[4:8]} {d[8:]}", f"{d[:4]}-{d[4:8]}-{d[8:]}",
         f"第 {d} 号", _mixed_width(rng, d)]
    )  # fmt: skip


def _zairyu(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    head = rng.choice(letters) + rng.choice(letters)
    tail = rng.choice(letters) + rng.choice(letters)
    value = f"{head}{random_digits(rng, 8)}{tail}"
    return value if rng.random() < 0.7 else value.lower()


def _plate(rng: random.Random, values: dict[str, Any]) -> str:
    place = rng.choice(values["plate_places"])
    klass = str(rng.choice([rng.randint(300, 599), rng.randint(30, 59), rng.randint(500, 599)]))
    kana = rng.choice(values["plate_kana"])
    number = f"{rng.randint(1, 99):>2}-{rng.randint(10, 99)}".replace(" ", "・")
    return rng.choice([f"{place}{klass}{kana}{number}", f"{place} {klass} {kana} {number}"])


# ------------------------------------------------------------------ benign look-alikes


def _jan(rng: random.Random) -> str:
    body = "49" + random_digits(rng, 10)
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _benign(slot: str, rng: random.Random, values: dict[str, Any]) -> str:
    year, month, day = rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28)
    hist = rng.randint(1600, 1995)
    era, _letter, n = _era(hist if hist >= 1926 else 1926)
    make: dict[str, Callable[[], str]] = {
        "ORDER": lambda: rng.choice(
            [
                f"{random_digits(rng, 3)}-{random_digits(rng, 7)}-{random_digits(rng, 7)}",
                f"ORD-{random_digits(rng, 8)}",
                random_digits(rng, 12),
                f"#{random_digits(rng, 9)}",
                f"{random_digits(rng, 4)}-{random_digits(rng, 4)}-{random_digits(rng, 4)}",
            ]
        ),
        "ORDER_EN": lambda: random_digits(rng, rng.choice([8, 10, 11])),
        "JAN": lambda: _jan(rng),
        "PRICE": lambda: rng.choice(
            [
                f"{rng.randint(1, 999):,}",
                f"{rng.randint(1000, 9_999_999):,}",
                str(rng.randint(100, 99999)),
            ]
        ),
        "PRICE_EN": lambda: f"{rng.randint(10, 99999):,}.{rng.randint(0, 99):02d}",
        "EVENT": lambda: str(rng.choice(values["events"])),
        "HIST_DATE": lambda: rng.choice(
            [
                f"{hist}年{month}月{day}日",
                f"{_kanji_digits(str(hist))}年{_kanji_number(month)}月{_kanji_number(day)}日",
                f"{era}{n}年{month}月{day}日",
                f"{hist}/{month}/{day}",
            ]
        ),
        "HIST_ERA_DATE": lambda: rng.choice(
            [
                f"昭和{rng.randint(1, 64)}年{month}月{day}日",
                f"平成元年{month}月{day}日",
                f"{hist}年{month}月{day}日",
            ]
        ),
        "HIST_YEAR": lambda: str(hist),
        "EVENT_DATE": lambda: rng.choice(
            [
                f"{year}年{month}月{day}日",
                f"{year}/{month:02d}/{day:02d}",
                f"{month}月{day}日",
                f"{year}.{month}.{day}",
                f"令和{year - 2018}年{month}月{day}日",
            ]
        ),
        "EVENT_DATE_EN": lambda: rng.choice(
            [f"{_MONTHS_EN[month - 1]} {day}, {year}", f"{month:02d}/{day:02d}/{year}"]
        ),
        "VER": lambda: rng.choice(
            [
                f"{rng.randint(1, 20)}.{rng.randint(0, 12)}.{rng.randint(0, 30)}",
                f"v{rng.randint(1, 9)}.{rng.randint(0, 99)}",
                f"{year}.{month}.{day}",
            ]
        ),
        "PCODE": lambda: rng.choice(
            [
                f"KX-{random_digits(rng, 3)}-{random_digits(rng, 4)}",
                f"0{random_digits(rng, 2)}-{random_digits(rng, 4)}-A",
                f"TH-{random_digits(rng, 2)}LZ{random_digits(rng, 4)}",
                f"{random_digits(rng, 3)}-{random_digits(rng, 4)}-{random_digits(rng, 4)}B",
            ]
        ),
        "POSTLIKE": lambda: rng.choice(
            [
                f"{rng.randint(100, 130)}.{rng.randint(0, 9)}%",
                f"{random_digits(rng, 3)}-{random_digits(rng, 4)}万円",
                f"{rng.randint(100, 999)}億{rng.randint(1000, 9999)}万円",
            ]
        ),
        "TRACKING": lambda: rng.choice(
            [
                f"{random_digits(rng, 4)}-{random_digits(rng, 4)}-{random_digits(rng, 4)}",
                random_digits(rng, 12),
                "-".join(random_digits(rng, n) for n in (3, 2, 5, 1)),
            ]
        ),
        "ZOOM": lambda: f"{random_digits(rng, 3)} {random_digits(rng, 4)} {random_digits(rng, 4)}",
        "ISBN": lambda: (
            f"978-4-{random_digits(rng, 2)}-{random_digits(rng, 6)}-{rng.randint(0, 9)}"
        ),
        "CORP": lambda: str(rng.randint(1, 9)) + random_digits(rng, 12),
        "IP": lambda: f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        "PARTNO": lambda: f"{random_digits(rng, 3)}-{random_digits(rng, 4)}",
        "PARTNO_B": lambda: f"{random_digits(rng, 3)}-{random_digits(rng, 4)}",
        "PRODUCT": lambda: str(rng.choice(values["products"])),
        "LOT": lambda: f"{year % 100}{month:02d}{day:02d}-{random_digits(rng, 3)}",
        "LAT": lambda: f"{rng.randint(26, 44)}.{random_digits(rng, 4)}",
        "LON": lambda: f"{rng.randint(127, 145)}.{random_digits(rng, 4)}",
        "ROOM": lambda: f"{rng.randint(1, 30)}0{rng.randint(1, 9)}",
        "TIME": lambda: f"{rng.randint(8, 19):02d}:{rng.choice(['00', '15', '30', '45'])}",
        "STOCK": lambda: str(rng.randint(1300, 9999)),
        "QTY": lambda: str(rng.randint(2, 480)),
    }
    return make[slot]()


# ------------------------------------------------------------------ filling


def _value(
    slot: str, rng: random.Random, half: tuple[Any, ...], lang: str
) -> tuple[str, str, list[str]]:
    """(text shown, entity type or "" when nothing is secret, the secret values)."""
    values, _names, places = half
    labels = {
        "DOB_LABEL": "dob_labels", "CARD_LABEL": "card_labels", "MYNUM_LABEL": "mynum_labels",
        "POSTAL_LABEL": "postal_labels", "PHONE_LABEL": "phone_labels", "MAIL_LABEL": "mail_labels",
        "BANK_LABEL": "bank_labels", "ROLE": "roles_ja", "ROLE_EN": "roles_en",
        "BANK_NAME": "banks", "BRANCH": "branches",
    }  # fmt: skip
    if slot in labels:
        return str(rng.choice(values[labels[slot]])), "", []
    if slot in {"PREF", "CITY", "TOWN"}:
        return (
            str(
                rng.choice(places[{"PREF": "prefecture", "CITY": "city", "TOWN": "town"}[slot]])[0]
            ),
            "",
            [],
        )
    if slot == "BANK":
        shown, number = _bank(rng)
        return shown, "BANK_ACCOUNT", [number]
    if slot == "YUCHO":
        shown, number = _yucho(rng)
        return shown, "BANK_ACCOUNT", [number]
    if slot in {"BANK_DIGITS", "BANK_KANJI", "BANK_OCR", "BANK_VOICE"}:
        number = random_digits(rng, 7)
        shown = {
            "BANK_DIGITS": number,
            "BANK_KANJI": "普通" + _kanji_digits(number),
            "BANK_OCR": _spaced(number) if rng.random() < 0.5 else _mixed_width(rng, number),
            "BANK_VOICE": _say_ja(rng, number),
        }[slot]
        return shown, "BANK_ACCOUNT", [shown if slot != "BANK_KANJI" else shown[2:]]
    if slot in {"HI_SYMBOL", "HI_NUMBER"}:
        digits = random_digits(rng, rng.randint(4, 8))
        return digits, "HEALTH_INSURANCE", [digits]
    if slot == "BRANCH_NO":
        return f"0{rng.randint(0, 9)}", "", []
    if slot == "EXPIRY":
        return f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}", "", []
    if slot == "EXPIRY_LONG":
        return (
            f"{rng.randint(2027, 2034)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "",
            [],
        )
    if slot == "PLATE":
        shown = _plate(rng, values)
        return shown, "ID_NUMBER", [shown]
    secret: dict[str, tuple[Callable[[], str], str]] = {
        "DOB": (lambda: _dob_mixed(rng), "DATE_OF_BIRTH"),
        "DOB_JA": (lambda: _dob_ja(rng), "DATE_OF_BIRTH"),
        "DOB_EN": (lambda: _dob_en(rng), "DATE_OF_BIRTH"),
        "DOB_VOICE": (lambda: _dob_voice(rng), "DATE_OF_BIRTH"),
        "DOB_VOICE_EN": (lambda: _dob_voice_en(rng), "DATE_OF_BIRTH"),
        "DOB_OCR": (lambda: _dob_ocr(rng), "DATE_OF_BIRTH"),
        "CARD": (lambda: _card(rng), "CREDIT_CARD"),
        "CARD_OCR": (lambda: _card_ocr(rng), "CREDIT_CARD"),
        "CARD_VOICE": (lambda: _card_voice(rng, "ja"), "CREDIT_CARD"),
        "CARD_VOICE_EN": (lambda: _card_voice(rng, "en"), "CREDIT_CARD"),
        "MYNUM": (lambda: _my_number(rng), "MY_NUMBER"),
        "MYNUM_TYPO": (lambda: _my_number(rng, valid=False), "MY_NUMBER"),
        "MYNUM_OCR": (lambda: _my_number_ocr(rng), "MY_NUMBER"),
        "MYNUM_VOICE": (lambda: _my_number_said(rng), "MY_NUMBER"),
        "MYNUM_KANJI": (lambda: _kanji_digits(_my_number(rng)), "MY_NUMBER"),
        "POSTAL": (lambda: _postal(rng), "POSTAL_CODE"),
        "POSTAL_OCR": (lambda: _postal_ocr(rng), "POSTAL_CODE"),
        "POSTAL_KANJI": (lambda: _kanji_digits(_postal(rng)), "POSTAL_CODE"),
        "POSTAL_VOICE": (lambda: _postal_said(rng, "ja"), "POSTAL_CODE"),
        "POSTAL_VOICE_EN": (lambda: _postal_said(rng, "en"), "POSTAL_CODE"),
        "PHONE": (lambda: _phone(rng), "PHONE_NUMBER"),
        "PHONE_EN": (lambda: _phone_en(rng), "PHONE_NUMBER"),
        "PHONE_OCR": (lambda: _phone_ocr(rng), "PHONE_NUMBER"),
        "PHONE_KANJI": (lambda: _phone_kanji(rng), "PHONE_NUMBER"),
        "PHONE_VOICE": (lambda: _said_groups(rng, _phone_groups(rng), "ja"), "PHONE_NUMBER"),
        "PHONE_VOICE_EN": (lambda: _said_groups(rng, _phone_groups(rng), "en"), "PHONE_NUMBER"),
        "EMAIL": (lambda: _email(rng), "EMAIL_ADDRESS"),
        "EMAIL_EN": (lambda: _email_en(rng), "EMAIL_ADDRESS"),
        "EMAIL_VOICE": (lambda: _email_voice(rng), "EMAIL_ADDRESS"),
        "EMAIL_OCR": (lambda: _email_ocr(rng), "EMAIL_ADDRESS"),
        "PASSPORT": (lambda: _passport(rng), "PASSPORT"),
        "PASSPORT_VOICE": (lambda: _passport_voice(rng), "PASSPORT"),
        "LICENSE": (lambda: _license(rng), "DRIVER_LICENSE"),
        "LICENSE_KANJI": (lambda: _kanji_digits(_license(rng)), "DRIVER_LICENSE"),
        "LICENSE_OCR": (lambda: _spaced(_license_digits(rng)), "DRIVER_LICENSE"),
        "ZAIRYU": (lambda: _zairyu(rng), "ID_NUMBER"),
        "PENSION": (lambda: _pension(rng), "ID_NUMBER"),
        "EMPINS": (lambda: _employment_insurance(rng), "ID_NUMBER"),
        "JUMIN": (lambda: random_digits(rng, 11), "ID_NUMBER"),
        "JUKYU": (lambda: random_digits(rng, 7), "ID_NUMBER"),
        "KOHI": (lambda: "54" + random_digits(rng, 6), "ID_NUMBER"),
    }
    if slot in secret:
        make, entity_type = secret[slot]
        shown = make()
        return shown, entity_type, [shown]
    return _benign(slot, rng, values), "", []


def _fill(text: str, rng: random.Random, half: tuple[Any, ...], lang: str) -> _Filled:
    return fill_slots(text, rng, lambda slot: _value(slot, rng, half, lang))


_SHAPES = ["single", "single", "single", "multi_turn", "parts", "split_parts", "tool_call",
           "tool_result"]  # fmt: skip


def _shapes(family: str, filled: _Filled) -> list[str]:
    # Every structured value may be split across two content parts (not only the five
    # types the earlier generators split).
    return [s for s in _SHAPES if s != "split_parts" or filled.secrets]


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = "WX"
) -> list[Case]:
    """Every case of the requested halves for ``seed``."""
    templates, per_half = read_generator_data(DATA, "WX", places=True)
    return generate_halves(
        templates,
        seed=seed,
        halves=halves,
        names="WX",
        contexts=per_half,
        count=lambda family, text: BENIGN_PER_TEMPLATE if family == "BENIGN" else per_template,
        fill=_fill,
        shapes=_shapes,
    )


def main(argv: Sequence[str] | None = None) -> int:
    return write_cases(
        argv,
        description=__doc__.splitlines()[0] if __doc__ else None,
        generate=generate,
        seed=DEFAULT_SEED,
        per_template=DEFAULT_PER_TEMPLATE,
        readable="X",
        held_out="W",
    )


if __name__ == "__main__":
    raise SystemExit(main())
