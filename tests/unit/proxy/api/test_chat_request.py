from __future__ import annotations

import json
from typing import Any

import pytest

from proxy.api.chat_request import estimate_tokens, parse_chat_request
from proxy.errors import BadRequestError
from proxy.settings import LimitSettings

USER = [{"role": "user", "content": "こんにちは"}]

LIMITS = LimitSettings(max_messages=10)


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
    chat = parse_chat_request(_raw(**fields), limits=LIMITS)
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
    assert parse_chat_request(raw, limits=LIMITS).body["messages"] == messages


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
    body = parse_chat_request(_raw(**guided), limits=LIMITS).body
    assert body["structured_outputs"] == structured
    assert not any(key.startswith("guided_") for key in body)


@pytest.mark.parametrize(
    ("raw", "message_part", "param"),
    [
        (b"{not json", "not valid JSON", None),
        (b"\xff\xfe", "not valid UTF-8", None),
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
        (_raw(n=0), "n must be between 1 and 16", "n"),
        (_raw(stream="true"), "stream must be a boolean", "stream"),
        # The path names fields only: not pydantic's union members (content.str).
        (
            json.dumps({"model": "m", "messages": [{"role": "user", "content": 5}]}).encode(),
            "messages.0.content: Input should be a valid string; or Input should be a valid list",
            "messages.0.content",
        ),
        (
            json.dumps(
                {"model": "m", "messages": [{"role": "user", "content": [{"text": "x"}]}]}
            ).encode(),
            "messages.0.content.0.type: Field required",
            "messages.0.content.0.type",
        ),
        (
            json.dumps({"model": "m", "messages": ["hi"]}).encode(),
            "messages.0: Input should be a valid dictionary",
            "messages.0",
        ),
        (_raw(stream=1), "stream must be a boolean", "stream"),
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
        "stream-string",
        "content-neither-string-nor-list",
        "content-part-without-type",
        "message-not-an-object",
        "stream-number",
    ],
)
def test_rejects_with_a_message_that_names_the_problem(
    raw: bytes, message_part: str, param: str | None
) -> None:
    _assert_rejected(raw, message_part, param)


def _assert_rejected(raw: bytes, message_part: str, param: str | None) -> None:
    with pytest.raises(BadRequestError) as caught:
        parse_chat_request(raw, limits=LIMITS)
    assert message_part in caught.value.message
    assert caught.value.param == param
    assert caught.value.status_code == 400
    # The error itself must be encodable (it once failed on the key it named).
    caught.value.message.encode("utf-8")


def test_too_many_messages() -> None:
    raw = json.dumps({"model": "m", "messages": USER * 3}).encode()
    with pytest.raises(BadRequestError, match=r"too many messages: 3 \(the limit is 2\)"):
        parse_chat_request(raw, limits=LimitSettings(max_messages=2))


def test_error_messages_never_echo_values() -> None:
    secret = "090-1234-5678"
    raw = json.dumps({"model": "m", "messages": [{"role": secret, "content": secret}]}).encode()
    with pytest.raises(BadRequestError) as caught:
        parse_chat_request(raw, limits=LIMITS)
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


def _text(body: str) -> bytes:
    return body.encode("utf-8", "surrogatepass")


