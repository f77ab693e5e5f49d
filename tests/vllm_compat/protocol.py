"""vLLM's OpenAI-compatible chat wire format, as plain dicts.

Mirrors vLLM's ``vllm/entrypoints/openai/chat_completion/protocol.py``,
``.../engine/protocol.py`` (``ErrorResponse``, ``UsageInfo``, ``ModelCard``,
``DeltaMessage``) and ``.../chat_completion/serving.py`` as of early 2026:

- Non-streaming bodies are ``model_dump()`` of vLLM's pydantic models: every field, ``None``
  included, in declaration order. The message carries ``reasoning`` (vLLM renamed
  ``reasoning_content`` to ``reasoning``) and always a ``tool_calls`` list.
- Stream chunks are ``model_dump_json(exclude_unset=True)``: only the fields vLLM sets, so
  no ``usage`` key unless ``continuous_usage_stats``; the final usage chunk also drops
  ``None`` values.
- Errors are ``{"error": {"message", "type", "param", "code"}}``. Request-validation failures
  (the FastAPI layer) have type ``"Bad Request"``; failures found while serving have
  ``"BadRequestError"`` / ``"NotFoundError"`` / ``"InternalServerError"``.

:func:`parse_chat_request` accepts what vLLM's ``ChatCompletionRequest`` accepts (unknown
fields included, as ``OpenAIBaseModel`` has ``extra="allow"``) and raises
:class:`RequestError` with the status, type, message and param vLLM would send.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

__all__ = [
    "ChatRequest",
    "RequestError",
    "ToolChoice",
    "chat_completion",
    "chat_message",
    "error_body",
    "invalid_json",
    "missing_body",
    "model_list",
    "parse_chat_request",
    "random_uuid",
    "response_choice",
    "stream_choice",
    "stream_chunk",
    "stream_usage",
    "streaming_error_event",
    "tool_call",
    "usage_info",
]

ToolChoice = Literal["none", "auto", "required", "named"]


def random_uuid() -> str:
    """vLLM's ``random_uuid()``: 32 hex digits."""
    return uuid.uuid4().hex


def error_body(message: str, err_type: str, code: int, param: str | None = None) -> dict[str, Any]:
    """vLLM's ``ErrorResponse``."""
    return {"error": {"message": message, "type": err_type, "param": param, "code": code}}


