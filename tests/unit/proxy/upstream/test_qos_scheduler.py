"""The waiting-queue order: urgent (least slack) first, then class, then shortest expected
job with a bounded number of bypasses; and the expected cost it orders by."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from proxy.access.qos import QosClass, QueuePolicy
from proxy.upstream.output_estimate import OutputEstimate
from proxy.upstream.qos_scheduler import Waiting, latest_start, ordered, pick, record_start

POLICY = QueuePolicy(shortest_job_first=True, max_bypass=2, urgent_slack_s=1.0)
INTERACTIVE = QosClass("interactive", 0, 0, 1.0, 10.0, 1.0, policy=POLICY)
BATCH = QosClass("batch", 1, 100, None, 600.0, 1.0, completion_deadline_s=None, policy=POLICY)
ESTIMATE = OutputEstimate(prior_output_tokens=100.0, prior_seconds_per_unit=0.1)


def _waiting(cls: QosClass, seq: int, *, max_tokens: int | None = None, at: float = 0.0) -> Waiting:
    cost = ESTIMATE.cost(cls.name, 0, max_tokens)
    return Waiting(cls, seq, at, cost, latest_start(cls, at, cost))


def _drain(queue: list[Waiting], now: float = 0.0) -> list[int]:
    """Start the waiters one by one, as freed slots would; their seqs in start order."""
    order = []
    while queue:
        chosen = pick(queue, now, lambda _: True)
        assert chosen is not None
        record_start(chosen, queue)
        queue.remove(chosen)
        order.append(chosen.seq)
    return order


def test_shortest_expected_job_first_within_a_class() -> None:
    cls = replace(BATCH, policy=replace(POLICY, max_bypass=10))
    sizes = [80, 10, 40, 20]
    queue = [_waiting(cls, i, max_tokens=n) for i, n in enumerate(sizes)]
    assert _drain(queue) == [1, 3, 2, 0]


def test_a_long_job_is_overtaken_at_most_max_bypass_times() -> None:
    # One long job, then six short ones: after two short ones overtook it, it goes next.
    queue = [_waiting(BATCH, 0, max_tokens=1000)]
    queue += [_waiting(BATCH, i, max_tokens=5) for i in range(1, 7)]
    assert _drain(queue) == [1, 2, 0, 3, 4, 5, 6]


@pytest.mark.parametrize("bound", [0, 1, 3, 5])
def test_no_request_is_bypassed_more_than_the_bound(bound: int) -> None:
    policy = replace(POLICY, max_bypass=bound)
    cls = replace(BATCH, policy=policy)
    sizes = [90, 5, 70, 3, 60, 2, 50, 1, 40, 4, 30, 6]
    queue = [_waiting(cls, i, max_tokens=n) for i, n in enumerate(sizes)]
    order = _drain(queue)
    for position, seq in enumerate(order):
        later_before = sum(1 for other in order[:position] if other > seq)
        assert later_before <= bound


def test_without_sjf_a_class_is_first_come_first_served() -> None:
    cls = replace(BATCH, policy=replace(POLICY, shortest_job_first=False))
    queue = [_waiting(cls, i, max_tokens=n) for i, n in enumerate([80, 10, 40])]
    assert _drain(queue) == [0, 1, 2]


def test_class_goes_before_size_when_nobody_is_urgent() -> None:
    # The interactive request has 1 s of slack at arrival: urgent, first.
    queue = [_waiting(BATCH, 0, max_tokens=1), _waiting(INTERACTIVE, 1, max_tokens=500)]
    assert _drain(queue) == [1, 0]


def test_a_batch_request_near_its_deadline_goes_before_interactive_with_slack() -> None:
    # Batch: deadline 12 s, expected 10 s of work (100 tokens x 0.1 s) -> must start by 2.
    # At t=1.5 its slack is 0.5 s; the interactive one arrived at 1.0 has 0.5 s as well,
    # a later one at 1.4 has 0.9 s: the batch request goes between them.
    batch = replace(BATCH, deadline_at=12.0)
    queue = [
        _waiting(INTERACTIVE, 0, at=1.4),
        _waiting(batch, 1, at=0.0),
        _waiting(INTERACTIVE, 2, at=0.9),
    ]
    assert _drain(queue, now=1.5) == [2, 1, 0]


def test_a_late_interactive_request_is_relegated_behind_urgent_ones() -> None:
    late = _waiting(INTERACTIVE, 0, at=0.0)  # must have started by 1.0
    fresh = _waiting(INTERACTIVE, 1, at=1.5)
    assert _drain([late, fresh], now=2.0) == [1, 0]


def test_latest_start_uses_the_deadline_minus_expected_run_time() -> None:
    cost = ESTIMATE.cost("batch", 0, 50)  # 50 tokens x 0.1 s
    assert cost.seconds == pytest.approx(5.0)
    assert latest_start(replace(BATCH, deadline_at=30.0), 0.0, cost) == pytest.approx(25.0)
    assert latest_start(replace(BATCH, completion_deadline_s=20.0), 3.0, cost) == pytest.approx(
        18.0
    )
    assert latest_start(BATCH, 0.0, cost) == math.inf
    assert latest_start(INTERACTIVE, 2.0, cost) == 3.0


def test_output_estimate_learns_per_class_and_is_capped_by_max_tokens() -> None:
    estimate = OutputEstimate(prior_output_tokens=256.0, prior_seconds_per_unit=0.05)
    assert estimate.cost("batch", 0, None).output_tokens == 256.0
    for _ in range(50):
        estimate.observe("batch", 100, 40, held_s=2.0)
    assert estimate.output_tokens("batch") == pytest.approx(40.0, rel=0.01)
    assert estimate.output_tokens("interactive") == 256.0  # other classes keep the prior
    assert estimate.cost("batch", 0, 10).output_tokens == 10.0
    # 2 s for 40 + 0.05 x 100 = 45 units of work.
    assert estimate.seconds_per_unit == pytest.approx(2.0 / 45, rel=0.01)
    longer_prompt = estimate.cost("batch", 2000, None)
    assert longer_prompt.units == pytest.approx(40.0 + 100.0, rel=0.01)


def test_ordered_lists_in_the_order_pick_chooses() -> None:
    cls = replace(BATCH, policy=replace(POLICY, max_bypass=10))
    queue = [_waiting(cls, i, max_tokens=n) for i, n in enumerate([80, 10, 40])]
    queue.append(_waiting(INTERACTIVE, 3))
    assert [entry.seq for entry in ordered(queue, 0.0)] == [3, 1, 2, 0]
    assert pick(queue, 0.0, lambda _: True) is ordered(queue, 0.0)[0]
    assert pick(queue, 0.0, lambda entry: entry.cls is cls) is queue[1]
