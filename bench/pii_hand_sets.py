"""What every hand-written PII case set in ``bench/`` shares: running its cases through the
gateway's real ``pii.pseudonymize`` stage (default policy), the report per half with the
failures printed, and the command line (``--run``, ``--show-held-out``, ``--out``).

A set module (``pii_cases_struct.py``, ``pii_cases_r19struct.py``, ``pii_cases_r19names.py``,
``pii_cases_r19w2.py``) reads its own YAML files into :class:`pii_cases.Case` rows and calls
:func:`main` with them; the held-out half's failures are listed only when asked, so an
engineer can keep that half unread. Pure measurement: nothing here asserts a figure.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pii_cases import Case, Secret

ROOT = Path(__file__).resolve().parents[1]

__all__ = [
    "HandSet",
    "Template",
    "kept",
    "load_halves",
    "main",
    "marked",
    "marked_case",
    "marker",
    "pick",
    "run",
    "templated_cases",
]


@dataclass(frozen=True)
class HandSet:
    """One hand-written set: its report name, its halves in order, the held-out one, where
    ``--run`` writes by default, and how wide the failure lines print."""

    name: str
    halves: Sequence[str]
    held_out: str
    default_out: Path
    id_width: int = 24
    sent_width: int = 160


_KEEP = re.compile(r"\[\[(.+?)\]\]")


@dataclass(frozen=True)
class _Markup:
    types: Mapping[str, str]
    mark: re.Pattern[str]


def _markup(types: Mapping[str, str]) -> _Markup:
    kinds = "|".join(sorted(map(re.escape, types), key=len, reverse=True))
    return _Markup(types, re.compile(rf"\{{({kinds}):([^{{}}]+)\}}"))


def _plain(text: str, markup: _Markup, secrets: list[Secret], keep: list[str]) -> str:
    """``text`` without its markup; the marked secrets and request words are appended."""
    secrets.extend(Secret(markup.types[m.group(1)], m.group(2)) for m in markup.mark.finditer(text))
    text = markup.mark.sub(lambda m: m.group(2), text)
    keep.extend(m.group(1) for m in _KEEP.finditer(text))
    return _KEEP.sub(lambda m: m.group(1), text)


def _messages(
    raw: dict[str, Any], markup: _Markup, secrets: list[Secret], keep: list[str]
) -> tuple[list[dict[str, Any]], str]:
    """The request's messages and its shape (single, name_field, tool, multi_turn)."""
    if "turns" in raw:
        turns: list[dict[str, Any]] = [
            {"role": r, "content": _plain(t, markup, secrets, keep)} for r, t in raw["turns"]
        ]
        return turns, "multi_turn"
    user: dict[str, Any] = {"role": "user", "content": _plain(raw["t"], markup, secrets, keep)}
    shape = "single"
    if "name" in raw:
        user["name"] = _plain(raw["name"], markup, secrets, keep)
        shape = "name_field"
    messages: list[dict[str, Any]] = [user]
    if "args" in raw or "result" in raw:
        call_id = f"call_{raw['id']}"
        arguments = _plain(raw.get("args", "{}"), markup, secrets, keep)
        function = {"name": "lookup", "arguments": arguments}
        call = {"id": call_id, "type": "function", "function": function}
        messages.append({"role": "assistant", "content": None, "tool_calls": [call]})
        if "result" in raw:
            result = _plain(raw["result"], markup, secrets, keep)
            messages.append({"role": "tool", "tool_call_id": call_id, "content": result})
        shape = "tool"
    return messages, shape


def marked_case(
    raw: dict[str, Any], family: str, half: str, *, types: Mapping[str, str], prefix: str
) -> Case:
    """One case from its YAML row in the markup of ``bench/pii_cases_hand.py``: ``{KIND:value}``
    a secret of ``types[KIND]``, ``[[…]]`` words of the request that must reach the model;
    ``t`` (with ``name``, ``args``, ``result``) or ``turns``; its id is ``prefix-id``."""
    markup = _markup(types)
    secrets: list[Secret] = []
    keep: list[str] = []
    messages, shape = _messages(raw, markup, secrets, keep)
    benign = bool(raw.get("benign"))
    if benign == bool(secrets):
        raise ValueError(f"{raw['id']}: benign cases hold no secret, the others at least one")
    text = json.dumps(messages, ensure_ascii=False)
    return Case(
        id=f"{prefix}-{raw['id']}",
        family=family.upper(),
        template=raw["id"],
        half=half,
        lang="ja" if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text) else "en",
        shape=shape,
        messages=messages,
        secrets=secrets,
        keep=keep,
        benign=benign,
    )


def load_halves(
    data: Path,
    files: Mapping[str, str],
    halves: Sequence[str],
    case: Callable[[dict[str, Any], str, str], Case],
) -> list[Case]:
    """Every case of ``halves`` (keys of ``files``, YAML ``family: [rows]`` under ``data``),
    in file order, made by ``case(row, family, half)``; ids must be unique."""
    cases: list[Case] = []
    for half in halves:
        rows_by_family = yaml.safe_load((data / files[half]).read_text(encoding="utf-8"))
        for family, rows in rows_by_family.items():
            cases.extend(case(row, family, half) for row in rows)
    if len({c.id for c in cases}) != len(cases):
        raise ValueError("duplicate case ids")
    return cases


