"""Stops of a route written with a wave dash (twenty-eighth round, issue 16).

Japanese writes a route, a commuting pass or a trip as its stops joined by ``～`` (``〜``,
``~`` after NFKC, ``－``, ``→``): 「新宿～渋谷～品川」, 「経路：池袋～大宮～熊谷」. Many stations
and towns are surnames too (渋谷, 品川, 上野, 神田, 梅田, 千葉), and GiNZA reads a pair glued
by the dash (``上野~秋葉原``) as one person. A name span inside such a chain is a stop, not
a person:

* a chain of three stops or more;
* a chain of two when a route word is right before it (経路, 区間, ルート, 路線, 通勤経路,
  定期区間, 乗車区間, 出張ルート … and a colon or space) or right after it (間, の区間, の移動,
  の運賃, の定期, の乗り換え, 方面, 線, 駅).

A stop is one to eight kanji or katakana with no space and no honorific after it: ``田中～佐藤様``
is no route (the chain stops at an honorific).

Thirtieth round: a trip written with particles, ``AからBへ`` / ``AからBまで`` (``羽田から那覇への
始発便``, ``新大阪から梅田までの行き方``), is a route too when a word of travel follows on the
line (便, 始発, 終電, 電車, 新幹線, 飛行機, フライト, バス, 行き方, 所要時間, 運賃, 乗り換え …).
Without one it is a hand-over between people (田中から佐藤への引き継ぎ) and stays a name.
Pure; never raises.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["in_route"]

_STOP: Final = r"[\u3400-\u9fff々ァ-ヶー]{1,8}"
_DASH: Final = r"[~〜～－→⇒]"
_CHAIN: Final = re.compile(rf"{_STOP}(?:{_DASH}{_STOP})+")
_HONORIFIC_END: Final = re.compile(r"(?:様|氏|君|先生|部長|課長|社長|係長|主任)$")
_HONORIFIC_AFTER: Final = re.compile(r"(?:さん|さま|くん|ちゃん)")
_ROUTE_BEFORE: Final = re.compile(
    r"(?:経路|区間|ルート|路線|通勤経路|定期区間|乗車区間|移動|乗り換え|乗換)"
    r"(?:は|：|:)?[ \t\u3000]*$"
)
_ROUTE_AFTER: Final = re.compile(
    r"(?:間|の区間|の移動|の運賃|の定期|の乗り?換え?|の所要時間|の交通費|方面|線|駅|まで|を移動)"
)


_TRIP: Final = re.compile(rf"({_STOP})(?:駅|空港)?から({_STOP})(?:駅|空港)?(?:へ|まで)")
_TRAVEL_WORD: Final = re.compile(
    r"便|始発|終電|最終|電車|新幹線|特急|在来線|地下鉄|飛行機|フライト|航空券|バス|タクシー|行き方"
    r"|アクセス|所要時間|移動|運賃|料金|乗り?換え|経路|ルート|何分|何時間|直行"
)


def _in_trip(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` is the start or the end of a trip ``AからBへ`` followed on its
    line by a word of travel (module docstring)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for match in _TRIP.finditer(text, line_start, line_end):
        # the stop ends its run before から (明日羽田から) or opens the one before へ
        opens = match.start(1) <= start and end == match.end(1)
        closes = start == match.start(2) and end <= match.end(2)
        if not (opens or closes):
            continue
        if any(_HONORIFIC_END.search(g) is not None for g in match.groups()):
            return False
        return _TRAVEL_WORD.search(text, match.end(), line_end) is not None
    return False


def in_route(text: str, start: int, end: int) -> bool:
    """Whether the span ``start:end`` lies inside a route of stops (module docstring)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    for match in _CHAIN.finditer(text, line_start, len(text) if line_end < 0 else line_end):
        if match.start() > start or match.end() < end:
            continue
        stops = re.split(_DASH, match.group())
        if (
            any(_HONORIFIC_END.search(s) is not None for s in stops)
            or _HONORIFIC_AFTER.match(text, match.end()) is not None
        ):
            return False
        if len(stops) >= 3 or stops[-1].endswith(("間", "駅")):
            return True
        return (
            _ROUTE_BEFORE.search(text, max(0, match.start() - 10), match.start()) is not None
            or _ROUTE_AFTER.match(text, match.end()) is not None
        )
    return _in_trip(text, start, end)
