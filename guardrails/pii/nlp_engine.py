"""A Presidio ``NlpEngine`` for Japanese: SudachiPy tokens always, GiNZA NER on demand.

Stock Presidio runs the whole ``ja_ginza`` pipeline (tok2vec, parser, NER, morphologizer,
compound splitter, bunsetu recognizer) over every character, which costs tens of
milliseconds per sentence. Most of what Mamori's recognizers need is the part of speech
SudachiPy gives in well under a millisecond (人名 姓/名, 地名, numbers), so this engine:

* tokenises with SudachiPy (split mode C, the mode GiNZA is trained on) and builds a spaCy
  ``Doc`` of the words, with each token's part of speech (e.g. ``名詞-固有名詞-人名-姓``),
  dictionary form and out-of-vocabulary flag kept alongside (:func:`morphs`);
* loads ``ja_ginza`` with only ``tok2vec`` and ``ner`` and runs them only over the character
  ranges the caller asks for (:meth:`GinzaNlpEngine.add_entities`), so the analyzer can keep
  the neural model for sentences where cheap signals leave a candidate undecided;
* maps GiNZA's labels (``Person``, ``Province``, ``City``, ``Company`` ...) to Presidio entity
  names (:data:`GINZA_LABEL_TO_ENTITY`); entities with unmapped labels are dropped;
* keeps memory bounded however many novel words it sees: tokenised documents get a
  throwaway vocabulary, and NER runs inside a spaCy memory zone, so the model's string
  store and lexeme table are the same size after a call as before it;
* remembers, per text, which short runs of kanji nouns the dictionary also lists as a
  surname or given name although the tokenisation read them otherwise (昨日|林|と: 林 the
  common noun; 中村|曰く: 中村 the place; 海|都: two nouns, 海都 a given name):
  :func:`name_entries`. Sudachi chooses one reading by cost; a surname that is also a
  word or a place loses to it in exactly the sentences where nothing else marks it.

:meth:`GinzaNlpEngine.process_text` (the Presidio interface) runs NER over the whole text.

Failure behaviour: :meth:`GinzaNlpEngine.load` raises :class:`OSError` if ``ja_ginza`` or the
Sudachi dictionary is not installed (nothing is downloaded); processing raises only on a
genuine engine fault.
"""

from __future__ import annotations

import bisect
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

import spacy
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
from spacy.lang.ja.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab
from sudachipy import Dictionary, Morpheme, SplitMode, Tokenizer

from guardrails.pii.entities import ADDRESS, LOCATION, ORGANIZATION, PERSON
from guardrails.pii.romaji import romaji_to_katakana

__all__ = [
    "GINZA_LABEL_TO_ENTITY",
    "LANGUAGE",
    "GinzaNlpEngine",
    "Morph",
    "dictionary_entries",
    "katakana",
    "morphs",
    "name_entries",
    "name_kinds",
    "sentence_ranges",
]

logger = logging.getLogger(__name__)

LANGUAGE: Final = "ja"

_KEPT_PIPES: Final = ("tok2vec", "ner")

GINZA_LABEL_TO_ENTITY: Final[Mapping[str, str]] = {
    # People. (N_Person is a count of people, not a name.)
    "Person": PERSON,
    # Places that can locate a person.
    "Postal_Address": ADDRESS,
    "Province": LOCATION,
    "City": LOCATION,
    "County": LOCATION,
    "GPE_Other": LOCATION,
    "Domestic_Region": LOCATION,
    "Location_Other": LOCATION,
    "Country": LOCATION,
    # Organisations.
    "Company": ORGANIZATION,
    "Company_Group": ORGANIZATION,
    "Corporation_Other": ORGANIZATION,
    "Organization_Other": ORGANIZATION,
    "Government": ORGANIZATION,
    "Public_Institution": ORGANIZATION,
    "Political_Organization_Other": ORGANIZATION,
    "Political_Party": ORGANIZATION,
    "International_Organization": ORGANIZATION,
    "School": ORGANIZATION,
    "Research_Institute": ORGANIZATION,
    "Military": ORGANIZATION,
    "Sports_Organization_Other": ORGANIZATION,
    "Pro_Sports_Organization": ORGANIZATION,
    "Show_Organization": ORGANIZATION,
}
"""GiNZA (Sekine's extended named entity) labels → Presidio entity names."""