@pytest.mark.parametrize(
    ("raw", "message_part", "param"),
    [
        (
            _text('{"model":"m","messages":[{"role":"user","content":"\\ud800"}]}'),
            "lone surrogate",
            "messages",
        ),
        (
            _text('{"model":"m","messages":[{"role":"user","content":"x","name":"\\udc00"}]}'),
            "lone surrogate",
            "messages",
        ),
        (
            _text('{"model":"m","messages":[{"role":"user","content":"x"}],"user":"\\ud83d"}'),
            "lone surrogate",
            "user",
        ),
        (
            _text(
                '{"model":"m","messages":[{"role":"user","content":"x"}],"metadata":{"\\ud800":"v"}}'
            ),
            "a key is not valid Unicode",
            "metadata",
        ),
        (
            _text('{"model":"m","messages":[{"role":"user","content":"x"}],"\\ud800":1}'),
            "a key is not valid Unicode",
            None,
        ),
        # CESU-8: a surrogate half encoded as three bytes.
        (
            b'{"model":"m","messages":[{"role":"user","content":"\xed\xa0\x80"}]}',
            "not valid UTF-8",
            None,
        ),
        (
            b'{"model":"m","messages":[{"role":"user","content":"x"}],"temperature":NaN}',
            "NaN is not a JSON number",
            "temperature",
        ),
        (
            b'{"model":"m","messages":[{"role":"user","content":"x"}],"temperature":-Infinity}',
            "-Infinity is not a JSON number",
            "temperature",
        ),
        (
            b'{"model":"m","messages":[{"role":"user","content":"x"}],"temperature":1e400}',
            "too large",
            "temperature",
        ),
        (
            b'{"model":"m","messages":[{"role":"user","content":"x"}],"seed":' + b"9" * 5000 + b"}",
            "too many digits",
            None,
        ),
        (
            b'{"model":"m","messages":[{"role":"user","content":"x"}],"seed":' + b"9" * 30 + b"}",
            "64-bit",
            "seed",
        ),
        (
            b'{"model":"m","messages":[{"role":"user","content":"x"}],"metadata":'
            + b"[" * 100
            + b"]" * 100
            + b"}",
            "nests deeper than 64",
            "metadata",
        ),
        (b"[" * 1000 + b"]" * 1000, "nests deeper", None),
        (b"[" * 5000, "nest", None),
        (_raw(n=10**4), "n must be between 1 and 16", "n"),
        (_raw(n=True), "n must be an integer", "n"),
        (_raw(best_of=17), "best_of must be between 1 and 16", "best_of"),
        (_raw(top_logprobs=21), "top_logprobs must be between 0 and 20", "top_logprobs"),
        (_raw(max_tokens=10**6), "max_tokens must be between 1 and 131072", "max_tokens"),
        (
            _raw(max_completion_tokens=0),
            "max_completion_tokens must be between",
            "max_completion_tokens",
        ),
    ],
    ids=[
        "surrogate-in-content",
        "surrogate-in-name",
        "surrogate-in-user",
        "surrogate-in-metadata-key",
        "surrogate-in-top-level-key",
        "cesu-8-bytes",
        "nan",
        "infinity",
        "float-overflow",
        "int-over-4300-digits",
        "int-over-64-bits",
        "nesting-100",
        "nesting-1000",
        "nesting-5000-unclosed",
        "n-huge",
        "n-bool",
        "best-of",
        "top-logprobs",
        "max-tokens",
        "max-completion-tokens-zero",
    ],
)
def test_bodies_python_accepts_but_nobody_can_carry_are_400(
    raw: bytes, message_part: str, param: str | None
) -> None:
    _assert_rejected(raw, message_part, param)


def test_bounds_follow_the_settings() -> None:
    limits = LimitSettings(max_n=2, max_tokens=100)
    assert parse_chat_request(_raw(n=2, max_tokens=100), limits=limits).body["n"] == 2
    with pytest.raises(BadRequestError, match="n must be between 1 and 2"):
        parse_chat_request(_raw(n=3), limits=limits)


@pytest.mark.parametrize(
    "fields",
    [{"verbosity": "low"}, {"prompt_cache_key": "k1"}, {"safety_identifier": "u-9f2"}],
    ids=["verbosity", "prompt-cache-key", "safety-identifier"],
)
def test_current_openai_fields_are_accepted(fields: dict[str, Any]) -> None:
    assert parse_chat_request(_raw(**fields), limits=LIMITS).body.items() >= fields.items()


def test_unknown_fields_are_forwarded_when_the_config_says_so() -> None:
    forward = LimitSettings(unknown_fields="forward")
    assert parse_chat_request(_raw(new_vendor_knob=3), limits=forward).body["new_vendor_knob"] == 3
    with pytest.raises(BadRequestError, match="new_vendor_knob"):
        parse_chat_request(_raw(new_vendor_knob=3), limits=LIMITS)


def test_error_messages_never_name_the_gateways_classes() -> None:
    with pytest.raises(BadRequestError) as caught:
        parse_chat_request(json.dumps({"model": "m", "messages": [3]}).encode(), limits=LIMITS)
    assert "_Message" not in caught.value.message


