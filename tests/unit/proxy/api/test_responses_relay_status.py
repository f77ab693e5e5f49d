"""ResponsesEventRelay with response stages: the status of an incomplete response's items.

vLLM writes every output item ``completed`` whatever the response's status, and ends an
incomplete stream with ``response.completed`` (its ``response.status`` says
``incomplete``). OpenAI marks the item that was cut ``incomplete`` and ends with
``response.incomplete``; the relay holds the last ``response.output_item.done`` back until
the closing event says which. The events here are vLLM's shapes, fed as the backend's bytes
through the real relay and the real ``pii.restore`` stage.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from guardrails.policy import LoadedPolicy, Policy
from proxy.api.responses_relay import ResponsesEventRelay, filter_response
from proxy.pipeline.contract import RequestContext
from proxy.pipeline.runner import Pipeline
from proxy.pipeline.stages.pii import PiiRestoreStage

MESSAGE: dict[str, Any] = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "status": "completed",
    "content": [{"type": "output_text", "text": "こんにちは", "annotations": []}],
}


def _ctx() -> RequestContext:
    policy = Policy.model_validate({"name": "p"})
    return RequestContext(
        request_id="r", tenant="t", key_name="k", model="m", body={"messages": []},
        stream=True, policy=LoadedPolicy(policy=policy, version="v1", path=Path("p.yaml")),
    )  # fmt: skip


def _relay() -> ResponsesEventRelay:
    return ResponsesEventRelay(_ctx(), Pipeline([], [PiiRestoreStage()]))


def _event(payload: dict[str, Any]) -> bytes:
    return f"event: {payload['type']}\ndata: {json.dumps(payload)}\n\n".encode()


def _read(out: bytes) -> list[dict[str, Any]]:
    return [
        json.loads(line[len("data: ") :])
        for line in out.decode().splitlines()
        if line.startswith("data: ")
    ]


def _stream(status: str, closing: str) -> list[dict[str, Any]]:
    response = {"id": "resp_1", "object": "response", "status": status, "output": [MESSAGE],
                "incomplete_details": {"reason": "max_output_tokens"}
                if status == "incomplete" else None}  # fmt: skip
    where = {"item_id": "msg_1", "output_index": 0, "content_index": 0}
    return [
        {"type": "response.created", "response": {**response, "status": "in_progress"}},
        {"type": "response.output_item.added", "output_index": 0,
         "item": {**MESSAGE, "status": "in_progress", "content": []}},
        {"type": "response.content_part.added", **where,
         "part": {"type": "output_text", "text": ""}},
        {"type": "response.output_text.delta", **where, "delta": "こんにちは"},
        {"type": "response.output_text.done", **where, "text": "こんにちは"},
        {"type": "response.content_part.done", **where,
         "part": {"type": "output_text", "text": "こんにちは"}},
        {"type": "response.output_item.done", "output_index": 0, "item": MESSAGE},
        {"type": closing, "response": response},
    ]  # fmt: skip


async def _relayed(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    relay = _relay()
    out = b""
    for number, event in enumerate(events):
        out += await relay.process(_event({**event, "sequence_number": number}))
    return _read(out + relay.flush())


async def test_vllms_incomplete_stream_ends_incomplete_with_its_item() -> None:
    sent = await _relayed(_stream("incomplete", "response.completed"))
    assert [e["sequence_number"] for e in sent] == list(range(len(sent)))
    done = next(e for e in sent if e["type"] == "response.output_item.done")
    assert done["item"]["status"] == "incomplete"
    assert sent[-1]["type"] == "response.incomplete"
    assert sent[-1]["response"]["output"][0]["status"] == "incomplete"
    assert sent[-1]["response"]["incomplete_details"] == {"reason": "max_output_tokens"}


async def test_a_completed_stream_is_left_completed() -> None:
    sent = await _relayed(_stream("completed", "response.completed"))
    assert [e["type"] for e in sent][-2:] == ["response.output_item.done", "response.completed"]
    assert sent[-2]["item"]["status"] == "completed"
    assert sent[-1]["response"]["output"][0]["status"] == "completed"


async def test_a_held_item_goes_out_when_the_stream_ends_without_a_closing_event() -> None:
    events = _stream("completed", "response.completed")[:-1]
    sent = await _relayed(events)
    assert sent[-1]["type"] == "response.output_item.done"
    assert [e["sequence_number"] for e in sent] == list(range(len(sent)))


async def test_a_whole_incomplete_response_marks_its_last_item() -> None:
    reasoning = {"id": "rs_1", "type": "reasoning", "summary": [], "status": None,
                 "content": [{"type": "reasoning_text", "text": "考え中"}]}  # fmt: skip
    response: dict[str, Any] = {
        "status": "incomplete",
        "incomplete_details": {"reason": "max_output_tokens"},
        "output": [reasoning, json.loads(json.dumps(MESSAGE))],
    }
    stopped = await filter_response(Pipeline([], [PiiRestoreStage()]), _ctx(), response)
    assert stopped is False
    assert [item["status"] for item in response["output"]] == [None, "incomplete"]
