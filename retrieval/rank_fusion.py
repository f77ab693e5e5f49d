"""Weighted reciprocal-rank fusion of the ranked lists one search produces.

A search of an index gives one list per dense vector field (``question``, ``answer``,
``question_answer``) and one for BM25. Each entry's fused score is

    sum over lists L that returned it of  weight(L) / (rrf_k + rank_L(entry))

(ranks from 1). A list with weight 0 is not searched at all. When only one list takes
part, the fused score is that list's own score (cosine similarity or BM25), so a
dense-only or BM25-only index keeps scores an operator can read.

Score fusion (``fusion`` ``minmax`` or ``z``, the thirty-third round's measurement,
docs/retrieval.md): each list's scores are normalised over the list (``limit`` entries,
what each list contributes): min-max, ``(s - low) / (high - low)`` with ``low`` the list's
last score and 0 for an entry the list does not hold; or z, ``(s - mean) / std`` with an
entry the list does not hold at the value of its last. A list shorter than ``limit`` is
taken as padded to ``limit`` with its last score, BM25's with 0 (the score of an entry
sharing no term). The fused score is the weighted sum of the normalised scores
(``fusion_rrf`` None), or the RRF score plus ``fusion_rrf / (rrf_k + 1)`` times it.

Ties are broken by the order of first appearance in the lists (deterministic for a given
set of lists), never by id.

Failure behaviour: none; empty lists give an empty result.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from retrieval.milvus_store import ListScore, RankedList

__all__ = ["FUSIONS", "FusedEntry", "Fusion", "fuse"]

Fusion = Literal["rrf", "minmax", "z"]
FUSIONS: tuple[str, ...] = ("rrf", "minmax", "z")


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
    fusion: Fusion = "rrf",
    fusion_rrf: float | None = None,
    limit: int = 0,
) -> list[FusedEntry]:
    """Entries of ``lists`` best first by weighted RRF; a list missing from ``weights``
    weighs 1.0. ``explained``: only the best that many entries carry their per-list
    ranks (the others an empty ``explain``); None: all. A search fuses ~400 entries to
    keep a few, and building every entry's explanation was most of the fusion's cost.
    ``best``: only the best that many entries are returned (None: all), the same as the
    first ``best`` of the whole result. ``fusion``, ``fusion_rrf``, ``limit``: score
    fusion (module docstring; ``limit`` is the length each list was asked for)."""
    active = [ranked for ranked in lists if weights.get(ranked.name, 1.0) > 0]
    single = len(active) == 1
    scores: dict[str, float] = {}
    get = scores.get
    if fusion != "rrf" and not single:
        return _ranked(
            _score_fused(active, weights, rrf_k, fusion, fusion_rrf, limit), active, explained, best
        )
    for ranked in active:
        if single:
            for entry_id, score in zip(ranked.ids, ranked.scores, strict=True):
                scores[entry_id] = get(entry_id, 0.0) + score
            continue
        weight = weights.get(ranked.name, 1.0)
        # rank + rrf_k, ranks from 1: the same division, so the same sums, bit for bit.
        for rank, entry_id in enumerate(ranked.ids, rrf_k + 1):
            scores[entry_id] = get(entry_id, 0.0) + weight / rank
    return _ranked(scores, active, explained, best)


def _ranked(
    scores: dict[str, float],
    active: Sequence[RankedList],
    explained: int | None,
    best: int | None,
) -> list[FusedEntry]:
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


def _score_fused(
    active: Sequence[RankedList],
    weights: Mapping[str, float],
    rrf_k: int,
    fusion: Fusion,
    fusion_rrf: float | None,
    limit: int,
) -> dict[str, float]:
    """Each entry's score-fused score (module docstring), entries in order of first
    appearance."""
    scores: dict[str, float] = {}
    for ranked in active:
        for entry_id in ranked.ids:
            scores.setdefault(entry_id, 0.0)
    for ranked in active:
        weight = weights.get(ranked.name, 1.0)
        if not ranked.ids:
            continue
        listed = np.asarray(ranked.scores, dtype=np.float64)
        pad = max(limit - listed.shape[0], 0)
        low = 0.0 if ranked.name == "bm25" and pad else float(listed[-1])
        top = np.concatenate((listed, np.full(pad, low))) if pad else listed
        if fusion == "minmax":
            high = float(top.max())
            low = float(top.min())
            values = (listed - low) / max(high - low, 1e-12)
            outside = 0.0
        else:
            mean, std = float(top.mean()), max(float(top.std()), 1e-12)
            values = (listed - mean) / std
            outside = (float(top.min()) - mean) / std
        part = dict(zip(ranked.ids, (weight * values).tolist(), strict=True))
        for entry_id in scores:
            found = part.get(entry_id)
            scores[entry_id] += found if found is not None else weight * outside
    if fusion_rrf is None:
        return scores
    scale = fusion_rrf / (rrf_k + 1)
    rrf = dict.fromkeys(scores, 0.0)
    for ranked in active:
        weight = weights.get(ranked.name, 1.0)
        for rank, entry_id in enumerate(ranked.ids, rrf_k + 1):
            rrf[entry_id] += weight / rank
    return {entry_id: rrf[entry_id] + scale * score for entry_id, score in scores.items()}


def _explain(entry_id: str, lists: Sequence[RankedList]) -> tuple[ListScore, ...]:
    """Where each of ``lists`` ranked ``entry_id`` (ids are unique within a list)."""
    out = []
    for ranked in lists:
        if entry_id in ranked.ids:
            i = ranked.ids.index(entry_id)
            out.append(ListScore(ranked.name, i + 1, ranked.scores[i]))
    return tuple(out)
