"""What the held-out PII case generators (``pii_cases_c.py``, ``pii_cases_e.py``,
``pii_cases_g.py``, ``pii_cases_i.py``) share: reading a generator's data, the split of
every value list into a held-out and a readable half, the template slots, the loop that
turns templates into cases, and the command line that writes a generator's cases.

A generator's held-out half takes the even positions of every list, its readable half the
odd ones, so the two never share a value. The gimei names (``../shared/evaldata/names/``,
MIT, read at run time, not shipped) are split with the same parity by every generator:
reading one generator's readable half never shows a name of any held-out half.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml
from pii_cases import Case, Secret, _Filled, _shape_messages

NAMES = Path(__file__).resolve().parents[2] / "shared" / "evaldata" / "names" / "names.yml"

#: ``{TYPE}`` or ``{TYPE:variant}``: a value the template's slot is filled with.
SLOT = re.compile(r"\{([A-Z_]+(?::[a-z_]+)?)\}")
#: ``[[words]]``: words the pseudonymized request must still contain (the user's request).
KEEP = re.compile(r"\[\[(.+?)\]\]")


def half_of(items: Sequence[Any], held_out: bool) -> list[Any]:
    """The even positions of ``items`` for the held-out half, the odd ones otherwise."""
    return [item for i, item in enumerate(items) if (i % 2 == 0) == held_out]


def split_values(values: dict[str, Any], held_out: bool) -> dict[str, Any]:
    """``values`` with each list (and each list inside a mapping) cut to one half."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, list):
            out[key] = half_of(value, held_out)
        elif isinstance(value, dict):
            out[key] = {k: half_of(v, held_out) for k, v in value.items()}
        else:
            out[key] = value
    return out


def gimei_names(held_out: bool) -> dict[str, list[list[str]]]:
    """One half of the gimei surnames and given names (male and female together)."""
    data = yaml.safe_load(NAMES.read_text(encoding="utf-8"))
    given = data["first_name"]["male"] + data["first_name"]["female"]
    return {"surnames": half_of(data["last_name"], held_out), "given": half_of(given, held_out)}


def random_digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def template_lang(text: str) -> str:
    """``ja`` when the text has kana or kanji, else ``en``."""
    return "ja" if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text) else "en"


def read_generator_data(
    data: Path, names: str, *, places: bool = False
) -> tuple[dict[str, list[dict[str, str]]], dict[str, tuple[Any, ...]]]:
    """A generator's templates and, per half (``names``: held out first), its context:
    ``(values, gimei names)``, plus ``places`` (the address table's lists) when asked."""
    raw = yaml.safe_load((data / "values.yaml").read_text(encoding="utf-8"))
    templates: dict[str, list[dict[str, str]]] = yaml.safe_load(
        (data / "templates.yaml").read_text(encoding="utf-8")
    )
    places_all = (
        yaml.safe_load((NAMES.parent / "addresses.yml").read_text(encoding="utf-8"))["addresses"]
        if places
        else {}
    )
    contexts: dict[str, tuple[Any, ...]] = {}
    for half in names:
        held_out = half == names[0]
        context: tuple[Any, ...] = (split_values(raw, held_out), gimei_names(held_out))
        if places:
            context += ({k: half_of(v, held_out) for k, v in places_all.items()},)
        contexts[half] = context
    return templates, contexts


#: Types whose value a content part may be split inside (``split_parts``).
SPLITTABLE = frozenset({"PHONE_NUMBER", "EMAIL_ADDRESS", "MY_NUMBER", "CREDIT_CARD", "ADDRESS"})


def shapes_for(
    base: Sequence[str], family: str, filled: _Filled, name_families: frozenset[str]
) -> list[str]:
    """The request shapes a case may take: ``base``, plus ``name_field`` for the name
    families, less ``split_parts`` when no value of the case may be split."""
    shapes = list(base)
    if family in name_families:
        shapes.append("name_field")
    if "split_parts" in shapes and not {s.entity_type for s in filled.secrets} & SPLITTABLE:
        shapes.remove("split_parts")
    return shapes


def with_own_shapes(
    own: frozenset[str],
    build: Callable[[str, _Filled, random.Random, str], list[dict[str, Any]]],
) -> Callable[[str, _Filled, random.Random, str, str | None], list[dict[str, Any]]]:
    """``messages`` for :func:`generate_halves` when a generator brings shapes of its own:
    a shape in ``own`` is built by ``build(shape, filled, rng, lang)``, every other one by
    the builder all generators share."""

    def messages(
        shape: str, filled: _Filled, rng: random.Random, lang: str, name: str | None
    ) -> list[dict[str, Any]]:
        if shape in own:
            return build(shape, filled, rng, lang)
        return _shape_messages(shape, filled, rng, lang, name)

    return messages


#: The shapes a structured-value generator deals its cases into (one message three times as
#: often as each other shape).
STRUCTURED_SHAPES = (
    "single",
    "single",
    "single",
    "multi_turn",
    "parts",
    "split_parts",
    "tool_call",
    "tool_result",
)


def structured_shapes(family: str, filled: _Filled) -> list[str]:
    """:data:`STRUCTURED_SHAPES`, less ``split_parts`` for a case without a value."""
    return [s for s in STRUCTURED_SHAPES if s != "split_parts" or filled.secrets]


