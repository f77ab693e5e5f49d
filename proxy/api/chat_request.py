"""Validation of ``POST /v1/chat/completions`` bodies, and what is forwarded to vLLM.

The body a client sends is checked against an explicit allowlist: the OpenAI Chat
Completions fields plus vLLM's documented extra parameters. A field outside it is a 400
that names the field, as OpenAI answers "unrecognized request argument": a silently
dropped field would be a silently ignored instruction. ``chat_template`` is not on the
list on purpose: it lets a client change how system prompts and injected context are
rendered, which would let it step around the gateway's prompt stages. Nor is vLLM's
``priority``: the gateway sets it from the caller's QoS class (:mod:`proxy.access.qos`), and a
client that could send it would jump the queue of every other tenant.

vLLM removed the ``guided_json``/``guided_regex``/``guided_choice``/``guided_grammar``
parameters in favour of ``structured_outputs``; older clients still send them and vLLM
would ignore them without a word, so :func:`parse_chat_request` translates them.

Failure behaviour: :func:`parse_chat_request` raises
:class:`~proxy.errors.BadRequestError` naming the offending field; it never echoes field
values (they may hold personal data).
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

import anyio
from litestar import Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from proxy.api.closed_fields import check_closed_fields, check_unread_values, is_fixed_word
from proxy.api.content_type import check_json_content_type
from proxy.api.disconnect import ClientLeft
from proxy.api.function_tools import check_tool_choice
from proxy.api.json_body import load_json_body, unrecognized_fields
from proxy.api.output_constraints import check_output_constraints
from proxy.errors import (
    BadRequestError,
    PayloadTooLargeError,
    RequestTimeoutError,
    shown_path,
)
from proxy.openai_wire import input_chars
from proxy.settings import LimitSettings

__all__ = [
    "BODY_MIN_RATE",
    "ChatRequest",
    "check_bounds",
    "check_field_types",
    "estimate_tokens",
    "parse_chat_request",
    "read_body",
    "read_stream_flag",
    "read_stream_options",
]

_OPENAI_FIELDS = frozenset(
    {
        "model", "messages", "frequency_penalty", "logit_bias", "logprobs", "top_logprobs",
        "max_tokens", "max_completion_tokens", "n", "presence_penalty", "response_format",
        "seed", "stop", "stream", "stream_options", "temperature", "top_p", "tools",
        "tool_choice", "parallel_tool_calls", "user", "reasoning_effort", "modalities",
        "service_tier", "metadata", "store", "prediction", "audio", "web_search_options",
        "function_call", "functions", "verbosity", "prompt_cache_key", "safety_identifier",
    }
)  # fmt: skip
_VLLM_FIELDS = frozenset(
    {
        # sampling parameters
        "best_of", "use_beam_search", "top_k", "min_p", "repetition_penalty",
        "length_penalty", "stop_token_ids", "include_stop_str_in_output", "ignore_eos",
        "min_tokens", "skip_special_tokens", "spaces_between_special_tokens",
        "truncate_prompt_tokens", "prompt_logprobs", "allowed_token_ids", "bad_words",
        "logits_processors", "vllm_xargs", "thinking_token_budget",
        # extra parameters
        "echo", "add_generation_prompt", "continue_final_message", "add_special_tokens",
        "documents", "chat_template_kwargs", "mm_processor_kwargs", "media_io_kwargs",
        "structured_outputs", "request_id", "return_tokens_as_token_ids",
        "return_token_ids", "cache_salt", "kv_transfer_params", "include_reasoning",
    }
)  # fmt: skip
ALLOWED_FIELDS = _OPENAI_FIELDS | _VLLM_FIELDS

#: Removed vLLM parameter → key inside ``structured_outputs``.
_GUIDED_TO_STRUCTURED = {
    "guided_json": "json",
    "guided_regex": "regex",
    "guided_choice": "choice",
    "guided_grammar": "grammar",
    "guided_whitespace_pattern": "whitespace_pattern",
}
_REJECTED_WITH_REASON = {
    "chat_template": (
        "'chat_template' is not accepted through the gateway: the model's own template is "
        "used so that system prompts and injected context render as the policy intends"
    ),
    "priority": (
        "'priority' is set by the gateway from the API key's QoS class; to lower a "
        "request's class, send the X-Mamori-Priority header"
    ),
    "guided_decoding_backend": (
        "'guided_decoding_backend' was removed from vLLM; the structured-output backend is "
        "chosen by the server (--structured-outputs-config.backend)"
    ),
}


class _ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str
    text: str | None = None
    """A part's text is a string (a list or an object there went to the backend, whose
    400 then quoted pydantic's reading of it)."""


