"""Wall and CPU time of the steps of a start-up, for its log line and the benchmark.

:class:`PhaseClock` starts when made; each :meth:`PhaseClock.mark` closes the step since
the previous mark (or the start) under a name. CPU time is this process's user + system
time (:func:`time.process_time`), so it does not count a child process such as the
Milvus Lite server, and on a busy machine it stays what the step costs while the wall time
grows with the wait for a core.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

__all__ = ["Phase", "PhaseClock"]


@dataclass(frozen=True, slots=True)
class Phase:
    """One timed step."""

    name: str
    wall_s: float
    cpu_s: float


class PhaseClock:
    """Times consecutive steps; see the module docstring. Not thread-safe."""

    def __init__(self) -> None:
        self._started = (time.perf_counter(), time.process_time())
        self._last = self._started
        self.phases: list[Phase] = []

    def mark(self, name: str) -> Phase:
        """Close the step since the last mark as ``name`` and return it."""
        now = (time.perf_counter(), time.process_time())
        phase = Phase(name, now[0] - self._last[0], now[1] - self._last[1])
        self.phases.append(phase)
        self._last = now
        return phase

    def total(self) -> float:
        """Wall seconds since the clock was made."""
        return time.perf_counter() - self._started[0]
