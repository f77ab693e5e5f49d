"""Twenty-sixth round: a tool call's ``arguments`` is a JSON text inside a string, and the
strict body reader (:mod:`proxy.api.json_body`) walks it as that, not as the body.

Probes of the round's probe set (f1_responses_args_unchanged, held out): a
function call replayed with ``{"big": 123456789012345678901234567890}`` in its arguments
was ``the request body: an integer is out of the 64-bit range`` (a 400 with no field),
although nothing carries that number as a 64-bit integer (the backend receives the text)
and 6,000 digits there were served. The document's keys were read as the body's
top-level fields, so problems inside it named no field.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from proxy.api.json_body import load_json_body
from proxy.errors import BadRequestError

FIELDS = ("model", "messages", "input", "seed", "metadata")


def _chat(arguments: str) -> bytes:
    call = {"id": "c1", "type": "function", "function": {"name": "f", "arguments": arguments}}
    body = {"model": "m", "messages": [
        {"role": "user", "content": "x"},
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "c1", "content": "ok"}]}  # fmt: skip
    return json.dumps(body).encode()


def _responses(arguments: str) -> bytes:
    body: dict[str, Any] = {"model": "m", "input": [
        {"role": "user", "content": "x"},
        {"type": "function_call", "call_id": "c", "name": "crm", "arguments": arguments},
        {"type": "function_call_output", "call_id": "c", "output": "ok"}]}  # fmt: skip
    return json.dumps(body).encode()


@pytest.mark.parametrize("build", [_chat, _responses], ids=["chat", "responses"])
@pytest.mark.parametrize(
    "arguments",
    [
        '{"order": 123456789012345678901234567890}',
        '{"n": 1.50, "e": "\\u3042", "big": 123456789012345678901234567890}',
        '{"ids": [18446744073709551616, -9223372036854775809]}',
        '{"model": 99999999999999999999999}',
    ],
    ids=["order-number", "mixed", "just-over-64-bit", "key-named-like-a-field"],
)
def test_integers_beyond_64_bits_inside_arguments_are_served(build: Any, arguments: str) -> None:
    body = load_json_body(build(arguments), known_fields=FIELDS)
    assert json.dumps(body)  # parsed, nothing refused


def test_the_body_s_own_integers_are_still_bounded() -> None:
    raw = b'{"model":"m","messages":[],"seed":' + b"9" * 30 + b"}"
    with pytest.raises(BadRequestError, match="64-bit") as caught:
        load_json_body(raw, known_fields=FIELDS)
    assert caught.value.param == "seed"


@pytest.mark.parametrize(
    ("raw", "field", "words"),
    [
        (_chat('{"q": "\\ud800"}'), "messages", "lone surrogate"),
        (_responses('{"s": "\\udfff"}'), "input", "lone surrogate"),
        (_chat('{"model": "\\udc00"}'), "messages", "lone surrogate"),
        (_chat('{"\\ud800": 1}'), "messages", "a key is not valid Unicode"),
    ],
    ids=["chat", "responses", "key-named-like-a-field", "surrogate-key"],
)
def test_a_problem_inside_arguments_names_the_field_that_holds_the_call(
    raw: bytes, field: str, words: str
) -> None:
    # A lone surrogate would fail when the PII stage writes the document out again, so it
    # is still refused; the 400 now says where (it was "the request body: …", param null).
    with pytest.raises(BadRequestError) as caught:
        load_json_body(raw, known_fields=FIELDS)
    assert caught.value.param == field
    assert words in str(caught.value)
    assert "tool call's arguments" in str(caught.value)
