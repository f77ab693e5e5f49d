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
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from litestar import Response

from proxy.errors import MamoriError

__all__ = [
    "DONE_EVENT",
    "ErrorFields",
    "completion_body",
    "completion_chunks",
    "encode_event",
    "error_event",
    "error_fields",
    "error_response",
    "input_chars",
    "model_list",
    "with_usage_chunk",
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


def completion_body(model: str, content: str, finish_reason: str, *, n: int = 1) -> dict[str, Any]:
    """A non-streaming ``chat.completion`` answering ``content`` (in ``n`` equal choices)."""
    return {
        "id": _completion_id(),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": index,
                "message": {"role": "assistant", "content": content, "tool_calls": []},
                "logprobs": None,
                "finish_reason": finish_reason,
            }
            for index in range(n)
        ],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }


def completion_chunks(
    model: str, content: str, finish_reason: str, *, include_usage: bool, n: int = 1
) -> Iterator[bytes]:
    """The same answer as a stream: role, content, finish (for each of ``n`` choices),
    optional usage, ``[DONE]``."""
    base = {
        "id": _completion_id(),
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
    }

    def chunk(index: int, delta: dict[str, Any], finish: str | None) -> bytes:
        choice = {"index": index, "delta": delta, "logprobs": None, "finish_reason": finish}
        return encode_event({**base, "choices": [choice]})

    for index in range(n):
        yield chunk(index, {"role": "assistant", "content": ""}, None)
        yield chunk(index, {"content": content}, finish_reason)
    if include_usage:
        usage = {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
        yield encode_event({**base, "choices": [], "usage": usage})
    yield DONE_EVENT


def error_response(error: MamoriError, headers: dict[str, str] | None = None) -> Response[bytes]:
    """An error as the JSON body clients expect."""
    return Response(
        # 'replace': an error must always be sendable, whatever text reached its message.
        content=json.dumps(error.to_body(), ensure_ascii=False).encode("utf-8", "replace"),
        status_code=error.status_code,
        media_type="application/json",
        headers=headers,
    )


def input_chars(body: Mapping[str, Any]) -> int:
    """Characters of text in a chat body's messages (string content and text parts)."""
    total = 0
    for message in body.get("messages") or []:
        if not isinstance(message, dict):
            continue
        content = message.get("content")
        if isinstance(content, str):
            total += len(content)
        elif isinstance(content, list):
            for part in content:
                if isinstance(part, dict) and isinstance(part.get("text"), str):
                    total += len(part["text"])
    return total


def with_usage_chunk(body: dict[str, Any]) -> None:
    """Ask a streamed chat or text completion for its usage chunk (``stream_options.
    include_usage``), whatever the client asked: the audit log records token usage. The
    stream relay drops that chunk again when the client did not ask for it.
    ``continuous_usage_stats`` goes only with the client's own ``include_usage``: vLLM
    honours it only then, and it puts usage into every chunk, which the relay leaves."""
    options = dict(body.get("stream_options") or {})
    if options.get("include_usage") is not True:
        options.pop("continuous_usage_stats", None)
    options["include_usage"] = True
    body["stream_options"] = options


@dataclass(frozen=True, slots=True)
class ErrorFields:
    """What a vLLM/OpenAI error body says; empty or None where it says nothing."""

    message: str = ""
    error_type: str = ""
    param: str | None = None
    code: str | int | None = None


def error_fields(body: bytes) -> ErrorFields:
    """The fields of a vLLM/OpenAI error body (``{"error": {...}}`` or the bare object)."""
    try:
        payload = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return ErrorFields()
    if not isinstance(payload, dict):
        return ErrorFields()
    error = payload.get("error", payload)
    fields = error if isinstance(error, dict) else {}
    message = fields.get("message", payload.get("message"))
    error_type = fields.get("type")
    param = fields.get("param")
    code = fields.get("code")
    return ErrorFields(
        message=message if isinstance(message, str) else "",
        error_type=error_type if isinstance(error_type, str) else "",
        param=param if isinstance(param, str) else None,
        code=code if isinstance(code, str | int) and not isinstance(code, bool) else None,
    )


def model_list(max_model_len: Mapping[str, int | None], *, created: int) -> dict[str, Any]:
    """A ``GET /v1/models`` body: each model name with its context length (None: unknown),
    in vLLM's ``model`` object shape."""
    data = [
        {
            "id": name,
            "object": "model",
            "created": created,
            "owned_by": "mamori",
            "root": name,
            "parent": None,
            "max_model_len": length,
        }
        for name, length in max_model_len.items()
    ]
    return {"object": "list", "data": data}
