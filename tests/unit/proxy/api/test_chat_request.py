from __future__ import annotations

import json
from typing import Any

import pytest

from proxy.api.chat_request import estimate_tokens, parse_chat_request
from proxy.errors import BadRequestError

USER = [{"role": "user", "content": "こんにちは"}]


def _raw(**fields: Any) -> bytes:
    return json.dumps({"model": "m", "messages": USER, **fields}).encode()


@pytest.mark.parametrize(
    ("fields", "stream", "include_usage"),
    [
        ({}, False, False),
        ({"stream": True}, True, False),
        ({"stream": True, "stream_options": {"include_usage": True}}, True, True),
        ({"stream": True, "stream_options": {"include_usage": False}}, True, False),
        ({"top_k": 20, "min_p": 0.1, "repetition_penalty": 1.1}, False, False),
        ({"chat_template_kwargs": {"enable_thinking": False}}, False, False),
        ({"structured_outputs": {"choice": ["a", "b"]}}, False, False),
        ({"tools": [{"type": "function", "function": {"name": "f"}}]}, False, False),
    ],
    ids=[
        "plain",
        "stream",
        "stream-usage",
        "stream-usage-off",
        "vllm-sampling",
        "vllm-extra",
        "structured-outputs",
        "tools",
    ],
)
def test_accepts_openai_and_vllm_fields(
    fields: dict[str, Any], stream: bool, include_usage: bool
) -> None:
    chat = parse_chat_request(_raw(**fields), max_messages=10)
    assert chat.model == "m"
    assert chat.stream is stream
    assert chat.include_usage is include_usage
    for key, value in fields.items():
        assert chat.body[key] == value


@pytest.mark.parametrize(
    ("messages"),
    [
        [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}],
        [{"role": "user", "content": [{"type": "text", "text": "part"}]}],
        [
            {"role": "user", "content": "u"},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
                ],
            },
            {"role": "tool", "tool_call_id": "c1", "content": "42"},
        ],
    ],
    ids=["system-user", "content-parts", "tool-round-trip"],
)
def test_message_forms(messages: list[dict[str, Any]]) -> None:
    raw = json.dumps({"model": "m", "messages": messages}).encode()
    assert parse_chat_request(raw, max_messages=10).body["messages"] == messages


@pytest.mark.parametrize(
    ("guided", "structured"),
    [
        ({"guided_json": {"type": "object"}}, {"json": {"type": "object"}}),
        ({"guided_regex": "[0-9]+"}, {"regex": "[0-9]+"}),
        ({"guided_choice": ["yes", "no"]}, {"choice": ["yes", "no"]}),
        ({"guided_grammar": "root ::= 'a'"}, {"grammar": "root ::= 'a'"}),
        (
            {"guided_json": {}, "guided_whitespace_pattern": " "},
            {"json": {}, "whitespace_pattern": " "},
        ),
    ],
    ids=["json", "regex", "choice", "grammar", "whitespace"],
)
def test_guided_fields_become_structured_outputs(
    guided: dict[str, Any], structured: dict[str, Any]
) -> None:
    body = parse_chat_request(_raw(**guided), max_messages=10).body
    assert body["structured_outputs"] == structured
    assert not any(key.startswith("guided_") for key in body)


@pytest.mark.parametrize(
    ("raw", "message_part", "param"),
    [
        (b"{not json", "not valid JSON", None),
        (b"\xff\xfe", "not valid JSON", None),
        (b"[1, 2]", "must be a JSON object", None),
        (json.dumps({"messages": USER}).encode(), "model: Field required", "model"),
        (json.dumps({"model": "m"}).encode(), "messages: Field required", "messages"),
        (json.dumps({"model": "m", "messages": []}).encode(), "messages:", "messages"),
        (_raw(bogus_field=1), "unrecognized request argument supplied: bogus_field", "bogus_field"),
        (
            json.dumps({"model": "m", "messages": [{"role": "wizard", "content": "x"}]}).encode(),
            "messages.0.role",
            "messages.0.role",
        ),
        (_raw(chat_template="{{ x }}"), "chat_template", "chat_template"),
        (_raw(guided_decoding_backend="xgrammar"), "removed from vLLM", "guided_decoding_backend"),
        (_raw(priority=-10), "X-Mamori-Priority", "priority"),
        (
            _raw(guided_json={}, structured_outputs={"json": {}}),
            "both set",
            "guided_json",
        ),
        (_raw(stream_options={"include_usage": True}), "only be set when stream", "stream_options"),
        (_raw(n=0), "n:", "n"),
    ],
    ids=[
        "malformed-json",
        "not-utf8",
        "not-object",
        "no-model",
        "no-messages",
        "empty-messages",
        "unknown-field",
        "bad-role",
        "chat-template",
        "guided-backend",
        "priority-owned-by-gateway",
        "guided-and-structured",
        "stream-options-without-stream",
        "n-zero",
    ],
)
def test_rejects_with_a_message_that_names_the_problem(
    raw: bytes, message_part: str, param: str | None
) -> None:
    with pytest.raises(BadRequestError) as caught:
        parse_chat_request(raw, max_messages=10)
    assert message_part in caught.value.message
    assert caught.value.param == param
    assert caught.value.status_code == 400


def test_too_many_messages() -> None:
    raw = json.dumps({"model": "m", "messages": USER * 3}).encode()
    with pytest.raises(BadRequestError, match=r"too many messages: 3 \(the limit is 2\)"):
        parse_chat_request(raw, max_messages=2)


def test_error_messages_never_echo_values() -> None:
    secret = "090-1234-5678"
    raw = json.dumps({"model": "m", "messages": [{"role": secret, "content": secret}]}).encode()
    with pytest.raises(BadRequestError) as caught:
        parse_chat_request(raw, max_messages=10)
    assert secret not in caught.value.message


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"messages": [{"role": "user", "content": "abcd"}]}, 2),
        ({"messages": [{"role": "user", "content": "abc"}], "max_tokens": 10}, 12),
        ({"messages": [{"role": "user", "content": "ab"}], "max_completion_tokens": 5, "n": 2}, 11),
    ],
    ids=["prompt-only", "max-tokens", "n-choices"],
)
def test_estimate_tokens(body: dict[str, object], expected: int) -> None:
    assert estimate_tokens(body) == expected
