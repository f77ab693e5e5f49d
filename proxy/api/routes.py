"""The routes: each handler takes its dependencies by name from :func:`proxy.app.create_app`.

* ``POST /v1/chat/completions`` — :class:`proxy.api.chat.ChatCompletions`
* ``POST /v1/completions`` — :class:`proxy.api.completions.TextCompletions`
* ``POST /v1/embeddings`` — :class:`proxy.api.embeddings.EmbeddingsEndpoint`
* ``POST /v1/responses`` — :class:`proxy.api.responses.ResponsesEndpoint`
* ``GET /v1/models/{id}`` — one model of the list
* ``GET /v1/models`` — the configured public model names
* ``GET /healthz`` (and ``GET /health``, vLLM's name for it) — the process is alive
* ``GET /readyz`` — policies loaded, every model has a reachable backend and every FAQ
  index a policy or the built-in model searches is built (else 503)
* ``GET /metrics`` — Prometheus exposition

The exception handlers render every error in the OpenAI/vLLM shape.
"""

from __future__ import annotations

import logging
import time
from http import HTTPStatus
from typing import Any

import anyio
import httpx
from litestar import Request, Response, get, post
from litestar.di import NamedDependency
from litestar.exceptions import HTTPException
from litestar.params import FromPath
from litestar.status_codes import HTTP_500_INTERNAL_SERVER_ERROR

from guardrails.policy import PolicyStore
from proxy.access.auth import ApiKeyAuthenticator
from proxy.api.chat import ChatCompletions
from proxy.api.completions import TextCompletions
from proxy.api.embeddings import EmbeddingsEndpoint
from proxy.api.openapi import openapi_document
from proxy.api.request_id import request_id_of
from proxy.api.responses import ResponsesEndpoint
from proxy.errors import AuthenticationError, MamoriError, StatusError, model_not_found
from proxy.observability.audit import AuditLog, AuditRecord
from proxy.observability.log_config import log_failure
from proxy.observability.metrics import GatewayMetrics
from proxy.openai_wire import error_response, model_list
from proxy.pipeline.retrieval_runtime import RetrievalRuntime
from proxy.settings import ANY_MODEL, Settings
from proxy.upstream.health import HealthMonitor
from proxy.upstream.routing import ModelRouter

__all__ = ["ROUTES", "FrameworkErrors"]

logger = logging.getLogger(__name__)


@post("/v1/chat/completions", status_code=200)
async def chat_completions(
    request: Request[Any, Any, Any], chat: NamedDependency[ChatCompletions]
) -> Response[Any]:
    return await chat.handle(request)


@post("/v1/completions", status_code=200)
async def text_completions(
    request: Request[Any, Any, Any], completions: NamedDependency[TextCompletions]
) -> Response[Any]:
    return await completions.handle(request)


@post("/v1/embeddings", status_code=200)
async def embeddings_endpoint(
    request: Request[Any, Any, Any], embeddings: NamedDependency[EmbeddingsEndpoint]
) -> Response[Any]:
    return await embeddings.handle(request)


@post("/v1/responses", status_code=200)
async def responses_endpoint(
    request: Request[Any, Any, Any], responses: NamedDependency[ResponsesEndpoint]
) -> Response[Any]:
    return await responses.handle(request)


@get("/v1/models/{model_id:path}")
async def retrieve_model(
    request: Request[Any, Any, Any],
    model_id: FromPath[str],
    authenticator: NamedDependency[ApiKeyAuthenticator],
    router: NamedDependency[ModelRouter],
    settings: NamedDependency[Settings],
) -> Response[Any]:
    """One model of the list (``client.models.retrieve(id)``); ids may hold ``/``."""
    try:
        authenticator.authenticate(request.headers.get("authorization"))
    except AuthenticationError as exc:
        return error_response(exc)
    wanted = model_id.lstrip("/")
    lengths = await _model_lengths(router, settings)
    if wanted not in lengths:
        return error_response(model_not_found(wanted))
    [entry] = model_list({wanted: lengths[wanted]}, created=int(time.time()))["data"]
    return Response(entry)


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
    lengths = await _model_lengths(router, settings)
    return Response(model_list(lengths, created=int(time.time())))


async def _model_lengths(router: ModelRouter, settings: Settings) -> dict[str, int | None]:
    """Every model the gateway serves, with its context length where known: the
    configured names, and what the ``"*"`` route's backends serve."""
    lengths = {name: router.resolve(name).max_model_len for name in router.public_names}
    if router.has_wildcard:
        served = await _wildcard_models(router, settings.upstream.health_timeout_s)
        lengths = {**served, **lengths}
    return lengths


