"""The PII stage reads the text parts of one message as one text, so a value split
across content parts is found whole, replaced once and restored once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from guardrails.pii.restorer import restore_text
from guardrails.policy import LoadedPolicy, Policy
from proxy.pipeline.contract import RequestContext
from proxy.pipeline.stages.pii import PiiPseudonymizeStage
from tests.unit.proxy.conftest import PatternAnalyzer


def _ctx(messages: list[dict[str, Any]]) -> RequestContext:
    policy = Policy.model_validate({"name": "p"})
    return RequestContext(
        request_id="r",
        tenant="t",
        key_name="k",
        model="m",
        body={"messages": messages},
        stream=False,
        policy=LoadedPolicy(policy=policy, version="v1", path=Path("p.yaml")),
    )


def _parts(*texts: str) -> list[dict[str, Any]]:
    return [{"type": "text", "text": text} for text in texts]


@pytest.mark.parametrize(
    ("parts", "sent"),
    [
        (["電話は090-1234-", "5678です"], ["電話は<PHONE_NUMBER_1>", "です"]),
        (["山田", "太郎です"], ["<PERSON_1>", "です"]),
        (["連絡は", "090-1234-5678", "まで"], ["連絡は", "<PHONE_NUMBER_1>", "まで"]),
        (["何もない", "テキスト"], ["何もない", "テキスト"]),
    ],
    ids=["phone-split", "name-split", "value-in-its-own-part", "nothing"],
)
async def test_value_split_across_parts_is_replaced_once(parts: list[str], sent: list[str]) -> None:
    ctx = _ctx([{"role": "user", "content": _parts(*parts)}])
    await PiiPseudonymizeStage(PatternAnalyzer()).process(ctx)
    assert [p["text"] for p in ctx.body["messages"][0]["content"]] == sent
    assert restore_text(ctx.vault, "".join(sent)) == "".join(parts)


async def test_parts_of_different_messages_or_around_an_image_are_not_joined() -> None:
    messages: list[dict[str, Any]] = [
        {"role": "user", "content": _parts("電話は090-1234-")},
        {"role": "user", "content": _parts("5678です")},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "山田"},
                {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}},
                {"type": "text", "text": "太郎"},
            ],
        },
    ]
    ctx = _ctx(messages)
    await PiiPseudonymizeStage(PatternAnalyzer()).process(ctx)
    sent = ctx.body["messages"]
    assert sent[0]["content"][0]["text"] == "電話は090-1234-"
    assert sent[2]["content"][0]["text"] == "山田"
