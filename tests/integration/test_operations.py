"""Operator-facing behaviour over real HTTP: models, health, metrics, keys, policies, audit."""

from __future__ import annotations

import logging
import os
import re
import time
from pathlib import Path

import httpx
import openai
import pytest

from proxy.settings import hash_api_key
from tests.integration.conftest import MODEL, SERVED, GatewayFactory, closed_port, read_audit
from tests.vllm_compat import VLLMCompatServer

PERSONAL = "山田太郎です。電話は090-1234-5678、メールはtaro@example.jp"


def _wait_until(predicate: object, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError("condition not met before the deadline")
        time.sleep(0.02)


def _chat(url: str, content: str = "hi", **headers: str) -> httpx.Response:
    return httpx.post(
        f"{url}/v1/chat/completions",
        json={"model": MODEL, "messages": [{"role": "user", "content": content}]},
        headers=headers,
    )


def test_models_lists_public_names(make_gateway: GatewayFactory, backend: VLLMCompatServer) -> None:
    gateway = make_gateway(
        [backend.url],
        models={
            MODEL: {"backends": [backend.url], "upstream_model": SERVED, "max_model_len": 4096},
            "other": {"backends": [backend.url], "upstream_model": SERVED},
        },
    )
    client = openai.OpenAI(base_url=f"{gateway.url}/v1", api_key="x", max_retries=0)
    models = {model.id: model for model in client.models.list()}
    assert set(models) == {MODEL, "other"}
    assert models[MODEL].model_extra == {"root": MODEL, "parent": None, "max_model_len": 4096}


def test_wildcard_route_lists_and_forwards_backend_models(
    make_gateway: GatewayFactory, backend: VLLMCompatServer
) -> None:
    gateway = make_gateway([backend.url], models={"*": {"backends": [backend.url]}})
    client = openai.OpenAI(base_url=f"{gateway.url}/v1", api_key="x", max_retries=0)
    [served] = client.models.list()
    assert served.id == SERVED
    assert served.model_extra is not None and served.model_extra["max_model_len"] == 4096
    completion = client.chat.completions.create(
        model=SERVED, messages=[{"role": "user", "content": "直接"}]
    )
    assert completion.choices[0].message.content == "直接"
    assert backend.requests[0].body["model"] == SERVED


def test_healthz_and_readyz(make_gateway: GatewayFactory, backend: VLLMCompatServer) -> None:
    gateway = make_gateway([backend.url])
    assert httpx.get(f"{gateway.url}/healthz").json() == {"status": "ok"}
    ready = httpx.get(f"{gateway.url}/readyz")
    assert ready.status_code == 200
    assert list(ready.json()["policies"]) == ["default"]
    assert ready.json()["backends"] == {
        MODEL: [{"url": backend.url, "healthy": True, "reason": "", "in_flight": 0}]
    }

    down = make_gateway([f"http://127.0.0.1:{closed_port()}"])
    not_ready = httpx.get(f"{down.url}/readyz")
    assert not_ready.status_code == 503
    [reason] = not_ready.json()["reasons"]
    assert f"model '{MODEL}' has no healthy backend" in reason


def test_backend_that_comes_up_is_admitted(make_gateway: GatewayFactory) -> None:
    port = closed_port()
    gateway = make_gateway([f"http://127.0.0.1:{port}"])
    refused = _chat(gateway.url)
    assert refused.status_code == 503
    assert "ConnectError" in refused.json()["error"]["message"]
    with VLLMCompatServer({SERVED: 4096}, port=port):
        # The health poller (every 0.2 s here) takes the replica back in.
        _wait_until(lambda: _chat(gateway.url).status_code == 200)


def test_backend_dropping_connections_is_not_marked_down(
    make_gateway: GatewayFactory, backend: VLLMCompatServer
) -> None:
    gateway = make_gateway([backend.url])
    backend.fail_next("disconnect")
    # The first connection is dropped without an answer; the same replica is tried again.
    assert _chat(gateway.url).status_code == 200
    assert [r.outcome for r in backend.requests] == ["dropped", "completed"]
    assert 'kind="dropped"' in httpx.get(f"{gateway.url}/metrics").text


def test_metrics_exposition(gateway_and_backend: tuple[str, VLLMCompatServer]) -> None:
    url, backend = gateway_and_backend
    assert _chat(url).status_code == 200
    assert _chat(url, content="x").status_code == 200
    assert httpx.post(f"{url}/v1/chat/completions", content=b"{").status_code == 400
    healthy = f'mamori_backend_healthy{{backend="{backend.url}",model="{MODEL}"}} 1.0'
    # The first health poll runs in the background from start-up; wait for it to report.
    _wait_until(lambda: healthy in httpx.get(f"{url}/metrics").text)
    text = httpx.get(f"{url}/metrics").text
    assert f'mamori_requests_total{{model="{MODEL}",status="200"}} 2.0' in text
    assert 'mamori_requests_total{model="-",status="400"} 1.0' in text
    assert f'mamori_time_to_first_token_seconds_count{{model="{MODEL}"}} 2.0' in text
    assert f'mamori_upstream_response_seconds_count{{backend="{backend.url}"}} 2.0' in text
    assert "mamori_request_duration_seconds_bucket" in text


@pytest.fixture
def gateway_and_backend(
    make_gateway: GatewayFactory, backend: VLLMCompatServer
) -> tuple[str, VLLMCompatServer]:
    return make_gateway([backend.url]).url, backend


def test_api_keys_map_to_tenants(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, tmp_path: Path
) -> None:
    gateway = make_gateway(
        [backend.url],
        tenants={"acme": {"policy": "default"}},
        api_keys=[{"sha256": hash_api_key("sk-acme"), "tenant": "acme", "name": "acme-bot"}],
    )
    missing = _chat(gateway.url)
    assert missing.status_code == 401
    assert missing.json()["error"]["type"] == "AuthenticationError"
    assert _chat(gateway.url, Authorization="Bearer sk-wrong").status_code == 401
    ok = _chat(gateway.url, Authorization="Bearer sk-acme")
    assert ok.status_code == 200
    assert httpx.get(f"{gateway.url}/v1/models").status_code == 401
    records = read_audit(tmp_path / "audit.log", 3)
    assert [(r["status"], r["tenant"], r["key"]) for r in records] == [
        (401, "", ""),
        (401, "", ""),
        (200, "acme", "acme-bot"),
    ]
    # The client's key is never forwarded; backends get the gateway's own key, if any.
    assert backend.requests[0].authorization is None


def test_policy_hot_reload(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, policy_dir: Path
) -> None:
    gateway = make_gateway([backend.url])
    first = _chat(gateway.url).headers["x-mamori-policy"]
    path = policy_dir / "default.yaml"
    _save(path, "name: default\ndescription: edited\n")
    _wait_until(lambda: _chat(gateway.url).headers["x-mamori-policy"] != first)
    second = _chat(gateway.url).headers["x-mamori-policy"]

    _save(path, "name: default\nnot_an_option: 1\n")
    _wait_until(
        lambda: (
            'mamori_policy_reloads_total{outcome="error",policy="default"} 1.0'
            in httpx.get(f"{gateway.url}/metrics").text
        )
    )
    assert _chat(gateway.url).headers["x-mamori-policy"] == second
    ready = httpx.get(f"{gateway.url}/readyz").json()
    assert "not_an_option" in ready["policy_errors"]["default"]


def test_requests_are_answered_while_policy_edits_land(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, policy_dir: Path
) -> None:
    """Edits land while a client sends requests without pause: every request is answered
    under a whole policy version (an old or a new one, never a failure), and an invalid
    edit — an alias bomb among them — leaves the previous version in force."""
    import threading

    gateway = make_gateway([backend.url])
    path = policy_dir / "default.yaml"
    first = _chat(gateway.url).headers["x-mamori-policy"]
    seen: list[tuple[int, str]] = []
    stop = threading.Event()

    def client() -> None:
        with httpx.Client(timeout=30) as http:
            while not stop.is_set():
                response = http.post(
                    f"{gateway.url}/v1/chat/completions",
                    json={"model": MODEL, "messages": [{"role": "user", "content": "hi"}]},
                )
                seen.append((response.status_code, response.headers.get("x-mamori-policy", "")))

    threads = [threading.Thread(target=client) for _ in range(3)]
    for thread in threads:
        thread.start()
    try:
        versions = {first}
        for number in range(3):
            _save(path, f"name: default\ndescription: edit {number}\n")
            _wait_until(lambda: _chat(gateway.url).headers["x-mamori-policy"] not in versions)
            versions.add(_chat(gateway.url).headers["x-mamori-policy"])
        current = _chat(gateway.url).headers["x-mamori-policy"]
        bomb = ["l0: &l0 [" + ", ".join(["x"] * 10) + "]"]
        bomb += [f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 10) + "]" for i in range(1, 12)]
        _save(path, "name: default\n" + "\n".join(bomb) + "\n")
        _wait_until(
            lambda: (
                "aliases"
                in httpx.get(f"{gateway.url}/readyz").json()["policy_errors"].get("default", "")
            ),
            timeout=30,
        )
        assert _chat(gateway.url).headers["x-mamori-policy"] == current
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert len(seen) > 10
    assert {status for status, _ in seen} == {200}
    assert {version for _, version in seen} <= versions


