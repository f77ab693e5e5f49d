"""Real stages with light stand-ins for the NLP models, for the policy tooling tests.

``policy_pipeline`` runs the real ``pii.pseudonymize`` (on a pattern analyzer instead of
GiNZA), the real ``guard.classify`` (rules only, no embedder), the real ``output.filter``
(on the same analyzer), a stand-in stage that stops an answer at 秘密, and the real
``pii.restore``. ``fake_stages`` makes the
``mamori policy`` commands use it instead of loading the models.
"""

from __future__ import annotations

import re
from collections.abc import Collection

import pytest

from guardrails.pii.findings import PiiFinding
from proxy.pipeline.fair_limiter import FairLimiter
from proxy.pipeline.runner import Pipeline
from proxy.pipeline.stages.guard import GuardStage
from proxy.pipeline.stages.output import OutputFilterStage
from proxy.pipeline.stages.pii import PiiPseudonymizeStage, PiiRestoreStage
from tests.stopping_filter import StopAtMarkStage

_PATTERNS = {
    "PHONE_NUMBER": r"\d{3}-\d{4}-\d{4}",
    "PERSON": r"山田太郎",
    "SPECIAL_CARE:medical_history": r"うつ病",
    "MY_NUMBER": r"\d{12}",
}


class PatternAnalyzer:
    """Finds the fixed patterns above; enough for the stages' own logic."""

    supported_entities = frozenset(_PATTERNS)

    def analyze(self, text: str, *, entities: Collection[str] | None = None) -> list[PiiFinding]:
        return [
            PiiFinding(m.start(), m.end(), entity_type, 0.9)
            for entity_type, pattern in _PATTERNS.items()
            if entities is None or entity_type in entities
            for m in re.finditer(pattern, text)
        ]


@pytest.fixture
def policy_pipeline() -> Pipeline:
    analyzer = PatternAnalyzer()
    limiter = FairLimiter()
    return Pipeline(
        request_stages=[PiiPseudonymizeStage(analyzer, limiter=limiter), GuardStage(None)],
        response_stages=[
            OutputFilterStage(analyzer, limiter=limiter),
            StopAtMarkStage("output.test", "秘密"),
            PiiRestoreStage(),
        ],
    )


@pytest.fixture
def fake_stages(monkeypatch: pytest.MonkeyPatch, policy_pipeline: Pipeline) -> None:
    """``mamori policy test/diff`` with :func:`policy_pipeline` instead of the NLP models."""
    monkeypatch.setattr("proxy.cli.policy._pipeline", lambda config: policy_pipeline)
