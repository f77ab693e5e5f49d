"""Policies: what compliance teams decide, as YAML files validated by a pydantic model."""

from __future__ import annotations

from guardrails.policy.model import Policy
from guardrails.policy.store import LoadedPolicy, PolicyError, PolicyStore, load_policy_file

__all__ = ["LoadedPolicy", "Policy", "PolicyError", "PolicyStore", "load_policy_file"]
