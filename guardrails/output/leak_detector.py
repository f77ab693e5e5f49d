"""Verbatim copies of a protected text (the system prompt, the FAQ context) in an answer.

What is measured, for every character of the answer: the longest stretch of the answer
ending at that character which also occurs somewhere in the protected text (its *run*).
:class:`ProtectedText` answers that in one of two ways, with the same result:

* by substring search: the run in hand plus the next character, shortened from the front
  until the protected text contains it (``str.__contains__``, C speed). Cheap while the
  answer is short: a new FAQ context's first answer costs tens of microseconds;
* by a suffix automaton of the protected text: a small state machine that, fed the answer
  one character at a time, always knows that stretch. Building it costs about 3 µs per
  character of the protected text (2 ms for a three-entry FAQ context), after which each
  answer character costs a dictionary step whatever the text's length. It is built once
  the text is used again (:class:`ProtectedTextCache`: system prompts and popular
  contexts repeat) or once answers walked over it reach :data:`BUILD_AFTER_CHARS`
  characters (a long answer), and is read-only afterwards.

One instance may be shared by any number of answers and threads (cache it per text).

:class:`LeakTracker` follows one answer through it, segment by segment:

* ``run`` — the longest copied run so far that ends inside the segment (runs carry over
  from earlier segments: a copy split by a segment cut is still one run);
* ``share`` — characters of the answer that lie in copied runs of at least ``share_run``
  characters, over the protected text's length (capped at 1).

Both texts are compared as NFKC with whitespace removed and letters case-folded, so
re-spacing or switching width does not hide a copy. A placeholder (``<PHONE_NUMBER_1>``, the
default ``<{type}_{n}>`` form, any width or case) counts as one character of its own in
both: it stands for one value, not for prompt text. Before, a system prompt's contact line
(``問い合わせ先: 電話 <PHONE_NUMBER_1> / メール <EMAIL_ADDRESS_1>``) given back by the model
was 33 of the short prompt's ~50 characters copied in runs of 16 or more, and the answer was
stopped as a prompt leak; a run that copies prompt text through a placeholder is still one
run.

Failure behaviour: pure computation on strings; does not raise.
"""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
import zlib
from collections import OrderedDict
from dataclasses import dataclass

__all__ = [
    "BUILD_AFTER_CHARS",
    "LeakTracker",
    "ProtectedText",
    "ProtectedTextCache",
    "SegmentOverlap",
    "comparable",
]

BUILD_AFTER_CHARS = 512
"""Answer characters walked over a protected text by substring search before its automaton
is built: about where the searches (a few per character, each over the whole text) start
to cost more than building once (measured on three-entry FAQ contexts of ~670 characters:
a 790-character copying answer 1.3 ms by search, 0.2 ms plus a 1.8 ms build by automaton)."""


#: A placeholder of the default form as :func:`comparable` leaves it (NFKC, case-folded,
#: no spaces): label, number, and the letter of another spelling (``<phone_number_1b>``).
_PLACEHOLDER = re.compile(r"<[a-z][a-z0-9_]{0,63}_\d{1,6}[a-z]?>")
#: Placeholders become one character of Unicode's supplementary private use area A.
_SYMBOLS = 0xFFFE


def _symbol(match: re.Match[str]) -> str:
    return chr(0xF0000 + zlib.crc32(match.group(0).encode()) % _SYMBOLS)


def comparable(text: str) -> str:
    """The form both texts are compared in: NFKC, case-folded, without whitespace, each
    placeholder one character."""
    # str.split() splits at exactly the characters str.isspace() accepts.
    folded = "".join(unicodedata.normalize("NFKC", text).casefold().split())
    return _PLACEHOLDER.sub(_symbol, folded) if "<" in folded else folded


