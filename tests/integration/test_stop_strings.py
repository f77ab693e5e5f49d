"""``stop`` strings through the real gateway with the PII stage, against the test server,
which ends an answer before the first stop string as vLLM does: the stop string is
pseudonymized with the message's placeholders, so a stop at the user's own name or phone
number still ends the answer just before it, and the raw value never reaches the backend
in ``stop``; ordinary stop words work as sent, streamed or whole."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from proxy.pipeline.assembly import build_pipeline
from proxy.settings import Settings
from tests.integration.conftest import MODEL, GatewayFactory
from tests.vllm_compat import VLLMCompatServer

pytestmark = pytest.mark.integration

NAME = "山田太郎"
PHONE = "090-1234-5678"
TEXT = f"{NAME}と申します。電話は{PHONE}です。返品をお願いします。"


@pytest.fixture
def url(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    pii_analyzer: PiiAnalyzer,
    policy_dir: Path,
) -> str:
    policy = {"name": "default", "pii": {}, "guard": {"enabled": False}}
    (policy_dir / "default.yaml").write_text(json.dumps(policy), encoding="utf-8")
    pipeline = build_pipeline(Settings(), pii_analyzer=pii_analyzer)
    return make_gateway([backend.url], pipeline=pipeline).url


def _answer(url: str, stop: list[str], stream: bool) -> tuple[str, str | None]:
    body = {"model": MODEL, "messages": [{"role": "user", "content": TEXT}], "stop": stop}
    if not stream:
        choice = httpx.post(f"{url}/v1/chat/completions", json=body, timeout=30).json()["choices"][
            0
        ]
        return choice["message"]["content"], choice["finish_reason"]
    with httpx.stream(
        "POST", f"{url}/v1/chat/completions", json={**body, "stream": True}, timeout=30
    ) as response:
        events = [
            json.loads(block.removeprefix("data: "))
            for block in response.read().decode().split("\n\n")
            if block.startswith("data: {")
        ]
    choices = [c for event in events for c in event["choices"]]
    text = "".join(c["delta"].get("content") or "" for c in choices)
    return text, next((c["finish_reason"] for c in choices if c.get("finish_reason")), None)


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
@pytest.mark.parametrize(
    ("stop", "expected"),
    [
        (["返品"], f"{NAME}と申します。電話は{PHONE}です。"),
        ([PHONE], f"{NAME}と申します。電話は"),
        ([NAME], ""),
        (["電話", "返品"], f"{NAME}と申します。"),
    ],
    ids=["word", "phone", "name", "first-of-two"],
)
def test_a_stop_string_ends_the_answer_where_the_user_meant(
    url: str, backend: VLLMCompatServer, stop: list[str], expected: str, stream: bool
) -> None:
    assert _answer(url, stop, stream) == (expected, "stop")
    [sent] = backend.requests
    forwarded = json.dumps(sent.body["stop"], ensure_ascii=False)
    assert NAME not in forwarded and PHONE not in forwarded
