from __future__ import annotations

from typing import Any

import pytest

from retrieval.chat_query import chat_query


def _user(content: Any) -> dict[str, Any]:
    return {"role": "user", "content": content}


@pytest.mark.parametrize(
    ("messages", "previous", "expected"),
    [
        pytest.param([_user("送料は？")], False, "送料は？", id="one"),
        pytest.param(
            [_user("注文した"), {"role": "assistant", "content": "はい"}, _user("いつ届く？")],
            False,
            "いつ届く？",
            id="last-user",
        ),
        pytest.param(
            [_user("注文した"), {"role": "assistant", "content": "はい"}, _user("いつ届く？")],
            True,
            "注文した\nいつ届く？",
            id="with-previous-turn",
        ),
        pytest.param(
            [_user([{"type": "text", "text": "返品"}, {"type": "image_url", "image_url": {}}])],
            False,
            "返品",
            id="content-parts",
        ),
        pytest.param([{"role": "system", "content": "x"}], False, None, id="no-user"),
        pytest.param([_user("  ")], False, None, id="blank"),
    ],
)
def test_chat_query(messages: list[dict[str, Any]], previous: bool, expected: str | None) -> None:
    assert chat_query({"messages": messages}, previous_turn=previous) == expected
