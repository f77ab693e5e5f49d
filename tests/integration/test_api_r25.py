"""Twenty-fifth round, API families, through the real gateway (the shipped policies, the
full request pipeline) in front of the vLLM-compatible test server
(the round's probe lists were kept outside the repository):

- the ``name`` of a ``tool`` message and of a legacy ``function`` message is the name of
  the function whose result the message holds; it was read as a participant's name, so
  every such name (``lookup``, ``get_weather``) reached the backend as ``<PERSON_1>`` and
  no longer matched the assistant's call. It is now read as an identifier (``_`` and
  ``+`` as spaces, as a file name): kept when it holds no personal data, a phone number
  glued into it still pseudonymized. A participant's ``name`` (user, assistant, system)
  is still a person's name by what the field is;
- ``NaN``, ``Infinity`` and a float that overflows (``1e400``) were a 400 naming no
  field; the 400 now names the field (``param``), as the other input limits do.

One gateway for the module (started once, about a second with the analyzer loaded).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.integration.conftest import MODEL
from tests.integration.shipped_gateway import GatewayEnv, gateway_fixture

PHONE = "090-3141-5926"


env = gateway_fixture("api_r25")


def _function_result(role: str, function: str) -> dict[str, Any]:
    """A conversation whose last message is the result of ``function``, called by the
    assistant the way ``role`` answers it (legacy ``function_call`` or ``tool_calls``)."""
    if role == "function":
        call: dict[str, Any] = {"function_call": {"name": function, "arguments": "{}"}}
        result: dict[str, Any] = {"role": "function", "name": function}
    else:
        call = {
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": function, "arguments": "{}"},
                }
            ]
        }
        result = {"role": "tool", "tool_call_id": "call_1", "name": function}
    return {
        "model": MODEL,
        "messages": [
            {"role": "user", "content": "顧客を検索して"},
            {"role": "assistant", "content": None, **call},
            {**result, "content": f"担当者の電話は{PHONE}です"},
        ],
    }


@pytest.mark.parametrize(
    ("role", "function"),
    [
        ("function", "lookup"),
        ("function", "getOrderStatus"),
        ("tool", "get_weather"),
        ("tool", "Calculator"),
        ("tool", "crm-lookup"),
    ],
)
def test_a_function_result_keeps_the_function_name(
    env: GatewayEnv, role: str, function: str
) -> None:
    answer, sent = env.post(_function_result(role, function))
    assert answer.status_code == 200, answer.text[:300]
    (body,) = sent
    messages = body["messages"]
    called = messages[1].get("function_call") or messages[1]["tool_calls"][0]["function"]
    assert called["name"] == function
    assert messages[2]["name"] == function  # was "<PERSON_1>"
    assert PHONE not in json.dumps(body, ensure_ascii=False)
    assert "<PHONE_NUMBER_1>" in messages[2]["content"]


def test_a_participant_name_is_still_a_person(env: GatewayEnv) -> None:
    answer, sent = env.post(
        {
            "model": MODEL,
            "messages": [{"role": "user", "name": "Kawakami", "content": "こんにちは"}],
        }
    )
    assert answer.status_code == 200, answer.text[:300]
    assert sent[0]["messages"][0]["name"] == "<PERSON_1>"


@pytest.mark.parametrize("role", ["function", "tool"])
def test_a_number_glued_into_a_result_name_is_not_forwarded(env: GatewayEnv, role: str) -> None:
    # The result's name is read as an identifier: the number after "call_" is found (so is
    # the assistant's own call name since the twenty-sixth round: test_r26_function_names).
    body = _function_result(role, "call_09012345678")
    answer, sent = env.post(body)
    assert answer.status_code == 200, answer.text[:300]
    assert sent[0]["messages"][2]["name"] == "call_<PHONE_NUMBER_1>"


@pytest.mark.parametrize(
    ("literal", "problem"),
    [
        ("NaN", "NaN is not a JSON number"),
        ("-Infinity", "-Infinity is not a JSON number"),
        ("1e400", "a number is too large to be represented"),
    ],
    ids=["nan", "infinity", "overflow"],
)
@pytest.mark.parametrize(
    ("path", "field", "template"),
    [
        (
            "/v1/chat/completions",
            "temperature",
            '{"model": "%s", "messages": [{"role": "user", "content": "hi"}], "temperature": %s}',
        ),
        ("/v1/completions", "top_p", '{"model": "%s", "prompt": "hi", "top_p": %s}'),
        (
            "/v1/responses",
            "metadata",
            '{"model": "%s", "input": "hi", "metadata": {"score": [%s]}}',
        ),
    ],
    ids=["chat", "completions", "responses"],
)
def test_a_number_json_cannot_carry_names_its_field(
    env: GatewayEnv, path: str, field: str, template: str, literal: str, problem: str
) -> None:
    answer, sent = env.post((template % (MODEL, literal)).encode(), path)
    assert answer.status_code == 400, answer.text[:300]
    error = answer.json()["error"]
    assert error["param"] == field
    assert error["message"].startswith(f"{field}: {problem}")
    assert sent == []
