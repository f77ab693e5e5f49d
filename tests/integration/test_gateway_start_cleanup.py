"""A gateway that fails to start (too slow under load, or its start-up raises) stops what
it started: the retrieval runtime's Milvus Lite lease is given back and the server process
it started is gone. Before, the test server's failed start left the thread running and the
lease held, and the Milvus Lite server outlived the pytest run."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Sequence
from pathlib import Path

import pytest

from guardrails.policy import LoadedPolicy
from proxy.pipeline.contract import RequestContext
from proxy.pipeline.retrieval_runtime import RetrievalRuntime
from proxy.pipeline.runner import Pipeline
from proxy.settings import Settings
from tests.gateway_server import GatewayServer

pytestmark = pytest.mark.integration


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat").read_text()
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _settings(tmp_path: Path, *, enabled: bool = False) -> Settings:
    policies = tmp_path / "policies"
    policies.mkdir()
    (policies / "default.yaml").write_text("name: default\n", encoding="utf-8")
    return Settings.model_validate(
        {
            "server": {"port": 0},
            "policies": {"directory": str(policies)},
            "audit": {"path": str(tmp_path / "audit.log")},
            "retrieval": {
                "enabled": enabled,
                "milvus_uri": str(tmp_path / "milvus"),
                "indexes": [],
            },
        }
    )


class _SlowStart:
    """A stage whose start-up work takes longer than the caller waits (model loading under
    load)."""

    name = "slow.start"

    async def process(self, ctx: RequestContext) -> None:
        raise AssertionError("never serves")

    async def prepare(self, policies: Sequence[LoadedPolicy]) -> None:
        await asyncio.sleep(3.0)


def test_a_start_that_times_out_gives_the_milvus_lite_server_back(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    runtime = RetrievalRuntime(settings)
    state = json.loads((tmp_path / "milvus" / "server.json").read_text())
    assert _alive(state["pid"])

    # The start-up outlasts the deadline whatever the machine's load: an empty pipeline
    # could finish starting before the first deadline check (CI saw it pass through).
    pipeline = Pipeline(request_stages=[_SlowStart()])
    gateway = GatewayServer(settings, pipeline=pipeline, retrieval=runtime)
    with pytest.raises(RuntimeError, match="did not start"):
        gateway.start(timeout=0.0)

    assert not (tmp_path / "milvus" / "server.json").exists()
    assert not _alive(state["pid"])


class _FailingStart:
    """A stage whose start-up work fails (as the guard's exemplar embedding can)."""

    name = "failing.start"

    async def process(self, ctx: RequestContext) -> None:
        raise AssertionError("never serves")

    async def prepare(self, policies: Sequence[LoadedPolicy]) -> None:
        raise RuntimeError("start-up failed")


def test_a_start_up_that_raises_closes_the_apps_own_retrieval(tmp_path: Path) -> None:
    settings = _settings(tmp_path, enabled=True)
    # The app builds its own retrieval runtime (create_app, as `mamori serve` does).
    gateway = GatewayServer(settings, pipeline=Pipeline(request_stages=[_FailingStart()]))
    state = json.loads((tmp_path / "milvus" / "server.json").read_text())
    assert _alive(state["pid"])
    with pytest.raises(RuntimeError, match="did not start"):
        gateway.start(timeout=60.0)

    assert not (tmp_path / "milvus" / "server.json").exists()
    assert not _alive(state["pid"])
