"""What output filtering costs a streaming client: time to first token, throughput, holdback.

Starts the vLLM-compatible test server (echoing the last user message in SSE chunks of 1–3
characters) as a separate process, and two gateways on uvicorn in this process, both with
the default policy (``policies/default.yaml``) and ``pii.restore``: one without and one with
``output.filter`` (the real PII analyzer, phrase rules, leak checks, disclaimers). The
answers are realistic ~300-character Japanese support answers built from the sample FAQ
(four entries each, support numbers included), so the filter runs its PII analysis on
real sentences. At concurrency 1, per answer: time to the first content byte and to the
end of the stream (p50/p99), with the backend

* ``instant``: generating as fast as it can (the filter's own cost shows);
* ``paced``: at 50 tokens/s (1–3 characters each, ~100 characters/s: a busy GPU), where
  the sentence holdback adds the time the model takes to write the first sentence.

Throughput: answers per second and characters per second at concurrency 8 against the
instant backend (the gateway's CPU is the limit). Holdback, measured in-process on the same
answers cut into 1–3-character pieces: the most characters held at once, and per
character how many characters arrived after it before it was released (p50, p90, max).
Prints a table and writes JSON.

    .venv/bin/python bench/output.py [--answers 40] [--out FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from harness import free_port, start_chunked_echo_backend, stream_chat, summary, wait_ready

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
MODEL = "bench-model"
PACED_TOKENS_PER_SECOND = 50.0


def _answers(count: int, rng: random.Random) -> list[str]:
    """~300-character answers: four FAQ answers each, as a grounded model would write."""
    with (ROOT / "indexes" / "faq.jsonl").open(encoding="utf-8") as lines:
        entries = [json.loads(line)["answer"] for line in lines if line.strip()]
    answers = []
    for _ in range(count):
        picked = rng.sample(entries, 4)
        answers.append("お問い合わせありがとうございます。" + "".join(picked))
    return answers


async def _latency(urls: dict[str, str], texts: list[str]) -> dict[str, Any]:
    """Each answer through every gateway in turn (the order rotates per answer), so drift
    in the machine's load falls on all of them alike."""
    names = list(urls)
    ttft: dict[str, list[float]] = {name: [] for name in names}
    total: dict[str, list[float]] = {name: [] for name in names}
    async with httpx.AsyncClient(timeout=120) as client:
        for index, text in enumerate(texts):
            shift = index % len(names)
            for name in names[shift:] + names[:shift]:
                first, whole, _ = await stream_chat(client, urls[name], MODEL, text)
                ttft[name].append(first)
                total[name].append(whole)
    return {name: {"ttft": summary(ttft[name]), "stream": summary(total[name])} for name in names}


async def _throughput(url: str, texts: list[str], concurrency: int) -> dict[str, float]:
    queue = list(texts)
    chars = 0

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal chars
        while queue:
            text = queue.pop()
            _, _, got = await stream_chat(client, url, MODEL, text)
            chars += len(got)

    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(timeout=120, limits=limits) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return {
        "answers_per_s": round(len(texts) / elapsed, 2),
        "chars_per_s": round(chars / elapsed, 1),
    }


