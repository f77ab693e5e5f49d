"""Held-out PII cases, sixth generator: benign business look-alikes, casual special-care
disclosures, names in new positions and new carriers, none of which the first five
generators use.

Benign look-alikes make up more than a third of the cases: business messages full of
numbers (order codes, SKUs, invoice numbers, prices, percentages, quantities, room numbers,
versions, opening hours), dates of events and releases, public figures and historical
events as topics (also two figures in one question), companies and places as topics,
surnames discussed as words (also quoted with さん/様 in a question about usage), medical,
legal and faith topics asked in general. Special-care disclosures are casual (…持ちだから,
…飲み始めたんだけど, …らしい…, ぼく…なんだよね), with social origin (部落, 在日) as a new
category. Names stand after a phone number or e-mail address, in signatures between rules
and in ``-- `` sign-offs, as a romaji given name alone (a whole message, ``hi it's Ichiro
again``), as a hiragana given name before an honorific, with job titles, in mail headers
(差出人, CC), as katakana surnames, as the only content of a message. New carriers: the
value in the user's answer to an assistant's question, in the first of several user turns,
in three content parts, and in one record of a tool's JSON result list.

Templates and value lists are in ``bench/data/pii_cases_k/``; person names come from
``../shared/evaldata/names/names.yml`` (gimei, MIT; read at run time, not shipped). Every
template and value list is split by position into **K** (even positions: held out, only
aggregate figures are printed) and **L** (odd positions: failures may be read while
fixing); the gimei names use the same parity as the other generators. Half K was measured
before any fix made with half L.

    .venv/bin/python bench/pii_cases_k.py [--seed 131] [--per-template 8] [--out FILE]
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

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_k"
DEFAULT_SEED = 131
DEFAULT_PER_TEMPLATE = 8
BENIGN_PER_TEMPLATE = 6

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip


def phone(rng: random.Random) -> str:
    """A phone number in the plainer forms people type (the written forms are not tested here)."""
    if rng.random() < 0.6:
        groups = [rng.choice(["070", "080", "090"]), random_digits(rng, 4), random_digits(rng, 4)]
    else:
        area = rng.choice(["03", "06", "045", "052", "092", "0120"])
        groups = [area, random_digits(rng, 10 - len(area) - 4), random_digits(rng, 4)]
    return rng.choice(["-", "", " "]).join(groups)


def email(rng: random.Random, values: dict[str, Any]) -> str:
    return f"{rng.choice(values['email_users'])}@{rng.choice(values['email_domains'])}"


def full_name(rng: random.Random, person: list[list[str]]) -> str:
    surname, given = person
    style = rng.choice(["kanji", "kanji", "kanji_space", "hiragana", "katakana", "kanji_hira"])
    if style == "kanji":
        return surname[0] + given[0]
    if style == "kanji_space":
        return f"{surname[0]} {given[0]}"
    if style == "hiragana":
        return f"{surname[1]} {given[1]}"
    if style == "katakana":
        return f"{surname[2]}{given[2]}"
    return surname[0] + given[1]


def romaji_name(rng: random.Random, person: list[list[str]]) -> str:
    surname, given = person[0][3], person[1][3]
    return rng.choice(
        [f"{given} {surname}", f"{surname.upper()} {given}", f"{given.lower()} {surname.lower()}",
         f"{surname}, {given}"]
    )  # fmt: skip


def _event_date(rng: random.Random, year: int) -> str:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        [f"{year}年{month}月{day}日", f"{month}月{day}日", f"{year}/{month:02d}/{day:02d}",
         f"{month}/{day}（{'月火水木金'[day % 5]}）"]
    )  # fmt: skip


def _value(
    slot: str, rng: random.Random, values: dict[str, Any], person: list[list[str]]
) -> tuple[str, str]:
    """(text shown, entity type or "" when nothing is secret)."""
    people: dict[str, Callable[[], str]] = {
        "NAME": lambda: full_name(rng, person),
        "SURNAME": lambda: person[0][0],
        "SURNAME_K": lambda: person[0][2],
        "GIVEN": lambda: person[1][0],
        "GIVEN_H": lambda: person[1][1],
        "GIVEN_R": lambda: person[1][3],
        "NAME_R": lambda: romaji_name(rng, person),
        "NAME_EN": lambda: f"{rng.choice(values['en_given'])} {rng.choice(values['en_family'])}",
    }
    if slot in people:
        return people[slot](), "PERSON"
    if slot == "PHONE":
        return phone(rng), "PHONE_NUMBER"
    if slot == "EMAIL":
        return email(rng, values), "EMAIL_ADDRESS"
    if slot.startswith("SC:"):
        return rng.choice(values["special_care"][slot[3:]]), "SPECIAL_CARE"
    year = rng.randint(2024, 2027)
    benign: dict[str, Callable[[], str]] = {
        "HON": lambda: rng.choice(values["honorifics"]),
        "TITLE": lambda: rng.choice(values["titles"]),
        "FIGURE": lambda: rng.choice(values["figures"]),
        "FIGURE_EN": lambda: rng.choice(values["figures_en"]),
        "SURNAME_WORD": lambda: rng.choice(values["surname_words"]),
        "PLACE": lambda: rng.choice(values["places"]),
        "MED_TOPIC": lambda: rng.choice(values["med_topics"]),
        "EN_MED_TOPIC": lambda: rng.choice(values["en_med_topics"]),
        "LAW_TOPIC": lambda: rng.choice(values["law_topics"]),
        "FAITH_TOPIC": lambda: rng.choice(values["faith_topics"]),
        "COMPANY": lambda: rng.choice(values["companies"]),
        "EVENTS": lambda: rng.choice(values["events"]),
        "DEPT": lambda: rng.choice(values["depts"]),
        "ORDER_CODE": lambda: rng.choice(
            [
                f"A-{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{random_digits(rng, 4)}",
                f"ORD-{random_digits(rng, 6)}",
                f"{random_digits(rng, 3)}-{random_digits(rng, 7)}",
                f"#{random_digits(rng, 8)}",
            ]
        ),
        "SKU": lambda: rng.choice(
            [
                f"{rng.choice('ABCKMTX')}{rng.choice('ABCKMTX')}-{random_digits(rng, 4)}",
                f"49{random_digits(rng, 11)}",
                f"SKU{random_digits(rng, 6)}",
            ]
        ),
        "PRICE": lambda: rng.choice(
            [
                f"{rng.randint(1, 99)},{random_digits(rng, 3)}",
                str(rng.randint(100, 9999)),
                f"{rng.randint(1, 9)},{random_digits(rng, 3)},{random_digits(rng, 3)}",
            ]
        ),
        "PCT": lambda: f"{rng.randint(1, 40)}.{rng.randint(0, 9)}",
        "QTY": lambda: str(rng.randint(2, 480)),
        "ROOM": lambda: str(rng.randint(1, 12)),
        "TIME": lambda: f"{rng.randint(8, 17)}:{rng.choice(['00', '15', '30', '45'])}",
        "YEAR": lambda: str(year),
        "VERSION": lambda: f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
        "TRACK": lambda: f"{random_digits(rng, 4)}-{random_digits(rng, 4)}-{random_digits(rng, 4)}",
        "INQ": lambda: f"{rng.choice(['Q', 'T', ''])}{random_digits(rng, rng.choice([8, 10, 12]))}",
        "EVENT_DATE": lambda: _event_date(rng, year),
        "EVENT_DATE_EN": lambda: rng.choice(
            [
                f"{_MONTHS[rng.randint(0, 11)]} {rng.randint(1, 28)}, {year}",
                f"{rng.randint(1, 28)} {_MONTHS[rng.randint(0, 11)][:3]} {year}",
                f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{year}",
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
        shown, entity_type = _value(match.group(1), rng, values, person)
        start = sum(len(p) for p in out)
        out.append(shown)
        if entity_type:
            spans.append((start, start + len(shown)))
            secrets.append(Secret(entity_type, shown))
    out.append(text[position:])
    return _Filled("".join(out), secrets, keep, [], spans)


# ---------------------------------------------------------------- this generator's carriers

_ASK = {
    "ja": ["ご用件とお名前をお聞かせください。", "かしこまりました。詳しく教えていただけますか？",
           "お問い合わせありがとうございます。内容をどうぞ。"],
    "en": ["May I have your name and what you need?", "Sure, tell me more.",
           "Thanks for reaching out. What can I do for you?"],
}  # fmt: skip
_LATER = {
    "ja": [("承知しました。確認します。", "あと、営業時間も教えて"),
           ("ありがとうございます。少々お待ちください。", "急ぎでお願いします")],
    "en": [("Got it, let me check.", "Also, what are your opening hours?"),
           ("Thanks, one moment please.", "It's a bit urgent.")],
}  # fmt: skip
_OTHER_RECORD = {
    "ja": "定例の在庫確認。特記事項なし。",
    "en": "Routine stock check. Nothing to report.",
}
_LOOK = {"ja": "最新の記録を見て対応して", "en": "Check the latest record."}
_NEW_SHAPES = frozenset({"asked", "earlier_turn", "parts_three", "tool_rows"})


def _new_shape(shape: str, filled: _Filled, rng: random.Random, lang: str) -> list[dict[str, Any]]:
    text = filled.text
    if shape == "asked":
        return [
            {"role": "user", "content": "問い合わせです" if lang == "ja" else "Hi"},
            {"role": "assistant", "content": rng.choice(_ASK[lang])},
            {"role": "user", "content": text},
        ]
    if shape == "earlier_turn":
        reply, later = rng.choice(_LATER[lang])
        return [
            {"role": "user", "content": text},
            {"role": "assistant", "content": reply},
            {"role": "user", "content": later},
            {"role": "assistant", "content": "9:00-18:00です。" if lang == "ja" else "9 to 6."},
            {"role": "user", "content": "ありがとう" if lang == "ja" else "thanks"},
        ]
    if shape == "parts_three":
        first = _cut(text, filled.spans, inside=False, rng=rng)
        rest = text[first:]
        shifted = [(s - first, e - first) for s, e in filled.spans if s >= first]
        second = first + _cut(rest, shifted, inside=False, rng=rng) if len(rest) > 1 else first
        pieces = [text[:first], text[first:second], text[second:]]
        return [{"role": "user", "content": [{"type": "text", "text": p} for p in pieces if p]}]
    # tool_rows: one record of a search tool's JSON result list.
    rows = [
        {"id": 101, "updated": "2026-11-30", "body": _OTHER_RECORD[lang]},
        {"id": 102, "updated": "2026-12-01", "body": text},
    ]
    if rng.random() < 0.5:
        rows.reverse()
    result = json.dumps({"hits": rows, "total": 2}, ensure_ascii=False)
    return [
        {"role": "user", "content": _LOOK[lang]},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_3",
                    "type": "function",
                    "function": {"name": "search_records", "arguments": '{"limit": 2}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_3", "content": result},
    ]


def _name_field(rng: random.Random, half: Any, lang: str) -> str:
    """A participant name as a chat client sends it: romaji given name, kana, kanji surname."""
    names = half[1]
    person = [rng.choice(names["surnames"]), rng.choice(names["given"])]
    forms = [person[1][3], person[0][0], person[1][1], f"{person[0][3]}_{person[1][3]}"]
    return str(rng.choice(forms))


_SHAPES = ["single", "single", "multi_turn", "parts", "split_parts", "tool_call", "tool_result",
           "asked", "earlier_turn", "parts_three", "tool_rows"]  # fmt: skip


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = "KL"
) -> list[Case]:
    """Every case of the requested halves for ``seed``."""
    templates, per_half = read_generator_data(DATA, "KL")
    return generate_halves(
        templates,
        seed=seed,
        halves=halves,
        names="KL",
        contexts=per_half,
        count=lambda family, text: BENIGN_PER_TEMPLATE if family == "BENIGN" else per_template,
        fill=lambda text, rng, half, lang: _fill(text, rng, half[0], half[1]),
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
        readable="L",
        held_out="K",
    )


if __name__ == "__main__":
    raise SystemExit(main())
