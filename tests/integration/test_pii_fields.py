"""Personal data in every field of a chat body, through the real gateway.

A name and a phone number are planted in every field the allowlist forwards that can carry
text (:mod:`proxy.pipeline.request_fields`); the vLLM-compatible test server records the
body it received, and none of the values may be in it, in any spelling (raw, JSON-escaped,
percent-encoded). Under a policy that blocks phone numbers, a number in any single field
blocks the request. Placeholders the answer echoes come back as the user wrote them.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from proxy.api.chat_request import ALLOWED_FIELDS
from proxy.pipeline.assembly import build_pipeline
from proxy.pipeline.request_fields import request_texts
from proxy.settings import Settings
from tests.gateway_server import GatewayServer
from tests.integration.conftest import MODEL, GatewayFactory
from tests.vllm_compat import VLLMCompatServer

pytestmark = pytest.mark.integration

NAME = "山田太郎"
PHONE = "090-5555-6666"
SENTENCE = f"担当は{NAME}さん、電話は{PHONE}です。"
URL = "https://img.example.com/p.png?" + f"name={quote(NAME)}&tel={PHONE}"


def _spellings() -> list[str]:
    """Every form in which the planted values could appear in a forwarded body."""
    forms = [NAME, PHONE, PHONE.replace("-", ""), "5555-6666", quote(NAME)]
    forms.append(json.dumps(NAME)[1:-1])  # \\u-escaped
    return [*forms, *(form.lower() for form in forms)]


def _schema() -> dict[str, Any]:
    return {
        "type": "object",
        "title": SENTENCE,
        "description": SENTENCE,
        "properties": {
            "contact": {
                "type": "string",
                "description": SENTENCE,
                "enum": [NAME, PHONE],
                "default": PHONE,
                "examples": [SENTENCE],
                "pattern": PHONE,
            },
        },
        "required": ["contact"],
    }


def planted_body() -> dict[str, Any]:
    """A chat body with the name and phone number in every text-carrying field."""
    return {
        "model": MODEL,
        "messages": [
            {"role": "system", "content": SENTENCE, "name": NAME},
            {
                "role": "user",
                "name": NAME,
                "content": [
                    {"type": "text", "text": SENTENCE},
                    {"type": "image_url", "image_url": {"url": URL, "detail": "auto"}},
                    {"type": "video_url", "video_url": {"url": URL}},
                    {"type": "file", "file": {"filename": f"{NAME}_{PHONE}.pdf"}},
                ],
            },
            {
                "role": "assistant",
                "content": SENTENCE,
                "reasoning_content": SENTENCE,
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {
                            "name": "register",
                            "arguments": json.dumps({"who": NAME, "tel": PHONE}),
                        },
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "call_1", "content": SENTENCE},
            {"role": "user", "content": "登録内容を確認してください。"},
        ],
        "user": f"{NAME} {PHONE}",
        "metadata": {"customer": NAME, "phone": PHONE},
        "stop": [NAME, PHONE],
        "tools": [
            {
                "type": "function",
                "function": {
                    "name": "register",
                    "description": SENTENCE,
                    "parameters": _schema(),
                },
            }
        ],
        "functions": [{"name": "lookup", "description": SENTENCE, "parameters": _schema()}],
        "documents": [{"title": NAME, "text": SENTENCE}],
        "prediction": {"type": "content", "content": SENTENCE},
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": "contact", "description": SENTENCE, "schema": _schema()},
        },
        # Not a second constraint next to response_format's schema (vLLM takes one): a
        # setting of that schema's decoding.
        "structured_outputs": {"whitespace_pattern": f"{NAME}|{PHONE}"},
        "web_search_options": {"user_location": {"type": "approximate", "approximate": {}}},
        "chat_template_kwargs": {"caller": SENTENCE},
        "bad_words": [NAME],
    }


@pytest.fixture
def gateway(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    pii_analyzer: PiiAnalyzer,
    policy_dir: Path,
) -> GatewayServer:
    # The PII section at its defaults; the guard is another test's subject (and its
    # refusals would keep bodies from the backend).
    _write_policy(policy_dir, {})
    return make_gateway(
        [backend.url], pipeline=build_pipeline(Settings(), pii_analyzer=pii_analyzer)
    )


@pytest.fixture
def http(gateway: GatewayServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=gateway.url, timeout=30) as client:
        yield client


def _write_policy(policy_dir: Path, pii: dict[str, Any]) -> None:
    policy = {"name": "default", "pii": pii, "guard": {"enabled": False}}
    staged = policy_dir / "default.yaml.tmp"
    staged.write_text(json.dumps(policy), encoding="utf-8")
    staged.replace(policy_dir / "default.yaml")


def _set_policy(gateway: GatewayServer, policy_dir: Path, pii: dict[str, Any]) -> None:
    """Replace the default policy and wait (with a deadline) until the gateway serves it."""
    import time

    before = httpx.get(gateway.url + "/readyz").json()["policies"]["default"]
    _write_policy(policy_dir, pii)
    deadline = time.monotonic() + 5
    while httpx.get(gateway.url + "/readyz").json()["policies"]["default"] == before:
        assert time.monotonic() < deadline, "the gateway did not load the new policy"
        time.sleep(0.02)


def test_the_planted_body_plants_in_every_text_field() -> None:
    # The test below is only as good as its body: every field that can carry text has a
    # planted value, so a field the gateway forgot would leak.
    planted = {text.path.split(".")[0].split("[")[0] for text in request_texts(planted_body())}
    carrying = {
        "messages", "user", "metadata", "stop", "tools", "functions", "documents",
        "prediction", "response_format", "structured_outputs", "chat_template_kwargs",
        "bad_words",
    }  # fmt: skip
    assert carrying <= planted
    assert planted <= ALLOWED_FIELDS


def test_no_planted_value_reaches_the_backend_from_any_field(
    http: httpx.Client, backend: VLLMCompatServer
) -> None:
    response = http.post("/v1/chat/completions", json=planted_body())
    assert response.headers.get("x-mamori-action") != "block"
    (request,) = backend.requests
    sent = request.raw_body.decode()
    leaks = [form for form in _spellings() if form in sent]
    assert leaks == []
    body = request.body
    assert body["user"] == "<PERSON_1> <PHONE_NUMBER_1>"
    assert body["messages"][1]["name"] == "<PERSON_1>"
    assert body["stop"] == ["<PERSON_1>", "<PHONE_NUMBER_1>"]
    assert json.loads(body["messages"][2]["tool_calls"][0]["function"]["arguments"]) == {
        "who": "<PERSON_1>",
        "tel": "<PHONE_NUMBER_1>",
    }
    # Structure stays intact: keywords, property names and ids are the client's.
    schema = body["tools"][0]["function"]["parameters"]
    assert schema["type"] == "object" and schema["required"] == ["contact"]
    assert schema["properties"]["contact"]["enum"] == ["<PERSON_1>", "<PHONE_NUMBER_1>"]
    assert body["messages"][3]["tool_call_id"] == "call_1"
    url = body["messages"][1]["content"][1]["image_url"]["url"]
    assert url.startswith("https://img.example.com/p.png?name=")
    assert "PERSON_1" in url


def _single_field_cases() -> list[tuple[str, dict[str, Any]]]:
    """One body per field, with the phone number in that field only."""
    plain: dict[str, Any] = {"model": MODEL, "messages": [{"role": "user", "content": "確認"}]}
    cases: list[tuple[str, dict[str, Any]]] = []

    def case(name: str, **fields: Any) -> None:
        body = copy.deepcopy(plain)
        body.update(fields)
        cases.append((name, body))

    tool = {"type": "function", "function": {"name": "f", "description": f"tel {PHONE}"}}
    case("name", messages=[{"role": "user", "content": "確認", "name": PHONE}])
    case("image_url", messages=[{"role": "user", "content": [
        {"type": "text", "text": "確認"},
        {"type": "image_url", "image_url": {"url": URL}},
    ]}])  # fmt: skip
    case("user", user=PHONE)
    case("metadata", metadata={"k": PHONE})
    case("stop", stop=PHONE)
    case("tools", tools=[tool])
    case("documents", documents=[{"text": f"tel {PHONE}"}])
    case("prediction", prediction={"type": "content", "content": f"tel {PHONE}"})
    case("response_format", response_format={
        "type": "json_schema", "json_schema": {"name": "x", "schema": {"enum": [PHONE]}},
    })  # fmt: skip
    case("structured_outputs", structured_outputs={"regex": PHONE})
    case("guided_choice", guided_choice=[PHONE])
    case("chat_template_kwargs", chat_template_kwargs={"note": PHONE})
    return cases


def test_a_blocked_type_in_any_single_field_blocks_the_request(
    http: httpx.Client, gateway: GatewayServer, backend: VLLMCompatServer, policy_dir: Path
) -> None:
    _set_policy(gateway, policy_dir, {"entities": {"PHONE_NUMBER": {"action": "block"}}})
    not_blocked = []
    for name, body in _single_field_cases():
        response = http.post("/v1/chat/completions", json=body)
        if response.headers.get("x-mamori-action") != "block" or PHONE in response.text:
            not_blocked.append(name)
    assert not_blocked == []
    assert backend.requests == []


def test_an_answer_echoing_a_field_placeholder_gets_the_value_back(
    http: httpx.Client, backend: VLLMCompatServer
) -> None:
    # The name is only in messages[].name and a response_format enum; the model answers
    # with the placeholder it saw there.
    backend.config.update(reply='{"contact": "<PERSON_1>"}')
    body = {
        "model": MODEL,
        "messages": [{"role": "user", "name": NAME, "content": "私の名前で登録して"}],
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": "c", "schema": {"enum": [NAME]}},
        },
    }
    reply = http.post("/v1/chat/completions", json=body).json()
    assert json.loads(reply["choices"][0]["message"]["content"]) == {"contact": NAME}
    assert NAME not in backend.requests[0].raw_body.decode()


UNKNOWN_NAMES = [
    "Kawakami",
    "kawakami_h",
    "ひなた",
    "モリ",
    "たろちゃん",
    "Aiko.M",
    "ＴＡＫＥＳＨＩ",
]


@pytest.mark.parametrize("name", [*UNKNOWN_NAMES, "西園寺"])
def test_a_message_name_is_a_name_even_where_no_recognizer_knows_it(
    http: httpx.Client, backend: VLLMCompatServer, name: str
) -> None:
    # messages[].name holds the participant's name by what the field is; vLLM's chat
    # templates put it into the prompt, so a lone surname, a nickname or a handle must not
    # reach the model as it is, and an echoed placeholder comes back as the user wrote it.
    backend.config.update(reply="<PERSON_1>様、承知しました。")
    body = {"model": MODEL, "messages": [{"role": "user", "name": name, "content": "登録して"}]}
    reply = http.post("/v1/chat/completions", json=body).json()
    sent = backend.requests[0].body
    assert sent["messages"][0]["name"] == "<PERSON_1>"
    assert name not in backend.requests[0].raw_body.decode()
    assert reply["choices"][0]["message"]["content"] == f"{name}様、承知しました。"


def test_a_phone_number_in_a_message_name_keeps_its_type(
    http: httpx.Client, backend: VLLMCompatServer
) -> None:
    body = {
        "model": MODEL,
        "messages": [{"role": "user", "name": f"Kawakami {PHONE}", "content": "登録して"}],
    }
    http.post("/v1/chat/completions", json=body)
    assert backend.requests[0].body["messages"][0]["name"] == "<PERSON_1> <PHONE_NUMBER_1>"


def _tool_call_body(arguments: dict[str, Any]) -> dict[str, Any]:
    call = {
        "id": "call_1",
        "type": "function",
        "function": {"name": "register", "arguments": json.dumps(arguments, ensure_ascii=False)},
    }
    return {
        "model": MODEL,
        "messages": [
            {"role": "user", "content": "顧客を登録して"},
            {"role": "assistant", "content": None, "tool_calls": [call]},
            {"role": "tool", "tool_call_id": "call_1", "content": "ok"},
        ],
    }


def _key_cases() -> list[tuple[str, dict[str, Any]]]:
    """Personal data used as a dictionary key, one place per body."""

    def chat(**extra: Any) -> dict[str, Any]:
        return {"model": MODEL, "messages": [{"role": "user", "content": "登録して"}], **extra}

    by_name = {"type": "object", "properties": {NAME: {"type": "string"}}}
    by_phone = {"type": "object", "properties": {PHONE: {"type": "string"}}}
    return [
        ("arguments key name", _tool_call_body({NAME: {"tel": "x"}})),
        ("arguments key phone", _tool_call_body({PHONE: "mobile"})),
        ("metadata key", chat(metadata={NAME: "vip"})),
        ("chat_template_kwargs key", chat(chat_template_kwargs={NAME: True})),
        (
            "tool parameter name",
            chat(tools=[{"type": "function", "function": {"name": "f", "parameters": by_phone}}]),
        ),
        (
            "response schema property",
            chat(
                response_format={
                    "type": "json_schema",
                    "json_schema": {"name": "x", "schema": by_name},
                }
            ),
        ),
    ]


@pytest.mark.parametrize(("where", "body"), _key_cases(), ids=[n for n, _ in _key_cases()])
def test_personal_data_in_a_dictionary_key_is_refused_and_never_sent(
    http: httpx.Client, backend: VLLMCompatServer, where: str, body: dict[str, Any]
) -> None:
    # Keys are not rewritten (the client's code reads them back), and they went to the
    # backend in clear. Now the request is a 400 that names where, not the key.
    response = http.post("/v1/chat/completions", json=body)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "personal_data_in_key"
    assert NAME not in response.text and PHONE not in response.text
    assert backend.requests == []


def test_ordinary_keys_japanese_property_names_and_tool_result_json_pass(
    http: httpx.Client, backend: VLLMCompatServer
) -> None:
    # Japanese property names (氏名, 電話番号) and keys with a small number are field names;
    # a JSON tool result is text, its keys pseudonymized with it.
    schema = {
        "type": "object",
        "properties": {
            "氏名": {"type": "string"},
            "電話番号": {"type": "string"},
            "address_line2": {"type": "string"},
        },
    }
    body = _tool_call_body({"氏名": NAME})
    body["messages"][2]["content"] = json.dumps({NAME: {"tel": PHONE}}, ensure_ascii=False)
    body["metadata"] = {"部署": "営業", "v2": "x"}
    body["tools"] = [{"type": "function", "function": {"name": "register", "parameters": schema}}]
    response = http.post("/v1/chat/completions", json=body)
    assert response.status_code == 200, response.text
    (request,) = backend.requests
    sent = request.raw_body.decode()
    assert [form for form in _spellings() if form in sent] == []
    assert "氏名" in request.body["tools"][0]["function"]["parameters"]["properties"]
