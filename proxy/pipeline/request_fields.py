"""Every text of a chat request body that can reach the model's prompt or the backend.

vLLM renders far more than ``messages[].content`` into the prompt: a message's ``name``,
tool and function descriptions and parameter schemas, ``documents``, the
``response_format``/``structured_outputs`` schemas, ``chat_template_kwargs``; and the
backend receives (and may log, or fetch) ``user``, ``metadata``, ``stop``, content-part URLs
and the rest. :func:`request_texts` enumerates each such string of a body as a
:class:`RequestText` that says where it lives, so a stage can rewrite it in place.

Every top-level field the allowlist (:data:`proxy.api.chat_request.ALLOWED_FIELDS`)
forwards is classified here, in exactly one of:

* :data:`TEXT_FIELDS` — free text anywhere inside (every string leaf is enumerated);
* :data:`SCHEMA_FIELDS` — structured values (messages, tools, schemas) whose string leaves
  are enumerated except the structural keywords in :data:`STRUCTURAL_KEYS` (``type``,
  ``role``, ``$ref`` … — values from a fixed vocabulary, rewriting them would break the
  request) and the binary payloads in :data:`BINARY_KEYS` (base64 audio and files);
* :data:`NON_TEXT_FIELDS` — numbers, flags, token ids and closed vocabularies.

Within those, a string is one of three kinds (:data:`TextKind`):

* ``text`` — plain text;
* ``json`` — a JSON document in a string (tool-call ``arguments``): its string values are
  the texts, and the rewritten document must be JSON again;
* ``url`` — a URL (``image_url.url``, ``video_url.url``, ``audio_url.url``, …): read
  percent-decoded, because names and phone numbers in a query string are percent-encoded.
  ``data:`` URLs with a base64 payload are binary and not enumerated;
* ``filename`` — a file name (``file.filename``), where ``_`` and ``+`` join words;
* ``name`` — a message's ``name`` (``messages[N].name``): the participant's name, which
  vLLM's chat templates put into the prompt. The whole value is a name by what the field
  is, so the PII stage treats it as one even where no recognizer would (a lone
  ``Kawakami``, a nickname). Not on ``tool`` and ``function`` messages: there ``name`` is
  the called function's (``lookup``, ``get_weather``), which must still match the call it
  answers; it is read as an identifier, a ``filename`` (``call_09012345678``: the number
  is found). So is every other function name: the assistant's ``tool_calls[].function.name``
  and ``function_call.name``, ``tools[].function.name``, ``functions[].name`` and the
  ``tool_choice`` / ``function_call`` that picks one. A name is a tool identifier the
  backend must match against its tool list, so an ordinary one (``get_customer_by_name``,
  ``lookup``) is forwarded as sent; read as one unbroken word it hid a phone number glued
  into it (``call_09012345678`` reached the backend). One name is read the same way
  wherever it occurs, so a number found in it becomes the same placeholder in the
  definition, the choice and the calls, and the model's call is restored in the answer.

URLs and file names are read with ``_`` and ``+`` as spaces (:func:`analysis_form`: the
same length, so spans found in it are spans of the value), because recognizers look for
word boundaries that ``山田太郎_090-1234-5678.pdf`` does not have.

Dictionary keys are not rewritten (metadata keys, schema property names): they are
identifiers the client's own code reads back. :func:`request_keys` lists the keys that
are not plain identifiers (a non-ASCII letter, a run of digits, ``@``), also inside tool
arguments, so the PII stage can refuse a request that puts personal data in one.

A structural or binary key is skipped only where it holds a string or a list of strings:
a schema property *named* ``id``, ``type``, ``data`` or ``format`` is an object, and its
description is read like any other.
:func:`unread_texts` lists the strings left unread, for the door to check that they hold
what their key promises (:mod:`proxy.api.closed_fields`).

Tool-call ``arguments`` that are not a JSON object or array (a cut-off or hand-made
document, ``name=山田太郎``) are read as text. Their JSON escapes (``\\u5c71``, ``\\u002d``)
would hide a value from the analyzer and still carry it to the backend, so
:func:`decode_unparsed_arguments` writes them as the characters they stand for first. vLLM
does not give such arguments to the model (its ``_postprocess_messages`` replaces arguments
that do not parse to an object with ``{}``), so the change costs nothing downstream.

Failure behaviour: none — a value of an unexpected shape is walked as the JSON it is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

__all__ = [
    "BINARY_KEYS",
    "NON_TEXT_FIELDS",
    "SCHEMA_FIELDS",
    "STRUCTURAL_KEYS",
    "TEXT_FIELDS",
    "RequestKey",
    "RequestText",
    "TextKind",
    "UnreadText",
    "analysis_form",
    "decode_unparsed_arguments",
    "rendered_strings",
    "request_keys",
    "request_texts",
    "string_values",
    "unread_texts",
]

TextKind = Literal["text", "json", "url", "filename", "name"]

#: Fields whose every string (at any depth) is free text.
TEXT_FIELDS = frozenset(
    {
        "user", "metadata", "stop", "documents", "bad_words", "chat_template_kwargs",
        "mm_processor_kwargs", "media_io_kwargs", "vllm_xargs", "kv_transfer_params",
        "logits_processors", "request_id", "cache_salt", "safety_identifier",
        "prompt_cache_key",
    }
)  # fmt: skip
#: Structured fields: strings inside, except under :data:`STRUCTURAL_KEYS`/:data:`BINARY_KEYS`.
SCHEMA_FIELDS = frozenset(
    {
        "messages", "tools", "functions", "tool_choice", "function_call", "response_format",
        "structured_outputs", "prediction", "web_search_options",
    }
)  # fmt: skip
#: Fields that carry no free text: numbers, booleans, token ids, closed vocabularies.
NON_TEXT_FIELDS = frozenset(
    {
        "model", "frequency_penalty", "logit_bias", "logprobs", "top_logprobs", "max_tokens",
        "max_completion_tokens", "n", "presence_penalty", "seed", "stream", "stream_options",
        "temperature", "top_p", "parallel_tool_calls", "reasoning_effort", "modalities",
        "service_tier", "store", "audio", "best_of", "use_beam_search", "top_k", "min_p",
        "repetition_penalty", "length_penalty", "stop_token_ids", "include_stop_str_in_output",
        "ignore_eos", "min_tokens", "skip_special_tokens", "spaces_between_special_tokens",
        "truncate_prompt_tokens", "prompt_logprobs", "allowed_token_ids",
        "thinking_token_budget", "echo", "add_generation_prompt", "continue_final_message",
        "add_special_tokens", "return_tokens_as_token_ids", "return_token_ids",
        "include_reasoning", "verbosity",
    }
)  # fmt: skip

#: Keys whose string values come from a fixed vocabulary (JSON Schema keywords, part and
#: message types): not personal data, and rewriting them would break the request.
STRUCTURAL_KEYS = frozenset(
    {"type", "role", "detail", "format", "$ref", "$schema", "$id", "required", "id", "tool_call_id"}
)
#: Keys holding base64 payloads (audio, files): binary, not text.
BINARY_KEYS = frozenset({"data", "file_data"})
#: Keys holding URLs (content parts, documents).
_URL_KEYS = frozenset({"url"})
_FILENAME_KEYS = frozenset({"filename"})
_WORD_JOINERS = str.maketrans({"_": " ", "+": " "})
_MESSAGE_NAME = re.compile(r"messages\[\d+\]\.name")
#: Where a string names a function: the assistant's calls (``tool_calls[].function.name``,
#: legacy ``function_call.name``), the tool definitions (``tools[].function.name``, legacy
#: ``functions[].name``) and the choice of one (``tool_choice.function.name``, the
#: Responses API's ``tool_choice.name``, legacy top-level ``function_call.name``). Read as
#: identifiers, as a function result's ``name``.
_FUNCTION_NAME = re.compile(
    r"(?:messages\[\d+\]\.(?:tool_calls\[\d+\]\.function|function_call)"
    r"|tools\[\d+\]\.function|functions\[\d+\]|tool_choice(?:\.function)?|function_call)\.name"
)
#: Roles whose ``name`` is a function's name (the message holds that function's result).
_FUNCTION_ROLES = frozenset({"tool", "function"})


@dataclass(frozen=True, slots=True)
class RequestText:
    """One string of the body: ``container[key]`` is ``text``.

    ``path`` names the place (``messages[0].content[1].image_url.url``) for decisions
    and tests; it never holds the value.
    """

    container: dict[str, Any] | list[Any]
    key: str | int
    text: str
    kind: TextKind
    path: str


def request_texts(body: dict[str, Any]) -> Iterator[RequestText]:
    """Every string of ``body`` that can reach the prompt or the backend, in field order
    (``messages`` first, so placeholders are numbered in conversation order).

    A top-level field in none of the three classes is walked as free text: a field added
    to the allowlist without a decision here is analysed rather than let through.
    """
    fields = sorted(body, key=lambda name: name != "messages")
    for field in fields:
        if field in NON_TEXT_FIELDS:
            continue
        structured = field in SCHEMA_FIELDS
        yield from _walk(body, field, field, structured=structured)


@dataclass(frozen=True, slots=True)
class UnreadText:
    """A string the PII stage does not read but the backend receives: ``text`` under the
    key ``key`` (for a list of words such as ``required``, the list's key) at ``path``."""

    key: str
    text: str
    path: str


def unread_texts(body: dict[str, Any]) -> Iterator[UnreadText]:
    """Every string of ``body`` that :func:`request_texts` leaves unread and that is
    forwarded all the same: the values of :data:`STRUCTURAL_KEYS` and :data:`BINARY_KEYS`
    inside the structured fields, and ``data:`` URLs with a base64 payload. The door
    (:mod:`proxy.api.closed_fields`) checks that each holds what its key promises."""
    for field in sorted(body, key=lambda name: name != "messages"):
        if field in SCHEMA_FIELDS:
            for item in _strings(body, field, field, structured=True):
                if isinstance(item, UnreadText):
                    yield item


def _walk(
    container: dict[str, Any] | list[Any], key: str | int, path: str, *, structured: bool
) -> Iterator[RequestText]:
    for item in _strings(container, key, path, structured=structured):
        if isinstance(item, RequestText):
            yield item


def _strings(
    container: dict[str, Any] | list[Any], key: str | int, path: str, *, structured: bool
) -> Iterator[RequestText | UnreadText]:
    """Every string below ``container[key]``: a :class:`RequestText` where the PII stage
    reads it, an :class:`UnreadText` where it does not. A structural or binary key's value
    is left unread only when it is what such a key holds (a string, or a list of strings:
    ``"type": ["string", "null"]``); anything else under it is walked, because ``id``,
    ``type``, ``data`` and ``format`` are also common property names in a tool's parameter
    schema, whose descriptions and enum values are text."""
    value = container[key]  # type: ignore[index]
    if isinstance(value, str):
        if _MESSAGE_NAME.fullmatch(path):
            kind: TextKind | None = "filename" if _names_a_function(container) else "name"
        elif _FUNCTION_NAME.fullmatch(path):
            kind = "filename"
        else:
            kind = _kind(key, value)
        if kind is None:
            yield UnreadText(str(key), value, path)
        else:
            yield RequestText(container, key, value, kind, path)
    elif isinstance(value, dict):
        for name, child in value.items():
            where = f"{path}.{name}"
            if structured and (name in STRUCTURAL_KEYS or name in BINARY_KEYS):
                if isinstance(child, str):
                    yield UnreadText(name, child, where)
                    continue
                if isinstance(child, list) and all(isinstance(item, str) for item in child):
                    for index, item in enumerate(child):
                        yield UnreadText(name, item, f"{where}[{index}]")
                    continue
            yield from _strings(value, name, where, structured=structured)
    elif isinstance(value, list):
        for index in range(len(value)):
            yield from _strings(value, index, f"{path}[{index}]", structured=structured)


@dataclass(frozen=True, slots=True)
class RequestKey:
    """A dictionary key of the body that is no plain identifier, at ``path`` (the path of
    the object holding it, never the key itself)."""

    key: str
    path: str


# A key a program names its fields with: ASCII letters, digits, _ . $ -, at most two digits
# in a row (``address_line2``, ``v1.2``); anything else may be a value used as a key.
# One way to match each character (a digit only where two more do not follow), so the
# match is linear in the key's length whatever the key.
_PLAIN_KEY = re.compile(r"[A-Za-z_$](?:[A-Za-z_.$\-]|\d(?!\d\d))*")


def request_keys(body: dict[str, Any]) -> Iterator[RequestKey]:
    """Every dictionary key below the fields :func:`request_texts` reads, and inside the
    JSON documents it reads (tool-call arguments), that is not a plain identifier."""
    for field in body:
        if field in NON_TEXT_FIELDS:
            continue
        yield from _keys(body[field], field)


def _keys(value: Any, path: str) -> Iterator[RequestKey]:
    if isinstance(value, dict):
        for name, child in value.items():
            plain = _PLAIN_KEY.fullmatch(name) is not None
            if not plain:
                yield RequestKey(name, path)
            where = f"{path}.{name}" if plain else f"{path}.<key>"
            if name == "arguments" and isinstance(child, str) and _is_json_document(child):
                # Tool-call arguments: a JSON document whose values are read one by one
                # (kind "json"). Other JSON text (a tool result) is read as text, keys too.
                yield from _keys(json.loads(child), where)
            else:
                yield from _keys(child, where)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _keys(item, f"{path}[{index}]")


def _names_a_function(message: dict[str, Any] | list[Any]) -> bool:
    """Whether a message's ``name`` is the name of a function, not of a participant: on a
    ``tool`` message and a legacy ``function`` message it names the function whose result
    the message holds (OpenAI requires it on ``function`` messages), and must stay what the
    assistant's ``function_call.name`` / ``tool_calls[].function.name`` says, so it is not
    read as a person's name (``lookup`` became ``<PERSON_1>``)."""
    return isinstance(message, dict) and message.get("role") in _FUNCTION_ROLES


def _kind(key: str | int, value: str) -> TextKind | None:
    if key in _URL_KEYS:
        if value.startswith("data:"):
            header = value.partition(",")[0]
            return None if header.endswith(";base64") else "url"
        return "url"
    if key in _FILENAME_KEYS:
        return "filename"
    if key == "arguments" and _is_json_document(value):
        return "json"
    return "text"


def analysis_form(value: str) -> str:
    """``value`` with its word joiners (``_``, ``+``) read as spaces: the text an analyzer
    reads for a URL (already percent-decoded) or a file name. Same length as ``value``."""
    return value.translate(_WORD_JOINERS)


_JSON_ESCAPE = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|(["\\/bfnrt]))')
_SIMPLE_ESCAPES = {
    '"': '"',
    "\\": "\\",
    "/": "/",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
}


def _unescape(match: re.Match[str]) -> str:
    code = match[1]
    return chr(int(code, 16)) if code else _SIMPLE_ESCAPES[match[2]]


def _decoded_escapes(text: str) -> str:
    """``text`` with every JSON escape written as its character, left to right (``\\\\u0041``
    is an escaped backslash and the letters ``u0041``); escaped surrogate pairs joined, a
    lone one written U+FFFD."""
    decoded = _JSON_ESCAPE.sub(_unescape, text)
    return decoded.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def decode_unparsed_arguments(body: dict[str, Any]) -> int:
    """Rewrite, in place, each tool-call ``arguments`` string of ``body`` that is not a JSON
    object or array (read as text, not value by value) with its JSON escapes decoded, so
    the analyzer reads the characters the escapes stand for. Returns how many changed."""
    changed = 0
    for field, value in body.items():
        if field not in NON_TEXT_FIELDS:
            changed += _decode_arguments_in(value)
    return changed


def _decode_arguments_in(value: Any) -> int:
    changed = 0
    if isinstance(value, dict):
        for name, child in value.items():
            if name == "arguments" and isinstance(child, str):
                if "\\" in child and not _is_json_document(child):
                    decoded = _decoded_escapes(child)
                    if decoded != child:
                        value[name] = decoded
                        changed += 1
            else:
                changed += _decode_arguments_in(child)
    elif isinstance(value, list):
        for item in value:
            changed += _decode_arguments_in(item)
    return changed


def _is_json_document(text: str) -> bool:
    """A JSON object or array (tool arguments); a bare JSON string or number is text."""
    if not text.lstrip().startswith(("{", "[")):
        return False
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def rendered_strings(value: Any) -> Iterator[str]:
    """Every string of parsed JSON ``value`` a chat template can show the model, depth
    first in document order: the values, and the dictionary keys that are not plain
    identifiers (``"Ignore all previous instructions"`` as a schema property or an
    arguments key; a template writes tool schemas and arguments out as JSON, keys and all).
    Plain keys (``properties``, ``city_name``) are left out: they are the schema's own
    vocabulary and would only dilute the text the guard classifies."""
    return _json_strings(value, keys=True)


def string_values(value: Any) -> Iterator[str]:
    """Every string value of parsed JSON ``value``, depth first in document order; keys are
    not values. The PII stage reads tool-call arguments so."""
    return _json_strings(value, keys=False)


def _json_strings(value: Any, *, keys: bool) -> Iterator[str]:
    """The walk behind :func:`rendered_strings` (``keys``) and :func:`string_values`."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for name, child in value.items():
            if keys and isinstance(name, str) and _PLAIN_KEY.fullmatch(name) is None:
                yield name
            yield from _json_strings(child, keys=keys)
    elif isinstance(value, list):
        for child in value:
            yield from _json_strings(child, keys=keys)
