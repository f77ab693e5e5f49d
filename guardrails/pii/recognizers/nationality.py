"""Nationality under a form label: ``国籍：ベトナム``, ``Nationality: Peruvian``,
``{"citizenship": "Brazil"}``. Off by default (``OFF_BY_DEFAULT``): a deployment turns it on
by listing ``NATIONALITY`` in its policy.

Why off: the APPI guideline (通則編 2-3 (1)) reads 人種 as race, lineage and ethnic or
tribal origin and says that a nationality alone, or being a "foreigner", is a legal status
and not race. Until the twenty-second round a form's nationality beside a name was masked as
``SPECIAL_CARE:race``; that rewrote every visa, HR and travel form a user asked about (国籍
is on most of them) while the name on the form, the personal data, is masked on its own. An
ethnic-origin field (民族, 人種, ethnicity) is still special care (``special_care/
record_notes.py``).

What counts: the value of a field whose key is nationality, citizenship or 国籍 (a JSON member
or a ``key: value`` line, a note in brackets after the key allowed), not an empty or "none"
value and not a question; the same parser as the special-care field keys
(:func:`~guardrails.pii.special_care.record_notes.sensitive_fields`). Works on the NFKC text;
never raises.
"""

from __future__ import annotations

from typing import ClassVar, Final

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import NATIONALITY
from guardrails.pii.recognizers.single_entity import SingleEntityRecognizer
from guardrails.pii.special_care.record_notes import NATIONALITY as NATIONALITY_FIELD
from guardrails.pii.special_care.record_notes import sensitive_fields

__all__ = ["NationalityRecognizer"]

SCORE: Final = 0.85


class NationalityRecognizer(SingleEntityRecognizer):
    """NATIONALITY: the value of a nationality field on a form (module docstring)."""

    ENTITY: ClassVar[str] = NATIONALITY

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        return [
            RecognizerResult(
                entity_type=self.ENTITY,
                start=start,
                end=end,
                score=SCORE,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for _, start, end, category in sensitive_fields(text)
            if category == NATIONALITY_FIELD
        ]
