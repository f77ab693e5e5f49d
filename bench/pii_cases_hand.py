"""Hand-written PII cases (issue 16, nineteenth round): names and special care as people
type them, written message by message (no templates, no value lists), with benign
look-alikes.

The messages are in ``bench/data/pii_cases_hand/``: ``half_a.yaml`` (half **a**, tuned on:
messages typed straight into a chat box) and ``half_b.yaml`` (half **b**, held out: e-mails
with signatures, tool calls and results, multi-turn chats, the ``name`` field, forum posts,
forms and letters, typos and slang, furigana and romaji). The halves are split by family
and writing style, so b has styles a lacks. Markup in a message: ``{P:…}`` a name,
``{S:…}`` the core of a special-care statement (neither may reach the model), ``[[…]]``
words of the request that must reach the model.

    .venv/bin/python bench/pii_cases_hand.py [--halves a] [--out FILE]
    .venv/bin/python bench/pii.py --cases-only --no-stock --set hw [--show-held-out]
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

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_hand"
FILES = {"a": "half_a.yaml", "b": "half_b.yaml"}
_MARK = re.compile(r"\{([PS]):([^{}]+)\}")
_KEEP = re.compile(r"\[\[(.+?)\]\]")
_TYPES = {"P": "PERSON", "S": "SPECIAL_CARE"}


def _plain(text: str, secrets: list[Secret], keep: list[str]) -> str:
    """``text`` without its markup; the secrets and keep phrases it marked are appended."""
    for match in _MARK.finditer(text):
        secrets.append(Secret(_TYPES[match.group(1)], match.group(2)))
    text = _MARK.sub(lambda m: m.group(2), text)
    keep.extend(m.group(1) for m in _KEEP.finditer(text))
    return _KEEP.sub(lambda m: m.group(1), text)


def _case(raw: dict[str, Any], family: str, half: str) -> Case:
    secrets: list[Secret] = []
    keep: list[str] = []
    messages: list[dict[str, Any]] = []
    shape = "single"
    if "turns" in raw:
        shape = "multi_turn"
        for role, text in raw["turns"]:
            messages.append({"role": role, "content": _plain(text, secrets, keep)})
    else:
        user: dict[str, Any] = {"role": "user", "content": _plain(raw["t"], secrets, keep)}
        if "name" in raw:
            shape = "name_field"
            user["name"] = _plain(raw["name"], secrets, keep)
        messages.append(user)
        if "args" in raw or "result" in raw:
            shape = "tool"
            arguments = _plain(raw.get("args", "{}"), secrets, keep)
            call = {
                "id": f"call_{raw['id']}",
                "type": "function",
                "function": {"name": "lookup", "arguments": arguments},
            }
            messages.append({"role": "assistant", "content": None, "tool_calls": [call]})
            if "result" in raw:
                result = _plain(raw["result"], secrets, keep)
                messages.append({"role": "tool", "tool_call_id": call["id"], "content": result})
    benign = bool(raw.get("benign"))
    if benign and secrets:
        raise ValueError(f"{raw['id']}: a benign case with secrets")
    if not benign and not secrets:
        raise ValueError(f"{raw['id']}: no secret and not marked benign")
    text = json.dumps(messages, ensure_ascii=False)
    lang = "ja" if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text) else "en"
    return Case(
        id=f"hw-{raw['id']}",
        family=f"{'BENIGN' if benign else 'HW'}_{family}",
        template=raw["id"],
        half=half,
        lang=lang,
        shape=shape,
        messages=messages,
        secrets=secrets,
        keep=keep,
        benign=benign,
    )


def generate(seed: int = 0, per_template: int = 1, halves: str = "ab") -> list[Case]:
    """Every case of the requested halves (``seed`` and ``per_template`` are ignored: the
    cases are written, not drawn; they are accepted so ``bench/pii.py`` calls this like
    the generators)."""
    del seed, per_template
    cases: list[Case] = []
    for half in halves:
        families = yaml.safe_load((DATA / FILES[half]).read_text(encoding="utf-8"))
        for family, rows in families.items():
            cases.extend(_case(row, family, half) for row in rows)
    ids = [c.id for c in cases]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate case ids")
    return cases


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--halves", default="a", help="b is held out: write it only on purpose")
    parser.add_argument("--out", type=Path, default=None, help="JSONL (default: stdout)")
    args = parser.parse_args(argv)
    cases = generate(halves=args.halves)
    lines = [json.dumps(c.to_json(), ensure_ascii=False) for c in cases]
    if args.out is None:
        sys.stdout.write("\n".join(lines) + "\n")
    else:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(cases)} cases ({sum(c.benign for c in cases)} benign) to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
