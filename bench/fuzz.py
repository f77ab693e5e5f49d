"""The CI fuzz test's strategies, run longer, against the gateway with its real stages.

Starts the vLLM-compatible test server and a gateway in this process (the default policy's
stages: PII, guard; no FAQ index), sends ``--examples`` hypothesis-generated bodies to every
route and counts the answers by status. Any 5xx, or an error body not in the OpenAI shape,
is a finding; the table says how many. So is personal data planted in the bodies
(``tests.fuzz_bodies.PLANTED``: a name and a phone number, also with zero-width and bidi
characters, variation selectors or control characters inside, full width, in the digits of
other scripts, next to user-typed placeholders in the forms the restorer reads: full-width
lower case, JSON-escaped, SALESPERSON_1; JSON-escaped in cut-off tool-call arguments) that
reaches the backend in any field of any request it received: every string of the forwarded
body (and of JSON inside a string, such as tool-call arguments, and a string's JSON escapes
decoded) is compared as a reader sees it (:func:`_squeezed`). The
first few leaking bodies are written to the JSON (``leak_examples``, the backend's field
paths). Prints a table and writes JSON.

    .venv/bin/python bench/fuzz.py [--examples 3000] [--out bench/results/fuzz.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from proxy.pipeline.assembly import build_pipeline  # noqa: E402
from proxy.settings import Settings  # noqa: E402
from tests.fuzz_bodies import FUZZ_MODEL, PLANTED_VALUES, requests  # noqa: E402
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


_JSON_U = re.compile(r"\\u([0-9A-Fa-f]{4})")


def _strings(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string of a JSON value (keys too, and JSON inside strings), with its path."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield f"{path}.<key>", str(key)
            yield from _strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}.{index}")
    elif isinstance(value, str):
        yield path, value
        if "\\u" in value:
            # JSON escapes in text that is not a JSON document (cut-off tool arguments):
            # a reader of the JSON reads the characters they stand for.
            yield f"{path}(unescaped)", _JSON_U.sub(lambda m: chr(int(m[1], 16)), value)
        if value[:1] in "{[":
            try:
                inner = json.loads(value)
            except ValueError:
                return
            yield from _strings(inner, f"{path}(json)")


# Marks that display nothing: variation selectors, the combining grapheme joiner, Mongolian
# variation selectors. Other combining marks show (a written accent), so they stay.
_INVISIBLE_MARKS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef\u034f\u180b-\u180f]")


def _squeezed(text: str) -> str:
    """``text`` as a reader sees it: NFKC, nothing invisible, no spaces or hyphens, the
    digits of every script (٠١٢, ०१२) as ASCII digits."""
    text = _INVISIBLE_MARKS.sub("", unicodedata.normalize("NFKC", text))
    return "".join(
        str(unicodedata.decimal(c)) if c.isdecimal() else c
        for c in text
        if not c.isspace() and c not in "-‐‑–—－" and unicodedata.category(c) not in ("Cf", "Cc")
    )


def leaks(raw: bytes) -> list[str]:
    """The paths of a forwarded body's strings that hold a planted value."""
    try:
        body = json.loads(raw)
    except ValueError:
        body = raw.decode("utf-8", "replace")
    return [
        path
        for path, text in _strings(body)
        if any(value in _squeezed(text) for value in PLANTED_VALUES)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=3000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "fuzz.json")
    args = parser.parse_args()
    statuses: Counter[str] = Counter()
    findings: Counter[str] = Counter()
    leak_examples: list[dict[str, Any]] = []
    # Requests whose body held planted data and that reached the backend: the leak check
    # is exercised on these (a body refused at the door sends nothing).
    exercised: Counter[str] = Counter()
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
                    seen = len(backend.requests)
                    response = client.request(
                        method, path, content=raw, headers={"Content-Type": "application/json"}
                    )
                    if len(backend.requests) > seen and leaks(raw):
                        exercised["planted_forwarded"] += 1
                    for forwarded in backend.requests[seen:]:
                        where = leaks(forwarded.raw_body)
                        if where:
                            findings[f"{method} {path}: planted personal data upstream"] += 1
                            if len(leak_examples) < 10:
                                leak_examples.append(
                                    {"path": path, "sent": raw.decode("utf-8", "replace"),
                                     "fields": where}
                                )  # fmt: skip
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
    planted_forwarded = exercised["planted_forwarded"]
    print(f"requests with planted personal data that reached the backend: {planted_forwarded}")
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
                "planted_forwarded": planted_forwarded,
                "leak_examples": leak_examples,
            },
            indent=2,
        )
        + "\n"
    )
    return 1 if findings or not alive else 0


if __name__ == "__main__":
    raise SystemExit(main())
