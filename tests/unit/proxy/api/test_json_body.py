"""The strict body reader's bound on how many strings a body brings."""

from __future__ import annotations

import json
from typing import Any

import pytest

from proxy.api.json_body import MAX_DISTINCT_STRINGS, MAX_STRINGS, load_json_body
from proxy.errors import BadRequestError

FIELDS = ("model", "messages", "stop", "metadata", "input")


def _body(**fields: Any) -> bytes:
    return json.dumps({"model": "m", "messages": [], **fields}).encode()


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        (_body(stop=["a"] * MAX_STRINGS), "stop"),
        (_body(metadata={f"k{i}": "v" for i in range(MAX_STRINGS)}), "metadata"),
        (_body(stop=[f"w{i}" for i in range(MAX_DISTINCT_STRINGS)]), "stop"),
        (
            _body(messages=[{"role": "user", "content": [{"type": "text", "text": f"{i}"}]}
                            for i in range(MAX_DISTINCT_STRINGS)]),
            "messages",
        ),
    ],
    ids=["repeated", "metadata-values", "distinct", "distinct-parts"],
)  # fmt: skip
def test_more_strings_than_the_stages_can_afford_are_a_400(raw: bytes, field: str) -> None:
    # Each string is a slot the PII stage visits (and each distinct one a text it
    # analyses, with a fixed cost); 900,000 one-letter stop words held one worker for
    # 6.6 CPU-s although they were far under pii.max_chars.
    with pytest.raises(BadRequestError) as caught:
        load_json_body(raw, known_fields=FIELDS)
    assert caught.value.param == field
    assert "strings" in caught.value.message


def test_strings_up_to_the_bounds_and_any_number_of_token_ids_are_read() -> None:
    strings = ["a"] * (MAX_STRINGS - MAX_DISTINCT_STRINGS)
    distinct = [f"w{i}" for i in range(MAX_DISTINCT_STRINGS - 3)]  # model, m, and "a"
    body = load_json_body(
        _body(stop=strings + distinct, input=[list(range(8192))] * 16), known_fields=FIELDS
    )
    assert len(body["stop"]) == MAX_STRINGS - 3


def test_a_leading_byte_order_mark_is_read_past() -> None:
    # A file saved with a BOM and sent with `curl -d @file.json` was a 400 "Unexpected
    # UTF-8 BOM (decode using utf-8-sig)".
    assert load_json_body(b"\xef\xbb\xbf" + _body()) == {"model": "m", "messages": []}
    with pytest.raises(BadRequestError, match="not valid JSON"):
        load_json_body(_body() + b"\xef\xbb\xbf")


@pytest.mark.parametrize("raw", [b"", b"  \r\n", b"\xef\xbb\xbf"])
def test_an_empty_body_is_named_as_such(raw: bytes) -> None:
    # Was "not valid JSON: Expecting value at line 1 column 1" (an HTTP/1.0 POST without
    # Content-Length, a POST with -d '' or an empty file).
    with pytest.raises(BadRequestError, match="the request body is empty"):
        load_json_body(raw)


_ARGUMENTS = '{"note": "山田太郎 090-1234-5678", "note": "ok"}'


@pytest.mark.parametrize(
    ("raw", "param", "named"),
    [
        (b'{"model": "a", "messages": [], "model": "b"}', "model", "model"),
        (b'{"model": "m", "messages": [{"role": "user", "content": "a", "content": "b"}]}',
         "messages.0.content", "messages.0.content"),
        (b'{"model": "m", "metadata": {"k": {"x": 1, "x": 2}}}', "metadata.k.x", "metadata.k.x"),
        ('{"model": "m", "metadata": {"山田太郎": 1, "山田太郎": 2}}'.encode(),
         "metadata.<key>", "metadata.<key>"),
        (json.dumps({"model": "m", "messages": [{"role": "assistant", "tool_calls": [
            {"id": "c", "type": "function",
             "function": {"name": "f", "arguments": _ARGUMENTS}}]}]}).encode(),
         "messages.0.tool_calls.0.function.arguments", "the key note twice"),
        (json.dumps({"model": "m", "input": [{"type": "function_call", "call_id": "c",
            "name": "f", "arguments": '{"a": {"b": [{"c": 1, "c": 2}]}}'}]}).encode(),
         "input.0.arguments", "the key a.b.0.c twice"),
    ],
    ids=["top-level", "message-field", "nested", "personal-key", "chat-arguments",
         "responses-arguments"],
)  # fmt: skip
def test_a_key_named_twice_in_one_object_is_a_400_naming_its_path(
    raw: bytes, param: str, named: str
) -> None:
    # json.loads keeps the last value silently: the first was lost, and inside tool-call
    # arguments (parsed by the PII stage, forwarded as sent when it found nothing) the
    # first value reached the backend unread.
    with pytest.raises(BadRequestError) as caught:
        load_json_body(raw, known_fields=FIELDS)
    assert caught.value.param == param
    assert caught.value.code == "duplicate_key"
    assert named in caught.value.message
    assert "twice" in caught.value.message
    assert "山田" not in caught.value.message


def test_the_same_key_in_different_objects_is_read() -> None:
    raw = json.dumps(
        {"model": "m", "messages": [{"role": "user", "content": "a"}] * 3,
         "metadata": {"model": "x", "a": {"model": "y"}}}
    ).encode()  # fmt: skip
    assert load_json_body(raw, known_fields=FIELDS)["metadata"]["a"] == {"model": "y"}
