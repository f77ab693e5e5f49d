"""Long texts cut into overlapping chunks for PII analysis, and the findings joined again.

The PII stage hands the analyzer bounded pieces of work: every text of a request is cut
into chunks of at most ``size`` characters, and chunks go to the worker thread in units of
about ``size`` characters. Between units the analyzer is released, so that other requests'
analysis interleaves with a long one (the analyzer's limiter is first come, first served),
and a request whose client has left stops after the unit in hand (its task is cancelled
at the next await).

Chunks overlap by ``overlap`` characters and end, where one is near, after a line break,
a sentence end or a space, so that a value cut at one chunk's end is whole in the next.
:func:`join_findings` shifts the chunks' findings back to offsets in the whole text and,
where two overlap (the same value seen by two chunks, or a value the first chunk saw
only the start of), keeps the longer one.

Failure behaviour: none; pure functions on strings and findings.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from guardrails.pii.findings import PiiFinding

__all__ = ["Chunk", "chunk_ranges", "join_findings", "work_units"]

_BREAKS = "\n。．！？!?.、， "


@dataclass(frozen=True, slots=True)
class Chunk:
    """Characters ``start:end`` of text number ``text`` of a request."""

    text: int
    start: int
    end: int

    @property
    def size(self) -> int:
        return self.end - self.start


def chunk_ranges(length: int, text: str, *, size: int, overlap: int) -> list[tuple[int, int]]:
    """``(start, end)`` ranges that cover ``text[:length]`` in chunks of at most ``size``
    characters, each starting ``overlap`` characters before the previous one ended."""
    if overlap * 2 >= size:
        raise ValueError("overlap must be under half the chunk size")
    ranges: list[tuple[int, int]] = []
    start = 0
    while start < length:
        end = min(length, start + size)
        if end < length:
            # Cut after a natural break in the last half of the chunk, if there is one.
            floor = start + size // 2
            cut = max(text.rfind(mark, floor, end) for mark in _BREAKS)
            if cut >= floor:
                end = cut + 1
        ranges.append((start, end))
        if end >= length:
            break
        start = end - overlap
    return ranges


def work_units(chunks: Iterable[Chunk], *, size: int) -> list[list[Chunk]]:
    """Consecutive chunks grouped into units of about ``size`` characters (a unit holds
    one long chunk, or many short texts: one thread hop for an ordinary request)."""
    units: list[list[Chunk]] = []
    current: list[Chunk] = []
    held = 0
    for chunk in chunks:
        if current and held + chunk.size > size:
            units.append(current)
            current, held = [], 0
        current.append(chunk)
        held += chunk.size
    if current:
        units.append(current)
    return units


def join_findings(parts: Sequence[tuple[int, Sequence[PiiFinding]]]) -> list[PiiFinding]:
    """The findings of one text from its chunks' ``(chunk start, findings)``: offsets in
    the whole text, sorted, without overlaps (of two overlapping spans the longer wins,
    then the higher score)."""
    shifted = sorted(
        (
            PiiFinding(f.start + offset, f.end + offset, f.entity_type, f.score)
            for offset, found in parts
            for f in found
        ),
        key=lambda f: (f.start, -(f.end - f.start), -f.score),
    )
    kept: list[PiiFinding] = []
    for finding in shifted:
        if kept and finding.start < kept[-1].end:
            last = kept[-1]
            if (finding.end - finding.start, finding.score) > (last.end - last.start, last.score):
                kept[-1] = finding
            continue
        kept.append(finding)
    return kept
