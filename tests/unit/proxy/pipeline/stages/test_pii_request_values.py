"""Request-level reading in the PII stage (issue 16, tenth round): a tool-call argument
under a key that names a person or an account is read with its key, and a name found in one
message is replaced where a later message repeats it."""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from pathlib import Path
from typing import Any

from guardrails.pii.findings import PiiFinding
from guardrails.policy import LoadedPolicy, Policy
from proxy.pipeline.contract import RequestContext
from proxy.pipeline.stages.pii import PiiPseudonymizeStage


class KeyAwareAnalyzer:
    """Finds a name only where something marks it: after 名前は, or as a JSON value under
    "customer" (as the real recognizers read a record); a LINE ID under "line"."""

    supported_entities = frozenset({"PERSON", "MESSAGING_ID"})

    def analyze(self, text: str, *, entities: Collection[str] | None = None) -> list[PiiFinding]:
        found = [
            PiiFinding(m.start(m.lastindex or 0), m.end(m.lastindex or 0), "PERSON", 0.8)
            for m in re.finditer(r'名前は([ぁ-ん]+?)(?=です)|"customer": "([^"]+)"', text)
        ]
        found += [
            PiiFinding(m.start(1), m.end(1), "MESSAGING_ID", 0.8)
            for m in re.finditer(r'"line": "([a-z0-9._]+)"', text)
        ]
        return found


def _ctx(messages: list[dict[str, Any]]) -> RequestContext:
    return RequestContext(
        request_id="r",
        tenant="t",
        key_name="k",
        model="m",
        body={"messages": messages},
        stream=False,
        policy=LoadedPolicy(
            policy=Policy.model_validate({"name": "p"}), version="v1", path=Path("p.yaml")
        ),
    )


def _call(arguments: dict[str, Any]) -> dict[str, Any]:
    return {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": "c1",
                "type": "function",
                "function": {"name": "crm", "arguments": json.dumps(arguments, ensure_ascii=False)},
            }
        ],
    }


async def test_tool_argument_under_a_person_or_account_key_is_read_with_its_key() -> None:
    ctx = _ctx(
        [
            {"role": "user", "content": "登録して"},
            _call({"customer": "はるほ", "line": "haru.88", "note": "はるほ"}),
        ]
    )
    await PiiPseudonymizeStage(KeyAwareAnalyzer()).process(ctx)
    arguments = json.loads(ctx.body["messages"][1]["tool_calls"][0]["function"]["arguments"])
    assert arguments == {
        "customer": "<PERSON_1>",
        "line": "<MESSAGING_ID_1>",
        "note": "<PERSON_1>",
    }


async def test_a_name_given_in_one_turn_is_replaced_in_a_later_one() -> None:
    ctx = _ctx(
        [
            {"role": "user", "content": "娘の名前ははるほです"},
            {"role": "assistant", "content": "素敵なお名前ですね。"},
            {"role": "user", "content": "はるほの入学祝いのお返しどうしよう"},
        ]
    )
    await PiiPseudonymizeStage(KeyAwareAnalyzer()).process(ctx)
    sent = [m["content"] for m in ctx.body["messages"]]
    assert sent == [
        "娘の名前は<PERSON_1>です",
        "素敵なお名前ですね。",
        "<PERSON_1>の入学祝いのお返しどうしよう",
    ]
