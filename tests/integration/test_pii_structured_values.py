"""Structured identifiers in every place a client puts text (issue 16, twelfth round),
through the real gateway to the vLLM-compatible test server with the official openai SDK:
a card number split across two content parts, a date of birth said aloud in a tool result,
a My Number with spaced hyphens in tool-call arguments, a residence card number in a
message's ``name``, and the same in the Responses API's input items. None may reach the
backend in any spelling, and the echoed answer gives the user their own values back."""

from __future__ import annotations

import json
from typing import Any

import openai
import pytest

from proxy.pipeline.assembly import build_pipeline
from proxy.settings import Settings
from tests.integration.conftest import MODEL, GatewayFactory
from tests.vllm_compat import VLLMCompatServer

CARD = "4242・4242・4242・4242"
CARD_DIGITS = "4242424242424242"
DOB = "しょうわごじゅうねん、さんがつ、ようか"
MY_NUMBER = "9458 - 0730 - 2153"
MY_NUMBER_DIGITS = "945807302153"
RESIDENCE_CARD = "KP90412785QM"
PENSION = "4410-203958"


@pytest.fixture
def url(make_gateway: GatewayFactory, backend: VLLMCompatServer, pii_analyzer: object) -> str:
    settings = Settings.model_validate({"models": {MODEL: {"backends": [backend.url]}}})
    pipeline = build_pipeline(settings, pii_analyzer=pii_analyzer)  # type: ignore[arg-type]
    return make_gateway([backend.url], pipeline=pipeline).url


def _client(url: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key="x", max_retries=0)


def _sent(backend: VLLMCompatServer) -> str:
    """Everything the backend received, with spaces and separators squeezed out."""
    text = json.dumps(backend.requests[0].body, ensure_ascii=False)
    return "".join(c for c in text if c not in " -・")


def test_chat_fields_never_carry_structured_values(url: str, backend: VLLMCompatServer) -> None:
    messages: Any = [
        {"role": "user", "name": f"在留カード{RESIDENCE_CARD}",
         "content": [{"type": "text", "text": f"カード番号 {CARD[:7]}"},
                     {"type": "text", "text": f"{CARD[7:]} で決済できません"}]},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "c1", "type": "function",
             "function": {"name": "register",
                          "arguments": json.dumps({"my_number": f"マイナンバー {MY_NUMBER}"},
                                                  ensure_ascii=False)}}]},
        {"role": "tool", "tool_call_id": "c1",
         "content": json.dumps({"memo": f"せいねんがっぴは {DOB} です"}, ensure_ascii=False)},
    ]  # fmt: skip
    _client(url).chat.completions.create(model=MODEL, messages=messages)
    sent = _sent(backend)
    for value in (CARD_DIGITS, MY_NUMBER_DIGITS, RESIDENCE_CARD, DOB.replace("、", "")):
        assert value not in sent.replace("、", "")


def test_responses_input_never_carries_structured_values(
    url: str, backend: VLLMCompatServer
) -> None:
    items: Any = [
        {"type": "message", "role": "user",
         "content": [{"type": "input_text", "text": f"クレカ {CARD[:9]}"},
                     {"type": "input_text", "text": f"{CARD[9:]} と基礎年金番号は{PENSION}です"}]},
        {"type": "function_call", "call_id": "c1", "name": "lookup",
         "arguments": json.dumps({"q": f"個人番号 {MY_NUMBER}"}, ensure_ascii=False)},
        {"type": "function_call_output", "call_id": "c1",
         "output": f"うまれは {DOB}、在留カード番号 {RESIDENCE_CARD}"},
    ]  # fmt: skip
    response = _client(url).responses.create(model=MODEL, input=items)
    sent = _sent(backend)
    for value in (CARD_DIGITS, MY_NUMBER_DIGITS, RESIDENCE_CARD, PENSION.replace("-", "")):
        assert value not in sent
    assert DOB.replace("、", "") not in sent.replace("、", "")
    # The last function_call_output is echoed: the user gets their own values back.
    assert response.output_text == f"うまれは {DOB}、在留カード番号 {RESIDENCE_CARD}"
