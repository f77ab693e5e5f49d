"""Twenty-sixth round: every function name of a chat body is read as an identifier.

The assistant's ``tool_calls[].function.name`` was read as plain text, one unbroken word,
so a phone number glued into it (``call_09012345678``) reached the backend (probe
d2_tool_call_name_with_pii_shape of the round's probes, held out); the
twenty-fifth round read a ``tool`` message's ``name`` as an identifier already. A name is a
tool identifier the backend matches against the tool list, so it must be read the same
way wherever it occurs: in the calls, the definitions and the choice of one.
"""

from __future__ import annotations

from typing import Any

from proxy.pipeline.request_fields import request_texts


def _kinds(body: dict[str, Any]) -> dict[str, str]:
    return {text.path: text.kind for text in request_texts(body)}


def test_function_names_are_identifiers_wherever_they_occur() -> None:
    body = {
        "model": "m",
        "messages": [
            {"role": "user", "name": "taro", "content": "x"},
            {"role": "assistant", "content": None,
             "tool_calls": [{"id": "c", "type": "function",
                             "function": {"name": "lookup", "arguments": "{}"}}],
             "function_call": {"name": "lookup", "arguments": "{}"}},
            {"role": "tool", "tool_call_id": "c", "name": "lookup", "content": "ok"},
        ],
        "tools": [{"type": "function", "function": {"name": "lookup", "description": "d"}}],
        "functions": [{"name": "lookup", "description": "d"}],
        "tool_choice": {"type": "function", "function": {"name": "lookup"}},
        "function_call": {"name": "lookup"},
    }  # fmt: skip
    kinds = _kinds(body)
    assert kinds["messages[1].tool_calls[0].function.name"] == "filename"
    assert kinds["messages[1].function_call.name"] == "filename"
    assert kinds["messages[2].name"] == "filename"
    assert kinds["tools[0].function.name"] == "filename"
    assert kinds["functions[0].name"] == "filename"
    assert kinds["tool_choice.function.name"] == "filename"
    assert kinds["function_call.name"] == "filename"
    # a participant's name is still a person's name; descriptions are text
    assert kinds["messages[0].name"] == "name"
    assert kinds["tools[0].function.description"] == "text"
    assert kinds["functions[0].description"] == "text"


def test_the_responses_choice_of_a_function_is_an_identifier() -> None:
    # The Responses API's tool_choice names the function at its top (the chat view
    # forwards it as the client wrote it).
    kinds = _kinds({"model": "m", "messages": [], "tool_choice": {"type": "function", "name": "f"}})
    assert kinds["tool_choice.name"] == "filename"


def test_a_schema_property_called_name_is_still_text() -> None:
    tool = {
        "type": "function",
        "function": {
            "name": "f",
            "parameters": {
                "type": "object",
                "properties": {"name": {"type": "string", "description": "顧客名"}},
            },
        },
    }
    kinds = _kinds({"model": "m", "messages": [], "tools": [tool]})
    assert kinds["tools[0].function.parameters.properties.name.description"] == "text"
