"""What shape the answer must take: ``response_format``, ``text.format`` and vLLM's
``structured_outputs``, checked at the door as vLLM reads them.

vLLM constrains an answer one way at a time. ``structured_outputs`` holds at most one of
``json``, ``regex``, ``choice``, ``grammar``, ``json_object`` and ``structural_tag``
(``StructuredOutputsParams.__post_init__``: a key counts when it is not ``null``, so
``"json_object": false`` counts); chat and text completions turn a ``response_format`` of
type ``json_object``, ``json_schema`` or ``structural_tag`` into one of those keys *on top
of* what ``structured_outputs`` already holds; the Responses API refuses ``text.format``
together with ``structured_outputs`` ("Cannot specify both"). Sent through the gateway
unchecked, these came back as vLLM's 400 quoting the whole parameter object (schemas,
regexes and choices: the client's text), or, in vLLM 0.11, killed the engine core
(vllm-project/vllm#28516: ``response_format: json_object`` plus a ``structured_outputs``
schema), which every other client of the replica then saw as 5xx. ``response_format``
of type ``json_schema`` without its ``json_schema`` object failed an ``assert`` in vLLM.

:func:`check_output_constraints` refuses each of these with a 400 naming the field, and
the wrong JSON types of these fields (vLLM's pydantic error repeats the value). What vLLM
accepts passes unchanged: one constraint, ``null`` keys, ``response_format: text`` with
``structured_outputs`` on chat and completions, unknown keys (vLLM ignores them).

Failure behaviour: raises :class:`~proxy.errors.BadRequestError`; never echoes a value.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from proxy.errors import BadRequestError

__all__ = ["CONSTRAINT_KEYS", "RESPONSE_FORMAT_TYPES", "check_output_constraints"]

#: ``structured_outputs`` keys that each constrain the answer; at most one may be set.
CONSTRAINT_KEYS = ("json", "regex", "choice", "grammar", "json_object", "structural_tag")
#: ``response_format`` types of chat and text completions (vLLM's ``AnyResponseFormat``).
RESPONSE_FORMAT_TYPES = ("text", "json_object", "json_schema", "structural_tag")
#: ``text.format`` types of the Responses API.
_TEXT_FORMAT_TYPES = ("text", "json_object", "json_schema")

_STRING_KEYS = ("regex", "grammar", "structural_tag", "whitespace_pattern")
_FLAG_KEYS = (
    "json_object", "disable_fallback", "disable_any_whitespace", "disable_additional_properties",
)  # fmt: skip


def check_output_constraints(body: Mapping[str, Any]) -> None:
    """Raise a 400 naming the field when ``response_format``, ``text.format`` or
    ``structured_outputs`` is not what vLLM reads, or when more than one constraint on the
    answer's shape is set (see the module docstring)."""
    constraints = _structured_constraints(body.get("structured_outputs"))
    response_format = body.get("response_format")
    if response_format is not None:
        kind = _format_type(response_format, "response_format", RESPONSE_FORMAT_TYPES)
        if kind == "json_schema":
            _check_json_schema(response_format.get("json_schema"), "response_format.json_schema")
        if kind != "text" and constraints:
            raise BadRequestError(
                f"response_format ({kind}) and structured_outputs.{constraints[0]} both "
                "constrain the answer; vLLM takes one kind of constraint: send one of them",
                param="structured_outputs",
            )
    text = body.get("text")
    text_format = text.get("format") if isinstance(text, Mapping) else None
    if text_format is not None:
        kind = _format_type(text_format, "text.format", _TEXT_FORMAT_TYPES)
        if kind == "json_schema":
            _check_json_schema(text_format, "text.format")
        if body.get("structured_outputs") is not None:
            raise BadRequestError(
                "text.format and structured_outputs cannot both be set: send one of them",
                param="structured_outputs",
            )


def _structured_constraints(value: Any) -> list[str]:
    """The constraint keys set in ``structured_outputs`` (at most one), after checking
    the types vLLM's ``StructuredOutputsParams`` declares."""
    if value is None:
        return []
    if not isinstance(value, Mapping):
        raise BadRequestError("structured_outputs must be an object", param="structured_outputs")
    for key in _STRING_KEYS:
        if value.get(key) is not None and not isinstance(value[key], str):
            raise _wrong(f"structured_outputs.{key}", "a string")
    for key in _FLAG_KEYS:
        if value.get(key) is not None and not isinstance(value[key], bool):
            raise _wrong(f"structured_outputs.{key}", "true or false")
    schema = value.get("json")
    if schema is not None and not isinstance(schema, str | Mapping):
        raise _wrong("structured_outputs.json", "a JSON schema (an object, or its JSON text)")
    choice = value.get("choice")
    if choice is not None and not (
        isinstance(choice, list) and all(isinstance(item, str) for item in choice)
    ):
        raise _wrong("structured_outputs.choice", "a list of strings")
    present = [key for key in CONSTRAINT_KEYS if value.get(key) is not None]
    if len(present) > 1:
        raise BadRequestError(
            f"structured_outputs sets {' and '.join(present)}: vLLM takes one kind of "
            "constraint (json, regex, choice, grammar, json_object or structural_tag)",
            param="structured_outputs",
        )
    return present


def _format_type(value: Any, field: str, kinds: tuple[str, ...]) -> str:
    if not isinstance(value, Mapping):
        raise BadRequestError(
            f"{field} must be an object with a 'type' ({', '.join(kinds)})", param=field
        )
    kind = value.get("type")
    if not isinstance(kind, str) or kind not in kinds:
        raise BadRequestError(
            f"{field}.type must be one of {', '.join(kinds)}", param=f"{field}.type"
        )
    return kind


def _check_json_schema(value: Any, field: str) -> None:
    """A ``json_schema`` format's object: a string ``name`` and, when given, an object
    ``schema`` (vLLM's ``JsonSchemaResponseFormat``)."""
    if not isinstance(value, Mapping):
        raise BadRequestError(
            f"{field} must be an object with a 'name' and a 'schema' (type json_schema)",
            param=field,
        )
    if not isinstance(value.get("name"), str):
        raise _wrong(f"{field}.name", "a string")
    schema = value.get("schema")
    if schema is not None and not isinstance(schema, Mapping):
        raise _wrong(f"{field}.schema", "a JSON schema object")


def _wrong(field: str, what: str) -> BadRequestError:
    return BadRequestError(f"{field} must be {what}", param=field.split(".", 1)[0])
