"""``mamori reindex`` stopped by SIGTERM leaves no half-built version behind."""

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


def test_sigterm_drops_the_version_being_built(tmp_path: Path) -> None:
    # SIGTERM (systemd, Kubernetes, `timeout`) used to end the job where it stood: the
    # collection it was filling stayed as NAME__vN, not aliased, and a later
    # `mamori index rollback` (the newest version older than the current one) could point
    # the index at it.
    source = tmp_path / "kb.jsonl"
    rows = [
        {
            "id": f"e{i}",
            "question": f"質問{i}はどうなりますか",
            "answer": "回答です。" * 40 + f"{i}",
        }
        for i in range(400)
    ]
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    milvus = tmp_path / "milvus"
    env = {
        **{k: v for k, v in os.environ.items() if k != "MAMORI_CONFIG"},
        "MAMORI_RETRIEVAL__MILVUS_URI": str(milvus),
        "MAMORI_RETRIEVAL__INDEXES_DIR": str(tmp_path),
    }
    connection = MilvusConnection(str(milvus))
    store = connection.open()
    job = subprocess.Popen(
        [sys.executable, "-m", "proxy.cli", "reindex", "kb", "--source", str(source)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 240
        while not store.versions("kb"):  # the job has created kb__v1 and is filling it
            assert job.poll() is None, job.communicate()
            assert time.monotonic() < deadline, "the job never created its collection"
            time.sleep(0.2)
        job.send_signal(signal.SIGTERM)
        _, err = job.communicate(timeout=120)
    finally:
        if job.poll() is None:
            job.kill()
        connection.close()
    assert job.returncode == 130, err
    assert "stopped; the version it was building (if any) was dropped" in err
    connection = MilvusConnection(str(milvus))
    try:
        store = connection.open()
        assert store.versions("kb") == []
        assert store.current("kb") is None
    finally:
        connection.close()
