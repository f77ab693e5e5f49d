"""Validation of text completion bodies: what is refused at the door, naming the field."""

from __future__ import annotations

import json
from typing import Any

import pytest

from proxy.api.completions_request import parse_completions_request
from proxy.api.responses_request import parse_responses_request
from proxy.errors import BadRequestError
from proxy.settings import LimitSettings

LIMITS = LimitSettings()


def _completion(**fields: Any) -> bytes:
    return json.dumps({"model": "m", "prompt": "x", **fields}).encode()


def _response(**fields: Any) -> bytes:
    return json.dumps({"model": "m", "input": "x", **fields}).encode()


BAD_OPTIONS = [[1], "include_usage", 1, {"include_usage": "no"}, {"include_usage": 1}]


@pytest.mark.parametrize("options", BAD_OPTIONS, ids=["list", "string", "number", "word", "1"])
@pytest.mark.parametrize(
    "parse",
    [
        lambda options: parse_completions_request(
            _completion(stream=True, stream_options=options), limits=LIMITS
        ),
        lambda options: parse_responses_request(
            _response(stream=True, stream_options=options), limits=LIMITS
        ),
    ],
    ids=["completions", "responses"],
)
def test_stream_options_must_be_an_object_of_flags(parse: Any, options: Any) -> None:
    # A list here was a 500 (the gateway adds include_usage to the object it expects).
    with pytest.raises(BadRequestError) as caught:
        parse(options)
    assert caught.value.param == "stream_options"


def test_usage_is_included_as_asked() -> None:
    asked = parse_completions_request(
        _completion(stream=True, stream_options={"include_usage": True}), limits=LIMITS
    )
    unasked = parse_completions_request(
        _completion(stream=True, stream_options={"include_usage": False}), limits=LIMITS
    )
    assert (asked.include_usage, unasked.include_usage) == (True, False)
