"""Held-out PII cases, twelfth generator for names and special care: who people name and
what they disclose, written as they write it — and the look-alikes that must pass unchanged.

- **names** in many scripts and positions, with a cue and without one: a hiragana or
  katakana given name called out before a kaomoji, a CSV row with no header, a list of
  names one per line, a surname alone as the subject of a complaint, katakana, romaji,
  hiragana and furigana forms, Western names in katakana, Chinese and Korean names, a
  signature under a dash line; surnames that are also places (千葉, 別府) made persons by a
  title, an honorific, a verb said of people or a self-introduction; English names in chat;
- **special care** said casually, formally and of a third person (conditions, medicines,
  faiths, criminal records, disabilities), lab values with and without units (血糖値が空腹時で
  180), blood pressure, English disclosures; labour-union membership, measured as
  ``UNION_MEMBERSHIP`` (the gateway has no such type: APPI does not list it as special care,
  the financial-sector guidelines count it as sensitive); every case marks the request
  (``[[…]]``) that must still reach the model;
- **benign look-alikes** (about a third of the cases): public figures in general questions,
  surnames discussed as words, places that are also surnames, 支店 names, companies named
  after people, questions about an illness, crime, faith, medicine or test in general,
  product codes and order numbers.

Templates and value lists are in ``bench/data/pii_cases_x/``; Japanese person names come from
``../shared/evaldata/names/`` (gimei, MIT; read at run time, not shipped). Every template
and value list is split by position into **Y** (even positions: held out, only aggregate
figures are printed) and **Z** (odd positions: failures may be read while fixing); the
gimei names use the same parity as the other generators. A value written ``core|tail``
shows both and holds only ``core`` secret (窃盗|で捕まった: the offence is masked, the
request keeps its sentence).

    .venv/bin/python bench/pii_cases_x.py [--seed 263] [--per-template 8] [--out FILE]
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

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_x"
DEFAULT_SEED = 263
DEFAULT_PER_TEMPLATE = 8

_DOMAINS = ["gmail.com", "yahoo.co.jp", "icloud.com", "outlook.jp", "docomo.ne.jp"]
_KAOMOJI = ["(´・ω・`)", "(*´▽`*)", "(；´Д`)", "(^_^;)", "(｀・ω・´)", "( ˘ω˘ )"]


def _phone(rng: random.Random) -> str:
    groups = [rng.choice(["070", "080", "090"]), random_digits(rng, 4), random_digits(rng, 4)]
    return rng.choice(["-", "", "-"]).join(groups)


def _email(rng: random.Random, names: dict[str, list[list[str]]]) -> str:
    surname = rng.choice(names["surnames"])[3].lower()
    given = rng.choice(names["given"])[3].lower()
    local = rng.choice([f"{given}.{surname}", f"{surname}{random_digits(rng, 2)}"])
    return f"{local}@{rng.choice(_DOMAINS)}"


def _number(low: float, high: float, rng: random.Random) -> str:
    if float(low).is_integer() and float(high).is_integer():
        return str(rng.randint(int(low), int(high)))
    return f"{rng.uniform(low, high):.1f}"


def _lab(rng: random.Random, values: dict[str, Any]) -> str:
    """A test, a separator and a value with its unit (HbA1cが8.2%)."""
    name, unit, low, high = rng.choice(values["lab_unit"])
    sep = rng.choice(["が", "は", " ", "：", "が "])
    return f"{name}{sep}{_number(low, high, rng)}{unit}"


def _lab_phrase(rng: random.Random, rows: list[list[Any]]) -> str:
    """A test and a value written as people say it, with no unit (血糖値が空腹時で180)."""
    form, low, high = rng.choice(rows)
    return str(form).replace("{N}", _number(low, high, rng))


def _bp(rng: random.Random, values: dict[str, Any]) -> str:
    high_lo, high_hi, low_lo, low_hi = rng.choice(values["bp"])
    upper, lower = rng.randint(high_lo, high_hi), rng.randint(low_lo, low_hi)
    return rng.choice(
        [f"血圧{upper}/{lower}", f"上が{upper}、下が{lower}", f"血圧 {upper}-{lower}"]
    )


def _core(value: str) -> tuple[str, str]:
    """``(shown, secret)`` of a ``core|tail`` value (the whole is secret without a ``|``)."""
    core, _, tail = value.partition("|")
    return core + tail, core


def _value(
    slot: str,
    rng: random.Random,
    half: tuple[Any, ...],
    people: list[list[list[str]]],
    en: tuple[str, str, str],
) -> tuple[str, str, str]:
    """(text shown, entity type or "" when nothing is secret, the secret part)."""
    values, names = half
    person, other = people
    person_slots: dict[str, Callable[[], str]] = {
        "SURNAME": lambda: person[0][0],
        "SURNAME_H": lambda: person[0][1],
        "SURNAME_K": lambda: person[0][2],
        "SURNAME_R": lambda: person[0][3],
        "SURNAME_R_UP": lambda: person[0][3].upper(),
        "OTHER_SURNAME": lambda: other[0][0],
        "GIVEN": lambda: person[1][0],
        "GIVEN_H": lambda: person[1][1],
        "GIVEN_K": lambda: person[1][2],
        "GIVEN_R": lambda: person[1][3],
        "OTHER_GIVEN": lambda: other[1][0],
        "PLACE_SURNAME": lambda: rng.choice(values["place_surnames"]),
        "FOREIGN_KATA": lambda: rng.choice(values["foreign_kata"]),
        "CN_NAME": lambda: rng.choice(values["cn_name"]),
        "EN_GIVEN": lambda: en[0],
        "EN_NAME": lambda: f"{en[0]} {en[1]}",
        "EN_FAMILY_UP": lambda: en[1].upper(),
        "EN_OTHER": lambda: en[2],
    }
    if slot in person_slots:
        shown = person_slots[slot]()
        return shown, "PERSON", shown
    secret: dict[str, tuple[Callable[[], str], str]] = {
        "PHONE": (lambda: _phone(rng), "PHONE_NUMBER"),
        "EMAIL": (lambda: _email(rng, names), "EMAIL_ADDRESS"),
        "LAB": (lambda: _lab(rng, values), "SPECIAL_CARE"),
        "LAB_NOUNIT": (lambda: _lab_phrase(rng, values["lab_nounit"]), "SPECIAL_CARE"),
        "LAB_EN_NOUNIT": (lambda: _lab_phrase(rng, values["lab_en_nounit"]), "SPECIAL_CARE"),
        "BP": (lambda: _bp(rng, values), "SPECIAL_CARE"),
    }
    if slot in secret:
        make, entity_type = secret[slot]
        shown = make()
        return shown, entity_type, shown
    if slot.startswith("SC:"):
        shown, core = _core(str(rng.choice(values[slot[3:]])))
        kind = "UNION_MEMBERSHIP" if slot == "SC:union_ja" else "SPECIAL_CARE"
        return shown, kind, core
    benign: dict[str, Callable[[], str]] = {
        "KIN": lambda: rng.choice(values["kin_ja"]),
        "ROLE": lambda: rng.choice(values["role_ja"]),
        "KIN_EN": lambda: rng.choice(values["kin_en"]),
        "PREF": lambda: rng.choice(values["pref"]),
        "SICK_LEAVE": lambda: rng.choice(values["sick_leave"]),
        "COMPANY_SIGN": lambda: rng.choice(values["company_sign"]),
        "FIGURE": lambda: rng.choice(values["figures_ja"]),
        "FIGURE_B": lambda: rng.choice(values["figures_ja"]),
        "FIGURE_EN": lambda: rng.choice(values["figures_en"]),
        "FIGURE_B_EN": lambda: rng.choice(values["figures_en"]),
        "WORD_SURNAME": lambda: rng.choice(values["word_surnames"]),
        "PLACE_WORD": lambda: rng.choice(values["place_words"]),
        "PLACE_WORD_B": lambda: rng.choice(values["place_words"]),
        "BRANCH": lambda: rng.choice(values["branch"]),
        "COMPANY_PERSON": lambda: rng.choice(values["company_person"]),
        "COND_TOPIC": lambda: rng.choice(values["cond_topics_ja"]),
        "COND_TOPIC_EN": lambda: rng.choice(values["cond_topics_en"]),
        "CRIME_TOPIC": lambda: rng.choice(values["crime_topics"]),
        "FAITH_TOPIC": lambda: rng.choice(values["faith_topics"]),
        "MED_TOPIC": lambda: rng.choice(values["med_topics"]),
        "MED_TOPIC_B": lambda: rng.choice(values["med_topics"]),
        "TEST_TOPIC": lambda: rng.choice(values["tests_topic"]),
        "HIRA_WORD": lambda: rng.choice(values["hira_words"]),
        "PRODUCT": lambda: rng.choice(values["products"]),
        "JAN": lambda: "49" + random_digits(rng, 11),
        "ORDER": lambda: f"PO-{rng.randint(2024, 2027)}-{random_digits(rng, 5)}",
        "QTY": lambda: str(rng.randint(2, 480)),
        "YEAR": lambda: str(rng.randint(2019, 2026)),
        "MONTH": lambda: str(rng.randint(1, 12)),
    }
    return benign[slot](), "", ""


def _fill(text: str, rng: random.Random, half: tuple[Any, ...], lang: str) -> _Filled:
    values, names = half
    keep_raw = [m.group(1) for m in KEEP.finditer(text)]
    text = KEEP.sub(lambda m: m.group(1), text)
    people = [[rng.choice(names["surnames"]), rng.choice(names["given"])] for _ in range(2)]
    en_other = f"{rng.choice(values['en_given'])} {rng.choice(values['en_family'])}"
    en = (rng.choice(values["en_given"]), rng.choice(values["en_family"]), en_other)
    chosen: dict[str, tuple[str, str, str]] = {}
    secrets: list[Secret] = []
    spans: list[tuple[int, int]] = []
    out: list[str] = []
    position = 0
    for match in SLOT.finditer(text):
        out.append(text[position : match.start()])
        position = match.end()
        slot = match.group(1)
        # A slot written twice in one template is the same value (a name listed twice).
        if slot not in chosen:
            chosen[slot] = _value(slot, rng, half, people, en)
        shown, entity_type, core = chosen[slot]
        start = sum(len(p) for p in out)
        out.append(shown)
        if entity_type:
            spans.append((start, start + len(core)))
            if Secret(entity_type, core) not in secrets:
                secrets.append(Secret(entity_type, core))
    out.append(text[position:])
    keep = [
        SLOT.sub(lambda m: chosen.get(m.group(1), (m.group(0), "", ""))[0], k) for k in keep_raw
    ]
    return _Filled("".join(out), secrets, keep, [], spans)


def _name_field(rng: random.Random, half: Any, lang: str) -> str:
    """A chat display name: a hiragana, katakana or romaji given name, or an English one."""
    values, names = half
    given = rng.choice(names["given"])
    return str(rng.choice([given[1], given[2], given[3], str(rng.choice(values["en_given"]))]))


_SHAPES = ["single", "single", "single", "multi_turn", "parts", "split_parts", "tool_call",
           "tool_result"]  # fmt: skip
_NAME_FAMILIES = frozenset({"NAME_NOCUE", "NAME_SCRIPT", "NAME_PLACE", "NAME_EN"})


def _shapes(family: str, filled: _Filled) -> list[str]:
    return shapes_for(_SHAPES, family, filled, _NAME_FAMILIES)


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = "YZ"
) -> list[Case]:
    """Every case of the requested halves for ``seed``."""
    templates, per_half = read_generator_data(DATA, "YZ")
    for half in per_half.values():
        json.dumps(half[0])  # the value lists are plain data (fail early on a YAML slip)
    return generate_halves(
        templates,
        seed=seed,
        halves=halves,
        names="YZ",
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
        readable="Z",
        held_out="Y",
    )


if __name__ == "__main__":
    raise SystemExit(main())
