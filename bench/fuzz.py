"""The CI fuzz test's strategies, run longer, against the gateway with its real stages.

Starts the vLLM-compatible test server and a gateway in this process (the default policy's
stages: PII, guard; no FAQ index), sends ``--examples`` hypothesis-generated bodies to every
route and counts the answers by status. Any 5xx, or an error body not in the OpenAI shape,
is a finding; the table says how many. Prints a table and writes JSON.

    .venv/bin/python bench/fuzz.py [--examples 3000] [--out bench/results/fuzz.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx
from hypothesis import HealthCheck, given, settings

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from proxy.pipeline.assembly import build_pipeline  # noqa: E402
from proxy.settings import Settings  # noqa: E402
from tests.fuzz_bodies import FUZZ_MODEL, requests  # noqa: E402
from tests.gateway_server import GatewayServer  # noqa: E402
from tests.vllm_compat import VLLMCompatServer  # noqa: E402

MODEL = "bench-model"


def _shape_ok(response: httpx.Response) -> bool:
    if response.status_code < 400 or response.status_code == 499:
        return True
    try:
        error = json.loads(response.content)["error"]
    except (ValueError, KeyError, TypeError):
        return False
    return set(error) == {"message", "type", "param", "code"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=3000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "fuzz.json")
    args = parser.parse_args()
    statuses: Counter[str] = Counter()
    findings: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as tmp, VLLMCompatServer({MODEL: 4096}) as backend:
        gateway_settings = Settings.model_validate(
            {
                "server": {"port": 0},
                "models": {
                    MODEL: {"backends": [backend.url]},
                    FUZZ_MODEL: {"backends": [backend.url], "upstream_model": MODEL},
                    "*": {"backends": [backend.url]},
                },
                "policies": {"directory": str(ROOT / "policies")},
                "audit": {"path": str(Path(tmp) / "audit.log")},
            }
        )
        gateway = GatewayServer(gateway_settings, pipeline=build_pipeline(gateway_settings))
        gateway.start(timeout=300)
        started = time.perf_counter()
        try:
            with httpx.Client(base_url=gateway.url, timeout=30) as client:

                @settings(
                    max_examples=args.examples,
                    deadline=None,
                    database=None,
                    suppress_health_check=list(HealthCheck),
                )
                @given(request=requests())
                def send(request: tuple[tuple[str, str], bytes]) -> None:
                    (method, path), raw = request
                    response = client.request(
                        method, path, content=raw, headers={"Content-Type": "application/json"}
                    )
                    statuses[str(response.status_code)] += 1
                    if response.status_code >= 500:
                        findings[f"{method} {path} -> {response.status_code}"] += 1
                    elif not _shape_ok(response):
                        findings[f"{method} {path}: error body not in the OpenAI shape"] += 1

                send()
                alive = client.get("/healthz").status_code == 200
        finally:
            gateway.stop()
    seconds = time.perf_counter() - started
    total = sum(statuses.values())
    print(f"{total} requests in {seconds:.0f} s; gateway alive afterwards: {alive}")
    print(f"{'status':>8} {'count':>7}")
    for status, count in sorted(statuses.items()):
        print(f"{status:>8} {count:>7}")
    print(f"findings: {sum(findings.values())}")
    for what, count in findings.most_common():
        print(f"  {count:>5}  {what}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "requests": total,
                "seconds": round(seconds, 1),
                "statuses": dict(statuses),
                "findings": dict(findings),
                "alive_after": alive,
            },
            indent=2,
        )
        + "\n"
    )
    return 1 if findings or not alive else 0


if __name__ == "__main__":
    raise SystemExit(main())
