from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from guardrails.policy.guard import GuardPolicy


@pytest.mark.parametrize(
    "section",
    [
        {"categories": {"x": {"action": "respond"}}},
        {"categories": {"x": {"patterns": ["(unclosed"]}}},
        {"categories": {"x": {"threshold": 1.5}}},
        {"categories": {"x": {"action": "explode"}}},
        {"categories": {"Bad-Name": {}}},
        {"categories": {"x": {"mode": "shadow"}}},
        {"unknown": 1},
        {"categories": {"x": {"context_patterns": ["role"]}}},
        {"categories": {"x": {"context_threshold": 0.8}}},
        {"categories": {"x": {"context_patterns": ["role"], "context_threshold": 0.95}}},
        {"categories": {"x": {"context_patterns": ["(role"], "context_threshold": 0.8}}},
        {"scope": {"retrieved": ["nowhere"]}, "categories": {"x": {}}},
    ],
    ids=[
        "respond-without-message",
        "bad-regex",
        "threshold",
        "action",
        "name",
        "mode",
        "extra",
        "context-without-threshold",
        "context-threshold-without-patterns",
        "context-threshold-above-threshold",
        "bad-context-regex",
        "retrieved-unknown-category",
    ],
)
def test_invalid_sections_are_rejected(section: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        GuardPolicy.model_validate(section)


def test_defaults_have_no_categories() -> None:
    policy = GuardPolicy()
    assert policy.enabled and not policy.categories and policy.scope.messages == "last_user"