def _holdback(texts: list[str], lead_chars: int | None = None) -> dict[str, Any]:
    """The segmenter of the default policy on each answer cut into 1–3-character pieces
    (``lead_chars``: instead of the policy's)."""
    from guardrails.output.phrase_classifier import PhraseClassifier
    from guardrails.output.segmenter import Segmenter
    from guardrails.policy import load_policy_file

    policy = load_policy_file(ROOT / "policies" / "default.yaml").policy
    holdback = policy.output.holdback
    lead = holdback.lead_chars if lead_chars is None else lead_chars
    may_end = PhraseClassifier(policy).may_end
    rng = random.Random(7)
    held_max, delays, first = 0, [], []
    for text in texts:
        segmenter = Segmenter(holdback.boundaries, holdback.max_chars, lead, lead_ok=may_end)
        received = released = 0
        while received < len(text):
            piece = text[received : received + rng.randint(1, 3)]
            received += len(piece)
            for segment in segmenter.feed(piece) + (
                segmenter.finish() if received == len(text) else []
            ):
                if not released:
                    first.append(received)
                delays += [received - (released + i + 1) for i in range(len(segment))]
                released += len(segment)
        held_max = max(held_max, segmenter.held_max)
    delays.sort()
    first.sort()
    return {
        "max_chars": holdback.max_chars,
        "lead_chars": lead,
        "first_release_p50_chars": first[len(first) // 2],
        "first_release_max_chars": first[-1],
        "held_max_chars": held_max,
        "delay_p50_chars": delays[len(delays) // 2],
        "delay_p90_chars": delays[int(len(delays) * 0.9)],
        "delay_max_chars": delays[-1],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--answers", type=int, default=40, help="answers per phase")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "output.json")
    args = parser.parse_args()

    texts = _answers(args.answers, random.Random(2026))
    backend_port = free_port()
    backend_url = f"http://127.0.0.1:{backend_port}"
    scratch = Path(tempfile.mkdtemp(prefix="mamori-bench-"))
    # Every policy file: the default policy extends others (guard-baseline).
    shutil.copytree(ROOT / "policies", scratch / "policies")
    # The same policy with the first segment held for a whole sentence (before the lead cut).
    shutil.copytree(ROOT / "policies", scratch / "policies-sentence")
    default = (ROOT / "policies" / "default.yaml").read_text(encoding="utf-8")
    sentence = default.replace(
        "holdback: {max_chars: 80}", "holdback: {max_chars: 80, lead_chars: 0}"
    )
    assert sentence != default, "policies/default.yaml: holdback line not found"
    (scratch / "policies-sentence" / "default.yaml").write_text(sentence, encoding="utf-8")
    backend = start_chunked_echo_backend(ROOT, backend_port, MODEL)
    from guardrails.pii.engine import build_analyzer
    from proxy.pipeline.fair_limiter import FairLimiter
    from proxy.pipeline.runner import Pipeline
    from proxy.pipeline.stages.output import OutputFilterStage
    from proxy.pipeline.stages.pii import PiiRestoreStage
    from proxy.settings import Settings
    from tests.gateway_server import GatewayServer

    def settings(name: str, policies: str = "policies") -> Settings:
        return Settings.model_validate(
            {
                "server": {"port": 0},
                "models": {MODEL: {"backends": [backend_url]}},
                "policies": {"directory": str(scratch / policies)},
                "audit": {"path": str(scratch / f"audit-{name}.log")},
                "log_level": "WARNING",
            }
        )

    analyzer = build_analyzer()
    stage = OutputFilterStage(analyzer, limiter=FairLimiter())
    gateways = {
        "off": GatewayServer(settings("off"), pipeline=Pipeline([], [PiiRestoreStage()])),
        "on": GatewayServer(settings("on"), pipeline=Pipeline([], [stage, PiiRestoreStage()])),
        "sentence": GatewayServer(
            settings("sentence", "policies-sentence"),
            pipeline=Pipeline([], [stage, PiiRestoreStage()]),
        ),
    }
    results: dict[str, Any] = {}
    load: dict[str, list[float]] = {}
    try:
        for gateway in gateways.values():
            gateway.start(timeout=120)
        wait_ready(backend_url, "/health")
        urls = {name: gateway.url for name, gateway in gateways.items()}
        asyncio.run(_latency(urls, texts[:3]))  # warm up (first NER call, connections)
        for pace in ("instant", "paced"):
            tokens_per_second = PACED_TOKENS_PER_SECOND if pace == "paced" else 0.0
            httpx.post(backend_url + "/_test/config", json={"tokens_per_second": tokens_per_second})
            load[pace] = [round(os.getloadavg()[0], 2)]
            for name, row in asyncio.run(_latency(urls, texts)).items():
                results[f"{pace}/{name}"] = row
            load[pace].append(round(os.getloadavg()[0], 2))
        httpx.post(backend_url + "/_test/config", json={"tokens_per_second": 0.0})
        throughput = {
            name: asyncio.run(_throughput(gateway.url, texts, 8))
            for name, gateway in gateways.items()
            if name != "sentence"
        }
    finally:
        for gateway in gateways.values():
            gateway.stop()
        backend.terminate()
        backend.wait(timeout=20)
    holdback = _holdback(texts)
    holdback_sentence = _holdback(texts, lead_chars=0)

    header = f"{'phase':<13} {'ttft p50':>9} {'ttft p99':>9} {'end p50':>9} {'end p99':>9}"
    print(header)
    print("-" * len(header))
    for name, row in results.items():
        print(
            f"{name:<13} {row['ttft']['p50_ms']:>9.2f} {row['ttft']['p99_ms']:>9.2f} "
            f"{row['stream']['p50_ms']:>9.2f} {row['stream']['p99_ms']:>9.2f}"
        )
    print("\nconcurrency 8, instant backend:")
    for name, row in throughput.items():
        print(
            f"  filter {name:<3} {row['answers_per_s']:>7.2f} answers/s "
            f"{row['chars_per_s']:>9.1f} chars/s"
        )
    for row in (holdback, holdback_sentence):
        print(
            f"\nholdback (max_chars {row['max_chars']}, lead_chars {row['lead_chars']}): first "
            f"text out after {row['first_release_p50_chars']} characters (p50, max "
            f"{row['first_release_max_chars']}); at most {row['held_max_chars']} characters held "
            f"at once; per character, released after p50 {row['delay_p50_chars']}, p90 "
            f"{row['delay_p90_chars']}, max {row['delay_max_chars']} more characters had arrived"
        )
    print(f"load average (before, after) per pace: {load}")
    added = {
        f"{pace}/{name}": {
            "ttft_p50_ms": round(
                results[f"{pace}/{name}"]["ttft"]["p50_ms"]
                - results[f"{pace}/off"]["ttft"]["p50_ms"],
                2,
            ),
            "end_p50_ms": round(
                results[f"{pace}/{name}"]["stream"]["p50_ms"]
                - results[f"{pace}/off"]["stream"]["p50_ms"],
                2,
            ),
        }
        for pace in ("instant", "paced")
        for name in ("on", "sentence")
    }
    print(f"added over filter off (p50): {added}")
    result = {
        "benchmark": "output",
        "unit": "ms",
        "answers": args.answers,
        "mean_chars": round(sum(map(len, texts)) / len(texts), 1),
        "chunk_chars": "1-3",
        "paced_tokens_per_second": PACED_TOKENS_PER_SECOND,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "phases": results,
        "added": added,
        "throughput_concurrency_8": throughput,
        "holdback": holdback,
        "holdback_sentence": holdback_sentence,
        "load_average": load,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
