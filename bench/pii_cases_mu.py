"""PII cases, twentieth generator (ν tuned on / μ held out): names by position.

Person names where no honorific, title or label marks them:

- **NAME_CALL**: a name called out at the start of a message (before 、, after ねぇ /
  ねえ / あのさ / おーい / やっほー), kana, kanji or katakana, casual speech;
- **NAME_SUBJECT**: a name as the subject or partner of a verb (「昨日ゆうたが言ってた」,
  「さっき健太から電話があって」), surnames and given names alone;
- **NAME_ROMAJI**: romaji names inside Japanese text (``Takeshi``, ``SATO Kenji``);
- **NAME_FOREIGN**: foreign given names in katakana without a title (``マリア``);
- **NAME_LIST**: names in lists and rosters (``参加者：山田、佐藤、ｽｽﾞｷ``, one per line,
  ``/``, ``・``, numbered), half-width katakana included;
- **NAME_MAIL**: mail greetings and signatures (``Hi Kenji,``, ``Best,⏎Aiko Tanaka``);
- **BENIGN** (24 templates): look-alikes in the same positions — kana common nouns called
  out or as a subject (``ひまわり、きれいだね``), places and brands as topics or the subject
  of a verb, teams in lists and under sign-offs, public figures in questions (these must
  not be masked by default).

Templates and value lists are in ``bench/data/pii_cases_mu/``; Japanese person names come
from ``../shared/evaldata/names/`` (gimei, read at run time). Every template family and
value list is split by position into **μ** (even positions: held out, only aggregate
figures are printed) and **ν** (odd positions: tuned on); each half has its own random
stream (``seed`` for ν, ``seed + 1`` for μ).

    .venv/bin/python bench/pii_cases_mu.py [--seed 311] [--per-template 8] [--out FILE]
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pii_case_halves import (
    fill_slots,
    generate_seeded_halves,
    shapes_for,
    write_cases,
)
from pii_cases import Case, _Filled

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_mu"
DEFAULT_SEED = 311
DEFAULT_PER_TEMPLATE = 8

#: A slot's value: the text shown, its entity type ("" when nothing is secret), the secrets.
Shown = tuple[str, str, list[str]]

_SHAPES = ["single", "single", "single", "multi_turn", "parts", "tool_call", "tool_result"]
_NAME_FAMILIES = frozenset(
    {"NAME_CALL", "NAME_SUBJECT", "NAME_ROMAJI", "NAME_FOREIGN", "NAME_LIST", "NAME_MAIL"}
)


def _half_width_table() -> dict[str, str]:
    """Full-width katakana (with voiced marks) -> half-width, read off NFKC."""
    table: dict[str, str] = {}
    for code in range(0xFF66, 0xFF9E):
        half = chr(code)
        table.setdefault(unicodedata.normalize("NFKC", half), half)
        for mark in ("\uff9e", "\uff9f"):
            full = unicodedata.normalize("NFKC", half + mark)
            if len(full) == 1:
                table.setdefault(full, half + mark)
    table["ー"] = "ｰ"
    return table


_HALF_WIDTH = _half_width_table()


def half_width(katakana: str) -> str:
    return "".join(_HALF_WIDTH.get(ch, ch) for ch in katakana)


def _value(slot: str, rng: random.Random, half: tuple[Any, ...], people: list[Any]) -> Shown:
    values, _ = half
    (surname, given), (other_surname, other_given), (third_surname, third_given) = people

    def pick(key: str) -> str:
        return str(rng.choice(values[key]))

    def person(text: str) -> Shown:
        return text, "PERSON", [text]

    en_given = rng.sample(values["en_given"], 3)
    names: dict[str, Callable[[], Shown]] = {
        "SURNAME": lambda: person(surname[0]),
        "SURNAME_K": lambda: person(surname[2]),
        "SURNAME_R": lambda: person(surname[3]),
        "SURNAME_UP": lambda: person(surname[3].upper()),
        "GIVEN": lambda: person(given[0]),
        "GIVEN_H": lambda: person(given[1]),
        "GIVEN_K": lambda: person(given[2]),
        "GIVEN_R": lambda: person(given[3]),
        "OTHER_SURNAME": lambda: person(other_surname[0]),
        "OTHER_SURNAME_K": lambda: person(other_surname[2]),
        "OTHER_GIVEN_H": lambda: person(other_given[1]),
        "OTHER_GIVEN_R": lambda: person(other_given[3]),
        "THIRD_SURNAME": lambda: person(third_surname[0]),
        "THIRD_SURNAME_K": lambda: person(third_surname[2]),
        "THIRD_SURNAME_HW": lambda: person(half_width(third_surname[2])),
        "THIRD_GIVEN_H": lambda: person(third_given[1]),
        "EN_GIVEN": lambda: person(en_given[0]),
        "EN_GIVEN_B": lambda: person(en_given[1]),
        "EN_GIVEN_C": lambda: person(en_given[2]),
        "EN_FAMILY": lambda: person(pick("en_family")),
        "EN_NAME": lambda: person(f"{en_given[0]} {pick('en_family')}"),
        "FOREIGN_K": lambda: person(pick("foreign_kata")),
    }
    if slot in names:
        return names[slot]()
    kind, _, key = slot.partition(":")
    key = key.removesuffix("_b")
    if kind == "B":
        return pick(key), "", []
    raise KeyError(slot)


def _fill(text: str, rng: random.Random, half: tuple[Any, ...], lang: str) -> _Filled:
    _, gimei = half
    people: list[list[Any]] = []
    while len(people) < 3:
        pair = [rng.choice(gimei["surnames"]), rng.choice(gimei["given"])]
        if all(pair[0][1] != p[0][1] and pair[1][1] != p[1][1] for p in people):
            people.append(pair)
    return fill_slots(text, rng, lambda slot: _value(slot, rng, half, people))


def _name_field(rng: random.Random, half: Any, lang: str) -> str:
    """A chat display name: a romaji given name, a katakana or English given name."""
    values, gimei = half
    given = rng.choice(gimei["given"])
    return str(
        rng.choice([given[3], rng.choice(values["foreign_kata"]), rng.choice(values["en_given"])])
    )


def _shapes(family: str, filled: _Filled) -> list[str]:
    return shapes_for(_SHAPES, family, filled, _NAME_FAMILIES)


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = "μν"
) -> list[Case]:
    """Every case of the requested halves (μ from ``seed + 1``, ν from ``seed``)."""
    return generate_seeded_halves(
        DATA,
        "μν",
        seed=seed,
        per_template=per_template,
        halves=halves,
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
        readable="ν",
        held_out="μ",
    )


if __name__ == "__main__":
    raise SystemExit(main())
