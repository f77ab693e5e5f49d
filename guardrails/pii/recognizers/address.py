"""Japanese postal addresses: 都道府県, 市区町村, 町域, 丁目・番地・号.

Works on the Sudachi tokens in the NLP artifacts. Sudachi knows most municipalities and
many town names as 地名 (often as one long token such as 宮城県仙台市青葉区本町), so an
address starts at a prefecture, a 地名 token, or a location span GiNZA found just before
either, and runs over the following noun-like tokens (town names, 大字/字, numbers joined by
hyphens, 丁目/番地/番/号/条) until a particle, verb, space or punctuation. The tail is then
trimmed back to something an address can end with (a number, a 地名, an address unit); a
building name with a room or floor number right after the block number is included.

Scores: a place with a block number (…1丁目, …番地, …692-2) is an address (0.85); a
prefecture followed by a municipality but no number (東京都新宿区) is a weaker one (0.6);
a place name alone (大阪府, 横浜市) is not reported here — GiNZA's LOCATION covers that when
asked for. Never raises; without NLP artifacts it reports nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import ADDRESS, LOCATION
from guardrails.pii.nlp_engine import Morph, morphs
from guardrails.pii.recognizers.prefectures import PREFECTURES
from guardrails.pii.recognizers.single_entity import SingleEntityRecognizer

__all__ = ["AddressRecognizer"]

_PREFECTURE = re.compile("|".join(PREFECTURES))
_MUNICIPALITY = re.compile(r"[^\s\d]{1,8}?[市区町村郡]")
_BLOCK = re.compile(r"\d+\s?(?:丁目|番地|番|号|条|地割)|\d+(?:[-‐‑‒–—―−ー]\d+)+$")
# A building and room after the block number: " 青葉ハイツ201号室", "グランビル3F".
_BUILDING = re.compile(r"[ \u3000]?[^\s、。,，()（）「」]{1,20}?\d{1,4}(?:号室|号館|階|F)")
_UNITS = frozenset({"丁目", "番地", "番", "号", "条", "丁", "地割", "線", "字", "大字"})
_HYPHENS = frozenset("-‐‑‒–—―−ー")
_KYOTO_DIRECTIONS = frozenset({"上ル", "下ル", "入ル", "上る", "下る", "入る", "東入", "西入"})
_MAX_TOKENS = 24


def _is_number(token: Morph) -> bool:
    return token.tag.startswith("名詞-数詞") or token.text.isdigit()


def _is_place(token: Morph) -> bool:
    return "地名" in token.tag


def _is_counter(token: Morph) -> bool:
    return "助数詞" in token.tag and token.text not in _UNITS


def _continues(doc: Sequence[Morph], index: int) -> bool:
    """Whether the token at ``index`` can belong to an address that reached it."""
    token = doc[index]
    tag = token.tag
    if token.text in _KYOTO_DIRECTIONS:
        return True
    if token.text in _HYPHENS or token.text == "の":
        # Only inside a block number (1-2-3, 3番地の5).
        return (
            index > 0
            and index + 1 < len(doc)
            and _is_number(doc[index - 1])
            and _is_number(doc[index + 1])
        )
    return tag.startswith(("名詞", "接尾辞", "接頭辞")) and not token.text.isspace()


def _can_end(doc: Sequence[Morph], index: int) -> bool:
    token = doc[index]
    if _is_number(token):
        following = doc[index + 1] if index + 1 < len(doc) else None
        return following is None or not _is_counter(following)
    return _is_place(token) or token.text in _UNITS or token.text[-1:] in "市区町村郡"


class AddressRecognizer(SingleEntityRecognizer):
    """ADDRESS from Sudachi 地名 tokens, prefectures and block numbers."""

    ENTITY: ClassVar[str] = ADDRESS
    BLOCK_SCORE: ClassVar[float] = 0.85
    AREA_SCORE: ClassVar[float] = 0.6

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or not len(nlp_artifacts.tokens):
            return []
        doc = morphs(nlp_artifacts.tokens)
        locations = [
            (ent.start, ent.end) for ent in nlp_artifacts.entities if ent.label_ == LOCATION
        ]
        results: list[RecognizerResult] = []
        index = 0
        while index < len(doc):
            span = self._address_at(doc, index, locations)
            if span is None:
                index += 1
                continue
            start_token, end_token, score = span
            start = doc[start_token].idx
            end = doc[end_token - 1].idx + len(doc[end_token - 1])
            if score == self.BLOCK_SCORE:
                building = _BUILDING.match(text, end)
                if building is not None:
                    end = building.end()
            results.append(self._result(start, end, score))
            while end_token < len(doc) and doc[end_token].idx < end:
                end_token += 1
            index = end_token
        return results

    def _address_at(
        self, doc: Sequence[Morph], index: int, locations: Sequence[tuple[int, int]]
    ) -> tuple[int, int, float] | None:
        token = doc[index]
        prefecture = _PREFECTURE.search(token.text)
        if not (_is_place(token) or prefecture is not None):
            return None
        stop = index
        while stop < len(doc) and stop - index < _MAX_TOKENS and _continues(doc, stop):
            stop += 1
        while stop > index and not _can_end(doc, stop - 1):
            stop -= 1
        if stop <= index:
            return None
        text = "".join(m.text for m in doc[index:stop])
        head = _PREFECTURE.match(text)
        if _BLOCK.search(text):
            score = self.BLOCK_SCORE
        elif head is not None and _MUNICIPALITY.match(text, head.end()):
            score = self.AREA_SCORE
        else:
            return None
        start = index
        for loc_start, loc_end in locations:
            # A GiNZA location span right before the address belongs to it.
            if loc_end == index or loc_start < index < loc_end:
                start = min(start, loc_start)
        return start, stop, score

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity_type=self.ENTITY,
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
