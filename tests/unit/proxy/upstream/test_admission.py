from __future__ import annotations

import asyncio

import pytest

from proxy.access.qos import QosClass
from proxy.errors import TooManyRequestsError
from proxy.state.redis_store import RedisStateStore
from proxy.upstream.admission import AdmissionQueue, Ticket

INTERACTIVE = QosClass("interactive", 0, 0, 1.0, 10.0, 1.0)
STANDARD = QosClass("standard", 1, 10, 5.0, 10.0, 1.0)
BATCH = QosClass("batch", 2, 100, None, 10.0, 0.5)
CLASSES = {cls.name: cls for cls in (INTERACTIVE, STANDARD, BATCH)}


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _queue(capacity: int | None, queue_limit: int = 100) -> AdmissionQueue:
    """One replica holding ``capacity`` requests (None: no limit)."""
    return AdmissionQueue(
        "m",
        replicas=lambda: ["http://r0"],
        max_in_flight=capacity,
        queue_limit=queue_limit,
        clock=_Clock(),
    )


async def _settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def test_unlimited_admits_at_once() -> None:
    queue = _queue(None)
    tickets = [await queue.admit(BATCH) for _ in range(50)]
    assert queue.active == 50
    for ticket in tickets:
        ticket.release()
        ticket.release()  # idempotent
    assert queue.active == 0


@pytest.mark.parametrize(
    ("arrivals", "expected"),
    [
        (["batch", "interactive", "standard"], ["interactive", "standard", "batch"]),
        (["standard", "standard", "interactive"], ["interactive", "standard", "standard"]),
        (["batch", "batch"], ["batch", "batch"]),
    ],
    ids=["class-order", "interactive-jumps-queue", "fifo-within-class"],
)
async def test_freed_slots_go_by_class_then_arrival(
    arrivals: list[str], expected: list[str]
) -> None:
    queue = _queue(1)
    holder = await queue.admit(STANDARD)
    started: list[str] = []

    async def wait(name: str) -> Ticket:
        ticket = await queue.admit(CLASSES[name])
        started.append(name)
        return ticket

    tasks = []
    for name in arrivals:
        tasks.append(asyncio.create_task(wait(name)))
        await _settle()
    assert queue.waiting() == len(arrivals)
    holder.release()
    for _ in arrivals:
        await _settle()
        (await _first_done(tasks)).release()
    assert started == expected


async def _first_done(tasks: list[asyncio.Task[Ticket]]) -> Ticket:
    done = next(task for task in tasks if task.done())
    tasks.remove(done)
    return done.result()


async def test_share_keeps_capacity_for_higher_classes() -> None:
    queue = _queue(4)
    batch = [await queue.admit(BATCH) for _ in range(2)]  # max_share 0.5 of 4
    blocked = asyncio.create_task(queue.admit(BATCH))
    await _settle()
    assert not blocked.done()
    interactive = [await queue.admit(INTERACTIVE) for _ in range(2)]  # starts at once
    assert queue.active == 4
    batch[0].release()
    await _settle()
    assert blocked.done()
    for ticket in [*batch[1:], *interactive, blocked.result()]:
        ticket.release()


async def test_queue_timeout_relegates_with_retry_after() -> None:
    quick = QosClass("batch", 2, 100, None, 0.01, 1.0)
    queue = _queue(1)
    holder = await queue.admit(STANDARD)
    with pytest.raises(TooManyRequestsError) as caught:
        await queue.admit(quick)
    assert caught.value.status_code == 429
    assert int(caught.value.response_headers()["Retry-After"]) >= 1
    assert queue.waiting() == 0
    holder.release()


async def test_full_queue_relegates_the_lowest_waiter_for_a_higher_newcomer() -> None:
    queue = _queue(1, queue_limit=1)
    holder = await queue.admit(STANDARD)
    low = asyncio.create_task(queue.admit(BATCH))
    await _settle()
    high = asyncio.create_task(queue.admit(INTERACTIVE))
    await _settle()
    with pytest.raises(TooManyRequestsError, match="queue full"):
        await low
    with pytest.raises(TooManyRequestsError, match="queue full"):
        await queue.admit(BATCH)  # the newcomer is the lowest: it gets the 429 itself
    holder.release()
    (await high).release()


async def test_cancelled_waiter_leaves_the_queue() -> None:
    queue = _queue(1)
    holder = await queue.admit(STANDARD)
    waiter = asyncio.create_task(queue.admit(STANDARD))
    await _settle()
    assert queue.waiting() == 1
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    assert queue.waiting() == 0
    holder.release()
    assert queue.active == 0


async def test_wake_starts_waiters_when_capacity_grows() -> None:
    replicas = ["http://r0"]
    queue = AdmissionQueue("m", replicas=lambda: replicas, max_in_flight=1, queue_limit=10)
    holder = await queue.admit(STANDARD)
    waiter = asyncio.create_task(queue.admit(STANDARD))
    await _settle()
    replicas.append("http://r1")  # a replica came back
    queue.wake()
    await _settle()
    assert waiter.done()
    assert (holder.replica, waiter.result().replica) == ("http://r0", "http://r1")
    waiter.result().release()
    holder.release()


async def test_workers_sharing_redis_share_one_replica_limit(redis_url: str) -> None:
    """Two queues on one Redis act as two workers: max_in_flight holds across both, and a
    slot one frees goes to a waiter of the other, highest class first."""
    stores = [RedisStateStore(redis_url, lease_s=5.0) for _ in range(3)]
    queues = [
        AdmissionQueue(
            "m",
            replicas=lambda: ["http://r0"],
            max_in_flight=1,
            queue_limit=10,
            store=store,
            poll_interval_s=0.01,
        )
        for store in stores
    ]
    holder = await queues[0].admit(STANDARD)
    low = asyncio.create_task(queues[1].admit(BATCH))
    await asyncio.sleep(0.05)
    high = asyncio.create_task(queues[2].admit(INTERACTIVE))
    await asyncio.sleep(0.1)
    assert not low.done() and not high.done()
    holder.release()
    first = await asyncio.wait_for(high, timeout=5)
    assert not low.done()  # the batch waiter yields to the interactive one elsewhere
    first.release()
    (await asyncio.wait_for(low, timeout=5)).release()
    for queue, store in zip(queues, stores, strict=True):
        await queue.aclose()
        await store.aclose()
