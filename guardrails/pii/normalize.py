"""NFKC normalisation that remembers where every normalised character came from.

Detection runs on NFKC text so that full-width digits (０９０), half-width katakana (ｶﾀｶﾅ),
full-width Latin letters and compatibility characters (㍻, ﬁ, ①) look like their plain forms
to the recognizers. Findings must still point into the text the client sent, so
:func:`normalize` returns a :class:`NormalizedText` that maps any span of the normalised text
back to the original characters.

Characters are normalised one cluster at a time, a cluster being a character plus the
combining marks that follow it (a half-width voiced mark ﾞ joins the kana before it), so a
span boundary never falls inside something the original text shows as one character. A
normalised span is mapped to the smallest original span that produced all of its characters.

Never raises for any ``str``; an empty text maps to an empty text, and lone surrogates
become U+FFFD (one for one, so offsets do not move).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final, Literal

__all__ = ["NormalizedText", "normalize"]

_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_FORM: Final[Literal["NFKC"]] = "NFKC"


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised text and the way back to the original.

    ``starts[i]``/``ends[i]`` are the original offsets of the cluster that produced
    normalised character ``i``; both are empty when normalisation changed nothing.
    """

    text: str
    original_length: int
    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()

    @property
    def is_identity(self) -> bool:
        """True when the normalised text is the original text."""
        return not self.starts

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised span ``[start, end)`` to a span of the original text.

        Offsets are clamped to the text, so the result is always a valid (possibly empty)
        span with ``start <= end``.
        """
        size = len(self.text)
        start = min(max(start, 0), size)
        end = min(max(end, start), size)
        if self.is_identity:
            return start, end
        if start == end:
            point = self.starts[start] if start < size else self.original_length
            return point, point
        return self.starts[start], self.ends[end - 1]


def _continues_cluster(char: str) -> bool:
    if unicodedata.combining(char):
        return True
    # Half-width (semi-)voiced marks are not combining but become combining marks.
    folded = unicodedata.normalize(_FORM, char)
    return bool(folded) and unicodedata.combining(folded[0]) != 0


def normalize(text: str) -> NormalizedText:
    """NFKC-normalise ``text`` and record the offset map (see the module docstring)."""
    # Lone surrogates (from JSON "\ud800" escapes) cannot be encoded for the tokenizer;
    # one replacement character each keeps every offset where it was.
    text = _SURROGATE.sub("\ufffd", text)
    if unicodedata.is_normalized(_FORM, text):
        return NormalizedText(text=text, original_length=len(text))
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    size = len(text)
    index = 0
    while index < size:
        stop = index + 1
        while stop < size and _continues_cluster(text[stop]):
            stop += 1
        cluster = text[index:stop]
        folded = (
            cluster
            if unicodedata.is_normalized(_FORM, cluster)
            else unicodedata.normalize(_FORM, cluster)
        )
        pieces.append(folded)
        starts.extend([index] * len(folded))
        ends.extend([stop] * len(folded))
        index = stop
    return NormalizedText(
        text="".join(pieces),
        original_length=size,
        starts=tuple(starts),
        ends=tuple(ends),
    )
