"""Japanese text → space-separated terms for Milvus's BM25 function.

Milvus Lite has no Japanese analyzer, so BM25 fields are tokenised here with SudachiPy and
stored space-joined; Milvus's own analyzer (``standard`` in Milvus Lite, ``whitespace`` in
Milvus standalone) then only splits on the spaces. Queries go through the same function,
so documents and queries always agree on the terms.

Options: the split mode (A short units, B middle, C long named entities), Sudachi's
normalised form (``附属`` / ``付属`` → one term, full-width → half-width, lower case), and
the parts of speech dropped (particles and auxiliary verbs carry little for BM25).

Failure behaviour: a dictionary that cannot be loaded raises ``RuntimeError`` from
SudachiPy at construction; tokenising never fails on text.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Literal

from sudachipy import dictionary, tokenizer

__all__ = ["DEFAULT_DROPPED_POS", "SudachiTokenizer"]

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
        with self._lock:
            morphemes = self._tokenizer.tokenize(text, self._mode)
            out: list[str] = []
            for morpheme in morphemes:
                if morpheme.part_of_speech()[0] in self._dropped:
                    continue
                surface = morpheme.normalized_form() if self._normalized else morpheme.surface()
                term = surface.strip().lower()
                if term:
                    out.append(term)
        return out

    def joined(self, text: str) -> str:
        """:meth:`terms` joined by spaces, as stored in the BM25 text field."""
        return " ".join(self.terms(text))
