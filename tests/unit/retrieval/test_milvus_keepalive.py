"""gRPC keepalive pings towards the Milvus Lite server.

The server allows one ping per five minutes on an idle connection; pymilvus pings every
10 s, so about half a minute after `make serve` went idle the server sent a GOAWAY
("too_many_pings") and gRPC printed an error line to the gateway's log. Checked by hand
against a running `milvus_lite server` with two clients idle for 200 s: pymilvus's default
got the GOAWAY at 30 s, the client without idle pings did not, and both answered the next
call. The test below pins the choice for each kind of store.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import pytest

from retrieval import milvus_connection, milvus_store
from retrieval.milvus_connection import MilvusConnection
from retrieval.milvus_store import MilvusStore


class _RecordingClient:
    calls: ClassVar[list[dict[str, Any]]] = []

    def __init__(self, **kwargs: Any) -> None:
        _RecordingClient.calls.append(kwargs)

    def close(self) -> None:
        pass


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    _RecordingClient.calls = []
    monkeypatch.setattr(milvus_store, "MilvusClient", _RecordingClient)
    return _RecordingClient.calls


class _FakeLiteServer:
    def __init__(self, home: Path) -> None:
        self.home = home

    def acquire(self) -> str:
        return "http://127.0.0.1:19999"

    def release(self) -> None:
        pass


def test_store_without_idle_pings_turns_them_off(recorded: list[dict[str, Any]]) -> None:
    MilvusStore.connect("http://127.0.0.1:1", idle_pings=False)
    assert recorded[-1]["grpc_options"] == {"grpc.keepalive_permit_without_calls": False}


def test_store_keeps_pymilvus_pings_by_default(recorded: list[dict[str, Any]]) -> None:
    MilvusStore.connect("http://milvus.example:19530")
    assert recorded[-1]["grpc_options"] == {}


def test_local_milvus_lite_home_connects_without_idle_pings(
    recorded: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(milvus_connection, "MilvusLiteServer", _FakeLiteServer)
    MilvusConnection(str(tmp_path / "milvus")).open()
    assert recorded[-1]["uri"] == "http://127.0.0.1:19999"
    assert recorded[-1]["grpc_options"] == {"grpc.keepalive_permit_without_calls": False}


def test_remote_milvus_keeps_idle_pings(recorded: list[dict[str, Any]]) -> None:
    MilvusConnection("http://milvus.example:19530", token="t").open()
    assert recorded[-1]["uri"] == "http://milvus.example:19530"
    assert recorded[-1]["grpc_options"] == {}
