"""Hand-written PII cases (issue 16, nineteenth session, names pass): person names and
special care in many writing styles, written message by message, with look-alikes.

The messages are in ``bench/data/pii_cases_r19names/``, split by writing style:
``half_1.yaml`` (half **1**, tuned on: chat typed straight in with nicknames and pet
suffixes, chat logs ``Name: …``, e-mail signatures, ``key: value`` forms and lists, romaji,
special care told in passing inside a long chat message) and ``half_2.yaml`` (half **2**,
held out: typos and slang in names, full-width, half-width and spaced-out names, To/Cc
lists, JSON tool calls and results, multi-turn chats, the ``name`` field, forum posts,
letters and forms, code-switched Japanese and English). Markup as in
``bench/pii_cases_hand.py``: ``{P:…}`` a name, ``{S:…}`` a special-care core, ``[[…]]``
words of the request that must reach the model. Only half 2's totals are printed unless
``--show-held-out`` lists its failures too.

    .venv/bin/python bench/pii_cases_r19names.py [--out FILE]            # write the cases
    .venv/bin/python bench/pii_cases_r19names.py --run [--show-held-out] # through the stage
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

DATA = Path(__file__).resolve().parent / "data" / "pii_cases_r19names"
FILES = {"1": "half_1.yaml", "2": "half_2.yaml"}
HELD_OUT = "2"
DEFAULT_OUT = Path(__file__).resolve().parent / "results" / "pii_cases_r19names.json"
_MARK = re.compile(r"\{([PS]):([^{}]+)\}")
_KEEP = re.compile(r"\[\[(.+?)\]\]")
_TYPES = {"P": "PERSON", "S": "SPECIAL_CARE"}


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
        id=f"r19n-{raw['id']}",
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


def generate(halves: str = "12") -> list[Case]:
    """Every case of the requested halves, in file order."""
    cases: list[Case] = []
    for half in halves:
        data = yaml.safe_load((DATA / FILES[half]).read_text(encoding="utf-8"))
        for family, rows in data.items():
            cases.extend(_case(row, family, half) for row in rows)
    if len({c.id for c in cases}) != len(cases):
        raise ValueError("duplicate case ids")
    return cases


HAND_SET = HandSet(
    name="r19names",
    halves=tuple(FILES),
    held_out=HELD_OUT,
    default_out=DEFAULT_OUT,
    id_width=14,
    sent_width=200,
)


def run(show_held_out: bool) -> dict[str, Any]:
    """The cases through the gateway's real ``pii.pseudonymize`` stage (default policy)."""
    return pii_hand_sets.run(HAND_SET, generate(), show_held_out)


def main(argv: Sequence[str] | None = None) -> int:
    return pii_hand_sets.main(
        HAND_SET, generate, argv, description=__doc__.splitlines()[0] if __doc__ else None
    )


if __name__ == "__main__":
    raise SystemExit(main())
