"""Held-out PII cases, ninth generator: hiragana and kanji given names beside a surname or
a cue, English names without a strong cue, and numbers written in words.

What the eight earlier generators leave open, each in many phrasings: a hiragana given
name after a kanji surname (佐藤さくらと申します, 佐藤 さくらです, 山田はるかさん), alone before
an honorific (ひなたちゃん, はるか様) or opening a casual self-introduction (ひなたです〜！);
a kanji given name alone before さん / ちゃん / 先生 or after 今日 (the dictionary splits
many of them into single kanji); an English name with no strong cue — a thank-you
(``Thanks, Yuki!``), a subject of a verb (``Li Wei will join``), an attendee list, a
``cc:`` line, a signature under ``Cheers,``, a possessive (``Per Emma Schultz's email``);
numbers in words — a phone number read out in English (``oh nine oh, one two three
four …``, ``zero-eight-zero-…``) or in katakana / hiragana readings (ゼロキューゼロ…), in
kanji numerals with の or 、 between the groups, a postcode, a date of birth and an
account number in words. Special care in casual speech, lab values, medications and faiths
the lexicons may not hold. Benign look-alikes (a quarter of the templates): hiragana words
that are also given-name readings (はるか遠く, さくらが咲き, ひかり回線, あおい空, のぞみ,
ひなたぼっこ), English prose with capitalised words (products, places, a team as a
sign-off, book and film titles, sentence starts) and numbers in words that are not
personal (a table for four, counting from one to ten, イチ、ニー、サン).

Templates and value lists are in ``bench/data/pii_cases_q/``; Japanese person names come
from ``../shared/evaldata/names/`` (gimei, MIT; read at run time, not shipped). Every
template and value list is split by position into **Q** (even positions: held out, only
aggregate figures are printed) and **R** (odd positions: failures may be read while
fixing); the gimei names use the same parity as the other generators. Written, and half Q
first printed, before any recognizer change of the ninth round.

    .venv/bin/python bench/pii_cases_q.py [--seed 181] [--per-template 6] [--out FILE]
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
from pii_cases import Case, Secret, _Filled

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_q"
DEFAULT_SEED = 181
DEFAULT_PER_TEMPLATE = 6

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
             "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
             "twenty-sixth", "twenty-seventh", "twenty-eighth"]  # fmt: skip
_EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]  # fmt: skip
_KATA = [["ゼロ", "レイ", "マル"], ["イチ"], ["ニー", "ニ"], ["サン"], ["ヨン"], ["ゴー", "ゴ"],
         ["ロク"], ["ナナ"], ["ハチ"], ["キュー", "キュウ"]]  # fmt: skip
_HIRA = [["ぜろ", "れい"], ["いち"], ["にー", "に"], ["さん"], ["よん"], ["ごー", "ご"],
         ["ろく"], ["なな"], ["はち"], ["きゅう", "きゅー"]]  # fmt: skip
_KANJI = "〇一二三四五六七八九"


def _mobile(rng: random.Random) -> list[str]:
    if rng.random() < 0.75:
        return [rng.choice(["070", "080", "090"]), random_digits(rng, 4), random_digits(rng, 4)]
    area = rng.choice(["03", "06", "045", "052"])
    return [area, random_digits(rng, 10 - len(area) - 4), random_digits(rng, 4)]


def _en_group(group: str, rng: random.Random, zero: str, doubles: bool) -> list[str]:
    words: list[str] = []
    i = 0
    while i < len(group):
        digit = int(group[i])
        word = zero if digit == 0 else _EN_DIGITS[digit]
        if doubles and i + 1 < len(group) and group[i + 1] == group[i]:
            words.append(f"double {word}")
            i += 2
            continue
        words.append(word)
        i += 1
    return words


def phone_words_en(rng: random.Random) -> str:
    """A phone number read out in English words, as a caller or a transcript writes it."""
    groups = _mobile(rng)
    zero = rng.choice(["oh", "zero", "oh", "o"])
    doubles = rng.random() < 0.3
    style = rng.choice(["comma", "space", "hyphen", "mixed"])
    if style == "hyphen":
        return "-".join(w for g in groups for w in _en_group(g, rng, zero, False))
    if style == "mixed":
        # The area code in digits, the rest read out.
        rest = [" ".join(_en_group(g, rng, zero, doubles)) for g in groups[1:]]
        return groups[0] + " " + ", ".join(rest)
    sep = ", " if style == "comma" else " "
    return sep.join(" ".join(_en_group(g, rng, zero, doubles)) for g in groups)


def phone_words_ja(rng: random.Random) -> str:
    """A phone number as its readings in katakana or hiragana (a speech-to-text result)."""
    groups = _mobile(rng)
    table = _KATA if rng.random() < 0.6 else _HIRA
    sep = rng.choice(["、", "の", " ", "ー", "、"])
    inner = rng.choice(["", "", "・"]) if table is _KATA else ""
    return sep.join(inner.join(rng.choice(table[int(d)]) for d in g) for g in groups)


def phone_kanji(rng: random.Random) -> str:
    """A phone number in kanji numerals, the groups joined by の, 、, ー or a space."""
    groups = _mobile(rng)
    sep = rng.choice(["の", "、", "ー", "　", "－"])
    zero = rng.choice(["〇", "〇", "零"])
    return sep.join("".join(zero if d == "0" else _KANJI[int(d)] for d in g) for g in groups)


def postal_words_en(rng: random.Random) -> str:
    digits = random_digits(rng, 7)
    zero = rng.choice(["oh", "zero"])
    head = " ".join(zero if d == "0" else _EN_DIGITS[int(d)] for d in digits[:3])
    tail = " ".join(zero if d == "0" else _EN_DIGITS[int(d)] for d in digits[3:])
    return head + rng.choice([", ", " dash ", " "]) + tail


def postal_kanji(rng: random.Random) -> str:
    digits = random_digits(rng, 7)
    kanji = "".join(_KANJI[int(d)] for d in digits)
    return rng.choice(["〒", ""]) + kanji[:3] + rng.choice(["の", "ー", "－"]) + kanji[3:]


def _year_words(year: int) -> str:
    high, low = divmod(year, 100)
    head = _TEENS[high - 10] if high < 20 else "two thousand"
    if high == 20:
        return "two thousand" + ("" if low == 0 else " and " + _two_digits(low))
    return head + " " + ("hundred" if low == 0 else _two_digits(low, oh=True))


def _two_digits(value: int, *, oh: bool = False) -> str:
    if value < 10:
        return ("oh " if oh else "") + _EN_DIGITS[value]
    if value < 20:
        return _TEENS[value - 10]
    tens, ones = divmod(value, 10)
    return _TENS[tens] + ("" if ones == 0 else "-" + _EN_DIGITS[ones])


def dob_words_en(rng: random.Random) -> str:
    year, month, day = rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)
    words = _year_words(year)
    return rng.choice(
        [
            f"the {_ORDINALS[day - 1]} of {_MONTHS[month - 1]}, {words}",
            f"{_MONTHS[month - 1]} {_ORDINALS[day - 1]}, {words}",
            f"{_MONTHS[month - 1]} {day}, {words}",
            f"{_ORDINALS[day - 1]} {_MONTHS[month - 1]} {year}",
        ]
    )


def _kanji_number(value: int) -> str:
    """1..99 in kanji numerals (十, 二十三)."""
    tens, ones = divmod(value, 10)
    text = ("" if tens <= 1 else _KANJI[tens]) + ("十" if tens else "")
    return text + (_KANJI[ones] if ones else "")


def dob_kanji(rng: random.Random) -> str:
    year, month, day = rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)
    form = rng.choice(["era", "digits", "era_no"])
    era, number = ("昭和", year - 1925) if year < 1989 else ("平成", year - 1988)
    era_year = "元" if number == 1 else _kanji_number(number)
    if form == "era":
        return f"{era}{era_year}年{_kanji_number(month)}月{_kanji_number(day)}日"
    if form == "era_no":
        return f"{era}{era_year}年の{_kanji_number(month)}月{_kanji_number(day)}日"
    return "".join(_KANJI[int(d)] for d in str(year)) + (
        f"年{_kanji_number(month)}月{_kanji_number(day)}日"
    )


def account_words_en(rng: random.Random) -> str:
    digits = random_digits(rng, 7)
    zero = rng.choice(["oh", "zero"])
    words = [zero if d == "0" else _EN_DIGITS[int(d)] for d in digits]
    return rng.choice([" ", ", ", "-"]).join(words)


def account_kanji(rng: random.Random) -> str:
    digits = random_digits(rng, 7)
    return rng.choice(["", "普通　", "（普）"]) + "".join(_KANJI[int(d)] for d in digits)


def _value(
    slot: str,
    rng: random.Random,
    values: dict[str, Any],
    person: list[list[str]],
    other: list[list[str]],
) -> tuple[str, str]:
    """(text shown, entity type or "" when nothing is secret)."""
    people: dict[str, Callable[[], str]] = {
        "SURNAME": lambda: person[0][0],
        "SURNAME_H": lambda: person[0][1],
        "OTHER_SURNAME": lambda: other[0][0],
        "GIVEN": lambda: person[1][0],
        "GIVEN_H": lambda: person[1][1],
        "GIVEN_K": lambda: person[1][2],
        "GIVEN_R": lambda: person[1][3],
        "EN_GIVEN": lambda: rng.choice(values["en_given"]),
        "EN_NAME": lambda: f"{rng.choice(values['en_given'])} {rng.choice(values['en_family'])}",
        "EN_OTHER": lambda: f"{rng.choice(values['en_given'])} {rng.choice(values['en_family'])}",
        "ASIAN_EN": lambda: rng.choice(values["asian_en"]),
    }
    if slot in people:
        return people[slot](), "PERSON"
    secret: dict[str, tuple[Callable[[], str], str]] = {
        "PHONE_WORDS_EN": (lambda: phone_words_en(rng), "PHONE_NUMBER"),
        "PHONE_WORDS_JA": (lambda: phone_words_ja(rng), "PHONE_NUMBER"),
        "PHONE_KANJI": (lambda: phone_kanji(rng), "PHONE_NUMBER"),
        "POSTAL_WORDS_EN": (lambda: postal_words_en(rng), "POSTAL_CODE"),
        "POSTAL_KANJI": (lambda: postal_kanji(rng), "POSTAL_CODE"),
        "DOB_WORDS_EN": (lambda: dob_words_en(rng), "DATE_OF_BIRTH"),
        "DOB_KANJI": (lambda: dob_kanji(rng), "DATE_OF_BIRTH"),
        "ACCOUNT_WORDS_EN": (lambda: account_words_en(rng), "BANK_ACCOUNT"),
        "ACCOUNT_KANJI": (lambda: account_kanji(rng), "BANK_ACCOUNT"),
    }
    if slot in secret:
        make, entity_type = secret[slot]
        return make(), entity_type
    if slot.startswith("SC:"):
        return rng.choice(values["sc"][slot[3:]]), "SPECIAL_CARE"
    benign: dict[str, Callable[[], str]] = {
        "COMPANY": lambda: rng.choice(values["companies"]),
        "COMPANY_EN": lambda: rng.choice(values["companies_en"]),
        "PLACE": lambda: rng.choice(values["places"]),
        "PLACE_EN": lambda: rng.choice(values["places_en"]),
        "PRODUCT": lambda: rng.choice(values["products"]),
        "PRODUCT_B": lambda: rng.choice(values["products"]),
        "FIGURE": lambda: rng.choice(values["figures"]),
        "FIGURE_EN": lambda: rng.choice(values["figures_en"]),
    }
    return benign[slot](), ""


_PEOPLE = frozenset({"SURNAME", "SURNAME_H", "OTHER_SURNAME", "GIVEN", "GIVEN_H", "GIVEN_K",
                     "GIVEN_R", "EN_GIVEN", "EN_NAME", "EN_OTHER", "ASIAN_EN"})  # fmt: skip
"""Name slots: written twice in one template, the same person."""


def _fill(text: str, rng: random.Random, half: tuple[Any, ...]) -> _Filled:
    values, names = half
    keep_raw = [m.group(1) for m in KEEP.finditer(text)]
    text = KEEP.sub(lambda m: m.group(1), text)
    person = [rng.choice(names["surnames"]), rng.choice(names["given"])]
    other = [rng.choice(names["surnames"]), rng.choice(names["given"])]
    chosen: dict[str, str] = {}
    secrets: list[Secret] = []
    spans: list[tuple[int, int]] = []
    out: list[str] = []
    position = 0
    for match in SLOT.finditer(text):
        out.append(text[position : match.start()])
        position = match.end()
        slot = match.group(1)
        if slot in _PEOPLE and slot in chosen:
            shown, entity_type = chosen[slot], "PERSON"
        else:
            shown, entity_type = _value(slot, rng, values, person, other)
            chosen[slot] = shown
        start = sum(len(p) for p in out)
        out.append(shown)
        if entity_type:
            spans.append((start, start + len(shown)))
            if Secret(entity_type, shown) not in secrets:
                secrets.append(Secret(entity_type, shown))
    out.append(text[position:])
    # A keep phrase may hold a benign slot ({PRODUCT}): it must survive as filled.
    keep = [SLOT.sub(lambda m: chosen.get(m.group(1), m.group(0)), k) for k in keep_raw]
    return _Filled("".join(out), secrets, keep, [], spans)


def _name_field(rng: random.Random, half: Any, lang: str) -> str:
    """A display name: a hiragana given name, a romaji given name, or an English name."""
    values, names = half
    given = rng.choice(names["given"])
    forms = [given[1], given[3], str(rng.choice(values["en_given"]))]
    return str(rng.choice(forms))


_SHAPES = ["single", "single", "single", "multi_turn", "parts", "split_parts", "tool_call",
           "tool_result"]  # fmt: skip
_NAME_FAMILIES = frozenset({"HIRA", "KANJI", "EN"})


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = "QR"
) -> list[Case]:
    """Every case of the requested halves for ``seed``."""
    templates, per_half = read_generator_data(DATA, "QR")
    return generate_halves(
        templates,
        seed=seed,
        halves=halves,
        names="QR",
        contexts=per_half,
        count=lambda family, text: per_template,
        fill=lambda text, rng, half, lang: _fill(text, rng, half),
        shapes=lambda family, filled: shapes_for(_SHAPES, family, filled, _NAME_FAMILIES),
        name=_name_field,
    )


def main(argv: Sequence[str] | None = None) -> int:
    return write_cases(
        argv,
        description=__doc__.splitlines()[0] if __doc__ else None,
        generate=generate,
        seed=DEFAULT_SEED,
        per_template=DEFAULT_PER_TEMPLATE,
        readable="R",
        held_out="Q",
    )


if __name__ == "__main__":
    raise SystemExit(main())
