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
    best: int | None = None,
) -> list[FusedEntry]:
    """Entries of ``lists`` best first by weighted RRF; a list missing from ``weights``
    weighs 1.0. ``explained``: only the best that many entries carry their per-list
    ranks (the others an empty ``explain``); None: all. A search fuses ~400 entries to
    keep a few, and building every entry's explanation was most of the fusion's cost.
    ``best``: only the best that many entries are returned (None: all), the same as the
    first ``best`` of the whole result."""
    active = [ranked for ranked in lists if weights.get(ranked.name, 1.0) > 0]
    single = len(active) == 1
    scores: dict[str, float] = {}
    get = scores.get
    for ranked in active:
        if single:
            for entry_id, score in zip(ranked.ids, ranked.scores, strict=True):
                scores[entry_id] = get(entry_id, 0.0) + score
            continue
        weight = weights.get(ranked.name, 1.0)
        # rank + rrf_k, ranks from 1: the same division, so the same sums, bit for bit.
        for rank, entry_id in enumerate(ranked.ids, rrf_k + 1):
            scores[entry_id] = get(entry_id, 0.0) + weight / rank
    # sorted() is stable (reverse=True too) and a dict iterates in insertion order: ties
    # keep the order of first appearance.
    ranked_ids = sorted(scores, key=scores.__getitem__, reverse=True)
    if best is not None:
        del ranked_ids[max(best, 0) :]
    count = len(ranked_ids) if explained is None else min(explained, len(ranked_ids))
    out = [
        FusedEntry(entry_id, scores[entry_id], _explain(entry_id, active) if n < count else ())
        for n, entry_id in enumerate(ranked_ids)
    ]
    return out


def _explain(entry_id: str, lists: Sequence[RankedList]) -> tuple[ListScore, ...]:
    """Where each of ``lists`` ranked ``entry_id`` (ids are unique within a list)."""
    out = []
    for ranked in lists:
        if entry_id in ranked.ids:
            i = ranked.ids.index(entry_id)
            out.append(ListScore(ranked.name, i + 1, ranked.scores[i]))
    return tuple(out)
