"""The vLLM-compatible test server: what the server records of each request, and its API key."""

from __future__ import annotations

import httpx
import openai

from tests.unit.vllm_compat.support import CHAT, MODEL, chat_body, user
from tests.vllm_compat import (
    RecordedRequest,
    VLLMCompatServer,
)


def test_records_keep_body_extra_fields_and_headers(
    server: VLLMCompatServer, oai: openai.OpenAI
) -> None:
    extra_body = {
        "top_k": 20,
        "min_p": 0.05,
        "structured_outputs": {"choice": ["yes", "no"]},
        "chat_template_kwargs": {"enable_thinking": False},
        "priority": -1,
        "repetition_penalty": 1.1,
    }
    completion = oai.chat.completions.create(
        model=MODEL,
        messages=user("record me"),
        extra_body=extra_body,
        extra_headers={"X-Request-Id": "req-123"},
    )
    # vLLM builds the response id from X-Request-Id.
    assert completion.id == "chatcmpl-req-123"
    (record,) = server.wait_for_requests(1)
    assert isinstance(record, RecordedRequest)
    assert record.body == {"messages": user("record me"), "model": MODEL, **extra_body}
    assert record.request_id == "req-123"
    assert record.authorization == "Bearer sk-test"
    assert record.path == CHAT
    assert (record.outcome, record.status_code, record.stream) == ("completed", 200, False)
    assert record.response_id == "chatcmpl-req-123"
    assert record.finished_at is not None
    assert record.finished_at >= record.received_at


def test_records_arrive_in_order_and_reset_clears_them(
    server: VLLMCompatServer, http: httpx.Client
) -> None:
    for text in ("one", "two", "three"):
        http.post(CHAT, json=chat_body(text))
    records = server.wait_for_requests(3)
    assert [r.body["messages"][0]["content"] for r in records] == ["one", "two", "three"]
    assert [r.seq for r in records] == sorted(r.seq for r in records)
    server.reset()
    assert server.requests == []


def test_api_key_guards_v1_routes_only(server: VLLMCompatServer, http: httpx.Client) -> None:
    server.config.api_key = "secret"
    assert http.get("/v1/models").status_code == 401
    unauthorized = http.post(CHAT, json=chat_body())
    assert (unauthorized.status_code, unauthorized.json()) == (401, {"error": "Unauthorized"})
    authorized = http.post(CHAT, json=chat_body(), headers={"Authorization": "Bearer secret"})
    assert authorized.status_code == 200
    assert http.get("/health").status_code == 200
