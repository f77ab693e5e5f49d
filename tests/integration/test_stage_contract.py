"""The stage contract through the real server: rewrite, short-circuit, response filtering.

The stages here are small test stages; the product's stages plug into the same contract.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import openai
import pytest
from openai.types.chat import ChatCompletionMessageParam

from proxy.pipeline.contract import Reply, RequestContext, StageDecision, TextFilter, TextPart
from proxy.pipeline.runner import Pipeline
from tests.integration.conftest import MODEL, GatewayFactory, read_audit
from tests.stopping_filter import StopAtMarkStage
from tests.vllm_compat import VLLMCompatServer


class RedactDigitsStage:
    """Rewrites digits in user messages before they go upstream."""

    name = "test.redact"

    async def process(self, ctx: RequestContext) -> None:
        count = 0
        for message in ctx.body["messages"]:
            if isinstance(message.get("content"), str):
                text = message["content"]
                count += sum(ch.isdigit() for ch in text)
                message["content"] = "".join("#" if ch.isdigit() else ch for ch in text)
        ctx.decisions.append(StageDecision(self.name, "rewrite", {"digits": count}))


class BlockWordStage:
    """Refuses requests that contain BLOCKME."""

    name = "test.block"

    async def process(self, ctx: RequestContext) -> None:
        if any("BLOCKME" in str(m.get("content")) for m in ctx.body["messages"]):
            ctx.reply = Reply("この内容にはお答えできません。")
            ctx.response_headers["X-Mamori-Categories"] = "test"
            ctx.decisions.append(StageDecision(self.name, "block"))


class BrokenStage:
    name = "test.broken"

    async def process(self, ctx: RequestContext) -> None:
        raise RuntimeError("stage bug")


class _Swap:
    """Replaces '#' by '*' across piece boundaries it never needs to hold back."""

    async def feed(self, piece: str) -> str:
        return piece.replace("#", "*")

    async def finish(self) -> str:
        return "。"


def _stop_stage() -> StopAtMarkStage:
    """Stops the answer at '止', releasing what came before it; fails at '壊'."""
    return StopAtMarkStage("test.stop", "止", notice="［停止］", broken="壊")


class SwapStage:
    name = "test.swap"

    def open(self, ctx: RequestContext, part: TextPart = "content") -> TextFilter:
        return _Swap()


def _client(url: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key="x", max_retries=0)


def _answer(client: openai.OpenAI, content: str, stream: bool) -> tuple[str, str | None]:
    messages: list[ChatCompletionMessageParam] = [{"role": "user", "content": content}]
    if stream:
        chunks = list(client.chat.completions.create(model=MODEL, messages=messages, stream=True))
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        return text, chunks[-1].choices[0].finish_reason
    completion = client.chat.completions.create(model=MODEL, messages=messages)
    return completion.choices[0].message.content or "", completion.choices[0].finish_reason


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
def test_rewrite_and_response_filter_agree_in_both_modes(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, stream: bool
) -> None:
    backend.config.update(chunk_chars=1)
    pipeline = Pipeline([RedactDigitsStage()], [SwapStage()])
    gateway = make_gateway([backend.url], pipeline=pipeline)
    text, finish = _answer(_client(gateway.url), "注文番号は12345です", stream)
    assert backend.requests[0].body["messages"][0]["content"] == "注文番号は#####です"
    assert text == "注文番号は*****です。"
    assert finish == "stop"


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
def test_short_circuit_answers_without_the_model(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, stream: bool
) -> None:
    gateway = make_gateway([backend.url], pipeline=Pipeline([BlockWordStage(), BrokenStage()]))
    response = httpx.post(
        f"{gateway.url}/v1/chat/completions",
        json={
            "model": MODEL,
            "messages": [{"role": "user", "content": "BLOCKME please"}],
            "stream": stream,
        },
    )
    assert response.status_code == 200
    assert response.headers["x-mamori-action"] == "block"
    assert response.headers["x-mamori-categories"] == "test"
    text, finish = _answer(_client(gateway.url), "BLOCKME", stream)
    assert text == "この内容にはお答えできません。"
    assert finish == "content_filter"
    assert backend.requests == []


def test_failing_stage_fails_closed(
    make_gateway: GatewayFactory, backend: VLLMCompatServer
) -> None:
    gateway = make_gateway([backend.url], pipeline=Pipeline([BrokenStage()]))
    response = httpx.post(
        f"{gateway.url}/v1/chat/completions",
        json={"model": MODEL, "messages": [{"role": "user", "content": "x"}]},
    )
    assert response.status_code == 500
    assert "test.broken failed; the request was not sent on" in response.json()["error"]["message"]
    assert backend.requests == []


def test_stage_decisions_and_timings_are_audited(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, audit_path: Path
) -> None:
    pipeline = Pipeline([RedactDigitsStage()], [SwapStage()])
    gateway = make_gateway([backend.url], pipeline=pipeline)
    _answer(_client(gateway.url), "番号 42", stream=True)
    [record] = read_audit(audit_path, 1)
    stages = {entry["stage"]: entry for entry in record["stages"]}
    assert stages["test.redact"]["action"] == "rewrite"
    assert stages["test.redact"]["digits"] == 2
    assert stages["test.redact"]["ms"] >= 0
    assert stages["test.swap"]["action"] == "pass"
    metrics = httpx.get(f"{gateway.url}/metrics").text
    assert 'mamori_stage_duration_seconds_count{stage="test.redact"} 1.0' in metrics


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
def test_a_stopped_answer_ends_with_content_filter_and_closes_the_upstream(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, audit_path: Path, stream: bool
) -> None:
    # Slow enough that the backend is still generating when the stop comes.
    tail = "その後の文章です。" * 40
    backend.config.update(chunk_chars=(1, 3), tokens_per_second=400, reply="#1です。止" + tail)
    gateway = make_gateway([backend.url], pipeline=Pipeline([], [_stop_stage(), SwapStage()]))
    response = httpx.post(
        f"{gateway.url}/v1/chat/completions",
        json={"model": MODEL, "messages": [{"role": "user", "content": "x"}], "stream": stream},
    )
    text, finish = _answer(_client(gateway.url), "x", stream)
    # Text released before the stop still passes the later stage (its finish adds "。").
    assert text == "*1です。。［停止］"
    assert finish == "content_filter"
    assert "その後" not in response.text
    if stream:
        assert response.text.endswith("data: [DONE]\n\n")
        backend.wait_for(
            lambda: all(r.outcome == "aborted" for r in backend.requests), what="upstream closed"
        )
    else:
        assert response.headers["x-mamori-action"] == "stop"
    records = read_audit(audit_path, 2)
    assert [r["action"] for r in records] == ["stop", "stop"]
    assert [r["finish_reason"] for r in records] == ["content_filter", "content_filter"]


def test_a_failing_response_stage_ends_the_stream_without_unchecked_text(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, audit_path: Path
) -> None:
    backend.config.update(chunk_chars=1, reply="前半です。壊れた後半です。")
    gateway = make_gateway([backend.url], pipeline=Pipeline([], [_stop_stage()]))
    whole = httpx.post(
        f"{gateway.url}/v1/chat/completions",
        json={"model": MODEL, "messages": [{"role": "user", "content": "x"}]},
    )
    assert whole.status_code == 500
    assert "test.stop failed" in whole.json()["error"]["message"]
    text, finish = _answer(_client(gateway.url), "x", stream=True)
    assert text == "前半です。"
    assert finish == "content_filter"
    records = read_audit(audit_path, 2)
    assert records[1]["action"] == "stop"
    assert records[1]["error_type"] == "InternalServerError"


@pytest.mark.parametrize("events_per_write", [2, 3, 4, 5, 7, 100])
def test_text_checked_from_one_read_goes_out_before_a_later_event_fails(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, events_per_write: int
) -> None:
    # Several events in one upstream write: the relay checks them one by one, and the
    # text released before the failing event is sent as it is when each event comes alone.
    backend.config.update(
        chunk_chars=1, reply="前半です。壊れた後半です。", events_per_write=events_per_write
    )
    gateway = make_gateway([backend.url], pipeline=Pipeline([], [_stop_stage()]))
    text, finish = _answer(_client(gateway.url), "x", stream=True)
    assert text == "前半です。"
    assert finish == "content_filter"


def _streamed_text(client: openai.OpenAI, endpoint: str) -> str:
    if endpoint == "completions":
        chunks = list(client.completions.create(model=MODEL, prompt="x", stream=True))
        return "".join(c.choices[0].text for c in chunks if c.choices)
    events = list(client.responses.create(model=MODEL, input="x", stream=True))
    return "".join(e.delta for e in events if e.type == "response.output_text.delta")


@pytest.mark.parametrize("endpoint", ["completions", "responses"])
@pytest.mark.parametrize("events_per_write", [1, 4, 100])
def test_other_endpoints_send_text_checked_before_a_failure_however_events_are_read(
    make_gateway: GatewayFactory, backend: VLLMCompatServer, endpoint: str, events_per_write: int
) -> None:
    backend.config.update(
        chunk_chars=1, reply="前半です。壊れた後半です。", events_per_write=events_per_write
    )
    gateway = make_gateway([backend.url], pipeline=Pipeline([], [_stop_stage()]))
    # These endpoints' test answers come in three-character pieces: 前半で|す。壊 fails.
    assert _streamed_text(_client(gateway.url), endpoint) == "前半で"