def run(hand_set: HandSet, cases: Sequence[Case], show_held_out: bool) -> dict[str, Any]:
    """``cases`` through the gateway's real ``pii.pseudonymize`` stage (default policy):
    the summary per half and overall, and the failures (the held-out half's only when
    ``show_held_out``), printed as they are found."""
    sys.path.insert(0, str(ROOT))
    from pii import DEFAULT_POLICY, print_case_report
    from pii_case_run import run_cases, summarise

    from guardrails.pii.analyzer import NerMode, PiiAnalyzer
    from guardrails.pii.special_care import special_care_recognizers
    from guardrails.policy import load_policy_file
    from proxy.pipeline.stages.pii import PiiPseudonymizeStage

    analyzer = PiiAnalyzer(ner=NerMode.GATED.value, extra_recognizers=special_care_recognizers())
    policy = load_policy_file(DEFAULT_POLICY)
    outcomes = run_cases(PiiPseudonymizeStage(analyzer, cache_entries=0), policy, cases)
    report: dict[str, Any] = {"set": hand_set.name, "seed": "hand", "halves": list(hand_set.halves)}
    for half in hand_set.halves:
        report[half] = summarise([o for o in outcomes if o.case.half == half])
    report["all"] = summarise(outcomes)
    report["failures"] = [
        {
            "id": o.case.id,
            "leaked": list(o.leaked),
            "partial": list(o.partial),
            "lost": list(o.lost),
            "altered": o.altered and o.case.benign,
            "sent": list(o.sent),
        }
        for o in outcomes
        if (show_held_out or o.case.half != hand_set.held_out)
        and (o.leaked or o.partial or o.lost or (o.altered and o.case.benign) or o.restore_failed)
    ]
    for failure in report["failures"]:
        what = ",".join(failure["leaked"] + [p + "~" for p in failure["partial"]])
        flags = (" altered" if failure["altered"] else "") + (
            f" lost {failure['lost']}" if failure["lost"] else ""
        )
        sent = " | ".join(s.replace("\n", "⏎") for s in failure["sent"])
        print(f"{failure['id']:{hand_set.id_width}} {what}{flags}: {sent[: hand_set.sent_width]}")
    print_case_report(report, show_held_out=True)
    return report


def marked(kind: str, value: str) -> str:
    """``value`` marked as a secret of markup kind ``kind``: ``{KIND:value}``."""
    return "{" + kind + ":" + value + "}"


def marker(kind: str) -> Callable[[str], str]:
    """The markup of one kind as a function of the value (``marker("N")("山田")`` is
    ``{N:山田}``): what the seeded generators call ``_n``, ``_s``, ``_o``."""

    def mark(value: str) -> str:
        return marked(kind, value)

    return mark


def kept(text: str) -> str:
    """``text`` marked as words of the request that must reach the model: ``[[text]]``."""
    return "[[" + text + "]]"


def pick(rng: random.Random, *options: str) -> str:
    """One of ``options``, drawn with ``rng`` (one ``choice`` call, as the generators'
    copies drew it, so seeded rows stay the same)."""
    return rng.choice(options)


Template = tuple[str, str, Callable[[random.Random], str], bool]
"""A seeded generator's template: its id, its half, what draws one message (``{KIND:value}``
markup), and whether the message is benign."""


def templated_cases(
    templates: Mapping[str, Sequence[Template]],
    seed: int,
    per_template: int,
    *,
    types: Mapping[str, str],
    prefix: str,
) -> list[Case]:
    """``per_template`` cases of every template of every family, drawn in order from one
    ``random.Random(seed)``; a case's id is ``prefix-template-index``."""
    rng = random.Random(seed)
    out: list[Case] = []
    for family, family_templates in templates.items():
        for template, half, make, benign in family_templates:
            for index in range(per_template):
                raw = {"id": f"{template}-{index}", "t": make(rng), "benign": benign}
                out.append(marked_case(raw, family, half, types=types, prefix=prefix))
    return out


def main(
    hand_set: HandSet,
    generate: Callable[..., list[Case]],
    argv: Sequence[str] | None = None,
    *,
    description: str | None = None,
    seeded: tuple[int, int] | None = None,
) -> int:
    """The set's command line: ``--run`` scores it and writes the JSON report (without the
    failures unless ``--show-held-out``); without ``--run`` the cases print as JSON lines
    (to ``--out`` if given). A seeded generator passes its default ``(seed, per_template)``
    as ``seeded``: ``generate`` then takes both, ``--seed`` and ``--per-template`` change
    them, and the report records the seed."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--run", action="store_true", help="run the cases through the stage")
    parser.add_argument(
        "--show-held-out",
        action="store_true",
        help=f"list the held-out half's ({hand_set.held_out}) failures too",
    )
    parser.add_argument("--out", type=Path, default=None)
    if seeded is not None:
        parser.add_argument("--seed", type=int, default=seeded[0])
        parser.add_argument("--per-template", type=int, default=seeded[1])
    args = parser.parse_args(argv)

    def cases() -> list[Case]:
        return generate(args.seed, args.per_template) if seeded is not None else generate()

    if args.run:
        report = run(hand_set, cases(), args.show_held_out)
        if seeded is not None:
            report["seed"] = args.seed
        if not args.show_held_out:
            report.pop("failures")
        out = args.out or hand_set.default_out
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {out}")
        return 0
    text = "\n".join(json.dumps(c.to_json(), ensure_ascii=False) for c in cases()) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0
