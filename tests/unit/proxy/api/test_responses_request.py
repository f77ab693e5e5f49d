"""Validation of Responses bodies: what is refused at the door, naming the field."""

from __future__ import annotations

import json
from typing import Any

import pytest

from proxy.api.responses_request import parse_responses_request
from proxy.errors import BadRequestError
from proxy.settings import LimitSettings

LIMITS = LimitSettings()


@pytest.mark.parametrize(
    "fields",
    [
        {"input": [{"type": []}]},
        {"input": [{"type": {"a": 1}, "role": "user", "content": "x"}]},
        {"input": [{"role": "user", "content": [{"type": ["input_text"], "text": "x"}]}]},
        {"input": [{"role": "user", "content": [{"type": {"k": "v"}}]}]},
        {"input": "x", "tools": [{"type": ["function"], "name": "f"}]},
    ],
    ids=["item-type-list", "item-type-object", "part-type-list", "part-type-object", "tool"],
)
def test_a_type_that_is_not_a_string_is_a_400(fields: dict[str, Any]) -> None:
    # An unhashable type was a 500 (TypeError looking it up in a set).
    with pytest.raises(BadRequestError):
        parse_responses_request(json.dumps({"model": "m", **fields}).encode(), limits=LIMITS)


@pytest.mark.parametrize(
    "fields",
    [
        {"input": [{"type": "山田太郎 090-1234-5678"}]},
        {"input": [{"role": "user", "content": [{"type": "山田太郎 090-1234-5678"}]}]},
        {"input": "x", "tools": [{"type": "山田太郎 090-1234-5678"}]},
    ],
    ids=["item", "part", "tool"],
)
def test_an_unknown_type_is_not_echoed(fields: dict[str, Any]) -> None:
    with pytest.raises(BadRequestError) as caught:
        parse_responses_request(
            json.dumps({"model": "m", **fields}, ensure_ascii=False).encode(), limits=LIMITS
        )
    assert "山田" not in caught.value.message and "090" not in caught.value.message


def test_a_field_the_gateway_does_not_know_is_served_when_it_holds_no_text() -> None:
    # Output items passed back as input carry the SDK's newer fields, often null: they
    # cannot bring personal data; text in them (or a key that is text) is refused.
    item = {"type": "message", "role": "assistant", "content": "x", "phase": None, "n": [1]}
    body = json.dumps({"model": "m", "input": [item]}).encode()
    assert parse_responses_request(body, limits=LIMITS).body["input"][0]["phase"] is None
    for extra in ({"phase": "山田太郎"}, {"phase": {"k": ["v"]}}, {"phase": {"山田": 1}},
                  {"山田": None}):  # fmt: skip
        body = json.dumps({"model": "m", "input": [{**item, **extra}]}).encode()
        with pytest.raises(BadRequestError):
            parse_responses_request(body, limits=LIMITS)


def test_text_takes_format_verbosity_and_fields_without_text() -> None:
    served = {"format": {"type": "text"}, "verbosity": "low", "future": None}
    body = json.dumps({"model": "m", "input": "x", "text": served}).encode()
    assert parse_responses_request(body, limits=LIMITS).body["text"] == served
    for text in ({"note": "山田太郎"}, {"verbosity": "山田太郎"}, {"山田": None}):
        body = json.dumps({"model": "m", "input": "x", "text": text}).encode()
        with pytest.raises(BadRequestError):
            parse_responses_request(body, limits=LIMITS)
