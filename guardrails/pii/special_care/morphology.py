"""SudachiPy morphemes for the special-care reader, independent of the NLP engine.

Contract: ``SudachiMorphology.tokenize(text)`` returns ``Morpheme`` values (surface, offsets
into ``text``, part of speech and the lemma spellings to look predicates up by) using the
finest split (mode A) so lexicon hits can be checked against word boundaries. One
dictionary is opened per instance, lazily, and each thread gets its own tokenizer because
SudachiPy tokenizers are not meant to be shared across threads. A missing dictionary
raises ``RuntimeError`` on first use (nothing is downloaded).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sudachipy import Dictionary, SplitMode

__all__ = ["Morpheme", "SudachiMorphology"]


@dataclass(frozen=True, slots=True)
class Morpheme:
    """One SudachiPy morpheme."""

    surface: str
    start: int
    end: int
    pos: str
    """Top-level part of speech (動詞, 名詞, 助詞, 助動詞 ...)."""
    pos_detail: str
    """Second level (接続助詞, 格助詞, 非自立可能, 固有名詞 ...)."""
    name: bool
    """Sudachi tags it as a person name (固有名詞/人名)."""
    lemmas: frozenset[str]
    """Surface, dictionary form and normalised form (服用し → 服用, 遭い → 遭う)."""


class SudachiMorphology:
    """Lazily opened SudachiPy dictionary with a tokenizer per thread."""

    def __init__(self, dictionary: str = "core") -> None:
        self._dictionary_name = dictionary
        self._dictionary: Dictionary | None = None
        self._lock = threading.Lock()
        self._local = threading.local()

    def _tokenizer(self) -> object:
        tokenizer = getattr(self._local, "tokenizer", None)
        if tokenizer is not None:
            return tokenizer
        with self._lock:
            if self._dictionary is None:
                try:
                    self._dictionary = Dictionary(dict=self._dictionary_name)
                except Exception as exc:  # SudachiPy raises plain exceptions for a bad dict
                    raise RuntimeError(
                        f"SudachiPy dictionary {self._dictionary_name!r} is not installed"
                    ) from exc
            tokenizer = self._dictionary.create(SplitMode.A)
        self._local.tokenizer = tokenizer
        return tokenizer

    def tokenize(self, text: str) -> list[Morpheme]:
        """Morphemes of ``text`` in order; whitespace-only morphemes are dropped."""
        tokenizer = self._tokenizer()
        morphemes: list[Morpheme] = []
        for morpheme in tokenizer.tokenize(text):  # type: ignore[attr-defined]
            surface = morpheme.surface()
            if not surface.strip():
                continue
            pos = morpheme.part_of_speech()
            morphemes.append(
                Morpheme(
                    surface=surface,
                    start=morpheme.begin(),
                    end=morpheme.end(),
                    pos=pos[0],
                    pos_detail=pos[1],
                    name=pos[2] == "人名",
                    lemmas=frozenset(
                        (surface, morpheme.dictionary_form(), morpheme.normalized_form())
                    ),
                )
            )
        return morphemes
