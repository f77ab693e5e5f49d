"""Twenty-seventh round (issues 15/16): a value of the client's own system prompt, developer
message or Responses ``instructions`` that the model gives back comes back restored, whole
and streamed, and is not stopped as a copy of the system prompt.

The gateway runs ``pii.pseudonymize``, ``output.filter`` (the default leakage check: stop
at half of the system prompt copied in runs of 16 or more) and ``pii.restore`` in front of
the vLLM-compatible test server. Placeholders used to count as prompt text: a short
prompt's contact line (``お問い合わせ先: 電話 … / メール …``) given back by the model was
two thirds of the prompt, and the answer was stopped. A verbatim copy of the prompt is
still stopped.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.gateway_server import GatewayServer
from tests.integration.conftest import MODEL, OutputGatewayFactory
from tests.vllm_compat import VLLMCompatServer

pytestmark = pytest.mark.integration

PHONE, MAIL = "090-4417-2093", "uketsuke.kanda@example.co.jp"
STOP = "（回答を終了しました）"
POLICY: dict[str, Any] = {
    "name": "default",
    "output": {
        "stop_message": STOP,
        "leakage": {"system_prompt": {"action": "stop", "min_run": 40, "max_share": 0.5}},
    },
}


@pytest.fixture
def gateway(make_output_gateway: OutputGatewayFactory) -> GatewayServer:
    return make_output_gateway(POLICY, chunk_chars=1)


def _answer(gateway: GatewayServer, path: str, body: dict[str, Any], stream: bool) -> str:
    response = httpx.post(gateway.url + path, json={**body, "stream": stream}, timeout=30)
    assert response.status_code == 200, response.text
    if not stream:
        data = response.json()
        if path.endswith("/responses"):
            return "".join(
                part["text"]
                for item in data["output"]
                if item["type"] == "message"
                for part in item["content"]
            )
        return str(data["choices"][0]["message"]["content"])
    text = ""
    for line in response.text.splitlines():
        if line.startswith("data:") and line[5:].strip() != "[DONE]":
            event = json.loads(line[5:])
            if event.get("type") == "response.output_text.delta":
                text += event["delta"]
            for choice in event.get("choices") or []:
                text += (choice.get("delta") or {}).get("content") or ""
    return text


def _chat(role: str, prompt: str, question: str) -> tuple[str, dict[str, Any]]:
    """A chat completion whose ``role`` message (system or developer) is ``prompt``."""
    messages = [{"role": role, "content": prompt}, {"role": "user", "content": question}]
    return "/v1/chat/completions", {"model": MODEL, "messages": messages}


BODIES: dict[str, tuple[str, dict[str, Any]]] = {
    "chat-system": _chat(
        "system", f"お問い合わせ先: 電話 {PHONE} / メール {MAIL}", "問い合わせ先を教えて"
    ),
    "chat-developer": _chat("developer", f"Support: {PHONE}, {MAIL}", "How do I reach support?"),
    "responses-instructions": (
        "/v1/responses",
        {"model": MODEL, "instructions": f"連絡先 {PHONE} {MAIL}", "input": "連絡先は?"},
    ),
}


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
@pytest.mark.parametrize("case", list(BODIES))
def test_a_prompt_value_given_back_is_restored(
    gateway: GatewayServer, backend: VLLMCompatServer, case: str, stream: bool
) -> None:
    path, body = BODIES[case]
    backend.config.update(reply="電話 <PHONE_NUMBER_1> またはメール <EMAIL_ADDRESS_1> までどうぞ。")
    before = len(backend.requests)
    text = _answer(gateway, path, body, stream)
    assert text == f"電話 {PHONE} またはメール {MAIL} までどうぞ。"
    sent = "".join(r.raw_body.decode("utf-8", "replace") for r in backend.requests[before:])
    assert PHONE not in sent and MAIL not in sent
    assert "<PHONE_NUMBER_1>" in sent and "<EMAIL_ADDRESS_1>" in sent


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
def test_a_verbatim_copy_of_the_prompt_is_still_stopped(
    gateway: GatewayServer, backend: VLLMCompatServer, stream: bool
) -> None:
    path, body = BODIES["chat-system"]
    backend.config.update(
        reply="はい。お問い合わせ先: 電話 <PHONE_NUMBER_1> / メール <EMAIL_ADDRESS_1> です。"
    )
    text = _answer(gateway, path, body, stream)
    assert text.endswith(STOP)
    assert MAIL not in text
