"""Cutting a stream of generated text into the segments the output filter checks.

A segment ends after the first boundary character (``。！？!?`` and newline by default); a
run of ``max_chars`` characters without one is cut anyway, so no more than about
``max_chars`` characters are ever held back. Such a cut goes after the last comma or space
in the run's second half when there is one; otherwise it backs off so as not to split a
run of letters, digits and the marks of e-mail addresses, numbers and placeholders (a
phone number cut in two could not be recognised).

The segments depend only on the text, never on how it was split into pieces: a cut is
decided only once the characters it depends on (up to ``max_chars + 1``) have arrived. So
a stream and the same answer given whole are checked segment for segment alike.

Failure behaviour: pure string work; does not raise.
"""

from __future__ import annotations

import re

__all__ = ["JsonSegmenter", "Segmenter"]

_SOFT_BREAKS = frozenset("、，,;；:： 　\t")
_WORD = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ@＠._\-－+＋/<>＜＞＿]")


class Segmenter:
    """Streaming segmentation of one text; see the module docstring."""

    __slots__ = ("_boundaries", "_buffer", "_max_chars", "held_max")

    def __init__(self, boundaries: str, max_chars: int) -> None:
        if max_chars < 2:
            raise ValueError("max_chars must be at least 2")
        self._boundaries = frozenset(boundaries)
        self._max_chars = max_chars
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
        if self._buffer:
            segments.append(self._buffer)
        self._buffer = ""
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

    def _cut(self) -> int | None:
        """Where the held text's first segment ends, or None if that is not known yet."""
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
