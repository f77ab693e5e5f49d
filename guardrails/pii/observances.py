"""Named holidays, festivals and observances (twenty-seventh round, issue 16).

A holiday's name is a date on a calendar, not a person and not anyone's faith:
``The office will be closed for Yom Kippur on October 12`` had ``Yom Kippur`` masked as a
person (the romaji reader took the two capitalised words for a name), and ``Add Rosh
Hashanah, Yom Kippur and Sukkot to the team calendar`` or ``Our Diwali party is on Friday``
had the holiday masked as a faith.

Contract:

* :func:`names_an_observance` says whether the span ``start:end`` of ``text`` lies inside a
  listed observance's name written there (``Yom Kippur``, ``Eid al-Fitr``, ``Rosh
  Hashanah``, ``ヨム・キプール``, ``過越祭``); the analyzer drops a PERSON finding that does;
* :func:`observance_at` gives the listed name that starts at ``start`` (used by the
  special-care reader: a holiday counts as a person's faith only when someone practises it,
  ``I'm fasting for Ramadan``, ``we observe Yom Kippur``, not when a calendar, a party or a
  closure is about it).

The names are general calendar vocabulary written by the team (Jewish, Islamic, Hindu,
Sikh, Buddhist, Christian and East Asian festivals in English spellings and katakana or
kanji), not taken from any evaluation data. English names match whole words, ignoring case;
Japanese names match as written. Pure; never raises.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["names_an_observance", "observance_at"]

_ENGLISH: Final = (
    # Jewish
    "Yom Kippur", "Rosh Hashanah", "Rosh Hashana", "Sukkot", "Succot", "Simchat Torah",
    "Shemini Atzeret", "Hanukkah", "Chanukah", "Hanukah", "Purim", "Passover", "Pesach",
    "Shavuot", "Tisha B'Av", "Tu BiShvat", "Lag BaOmer", "Yom HaShoah",
    # Islamic
    "Eid al-Fitr", "Eid al-Adha", "Eid ul-Fitr", "Eid ul-Adha", "Eid al Fitr", "Eid al Adha",
    "Eid Mubarak", "Ramadan", "Ramzan", "Laylat al-Qadr", "Mawlid", "Ashura", "Hari Raya",
    "Hari Raya Puasa", "Hari Raya Haji", "Lebaran",
    # Hindu, Sikh, Jain, Buddhist
    "Diwali", "Deepavali", "Holi", "Navratri", "Durga Puja", "Dussehra", "Ganesh Chaturthi",
    "Janmashtami", "Raksha Bandhan", "Onam", "Pongal", "Makar Sankranti", "Thaipusam",
    "Vaisakhi", "Baisakhi", "Gurpurab", "Guru Nanak Jayanti", "Mahavir Jayanti", "Vesak",
    "Wesak", "Bodhi Day", "Losar", "Obon",
    # Christian
    "Christmas", "Christmas Eve", "Christmas Day", "Orthodox Christmas", "Easter",
    "Easter Sunday", "Easter Monday", "Good Friday", "Holy Week", "Palm Sunday",
    "Ash Wednesday", "Pentecost", "Whit Monday", "Ascension Day", "All Saints' Day",
    "Epiphany", "Advent", "Lent", "Boxing Day", "Orthodox Easter", "Corpus Christi",
    # East Asian and other
    "Lunar New Year", "Chinese New Year", "Mid-Autumn Festival", "Chuseok", "Seollal",
    "Tet", "Songkran", "Nowruz", "Norooz", "Kwanzaa", "Thanksgiving", "Juneteenth",
)  # fmt: skip
_JAPANESE: Final = (
    "ヨム・キプール", "ヨムキプール", "ヨム・キプル", "ヨムキプル", "贖罪の日", "ロシュ・ハシャナ",
    "ロシュハシャナ", "スコット", "仮庵の祭り", "ハヌカ", "ハヌカー", "プーリム", "過越祭",
    "過越の祭り", "ペサハ", "シャブオット", "ラマダン", "ラマダーン", "イード", "断食明け",
    "犠牲祭", "ディワリ", "ディーワーリー", "ホーリー祭", "ヴェサク", "灌仏会", "花まつり",
    "クリスマス", "クリスマスイブ", "イースター", "復活祭", "聖金曜日", "受難日", "降誕祭",
    "四旬節", "春節", "旧正月", "中秋節", "お盆", "盂蘭盆会", "彼岸", "お彼岸", "七五三",
    "ソンクラーン", "ノウルーズ", "感謝祭",
)  # fmt: skip


def _english_pattern(names: tuple[str, ...]) -> str:
    parts = []
    for name in sorted(names, key=len, reverse=True):
        # a space, a hyphen or nothing between words (Eid al Fitr, Eid-al-Fitr), straight or
        # curly apostrophes
        words = [re.escape(w).replace("'", "['’]") for w in re.split(r"[ -]", name)]
        parts.append(r"[ -]?".join(words) if len(words) > 1 else words[0])
    return r"(?<![A-Za-z])(?:" + "|".join(parts) + r")(?![A-Za-z])"


_OBSERVANCE: Final = re.compile(
    "(?:"
    + _english_pattern(_ENGLISH)
    + "|"
    + "|".join(re.escape(n) for n in sorted(_JAPANESE, key=len, reverse=True))
    + ")",
    re.IGNORECASE,
)
_REACH: Final = 24
"""How far before a span to look for an observance's name that holds it."""


def observance_at(text: str, start: int) -> int | None:
    """The end of a listed observance's name that starts at ``start``, or None."""
    match = _OBSERVANCE.match(text, start)
    return None if match is None else match.end()


def names_an_observance(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a listed observance's name (module docstring)."""
    for match in _OBSERVANCE.finditer(text, max(0, start - _REACH), min(len(text), end + _REACH)):
        if match.start() <= start and end <= match.end():
            return True
    return False
