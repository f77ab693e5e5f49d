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
"refusal" shape to answer with); more text than the policy reads for personal data
(``pii.max_chars``, ``over_max_chars: block``) is a 400 saying so, ``code:
"too_long_to_check"``; token-id inputs, which no stage can read, are a 400
unless the policy allows personal data.
"""

from __future__ import annotations

import time
from typing import Any

from litestar import Request, Response
from litestar.background_tasks import BackgroundTask

from proxy.api.disconnect import unless_client_leaves
from proxy.api.embeddings_request import parse_embeddings_request
from proxy.api.exchange import Exchange, milliseconds
from proxy.api.intake import Intake
from proxy.errors import BadRequestError
from proxy.pipeline.runner import Pipeline

__all__ = ["EmbeddingsEndpoint"]

_PII_STAGE = "pii.pseudonymize"


class EmbeddingsEndpoint:
    """The embeddings endpoint's logic, built once in the app factory."""

    def __init__(self, *, intake: Intake, pipeline: Pipeline) -> None:
        self._intake = intake
        self._exchanges = intake.exchanges
        self._pipeline = pipeline

    async def handle(self, request: Request[Any, Any, Any]) -> Response[Any]:
        return await self._intake.serve(request, self._handle)

    async def _handle(self, request: Request[Any, Any, Any], ex: Exchange) -> Response[Any]:
        admitted = await self._intake.admit(
            request, ex, lambda raw, limits: parse_embeddings_request(raw, limits=limits)
        )
        embed, route = admitted.parsed, admitted.route
        assert route is not None  # aliases are resolved at admission here
        personal_data = admitted.caller.policy.policy.embeddings.personal_data
        ctx = admitted.context(ex, embed.body)
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
                if found is not None and found.action == "too-long":
                    # Not a finding: more text than the policy reads (pii.max_chars with
                    # over_max_chars: block). Saying "holds personal data" sent users
                    # looking for a name in a text that had none.
                    raise BadRequestError(
                        f"the request holds {found.detail.get('chars', 0):,} characters of "
                        "text; this policy checks at most "
                        f"{found.detail.get('max_chars', 0):,} for personal data "
                        "(pii.max_chars) and refuses longer requests",
                        param="input",
                        code="too_long_to_check",
                    )
                raise BadRequestError(
                    "the input holds personal data this policy does not allow to be embedded",
                    param="input",
                    code="personal_data_blocked",
                )

        upstream = await unless_client_leaves(
            request, self._intake.send(route, "/v1/embeddings", dict(ctx.body), ex)
        )
        answer = await upstream.read_whole()
        ex.record.usage = answer.usage
        ex.record.ttft_ms = milliseconds(time.perf_counter() - ex.started)
        return Response(
            content=answer.raw,
            status_code=200,
            media_type="application/json",
            headers=ex.headers,
            # The audit write is a system call: it happens after the answer went out.
            background=BackgroundTask(self._exchanges.finish_after_answer, ex, status=200),
        )
