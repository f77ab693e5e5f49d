from __future__ import annotations

import asyncio
import contextlib
import json
import os
import threading
from pathlib import Path

import pytest

from proxy.observability import audit
from proxy.observability.audit import AuditLog, AuditRecord


def _record(request_id: str) -> AuditRecord:
    return AuditRecord(
        ts=1.0,
        request_id=request_id,
        tenant="t",
        key="k",
        model="m",
        stream=False,
        policy="default",
        policy_version="v",
        stages=[{"stage": "s", "action": "pass", "ms": 0.1}],
        usage={"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
    )


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["request_id"] for line in path.read_text().splitlines()]


def test_one_json_line_per_record(tmp_path: Path) -> None:
    path = tmp_path / "logs" / "audit.log"
    log = AuditLog(path)
    log.write(_record("a"))
    log.write(_record("b"))
    log.close()
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["request_id"] for line in lines] == ["a", "b"]
    assert json.loads(lines[0])["usage"] == {
        "prompt_tokens": 3,
        "completion_tokens": 2,
        "total_tokens": 5,
    }


def test_follows_rotation_by_rename(tmp_path: Path) -> None:
    path = tmp_path / "audit.log"
    log = AuditLog(path)
    log.write(_record("before"))
    assert not log.reopen_if_moved()
    path.rename(tmp_path / "audit.log.1")
    log.write(_record("between"))  # still the moved file: nothing is lost
    assert log.reopen_if_moved()
    log.write(_record("after"))
    log.close()
    assert _ids(tmp_path / "audit.log.1") == ["before", "between"]
    assert _ids(path) == ["after"]


def test_disabled(tmp_path: Path) -> None:
    log = AuditLog(None)
    log.write(_record("x"))
    assert not log.reopen_if_moved()
    assert list(tmp_path.iterdir()) == []


def test_lines_are_written_by_the_writer_thread_not_the_caller(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writers: list[str] = []
    real_write = os.write

    def spying_write(fd: int, data: bytes) -> int:
        writers.append(threading.current_thread().name)
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", spying_write)
    log = AuditLog(tmp_path / "audit.log")
    log.write(_record("a"))
    assert log.flush()
    log.close()
    assert writers == ["mamori-audit"]
    assert _ids(tmp_path / "audit.log") == ["a"]


def test_close_writes_every_record_handed_over(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.log")
    for i in range(2000):
        log.write(_record(str(i)))
    log.close()
    log.write(_record("late"))  # after close: not written, no error
    assert _ids(tmp_path / "audit.log") == [str(i) for i in range(2000)]


def test_a_record_is_written_as_it_was_handed_over(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.log")
    record = _record("a")
    log.write(record)
    record.stages.append({"stage": "later", "action": "pass", "ms": 1.0})
    record.stages[0]["action"] = "changed"
    assert record.usage is not None
    record.usage["total_tokens"] = 99
    log.close()
    [line] = (tmp_path / "audit.log").read_text(encoding="utf-8").splitlines()
    written = json.loads(line)
    assert written["stages"] == [{"stage": "s", "action": "pass", "ms": 0.1}]
    assert written["usage"]["total_tokens"] == 5


def test_a_full_queue_makes_the_caller_write_its_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit, "QUEUE_RECORDS", 2)
    log = AuditLog(tmp_path / "audit.log")
    release = threading.Event()
    blocked = threading.Event()
    real_append = AuditLog._append
    callers: list[str] = []

    def slow_append(self: AuditLog, batch: list[dict[str, object]]) -> None:
        callers.append(threading.current_thread().name)
        if threading.current_thread().name == "mamori-audit":
            blocked.set()
            assert release.wait(10)
        real_append(self, batch)

    monkeypatch.setattr(AuditLog, "_append", slow_append)
    log.write(_record("0"))  # taken by the writer, which then stalls (a slow disk)
    assert blocked.wait(10)
    for i in range(1, 4):  # two fill the queue, the third is written by its caller
        log.write(_record(str(i)))
    assert callers == ["mamori-audit", "MainThread"]
    release.set()
    log.close()
    assert sorted(_ids(tmp_path / "audit.log")) == ["0", "1", "2", "3"]


def test_a_record_that_is_not_json_does_not_stop_the_writer(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.log")
    bad = _record("bad")
    bad.stages = [{"stage": "s", "action": "pass", "ms": object()}]
    log.write(_record("a"))
    log.write(bad)
    log.write(_record("b"))
    log.close()
    assert _ids(tmp_path / "audit.log") == ["a", "b"]


def test_rotation_is_followed_off_the_event_loop(tmp_path: Path) -> None:
    path = tmp_path / "audit.log"
    log = AuditLog(path)
    log.write(_record("before"))
    path.rename(tmp_path / "audit.log.1")

    async def follow_once() -> None:
        task = asyncio.create_task(log.follow_rotation(0.01))
        for _ in range(1000):  # poll with a deadline (10 s)
            if path.exists():
                break
            await asyncio.sleep(0.01)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    asyncio.run(follow_once())
    log.write(_record("after"))
    log.close()
    assert _ids(tmp_path / "audit.log.1") == ["before"]
    assert _ids(path) == ["after"]
