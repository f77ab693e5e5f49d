"""Driving-licence numbers with letters (US states, UK, other countries) next to the word.

Japanese licences are twelve digits (``driver_license.py``); elsewhere the number mixes
letters and digits: ``D1234-56789-01234``, ``A123 4567 8901``, ``F255-921-50-094-0``, the
UK's sixteen characters (``MORGA753116SM9IJ``). Such a code means nothing on its own, so it
is taken only when it stands right after a licence label (driver's/driving licence, licence
no., DL#, D/L, drivers lic), with nothing but the label's own words between (number, no.,
#, ``:``, ``is``). The code has at least one letter and at least five digits (or is seven
to thirteen digits alone, as many US states print it: ``DL: 123456789 (Texas)``), in groups of
letters and digits joined by single hyphens or spaces. A software licence key (``license
key``), a licence name (``License: MIT``) and a code without digits are left alone.
"""

from __future__ import annotations

import re
from typing import Final

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import DRIVER_LICENSE
from guardrails.pii.recognizers.single_entity import SingleEntityRecognizer

__all__ = ["LetteredLicenseRecognizer"]

_SCORE: Final = 0.9
_MIN_DIGITS: Final = 5
_LABEL: Final = re.compile(
    r"(?:\bdriv(?:er'?s?|ing)\s+(?:licen[cs]e|lic\b\.?)|\blicen[cs]e(?!\s*(?:key|plate))"
    r"|\bD/?L\b)"
    r"(?:\s*(?:number|num\b|no\b\.?|#|id\b))*\s*(?:[:#：=]|\bis\b)?\s*",
    re.IGNORECASE,
)
_CODE: Final = re.compile(r"[A-Za-z0-9]+(?:[- ][A-Za-z0-9]+)*")
_ALL_DIGITS: Final = re.compile(r"\d{7,13}")


class LetteredLicenseRecognizer(SingleEntityRecognizer):
    """DRIVER_LICENSE: a letters-and-digits licence code right after a licence label."""

    ENTITY = DRIVER_LICENSE

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        if DRIVER_LICENSE not in entities:
            return []
        results: list[RecognizerResult] = []
        for label in _LABEL.finditer(text):
            code = _CODE.match(text, label.end())
            if code is None:
                continue
            value = _trim(code.group())
            digits = sum(c.isdigit() for c in value)
            letters = sum(c.isascii() and c.isalpha() for c in value)
            # Many US states print digits only (Texas eight, New York nine): after the label,
            # a run of seven to thirteen digits is such a number too (DL: 123456789).
            if digits < _MIN_DIGITS or (letters == 0 and not _ALL_DIGITS.fullmatch(value)):
                continue
            results.append(
                RecognizerResult(
                    entity_type=DRIVER_LICENSE,
                    start=code.start(),
                    end=code.start() + len(value),
                    score=_SCORE,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results


def _trim(value: str) -> str:
    """The code without trailing words: groups after a space must hold a digit."""
    groups = re.split(r"(?<=[A-Za-z0-9])(?=[- ])", value)
    kept = groups[0]
    for group in groups[1:]:
        if group.startswith(" ") and not any(c.isdigit() for c in group):
            break
        kept += group
    return kept
