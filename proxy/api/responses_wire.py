"""The Responses API wire shapes the gateway writes itself: named server-sent events, and
the gateway's own answer (a refusal, a canned reply) as a response object or a stream.

A refusal is what OpenAI sends when its content filter ends a response: status
``incomplete`` with ``incomplete_details.reason: "content_filter"``, the refusal text as the
one message's ``output_text`` (the message's own status ``incomplete`` too), or, when the
request asked for JSON (``text.format`` ``json_schema`` or ``json_object``), as a
``refusal`` part, as OpenAI sends a structured output's refusal (the SDK's
``responses.parse`` skips it instead of failing to read the refusal as the JSON asked
for). Any other gateway answer is a ``completed`` response.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Mapping
from typing import Any

__all__ = ["CONTENT_FILTER", "answer_events", "answer_object", "asks_json", "sse_event"]

#: ``incomplete_details.reason`` of a response a stage ended or refused.
CONTENT_FILTER = "content_filter"


def sse_event(payload: Mapping[str, Any]) -> bytes:
    """One named server-sent event (``event: <type>``, then the JSON), as vLLM and OpenAI
    write Responses API events."""
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return f"event: {payload.get('type', 'message')}\ndata: {data}\n\n".encode()


def asks_json(body: Mapping[str, Any]) -> bool:
    """Whether a Responses request asks for a JSON answer (``text.format``)."""
    text = body.get("text")
    text_format = text.get("format") if isinstance(text, Mapping) else None
    return isinstance(text_format, Mapping) and text_format.get("type") in _JSON_FORMATS


_JSON_FORMATS = frozenset({"json_schema", "json_object"})


def answer_object(
    model: str, content: str, finish_reason: str, *, json_asked: bool = False
) -> dict[str, Any]:
    """A whole ``response`` object answering ``content`` (see the module doc; a refusal of
    a request that asked for JSON, ``json_asked``, is a ``refusal`` part)."""
    stopped = finish_reason == CONTENT_FILTER
    return {
        "id": f"resp_{uuid.uuid4().hex}",
        "object": "response",
        "created_at": int(time.time()),
        "model": model,
        "status": "incomplete" if stopped else "completed",
        "error": None,
        "incomplete_details": {"reason": CONTENT_FILTER} if stopped else None,
        "instructions": None,
        "metadata": None,
        "output": [_message(content, refusal=stopped and json_asked, stopped=stopped)],
        "parallel_tool_calls": True,
        "temperature": None,
        "tool_choice": "none",
        "tools": [],
        "top_p": None,
        "usage": {
            "input_tokens": 0,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": 0,
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": 0,
        },
    }


def answer_events(response: dict[str, Any]) -> bytes:
    """The whole stream of a gateway answer built by :func:`answer_object`."""
    message = response["output"][0]
    done = message["content"][0]
    refusal = done["type"] == "refusal"
    field, kind = ("refusal", "refusal") if refusal else ("text", "output_text")
    text = done[field]
    opening = {**response, "status": "in_progress", "output": [], "usage": None,
               "incomplete_details": None}  # fmt: skip
    where = {"item_id": message["id"], "output_index": 0}
    part = {**done, field: ""}
    logprobs: dict[str, Any] = {} if refusal else {"logprobs": []}
    events: list[dict[str, Any]] = [
        {"type": "response.created", "response": opening},
        {"type": "response.in_progress", "response": opening},
        {"type": "response.output_item.added", "output_index": 0,
         "item": {**message, "status": "in_progress", "content": []}},
        {"type": "response.content_part.added", **where, "content_index": 0, "part": part},
        {"type": f"response.{kind}.delta", **where, "content_index": 0, "delta": text,
         **logprobs},
        {"type": f"response.{kind}.done", **where, "content_index": 0, field: text,
         **logprobs},
        {"type": "response.content_part.done", **where, "content_index": 0, "part": done},
        {"type": "response.output_item.done", "output_index": 0, "item": message},
        {"type": f"response.{response['status']}", "response": response},
    ]  # fmt: skip
    return b"".join(sse_event({**event, "sequence_number": n}) for n, event in enumerate(events))


def _message(text: str, *, refusal: bool = False, stopped: bool = False) -> dict[str, Any]:
    part = (
        {"type": "refusal", "refusal": text}
        if refusal
        else {"type": "output_text", "text": text, "annotations": [], "logprobs": []}
    )
    return {
        "id": f"msg_{uuid.uuid4().hex}",
        "type": "message",
        "role": "assistant",
        # A refusal ends the response incomplete, and the item with it (OpenAI's items
        # carry the response's incomplete status too).
        "status": "incomplete" if stopped else "completed",
        "content": [part],
    }
