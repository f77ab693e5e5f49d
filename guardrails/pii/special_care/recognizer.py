"""Presidio recognizer for one category of special-care personal information.

Contract: a ``SpecialCareRecognizer`` supports exactly one entity,
``SPECIAL_CARE:<category>``, and returns the spans of its category that the shared
``SpecialCareDetector`` finds in the raw text passed to ``analyze``. It ignores
``nlp_artifacts`` on purpose: the NLP engine in front of it may change (GiNZA or a plain
Sudachi tokenizer) and this recognizer brings its own tokenizer and lexicons. Errors from
the detector propagate so the PII stage fails closed.
"""

from __future__ import annotations

from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from .categories import SpecialCareCategory
from .detector import SpecialCareDetector

__all__ = ["SpecialCareRecognizer"]


class SpecialCareRecognizer(EntityRecognizer):
    """Recognizes statements of one special-care category (e.g. ``medical_history``)."""

    def __init__(
        self,
        category: SpecialCareCategory,
        detector: SpecialCareDetector,
        supported_language: str = "ja",
    ) -> None:
        self._category = category
        self._detector = detector
        self._name = f"SpecialCareRecognizer[{category.key}]"
        super().__init__(
            supported_entities=[category.entity_type],
            name=self._name,
            supported_language=supported_language,
        )

    @property
    def category(self) -> SpecialCareCategory:
        """The category this recognizer reports."""
        return self._category

    def load(self) -> None:
        """Nothing to load here: the detector loads its resources lazily and shares them."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        """Spans of this recognizer's category in ``text`` (``nlp_artifacts`` is unused)."""
        wanted = self._category.entity_type
        if entities and wanted not in entities:
            return []
        return [
            RecognizerResult(
                entity_type=wanted,
                start=finding.start,
                end=finding.end,
                score=finding.score,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: self._name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for finding in self._detector.detect(text)
            if finding.entity_type == wanted
        ]
