from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from guardrails.policy.pii import PiiAction, PiiPolicy


@pytest.mark.parametrize(
    ("section", "entity_type", "action", "threshold", "tag"),
    [
        ({}, "PERSON", "pseudonymize", 0.5, "<PERSON>"),
        ({}, "SPECIAL_CARE:medical_history", "mask", 0.5, "<要配慮:病歴>"),
        ({}, "ORGANIZATION", "allow", 0.5, "<ORGANIZATION>"),
        (
            {"entities": {"ORGANIZATION": {"threshold": 0.8}}},
            "ORGANIZATION",
            "pseudonymize",
            0.8,
            "<ORGANIZATION>",
        ),
        (
            {"entities": {"SPECIAL_CARE": {"action": "block"}}},
            "SPECIAL_CARE:race",
            "block",
            0.5,
            "<要配慮:人種>",
        ),
        (
            {
                "entities": {
                    "SPECIAL_CARE": {"action": "block"},
                    "SPECIAL_CARE:disability": {"action": "allow"},
                }
            },
            "SPECIAL_CARE:disability",
            "allow",
            0.5,
            "<要配慮:障害>",
        ),
        (
            {"default": {"action": "mask", "threshold": 0.3}},
            "EMAIL_ADDRESS",
            "mask",
            0.3,
            "<EMAIL_ADDRESS>",
        ),
        ({"mask_format": "[{type}]"}, "PHONE_NUMBER", "pseudonymize", 0.5, "[PHONE_NUMBER]"),
        (
            {"entities": {"MY_NUMBER": {"action": "mask", "tag": "＊＊＊"}}},
            "MY_NUMBER",
            "mask",
            0.5,
            "＊＊＊",
        ),
    ],
    ids=[
        "default",
        "special-care-masked",
        "organization-off",
        "listing-turns-on",
        "family-rule",
        "type-beats-family",
        "default-rule",
        "mask-format",
        "own-tag",
    ],
)
def test_rule_resolution(
    section: dict[str, Any], entity_type: str, action: str, threshold: float, tag: str
) -> None:
    rule = PiiPolicy.model_validate(section).rule(entity_type)
    assert (rule.action, rule.threshold, rule.tag) == (PiiAction(action), threshold, tag)


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"placeholder": "<{type}>"}, "placeholder template"),
        ({"mask_format": "<MASK>"}, "mask_format"),
        ({"entities": {"person": {}}}, "not an entity type name"),
        ({"entities": {"SPECIAL_CARE:hobbies": {}}}, "unknown special-care category"),
        ({"entities": {"PERSON": {"action": "hide"}}}, "pseudonymize"),
        ({"entities": {"PERSON": {"threshold": 1.5}}}, "less than or equal"),
        ({"entities": {"PERSON": {"colour": "red"}}}, "Extra inputs"),
    ],
    ids=["template", "mask-format", "lower-case", "category", "action", "threshold", "unknown-key"],
)
def test_invalid_sections_are_refused(section: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        PiiPolicy.model_validate(section)


def test_detected_types_skip_allowed_ones() -> None:
    supported = frozenset({"PERSON", "ORGANIZATION", "EMAIL_ADDRESS"})
    policy = PiiPolicy.model_validate({"entities": {"EMAIL_ADDRESS": {"action": "allow"}}})
    assert policy.detected_types(supported) == {"PERSON"}
