"""The policy model: the schema of ``policies/*.yaml``.

A policy says what the gateway does with a tenant's requests. This first version carries
only its identity; the PII, guard, retrieval and output sections are added by the stages
that read them, each as a sub-model here so that one file validates as a whole.

Failure behaviour: unknown keys are errors (``extra="forbid"``), so a misspelt option is
reported instead of silently ignored.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from guardrails.policy.cases import PolicyCases
from guardrails.policy.embeddings import EmbeddingsPolicy
from guardrails.policy.guard import GuardPolicy
from guardrails.policy.output import OutputPolicy
from guardrails.policy.pii import PiiPolicy
from guardrails.policy.retrieval import RetrievalPolicy

__all__ = ["NAME_PATTERN", "Policy"]

#: What a policy name may contain (it is also the file name: ``policies/NAME.yaml``).
NAME_PATTERN = r"^[A-Za-z0-9_.-]+$"


class Policy(BaseModel):
    """One policy file."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)

    name: str = Field(min_length=1, pattern=NAME_PATTERN)
    """Policy name; must match the file name (``policies/NAME.yaml``). Never inherited."""
    extends: str | None = Field(None, pattern=NAME_PATTERN)
    """A base policy in the same directory (``policies/BASE.yaml``) whose options this one
    inherits: mappings merge key by key (this file's keys win), lists and scalars are
    replaced whole, ``null`` drops an inherited key."""
    description: str = ""
    """What this policy is for, in words for the people who review it."""
    pii: PiiPolicy = PiiPolicy()
    """Personal data: detection thresholds and what happens to each type."""
    guard: GuardPolicy = GuardPolicy()
    """Input guardrails: categories, rules, exemplars and what each category does."""
    retrieval: RetrievalPolicy = RetrievalPolicy()
    """FAQ context: which index, how many entries, the template, what to do without a hit."""
    output: OutputPolicy = OutputPolicy()
    """Output filtering: personal data, banned content and prompt leaks in answers,
    disclaimers, and how much text is held back to check it."""
    embeddings: EmbeddingsPolicy = EmbeddingsPolicy()
    """``/v1/embeddings``: what happens to personal data in the inputs."""
    tests: PolicyCases = ()
    """Example requests (and model answers) with the decisions this policy must make;
    ``mamori policy test`` runs them. Never inherited."""

    @model_validator(mode="after")
    def _output_reuses_guard_rules(self) -> Policy:
        categories = self.guard.categories
        for name in self.output.guard_categories:
            category = categories.get(name)
            if category is None:
                raise ValueError(f"output.guard_categories: {name!r} is not a guard category")
            if not category.keywords and not category.patterns:
                raise ValueError(
                    f"output.guard_categories: guard category {name!r} has no keywords or "
                    "patterns to apply to answers"
                )
        return self
