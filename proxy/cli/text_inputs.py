"""Inputs of the per-text audit commands (``mamori pii analyze``, ``mamori guard check``).

One text from the command line or stdin, or a JSONL file (``-`` for stdin) whose lines are
objects with a ``text`` string and an optional ``id``. Each input's result is printed as one
JSON line, with the input's ``id`` first when it had one. Unusable lines are reported on
stderr with their line numbers and the rest are still processed.

Exit codes: 0 done, 1 some lines were unusable, 2 the file could not be read.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

__all__ = ["jsonl_records", "run_over_inputs"]


def run_over_inputs(
    prog: str,
    text: str | None,
    jsonl: Path | None,
    handle: Callable[[str], dict[str, Any]],
) -> int:
    """Call ``handle`` on each input text and print its record; see the module docstring."""
    if jsonl is None:
        _emit(handle(text if text is not None else sys.stdin.read()))
        return 0
    try:
        stream = sys.stdin if str(jsonl) == "-" else jsonl.open(encoding="utf-8")
    except OSError as exc:
        print(f"{prog}: cannot read {jsonl}: {exc.strerror}", file=sys.stderr)
        return 2
    failed = 0
    with stream:
        for line_no, item in jsonl_records(stream):
            if isinstance(item, str):
                failed += 1
                print(f"{prog}: {jsonl}:{line_no}: {item}", file=sys.stderr)
                continue
            record: dict[str, Any] = {"id": item["id"]} if "id" in item else {}
            record.update(handle(item["text"]))
            _emit(record)
    return 1 if failed else 0


def jsonl_records(stream: TextIO) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line number, the object or why the line is unusable) for each line of a JSONL
    input; blank lines are skipped."""
    for line_no, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError:
            yield line_no, "not valid JSON"
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            yield line_no, 'expected an object with a "text" string'
            continue
        yield line_no, item


def _emit(record: dict[str, Any]) -> None:
    print(json.dumps(record, ensure_ascii=False), flush=True)
