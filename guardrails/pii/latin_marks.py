"""Latin letters with diacritics folded to their base letters, one character for one.

``José Núñez`` → ``Jose Nunez``, ``Łukasz`` → ``Lukasz``, ``Søren`` → ``Soren``,
``Sigurðsson`` → ``Sigurdsson``, ``Weiß`` → ``Weis``: the name readers and word lists spell
names in plain letters, and a folded text keeps every offset of the original (thirty-second
round, issue 16). Pure; never raises.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

__all__ = ["MARKED_LATIN", "fold_marks"]

# Latin-1 Supplement letters, Latin Extended-A/B and Latin Extended Additional (Vietnamese).
MARKED_LATIN: Final = re.compile("[À-ÖØ-öø-ɏḀ-ỿ]")
# Letters with no decomposition that names carry (Ødegård, Łukasz, Sigurðsson, Þór, Đặng).
_EXTRA: Final = {
    "Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ð": "D", "ð": "d",
    "Þ": "T", "þ": "t", "ß": "s", "Æ": "A", "æ": "a", "Œ": "O", "œ": "o", "ı": "i",
    "Ħ": "H", "ħ": "h",
}  # fmt: skip
_FOLD: Final = {
    code: base
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))
    if (base := unicodedata.normalize("NFD", chr(code))[0]).isascii() and base.isalpha()
} | {ord(k): v for k, v in _EXTRA.items()}


def fold_marks(text: str) -> str:
    """``text`` with each marked Latin letter replaced by its base letter (same length)."""
    if MARKED_LATIN.search(text) is None:
        return text
    return text.translate(_FOLD)
