"""Words a name reader may take for a person that the text around them says are a place or
a thing.

* **a place field's value**: tickets, logs and forms label their fields (``地域:梅田``,
  ``会場：千葉``, ``拠点=栄``, ``region: Sapporo``); many place names are surnames too
  (梅田, 千葉, 栄), and the label says what the value is;
* **the name of a shop, a branch or a channel**: a surname or place with 店, 屋, 堂, 亭, 庵,
  軒 or ちゃんねる right after it (嵐山店, 岡田屋, 田中ちゃんねる) names a shop or a video
  channel, not a person (店長, 店主, 店員 after a name are job titles: a person);
* **an area or a station**: a word with a place noun right after it (三宮方面, 天神周辺,
  梅田駅, 天神支店) or after の (梅田のオフィス, 天神の店舗, 栄の支店) names where something
  is (駅長, 支店長 are job titles; a person's place is written with an honorific:
  梅田さんのオフィス).

Pure functions of the text; never raise.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["after_place_label", "names_a_place", "names_a_thing"]

_REACH: Final = 24
_PLACE_LABEL: Final = re.compile(
    r"(?:地域|地区|エリア|場所|会場|拠点|店舗|支店|営業所|所在地|勤務地|出発地|目的地|到着地|行き先|"
    r"開催地|配送先地域|都道府県|市区町村|最寄り駅?|駅|region|area|location|city|venue|site|branch|"
    r"store|station|prefecture|destination)\s*[:：=]\s*$",
    re.IGNORECASE,
)


def after_place_label(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the value of a place field on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    return _PLACE_LABEL.search(text, max(line_start, start - _REACH), start) is not None


_THING_AFTER: Final = re.compile(r"(?:店(?![長主員])|屋|堂|亭|庵|軒|ちゃんねる|チャンネル)")
# …or inside the span: 田中ちゃんねる, or three characters or more ending in a shop word
# (吉田屋; a two-character surname such as 土屋 or 古屋 stays a possible name).
_THING_INSIDE: Final = re.compile(r"(?:ちゃんねる|チャンネル|(?<=..)(?:屋|店|堂|亭|庵|軒))$")


def names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is part of a shop's or a channel's name."""
    return (
        _THING_AFTER.match(text, end) is not None
        or _THING_INSIDE.search(text[start:end]) is not None
    )


# A place noun right after the word (三宮方面, 梅田駅; not 駅長, 支店長) or after の
# (梅田のオフィス, 天神の店舗).
_PLACE_AFTER: Final = re.compile(
    r"(?:駅(?![長員])|支店(?!長)|方面|周辺|界隈|近辺|付近|駅前|営業所(?!長)|出張所(?!長))"
    r"|の(?:オフィス|店舗|支店(?!長)|営業所(?!長)|本社|支社|工場|キャンパス|駅(?![長員])|方面"
    r"|周辺|界隈|駅前|拠点|会場|商業施設|ショッピングモール|駅ビル|地下街|繁華街|改札|出口)"
)


def names_a_place(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` names an area or a station (a place noun follows)."""
    return _PLACE_AFTER.match(text, end) is not None
