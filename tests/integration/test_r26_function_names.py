"""Twenty-sixth round, API families, through the real gateway (the shipped policies, the
full request pipeline) in front of the vLLM-compatible test server
(the round's probe lists, kept outside the repository: half A tuned on, half B held out):

- a function name is a tool identifier: the assistant's ``tool_calls[].function.name`` (and
  legacy ``function_call.name``), ``tools[].function.name``, ``functions[].name`` and the
  ``tool_choice`` that names one are read as identifiers, as a ``tool`` message's ``name``
  was since the twenty-fifth round. A phone number glued into one (``call_09012345678``)
  reached the backend from the assistant's call (probe d2_tool_call_name_with_pii_shape,
  held out) and from a Responses ``tool_choice``; it now becomes one placeholder wherever
  the name occurs, and the model's call comes back under the client's own name (chat and
  Responses, whole and streamed: a placeholder in the name would not match the client's
  tool). Ordinary names are forwarded as sent;
- a replayed function call whose arguments hold an integer beyond 64 bits (a 30-digit
  order number) was a 400 naming no field (probe f1_responses_args_unchanged, held out):
  it is served, the arguments forwarded as sent.

One gateway for the module (started once, about a second with the analyzer loaded).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from tests.integration.conftest import MODEL
from tests.integration.shipped_gateway import GatewayEnv, gateway_fixture
from tests.vllm_compat.config import ToolCallSpec

DIGITS = "09077778888"
NAME = f"notify_{DIGITS}"
SENT_NAME = "notify_<PHONE_NUMBER_1>"


env = gateway_fixture("api_r26")


@pytest.fixture
def calls_a_tool(env: GatewayEnv) -> Iterator[None]:
    """The backend answers with a call of the function ``tool_choice`` names."""
    env.backend.config.update(tool_call=ToolCallSpec(name="unused", arguments="{}"))
    try:
        yield
    finally:
        env.backend.config.update(tool_call=None)


def _chat_with_name(name: str, **extra: Any) -> dict[str, Any]:
    call = {"id": "call_1", "type": "function", "function": {"name": name, "arguments": "{}"}}
    return {
        "model": MODEL,
        "messages": [
            {"role": "user", "content": "通知して"},
            {"role": "assistant", "content": None, "tool_calls": [call]},
            {"role": "tool", "tool_call_id": "call_1", "name": name, "content": "ok"},
        ],
        "tools": [{"type": "function", "function": {
            "name": name, "parameters": {"type": "object", "properties": {}}}}],
        "tool_choice": {"type": "function", "function": {"name": name}},
        **extra,
    }  # fmt: skip


def _responses_with_name(name: str, **extra: Any) -> dict[str, Any]:
    return {
        "model": MODEL,
        "input": "通知して",
        "tools": [{"type": "function", "name": name,
                   "parameters": {"type": "object", "properties": {}}}],
        "tool_choice": {"type": "function", "name": name},
        **extra,
    }  # fmt: skip


def test_a_number_glued_into_a_function_name_is_one_placeholder_everywhere(env: GatewayEnv) -> None:
    answer, sent = env.post(_chat_with_name(NAME))
    assert answer.status_code == 200, answer.text[:300]
    (body,) = sent
    assert DIGITS not in json.dumps(body, ensure_ascii=False)
    assert body["messages"][1]["tool_calls"][0]["function"]["name"] == SENT_NAME
    assert body["messages"][2]["name"] == SENT_NAME
    assert body["tools"][0]["function"]["name"] == SENT_NAME
    assert body["tool_choice"]["function"]["name"] == SENT_NAME


def test_the_responses_choice_of_a_function_is_not_forwarded_in_clear(env: GatewayEnv) -> None:
    answer, sent = env.post(_responses_with_name(NAME), "/v1/responses")
    assert answer.status_code == 200, answer.text[:300]
    (body,) = sent
    assert DIGITS not in json.dumps(body, ensure_ascii=False)  # tool_choice.name reached it
    assert body["tools"][0]["name"] == SENT_NAME
    assert body["tool_choice"]["name"] == SENT_NAME


@pytest.mark.usefixtures("calls_a_tool")
def test_the_model_s_call_comes_back_under_the_client_s_name(env: GatewayEnv) -> None:
    answer, _ = env.post(_chat_with_name(NAME))
    assert answer.status_code == 200, answer.text[:300]
    (call,) = answer.json()["choices"][0]["message"]["tool_calls"]
    assert call["function"]["name"] == NAME  # was notify_<PHONE_NUMBER_1>


@pytest.mark.usefixtures("calls_a_tool")
def test_a_streamed_call_comes_back_under_the_client_s_name(env: GatewayEnv) -> None:
    answer, _ = env.post(_chat_with_name(NAME, stream=True))
    assert answer.status_code == 200, answer.text[:300]
    names = [
        call["function"]["name"]
        for line in answer.text.splitlines()
        if line.startswith("data: {")
        for choice in json.loads(line[6:])["choices"]
        for call in (choice.get("delta") or {}).get("tool_calls") or []
        if "name" in (call.get("function") or {})
    ]
    assert names == [NAME]
    assert "PHONE_NUMBER" not in answer.text


@pytest.mark.usefixtures("calls_a_tool")
@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_a_responses_call_comes_back_under_the_client_s_name(env: GatewayEnv, stream: bool) -> None:
    answer, sent = env.post(_responses_with_name(NAME, stream=stream), "/v1/responses")
    assert answer.status_code == 200, answer.text[:300]
    assert sent[0]["tool_choice"]["name"] == SENT_NAME
    assert NAME in answer.text
    assert "PHONE_NUMBER" not in answer.text


# Tool names as LangChain, LlamaIndex, Dify and the OpenAI examples name them, some after
# a person or a place (written for this test).
ORDINARY = [
    "get_current_weather", "get_weather", "search_web", "send_email", "lookup_customer",
    "create_calendar_event", "get_stock_price", "tavily_search_results_json", "wikipedia",
    "python_repl", "sql_db_query", "sql_db_schema", "get_user_info", "find_employee",
    "book_flight", "query_knowledge_base", "calculate", "multiply", "add", "get_order_status",
    "retrieve_documents", "search_by_name", "get_weather_in_tokyo", "DuckDuckGoSearch",
    "arxiv_search", "requests_get", "send_slack_message", "create_jira_issue",
    "get_employee_by_id", "update_customer_address", "cancel_reservation", "list_invoices",
    "refund_payment", "transfer_funds", "check_balance", "reset_password", "schedule_meeting",
    "translate_text", "summarize_document", "getCustomerProfile", "createSalesOrder", "sendSms",
    "lookupPostalCode", "kintone_get_record", "salesforce_query", "hubspot_create_contact",
    "read_file", "write_file", "fetch_url", "get_patient_record", "book_appointment",
    "yamada_bot", "sato_lookup", "tanaka_helper", "Kawasaki_branch_lookup",
    "osaka_office_hours", "calendar-create", "crm.lookup", "erp_v2_get_order", "get_item_2024",
]  # fmt: skip


def test_ordinary_function_names_are_forwarded_as_sent(env: GatewayEnv) -> None:
    calls = [
        {"id": f"c{i}", "type": "function", "function": {"name": name, "arguments": "{}"}}
        for i, name in enumerate(ORDINARY)
    ]
    results = [
        {"role": "tool", "tool_call_id": f"c{i}", "name": name, "content": "ok"}
        for i, name in enumerate(ORDINARY)
    ]
    tools = [
        {"type": "function", "function": {"name": name, "parameters": {"type": "object"}}}
        for name in ORDINARY
    ]
    body = {
        "model": MODEL,
        "messages": [
            {"role": "user", "content": "一覧を作って"},
            {"role": "assistant", "content": None, "tool_calls": calls},
            *results,
        ],
        "tools": tools,
    }
    answer, sent = env.post(body)
    assert answer.status_code == 200, answer.text[:300]
    (forwarded,) = sent
    kept = [
        name
        for name, tool, call in zip(
            ORDINARY, forwarded["tools"], forwarded["messages"][1]["tool_calls"], strict=True
        )
        if tool["function"]["name"] == name and call["function"]["name"] == name
    ]
    # 60 of 60 kept when written; a floor, so that a recognizer change that reads one of
    # them as a name shows here rather than in a customer's tool calling
    assert len(kept) >= len(ORDINARY) - 2, sorted(set(ORDINARY) - set(kept))


def test_an_integer_beyond_64_bits_in_replayed_arguments_is_served(env: GatewayEnv) -> None:
    arguments = '{"order": 123456789012345678901234567890, "e": "\\u3042"}'
    body = {
        "model": MODEL,
        "input": [
            {"role": "user", "content": "注文を調べて"},
            {"type": "function_call", "call_id": "c", "name": "crm", "arguments": arguments},
            {"type": "function_call_output", "call_id": "c", "output": "ok"},
        ],
    }
    answer, sent = env.post(body, "/v1/responses")
    assert answer.status_code == 200, answer.text[:300]
    (item,) = [i for i in sent[0]["input"] if i.get("type") == "function_call"]
    assert json.loads(item["arguments"]) == json.loads(arguments)


def test_no_glued_number_in_the_audit_log(env: GatewayEnv) -> None:
    env.post(_chat_with_name(NAME))
    assert DIGITS not in env.audit.read_text(encoding="utf-8")
