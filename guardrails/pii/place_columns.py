"""A cell under a place column of a CSV or tab-separated table (thirtieth round, issue 16).

Airports, stations, towns and offices are surnames as often as not (羽田, 成田, 品川, 梅田,
神田), and a table of them (``空港,旅客数`` / ``羽田,8500万``) has no place noun after each
cell for :func:`guardrails.pii.place_labels.names_a_place` to see. The column's header says
what the cells are: a name in a cell whose header is a place word (空港, 駅, 都市, 地域,
拠点, 支店, 勤務地, 出発地, airport, station, city …) is a place, not a person.

The table is the run of lines around the span that hold the same separator (``,`` or a tab)
the same number of times; its first line is the header. A span across separators or in a
table of one line is not in a column. Pure; never raises.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["in_place_column"]

_PLACE_HEADER: Final = re.compile(
    r"(?:空港|駅|駅名|最寄り?駅|都市|都市名|市区町村|都道府県|地域|地区|エリア|拠点|拠点名|支店|支店名"
    r"|店舗|店舗名|営業所|事業所|勤務地|所在地|出発地|到着地|目的地|行き先|訪問先|出張先|会場|場所"
    r"|(?i:airports?|stations?|city|cities|town|region|area|location|site|office|branch|venue"
    r"|origin|destination|from|to))"
)
_REACH: Final = 40  # lines looked back for the header


def _cells(line: str, separator: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = 0
    for cell in line.split(separator):
        spans.append((position, position + len(cell)))
        position += len(cell) + 1
    return spans


def in_place_column(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` is a cell of a table whose header names a place (module)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    separator = "\t" if "\t" in line else "," if "," in line else ""
    if not separator:
        return False
    count = line.count(separator)
    column = next(
        (
            i
            for i, (s, e) in enumerate(_cells(line, separator))
            if s <= start - line_start and end - line_start <= e
        ),
        None,
    )
    if column is None:
        return False
    header_start = line_start
    for _ in range(_REACH):
        if header_start == 0:
            break
        previous_start = text.rfind("\n", 0, header_start - 1) + 1
        previous = text[previous_start : header_start - 1]
        if previous.count(separator) != count:
            break
        header_start = previous_start
    if header_start == line_start:
        return False
    header_end = text.find("\n", header_start)
    header = text[header_start:header_end].split(separator)
    return _PLACE_HEADER.fullmatch(header[column].strip(" \"'\u3000")) is not None
