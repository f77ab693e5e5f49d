"""Hypothesis strategies for request bodies a hostile or broken client might send: nearly
valid bodies of each endpoint (chat with content parts and tool calls, text completions,
Responses input items, embeddings) with fields of any JSON, arbitrary JSON (surrogates,
huge and non-finite numbers, deep nesting), JSON-like text and raw bytes. Shared by the CI
fuzz test and ``bench/fuzz.py``: :func:`requests` pairs each endpoint with bodies meant
for it, so a field only one endpoint reads is reached past that endpoint's door."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

__all__ = ["ENDPOINTS", "FUZZ_MODEL", "PLANTED", "PLANTED_VALUES", "raw_bodies", "requests"]

#: The model name of the nearly valid bodies: a fuzz target serves it, so that they get
#: past routing to the stages and the relay.
FUZZ_MODEL = "test-model"

#: Every route, with the method a client would use (and some it should not).
ENDPOINTS: list[tuple[str, str]] = [
    ("POST", "/v1/chat/completions"),
    ("GET", "/v1/chat/completions"),
    ("POST", "/v1/completions"),
    ("POST", "/v1/embeddings"),
    ("POST", "/v1/responses"),
    ("GET", "/v1/models"),
    ("GET", "/healthz"),
    ("GET", "/readyz"),
    ("GET", "/metrics"),
    ("POST", "/v1/unknown"),
]

_FIELDS = [
    "model", "messages", "stream", "stream_options", "n", "best_of", "max_tokens",
    "max_completion_tokens", "top_logprobs", "temperature", "stop", "user", "metadata",
    "tools", "tool_choice", "response_format", "documents", "seed", "logit_bias",
    "request_id", "structured_outputs", "guided_json", "priority", "chat_template",
]  # fmt: skip

#: Personal data planted in the text of fuzzed bodies, written as a hostile client might
#: (zero-width and bidi characters inside, full width, a user-typed placeholder beside it).
#: With the PII stage on, none of :data:`PLANTED_VALUES` may reach the backend in any
#: field (``bench/fuzz.py`` checks every request the backend received).
PLANTED = [
    "山田太郎です。電話は090-1234-5678です",
    "担当の山田太郎様へ",
    "０９０-１２３４-５６７８に折り返してください",
    "電話は090\u200b-1234-5678です",
    "山田\u200d太郎さんに連絡",
    "電話は\u202e090-1234-5678\u202cです",
    "<PERSON_1>さんと山田太郎さん",
    "<USER_PERSON_1> 山田太郎 <PHONE_NUMBER_1>",
    # Characters that display nothing but are not format characters (a variation selector,
    # the combining grapheme joiner, control characters), and digits of other scripts,
    # which a model reads as the digits they are.
    "山田\ufe0f太郎さんに連絡",
    "電話は090\x001234\x005678です",
    "電話は090\u034f-1234\u034f-5678です",
    "山田\x1b太郎です",
    "電話は٠٩٠-١٢٣٤-٥٦٧٨です",
    "電話は०९०-१२३४-५६७८です",
    # Placeholder-looking text a user typed in the forms the restorer reads (full-width
    # lower case, JSON-escaped brackets, a label inside a longer word) beside the values.
    "＜ｐｅｒｓｏｎ＿１＞と山田太郎さん",
    "\\u003cPERSON_1\\u003e 山田太郎 \\u003Cphone_number_1\\u003E 090-1234-5678",
    "SALESPERSON_1 山田太郎、ｐｈｏｎｅ＿ｎｕｍｂｅｒ＿１は090-1234-5678",
    "<person_1> 電話090-1234-5678",
]
#: The planted values, compared after NFKC with format and control characters, variation
#: selectors, the combining grapheme joiner, spaces and hyphens removed and the digits of
#: every script read as ASCII digits.
PLANTED_VALUES = ["山田太郎", "09012345678"]

# Text including lone surrogates and characters the gateway treats specially.
_text = (
    st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=40)
    | st.sampled_from(["\ud800", "a\udfffb", "<PERSON_1>", "０９０-１２３４-５６７８", "\x00", ""])
    | st.sampled_from(PLANTED)
)
_numbers = st.integers(min_value=-(10**30), max_value=10**30) | st.floats(
    allow_nan=True, allow_infinity=True
)
_scalars = st.none() | st.booleans() | _numbers | _text
_json: st.SearchStrategy[Any] = st.recursive(
    _scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(_text | st.sampled_from(_FIELDS), children, max_size=4)
    ),
    max_leaves=20,
)
# Mostly the served model (past routing), else names no route knows.
_model = st.one_of(*[st.just(FUZZ_MODEL)] * 3, st.sampled_from(["*", "", "unknown"]), _text)
_roles = st.sampled_from(["user", "system", "assistant", "tool", "developer", "wizard", 7])
_WORDS = [
    "text", "image_url", "input_audio", "file", "video_url", "function", "input_text",
    "output_text", "refusal", "json_schema", "wav", "low",
]  # fmt: skip
_words = st.sampled_from(_WORDS)
# Content parts and tool calls: the keys the gateway treats as structure or as binary
# (type, detail, data, id ...) with values of any shape.
_part = st.fixed_dictionaries(
    {"type": _words | _json},
    optional={key: _json for key in ("text", "image_url", "input_audio", "file", "data", "id")},
)
_tool_call = st.fixed_dictionaries(
    {"id": _json, "type": _words | _json,
     "function": st.fixed_dictionaries({"name": _json, "arguments": _json | _text})},
)  # fmt: skip
_message = st.fixed_dictionaries(
    {"role": _roles, "content": _json | st.lists(_part, max_size=3)},
    optional={"name": _json, "tool_calls": st.lists(_tool_call, max_size=2) | _json,
              "tool_call_id": _json},
)  # fmt: skip
_chat = st.fixed_dictionaries(
    {"model": _model,
     "messages": st.lists(_message, max_size=3)},
    optional={field: _json for field in _FIELDS[2:]},
)  # fmt: skip


_COMPLETION_FIELDS = [
    "suffix", "stream", "stream_options", "n", "best_of", "max_tokens", "logprobs", "echo",
    "stop", "user", "response_format", "structured_outputs", "seed", "logit_bias",
    "add_special_tokens", "guided_choice",
]  # fmt: skip
_completion = st.fixed_dictionaries(
    {"model": _model,
     "prompt": _text | st.lists(_text, max_size=3) | _json},
    optional={field: _json for field in _COMPLETION_FIELDS},
)  # fmt: skip
_item = st.fixed_dictionaries(
    {"type": st.sampled_from(["message", "function_call", "function_call_output", "reasoning",
                              "item_reference"]) | _json},
    optional={key: _json for key in ("role", "content", "call_id", "name", "arguments",
                                     "output", "id", "status", "summary", "encrypted_content")},
)  # fmt: skip
_RESPONSES_FIELDS = [
    "instructions", "stream", "stream_options", "tools", "text", "include", "max_output_tokens",
    "top_logprobs", "user", "metadata", "reasoning", "tool_choice", "previous_response_id",
    "store", "background", "truncation",
]  # fmt: skip
_response = st.fixed_dictionaries(
    {"model": _model,
     "input": _text | st.lists(_item, max_size=3) | _json},
    optional={field: _json for field in _RESPONSES_FIELDS},
)  # fmt: skip
_embedding = st.fixed_dictionaries(
    {"model": _model,
     "input": _text | st.lists(_text, max_size=3) | _json},
    optional={field: _json for field in ("encoding_format", "dimensions", "user",
                                         "truncate_prompt_tokens", "add_special_tokens")},
)  # fmt: skip


def _tool(text: str) -> dict[str, Any]:
    schema = {"type": "object", "properties": {"a": {"type": "string", "description": text}}}
    return {
        "type": "function",
        "function": {"name": "f", "description": text, "parameters": schema},
    }


def _call(text: str) -> dict[str, Any]:
    arguments = json.dumps({"note": text}, ensure_ascii=False)
    return {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": arguments}}


def _cut_arguments(text: str) -> str:
    """Tool-call arguments that do not parse (cut off), the text JSON-escaped (``\\u5c71``)."""
    return json.dumps({"note": text, "more": "x"}, ensure_ascii=True)[:-8]


def _cut_call(text: str) -> dict[str, Any]:
    function = {"name": "f", "arguments": _cut_arguments(text)}
    return {"id": "call_1", "type": "function", "function": function}


# Valid bodies with planted personal data in one of the fields that reach the backend, so
# that the leak check of ``bench/fuzz.py`` sees many forwarded requests (a fuzzed body is
# mostly refused at the door before anything is sent).
_CHAT_PLACES = [
    lambda t: {"messages": [{"role": "user", "content": t}]},
    lambda t: {"messages": [{"role": "system", "content": t}, {"role": "user", "content": "hi"}]},
    lambda t: {"messages": [{"role": "user", "content": [{"type": "text", "text": t}]}]},
    lambda t: {"messages": [{"role": "user", "content": "hi", "name": t}]},
    lambda t: {"messages": [{"role": "user", "content": "hi"},
                            {"role": "assistant", "content": None, "tool_calls": [_call(t)]},
                            {"role": "tool", "tool_call_id": "call_1", "content": t}]},
    lambda t: {"messages": [{"role": "user", "content": "hi"},
                            {"role": "assistant", "content": None, "tool_calls": [_cut_call(t)]},
                            {"role": "tool", "tool_call_id": "call_1", "content": "ok"}]},
    lambda t: {"messages": [{"role": "user", "content": "hi"}], "user": t},
    lambda t: {"messages": [{"role": "user", "content": "hi"}], "metadata": {"note": t}},
    lambda t: {"messages": [{"role": "user", "content": "hi"}], "stop": [t]},
    lambda t: {"messages": [{"role": "user", "content": "hi"}], "tools": [_tool(t)]},
    lambda t: {"messages": [{"role": "user", "content": "hi"}],
               "response_format": {"type": "json_schema", "json_schema": {
                   "name": "s", "schema": {"type": "object", "description": t}}}},
    lambda t: {"messages": [{"role": "user", "content": "hi"}], "documents": [{"text": t}]},
    lambda t: {"messages": [{"role": "user", "content": "hi"}],
               "chat_template_kwargs": {"note": t}},
]  # fmt: skip
_COMPLETION_PLACES = [
    lambda t: {"prompt": t},
    lambda t: {"prompt": ["x", t]},
    lambda t: {"prompt": "x", "suffix": t},
    lambda t: {"prompt": "x", "user": t},
    lambda t: {"prompt": "x", "stop": t},
]
_RESPONSE_PLACES = [
    lambda t: {"input": t},
    lambda t: {"input": "hi", "instructions": t},
    lambda t: {"input": [{"type": "message", "role": "user",
                          "content": [{"type": "input_text", "text": t}]}]},
    lambda t: {"input": [{"type": "function_call", "call_id": "c1", "name": "f",
                          "arguments": json.dumps({"note": t}, ensure_ascii=False)},
                         {"type": "function_call_output", "call_id": "c1", "output": t}]},
    lambda t: {"input": [{"type": "function_call", "call_id": "c1", "name": "f",
                          "arguments": _cut_arguments(t)},
                         {"type": "function_call_output", "call_id": "c1", "output": "ok"}]},
    lambda t: {"input": "hi", "tools": [{"type": "function", "name": "f", "description": t,
                                          "parameters": {"type": "object", "properties": {}}}]},
    lambda t: {"input": "hi", "metadata": {"note": t}},
    lambda t: {"input": "hi", "user": t},
]  # fmt: skip
_EMBEDDING_PLACES = [
    lambda t: {"input": t},
    lambda t: {"input": ["x", t]},
    lambda t: {"input": "x", "user": t},
]


def _planted(places: list[Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.builds(
        lambda place, text, stream: {"model": FUZZ_MODEL, **place(text), **stream},
        st.sampled_from(places),
        st.sampled_from(PLANTED),
        st.sampled_from([{}, {"stream": True}]),
    )


_PLANTED_FOR_PATH: dict[str, st.SearchStrategy[Any]] = {
    "/v1/chat/completions": _planted(_CHAT_PLACES),
    "/v1/completions": _planted(_COMPLETION_PLACES),
    "/v1/responses": _planted(_RESPONSE_PLACES),
    "/v1/embeddings": _planted(_EMBEDDING_PLACES).map(
        lambda body: {k: v for k, v in body.items() if k != "stream"}
    ),
}
_FOR_PATH: dict[str, st.SearchStrategy[Any]] = {
    "/v1/chat/completions": _chat,
    "/v1/completions": _completion,
    "/v1/responses": _response,
    "/v1/embeddings": _embedding,
}


def _encode(value: Any) -> bytes:
    # Python's json writes NaN/Infinity and lone surrogates: exactly what a broken
    # client sends.
    return json.dumps(value, ensure_ascii=False, allow_nan=True).encode("utf-8", "surrogatepass")


def _nested(depth: int) -> bytes:
    head = b'{"model":"' + FUZZ_MODEL.encode() + b'","messages":'
    return head + b"[" * depth + b"]" * depth + b"}"


def raw_bodies(path: str = "/v1/chat/completions") -> st.SearchStrategy[bytes]:
    """Bytes for a request body to ``path``, from nearly valid (for that endpoint) to
    garbage."""
    return st.one_of(
        _FOR_PATH.get(path, _chat).map(_encode),
        _PLANTED_FOR_PATH.get(path, _PLANTED_FOR_PATH["/v1/chat/completions"]).map(_encode),
        _json.map(_encode),
        st.integers(min_value=1, max_value=3000).map(_nested),
        st.binary(max_size=200),
        _text.map(lambda text: text.encode("utf-8", "surrogatepass")),
    )


def requests() -> st.SearchStrategy[tuple[tuple[str, str], bytes]]:
    """An endpoint of :data:`ENDPOINTS` and a body for it."""
    return st.sampled_from(ENDPOINTS).flatmap(
        lambda endpoint: st.tuples(st.just(endpoint), raw_bodies(endpoint[1]))
    )