# Sentence ends, and a cap so one run-on "sentence" cannot make a single NER call huge.
_SENTENCE_END = re.compile(r"[。！？!?\n]+|\.(?=\s|$)")
_MAX_SENTENCE = 160
# SudachiPy refuses very long inputs (about 49 kB of UTF-8); stay far below that.
_MAX_TOKENIZE = 4000
# Pieces per NER batch: the saving of batching levels off at about 8 sentences; a bounded
# batch keeps the model's intermediate arrays small however many ranges one call has.
_NER_BATCH = 32


@dataclass(frozen=True, slots=True)
class Morph:
    """One Sudachi token as plain Python values (cheaper to scan than spaCy tokens)."""

    text: str
    tag: str
    """Part of speech, e.g. ``名詞-固有名詞-人名-姓``."""
    idx: int
    """Offset of the token in the analysed text."""
    lemma: str = ""
    """Dictionary form."""
    oov: bool = False
    """Sudachi did not find the word in its dictionary."""

    def __len__(self) -> int:
        return len(self.text)


_MORPHS_KEY = "mamori_morphs"
_NAME_ENTRIES_KEY = "mamori_name_entries"
_NAME_KINDS_KEY = "mamori_name_kinds"
_ENTRIES_KEY = "mamori_entries"
_NO_KINDS: Final[frozenset[str]] = frozenset()
# A run of kanji words whose joined surface may be a dictionary name (海|都 → 海都).
_KANJI_WORD = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff々〆ヶ]+$")
_HIRAGANA_WORD = re.compile(r"^[\u3041-\u3096ー]+$")
_TO_KATAKANA = {code: code + 0x60 for code in range(0x3041, 0x3097)}


def katakana(text: str) -> str:
    """``text`` with its hiragana written in katakana (ひなた → ヒナタ): the dictionary keeps
    many names under their katakana reading."""
    return text.translate(_TO_KATAKANA)


_NAME_RUN_TOKENS = 2
_NAME_RUN_CHARS = (2, 4)
# Dictionary answers kept per engine; cleared when full, so memory stays bounded.
_LOOKUP_CACHE = 20_000
# Distinct words the tokenised documents' shared vocabulary may hold before it is replaced
# by an empty one (a ``Vocab()`` per document cost ~12 µs, as much as the ``Doc`` itself).
_DOC_VOCAB_WORDS = 20_000


def morphs(doc: Doc) -> tuple[Morph, ...]:
    """The Sudachi tokens behind ``doc`` (made by :meth:`GinzaNlpEngine.tokenize`).

    For a ``Doc`` from anywhere else, the tokens' ``tag_`` and ``lemma_`` are used.
    """
    cached = doc.user_data.get(_MORPHS_KEY)
    if cached is None:
        cached = tuple(Morph(t.text, t.tag_, t.idx, t.lemma_) for t in doc)
        doc.user_data[_MORPHS_KEY] = cached
    return cached


