"""Cutting a stream of generated text into the segments the output filter checks.

A segment ends after the first boundary character (``。！？!?`` and newline by default); a
run of ``max_chars`` characters without one is cut anyway, so no more than about
``max_chars`` characters are ever held back. Such a cut goes after the last comma or space
in the run's second half when there is one; otherwise it backs off so as not to split a
run of letters, digits and the marks of e-mail addresses, numbers and placeholders (a
phone number cut in two could not be recognised).

The *first* segment of a text may end much earlier (``lead_chars``, 0 for never): from
its ``lead_chars``-th character on, after a comma (``、，,``), or where hiragana (a
particle, an inflection) is followed by anything else (お問い|合わせ, 山田さんの|ご住所);
between two hiragana only while the segment is all kana so far (はい|そう). The first
thing a client sees then waits for a few characters, not a whole sentence. Such a cut
never splits a run of kanji, katakana, letters or digits, nor a name from the hiragana
honorific after it (田中さん stays whole), so the checks read names, numbers, e-mail
addresses and placeholders whole; the rest of the sentence is checked as the next
segment (phrases across the cut are checked across it, as for any cut).

The segments depend only on the text, never on how it was split into pieces: a cut is
decided only once the characters it depends on (up to ``max_chars + 1``) have arrived. So
a stream and the same answer given whole are checked segment for segment alike.

Failure behaviour: pure string work; does not raise.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["JsonSegmenter", "Segmenter"]

_SOFT_BREAKS = frozenset("、，,;；:： 　\t")
_CLAUSE_BREAKS = frozenset("、，,")
_CONTINUING = frozenset("ぁぃぅぇぉっゃゅょゎゕゖーゝゞ゛゜")
"""Kana that continue the sound before them: a lead cut does not go before one."""
_NO_LEAD_CUT = -1
_WORD = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ@＠._\-－+＋/<>＜＞＿]")


class Segmenter:
    """Streaming segmentation of one text; see the module docstring."""

    __slots__ = ("_boundaries", "_buffer", "_lead", "_lead_ok", "_max_chars", "held_max")

    def __init__(
        self,
        boundaries: str,
        max_chars: int,
        lead_chars: int = 0,
        lead_ok: Callable[[str], bool] | None = None,
    ) -> None:
        """``lead_chars``: the fewest characters the first segment may end after at a
        lead cut (see the module docstring); 0: the first segment is cut like the rest.
        ``lead_ok`` may refuse a lead cut after the text it is given (the output filter:
        not in the middle of a banned keyword); it must depend on that text only."""
        if max_chars < 2:
            raise ValueError("max_chars must be at least 2")
        if lead_chars < 0:
            raise ValueError("lead_chars must be 0 or more")
        self._boundaries = frozenset(boundaries)
        self._max_chars = max_chars
        self._lead = lead_chars
        self._lead_ok = lead_ok
        self._buffer = ""
        self.held_max = 0
        """The most characters held at once (for the audit log and benchmarks)."""

    @property
    def held(self) -> int:
        """Characters held now."""
        return len(self._buffer)

    def feed(self, piece: str) -> list[str]:
        """Take the next piece; return the segments it completed (maybe none)."""
        self._buffer += piece
        self.held_max = max(self.held_max, len(self._buffer))
        segments: list[str] = []
        while (cut := self._cut()) is not None:
            segments.append(self._buffer[:cut])
            self._advance(segments[-1])
            self._buffer = self._buffer[cut:]
            self._lead = 0
        return segments

    def finish(self) -> list[str]:
        """The text ended: the segments still held (cut as they would have been)."""
        segments = []
        while len(self._buffer) > self._max_chars:
            cut = self._cut()
            assert cut is not None
            segments.append(self._buffer[:cut])
            self._advance(segments[-1])
            self._buffer = self._buffer[cut:]
            self._lead = 0
        if self._buffer:
            segments.append(self._buffer)
        self._buffer = ""
        self._lead = 0
        return segments

    def _advance(self, segment: str) -> None:
        """A segment was cut off the front of the held text (a hook for subclasses that
        carry state across segments)."""

    def _boundary(self, buffer: str, limit: int) -> int | None:
        """The end of the first segment that ends at a boundary within ``limit``."""
        for index, char in enumerate(buffer[:limit]):
            if char in self._boundaries:
                return index + 1
        return None

    def _lead_cut(self) -> int | None:
        """The first segment's early end: a position, None (not known yet) or
        :data:`_NO_LEAD_CUT` (none within ``max_chars``: cut as usual)."""
        buffer = self._buffer
        for end in range(1, self._max_chars):
            if end > len(buffer):
                return None
            char = buffer[end - 1]
            if char in self._boundaries:
                return end
            if end < self._lead:
                continue
            if char in _CLAUSE_BREAKS and (self._lead_ok is None or self._lead_ok(buffer[:end])):
                return end
            if end == len(buffer):
                return None
            following = buffer[end]
            if (
                not _hiragana(char)
                or char == "っ"  # (a geminate: the sound goes on into the next kana)
                or following in _CONTINUING
                or _punctuation(following)
            ):
                continue  # (before punctuation: the segment ends right after it anyway)
            splits = not _hiragana(following) or all(map(_kana, buffer[:end]))
            if splits and (self._lead_ok is None or self._lead_ok(buffer[:end])):
                return end
        return _NO_LEAD_CUT

    def _cut(self) -> int | None:
        """Where the held text's first segment ends, or None if that is not known yet."""
        if self._lead:
            lead = self._lead_cut()
            if lead != _NO_LEAD_CUT:
                return lead
        buffer, limit = self._buffer, self._max_chars
        boundary = self._boundary(buffer, limit)
        if boundary is not None:
            return boundary
        if len(buffer) <= limit:
            return None
        half = limit // 2
        for index in range(limit - 1, half - 1, -1):
            if buffer[index] in _SOFT_BREAKS:
                return index + 1
        cut = limit
        while cut > half and self._splits_word(cut):
            cut -= 1
        # A run longer than half the limit is cut at the limit after all.
        return limit if self._splits_word(cut) else cut

    def _splits_word(self, cut: int) -> bool:
        buffer = self._buffer
        return bool(_WORD.match(buffer[cut - 1]) and _WORD.match(buffer[cut]))


