"""Hand-written PII cases (issue 16, nineteenth session, second wave): the families an
outside blind check still showed, written message by message, with look-alikes.

Passport numbers followed by their country in brackets, short local phone numbers after a
form label, dates of birth in romaji (``1995 nen 5 gatsu 9 nichi``, ``showa 60 nen``), the
billing senses of *charge* next to the criminal ones, sightseeing places and festivals, and
names in casual self-introductions, contact lines and autocorrect apologies. At least a
third of the cases are look-alikes nothing may change.

The messages are in ``bench/data/pii_cases_r19w2/``, split by writing style: ``dev.yaml``
(half **dev**, tuned on: one chat message or form line) and ``blind.yaml`` (half **blind**,
held out: signatures and blocks over lines, multi-turn, full width, no spaces, mixed
Japanese and English). Markup: ``{P:…}`` a name, ``{S:…}`` a special-care core, ``{TEL:…}``
``{PP:…}`` ``{DOB:…}`` ``{MAIL:…}`` structured values, ``[[…]]`` request words that must
reach the model. Only the blind half's totals are printed unless ``--show-held-out``.

    .venv/bin/python bench/pii_cases_r19w2.py [--out FILE]            # write the cases
    .venv/bin/python bench/pii_cases_r19w2.py --run [--show-held-out] # through the stage
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from pii_cases import Case, Secret

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data" / "pii_cases_r19w2"
FILES = {"dev": "dev.yaml", "blind": "blind.yaml"}
HELD_OUT = "blind"
DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "pii_cases_r19w2.json"
_MARK = re.compile(r"\{(P|S|TEL|PP|DOB|MAIL):([^{}]+)\}")
_KEEP = re.compile(r"\[\[(.+?)\]\]")
_TYPES = {
    "P": "PERSON",
    "S": "SPECIAL_CARE",
    "TEL": "PHONE_NUMBER",
    "PP": "PASSPORT",
    "DOB": "DATE_OF_BIRTH",
    "MAIL": "EMAIL_ADDRESS",
}


def _plain(text: str, secrets: list[Secret], keep: list[str]) -> str:
    """``text`` without its markup; the marked secrets and request words are appended."""
    secrets.extend(Secret(_TYPES[m.group(1)], m.group(2)) for m in _MARK.finditer(text))
    text = _MARK.sub(lambda m: m.group(2), text)
    keep.extend(m.group(1) for m in _KEEP.finditer(text))
    return _KEEP.sub(lambda m: m.group(1), text)


def _messages(
    raw: dict[str, Any], secrets: list[Secret], keep: list[str]
) -> tuple[list[dict[str, Any]], str]:
    """The request's messages and its shape (single, name_field, tool, multi_turn)."""
    if "turns" in raw:
        turns: list[dict[str, Any]] = [
            {"role": r, "content": _plain(t, secrets, keep)} for r, t in raw["turns"]
        ]
        return turns, "multi_turn"
    user: dict[str, Any] = {"role": "user", "content": _plain(raw["t"], secrets, keep)}
    shape = "single"
    if "name" in raw:
        user["name"] = _plain(raw["name"], secrets, keep)
        shape = "name_field"
    messages: list[dict[str, Any]] = [user]
    if "args" in raw or "result" in raw:
        call_id = f"call_{raw['id']}"
        arguments = _plain(raw.get("args", "{}"), secrets, keep)
        function = {"name": "lookup", "arguments": arguments}
        call = {"id": call_id, "type": "function", "function": function}
        messages.append({"role": "assistant", "content": None, "tool_calls": [call]})
        if "result" in raw:
            result = _plain(raw["result"], secrets, keep)
            messages.append({"role": "tool", "tool_call_id": call_id, "content": result})
        shape = "tool"
    return messages, shape


def _case(raw: dict[str, Any], family: str, half: str) -> Case:
    secrets: list[Secret] = []
    keep: list[str] = []
    messages, shape = _messages(raw, secrets, keep)
    benign = bool(raw.get("benign"))
    if benign == bool(secrets):
        raise ValueError(f"{raw['id']}: benign cases hold no secret, the others at least one")
    text = json.dumps(messages, ensure_ascii=False)
    return Case(
        id=f"r19w2-{raw['id']}",
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


def generate(halves: Sequence[str] = ("dev", "blind")) -> list[Case]:
    """Every case of the requested halves, in file order."""
    cases: list[Case] = []
    for half in halves:
        data = yaml.safe_load((DATA / FILES[half]).read_text(encoding="utf-8"))
        for family, rows in data.items():
            cases.extend(_case(row, family, half) for row in rows)
    if len({c.id for c in cases}) != len(cases):
        raise ValueError("duplicate case ids")
    return cases


def run(show_held_out: bool) -> dict[str, Any]:
    """The cases through the gateway's real ``pii.pseudonymize`` stage (default policy)."""
    sys.path.insert(0, str(ROOT))
    from pii import DEFAULT_POLICY, print_case_report
    from pii_case_run import run_cases, summarise

    from guardrails.pii.analyzer import NerMode, PiiAnalyzer
    from guardrails.pii.special_care import special_care_recognizers
    from guardrails.policy import load_policy_file
    from proxy.pipeline.stages.pii import PiiPseudonymizeStage

    analyzer = PiiAnalyzer(ner=NerMode.GATED.value, extra_recognizers=special_care_recognizers())
    policy = load_policy_file(DEFAULT_POLICY)
    cases = generate()
    outcomes = run_cases(PiiPseudonymizeStage(analyzer, cache_entries=0), policy, cases)
    report: dict[str, Any] = {"set": "r19w2", "seed": "hand", "halves": list(FILES)}
    for half in FILES:
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
        if (show_held_out or o.case.half != HELD_OUT)
        and (o.leaked or o.partial or o.lost or (o.altered and o.case.benign) or o.restore_failed)
    ]
    for failure in report["failures"]:
        what = ",".join(failure["leaked"] + [p + "~" for p in failure["partial"]])
        flags = (" altered" if failure["altered"] else "") + (
            f" lost {failure['lost']}" if failure["lost"] else ""
        )
        sent = " | ".join(s.replace("\n", "⏎") for s in failure["sent"])
        print(f"{failure['id']:14} {what}{flags}: {sent[:200]}")
    print_case_report(report, show_held_out=True)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--run", action="store_true", help="run the cases through the stage")
    parser.add_argument("--show-held-out", action="store_true", help="list blind failures")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.run:
        report = run(args.show_held_out)
        if not args.show_held_out:
            report.pop("failures")
        out = args.out or DEFAULT_OUT
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {out}")
        return 0
    text = "\n".join(json.dumps(c.to_json(), ensure_ascii=False) for c in generate()) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
