"""Validation of ``POST /v1/responses`` (the Responses API) bodies.

The OpenAI Responses fields and vLLM's extras for them, read by the same strict reader as
the other endpoints (:func:`~proxy.api.json_body.load_request_object`). The gateway must
see every text that reaches the model, so what it cannot read is refused here, naming the
field, rather than passed on unprocessed:

* state held elsewhere — ``previous_response_id``, ``conversation``, ``background``,
  ``prompt`` (a stored template), ``item_reference`` input items — is a 400 with
  ``code: "unsupported_parameter"`` (not a 501: SDKs retry every 5xx): the earlier turns
  would reach the model without the gateway's stages, and their placeholders could not be
  restored;
* input the stages cannot scan — images, files and audio in input items, encrypted
  reasoning — and tools other than ``function`` (web search, file search, MCP, computer
  use …) are a 400;
* ``include`` entries other than ``message.output_text.logprobs`` are a 400 (they would
  return texts the response stages never see); that one too while response stages run
  (:mod:`proxy.api.token_outputs`).

Failure behaviour: :func:`parse_responses_request` raises
:class:`~proxy.errors.BadRequestError` naming the field or input item; it never echoes
values.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from proxy.api.chat_request import (
    check_bounds,
    check_field_types,
    read_stream_flag,
    read_stream_options,
)
from proxy.api.closed_fields import check_closed_fields, is_fixed_word, is_id
from proxy.api.function_tools import check_function_parameters, check_tool_choice
from proxy.api.json_body import load_request_object
from proxy.errors import BadRequestError
from proxy.settings import LimitSettings

__all__ = ["RESPONSES_FIELDS", "ResponsesRequest", "parse_responses_request"]

RESPONSES_FIELDS = frozenset(
    {
        # OpenAI
        "model", "input", "instructions", "max_output_tokens", "max_tool_calls", "metadata",
        "parallel_tool_calls", "reasoning", "service_tier", "store", "stream",
        "stream_options", "temperature", "text", "tool_choice", "tools", "top_logprobs",
        "top_p", "truncation", "user", "include", "prompt_cache_key", "safety_identifier",
        "previous_response_id", "conversation", "background", "prompt",
        # vLLM extras
        "top_k", "include_reasoning", "skip_special_tokens", "include_stop_str_in_output",
        "presence_penalty", "frequency_penalty", "logit_bias", "request_id", "cache_salt",
        "structured_outputs", "repetition_penalty", "seed", "stop", "ignore_eos",
        "vllm_xargs", "kv_transfer_params", "chat_template_kwargs", "mm_processor_kwargs",
    }
)  # fmt: skip

#: Fields that would bring in state or templates the gateway never sees.
_STATEFUL = {
    "previous_response_id": "earlier responses are not kept by the gateway: send the "
    "conversation in 'input' (the previous output items included)",
    "conversation": "stored conversations are not served through the gateway: send the "
    "conversation in 'input'",
    "background": "background responses are not served through the gateway",
    "prompt": "stored prompt templates are not served through the gateway: send the text in "
    "'instructions' and 'input'",
}
#: Content part types the stages read (their text is in ``text``, or ``refusal``).
TEXT_PART_TYPES = frozenset({"input_text", "output_text", "text", "refusal"})
_SCANNABLE_INCLUDES = frozenset({"message.output_text.logprobs"})
#: The keys of each input item type. The request stages see an item as a chat message made
#: of its texts: a key outside these would go to the backend unread.
_ITEM_KEYS = {
    "message": frozenset({"type", "role", "content", "id", "status"}),
    "function_call": frozenset({"type", "call_id", "name", "arguments", "id", "status"}),
    "function_call_output": frozenset({"type", "call_id", "output", "id", "status"}),
    "reasoning": frozenset({"type", "id", "summary", "content", "encrypted_content", "status"}),
}
_INPUT_ITEM_TYPES = frozenset(_ITEM_KEYS)
#: ``reasoning.effort`` and ``reasoning.summary`` words (OpenAI's ``Reasoning``), and the
#: ``truncation`` strategies.
_EFFORTS = ("none", "minimal", "low", "medium", "high", "xhigh")
_SUMMARIES = ("auto", "concise", "detailed")
_TRUNCATIONS = ("auto", "disabled")
#: Keys of ``text`` (the stages read ``format`` as chat's ``response_format``).
_TEXT_KEYS = frozenset({"format", "verbosity"})


@dataclass(slots=True)
class ResponsesRequest:
    """A validated Responses request; ``body`` is what will be sent upstream (after the
    stages rewrote its texts)."""

    body: dict[str, Any]
    model: str
    stream: bool
    estimated_tokens: int


def parse_responses_request(raw: bytes, *, limits: LimitSettings) -> ResponsesRequest:
    """Parse and validate a Responses body. Raises :class:`BadRequestError` naming what the
    gateway cannot process (see the module doc)."""
    body, model = load_request_object(
        raw, allowed=RESPONSES_FIELDS, forward_unknown=limits.unknown_fields == "forward"
    )
    for field, reason in _STATEFUL.items():
        if body.get(field) not in (None, False):
            raise BadRequestError(
                f"'{field}' is not supported: {reason}",
                param=field,
                code="unsupported_parameter",
            )
    chars = _check_input(body.get("input"), limits.max_messages)
    instructions = body.get("instructions")
    if instructions is not None and not isinstance(instructions, str):
        raise BadRequestError("instructions must be a string", param="instructions")
    chars += len(instructions or "")
    _check_tools(body.get("tools"))
    tools = body.get("tools")
    declared = None if tools is None else [tool["name"] for tool in tools]
    check_tool_choice(body.get("tool_choice"), declared, responses=True)
    _check_text(body.get("text"))
    include = body.get("include")
    if include is not None:
        if not isinstance(include, list) or not all(isinstance(i, str) for i in include):
            raise BadRequestError("include must be a list of strings", param="include")
        unscanned = sorted(set(include) - _SCANNABLE_INCLUDES)
        if unscanned:
            raise BadRequestError(
                f"include: {', '.join(unscanned)} is not supported through the gateway "
                "(only message.output_text.logprobs)",
                param="include",
            )
    for field in ("user", "safety_identifier", "prompt_cache_key"):
        if field in body and not isinstance(body[field], str | None):
            raise BadRequestError(f"{field} must be a string", param=field)
    for field in ("reasoning", "metadata"):
        # Objects in vLLM's ResponsesRequest (Reasoning, Metadata): its 400 repeated the value.
        if field in body and not isinstance(body[field], dict | None):
            raise BadRequestError(f"{field} must be an object", param=field)
    _check_reasoning(body.get("reasoning"))
    truncation = body.get("truncation")
    if truncation is not None and truncation not in _TRUNCATIONS:
        raise BadRequestError("truncation must be auto or disabled", param="truncation")
    check_field_types(body)
    check_closed_fields(body)
    bounded = {
        "max_tokens": body.get("max_output_tokens"),
        "top_logprobs": body.get("top_logprobs"),
    }
    try:
        check_bounds({k: v for k, v in bounded.items() if v is not None}, limits)
    except BadRequestError as exc:
        # The chat names of the bounds; the Responses names in the error.
        named = "max_output_tokens" if exc.param == "max_tokens" else exc.param
        message = exc.message.replace("max_tokens", "max_output_tokens")
        raise BadRequestError(message, param=named) from exc
    stream = read_stream_flag(body)
    read_stream_options(body, stream)
    completion = body.get("max_output_tokens") or 0
    return ResponsesRequest(
        body=body,
        model=model,
        stream=stream,
        estimated_tokens=math.ceil(chars / 2) + completion,
    )


def _check_input(value: Any, max_items: int) -> int:
    """Characters of text in ``input``; raises for what the stages cannot read."""
    if isinstance(value, str):
        return len(value)
    if not isinstance(value, list) or not value:
        raise BadRequestError("input must be a string or a non-empty list of items", param="input")
    if len(value) > max_items:
        # The items become the conversation's messages: chat's limit on messages.
        raise BadRequestError(
            f"too many input items: {len(value)} (the limit is {max_items})", param="input"
        )
    chars = 0
    for index, item in enumerate(value):
        where = f"input[{index}]"
        if not isinstance(item, dict):
            raise BadRequestError(f"{where} must be an object", param="input")
        kind = item.get("type", "message")
        if not isinstance(kind, str):
            raise BadRequestError(f"{where}.type must be a string", param="input")
        if kind == "item_reference":
            raise BadRequestError(
                f"{where}: item_reference is not supported: stored items are not kept by the "
                "gateway; send the item itself",
                param="input",
                code="unsupported_parameter",
            )
        if kind not in _INPUT_ITEM_TYPES:
            raise BadRequestError(
                f"{where}: input items of type {_named(kind)} are not supported through the "
                "gateway (message, function_call, function_call_output, reasoning)",
                param="input",
            )
        _check_item_keys(item, kind, where)
        if kind == "message":
            if item.get("role") not in ("user", "system", "developer", "assistant"):
                raise BadRequestError(
                    f"{where}.role must be user, system, developer or assistant", param="input"
                )
            chars += _check_content(item.get("content"), f"{where}.content")
        elif kind == "function_call_output":
            if not isinstance(item.get("call_id"), str):
                # Required by vLLM's item type, whose 400 repeated the item.
                raise BadRequestError(f"{where}.call_id must be a string", param="input")
            chars += _check_content(item.get("output"), f"{where}.output")
        elif kind == "function_call":
            for field in ("call_id", "name", "arguments"):
                if not isinstance(item.get(field), str):
                    raise BadRequestError(f"{where}.{field} must be a string", param="input")
            chars += len(item["arguments"])
        else:  # reasoning
            if item.get("encrypted_content"):
                raise BadRequestError(
                    f"{where}: encrypted reasoning cannot be checked by the gateway",
                    param="input",
                )
            for field in ("summary", "content"):
                chars += _check_content(item.get(field) or [], f"{where}.{field}")
    return chars


def _check_content(content: Any, where: str) -> int:
    """Characters in a string or a list of text parts; other parts are refused."""
    if isinstance(content, str):
        return len(content)
    if not isinstance(content, list):
        raise BadRequestError(f"{where} must be a string or a list of parts", param="input")
    chars = 0
    for index, part in enumerate(content):
        kind = part.get("type") if isinstance(part, dict) else None
        kind = kind if isinstance(kind, str) else None
        if kind in ("summary_text", "reasoning_text") or kind in TEXT_PART_TYPES:
            key = "refusal" if kind == "refusal" else "text"
            if not isinstance(part.get(key), str):
                raise BadRequestError(f"{where}[{index}].{key} must be a string", param="input")
            chars += len(part[key])
            continue
        raise BadRequestError(
            f"{where}[{index}]: {_named(kind)} parts cannot be scanned for personal data by "
            "the gateway; send text",
            param="input",
        )
    return chars


def _check_tools(tools: Any) -> None:
    if tools is None:
        return
    if not isinstance(tools, list):
        raise BadRequestError("tools must be a list", param="tools")
    for index, tool in enumerate(tools):
        kind = tool.get("type") if isinstance(tool, dict) else None
        if kind != "function":
            raise BadRequestError(
                f"tools[{index}]: tools of type {_named(kind)} are not supported through the "
                "gateway (function tools only)",
                param="tools",
            )
        if not isinstance(tool.get("name"), str) or not tool["name"]:
            raise BadRequestError(f"tools[{index}].name must be a string", param="tools")
        check_function_parameters(tool.get("parameters"), f"tools[{index}]", param="tools")


def _check_reasoning(reasoning: Any) -> None:
    """``reasoning.effort`` and ``reasoning.summary`` are words of OpenAI's ``Reasoning``
    type, which vLLM's request model uses (another value was forwarded and refused
    there, pydantic's reading of the body relayed)."""
    if not isinstance(reasoning, dict):
        return
    for key, words in (("effort", _EFFORTS), ("summary", _SUMMARIES)):
        value = reasoning.get(key)
        if value is not None and value not in words:
            raise BadRequestError(
                f"reasoning.{key} must be one of {', '.join(words)}", param="reasoning"
            )


