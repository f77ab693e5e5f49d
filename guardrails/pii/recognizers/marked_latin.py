"""Latin-script names written with their diacritics (thirty-second round, issue 16).

The name readers (``english_names.py`` and ``plain_names.py``, the labels and columns of
``labelled_name.py``, the romaji pairs, the frames of ``name_frames.py``) read names against
given-name lists and surname shapes spelled in plain letters: ``Jose Nunez`` in a CSV row,
``Surname: Kulkarni``, ``Ana Sofia Ramirez と`` are names to them, and the same names as
people really type them (``José Núñez``, ``Łukasz Wiśniewski``, ``Søren Haugaard``,
``Ólafur Sigurðsson``, ``Ana Sofía Ramírez``) were not. This recognizer folds each marked
Latin letter to its base letter (``é`` → ``e``, ``ø`` → ``o``, ``ł`` → ``l``, ``ð`` →
``d``, ``ß`` → ``s``; ``latin_marks.py``), one character for one so every offset carries
over, and runs those readers again on the folded text. A plain name may need its marked
context (the ``Dubois`` under ``nom;prénom``): the readers' PERSON spans are kept whether
or not they hold a mark, and a span also found on the text itself is merged with it when
the findings are resolved.

A text without a marked Latin letter (most Japanese and English texts) costs one regular
expression search. A text with one is tokenised once more, folded, by Sudachi alone (the
words split at a marked letter before, Fran|ç|ois); no NER runs on it. Scores are the
readers' own, 0.05 higher (up to 0.85) for a span of several words holding a marked letter
(it outranks the part read on the text itself, which stopped at the mark). Dropped: a
candidate the readers leave for the NER to confirm (at most ``SURNAME_ALONE_SCORE``; the
NER does not run on the folded text), a single word scored below 0.7 (the checks after the
readers see the marked word, not the folded one: Hà Nội), and a romaji pair with a mark
romaji does not use (Pokémon Moon, São Tomé). Never raises.
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import PERSON
from guardrails.pii.latin_marks import MARKED_LATIN, fold_marks
from guardrails.pii.nlp_engine import GinzaNlpEngine, morphs
from guardrails.pii.recognizers.english_names import english_name_spans
from guardrails.pii.recognizers.labelled_name import LabelledNameRecognizer
from guardrails.pii.recognizers.name_frames import NameFrameRecognizer
from guardrails.pii.recognizers.person import SURNAME_ALONE_SCORE
from guardrails.pii.recognizers.plain_names import plain_pair_spans
from guardrails.pii.recognizers.romaji_name import RomajiNameRecognizer, is_romaji_word
from guardrails.pii.recognizers.single_entity import SingleEntityRecognizer

__all__ = ["MarkedLatinNameRecognizer"]

_MARKED_BONUS: Final = 0.05
# No higher than a sure pair of the text's own reading: a longer span of it at that score
# (the name with its reading in brackets, Lê Văn Hùng（レ・ヴァン・フン）) still wins by length.
_BONUS_CAP: Final = 0.85
# A single word is kept only from a reader sure of it (a label's or a column's value).
_WORD_ALONE_SCORE: Final = 0.7
# Romaji writes a long vowel with a macron or a circumflex (Ōno, Yūki, Shôta); any other
# mark makes a pair the romaji reader took a word of another language.
_NOT_ROMAJI_MARK: Final = re.compile("(?![āīūēōâîûêôĀĪŪĒŌÂÎÛÊÔ])[À-ÖØ-öø-ɏḀ-ỿ]")


class MarkedLatinNameRecognizer(SingleEntityRecognizer):
    """PERSON names written in Latin letters with diacritics (see the module docstring)."""

    ENTITY: ClassVar[str] = PERSON

    def __init__(self) -> None:
        super().__init__()
        self._romaji = RomajiNameRecognizer()
        self._readers: tuple[EntityRecognizer, ...] = (
            LabelledNameRecognizer(),
            self._romaji,
            NameFrameRecognizer(),
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        if MARKED_LATIN.search(text) is None:
            return []
        folded = fold_marks(text)
        if folded == text:
            return []
        found: list[RecognizerResult] = []
        engine = getattr(nlp_artifacts, "nlp_engine", None)
        if not isinstance(engine, GinzaNlpEngine):
            return found
        # Sudachi splits a word at its marked letter (Fran|ç|ois): the folded text gets its
        # own tokens, Sudachi's only (no NER runs on it).
        doc = engine.tokenize(folded)
        artifacts = engine.artifacts(doc, keywords=False)
        tokens = morphs(doc)
        # person.py's Latin readers only: its Japanese ones read the same kana and kanji
        # on the text itself.
        spans = [*english_name_spans(folded, tokens), *plain_pair_spans(folded, tokens)]
        results: list[tuple[EntityRecognizer | None, RecognizerResult]] = [
            (None, RecognizerResult(PERSON, s, e, score)) for s, e, score in spans
        ]
        for recognizer in self._readers:
            results += [(recognizer, r) for r in recognizer.analyze(folded, entities, artifacts)]
        for reader, result in results:
            if result.entity_type != PERSON or result.score <= SURNAME_ALONE_SCORE:
                continue  # a word alone that only the NER could confirm (Café Müller)
            if result.score < _WORD_ALONE_SCORE and " " not in folded[result.start : result.end]:
                continue  # Hà Nội: a word alone the text's own checks would have dropped
            if (
                reader is self._romaji
                and _NOT_ROMAJI_MARK.search(text, result.start, result.end)
                and all(is_romaji_word(w) for w in folded[result.start : result.end].split())
            ):
                continue  # romaji marks only long vowels: Pokémon Moon, São Tomé are no names
            found.append(
                RecognizerResult(
                    PERSON,
                    result.start,
                    result.end,
                    # The reading of the text itself stops at the marked letter (Ana
                    # Paula| Gonçalves): the span that holds it outranks that part.
                    max(result.score, min(_BONUS_CAP, result.score + _MARKED_BONUS))
                    if " " in text[result.start : result.end]
                    and MARKED_LATIN.search(text, result.start, result.end)
                    else result.score,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return found
