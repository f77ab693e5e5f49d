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
it finds there has a word Sudachi does not know or reads as a proper noun). A PERSON span
that is one hiragana word Sudachi reads as a common noun, with no honorific after it, is
dropped too (さくらが咲き始めました: GiNZA's guess on a bare hiragana word is more often the
word; the name rules find hiragana given names by the surname, cue or honorific beside
them). A PERSON span ending in a hiragana common noun that starts like an honorific
(原さんぽ, 散歩) is dropped as well: GiNZA took the word's first kana for さん. A Latin
span opening with an ordinary English word (Explain Hodgkin) is dropped, and so is a
surname that is a place too beside another place (長野と松本). A PERSON span that runs past
a name Sudachi reads into a time word or a place (田中|明日から出張, 佐藤|大阪に戻りました) ends
where the name does (twenty-seventh round). Never raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar, Final

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import ADDRESS, LOCATION, ORGANIZATION, PERSON
from guardrails.pii.nlp_engine import Morph, dictionary_entries, morphs
from guardrails.pii.recognizers.english_names import PLACE_GIVEN_NAMES
from guardrails.pii.recognizers.english_words import only_common_english
from guardrails.pii.recognizers.person import company_or_place_after, place_beside_place

__all__ = ["GinzaEntityRecognizer"]

_POSSESSIVE: Final = ("'s", "’s")
_HIRAGANA: Final = re.compile(r"^[\u3041-\u3096ー]+$")
_HONORIFIC_AFTER: Final = ("さん", "ちゃん", "くん", "さま", "様", "君", "先生", "先輩")
_KANA_HONORIFICS: Final = ("さん", "ちゃん", "くん", "さま")


def _hiragana_common_noun(text: str, start: int, end: int, tokens: Sequence[Morph]) -> bool:
    """``start:end`` is one hiragana word Sudachi reads as a common noun (さくら, ひかり) and
    no honorific follows it. A hiragana given name with a cue beside it is found by the
    name rules (佐藤さくら, 娘のひなたが, ひなたちゃん); GiNZA's guess on the bare word is
    more often the word (さくらが咲き始めました)."""
    if _HIRAGANA.match(text[start:end]) is None or text.startswith(_HONORIFIC_AFTER, end):
        return False
    inside = [m for m in tokens if start <= m.idx < end]
    return (
        len(inside) == 1
        and inside[0].idx == start
        and len(inside[0].text) == end - start
        and inside[0].tag.startswith("名詞-普通名詞")
    )


def _honorific_misread(start: int, end: int, tokens: Sequence[Morph]) -> bool:
    """The span ends in a hiragana common noun that starts like an honorific (原|さんぽ,
    森|さんま: 散歩, 秋刀魚): GiNZA read its first kana as さん after a surname, and that
    misread honorific is all that made the word before it a person."""
    inside = [m for m in tokens if start <= m.idx < end]
    if len(inside) < 2:
        return False
    last = inside[-1]
    return (
        last.tag.startswith("名詞-普通名詞")
        and _HIRAGANA.match(last.text) is not None
        and last.text.startswith(_KANA_HONORIFICS)
        and last.text not in _KANA_HONORIFICS
    )


def _one_place_of_two(
    text: str, start: int, end: int, tokens: Sequence[Morph], nlp_artifacts: NlpArtifacts
) -> bool:
    """The span is one word the dictionary lists as a place too, joined by と/や/、 to a
    word read as a place (長野と松本、どっち): see :func:`place_beside_place`."""
    index = next((i for i, m in enumerate(tokens) if m.idx == start), None)
    if index is None or tokens[index].idx + len(tokens[index].text) != end:
        return False
    entries = dictionary_entries(nlp_artifacts.tokens)
    return place_beside_place(text, tokens, index, index + 1, entries)


def _without_glued_tail(start: int, end: int, tokens: Sequence[Morph]) -> int:
    """Where a PERSON span should end when it runs past a name Sudachi reads (人名) into
    a time word or a place written right after it (田中|明日から出張, 中村|本日休み,
    佐藤|大阪に戻りました): GiNZA glued the next word to the name, and masking it would cut
    the user's sentence. ``end`` when the span does not end that way. Twenty-seventh round."""
    inside = [m for m in tokens if start <= m.idx < end and m.text.strip()]
    cut = end
    while len(inside) >= 2 and (
        inside[-1].tag.startswith(("名詞-普通名詞-副詞可能", "名詞-固有名詞-地名"))
        and not inside[-1].oov
    ):
        cut = inside[-1].idx
        inside.pop()
    if cut == end or not any("人名" in m.tag for m in inside):
        return end
    return cut


def _opens_with_a_word(span: str) -> bool:
    """A Latin span whose first word is an ordinary English word (Explain Hodgkin, Describe
    Asperger syndrome): GiNZA took a request's verb for a given name, and the capitalised
    word after it (an eponym, a place, a product) for a surname; a real name there is found
    by the English name rules without the verb. Twenty-fifth round, tuned on."""
    words = span.split()
    return len(words) >= 2 and span.isascii() and only_common_english(words[0])


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
            if label == PERSON:
                end = _without_glued_tail(start, end, tokens)  # 田中|明日から出張
            if label == PERSON and (
                only_common_english(text[start:end])
                or (text[start:end].isascii() and text[start:end].islower())
            ):
                continue  # May, However at the start of a sentence; returns, the team
            if label == PERSON and _opens_with_a_word(text[start:end]):
                continue  # Explain Hodgkin (lymphoma), Explain Bayes' theorem: a request's verb
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
            if label == PERSON and text[start:end].lower() in PLACE_GIVEN_NAMES:
                continue  # Georgia and Virginia: a place alone; a person's frame reads it
            if label == PERSON and _hiragana_common_noun(text, start, end, tokens):
                continue  # 奈良では|さくら|が咲き: a word, with no name cue beside it
            if label == PERSON and company_or_place_after(text, end, tokens):
                continue  # 宮崎|交通, 小松から東京まで: a company or a place
            if label == PERSON and _honorific_misread(start, end, tokens):
                continue  # 原|さんぽ（…エリア）: 散歩, not 原さん
            if label == PERSON and _one_place_of_two(text, start, end, tokens, nlp_artifacts):
                continue  # 長野と松本、どっち: two places compared
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