@get("/openapi.json", include_in_schema=False)
async def openapi_json() -> dict[str, Any]:
    """The OpenAPI document (:mod:`proxy.api.openapi`)."""
    return openapi_document()


@get(["/healthz", "/health"])
async def healthz() -> dict[str, str]:
    """Alive. ``/health`` is the path vLLM's server answers, so a probe or client written for
    vLLM finds it here too."""
    return {"status": "ok"}


@get("/readyz")
async def readyz(
    health: NamedDependency[HealthMonitor],
    router: NamedDependency[ModelRouter],
    policies: NamedDependency[PolicyStore],
    settings: NamedDependency[Settings],
    retrieval: NamedDependency[RetrievalRuntime | None],
) -> Response[Any]:
    """Ready while the gateway can serve: every model in ``upstream.required_models`` has a
    healthy replica, or (none required) at least one model has. A load balancer that pulls
    the whole gateway because one of several models is down would stop every other one.
    An FAQ index is checked where it is needed: the built-in model's index missing makes
    that model unavailable (its every answer would be a 503), and an index a policy in
    force searches, missing, makes the gateway not ready (every request of that policy
    would be a 503). The body gives each model's and index's state and the reasons."""
    await health.check_all()
    reasons: list[str] = []
    serving: dict[str, bool] = {}
    for group in router.groups:
        serving[group.name] = any(backend.healthy for backend in group.backends)
        if not serving[group.name]:
            detail = "; ".join(f"{b.url}: {b.reason}" for b in group.backends)
            reasons.append(f"model {group.name!r} has no healthy backend ({detail})")
    if not router.groups:
        reasons.append("no models are configured (set models: or --upstream)")
    indexes, policies_blocked = await _index_states(retrieval, policies, settings, serving)
    reasons += [*indexes.values(), *policies_blocked]
    required = settings.upstream.required_models
    ready = (
        all(serving.get(name, False) for name in required) if required else any(serving.values())
    ) and not policies_blocked
    body: dict[str, Any] = {
        "status": "ready" if ready else "not ready",
        "models": {name: "ready" if up else "unavailable" for name, up in serving.items()},
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
    if retrieval is not None:
        body["indexes"] = {
            name: "unavailable" if name in indexes else "ready"
            for name in _needed_indexes(policies, settings)
        }
    return Response(body, status_code=200 if ready else 503)


def _needed_indexes(policies: PolicyStore, settings: Settings) -> dict[str, list[str]]:
    """Each FAQ index the gateway searches, with who needs it: ``policy NAME`` for a policy
    with retrieval on, ``model NAME`` for the built-in model and its fallback group."""
    needed: dict[str, list[str]] = {}
    for name in policies.names:
        section = policies.get(name).policy.retrieval
        if section.enabled:
            needed.setdefault(section.index, []).append(f"policy {name}")
    builtin = settings.retrieval.builtin_model
    if builtin is not None:
        users = needed.setdefault(settings.retrieval.builtin_index, [])
        users += [f"model {builtin}", f"model {builtin}:fallback"]
    return needed


async def _index_states(
    retrieval: RetrievalRuntime | None,
    policies: PolicyStore,
    settings: Settings,
    serving: dict[str, bool],
) -> tuple[dict[str, str], list[str]]:
    """The FAQ indexes that cannot be searched (index -> why), marking the models that
    answer from them as not serving; and a reason for each policy in force whose index
    cannot be searched."""
    if retrieval is None:
        return {}, []
    needed = _needed_indexes(policies, settings)
    try:
        with anyio.fail_after(settings.upstream.health_timeout_s):
            problems = await anyio.to_thread.run_sync(
                retrieval.index_problems, list(needed), abandon_on_cancel=True
            )
    except TimeoutError:
        problems = {
            name: f"index {name!r}: Milvus did not answer within "
            f"{settings.upstream.health_timeout_s:g} s"
            for name in needed
        }
    blocked: list[str] = []
    for index in problems:
        for user in needed[index]:
            kind, _, name = user.partition(" ")
            if kind == "model" and name in serving:
                serving[name] = False
            elif kind == "policy":
                blocked.append(
                    f"policy {name!r} searches index {index!r}, which cannot be searched"
                )
    return problems, blocked


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


class FrameworkErrors:
    """Errors raised outside an endpoint's own handling — an unknown route, a wrong method,
    a body over the framework's cap, a bug — answered in the OpenAI shape, and, like every
    other response, counted in ``mamori_requests_total`` (model ``-``) and audited (status
    and error type; no text)."""

    def __init__(self, audit: AuditLog, metrics: GatewayMetrics) -> None:
        self._audit = audit
        self._metrics = metrics

    def handlers(self) -> dict[type[Exception] | int, Any]:
        """Litestar's ``exception_handlers``."""
        return {
            MamoriError: self._mamori_error,
            HTTPException: self._http_error,
            HTTP_500_INTERNAL_SERVER_ERROR: self._internal_error,
        }

    def _mamori_error(self, request: Request[Any, Any, Any], exc: Exception) -> Response[bytes]:
        assert isinstance(exc, MamoriError)
        return self._answer(request, exc)

    def _http_error(self, request: Request[Any, Any, Any], exc: Exception) -> Response[bytes]:
        assert isinstance(exc, HTTPException)
        if exc.status_code >= 500:
            logger.error("framework error %s: %s", exc.status_code, type(exc).__name__)
            return self._answer(request, MamoriError("internal error"))
        # "Method Not Allowed" -> "MethodNotAllowedError", the naming vLLM's types follow.
        phrase = HTTPStatus(exc.status_code).phrase.title().replace(" ", "").replace("-", "")
        message = str(exc.detail)
        headers: dict[str, str] = {}
        if exc.status_code == 404 and message == "Not Found":
            message = _unserved(request.url.path)
        if exc.status_code == 405:
            # RFC 9110 requires Allow on a 405; Litestar's router puts the path's methods
            # in the exception's headers, and the error said only "Method Not Allowed".
            allow = (exc.headers or {}).get("allow", "")
            methods = [m for m in allow.split(", ") if m and m != "OPTIONS"]
            if methods:
                headers["Allow"] = ", ".join(methods)
                message = (
                    f"method {request.method} is not allowed on this path; it accepts "
                    f"{' and '.join(methods)}"
                )
        error = StatusError(
            message, status_code=exc.status_code, error_type=f"{phrase}Error", headers=headers
        )
        return self._answer(request, error)

    def _internal_error(self, request: Request[Any, Any, Any], exc: Exception) -> Response[bytes]:
        log_failure(logger, "unhandled error", exc)
        return self._answer(request, MamoriError("internal error"))

    def _answer(self, request: Request[Any, Any, Any], error: MamoriError) -> Response[bytes]:
        request_id = request_id_of(request)
        self._metrics.requests.labels("-", str(error.status_code)).inc()
        self._audit.write(
            AuditRecord(
                ts=time.time(),
                request_id=request_id,
                tenant="",
                key="",
                model="",
                stream=False,
                policy="",
                policy_version="",
                status=error.status_code,
                action="error",
                error_type=error.error_type,
            )
        )
        return error_response(error, {"X-Request-Id": request_id, **error.response_headers()})


#: What the gateway serves, for the 404 of any other ``/v1`` path.
_SERVED = (
    "it serves POST /v1/chat/completions, /v1/completions, /v1/responses and /v1/embeddings, "
    "and GET /v1/models"
)


def _unserved(path: str) -> str:
    """The 404 message for a path no route serves. An SDK call to an OpenAI endpoint the
    gateway does not have (``responses.retrieve``, files, batches, moderations) said only
    "Not Found"; the path itself is never repeated (it is client text)."""
    if path.startswith("/v1/responses/"):
        return (
            "the gateway keeps no responses, so none can be retrieved, listed or deleted by "
            "id ('store' has no effect): send the whole conversation in 'input'"
        )
    if path.startswith("/v1/"):
        return f"this path is not an endpoint of the gateway: {_SERVED}"
    endpoint = path.rstrip("/")
    if endpoint in _WITHOUT_V1:
        # An OpenAI client whose base_url lacks /v1 (the usual first mistake).
        return (
            f"the gateway's endpoints are under /v1: this one is /v1{endpoint} (an OpenAI "
            "client's base_url must end in /v1, e.g. http://127.0.0.1:8080/v1)"
        )
    return "Not Found"


#: The endpoints' paths as a client whose ``base_url`` lacks ``/v1`` sends them.
_WITHOUT_V1 = frozenset(
    {"/chat/completions", "/completions", "/responses", "/embeddings", "/models"}
)


#: Every route of the gateway, registered by :func:`proxy.app.create_app`.
ROUTES = [
    chat_completions,
    text_completions,
    embeddings_endpoint,
    responses_endpoint,
    list_models,
    retrieve_model,
    healthz,
    readyz,
    openapi_json,
    metrics_endpoint,
]
