"""What a reader of personal data needs from an analyzer, declared once.

:class:`~guardrails.pii.analyzer.PiiAnalyzer` satisfies :class:`Analyzer`; the PII stages,
the output filter and tests may pass anything else that does (a fake recognising one
pattern, a counting wrapper).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol

from guardrails.pii.findings import PiiFinding

__all__ = ["Analyzer"]


class Analyzer(Protocol):
    """Finds personal data in a text: the entity types it can find, and the findings."""

    @property
    def supported_entities(self) -> frozenset[str]: ...

    def analyze(
        self, text: str, *, entities: Collection[str] | None = None
    ) -> list[PiiFinding]: ...
