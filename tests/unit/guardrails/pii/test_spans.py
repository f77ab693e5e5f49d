"""The overlap look-ups agree with checking every span, on random spans."""

from __future__ import annotations

import random

import pytest

from guardrails.pii.spans import DisjointSpans, SpanIndex


def _brute(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


@pytest.mark.parametrize("seed", range(20))
def test_span_index_agrees_with_a_scan_of_every_span(seed: int) -> None:
    rng = random.Random(seed)
    spans = []
    for _ in range(rng.randint(0, 40)):
        start = rng.randint(0, 200)
        spans.append((start, start + rng.randint(1, 30)))  # overlapping freely
    index = SpanIndex(spans)
    for _ in range(300):
        start = rng.randint(0, 240)
        end = start + rng.randint(1, 20)
        assert index.overlaps(start, end) == _brute(spans, start, end), (spans, start, end)


@pytest.mark.parametrize("seed", range(20))
def test_disjoint_spans_agree_with_a_scan_while_spans_are_added(seed: int) -> None:
    rng = random.Random(seed)
    kept: list[tuple[int, int]] = []
    taken = DisjointSpans()
    for _ in range(400):
        start = rng.randint(0, 300)
        end = start + rng.randint(1, 12)
        expected = _brute(kept, start, end)
        assert taken.overlaps(start, end) == expected, (kept, start, end)
        if not expected:
            taken.add(start, end)
            kept.append((start, end))


def test_touching_spans_do_not_overlap() -> None:
    assert not SpanIndex([(0, 5)]).overlaps(5, 9)
    assert not SpanIndex([(5, 9)]).overlaps(0, 5)
    taken = DisjointSpans()
    taken.add(0, 5)
    assert not taken.overlaps(5, 9) and taken.overlaps(4, 6)
