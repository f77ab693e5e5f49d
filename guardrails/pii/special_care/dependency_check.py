"""GiNZA dependency parse for the sentences the lexicon reading leaves open.

Contract: ``GinzaDependencyCheck.states_fact(sentence, anchor_start, anchor_end)`` parses one
sentence and answers whether the sensitive word at the anchor is part of a statement about
a person: it must hang on a predicate as an argument (``obl``/``obj``/``nsubj`` of a verb
whose own subject is not the word itself), not modify a non-person noun (仏教の本,
糖尿病に良い食べ物), and the sentence must not be a question. The model is loaded on the
first call only (``spacy.load("ja_ginza")`` without NER and the bunsetu components) and
shared by every recognizer that holds this object; calls are serialised by a lock. Each
parse runs in a spaCy memory zone, so the words it has seen leave the string store again;
GiNZA's tokenizer still records each novel word's reading in the model's morphology table,
which no zone frees, so after ``recycle_after`` new entries the model is dropped and loaded
afresh on the next call (memory stays bounded; that one call pays the load, ~2 s).
A missing model raises ``RuntimeError`` (nothing is downloaded).

:func:`load_parser` with another component's word vectors (the PII engine's ``ja_ginza``
vocabulary, :func:`guardrails.pii.engine.build_analyzer`) gives the parser a vocabulary of
its own that holds the same vector table instead of reading ``ja_ginza``'s strings and
vectors from disk a second time (~0.8 of the load's ~0.9 CPU-s, and its memory). The
string store and morphology table stay the parser's own, so a recycle still frees what it
gathered; the same words meet the same vectors, so every parse is the same.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

__all__ = ["GinzaDependencyCheck", "load_parser"]

logger = logging.getLogger(__name__)

_EXCLUDED = ("ner", "compound_splitter", "bunsetu_recognizer")
_ARGUMENT = frozenset({"obl", "obj", "iobj", "nsubj", "advcl", "root"})


def load_parser(vectors: Any = None) -> Any:
    """``ja_ginza`` without NER and the bunsetu components. ``vectors``: a loaded
    ``ja_ginza`` vector table to hold (by reference, read only) instead of reading the
    model's vocabulary from disk; None reads it. Raises ``RuntimeError`` when the model is
    not installed."""
    try:
        import spacy

        if vectors is None:
            return spacy.load("ja_ginza", exclude=list(_EXCLUDED))
        from spacy.lang.ja import Japanese
        from spacy.vectors import Vectors
        from spacy.vocab import create_vocab

        # What spacy.load builds before it reads the vocabulary directory (the language's
        # lexical attribute getters), then the given table under this vocabulary's strings;
        # the table's own string store is left as it is (the vocab setter re-points it).
        vocab = create_vocab("ja", Japanese.Defaults, vectors_name=vectors.name)
        table = Vectors(
            strings=vocab.strings,
            data=vectors.data,
            name=vectors.name,
            mode=vectors.mode,
            attr=vectors.attr,
        )
        table.key2row = vectors.key2row
        vocab.vectors = table
        return spacy.load("ja_ginza", vocab=vocab, exclude=[*_EXCLUDED, "vocab"])
    except OSError as exc:
        raise RuntimeError("the GiNZA model ja_ginza is not installed") from exc


class GinzaDependencyCheck:
    """Lazily loaded GiNZA parser answering one question about one sentence."""

    def __init__(
        self,
        person_words: Iterable[str],
        loader: Callable[[], Any] = load_parser,
        *,
        recycle_after: int = 20_000,
    ) -> None:
        self._persons = frozenset(person_words)
        self._loader = loader
        self._recycle_after = recycle_after
        self._nlp: Any = None
        self._base_strings = 0
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        """Whether the model has been loaded (for tests and readiness reporting)."""
        return self._nlp is not None

    def states_fact(self, sentence: str, anchor_start: int, anchor_end: int) -> bool:
        """Parse ``sentence``; ``anchor_*`` are offsets of the sensitive word within it."""
        with self._lock:
            if self._nlp is None:
                self._nlp = self._loader()
                self._base_strings = len(self._nlp.vocab.strings)
                logger.info("GiNZA loaded for special-care dependency checks")
            nlp = self._nlp
            # The sentence's words leave the model's string store when the zone closes (the
            # answer is read inside the zone, while the tokens are valid).
            with nlp.memory_zone():
                answer = self._answer(nlp(sentence), anchor_start, anchor_end)
            if len(nlp.vocab.strings) - self._base_strings > self._recycle_after:
                logger.info(
                    "special-care parser recycled after %d new strings", self._recycle_after
                )
                self._nlp = None
            return answer

    def _answer(self, doc: Any, anchor_start: int, anchor_end: int) -> bool:
        anchor = [t for t in doc if t.idx < anchor_end and t.idx + len(t.text) > anchor_start]
        if not anchor:
            return False
        if any(t.text in {"?", "？", "か"} and t.pos_ in {"PUNCT", "PART"} for t in doc[-3:]):
            return False
        # The last token of a compound is its syntactic head in GiNZA's output.
        word = anchor[-1]
        relation = _relation(word)
        if relation in {"nmod", "compound", "amod"}:
            return bool(word.head.lemma_ in self._persons or word.head.pos_ == "PROPN")
        if relation not in _ARGUMENT:
            return False
        if relation == "root":
            predicate = word
        else:
            predicate = word.head
            if relation == "nsubj" and predicate.pos_ in {"VERB", "ADJ"}:
                # 〇〇は増えています: the illness itself is what the sentence is about.
                return False
        if _relation(predicate) == "acl" and predicate.head.lemma_ not in self._persons:
            return False
        subjects = [c for c in predicate.children if _relation(c) == "nsubj"]
        return all(s.lemma_ in self._persons or s.pos_ in {"PROPN", "PRON"} for s in subjects)


def _relation(token: Any) -> str:
    label = str(token.dep_).lower()
    return label.removesuffix("_bunsetu")
