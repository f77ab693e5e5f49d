"""PII cases, sixteenth generator (κ tuned on / λ held out): names and special care in
new ways, with conditions, medicines, faiths and offences that are not in the product's
word lists, so that the disclosure frame is what is tested, not the vocabulary.

- **names**: chat transcripts with speaker labels, kana given names that are also nouns or
  verb pieces (``まつり``, ``ひなた``, ``ひろえ``) before chat endings, nicknames, forms and
  signatures, romaji, foreign residents' names in ALL CAPS (``NGUYEN THI LAN``) and in
  English, katakana names with ``・``, bold names in prose (``**山田太郎**``) and clause
  ends 「…で、…」;
- **special care**: a condition, medicine, faith or offence the sentence marks as a
  disclosure (〜と診断された, 〜の治療中, 〜を服用している, 〜で通院, 〜に入信, 〜の信者,
  〜で前科, 〜で服役, "diagnosed with X", "I'm on X for my Y", "I served two years for X"),
  each case marking the request (``[[…]]``) that must still reach the model;
- **benign look-alikes** (30 templates): public figures (``Kim Jong-un``), surnames as words,
  places (``Amara``), stores after a name label (``Store name: APPLE STORE``), speaker-like
  labels that are conjunctions (``ただし：``), bold words, illness, medicines, faiths and
  offences as topics, and city-benefit FAQ sentences (``〜と診断された方は``).

Templates and value lists are in ``bench/data/pii_cases_kappa/``; Japanese person names come
from ``../shared/evaldata/names/`` (gimei, read at run time). Every template family and
value list is split by position into **λ** (even positions: held out, only aggregate
figures are printed) and **κ** (odd positions: tuned on); each half has its own random
stream (``seed`` for κ, ``seed + 1`` for λ). A value written ``core|tail`` shows both and
holds only ``core`` secret.

    .venv/bin/python bench/pii_cases_kappa.py [--seed 293] [--per-template 15] [--out FILE]
"""

from __future__ import annotations

import random
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

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_kappa"
DEFAULT_SEED = 293
DEFAULT_PER_TEMPLATE = 15

#: A slot's value: the text shown, its entity type ("" when nothing is secret), the secrets.
Shown = tuple[str, str, list[str]]

_SHAPES = ["single", "single", "single", "multi_turn", "parts", "tool_call", "tool_result"]
_NAME_FAMILIES = frozenset({"NAME_CHAT", "NAME_FORM", "NAME_PROSE"})
#: Slots whose value is shown but holds no secret.
_PLAIN = {"END": "chat_end", "DEPT": "dept", "COMPANY": "company"}


def _value(slot: str, rng: random.Random, half: tuple[Any, ...], people: list[Any]) -> Shown:
    values, _ = half
    (surname, given), (other_surname, other_given) = people

    def pick(key: str) -> str:
        return str(rng.choice(values[key]))

    def person(text: str) -> Shown:
        return text, "PERSON", [text]

    names: dict[str, Callable[[], Shown]] = {
        "SURNAME": lambda: person(surname[0]),
        "SURNAME_H": lambda: person(surname[1]),
        "SURNAME_K": lambda: person(surname[2]),
        "SURNAME_R": lambda: person(surname[3]),
        "GIVEN": lambda: person(given[0]),
        "GIVEN_H": lambda: person(given[1]),
        "GIVEN_K": lambda: person(given[2]),
        "GIVEN_R": lambda: person(given[3]),
        "OTHER_SURNAME": lambda: person(other_surname[0]),
        "OTHER_GIVEN_H": lambda: person(other_given[1]),
        "NOUN_NAME": lambda: person(pick("noun_name")),
        "EN_GIVEN": lambda: person(pick("en_given")),
        "EN_NAME": lambda: person(f"{pick('en_given')} {pick('en_family')}"),
        "FOREIGN": lambda: person(pick("foreign")),
        "FOREIGN_CAPS": lambda: person(pick("foreign_caps")),
        "FOREIGN_K": lambda: person(pick("foreign_kata")),
    }
    if slot in names:
        return names[slot]()
    if slot == "NICK":
        stem = given[1][:2]
        return stem + pick("nick_suffix"), "PERSON", [stem]
    if slot in _PLAIN:
        return pick(_PLAIN[slot]), "", []
    kind, _, key = slot.partition(":")
    key = key.removesuffix("_b")
    if kind == "SC":
        core, _, tail = pick(key).partition("|")
        return core + tail, "SPECIAL_CARE", [core]
    if kind == "B":
        return pick(key), "", []
    raise KeyError(slot)


def _fill(text: str, rng: random.Random, half: tuple[Any, ...], lang: str) -> _Filled:
    _, gimei = half
    people = [[rng.choice(gimei["surnames"]), rng.choice(gimei["given"])] for _ in range(2)]
    return fill_slots(text, rng, lambda slot: _value(slot, rng, half, people))


def _name_field(rng: random.Random, half: Any, lang: str) -> str:
    """A chat display name: a kana noun-name, a romaji or ALL-CAPS foreign name."""
    values, gimei = half
    surname, given = rng.choice(gimei["surnames"]), rng.choice(gimei["given"])
    return str(
        rng.choice(
            [
                rng.choice(values["noun_name"]),
                f"{surname[3]} {given[3]}",
                rng.choice(values["foreign_caps"]),
                rng.choice(values["foreign"]),
            ]
        )
    )


def _shapes(family: str, filled: _Filled) -> list[str]:
    return shapes_for(_SHAPES, family, filled, _NAME_FAMILIES)


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = "λκ"
) -> list[Case]:
    """Every case of the requested halves (λ from ``seed + 1``, κ from ``seed``)."""
    return generate_seeded_halves(
        DATA,
        "λκ",
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
        readable="κ",
        held_out="λ",
    )


if __name__ == "__main__":
    raise SystemExit(main())
