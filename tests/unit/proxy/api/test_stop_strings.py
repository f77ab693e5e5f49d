"""StopStrings: the backend's ``stop_reason`` mapped back to the stop string the client sent."""

from __future__ import annotations

from typing import Any

import pytest

from proxy.api.stop_strings import StopStrings


def _mapped(sent: Any, forwarded: Any, reason: Any) -> Any:
    stops = StopStrings({"stop": sent})
    stops.forwarded({"stop": forwarded})
    choice = {"finish_reason": "stop", "stop_reason": reason}
    stops.restore(choice)
    return choice["stop_reason"]


@pytest.mark.parametrize(
    ("sent", "forwarded", "reason", "expected"),
    [
        (["090-1234-5678"], ["<PHONE_NUMBER_1>"], "<PHONE_NUMBER_1>", "090-1234-5678"),
        ("山田太郎", "<PERSON_1>", "<PERSON_1>", "山田太郎"),
        (["返品", "山田"], ["返品", "<PERSON_2>"], "<PERSON_2>", "山田"),
        (["返品"], ["返品"], "返品", "返品"),
        (["090-1234-5678"], ["<PHONE_NUMBER_1>"], None, None),
        (["090-1234-5678"], ["<PHONE_NUMBER_1>"], 151645, 151645),
        (None, None, "<PERSON_1>", "<PERSON_1>"),
        # Two spellings of one number share a placeholder: the first one sent is named.
        (
            ["09012345678", "090-1234-5678"],
            ["<PHONE_NUMBER_1>", "<PHONE_NUMBER_1>"],
            "<PHONE_NUMBER_1>",
            "09012345678",
        ),
        # A list the stages changed in length is not guessed at.
        (["a", "b"], ["<X_1>"], "<X_1>", "<X_1>"),
    ],
    ids=[
        "list",
        "string",
        "second",
        "unchanged",
        "null",
        "token-id",
        "no-stop",
        "two-spellings",
        "length-changed",
    ],
)
def test_stop_reason_is_the_clients_string(
    sent: Any, forwarded: Any, reason: Any, expected: Any
) -> None:
    assert _mapped(sent, forwarded, reason) == expected


def test_the_sent_strings_are_copied_before_the_stages_rewrite_them() -> None:
    body: dict[str, Any] = {"stop": ["090-1234-5678"]}
    stops = StopStrings(body)
    body["stop"][0] = "<PHONE_NUMBER_1>"  # the PII stage rewrites the list in place
    stops.forwarded(body)
    choice = {"stop_reason": "<PHONE_NUMBER_1>"}
    assert stops.restore(choice) is True
    assert choice["stop_reason"] == "090-1234-5678"
