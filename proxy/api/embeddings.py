"""``POST /v1/embeddings``: embedding inputs, routed by ``model`` like chat.

The steps: caller (:mod:`proxy.api.caller`), body (:mod:`proxy.api.embeddings_request`),
route, rate limit, personal data as the policy's ``embeddings.personal_data`` says
(``pseudonymize``: the ``pii.pseudonymize`` stage alone, with the ``pii`` section's
actions; ``block``: refused when it finds any; ``allow``: untouched), then the backend
(vLLM ``--runner pooling``, llama.cpp, TEI, any OpenAI-style embeddings server, or the
built-in multilingual-e5). The answer is returned as the backend wrote it: vectors carry
no text to restore or filter. The guard does not run: inputs are documents, not
instructions. Audit record and metrics as for chat.

Failure behaviour: as chat. Personal data the policy refuses is a 400 with
``code: "personal_data_blocked"`` and ``X-Mamori-Action: block`` (an embedding has no
"refusal" shape to answer with); token-id inputs, which no stage can read, are a 400
unless the policy allows personal data.
"""

from __future__ import annotations

import json
import time
from typing import Any

from litestar import Request, Response
from litestar.background_tasks import BackgroundTask

from proxy.access.rate_limit import RateLimiter
from proxy.api.caller import CallerResolver
from proxy.api.chat_request import read_body
from proxy.api.disconnect import unless_client_leaves
from proxy.api.embeddings_request import parse_embeddings_request
from proxy.api.exchange import Exchange, ExchangeLog, milliseconds
from proxy.api.request_id import request_id_of
from proxy.errors import BadRequestError, UpstreamError
from proxy.pipeline.contract import RequestContext
from proxy.pipeline.runner import Pipeline
from proxy.upstream.routing import ModelRouter

__all__ = ["EmbeddingsEndpoint"]

_PII_STAGE = "pii.pseudonymize"


class EmbeddingsEndpoint:
    """The embeddings endpoint's logic, built once in the app factory."""

    def __init__(
        self,
        *,
        callers: CallerResolver,
        pipeline: Pipeline,
        router: ModelRouter,
        exchanges: ExchangeLog,
        rate_limiter: RateLimiter,
    ) -> None:
        self._callers = callers
        self._pipeline = pipeline
        self._router = router
        self._exchanges = exchanges
        self._rate_limiter = rate_limiter

    async def handle(self, request: Request[Any, Any, Any]) -> Response[Any]:
        ex = self._exchanges.open(request_id_of(request))
        return await self._exchanges.answer(ex, self._handle(request, ex))

    async def _handle(self, request: Request[Any, Any, Any], ex: Exchange) -> Response[Any]:
        caller = self._callers.resolve(request, ex)
        limits = caller.limits
        raw = await read_body(request, limits.max_body_bytes, timeout_s=limits.body_timeout_s)
        embed = parse_embeddings_request(raw, limits=limits)
        ex.name_model(embed.model, configured=self._router.is_configured(embed.model))
        route = self._router.resolve(embed.model)
        ex.rate = await self._rate_limiter.admit(caller.principal, embed.estimated_tokens)
        if ex.rate is not None:
            ex.headers.update(ex.rate.headers)

        personal_data = caller.policy.policy.embeddings.personal_data
        ctx = RequestContext(
            request_id=ex.record.request_id,
            tenant=caller.principal.tenant,
            key_name=caller.principal.key_name,
            model=embed.model,
            body=embed.body,
            stream=False,
            policy=caller.policy,
        )
        if personal_data != "allow":
            if not embed.texts:
                raise BadRequestError(
                    "token-id inputs cannot be checked for personal data; this policy "
                    "accepts text inputs only (embeddings.personal_data: allow lifts this)",
                    param="input",
                )
            try:
                await unless_client_leaves(
                    request, self._pipeline.run_request(ctx, only=(_PII_STAGE,))
                )
            finally:
                self._exchanges.collect_stages(ctx, ex)
            found = next((d for d in ctx.decisions if d.stage == _PII_STAGE), None)
            if ctx.reply is not None or (personal_data == "block" and found and found.pii):
                ex.record.action = "block"
                ex.headers["X-Mamori-Action"] = "block"
                raise BadRequestError(
                    "the input holds personal data this policy does not allow to be embedded",
                    param="input",
                    code="personal_data_blocked",
                )

        body = dict(ctx.body)
        body["model"] = route.upstream_model
        upstream = await unless_client_leaves(
            request,
            route.group.send(
                "POST",
                "/v1/embeddings",
                content=json.dumps(body, ensure_ascii=False).encode(),
                headers={"Content-Type": "application/json", "X-Request-Id": ex.record.request_id},
                qos=ex.qos,
            ),
        )
        ex.model_accepted()
        ex.record.queue_ms = milliseconds(upstream.queued_s)
        ex.record.backend = upstream.backend.url
        ex.record.upstream_status = upstream.response.status_code
        try:
            content = await upstream.response.aread()
        finally:
            await upstream.aclose()
        try:
            payload = json.loads(content)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise UpstreamError(
                f"backend {upstream.backend.url} sent a body that is not JSON"
            ) from exc
        upstream.succeeded()
        usage = payload.get("usage") if isinstance(payload, dict) else None
        ex.record.usage = usage if isinstance(usage, dict) else None
        ex.record.ttft_ms = milliseconds(time.perf_counter() - ex.started)
        return Response(
            content=content,
            status_code=200,
            media_type="application/json",
            headers=ex.headers,
            # The audit write is a system call: it happens after the answer went out.
            background=BackgroundTask(self._exchanges.finish, ex, status=200),
        )
