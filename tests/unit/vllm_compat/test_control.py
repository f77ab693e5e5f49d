"""The vLLM-compatible test server: control endpoints, configuration validation and the
standalone CLI."""

from __future__ import annotations

import re
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.unit.vllm_compat.support import CHAT, chat_body
from tests.vllm_compat import (
    ServerConfig,
    ToolCallSpec,
    VLLMCompatServer,
)


def test_control_endpoints_drive_the_server(server: VLLMCompatServer, http: httpx.Client) -> None:
    knobs = http.post("/_test/config", json={"reply": "controlled", "chunk_chars": [2, 2]})
    assert knobs.status_code == 200
    assert knobs.json()["chunk_chars"] == [2, 2]
    answer = http.post(CHAT, json=chat_body()).json()["choices"][0]["message"]["content"]
    assert answer == "controlled"

    queued = http.post("/_test/fail_next", json={"mode": "http_500", "n": 1}).json()
    assert queued["pending_faults"] == ["http_500"]
    assert http.post(CHAT, json=chat_body()).status_code == 500

    records = http.get("/_test/requests").json()["requests"]
    assert [(r["status_code"], r["fault"]) for r in records] == [(200, "none"), (500, "http_500")]
    assert http.get("/_test/stats").json() == {
        "running": 0,
        "peak_running": 1,
        "requests": 2,
        "preemptions": 0,
    }

    reset = http.post("/_test/reset").json()
    assert reset["reply"] is None
    assert reset["chunk_chars"] == 3
    assert http.get("/_test/requests").json() == {"requests": []}


@pytest.mark.parametrize(
    "knobs",
    [{"fault": "explode"}, {"chunk_chars": 0}, {"latency_s": -1}, {"no_such_knob": 1}],
    ids=["bad-fault", "zero-chunk", "negative-latency", "unknown-knob"],
)
def test_control_config_rejects_bad_knobs(
    server: VLLMCompatServer, http: httpx.Client, knobs: dict[str, Any]
) -> None:
    response = http.post("/_test/config", json=knobs)
    assert response.status_code == 400
    assert response.json()["error"]["type"] == "BadRequestError"
    assert server.config.knobs() == ServerConfig().knobs()


@pytest.mark.parametrize(
    "knobs",
    [
        {"fault": "explode"},
        {"chunk_chars": (3, 1)},
        {"tokens_per_second": -5},
        {"max_num_seqs": 0},
        {"reply": 42},
        {"scheduling_policy": "lifo"},
        {"concurrency_slowdown": -1},
    ],
    ids=[
        "bad-fault",
        "reversed-range",
        "negative-pace",
        "zero-seqs",
        "non-string-reply",
        "bad-policy",
        "negative-slowdown",
    ],
)
def test_server_config_validates_on_assignment(knobs: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=next(iter(knobs))):
        ServerConfig(**knobs)
    config = ServerConfig()
    with pytest.raises(ValueError, match=next(iter(knobs))):
        config.update(**knobs)
    assert config.knobs() == ServerConfig().knobs()


def test_tool_call_spec_requires_json_arguments() -> None:
    with pytest.raises(ValueError, match="JSON"):
        ToolCallSpec("f", "{not json")
    assert ToolCallSpec.from_json({"name": "f", "arguments": {"a": 1}}).arguments == '{"a": 1}'


def test_standalone_cli_serves_until_sigterm() -> None:
    repo = Path(__file__).resolve().parents[3]
    command = [sys.executable, "-m", "tests.vllm_compat", "--port", "0"]
    command += ["--model", "cli-model:1234", "--chunk-chars", "1-3", "--latency-s", "0"]
    with subprocess.Popen(command, cwd=repo, stderr=subprocess.PIPE, text=True) as process:
        try:
            assert process.stderr is not None
            line = ""
            with selectors.DefaultSelector() as selector:
                selector.register(process.stderr, selectors.EVENT_READ)
                deadline = time.monotonic() + 10.0
                while not line.startswith("listening on "):
                    remaining = deadline - time.monotonic()
                    assert remaining > 0, "no 'listening on' line"
                    if selector.select(remaining):
                        line = process.stderr.readline()
                        assert line, "the server exited before listening"
            url = line.removeprefix("listening on ").strip()
            assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)
            models = httpx.get(f"{url}/v1/models").json()["data"]
            assert [(m["id"], m["max_model_len"]) for m in models] == [("cli-model", 1234)]
            config = httpx.get(f"{url}/_test/config").json()
            assert config["chunk_chars"] == [1, 3]
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=10) == 0
        finally:
            if process.poll() is None:
                process.kill()
