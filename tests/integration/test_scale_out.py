"""Two ``mamori serve`` instances of two workers each, sharing one Redis, hold one set of
limits: a key's rate limit and a replica's ``max_in_flight`` over all four workers."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx

from proxy.settings import hash_api_key
from proxy.state.redis_server import EmbeddedRedis
from tests.integration.conftest import MODEL, SERVED, closed_port
from tests.vllm_compat import VLLMCompatServer
from tests.vllm_compat.config import ServerConfig

ROOT = Path(__file__).parents[2]
LIMITED_KEY, OPEN_KEY = "sk-limited", "sk-open"
REQUESTS_PER_MINUTE = 6
MAX_IN_FLIGHT = 2


def _ready(url: str) -> bool:
    try:
        return httpx.get(f"{url}/readyz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


@contextmanager
def _instance(config: Path, tmp_path: Path, name: str) -> Iterator[str]:
    """``mamori serve --workers 2`` as an operator runs it; yields its URL once ready."""
    port = closed_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAMORI_")}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    env["MAMORI_AUDIT__PATH"] = str(tmp_path / f"audit-{name}.log")
    log = (tmp_path / f"{name}.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "proxy.cli.main", "serve", "--config", str(config),
         "--port", str(port), "--workers", "2"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


async def _send(urls: list[str], key: str, count: int) -> list[httpx.Response]:
    """``count`` requests at once, alternating between the instances."""
    body = {"model": MODEL, "messages": [{"role": "user", "content": "共有の制限"}]}
    async with httpx.AsyncClient(timeout=60) as client:
        return await asyncio.gather(
            *(
                client.post(
                    f"{urls[i % len(urls)]}/v1/chat/completions",
                    json=body,
                    headers={"Authorization": f"Bearer {key}"},
                )
                for i in range(count)
            )
        )


def test_two_instances_of_two_workers_share_one_set_of_limits(tmp_path: Path) -> None:
    backend = VLLMCompatServer({SERVED: 4096}, config=ServerConfig(latency_s=0.5))
    with ExitStack() as stack:
        redis = stack.enter_context(EmbeddedRedis())
        stack.enter_context(backend)
        config = tmp_path / "mamori.json"  # JSON is YAML
        config.write_text(
            json.dumps(
                {
                    "models": {
                        MODEL: {
                            "backends": [backend.url],
                            "upstream_model": SERVED,
                            "max_in_flight": MAX_IN_FLIGHT,
                        }
                    },
                    "tenants": {"default": {}, "acme": {}},
                    "api_keys": [
                        {
                            "sha256": hash_api_key(LIMITED_KEY),
                            "tenant": "acme",
                            "rate_limit": {"requests_per_minute": REQUESTS_PER_MINUTE},
                        },
                        {"sha256": hash_api_key(OPEN_KEY), "tenant": "acme"},
                    ],
                    "policies": {"directory": str(ROOT / "policies")},
                    "state": {"redis_url": redis.url, "lease_s": 3},
                }
            ),
            encoding="utf-8",
        )
        urls = [stack.enter_context(_instance(config, tmp_path, n)) for n in ("a", "b")]
        # Four workers load the NLP models at once: minutes on a busy 2-core machine.
        deadline = time.monotonic() + 420
        while not all(_ready(url) for url in urls):
            assert time.monotonic() < deadline, "the gateways did not become ready"
            time.sleep(0.5)

        # The rate limit: 6 per minute for the key, whichever worker answers.
        started = time.monotonic()
        answers = asyncio.run(_send(urls, LIMITED_KEY, 16))
        elapsed = time.monotonic() - started
        statuses = [r.status_code for r in answers]
        limited = [r for r in answers if r.status_code == 429]
        assert all("rate limit reached" in r.json()["error"]["message"] for r in limited)
        admitted = statuses.count(200)
        # The bucket starts full and refills one request per 10 s while the burst runs.
        assert REQUESTS_PER_MINUTE <= admitted <= REQUESTS_PER_MINUTE + elapsed / 10 + 1
        assert statuses.count(200) + len(limited) == 16
        remaining = {r.headers.get("x-ratelimit-remaining-requests") for r in limited}
        assert remaining == {"0"}

        # max_in_flight: never more than 2 at the replica, from four workers at once.
        backend.reset()
        answers = asyncio.run(_send(urls, OPEN_KEY, 16))
        assert [r.status_code for r in answers] == [200] * 16
        assert backend.peak_running == MAX_IN_FLIGHT

        # Redis dies mid-run: fail_open (the default) keeps serving, limits per worker.
        redis.kill()
        answers = asyncio.run(_send(urls, OPEN_KEY, 4))
        assert [r.status_code for r in answers] == [200] * 4
        metrics = httpx.get(f"{urls[0]}/metrics").text
        assert 'mamori_state_unavailable_total{operation="acquire_slot",policy="fail_open"}' in (
            metrics
        )