@pytest.mark.parametrize(
    "fields",
    [
        {"logit_bias": {"12": -100}},
        {"modalities": ["text", "audio"], "audio": {"voice": "alloy", "format": "pcm16"}},
        {"reasoning_effort": "minimal", "service_tier": "flex", "verbosity": "low"},
        {"allowed_token_ids": [1, 2], "stop_token_ids": [3], "truncate_prompt_tokens": 100},
        {"stream": True, "stream_options": {"include_usage": True}},
    ],
    ids=["logit-bias", "audio", "vocabulary-words", "token-ids", "stream-options"],
)
def test_closed_vocabulary_fields_take_their_words(fields: dict[str, Any]) -> None:
    assert parse_chat_request(_raw(**fields), limits=LIMITS).body == json.loads(_raw(**fields))


@pytest.mark.parametrize(
    ("fields", "param"),
    [
        ({"logit_bias": {"山田太郎": 1}}, "logit_bias"),
        ({"logit_bias": {"09012345678": 1}}, "logit_bias"),
        ({"logit_bias": "山田太郎 090-1234-5678"}, "logit_bias"),
        ({"modalities": ["山田太郎"]}, "modalities"),
        ({"audio": {"voice": "taro.yamada@example.co.jp"}}, "audio"),
        ({"allowed_token_ids": ["090-1234-5678"]}, "allowed_token_ids"),
        ({"reasoning_effort": "tel:09012345678"}, "reasoning_effort"),
        ({"stream": True, "stream_options": {"山田": True}}, "stream_options"),
    ],
    ids=[
        "logit-bias-name-key",
        "logit-bias-phone-key",
        "logit-bias-text",
        "modalities-name",
        "audio-email",
        "token-ids-phone",
        "vocabulary-phone",
        "stream-options-key",
    ],
)
def test_text_in_fields_the_pii_stage_does_not_read_is_a_400(
    fields: dict[str, Any], param: str
) -> None:
    # These fields are forwarded unread: personal data in them would reach the backend.
    with pytest.raises(BadRequestError) as caught:
        parse_chat_request(_raw(**fields), limits=LIMITS)
    assert caught.value.param == param
    assert all(value not in caught.value.message for value in ("山田", "090", "taro"))


def _msgs(*messages: dict[str, Any]) -> bytes:
    return json.dumps({"model": "m", "messages": list(messages)}).encode()


def _call(function: Any) -> dict[str, Any]:
    return {
        "role": "assistant",
        "tool_calls": [{"id": "c1", "type": "function", "function": function}],
    }


def _parts(text: Any) -> bytes:
    return json.dumps(
        {"model": "m", "messages": [{"role": "user", "content": [{"type": "text", "text": text}]}]}
    ).encode()