class RequestError(Exception):
    """A request vLLM would refuse, with the response it would send."""

    def __init__(self, status_code: int, err_type: str, message: str, param: str | None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = error_body(message, err_type, status_code, param)


def _summarize_input(value: Any) -> Any:
    # vLLM bounds the echoed input: containers are described, long strings cut.
    if isinstance(value, list | tuple | dict | set):
        return f"<{type(value).__name__} of {len(value)} items>"
    if isinstance(value, str) and len(value) > 200:
        return value[:200] + "...[truncated]"
    return value


def _validation_error(
    kind: str,
    loc: Sequence[str | int],
    msg: str,
    value: Any,
    *,
    param: str | None = None,
    ctx: dict[str, Any] | None = None,
) -> RequestError:
    """What vLLM's ``validation_exception_handler`` sends for a pydantic error."""
    dotted = ".".join(str(part) for part in loc)
    entry: dict[str, Any] = {"type": kind, "loc": dotted, "msg": msg}
    entry["input"] = _summarize_input(value)
    if ctx is not None:
        entry["ctx"] = ctx
    return RequestError(400, "Bad Request", f"1 validation error:\n  {entry!r}", param or dotted)


def _value_error(
    message: str, body: Mapping[str, Any], *, param: str | None = None
) -> RequestError:
    # A model_validator's ValueError; a VLLMValidationError names its own parameter.
    return _validation_error(
        "value_error",
        ("body",),
        f"Value error, {message}",
        body,
        param=param,
        ctx={"error": message},
    )


def missing_body() -> RequestError:
    """FastAPI's error for a request without a body."""
    return _validation_error("missing", ("body",), "Field required", None)


def invalid_json(reason: str, position: int) -> RequestError:
    """FastAPI's ``json_invalid`` error for a body that is not JSON."""
    return _validation_error(
        "json_invalid", ("body", position), "JSON decode error", {}, ctx={"error": reason}
    )


@dataclass(frozen=True, slots=True)
class ChatRequest:
    """The parts of a valid chat request that shape the answer."""

    model: str
    """The served model name that answers (vLLM's first name when ``model`` is omitted)."""
    max_model_len: int
    stream: bool
    include_usage: bool
    continuous_usage: bool
    max_tokens: int | None
    """``max_completion_tokens``, else ``max_tokens``."""
    n: int
    tool_choice: ToolChoice
    named_tool: str | None
    has_tools: bool
    prompt_tokens: int
    """Deterministic stand-in for tokenization: characters of all message text // 2 + 1."""
    last_user_text: str
    """Text of the last user message; text parts joined with newlines as vLLM renders them."""
    request_id: str | None
    """The body's vLLM-specific ``request_id``, if given."""
    priority: int = 0
    """vLLM's ``priority`` (lower runs earlier under ``--scheduling-policy priority``;
    accepted and ignored under the default ``fcfs``, as vLLM's V1 engine does)."""
    stop: tuple[str, ...] = ()
    """``stop`` strings (a string is one): generation ends before the first one."""
    include_stop_str_in_output: bool = False


def _message_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(
            part["text"]
            for part in content
            if isinstance(part, dict)
            and part.get("type") == "text"
            and isinstance(part.get("text"), str)
        )
    return ""


def _check_type(body: Mapping[str, Any], name: str, kinds: tuple[type, ...], label: str) -> None:
    value = body.get(name)
    if value is None:
        return
    # bool is an int subclass, but pydantic refuses true/false for an int field.
    if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
        raise _validation_error(
            f"{label}_type", ("body", name), f"Input should be a valid {label}", value
        )


#: Roles whose ``content`` may be ``null`` in vLLM's message types (OpenAI's assistant and
#: function messages); the other OpenAI types and vLLM's custom-role type take a string or
#: a list of parts, or (custom role) no ``content`` key at all.
_NULL_CONTENT_ROLES = frozenset({"assistant", "function"})
#: ``input_audio.format`` as OpenAI's ``InputAudio`` types it (vLLM reads the part with it).
_AUDIO_FORMATS = ("wav", "mp3")


def _check_content(index: int, message: Mapping[str, Any]) -> None:
    """A message's ``content`` as the union of vLLM's message types reads it (simplified:
    pydantic reports one error per union member; one is given here, at the same place)."""
    if "content" not in message:
        return
    content = message["content"]
    loc = ("body", "messages", index, "content")
    if content is None:
        if message["role"] in _NULL_CONTENT_ROLES:
            return
        raise _validation_error("string_type", loc, "Input should be a valid string", content)
    if isinstance(content, str):
        return
    if not isinstance(content, list):
        raise _validation_error("list_type", loc, "Input should be a valid list", content)
    for part_index, part in enumerate(content):
        if isinstance(part, str):
            continue  # vLLM's part union takes a bare string
        if not isinstance(part, dict):
            raise _validation_error(
                "dict_type", (*loc, part_index), "Input should be a valid dictionary", part
            )
        audio = part.get("input_audio")
        # OpenAI's InputAudio type, which vLLM's part union takes: format is a Literal.
        if (
            part.get("type") == "input_audio"
            and isinstance(audio, dict)
            and audio.get("format") not in _AUDIO_FORMATS
        ):
            raise _validation_error(
                "literal_error",
                (*loc, part_index, "input_audio", "format"),
                "Input should be 'wav' or 'mp3'",
                audio.get("format"),
                ctx={"expected": "'wav' or 'mp3'"},
            )
        if part.get("type") == "text" and not isinstance(part.get("text"), str):
            raise _validation_error(
                "string_type",
                (*loc, part_index, "text"),
                "Input should be a valid string",
                part.get("text"),
            )


def _check_tool_calls(index: int, message: Mapping[str, Any]) -> None:
    """A replayed tool call's ``function.name`` and ``function.arguments`` are strings in
    OpenAI's tool-call type (an arguments object is refused: "Input should be a valid
    string"), as vLLM validates them."""
    calls = message.get("tool_calls")
    if not isinstance(calls, list):
        return
    for number, call in enumerate(calls):
        function = call.get("function") if isinstance(call, dict) else None
        if not isinstance(function, dict):
            continue
        for field in ("name", "arguments"):
            if field in function and not isinstance(function[field], str):
                raise _validation_error(
                    "string_type",
                    ("body", "messages", index, "tool_calls", number, "function", field),
                    "Input should be a valid string",
                    function[field],
                )


def _check_tools(tools: Any) -> None:
    """``tools: list[ChatCompletionToolsParam] | None``: each a function tool whose
    ``function`` has a string ``name`` (``description`` a string, ``parameters`` an object
    when given)."""
    if tools is None:
        return
    if not isinstance(tools, list):
        raise _validation_error(
            "list_type", ("body", "tools"), "Input should be a valid list", tools
        )
    for index, tool in enumerate(tools):
        loc: tuple[str | int, ...] = ("body", "tools", index)
        if not isinstance(tool, dict):
            raise _validation_error("model_type", loc, "Input should be a valid dictionary", tool)
        kind = tool.get("type", "function")
        if kind != "function":
            raise _validation_error(
                "literal_error",
                (*loc, "type"),
                "Input should be 'function'",
                kind,
                ctx={"expected": "'function'"},
            )
        if "function" not in tool:
            raise _validation_error("missing", (*loc, "function"), "Field required", tool)
        function = tool["function"]
        if not isinstance(function, dict):
            raise _validation_error(
                "model_type", (*loc, "function"), "Input should be a valid dictionary", function
            )
        if "name" not in function:
            raise _validation_error(
                "missing", (*loc, "function", "name"), "Field required", function
            )
        for field, kind_name, kinds in (
            ("name", "string", (str,)),
            ("description", "string", (str, type(None))),
            ("parameters", "dictionary", (dict, type(None))),
        ):
            if field in function and not isinstance(function[field], kinds):
                raise _validation_error(
                    f"{'dict' if kind_name == 'dictionary' else kind_name}_type",
                    (*loc, "function", field),
                    f"Input should be a valid {kind_name}",
                    function[field],
                )


def _check_tool_usage(body: Mapping[str, Any]) -> tuple[ToolChoice, str | None]:
    """vLLM's ``check_tool_usage`` model validator."""
    tools = body.get("tools")
    # Omitted tool_choice means "auto" when tools are given; an explicit null means none.
    choice = body.get("tool_choice", "auto" if tools else "none")
    if choice is None or choice == "none":
        return "none", None
    if tools is None:
        raise _value_error("When using `tool_choice`, `tools` must be set.", body)
    if choice in ("auto", "required"):
        if choice == "required" and isinstance(tools, list) and not tools:
            return "none", None
        return choice, None
    if not isinstance(choice, dict):
        raise _value_error(
            f"Invalid value for `tool_choice`: {choice}! "
            'Only named tools, "none", "auto" or "required" are supported.',
            body,
        )
    usage = 'Correct usage: `{"type": "function", "function": {"name": "my_function"}}`'
    function = choice.get("function")
    if not isinstance(function, dict):
        raise _value_error(
            f"Invalid value for `function`: `{function}` in `tool_choice`! {usage}", body
        )
    name = function.get("name")
    if not isinstance(name, str) or not name:
        raise _value_error(
            f"Invalid `name` in `function`: `{name}` in `tool_choice`! {usage}", body
        )
    names = [
        tool.get("function", {}).get("name")
        for tool in tools
        if isinstance(tool, dict) and isinstance(tool.get("function"), dict)
    ]
    if name not in names:
        raise _value_error(
            "The tool specified in `tool_choice` does not match any of the specified `tools`", body
        )
    return "named", name


def _check_sampling(body: Mapping[str, Any]) -> None:
    """vLLM's ``SamplingParams._verify_args`` and ``_verify_greedy_sampling`` (newest
    vllm/sampling_params.py) on the fields a chat body sets (types are not
    re-checked here: the numbers are read as sent), with its messages; a 400 each.
    ``param`` is set where vLLM sets it (temperature, top_p)."""
    number = (int, float)

    def get(name: str, default: float) -> Any:
        value = body.get(name)
        return default if value is None or not isinstance(value, number) else value

    checks: list[tuple[bool, str, str | None]] = [
        (-2.0 <= get("presence_penalty", 0.0) <= 2.0,
         f"presence_penalty must be in [-2, 2], got {get('presence_penalty', 0.0)}.", None),
        (-2.0 <= get("frequency_penalty", 0.0) <= 2.0,
         f"frequency_penalty must be in [-2, 2], got {get('frequency_penalty', 0.0)}.", None),
        (get("repetition_penalty", 1.0) > 0.0,
         "repetition_penalty must be greater than zero, got "
         f"{get('repetition_penalty', 1.0)}.", None),
        (get("temperature", 1.0) >= 0.0,
         f"temperature must be non-negative, got {get('temperature', 1.0)}.", "temperature"),
        (get("temperature", 1.0) <= 2.0,
         f"temperature must be in [0, 2], got {get('temperature', 1.0)}.", "temperature"),
        (0.0 < get("top_p", 1.0) <= 1.0,
         f"top_p must be in (0, 1], got {get('top_p', 1.0)}.", "top_p"),
        (get("top_k", 0) >= -1,
         f"top_k must be 0 (disable), or at least 1, got {get('top_k', 0)}.", None),
        (0.0 <= get("min_p", 0.0) <= 1.0, f"min_p must be in [0, 1], got {get('min_p', 0.0)}.",
         None),
        (get("min_tokens", 0) >= 0,
         f"min_tokens must be greater than or equal to 0, got {get('min_tokens', 0)}.", None),
    ]  # fmt: skip
    stop = body.get("stop")
    stops = [stop] if isinstance(stop, str) else stop if isinstance(stop, list) else []
    checks.append((all(s != "" for s in stops), "stop cannot contain an empty string.", None))
    # After _verify_args: temperature 0 is greedy sampling (one below 0.01 is raised to
    # 0.01 first), which allows one sequence only; beam search is another path.
    n = body.get("n")
    greedy = get("temperature", 1.0) == 0 and body.get("use_beam_search") is not True
    checks.append(
        (not (greedy and isinstance(n, int) and n > 1),
         f"n must be 1 when using greedy sampling, got {n}.", None)
    )  # fmt: skip
    for ok, message, param in checks:
        if not ok:
            raise RequestError(400, "BadRequestError", message, param)


def parse_chat_request(body: Any, models: Mapping[str, int], default_model: str) -> ChatRequest:
    """Validate a decoded body as vLLM does; raises :class:`RequestError`."""
    if not isinstance(body, dict):
        raise _validation_error(
            "model_attributes_type",
            ("body",),
            "Input should be a valid dictionary or object to extract fields from",
            body,
        )
    # mode="before" model validators run first, on the raw dict.
    if body.get("stream_options") and not body.get("stream"):
        raise _value_error(
            "Stream options can only be defined when `stream=True`.", body, param="stream_options"
        )
    top_logprobs = body.get("top_logprobs")
    if isinstance(top_logprobs, int) and top_logprobs != 0 and not body.get("logprobs"):
        raise _value_error(
            "when using `top_logprobs`, `logprobs` must be set to true.",
            body,
            param="top_logprobs",
        )
    tool_choice, named_tool = _check_tool_usage(body)

    messages = body.get("messages")
    if messages is None and "messages" not in body:
        raise _validation_error("missing", ("body", "messages"), "Field required", body)
    if not isinstance(messages, list):
        raise _validation_error(
            "list_type", ("body", "messages"), "Input should be a valid list", messages
        )
    for index, message in enumerate(messages):
        if not isinstance(message, dict) or not isinstance(message.get("role"), str):
            raise _validation_error(
                "missing", ("body", "messages", index, "role"), "Field required", message
            )
        _check_content(index, message)
        _check_tool_calls(index, message)
    _check_tools(body.get("tools"))
    _check_type(body, "model", (str,), "string")
    _check_type(body, "stream", (bool,), "boolean")
    for name in ("max_tokens", "max_completion_tokens", "n", "priority"):
        _check_type(body, name, (int,), "integer")
    stream_options = body.get("stream_options")
    if stream_options is not None and not isinstance(stream_options, dict):
        raise _validation_error(
            "model_type",
            ("body", "stream_options"),
            "Input should be a valid dictionary",
            stream_options,
        )

    # Checks made while serving, after validation: model first (404), then lengths.
    requested = body.get("model")
    if requested and requested not in models:
        raise RequestError(
            404, "NotFoundError", f"The model `{requested}` does not exist.", "model"
        )
    model = requested or default_model
    max_model_len = models[model]

    max_tokens = body.get("max_completion_tokens")
    if max_tokens is None:
        max_tokens = body.get("max_tokens")
    if max_tokens is not None and max_tokens < 1:
        raise RequestError(
            400, "BadRequestError", f"max_tokens must be at least 1, got {max_tokens}.", None
        )
    n = body.get("n")
    if n is not None and n < 1:
        raise RequestError(400, "BadRequestError", f"n must be at least 1, got {n}.", None)
    _check_sampling(body)

    prompt_chars = sum(len(_message_text(m.get("content"))) for m in messages)
    prompt_tokens = prompt_chars // 2 + 1
    if prompt_tokens >= max_model_len:
        raise RequestError(
            400,
            "BadRequestError",
            f"This model's maximum context length is {max_model_len} tokens. However, your "
            f"request has {prompt_tokens} input tokens. Please reduce the length of the "
            "input messages.",
            "input_tokens",
        )
    if max_tokens is not None and prompt_tokens + max_tokens > max_model_len:
        raise RequestError(
            400,
            "BadRequestError",
            f"'max_tokens' or 'max_completion_tokens' is too large: {max_tokens}. This model's "
            f"maximum context length is {max_model_len} tokens and your request has "
            f"{prompt_tokens} input tokens ({max_tokens} > {max_model_len} - {prompt_tokens}).",
            "max_tokens",
        )

    last_user = next((m for m in reversed(messages) if m.get("role") == "user"), None)
    request_id = body.get("request_id")
    options = stream_options or {}
    # StreamOptions.include_usage defaults to True: a present stream_options turns it on.
    include_usage = (
        bool(body.get("stream"))
        and stream_options is not None
        and bool(options.get("include_usage", True))
    )
    return ChatRequest(
        model=model,
        max_model_len=max_model_len,
        stream=bool(body.get("stream")),
        include_usage=include_usage,
        continuous_usage=include_usage and bool(options.get("continuous_usage_stats", False)),
        max_tokens=max_tokens,
        n=n or 1,
        tool_choice=tool_choice,
        named_tool=named_tool,
        has_tools=bool(body.get("tools")),
        prompt_tokens=prompt_tokens,
        last_user_text=_message_text(last_user.get("content")) if last_user else "",
        request_id=request_id if isinstance(request_id, str) and request_id else None,
        priority=body.get("priority") or 0,
        stop=_stop_strings(body.get("stop")),
        include_stop_str_in_output=body.get("include_stop_str_in_output") is True,
    )


def _stop_strings(stop: Any) -> tuple[str, ...]:
    if isinstance(stop, str):
        stop = [stop]
    if stop is None:
        return ()
    if not isinstance(stop, list) or not all(isinstance(s, str) for s in stop):
        raise _validation_error(
            "string_type", ("body", "stop"), "Input should be a valid string", stop
        )
    return tuple(s for s in stop if s)


# Response builders


def usage_info(prompt_tokens: int, completion_tokens: int) -> dict[str, Any]:
    """``UsageInfo.model_dump()``."""
    return {
        "prompt_tokens": prompt_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
        "completion_tokens": completion_tokens,
        "prompt_tokens_details": None,
    }


def chat_message(content: str | None, tool_calls: list[dict[str, Any]]) -> dict[str, Any]:
    """``ChatMessage.model_dump()`` for the assistant."""
    return {
        "role": "assistant",
        "content": content,
        "refusal": None,
        "annotations": None,
        "audio": None,
        "function_call": None,
        "tool_calls": tool_calls,
        "reasoning": None,
    }


def tool_call(call_id: str, name: str, arguments: str) -> dict[str, Any]:
    """``ToolCall.model_dump()``."""
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}


