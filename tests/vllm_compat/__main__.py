"""Run the vLLM-compatible test server standalone, for benchmarks and manual checks.

    python -m tests.vllm_compat --port 8001 --model qwen3-8b:32768 --latency-s 0.05

Writes one line ``listening on http://HOST:PORT`` to stderr once connections are accepted
(``--port 0`` picks a free port, so read the line), then serves until SIGINT or SIGTERM.
Knobs can be changed later over HTTP: ``POST /_test/config``.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from .config import ChunkChars, ServerConfig
from .server import DEFAULT_MAX_MODEL_LEN, VLLMCompatServer


def _model(value: str) -> tuple[str, int]:
    name, _, length = value.rpartition(":")
    if name and length.isdigit():
        return name, int(length)
    return value, DEFAULT_MAX_MODEL_LEN


def _chunk_chars(value: str) -> ChunkChars:
    low, sep, high = value.partition("-")
    try:
        return (int(low), int(high)) if sep else int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected N or MIN-MAX, got {value!r}") from exc


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m tests.vllm_compat",
        description="vLLM-compatible test server (vLLM's OpenAI protocol, no model).",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument(
        "--model",
        dest="models",
        action="append",
        type=_model,
        required=True,
        metavar="NAME[:MAX_MODEL_LEN]",
        help=f"served model (repeatable); max_model_len defaults to {DEFAULT_MAX_MODEL_LEN}",
    )
    parser.add_argument("--latency-s", type=float, default=0.0)
    parser.add_argument("--tokens-per-second", type=float, default=0.0)
    parser.add_argument("--chunk-chars", type=_chunk_chars, default=3, metavar="N|MIN-MAX")
    parser.add_argument("--reply", default=None, help="fixed answer instead of the echo")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-num-seqs", type=int, default=256)
    parser.add_argument("--scheduling-policy", choices=["fcfs", "priority"], default="fcfs")
    parser.add_argument(
        "--preemption",
        action="store_true",
        help="with --scheduling-policy priority: a more urgent waiting request displaces the "
        "least urgent running one, which redoes its prefill when it resumes",
    )
    parser.add_argument(
        "--concurrency-slowdown",
        type=float,
        default=0.0,
        help="each running request beyond the first slows prefill and tokens by this fraction",
    )
    parser.add_argument("--api-key", default=None)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        config = ServerConfig(
            latency_s=args.latency_s,
            tokens_per_second=args.tokens_per_second,
            chunk_chars=args.chunk_chars,
            reply=args.reply,
            seed=args.seed,
            max_num_seqs=args.max_num_seqs,
            scheduling_policy=args.scheduling_policy,
            preemption=args.preemption,
            concurrency_slowdown=args.concurrency_slowdown,
            api_key=args.api_key,
        )
    except ValueError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    server = VLLMCompatServer(dict(args.models), host=args.host, port=args.port, config=config)
    with server:
        sys.stderr.write(f"listening on {server.url}\n")
        sys.stderr.flush()
        # Event.wait without a timeout would not wake for signal handlers on every platform.
        while not stop.wait(0.2):
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
