"""Verbatim copies of a protected text (the system prompt, the FAQ context) in an answer.

:class:`ProtectedText` builds a suffix automaton of the protected text once: a small state
machine that, fed the answer one character at a time, always knows the longest stretch
ending at that character which also occurs somewhere in the protected text. It is built in
time linear in the text's length and is read-only afterwards, so one instance may be
shared by any number of answers (cache it per text).

:class:`LeakTracker` follows one answer through it, segment by segment:

* ``run`` — the longest copied run so far that ends inside the segment (runs carry over
  from earlier segments: a copy split by a segment cut is still one run);
* ``share`` — characters of the answer that lie in copied runs of at least ``share_run``
  characters, over the protected text's length (capped at 1).

Both texts are compared as NFKC with whitespace removed and letters case-folded, so
re-spacing or switching width does not hide a copy.

Failure behaviour: pure computation on strings; does not raise.
"""

from __future__ import annotations

import hashlib
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass

__all__ = ["LeakTracker", "ProtectedText", "ProtectedTextCache", "SegmentOverlap", "comparable"]


def comparable(text: str) -> str:
    """The form both texts are compared in: NFKC, case-folded, without whitespace."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(char for char in folded if not char.isspace())


class ProtectedText:
    """A suffix automaton of one protected text; see the module docstring."""

    __slots__ = ("_lengths", "_links", "_next", "length")

    def __init__(self, text: str) -> None:
        folded = comparable(text)
        self.length = len(folded)
        """Characters of the protected text as compared."""
        # State 0 is the root; per state its outgoing transitions, suffix link and the
        # length of the longest string it stands for.
        nexts: list[dict[str, int]] = [{}]
        links = [-1]
        lengths = [0]
        last = 0
        for char in folded:
            current = len(nexts)
            nexts.append({})
            lengths.append(lengths[last] + 1)
            links.append(0)
            state = last
            while state != -1 and char not in nexts[state]:
                nexts[state][char] = current
                state = links[state]
            if state != -1:
                target = nexts[state][char]
                if lengths[state] + 1 == lengths[target]:
                    links[current] = target
                else:
                    clone = len(nexts)
                    nexts.append(dict(nexts[target]))
                    lengths.append(lengths[state] + 1)
                    links.append(links[target])
                    while state != -1 and nexts[state].get(char) == target:
                        nexts[state][char] = clone
                        state = links[state]
                    links[target] = links[current] = clone
            last = current
        self._next = nexts
        self._links = links
        self._lengths = lengths

    def walk(self, text: str, state: int, matched: int) -> tuple[int, int, list[int]]:
        """Feed ``text`` (already :func:`comparable`) from ``state`` with ``matched``
        characters of run in hand: the final state and run, and the run after each char."""
        nexts, links, lengths = self._next, self._links, self._lengths
        runs: list[int] = []
        for char in text:
            while state and char not in nexts[state]:
                state = links[state]
                matched = lengths[state]
            target = nexts[state].get(char)
            if target is None:
                state, matched = 0, 0
            else:
                state, matched = target, matched + 1
            runs.append(matched)
        return state, matched, runs


@dataclass(frozen=True, slots=True)
class SegmentOverlap:
    """What one segment of the answer copied: counts only, no text."""

    run: int
    """Longest copied run ending inside the segment (0: none)."""
    share: float
    """Share of the protected text copied by the answer so far, in long runs."""
    added: int
    """Characters of this segment counted towards ``share``."""


class LeakTracker:
    """One answer compared against one :class:`ProtectedText`."""

    __slots__ = (
        "_copied",
        "_counted_to",
        "_matched",
        "_position",
        "_protected",
        "_share_run",
        "_state",
    )

    def __init__(self, protected: ProtectedText, *, share_run: int) -> None:
        self._protected = protected
        self._share_run = share_run
        self._state = 0
        self._matched = 0
        self._position = 0
        self._counted_to = 0
        self._copied = 0

    def segment(self, text: str) -> SegmentOverlap:
        """Advance over the next segment of the answer."""
        self._state, self._matched, runs = self._protected.walk(
            comparable(text), self._state, self._matched
        )
        added = 0
        for run in runs:
            self._position += 1
            if run >= self._share_run:
                start = max(self._position - run, self._counted_to)
                added += self._position - start
                self._counted_to = self._position
        self._copied += added
        length = self._protected.length
        share = min(1.0, self._copied / length) if length else 0.0
        return SegmentOverlap(run=max(runs, default=0), share=share, added=added)


class ProtectedTextCache:
    """Built automata by a digest of their text, the least recently used dropped first.

    System prompts and FAQ contexts repeat across requests; building an automaton costs
    about 3 µs per character. Thread-safe (filters build them in worker threads).
    """

    def __init__(self, entries: int = 64) -> None:
        self._entries = entries
        self._built: OrderedDict[bytes, ProtectedText] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, text: str) -> ProtectedText:
        """The automaton of ``text``, built now if it is not cached."""
        key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        with self._lock:
            found = self._built.get(key)
            if found is not None:
                self._built.move_to_end(key)
                return found
        built = ProtectedText(text)
        with self._lock:
            self._built[key] = built
            while len(self._built) > self._entries:
                self._built.popitem(last=False)
        return built
