from __future__ import annotations

import json
from pathlib import Path

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
