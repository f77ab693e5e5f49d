"""``POST /v1/responses`` as vLLM serves it (the Responses API), simplified.

No scheduler or faults, as for ``/v1/completions``. The answer is the ``reply`` knob, else
the text of the last user input (the string ``input``, or the last user message's text
parts), else the last ``function_call_output``'s output. With ``tools`` offered, the
``tool_call`` knob set and ``tool_choice`` not ``"none"``, the answer is one
``function_call`` item instead. With ``reasoning`` in the request, a ``reasoning`` item
whose text repeats the answer comes first (vLLM emits one when the model has a reasoning
parser).

Shapes follow vLLM's: the response object (``object: "response"``, ``status``,
``output`` items, ``usage`` with ``input_tokens``/``output_tokens``), and the stream as
named server-sent events (``event: <type>`` then ``data: <json>``) with a
``sequence_number`` each: ``response.created``, ``response.in_progress``,
``response.output_item.added``, ``response.content_part.added``,
``response.output_text.delta`` …, ``response.output_text.done``,
``response.content_part.done``, ``response.output_item.done`` (reasoning:
``response.reasoning_text.delta``/``.done``; function calls:
``response.function_call_arguments.delta``/``.done``), and ``response.completed``; no
``[DONE]``. ``max_output_tokens`` cuts the answer into an ``incomplete`` response
(``incomplete_details.reason: "max_output_tokens"``). Errors: an unknown model is vLLM's
404 ``NotFoundError``; a missing ``input`` a 400; ``previous_response_id`` naming no stored
response a 404 (nothing is stored here).
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .config import ServerConfig
from .protocol import random_uuid

__all__ = ["ResponsesAnswer", "responses_answer", "sse_event"]

#: Characters per streamed token.
_CHUNK = 3


@dataclass(frozen=True, slots=True)
class ResponsesAnswer:
    """What the route sends: a JSON body with its status, or stream events."""

    status: int
    body: dict[str, Any]
    events: list[dict[str, Any]] | None = None


def sse_event(payload: Mapping[str, Any]) -> bytes:
    """One named server-sent event, as vLLM writes Responses API events."""
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return f"event: {payload['type']}\ndata: {data}\n\n".encode()


def _error(status: int, message: str, error_type: str, param: str | None) -> ResponsesAnswer:
    error = {"message": message, "type": error_type, "param": param, "code": status}
    return ResponsesAnswer(status, {"error": error})


def responses_answer(body: Any, models: Mapping[str, int], config: ServerConfig) -> ResponsesAnswer:
    """The answer to one Responses API request body."""
    if not isinstance(body, dict) or "input" not in body:
        return _error(400, "input: Field required", "BadRequestError", "input")
    model = body.get("model") or next(iter(models))
    if model not in models:
        return _error(404, f"The model `{model}` does not exist.", "NotFoundError", "model")
    previous = body.get("previous_response_id")
    if previous:
        return _error(
            404, f"Response with id '{previous}' not found.", "NotFoundError",
            "previous_response_id",
        )  # fmt: skip
    tools = body.get("tools") or []
    spec = config.tool_call
    calls_tool = spec is not None and bool(tools) and body.get("tool_choice") != "none"
    text = config.reply if config.reply is not None else _last_input_text(body["input"])
    limit = body.get("max_output_tokens")
    pieces = [text[i : i + _CHUNK] for i in range(0, len(text), _CHUNK)]
    incomplete = isinstance(limit, int) and len(pieces) > limit
    if incomplete:
        pieces = pieces[:limit]
    response_id = f"resp_{random_uuid()}"
    items: list[tuple[dict[str, Any], list[str]]] = []
    if body.get("reasoning") is not None:
        items.append(
            ({"id": f"rs_{random_uuid()}", "type": "reasoning", "summary": [],
              "content": [{"type": "reasoning_text", "text": ""}], "status": None}, pieces)
        )  # fmt: skip
    if calls_tool:
        assert spec is not None
        tool_name = spec.name
        choice = body.get("tool_choice")
        if isinstance(choice, dict) and isinstance(choice.get("name"), str):
            tool_name = choice["name"]
        arguments = spec.arguments
        items.append(
            ({"id": f"fc_{random_uuid()}", "type": "function_call", "call_id":
              f"call_{random_uuid()}", "name": tool_name, "arguments": "", "status": "completed"},
             [arguments[i : i + _CHUNK] for i in range(0, len(arguments), _CHUNK)])
        )  # fmt: skip
    else:
        items.append(
            ({"id": f"msg_{random_uuid()}", "type": "message", "role": "assistant",
              "status": "completed", "content": [{"type": "output_text", "text": "",
              "annotations": [], "logprobs": []}]}, pieces)
        )  # fmt: skip
    input_tokens = max(1, len(json.dumps(body["input"], ensure_ascii=False)) // 4)
    output_tokens = sum(len(p) for _, p in items)
    usage = {
        "input_tokens": input_tokens,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens": output_tokens,
        "output_tokens_details": {"reasoning_tokens": len(pieces) if len(items) > 1 else 0},
        "total_tokens": input_tokens + output_tokens,
    }
    base = _response_base(body, response_id, model)
    finished = [_filled(item, "".join(p)) for item, p in items]
    final = {
        **base,
        "status": "incomplete" if incomplete else "completed",
        "incomplete_details": {"reason": "max_output_tokens"} if incomplete else None,
        "output": finished,
        "usage": usage,
    }
    if not body.get("stream"):
        return ResponsesAnswer(200, final)
    return ResponsesAnswer(200, {}, _events(base, items, finished, final))


def _last_input_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    text = ""
    for item in value if isinstance(value, list) else []:
        if not isinstance(item, dict):
            continue
        if item.get("role") == "user":
            content = item.get("content")
            if isinstance(content, str):
                text = content
            elif isinstance(content, list):
                text = "".join(part.get("text", "") for part in content if isinstance(part, dict))
        elif item.get("type") == "function_call_output" and isinstance(item.get("output"), str):
            text = item["output"]
    return text


def _response_base(body: dict[str, Any], response_id: str, model: str) -> dict[str, Any]:
    return {
        "id": response_id,
        "object": "response",
        "created_at": int(time.time()),
        "model": model,
        "status": "in_progress",
        "error": None,
        "incomplete_details": None,
        "instructions": body.get("instructions"),
        "metadata": body.get("metadata"),
        "output": [],
        "parallel_tool_calls": body.get("parallel_tool_calls", True),
        "temperature": body.get("temperature"),
        "tool_choice": body.get("tool_choice", "auto" if body.get("tools") else "none"),
        "tools": body.get("tools") or [],
        "top_p": body.get("top_p"),
        "background": False,
        "max_output_tokens": body.get("max_output_tokens"),
        "previous_response_id": None,
        "reasoning": body.get("reasoning"),
        "service_tier": "auto",
        "store": body.get("store", True),
        "text": body.get("text") or {"format": {"type": "text"}},
        "truncation": body.get("truncation", "disabled"),
        "user": body.get("user"),
        "usage": None,
    }


def _filled(item: dict[str, Any], text: str) -> dict[str, Any]:
    """``item`` with its whole text in place."""
    done: dict[str, Any] = json.loads(json.dumps(item))
    if done["type"] == "function_call":
        done["arguments"] = text
    else:
        done["content"][0]["text"] = text
    if done["type"] == "message":
        done["status"] = "completed"
    return done


def _events(
    base: dict[str, Any],
    items: list[tuple[dict[str, Any], list[str]]],
    finished: list[dict[str, Any]],
    final: dict[str, Any],
) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = [
        {"type": "response.created", "response": base},
        {"type": "response.in_progress", "response": base},
    ]
    for index, ((item, pieces), done) in enumerate(zip(items, finished, strict=True)):
        started = json.loads(json.dumps(item))
        if started["type"] == "message":
            started["status"], started["content"] = "in_progress", []
        elif started["type"] == "reasoning":
            started["content"] = []
        else:
            started["status"] = "in_progress"
        events.append({"type": "response.output_item.added", "output_index": index,
                       "item": started})  # fmt: skip
        where = {"item_id": item["id"], "output_index": index}
        if item["type"] == "function_call":
            events += [
                {"type": "response.function_call_arguments.delta", **where, "delta": piece}
                for piece in pieces
            ]
            events.append({"type": "response.function_call_arguments.done", **where,
                           "arguments": done["arguments"], "name": item["name"]})  # fmt: skip
        else:
            kind = "output_text" if item["type"] == "message" else "reasoning_text"
            part = dict(item["content"][0])
            at = {**where, "content_index": 0}
            events.append({"type": "response.content_part.added", **at, "part": part})
            extra: dict[str, Any] = {"logprobs": []} if kind == "output_text" else {}
            events += [
                {"type": f"response.{kind}.delta", **at, "delta": piece, **extra}
                for piece in pieces
            ]
            text = done["content"][0]["text"]
            events.append({"type": f"response.{kind}.done", **at, "text": text, **extra})
            events.append({"type": "response.content_part.done", **at,
                           "part": done["content"][0]})  # fmt: skip
        events.append({"type": "response.output_item.done", "output_index": index,
                       "item": done})  # fmt: skip
    closing = "response.incomplete" if final["status"] == "incomplete" else "response.completed"
    events.append({"type": closing, "response": final})
    return [{**event, "sequence_number": n} for n, event in enumerate(events)]
