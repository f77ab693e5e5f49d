"""Thread units keep their limiter until the thread returns, even when the caller is
cancelled (as when a client leaves): no two threads ever share the guarded resource."""

from __future__ import annotations

import asyncio
import threading

import anyio
import pytest

from proxy.pipeline.thread_work import ThreadUnits


class Resource:
    """Records whether two threads were ever inside it at once."""

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


async def test_a_cancelled_caller_returns_at_once_and_the_next_unit_waits_for_the_thread() -> None:
    units = ThreadUnits(anyio.CapacityLimiter(1))
    resource = Resource()
    first = asyncio.create_task(units.run(resource.use, "first", True))
    await asyncio.to_thread(resource.entered.wait, 10)
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first
    second = asyncio.create_task(units.run(resource.use, "second", False))
    await asyncio.sleep(0)  # the second unit is queued on the limiter, not running
    assert resource.finished == []
    resource.release.set()
    assert await second == "second"
    assert resource.finished == ["first", "second"]
    assert not resource.overlapped


async def test_errors_reach_the_caller() -> None:
    units = ThreadUnits(anyio.CapacityLimiter(1))

    def fail() -> None:
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        await units.run(fail)
