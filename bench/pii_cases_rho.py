"""PII cases, eighteenth generator: structured values in pasted forms, tables and chats.

Seven value types — phone numbers, driving licences, passports, health insurance cards,
payment cards, bank accounts (Japanese and English forms: ``savings 1234567``) and My
Number — written the way the older generators do not: forms pasted as ``key: value``
lines, the label on the line above its value, Markdown tables, CSV rows under a header,
JSON records (also as tool results), chat lines broken around the value, English labels
inside Japanese and the other way round, labels such as 免許証No., 保険証の記号・番号,
旅券番号, カード番号（下4桁以外も）, card and My Number typos that fail their checksum next
to their label, and a My Number word followed by an everyday word that also names another
kind of number (マイナンバーの問い合わせ, 会員登録, 請求書, 契約, 追跡).

About a quarter of the requests are benign look-alikes that must pass unaltered: order,
JAN, tracking (Yamato's twelve digits, half of them passing the My Number check; UPS and
international post), invoice, member, reservation, serial and model numbers, ISBNs,
prices, times, dates of events, the last four digits of a card and cards already masked
with asterisks, and labels without a value (保険証の記号・番号はどこ？).

Templates and value lists are in ``bench/data/pii_cases_rho/``. Every template (per family)
and every value list is split by position into **ρ** (even positions: held out, only
aggregate figures are printed) and **σ** (odd positions: failures may be read while
fixing); the halves share no template and no listed value. The filling loop, the halves
and the shapes are the shared ones of ``pii_case_halves.py``; card digits, JAN codes and
kanji digits come from ``pii_cases_gamma.py``, the benign codes from ``pii_cases_theta.py``.

    .venv/bin/python bench/pii_cases_rho.py [--seed 317] [--per-template 8] [--out FILE]
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
from pii_cases_gamma import _card_digits, _full, _group, _kanji_digits
from pii_cases_theta import _benign as _theta_benign
from pii_cases_theta import _exp, _licence, _mixed, _my_number

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_rho"
DEFAULT_SEED = 317
DEFAULT_PER_TEMPLATE = 8
BENIGN_PER_TEMPLATE = 6
HALVES = "ρσ"


def _jp_phone(rng: random.Random) -> str:
    """A Japanese number of a real shape: mobile and IP (11 digits), Tokyo/Osaka 2-4-4,
    other areas 3-3-4 and 4-2-4 (area codes that are no mobile, IP or 020/010 range)."""
    kind = rng.randrange(5)
    if kind == 0:
        return f"0{rng.choice('789')}0-{random_digits(rng, 4)}-{random_digits(rng, 4)}"
    if kind == 1:
        return f"0{rng.choice('36')}-{random_digits(rng, 4)}-{random_digits(rng, 4)}"
    if kind == 2:
        area = rng.choice(["011", "022", "045", "052", "075", "078", "082", "092", "098"])
        return f"{area}-{random_digits(rng, 3)}-{random_digits(rng, 4)}"
    if kind == 3:
        area = rng.choice(["0123", "0276", "0466", "0544", "0797", "0985"])
        return f"{area}-{random_digits(rng, 2)}-{random_digits(rng, 4)}"
    return f"050-{random_digits(rng, 4)}-{random_digits(rng, 4)}"


def _tel(rng: random.Random) -> str:
    number = _jp_phone(rng)
    head, mid, tail = number.split("-")
    return rng.choice(
        [
            number,
            f"{head} {mid} {tail}",
            f"{head}.{mid}.{tail}",
            f"({head}){mid}-{tail}",
            f"{head}({mid}){tail}",
            head + mid + tail,
            _full(number),
            f"+81-{head[1:]}-{mid}-{tail}",
            f"+81 (0){head[1:]} {mid} {tail}",
            f"{head}ー{mid}ー{tail}",
            f"{head} - {mid} - {tail}",
            _mixed(rng, number),
        ]
    )


def _tel_kanji(rng: random.Random) -> str:
    return _kanji_digits(_jp_phone(rng)).replace("-", rng.choice(["ー", "の", "－", "、", " "]))


def _lic(rng: random.Random) -> str:
    lic = _licence(rng)
    return rng.choice(
        [
            lic,
            f"{lic[:4]}-{lic[4:8]}-{lic[8:]}",
            f"{lic[:4]} {lic[4:8]} {lic[8:]}",
            f"第{lic}号",
            _full(lic),
            f"{lic[:2]}-{lic[2:4]}-{lic[4:10]}-{lic[10:]}",
            f"{lic[:6]} {lic[6:]}",
            _kanji_digits(lic),
        ]
    )


def _pp(rng: random.Random, values: dict[str, Any]) -> str:
    letters = str(rng.choice(values["passport_prefixes"]))
    digits = random_digits(rng, 7)
    return rng.choice(
        [
            letters + digits,
            (letters + digits).lower(),
            f"{letters} {digits}",
            f"{letters}-{digits}",
            _full(letters + digits),
            f"{letters}{digits[:3]} {digits[3:]}",
            f"{letters.lower()}{digits}",
        ]
    )


def _hi(rng: random.Random, sizes: Sequence[int]) -> str:
    digits = random_digits(rng, rng.choice(sizes))
    return rng.choice([digits, digits, _full(digits), _mixed(rng, digits)])


def _card(rng: random.Random, *, typo: bool = False) -> str:
    digits = _card_digits(rng)
    if typo:
        digits = digits[:-1] + str((int(digits[-1]) + rng.randint(1, 9)) % 10)
    groups = _group(digits)
    return rng.choice(
        [
            " ".join(groups),
            "-".join(groups),
            digits,
            ".".join(groups),
            _full("-".join(groups)),
            "  ".join(groups),
        ]
    )


def _acct(rng: random.Random) -> str:
    digits = random_digits(rng, 7)
    return rng.choice(
        [digits, digits, _full(digits), f"{digits[:3]}-{digits[3:]}", f"{digits[:4]} {digits[4:]}"]
    )


def _mynum(rng: random.Random, *, typo: bool = False) -> str:
    digits = _my_number(rng)
    if typo:
        digits = digits[:-1] + str((int(digits[-1]) + rng.randint(1, 9)) % 10)
    return rng.choice(
        [
            digits,
            f"{digits[:4]} {digits[4:8]} {digits[8:]}",
            f"{digits[:4]}-{digits[4:8]}-{digits[8:]}",
        ]
    )


# Nineteenth round: numbers said rather than written.
_EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_KANA_DIGITS = ["ぜろ", "いち", "に", "さん", "よん", "ご", "ろく", "なな", "はち", "きゅう"]


def _phone_groups(rng: random.Random) -> list[str]:
    return _jp_phone(rng).split("-")


def _tel_fill(rng: random.Random, lang: str) -> str:
    """A number broken by fillers and particles between its groups."""
    groups = _phone_groups(rng)
    if lang == "ja":
        seps = [
            "の、えーと、",
            "の",
            "、",
            " ",
            "、あの、",
            "の、",
            "、えっと、",
            "…",
            "、あのー、",
        ]
    else:
        seps = [", uh, ", ", ", " uh ", "... ", " - um - ", ", er, ", " ... uh ... "]
    out = groups[0]
    for group in groups[1:]:
        out += rng.choice(seps) + group
    return out


def _word_digits(rng: random.Random, group: str) -> str:
    words: list[str] = []
    index = 0
    while index < len(group):
        digit = int(group[index])
        if index + 1 < len(group) and group[index + 1] == group[index] and rng.random() < 0.5:
            name = "oh" if digit == 0 and rng.random() < 0.6 else _EN_DIGITS[digit]
            words.append(f"double-{name}" if rng.random() < 0.5 else f"double {name}")
            index += 2
            continue
        if digit == 0:
            words.append(rng.choice(["oh", "zero", "o"]))
        else:
            words.append(_EN_DIGITS[digit])
        index += 1
    return rng.choice(["-", " "]).join(words)


def _tel_words(rng: random.Random) -> str:
    """A number in English words, some groups in digits (oh-nine-oh, 4433, 2211)."""
    groups = _phone_groups(rng)
    shown = [
        group if index > 0 and rng.random() < 0.35 else _word_digits(rng, group)
        for index, group in enumerate(groups)
    ]
    return rng.choice([", ", " ", ", ", " - "]).join(shown)


def _tel_kana(rng: random.Random) -> str:
    groups = _phone_groups(rng)
    sep = rng.choice(["の", "、", "", " ", "ー"])
    return sep.join("".join(_KANA_DIGITS[int(d)] for d in group) for group in groups)


def _card_exp(rng: random.Random) -> str:
    m, y = rng.randint(1, 12), rng.randint(26, 33)
    return rng.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m}/{y}"])


def _cvv(rng: random.Random) -> str:
    return random_digits(rng, rng.choice((3, 3, 4)))


def _count_words(rng: random.Random) -> str:
    return rng.choice(
        [
            "four thousand three hundred",
            "twelve hundred",
            "nine oh nine",
            "two hundred and five",
            "one two three four five",
            "zero",
            "three thousand and ten",
        ]
    )


def _benign(slot: str, rng: random.Random) -> str:
    if slot in {"TIME", "TIME2"}:
        hour = rng.randint(8, 12) if slot == "TIME" else rng.randint(13, 21)
        return rng.choice([f"{hour}:{rng.choice(['00', '30', '15'])}", f"{hour}時", f"{hour}:00"])
    if slot == "TRACK_EN":
        return rng.choice(
            [
                f"1Z{random_digits(rng, 3)}AA1{random_digits(rng, 10)}",
                f"EJ{random_digits(rng, 9)}JP",
                f"RR {random_digits(rng, 3)} {random_digits(rng, 3)} {random_digits(rng, 3)} JP",
                f"{random_digits(rng, 4)}-{random_digits(rng, 4)}-{random_digits(rng, 4)}",
            ]
        )
    if slot == "B_EXP":
        return _card_exp(rng)
    if slot == "B_NUM":
        return _cvv(rng)
    if slot == "CTIME":
        return rng.choice([f"{rng.randint(7, 11):02d}:{rng.randint(0, 59):02d}", "09:27", "10:15"])
    if slot == "COUNT_WORDS":
        return _count_words(rng)
    if slot == "MASKED_CARD":
        last = random_digits(rng, 4)
        return rng.choice(
            [
                f"****-****-****-{last}",
                f"4980-XXXX-XXXX-{last}",
                f"{_card_digits(rng)[:6]}******{last}",
                f"**** **** **** {last}",
                f"下4桁{last}",
            ]
        )
    return _theta_benign(slot, rng)


def _value(slot: str, rng: random.Random, half: tuple[Any, ...]) -> tuple[str, str, list[str]]:
    """(text shown, entity type or "" when nothing is secret, the secret values)."""
    values, _names = half
    plain = {
        "BANK": "banks",
        "BANK_EN": "banks_en",
        "BRANCH": "branches",
        "BRANCH_EN": "branches_en",
    }
    if slot in plain:
        return str(rng.choice(values[plain[slot]])), "", []
    if slot == "EXP":
        return _exp(rng), "", []
    make: dict[str, tuple[str, Callable[[], str]]] = {
        "TEL": ("PHONE_NUMBER", lambda: _tel(rng)),
        "TEL_KANJI": ("PHONE_NUMBER", lambda: _tel_kanji(rng)),
        "LIC": ("DRIVER_LICENSE", lambda: _lic(rng)),
        "PP": ("PASSPORT", lambda: _pp(rng, values)),
        "HI_S": ("HEALTH_INSURANCE", lambda: _hi(rng, (4, 5, 6, 8))),
        "HI_N": ("HEALTH_INSURANCE", lambda: _hi(rng, (2, 3, 4, 5, 7))),
        "CARD": ("CREDIT_CARD", lambda: _card(rng, typo=rng.random() < 0.2)),
        "CARD_KANJI": ("CREDIT_CARD", lambda: _kanji_digits(_card(rng))),
        "ACCT": ("BANK_ACCOUNT", lambda: _acct(rng)),
        "MYNUM": ("MY_NUMBER", lambda: _mynum(rng)),
        "MYNUM_TYPO": ("MY_NUMBER", lambda: _mynum(rng, typo=True)),
        "TEL_FILL_JA": ("PHONE_NUMBER", lambda: _tel_fill(rng, "ja")),
        "TEL_FILL_EN": ("PHONE_NUMBER", lambda: _tel_fill(rng, "en")),
        "TEL_WORDS": ("PHONE_NUMBER", lambda: _tel_words(rng)),
        "TEL_KANA": ("PHONE_NUMBER", lambda: _tel_kana(rng)),
        "CEXP": ("CREDIT_CARD", lambda: _card_exp(rng)),
        "CVV": ("CREDIT_CARD", lambda: _cvv(rng)),
    }
    if slot in make:
        entity_type, shown = make[slot]
        text = shown()
        return text, entity_type, [text]
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
        readable="σ",
        held_out="ρ",
    )


if __name__ == "__main__":
    raise SystemExit(main())
