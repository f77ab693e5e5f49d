"""The client-compatibility suite: real client libraries drive the real gateway, started in
front of the vLLM-compatible test server with the PII stage (as the integration tests do).

Nothing here reaches the network: litellm reads its bundled model price map
(``LITELLM_LOCAL_MODEL_COST_MAP``), LangChain's embeddings skip tiktoken (whose encodings
are downloaded), and every client talks to 127.0.0.1 only.
"""

from __future__ import annotations

import os

import pytest

from proxy.pipeline.assembly import build_pipeline
from proxy.settings import Settings
from tests.integration.conftest import (
    MODEL,
    GatewayFactory,
    audit_path,
    backend,
    make_gateway,
    pii_analyzer,
    policy_dir,
)
from tests.vllm_compat import VLLMCompatServer

# Before litellm is imported (by a test module): no download of the price map.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

__all__ = ["audit_path", "backend", "make_gateway", "pii_analyzer", "policy_dir"]

#: What the user writes; the backend sees placeholders and echoes them.
TEXT = "山田太郎様、電話番号090-1234-5678の件でご連絡しました。"
VALUES = ("山田太郎", "090-1234-5678")
#: The backend's tool call (or JSON reply), in placeholders, and what the client must get.
ARGUMENTS = '{"name": "<PERSON_1>", "tel": "<PHONE_NUMBER_1>"}'
RESTORED = {"name": "山田太郎", "tel": "090-1234-5678"}
#: A tool result naming someone the user did not (what a CRM lookup returns), the model's
#: answer about them in placeholders, and what the client must read.
TOOL_RESULT = '{"担当者": "鈴木花子", "直通": "080-9876-5432"}'
TOOL_RESULT_VALUES = ("鈴木花子", "080-9876-5432")
TOOL_REPLY = "<PERSON_2>様（<PHONE_NUMBER_2>）が担当です。"
TOOL_REPLY_RESTORED = "鈴木花子様（080-9876-5432）が担当です。"


@pytest.fixture
def gateway_url(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, pii_analyzer: object
) -> str:
    """The gateway's base URL (without ``/v1``), PII stage on; ``MODEL`` is served."""
    settings = Settings.model_validate({"models": {MODEL: {"backends": [backend.url]}}})
    pipeline = build_pipeline(settings, pii_analyzer=pii_analyzer)  # type: ignore[arg-type]
    return make_gateway([backend.url], pipeline=pipeline).url


def assert_pseudonymized(backend: VLLMCompatServer, also: tuple[str, ...] = ()) -> None:
    """Every request the backend received carried placeholders, never the user's values
    (nor those of ``also``)."""
    import json

    assert backend.requests
    for request in backend.requests:
        sent = json.dumps(request.body, ensure_ascii=False)
        assert all(value not in sent for value in (*VALUES, *also)), request.path
