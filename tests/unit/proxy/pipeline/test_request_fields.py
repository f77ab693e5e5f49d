"""Which strings of a chat body the PII stage reads, and as what."""

from __future__ import annotations

import json
from typing import Any

import pytest

from proxy.api.chat_request import ALLOWED_FIELDS
from proxy.pipeline.request_fields import (
    NON_TEXT_FIELDS,
    SCHEMA_FIELDS,
    TEXT_FIELDS,
    analysis_form,
    decode_unparsed_arguments,
    request_keys,
    request_texts,
    unread_texts,
)


def test_every_forwarded_field_is_classified_once() -> None:
    classes = [TEXT_FIELDS, SCHEMA_FIELDS, NON_TEXT_FIELDS]
    assert set().union(*classes) == ALLOWED_FIELDS
    assert sum(len(c) for c in classes) == len(ALLOWED_FIELDS)


def _paths(body: dict[str, Any]) -> dict[str, str]:
    return {text.path: text.kind for text in request_texts(body)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            {"messages": [{"role": "user", "name": "n", "content": "c"}], "model": "m"},
            {"messages[0].name": "name", "messages[0].content": "text"},
        ),
        (
            {"messages": [{"role": "user", "content": [
                {"type": "text", "text": "t"},
                {"type": "image_url", "image_url": {"url": "https://x/?a=b", "detail": "low"}},
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
                {"type": "input_audio", "input_audio": {"data": "AAAA", "format": "wav"}},
                {"type": "file", "file": {"file_data": "AAAA", "filename": "a_b.pdf"}},
            ]}]},
            {
                "messages[0].content[0].text": "text",
                "messages[0].content[1].image_url.url": "url",
                "messages[0].content[4].file.filename": "filename",
            },
        ),
        (
            {"messages": [{"role": "assistant", "tool_calls": [
                {"id": "c1", "type": "function",
                 "function": {"name": "f", "arguments": '{"a": 1}'}},
                {"id": "c2", "type": "function", "function": {"name": "g", "arguments": "x"}},
            ]}, {"role": "tool", "tool_call_id": "c1", "content": "r"}]},
            {
                "messages[0].tool_calls[0].function.name": "filename",
                "messages[0].tool_calls[0].function.arguments": "json",
                "messages[0].tool_calls[1].function.name": "filename",
                "messages[0].tool_calls[1].function.arguments": "text",
                "messages[1].content": "text",
            },
        ),
        (
            # A tool or function message's name is the function's: an identifier, not a person.
            {"messages": [
                {"role": "tool", "tool_call_id": "c1", "name": "get_weather", "content": "r"},
                {"role": "function", "name": "lookup", "content": "r"},
                {"role": "assistant", "name": "Planner", "content": "a"},
            ]},
            {
                "messages[0].name": "filename",
                "messages[0].content": "text",
                "messages[1].name": "filename",
                "messages[1].content": "text",
                "messages[2].name": "name",
                "messages[2].content": "text",
            },
        ),
        (
            {"tools": [{"type": "function", "function": {"name": "f", "parameters": {
                "type": "object", "required": ["p"], "$schema": "s",
                "properties": {"p": {"type": "string", "enum": ["e"], "format": "email"}},
            }}}]},
            {"tools[0].function.name": "filename",
             "tools[0].function.parameters.properties.p.enum[0]": "text"},
        ),
        (
            # Free-text fields keep even keys that look structural (``type``).
            {"metadata": {"type": "v"}, "stop": "s", "user": "u", "temperature": 0.5},
            {"metadata.type": "text", "stop": "text", "user": "text"},
        ),
        (
            {"unknown_future_field": {"type": "x"}},
            {"unknown_future_field.type": "text"},
        ),
    ],
    ids=[
        "message-name", "content-parts", "tool-calls", "function-result-name", "schema",
        "free-text", "unclassified",
    ],
)  # fmt: skip
def test_texts_and_their_kinds(body: dict[str, Any], expected: dict[str, str]) -> None:
    assert _paths(body) == expected


def test_messages_come_first_so_placeholders_follow_the_conversation() -> None:
    body = {"user": "u", "messages": [{"role": "user", "content": "c"}]}
    assert [text.path for text in request_texts(body)] == ["messages[0].content", "user"]


def test_a_text_can_be_rewritten_where_it_lives() -> None:
    body: dict[str, Any] = {"stop": ["a", "b"], "messages": []}
    for text in request_texts(body):
        text.container[text.key] = text.text.upper()  # type: ignore[index]
    assert body["stop"] == ["A", "B"]


def test_the_analysis_form_keeps_offsets() -> None:
    value = "山田太郎_090-1234-5678+x.pdf"
    form = analysis_form(value)
    assert form == "山田太郎 090-1234-5678 x.pdf"
    assert len(form) == len(value)


#: Keys whose string values the PII stage skips, and which are also common property names
#: of a tool's parameter schema (or of a record in a content part).
_SKIPPED_KEYS = ["id", "type", "data", "format", "detail", "role", "file_data", "required",
                 "tool_call_id", "$ref", "$id", "$schema"]  # fmt: skip


@pytest.mark.parametrize("key", _SKIPPED_KEYS)
@pytest.mark.parametrize(
    "where",
    ["tools", "response_format", "structured_outputs", "content-part"],
)
def test_a_property_named_like_a_structural_key_is_read(key: str, where: str) -> None:
    described = {key: {"type": "string", "description": "d", "enum": ["e"]}}
    schema = {"type": "object", "properties": described}
    bodies: dict[str, dict[str, Any]] = {
        "tools": {"tools": [{"type": "function", "function": {"name": "f", "parameters": schema}}]},
        "response_format": {"response_format": {"type": "json_schema", "json_schema": {
            "name": "n", "schema": schema}}},
        "structured_outputs": {"structured_outputs": {"json": schema}},
        "content-part": {"messages": [{"role": "user", "content": [
            {"type": "text", "text": "t", **described}]}]},
    }  # fmt: skip
    read = {text.text for text in request_texts(bodies[where])}
    assert {"d", "e"} <= read