class _Automaton:
    """The suffix automaton of a (comparable) text: per state its outgoing transitions,
    suffix link and the length of the longest string it stands for; state 0 is the root."""

    __slots__ = ("lengths", "links", "nexts")

    def __init__(self, folded: str) -> None:
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
        self.nexts = nexts
        self.links = links
        self.lengths = lengths

    def walk(self, text: str, tail: str) -> tuple[str, list[int]]:
        """Feed ``text`` after ``tail`` (the run in hand, a substring of the text):
        the run after each character, and the run in hand at the end."""
        nexts, links, lengths = self.nexts, self.links, self.lengths
        state = 0
        for char in tail:  # the state standing for the run in hand
            state = nexts[state][char]
        matched = len(tail)
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
        return _tail(tail, text, matched), runs


def _tail(tail: str, text: str, matched: int) -> str:
    """The last ``matched`` characters of ``tail + text``."""
    if matched <= len(text):
        return text[len(text) - matched :]
    return (tail + text)[-matched:]


class ProtectedText:
    """One protected text, searched by substring or by its automaton; see the module
    docstring. Thread-safe: the automaton is built at most once and only published whole."""

    __slots__ = ("_automaton", "_build_lock", "_folded", "_walked", "length")

    def __init__(self, text: str) -> None:
        self._folded = comparable(text)
        self.length = len(self._folded)
        """Characters of the protected text as compared."""
        self._automaton: _Automaton | None = None
        self._build_lock = threading.Lock()
        # Answer characters walked by substring search (racy counts only move the build).
        self._walked = 0

    @property
    def built(self) -> bool:
        """Whether the automaton is built."""
        return self._automaton is not None

    def build(self) -> None:
        """Build the automaton now, unless it is built (or being built: waits for it)."""
        if self._automaton is not None:
            return
        with self._build_lock:
            if self._automaton is None:
                self._automaton = _Automaton(self._folded)

    def walk(self, text: str, tail: str) -> tuple[str, list[int]]:
        """Feed ``text`` (already :func:`comparable`) after ``tail``, the run in hand (the
        last characters of the answer so far that occur in the protected text; ``""`` at
        the start): the run after each character, and the run in hand at the end."""
        automaton = self._automaton
        if automaton is None and self._walked + len(text) >= BUILD_AFTER_CHARS:
            self.build()
            automaton = self._automaton
        if automaton is not None:
            return automaton.walk(text, tail)
        self._walked += len(text)
        folded = self._folded
        runs: list[int] = []
        for char in text:
            # The run ending here is the run in hand plus this character, shortened from
            # the front until it occurs (a substring of an occurring string occurs).
            tail += char
            while tail not in folded:
                tail = tail[1:]
            runs.append(len(tail))
        return tail, runs


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
        "_position",
        "_protected",
        "_share_run",
        "_tail",
    )

    def __init__(self, protected: ProtectedText, *, share_run: int) -> None:
        self._protected = protected
        self._share_run = share_run
        self._tail = ""
        self._position = 0
        self._counted_to = 0
        self._copied = 0

    def segment(self, text: str) -> SegmentOverlap:
        """Advance over the next segment of the answer."""
        self._tail, runs = self._protected.walk(comparable(text), self._tail)
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
    """Protected texts by a digest of their text, the least recently used dropped first.

    System prompts and FAQ contexts repeat across requests: a text is kept from its first
    use, and its automaton is built when it is asked for again (a one-off FAQ context's
    answer is checked by substring search, without a build). Thread-safe (filters use it
    from worker threads).
    """

    def __init__(self, entries: int = 64) -> None:
        self._entries = entries
        self._texts: OrderedDict[bytes, ProtectedText] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, text: str, *, build: bool = True) -> ProtectedText:
        """``text`` as a :class:`ProtectedText`: a new one (no automaton yet) on a miss; a
        cached one otherwise, its automaton built now when ``build`` (the text's use by
        another request). ``build=False`` is for a second look within the same use (the
        filter after its request's preparation): the text is returned as it is."""
        key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        with self._lock:
            found = self._texts.get(key)
            if found is not None:
                self._texts.move_to_end(key)
        if found is not None:
            if build:
                found.build()
            return found
        made = ProtectedText(text)
        with self._lock:
            self._texts[key] = made
            while len(self._texts) > self._entries:
                self._texts.popitem(last=False)
        return made
