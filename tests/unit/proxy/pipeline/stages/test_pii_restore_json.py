"""``pii.restore`` escapes values in an answer the request constrained to JSON."""

from __future__ import annotations

import json
from typing import Any

import pytest

from proxy.pipeline.stages.pii import asks_json_answer


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"response_format": {"type": "json_object"}}, True),
        ({"response_format": {"type": "json_schema", "json_schema": {"name": "x"}}}, True),
        ({"structured_outputs": {"json": {"type": "object"}}}, True),
        ({"structured_outputs": {"json_object": True}}, True),
        ({"guided_json": {"type": "object"}}, True),
        ({"response_format": {"type": "text"}}, False),
        ({"structured_outputs": {"regex": "[a-z]+"}}, False),
        ({"structured_outputs": {"json_object": False}}, False),
        ({"messages": [{"role": "user", "content": "answer in JSON"}]}, False),
        ({"response_format": "json_object"}, False),
    ],
    ids=[
        "json_object", "json_schema", "structured-json", "structured-json_object",
        "guided_json", "text", "regex", "json_object-false", "asked-in-words", "not-an-object",
    ],
)  # fmt: skip
def test_which_requests_ask_for_json(body: dict[str, Any], expected: bool) -> None:
    assert asks_json_answer(body) is expected


async def test_a_json_answer_gets_escaped_values() -> None:
    from guardrails.pii.vault import Vault
    from proxy.pipeline.stages.pii import PiiRestoreStage

    vault = Vault()
    placeholder = vault.placeholder("LOCATION", "350 Fifth Avenue\nNew York")

    class Ctx:
        def __init__(self) -> None:
            self.body: dict[str, Any] = {"response_format": {"type": "json_object"}}
            self.vault = vault

    ctx: Any = Ctx()
    restorer = PiiRestoreStage().open(ctx)
    answer = json.dumps({"to": placeholder})
    out = "".join([await restorer.feed(answer[:9]), await restorer.feed(answer[9:])])
    out += await restorer.finish()
    assert json.loads(out) == {"to": "350 Fifth Avenue\nNew York"}
    ctx.body = {}
    plain = PiiRestoreStage().open(ctx)
    assert await plain.feed(placeholder) + await plain.finish() == "350 Fifth Avenue\nNew York"
