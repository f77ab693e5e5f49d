"""PII through the real server: the backend never sees the values, the client gets them back.

Runs the gateway with its real PII stages (GiNZA, Sudachi, Presidio and Mamori's
recognizers) in front of the vLLM-compatible test server, which echoes the last user
message, so what the client receives went through pseudonymization and restoration.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.findings import PiiFinding
from proxy.pipeline.assembly import build_pipeline
from proxy.pipeline.runner import Pipeline
from proxy.pipeline.stages.pii import PiiPseudonymizeStage, PiiRestoreStage
from proxy.settings import Settings
from tests.gateway_server import GatewayServer
from tests.integration.conftest import MODEL, GatewayFactory, read_audit
from tests.vllm_compat import ToolCallSpec, VLLMCompatServer

pytestmark = pytest.mark.integration

DEV_SET = Path(__file__).parents[3] / "shared" / "evaldata" / "pii" / "pii.dev.jsonl"
_SPACE = re.compile(r"\s+")


def _dev_cases() -> list[dict[str, Any]]:
    with DEV_SET.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _squeeze(text: str) -> str:
    return _SPACE.sub("", text)


@pytest.fixture
def pii_gateway(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, pii_analyzer: PiiAnalyzer
) -> GatewayServer:
    return make_gateway(
        [backend.url], pipeline=build_pipeline(Settings(), pii_analyzer=pii_analyzer)
    )


@pytest.fixture
def client(pii_gateway: GatewayServer) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(base_url=pii_gateway.url + "/v1", api_key="unused") as sdk:
        yield sdk


def _write_policy(policy_dir: Path, pii: dict[str, Any]) -> None:
    """Replace the default policy (the gateway reloads it within its check interval)."""
    text = json.dumps({"name": "default", "pii": pii}, ensure_ascii=False)
    staged = policy_dir / "default.yaml.tmp"
    staged.write_text(text, encoding="utf-8")
    staged.replace(policy_dir / "default.yaml")


def _wait_for_policy(gateway: GatewayServer, version_differs_from: str) -> None:
    import time

    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        ready = httpx.get(gateway.url + "/readyz").json()
        if ready["policies"]["default"] != version_differs_from:
            return
        time.sleep(0.02)
    raise AssertionError("the gateway did not load the new policy")


def _reconfigure(gateway: GatewayServer, policy_dir: Path, pii: dict[str, Any]) -> None:
    before = httpx.get(gateway.url + "/readyz").json()["policies"]["default"]
    _write_policy(policy_dir, pii)
    _wait_for_policy(gateway, before)


def test_no_gold_value_of_the_dev_set_reaches_the_backend(
    client: openai.OpenAI, backend: VLLMCompatServer
) -> None:
    cases = _dev_cases()
    for case in cases:
        client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": case["text"]}]
        )
    # The default policy's guard may refuse a few of these (they then never reach the
    # backend); everything that did reach it is checked.
    received = "\n".join(_squeeze(r.raw_body.decode()) for r in backend.requests)
    assert len(backend.requests) >= 0.95 * len(cases)
    leaks = [
        (case["id"], span["type"])
        for case in cases
        for span in case["spans"]
        if _squeeze(json.dumps(span["value"], ensure_ascii=False)[1:-1]) in received
    ]
    assert leaks == []


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream-1-3-chars"])
def test_echoed_answers_come_back_as_the_user_wrote_them(
    client: openai.OpenAI,
    backend: VLLMCompatServer,
    pii_gateway: GatewayServer,
    policy_dir: Path,
    stream: bool,
) -> None:
    # Special-care data is masked (not reversible) by default; this test is about
    # restoration, so it pseudonymizes every type.
    _reconfigure(
        pii_gateway, policy_dir, {"entities": {"SPECIAL_CARE": {"action": "pseudonymize"}}}
    )
    backend.config.update(chunk_chars=(1, 3))
    mismatched = []
    for case in _dev_cases():
        messages: list[Any] = [{"role": "user", "content": case["text"]}]
        if stream:
            chunks = client.chat.completions.create(model=MODEL, messages=messages, stream=True)
            answer = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        else:
            reply = client.chat.completions.create(model=MODEL, messages=messages)
            answer = reply.choices[0].message.content or ""
        if answer != case["text"]:
            mismatched.append(case["id"])
    assert mismatched == []
    pseudonymized = [r.body["messages"][-1]["content"] for r in backend.requests]
    assert any("<PERSON_1>" in text for text in pseudonymized)


def test_history_keeps_its_placeholders_turn_after_turn(
    client: openai.OpenAI, backend: VLLMCompatServer
) -> None:
    first: Any = {"role": "user", "content": "山田太郎です。電話は090-1234-5678です。"}
    client.chat.completions.create(model=MODEL, messages=[first])
    second_turn: list[Any] = [
        first,
        {"role": "assistant", "content": "山田太郎様、承知しました。"},
        {"role": "user", "content": "番号は09012345678で、妻の佐藤花子も同席します。"},
    ]
    client.chat.completions.create(model=MODEL, messages=second_turn)
    turn1, turn2 = (r.body["messages"] for r in backend.requests)
    assert turn2[0]["content"] == turn1[0]["content"]
    assert "<PERSON_1>" in turn1[0]["content"]
    assert "<PHONE_NUMBER_1>" in turn1[0]["content"]
    assert "<PERSON_1>" in turn2[1]["content"]
    # The same number in another spelling keeps its number and gets a letter, so the model
    # sees one value and the user gets back the spelling they wrote (docs/pii.md).
    assert "<PHONE_NUMBER_1b>" in turn2[2]["content"]
    assert "<PERSON_2>" in turn2[2]["content"]
    bodies = "".join(r.raw_body.decode() for r in backend.requests)
    for value in ("山田", "花子", "1234-5678", "12345678"):
        assert value not in bodies


def test_content_parts_and_every_role_are_pseudonymized(
    client: openai.OpenAI, backend: VLLMCompatServer
) -> None:
    messages: list[Any] = [
        {"role": "system", "content": "担当者は鈴木一郎です。"},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "連絡先は taro.yamada@example.co.jp です。"},
                {"type": "text", "text": "郵便番号は〒150-0002です。"},
            ],
        },
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "lookup", "arguments": '{"tel": "03-1234-5678"}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": "顧客: 高橋美咲 様"},
        {"role": "user", "content": "確認してください"},
    ]
    client.chat.completions.create(model=MODEL, messages=messages)
    (request,) = backend.requests
    sent = request.raw_body.decode()
    for value in ("鈴木", "taro.yamada", "150-0002", "03-1234-5678", "高橋"):
        assert value not in sent
    arguments = json.loads(request.body["messages"][2]["tool_calls"][0]["function"]["arguments"])
    assert arguments == {"tel": "<PHONE_NUMBER_1>"}


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
def test_tool_call_arguments_are_restored(
    client: openai.OpenAI, backend: VLLMCompatServer, stream: bool
) -> None:
    backend.config.update(
        chunk_chars=(1, 3),
        tool_call=ToolCallSpec("register", '{"name": "<PERSON_1>", "tel": "< PHONE_NUMBER_1 >"}'),
    )
    messages: list[Any] = [{"role": "user", "content": "田中健太、電話は080-9876-5432で登録して"}]
    tools: list[Any] = [
        {"type": "function", "function": {"name": "register", "parameters": {"type": "object"}}}
    ]
    if stream:
        arguments = ""
        for chunk in client.chat.completions.create(
            model=MODEL, messages=messages, tools=tools, stream=True
        ):
            for choice in chunk.choices:
                for call in choice.delta.tool_calls or []:
                    arguments += (call.function and call.function.arguments) or ""
    else:
        reply = client.chat.completions.create(model=MODEL, messages=messages, tools=tools)
        calls = reply.choices[0].message.tool_calls or []
        arguments = calls[0].function.arguments  # type: ignore[union-attr]
    assert json.loads(arguments) == {"name": "田中健太", "tel": "080-9876-5432"}


def test_placeholders_not_in_this_request_stay_as_written(
    client: openai.OpenAI, backend: VLLMCompatServer
) -> None:
    backend.config.update(reply="<PERSON_1>様と<PERSON_2>様、<EMAIL_ADDRESS_1>へ")
    reply = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "伊藤さくらです"}]
    )
    assert reply.choices[0].message.content == "伊藤さくら様と<PERSON_2>様、<EMAIL_ADDRESS_1>へ"


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
def test_block_names_the_type_never_the_value(
    client: openai.OpenAI,
    backend: VLLMCompatServer,
    pii_gateway: GatewayServer,
    policy_dir: Path,
    stream: bool,
) -> None:
    _reconfigure(pii_gateway, policy_dir, {"entities": {"MY_NUMBER": {"action": "block"}}})
    messages: list[Any] = [{"role": "user", "content": "マイナンバーは 1234 5678 9018 です"}]
    with httpx.Client(base_url=pii_gateway.url) as http:
        response = http.post(
            "/v1/chat/completions", json={"model": MODEL, "messages": messages, "stream": stream}
        )
    assert response.status_code == 200
    assert response.headers["x-mamori-action"] == "block"
    assert response.headers["x-mamori-categories"] == "MY_NUMBER"
    body = response.text
    assert "MY_NUMBER" in body
    assert "content_filter" in body
    assert "1234" not in body
    assert backend.requests == []


def test_mask_is_not_restored(
    client: openai.OpenAI,
    backend: VLLMCompatServer,
    pii_gateway: GatewayServer,
    policy_dir: Path,
) -> None:
    _reconfigure(pii_gateway, policy_dir, {"entities": {"EMAIL_ADDRESS": {"action": "mask"}}})
    reply = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "メールはhanako@example.jpです"}]
    )
    assert reply.choices[0].message.content == "メールは<EMAIL_ADDRESS>です"


def test_audit_and_logs_carry_counts_never_values(
    client: openai.OpenAI,
    backend: VLLMCompatServer,
    audit_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "小林大輔です。メールは daisuke.k@example.com"}],
    )
    (record,) = read_audit(audit_path, 1)
    stage = next(s for s in record["stages"] if s["stage"] == "pii.pseudonymize")
    assert stage["action"] == "pseudonymize"
    assert stage["PERSON:pseudonymize"] == 1
    assert stage["EMAIL_ADDRESS:pseudonymize"] == 1
    written = audit_path.read_text(encoding="utf-8") + caplog.text
    assert "小林" not in written
    assert "daisuke" not in written


class _BrokenAnalyzer:
    """An analyzer whose model fails: the stage must not let the request through."""

    supported_entities = frozenset({"PERSON"})

    def analyze(self, text: str, *, entities: object = None) -> list[PiiFinding]:
        raise RuntimeError("model failed")


def test_analyzer_failure_fails_closed(
    make_gateway: GatewayFactory, backend: VLLMCompatServer
) -> None:
    pipeline = Pipeline([PiiPseudonymizeStage(_BrokenAnalyzer())], [PiiRestoreStage()])
    gateway = make_gateway([backend.url], pipeline=pipeline)
    response = httpx.post(
        gateway.url + "/v1/chat/completions",
        json={"model": MODEL, "messages": [{"role": "user", "content": "山田太郎です"}]},
    )
    assert response.status_code == 500
    assert "pii.pseudonymize" in response.json()["error"]["message"]
    assert "山田" not in response.text
    assert backend.requests == []


def test_special_care_is_masked_by_default_and_counted_by_category(
    client: openai.OpenAI, backend: VLLMCompatServer, audit_path: Path
) -> None:
    reply = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": "昨年うつ病と診断されました。保険に入れますか?"}],
    )
    (request,) = backend.requests
    # Only the sensitive core is masked: the rest of the sentence and the question stay.
    sent = "昨年<要配慮:病歴>と診断されました。保険に入れますか?"
    assert request.body["messages"][0]["content"] == sent
    # (the output stage may add its medical disclaimer after the echoed text)
    assert (reply.choices[0].message.content or "").startswith(sent)
    (record,) = read_audit(audit_path, 1)
    stage = next(s for s in record["stages"] if s["stage"] == "pii.pseudonymize")
    assert stage["SPECIAL_CARE:medical_history:mask"] == 1
    assert "うつ病" not in audit_path.read_text(encoding="utf-8")


def test_general_questions_about_a_topic_pass_unchanged(
    client: openai.OpenAI, backend: VLLMCompatServer
) -> None:
    questions = ["糖尿病の予防法を教えて", "障害者割引の制度は?", "宗教法人の設立手続き"]
    for question in questions:
        client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": question}]
        )
    assert [r.body["messages"][0]["content"] for r in backend.requests] == questions


def test_blocked_special_care_names_the_category(
    backend: VLLMCompatServer, pii_gateway: GatewayServer, policy_dir: Path
) -> None:
    _reconfigure(
        pii_gateway, policy_dir, {"entities": {"SPECIAL_CARE:criminal_record": {"action": "block"}}}
    )
    response = httpx.post(
        pii_gateway.url + "/v1/chat/completions",
        json={
            "model": MODEL,
            "messages": [{"role": "user", "content": "私は窃盗で前科があります"}],
        },
    )
    assert response.headers["x-mamori-categories"] == "SPECIAL_CARE:criminal_record"
    content = response.json()["choices"][0]["message"]["content"]
    assert "要配慮:犯罪歴" in content
    assert "窃盗" not in response.text
    assert backend.requests == []
