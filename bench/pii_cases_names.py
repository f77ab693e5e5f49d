"""Held-out PII cases, fourteenth generator: names and special care in shapes the earlier
generators did not use, and the look-alikes that must pass unchanged.

- **names** where people put them in business text: signatures under a rule or a company
  line, ``To:``/``Cc:`` lines, meeting minutes (出席, 記録者, 司会), chat logs with speaker
  labels (``[10:02] 佐藤:``, ``ゆい＞``, ``佐藤「…」``); written in romaji, katakana and
  hiragana, spaced out character by character, with furigana in brackets or ruby
  (``｜山田《やまだ》``); with honorifics of many kinds (殿, 様, 氏, 先生, くん, ちゃん, 部長,
  室長, 師長, っち, …); foreign names (Vietnamese, Chinese, Korean, South Asian, Arabic,
  Latin American, Filipino, Slavic) in Latin letters and in katakana; a given name after a
  family word and 、 (娘、ひなたが);
- **special care** said indirectly (かもって言われた, っぽい), of a third person (同僚が,
  母が), in the past tense, negated with the condition named (〜ではないと言われた, ruled
  out …: the name of a condition tied to a person stays health data), medications and test
  values with and without units, faiths, criminal records, victimisation and origin
  (APPI's 人種・社会的身分), in Japanese and English; labour-union membership measured as
  ``UNION_MEMBERSHIP`` (not an APPI special-care item; see docs/pii.md). Every case marks
  the request (``[[…]]``) that must still reach the model;
- **benign look-alikes** (40 templates): public figures and authors in general questions,
  fictional characters, companies and brands that are surnames, surnames discussed as
  words, places, facility words (かかりつけ医, 特定健診), general questions about a
  condition, a medicine, a test, a faith, a crime, union membership, and negations that
  name nothing (持病はありません).

Templates and value lists are in ``bench/data/pii_cases_names/``; Japanese person names come
from ``../shared/evaldata/names/`` (gimei, MIT; read at run time, not shipped). Every
template and value list is split by position into **h** (even positions: held out, only
aggregate figures are printed) and **t** (odd positions: tuned on); the gimei names use the
same parity as the other generators. A value written ``core|tail`` shows both and holds
only ``core`` secret.

    .venv/bin/python bench/pii_cases_names.py [--seed 271] [--per-template 8] [--out FILE]
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

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_names"
DEFAULT_SEED = 271
DEFAULT_PER_TEMPLATE = 8

_DOMAINS = ["gmail.com", "example.co.jp", "nifty.com", "au.com", "softbank.ne.jp"]

#: A slot's value: the text shown and the secrets it holds, ``(entity type, value)``.
Shown = tuple[str, list[tuple[str, str]]]


def _phone(rng: random.Random) -> str:
    groups = [rng.choice(["070", "080", "090", "03", "06"]), random_digits(rng, 4)]
    groups.append(random_digits(rng, 4))
    return rng.choice(["-", "-", " "]).join(groups)


def _number(low: float, high: float, rng: random.Random) -> str:
    if float(low).is_integer() and float(high).is_integer():
        return str(rng.randint(int(low), int(high)))
    return f"{rng.uniform(low, high):.1f}"


def _lab(rng: random.Random, rows: list[list[Any]]) -> str:
    """A test, a separator and a value with its unit (AST 120U/L)."""
    name, unit, low, high = rng.choice(rows)
    sep = rng.choice(["が", "は", " ", "：", "="])
    return f"{name}{sep}{_number(low, high, rng)}{unit}"


def _phrase(rng: random.Random, rows: list[list[Any]]) -> str:
    form, low, high = rng.choice(rows)
    return str(form).replace("{N}", _number(low, high, rng))


def _core(value: str) -> tuple[str, str]:
    """``(shown, secret)`` of a ``core|tail`` value (the whole is secret without a ``|``)."""
    core, _, tail = value.partition("|")
    return core + tail, core


def _person_values(
    rng: random.Random, person: list[list[str]], other: list[list[str]], third: list[str]
) -> dict[str, Callable[[], Shown]]:
    """The name slots: one person's name in every script and layout, and two others."""
    surname, given = person

    def one(text: str) -> Shown:
        return text, [("PERSON", text)]

    def spaced() -> Shown:
        whole = surname[0] + given[0]
        text = rng.choice(
            [" ".join(whole), f"{surname[0]} {given[0]}", f"{surname[0]}　{given[0]}"]
        )
        return text, [("PERSON", whole)]

    def ruby() -> Shown:
        form = rng.randrange(3)
        if form == 0:
            text = f"{surname[0]}（{surname[1]}）{given[0]}（{given[1]}）"
            return text, [("PERSON", p) for p in (surname[0], surname[1], given[0], given[1])]
        if form == 1:
            text = f"{surname[0]}{given[0]}（{surname[1]}{given[1]}）"
            return text, [("PERSON", surname[0] + given[0]), ("PERSON", surname[1] + given[1])]
        text = f"{surname[0]} {given[0]}({surname[2]} {given[2]})"
        return text, [("PERSON", surname[0] + given[0]), ("PERSON", surname[2] + given[2])]

    return {
        "SURNAME": lambda: one(surname[0]),
        "SURNAME_H": lambda: one(surname[1]),
        "SURNAME_K": lambda: one(surname[2]),
        "SURNAME_R": lambda: one(surname[3]),
        "SURNAME_R_UP": lambda: one(surname[3].upper()),
        "GIVEN": lambda: one(given[0]),
        "GIVEN_H": lambda: one(given[1]),
        "GIVEN_K": lambda: one(given[2]),
        "GIVEN_R": lambda: one(given[3]),
        "GIVEN_R_UP": lambda: one(given[3].upper()),
        "OTHER_SURNAME": lambda: one(other[0][0]),
        "OTHER_GIVEN": lambda: one(other[1][0]),
        "OTHER_GIVEN_H": lambda: one(other[1][1]),
        "THIRD_SURNAME": lambda: one(third[0]),
        "SPACED": spaced,
        "RUBY": ruby,
    }


