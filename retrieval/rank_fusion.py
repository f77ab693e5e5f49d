"""Weighted reciprocal-rank fusion of the ranked lists one search produces.

A search of an index gives one list per dense vector field (``question``, ``answer``,
``question_answer``) and one for BM25. Each entry's fused score is

    sum over lists L that returned it of  weight(L) / (rrf_k + rank_L(entry))

(ranks from 1). A list with weight 0 is not searched at all. When only one list takes
part, the fused score is that list's own score (cosine similarity or BM25), so a
dense-only or BM25-only index keeps scores an operator can read.

Ties are broken by the order of first appearance in the lists (deterministic for a given
set of lists), never by id.

Failure behaviour: none; empty lists give an empty result.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from retrieval.milvus_store import ListScore, RankedList

__all__ = ["FusedEntry", "fuse"]


@dataclass(frozen=True, slots=True)
class FusedEntry:
    """One entry after fusion: its id, fused score and where each list ranked it."""

    id: str
    score: float
    explain: tuple[ListScore, ...]


def fuse(
    lists: Sequence[RankedList],
    *,
    weights: Mapping[str, float],
    rrf_k: int,
    explained: int | None = None,
) -> list[FusedEntry]:
    """Entries of ``lists`` best first by weighted RRF; a list missing from ``weights``
    weighs 1.0. ``explained``: only the best that many entries carry their per-list
    ranks (the others an empty ``explain``); None: all. A search fuses ~400 entries to
    keep a few, and building every entry's explanation was most of the fusion's cost."""
    active = [ranked for ranked in lists if weights.get(ranked.name, 1.0) > 0]
    single = len(active) == 1
    scores: dict[str, float] = {}
    for ranked in active:
        if single:
            for entry_id, score in zip(ranked.ids, ranked.scores, strict=True):
                scores[entry_id] = scores.get(entry_id, 0.0) + score
            continue
        weight = weights.get(ranked.name, 1.0)
        for rank, entry_id in enumerate(ranked.ids, 1):
            scores[entry_id] = scores.get(entry_id, 0.0) + weight / (rrf_k + rank)
    # sorted() is stable and a dict iterates in insertion order: ties keep the order of
    # first appearance.
    ranked_ids = sorted(scores, key=lambda entry_id: -scores[entry_id])
    count = len(ranked_ids) if explained is None else min(explained, len(ranked_ids))
    positions = [
        (ranked, {entry_id: i for i, entry_id in enumerate(ranked.ids)})
        for ranked in (active if count else ())
    ]
    out = []
    for n, entry_id in enumerate(ranked_ids):
        explain: tuple[ListScore, ...] = ()
        if n < count:
            explain = tuple(
                ListScore(ranked.name, i + 1, ranked.scores[i])
                for ranked, where in positions
                if (i := where.get(entry_id, -1)) >= 0
            )
        out.append(FusedEntry(entry_id, scores[entry_id], explain))
    return out