class _Message(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[_ContentPart] | None = None
    name: str | None = None
    tool_calls: list[dict[str, Any]] | None = None
    tool_call_id: str | None = None


class _FunctionDefinition(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str
    description: str | None = None
    parameters: dict[str, Any] | None = None


class _Tool(BaseModel):
    """vLLM's ``ChatCompletionToolsParam``: a function tool with its ``function`` (a tool
    without one, or of another type, was forwarded and refused there)."""

    model_config = ConfigDict(extra="allow")
    type: Literal["function"] = "function"
    function: _FunctionDefinition


#: Roles whose ``content`` may be ``null``: vLLM reads every message against OpenAI's
#: message types and its own custom-role type, and only the assistant's (and the legacy
#: function result's) content is optional there. An absent ``content`` passes (vLLM's
#: custom-role type does not require it).
_NULL_CONTENT_ROLES = frozenset({"assistant", "function"})


class _StreamOptions(BaseModel):
    model_config = ConfigDict(extra="allow")
    include_usage: bool | None = None
    continuous_usage_stats: bool | None = None


class _ChatBody(BaseModel):
    """Types of the fields the gateway itself relies on; the rest pass through as sent."""

    model_config = ConfigDict(extra="allow")
    model: str = Field(min_length=1)
    messages: list[_Message] = Field(min_length=1)
    stream: bool | None = False
    stream_options: _StreamOptions | None = None
    tools: list[_Tool] | None = None


@dataclass(slots=True)
class ChatRequest:
    """A validated chat request.

    ``body`` is the JSON object that will be sent upstream (stages may rewrite its
    ``messages``); ``model`` is the public model name the client asked for.
    """

    body: dict[str, Any]
    model: str
    stream: bool
    include_usage: bool
    estimated_tokens: int
    """The rate limiter's up-front charge (:func:`estimate_tokens`)."""


NUMBER_FIELDS = (
    "temperature", "top_p", "presence_penalty", "frequency_penalty", "repetition_penalty",
    "min_p", "length_penalty",
)  # fmt: skip
INTEGER_FIELDS = ("seed", "top_k", "min_tokens")
FLAG_FIELDS = (
    "parallel_tool_calls", "ignore_eos", "skip_special_tokens", "include_stop_str_in_output",
    "echo", "add_generation_prompt", "continue_final_message", "add_special_tokens",
    "use_beam_search", "spaces_between_special_tokens", "store",
)  # fmt: skip
_STRING_FIELDS = ("user",)


def check_field_types(body: Mapping[str, Any]) -> None:
    """Raise a 400 naming the field when a sampling parameter, flag, ``user`` or ``stop``
    has the wrong JSON type (``null`` is absent). They used to be forwarded as sent: vLLM
    then answered with pydantic's text, which repeats the value (``input_value=...``), or
    read ``"temperature": "hot"`` in ways the client could not see."""
    for field in NUMBER_FIELDS:
        value = body.get(field)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise BadRequestError(f"{field} must be a number", param=field)
    for field in INTEGER_FIELDS:
        value = body.get(field)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise BadRequestError(f"{field} must be an integer", param=field)
    for field in FLAG_FIELDS:
        value = body.get(field)
        if value is not None and not isinstance(value, bool):
            raise BadRequestError(f"{field} must be true or false", param=field)
    for field in _STRING_FIELDS:
        value = body.get(field)
        if value is not None and not isinstance(value, str):
            raise BadRequestError(f"{field} must be a string", param=field)
    stop = body.get("stop")
    if stop is not None and not (
        isinstance(stop, str) or (isinstance(stop, list) and all(isinstance(s, str) for s in stop))
    ):
        raise BadRequestError("stop must be a string or a list of strings", param="stop")
    _check_vllm_types(body)
    check_output_constraints(body)
    _check_sampling_ranges(body)


#: vLLM's typed extra parameters (``list[int]``, ``list[str]``, ``dict``): a wrong type
#: was forwarded, and vLLM's 400 repeated the value.
_TOKEN_ID_LISTS = ("stop_token_ids", "allowed_token_ids")
_STRING_LISTS = ("bad_words",)
_OBJECT_FIELDS = (
    "logit_bias", "chat_template_kwargs", "vllm_xargs", "mm_processor_kwargs",
    "kv_transfer_params",
)  # fmt: skip


def _check_vllm_types(body: Mapping[str, Any]) -> None:
    for field in _TOKEN_ID_LISTS:
        value = body.get(field)
        if value is not None and not (
            isinstance(value, list) and all(_is_integer(item) for item in value)
        ):
            raise BadRequestError(f"{field} must be a list of token ids (integers)", param=field)
    for field in _STRING_LISTS:
        value = body.get(field)
        if value is not None and not (
            isinstance(value, list) and all(isinstance(item, str) for item in value)
        ):
            raise BadRequestError(f"{field} must be a list of strings", param=field)
    for field in _OBJECT_FIELDS:
        value = body.get(field)
        if value is not None and not isinstance(value, dict):
            raise BadRequestError(f"{field} must be an object", param=field)
    bias = body.get("logit_bias")
    if bias is not None and not all(
        isinstance(value, int | float) and not isinstance(value, bool) for value in bias.values()
    ):
        raise BadRequestError(
            "logit_bias must map token ids to numbers (a bias from -100 to 100)",
            param="logit_bias",
        )
    truncate = body.get("truncate_prompt_tokens")
    if truncate is not None and not (_is_integer(truncate) and truncate >= -1):
        raise BadRequestError(
            "truncate_prompt_tokens must be an integer >= -1 (-1: up to the model's limit)",
            param="truncate_prompt_tokens",
        )


def _is_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _shown(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _in_range(value: float, low: float, high: float, *, open_low: bool) -> bool:
    # An integer is finite however large (math.isfinite would overflow on 10**400).
    finite = isinstance(value, int) or math.isfinite(value)
    return finite and (low < value if open_low else low <= value) and value <= high


def _check_sampling_ranges(body: Mapping[str, Any]) -> None:
    """What vLLM's ``SamplingParams`` refuses (``_verify_args``, ``_verify_greedy_sampling``
    and ``validate_thinking_token_budget`` in vllm/sampling_params.py; the chat request's
    ``check_generation_prompt`` and ``check_cache_salt_support`` validators), checked here
    so the client gets a 400 naming the field instead of the backend's relayed one
    (``null`` is absent; the types were checked first): ``temperature`` in [0, 2] (the cap
    is newer vLLM's), ``top_p`` in (0, 1], ``presence_penalty`` and ``frequency_penalty``
    in [-2, 2], ``repetition_penalty`` finite and > 0, ``min_p`` in [0, 1], ``top_k`` -1,
    0 or >= 1, ``min_tokens`` >= 0 and at most ``max_tokens``; ``n`` 1 with
    ``temperature: 0`` (greedy sampling; vLLM raises a temperature under 0.01 to 0.01, so
    only 0 is greedy; beam search takes another path); no empty string in ``stop`` or
    ``bad_words``; ``thinking_token_budget`` an integer >= -1; not both
    ``continue_final_message`` and ``add_generation_prompt``; ``cache_salt`` a non-empty
    string. ``n`` and ``max_tokens`` (>= 1) are checked with the gateway's limits
    (:func:`check_bounds`)."""
    ranges: dict[str, tuple[float, float, bool, str]] = {
        "temperature": (0.0, 2.0, False, "must be in [0, 2]"),
        "top_p": (0.0, 1.0, True, "must be in (0, 1]"),
        "presence_penalty": (-2.0, 2.0, False, "must be in [-2, 2]"),
        "frequency_penalty": (-2.0, 2.0, False, "must be in [-2, 2]"),
        "repetition_penalty": (0.0, math.inf, True, "must be a finite number > 0"),
        "min_p": (0.0, 1.0, False, "must be in [0, 1]"),
    }
    for field, (low, high, open_low, rule) in ranges.items():
        value = body.get(field)
        if value is None:
            continue
        if not _in_range(value, low, high, open_low=open_low):
            raise BadRequestError(f"{field} {rule}, got {_shown(value)}", param=field)
    top_k = body.get("top_k")
    if top_k is not None and top_k < -1:
        raise BadRequestError(
            f"top_k must be 0 (no limit), -1 or at least 1, got {_shown(top_k)}", param="top_k"
        )
    min_tokens = body.get("min_tokens")
    if min_tokens is not None:
        if min_tokens < 0:
            raise BadRequestError(
                f"min_tokens must be >= 0, got {_shown(min_tokens)}", param="min_tokens"
            )
        most = body.get("max_completion_tokens")
        most = most if most is not None else body.get("max_tokens")
        if isinstance(most, int) and not isinstance(most, bool) and min_tokens > most:
            raise BadRequestError(
                f"min_tokens must be at most max_tokens ({most}), got {min_tokens}",
                param="min_tokens",
            )
    _check_vllm_rules(body)


def _check_vllm_rules(body: Mapping[str, Any]) -> None:
    """The rest of :func:`_check_sampling_ranges`: rules across fields and on strings."""
    n = body.get("n")
    if (
        body.get("temperature") == 0
        and isinstance(n, int)
        and not isinstance(n, bool)
        and n > 1
        and body.get("use_beam_search") is not True
    ):
        raise BadRequestError(
            f"n must be 1 when using greedy sampling (temperature 0), got {n}", param="n"
        )
    best_of = body.get("best_of")
    if _is_integer(best_of) and isinstance(best_of, int) and isinstance(n, int) and best_of < n:
        # vLLM's rule wherever it reads best_of (V0's SamplingParams; V1 refuses any
        # best_of but 1); the backend used to get it.
        raise BadRequestError(
            f"best_of must be at least n, got n={n} and best_of={best_of}", param="best_of"
        )
    stop = body.get("stop")
    if stop == "" or (isinstance(stop, list) and "" in stop):
        raise BadRequestError("stop cannot contain an empty string", param="stop")
    bad_words = body.get("bad_words")
    if isinstance(bad_words, list) and "" in bad_words:
        raise BadRequestError("bad_words cannot contain an empty string", param="bad_words")
    budget = body.get("thinking_token_budget")
    if budget is not None and (
        isinstance(budget, bool) or not isinstance(budget, int) or budget < -1
    ):
        raise BadRequestError(
            "thinking_token_budget must be a non-negative integer or -1 for unlimited",
            param="thinking_token_budget",
        )
    if body.get("continue_final_message") is True and body.get("add_generation_prompt") is True:
        raise BadRequestError(
            "continue_final_message and add_generation_prompt cannot both be true",
            param="continue_final_message",
        )
    salt = body.get("cache_salt")
    if salt is not None and (not isinstance(salt, str) or not salt):
        raise BadRequestError("cache_salt must be a non-empty string", param="cache_salt")


def estimate_tokens(body: Mapping[str, Any]) -> int:
    """Rough token cost of a chat request before it runs, for the rate limiter: message
    characters / 2 plus ``max_tokens`` or ``max_completion_tokens`` (× ``n``). Deliberately
    rough (the gateway does not tokenize); the limiter settles with the real usage."""
    prompt = math.ceil(input_chars(body) / 2)
    completion = body.get("max_completion_tokens") or body.get("max_tokens") or 0
    n = body.get("n") or 1
    if not isinstance(completion, int) or not isinstance(n, int):
        return prompt
    return prompt + completion * n


def parse_chat_request(raw: bytes, *, limits: LimitSettings) -> ChatRequest:
    """Parse and validate a request body against ``limits``. Raises
    :class:`BadRequestError` naming the field."""
    body = load_json_body(raw, known_fields=ALLOWED_FIELDS)
    if not isinstance(body, dict):
        raise BadRequestError("the request body must be a JSON object")
    for field, reason in _REJECTED_WITH_REASON.items():
        if field in body:
            raise BadRequestError(reason, param=field)
    stream = read_stream_flag(body)
    _translate_guided(body)
    unknown = sorted(set(body) - ALLOWED_FIELDS)
    if unknown and limits.unknown_fields == "reject":
        raise unrecognized_fields(unknown)
    check_field_types(body)
    if body.get("logprobs") is not None and not isinstance(body["logprobs"], bool):
        # A flag in chat (a count in /v1/completions): vLLM's 400 repeated the value.
        raise BadRequestError("logprobs must be true or false", param="logprobs")
    check_closed_fields(body)
    try:
        checked = _ChatBody.model_validate(body)
    except ValidationError as exc:
        where, problem = _describe(exc)
        raise BadRequestError(f"{where}: {problem}", param=where) from exc
    check_unread_values(body)
    _check_null_content(checked.messages)
    _check_parts(checked.messages)
    _check_tool_calls(checked.messages)
    _check_tool_results(checked.messages)
    if body.get("tool_choice") not in (None, "none") and checked.tools is None:
        # vLLM's own rule (an empty list passes it); its 400 quoted pydantic's reading
        # of the whole body.
        raise BadRequestError(
            "tool_choice: 'tools' must be given with a tool_choice other than 'none'",
            param="tool_choice",
        )
    declared = None if checked.tools is None else [t.function.name for t in checked.tools]
    check_tool_choice(body.get("tool_choice"), declared)
    if len(checked.messages) > limits.max_messages:
        raise BadRequestError(
            f"too many messages: {len(checked.messages)} (the limit is {limits.max_messages})",
            param="messages",
        )
    check_bounds(body, limits)
    if body.get("top_logprobs") and body.get("logprobs") is not True:
        # vLLM's chat request validator (check_logprobs) refuses it.
        raise BadRequestError(
            "top_logprobs needs logprobs: true (the top tokens come with the sampled ones)",
            param="top_logprobs",
        )
    include_usage = read_stream_options(body, stream)
    return ChatRequest(
        body=body,
        model=checked.model,
        stream=stream,
        include_usage=include_usage,
        estimated_tokens=estimate_tokens(body),
    )


def _check_tool_calls(messages: list[_Message]) -> None:
    """An assistant message's tool calls as vLLM reads them (OpenAI's tool-call type): a
    string ``id`` and a ``function`` whose ``name`` and ``arguments`` are strings, the
    arguments JSON text. An
    object there (a client replaying the arguments it parsed) was forwarded and refused
    by vLLM with pydantic's "Input should be a valid string"."""
    for index, message in enumerate(messages):
        for number, call in enumerate(message.tool_calls or ()):
            call_at = f"messages.{index}.tool_calls.{number}"
            if not isinstance(call.get("id"), str):
                # id and function are required by vLLM's tool-call type: without them the
                # call was forwarded and vLLM's 400 repeated it.
                raise BadRequestError(f"{call_at}.id must be a string", param=f"{call_at}.id")
            function = call.get("function")
            where = f"{call_at}.function"
            if not isinstance(function, dict):
                raise BadRequestError(
                    f"{where} must be an object with a 'name' and 'arguments'", param=where
                )
            for field in ("name", "arguments"):
                if not isinstance(function.get(field), str):
                    hint = (
                        " (JSON text: serialize the arguments object)"
                        if field == "arguments"
                        else ""
                    )
                    raise BadRequestError(
                        f"{where}.{field} must be a string{hint}", param=f"{where}.{field}"
                    )


def _check_tool_results(messages: list[_Message]) -> None:
    """A ``tool`` message names the call it answers: a non-empty ``tool_call_id``, as
    OpenAI requires. vLLM's lenient message type let one without it through, and the chat
    template then either dropped the link between call and result or failed on it
    (Mistral's tokenizer). Raises a 400 naming the message."""
    for index, message in enumerate(messages):
        if message.role == "tool" and not message.tool_call_id:
            raise BadRequestError(
                f"messages.{index}.tool_call_id: a tool message needs the id of the tool "
                "call it answers (tool_call_id)",
                param=f"messages.{index}.tool_call_id",
            )


#: vLLM's URL content parts: the part's object under the type's name, with a string ``url``.
_URL_PARTS = ("image_url", "video_url", "audio_url")
#: The content-part types vLLM's chat parser knows (``MM_PARSER_MAP`` in
#: ``vllm/entrypoints/chat_utils.py``; ``image_pil`` left out, no JSON value is an image):
#: any other is refused there with "Unsupported chat content part type". OpenAI's ``file``
#: part is let through as before: the PII stage reads its ``filename`` and ``file_data``
#: (``tests/integration/test_pii_fields.py``), and a backend that does not read it answers.
CHAT_PART_TYPES = frozenset(
    {
        "text", "input_text", "output_text", "refusal", "thinking", "tool_reference",
        "image_url", "input_image", "video_url", "audio_url", "input_audio",
        "image_embeds", "audio_embeds", "video_embeds", "prompt_embeds", "file",
    }
)  # fmt: skip


#: ``input_audio.format`` as vLLM takes it: OpenAI's ``InputAudio`` type, a Literal that
#: vLLM's part union validates when it reads the parts (``'flac'``, ``'WAV'`` are refused
#: there), before writing ``data:audio/<format>;base64,…`` for its loader.
_INPUT_AUDIO_FORMATS = frozenset({"wav", "mp3"})


def _check_parts(messages: list[_Message]) -> None:
    """Content parts as vLLM's part types read them: the type one of
    :data:`CHAT_PART_TYPES` (another was forwarded, and refused by vLLM), a ``text`` part
    with a string ``text`` (a part without one was forwarded and refused by vLLM, whose
    400 was relayed), an ``image_url`` / ``video_url`` / ``audio_url`` part an object of
    that name with a string ``url``, an ``input_audio`` part an object with a string
    ``data`` and a ``format`` of :data:`_INPUT_AUDIO_FORMATS` (another was forwarded for
    vLLM to refuse).
    Raises a 400 naming the part's field."""
    for index, message in enumerate(messages):
        if not isinstance(message.content, list):
            continue
        for number, part in enumerate(message.content):
            where = f"messages.{index}.content.{number}"
            if part.type not in CHAT_PART_TYPES:
                shown = f"'{part.type}'" if is_fixed_word(part.type) else "this type"
                raise BadRequestError(
                    f"{where}.type: content parts of {shown} are not supported (vLLM reads "
                    "text, image_url, input_audio, video_url, audio_url, refusal, input_text, "
                    "input_image, thinking, file and the embeds parts)",
                    param=f"{where}.type",
                )
            if part.type == "input_audio":
                _check_input_audio((part.model_extra or {}).get("input_audio"), where)
            if part.type == "text" and not isinstance(part.text, str):
                raise BadRequestError(
                    f"{where}.text: a text part needs a string 'text'", param=f"{where}.text"
                )
            if part.type in _URL_PARTS:
                holder = (part.model_extra or {}).get(part.type)
                if not isinstance(holder, dict) or not isinstance(holder.get("url"), str):
                    raise BadRequestError(
                        f"{where}.{part.type}.url: a {part.type} part needs an object "
                        f"'{part.type}' with a string 'url'",
                        param=f"{where}.{part.type}.url",
                    )


def _check_input_audio(audio: Any, where: str) -> None:
    if not isinstance(audio, dict):
        raise BadRequestError(
            f"{where}.input_audio: an input_audio part needs an object 'input_audio' with "
            "'data' (base64) and 'format'",
            param=f"{where}.input_audio",
        )
    for key in ("data", "format"):
        if not isinstance(audio.get(key), str) or not audio[key]:
            raise BadRequestError(
                f"{where}.input_audio.{key} must be a non-empty string",
                param=f"{where}.input_audio.{key}",
            )
    if audio["format"] not in _INPUT_AUDIO_FORMATS:
        shown = f"'{audio['format']}'" if is_fixed_word(audio["format"]) else "this format"
        raise BadRequestError(
            f"{where}.input_audio.format: {shown} is not an input_audio format; vLLM takes "
            "'wav' or 'mp3' (other audio goes in an audio_url part as a data:audio/… URL)",
            param=f"{where}.input_audio.format",
        )


def _check_null_content(messages: list[_Message]) -> None:
    for index, message in enumerate(messages):
        if (
            message.content is None
            and "content" in message.model_fields_set
            and message.role not in _NULL_CONTENT_ROLES
        ):
            raise BadRequestError(
                f"messages.{index}.content: null is accepted on assistant messages only; send "
                "a string or a list of content parts",
                param=f"messages.{index}.content",
            )


#: Names pydantic gives a union's members in an error's location (``str``,
#: ``list[_ContentPart]``): not fields of the body.
_UNION_MEMBER = re.compile(r"^(?:str|int|float|bool|none|dict|list)$|\[")
#: pydantic's "or instance of _Message": the gateway's class names mean nothing to a client.
_PRIVATE_CLASS = re.compile(r" or instance of _\w+")


def _describe(exc: ValidationError) -> tuple[str, str]:
    """The field path (union member names left out) and the problem of the most specific
    error. A union's members each report one (``content`` is a string *or* a list of
    parts): at the same path their problems are joined; a deeper one (a part without its
    ``type``) is the one that names the field."""
    found: dict[str, list[str]] = {}
    for error in exc.errors(include_url=False):
        parts = [str(p) for p in error["loc"] if not _UNION_MEMBER.search(str(p))]
        problem = _PRIVATE_CLASS.sub("", error["msg"])
        found.setdefault(shown_path(".".join(parts)) or "body", []).append(problem)
    where = max(found, key=lambda path: (path.count(".") + (path != "body"), -len(found[path])))
    return where, "; or ".join(dict.fromkeys(found[where]))


def read_stream_flag(body: Mapping[str, Any]) -> bool:
    """``stream`` as the gateway relays the answer: ``true``, ``false`` or absent/``null``.

    Anything else is a 400, as OpenAI answers: vLLM's lax reading takes ``1`` or
    ``"true"`` as true and would stream an answer the gateway waits for as one JSON body.
    """
    stream = body.get("stream")
    if stream is not None and not isinstance(stream, bool):
        raise BadRequestError("stream must be a boolean (true or false)", param="stream")
    return stream is True


def read_stream_options(body: Mapping[str, Any], stream: bool) -> bool:
    """Whether the client asked for the usage chunk: ``stream_options`` must be an object
    (or absent/``null``), its ``include_usage`` and ``continuous_usage_stats`` booleans,
    and it is set only with ``stream: true``. Raises :class:`BadRequestError` naming
    ``stream_options``: the gateway adds ``include_usage`` to the object it forwards, and
    reading ``"no"`` as a yes would hand the client a chunk it did not ask for."""
    options = body.get("stream_options")
    if options is None:
        return False
    if not stream:
        raise BadRequestError(
            "stream_options can only be set when stream is true", param="stream_options"
        )
    if not isinstance(options, dict):
        raise BadRequestError("stream_options must be an object", param="stream_options")
    for flag in ("include_usage", "continuous_usage_stats"):
        if options.get(flag) is not None and not isinstance(options[flag], bool):
            raise BadRequestError(
                f"stream_options.{flag} must be a boolean", param="stream_options"
            )
    return options.get("include_usage") is True


def check_bounds(body: dict[str, Any], limits: LimitSettings) -> None:
    """The numbers that multiply a request's cost stay within ``limits``: ``n``,
    ``best_of``, ``top_logprobs``, ``max_tokens`` and ``max_completion_tokens``. Raises
    :class:`BadRequestError` naming the field and its limit."""
    bounds = {
        "n": (1, limits.max_n),
        "best_of": (1, limits.max_best_of),
        "top_logprobs": (0, limits.max_top_logprobs),
        "max_tokens": (1, limits.max_tokens),
        "max_completion_tokens": (1, limits.max_tokens),
    }
    for field, (low, high) in bounds.items():
        value = body.get(field)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise BadRequestError(f"{field} must be an integer", param=field)
        if not low <= value <= high:
            raise BadRequestError(
                f"{field} must be between {low} and {high} (the gateway's limit)", param=field
            )


def _translate_guided(body: dict[str, Any]) -> None:
    present = [name for name in _GUIDED_TO_STRUCTURED if name in body]
    if not present:
        return
    structured = body.get("structured_outputs")
    if structured is None:
        structured = {}
    elif not isinstance(structured, dict):
        raise BadRequestError("structured_outputs must be an object", param="structured_outputs")
    for name in present:
        key = _GUIDED_TO_STRUCTURED[name]
        if key in structured:
            raise BadRequestError(
                f"{name} and structured_outputs.{key} are both set; send only "
                f"structured_outputs.{key}",
                param=name,
            )
        structured[key] = body.pop(name)
    body["structured_outputs"] = structured


BODY_MIN_RATE = 500
"""Bytes per second a body must average once its first ``body_timeout_s`` have passed
(Apache's ``mod_reqtimeout`` uses the same figure): a 4 MiB body at 100 kbit/s passes."""


async def read_body(request: Request[Any, Any, Any], limit: int, *, timeout_s: float) -> bytes:
    """The request body, refused with 400 as soon as it is over ``limit`` bytes (the
    declared ``Content-Length`` first, then what actually arrives), or when it declares a
    ``Content-Encoding`` or a ``Transfer-Encoding`` other than ``chunked`` (compressed
    bodies are not accepted), or is not declared as JSON in UTF-8
    (:mod:`proxy.api.content_type`; before any byte of it is read).

    Each piece must arrive within ``timeout_s``, and the whole body within ``timeout_s``
    plus a second per :data:`BODY_MIN_RATE` bytes received (else
    :class:`RequestTimeoutError`: a client trickling its body would hold a worker's
    connection for ever). A client that
    goes away while sending raises :class:`~proxy.api.disconnect.ClientLeft`: one audited
    499, not a traceback.
    """
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("", "identity"):
        # Compressed bodies are not decoded (no decompression limit to enforce); read as
        # they come they would be "not valid UTF-8", which names the wrong problem.
        raise BadRequestError(
            "Content-Encoding other than identity is not supported: send the body uncompressed"
        )
    codings = request.headers.get("transfer-encoding", "").lower().replace(" ", "").split(",")
    if any(coding not in ("", "chunked", "identity") for coding in codings):
        # The HTTP layer undoes only the chunking: a gzip transfer coding was read as the
        # body itself (a 400 "not valid UTF-8", or, sent uncompressed, an answer to bytes
        # an intermediary would have read differently).
        raise BadRequestError(
            "Transfer-Encoding other than chunked is not supported: send the body uncompressed"
        )
    check_json_content_type(request.headers.get("content-type"))
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise BadRequestError("invalid Content-Length header")
        if int(declared) > limit:
            raise PayloadTooLargeError(
                f"the request body is {declared} bytes; the limit is {limit} bytes"
            )
    chunks: list[bytes] = []
    size = 0
    started = last = time.monotonic()
    while True:
        # The next piece within timeout_s, and the body as a whole at BODY_MIN_RATE: one
        # byte every 29 s kept each wait short and held the connection for days.
        whole = started + timeout_s + size / BODY_MIN_RATE - time.monotonic()
        try:
            with anyio.fail_after(max(min(timeout_s, whole), 0.0)):
                message = await request.receive()
        except TimeoutError as exc:
            if time.monotonic() - last < timeout_s:
                raise RequestTimeoutError(
                    f"the request body arrived slower than {BODY_MIN_RATE} bytes per second "
                    f"(after its first {timeout_s:g} s)"
                ) from exc
            raise RequestTimeoutError(
                f"the request body did not arrive within {timeout_s:g} s of its last piece"
            ) from exc
        if message["type"] == "http.disconnect":
            raise ClientLeft
        chunk = message.get("body", b"")
        assert isinstance(chunk, bytes)  # ASGI: http.request carries bytes
        size += len(chunk)
        last = time.monotonic()
        if size > limit:
            raise PayloadTooLargeError(f"the request body is over the limit of {limit} bytes")
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)
