"""Overlap look-ups over many spans in O(log n) each.

Contract: ``SpanIndex(spans)`` indexes ``(start, end)`` pairs (they may overlap one
another); ``overlaps(start, end)`` is True when some indexed span shares a character with
``[start, end)``. Building costs O(n log n). Pure; never raises.

Why: checking each new finding against every finding kept so far is quadratic, and a
message that is one long list of names (``高橋、`` × 30,000 within ``pii.max_chars``) made
such checks take minutes of CPU.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import accumulate

__all__ = ["DisjointSpans", "SpanIndex"]


class SpanIndex:
    """A fixed set of spans: starts sorted, and the furthest end among each prefix."""

    __slots__ = ("_furthest", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._furthest = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        # Spans starting before ``end``; one of them reaches past ``start`` if the
        # furthest end among them does.
        count = bisect.bisect_left(self._starts, end)
        return count > 0 and self._furthest[count - 1] > start


class DisjointSpans:
    """Spans added one at a time, none overlapping another (the kept findings)."""

    __slots__ = ("_ends", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self._starts, start)
        if index > 0 and self._ends[index - 1] > start:
            return True
        return index < len(self._starts) and self._starts[index] < end

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none already added."""
        index = bisect.bisect_right(self._starts, start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)