def name_entries(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Token ranges ``(first, stop)`` of ``doc`` (made by :meth:`GinzaNlpEngine.tokenize`)
    that the dictionary lists as a surname or given name while the tokenisation read them
    as something else: one or two kanji nouns, 2-4 characters, none of them tagged 人名; or
    one word in Latin letters the dictionary does not know whose romaji spells a listed name (Noda →
    ノダ, tsukada → ツカダ). Empty for a ``Doc`` from anywhere else."""
    found: tuple[tuple[int, int], ...] = doc.user_data.get(_NAME_ENTRIES_KEY, ())
    return found


def _no_kinds(surface: str) -> frozenset[str]:
    return _NO_KINDS


def name_kinds(doc: Doc) -> Callable[[str], frozenset[str]]:
    """For ``doc`` (made by :meth:`GinzaNlpEngine.tokenize`), a look-up of which kinds of
    name (``姓``, ``名``) the dictionary lists a surface as, in any reading: a hiragana
    word is looked up as written and in katakana (ひなた → ヒナタ), since the dictionary
    keeps many given names under their katakana reading. Cached per engine, about a
    microsecond. For a ``Doc`` from anywhere else the look-up knows no names."""
    lookup: Callable[[str], frozenset[str]] = doc.user_data.get(_NAME_KINDS_KEY, _no_kinds)
    return lookup


def dictionary_entries(doc: Doc) -> Callable[[str], frozenset[str]]:
    """For ``doc`` (made by :meth:`GinzaNlpEngine.tokenize`), a look-up of the tags of
    every dictionary entry written exactly as a surface (``カノウ`` → none, ``トヨタ`` →
    ``名詞-固有名詞-一般``, ``アオヤマ`` → a place and a proper noun): what the word can
    be, whichever reading the tokenisation chose. Cached per engine. For a ``Doc`` from
    anywhere else the look-up knows no entries."""
    lookup: Callable[[str], frozenset[str]] = doc.user_data.get(_ENTRIES_KEY, _no_kinds)
    return lookup


def sentence_ranges(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentence-sized ``(start, end)`` ranges that cover it."""
    ranges: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        ranges.extend(_capped(start, match.end()))
        start = match.end()
    if start < len(text):
        ranges.extend(_capped(start, len(text)))
    return ranges


def _capped(start: int, end: int) -> Iterator[tuple[int, int]]:
    while end - start > _MAX_SENTENCE:
        yield start, start + _MAX_SENTENCE
        start += _MAX_SENTENCE
    if end > start:
        yield start, end


def _token_span(
    tokens: Sequence[Morph], starts: Sequence[int], start: int, end: int
) -> tuple[int, int]:
    """Indices ``first:stop`` of the tokens that lie wholly inside characters
    ``start:end`` (``starts``: the tokens' offsets, ascending; tokens are contiguous, so
    only the tokens at the two edges can stick out)."""
    first = bisect.bisect_left(starts, start)
    stop = bisect.bisect_left(starts, end, first)
    if stop > first and tokens[stop - 1].idx + len(tokens[stop - 1]) > end:
        stop -= 1
    return first, stop


def _chunks(text: str) -> Iterator[tuple[int, int]]:
    """Whole sentences grouped into pieces short enough for one Sudachi call."""
    start = end = 0
    for _, sentence_end in sentence_ranges(text):
        if sentence_end - start > _MAX_TOKENIZE and end > start:
            yield start, end
            start = end
        end = sentence_end
    if end > start:
        yield start, end


class GinzaNlpEngine(NlpEngine):
    """SudachiPy tokens plus selective GiNZA NER (see the module docstring).

    Not thread-safe: use one engine per worker thread, one call at a time.
    """

    def __init__(self, model_name: str = "ja_ginza", sudachi_dict: str = "core") -> None:
        self._model_name = model_name
        self._sudachi_dict = sudachi_dict
        self._nlp: Language | None = None
        self._tokenizer: Tokenizer | None = None
        # Part-of-speech ids → "名詞-固有名詞-人名-姓"; bounded by the dictionary's POS table.
        self._tags: dict[int, str] = {}
        self._dictionary: Dictionary | None = None
        # Surface → the kinds of name (姓, 名) the dictionary lists it as.
        self._name_kinds: dict[str, frozenset[str]] = {}
        # Surface → the parts of speech of every dictionary entry written so.
        self._entries: dict[str, frozenset[str]] = {}
        # The vocabulary of tokenised documents (not the model's): see tokenize.
        self._doc_vocab = Vocab()

    # -- Presidio NlpEngine interface -------------------------------------------------

    def load(self) -> None:
        """Load SudachiPy and the ``tok2vec``/``ner`` part of ``ja_ginza``.

        Raises :class:`OSError` when the model or dictionary package is missing.
        """
        excluded = [
            name
            for name in ("parser", "morphologizer", "compound_splitter", "bunsetu_recognizer")
            if name not in _KEPT_PIPES
        ]
        self._nlp = spacy.load(self._model_name, exclude=excluded)
        missing = [name for name in _KEPT_PIPES if name not in self._nlp.pipe_names]
        if missing:
            raise OSError(f"{self._model_name} has no {', '.join(missing)} component")
        # Anything else the package adds (attribute rulers ...) is not needed for NER.
        for name in list(self._nlp.pipe_names):
            if name not in _KEPT_PIPES:
                self._nlp.disable_pipe(name)
        try:
            self._dictionary = Dictionary(dict=self._sudachi_dict)
            self._tokenizer = self._dictionary.create(SplitMode.C)
        except Exception as exc:  # SudachiPy raises its own error types
            raise OSError(f"Sudachi dictionary {self._sudachi_dict!r} unavailable") from exc
        logger.info("loaded %s (%s) and sudachi %s", self._model_name, _KEPT_PIPES, "C")

    def is_loaded(self) -> bool:
        return self._nlp is not None and self._tokenizer is not None

    @property
    def vocab(self) -> Vocab | None:
        """The loaded model's vocabulary with its static word vectors (None before
        :meth:`load`); the guard's static vectors reuse it instead of reading it again."""
        return self._nlp.vocab if self._nlp is not None else None

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        """Tokenise and run NER over all of ``text`` (Presidio's contract)."""
        doc = self.tokenize(text)
        self.add_entities(doc, sentence_ranges(text))
        return self.artifacts(doc)

    def process_batch(
        self,
        texts: Iterable[str],
        language: str,
        batch_size: int = 1,
        n_process: int = 1,
        **kwargs: Any,
    ) -> Iterator[tuple[str, NlpArtifacts]]:
        for text in texts:
            yield text, self.process_text(text, language)

    def is_stopword(self, word: str, language: str) -> bool:
        return word in STOP_WORDS

    def is_punct(self, word: str, language: str) -> bool:
        return bool(word) and all(unicodedata.category(char)[0] == "P" for char in word)

    def get_supported_entities(self) -> list[str]:
        return sorted(set(GINZA_LABEL_TO_ENTITY.values()))

    def get_supported_languages(self) -> list[str]:
        return [LANGUAGE]

    # -- Mamori's finer-grained interface ---------------------------------------------

    def tokenize(self, text: str) -> Doc:
        """Sudachi tokens as a spaCy ``Doc`` without entities.

        The part of speech, dictionary form and out-of-vocabulary flag of each token are
        kept as :class:`Morph` values (see :func:`morphs`) rather than written into spaCy
        token attributes, which would cost more than the tokenisation itself. The ``Doc`` has
        its own throwaway vocabulary, so the words of a message are not kept in the shared
        model vocabulary after the call: one vocabulary without lexical attributes shared by
        the tokenised documents, replaced by an empty one once it holds
        :data:`_DOC_VOCAB_WORDS` words (a document keeps the one it was made with).
        """
        tokenizer = self._require_tokenizer()
        tokens: list[Morph] = []
        offset = 0
        for start, end in _chunks(text):
            for morpheme in tokenizer.tokenize(text[start:end]):
                surface = morpheme.surface()
                tokens.append(
                    Morph(
                        surface,
                        self._tag(morpheme),
                        offset,
                        morpheme.dictionary_form(),
                        morpheme.is_oov(),
                    )
                )
                offset += len(surface)
        words = [m.text for m in tokens]
        vocab = self._doc_vocab
        if len(vocab) > _DOC_VOCAB_WORDS or len(vocab.strings) > 4 * _DOC_VOCAB_WORDS:
            vocab = self._doc_vocab = Vocab()
        doc = Doc(vocab, words=words, spaces=[False] * len(words))
        doc.user_data[_MORPHS_KEY] = tuple(tokens)
        doc.user_data[_NAME_ENTRIES_KEY] = self._name_entries(tokens)
        doc.user_data[_NAME_KINDS_KEY] = self._kinds_in_any_reading
        doc.user_data[_ENTRIES_KEY] = self._entry_tags
        return doc

    def _name_entries(self, tokens: Sequence[Morph]) -> tuple[tuple[int, int], ...]:
        """See :func:`name_entries`. About one dictionary look-up (a microsecond) per kanji
        noun and pair of kanji nouns; answers are cached per engine."""
        found: list[tuple[int, int]] = []
        for first in range(len(tokens)):
            token = tokens[first]
            if token.oov and len(token.text) >= 3 and token.text.isascii() and token.text.isalpha():
                # A word in Latin letters the dictionary does not know (Noda, tsukada):
                # the katakana it spells may be a listed surname or given name (ノダ).
                kana = romaji_to_katakana(token.text)
                if kana is not None and self._listed_as_name(kana):
                    found.append((first, first + 1))
                continue
            for stop in range(first + 1, min(first + _NAME_RUN_TOKENS, len(tokens)) + 1):
                last = tokens[stop - 1]
                if (
                    not last.tag.startswith("名詞")
                    or "人名" in last.tag
                    or last.tag.startswith("名詞-数詞")
                    or _KANJI_WORD.match(last.text) is None
                ):
                    break
                surface = "".join(m.text for m in tokens[first:stop])
                if not _NAME_RUN_CHARS[0] <= len(surface) <= _NAME_RUN_CHARS[1]:
                    continue
                if self._listed_as_name(surface):
                    found.append((first, stop))
        return tuple(found)

    def _listed_as_name(self, surface: str) -> bool:
        return bool(self._kinds(surface))

    def _kinds(self, surface: str) -> frozenset[str]:
        known = self._name_kinds.get(surface)
        if known is None:
            dictionary = self._dictionary
            known = (
                frozenset(
                    part[3]
                    for part in (m.part_of_speech() for m in dictionary.lookup(surface))
                    if part[2] == "人名" and part[3] in {"姓", "名"}
                )
                if dictionary is not None
                else _NO_KINDS
            )
            if len(self._name_kinds) >= _LOOKUP_CACHE:
                self._name_kinds.clear()
            self._name_kinds[surface] = known
        return known

    def _entry_tags(self, surface: str) -> frozenset[str]:
        """:func:`dictionary_entries`: the tags of every entry, cached like the kinds."""
        known = self._entries.get(surface)
        if known is None:
            dictionary = self._dictionary
            known = (
                frozenset(
                    "-".join(p for p in m.part_of_speech()[:4] if p != "*")
                    for m in dictionary.lookup(surface)
                )
                if dictionary is not None
                else _NO_KINDS
            )
            if len(self._entries) >= _LOOKUP_CACHE:
                self._entries.clear()
            self._entries[surface] = known
        return known

    def _kinds_in_any_reading(self, surface: str) -> frozenset[str]:
        """:func:`name_kinds`: as written, and a hiragana word in katakana too."""
        kinds = self._kinds(surface)
        if _HIRAGANA_WORD.match(surface) is not None:
            kinds |= self._kinds(katakana(surface))
        return kinds

    def _tag(self, morpheme: Morpheme) -> str:
        pos_id = morpheme.part_of_speech_id()
        tag = self._tags.get(pos_id)
        if tag is None:
            tag = "-".join(part for part in morpheme.part_of_speech()[:4] if part != "*")
            self._tags[pos_id] = tag
        return tag

    def add_entities(self, doc: Doc, ranges: Sequence[tuple[int, int]]) -> int:
        """Run GiNZA NER over the given character ranges of ``doc`` and set ``doc.ents``.

        The same as :meth:`add_entities_many` with one document. Returns the number of
        characters processed.
        """
        return self.add_entities_many([(doc, ranges)])

    def add_entities_many(self, work: Sequence[tuple[Doc, Sequence[tuple[int, int]]]]) -> int:
        """Run GiNZA NER over the given character ranges of each document and set its
        ``doc.ents`` (found entities are added to the ones it has; overlaps are resolved
        by :func:`spacy.util.filter_spans`). Returns the number of characters processed.

        Each range is its own small document to the model, so what is found in a range
        depends only on that range's words: the results are the same whether ranges are
        given one per call or all at once. All ranges go through the pipeline together in
        batches of :data:`_NER_BATCH` pieces, which costs about a third less CPU than one
        call per range (the model's fixed cost per call is paid once per batch), and a
        piece with the same words as another one (a sentence in the overlap of two
        chunks, a repeated line) is run once. Entity labels are mapped with
        :data:`GINZA_LABEL_TO_ENTITY`; entities with unmapped labels are dropped.
        """
        nlp = self._require_nlp()
        pieces: dict[tuple[str, ...], int] = {}
        # (document, offset of the piece's first token, index of the piece's words)
        placed: list[tuple[int, int, int]] = []
        processed = 0
        for number, (doc, ranges) in enumerate(work):
            tokens = morphs(doc)
            starts = [m.idx for m in tokens]
            for start, end in ranges:
                first, stop = _token_span(tokens, starts, start, end)
                if first >= stop:
                    continue
                words = tuple(m.text for m in tokens[first:stop])
                placed.append((number, tokens[first].idx, pieces.setdefault(words, len(pieces))))
                processed += end - start
        if not placed:
            return 0
        found_in: list[tuple[tuple[int, int, str], ...]] = []
        # Every word of a piece goes into the model's string store and lexeme table; inside
        # a memory zone they are dropped again when it closes, so novel words (names,
        # katakana, Latin) never accumulate in a long-running worker.
        with nlp.memory_zone():
            docs = (
                Doc(nlp.vocab, words=list(words), spaces=[False] * len(words)) for words in pieces
            )
            for piece in nlp.pipe(docs, batch_size=_NER_BATCH):
                found_in.append(
                    tuple(
                        (ent.start_char, ent.end_char, entity)
                        for ent in piece.ents
                        if (entity := GINZA_LABEL_TO_ENTITY.get(ent.label_)) is not None
                    )
                )
        found: list[list[Span]] = [[] for _ in work]
        for number, offset, index in placed:
            doc = work[number][0]
            for start_char, end_char, entity in found_in[index]:
                span = doc.char_span(
                    offset + start_char, offset + end_char, label=entity, alignment_mode="expand"
                )
                if span is not None:
                    found[number].append(span)
        for (doc, _), spans in zip(work, found, strict=True):
            if spans:
                doc.ents = spacy.util.filter_spans([*doc.ents, *spans])
        return processed

    def artifacts(self, doc: Doc, *, keywords: bool = True) -> NlpArtifacts:
        """Wrap ``doc`` for Presidio recognizers; ``keywords=False`` leaves out the
        lemma keyword list, which only Presidio's context enhancer reads."""
        ents = list(doc.ents)
        tokens = morphs(doc)
        kind = NlpArtifacts if keywords else _ArtifactsWithoutKeywords
        return kind(
            entities=ents,
            tokens=doc,
            tokens_indices=[m.idx for m in tokens],
            lemmas=[m.lemma for m in tokens],
            nlp_engine=self,
            language=LANGUAGE,
            scores=[0.85] * len(ents),
        )

    def _require_nlp(self) -> Language:
        if self._nlp is None:
            raise RuntimeError("GinzaNlpEngine.load() was not called")
        return self._nlp

    def _require_tokenizer(self) -> Tokenizer:
        if self._tokenizer is None:
            raise RuntimeError("GinzaNlpEngine.load() was not called")
        return self._tokenizer


class _ArtifactsWithoutKeywords(NlpArtifacts):
    """Presidio's artifacts without the keyword list (see :meth:`GinzaNlpEngine.artifacts`)."""

    @staticmethod
    def set_keywords(nlp_engine: Any, lemmas: list[str], language: str) -> list[str]:
        return []
