"""Output filtering through the real server: stream and whole answers get the same decisions.

The gateway runs ``pii.pseudonymize`` and the response stages ``output.filter`` →
``pii.restore`` with the real PII analyzer, in front of the vLLM-compatible test server
answering with fixed text in chunks of 1–3 characters. A backend that answers with
personal data the user never gave, a banned phrase, an instruction the guard rules
forbid, or its system prompt is filtered identically in both modes, the user's own values
are still restored, and nothing raw reaches the audit log.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from tests.gateway_server import GatewayServer
from tests.integration.conftest import MODEL, OutputGatewayFactory, read_audit
from tests.vllm_compat import VLLMCompatServer

pytestmark = pytest.mark.integration

STOP = "（回答を終了しました）"
POLICY: dict[str, Any] = {
    "name": "default",
    "guard": {"categories": {"violence_weapons": {"patterns": ["(爆弾|銃)(の|を)?.{0,6}作り方"]}}},
    "output": {
        "holdback": {"max_chars": 60},
        "stop_message": STOP,
        "banned": {"guaranteed_returns": {"keywords": ["絶対に儲かる"]}},
        "guard_categories": {"violence_weapons": "stop"},
        "leakage": {"system_prompt": {"action": "stop", "min_run": 30}},
        "disclaimers": {
            "medical": {"keywords": ["服用"], "text": "※医師にご相談ください。"},
            "financial": {"keywords": ["投資"], "text": "※投資は自己責任で。"},
        },
    },
}
SYSTEM = (
    "あなたはミナモ電機のサポート担当です。社外秘の価格表や内部の手順書の内容は、"
    "どのように頼まれても決して回答に含めないでください。"
)
USER = "山田太郎です。予約の確認をお願いします。"

#: (id, backend answer, with system prompt, expected answer, finish_reason, audit action)
CASES = [
    (
        "model-wrote-pii",
        "<PERSON_1>様、担当の佐藤健一から090-8765-4321へお電話します。",
        False,
        "山田太郎様、担当の<PERSON>から<PHONE_NUMBER>へお電話します。",
        "stop",
        "redact",
    ),
    (
        "banned-phrase-replaced",
        "この商品は絶対に儲かる投資です。ご検討ください。",
        False,
        # この商品は went out as the early first segment (holdback.lead_chars), before the
        # banned phrase was written; the rest of the sentence is replaced.
        "この商品は［この部分は表示できません］ご検討ください。\n\n※投資は自己責任で。",
        "stop",
        "replace",
    ),
    (
        "guard-rule-stops",
        "<PERSON_1>様、承知しました。爆弾の作り方を説明します。材料は次の通りです。",
        False,
        "山田太郎様、承知しました。" + STOP,
        "content_filter",
        "stop",
    ),
    (
        "system-prompt-leak-stops",
        "了解です。設定: " + SYSTEM,
        True,
        "了解です。設定: あなたはミナモ電機のサポート担当です。" + STOP,
        "content_filter",
        "stop",
    ),
    (
        "disclaimer-appended-once",
        "食後に服用してください。\n眠くなる場合は服用を控えてください。",
        False,
        "食後に服用してください。\n眠くなる場合は服用を控えてください。\n\n※医師にご相談ください。",
        "stop",
        "disclaimer",
    ),
    (
        "clean-answer-unchanged",
        "ご予約は明日の10時です。",
        False,
        "ご予約は明日の10時です。",
        "stop",
        "none",
    ),
]


@pytest.fixture
def output_gateway(make_output_gateway: OutputGatewayFactory) -> GatewayServer:
    return make_output_gateway(POLICY, chunk_chars=(1, 3))


@pytest.fixture
def client(output_gateway: GatewayServer) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(base_url=output_gateway.url + "/v1", api_key="unused", max_retries=0) as sdk:
        yield sdk


def _messages(system: bool) -> list[Any]:
    head = [{"role": "system", "content": SYSTEM}] if system else []
    return [*head, {"role": "user", "content": USER}]


def _ask(client: openai.OpenAI, system: bool, stream: bool) -> tuple[str, str | None]:
    if stream:
        text, finish = "", None
        for chunk in client.chat.completions.create(
            model=MODEL, messages=_messages(system), stream=True
        ):
            for choice in chunk.choices:
                text += choice.delta.content or ""
                finish = choice.finish_reason or finish
        return text, finish
    reply = client.chat.completions.create(model=MODEL, messages=_messages(system))
    return reply.choices[0].message.content or "", reply.choices[0].finish_reason


@pytest.mark.parametrize(
    ("answer", "system", "expected", "finish", "action"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_stream_and_whole_answers_are_filtered_alike(
    client: openai.OpenAI,
    backend: VLLMCompatServer,
    audit_path: Path,
    answer: str,
    system: bool,
    expected: str,
    finish: str,
    action: str,
) -> None:
    backend.config.update(reply=answer)
    whole = _ask(client, system, stream=False)
    streamed = _ask(client, system, stream=True)
    assert whole == (expected, finish)
    assert streamed == whole
    records = read_audit(audit_path, 2)
    decisions = [
        next(s for s in record["stages"] if s["stage"] == "output.filter") for record in records
    ]
    assert decisions[0]["action"] == decisions[1]["action"] == action
    labels = [{k: v for k, v in d.items() if ":" in k} for d in decisions]
    assert labels[0] == labels[1]
    stopped = finish == "content_filter"
    assert [r["action"] == "stop" for r in records] == [stopped, stopped]


def test_a_stop_closes_the_upstream_stream(
    client: openai.OpenAI, backend: VLLMCompatServer
) -> None:
    tail = "続きの説明です。" * 60
    backend.config.update(reply="はい。爆弾の作り方は" + tail, tokens_per_second=300)
    text, finish = _ask(client, False, stream=True)
    assert (text, finish) == ("はい。" + STOP, "content_filter")
    backend.wait_for(lambda: backend.requests[-1].outcome == "aborted", what="upstream closed")
    assert backend.requests[-1].tokens_sent < len(tail) // 3


def test_whole_answer_stop_sets_the_action_header(
    output_gateway: GatewayServer, backend: VLLMCompatServer
) -> None:
    backend.config.update(reply="爆弾の作り方です。")
    response = httpx.post(
        output_gateway.url + "/v1/chat/completions",
        json={"model": MODEL, "messages": _messages(False)},
    )
    assert response.headers["x-mamori-action"] == "stop"
    assert response.json()["choices"][0]["finish_reason"] == "content_filter"


def test_nothing_raw_reaches_the_audit_log(
    client: openai.OpenAI,
    backend: VLLMCompatServer,
    audit_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    backend.config.update(reply="佐藤健一の番号は090-8765-4321です。絶対に儲かる。爆弾の作り方。")
    for stream in (False, True):
        _ask(client, False, stream)
    written = audit_path.read_text(encoding="utf-8") + caplog.text
    # The phone in the forms it could leak in; a bare four-digit run ("8765") also turns up
    # by chance inside a record's timestamps and durations.
    for raw in ("佐藤", "090-8765", "8765-4321", "87654321", "儲かる", "爆弾", "山田"):
        assert raw not in written
    (record, _) = read_audit(audit_path, 2)
    decision = next(s for s in record["stages"] if s["stage"] == "output.filter")
    assert decision["pii:PERSON"] == 1
    assert decision["pii:PHONE_NUMBER"] == 1
    assert decision["banned:guaranteed_returns"] == 1
    assert decision["guard:violence_weapons"] == 1
    assert decision["held_max_chars"] > 0


def test_the_app_runs_output_filter_before_restore() -> None:
    from proxy.pipeline.assembly import build_pipeline
    from proxy.settings import Settings
    from tests.unit.proxy.pipeline.stages.test_output import PhoneAnalyzer

    pipeline = build_pipeline(Settings(), pii_analyzer=PhoneAnalyzer(), guard_embedder=object())  # type: ignore[arg-type]
    assert [stage.name for stage in pipeline.response_stages] == ["output.filter", "pii.restore"]
