"""Held-out PII cases, fourth generator: dates of birth, names, special-care and benign
look-alikes in phrasings the other three generators do not use.

Written without reading the failures of any held-out half: speech-to-text fillers (えーと,
あの), quoted mail (``> ``), markdown tables and bullet lists, ``@`` mentions, mail headers
(``From:``), sign-offs (拝, 文責), kin words before a given name (夫の太郎, 娘の花子), a
reading in brackets after a name, English business notes; dates of birth in era
abbreviations (S63.2.14, H3/11/5, R2.4.1), kanji, spaced and full-width digits, both
calendars, English day-first, ordinal and abbreviated months; special-care values from
conditions, medicines, disabilities, faiths, offences, victimisation and check-up values
not chosen from any lexicon of the product; benign texts with event dates, public
figures' birthdays, surnames and places as topics, and English sentences that begin with
capitalised common words (Last, However, May, Hope, Will).

Templates and value lists are in ``bench/data/pii_cases_g/``; person names come from
``../shared/evaldata/names/names.yml`` (gimei, MIT; read at run time, not shipped). Every
template and value list is split by position into **G** (even positions: held out, only
aggregate figures are printed) and **H** (odd positions: failures may be read while
fixing); the gimei names use the same parity as the other generators. Half G was measured
before any fix made with half H.

    .venv/bin/python bench/pii_cases_g.py [--seed 97] [--per-template 8] [--out FILE]
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
    read_generator_data,
    write_cases,
)
from pii_cases import Case, Secret, _Filled

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_g"
DEFAULT_SEED = 97
DEFAULT_PER_TEMPLATE = 8
BENIGN_PER_TEMPLATE = 6

_FW = {ord(c): ord(c) + 0xFEE0 for c in "0123456789/."}
_KANJI_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
_ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}


def _kanji_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else "一二三四五六七八九"[tens - 1] + "十")
    return head + ("" if ones == 0 else "一二三四五六七八九"[ones - 1])


def _era(year: int) -> tuple[str, str, int]:
    """(era name, its one-letter abbreviation, year of the era)."""
    if year >= 2019:
        return "令和", "R", year - 2018
    if year >= 1989:
        return "平成", "H", year - 1988
    return "昭和", "S", year - 1925


def date_of_birth(rng: random.Random) -> str:
    year, month, day = rng.randint(1938, 2022), rng.randint(1, 12), rng.randint(1, 28)
    era, letter, era_year = _era(year)
    style = rng.choice(["era_letter_dot", "era_letter_slash", "era_kanji", "kanji_digits",
                        "spaced", "fw", "both", "seireki", "dots", "hyphen_short",
                        "era_plain"])  # fmt: skip
    if style == "era_letter_dot":
        return f"{letter}{era_year}.{month}.{day}"
    if style == "era_letter_slash":
        return f"{letter}{era_year}/{month:02d}/{day:02d}"
    if style == "era_kanji":
        head = "元" if era_year == 1 else _kanji_number(era_year)
        return f"{era}{head}年{_kanji_number(month)}月{_kanji_number(day)}日"
    if style == "kanji_digits":
        return (
            f"{str(year).translate(_KANJI_DIGITS)}年{_kanji_number(month)}月{_kanji_number(day)}日"
        )
    if style == "spaced":
        return f"{year} 年 {month} 月 {day} 日"
    if style == "fw":
        return f"{year}.{month}.{day}".translate(_FW)
    if style == "both":
        return f"{era}{era_year}年（{year}年）{month}月{day}日"
    if style == "seireki":
        return f"西暦{year}年{month}月{day}日"
    if style == "dots":
        return f"{year}.{month:02d}.{day:02d}"
    if style == "hyphen_short":
        return f"{year}-{month}-{day}"
    return f"{era}{era_year}年{month}月{day}日"


def date_of_birth_en(rng: random.Random) -> str:
    year, month, day = rng.randint(1938, 2022), rng.randint(1, 12), rng.randint(1, 28)
    name = _MONTHS[month - 1]
    style = rng.choice(["abbr_dot", "day_abbr", "ordinal", "of", "iso", "us", "eu",
                        "dash_abbr", "no_comma"])  # fmt: skip
    if style == "abbr_dot":
        return f"{name[:3]}. {day}, {year}"
    if style == "day_abbr":
        return f"{day} {name[:3]} {year}"
    if style == "ordinal":
        return f"{day}{_ORDINAL.get(day, 'th')} {name} {year}"
    if style == "of":
        return f"the {day}{_ORDINAL.get(day, 'th')} of {name}, {year}"
    if style == "iso":
        return f"{year}-{month:02d}-{day:02d}"
    if style == "us":
        return f"{month:02d}/{day:02d}/{year}"
    if style == "eu":
        return f"{day:02d}.{month:02d}.{year}"
    if style == "dash_abbr":
        return f"{day:02d}-{name[:3]}-{year}"
    return f"{name} {day} {year}"


def full_name(rng: random.Random, person: list[list[str]]) -> str:
    surname, given = person
    style = rng.choice(["kanji", "kanji_space", "kanji_hira", "hiragana", "katakana_space",
                        "romaji"])  # fmt: skip
    if style == "kanji":
        return surname[0] + given[0]
    if style == "kanji_space":
        return f"{surname[0]}\u3000{given[0]}"
    if style == "kanji_hira":
        return surname[0] + given[1]
    if style == "hiragana":
        return f"{surname[1]} {given[1]}"
    if style == "katakana_space":
        return f"{surname[2]} {given[2]}"
    return f"{given[3]} {surname[3]}"


def _value(
    slot: str,
    rng: random.Random,
    values: dict[str, Any],
    names: dict[str, Any],
    person: list[list[str]],
) -> tuple[str, str]:
    """(text shown, entity type or "" when nothing is secret). ``person`` is the name
    drawn for this case, so a reading slot matches the name before it."""
    people: dict[str, Callable[[], str]] = {
        "NAME": lambda: full_name(rng, person),
        "SURNAME": lambda: person[0][0],
        "SURNAME_R": lambda: person[0][3],
        "GIVEN": lambda: person[1][0],
        "KANA_NAME": lambda: f"{person[0][1]} {person[1][1]}",
        "NAME_EN": lambda: f"{rng.choice(values['en_given'])} {rng.choice(values['en_family'])}",
    }
    if slot in people:
        return people[slot](), "PERSON"
    if slot == "DOB":
        return date_of_birth(rng), "DATE_OF_BIRTH"
    if slot == "DOB_EN":
        return date_of_birth_en(rng), "DATE_OF_BIRTH"
    if slot.startswith("SC:"):
        return rng.choice(values["special_care"][slot[3:]]), "SPECIAL_CARE"
    year = rng.randint(2024, 2027)
    benign: dict[str, Callable[[], str]] = {
        "FIGURE": lambda: rng.choice(values["figures"]),
        "FIGURE_EN": lambda: rng.choice(values["figures_en"]),
        "SURNAME_WORD": lambda: rng.choice(values["surname_words"]),
        "MED_TOPIC": lambda: rng.choice(values["med_topics"]),
        "PLACE": lambda: rng.choice(values["places"]),
        "FAITH_TOPIC": lambda: rng.choice(values["faith_topics"]),
        "LAW_TOPIC": lambda: rng.choice(values["law_topics"]),
        "PRODUCT": lambda: rng.choice(values["products"]),
        "ORDER": lambda: f"#{rng.randint(100000, 999999)}",
        "EVENT_DATE": lambda: rng.choice(
            [
                f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
                f"{year}/{rng.randint(1, 12)}/{rng.randint(1, 28)}",
                f"令和{year - 2018}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
                f"{year}.{rng.randint(1, 12)}.{rng.randint(1, 28)}",
            ]
        ),
    }
    return benign[slot](), ""


def _fill(text: str, rng: random.Random, values: dict[str, Any], names: dict[str, Any]) -> _Filled:
    keep = [m.group(1) for m in KEEP.finditer(text)]
    text = KEEP.sub(lambda m: m.group(1), text)
    person = [rng.choice(names["surnames"]), rng.choice(names["given"])]
    secrets: list[Secret] = []
    spans: list[tuple[int, int]] = []
    out: list[str] = []
    position = 0
    for match in SLOT.finditer(text):
        out.append(text[position : match.start()])
        position = match.end()
        shown, entity_type = _value(match.group(1), rng, values, names, person)
        start = sum(len(p) for p in out)
        out.append(shown)
        if entity_type:
            spans.append((start, start + len(shown)))
            secrets.append(Secret(entity_type, shown))
    out.append(text[position:])
    return _Filled("".join(out), secrets, keep, [], spans)


_SHAPES = ["single", "single", "single", "multi_turn", "parts", "tool_call", "tool_result"]


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = "GH"
) -> list[Case]:
    """Every case of the requested halves for ``seed``."""
    templates, per_half = read_generator_data(DATA, "GH")
    return generate_halves(
        templates,
        seed=seed,
        halves=halves,
        names="GH",
        contexts=per_half,
        count=lambda family, text: BENIGN_PER_TEMPLATE if family == "BENIGN" else per_template,
        fill=lambda text, rng, half, lang: _fill(text, rng, half[0], half[1]),
        shapes=lambda family, filled: list(_SHAPES),
    )


def main(argv: Sequence[str] | None = None) -> int:
    return write_cases(
        argv,
        description=__doc__.splitlines()[0] if __doc__ else None,
        generate=generate,
        seed=DEFAULT_SEED,
        per_template=DEFAULT_PER_TEMPLATE,
        readable="H",
        held_out="G",
    )


if __name__ == "__main__":
    raise SystemExit(main())
