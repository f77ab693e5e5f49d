"""docs/policy.md documents every policy option, in English and in Japanese.

The options are read from the generated JSON Schema, so a new option fails this test until
it has a row (``pii.entities.TYPE.action``: any upper/lower-case word stands for a key the
policy chooses) in both halves of the page.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from guardrails.policy.schema import policy_schema

DOC = Path(__file__).parents[4] / "docs" / "policy.md"
_JAPANESE = '<a id="日本語"></a>'


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while True:
        if "$ref" in node:
            node = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
        elif (
            "anyOf" in node
            and len(options := [n for n in node["anyOf"] if n != {"type": "null"}]) == 1
        ):
            node = options[0]
        else:
            return node


def _leaf_options(schema: dict[str, Any], node: dict[str, Any], path: str) -> list[str]:
    """Dotted paths of the options that hold values (``*``: a key the policy chooses,
    ``[]``: each item of a list)."""
    node = _resolve(schema, node)
    if "properties" in node:
        out: list[str] = []
        for key, child in node["properties"].items():
            out += _leaf_options(schema, child, f"{path}.{key}" if path else key)
        return out
    items = node.get("items")
    if isinstance(items, dict) and "properties" in _resolve(schema, items):
        return _leaf_options(schema, items, f"{path}[]")
    extra = node.get("additionalProperties")
    if isinstance(extra, dict) and "properties" in _resolve(schema, extra):
        return _leaf_options(schema, extra, f"{path}.*")
    return [path]


def _options() -> list[str]:
    schema = policy_schema()
    return _leaf_options(schema, schema, "")


def _halves() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    english, _, japanese = text.partition(_JAPANESE)
    assert japanese, f"{DOC.name} has no Japanese half (starting with {_JAPANESE})"
    return {"English": english, "Japanese": japanese}


def _documented(option: str, text: str) -> bool:
    parts = [r"[A-Za-z_]+" if part == "*" else re.escape(part) for part in option.split(".")]
    return re.search("`" + r"\.".join(parts) + "`", text) is not None


def test_the_schema_lists_options() -> None:
    options = _options()
    assert "pii.entities.*.action" in options
    assert "tests[].expect.action" in options
    assert len(options) > 50


@pytest.mark.parametrize("language", ["English", "Japanese"])
def test_every_option_is_documented(language: str) -> None:
    text = _halves()[language]
    missing = [option for option in _options() if not _documented(option, text)]
    assert not missing, (
        f"docs/policy.md ({language} half) has no row for: {', '.join(missing)}. "
        "Add one per option (write a chosen key as an upper-case word: "
        "`guard.categories.NAME.threshold`)."
    )
