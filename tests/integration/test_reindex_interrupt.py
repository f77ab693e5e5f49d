"""``mamori reindex`` stopped by SIGTERM leaves no half-built version behind; one killed by
SIGKILL leaves a version that is listed as unfinished, never rolled back to, and dropped by
the next reindex."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from retrieval.milvus_connection import MilvusConnection

pytestmark = pytest.mark.integration

ROOT = Path(__file__).parents[2]


def _source(path: Path, count: int) -> Path:
    rows = [
        {
            "id": f"e{i}",
            "question": f"質問{i}はどうなりますか",
            "answer": "回答です。" * 40 + f"{i}",
        }
        for i in range(count)
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def _env(tmp_path: Path) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if k != "MAMORI_CONFIG"},
        "MAMORI_RETRIEVAL__MILVUS_URI": str(tmp_path / "milvus"),
        "MAMORI_RETRIEVAL__INDEXES_DIR": str(tmp_path),
    }


def _mamori(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "proxy.cli", *args],
        cwd=ROOT,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )


def _stop_while_filling(tmp_path: Path, source: Path, signum: int) -> str:
    """Start ``mamori reindex kb``, send ``signum`` once it has created its collection;
    its stderr."""
    connection = MilvusConnection(str(tmp_path / "milvus"))
    store = connection.open()
    before = set(store.versions("kb"))
    job = subprocess.Popen(
        [sys.executable, "-m", "proxy.cli", "reindex", "kb", "--source", str(source)],
        cwd=ROOT,
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 240
        while set(store.versions("kb")) == before:  # the job has created kb__vN, filling it
            assert job.poll() is None, job.communicate()
            assert time.monotonic() < deadline, "the job never created its collection"
            time.sleep(0.2)
        job.send_signal(signum)
        _, err = job.communicate(timeout=120)
    finally:
        if job.poll() is None:
            job.kill()
        connection.close()
    assert job.returncode == (130 if signum == signal.SIGTERM else -signum), err
    return err


def test_sigterm_drops_the_version_being_built(tmp_path: Path) -> None:
    # SIGTERM (systemd, Kubernetes, `timeout`) used to end the job where it stood: the
    # collection it was filling stayed as NAME__vN, not aliased, and a later
    # `mamori index rollback` (the newest version older than the current one) could point
    # the index at it.
    source = _source(tmp_path / "kb.jsonl", 400)
    milvus = tmp_path / "milvus"
    err = _stop_while_filling(tmp_path, source, signal.SIGTERM)
    assert "stopped; the version it was building (if any) was dropped" in err
    connection = MilvusConnection(str(milvus))
    try:
        store = connection.open()
        assert store.versions("kb") == []
        assert store.current("kb") is None
    finally:
        connection.close()


def test_a_version_left_by_sigkill_is_marked_skipped_by_rollback_and_dropped(
    tmp_path: Path,
) -> None:
    # SIGKILL (or the OOM killer) runs no handler: the version being filled stayed, was
    # listed like a finished one, and `index rollback` could point the index at it.
    small = _source(tmp_path / "small.jsonl", 3)
    built = _mamori(tmp_path, "reindex", "kb", "--source", str(small))
    assert built.returncode == 0, built.stderr
    _stop_while_filling(tmp_path, _source(tmp_path / "kb.jsonl", 400), signal.SIGKILL)

    listed = _mamori(tmp_path, "index", "list")
    assert listed.returncode == 0, listed.stderr
    assert "[v1, v2 (unfinished)]" in listed.stdout

    again = _mamori(tmp_path, "reindex", "kb", "--source", str(small))
    assert again.returncode == 0, again.stderr
    assert "dropped versions a stopped reindex never finished: kb__v2" in again.stdout
    assert "index kb -> kb__v3" in again.stdout
    back = _mamori(tmp_path, "index", "rollback", "kb")
    assert (back.returncode, back.stdout.strip()) == (0, "index kb: kb__v3 -> kb__v1")


def test_a_second_reindex_of_the_same_index_stops_and_the_first_finishes(
    tmp_path: Path,
) -> None:
    # Two `mamori reindex kb` at once (a cron job and an operator) each built a version
    # and moved the alias when they finished: the one finishing last was served, whatever
    # source it had read.
    small = _source(tmp_path / "small.jsonl", 3)
    built = _mamori(tmp_path, "reindex", "kb", "--source", str(small))
    assert built.returncode == 0, built.stderr
    connection = MilvusConnection(str(tmp_path / "milvus"))
    store = connection.open()
    first = subprocess.Popen(
        [sys.executable, "-m", "proxy.cli", "reindex", "kb", "--source",
         str(_source(tmp_path / "kb.jsonl", 100))],
        cwd=ROOT, env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 240
        while store.versions("kb") == [1]:  # the first job has created kb__v2, filling it
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "the first job never created its collection"
            time.sleep(0.1)
        # Held still (a live process all the same) while the second runs from start to end.
        first.send_signal(signal.SIGSTOP)
        try:
            second = _mamori(tmp_path, "reindex", "kb", "--source", str(small))
        finally:
            first.send_signal(signal.SIGCONT)
        out, err = first.communicate(timeout=600)
    finally:
        if first.poll() is None:
            first.kill()
    try:
        assert second.returncode == 1, second.stderr
        assert f"another reindex of index 'kb' is running (pid {first.pid} on " in second.stderr
        assert "building kb__v2); index 'kb' was not changed by this one" in second.stderr
        assert "Traceback" not in second.stderr
        assert first.returncode == 0, err
        assert "index kb -> kb__v2: 100 entries" in out
        assert store.current("kb") == "kb__v2"
        assert store.versions("kb") == [1, 2]  # the second job's version was dropped
    finally:
        connection.close()
