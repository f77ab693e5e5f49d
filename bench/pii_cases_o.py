"""Held-out PII cases, eighth generator: minutes, narratives, pasted chat logs, notices,
legal and family papers, delivery slips, care and school notes; names without the cues
the earlier generators lean on.

A different voice from the seven earlier generators: most of its names stand where
nothing but the sentence says they are names — a surname alone as the subject or object
of a verb (昨日{surname}と飲みに行った, 担当を{surname}から{other}に変更, {surname}曰く,
{surname}によると, {surname}って人から電話), a kanji given name after うちの, a hiragana given
name opening a sentence, a katakana foreign name after 新人の, a romaji name in meeting
action items (``ping … about``), a Zoom chat log (``From … to Everyone:``), a ``@handle``
— and in documents whose labels the earlier generators do not use (出席, 喪主, 原告,
被相続人, 相続人, ご依頼主, 幹事, a club roster with 主将/副将, a personnel notice, a
contract's 以下「甲」という, a telegram in katakana). Special-care disclosures come as an
insurance form's 告知事項, a care record's 服薬, a school request, an HR worry, a criminal
record before a job interview, social origin, and English (``I've been on …``, ``As a
practising …``). Benign look-alikes (a third of the templates): Nobel laureates and
painters, companies with a founder's name, fictional characters, places, the same
document kinds without a name (a minutes template, a 喪主 greeting), topics asked in
general.

New carriers: a system message holding the text as a CRM note (the user only asks about
it), an earlier assistant turn that quoted the text back, a tool call whose arguments
nest the text in an object, and a long conversation whose earlier turns fill more than
the request's NER allowance (``pii.ner_max_chars``) before the text; plus the carriers all
generators share and the ``name`` field for the name families.

Templates and value lists are in ``bench/data/pii_cases_o/``; person names come from
``../shared/evaldata/names/`` (gimei, MIT; read at run time, not shipped). Every template
and value list is split by position into **O** (even positions: held out, only aggregate
figures are printed) and **P** (odd positions: failures may be read while fixing); the
gimei names use the same parity as the other generators. Written, and half O first
printed, before any recognizer change of the eighth round.

    .venv/bin/python bench/pii_cases_o.py [--seed 167] [--per-template 6] [--out FILE]
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
from pii_cases_m import address, date_of_birth, full_name, phone, romaji_name

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_o"
DEFAULT_SEED = 167
DEFAULT_PER_TEMPLATE = 6

_PEOPLE = frozenset({"NAME", "NAME_K", "SURNAME", "SURNAME_H", "SURNAME_R", "OTHER_SURNAME",
                     "GIVEN", "GIVEN_H", "GIVEN_R", "NAME_R", "NAME_EN", "FOREIGN_K"})  # fmt: skip
"""Name slots: written twice in one template, the same person."""


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
        "NAME_K": lambda: person[0][2] + rng.choice([" ", "\u3000"]) + person[1][2],
        "SURNAME": lambda: person[0][0],
        "SURNAME_H": lambda: person[0][1],
        "SURNAME_R": lambda: person[0][3].lower() if rng.random() < 0.5 else person[0][3],
        "OTHER_SURNAME": lambda: other[0][0],
        "GIVEN": lambda: person[1][0],
        "GIVEN_H": lambda: person[1][1],
        "GIVEN_R": lambda: person[1][3],
        "NAME_R": lambda: romaji_name(rng, person),
        "NAME_EN": lambda: f"{rng.choice(values['en_given'])} {rng.choice(values['en_family'])}",
        "FOREIGN_K": lambda: rng.choice(values["foreign_k"]),
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
        "ADDRESS": (lambda: address(rng, values, places), "ADDRESS"),
        "BANK_NO": (lambda: random_digits(rng, 7), "BANK_ACCOUNT"),
    }
    if slot in secret:
        make, entity_type = secret[slot]
        return make(), entity_type
    if slot.startswith("SC:"):
        return rng.choice(values["sc"][slot[3:]]), "SPECIAL_CARE"
    year, month, day = rng.randint(2025, 2027), rng.randint(1, 12), rng.randint(1, 28)
    benign: dict[str, Callable[[], str]] = {
        "BANK": lambda: rng.choice(values["banks"]),
        "COMPANY": lambda: rng.choice(values["companies"]),
        "COMPANY_EN": lambda: rng.choice(values["companies_en"]),
        "FIGURE": lambda: rng.choice(values["figures"]),
        "FIGURE_EN": lambda: rng.choice(values["figures_en"]),
        "PLACE": lambda: rng.choice(values["places"]),
        "PLACE_EN": lambda: rng.choice(values["places_en"]),
        "PRODUCT": lambda: rng.choice(values["products"]),
        "MED_TOPIC": lambda: rng.choice(values["med_topics"]),
        "LAW_TOPIC": lambda: rng.choice(values["law_topics"]),
        "FAITH_TOPIC": lambda: rng.choice(values["faith_topics"]),
        "SURNAME_WORD": lambda: rng.choice(values["surname_words"]),
        "ORDER": lambda: rng.choice(
            [
                f"{random_digits(rng, 4)}-{random_digits(rng, 4)}-{random_digits(rng, 4)}",
                f"{random_digits(rng, 12)}",
                f"TK{random_digits(rng, 10)}",
            ]
        ),
        "SKU": lambda: rng.choice(
            [
                f"{rng.choice('ABNR')}{rng.choice('XKM')}-{rng.randint(100, 999)}",
                f"49{random_digits(rng, 11)}",
            ]
        ),
        "PRICE": lambda: rng.choice(
            [f"{rng.randint(1, 9)},{random_digits(rng, 3)}", str(rng.randint(500, 9999))]
        ),
        "QTY": lambda: str(rng.randint(3, 40)),
        "EVENT_DATE": lambda: rng.choice(
            [f"{year}年{month}月{day}日", f"{month}月{day}日", f"{month}/{day}"]
        ),
    }
    return benign[slot](), ""


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

_CRM = {
    "ja": ("以下は顧客対応メモです。\n---\n{}\n---", "このメモについて質問に答えてください。"),
    "en": ("Below is a CRM note.\n---\n{}\n---", "Answer questions about the note."),
}
_QUOTED_BACK = {
    "ja": ("次の文を受け取りました：「{}」", "はい、続けてどうぞ。"),
    "en": ('I received this: "{}"', "Sure, go on."),
}
# Earlier turns of a long conversation: ordinary questions and answers with no personal
# data, long enough together to use up the request's NER allowance (1,000 characters).
_FILLER = {
    "ja": [
        (
            "来月の社内研修の日程案を考えています。午前と午後のどちらが参加しやすいでしょうか。",
            "一般的には午前中の方が集中しやすく、午後は会議と重なりにくい傾向があります。"
            "参加者の業務の繁忙時間を事前にアンケートで確認すると決めやすくなります。",
        ),
        (
            "資料はスライド何枚くらいが適切ですか。発表は二十分です。",
            "二十分なら十枚から十五枚程度が目安です。一枚に一つのメッセージを置き、"
            "数字や図は大きく見せると伝わりやすくなります。",
        ),
        (
            "配布資料は紙とPDFのどちらがよいでしょう。",
            "書き込みが必要なら紙、検索や共有を重視するならPDFが向いています。"
            "両方用意する場合は版の管理に注意してください。",
        ),
    ],
    "en": [
        (
            "We're planning next month's offsite. Morning or afternoon sessions?",
            "Mornings usually work better for focus, while afternoons suit workshops. "
            "A quick poll of the team's busy hours will settle it.",
        ),
        (
            "How many slides for a twenty-minute talk?",
            "Roughly ten to fifteen. Keep one message per slide and make the charts large "
            "enough to read from the back of the room.",
        ),
        (
            "Printed handouts or a PDF?",
            "Print if people need to write on them; a PDF if search and sharing matter more. "
            "If you do both, keep the versions in sync.",
        ),
    ],
}
_NEW_SHAPES = frozenset({"crm_system", "quoted_back", "nested_args", "long_history"})


def _new_shape(shape: str, filled: _Filled, rng: random.Random, lang: str) -> list[dict[str, Any]]:
    text = filled.text
    if shape == "crm_system":
        note, ask = _CRM[lang]
        return [
            {"role": "system", "content": note.format(text)},
            {"role": "user", "content": ask},
        ]
    if shape == "quoted_back":
        said, reply = _QUOTED_BACK[lang]
        return [
            {"role": "user", "content": said.format(text)},
            {"role": "assistant", "content": reply + "\n" + text},
            {
                "role": "user",
                "content": "ありがとう、お願いします。" if lang == "ja" else "Thanks.",
            },
        ]
    if shape == "nested_args":
        arguments = {"ticket": {"channel": "web", "body": {"text": text, "lang": lang}}}
        return [
            {"role": "user", "content": "チケットを登録して" if lang == "ja" else "File a ticket."},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_3",
                        "type": "function",
                        "function": {
                            "name": "create_ticket",
                            "arguments": json.dumps(arguments, ensure_ascii=False),
                        },
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "call_3", "content": '{"status": "created"}'},
        ]
    # long_history: ordinary turns first, then the text.
    turns: list[dict[str, Any]] = []
    pairs = _FILLER[lang] * 4
    for question, answer in pairs:
        turns.append({"role": "user", "content": question})
        turns.append({"role": "assistant", "content": answer})
    turns.append({"role": "user", "content": text})
    return turns


def _name_field(rng: random.Random, half: Any, lang: str) -> str:
    """A display name: a kanji surname alone, a romaji handle, or a katakana given name."""
    names = half[1]
    person = [rng.choice(names["surnames"]), rng.choice(names["given"])]
    forms = [person[0][0], f"{person[1][3].lower()}_{person[0][3].lower()}", person[1][2]]
    return str(rng.choice(forms))


_SHAPES = ["single", "single", "multi_turn", "parts", "split_parts", "tool_call", "tool_result",
           "crm_system", "quoted_back", "nested_args", "long_history"]  # fmt: skip


def generate(
    seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE, halves: str = "OP"
) -> list[Case]:
    """Every case of the requested halves for ``seed``."""
    templates, per_half = read_generator_data(DATA, "OP", places=True)
    return generate_halves(
        templates,
        seed=seed,
        halves=halves,
        names="OP",
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
        readable="P",
        held_out="O",
    )


if __name__ == "__main__":
    raise SystemExit(main())
