"""Fixtures shared by the guard-baseline rule tables of this package: the baseline policy's
guard section, and a classifier of it with no embedder (rules and readings only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardrails.classify.guard_classifier import GuardClassifier
from guardrails.policy import load_policy_file
from guardrails.policy.guard import GuardPolicy

ROOT = Path(__file__).parents[4]


@pytest.fixture(scope="module")
def guard() -> GuardPolicy:
    return load_policy_file(ROOT / "policies" / "guard-baseline.yaml").policy.guard


@pytest.fixture(scope="module")
def rules_only(guard: GuardPolicy) -> GuardClassifier:
    return GuardClassifier(guard, None)