def generate_seeded_halves(
    data: Path,
    names: str,
    *,
    seed: int,
    per_template: int,
    halves: str,
    fill: Callable[[str, random.Random, Any, str], _Filled],
    shapes: Callable[[str, _Filled], list[str]],
    name: Callable[[random.Random, Any, str], str] | None = None,
) -> list[Case]:
    """Every case of the requested ``halves`` of a generator whose two halves draw from
    random streams of their own: the first of ``names`` from ``seed + 1``, the second from
    ``seed``, so editing one half's templates moves no case of the other."""
    templates, per_half = read_generator_data(data, names)
    cases: list[Case] = []
    for half, offset in ((names[0], 1), (names[1], 0)):
        if half not in halves:
            continue
        cases.extend(
            generate_halves(
                templates,
                seed=seed + offset,
                halves=half,
                names=names,
                contexts=per_half,
                count=lambda family, text: per_template,
                fill=fill,
                shapes=shapes,
                name=name,
            )
        )
    return cases


def generate_halves(
    templates: dict[str, list[dict[str, str]]],
    *,
    seed: int,
    halves: str,
    names: str,
    contexts: dict[str, Any],
    count: Callable[[str, str], int],
    fill: Callable[[str, random.Random, Any, str], _Filled],
    shapes: Callable[[str, _Filled], list[str]],
    name: Callable[[random.Random, Any, str], str] | None = None,
    messages: Callable[
        [str, _Filled, random.Random, str, str | None], list[dict[str, Any]]
    ] = _shape_messages,
) -> list[Case]:
    """Every case of ``halves`` for ``seed``: the generators' common loop.

    ``names`` is the pair of half names (held out first: even template positions). Per
    template, ``count(family, text)`` cases are drawn, each filled by ``fill(text, rng,
    context of its half, lang)``, given a shape from ``shapes(family, filled)`` and, for
    ``name_field``, a name from ``name(rng, context, lang)``; its messages are built by
    ``messages(shape, filled, rng, lang, name)`` (the shapes all generators share unless a
    generator brings its own). A case of a half not asked for
    is filled and given its shape (then dropped) but its messages are not built, exactly as
    the generators' own loops did before they shared this one: the output of every
    generator and every ``halves`` is byte-identical to theirs (checked by hashing it).
    """
    held_out, readable = names[0], names[1]
    rng = random.Random(seed)
    cases: list[Case] = []
    for family, family_templates in templates.items():
        for position, template in enumerate(sorted(family_templates, key=lambda t: t["id"])):
            half = held_out if position % 2 == 0 else readable
            context = contexts[half]
            lang = template_lang(SLOT.sub("", template["text"]))
            for index in range(count(family, template["text"])):
                filled = fill(template["text"], rng, context, lang)
                shape = rng.choice(shapes(family, filled))
                person = None
                if shape == "name_field" and name is not None:
                    person = name(rng, context, lang)
                    filled.secrets.append(Secret("PERSON", person))
                if half not in halves:
                    continue
                cases.append(
                    Case(
                        id=f"{template['id']}-{index:02d}",
                        family=family,
                        template=template["id"],
                        half=half,
                        lang=lang,
                        shape=shape,
                        messages=messages(shape, filled, rng, lang, person),
                        secrets=filled.secrets,
                        keep=filled.keep,
                        typed=[],
                        benign=family == "BENIGN",
                    )
                )
    return cases


def write_cases(
    argv: Sequence[str] | None,
    *,
    description: str | None,
    generate: Callable[[int, int, str], list[Case]],
    seed: int,
    per_template: int,
    readable: str,
    held_out: str,
) -> int:
    """The generators' command line: write the cases of ``--halves`` (the readable half
    unless the held-out one is asked for on purpose) as JSONL to ``--out`` or stdout."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--seed", type=int, default=seed)
    parser.add_argument("--per-template", type=int, default=per_template)
    parser.add_argument(
        "--halves", default=readable, help=f"{held_out} is held out: write it only on purpose"
    )
    parser.add_argument("--out", type=Path, default=None, help="JSONL (default: stdout)")
    args = parser.parse_args(argv)
    cases = generate(args.seed, args.per_template, args.halves)
    lines = [json.dumps(c.to_json(), ensure_ascii=False) for c in cases]
    if args.out is None:
        sys.stdout.write("\n".join(lines) + "\n")
    else:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(cases)} cases ({sum(c.benign for c in cases)} benign) to {args.out}")
    return 0


def fill_slots(
    text: str,
    rng: random.Random,
    value: Callable[[str], tuple[str, str, list[str]]],
) -> _Filled:
    """A template filled slot by slot: ``value(slot)`` gives (text shown, entity type or
    "" when nothing is secret, the secret values); a slot used twice shows one value. The
    ``[[request]]`` markers become the case's keep phrases, with their slots filled."""
    keep_raw = [m.group(1) for m in KEEP.finditer(text)]
    text = KEEP.sub(lambda m: m.group(1), text)
    chosen: dict[str, tuple[str, str, list[str]]] = {}
    secrets: list[Secret] = []
    spans: list[tuple[int, int]] = []
    out: list[str] = []
    position = 0
    for match in SLOT.finditer(text):
        out.append(text[position : match.start()])
        position = match.end()
        slot = match.group(1)
        if slot not in chosen:
            chosen[slot] = value(slot)
        shown, entity_type, values = chosen[slot]
        start = sum(len(p) for p in out)
        out.append(shown)
        if entity_type:
            spans.append((start, start + len(shown)))
            for one in values:
                if Secret(entity_type, one) not in secrets:
                    secrets.append(Secret(entity_type, one))
    out.append(text[position:])
    keep = [
        SLOT.sub(lambda m: chosen.get(m.group(1), (m.group(0), "", []))[0], k) for k in keep_raw
    ]
    return _Filled("".join(out), secrets, keep, [], spans)
