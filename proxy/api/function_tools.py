"""The function tools a request declares and the one it forces, checked as vLLM does, once
for chat and Responses.

vLLM reads a function tool's ``parameters`` as an object (``dict[str, Any] | None``): a
string, a list or a number there is refused with pydantic's reading of the body, which
quotes the value. An object that is not a valid JSON schema passes vLLM's request check (it
is only compiled when the tool is forced), so it passes here too.

``tool_choice`` is ``none``, ``auto``, ``required`` or a named function, and a named
function must be one of the declared tools (vLLM's ``check_tool_usage``: "The tool specified
in `tool_choice` does not match any of the specified `tools`"); both used to be forwarded
and refused there, the backend's pydantic text relayed. Chat names the function under
``function.name``, Responses under ``name``.

Failure behaviour: :class:`~proxy.errors.BadRequestError` naming the field; messages never
repeat a client's value other than a word of a closed vocabulary.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from proxy.api.closed_fields import is_fixed_word
from proxy.errors import BadRequestError

__all__ = ["TOOL_CHOICE_WORDS", "check_function_parameters", "check_tool_choice"]

#: The strings ``tool_choice`` may be.
TOOL_CHOICE_WORDS = ("none", "auto", "required")


def check_function_parameters(parameters: Any, where: str, *, param: str) -> None:
    """A function's ``parameters``: an object (any JSON schema) or null."""
    if parameters is not None and not isinstance(parameters, dict):
        raise BadRequestError(
            f"{where}.parameters must be an object (a JSON schema) or null", param=param
        )


def check_tool_choice(
    choice: Any, declared: Collection[str] | None, *, responses: bool = False
) -> None:
    """``choice`` against the names of the ``declared`` function tools (``None``: no
    ``tools``). ``responses``: the Responses shape of a named function
    (``{"type": "function", "name": ...}``); other Responses choice types (hosted tools,
    ``allowed_tools``) are left to the tools check, which admits function tools only."""
    if choice is None:
        return
    if isinstance(choice, str):
        if choice not in TOOL_CHOICE_WORDS:
            shown = f"'{choice}'" if is_fixed_word(choice) else "this value"
            raise BadRequestError(
                f"tool_choice: {shown} is not a choice; send none, auto, required or a named "
                "function",
                param="tool_choice",
            )
        return
    if not isinstance(choice, dict):
        raise BadRequestError(
            "tool_choice must be none, auto, required or a named function object",
            param="tool_choice",
        )
    if responses:
        if choice.get("type") != "function":
            return
        name = choice.get("name")
        shape = "{'type': 'function', 'name': ...}"
    else:
        function = choice.get("function")
        name = function.get("name") if isinstance(function, dict) else None
        shape = "{'type': 'function', 'function': {'name': ...}}"
        if choice.get("type", "function") != "function":
            raise BadRequestError(
                f"tool_choice: a named tool choice is {shape}", param="tool_choice"
            )
    if not isinstance(name, str) or not name:
        raise BadRequestError(
            f"tool_choice: a named function needs its name: {shape}", param="tool_choice"
        )
    if declared is not None and name not in declared:
        raise BadRequestError(
            "tool_choice: the function it names is not one of the declared tools",
            param="tool_choice",
        )
