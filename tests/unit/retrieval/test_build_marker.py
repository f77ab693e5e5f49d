"""When a version's build marker belongs to a job that is gone."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import replace

import pytest

from retrieval.build_marker import STALE_AFTER_S, BuildMarker


def _exited_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                          capture_output=True, text=True)  # fmt: skip
    return int(done.stdout)


def test_this_process_is_running() -> None:
    marker = BuildMarker.for_this_process()
    assert marker.pid == os.getpid()
    assert marker.gone() is None
    assert BuildMarker.parse(marker.describe()) == marker


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        pytest.param(lambda m: replace(m, pid=_exited_pid()), "is no longer running", id="exited"),
        # The id now belongs to another process (this one): its start time differs.
        pytest.param(lambda m: replace(m, process_start="1"), "is no longer running", id="reused"),
        pytest.param(
            lambda m: replace(m, boot="another-boot"), "before this host restarted", id="rebooted"
        ),
        pytest.param(
            lambda m: replace(m, host="other-host", beat=time.time() - STALE_AFTER_S - 60),
            "no progress for 31 minutes",
            id="stale-elsewhere",
        ),
    ],
)
def test_a_gone_job_is_told(change: object, reason: str) -> None:
    marker = change(BuildMarker.for_this_process())  # type: ignore[operator]
    assert reason in marker.gone()


def test_a_job_on_another_host_that_showed_progress_may_still_run() -> None:
    marker = replace(BuildMarker.for_this_process(), host=socket.gethostname() + "-other", pid=1)
    assert marker.gone() is None


@pytest.mark.parametrize("text", ["", "{}", "[1]", '{"host": "h", "pid": "x"}', "not json"])
def test_a_marker_that_does_not_parse_is_none(text: str) -> None:
    assert BuildMarker.parse(text) is None
