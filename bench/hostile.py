"""Hostile input: what one very long message costs the gateway, with the client staying and
with the client leaving, and what four of them do to everyone else's latency.

For messages of 10 KB, 100 KB and 1 MB (UTF-8 bytes of the message text; Japanese and
Latin script; with ``--scripts ...,ja-plain`` Japanese without a single space, as prose is
written; with ``names`` Latin text that names people every few sentences, so that GiNZA's
NER runs on about one sentence in four; with ``dense`` a customer list whose every line
holds a name, a phone number and an e-mail address, so that the pseudonymized text is
mostly placeholders; with ``repeated`` a list of a few names, each followed by さん, repeated
about 4,800 times in 100 KB and 11,900 in 250 KB), against ``mamori serve`` (one worker,
the default policy: PII, guard, FAQ retrieval over a Milvus Lite index of the sample FAQ)
in front of the vLLM-compatible test server (a fixed short answer, so the response side
costs the same for every size):

* **stay**: gateway CPU-seconds for one request, the client waiting for the answer (the
  gateway and its worker processes, without the Milvus Lite server's background ticks);
  every message starts with a fresh number, so no cache of the gateway has seen it;
* **leave**: gateway CPU-seconds after the client closes the connection 100 ms after
  sending (measured until the gateway is idle again, or a deadline);
* **normal latency**: a short ordinary request's latency, idle and while four 100 KB
  Japanese requests run (their clients staying).

Two code trees are measured in one run, side by side: ``before`` (a commit given with
``--before``, exported with ``git archive``) and ``after`` (``--after``, default HEAD).
A tree's gateway is restarted when a request outlives the deadline, so a runaway request
does not bill the next one. Targets (issue 22): <= 2 CPU-s for the largest accepted input,
<= 1 CPU-s after a disconnect, a normal request <= 2x its idle latency.

Prints a table and writes JSON (default ``bench/results/hostile.json``). Loopback only;
every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import free_port, wait_ready

ROOT = Path(__file__).resolve().parents[1]
MODEL = "bench-model"
REPLY = "承知しました。担当者から折り返しご連絡します。"
SIZES = {"10KB": 10_000, "100KB": 100_000, "250KB": 250_000, "1MB": 1_000_000}
"""250 KB of varied Japanese is about 95,000 characters: just under the default ``pii.max_chars``
(100,000), so the largest Japanese message the default policy accepts."""
# Long messages are assembled from these pieces in a seeded order with fresh numbers, so
# that no two chunks of one message are alike: a repeated sentence would let the PII
# analysis cache answer most chunks and understate the cost of a real pasted document.
JA_TOPICS = (
    "先月の請求書", "契約の更新手続き", "配送先の住所変更", "支払い方法の変更", "会員登録の情報",
    "ポイントの残高", "返品の手続き", "保証期間の延長", "領収書の再発行", "注文のキャンセル",
    "定期便の一時停止", "アプリの表示の不具合", "ログインできない件", "在庫の確認", "納期の遅れ",
)  # fmt: skip
JA_ASKS = (
    "について確認したいことがあります", "の流れを教えてください", "がよく分かりません",
    "は今どうなっていますか", "を来月から変えたいのですが", "の件で改めて問い合わせました",
    "に誤りがあるように見えます", "を今週中に対応していただけますか",
)  # fmt: skip
JA_TAILS = (
    "前回も同じ内容をお送りしました。", "急ぎではありません。", "よろしくお願いいたします。",
    "担当の部署に回していただけると助かります。", "社内で検討しているところです。",
    "資料は別途お送りします。", "先週から困っています。", "",
)  # fmt: skip
LATIN_WORDS = (
    "invoice", "contract", "renewal", "delivery", "address", "payment", "method", "order",
    "account", "refund", "warranty", "shipment", "receipt", "schedule", "meeting", "report",
    "analysis", "budget", "customer", "service", "support", "ticket", "please", "check",
    "the", "last", "month", "our", "new", "for", "with", "and", "of", "to",
)  # fmt: skip
# People named alone (a given name, a rare surname, a Japanese given name in Latin text):
# undecided name candidates, so the PII analyzer asks GiNZA's NER about their sentences.
NAMED = ("as John said", "for Maria", "cc Whitfield", "from Kenji", "with 和子", "per Okonkwo")
# A customer list pasted whole (``--scripts dense``): every line a person, a phone number and
# an e-mail address, so that after pseudonymization the text is mostly placeholders and
# every later reader of the request (the guard's views, retrieval, the output side) meets
# thousands of them.
SURNAMES = ("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤")
GIVEN = ("太郎", "花子", "健一", "美咲", "大輔", "陽菜", "翔太", "結衣", "直樹", "彩")
ROMAJI = ("sato", "suzuki", "takahashi", "tanaka", "ito", "watanabe", "yamamoto", "nakamura")
NORMAL = "返品の手続きを教えてください。"
IDLE_CPU_S = 0.03
"""A gateway whose CPU time grows less than this over ``IDLE_WINDOW_S`` is idle."""
IDLE_WINDOW_S = 0.5


def message(script: str, size: int, nonce: int) -> str:
    """A message of ``size`` UTF-8 bytes (rounded down to whole characters), starting with
    ``nonce`` so that no cache of the gateway (PII analysis, query vectors) has seen it, and
    varied throughout (seeded by ``nonce``) so that no cache answers a part of it either."""
    rng = random.Random(nonce)
    pieces = [f"[{nonce}] "]
    length = len(pieces[0].encode())
    while length < size:
        if script == "dense":
            piece = (
                f"{rng.choice(SURNAMES)}{rng.choice(GIVEN)}様、"
                f"090-{rng.randrange(1000, 10000)}-{rng.randrange(1000, 10000)}、"
                f"{rng.choice(ROMAJI)}.{rng.randrange(100, 1000)}@example.co.jp\n"
            )
        elif script == "repeated":
            # A pasted attendee list: a handful of names over and over, ~11,900 of them in
            # 250 KB. Every repetition is a finding (spread to the others), so whatever runs
            # once per finding against every other finding is quadratic here.
            piece = f"{rng.choice(SURNAMES)}{rng.choice(GIVEN[:3])}さん、"
        elif script in ("ja", "ja-plain"):
            # ja-plain: no space anywhere, as Japanese prose is written (a pasted document):
            # a pattern that scans a run of non-space characters from every position is
            # quadratic there, and ja's one space a sentence hid that (19745c5).
            space = "" if script == "ja-plain" else " "
            piece = (
                f"{rng.choice(JA_TOPICS)}{rng.choice(JA_ASKS)}"
                f"（管理番号{space}{rng.randrange(10_000, 1_000_000)}、{rng.randrange(1, 13)}月"
                f"{rng.randrange(1, 29)}日分）。{rng.choice(JA_TAILS)}"
            )
        else:
            words = " ".join(rng.choice(LATIN_WORDS) for _ in range(rng.randrange(6, 15)))
            words = words.capitalize()
            if script == "names" and rng.random() < 0.25:
                words = f"{words} {rng.choice(NAMED)}"
            piece = f"{words} (ref {rng.randrange(10_000, 1_000_000)}). "
        pieces.append(piece)
        length += len(piece.encode())
    return "".join(pieces).encode()[:size].decode(errors="ignore")


def normal(nonce: int) -> str:
    return f"{NORMAL}（注文番号 {nonce}）"


def gateway_cpu(pid: int) -> float:
    """User + system CPU seconds of the gateway and its worker processes (Linux ``/proc``),
    without the Milvus Lite server it starts (its background ticks are not request work)."""
    total = 0.0
    pending = [pid]
    tick = os.sysconf("SC_CLK_TCK")
    while pending:
        current = pending.pop()
        try:
            command = Path(f"/proc/{current}/cmdline").read_bytes()
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        if b"milvus_lite" in command:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
        pending.extend(int(child) for child in children)
    return total


def body(text: str) -> dict[str, Any]:
    return {"model": MODEL, "messages": [{"role": "user", "content": text}], "max_tokens": 64}


class Tree:
    """One exported code tree and the gateway served from it."""

    def __init__(self, name: str, commit: str, scratch: Path, backend_url: str) -> None:
        self.name = name
        self.commit = commit
        self.root = scratch / name
        self.root.mkdir()
        archive = subprocess.run(
            ["git", "archive", commit], cwd=ROOT, check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(self.root)], input=archive, check=True)
        self.backend_url = backend_url
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("MAMORI_")}
        self.env.update(
            MAMORI_AUDIT__PATH=str(self.root / "audit.log"),
            MAMORI_LOG_LEVEL="ERROR",
            MAMORI_RETRIEVAL__MILVUS_URI=str(self.root / "milvus"),
            PYTHONPATH=str(self.root),
        )
        self.process: subprocess.Popen[bytes] | None = None
        self.port = 0
        subprocess.run(
            [sys.executable, "-m", "proxy.cli.main", "reindex", "faq"],
            cwd=self.root, env=self.env, check=True, capture_output=True,
        )  # fmt: skip

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "proxy.cli.main", "serve", "--upstream", self.backend_url,
             "--port", str(self.port), "--workers", "1"],
            cwd=self.root, env=self.env, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        wait_ready(self.url, "/readyz", timeout=180)
        # One ordinary request: models, caches and connection pools warm.
        httpx.post(self.url + "/v1/chat/completions", json=body(normal(0)), timeout=60)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None

    def cpu(self) -> float:
        assert self.process is not None
        return gateway_cpu(self.process.pid)

    def last_audit(self) -> dict[str, Any]:
        """Status and stage times of the last audited request (the one that was left)."""
        path = self.root / "audit.log"
        lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        if not lines:
            return {"audit": None}
        record = json.loads(lines[-1])
        stages = {s["stage"]: s.get("ms") for s in record.get("stages") or []}
        return {"audit_status": record.get("status"), "stages_ms": stages}

    def wait_idle(self, deadline_s: float) -> tuple[float, bool]:
        """CPU-seconds until the gateway is idle (or the deadline), and whether it got idle."""
        end = time.monotonic() + deadline_s
        last = self.cpu()
        while time.monotonic() < end:
            time.sleep(IDLE_WINDOW_S)
            now = self.cpu()
            if now - last < IDLE_CPU_S:
                return now, True
            last = now
        return self.cpu(), False


def stay(tree: Tree, text: str, deadline_s: float) -> dict[str, Any]:
    before = tree.cpu()
    started = time.perf_counter()
    try:
        response = httpx.post(
            tree.url + "/v1/chat/completions", json=body(text), timeout=deadline_s
        )
    except httpx.TimeoutException:
        return {"cpu_s": round(tree.cpu() - before, 2), "done": False, "status": None}
    seconds = time.perf_counter() - started
    return {
        "cpu_s": round(tree.cpu() - before, 2),
        "wall_s": round(seconds, 2),
        "done": True,
        "status": response.status_code,
        "action": response.headers.get("x-mamori-action", ""),
    }


def leave(tree: Tree, text: str, deadline_s: float) -> dict[str, Any]:
    """Send, close 100 ms later; CPU from the close until the gateway is idle."""
    payload = json.dumps(body(text), ensure_ascii=False).encode()
    head = (
        f"POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", tree.port)) as sock:
        sock.sendall(head + payload)
        time.sleep(0.1)
        at_close = tree.cpu()
    idle_at, idle = tree.wait_idle(deadline_s)
    return {"cpu_after_s": round(idle_at - at_close, 2), "idle": idle, **tree.last_audit()}


async def _latencies(url: str, count: int, first: int) -> list[float]:
    samples = []
    async with httpx.AsyncClient(timeout=300) as client:
        for index in range(count):
            started = time.perf_counter()
            text = normal(first + index)
            response = await client.post(url + "/v1/chat/completions", json=body(text))
            response.raise_for_status()
            samples.append(time.perf_counter() - started)
    return samples


async def _under_load(url: str, count: int, load_bytes: int, first: int) -> tuple[list[float], int]:
    """Normal-request latencies while four long requests run (each resent when it ends)."""
    stop = asyncio.Event()
    finished = 0

    async def hostile(loader: int) -> None:
        nonlocal finished
        async with httpx.AsyncClient(timeout=600) as client:
            while not stop.is_set():
                text = message("ja", load_bytes, 1_000_000 * (1 + loader) + first + finished)
                await client.post(url + "/v1/chat/completions", json=body(text))
                finished += 1

    loaders = [asyncio.create_task(hostile(loader)) for loader in range(4)]
    await asyncio.sleep(0.3)  # the four are inside the gateway's stages
    try:
        samples = await asyncio.wait_for(_latencies(url, count, first), timeout=900)
    finally:
        stop.set()
        for task in loaders:
            task.cancel()
        await asyncio.gather(*loaders, return_exceptions=True)
    return samples, finished


def normal_latency(tree: Tree, count: int, load: str, phase: int, rounds: int) -> dict[str, Any]:
    """Idle and under load, in ``rounds`` alternating blocks of ``count`` requests each (so
    a change in the machine's other load affects both sides alike); every normal request is
    a new text (``phase`` keeps the texts of one call apart from another's), so no cache
    answers it."""
    idle: list[float] = []
    loaded: list[float] = []
    hostile_done = 0
    for block in range(rounds):
        first = 10_000 * phase + 1_000 * block
        idle.extend(asyncio.run(_latencies(tree.url, count, first)))
        samples, done = asyncio.run(_under_load(tree.url, count, SIZES[load], first + 500))
        loaded.extend(samples)
        hostile_done += done
        # The four loaders were cancelled: let their leftover work end before what comes next.
        tree.wait_idle(120)
    idle_ms = statistics.median(idle) * 1000
    loaded_ms = statistics.median(loaded) * 1000
    return {
        "idle_p50_ms": round(idle_ms, 1),
        "loaded_p50_ms": round(loaded_ms, 1),
        "loaded_p90_ms": round(statistics.quantiles(loaded, n=10)[-1] * 1000, 1),
        "loaded_max_ms": round(max(loaded) * 1000, 1),
        "ratio": round(loaded_ms / idle_ms, 2),
        "load": f"4 x {load} ja",
        "hostile_finished": hostile_done,
        "n": count * rounds,
    }


def measure(
    tree: Tree,
    sizes: list[str],
    deadline_s: float,
    normal_n: int,
    loads: list[str],
    rounds: int,
    scripts: list[str],
) -> dict[str, Any]:
    rows: list[dict[str, Any]] = []
    nonce = 0
    tree.start()
    try:
        for size in sizes:
            for script in scripts:
                nonce += 2
                text = message(script, SIZES[size], nonce)
                row: dict[str, Any] = {"size": size, "script": script, "chars": len(text)}
                row["stay"] = stay(tree, text, deadline_s)
                if not row["stay"]["done"]:
                    tree.stop()
                    tree.start()
                row["leave"] = leave(tree, message(script, SIZES[size], nonce + 1), deadline_s)
                if not row["leave"]["idle"]:
                    tree.stop()
                    tree.start()
                rows.append(row)
                print(f"  {tree.name} {size} {script}: {row}", flush=True)
        normal = []
        for phase, load in enumerate(loads, start=1):
            normal.append(normal_latency(tree, normal_n, load, phase, rounds))
            print(f"  {tree.name} normal: {normal[-1]}", flush=True)
    finally:
        tree.stop()
    return {"commit": tree.commit, "rows": rows, "normal": normal}


def _cell(value: float | None, done: bool) -> str:
    if value is None:
        return "-"
    return f"{value:.2f}" if done else f">{value:.0f}"


def print_table(results: dict[str, Any]) -> None:
    names = list(results["trees"])
    print()
    header = "| message | chars |"
    rule = "|---|---:|"
    for name in names:
        header += f" {name}: stay CPU-s | {name}: after leaving CPU-s |"
        rule += "---:|---:|"
    print(header)
    print(rule)
    by_key: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
    for name in names:
        for row in results["trees"][name]["rows"]:
            by_key.setdefault((row["size"], row["script"]), {})[name] = row
    for (size, script), per_tree in by_key.items():
        first = next(iter(per_tree.values()))
        line = f"| {size} {script} | {first['chars']:,} |"
        for name in names:
            row = per_tree.get(name)
            if row is None:
                line += " not run | not run |"
                continue
            stay_row, leave_row = row["stay"], row["leave"]
            action = f" ({stay_row['action']})" if stay_row.get("action") else ""
            line += f" {_cell(stay_row['cpu_s'], stay_row['done'])}{action} |"
            line += f" {_cell(leave_row['cpu_after_s'], leave_row['idle'])} |"
        print(line)
    print()
    print("| tree | load | normal request idle p50 ms | under load p50 ms | ratio |")
    print("|---|---|---:|---:|---:|")
    for name in names:
        for normal in results["trees"][name]["normal"]:
            print(
                f"| {name} | {normal['load']} | {normal['idle_p50_ms']} | "
                f"{normal['loaded_p50_ms']} | {normal['ratio']}× |"
            )


def _names(listed: str) -> list[str]:
    names = [name for name in listed.split(",") if name]
    unknown = [name for name in names if name not in SIZES]
    if unknown:
        raise SystemExit(f"unknown size {unknown[0]!r}; sizes: {', '.join(SIZES)}")
    return names


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", help="commit before the change (omit: after only)")
    parser.add_argument("--after", default="HEAD")
    parser.add_argument(
        "--before-sizes",
        default="10KB,100KB",
        help="sizes run on the before tree (1 MB there runs for many minutes)",
    )
    parser.add_argument("--sizes", default=",".join(SIZES), help="sizes run on the after tree")
    parser.add_argument(
        "--loads", default="100KB", help="message sizes of the four concurrent requests"
    )
    parser.add_argument(
        "--scripts",
        default="ja,latin",
        help="message scripts: ja, ja-plain (Japanese without a space), latin, names (Latin"
        " naming people), dense (a customer list: a name, a phone number and an e-mail"
        " address on every line), repeated (a few names repeated, ~4,800 in 100 KB)",
    )
    parser.add_argument("--deadline-s", type=float, default=60.0)
    parser.add_argument("--normal-n", type=int, default=10, help="normal requests per block")
    parser.add_argument(
        "--rounds", type=int, default=3, help="alternating idle / under-load blocks"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "hostile.json")
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="mamori-hostile-"))
    backend_port = free_port()
    backend_url = f"http://127.0.0.1:{backend_port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAMORI_")}
    backend = subprocess.Popen(
        [sys.executable, "-m", "tests.vllm_compat", "--port", str(backend_port),
         "--model", f"{MODEL}:100000000", "--reply", REPLY, "--chunk-chars", "8"],
        cwd=ROOT, env=env, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    results: dict[str, Any] = {
        "sizes_bytes": SIZES,
        "deadline_s": args.deadline_s,
        "machine": f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start",
        "trees": {},
    }
    try:
        wait_ready(backend_url, "/health")
        plans = []
        if args.before:
            plans.append(("before", args.before, _names(args.before_sizes)))
        plans.append(("after", args.after, _names(args.sizes)))
        for name, commit, sizes in plans:
            print(f"{name}: {commit}", flush=True)
            tree = Tree(name, commit, scratch, backend_url)
            results["trees"][name] = measure(
                tree,
                sizes,
                args.deadline_s,
                args.normal_n,
                _names(args.loads),
                args.rounds,
                args.scripts.split(","),
            )
    finally:
        backend.terminate()
        backend.wait(timeout=15)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print_table(results)
    print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
