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
