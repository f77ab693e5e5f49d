"""The built-in faq-extractive model honours what it can of a request and refuses the rest."""

from __future__ import annotations

import json
from typing import Any

import pytest

from proxy.upstream.faq_extractive import _refused, _shape

ANSWER = "返品の送料はお客様のご負担です。詳しくはFAQをご覧ください。"


@pytest.mark.parametrize(
    ("body", "content", "finish"),
    [
        ({}, ANSWER, "stop"),
        ({"max_tokens": 5}, ANSWER[:5], "length"),
        ({"max_completion_tokens": 10, "max_tokens": 5}, ANSWER[:10], "length"),
        ({"stop": "。"}, "返品の送料はお客様のご負担です", "stop"),
        ({"stop": ["詳しく", "送料"]}, "返品の", "stop"),
        ({"response_format": {"type": "json_object"}}, json.dumps({"answer": ANSWER},
                                                                 ensure_ascii=False), "stop"),
    ],
    ids=["as-is", "max-tokens", "max-completion-tokens-wins", "stop", "stop-list", "json-object"],
)  # fmt: skip
def test_the_answer_follows_the_request(body: dict[str, Any], content: str, finish: str) -> None:
    assert _shape(ANSWER, body) == (content, finish)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"tools": [{"type": "function", "function": {"name": "f"}}]}, "tools"),
        ({"response_format": {"type": "json_schema", "json_schema": {}}}, "response_format"),
        ({"structured_outputs": {"choice": ["a"]}}, "structured_outputs"),
    ],
    ids=["tools", "json-schema", "structured-outputs"],
)
def test_what_an_extractive_answer_cannot_do_is_refused(body: dict[str, Any], field: str) -> None:
    refused = _refused(body)
    assert refused is not None and refused[0] == field


def test_tools_with_tool_choice_none_are_fine() -> None:
    assert _refused({"tools": [{"type": "function"}], "tool_choice": "none"}) is None
