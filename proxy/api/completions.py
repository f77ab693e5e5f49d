"""``POST /v1/completions``: legacy text completions, with the same stages as chat.

The steps: caller, body (:mod:`proxy.api.completions_request`), route, rate limit, the
request stages ``pii.pseudonymize`` and ``guard.classify`` over the prompts (each prompt
read as a user message, so the stages see exactly what chat would show them), the upstream
call, and the response stages on each choice's ``text`` — whole, or chunk by chunk through
the shared stream relay — so placeholders are restored and the output filter applies.
``retrieval.inject`` does not run: a raw prompt has no place for FAQ context. A guard
refusal is a normal ``text_completion`` with ``finish_reason: "content_filter"``.

Failure behaviour: as chat.
"""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

from litestar import Request, Response
from litestar.background_tasks import BackgroundTask

from proxy.api.completions_request import CompletionsRequest, parse_completions_request
from proxy.api.disconnect import unless_client_leaves
from proxy.api.exchange import Exchange, milliseconds
from proxy.api.intake import Intake
from proxy.api.streaming import SSE_HEADERS, StreamRelay
from proxy.api.token_outputs import refuse_token_outputs
from proxy.openai_wire import DONE_EVENT, encode_event, with_usage_chunk
from proxy.pipeline.contract import AnswerStopped, RequestContext
from proxy.pipeline.runner import Pipeline

__all__ = ["TextCompletions"]

#: The request stages a raw prompt goes through.
_STAGES = ("pii.pseudonymize", "guard.classify")
_STOPPED = "content_filter"


class TextCompletions:
    """The text completions endpoint's logic, built once in the app factory."""

    def __init__(self, *, intake: Intake, pipeline: Pipeline, streams: StreamRelay) -> None:
        self._intake = intake
        self._exchanges = intake.exchanges
        self._pipeline = pipeline
        self._streams = streams

    async def handle(self, request: Request[Any, Any, Any]) -> Response[Any]:
        return await self._intake.serve(request, self._handle)

    async def _handle(self, request: Request[Any, Any, Any], ex: Exchange) -> Response[Any]:
        admitted = await self._intake.admit(
            request, ex, lambda raw, limits: parse_completions_request(raw, limits=limits)
        )
        text, route = admitted.parsed, admitted.route
        assert route is not None  # aliases are resolved at admission here
        if self._pipeline.response_stages:
            refuse_token_outputs(text.body, "completions")
        ctx = admitted.context(ex, _as_chat(text))
        # Every prompt is the last user message of its own generation.
        ctx.separate_prompts = True
        reply = await self._intake.run_stages(request, ex, ctx, self._pipeline, only=_STAGES)
        if reply is not None:
            return _reply(text, reply.content, reply.finish_reason, ex.headers)

        body = _from_chat(ctx.body, text)
        if text.stream:
            with_usage_chunk(body)
        upstream = await unless_client_leaves(
            request, self._intake.send(route, "/v1/completions", body, ex)
        )
        if text.stream:
            return self._streams.response(
                upstream, ex, ctx, include_usage=text.include_usage, text_completion=True
            )
        answer = await upstream.read_whole()
        payload = answer.payload
        ex.record.usage = answer.usage
        choices = payload.get("choices") or [] if isinstance(payload, dict) else []
        for choice in choices:
            if isinstance(choice, dict) and ex.stop_strings is not None:
                ex.stop_strings.restore(choice)
        if await self._filter(ctx, choices):
            ex.record.action = "stop"
            ex.headers["X-Mamori-Action"] = "stop"
        self._exchanges.collect_stages(ctx, ex, response_side=True)
        if choices:
            ex.record.finish_reason = choices[0].get("finish_reason")
        ex.record.ttft_ms = milliseconds(time.perf_counter() - ex.started)
        return Response(
            content=json.dumps(payload, ensure_ascii=False).encode(),
            media_type="application/json",
            headers=ex.headers,
            background=BackgroundTask(self._exchanges.finish_after_answer, ex, status=200),
        )

    async def _filter(self, ctx: RequestContext, choices: list[Any]) -> bool:
        """Each choice's ``text`` through the response stages; True when one was stopped."""
        stopped = False
        for choice in choices:
            if not isinstance(choice, dict) or not isinstance(choice.get("text"), str):
                continue
            text_filter = self._pipeline.open_filter(ctx, "content")
            if text_filter is None:
                return False
            try:
                choice["text"] = await text_filter.feed(choice["text"]) + await text_filter.finish()
            except AnswerStopped as stop:
                choice["text"] = stop.text + stop.notice
                choice["finish_reason"] = _STOPPED
                stopped = True
        return stopped


def _as_chat(text: CompletionsRequest) -> dict[str, Any]:
    """The request as the stages read it: each prompt a user message; the other fields as
    sent, so every field that can reach the model is read too (``suffix`` can only be null:
    :func:`~proxy.api.completions_request.parse_completions_request` refuses text there)."""
    body = {key: value for key, value in text.body.items() if key not in ("prompt", "suffix")}
    body["messages"] = [{"role": "user", "content": item} for item in text.prompts]
    return body


def _from_chat(body: dict[str, Any], text: CompletionsRequest) -> dict[str, Any]:
    """The upstream body: the stages' rewrites of the prompts put back (a null ``suffix``
    passed on as sent)."""
    out = {key: value for key, value in body.items() if key != "messages"}
    prompts = [message["content"] for message in body["messages"]][: len(text.prompts)]
    out["prompt"] = prompts[0] if isinstance(text.body["prompt"], str) else prompts
    if "suffix" in text.body:
        out["suffix"] = text.body["suffix"]
    return out


def _reply(
    text: CompletionsRequest, content: str, finish_reason: str, headers: dict[str, str]
) -> Response[bytes]:
    """The gateway's own answer in the ``text_completion`` shape (stream or whole)."""
    base = {
        "id": f"cmpl-{uuid.uuid4().hex}",
        "object": "text_completion",
        "created": int(time.time()),
        "model": text.model,
    }
    # As many choices as the backend would have sent: n for each prompt, prompt by prompt.
    n = text.body.get("n") or 1
    choices = [
        {"index": index, "text": content, "logprobs": None, "finish_reason": finish_reason}
        for index in range(len(text.prompts) * n)
    ]
    usage = {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
    if not text.stream:
        body = {**base, "choices": choices, "usage": usage}
        return Response(
            content=json.dumps(body, ensure_ascii=False).encode(),
            media_type="application/json",
            headers=headers,
        )
    events = b"".join(encode_event({**base, "choices": [choice]}) for choice in choices)
    if text.include_usage:
        events += encode_event({**base, "choices": [], "usage": usage})
    return Response(
        content=events + DONE_EVENT,
        media_type="text/event-stream",
        headers={**headers, **SSE_HEADERS},
    )
