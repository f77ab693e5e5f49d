"""The JSON Schema of policy files, generated from the pydantic model.

Editors that understand JSON Schema (VS Code with the YAML extension, JetBrains IDEs, any
editor using yaml-language-server) complete and check policy files against it when the
file starts with::

    # yaml-language-server: $schema=policy.schema.json

The schema is generated, never written by hand: every option's description is the
docstring under the field in :mod:`guardrails.policy.model` and its section modules, so the
model stays the one source of truth. The generated file is committed beside the policies
(``policies/policy.schema.json``) and a test fails when it no longer matches the model;
``mamori policy schema --out policies/policy.schema.json`` writes it again.

Failure behaviour: generation is pure (no I/O); a model that pydantic cannot express as
JSON Schema raises pydantic's ``PydanticUserError`` at generation time.
"""

from __future__ import annotations

import json
from typing import Any

from guardrails.policy.model import Policy

__all__ = ["SCHEMA_FILE", "policy_schema", "render_policy_schema"]

#: File name of the committed schema, in the policy directory.
SCHEMA_FILE = "policy.schema.json"

_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def policy_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one policy file."""
    schema = Policy.model_json_schema(mode="validation")
    schema["title"] = "Mamori policy"
    return {"$schema": _DIALECT, **schema}


def render_policy_schema() -> str:
    """The schema as the committed file holds it: stable key order, two-space indent."""
    return json.dumps(policy_schema(), ensure_ascii=False, indent=2) + "\n"
