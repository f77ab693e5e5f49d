"""Special-care personal information (要配慮個人情報): Presidio recognizers for the eleven
APPI categories, in Japanese and English.

``special_care_recognizers()`` builds one ``SpecialCareRecognizer`` per category, all sharing
one ``SpecialCareDetector`` (lexicons, a SudachiPy tokenizer and a lazily loaded GiNZA
parser); pass them to ``PiiAnalyzer(extra_recognizers=...)``.
"""

from __future__ import annotations

from .categories import CATEGORIES, ENTITY_PREFIX, SpecialCareCategory, category_for, entity_type
from .detector import SpecialCareDetector
from .recognizer import SpecialCareRecognizer

__all__ = [
    "CATEGORIES",
    "ENTITY_PREFIX",
    "SpecialCareCategory",
    "SpecialCareDetector",
    "SpecialCareRecognizer",
    "category_for",
    "entity_type",
    "special_care_recognizers",
]


def special_care_recognizers(
    detector: SpecialCareDetector | None = None, language: str = "ja"
) -> list[SpecialCareRecognizer]:
    """One recognizer per category sharing ``detector`` (a new one when omitted).

    Building the detector reads the lexicons (a few milliseconds); the SudachiPy dictionary
    and the GiNZA model load on first use. Raises ``LexiconError`` for a broken data file.
    """
    shared = detector or SpecialCareDetector()
    return [SpecialCareRecognizer(category, shared, language) for category in CATEGORIES]
