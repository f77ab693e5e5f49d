"""PII cases, fifteenth generator: structured personal values as people really write them.

Seven value types — health insurance cards (記号・番号・枝番 in every layout, 保険証 /
資格確認書 / マイナ保険証, in forms, said aloud), bank accounts (bank, branch, account kind
and number in many orders and abbreviations, ゆうちょ 記号-番号 and its 店名 form, said in
kanji or kana, in transfer instructions and invoices), passports (any case, spaces, hyphens,
full width, the MRZ, the keyword far away or absent), payment cards (spaces, dashes, groups,
Amex and Diners groupings, expiry and CVV beside them, an old masked card next to the new
one), e-mail addresses (obfuscated spellings, full width, signatures, ``mailto:``, the
message's ``name`` field), dates of birth (eras, kanji numerals, English, the year or month
alone before 生まれ) and postcodes — polite and casual, Japanese and English, in single
messages, multi-turn chats, content parts (also split inside a value), tool-call arguments
and tool results.

A fifth of the templates are benign look-alikes that must pass unaltered: order, tracking,
meeting and inquiry numbers, JAN codes and ISBNs, invoice and 適格請求書 registration
numbers (``T`` + 13 digits: a business's public number), prices, dates and years of
company events, passport-shaped product codes (品番 ``AB1234567``), a masked card, branch
names and codes, questions about the formats themselves. A company branch's *phone* is not
among them: the gateway pseudonymises every phone number (it cannot tell a public line from
a direct one; the number comes back in the answer).

Values that are planted and must not reach the model: 記号 and 番号 of a health card (the
two-digit 枝番 alone is not a secret), the account number (for ゆうちょ the 番号, or the
seven-digit number of its 店名 form), the passport number (also inside an MRZ), the card
number (the CVV and expiry are not counted), the e-mail address as written, the date of
birth as written (a year alone when it is said to be a birth year), the postcode digits.

Templates and value lists are in ``bench/data/pii_cases_gamma/``. Every template (per
family) and every value list is split by position into **δ** (even positions: held out,
only aggregate figures are printed) and **γ** (odd positions: failures may be read while
fixing); the halves share no template and no listed value.

    .venv/bin/python bench/pii_cases_gamma.py [--seed 283] [--per-template 13] [--out FILE]
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
    with_own_shapes,
    write_cases,
)
from pii_cases import Case, _Filled

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_gamma"
DEFAULT_SEED = 283
DEFAULT_PER_TEMPLATE = 13
BENIGN_PER_TEMPLATE = 8

_KANJI = "〇一二三四五六七八九"
_FULL = str.maketrans(
    "0123456789-/.@ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_",
    "０１２３４５６７８９－／．＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ＿",
)
_KANA = {
    "0": ["ぜろ", "れい", "まる", "ゼロ"],
    "1": ["いち", "イチ"],
    "2": ["に", "にー", "ニー"],
    "3": ["さん", "サン"],
    "4": ["よん", "ヨン"],
    "5": ["ご", "ごー", "ゴー"],
    "6": ["ろく", "ロク"],
    "7": ["なな", "ナナ"],
    "8": ["はち", "ハチ"],
    "9": ["きゅう", "キュー"],
}
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _kanji_digits(text: str) -> str:
    return "".join(_KANJI[int(c)] if c.isdigit() else c for c in text)


def _kanji_number(value: int) -> str:
    """1-99 in kanji (十二, 五十, 三十一)."""
    tens, ones = divmod(value, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _KANJI[tens] + "十")
    return head + ("" if ones == 0 else _KANJI[ones])


def _kana_digits(rng: random.Random, digits: str) -> str:
    sep = rng.choice(["", " ", "、"])
    return sep.join(rng.choice(_KANA[d]) if d.isdigit() else d for d in digits)


def _full(text: str) -> str:
    return text.translate(_FULL)


# ------------------------------------------------------------------ health insurance


def _hi_parts(rng: random.Random) -> tuple[str, str, str]:
    return (
        random_digits(rng, rng.choice([4, 5, 6, 8])),
        random_digits(rng, rng.choice([4, 5, 6, 7, 8])),
        f"{rng.randint(0, 9):02d}",
    )


def _hi(rng: random.Random) -> tuple[str, list[str]]:
    s, n, b = _hi_parts(rng)
    layouts = [
        f"記号{s} 番号{n}",
        f"記号：{s}　番号：{n}　枝番：{b}",
        f"記号・番号　{s}・{n}（枝番{b}）",
        f"記号 {s} / 番号 {n} / 枝番 {b}",
        f"記号{s}番号{n}枝番{b}",
        f"被保険者記号 {s}　被保険者番号 {n}",
        f"記号番号 {s}-{n}",
        f"記号 {s}、番号 {n}、枝番 {b}",
        f"【記号】{s}【番号】{n}【枝番】{b}",
        f"記号={s}, 番号={n}",
        f"番号 {n}（記号 {s}）",
        f"記号 {_full(s)} 番号 {_full(n)}",
        f"きごう{s} ばんごう{n}",
        f"記号 {s} 番号 {n}-{b}",
        f"記号 {s}　番号 {n}　(枝番 {b})",
        f"記号／番号：{s}／{n}",
        f"記号:{s} 番号:{n} 枝:{b}",
    ]
    shown = rng.choice(layouts)
    return shown, [_full_back(s, shown), _full_back(n, shown)]


def _full_back(value: str, shown: str) -> str:
    return value if value in shown else _full(value)


def _hi_bare(rng: random.Random) -> tuple[str, list[str]]:
    s, n, b = _hi_parts(rng)
    shown = rng.choice(
        [
            f"{s}-{n}-{b}",
            f"{s} {n} {b}",
            f"{s}・{n}・{b}",
            f"{s}/{n}",
            f"{s}-{n}",
            f"{s}　{n}（{b}）",
        ]
    )
    return shown, [s, n]


def _hi_spoken(rng: random.Random) -> tuple[str, list[str]]:
    s, n, _b = _hi_parts(rng)
    kind = rng.randrange(5)
    if kind == 0:
        return f"記号は{_kanji_digits(s)}、番号は{_kanji_digits(n)}", [
            _kanji_digits(s),
            _kanji_digits(n),
        ]
    if kind == 1:
        ks, kn = _kana_digits(rng, s), _kana_digits(rng, n)
        return f"きごう {ks} ばんごう {kn}", [ks, kn]
    if kind == 2:
        return f"記号が{s}で番号が{n}", [s, n]
    if kind == 3:
        return f"保険証の記号{s}の、番号が{n}", [s, n]
    return f"きごうは{s}、ばんごうは{n}", [s, n]


def _hi_en(rng: random.Random) -> tuple[str, list[str]]:
    s, n, b = _hi_parts(rng)
    shown = rng.choice(
        [
            f"symbol {s}, number {n}, branch {b}",
            f"Insurer symbol: {s} / Insured number: {n}",
            f"kigo {s} bango {n}",
            f"Symbol/No.: {s}/{n}",
            f"card symbol {s} no. {n} (sub {b})",
            f"Kigo: {s}, Bango: {n}, Edaban: {b}",
            f"symbol-number {s}-{n}",
        ]
    )
    return shown, [s, n]


def _hi_form(rng: random.Random) -> tuple[str, list[str]]:
    s, n, b = _hi_parts(rng)
    shown = rng.choice(
        [
            f"記号：{s}\n番号：{n}\n枝番：{b}",
            f"| 記号 | 番号 | 枝番 |\n|---|---|---|\n| {s} | {n} | {b} |",
            f"記号,番号,枝番\n{s},{n},{b}",
            f'{{"kigo": "{s}", "bango": "{n}", "edaban": "{b}"}}',
            f"■保険証\n・記号 {s}\n・番号 {n}",
            f"記号\t番号\t枝番\n{s}\t{n}\t{b}",
            f"被保険者証の記号　{s}\n被保険者証の番号　{n}",
            f'{{"insurance": {{"symbol": "{s}", "number": "{n}"}}}}',
        ]
    )
    return shown, [s, n]


# ------------------------------------------------------------------ bank accounts

_KINDS = [
    "普通",
    "普通預金",
    "普",
    "（普）",
    "(普)",
    "普）",
    "当座",
    "当座預金",
    "（当）",
    "当",
    "総合",
    "貯蓄",
    "ﾌﾂｳ",
    "フツウ",
    "普通口座",
    "ふつう",
]


def _acct(rng: random.Random, values: dict[str, Any]) -> tuple[str, list[str]]:
    n = random_digits(rng, 7)
    bank, short = rng.choice(values["banks"]), rng.choice(values["banks_short"])
    branch, kind = rng.choice(values["branches"]), rng.choice(_KINDS)
    code = random_digits(rng, 3)
    shown = rng.choice(
        [
            f"{bank} {branch}支店 {kind} {n}",
            f"{bank}／{branch}支店（{code}）／{kind}／{n}",
            f"{kind} {n}（{bank} {branch}支店）",
            f"{branch}支店 {kind}{n}",
            f"{short} {branch} {kind} {n}",
            f"{bank}{branch}支店 口座番号{n}（{kind}）",
            f"店番{code} {kind} {n}",
            f"支店番号{code} 口座番号{n}",
            f"{bank} 支店コード{code} 口座 {n}",
            f"{short}{branch}{kind}{n}",
            f"口座：{bank}/{branch}/{kind}/{n}",
            f"{bank}の{branch}支店、{kind}の{n}",
            f"{branch}支店（店番{code}）{kind}預金 {n}",
            f"{n}（{kind}・{branch}支店）",
            f"{short}銀行 {branch}支店 口座{n}",
            f"{bank} {branch}支店 {code}-{n}",
        ]
    )
    return shown, [n]


def _acct_short(rng: random.Random, values: dict[str, Any]) -> tuple[str, list[str]]:
    n = random_digits(rng, 7)
    kind = rng.choice(_KINDS)
    branch = rng.choice(values["branches"])
    shown = rng.choice(
        [
            f"{kind}{n}",
            f"{kind} {n}",
            f"（{branch}）{kind} {n}",
            f"{n}（{kind}）",
            f"{branch}の{kind}{n}",
            f"{kind}口座 {n}",
            f"{branch}支店の{n}",
        ]
    )
    return shown, [n]


def _acct_spoken(rng: random.Random, values: dict[str, Any]) -> tuple[str, list[str]]:
    n = random_digits(rng, 7)
    branch = rng.choice(values["branches"])
    kind = rng.randrange(4)
    if kind == 0:
        said = _kanji_digits(n)
        return f"{branch}支店の普通、{said}", [said]
    if kind == 1:
        said = _kana_digits(rng, n)
        return f"{branch}してん ふつう {said}", [said]
    if kind == 2:
        said = _kanji_digits(n)
        return f"口座番号{said}", [said]
    said = _kana_digits(rng, n)
    return f"こうざばんごう {said}", [said]


def _acct_en(rng: random.Random, values: dict[str, Any]) -> tuple[str, list[str]]:
    n = random_digits(rng, 7)
    bank, branch = rng.choice(values["banks_en"]), rng.choice(values["branches_en"])
    code = random_digits(rng, 3)
    shown = rng.choice(
        [
            f"{bank} {branch} branch, savings account {n}",
            f"Acct No. {n} (ordinary), {bank}",
            f"account number: {n}, branch code {code}",
            f"{bank}, a/c {n}",
            f"Bank: {bank} / Branch: {branch} ({code}) / Type: Ordinary / No.: {n}",
            f"{bank} ({branch}), checking #{n}",
            f"branch {code} account {n}",
        ]
    )
    return shown, [n]


def _acct_form(rng: random.Random, values: dict[str, Any]) -> tuple[str, list[str]]:
    n = random_digits(rng, 7)
    bank, branch = rng.choice(values["banks"]), rng.choice(values["branches"])
    kind, code = rng.choice(["普通", "当座", "普通預金"]), random_digits(rng, 3)
    holder = rng.choice(values["companies_kana"])
    shown = rng.choice(
        [
            f"金融機関：{bank}\n支店：{branch}支店（{code}）\n種目：{kind}\n口座番号：{n}\n名義：{holder}",
            f"銀行名,支店名,種別,口座番号\n{bank},{branch},{kind},{n}",
            "| 銀行 | 支店 | 種目 | 番号 |\n|---|---|---|---|\n"
            f"| {bank} | {branch} | {kind} | {n} |",
            f'{{"bank": "{bank}", "branch": "{branch}", "type": "{kind}", "account": "{n}"}}',
            f"{bank}\n{branch}支店\n{kind}\n{n}",
            f"振込先\n　{bank} {branch}支店\n　{kind}　{n}\n　{holder}",
        ]
    )
    return shown, [n]


def _yucho(rng: random.Random) -> tuple[str, list[str]]:
    symbol = "1" + random_digits(rng, 3) + "0"
    number = random_digits(rng, rng.choice([7, 8])).lstrip("0")[:-1] + "1"
    store = (
        "".join(
            rng.choice(["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"])
            for _ in range(2)
        )
        + "八"
    )
    seven = random_digits(rng, 7)
    kind = rng.randrange(7)
    if kind == 5:
        return f"店名{store}（{_kanji_to_kana(store)}）店 普通 {seven}", [seven]
    if kind == 6:
        return f"{store}店 普通預金 {seven}", [seven]
    return rng.choice(
        [
            f"記号{symbol} 番号{number}",
            f"{symbol}-{number}",
            f"ゆうちょ {symbol} {number}",
            f"記号：{symbol}\n番号：{number}",
            f"記号番号 {symbol}-{number}",
        ]
    ), [number]


def _kanji_to_kana(text: str) -> str:
    reading = {
        "〇": "ゼロ",
        "一": "イチ",
        "二": "ニ",
        "三": "サン",
        "四": "ヨン",
        "五": "ゴ",
        "六": "ロク",
        "七": "ナナ",
        "八": "ハチ",
        "九": "キユウ",
    }
    return "".join(reading[c] for c in text)


# ------------------------------------------------------------------ passports


def _pp_number(rng: random.Random, values: dict[str, Any]) -> tuple[str, str]:
    return str(rng.choice(values["passport_prefixes"])), random_digits(rng, 7)


def _pp(rng: random.Random, values: dict[str, Any]) -> tuple[str, list[str]]:
    letters, digits = _pp_number(rng, values)
    shown = rng.choice(
        [
            f"{letters}{digits}",
            f"{letters.lower()}{digits}",
            f"{letters.capitalize()}{digits}",
            f"{letters} {digits}",
            f"{letters}-{digits}",
            _full(letters + digits),
            f"{letters.lower()} {digits}",
            f"{letters}{digits[:3]} {digits[3:]}",
            f"{letters[0]} {letters[1]} {digits}",
            f"{letters}　{digits}",
        ]
    )
    return shown, [shown]


def _mrz_check(text: str) -> str:
    weights = (7, 3, 1)
    total = 0
    for i, c in enumerate(text):
        value = int(c) if c.isdigit() else (0 if c == "<" else ord(c) - 55)
        total += value * weights[i % 3]
    return str(total % 10)


_MRZ_NAMES = [
    ("SATO", "MIKU"),
    ("TAKAHASHI", "REN"),
    ("ITO", "SORA"),
    ("WATANABE", "YUI"),
    ("NAKAMURA", "HARUTO"),
    ("KOBAYASHI", "AOI"),
    ("KATO", "RIKU"),
    ("YOSHIDA", "MEI"),
]


def _pp_mrz(rng: random.Random, values: dict[str, Any]) -> tuple[str, list[str]]:
    letters, digits = _pp_number(rng, values)
    number = letters + digits
    surname, given = rng.choice(_MRZ_NAMES)
    line1 = f"P<JPN{surname}<<{given}".ljust(44, "<")
    birth = f"{rng.randint(50, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    expiry = f"{rng.randint(27, 35)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    sex = rng.choice("MF")
    body = (
        f"{number}{_mrz_check(number)}JPN{birth}{_mrz_check(birth)}{sex}"
        f"{expiry}{_mrz_check(expiry)}"
    )
    personal = "<" * 14
    line2 = body + personal + _mrz_check(personal)
    line2 += _mrz_check(line2[:10] + line2[13:20] + line2[21:43])
    if rng.random() < 0.3:
        line2 = line2.replace("<", " ")
    return f"{line1}\n{line2}", [number]


def _pp_spoken(rng: random.Random, values: dict[str, Any]) -> tuple[str, list[str]]:
    letters, digits = _pp_number(rng, values)
    kind = rng.randrange(4)
    if kind == 0:
        said = f"{letters}の{_kana_digits(rng, digits)}"
        return said, [said]
    if kind == 1:
        said = f"{letters} {' '.join(digits)}"
        return said, [said]
    if kind == 2:
        said = f"{letters}{_kanji_digits(digits)}"
        return said, [said]
    said = f"{letters[0]}、{letters[1]}、{digits}"
    return said, [said]


# ------------------------------------------------------------------ cards


def _luhn(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + random_digits(rng, length - len(prefix) - 1)
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def _card_digits(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return _luhn("37", 15, rng)
    if kind == 1:
        return _luhn("36", 14, rng)
    if kind == 2:
        return _luhn(str(rng.randint(3528, 3589)), 16, rng)
    if kind == 3:
        return _luhn(str(rng.randint(51, 55)), 16, rng)
    return _luhn("4", 16, rng)


def _group(digits: str) -> list[str]:
    if len(digits) == 15:
        return [digits[:4], digits[4:10], digits[10:]]
    if len(digits) == 14:
        return [digits[:4], digits[4:10], digits[10:]]
    return [digits[i : i + 4] for i in range(0, 16, 4)]


def _card(rng: random.Random) -> tuple[str, list[str]]:
    digits = _card_digits(rng)
    groups = _group(digits)
    kind = rng.randrange(8)
    if kind == 0:
        shown = digits
    elif kind == 1:
        shown = _full(" ".join(groups))
    elif kind == 2:
        shown = "".join(
            g + (rng.choice([" ", "-", ""]) if i < len(groups) - 1 else "")
            for i, g in enumerate(groups)
        )
    elif kind == 3:
        shown = "　".join(groups)
    else:
        shown = rng.choice([" ", "-", " - ", "－"]).join(groups)
    return shown, [shown]


def _card_full(rng: random.Random) -> tuple[str, list[str]]:
    shown, secrets = _card(rng)
    mm, yy, cvv = rng.randint(1, 12), rng.randint(26, 32), random_digits(rng, 3)
    return rng.choice(
        [
            f"{shown} {mm:02d}/{yy} {cvv}",
            f"{shown}（有効期限{mm:02d}/{yy}、セキュリティコード{cvv}）",
            f"{shown} exp {mm:02d}/{yy} cvc {cvv}",
            f"{shown}, {mm:02d}/20{yy}, CVV {cvv}",
            f"{shown} / {mm:02d}{yy} / {cvv}",
            f"{shown}　期限{mm}月{yy}年　裏の3桁{cvv}",
        ]
    ), secrets


def _card_form(rng: random.Random) -> tuple[str, list[str]]:
    shown, secrets = _card(rng)
    mm, yy, cvv = rng.randint(1, 12), rng.randint(26, 32), random_digits(rng, 3)
    return rng.choice(
        [
            f"番号：{shown}\n期限：{mm:02d}/{yy}\nCVV：{cvv}",
            f"Card number: {shown}\nExpiry: {mm:02d}/{yy}\nSecurity code: {cvv}",
            f'{{"card": "{shown}", "exp": "{mm:02d}/{yy}", "cvc": "{cvv}"}}',
            f"カード番号\t有効期限\n{shown}\t{mm:02d}/{yy}",
            f"・カード番号 {shown}\n・有効期限 {mm}/{yy}",
        ]
    ), secrets


def _card_spoken(rng: random.Random) -> tuple[str, list[str]]:
    digits = _card_digits(rng)
    groups = _group(digits)
    if rng.random() < 0.5:
        said = "、".join(_kana_digits(rng, g).replace("、", "") for g in groups)
    else:
        said = "の".join(_kanji_digits(g) for g in groups)
    return said, [said]


def _card_change(rng: random.Random) -> tuple[str, list[str]]:
    shown, secrets = _card(rng)
    last = random_digits(rng, 4)
    masked = rng.choice([f"**** **** **** {last}", f"下4桁{last}", f"XXXX-XXXX-XXXX-{last}"])
    return rng.choice(
        [f"旧 {masked} → 新 {shown}", f"{masked}から{shown}に", f"（前のは{masked}）今度は{shown}"]
    ), secrets


# ------------------------------------------------------------------ e-mail


def _mail_parts(rng: random.Random, values: dict[str, Any]) -> tuple[str, str]:
    return str(rng.choice(values["locals"])), str(rng.choice(values["domains"]))


def _mail(rng: random.Random, values: dict[str, Any]) -> tuple[str, list[str]]:
    local, domain = _mail_parts(rng, values)
    shown = rng.choice(
        [
            f"{local}@{domain}",
            f"{local}＠{domain}",
            _full(f"{local}@{domain}"),
            f"{local} at {domain.replace('.', ' dot ')}",
            f"{local}(at){domain}",
            f"{local}[at]{domain.replace('.', '[dot]')}",
            f"{local} あっと {domain}",
            f"{local}アットマーク{domain}",
            f"{local}@{domain.replace('.', '．')}",
            f"<{local}@{domain}>",
            f"{local} @ {domain}",
            f"{local}★{domain}",
            f"{local}{{at}}{domain}",
            f"{local}（アット）{domain}",
            f"{local.upper()}@{domain.upper()}",
            f"{local} AT {domain.replace('.', ' DOT ')}",
            f"{local}＠{domain.replace('.', '。')}",
            f"{local} ＠ {domain}",
            f"{local}_at_{domain.replace('.', '_dot_')}",
            f"{local}(a){domain}",
            f"{local}＠マーク{domain}",
        ]
    )
    return shown, [shown]


def _mail_plain(rng: random.Random, values: dict[str, Any]) -> tuple[str, list[str]]:
    local, domain = _mail_parts(rng, values)
    shown = f"{local}@{domain}"
    return shown, [shown]


def _mail_spoken(rng: random.Random, values: dict[str, Any]) -> tuple[str, list[str]]:
    local, domain = _mail_parts(rng, values)
    dot = rng.choice([" ドット ", "どっと", " てん "])
    at = rng.choice([" あっとまーく ", " アット ", "あっと"])
    shown = f"{local.replace('.', dot)}{at}{domain.replace('.', dot)}"
    return shown, [shown]


def _mail_sig(rng: random.Random, values: dict[str, Any]) -> tuple[str, list[str]]:
    mail, secrets = _mail(rng, values)
    company, title = rng.choice(values["companies"]), rng.choice(values["sign_titles"])
    label = rng.choice(["Mail: ", "E-mail：", "✉ ", "メール ", "mail/", "Email | "])
    return rng.choice(
        [
            f"――――――\n{company}\n{title}\n{label}{mail}\n――――――",
            f"{company} {title}\n{label}{mail}",
            f"--\n{title}\n{label}{mail}",
        ]
    ), secrets


# ------------------------------------------------------------------ dates of birth


def _birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1935, 2008), rng.randint(1, 12), rng.randint(1, 28)


def _era(year: int) -> tuple[str, str, str]:
    """(era, initial, year in the era as written: 元 for the first)."""
    if year >= 1989:
        era, initial, n = "平成", "H", year - 1988
    else:
        era, initial, n = "昭和", "S", year - 1925
    return era, initial, str(n)


def _dob(rng: random.Random) -> tuple[str, list[str]]:
    y, m, d = _birth(rng)
    era, initial, ey = _era(y)
    ek = "元" if ey == "1" else _kanji_number(int(ey))
    shown = rng.choice(
        [
            f"{y}年{m}月{d}日",
            f"{y}/{m:02d}/{d:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}.{m}.{d}",
            f"{era}{ey}年{m}月{d}日",
            f"{initial}{ey}.{m}.{d}",
            f"{initial}{ey}/{m}/{d}",
            f"{era[0]}{ey}.{m}.{d}",
            f"{era}{ek}年{_kanji_number(m)}月{_kanji_number(d)}日",
            f"{_kanji_digits(str(y))}年{_kanji_number(m)}月{_kanji_number(d)}日",
            f"{y}年（{era}{ey}年）{m}月{d}日",
            f"{y % 100:02d}/{m}/{d}",
            f"{y}{m:02d}{d:02d}",
            _full(f"{y}/{m}/{d}"),
            f"{initial.lower()}{ey}.{m:02d}.{d:02d}",
            f"{era}{ey}・{m}・{d}",
            f"{y}年{m:02d}月{d:02d}日",
            f"{era}{ey}年{m}月{d}日生",
        ]
    )
    return shown, [shown]


def _dob_en(rng: random.Random) -> tuple[str, list[str]]:
    y, m, d = _birth(rng)
    month = _MONTHS[m - 1]
    suffix = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    shown = rng.choice(
        [
            f"{month} {d}, {y}",
            f"{d} {month} {y}",
            f"{m:02d}/{d:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{month[:3]}. {d}{suffix}, {y}",
            f"the {d}{suffix} of {month} {y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d:02d} {month[:3].upper()} {y}",
            f"{d:02d}{month[:3].upper()}{y % 100:02d}",
            f"{month.lower()} {d} {y}",
            f"{d}.{m}.{y}",
        ]
    )
    return shown, [shown]


def _dob_year(rng: random.Random) -> tuple[str, list[str]]:
    y, m, _d = _birth(rng)
    era, initial, ey = _era(y)
    ek = "元" if ey == "1" else _kanji_number(int(ey))
    shown = rng.choice(
        [
            f"{era}{ey}年",
            f"{y}年",
            f"{era}{ek}年",
            f"{initial}{ey}",
            f"{y}年{m}月",
            f"{era}{ey}年{m}月",
            f"{_kanji_digits(str(y))}年",
            f"{y % 100:02d}年",
            f"{era}{ey}年の{m}月",
        ]
    )
    return shown, [shown]


def _dob_year_en(rng: random.Random) -> tuple[str, list[str]]:
    y, m, _d = _birth(rng)
    shown = rng.choice([f"{y}", f"{_MONTHS[m - 1]} {y}", f"{_MONTHS[m - 1][:3]} {y}"])
    return shown, [shown]


def _dob_spoken(rng: random.Random) -> tuple[str, list[str]]:
    y, m, d = _birth(rng)
    era, _initial, ey = _era(y)
    kana_era = {"昭和": "しょうわ", "平成": "へいせい"}[era]
    shown = rng.choice(
        [
            f"{kana_era}{ey}ねん{m}がつ{d}にち",
            f"{y}ねん {m}がつ {d}にち",
            f"{kana_era} {_kanji_number(int(ey))}ねん"
            f" {_kanji_number(m)}がつ {_kanji_number(d)}にち",
        ]
    )
    return shown, [shown]


# ------------------------------------------------------------------ postcodes


def _zip(rng: random.Random) -> tuple[str, list[str]]:
    a, b = f"{rng.randint(1, 9)}{random_digits(rng, 2)}", random_digits(rng, 4)
    kind = rng.randrange(13)
    shown, secret = [
        (f"〒{a}-{b}", f"{a}-{b}"),
        (f"〒{a}{b}", f"{a}{b}"),
        (f"{a}-{b}", f"{a}-{b}"),
        (f"〒 {a} {b}", f"{a}{b}"),
        (f"〒{_full(a + '-' + b)}", _full(f"{a}-{b}")),
        (f"〒{_kanji_digits(a + '-' + b)}", _kanji_digits(f"{a}-{b}")),
        (f"〒{a}ー{b}", f"{a}ー{b}"),
        (f"〒{a}−{b}", f"{a}−{b}"),
        (f"T{a}-{b}", f"{a}-{b}"),
        (f"〒{a}‐{b}", f"{a}‐{b}"),
        (f"郵便番号{a}{b}", f"{a}{b}"),
        (f"〒 {a}-{b}", f"{a}-{b}"),
        (f"〒{a} - {b}", f"{a}-{b}"),
    ][kind]
    return shown, [secret]


def _zip_en(rng: random.Random) -> tuple[str, list[str]]:
    a, b = f"{rng.randint(1, 9)}{random_digits(rng, 2)}", random_digits(rng, 4)
    shown, secret = rng.choice(
        [
            (f"ZIP {a}-{b}", f"{a}-{b}"),
            (f"{a}-{b}", f"{a}-{b}"),
            (f"zip code {a}{b}", f"{a}{b}"),
            (f"postal code {a}-{b}", f"{a}-{b}"),
            (f"〒{a}-{b}", f"{a}-{b}"),
        ]
    )
    return shown, [secret]


def _zip_spoken(rng: random.Random) -> tuple[str, list[str]]:
    a, b = f"{rng.randint(1, 9)}{random_digits(rng, 2)}", random_digits(rng, 4)
    said = f"{_kana_digits(rng, a)}の{_kana_digits(rng, b)}"
    return said, [said]


# ------------------------------------------------------------------ benign look-alikes


def _jan(rng: random.Random) -> str:
    body = "49" + random_digits(rng, 10)
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _event_date(rng: random.Random) -> str:
    y, m, d = rng.randint(1950, 2030), rng.randint(1, 12), rng.randint(1, 28)
    era, _initial, ey = _era(y) if y < 2019 else ("令和", "R", str(y - 2018))
    return rng.choice(
        [f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{era}{ey}年{m}月{d}日", f"{y}.{m}.{d}"]
    )


def _benign(slot: str, rng: random.Random, values: dict[str, Any]) -> str:
    price = rng.randint(1000, 9_999_999)
    make: dict[str, Callable[[], str]] = {
        "ORDER": lambda: random_digits(rng, rng.choice([7, 8, 10])),
        "JAN": lambda: _jan(rng),
        "INVOICE_T": lambda: "T" + str(rng.randint(1, 9)) + random_digits(rng, 12),
        "INVOICE": lambda: rng.choice(
            [
                f"INV-{rng.randint(2023, 2026)}-{random_digits(rng, 4)}",
                f"No.{random_digits(rng, 7)}",
                random_digits(rng, 8),
            ]
        ),
        "PRICE": lambda: rng.choice(
            [f"¥{price:,}", f"{price:,}円", f"{price}円", f"金{price:,}円"]
        ),
        "PRICE_EN": lambda: rng.choice([f"¥{price:,}", f"JPY {price:,}", f"${price / 100:,.2f}"]),
        "PRICE_SMALL": lambda: rng.choice(["330円", "220円", "440円", "165円"]),
        "EVENT_DATE": lambda: _event_date(rng),
        "EVENT_DATE2": lambda: _event_date(rng),
        "EVENT_DATE_EN": lambda: (
            f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}, {rng.randint(2020, 2027)}"
        ),
        "EVENT_MONTH": lambda: f"{rng.randint(1, 12)}月",
        "ERA_YEAR": lambda: rng.choice(
            [
                f"昭和{rng.randint(20, 63)}年",
                f"{rng.randint(1950, 2020)}年",
                f"平成{rng.randint(2, 30)}年",
                "平成元年",
            ]
        ),
        "EVENT": lambda: str(rng.choice(values["events"])),
        "MODEL_CODE": lambda: (
            rng.choice("ABCDEFGHKLMNPRSTUVWXYZ")
            + rng.choice("ABCDEFGHKMNPRSTUWXZ")
            + random_digits(rng, 7)
        ),
        "TRACKING": lambda: "-".join(random_digits(rng, 4) for _ in range(3)),
        "MEETING_ID": lambda: (
            f"{random_digits(rng, 3)} {random_digits(rng, 4)} {random_digits(rng, 4)}"
        ),
        "MASKED_CARD": lambda: rng.choice(
            [
                f"**** **** **** {random_digits(rng, 4)}",
                f"末尾{random_digits(rng, 4)}",
                f"XXXX-{random_digits(rng, 4)}",
            ]
        ),
        "BANK": lambda: str(rng.choice(values["banks"])),
        "BRANCH": lambda: str(rng.choice(values["branches"])),
        "BRANCH_CODE": lambda: random_digits(rng, 3),
        "COMPANY": lambda: str(rng.choice(values["companies"])),
        "ISBN": lambda: f"978-4-{rng.randint(10, 99)}-{random_digits(rng, 6)}-{rng.randint(0, 9)}",
        "VERSION": lambda: f"{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}",
        "YEAR": lambda: str(rng.randint(2015, 2026)),
        "QTY": lambda: str(rng.randint(2, 999)),
        "SERIAL": lambda: "SN" + random_digits(rng, 10),
        "COUPON": lambda: "-".join(
            "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))
            for _ in range(3)
        ),
        "FLIGHT": lambda: rng.choice(["NH", "JL", "MM", "BC"]) + str(rng.randint(10, 999)),
        "GATE": lambda: str(rng.randint(1, 70)),
        "TICKET": lambda: rng.choice(
            [f"#{random_digits(rng, 6)}", random_digits(rng, 9), f"Q-{random_digits(rng, 7)}"]
        ),
    }
    return make[slot]()


# ------------------------------------------------------------------ filling


def _value(
    slot: str, rng: random.Random, half: tuple[Any, ...], lang: str
) -> tuple[str, str, list[str]]:
    """(text shown, entity type or "" when nothing is secret, the secret values)."""
    values, _names = half
    lists = {
        "HI_DOC": "hi_docs",
        "HI_DOC_EN": "hi_docs_en",
        "ROLE": "roles_ja",
        "ROLE_EN": "roles_en",
    }
    if slot in lists:
        return str(rng.choice(values[lists[slot]])), "", []
    if slot == "PLACE":
        return (
            rng.choice(["東京都", "大阪府", "福岡県", "北海道", "愛知県", "宮城県"])
            + rng.choice(["中央区", "北区", "南区", "緑区", "港区", "青葉区"]),
            "",
            [],
        )
    secret: dict[str, tuple[Callable[[], tuple[str, list[str]]], str]] = {
        "HI": (lambda: _hi(rng), "HEALTH_INSURANCE"),
        "HI_BARE": (lambda: _hi_bare(rng), "HEALTH_INSURANCE"),
        "HI_SPOKEN": (lambda: _hi_spoken(rng), "HEALTH_INSURANCE"),
        "HI_EN": (lambda: _hi_en(rng), "HEALTH_INSURANCE"),
        "HI_FORM": (lambda: _hi_form(rng), "HEALTH_INSURANCE"),
        "ACCT": (lambda: _acct(rng, values), "BANK_ACCOUNT"),
        "ACCT_SHORT": (lambda: _acct_short(rng, values), "BANK_ACCOUNT"),
        "ACCT_SPOKEN": (lambda: _acct_spoken(rng, values), "BANK_ACCOUNT"),
        "ACCT_EN": (lambda: _acct_en(rng, values), "BANK_ACCOUNT"),
        "ACCT_FORM": (lambda: _acct_form(rng, values), "BANK_ACCOUNT"),
        "YUCHO": (lambda: _yucho(rng), "BANK_ACCOUNT"),
        "PP": (lambda: _pp(rng, values), "PASSPORT"),
        "PP_MRZ": (lambda: _pp_mrz(rng, values), "PASSPORT"),
        "PP_SPOKEN": (lambda: _pp_spoken(rng, values), "PASSPORT"),
        "CARD": (lambda: _card(rng), "CREDIT_CARD"),
        "CARD_FULL": (lambda: _card_full(rng), "CREDIT_CARD"),
        "CARD_FORM": (lambda: _card_form(rng), "CREDIT_CARD"),
        "CARD_SPOKEN": (lambda: _card_spoken(rng), "CREDIT_CARD"),
        "CARD_CHANGE": (lambda: _card_change(rng), "CREDIT_CARD"),
        "MAIL": (lambda: _mail(rng, values), "EMAIL_ADDRESS"),
        "MAIL_PLAIN": (lambda: _mail_plain(rng, values), "EMAIL_ADDRESS"),
        "MAIL_SPOKEN": (lambda: _mail_spoken(rng, values), "EMAIL_ADDRESS"),
        "MAIL_SIG": (lambda: _mail_sig(rng, values), "EMAIL_ADDRESS"),
        "DOB": (lambda: _dob(rng), "DATE_OF_BIRTH"),
        "DOB_EN": (lambda: _dob_en(rng), "DATE_OF_BIRTH"),
        "DOB_YEAR": (lambda: _dob_year(rng), "DATE_OF_BIRTH"),
        "DOB_YEAR_EN": (lambda: _dob_year_en(rng), "DATE_OF_BIRTH"),
        "DOB_SPOKEN": (lambda: _dob_spoken(rng), "DATE_OF_BIRTH"),
        "ZIP": (lambda: _zip(rng), "POSTAL_CODE"),
        "ZIP_EN": (lambda: _zip_en(rng), "POSTAL_CODE"),
        "ZIP_SPOKEN": (lambda: _zip_spoken(rng), "POSTAL_CODE"),
    }
    if slot in secret:
        make, entity_type = secret[slot]
        shown, values_ = make()
        return shown, entity_type, values_
    return _benign(slot, rng, values), "", []


def _fill(text: str, rng: random.Random, half: tuple[Any, ...], lang: str) -> _Filled:
    return fill_slots(text, rng, lambda slot: _value(slot, rng, half, lang))


_SHAPES = [
    "single",
    "single",
    "single",
    "multi_turn",
    "parts",
    "split_parts",
    "tool_call",
    "tool_result",
]


def _shapes(family: str, filled: _Filled) -> list[str]:
    shapes = [s for s in _SHAPES if s != "split_parts" or filled.secrets]
    if family == "EMAIL" and any("@" in s.value for s in filled.secrets):
        shapes.append("value_name")
    return shapes


def _own_shape(shape: str, filled: _Filled, rng: random.Random, lang: str) -> list[dict[str, Any]]:
    """``value_name``: a client that puts the user's e-mail address in the message's
    ``name`` field as well as in the text."""
    address = next(s.value for s in filled.secrets if "@" in s.value)
    return [{"role": "user", "name": address, "content": filled.text}]


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = "δγ"
) -> list[Case]:
    """Every case of the requested halves for ``seed``."""
    templates, per_half = read_generator_data(DATA, "δγ")
    return generate_halves(
        templates,
        seed=seed,
        halves=halves,
        names="δγ",
        contexts=per_half,
        count=lambda family, text: BENIGN_PER_TEMPLATE if family == "BENIGN" else per_template,
        fill=_fill,
        shapes=_shapes,
        messages=with_own_shapes(frozenset({"value_name"}), _own_shape),
    )


def main(argv: Sequence[str] | None = None) -> int:
    return write_cases(
        argv,
        description=__doc__.splitlines()[0] if __doc__ else None,
        generate=generate,
        seed=DEFAULT_SEED,
        per_template=DEFAULT_PER_TEMPLATE,
        readable="γ",
        held_out="δ",
    )


if __name__ == "__main__":
    raise SystemExit(main())
