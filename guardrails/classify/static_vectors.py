"""GiNZA's static Japanese word vectors, as a cheap sentence vector.

``ja_ginza`` ships 20,000 chiVe word vectors (300 dimensions) with its tokenizer
(SudachiPy). A text's vector is the normalised mean of the vectors of its words (looked up
by Sudachi's normalised form, then the surface form); punctuation and spaces are skipped.
This costs about a millisecond for a question, against 25–50 ms for a multilingual-e5
embedding on CPU, and is used only to let clearly ordinary text skip that embedding (see
:mod:`guardrails.classify.prescreen`).

The model is loaded once per process, on first use, with none of its neural components.
Tokenisation is serialised with a lock (SudachiPy tokenizers are not shared between
threads safely).

Failure behaviour: :class:`OSError` when ``ja_ginza`` is not installed.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

__all__ = ["StaticText", "StaticVectors", "share_vocab", "static_vectors"]

_PIPES = (
    "tok2vec",
    "parser",
    "ner",
    "morphologizer",
    "compound_splitter",
    "bunsetu_recognizer",
    "attribute_ruler",
)


@dataclass(frozen=True, slots=True)
class StaticText:
    """One text as static vectors see it."""

    vector: np.ndarray
    """Unit-length mean word vector (all zeros when no word has a vector)."""
    words: int
    """Words counted (punctuation and spaces skipped)."""
    unknown: int
    """Words without a vector."""


class StaticVectors:
    """Mean word vectors over a spaCy ``nlp`` object's tokenizer and vocabulary vectors."""

    def __init__(self, nlp: Any) -> None:
        self._nlp = nlp
        self._vectors = nlp.vocab.vectors
        self._strings = nlp.vocab.strings
        self._lock = threading.Lock()
        # spaCy's Japanese tokenizer in split mode B or C also splits every word again in
        # modes A (and B) for ``doc.user_data["sub_tokens"]``, which nothing here reads
        # (about a tenth of a question's read); the words and their forms are unchanged.
        if getattr(nlp.tokenizer, "need_subtokens", False):
            nlp.tokenizer.need_subtokens = False
        if self._vectors.shape[0] == 0:
            raise OSError("the spaCy model has no word vectors")

    @property
    def dimension(self) -> int:
        return int(self._vectors.shape[1])

    def read(self, text: str) -> StaticText:
        """``text`` as a :class:`StaticText`; any length (tokenized in pieces)."""
        with self._lock:
            docs = [self._nlp.tokenizer(piece) for piece in _pieces(text)]
        rows: list[np.ndarray] = []
        words = unknown = 0
        for token in (token for doc in docs for token in doc):
            if token.is_space or token.is_punct:
                continue
            words += 1
            row = self._row(token.norm_)
            if row < 0:
                row = self._row(token.text)
            if row < 0:
                unknown += 1
                continue
            rows.append(self._vectors.data[row])
        if not rows:
            return StaticText(np.zeros(self.dimension, dtype=np.float32), words, unknown)
        mean = np.mean(rows, axis=0)
        norm = float(np.linalg.norm(mean))
        vector = (mean / norm if norm else mean).astype(np.float32)
        return StaticText(vector, words, unknown)

    def _row(self, word: str) -> int:
        if word not in self._strings:
            return -1
        row = self._vectors.find(key=word)
        return int(row) if row is not None else -1


_shared_vocabs: dict[str, Any] = {}


def share_vocab(model_name: str, vocab: Any) -> None:
    """Let :func:`static_vectors` reuse ``vocab``, the vocabulary of ``model_name`` that
    another component of this process has loaded already (the PII engine's GiNZA), instead
    of reading the vocabulary and its vectors from disk a second time (about 1.3 CPU-s and
    200 MB per process). Has no effect once :func:`static_vectors` has loaded the model.
    The vocabulary only gains entries as texts are tokenized (spaCy adds one per new word,
    under the GIL; two threads meeting on one new word at worst make two equal entries), so
    sharing it changes no vector."""
    _shared_vocabs[model_name] = vocab


@cache
def static_vectors(model_name: str = "ja_ginza") -> StaticVectors:
    """The process's :class:`StaticVectors` for ``model_name`` (loaded on first call)."""
    import spacy

    vocab = _shared_vocabs.get(model_name)
    try:
        if vocab is None:
            nlp = spacy.load(model_name, exclude=list(_PIPES))
        else:
            nlp = spacy.load(model_name, vocab=vocab, exclude=[*_PIPES, "vocab"])
    except OSError as exc:
        raise OSError(f"the GiNZA model {model_name} is not installed") from exc
    return StaticVectors(nlp)


#: Characters tokenized at once. SudachiPy refuses inputs over about 49 KB of UTF-8; 8,000
#: characters are at most 32 KB. A word cut at a piece boundary is one word in 8,000.
_PIECE_CHARS = 8000


def _pieces(text: str) -> list[str]:
    """``text`` in pieces the tokenizer accepts."""
    return [text[start : start + _PIECE_CHARS] for start in range(0, len(text), _PIECE_CHARS)]
