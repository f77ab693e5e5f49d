"""echo_client_fields: a response object repeats the request fields as the client sent them."""

from __future__ import annotations

from typing import Any

from proxy.api.responses_view import echo_client_fields

CLIENT: dict[str, Any] = {
    "model": "tiny",
    "input": "山田太郎です",
    "instructions": "山田太郎様に丁寧に",
    "metadata": {"customer": "taro.yamada@example.co.jp"},
    "user": "山田太郎",
    "tools": [{"type": "function", "name": "f", "description": "山田太郎に電話"}],
}


def _backend_echo(**fields: Any) -> dict[str, Any]:
    return {"id": "resp_1", "object": "response", "model": "org/tiny", "store": False,
            "status": "completed", "output": [], "tools": [], "tool_choice": "auto",
            "instructions": None, "metadata": None, **fields}  # fmt: skip


def test_placeholders_in_echoed_fields_become_the_clients_values() -> None:
    response = _backend_echo(
        instructions="<PERSON_1>様に丁寧に",
        metadata={"customer": "<EMAIL_ADDRESS_1>"},
        user="<PERSON_1>",
        tools=[{"type": "function", "name": "f", "description": "<PERSON_1>に電話"}],
    )
    assert echo_client_fields(response, CLIENT) is True
    for name in ("instructions", "metadata", "user", "tools"):
        assert response[name] == CLIENT[name]
    # Fields the gateway sets for the backend stay the backend's.
    assert (response["model"], response["store"], response["tool_choice"]) == (
        "org/tiny", False, "auto",
    )  # fmt: skip
    response["metadata"]["customer"] = "changed"
    assert CLIENT["metadata"]["customer"] == "taro.yamada@example.co.jp"  # a copy


def test_instructions_the_client_did_not_send_are_null() -> None:
    # retrieval.inject's FAQ context is all the backend echoes there.
    response = _backend_echo(instructions="以下は社内FAQ…<faq_context>…</faq_context>")
    assert echo_client_fields(response, {"model": "tiny", "input": "送料は?"}) is True
    assert response["instructions"] is None
    assert response["tools"] == [] and response["metadata"] is None


def test_an_echo_already_as_sent_is_left_alone() -> None:
    response = _backend_echo(instructions="丁寧に")
    assert (
        echo_client_fields(response, {"model": "tiny", "input": "x", "instructions": "丁寧に"})
        is False
    )
    assert echo_client_fields({"id": "resp_2"}, CLIENT) is False  # nothing echoed
