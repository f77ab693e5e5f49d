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


def test_a_long_message_is_searched_by_its_head_and_tail() -> None:
    # A 60,000-character message was embedded whole: e5 reads it window after window,
    # minutes of CPU in a worker thread that a client leaving cannot stop.
    import anyio
    import httpx

    from proxy.upstream.faq_extractive import FaqExtractiveTransport

    searched: list[str] = []

    class _Searcher:
        def search(self, query: str, top_k: int) -> list[Any]:
            searched.append(query)
            return []

    transport = FaqExtractiveTransport(
        _Searcher(),  # type: ignore[arg-type]
        model_name="faq-extractive",
        min_score=0.8,
        window_chars=500,
    )
    text = "返品について" + "山" * 60_000 + "送料はいくらですか"
    body = {"model": "faq-extractive", "messages": [{"role": "user", "content": text}]}
    request = httpx.Request("POST", "http://x/v1/chat/completions", json=body)
    response = anyio.run(transport.handle_async_request, request)
    assert response.status_code == 200
    [query] = searched
    assert len(query) <= 502
    assert query.startswith("返品について") and query.endswith("送料はいくらですか")
