"""The committed JSON Schema of policy files is the one the model generates today."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guardrails.policy.schema import SCHEMA_FILE, policy_schema, render_policy_schema
from proxy.cli.main import main

ROOT = Path(__file__).parents[4]
COMMITTED = ROOT / "policies" / SCHEMA_FILE


def test_committed_schema_matches_the_model() -> None:
    committed = COMMITTED.read_text(encoding="utf-8")
    assert committed == render_policy_schema(), (
        f"{COMMITTED.relative_to(ROOT)} is out of date with the policy model "
        f"(guardrails/policy/). Regenerate it with:\n"
        f"    mamori policy schema --out policies/{SCHEMA_FILE}\n"
        "and commit the result."
    )


def test_default_policy_points_editors_at_the_schema() -> None:
    first = (ROOT / "policies" / "default.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema={SCHEMA_FILE}"


@pytest.mark.parametrize(
    "path",
    [
        ("properties", "name", "description"),
        ("properties", "extends", "description"),
        ("$defs", "PiiPolicy", "properties", "placeholder", "description"),
        ("$defs", "EntityRule", "properties", "threshold", "description"),
        ("$defs", "GuardCategory", "properties", "mode", "description"),
        ("$defs", "RetrievalPolicy", "properties", "on_no_hit", "description"),
    ],
    ids=["name", "extends", "pii-placeholder", "entity-threshold", "guard-mode", "on-no-hit"],
)
def test_field_docstrings_become_descriptions(path: tuple[str, ...]) -> None:
    node: object = policy_schema()
    for key in path:
        assert isinstance(node, dict)
        node = node[key]
    assert isinstance(node, str)
    assert node.strip()


def test_unknown_keys_are_marked_invalid_for_editors() -> None:
    schema = policy_schema()
    assert schema["additionalProperties"] is False
    assert schema["$defs"]["PiiPolicy"]["additionalProperties"] is False


def test_schema_command_prints_and_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["policy", "schema"]) == 0
    assert json.loads(capsys.readouterr().out) == policy_schema()
    out = tmp_path / "schema.json"
    assert main(["policy", "schema", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == render_policy_schema()
    assert main(["policy", "schema", "--out", str(tmp_path / "missing" / "x.json")]) == 2
