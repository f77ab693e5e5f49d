"""``stop`` strings through the real gateway with the PII stage, against the test server,
which ends an answer before the first stop string as vLLM does: the stop string is
pseudonymized with the message's placeholders, so a stop at the user's own name or phone
number still ends the answer just before it, and the raw value never reaches the backend
in ``stop``; ordinary stop words work as sent, streamed or whole. ``stop_reason`` (vLLM's
name for the stop string that ended the answer) is the string the client sent, not the
placeholder the backend matched, on chat and ``/v1/completions``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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
    text, finish_reason, _ = _ended(url, stop, stream)
    return text, finish_reason


def _ended(
    url: str, stop: list[str] | str, stream: bool, *, endpoint: str = "chat"
) -> tuple[str, str | None, object]:
    """The answer's text, ``finish_reason`` and ``stop_reason`` (chat or completions)."""
    body: dict[str, object] = {"model": MODEL, "stop": stop}
    if endpoint == "chat":
        body["messages"] = [{"role": "user", "content": TEXT}]
        path = "/v1/chat/completions"
    else:
        body.update(prompt=TEXT, max_tokens=None)
        path = "/v1/completions"
    if not stream:
        choice = httpx.post(f"{url}{path}", json=body, timeout=30).json()["choices"][0]
        text = choice["message"]["content"] if endpoint == "chat" else choice["text"]
        return text, choice["finish_reason"], choice.get("stop_reason")
    with httpx.stream(
        "POST", f"{url}{path}", json={**body, "stream": True}, timeout=30
    ) as response:
        events = [
            json.loads(block.removeprefix("data: "))
            for block in response.read().decode().split("\n\n")
            if block.startswith("data: {")
        ]
    choices = [c for event in events for c in event["choices"]]
    if endpoint == "chat":
        text = "".join(c["delta"].get("content") or "" for c in choices)
    else:
        text = "".join(c.get("text") or "" for c in choices)
    last: dict[str, Any] = next((c for c in choices if c.get("finish_reason")), {})
    return text, last.get("finish_reason"), last.get("stop_reason")


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


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
@pytest.mark.parametrize("endpoint", ["chat", "completions"])
@pytest.mark.parametrize(
    ("stop", "matched", "expected"),
    [
        ([PHONE], PHONE, f"{NAME}と申します。電話は"),
        (PHONE, PHONE, f"{NAME}と申します。電話は"),
        (["電話", NAME], NAME, ""),
        (["返品"], "返品", f"{NAME}と申します。電話は{PHONE}です。"),
    ],
    ids=["phone", "phone-string", "name-second", "word"],
)
def test_stop_reason_names_the_stop_string_the_client_sent(
    url: str, stop: list[str] | str, matched: str, expected: str, stream: bool, endpoint: str
) -> None:
    # Before the fix, the phone and name cases answered stop_reason "<PHONE_NUMBER_1>" /
    # "<PERSON_1>": the placeholder the backend was given, which the client never sent.
    assert _ended(url, stop, stream, endpoint=endpoint) == (expected, "stop", matched)
