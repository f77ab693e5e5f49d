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
    lists: Sequence[RankedList], *, weights: Mapping[str, float], rrf_k: int
) -> list[FusedEntry]:
    """Entries of ``lists`` best first by weighted RRF; a list missing from ``weights``
    weighs 1.0."""
    active = [ranked for ranked in lists if weights.get(ranked.name, 1.0) > 0]
    single = len(active) == 1
    scores: dict[str, float] = {}
    explain: dict[str, list[ListScore]] = {}
    for ranked in active:
        weight = weights.get(ranked.name, 1.0)
        for rank, (entry_id, score) in enumerate(zip(ranked.ids, ranked.scores, strict=True), 1):
            contribution = score if single else weight / (rrf_k + rank)
            scores[entry_id] = scores.get(entry_id, 0.0) + contribution
            explain.setdefault(entry_id, []).append(ListScore(ranked.name, rank, score))
    order = {entry_id: position for position, entry_id in enumerate(scores)}
    ranked_ids = sorted(scores, key=lambda entry_id: (-scores[entry_id], order[entry_id]))
    return [FusedEntry(i, scores[i], tuple(explain[i])) for i in ranked_ids]
