"""The column a value stands in: an SQL ``INSERT``'s column list or a table's header line
(thirty-first round, issue 16).

A record pasted as code says what each value is by its position, not next to it:
``INSERT INTO customers (name, email, phone, zip) VALUES ('…', '…', '…', '248-0014');``
names the fourth value ``zip`` thirty characters before it, and a CSV, semicolon-separated,
tab-separated or pipe table (``name<TAB>email<TAB>zip`` / ``Lee<TAB>…<TAB>94110-2231``) names
it in the header line above. :func:`column_name` returns that name, for a recognizer whose
value has no keyword beside it to read it as one.

The table is the run of lines above the span's that hold the same separator the same number
of times; its first line is the header (a table of one line has none). An ``INSERT``'s values
are split at the commas outside quotes and brackets. Pure; never raises.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["column_name", "header_cell"]

_INSERT: Final = re.compile(
    r"(?i:\binsert\s+into)\s+[\w.`\"\[\]]+\s*\(([^()]{1,400})\)\s*(?i:values)\s*", re.S
)
_SEPARATORS: Final = ("\t", ";", "|", ",")
_REACH: Final = 40  # lines looked back for the header
_TRIM: Final = " \t\"'`[]\u3000"


def column_name(text: str, start: int, end: int) -> str | None:
    """The name of the column ``text[start:end]`` is a value of, or None (module)."""
    return _insert_column(text, start, end) or header_cell(text, start, end)


def _insert_column(text: str, start: int, end: int) -> str | None:
    if "nsert" not in text and "NSERT" not in text:
        return None
    for match in _INSERT.finditer(text, max(0, start - 2000), start):
        columns = [c.strip(_TRIM) for c in match.group(1).split(",")]
        depth, cell, quote = 0, 0, ""
        for index in range(match.end(), start):
            char = text[index]
            if quote:
                if char == quote:
                    quote = ""
            elif char in "'\"":
                quote = char
            elif char == "(":
                depth += 1
                if depth == 1:
                    cell = 0
            elif char == ")":
                depth -= 1
            elif char == "," and depth == 1:
                cell += 1
            elif char == ";" and depth == 0:
                break
        else:
            if depth == 1 and cell < len(columns) and "\n" not in text[start:end]:
                return columns[cell]
    return None


def header_cell(
    text: str, start: int, end: int, separators: tuple[str, ...] = _SEPARATORS
) -> str | None:
    """The header cell above ``text[start:end]`` in a table whose lines hold the first of
    ``separators`` the span's line holds, the same number of times; None when the span is
    not one cell or the table has no line above it (module)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    separator = next((s for s in separators if s in line), "")
    if not separator:
        return None
    count = line.count(separator)
    column = None
    position = 0
    for index, cell in enumerate(line.split(separator)):
        if position <= start - line_start and end - line_start <= position + len(cell):
            column = index
            break
        position += len(cell) + 1
    if column is None:
        return None
    header_start = line_start
    for _ in range(_REACH):
        if header_start == 0:
            break
        previous_start = text.rfind("\n", 0, header_start - 1) + 1
        if text[previous_start : header_start - 1].count(separator) != count:
            break
        header_start = previous_start
    if header_start == line_start:
        return None
    header_end = text.find("\n", header_start)
    return text[header_start:header_end].split(separator)[column].strip(_TRIM) or None
