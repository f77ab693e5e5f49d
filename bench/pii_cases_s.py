"""Held-out PII cases, tenth generator: personal data as people type it in chat apps,
voice transcripts, pasted forms, signatures, multi-turn conversations and tool JSON.

What the nine earlier generators leave open, written in new templates and vocabulary:
special-care data said casually (dialect — 言われてもうた, 持ちやけど, ついとるんよ —, emoji,
a voice transcript's fillers and spaced hiragana), measured values (a lab test and its
number, blood pressure as 上が…で下が…), the faith or record of a family member; names
with no honorific — the subject of a verb (今日ひなたが熱出して), after a kinship or role
word (同僚の…), in a list of participants, called out at the start of a chat message, in
English chat (``lol Priya forgot the slides``); forms pasted as ``key → value``, e-mail
signatures, a postcode with no 〒 and no keyword above or before an address, messaging
handles (LINE ID, Discord; measured as ``MESSAGING_ID``, a type the gateway does not have
yet); a value given in one turn and referenced in a later one; values inside tool-call
arguments and tool results written as JSON. Benign look-alikes (a quarter of the
templates): public figures, places and products as topics, event dates, prices, words that
are also surnames, hiragana words that are also given names, medical and religious topics
asked about in general, a team signing a mail, a JSON product record.

Templates and value lists are in ``bench/data/pii_cases_s/``; Japanese person names and
places come from ``../shared/evaldata/names/`` (gimei, MIT; read at run time, not
shipped). Every template and value list is split by position into **S** (even positions:
held out, only aggregate figures are printed) and **T** (odd positions: failures may be
read while fixing); the gimei names use the same parity as the other generators.

    .venv/bin/python bench/pii_cases_s.py [--seed 223] [--per-template 6] [--out FILE]
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
from pii_cases import Case, Secret, _Filled

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_s"
DEFAULT_SEED = 223
DEFAULT_PER_TEMPLATE = 6

_DOMAINS = ["gmail.com", "icloud.com", "yahoo.co.jp", "docomo.ne.jp", "outlook.jp", "ezweb.ne.jp"]


def _phone(rng: random.Random) -> str:
    groups = [rng.choice(["070", "080", "090"]), random_digits(rng, 4), random_digits(rng, 4)]
    return rng.choice(["-", "", " ", "-"]).join(groups)


def _email(rng: random.Random, names: dict[str, list[list[str]]]) -> str:
    surname = rng.choice(names["surnames"])[3].lower()
    given = rng.choice(names["given"])[3].lower()
    local = rng.choice(
        [f"{given}.{surname}", f"{surname}{random_digits(rng, 2)}", f"{given[0]}{surname}"]
    )
    return f"{local}@{rng.choice(_DOMAINS)}"


def _handle(rng: random.Random, names: dict[str, list[list[str]]]) -> str:
    given = rng.choice(names["given"])[3].lower()
    return rng.choice(
        [
            f"{given}_{random_digits(rng, 4)}",
            f"{given}.{random_digits(rng, 2)}",
            f"{given}{rng.choice(['chan', 'tan', 'pi', 'rin'])}{random_digits(rng, 2)}",
        ]
    )


def _postal_bare(rng: random.Random) -> str:
    digits = random_digits(rng, 7)
    return rng.choice([f"{digits[:3]}-{digits[3:]}", digits, f"{digits[:3]}－{digits[3:]}"])


def _address(rng: random.Random, places: dict[str, list[list[str]]]) -> str:
    block = f"{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    parts = [rng.choice(places["city"])[0], rng.choice(places["town"])[0], block]
    if rng.random() < 0.6:
        parts.insert(0, rng.choice(places["prefecture"])[0])
    return "".join(parts)


def _dob(rng: random.Random) -> str:
    year, month, day = rng.randint(1960, 2020), rng.randint(1, 12), rng.randint(1, 28)
    era = f"平成{year - 1988}" if year >= 1989 else f"昭和{year - 1925}"
    return rng.choice(
        [f"{year}/{month}/{day}", f"{year}年{month}月{day}日", f"{era}年{month}月{day}日"]
    )


def _number(low: float, high: float, rng: random.Random) -> str:
    if float(low).is_integer() and float(high).is_integer():
        return str(rng.randint(int(low), int(high)))
    return f"{rng.uniform(low, high):.1f}"


def _lab(rng: random.Random, values: dict[str, Any], lang: str) -> str:
    """A lab test and its value, as a chat or a transcript writes it (the whole is secret)."""
    tests = values["lab_ja"]
    if lang == "en":
        tests = [t for t in tests if str(t[0]).isascii()] or tests
        name, unit, low, high = rng.choice(tests)
        sep = rng.choice([" of ", " came back ", " at ", ": "])
        return f"{name}{sep}{_number(low, high, rng)}{unit}"
    name, unit, low, high = rng.choice(tests)
    sep = rng.choice(["が", "は", " ", "：", "→", "が "])
    return f"{name}{sep}{_number(low, high, rng)}{unit}"


def _bp(rng: random.Random, values: dict[str, Any]) -> str:
    high_lo, high_hi, low_lo, low_hi = rng.choice(values["bp"])
    upper, lower = rng.randint(high_lo, high_hi), rng.randint(low_lo, low_hi)
    return rng.choice(
        [f"血圧{upper}/{lower}", f"血圧が上{upper}下{lower}", f"上が{upper}で下が{lower}"]
    )


_PEOPLE = frozenset(
    {"SURNAME", "SURNAME_H", "SURNAME_R", "OTHER_SURNAME", "THIRD_SURNAME", "GIVEN", "GIVEN_H",
     "GIVEN_K", "GIVEN_R", "OTHER_GIVEN", "EN_GIVEN", "EN_NAME", "EN_OTHER"}
)  # fmt: skip


def _value(
    slot: str,
    rng: random.Random,
    half: tuple[Any, ...],
    lang: str,
    people: list[list[list[str]]],
    en: tuple[str, str],
) -> tuple[str, str]:
    """(text shown, entity type or "" when nothing is secret)."""
    values, names, places = half
    person, other, third = people
    person_slots: dict[str, Callable[[], str]] = {
        "SURNAME": lambda: person[0][0],
        "SURNAME_H": lambda: person[0][1],
        "SURNAME_R": lambda: person[0][3],
        "OTHER_SURNAME": lambda: other[0][0],
        "THIRD_SURNAME": lambda: third[0][0],
        "GIVEN": lambda: person[1][0],
        "GIVEN_H": lambda: person[1][1],
        "GIVEN_K": lambda: person[1][2],
        "GIVEN_R": lambda: person[1][3],
        "OTHER_GIVEN": lambda: other[1][0],
        "EN_GIVEN": lambda: en[0],
        "EN_NAME": lambda: f"{en[0]} {en[1]}",
        "EN_OTHER": lambda: f"{rng.choice(values['en_given'])} {rng.choice(values['en_family'])}",
    }
    if slot in person_slots:
        return person_slots[slot](), "PERSON"
    secret: dict[str, tuple[Callable[[], str], str]] = {
        "PHONE": (lambda: _phone(rng), "PHONE_NUMBER"),
        "EMAIL": (lambda: _email(rng, names), "EMAIL_ADDRESS"),
        "HANDLE": (lambda: _handle(rng, names), "MESSAGING_ID"),
        "POSTAL_BARE": (lambda: _postal_bare(rng), "POSTAL_CODE"),
        "ADDRESS": (lambda: _address(rng, places), "ADDRESS"),
        "DOB": (lambda: _dob(rng), "DATE_OF_BIRTH"),
        "LAB": (lambda: _lab(rng, values, "ja"), "SPECIAL_CARE"),
        "LAB_EN": (lambda: _lab(rng, values, "en"), "SPECIAL_CARE"),
        "BP": (lambda: _bp(rng, values), "SPECIAL_CARE"),
    }
    if slot in secret:
        make, entity_type = secret[slot]
        return make(), entity_type
    if slot.startswith("SC:"):
        return str(rng.choice(values[slot[3:]])), "SPECIAL_CARE"
    benign: dict[str, Callable[[], str]] = {
        "KIN": lambda: rng.choice(values["kin_ja"]),
        "ROLE": lambda: rng.choice(values["role_ja"]),
        "KIN_EN": lambda: rng.choice(values["kin_en"]),
        "ROLE_EN": lambda: rng.choice(values["role_en"]),
        "HANDLE_KIND": lambda: rng.choice(values["handle_kinds"]),
        "FIGURE": lambda: rng.choice(values["figures_ja"]),
        "FIGURE_B": lambda: rng.choice(values["figures_ja"]),
        "FIGURE_EN": lambda: rng.choice(values["figures_en"]),
        "PLACE": lambda: rng.choice(values["places_ja"]),
        "PLACE_EN": lambda: rng.choice(values["places_en"]),
        "WORD_SURNAME": lambda: rng.choice(values["word_surnames"]),
        "HIRA_WORD": lambda: rng.choice(values["hira_words"]),
        "PRODUCT": lambda: rng.choice(values["products"]),
        "COND_TOPIC": lambda: rng.choice(values["cond_topics_ja"]),
        "COND_TOPIC_EN": lambda: rng.choice(values["cond_topics_en"]),
        "FAITH_TOPIC": lambda: rng.choice(values["faith_topics_ja"]),
        "TEST_TOPIC": lambda: rng.choice(values["tests_topic"]),
        "COMPANY": lambda: rng.choice(values["companies"]),
        "YEAR": lambda: str(rng.randint(2024, 2027)),
        "MONTH": lambda: str(rng.randint(1, 12)),
        "DAY": lambda: str(rng.randint(1, 28)),
        "PRICE": lambda: f"{rng.randint(1, 99)},{rng.randint(100, 999)}",
        "PRICE_NUM": lambda: str(rng.randint(980, 98000)),
    }
    return benign[slot](), ""


def _fill(text: str, rng: random.Random, half: tuple[Any, ...], lang: str) -> _Filled:
    values, names, _places = half
    keep_raw = [m.group(1) for m in KEEP.finditer(text)]
    text = KEEP.sub(lambda m: m.group(1), text)
    people = [[rng.choice(names["surnames"]), rng.choice(names["given"])] for _ in range(3)]
    en = (rng.choice(values["en_given"]), rng.choice(values["en_family"]))
    chosen: dict[str, tuple[str, str]] = {}
    secrets: list[Secret] = []
    spans: list[tuple[int, int]] = []
    out: list[str] = []
    position = 0
    for match in SLOT.finditer(text):
        out.append(text[position : match.start()])
        position = match.end()
        slot = match.group(1)
        # A slot written twice in one template is the same value (a name, a condition or
        # a handle given in one turn and referred to in a later one).
        if slot not in chosen:
            chosen[slot] = _value(slot, rng, half, lang, people, en)
        shown, entity_type = chosen[slot]
        start = sum(len(p) for p in out)
        out.append(shown)
        if entity_type:
            spans.append((start, start + len(shown)))
            if Secret(entity_type, shown) not in secrets:
                secrets.append(Secret(entity_type, shown))
    out.append(text[position:])
    keep = [SLOT.sub(lambda m: chosen.get(m.group(1), (m.group(0), ""))[0], k) for k in keep_raw]
    return _Filled("".join(out), secrets, keep, [], spans)


def _name_field(rng: random.Random, half: Any, lang: str) -> str:
    """A chat display name: a hiragana or romaji given name, or an English one."""
    values, names, _places = half
    given = rng.choice(names["given"])
    return str(rng.choice([given[1], given[3].lower(), str(rng.choice(values["en_given"]))]))


_SYSTEM = {
    "ja": "あなたは社内アシスタントです。丁寧に答えてください。",
    "en": "You are a helpful assistant for a small team.",
}


def _own_messages(
    shape: str, filled: _Filled, rng: random.Random, lang: str
) -> list[dict[str, Any]]:
    """MULTI's turns (user, assistant, user, …; sometimes after a system prompt), TOOL's
    JSON as a tool call's arguments or as a tool's result."""
    if shape in {"turns", "turns_system"}:
        turns = filled.text.split(" || ")
        messages: list[dict[str, Any]] = []
        if shape == "turns_system":
            messages.append({"role": "system", "content": _SYSTEM[lang]})
        for i, turn in enumerate(turns):
            messages.append({"role": "user" if i % 2 == 0 else "assistant", "content": turn})
        return messages
    call = {"id": "call_s1", "type": "function"}
    if shape == "tool_arguments":
        return [
            {"role": "user", "content": "登録して" if lang == "ja" else "save it"},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {**call, "function": {"name": "crm_upsert", "arguments": filled.text}}
                ],
            },
            {"role": "tool", "tool_call_id": "call_s1", "content": '{"ok": true}'},
        ]
    # tool_json_result
    return [
        {"role": "user", "content": "検索結果をまとめて" if lang == "ja" else "summarise"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [{**call, "function": {"name": "crm_lookup", "arguments": "{}"}}],
        },
        {"role": "tool", "tool_call_id": "call_s1", "content": filled.text},
    ]


_SHAPES = ["single", "single", "single", "multi_turn", "parts", "split_parts", "tool_call",
           "tool_result"]  # fmt: skip
_NAME_FAMILIES = frozenset({"NAME_JA", "NAME_EN"})
_OWN = frozenset({"turns", "turns_system", "tool_arguments", "tool_json_result"})


def _shapes(family: str, filled: _Filled) -> list[str]:
    if family == "MULTI":
        return ["turns", "turns", "turns_system"]
    if family == "TOOL" or filled.text.startswith('{"'):
        return ["tool_arguments", "tool_json_result"]
    return shapes_for(_SHAPES, family, filled, _NAME_FAMILIES)


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = "ST"
) -> list[Case]:
    """Every case of the requested halves for ``seed``."""
    templates, per_half = read_generator_data(DATA, "ST", places=True)
    for half in per_half.values():
        json.dumps(half[0])  # the value lists are plain data (fail early on a YAML slip)
    return generate_halves(
        templates,
        seed=seed,
        halves=halves,
        names="ST",
        contexts=per_half,
        count=lambda family, text: per_template,
        fill=_fill,
        shapes=_shapes,
        name=_name_field,
        messages=with_own_shapes(_OWN, _own_messages),
    )


def main(argv: Sequence[str] | None = None) -> int:
    return write_cases(
        argv,
        description=__doc__.splitlines()[0] if __doc__ else None,
        generate=generate,
        seed=DEFAULT_SEED,
        per_template=DEFAULT_PER_TEMPLATE,
        readable="T",
        held_out="S",
    )


if __name__ == "__main__":
    raise SystemExit(main())
