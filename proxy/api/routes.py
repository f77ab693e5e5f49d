"""The routes: each handler takes its dependencies by name from :func:`proxy.app.create_app`.

* ``POST /v1/chat/completions`` — :class:`proxy.api.chat.ChatCompletions`
* ``GET /v1/models`` — the configured public model names
* ``GET /healthz`` — the process is alive
* ``GET /readyz`` — policies loaded and every model has a reachable backend (else 503)
* ``GET /metrics`` — Prometheus exposition

The exception handlers render every error in the OpenAI/vLLM shape.
"""

from __future__ import annotations

import logging
import time
from http import HTTPStatus
from typing import Any

import httpx
from litestar import Request, Response, get, post
from litestar.di import NamedDependency
from litestar.exceptions import HTTPException

from guardrails.policy import PolicyStore
from proxy.access.auth import ApiKeyAuthenticator
from proxy.api.chat import ChatCompletions
from proxy.errors import AuthenticationError, MamoriError, StatusError
from proxy.observability.log_config import log_failure
from proxy.observability.metrics import GatewayMetrics
from proxy.openai_wire import error_response, model_list
from proxy.settings import ANY_MODEL, Settings
from proxy.upstream.health import HealthMonitor
from proxy.upstream.routing import ModelRouter

__all__ = ["ROUTES", "http_error", "internal_error", "mamori_error"]

logger = logging.getLogger(__name__)


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
    return Response(model_list(lengths, created=created))


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


def mamori_error(_: Request[Any, Any, Any], exc: Exception) -> Response[bytes]:
    assert isinstance(exc, MamoriError)
    return error_response(exc)


def http_error(_: Request[Any, Any, Any], exc: Exception) -> Response[bytes]:
    assert isinstance(exc, HTTPException)
    if exc.status_code >= 500:
        logger.error("framework error %s: %s", exc.status_code, exc.detail)
        return error_response(MamoriError("internal error"))
    # "Method Not Allowed" -> "MethodNotAllowedError", the naming vLLM's types follow.
    phrase = HTTPStatus(exc.status_code).phrase.title().replace(" ", "").replace("-", "")
    error = StatusError(str(exc.detail), status_code=exc.status_code, error_type=f"{phrase}Error")
    return error_response(error)


def internal_error(_: Request[Any, Any, Any], exc: Exception) -> Response[bytes]:
    log_failure(logger, "unhandled error", exc)
    return error_response(MamoriError("internal error"))


#: Every route of the gateway, registered by :func:`proxy.app.create_app`.
ROUTES = [chat_completions, list_models, healthz, readyz, metrics_endpoint]
