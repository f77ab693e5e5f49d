"""Entities GiNZA's NER found (PERSON, LOCATION, ORGANIZATION, ADDRESS), as Presidio results.

The NLP engine has already mapped GiNZA's labels to Presidio names; this recognizer only
reports the spans present in the NLP artifacts. GiNZA's labels are often wrong on words
that are not names (a country, a job title as Person), so its spans score 0.6: above the
default threshold, but below any rule-based finding they overlap. Where the
analyzer did not run NER on a sentence there is nothing to report. An English possessive
is left out of a span (Lovelace's → Lovelace), and a PERSON span made only of ordinary
English words (May, However) or of lower-case Latin letters (returns) is dropped, and so
is a PERSON span in Latin letters whose every word Sudachi knows as a common word (GiNZA,
trained on Japanese, calls ``Monday`` or ``Draft`` a person in an English sentence; a name
it finds there has a word Sudachi does not know or reads as a proper noun). Never raises.
"""

from __future__ import annotations

from typing import ClassVar, Final

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import ADDRESS, LOCATION, ORGANIZATION, PERSON
from guardrails.pii.nlp_engine import morphs
from guardrails.pii.recognizers.english_words import only_common_english

__all__ = ["GinzaEntityRecognizer"]

_POSSESSIVE: Final = ("'s", "’s")


class GinzaEntityRecognizer(EntityRecognizer):
    """Reports NER spans from the NLP artifacts."""

    ENTITIES: ClassVar[tuple[str, ...]] = (PERSON, LOCATION, ORGANIZATION, ADDRESS)
    SCORE: ClassVar[float] = 0.6

    def __init__(self) -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            name=type(self).__name__,
            supported_language="ja",
        )

    def load(self) -> None:
        return None

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None:
            return []
        wanted = set(entities) if entities else set(self.ENTITIES)
        results: list[RecognizerResult] = []
        tokens = morphs(nlp_artifacts.tokens) if len(nlp_artifacts.tokens) else ()
        for span, score in zip(nlp_artifacts.entities, nlp_artifacts.scores, strict=False):
            label = span.label_
            if label not in wanted or label not in self.ENTITIES:
                continue
            start, end = span.start_char, span.end_char
            if text.endswith(_POSSESSIVE, start, end):
                end -= 2  # Lovelace's: the name without the English possessive
            if label == PERSON and (
                only_common_english(text[start:end])
                or (text[start:end].isascii() and text[start:end].islower())
            ):
                continue  # May, However at the start of a sentence; returns, the team
            if (
                label == PERSON
                and text[start:end].isascii()
                and not any(
                    m.oov or m.tag.startswith("名詞-固有名詞")
                    for m in tokens
                    if start <= m.idx < end and m.text.strip()
                )
            ):
                continue  # Monday, Draft: words Sudachi knows as common words
            results.append(
                RecognizerResult(
                    entity_type=label,
                    start=start,
                    end=end,
                    score=min(score, self.SCORE),
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results
