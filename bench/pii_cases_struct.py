"""Hand-written PII cases (issue 16, eighteenth session): structured values as people type
them, written message by message (no templates, no value lists), with benign look-alikes.

Phones, e-mails, postal addresses (JA and EN), postal codes, dates of birth (和暦, kanji,
English), bank accounts (当座 / 普通 / savings / current), cards with expiry and security
code, My Number, passports, driving licences, health-insurance and pension numbers, member
and employee numbers; and look-alikes nothing may change (order and tracking numbers, JAN
codes, prices, event dates, public hotlines, switchboards, versions, room numbers).

The messages are in ``bench/data/pii_cases_struct/``, split by style, not at random:
``half_a.yaml`` (half **A**, tuned on: a chat message or a pasted form; separators, full
width, kanji numerals, label typos, \\x and &# escapes) and ``half_b.yaml`` (half **B**, held
out: digits spoken out, fillers inside a value, values broken over lines or content parts,
JSON / CSV tool results and tool-call arguments, signatures, several values at once,
multi-turn, \\u and &#x escapes, British and American formats). Only B's totals are printed
unless ``--show-held-out`` lists its failures too.

    .venv/bin/python bench/pii_cases_struct.py [--out FILE]            # write the cases
    .venv/bin/python bench/pii_cases_struct.py --run [--show-held-out] # through the stage
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pii_hand_sets
import yaml
from pii_cases import Case, Secret
from pii_hand_sets import HandSet

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_struct"
FILES = {"A": "half_a.yaml", "B": "half_b.yaml"}
HELD_OUT = "B"
DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "pii_cases_struct.json"
_KEEP = re.compile(r"\[\[(.+?)\]\]")
_TYPES = {
    "TEL": "PHONE_NUMBER",
    "MAIL": "EMAIL_ADDRESS",
    "ADDR": "ADDRESS",
    "ZIP": "POSTAL_CODE",
    "DOB": "DATE_OF_BIRTH",
    "BANK": "BANK_ACCOUNT",
    "CARD": "CREDIT_CARD",
    "MYNO": "MY_NUMBER",
    "PP": "PASSPORT",
    "DL": "DRIVER_LICENSE",
    "HI": "HEALTH_INSURANCE",
    "ID": "ID_NUMBER",
}


def _plain(text: str, keep: list[str]) -> str:
    """``text`` without its ``[[…]]`` marks; the marked words are appended to ``keep``."""
    keep.extend(m.group(1) for m in _KEEP.finditer(text))
    return _KEEP.sub(lambda m: m.group(1), text)


def _case(raw: dict[str, Any], family: str, half: str) -> Case:
    keep: list[str] = []
    messages: list[dict[str, Any]] = []
    shape = "single"
    for role, text in raw.get("before", []):
        shape = "multi_turn"
        messages.append({"role": role, "content": _plain(text, keep)})
    if "parts" in raw:
        shape = "parts"
        parts = [{"type": "text", "text": _plain(p, keep)} for p in raw["parts"]]
        messages.append({"role": "user", "content": parts})
    else:
        messages.append({"role": "user", "content": _plain(raw["text"], keep)})
    if "call" in raw or "result" in raw:
        name, arguments = raw.get("call", ["lookup", "{}"])
        shape = "tool_result" if "result" in raw else "tool_call"
        call = {
            "id": f"call_{raw['id']}",
            "type": "function",
            "function": {"name": name, "arguments": arguments},
        }
        messages.append({"role": "assistant", "content": None, "tool_calls": [call]})
        if "result" in raw:
            messages.append(
                {"role": "tool", "tool_call_id": f"call_{raw['id']}", "content": raw["result"]}
            )
    secrets = [Secret(_TYPES[kind], value) for kind, value in raw.get("sec", [])]
    lang = (
        "ja"
        if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", json.dumps(messages, ensure_ascii=False))
        else "en"
    )
    return Case(
        id=f"struct-{half}-{raw['id']}",
        family=family,
        template=raw["id"],
        half=half,
        lang=lang,
        shape=shape,
        messages=messages,
        secrets=secrets,
        keep=keep,
        benign=bool(raw.get("benign", False)),
    )


def generate(halves: str = "AB") -> list[Case]:
    """Every hand-written case of the requested halves, in file order."""
    cases: list[Case] = []
    for half in halves:
        data = yaml.safe_load((DATA / FILES[half]).read_text(encoding="utf-8"))
        for family, rows in data.items():
            cases.extend(_case(row, family, half) for row in rows)
    return cases


HAND_SET = HandSet(name="struct", halves=tuple(FILES), held_out=HELD_OUT, default_out=DEFAULT_OUT)


def run(show_held_out: bool) -> dict[str, Any]:
    """The cases through the gateway's real ``pii.pseudonymize`` stage (default policy)."""
    return pii_hand_sets.run(HAND_SET, generate(), show_held_out)


def main(argv: Sequence[str] | None = None) -> int:
    return pii_hand_sets.main(
        HAND_SET, generate, argv, description=__doc__.splitlines()[0] if __doc__ else None
    )


if __name__ == "__main__":
    raise SystemExit(main())