def _value(
    slot: str,
    rng: random.Random,
    half: tuple[Any, ...],
    people: list[list[list[str]]],
) -> Shown:
    values, names = half
    third = rng.choice(names["surnames"])
    person_slots = _person_values(rng, people[0], people[1], third)
    if slot in person_slots:
        return person_slots[slot]()
    pick: Callable[[str], str] = lambda key: str(rng.choice(values[key]))  # noqa: E731
    en_name = f"{pick('en_given')} {pick('en_family')}"
    secret: dict[str, tuple[Callable[[], str], str]] = {
        "HON": (lambda: pick("honorific"), ""),
        "HON_G": (lambda: pick("honorific_given"), ""),
        "EN_GIVEN": (lambda: pick("en_given"), "PERSON"),
        "EN_GIVEN_B": (lambda: pick("en_given"), "PERSON"),
        "EN_NAME": (lambda: en_name, "PERSON"),
        "EN_OTHER": (lambda: f"{pick('en_given')} {pick('en_family')}", "PERSON"),
        "FOREIGN": (lambda: pick("foreign_full"), "PERSON"),
        "FOREIGN_K": (lambda: pick("foreign_kata"), "PERSON"),
        "FOREIGN_KG": (lambda: pick("foreign_kata_given"), "PERSON"),
        "PHONE": (lambda: _phone(rng), "PHONE_NUMBER"),
        "EMAIL": (
            lambda: f"{people[0][0][3].lower()}.{random_digits(rng, 2)}@{rng.choice(_DOMAINS)}",
            "EMAIL_ADDRESS",
        ),
        "EN_EMAIL": (
            lambda: f"{pick('en_given').lower()}@{rng.choice(_DOMAINS)}",
            "EMAIL_ADDRESS",
        ),
        "SC:lab": (lambda: _lab(rng, values["lab_unit"]), "SPECIAL_CARE"),
        "SC:lab_nounit": (lambda: _phrase(rng, values["lab_nounit"]), "SPECIAL_CARE"),
        "SC:lab_en": (lambda: _phrase(rng, values["lab_en"]), "SPECIAL_CARE"),
    }
    if slot in secret:
        make, entity_type = secret[slot]
        shown, core = _core(make())
        return shown, [(entity_type, core)] if entity_type else []
    if slot.startswith("SC:"):
        shown, core = _core(pick(slot[3:]))
        kind = "UNION_MEMBERSHIP" if slot == "SC:union_ja" else "SPECIAL_CARE"
        return shown, [(kind, core)]
    benign: dict[str, str] = {
        "COMPANY_SIGN": "company_sign",
        "DEPT": "dept",
        "KIN": "kin_ja",
        "KIN_COMMA": "kin_comma",
        "KIN_EN": "kin_en",
        "ROLE": "role_ja",
        "FIGURE": "figures_ja",
        "FIGURE_B": "figures_ja",
        "FIGURE_EN": "figures_en",
        "FIGURE_B_EN": "figures_en",
        "CHARACTER": "characters",
        "BRAND": "brands",
        "BRAND_EN": "brands_en",
        "WORD_SURNAME": "word_surnames",
        "PLACE_WORD": "place_words",
        "PLACE_WORD_B": "place_words",
        "PLACE_EN": "place_en",
        "FACILITY": "facility_words",
        "FACILITY_B": "facility_words",
        "COND_TOPIC": "cond_topics_ja",
        "COND_TOPIC_EN": "cond_topics_en",
        "MED_TOPIC": "med_topics",
        "TEST_TOPIC": "tests_topic",
        "FAITH_TOPIC": "faith_topics",
        "FAITH_TOPIC_B": "faith_topics",
        "FAITH_TOPIC_EN": "faith_topics_en",
        "CRIME_TOPIC": "crime_topics",
        "PRODUCT": "products",
    }
    return pick(benign[slot]), []


