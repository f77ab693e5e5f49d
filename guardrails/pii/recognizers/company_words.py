"""Romaji and English company-name endings (``person_words/romaji_org_words.txt``).

A surname is often a company's name too: ``Yamada Denki``, ``Suzuki Motor``, ``Kobayashi
Pharmaceutical``. A PERSON span whose last Latin word is such an ending, or that is
followed by one, names the company, not a person (the Japanese endings, 田中工業, are read
by :mod:`guardrails.pii.recognizers.person` from ``org_or_place_heads.txt``).
"""

from __future__ import annotations

import re
from typing import Final

from guardrails.pii.recognizers.word_list import load_word_list

__all__ = ["is_company_name"]

_ENDINGS: Final = frozenset(w.lower() for w in load_word_list("romaji_org_words"))
_LAST_WORD: Final = re.compile(r"([A-Za-z]+)\.?\s*$")
_NEXT_WORD: Final = re.compile(r"[ \u3000]+([A-Za-z]+)")


def is_company_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` ends in a company ending or is followed by one."""
    last = _LAST_WORD.search(text, start, end)
    if last is not None and last.group(1).lower() in _ENDINGS and last.start(1) > start:
        return True
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1).lower() in _ENDINGS
