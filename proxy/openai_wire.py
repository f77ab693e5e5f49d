"""The OpenAI/vLLM wire shapes, built in one place: completion bodies, SSE events and error
bodies, and the reading of a backend's error body.

When a stage short-circuits (a policy block, a canned reply) the client still gets a
normal chat completion — or, if it asked for a stream, a short stream — so that every
OpenAI-compatible client renders it without special handling. The chat endpoint, the
upstream error mapping, ``/v1/models`` and the built-in ``faq-extractive`` model all take
their shapes from here.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

from litestar import Response

from proxy.errors import MamoriError

__all__ = [
    "DONE_EVENT",
    "completion_body",
    "completion_chunks",
    "encode_event",
    "error_event",
    "error_response",
]

DONE_EVENT = b"data: [DONE]\n\n"


def encode_event(payload: dict[str, Any]) -> bytes:
    """One server-sent event carrying ``payload`` as JSON."""
    return (
        b"data: "
        + json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
        + b"\n\n"
    )


def error_event(body: dict[str, Any]) -> bytes:
    """An error after the stream started, as vLLM sends it (followed by ``[DONE]``)."""
    return encode_event(body) + DONE_EVENT


def _completion_id() -> str:
    return f"chatcmpl-{uuid.uuid4().hex}"


def completion_body(model: str, content: str, finish_reason: str) -> dict[str, Any]:
    """A non-streaming ``chat.completion`` answering ``content``."""
    return {
        "id": _completion_id(),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "tool_calls": []},
                "logprobs": None,
                "finish_reason": finish_reason,
            }
        ],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }


def completion_chunks(
    model: str, content: str, finish_reason: str, *, include_usage: bool
) -> Iterator[bytes]:
    """The same answer as a stream: role, content, finish, optional usage, ``[DONE]``."""
    base = {
        "id": _completion_id(),
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
    }

    def chunk(delta: dict[str, Any], finish: str | None) -> bytes:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
        return encode_event({**base, "choices": [choice]})

    yield chunk({"role": "assistant", "content": ""}, None)
    yield chunk({"content": content}, finish_reason)
    if include_usage:
        usage = {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
        yield encode_event({**base, "choices": [], "usage": usage})
    yield DONE_EVENT


def error_response(error: MamoriError, headers: dict[str, str] | None = None) -> Response[bytes]:
    """An error as the JSON body clients expect."""
    return Response(
        content=json.dumps(error.to_body(), ensure_ascii=False).encode(),
        status_code=error.status_code,
        media_type="application/json",
        headers=headers,
    )
