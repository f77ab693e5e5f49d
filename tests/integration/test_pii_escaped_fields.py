"""Personal data written as ``\\uXXXX`` escapes in the free-text fields beside the message
content, through the real gateway with the PII stage on.

A JSON parser decodes the escapes of the body itself; these are escapes *inside* the
string values (``"user": "\\\\u0030\\\\u0039\\\\u0030-…"`` on the wire): the backend receives
them as written and a model reads them as the number. A phone number and an e-mail
address, every character escaped, are planted in each such field of a chat, Responses,
completions and embeddings body (``metadata``, ``user``, a message's ``name``, tool and
function descriptions and schemas, ``documents``, ``prediction``, ``stop``,
``chat_template_kwargs``, ``instructions``, a second prompt, …). The test server records what
it received: no string in it, with its escapes decoded, may hold either value, and the
audit log holds neither form.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from proxy.pipeline.assembly import build_pipeline
from proxy.settings import Settings
from tests.integration.conftest import MODEL, GatewayFactory, read_audit
from tests.vllm_compat import VLLMCompatServer

pytestmark = pytest.mark.integration

PHONE = "090-7788-9911"
EMAIL = "hanako.sato@example.org"


def _escaped(value: str, *, backslashes: int = 1) -> str:
    return "".join("\\" * backslashes + f"u{ord(c):04x}" for c in value)


#: One backslash (what a JSON encoder writes inside the value), and two.
TEXT = f"電話 {_escaped(PHONE)} メール {_escaped(EMAIL)}"
TEXT2 = f"tel {_escaped(PHONE, backslashes=2)} mail {_escaped(EMAIL, backslashes=2)}"

_ESCAPE = re.compile(r"\\+u([0-9A-Fa-f]{4})")


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for child in value.values() for s in _strings(child)]
    if isinstance(value, list):
        return [s for child in value for s in _strings(child)]
    return []


def _leaks(raw: bytes) -> list[str]:
    """The planted values found in a forwarded body, its strings' escapes decoded (tool
    arguments, a JSON document in a string, decoded as JSON first)."""
    found: list[str] = []
    texts = _strings(json.loads(raw))
    for text in texts:
        decoded = _ESCAPE.sub(lambda m: chr(int(m[1], 16)), text)
        for value in (PHONE, PHONE.replace("-", ""), EMAIL):
            if value in decoded:
                found.append(value)
    return found


def _schema() -> dict[str, Any]:
    return {
        "type": "object",
        "description": TEXT,
        "properties": {"contact": {"type": "string", "description": TEXT2, "default": TEXT}},
    }


CHAT: dict[str, Any] = {
    "model": MODEL,
    "messages": [
        {"role": "system", "content": "あなたは窓口です。", "name": _escaped("佐藤花子")},
        {"role": "user", "content": "登録内容を確認してください。", "name": _escaped(EMAIL)},
    ],
    "user": TEXT,
    "metadata": {"note": TEXT, "other": TEXT2},
    "stop": [_escaped(PHONE)],
    "tools": [
        {
            "type": "function",
            "function": {"name": "register", "description": TEXT, "parameters": _schema()},
        }
    ],
    "documents": [{"title": TEXT2, "text": TEXT}],
    "prediction": {"type": "content", "content": TEXT},
    "chat_template_kwargs": {"caller": TEXT},
    "response_format": {
        "type": "json_schema",
        "json_schema": {"name": "contact", "description": TEXT2, "schema": _schema()},
    },
}
FUNCTIONS: dict[str, Any] = {
    "model": MODEL,
    "messages": [{"role": "user", "content": "確認してください。"}],
    "functions": [{"name": "lookup", "description": TEXT, "parameters": _schema()}],
    "structured_outputs": {"choice": [TEXT, TEXT2]},
    "safety_identifier": TEXT2,
}
RESPONSES: dict[str, Any] = {
    "model": MODEL,
    "input": "確認してください。",
    "instructions": TEXT,
    "user": TEXT2,
    "metadata": {"note": TEXT},
    "tools": [
        {"type": "function", "name": "register", "description": TEXT2, "parameters": _schema()}
    ],
}
COMPLETIONS: dict[str, Any] = {
    "model": MODEL,
    "prompt": ["確認してください。", TEXT],
    "user": TEXT2,
    "stop": _escaped(EMAIL),
}
EMBEDDINGS: dict[str, Any] = {"model": MODEL, "input": "確認してください。", "user": TEXT}


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/chat/completions", CHAT),
        ("/v1/chat/completions", FUNCTIONS),
        ("/v1/responses", RESPONSES),
        ("/v1/completions", COMPLETIONS),
        ("/v1/embeddings", EMBEDDINGS),
    ],
    ids=["chat", "chat-functions", "responses", "completions", "embeddings"],
)
def test_escaped_personal_data_never_reaches_the_backend(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    pii_analyzer: PiiAnalyzer,
    policy_dir: Path,
    audit_path: Path,
    path: str,
    body: dict[str, Any],
) -> None:
    # The PII section at its defaults; the guard is other tests' subject.
    policy = {"name": "default", "pii": {}, "guard": {"enabled": False}}
    (policy_dir / "default.yaml").write_text(json.dumps(policy), encoding="utf-8")
    # Every planted field is one the body carries as sent: the plant is in place.
    assert set(_leaks(json.dumps(body).encode())) == {PHONE, EMAIL}
    pipeline = build_pipeline(Settings(), pii_analyzer=pii_analyzer)
    url = make_gateway([backend.url], pipeline=pipeline).url
    reply = httpx.post(url + path, json=body, timeout=60)
    assert reply.status_code == 200, reply.text
    [received] = backend.requests
    assert _leaks(received.raw_body) == []
    [record] = read_audit(audit_path, 1)
    line = json.dumps(record, ensure_ascii=False)
    assert _escaped(PHONE)[:12] not in line and "hanako" not in line