def _check_item_keys(item: dict[str, Any], kind: str, where: str) -> None:
    """An item's keys are those of its type (another key is let through when it is a word
    and holds no text: a newer SDK's null field); its ids are ids and its status a word."""
    for key, value in item.items():
        if key not in _ITEM_KEYS[kind] and (_holds_text(value) or not is_fixed_word(key)):
            raise BadRequestError(
                f"{where}: {_named(key, 'a key')} is not a field of {kind} items (it would be "
                "forwarded without being read for personal data)",
                param="input",
            )
    for key in ("id", "call_id"):
        if key in item and not (isinstance(item[key], str) and is_id(item[key])):
            raise BadRequestError(
                f"{where}.{key} must be an id (letters, digits and _ . : + / = # -)",
                param="input",
            )
    status = item.get("status")
    if status is not None and not (isinstance(status, str) and is_fixed_word(status)):
        raise BadRequestError(f"{where}.status must be a status word", param="input")


def _check_text(text: Any) -> None:
    if text is None:
        return
    if not isinstance(text, dict):
        raise BadRequestError("text must be an object", param="text")
    for key, value in text.items():
        # As for input items: another field is let through only when it holds no text.
        if key not in _TEXT_KEYS and (_holds_text(value) or not is_fixed_word(key)):
            raise BadRequestError(
                f"text: {_named(key, 'a key')} is not supported (format, verbosity)", param="text"
            )
    verbosity = text.get("verbosity")
    if verbosity is not None and not (isinstance(verbosity, str) and is_fixed_word(verbosity)):
        raise BadRequestError("text.verbosity must be low, medium or high", param="text")


def _named(value: Any, otherwise: str = "another type") -> str:
    """A client's word quoted when it is a word of a closed vocabulary; anything else (a
    sentence, a name) is not repeated: error messages never echo values."""
    return f"'{value}'" if isinstance(value, str) and is_fixed_word(value) else otherwise


def _holds_text(value: Any) -> bool:
    if isinstance(value, str):
        return True
    if isinstance(value, dict):
        return any(not is_fixed_word(key) or _holds_text(item) for key, item in value.items())
    if isinstance(value, list):
        return any(_holds_text(item) for item in value)
    return False
