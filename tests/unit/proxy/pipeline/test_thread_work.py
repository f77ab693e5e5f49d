"""Thread units: the limiter stays taken until the thread returns, even when the caller is
cancelled (as when a client leaves), so no two threads ever share the guarded resource; a
unit still queued when its caller is cancelled never runs; the least-served request's unit
goes first."""

from __future__ import annotations

import asyncio
import os
import sys
import threading

import pytest

from proxy.pipeline.fair_limiter import FairLimiter, Served
from proxy.pipeline.thread_work import BULK_NICE, ThreadUnits


class Resource:
    """Records the order of use and whether two threads were ever inside it at once."""

    def __init__(self) -> None:
        self.inside = 0
        self.overlapped = False
        self.entered = threading.Event()
        self.release = threading.Event()
        self.finished: list[str] = []
        self._lock = threading.Lock()

    def use(self, name: str, wait: bool) -> str:
        with self._lock:
            self.inside += 1
            self.overlapped |= self.inside > 1
        self.entered.set()
        if wait:
            self.release.wait(timeout=10)
        with self._lock:
            self.inside -= 1
            self.finished.append(name)
        return name


async def _until(condition: object, deadline_s: float = 5.0) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + deadline_s
    while not condition():  # type: ignore[operator]
        assert loop.time() < end, "condition not reached"
        await asyncio.sleep(0.001)


async def test_a_cancelled_caller_returns_at_once_and_the_next_unit_waits_for_the_thread() -> None:
    limiter = FairLimiter()
    units = ThreadUnits(limiter)
    resource = Resource()
    first = asyncio.create_task(units.run(resource.use, "first", True, served=Served()))
    await asyncio.to_thread(resource.entered.wait, 10)
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first
    second = asyncio.create_task(units.run(resource.use, "second", False, served=Served()))
    await _until(lambda: limiter.waiting == 1)
    assert resource.finished == []
    resource.release.set()
    assert await second == "second"
    assert resource.finished == ["first", "second"]
    assert not resource.overlapped
    assert not limiter.held


async def test_a_queued_unit_whose_caller_leaves_never_runs() -> None:
    limiter = FairLimiter()
    units = ThreadUnits(limiter)
    resource = Resource()
    running = asyncio.create_task(units.run(resource.use, "running", True, served=Served()))
    await asyncio.to_thread(resource.entered.wait, 10)
    queued = asyncio.create_task(units.run(resource.use, "queued", False, served=Served()))
    await _until(lambda: limiter.waiting == 1)
    queued.cancel()
    with pytest.raises(asyncio.CancelledError):
        await queued
    resource.release.set()
    await running
    assert resource.finished == ["running"]
    assert not limiter.held


async def test_the_least_served_request_goes_first() -> None:
    limiter = FairLimiter()
    units = ThreadUnits(limiter)
    resource = Resource()
    long_request = Served(seconds=3.0)
    blocker = asyncio.create_task(units.run(resource.use, "blocker", True, served=Served()))
    await asyncio.to_thread(resource.entered.wait, 10)
    tenth_unit = asyncio.create_task(units.run(resource.use, "long", False, served=long_request))
    await _until(lambda: limiter.waiting == 1)
    new_request = asyncio.create_task(units.run(resource.use, "new", False, served=Served()))
    await _until(lambda: limiter.waiting == 2)
    resource.release.set()
    await asyncio.gather(blocker, tenth_unit, new_request)
    assert resource.finished == ["blocker", "new", "long"]
    assert long_request.seconds > 3.0  # the unit's time was added


async def test_errors_reach_the_caller_and_free_the_limiter() -> None:
    limiter = FairLimiter()
    units = ThreadUnits(limiter)

    def fail() -> None:
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        await units.run(fail, served=Served())
    assert not limiter.held


async def test_a_short_request_goes_before_a_long_requests_first_unit() -> None:
    limiter = FairLimiter()
    units = ThreadUnits(limiter)
    resource = Resource()
    blocker = asyncio.create_task(units.run(resource.use, "blocker", True, served=Served()))
    await asyncio.to_thread(resource.entered.wait, 10)
    long_first = Served.upfront(100_000, 1e-5)
    long_unit = asyncio.create_task(units.run(resource.use, "long", False, served=long_first))
    await _until(lambda: limiter.waiting == 1)
    short = Served.upfront(20, 1e-5)
    short_unit = asyncio.create_task(units.run(resource.use, "short", False, served=short))
    await _until(lambda: limiter.waiting == 2)
    resource.release.set()
    await asyncio.gather(blocker, long_unit, short_unit)
    assert resource.finished == ["blocker", "short", "long"]


def _priority() -> int:
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


@pytest.mark.skipif(sys.platform != "linux", reason="a thread's own nice value is Linux's")
async def test_bulk_units_run_at_a_lower_cpu_priority() -> None:
    units = ThreadUnits(FairLimiter())
    base = await asyncio.to_thread(_priority)
    bulk = await units.run(_priority, served=Served.upfront(100_000, 1e-5, bulk=True))
    ordinary = await units.run(_priority, served=Served.upfront(20, 1e-5))
    lowered = min(base + BULK_NICE, 19)  # the kernel's floor
    assert (bulk, ordinary) == (lowered, base)
    # The bulk threads stay lowered; the ordinary pool is never touched.
    assert await units.run(_priority, served=Served(bulk=True)) == lowered


async def test_a_small_unit_runs_on_the_loop_when_the_limiter_is_free() -> None:
    limiter = FairLimiter()
    units = ThreadUnits(limiter)
    served = Served()
    ran_on = await units.run(threading.get_ident, served=served, inline=True)
    assert ran_on == threading.get_ident()  # no thread hop
    assert served.seconds > 0.0
    assert not limiter.held
    # Not asked to: a worker thread, as before.
    assert await units.run(threading.get_ident, served=Served()) != threading.get_ident()


async def test_a_small_unit_waits_for_a_held_limiter_and_never_overlaps() -> None:
    limiter = FairLimiter()
    units = ThreadUnits(limiter)
    resource = Resource()
    running = asyncio.create_task(units.run(resource.use, "running", True, served=Served()))
    await asyncio.to_thread(resource.entered.wait, 10)
    small = asyncio.create_task(
        units.run(resource.use, "small", False, served=Served(), inline=True)
    )
    await _until(lambda: limiter.waiting == 1)
    assert resource.finished == []
    resource.release.set()
    assert [await running, await small] == ["running", "small"]
    assert resource.finished == ["running", "small"]
    assert not resource.overlapped
    assert not limiter.held


async def test_bulk_work_never_runs_inline() -> None:
    units = ThreadUnits(FairLimiter())
    ran_on = await units.run(threading.get_ident, served=Served(bulk=True), inline=True)
    assert ran_on != threading.get_ident()


async def test_an_inline_units_error_reaches_the_caller_and_frees_the_limiter() -> None:
    limiter = FairLimiter()
    units = ThreadUnits(limiter)

    def fail() -> None:
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        await units.run(fail, served=Served(), inline=True)
    assert not limiter.held