def _hiragana(char: str) -> bool:
    return "\u3041" <= char <= "\u309f"


def _punctuation(char: str) -> bool:
    return char in _SOFT_BREAKS or char in "。！？!?「」『』（）()・…\n"


def _kana(char: str) -> bool:
    """Hiragana, or punctuation and spaces (nothing a name or number is written in)."""
    return _hiragana(char) or _punctuation(char)


class JsonSegmenter(Segmenter):
    """Segments of a tool call's JSON arguments: a segment ends after each ``,``, ``}`` or
    ``]`` outside a string, so arguments are released value by value as they are checked
    (a sentence boundary almost never comes in JSON, and holding a whole call back until it
    ends delays it for nothing). A string value longer than ``max_chars`` is cut like text.
    Commas inside string values never cut: a value (an address, a name) stays whole for the
    checks."""

    __slots__ = ("_escaped", "_in_string")

    def __init__(self, max_chars: int) -> None:
        super().__init__(",}]", max_chars)
        self._in_string = False
        self._escaped = False

    def _boundary(self, buffer: str, limit: int) -> int | None:
        in_string, escaped = self._in_string, self._escaped
        for index, char in enumerate(buffer[:limit]):
            if in_string:
                if escaped:
                    escaped = False
                elif char == "\\":
                    escaped = True
                elif char == '"':
                    in_string = False
            elif char == '"':
                in_string = True
            elif char in self._boundaries:
                return index + 1
        return None

    def _advance(self, segment: str) -> None:
        for char in segment:
            if self._in_string:
                if self._escaped:
                    self._escaped = False
                elif char == "\\":
                    self._escaped = True
                elif char == '"':
                    self._in_string = False
            elif char == '"':
                self._in_string = True