def test_unread_texts_are_the_skipped_words_and_payloads() -> None:
    body = {
        "messages": [
            {"role": "user", "content": [
                {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA",
                                                    "detail": "low"}},
                {"type": "input_audio", "input_audio": {"data": "UklG", "format": "wav"}},
            ]},
            {"role": "assistant", "tool_calls": [
                {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}]},
            {"role": "tool", "tool_call_id": "c1", "content": "r"},
        ],
        "tools": [{"type": "function", "function": {"name": "f", "parameters": {
            "type": ["object", "null"], "required": ["p"],
            "properties": {"p": {"type": "string"}}}}}],
        "metadata": {"type": "free text, read"},
    }  # fmt: skip
    unread = {(text.key, text.text) for text in unread_texts(body)}
    assert unread == {
        ("role", "user"), ("type", "image_url"), ("url", "data:image/png;base64,AAAA"),
        ("detail", "low"), ("type", "input_audio"), ("data", "UklG"), ("format", "wav"),
        ("role", "assistant"), ("id", "c1"), ("type", "function"), ("role", "tool"),
        ("tool_call_id", "c1"), ("type", "object"), ("type", "null"), ("required", "p"),
        ("type", "string"),
    }  # fmt: skip
    assert not {text.text for text in request_texts(body)} & {t for _, t in unread}


@pytest.mark.parametrize(
    ("key", "listed"),
    [
        ("address_line2", False),
        ("v1.2", False),
        ("user_id", False),
        ("x12y34z", False),
        ("氏名", True),
        ("090-1234-5678", True),
        ("a123", True),
        ("山田 太郎", True),
        ("taro@example.com", True),
    ],
)
def test_request_keys_lists_the_keys_that_are_no_plain_identifier(key: str, listed: bool) -> None:
    body = {"model": "m", "metadata": {key: "x"}, "temperature": 0.5}
    assert [k.key for k in request_keys(body)] == ([key] if listed else [])


def test_request_keys_reads_tool_arguments_and_never_names_a_key_in_a_path() -> None:
    arguments = json.dumps({"山田太郎": {"tel": "x"}}, ensure_ascii=False)
    body = {
        "messages": [
            {"role": "assistant", "tool_calls": [{"function": {"arguments": arguments}}]},
            {"role": "tool", "content": arguments},  # a tool result is text, keys included
        ]
    }
    keys = list(request_keys(body))
    assert [(k.key, k.path) for k in keys] == [
        ("山田太郎", "messages[0].tool_calls[0].function.arguments")
    ]


def test_a_long_run_of_digits_in_a_key_is_read_in_linear_time() -> None:
    # The first pattern split a run of digits into ones and twos in every possible way
    # before failing (28 digits: 75 ms, each 4 more about 6 times longer): a key of a
    # hundred digits in metadata would have held a worker for hours. This returns at once.
    body = {"metadata": {"a" + "1" * 100_000 + "!": "x", "b" + "12" * 50_000 + "!": "y"}}
    assert len(list(request_keys(body))) == 2


# Tool-call arguments that are no JSON object or array are read as text with their JSON
# escapes decoded; a JSON document (read value by value) and other fields stay as sent.
UNPARSED_ARGUMENTS = [
    ('{"name": "\\u5c71\\u7530\\u592a\\u90ce"', '{"name": "山田太郎"'),
    ('"090\\u002d1234\\u002D5678"', '"090-1234-5678"'),
    ('{"a": "x\\"y\\\\u0041", ', '{"a": "x"y\\u0041", '),  # escaped backslash: u0041 stays
    ('{"e": "\\ud83d\\ude00 \\ud800"', '{"e": "\U0001f600 \ufffd"'),  # pair joined, lone one
    ("tel\\n090", "tel\n090"),
]
# JSON documents, text without an escape JSON knows (\x41), text without a backslash.
KEPT_ARGUMENTS = ['{"name": "\\u5c71\\u7530"}', '["\\u0030"]', '{"bad": \\x41', "090-1234"]


@pytest.mark.parametrize(("arguments", "decoded"), UNPARSED_ARGUMENTS)
def test_unparsed_arguments_are_decoded(arguments: str, decoded: str) -> None:
    body: dict[str, Any] = {
        "messages": [{"role": "assistant", "tool_calls": [{"function": {"arguments": arguments}}]}],
        "input": [{"type": "function_call", "arguments": arguments}],
    }
    assert decode_unparsed_arguments(body) == 2
    assert body["messages"][0]["tool_calls"][0]["function"]["arguments"] == decoded
    assert body["input"][0]["arguments"] == decoded


@pytest.mark.parametrize("arguments", KEPT_ARGUMENTS)
def test_json_documents_and_other_fields_are_kept(arguments: str) -> None:
    body: dict[str, Any] = {
        "messages": [
            {"role": "user", "content": "\\u5c71"},
            {"role": "assistant", "tool_calls": [{"function": {"arguments": arguments}}]},
        ],
    }
    assert decode_unparsed_arguments(body) == 0
    assert body["messages"][1]["tool_calls"][0]["function"]["arguments"] == arguments
    assert body["messages"][0]["content"] == "\\u5c71"
