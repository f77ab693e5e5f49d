"""Held-out PII cases, fifteenth generator (ζ/η): names and special care as people chat
and write them, and the look-alikes that must pass unchanged.

- **names** in every script and position: a given name opening a chat message before an
  emoji or punctuation mark (``あやね😭 …``, ``さや！``), vocatives (``ねえ、ゆい``),
  nicknames (``さやっち``), surnames that are common words or places before a title or
  honorific (``オカ課長``, ``森部長``, ``千葉さん``), signatures, forms and their furigana,
  self-introductions, romaji, English names, foreign names in Latin letters and katakana;
- **special care** of the writer and of third parties, casual and polite: conditions
  (麻痺 and other after-effects, chronic and mental illness), disabilities and aids,
  medicines (katakana brands, classes, English INNs), test values with and without units,
  faiths, criminal records (an offence inside a question anchored in time: ``2019年に万引き
  で捕まった…``), victimisation and ethnic or social origin. Every case marks the request
  (``[[…]]``) that must still reach the model (the "request kept" figure);
- **benign look-alikes** (40 templates): regions and job words (``Kansai Region``, 上司),
  休職中 / 病院 / メンクリ without a disclosure, 出所 (a source) and 前科 in a joke, an
  advert question about a medicine brand (``アレグラのCM``), illness as a general topic,
  public figures, places, companies with surnames, surnames as words, crime and faith as
  topics.

Templates and value lists are in ``bench/data/pii_cases_zeta/``; Japanese person names come
from ``../shared/evaldata/names/`` (gimei, MIT; read at run time, not shipped) with the
parity the other generators use. Every template family and value list is split by
position into **ζ** (even positions: held out, only aggregate figures are printed) and
**η** (odd positions: tuned on); each half draws from its own random stream (``seed`` for
η, ``seed + 1`` for ζ), so reading η shows no template, value or draw of ζ. A value
written ``core|tail`` shows both and holds only ``core`` secret.

    .venv/bin/python bench/pii_cases_zeta.py [--seed 281] [--per-template 12] [--out FILE]
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
    read_generator_data,
    shapes_for,
    write_cases,
)
from pii_cases import Case, Secret, _Filled

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_zeta"
DEFAULT_SEED = 281
DEFAULT_PER_TEMPLATE = 12

#: A slot's value: the text shown and the secrets it holds, ``(entity type, value)``.
Shown = tuple[str, list[tuple[str, str]]]

_BENIGN = {
    "REGION_EN": "region_en",
    "JOB": "job",
    "FACILITY": "facility",
    "FACILITY_B": "facility",
    "AD_BRAND": "med_brand_ad",
    "ILLNESS": "illness_topic",
    "ILLNESS_EN": "illness_topic_en",
    "FIGURE": "figure",
    "FIGURE_EN": "figure_en",
    "PLACE": "place",
    "ORG": "org",
    "WORD": "word_surname",
    "CRIME_TOPIC": "crime_topic",
    "CRIME_TOPIC_B": "crime_topic",
    "FAITH_TOPIC": "faith_topic",
    "COMPANY": "company",
    "DEPT": "dept",
    "TITLE": "title",
    "KANA_TITLE": "kana_title",
    "MARK": "chat_mark",
}


def _number(low: float, high: float, rng: random.Random) -> str:
    if float(low).is_integer() and float(high).is_integer():
        return str(rng.randint(int(low), int(high)))
    return f"{rng.uniform(low, high):.1f}"


def _core(value: str) -> tuple[str, str]:
    """``(shown, secret)`` of a ``core|tail`` value (the whole is secret without a ``|``)."""
    core, _, tail = value.partition("|")
    return core + tail, core


def _lab(rng: random.Random, rows: list[list[Any]]) -> str:
    name, unit, low, high = rng.choice(rows)
    sep = rng.choice(["が", "は", " ", "：", ""])
    return f"{name}{sep}{_number(low, high, rng)}{unit}"


def _lab_casual(rng: random.Random, rows: list[list[Any]]) -> str:
    form, low, high = rng.choice(rows)
    return str(form).replace("{N}", _number(low, high, rng))


def _value(slot: str, rng: random.Random, half: tuple[Any, ...], people: list[Any]) -> Shown:
    values, _ = half
    (surname, given), (other_surname, other_given) = people

    def pick(key: str) -> str:
        return str(rng.choice(values[key]))

    def person(text: str) -> Shown:
        return text, [("PERSON", text)]

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
        "WORD_SURNAME": lambda: person(pick("word_surname")),
        "WORD_SURNAME_K": lambda: person(pick("word_surname_k")),
        "EN_GIVEN": lambda: person(pick("en_given")),
        "EN_NAME": lambda: person(f"{pick('en_given')} {pick('en_family')}"),
        "FOREIGN": lambda: person(pick("foreign_latin")),
        "FOREIGN_K": lambda: person(pick("foreign_kata")),
        "FOREIGN_KG": lambda: person(pick("foreign_kata_given")),
    }
    if slot in names:
        return names[slot]()
    if slot == "NICK":
        # A pet name: the first two kana of the given name and a pet ending (さやっち).
        stem = given[1][:2]
        return stem + pick("nick_suffix"), [("PERSON", stem)]
    if slot.startswith("SC:"):
        key = slot[3:].removesuffix("_b")
        if key == "lab":
            shown, core = _lab(rng, values["lab"]), None
        elif key == "lab_casual":
            shown, core = _core(_lab_casual(rng, values["lab_casual"]))
        else:
            shown, core = _core(pick(key))
        return shown, [("SPECIAL_CARE", core if core is not None else shown)]
    return pick(_BENIGN[slot]), []


def _fill(text: str, rng: random.Random, half: tuple[Any, ...], lang: str) -> _Filled:
    _, gimei = half
    keep_raw = [m.group(1) for m in KEEP.finditer(text)]
    text = KEEP.sub(lambda m: m.group(1), text)
    people = [[rng.choice(gimei["surnames"]), rng.choice(gimei["given"])] for _ in range(2)]
    chosen: dict[str, Shown] = {}
    secrets: list[Secret] = []
    spans: list[tuple[int, int]] = []
    out: list[str] = []
    position = 0
    for match in SLOT.finditer(text):
        out.append(text[position : match.start()])
        position = match.end()
        slot = match.group(1)
        # A slot written twice in one template is the same value.
        if slot not in chosen:
            chosen[slot] = _value(slot, rng, half, people)
        shown, held = chosen[slot]
        start = sum(len(p) for p in out)
        out.append(shown)
        for entity_type, value in held:
            offset = shown.find(value)
            if offset >= 0:
                spans.append((start + offset, start + offset + len(value)))
            if Secret(entity_type, value) not in secrets:
                secrets.append(Secret(entity_type, value))
    out.append(text[position:])
    # A value the template's own words hold too cannot be told apart from them in what is
    # sent: it is not counted.
    fixed = SLOT.sub("\x00", text)
    secrets = [s for s in secrets if s.value not in fixed]
    keep = [SLOT.sub(lambda m: chosen.get(m.group(1), (m.group(0), []))[0], k) for k in keep_raw]
    return _Filled("".join(out), secrets, keep, [], spans)


def _name_field(rng: random.Random, half: Any, lang: str) -> str:
    """A chat display name: a hiragana given name, a romaji full name or a katakana one."""
    values, gimei = half
    surname, given = rng.choice(gimei["surnames"]), rng.choice(gimei["given"])
    return str(
        rng.choice(
            [given[1], f"{given[3]} {surname[3]}", f"{surname[2]}{given[2]}", pick_en(rng, values)]
        )
    )


def pick_en(rng: random.Random, values: dict[str, Any]) -> str:
    return f"{rng.choice(values['en_given'])} {rng.choice(values['en_family'])}"


_SHAPES = ["single", "single", "single", "multi_turn", "parts", "tool_call", "tool_result"]
_NAME_FAMILIES = frozenset({"NAME_CHAT", "NAME_FORM", "NAME_FOREIGN"})


def _shapes(family: str, filled: _Filled) -> list[str]:
    return shapes_for(_SHAPES, family, filled, _NAME_FAMILIES)


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = "ζη"
) -> list[Case]:
    """Every case of the requested halves for ``seed``: each half is drawn from its own
    random stream (ζ from ``seed + 1``, η from ``seed``)."""
    templates, per_half = read_generator_data(DATA, "ζη")
    for half in per_half.values():
        json.dumps(half[0])  # the value lists are plain data (fail early on a YAML slip)
    cases: list[Case] = []
    for name, offset in (("ζ", 1), ("η", 0)):
        if name not in halves:
            continue
        drawn = generate_halves(
            templates,
            seed=seed + offset,
            halves=name,
            names="ζη",
            contexts=per_half,
            count=lambda family, text: per_template,
            fill=_fill,
            shapes=_shapes,
            name=_name_field,
        )
        cases.extend(drawn)
    return cases


def main(argv: Sequence[str] | None = None) -> int:
    return write_cases(
        argv,
        description=__doc__.splitlines()[0] if __doc__ else None,
        generate=generate,
        seed=DEFAULT_SEED,
        per_template=DEFAULT_PER_TEMPLATE,
        readable="η",
        held_out="ζ",
    )


if __name__ == "__main__":
    raise SystemExit(main())
