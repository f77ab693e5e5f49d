"""Reads FAQ entries from a source file, row by row, with line numbers for bad rows.

Formats:

* ``jsonl`` — one JSON object per line;
* ``csv`` — a header row, then one entry per row (the line number is where the row
  starts, so quoted multi-line answers are counted right);
* ``markdown`` — every ``## `` heading is a question and the text below it (up to the next
  heading) its answer. ``## question {#id}`` sets the id (default ``L<line>``); lines
  ``url: ...`` and ``tags: a, b`` directly under the heading set those fields.

A row is bad when it is not valid (JSON that is not an object), is not UTF-8 text (a
file saved as Shift_JIS, say), lacks an id, question or answer, or repeats an earlier id.
Bad rows are yielded as :class:`BadRow` (the reader goes on); the caller decides whether
to stop (``--strict``).

Failure behaviour: ``OSError`` from opening the file propagates; bytes that are not UTF-8
never raise (each row that holds some is a bad row naming the byte); the reason in a
:class:`BadRow` never quotes the row's text.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from retrieval.faq_entry import FaqEntry
from retrieval.index_definition import FieldMapping, SourceFormat
from retrieval.utf8_text import not_utf8

__all__ = ["BadRow", "SourceRow", "read_source"]


@dataclass(frozen=True, slots=True)
class SourceRow:
    line: int
    entry: FaqEntry


@dataclass(frozen=True, slots=True)
class BadRow:
    line: int
    reason: str


_HEADING = re.compile(r"^##\s+(?P<question>.+?)(?:\s+\{#(?P<id>[^}\s]+)\})?\s*$")
_META = re.compile(r"^(?P<key>url|tags):\s*(?P<value>.*)$")


def read_source(
    path: Path, fmt: SourceFormat, fields: FieldMapping
) -> Iterator[SourceRow | BadRow]:
    """Entries and bad rows of ``path``, in file order."""
    if fmt == "jsonl":
        rows = _jsonl(path)
    elif fmt == "csv":
        rows = _csv(path)
    else:
        rows = _markdown(path)
    seen: dict[str, int] = {}
    for line, record in rows:
        if isinstance(record, str):
            yield BadRow(line, record)
            continue
        made = _entry(record, fields) if fmt != "markdown" else _markdown_entry(record)
        if isinstance(made, str):
            yield BadRow(line, made)
        elif made.id in seen:
            yield BadRow(line, f"id {made.id!r} already used on line {seen[made.id]}")
        else:
            seen[made.id] = line
            yield SourceRow(line, made)


def _jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any] | str]]:
    with path.open(encoding="utf-8-sig", errors="surrogateescape") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            if (undecodable := not_utf8(line)) is not None:
                yield number, undecodable
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, f"invalid JSON ({exc.msg} at column {exc.colno})"
                continue
            yield number, record if isinstance(record, dict) else "not a JSON object"


def _csv(path: Path) -> Iterator[tuple[int, dict[str, Any] | str]]:
    with path.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
        reader = csv.DictReader(handle)
        _ = reader.fieldnames  # reads the header row, so line_num counts from it
        start = reader.line_num + 1
        try:
            for record in reader:
                cells = [value for value in record.values() if isinstance(value, str)]
                undecodable = next(filter(None, map(not_utf8, cells)), None)
                if undecodable is not None:
                    yield start, undecodable.replace(" at column", " in a cell, column")
                elif None in record:
                    yield start, "more cells than header columns"
                else:
                    yield start, dict(record)
                start = reader.line_num + 1
        except csv.Error as exc:
            yield start, f"invalid CSV ({exc})"


def _markdown(path: Path) -> Iterator[tuple[int, dict[str, Any] | str]]:
    current: dict[str, Any] | None = None
    current_line = 0
    body: list[str] = []
    undecodable: str | None = None
    with path.open(encoding="utf-8-sig", errors="surrogateescape") as handle:
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n")
            heading = _HEADING.match(line)
            if heading:
                if current is not None:
                    current["answer"] = "\n".join(body).strip()
                    yield current_line, undecodable or current
                reason = not_utf8(line)
                undecodable = None if reason is None else f"line {number}: {reason}"
                current = {
                    "id": heading["id"] or f"L{number}",
                    "question": heading["question"].strip(),
                }
                current_line, body = number, []
                continue
            if current is None:
                continue
            if undecodable is None and (reason := not_utf8(line)) is not None:
                undecodable = f"line {number}: {reason}"
            meta = _META.match(line.strip())
            if meta and not any(text.strip() for text in body):
                current[meta["key"]] = meta["value"].strip()
                continue
            body.append(line)
    if current is not None:
        current["answer"] = "\n".join(body).strip()
        yield current_line, undecodable or current


def _text(record: dict[str, Any], key: str | None) -> str:
    if key is None:
        return ""
    value = record.get(key)
    if value is None:
        return ""
    if isinstance(value, (str, int, float)):
        return str(value).strip()
    return ""


def _tags(value: Any) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(str(tag).strip() for tag in value if str(tag).strip())
    if isinstance(value, str):
        return tuple(tag.strip() for tag in re.split(r"[;,、]", value) if tag.strip())
    return ()


def _entry(record: dict[str, Any], fields: FieldMapping) -> FaqEntry | str:
    entry_id = _text(record, fields.id)
    question = _text(record, fields.question)
    answer = _text(record, fields.answer)
    missing = [
        name
        for name, value in (("id", entry_id), ("question", question), ("answer", answer))
        if not value
    ]
    if missing:
        return "missing " + ", ".join(missing)
    return FaqEntry(
        id=entry_id,
        question=question,
        answer=answer,
        url=_text(record, fields.url),
        tags=_tags(record.get(fields.tags)) if fields.tags else (),
    )


def _markdown_entry(record: dict[str, Any]) -> FaqEntry | str:
    if not record.get("answer"):
        return "missing answer"
    return FaqEntry(
        id=str(record["id"]),
        question=str(record["question"]),
        answer=str(record["answer"]),
        url=str(record.get("url", "")),
        tags=_tags(record.get("tags", "")),
    )
