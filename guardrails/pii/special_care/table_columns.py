"""Special care in a column of a pasted table (twenty-seventh round, issue 16).

``name,dept,condition`` / ``Lee,Sales,Crohn's disease`` / ``Park,IT,migraine``: a CSV, TSV or
pipe table whose header names a health, faith or record column holds that person's value in
every row. The rows reached the model in clear — a cell has no subject, no predicate and
no ``key: value`` label of its own.

Contract: ``table_columns(text, hits)`` takes NFKC-folded text and the lexicon hits in it
and returns ``(start, end, category)`` for each non-empty cell under such a header, in the
rows that follow it with the same separator. A header is a line of two or more short cells
split by ``,``, a tab or ``|``. Strong column names (diagnosis, medical history,
medication, disability, allergies, religion, criminal record, 既往歴, 持病, 病名, 服用薬,
障害, 宗教, 犯罪歴 …) mark every value; ``condition`` / ``health`` / 状態 (a used book's
condition, a machine's health) count only when the cell holds a health word of the
lexicons. Empty cells and those that say there is nothing (none, N/A, -, なし) are left.
Regular expressions only; never raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from .lexicon import TermHit

__all__ = ["table_columns"]

_HEALTH: Final = frozenset({"medical_history", "medical_treatment", "disability"})
_STRONG: Final = (
    (
        re.compile(
            r"(?:(?:past[ _-]?)?medical[ _-]?history|diagnos[ie]s|dx|illness(?:es)?|"
            r"chronic[ _-]?conditions?|pre-?existing[ _-]?conditions?|allerg(?:y|ies)|"
            r"既往歴|既往症|持病|病名|傷病名|診断名|疾患名?|病歴|アレルギー)",
            re.IGNORECASE,
        ),
        "medical_history",
    ),
    (
        re.compile(r"(?:medications?|meds|prescriptions?|服用薬|内服薬|処方薬|常用薬)", re.I),
        "medical_treatment",
    ),
    (re.compile(r"(?:disabilit(?:y|ies)|impairments?|障害|障がい|障害区分)", re.I), "disability"),
    (re.compile(r"(?:religion|faith|denomination|宗教|宗派|信仰)", re.I), "creed"),
    (
        re.compile(r"(?:criminal[ _-]?(?:record|history)|convictions?|前科|犯罪歴)", re.I),
        "criminal_record",
    ),
)
_WEAK: Final = re.compile(
    r"(?:(?:health|medical)[ _-]?)?(?:conditions?|health|notes?)|健康状態|状態|配慮事項", re.I
)
_SEPARATORS: Final = (",", "\t", "|")
_NOTHING: Final = re.compile(r"(?:none|no|nil|n/?a|-+|なし|無し|特になし|ー+|―+|)", re.I)
_CELL_MAX: Final = 30


def _cells(line: str, line_start: int, separator: str) -> list[tuple[int, int]]:
    cells: list[tuple[int, int]] = []
    position = 0
    for part in line.split(separator):
        start, end = position, position + len(part)
        while start < end and line[start] in " \"'":
            start += 1
        while end > start and line[end - 1] in " \"'\r":
            end -= 1
        cells.append((line_start + start, line_start + end))
        position += len(part) + len(separator)
    return cells


def table_columns(text: str, hits: Sequence[TermHit]) -> list[tuple[int, int, str]]:
    """Cells of sensitive columns of tables in ``text`` (module docstring)."""
    found: list[tuple[int, int, str]] = []
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    for index, (line_start, line) in enumerate(lines):
        for separator in _SEPARATORS:
            if line.count(separator) < 1:
                continue
            header = _cells(line, line_start, separator)
            if len(header) < 2 or any(e - s > _CELL_MAX for s, e in header):
                continue
            columns: dict[int, tuple[str, bool]] = {}
            for column, (start, end) in enumerate(header):
                name = text[start:end].strip("|# ")
                for pattern, category in _STRONG:
                    if pattern.fullmatch(name):
                        columns[column] = (category, True)
                        break
                else:
                    if _WEAK.fullmatch(name):
                        columns[column] = ("medical_history", False)
            if not columns:
                continue
            for row_start, row in lines[index + 1 :]:
                if row.count(separator) != line.count(separator):
                    break
                cells = _cells(row, row_start, separator)
                for column, (category, strong) in columns.items():
                    start, end = cells[column]
                    if end <= start or _NOTHING.fullmatch(text[start:end]):
                        continue
                    if not strong:
                        inside = [h for h in hits if start <= h.start and h.end <= end]
                        if not any(h.category in _HEALTH for h in inside):
                            continue
                        category = next(h.category for h in inside if h.category in _HEALTH)
                    found.append((start, end, category))
            break
    return found
