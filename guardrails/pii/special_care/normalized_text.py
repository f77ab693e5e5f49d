"""NFKC-normalised text that remembers where each character came from.

Contract: ``NormalizedText.of(raw)`` folds full-width letters, digits and half-width katakana
(ＡＤＨＤ → ADHD, ｶﾞﾝ → ガン) so lexicons need one spelling, and ``to_raw(start, end)`` maps a
span of the normalised text back to the smallest raw span that produced it. Normalisation
is done character by character, so every normalised character has exactly one raw origin;
it never fails on any ``str``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

__all__ = ["NormalizedText"]


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised string and, per character, the index of its raw origin."""

    text: str
    origin: tuple[int, ...] | None
    """``origin[i]`` is the raw index of ``text[i]``; ``None`` when the mapping is identity."""
    raw_length: int

    @classmethod
    def of(cls, raw: str) -> NormalizedText:
        """Normalise ``raw``; cheap when NFKC leaves the text as it is (the common case)."""
        if unicodedata.is_normalized("NFKC", raw):
            return cls(raw, None, len(raw))
        pieces: list[str] = []
        origin: list[int] = []
        for index, char in enumerate(raw):
            folded = unicodedata.normalize("NFKC", char)
            if not folded:
                continue
            pieces.append(folded)
            origin.extend([index] * len(folded))
        return cls("".join(pieces), tuple(origin), len(raw))

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised span ``[start, end)`` to a raw span covering all its origins."""
        if self.origin is None:
            return start, end
        if start >= end:
            position = self.origin[start] if start < len(self.origin) else self.raw_length
            return position, position
        raw_start = self.origin[start]
        last = self.origin[end - 1]
        # Extend to the end of the raw character that produced the last normalised one;
        # half-width voiced kana (ｶﾞ) fold two raw characters into one.
        raw_end = self.origin[end] if end < len(self.origin) else self.raw_length
        return raw_start, max(raw_end, last + 1)
