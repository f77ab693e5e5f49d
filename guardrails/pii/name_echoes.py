"""A person's given name said again on its own after their full name was found in the same
text (twenty-fourth round): ``cc: Tobias Grant; … Team, Tobias has asked …``,
``Bryan Collins … I told Bryan``, ``エミリー・クラークさん … エミリーさんが``.

Contract: :func:`with_name_echoes` returns the results with a PERSON result added for every
other whole-word occurrence of the first word of a found full name (Latin: two or more
capitalised words; katakana: parts joined by ・) that no result covers yet. Only the first
word (the given name in the writing these texts use), only as written (case and all), never
one of the common English words (``Will``), and not where another capitalised word follows
it (``United States`` after a misread ``United Kingdom``): a surname alone is a common word
more often (Grant, Young, Rose). Runs on the results
that survived the public-figure test, so a famous name's echo (Haruki after Haruki
Murakami's novel) is never added. Pure; linear in the text per name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from presidio_analyzer import RecognizerResult

from guardrails.pii.entities import PERSON
from guardrails.pii.recognizers.english_words import COMMON_ENGLISH_WORDS
from guardrails.pii.spans import SpanIndex

__all__ = ["with_name_echoes"]

_LATIN_FULL: Final = re.compile(r"([A-Z][a-z]{2,})(?:[ ](?:[A-Z][a-z'’\-]+|[A-Z]\.))+")
_KATAKANA_FULL: Final = re.compile(r"([ァ-ヶー]{2,})[・=][ァ-ヶー]{2,}")
# Words that open a full name's span but are no given name (a title, a greeting word).
_NOT_GIVEN: Final = frozenset(
    {"Dear", "Hello", "Thanks", "Regards", "Best", "From", "Patient", "Customer", "Doctor",
     "Professor", "Mister", "Miss", "Madam", "Sir", "Team", "The", "This", "Our", "Your"}
)  # fmt: skip
_ECHO_KEY: Final = "name_echo"


def with_name_echoes(text: str, results: Sequence[RecognizerResult]) -> list[RecognizerResult]:
    """``results`` with the lone given names of their full names added (module docstring)."""
    out = list(results)
    givens: dict[str, float] = {}
    for result in results:
        if result.entity_type != PERSON:
            continue
        span = text[result.start : result.end]
        full = _LATIN_FULL.fullmatch(span) or _KATAKANA_FULL.fullmatch(span)
        if full is None or full.group(1) in _NOT_GIVEN:
            continue
        if full.group(1).lower() in COMMON_ENGLISH_WORDS:
            continue  # Will, May
        given = full.group(1)
        givens[given] = max(givens.get(given, 0.0), result.score)
    if not givens:
        return out
    taken = SpanIndex((r.start, r.end) for r in out)
    for given, score in givens.items():
        if given.isascii():
            # not opening another capitalised phrase (United States after United Kingdom)
            pattern = re.compile(rf"(?<![A-Za-z'’\-]){re.escape(given)}(?![A-Za-z\-]|[ ][A-Z])")
        else:
            pattern = re.compile(rf"(?<![ァ-ヶー・]){re.escape(given)}(?![ァ-ヶー・])")
        for match in pattern.finditer(text):
            if taken.overlaps(match.start(), match.end()):
                continue
            out.append(
                RecognizerResult(
                    PERSON,
                    match.start(),
                    match.end(),
                    score,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: "NameEchoes",
                        _ECHO_KEY: True,
                    },
                )
            )
    return out
