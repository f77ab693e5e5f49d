"""The ``words`` list: chiVe static word vectors over an entry's BM25 terms (no model run).

``ja_ginza`` ships 20,000 pruned chiVe rows of 300 dimensions (480k normalised forms point
to them; the guard's prescreen loads the same table). An entry's *word vector* is the
IDF-weighted sum of the rows of its BM25 terms (the Sudachi terms stored in its
``bm25_text``, repeated terms counted each time), normalised; a query's is made the same
way from the BM25 terms the searcher makes of it anyway. Terms without a row add nothing;
a query term no entry holds weighs the largest IDF of the version.

The IDF table is ``log(1 + (N - n + 0.5) / (n + 0.5))`` over the version's own rows (n:
rows whose BM25 text holds the term, N: rows), computed from the stored BM25 texts, so it
is saved with the version by construction: the reindex job weighs the entries with the
table of the version it builds, and a searcher recomputes the same table from that
version's rows (:func:`idf_table`) when it reads the version. A reindex always recomputes
every entry's word vector (the table changes with the corpus; it costs well under a
second for 1,786 entries), while the e5 vectors are reused as before.

Measured in ``bench/faq_round33.py`` (docs/retrieval.md, "Thirty-third round"): with
min-max score fusion, Recall@10 0.794 held out against the RRF default's 0.778.

Failure behaviour: :class:`WordVectorsError` (a :class:`~retrieval.errors.RetrievalError`)
when ``ja_ginza``'s vectors cannot be read.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from retrieval.errors import RetrievalError

__all__ = [
    "WORDS_DIMENSION",
    "WORDS_LIST",
    "WordVectors",
    "WordVectorsError",
    "idf_table",
    "word_vectors",
]

WORDS_LIST = "words"
"""The ranked list's name (in weights, ``--explain`` and the collection's field)."""
WORDS_DIMENSION = 300
"""chiVe's dimension (ja_ginza 5.x)."""


class WordVectorsError(RetrievalError):
    """ja_ginza's chiVe word vectors are not installed or cannot be read."""


class WordVectors:
    """The chiVe rows, looked up by a term's string hash as spaCy stores them."""

    def __init__(self, keys: Mapping[int, int], table: npt.NDArray[np.float32]) -> None:
        self._keys = keys
        self._table = table
        self._hash_lock = threading.Lock()

    @classmethod
    def load(cls) -> WordVectors:
        try:
            import ja_ginza  # type: ignore[import-untyped]
            from spacy.vectors import Vectors

            base = Path(ja_ginza.__file__).parent
            vocab = next(base.glob("ja_ginza-*")) / "vocab"
            vectors = Vectors().from_disk(vocab)
            table = np.ascontiguousarray(np.asarray(vectors.data, dtype=np.float32))
            keys = vectors.key2row
        except (ImportError, OSError, StopIteration, ValueError) as exc:
            raise WordVectorsError(
                "the words list needs ja_ginza's chiVe vectors (pip package ja-ginza), which "
                f"cannot be read ({type(exc).__name__}); set word_vectors: false in the index "
                "definition to build without it"
            ) from exc
        if table.ndim != 2 or table.shape[1] != WORDS_DIMENSION:
            raise WordVectorsError(
                f"ja_ginza's vectors have shape {table.shape}, not (rows, {WORDS_DIMENSION})"
            )
        return cls(keys, table)

    @property
    def dimension(self) -> int:
        return int(self._table.shape[1])

    def row(self, term: str) -> int | None:
        from spacy.strings import hash_string  # type: ignore[attr-defined]

        return self._keys.get(int(hash_string(term)))

    def embed(
        self,
        texts: Sequence[Sequence[str]],
        idf: Mapping[str, float],
        fallback: float | None = None,
    ) -> npt.NDArray[np.float32]:
        """One unit-length vector per term list (zeros when no term has a row); a term
        ``idf`` lacks weighs ``fallback`` (None: the largest IDF of ``idf``, computed here:
        callers embedding many queries pass it)."""
        if fallback is None:
            fallback = max(idf.values(), default=1.0)
        rows: list[int] = []
        owners: list[int] = []
        weights: list[float] = []
        seen: dict[str, int | None] = {}
        for i, terms in enumerate(texts):
            for term in terms:
                if term not in seen:
                    seen[term] = self.row(term)
                row = seen[term]
                if row is not None:
                    rows.append(row)
                    owners.append(i)
                    weights.append(idf.get(term, fallback))
        out = np.zeros((len(texts), self._table.shape[1]), dtype=np.float64)
        if rows:
            picked = self._table[np.asarray(rows)].astype(np.float64)
            picked *= np.asarray(weights)[:, None]
            np.add.at(out, np.asarray(owners), picked)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        out = np.divide(out, norms, out=np.zeros_like(out), where=norms > 0)
        result: npt.NDArray[np.float32] = out.astype(np.float32)
        return result


def idf_table(bm25_texts: Iterable[str]) -> dict[str, float]:
    """The version's IDF per term from its rows' stored BM25 texts (Sudachi terms joined by
    spaces)."""
    df: dict[str, int] = {}
    count = 0
    for text in bm25_texts:
        count += 1
        for term in set(text.split()):
            df[term] = df.get(term, 0) + 1
    return {t: math.log1p((count - d + 0.5) / (d + 0.5)) for t, d in df.items()}


@cache
def word_vectors() -> WordVectors:
    """The chiVe table, read once per process (~3 CPU-s); :class:`WordVectorsError` when
    it cannot be read."""
    return WordVectors.load()