def _save(path: Path, text: str) -> None:
    """Save as editors do: write a new file, then rename it over the old one. (A plain
    truncate-and-write could be read half-written by the reloader, a real but separate
    case: it is reported as an invalid edit and cleared at the next check.)"""
    staged = path.with_suffix(".tmp")
    staged.write_text(text, encoding="utf-8")
    stat = path.stat()
    # Two saves within the file system's timestamp granularity would look unchanged.
    os.utime(staged, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    staged.replace(path)


def test_audit_log_records_decisions_without_text(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    gateway = make_gateway([backend.url])
    assert _chat(gateway.url, PERSONAL, **{"X-Request-Id": "req-1"}).status_code == 200
    with httpx.stream(
        "POST",
        f"{gateway.url}/v1/chat/completions",
        json={"model": MODEL, "messages": [{"role": "user", "content": PERSONAL}],
              "stream": True},
    ) as response:  # fmt: skip
        response.read()
    bad = httpx.post(
        f"{gateway.url}/v1/chat/completions",
        json={"model": MODEL, "messages": [{"role": PERSONAL, "content": PERSONAL}]},
    )
    assert bad.status_code == 400
    records = read_audit(tmp_path / "audit.log", 3)
    text = (tmp_path / "audit.log").read_text(encoding="utf-8")
    assert len(records) == 3
    whole, streamed, rejected = records
    assert whole["request_id"] == "req-1"
    assert whole["policy"] == "default" and len(whole["policy_version"]) == 16
    assert whole["backend"] == backend.url
    assert whole["upstream_status"] == 200
    assert whole["usage"]["completion_tokens"] > 0
    assert whole["finish_reason"] == "stop"
    assert streamed["stream"] is True and streamed["usage"]["completion_tokens"] > 0
    assert streamed["ttft_ms"] > 0
    assert rejected["status"] == 400 and rejected["error_type"] == "BadRequestError"
    for fragment in ("山田", "090-1234-5678", "taro@example.jp"):
        assert fragment not in text
        assert not any(fragment in record.getMessage() for record in caplog.records)


def test_serve_command_with_workers(backend: VLLMCompatServer, tmp_path: Path) -> None:
    """``mamori serve --upstream URL --workers 2`` as an operator runs it."""
    import subprocess
    import sys

    port = closed_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("MAMORI_")},
        "MAMORI_AUDIT__PATH": str(tmp_path / "audit.log"),
        "MAMORI_POLICIES__DIRECTORY": str(Path(__file__).parents[2] / "policies"),
    }
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "proxy.cli.main", "serve", "--upstream", backend.url,
         "--port", str(port), "--workers", "2"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        # Each worker loads the NLP models for the PII stage before it is ready: tens of
        # seconds when both load at once on a busy 2-core machine.
        _wait_until(lambda: _ready(url), timeout=180)
        client = openai.OpenAI(base_url=f"{url}/v1", api_key="x", max_retries=0)
        for _ in range(6):
            completion = client.chat.completions.create(
                model=SERVED, messages=[{"role": "user", "content": "二つの作業者"}]
            )
            assert completion.choices[0].message.content == "二つの作業者"
        metrics = httpx.get(f"{url}/metrics").text
        # Any worker's /metrics reports the sum over both workers.
        # --upstream forwards every name through the "*" route: its answers are labelled
        # "*" (a client's model string never becomes a label of its own).
        match = re.search(r'mamori_requests_total\{model="\*",status="200"\} ([0-9.]+)', metrics)
        assert match is not None and float(match.group(1)) == 6.0
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=20)
    assert "loopback only" in output
    assert len((tmp_path / "audit.log").read_text().splitlines()) == 6


def _ready(url: str) -> bool:
    try:
        return httpx.get(f"{url}/readyz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False
