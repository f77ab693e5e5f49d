"""What the PII stages cost a streaming client: time to first token and held-back text.

Starts the vLLM-compatible test server (echoing the last user message in SSE chunks of 1–3
characters) as a separate process, and the gateway on uvicorn in this process with only the
PII stages (``pii.pseudonymize`` → ``pii.restore``; the other stages have their own
benchmarks), both on 127.0.0.1. Sends ~200-character messages full of personal data, at
concurrency 1:

* ``direct``: to the backend (the user's raw text is echoed back);
* ``new text``: through Mamori, every message new (the analyzer runs: cache miss);
* ``re-sent``: through Mamori, the same conversations again (analysis cached), as when a
  client re-sends its history with a new short turn.

For each: time to first content byte and to the end of the stream, p50/p99. The echo is
pseudonymized upstream and restored by the gateway, so every placeholder crosses chunk
boundaries. Separately, the streaming restorer's hold-back is measured in-process on the
same texts: the most characters held at once, and the time one ``feed`` takes. Prints a
table and writes JSON.

    .venv/bin/python bench/pii_stream.py [--messages 100] [--out FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
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

_SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"]
_GIVEN = ["太郎", "花子", "健太", "美咲", "翔太", "陽菜", "大輔", "由美", "拓也", "恵"]


def _message(rng: random.Random) -> str:
    """A ~200-character support message with a name, phone, e-mail, postal code, address."""
    name = rng.choice(_SURNAMES) + rng.choice(_GIVEN)
    other = rng.choice(_SURNAMES) + rng.choice(_GIVEN)
    phone = f"090-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    mail = f"user{rng.randint(100, 99999)}@example.co.jp"
    postal = f"〒{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
    block = f"{rng.randint(1, 9)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
    return (
        f"お世話になっております。{name}と申します。先日注文した商品の配送先を変更したく、"
        f"ご連絡しました。新しい送り先は{postal} 東京都世田谷区桜丘{block}です。"
        f"日中は{phone}に、それ以外はメール{mail}にご連絡ください。"
        f"受け取りは家族の{other}さんでも構いません。お手数ですがよろしくお願いいたします。"
    )


async def _phase(url: str, texts: list[str]) -> dict[str, Any]:
    async with httpx.AsyncClient(timeout=60) as client:
        ttft, total, wrong = [], [], 0
        for text in texts:
            first, whole, answer = await stream_chat(client, url, MODEL, text)
            ttft.append(first)
            total.append(whole)
            wrong += answer != text
    return {"ttft": summary(ttft), "stream": summary(total), "not_restored": wrong}


def _holdback(texts: list[str]) -> dict[str, Any]:
    """The restorer alone, on each text's pseudonymized form cut into 1–3-char pieces."""
    from guardrails.pii.engine import build_analyzer
    from guardrails.pii.pseudonymizer import pseudonymize
    from guardrails.pii.restorer import Restorer
    from guardrails.pii.vault import Vault
    from guardrails.policy.pii import PiiPolicy

    analyzer, policy = build_analyzer(), PiiPolicy()
    rng = random.Random(7)
    held_max, placeholders, feed_us = 0, 0, []
    for text in texts:
        vault = Vault()
        entities = policy.detected_types(analyzer.supported_entities)
        sent = pseudonymize(text, analyzer.analyze(text, entities=entities), policy, vault).text
        restorer = Restorer(vault)
        position = 0
        while position < len(sent):
            size = rng.randint(1, 3)
            piece = sent[position : position + size]
            position += size
            started = time.perf_counter()
            restorer.feed(piece)
            feed_us.append((time.perf_counter() - started) * 1e6)
        restorer.finish()
        held_max = max(held_max, restorer.held_max)
        placeholders += len(vault)
    feed_us.sort()
    return {
        "held_max_chars": held_max,
        "placeholders": placeholders,
        "feed_p50_us": round(feed_us[len(feed_us) // 2], 2),
        "feed_p99_us": round(feed_us[int(len(feed_us) * 0.99)], 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=100, help="messages per phase")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "pii_stream.json")
    args = parser.parse_args()

    rng = random.Random(2026)
    texts = [_message(rng) for _ in range(args.messages)]
    backend_port = free_port()
    backend_url = f"http://127.0.0.1:{backend_port}"
    scratch = Path(tempfile.mkdtemp(prefix="mamori-bench-"))
    backend = start_chunked_echo_backend(ROOT, backend_port, MODEL)
    from guardrails.pii.engine import build_analyzer
    from proxy.pipeline.runner import Pipeline
    from proxy.pipeline.stages.pii import PiiPseudonymizeStage, PiiRestoreStage
    from proxy.settings import Settings
    from tests.gateway_server import GatewayServer

    settings = Settings.model_validate(
        {
            "server": {"port": 0},
            "models": {MODEL: {"backends": [backend_url]}},
            "audit": {"path": str(scratch / "audit.log")},
            "log_level": "WARNING",
        }
    )
    pipeline = Pipeline([PiiPseudonymizeStage(build_analyzer())], [PiiRestoreStage()])
    gateway = GatewayServer(settings, pipeline=pipeline).start(timeout=120)
    try:
        wait_ready(backend_url, "/health")
        asyncio.run(_phase(gateway.url, [_message(random.Random(1))]))  # warm up
        phases = {
            "direct": asyncio.run(_phase(backend_url, texts)),
            "new text": asyncio.run(_phase(gateway.url, texts)),
            "re-sent": asyncio.run(_phase(gateway.url, texts)),
        }
    finally:
        gateway.stop()
        backend.terminate()
        backend.wait(timeout=20)
    holdback = _holdback(texts)

    header = f"{'phase':<10} {'ttft p50':>9} {'ttft p99':>9} {'end p50':>9} {'end p99':>9} wrong"
    print(header)
    print("-" * len(header))
    for name, row in phases.items():
        print(
            f"{name:<10} {row['ttft']['p50_ms']:>9.2f} {row['ttft']['p99_ms']:>9.2f} "
            f"{row['stream']['p50_ms']:>9.2f} {row['stream']['p99_ms']:>9.2f} "
            f"{row['not_restored']:>5}"
        )
    print(
        f"\nrestorer: at most {holdback['held_max_chars']} characters held at once over "
        f"{holdback['placeholders']} placeholders; feed() p50 {holdback['feed_p50_us']} µs, "
        f"p99 {holdback['feed_p99_us']} µs"
    )
    mean_chars = sum(map(len, texts)) / len(texts)
    result = {
        "benchmark": "pii_stream",
        "unit": "ms",
        "messages": args.messages,
        "mean_chars": round(mean_chars, 1),
        "chunk_chars": "1-3",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "phases": phases,
        "added_ttft_p50_ms": {
            name: round(row["ttft"]["p50_ms"] - phases["direct"]["ttft"]["p50_ms"], 2)
            for name, row in phases.items()
            if name != "direct"
        },
        "restorer": holdback,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
