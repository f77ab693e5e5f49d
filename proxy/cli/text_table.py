"""Plain-text tables for the terminal that stay aligned with Japanese text.

A full-width character (kanji, kana, full-width forms) takes two terminal columns, so
padding by ``len`` misaligns every table with Japanese in it. :func:`render_table` pads by
display width (East Asian Width ``W`` and ``F`` count two), and :func:`shorten` cuts a text
to a display width, marking the cut with ``…``. Line breaks and tabs inside a cell are
shown as spaces so that one row stays one line.

Failure behaviour: none; every string renders.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

__all__ = ["display_width", "render_table", "shorten"]


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut to at most ``width`` columns (``…`` marks a cut)."""
    flat = " ".join(text.split())
    if display_width(flat) <= width:
        return flat
    out: list[str] = []
    used = 0
    for ch in flat:
        step = display_width(ch)
        if used + step > width - 1:
            break
        out.append(ch)
        used += step
    return "".join(out) + "…"


def render_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Columns separated by two spaces, a rule under the headers; the last column is not
    padded (so a long last cell does not push trailing spaces)."""
    cells = [[" ".join(str(cell).split()) for cell in row] for row in [headers, *rows]]
    widths = [max(display_width(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for index, row in enumerate(cells):
        padded = [
            cell + " " * (widths[i] - display_width(cell)) if i < len(row) - 1 else cell
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(padded).rstrip())
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)
