"""Hypothesis strategies for request bodies a hostile or broken client might send: valid
chat bodies with one field mutated, arbitrary JSON (surrogates, huge and non-finite
numbers, deep nesting), JSON-like text and raw bytes. Shared by the CI fuzz test and
``bench/fuzz.py``."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

__all__ = ["ENDPOINTS", "raw_bodies"]

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

# Text including lone surrogates and characters the gateway treats specially.
_text = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()), max_size=40
) | st.sampled_from(["\ud800", "a\udfffb", "<PERSON_1>", "０９０-１２３４-５６７８", "\x00", ""])
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
_roles = st.sampled_from(["user", "system", "assistant", "tool", "developer", "wizard", 7])
_message = st.fixed_dictionaries(
    {"role": _roles, "content": _json},
    optional={"name": _json, "tool_calls": _json, "tool_call_id": _json},
)
_chat = st.fixed_dictionaries(
    {"model": st.sampled_from(["test-model", "*", "", "unknown"]) | _text,
     "messages": st.lists(_message, max_size=3)},
    optional={field: _json for field in _FIELDS[2:]},
)  # fmt: skip


def _encode(value: Any) -> bytes:
    # Python's json writes NaN/Infinity and lone surrogates: exactly what a broken
    # client sends.
    return json.dumps(value, ensure_ascii=False, allow_nan=True).encode("utf-8", "surrogatepass")


def _nested(depth: int) -> bytes:
    return b'{"model":"test-model","messages":' + b"[" * depth + b"]" * depth + b"}"


def raw_bodies() -> st.SearchStrategy[bytes]:
    """Bytes for a request body, from nearly valid to garbage."""
    return st.one_of(
        _chat.map(_encode),
        _json.map(_encode),
        st.integers(min_value=1, max_value=3000).map(_nested),
        st.binary(max_size=200),
        _text.map(lambda text: text.encode("utf-8", "surrogatepass")),
    )
