"""A cell under a place column of a CSV or tab-separated table (thirtieth round, issue 16).

Airports, stations, towns and offices are surnames as often as not (羽田, 成田, 品川, 梅田,
神田), and a table of them (``空港,旅客数`` / ``羽田,8500万``) has no place noun after each
cell for :func:`guardrails.pii.place_labels.names_a_place` to see. The column's header says
what the cells are: a name in a cell whose header is a place word (空港, 駅, 都市, 地域,
拠点, 支店, 勤務地, 出発地, airport, station, city …) is a place, not a person.

The table and its header are found as :func:`guardrails.pii.value_columns.header_cell` finds
them (a tab or ``,`` as the separator). Pure; never raises.
"""

from __future__ import annotations

import re
from typing import Final

from guardrails.pii.value_columns import header_cell

__all__ = ["in_place_column"]

_PLACE_HEADER: Final = re.compile(
    r"(?:空港|駅|駅名|最寄り?駅|都市|都市名|市区町村|都道府県|地域|地区|エリア|拠点|拠点名|支店|支店名"
    r"|店舗|店舗名|営業所|事業所|勤務地|所在地|出発地|到着地|目的地|行き先|訪問先|出張先|会場|場所"
    r"|(?i:airports?|stations?|city|cities|town|region|area|location|site|office|branch|venue"
    r"|origin|destination|from|to))"
)


def in_place_column(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` is a cell of a table whose header names a place (module)."""
    header = header_cell(text, start, end, ("\t", ","))
    return header is not None and _PLACE_HEADER.fullmatch(header) is not None
