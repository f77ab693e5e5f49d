"""Held-out PII cases, seventh generator: call-centre transcripts, forms pasted as text,
chat-app casual, English/Japanese mixed business mail, JSON records and multi-turn.

A different author's voice from the six earlier generators: a caller's words as a speech
to text tool writes them, with fillers (えーと、あのー、えー) between and inside the
phrases that carry a name, a condition or a number; spelling a name out (ひらがなで…,
カタカナで…); forms pasted as text with full-width colons, tabs and 【】/■ headings, a
label glued to its value; chat-app messages with emoji and sentence-final particles;
business mail mixing the two languages (``{surname}-san from 総務部``, ``Mtg w/ …部長``);
JSON records a user pastes or a tool returns. Special-care disclosures come in the same
voices (a relative's condition in a call, a form's 既往歴/服薬 lines, a chat that names a
medicine, English ``I'm on …``). Other values (phones with a long-vowel mark for the hyphen
or brackets round the exchange, Japan Post Bank 記号/番号, 和暦 abbreviations, English
dates of birth, addresses with buildings) appear in mixed templates. Benign look-alikes
(a third of the cases): companies named after families (山田電機, Suzuki Motor), public
figures, places, products, order and product codes, prices, event dates, topics asked in
general, a department as a mail's sign-off.

New carriers: a transcription tool's JSON result (the caller's turn as one segment), a
chat burst (one message typed as two consecutive user messages), and a mail quoted with
``> `` under a forwarding line; plus the carriers all generators share and the ``name``
field for the name families.

Templates and value lists are in ``bench/data/pii_cases_m/``; person names and address
parts come from ``../shared/evaldata/names/`` (gimei, MIT; read at run time, not shipped).
Every template and value list is split by position into **M** (even positions: held out,
only aggregate figures are printed) and **N** (odd positions: failures may be read while
fixing); the gimei names use the same parity as the other generators. Half M was measured
before any fix of the seventh round.

    .venv/bin/python bench/pii_cases_m.py [--seed 149] [--per-template 8] [--out FILE]
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
    with_own_shapes,
    write_cases,
)
from pii_cases import Case, Secret, _cut, _Filled

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_m"
DEFAULT_SEED = 149
DEFAULT_PER_TEMPLATE = 8

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
_WIDE = str.maketrans("0123456789", "０１２３４５６７８９")


def phone(rng: random.Random) -> str:
    """A phone number as a caller or a form writes it."""
    if rng.random() < 0.6:
        groups = [rng.choice(["070", "080", "090"]), random_digits(rng, 4), random_digits(rng, 4)]
    else:
        area = rng.choice(["03", "06", "011", "045", "092", "0466"])
        groups = [area, random_digits(rng, 10 - len(area) - 4), random_digits(rng, 4)]
    a, b, c = groups
    form = rng.choice(["hyphen", "hyphen", "space", "plain", "wide", "bracket", "dot"])
    if form == "hyphen":
        return f"{a}-{b}-{c}"
    if form == "space":
        return f"{a} {b} {c}"
    if form == "plain":
        return a + b + c
    if form == "wide":
        # An IME's long-vowel mark for the hyphen, full-width digits.
        return f"{a}ー{b}ー{c}".translate(_WIDE)
    if form == "bracket":
        return f"({a}){b}-{c}" if rng.random() < 0.5 else f"{a}({b}){c}"
    return f"{a}.{b}.{c}"


def date_of_birth(rng: random.Random) -> str:
    year, month, day = rng.randint(1948, 2006), rng.randint(1, 12), rng.randint(1, 28)
    name, letter, number = ("昭和", "S", year - 1925) if year < 1989 else ("平成", "H", year - 1988)
    form = rng.choice(["kanji", "slash", "era", "era_short", "wide"])
    if form == "kanji":
        return f"{year}年{month}月{day}日"
    if form == "slash":
        return f"{year}/{month:02d}/{day:02d}"
    if form == "era":
        return f"{name}{number}年{month}月{day}日"
    if form == "era_short":
        return f"{letter}{number}.{month}.{day}"
    return f"{year}年{month}月{day}日".translate(_WIDE)


def date_of_birth_en(rng: random.Random) -> str:
    year, month, day = rng.randint(1948, 2006), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        [f"{_MONTHS[month - 1]} {day}, {year}", f"{day:02d}/{month:02d}/{year}",
         f"{day} {_MONTHS[month - 1][:3]} {year}"]
    )  # fmt: skip


def address(rng: random.Random, values: dict[str, Any], places: dict[str, Any]) -> str:
    prefecture = str(rng.choice(places["prefecture"])[0])
    city = rng.choice(places["city"])[0]
    town = rng.choice(places["town"])[0]
    a, b, c = rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 20)
    block = rng.choice([f"{a}-{b}-{c}", f"{a}丁目{b}-{c}", f"{a}丁目{b}番{c}号"])
    text = (prefecture if rng.random() < 0.6 else "") + city + town + block
    if rng.random() < 0.4:
        text += rng.choice([" ", ""]) + rng.choice(values["buildings"]) + str(rng.randint(101, 905))
    return str(text)


def full_name(rng: random.Random, person: list[list[str]]) -> str:
    surname, given = person
    style = rng.choice(["kanji", "kanji", "kanji_space", "kanji_hira"])
    if style == "kanji":
        return surname[0] + given[0]
    if style == "kanji_space":
        return surname[0] + rng.choice([" ", "\u3000"]) + given[0]
    return surname[0] + given[1]


def romaji_name(rng: random.Random, person: list[list[str]]) -> str:
    surname, given = person[0][3], person[1][3]
    return rng.choice(
        [f"{given} {surname}", f"{surname.upper()} {given}", f"{surname.lower()} {given.lower()}",
         f"{surname} {given}"]
    )  # fmt: skip


def _value(
    slot: str,
    rng: random.Random,
    values: dict[str, Any],
    person: list[list[str]],
    other: list[list[str]],
    places: dict[str, Any],
) -> tuple[str, str]:
    """(text shown, entity type or "" when nothing is secret)."""
    people: dict[str, Callable[[], str]] = {
        "NAME": lambda: full_name(rng, person),
        "NAME_SP": lambda: person[0][0] + rng.choice([" ", "\u3000"]) + person[1][0],
        "NAME_K": lambda: person[0][2] + rng.choice(["", " ", "\u3000"]) + person[1][2],
        "SURNAME": lambda: person[0][0],
        "SURNAME_H": lambda: person[0][1],
        "SURNAME_K": lambda: person[0][2],
        "SURNAME_R": lambda: person[0][3],
        "OTHER_SURNAME": lambda: other[0][0],
        "GIVEN": lambda: person[1][0],
        "GIVEN_H": lambda: person[1][1],
        "GIVEN_K": lambda: person[1][2],
        "GIVEN_R": lambda: person[1][3],
        "NAME_R": lambda: romaji_name(rng, person),
        "NAME_EN": lambda: f"{rng.choice(values['en_given'])} {rng.choice(values['en_family'])}",
    }
    if slot in people:
        return people[slot](), "PERSON"
    secret: dict[str, tuple[Callable[[], str], str]] = {
        "PHONE": (lambda: phone(rng), "PHONE_NUMBER"),
        "EMAIL": (
            lambda: f"{rng.choice(values['email_users'])}@{rng.choice(values['email_domains'])}",
            "EMAIL_ADDRESS",
        ),
        "DOB": (lambda: date_of_birth(rng), "DATE_OF_BIRTH"),
        "DOB_EN": (lambda: date_of_birth_en(rng), "DATE_OF_BIRTH"),
        "ADDRESS": (lambda: address(rng, values, places), "ADDRESS"),
        "POSTAL": (
            lambda: rng.choice(["{}-{}", "〒{}-{}", "{}{}"]).format(
                random_digits(rng, 3), random_digits(rng, 4)
            ),
            "POSTAL_CODE",
        ),
        "BANK_NO": (lambda: random_digits(rng, 7), "BANK_ACCOUNT"),
        "YUCHO_KIGO": (lambda: "1" + random_digits(rng, 4), "BANK_ACCOUNT"),
        "YUCHO_NO": (lambda: random_digits(rng, 7) + "1", "BANK_ACCOUNT"),
    }
    if slot in secret:
        make, entity_type = secret[slot]
        return make(), entity_type
    if slot.startswith("SC:"):
        return rng.choice(values["sc"][slot[3:]]), "SPECIAL_CARE"
    year = rng.randint(2024, 2027)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    benign: dict[str, Callable[[], str]] = {
        "BANK": lambda: rng.choice(values["banks"]),
        "BRANCH": lambda: rng.choice(values["branches"]),
        "DEPT": lambda: rng.choice(values["depts"]),
        "DEPT_EN": lambda: rng.choice(values["depts_en"]),
        "COMPANY": lambda: rng.choice(values["companies"]),
        "COMPANY_EN": lambda: rng.choice(values["companies_en"]),
        "FIGURE": lambda: rng.choice(values["figures"]),
        "FIGURE_EN": lambda: rng.choice(values["figures_en"]),
        "PLACE": lambda: rng.choice(values["places"]),
        "PRODUCT": lambda: rng.choice(values["products"]),
        "MED_TOPIC": lambda: rng.choice(values["med_topics"]),
        "LAW_TOPIC": lambda: rng.choice(values["law_topics"]),
        "FAITH_TOPIC": lambda: rng.choice(values["faith_topics"]),
        "ORDER": lambda: rng.choice(
            [
                f"ORD-{year}-{random_digits(rng, 5)}",
                f"#A{random_digits(rng, 7)}",
                f"{random_digits(rng, 4)}-{random_digits(rng, 4)}-{random_digits(rng, 2)}",
                f"INV{year}{month:02d}{random_digits(rng, 4)}",
            ]
        ),
        "SKU": lambda: rng.choice(
            [
                f"{rng.choice('KMTX')}{rng.choice('ABRX')}-"
                f"{rng.randint(100, 990)}{rng.choice('ABW')}",
                f"45{random_digits(rng, 11)}",
                f"SKU-{random_digits(rng, 5)}",
            ]
        ),
        "PRICE": lambda: rng.choice(
            [
                f"{rng.randint(1, 99)},{random_digits(rng, 3)}",
                str(rng.randint(100, 9999)),
                f"{rng.randint(1, 3)},{random_digits(rng, 3)},{random_digits(rng, 3)}",
            ]
        ),
        "QTY": lambda: str(rng.randint(2, 60)),
        "TIME": lambda: f"{rng.randint(10, 20)}:{rng.choice(['00', '30'])}",
        "EVENT_DATE": lambda: rng.choice(
            [
                f"{year}年{month}月{day}日",
                f"{month}/{day}（{'月火水木金土日'[day % 7]}）",
                f"{year}/{month:02d}/{day:02d}",
                f"{month}月{day}日",
            ]
        ),
        "EVENT_DATE_EN": lambda: rng.choice(
            [f"{_MONTHS[month - 1]} {day}, {year}", f"{day} {_MONTHS[month - 1][:3]} {year}"]
        ),
    }
    return benign[slot](), ""


_PEOPLE = frozenset({"NAME", "NAME_SP", "NAME_K", "SURNAME", "SURNAME_H", "SURNAME_K",
                     "SURNAME_R", "GIVEN", "GIVEN_H", "GIVEN_K", "GIVEN_R", "NAME_R"})  # fmt: skip
"""Name slots: written twice in one template, the same person."""


def _fill(text: str, rng: random.Random, half: tuple[Any, ...]) -> _Filled:
    values, names, places = half
    keep = [m.group(1) for m in KEEP.finditer(text)]
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
            # The same name slot twice in one template is the same person, said again.
            shown, entity_type = chosen[slot], "PERSON"
        else:
            shown, entity_type = _value(slot, rng, values, person, other, places)
            chosen[slot] = shown
        start = sum(len(p) for p in out)
        out.append(shown)
        if entity_type:
            spans.append((start, start + len(shown)))
            if Secret(entity_type, shown) not in secrets:
                secrets.append(Secret(entity_type, shown))
    out.append(text[position:])
    return _Filled("".join(out), secrets, keep, [], spans)


# ---------------------------------------------------------------- this generator's carriers

_AGENT = {"ja": "お電話ありがとうございます。担当がお伺いします。", "en": "Thank you for calling."}
_SUMMARISE = {
    "ja": "通話の内容を要約して、対応を提案して",
    "en": "Summarise the call and suggest next steps.",
}
_FORWARD = {
    "ja": "下記の件、対応お願いします。\n\n-----転送メッセージ-----\n",
    "en": "FYI, see below.\n\n---------- Forwarded message ----------\n",
}
_NEW_SHAPES = frozenset({"stt_result", "chat_burst", "quoted_mail"})


def _new_shape(shape: str, filled: _Filled, rng: random.Random, lang: str) -> list[dict[str, Any]]:
    text = filled.text
    if shape == "stt_result":
        segments = [
            {"speaker": "agent", "start": 0.0, "text": _AGENT[lang]},
            {"speaker": "caller", "start": 3.2, "text": text},
        ]
        result = json.dumps({"call_id": "C-2291", "segments": segments}, ensure_ascii=False)
        return [
            {"role": "user", "content": _SUMMARISE[lang]},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_9",
                        "type": "function",
                        "function": {"name": "get_transcript", "arguments": '{"call": "C-2291"}'},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "call_9", "content": result},
        ]
    if shape == "chat_burst":
        # Typed as two messages at a pause: after a comma, full stop, space or line break.
        pauses = [
            i + 1
            for i, char in enumerate(text[:-1])
            if char in "、。,.!！?？ \n" and not any(s <= i + 1 < e for s, e in filled.spans)
        ]
        cut = rng.choice(pauses) if pauses else _cut(text, filled.spans, inside=False, rng=rng)
        return [
            {"role": "user", "content": text[:cut]},
            {"role": "user", "content": text[cut:]},
        ]
    # quoted_mail: the text quoted with "> " under a forwarding line.
    quoted = "\n".join("> " + line for line in text.split("\n"))
    return [{"role": "user", "content": _FORWARD[lang] + quoted}]


def _name_field(rng: random.Random, half: Any, lang: str) -> str:
    """A chat app's display name: a given name in kana or romaji, or a full kanji name."""
    names = half[1]
    person = [rng.choice(names["surnames"]), rng.choice(names["given"])]
    forms = [person[1][1], person[1][2], person[0][0] + person[1][0],
             f"{person[0][3]} {person[1][3][0]}."]  # fmt: skip
    return str(rng.choice(forms))


_SHAPES = ["single", "single", "multi_turn", "parts", "split_parts", "tool_call", "tool_result",
           "stt_result", "chat_burst", "quoted_mail"]  # fmt: skip


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = "MN"
) -> list[Case]:
    """Every case of the requested halves for ``seed``."""
    templates, per_half = read_generator_data(DATA, "MN", places=True)
    return generate_halves(
        templates,
        seed=seed,
        halves=halves,
        names="MN",
        contexts=per_half,
        count=lambda family, text: per_template,
        fill=lambda text, rng, half, lang: _fill(text, rng, half),
        shapes=lambda family, filled: shapes_for(
            _SHAPES, family, filled, frozenset({"PERSON", "MIXED"})
        ),
        name=_name_field,
        messages=with_own_shapes(_NEW_SHAPES, _new_shape),
    )


def main(argv: Sequence[str] | None = None) -> int:
    return write_cases(
        argv,
        description=__doc__.splitlines()[0] if __doc__ else None,
        generate=generate,
        seed=DEFAULT_SEED,
        per_template=DEFAULT_PER_TEMPLATE,
        readable="N",
        held_out="M",
    )


if __name__ == "__main__":
    raise SystemExit(main())
