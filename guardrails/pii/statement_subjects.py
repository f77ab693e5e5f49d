"""The person a special-care statement is about, when English names them as its subject.

A disclosure says who it is about: ``Sofia Walsh is Roma``, ``Chloe has a prior conviction
for fraud``, ``Tom Becker is in alcohol rehab``, ``Kate Hill canvasses for the Green Party``.
The special-care recognizers mask the sensitive words; the name before the verb is a person
whatever the name readers made of it (a surname that is also a place or a word, a given name
no list holds). This module reads, for each special-care finding, the words right before it:
one to three capitalised words, a verb said of the subject (is, was, has, became, needs,
converted …) and at most a few words up to the finding, all in one clause. The name is
reported as ``PERSON`` unless its first word is a common English word or a function word
(The, This, Everyone). Regular expressions over at most :data:`_REACH` characters per
finding; never raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from presidio_analyzer import RecognizerResult

from guardrails.pii.entities import PERSON, SOGI
from guardrails.pii.recognizers.english_words import COMMON_ENGLISH_WORDS

__all__ = ["SCORE", "statement_subjects"]

SCORE: Final = 0.8
_PREFIX: Final = "SPECIAL_CARE:"
_REACH: Final = 72
_SUBJECT_BEFORE: Final = re.compile(
    r"(?<![A-Za-z'’])(?P<name>[A-Z][a-z'’-]+(?:[ ](?:[A-Z]\.[ ])?[A-Z][a-z'’-]+){0,2})[ ]+"
    r"(?:is|was|'s|has|had|became|got|gets|suffers|suffered|lives|lived|takes|took|uses"
    r"|needs|converted|comes|came|canvasses|campaigns|votes|voted|donates|served|did|spent"
    r"|started|attends|identifies)\b"
    r"[^.!?;:\n()（）]{0,40}$"
)
# Twenty-fourth round: chat guesses about someone in lower case after a verb of belief or
# hearsay (do you think jason is bisexual?, i heard mike is in rehab): one lower-case word.
_GUESSED_BEFORE: Final = re.compile(
    r"\b(?:think|thinks|thought|guess|heard|wonder[ ]if|suspect|bet)[ ]+(?:that[ ]+)?"
    r"(?P<name>[a-z]{3,15})[ ]+(?:is|was|'s|has|had|got)\b[^.!?;:\n()（）]{0,24}$"
)
_NOT_NAMES: Final = frozenset(
    {
        "the", "this", "that", "these", "those", "it", "there", "he", "she", "they", "we", "i",
        "my", "our", "his", "her", "their", "your", "what", "who", "which", "everyone",
        "someone", "somebody", "anyone", "nobody", "everybody", "each", "every", "no", "one",
        "patient", "patients", "customer", "client", "employee", "staff", "member", "note",
        "heads", "hi", "dear", "fyi", "please", "also", "but", "and", "so", "if", "when",
    }
)  # fmt: skip


def statement_subjects(text: str, results: Sequence[RecognizerResult]) -> list[RecognizerResult]:
    """``PERSON`` results for the names that special-care (and, since the twenty-fourth
    round, ``SOGI``) ``results`` are said of."""
    found: list[RecognizerResult] = []
    for result in results:
        if not result.entity_type.startswith(_PREFIX) and result.entity_type != SOGI:
            continue
        window_start = max(0, result.start - _REACH)
        match = _SUBJECT_BEFORE.search(text, window_start, result.start) or _GUESSED_BEFORE.search(
            text, window_start, result.start
        )
        if match is None:
            continue
        words = match.group("name").split()
        first = re.sub(r"['’]s$", "", words[0]).lower()
        if first in _NOT_NAMES or first in COMMON_ENGLISH_WORDS:
            continue
        found.append(
            RecognizerResult(
                PERSON,
                match.start("name"),
                match.end("name"),
                SCORE,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: "StatementSubject",
                },
            )
        )
    return found
