"""Ordinary English words that are not names even when capitalised (``english_words.txt``).

Sudachi tags some capitalised English words as names at the start of a sentence (``Last``
week, ``May`` I, ``Hope`` this helps), and a sign-off can be followed by a team rather than
a person (``Best regards, Customer Care``). A name candidate made only of such words is
not a name unless an honorific, title or cue says otherwise; callers decide that.
"""

from __future__ import annotations

import re
from typing import Final

from guardrails.pii.recognizers.word_list import load_word_list

__all__ = ["COMMON_ENGLISH_WORDS", "only_common_english"]

COMMON_ENGLISH_WORDS: Final = frozenset(w.lower() for w in load_word_list("english_words"))
_WORD: Final = re.compile(r"[A-Za-z]+")


def only_common_english(text: str) -> bool:
    """True when ``text`` is Latin words only (spaces, hyphens and an apostrophe allowed)
    and every one of them is an ordinary English word."""
    if not text.isascii():
        return False
    words = _WORD.findall(text)
    return bool(words) and all(w.lower() in COMMON_ENGLISH_WORDS for w in words)