def response_choice(
    index: int, message: dict[str, Any], finish_reason: str, stop_reason: str | None = None
) -> dict[str, Any]:
    """``ChatCompletionResponseChoice.model_dump()``."""
    return {
        "index": index,
        "message": message,
        "logprobs": None,
        "finish_reason": finish_reason,
        "stop_reason": stop_reason,
        "token_ids": None,
    }


def chat_completion(
    response_id: str,
    created: int,
    model: str,
    choices: list[dict[str, Any]],
    usage: dict[str, Any],
) -> dict[str, Any]:
    """``ChatCompletionResponse.model_dump()``."""
    return {
        "id": response_id,
        "object": "chat.completion",
        "created": created,
        "model": model,
        "choices": choices,
        "service_tier": None,
        "system_fingerprint": None,
        "usage": usage,
        "prompt_logprobs": None,
        "prompt_token_ids": None,
        "kv_transfer_params": None,
    }


StreamStep = Literal["first", "token", "last"]


def stream_choice(
    index: int,
    delta: dict[str, Any],
    step: StreamStep,
    finish_reason: str | None = None,
    stop_reason: str | None = None,
) -> dict[str, Any]:
    """One ``ChatCompletionResponseStreamChoice`` with the fields vLLM sets at ``step``."""
    choice: dict[str, Any] = {"index": index, "delta": delta, "logprobs": None}
    choice["finish_reason"] = finish_reason if step == "last" else None
    if step == "last":
        choice["stop_reason"] = stop_reason
    if step != "first":
        choice["token_ids"] = None
    return choice


