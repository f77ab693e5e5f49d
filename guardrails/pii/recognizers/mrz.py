"""The machine-readable zone of a passport (ICAO 9303 TD3), as OCR or a copy pastes it.

Two lines of capitals, digits and ``<`` fillers::

    P<JPNYAMADA<<HANAKO<<<<<<<<<<<<<<<<<<<<<<<<<
    TK12345674JPN8504127F3001012<<<<<<<<<<<<<<08

The second line starts with the document number (nine characters, ``<`` filling), its check
digit, the issuing state, the holder's date of birth (YYMMDD) and its check digit: the
number is a ``PASSPORT`` and the birth date a ``DATE_OF_BIRTH`` when the line has that
shape and at least one of the two check digits holds (a random run of capitals and digits
rarely does both the shape and a check digit). The first line's name field
(``SURNAME<<GIVEN<NAMES``) is a ``PERSON`` when the line starts with ``P`` and a
three-letter state. Nothing else in the text is read; never raises on any ``str``.
"""

from __future__ import annotations

import re
from typing import Final

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import DATE_OF_BIRTH, PASSPORT, PERSON

__all__ = ["MrzRecognizer", "mrz_check_digit"]

_LINE_TWO: Final = re.compile(
    r"(?<![A-Za-z0-9<])(?P<number>[A-Z0-9<]{9})(?P<number_check>\d)[A-Z<]{3}"
    r"(?P<birth>\d{6})(?P<birth_check>\d)[MFX<]\d{6}\d"
)
_LINE_ONE: Final = re.compile(
    r"(?<![A-Za-z0-9<])P[A-Z<][A-Z]{3}(?P<name>[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*)"
)
_VALUES: Final = {
    **{str(i): i for i in range(10)},
    "<": 0,
    **{chr(ord("A") + i): 10 + i for i in range(26)},
}
_WEIGHTS: Final = (7, 3, 1)
_SCORE: Final = 0.9


def mrz_check_digit(field: str) -> int:
    """The ICAO 9303 check digit of ``field`` (digits, capitals and ``<``)."""
    return sum(_VALUES[c] * _WEIGHTS[i % 3] for i, c in enumerate(field)) % 10


class MrzRecognizer(EntityRecognizer):
    """PASSPORT, DATE_OF_BIRTH and PERSON read from a passport's machine-readable zone."""

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[PASSPORT, DATE_OF_BIRTH, PERSON],
            name="MrzRecognizer",
            supported_language="ja",
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        if "<" not in text:
            return []
        results: list[RecognizerResult] = []
        for match in _LINE_TWO.finditer(text):
            number_ok = mrz_check_digit(match["number"]) == int(match["number_check"])
            birth_ok = mrz_check_digit(match["birth"]) == int(match["birth_check"])
            if not (number_ok or birth_ok):
                continue
            start, end = match.span("number")
            end -= len(match["number"]) - len(match["number"].rstrip("<"))
            if PASSPORT in entities and end > start:
                results.append(self._result(PASSPORT, start, end))
            if DATE_OF_BIRTH in entities:
                results.append(self._result(DATE_OF_BIRTH, *match.span("birth")))
        if PERSON in entities:
            for match in _LINE_ONE.finditer(text):
                results.append(self._result(PERSON, *match.span("name")))
        return results

    def _result(self, entity_type: str, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(
            entity_type=entity_type,
            start=start,
            end=end,
            score=_SCORE,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