def _fill(text: str, rng: random.Random, half: tuple[Any, ...], lang: str) -> _Filled:
    _, names = half
    keep_raw = [m.group(1) for m in KEEP.finditer(text)]
    text = KEEP.sub(lambda m: m.group(1), text)
    people = [[rng.choice(names["surnames"]), rng.choice(names["given"])] for _ in range(2)]
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
    # A value the template's own words hold too (りま in なります) cannot be told apart from
    # them in what is sent: it is not counted (the text is the same either way).
    fixed = SLOT.sub("\x00", text)
    secrets = [s for s in secrets if s.value not in fixed]
    keep = [SLOT.sub(lambda m: chosen.get(m.group(1), (m.group(0), []))[0], k) for k in keep_raw]
    return _Filled("".join(out), secrets, keep, [], spans)


def _name_field(rng: random.Random, half: Any, lang: str) -> str:
    """A chat display name: a romaji full name, a katakana given name or an English name."""
    values, names = half
    surname, given = rng.choice(names["surnames"]), rng.choice(names["given"])
    return str(
        rng.choice(
            [
                f"{given[3]} {surname[3]}",
                f"{surname[0]}{given[0]}",
                given[2],
                f"{rng.choice(values['en_given'])} {rng.choice(values['en_family'])}",
            ]
        )
    )


_SHAPES = ["single", "single", "single", "multi_turn", "parts", "tool_call", "tool_result"]
_NAME_FAMILIES = frozenset({"NAME_SIG", "NAME_LOG", "NAME_SCRIPT", "NAME_HONOR", "NAME_FOREIGN"})


def _shapes(family: str, filled: _Filled) -> list[str]:
    return shapes_for(_SHAPES, family, filled, _NAME_FAMILIES)


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = "ht"
) -> list[Case]:
    """Every case of the requested halves for ``seed``."""
    templates, per_half = read_generator_data(DATA, "ht")
    for half in per_half.values():
        json.dumps(half[0])  # the value lists are plain data (fail early on a YAML slip)
    return generate_halves(
        templates,
        seed=seed,
        halves=halves,
        names="ht",
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
        readable="t",
        held_out="h",
    )


if __name__ == "__main__":
    raise SystemExit(main())
