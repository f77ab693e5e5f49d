"""A whole (non-streaming) answer's exchange is finished on the event loop, after the
answer: audited once and its token estimate corrected, on every endpoint that answers
whole (a synchronous background task ran in a worker thread, where the rate limiter's
correction could not start: the connection was reset and the record lost)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from proxy.settings import hash_api_key
from tests.integration.conftest import MODEL, GatewayFactory, read_audit
from tests.vllm_compat import VLLMCompatServer

KEY = "sk-token-limited"
MAX_TOKENS = 2000


def _chat() -> tuple[str, dict[str, Any]]:
    body = {"messages": [{"role": "user", "content": "x"}], "max_tokens": MAX_TOKENS}
    return "/v1/chat/completions", body


def _completions() -> tuple[str, dict[str, Any]]:
    return "/v1/completions", {"prompt": "x", "max_tokens": MAX_TOKENS}


def _responses() -> tuple[str, dict[str, Any]]:
    return "/v1/responses", {"input": "x", "max_output_tokens": MAX_TOKENS}


@pytest.mark.parametrize("request_of", [_chat, _completions, _responses], ids=lambda f: f.__name__)
def test_whole_answer_of_a_token_limited_key_is_audited_and_settled(
    make_gateway: GatewayFactory,
    backend: VLLMCompatServer,
    tmp_path: Path,
    request_of: Any,
) -> None:
    # 6,000 tokens a minute refill 100 a second: far less than one request's estimate
    # (its max_tokens) comes back on its own between two requests.
    gateway = make_gateway(
        [backend.url],
        tenants={"default": {}, "acme": {"rate_limit": {"tokens_per_minute": 6000}}},
        api_keys=[{"sha256": hash_api_key(KEY), "tenant": "acme"}],
    )
    path, body = request_of()
    headers = {"Authorization": f"Bearer {KEY}"}
    with httpx.Client(base_url=gateway.url, headers=headers, timeout=30) as client:
        first = client.post(path, json={"model": MODEL, **body})
        assert first.status_code == 200, first.text
        assert len(read_audit(tmp_path / "audit.log", 1)) == 1
        # Same connection (keep-alive): the first answer's end left it usable.
        second = client.post(path, json={"model": MODEL, **body})
        assert second.status_code == 200, second.text
    records = read_audit(tmp_path / "audit.log", 2)
    assert [record["status"] for record in records] == [200, 200]
    remaining = [int(r.headers["x-ratelimit-remaining-tokens"]) for r in (first, second)]
    # The first request was charged its estimate (> MAX_TOKENS), then corrected to the
    # few tokens it used: the second finds about as many tokens as the first did.
    assert remaining[0] <= 6000 - MAX_TOKENS
    assert remaining[1] > remaining[0] - MAX_TOKENS // 2