@pytest.mark.parametrize(
    ("raw", "message_part", "param"),
    [
        (_parts(["山田太郎"]), "messages.0.content.0.text: Input should be a valid string",
         "messages.0.content.0.text"),
        (_parts({"v": "山田太郎"}), "messages.0.content.0.text: Input should be a valid string",
         "messages.0.content.0.text"),
        (_raw(tool_choice="required"), "'tools' must be given", "tool_choice"),
        (_raw(tool_choice={"type": "function", "function": {"name": "f"}}),
         "'tools' must be given", "tool_choice"),
        (_raw(tool_choice="auto", tools=None), "'tools' must be given", "tool_choice"),
        (_msgs({"role": "user", "content": None}),
         "messages.0.content: null is accepted on assistant messages only", "messages.0.content"),
        (_msgs({"role": "system", "content": None}, USER[0]),
         "messages.0.content: null is accepted", "messages.0.content"),
        (_msgs(USER[0], {"role": "tool", "tool_call_id": "c1", "content": None}),
         "messages.1.content: null is accepted", "messages.1.content"),
        (_msgs({"role": "developer", "content": None}, USER[0]),
         "messages.0.content: null is accepted", "messages.0.content"),
        (_raw(tools=[{"type": "function"}]), "tools.0.function: Field required",
         "tools.0.function"),
        (_raw(tools=[{"function": {"description": "d"}}]), "tools.0.function.name: Field required",
         "tools.0.function.name"),
        (_raw(tools=[{"type": "function", "function": {"name": 5}}]),
         "tools.0.function.name: Input should be a valid string", "tools.0.function.name"),
        (_raw(tools=[{"type": "function", "function": {"name": "f", "parameters": [1]}}]),
         "tools.0.function.parameters: Input should be a valid dictionary",
         "tools.0.function.parameters"),
        (_raw(tools=[{"type": "function", "function": {"name": "f", "description": {"a": 1}}}]),
         "tools.0.function.description: Input should be a valid string",
         "tools.0.function.description"),
        (_raw(tools=[{"type": "custom", "custom": {"name": "f"}}]),
         "tools.0.type: Input should be 'function'", "tools.0.type"),
        (_msgs(USER[0], _call({"name": "f", "arguments": {"who": "山田太郎"}})),
         "messages.1.tool_calls.0.function.arguments must be a string (JSON text",
         "messages.1.tool_calls.0.function.arguments"),
        (_msgs(USER[0], _call({"name": "f", "arguments": ["a"]})),
         "messages.1.tool_calls.0.function.arguments must be a string",
         "messages.1.tool_calls.0.function.arguments"),
        (_msgs(USER[0], _call({"name": 7, "arguments": "{}"})),
         "messages.1.tool_calls.0.function.name must be a string",
         "messages.1.tool_calls.0.function.name"),
        (_msgs(USER[0], _call("f")), "messages.1.tool_calls.0.function must be an object",
         "messages.1.tool_calls.0.function"),
    ],
    ids=["part-text-list", "part-text-object", "tool-choice-required", "tool-choice-named",
         "tool-choice-null-tools", "user-content-null", "system-content-null",
         "tool-content-null", "developer-content-null", "tool-without-function",
         "function-without-name", "function-name-number", "parameters-not-object",
         "description-not-string", "custom-tool", "arguments-object", "arguments-list",
         "call-name-number", "call-function-string"],
)  # fmt: skip
def test_shapes_vllm_refuses_are_refused_at_the_door(
    raw: bytes, message_part: str, param: str
) -> None:
    # They were forwarded: vLLM's 400 quoted pydantic's reading of the body.
    _assert_rejected(raw, message_part, param)


def test_tool_choice_none_needs_no_tools_and_an_empty_list_is_tools() -> None:
    # As vLLM reads them: "none" asks for no tool; [] is a list of tools (none of them).
    assert parse_chat_request(_raw(tool_choice="none"), limits=LIMITS).body["tool_choice"] == "none"
    assert parse_chat_request(_raw(tool_choice="auto", tools=[]), limits=LIMITS).body["tools"] == []


@pytest.mark.parametrize(
    "messages",
    [
        [{"role": "user"}],
        [USER[0], {"role": "assistant", "content": None}, USER[0]],
        [USER[0], {"role": "function", "name": "f", "content": None}],
    ],
    ids=["user-content-absent", "assistant-content-null", "function-content-null"],
)
def test_content_vllm_accepts_passes(messages: list[dict[str, Any]]) -> None:
    # vLLM's message types: only the assistant's (and the legacy function result's) content
    # may be null; its custom-role type does not require content at all.
    raw = json.dumps({"model": "m", "messages": messages}).encode()
    assert parse_chat_request(raw, limits=LIMITS).body["messages"] == messages


def test_a_function_tool_keeps_its_extra_fields() -> None:
    tool = {"type": "function", "function": {"name": "f", "strict": True}, "x": 1}
    assert parse_chat_request(_raw(tools=[tool]), limits=LIMITS).body["tools"] == [tool]


def _content(*parts: Any) -> bytes:
    return json.dumps(
        {"model": "m", "messages": [{"role": "user", "content": list(parts)}]}
    ).encode()