def stream_chunk(
    response_id: str,
    created: int,
    model: str,
    choices: list[dict[str, Any]],
    *,
    usage: dict[str, Any] | None = None,
    first: bool = False,
) -> dict[str, Any]:
    """``ChatCompletionStreamResponse`` as dumped with ``exclude_unset=True``.

    ``usage`` is given only for continuous usage stats and for the final usage chunk.
    """
    chunk: dict[str, Any] = {
        "id": response_id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": choices,
    }
    if usage is not None:
        chunk["usage"] = usage
    if first:
        chunk["prompt_token_ids"] = None
    return chunk


def stream_usage(prompt_tokens: int, completion_tokens: int) -> dict[str, Any]:
    """``UsageInfo`` as a stream chunk sets it (no ``prompt_tokens_details``)."""
    return {
        "prompt_tokens": prompt_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
        "completion_tokens": completion_tokens,
    }


def model_list(models: Mapping[str, int], created: int | None = None) -> dict[str, Any]:
    """``ModelList.model_dump()`` with one ``ModelCard`` per served name."""
    stamp = int(time.time()) if created is None else created
    return {
        "object": "list",
        "data": [
            {
                "id": name,
                "object": "model",
                "created": stamp,
                "owned_by": "vllm",
                "root": name,
                "parent": None,
                "max_model_len": max_model_len,
                "permission": [
                    {
                        "id": f"modelperm-{random_uuid()}",
                        "object": "model_permission",
                        "created": stamp,
                        "allow_create_engine": False,
                        "allow_sampling": True,
                        "allow_logprobs": True,
                        "allow_search_indices": False,
                        "allow_view": True,
                        "allow_fine_tuning": False,
                        "organization": "*",
                        "group": None,
                        "is_blocking": False,
                    }
                ],
            }
            for name, max_model_len in models.items()
        ],
    }


def streaming_error_event(message: str, err_type: str, code: int) -> bytes:
    """The SSE event vLLM sends when generation fails after the stream started.

    vLLM serializes it with plain ``json.dumps``, hence the spaced separators.
    """
    return b"data: " + json.dumps(error_body(message, err_type, code)).encode() + b"\n\n"
