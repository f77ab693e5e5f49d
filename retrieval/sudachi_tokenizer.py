"""Japanese text → space-separated terms for Milvus's BM25 function.

Milvus Lite has no Japanese analyzer, so BM25 fields are tokenised here with SudachiPy and
stored space-joined; Milvus's own analyzer (``standard`` in Milvus Lite, ``whitespace`` in
Milvus standalone) then only splits on the spaces. Queries go through the same function,
so documents and queries always agree on the terms.

Options: the split mode (A short units, B middle, C long named entities), Sudachi's
normalised form (``附属`` / ``付属`` → one term, full-width → half-width, lower case), and
the parts of speech dropped (particles and auxiliary verbs carry little for BM25).

SudachiPy refuses an input of more than about 49 kB of UTF-8; a long text (an FAQ answer
of a manual's length) is tokenised in pieces of at most :data:`MAX_PIECE` characters, cut
after a line break or a sentence end (else a space) where one is near, so text of any
length gets its terms and shorter text is tokenised exactly as before.

Failure behaviour: a dictionary that cannot be loaded raises ``RuntimeError`` from
SudachiPy at construction; tokenising never fails on text.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Literal

from sudachipy import dictionary, tokenizer

__all__ = ["DEFAULT_DROPPED_POS", "MAX_PIECE", "SudachiTokenizer", "pieces"]

#: Characters per SudachiPy call: 4 bytes each at most in UTF-8, far below its ~49 kB limit.
MAX_PIECE = 8000
# Where a long text is best cut: after a line break or a sentence end, else after a space.
_BREAKS = ("\n", "。", "！", "？", "!", "?", ". ", " ", "\u3000")

#: Parts of speech (Sudachi's first POS level) left out of BM25 terms by default.
DEFAULT_DROPPED_POS: tuple[str, ...] = ("助詞", "助動詞", "補助記号", "空白", "記号")

_MODES = {
    "A": tokenizer.Tokenizer.SplitMode.A,
    "B": tokenizer.Tokenizer.SplitMode.B,
    "C": tokenizer.Tokenizer.SplitMode.C,
}


class SudachiTokenizer:
    """Turns text into BM25 terms. Safe to share between threads (calls are serialised)."""

    def __init__(
        self,
        *,
        mode: Literal["A", "B", "C"] = "B",
        normalized: bool = True,
        dropped_pos: Iterable[str] = DEFAULT_DROPPED_POS,
    ) -> None:
        self._tokenizer = dictionary.Dictionary(dict="core").create()
        self._mode = _MODES[mode]
        self._normalized = normalized
        self._dropped = frozenset(dropped_pos)
        dropped = ",".join(sorted(self._dropped))
        self.recipe = f"sudachi-core/{mode}/norm={int(normalized)}/drop={dropped}"
        """Describes the settings; part of the content hash of indexed entries."""
        # SudachiPy's tokenizer object is not re-entrant.
        self._lock = threading.Lock()

    def terms(self, text: str) -> list[str]:
        """The BM25 terms of ``text``, in order (repeated terms are kept: BM25 counts them)."""
        out: list[str] = []
        with self._lock:
            for piece in pieces(text):
                for morpheme in self._tokenizer.tokenize(piece, self._mode):
                    if morpheme.part_of_speech()[0] in self._dropped:
                        continue
                    form = morpheme.normalized_form() if self._normalized else morpheme.surface()
                    term = form.strip().lower()
                    if term:
                        out.append(term)
        return out

    def names_a_person(self, text: str) -> bool:
        """Whether Sudachi reads a word of ``text`` as a person's name (part of speech
        固有名詞・人名: a surname or given name in its dictionary). The gateway's retrieval
        stage asks before embedding a query ahead of ``pii.pseudonymize``, which would
        most likely rewrite such a query (a wasted forward); about 0.015 ms for a
        15-character question."""
        with self._lock:
            for piece in pieces(text):
                for morpheme in self._tokenizer.tokenize(piece, self._mode):
                    if morpheme.part_of_speech()[2] == "人名":
                        return True
        return False

    def joined(self, text: str) -> str:
        """:meth:`terms` joined by spaces, as stored in the BM25 text field."""
        return " ".join(self.terms(text))


def pieces(text: str, limit: int = MAX_PIECE) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters for SudachiPy: after the
    last line break or sentence end in the second half of a piece, else the last space,
    else at the limit. Joined, the pieces are ``text``; a text within the limit is one
    piece."""
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = 0
        for mark in _BREAKS:
            at = window.rfind(mark)
            if at >= limit // 2:
                cut = at + len(mark)
                break
        if cut == 0:
            cut = limit
        out.append(text[start : start + cut])
        start += cut
    out.append(text[start:])
    return out