# Values vLLM's SamplingParams._verify_args refuses, and content parts its part types
# refuse: each was forwarded and the backend's 400 relayed. Now a 400 naming the field.
@pytest.mark.parametrize(
    ("raw", "message_part", "param"),
    [
        (_raw(top_p=-1), "top_p must be in (0, 1], got -1", "top_p"),
        (_raw(top_p=0), "top_p must be in (0, 1]", "top_p"),
        (_raw(top_p=1.5), "top_p must be in (0, 1]", "top_p"),
        (_raw(temperature=-0.1), "temperature must be in [0, 2]", "temperature"),
        (_raw(temperature=3.5), "temperature must be in [0, 2]", "temperature"),
        (_raw(temperature=1e30), "temperature must be in [0, 2]", "temperature"),
        (_raw(temperature=0, n=2), "n must be 1 when using greedy sampling", "n"),
        (_raw(stop=""), "stop cannot contain an empty string", "stop"),
        (_raw(stop=["a", ""]), "stop cannot contain an empty string", "stop"),
        (_raw(bad_words=[""]), "bad_words cannot contain an empty string", "bad_words"),
        (_raw(thinking_token_budget=-2), "thinking_token_budget must be", "thinking_token_budget"),
        (_raw(thinking_token_budget=1.5), "thinking_token_budget must be", "thinking_token_budget"),
        (_raw(cache_salt=""), "cache_salt must be a non-empty string", "cache_salt"),
        (_raw(top_logprobs=3), "top_logprobs needs logprobs: true", "top_logprobs"),
        (_raw(top_logprobs=3, logprobs=False), "top_logprobs needs logprobs", "top_logprobs"),
        (_raw(continue_final_message=True, add_generation_prompt=True),
         "cannot both be true", "continue_final_message"),
        (_raw(presence_penalty=2.5), "presence_penalty must be in [-2, 2]", "presence_penalty"),
        (_raw(frequency_penalty=-3), "frequency_penalty must be in [-2, 2]", "frequency_penalty"),
        (_raw(repetition_penalty=0), "repetition_penalty must be a finite number > 0",
         "repetition_penalty"),
        (_raw(min_p=1.01), "min_p must be in [0, 1]", "min_p"),
        (_raw(min_p=-0.5), "min_p must be in [0, 1]", "min_p"),
        (_raw(top_k=-2), "top_k must be 0 (no limit), -1 or at least 1", "top_k"),
        (_raw(min_tokens=-1), "min_tokens must be >= 0", "min_tokens"),
        (_raw(min_tokens=20, max_tokens=10), "min_tokens must be at most max_tokens (10)",
         "min_tokens"),
        (_raw(min_tokens=20, max_completion_tokens=10), "at most max_tokens (10)", "min_tokens"),
        (_raw(n=0), "n must be between 1", "n"),
        (_raw(max_tokens=0), "max_tokens must be between 1", "max_tokens"),
        (_content({"type": "text"}), "messages.0.content.0.text: a text part needs a string",
         "messages.0.content.0.text"),
        (_content({"type": "text", "text": "a"}, {"type": "text", "text": None}),
         "messages.0.content.1.text", "messages.0.content.1.text"),
        (_content({"type": "image_url"}), "a image_url part needs an object 'image_url'",
         "messages.0.content.0.image_url.url"),
        (_content({"type": "image_url", "image_url": {"detail": "low"}}),
         "with a string 'url'", "messages.0.content.0.image_url.url"),
        (_content({"type": "image_url", "image_url": "https://example.com/a.png"}),
         "with a string 'url'", "messages.0.content.0.image_url.url"),
        (_content({"type": "video_url", "video_url": {"url": 5}}),
         "a video_url part needs", "messages.0.content.0.video_url.url"),
    ],
)  # fmt: skip
def test_sampling_ranges_and_parts_vllm_refuses(raw: bytes, message_part: str, param: str) -> None:
    _assert_rejected(raw, message_part, param)


@pytest.mark.parametrize(
    "raw",
    [
        _raw(top_p=1), _raw(top_p=1e-9), _raw(temperature=0), _raw(temperature=2),
        _raw(temperature=0.001, n=2), _raw(temperature=0, n=1), _raw(temperature=0, n=4,
        use_beam_search=True), _raw(thinking_token_budget=-1), _raw(thinking_token_budget=0),
        _raw(stop=["a"]), _raw(presence_penalty=-2, frequency_penalty=2),
        _raw(repetition_penalty=1.2), _raw(min_p=0), _raw(min_p=1), _raw(top_k=-1),
        _raw(top_k=0), _raw(top_k=40), _raw(min_tokens=10, max_tokens=10), _raw(min_tokens=0),
        _raw(top_p=None, temperature=None),
        _content({"type": "text", "text": ""}, {"type": "image_url", "image_url": {"url": "https://e/x.png"}}),
        _content({"type": "input_audio", "input_audio": {"data": "AAAA", "format": "wav"}}),
    ],
)  # fmt: skip
def test_values_vllm_accepts_pass(raw: bytes) -> None:
    # The edges vLLM accepts (a temperature under 0.01 is raised to 0.01: not greedy).
    assert parse_chat_request(raw, limits=LIMITS).body == json.loads(raw)
