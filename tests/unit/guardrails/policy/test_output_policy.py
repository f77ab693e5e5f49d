from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from guardrails.policy.model import Policy
from guardrails.policy.output import OutputPiiAction, OutputPiiPolicy

_GUARD = {"categories": {"weapons": {"patterns": ["爆弾"]}, "hate": {"exemplars": ["…"]}}}


def _policy(output: dict[str, Any]) -> Policy:
    return Policy.model_validate({"name": "p", "guard": _GUARD, "output": output})


@pytest.mark.parametrize(
    ("output", "message"),
    [
        pytest.param(
            {"holdback": {"max_chars": 4}}, "greater than or equal to 16", id="tiny-holdback"
        ),
        pytest.param(
            {"banned": {"x": {"action": "redact", "keywords": ["a"]}}}, "replace", id="bad-action"
        ),
        pytest.param({"banned": {"x": {}}}, "keywords or patterns", id="rule-without-rules"),
        pytest.param({"banned": {"x": {"patterns": ["("]}}}, "invalid regular", id="bad-pattern"),
        pytest.param(
            {"banned": {"Bad-Name": {"keywords": ["a"]}}}, "lower_snake_case", id="bad-name"
        ),
        pytest.param(
            {"guard_categories": {"nope": "stop"}}, "not a guard category", id="unknown-guard"
        ),
        pytest.param(
            {"guard_categories": {"hate": "stop"}}, "no keywords or patterns", id="guard-no-rules"
        ),
        pytest.param(
            {"leakage": {"faq_context": {"max_share": None}}},
            "min_run or max_share",
            id="leak-no-threshold",
        ),
        pytest.param({"pii": {"entities": {"phone": {}}}}, "entity type name", id="bad-entity"),
        pytest.param(
            {"disclaimers": {"medical": {"keywords": ["a"]}}}, "text", id="disclaimer-without-text"
        ),
        pytest.param({"extra": 1}, "Extra inputs", id="unknown-key"),
    ],
)
def test_invalid_sections_are_rejected(output: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _policy(output)


def test_defaults_filter_personal_data_and_prompt_leaks() -> None:
    output = Policy(name="p").output
    assert output.enabled
    assert output.pii.action is OutputPiiAction.REDACT
    assert output.leakage.system_prompt.min_run == 40
    assert output.banned == {} and output.disclaimers == {}


@pytest.mark.parametrize(
    ("entity_type", "expected"),
    [
        pytest.param("PHONE_NUMBER", (OutputPiiAction.REDACT, 0.6), id="default"),
        pytest.param("PERSON", (OutputPiiAction.REDACT, 0.8), id="type"),
        pytest.param("SPECIAL_CARE:disability", (OutputPiiAction.STOP, 0.6), id="family"),
        pytest.param("SPECIAL_CARE:medical_history", (OutputPiiAction.ALLOW, 0.6), id="category"),
    ],
)
def test_rule_lookup(entity_type: str, expected: tuple[OutputPiiAction, float]) -> None:
    policy = OutputPiiPolicy.model_validate(
        {
            "entities": {
                "PERSON": {"threshold": 0.8},
                "SPECIAL_CARE": {"action": "stop"},
                "SPECIAL_CARE:medical_history": {"action": "allow"},
            }
        }
    )
    assert policy.rule(entity_type) == expected


def test_the_default_policy_file_has_a_valid_output_section() -> None:
    from pathlib import Path

    from guardrails.policy import load_policy_file

    loaded = load_policy_file(Path(__file__).parents[4] / "policies" / "default.yaml")
    output = loaded.policy.output
    assert set(output.disclaimers) == {"medical", "legal", "financial"}
    assert set(output.guard_categories) <= set(loaded.policy.guard.categories)
