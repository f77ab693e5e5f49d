"""Japanese PII detection: Presidio recognizers on SudachiPy + GiNZA with Mamori's
recognizers, returning non-overlapping findings over the original text.

One :class:`PiiAnalyzer` is built at startup (it loads GiNZA, a few seconds) and then
analyses texts one call at a time. A call (for one text, or for several with
:meth:`PiiAnalyzer.analyze_many`, which runs the NER of all of them as one batch):

1. NFKC-normalises the text, remembering the offset map (:mod:`guardrails.pii.normalize`);
2. tokenises it with SudachiPy (well under a millisecond for a chat message);
3. runs GiNZA's NER only where it can change the answer — on sentences where the cheap
   signals leave a name candidate undecided — or over the whole text when LOCATION or
   ORGANIZATION are asked for (``ner="gated"``, the default; ``"always"``/``"never"`` exist
   for measurement);
4. runs the recognizers (Presidio ``EntityRecognizer`` objects) on the precomputed NLP
   artifacts;
5. drops findings under their threshold, resolves overlaps (higher score wins, then the
   longer span), drops PERSON findings that are well-known public figures named in a
   general way unless ``PUBLIC_FIGURE`` is asked for (:mod:`guardrails.pii.public_figures`)
   and maps the spans back to the original text.

Failure behaviour: construction raises :class:`PiiEngineError` if the model or dictionary is
missing (nothing is downloaded) and :class:`ValueError` for an extra recognizer that does
not support Japanese. :meth:`PiiAnalyzer.analyze` never raises because of what the text
contains (empty, emoji, control characters, very long); any failure inside the engine is
raised as :class:`PiiEngineError` so the caller can fail closed. Nothing here logs text.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from spacy.tokens import Doc

from guardrails.pii.brand_names import names_a_brand
from guardrails.pii.entities import (
    DATE_OF_BIRTH,
    LOCATION,
    OFF_BY_DEFAULT,
    ORGANIZATION,
    PERSON,
    PUBLIC_FIGURE,
)
from guardrails.pii.example_values import is_example_value
from guardrails.pii.findings import PiiFinding
from guardrails.pii.latin_marks import fold_marks
from guardrails.pii.list_partners import with_list_partners
from guardrails.pii.name_echoes import with_name_echoes
from guardrails.pii.name_layouts import (
    with_column_partners,
    with_kana_surnames,
    with_surname_particles,
)
from guardrails.pii.name_topics import talks_about_the_name
from guardrails.pii.nlp_engine import LANGUAGE, GinzaNlpEngine, sentence_ranges
from guardrails.pii.normalize import NormalizedText, normalize
from guardrails.pii.observances import names_an_observance
from guardrails.pii.place_columns import in_place_column
from guardrails.pii.place_labels import (
    after_place_label,
    names_a_place,
    names_a_sight,
    names_a_thing,
)
from guardrails.pii.public_birth_dates import without_public_birth_dates
from guardrails.pii.public_figures import (
    RECORD_TYPES,
    PublicFigures,
    beside_public_mention,
    in_fiction_question,
    in_public_question,
)
from guardrails.pii.public_places import PUBLIC_PLACE_KEY
from guardrails.pii.recognizers.address import AddressRecognizer
from guardrails.pii.recognizers.bank_account import BankAccountRecognizer
from guardrails.pii.recognizers.company_words import is_company_name
from guardrails.pii.recognizers.credit_card import CreditCardRecognizer
from guardrails.pii.recognizers.date_of_birth import DateOfBirthRecognizer
from guardrails.pii.recognizers.driver_license import DriverLicenseRecognizer
from guardrails.pii.recognizers.email_address import EmailAddressRecognizer
from guardrails.pii.recognizers.ginza_entity import GinzaEntityRecognizer
from guardrails.pii.recognizers.health_insurance import HealthInsuranceRecognizer
from guardrails.pii.recognizers.id_number import IdNumberRecognizer
from guardrails.pii.recognizers.ip_address import IpAddressRecognizer
from guardrails.pii.recognizers.labelled_name import LabelledNameRecognizer, is_person_key
from guardrails.pii.recognizers.lettered_license import LetteredLicenseRecognizer
from guardrails.pii.recognizers.marked_latin import MarkedLatinNameRecognizer
from guardrails.pii.recognizers.messaging_id import MessagingIdRecognizer
from guardrails.pii.recognizers.mrz import MrzRecognizer
from guardrails.pii.recognizers.my_number import MyNumberRecognizer
from guardrails.pii.recognizers.name_frames import NameFrameRecognizer
from guardrails.pii.recognizers.name_handles import NameHandleRecognizer
from guardrails.pii.recognizers.national_ids import NationalIdRecognizer
from guardrails.pii.recognizers.nationality import NationalityRecognizer
from guardrails.pii.recognizers.partial_id import PartialIdRecognizer
from guardrails.pii.recognizers.passport import PassportRecognizer
from guardrails.pii.recognizers.person import (
    SURNAME_ALONE_SCORE,
    PersonRecognizer,
    find_person_candidates,
)
from guardrails.pii.recognizers.phone_number import PhoneNumberRecognizer
from guardrails.pii.recognizers.postal_code import PostalCodeRecognizer
from guardrails.pii.recognizers.record_key import RecordKeyRecognizer
from guardrails.pii.recognizers.romaji_name import RomajiNameRecognizer
from guardrails.pii.recognizers.sogi import SogiRecognizer
from guardrails.pii.recognizers.union_membership import UnionMembershipRecognizer
from guardrails.pii.recognizers.western_address import WesternAddressRecognizer
from guardrails.pii.record_dates import with_record_birth_dates
from guardrails.pii.route_stops import in_route
from guardrails.pii.spans import DisjointSpans
from guardrails.pii.statement_subjects import statement_subjects

__all__ = ["DEFAULT_THRESHOLD", "NerMode", "PiiAnalyzer", "PiiEngineError", "PreparedText"]

logger = logging.getLogger(__name__)

DEFAULT_THRESHOLD: Final = 0.5
"""Score a finding needs when ``thresholds`` says nothing about its type."""


# A kana reading in brackets after a name.
_READING_AFTER: Final = re.compile(
    r"[ \u3000]?[(（][\u3041-\u3096\u30a1-\u30faー ・\u3000]{2,24}[)）]"
)
# A kana reading in brackets closing a name's span (山田太郎（やまだ たろう）).
_READING_AT_END: Final = re.compile(
    r"[ \u3000]?[(（][\u3041-\u3096\u30a1-\u30faー ・\u3000]{2,24}[)）]$"
)
_PUBLIC_FIGURE_SCORE: Final = 0.85
# Recognizers whose every pattern needs a character class the text may not have: a digit
# (phone, postal code, My Number, card, account, passport, licence, date of birth, a
# Western or romaji address's block number; kanji and spoken numbers are digits after
# normalisation) or a Latin letter or digit (e-mail, messaging handle, romaji name). A short
# question with neither skips them: same findings, less work (and fewer cold cache lines).
_DIGIT: Final = re.compile(r"[0-9]")
_LATIN: Final = re.compile(r"[A-Za-z]")
_ALNUM: Final = re.compile(r"[A-Za-z0-9]")
# An address may have no ASCII letter at all (иван@пример.рф): its @ lets the e-mail
# recognizer run (twenty-fourth round).
_ALNUM_OR_AT: Final = re.compile(r"[A-Za-z0-9@]")
# A number said in English words starts with its zero (oh-nine-oh, zero nine zero …).
_DIGIT_OR_SAID: Final = re.compile(r"[0-9]|(?i:\b(?:zero|oh|o)\b)")
_NEEDS: Final[dict[type[EntityRecognizer], re.Pattern[str]]] = {
    PhoneNumberRecognizer: _DIGIT_OR_SAID,
    PostalCodeRecognizer: _DIGIT,
    MyNumberRecognizer: _DIGIT,
    CreditCardRecognizer: _DIGIT,
    BankAccountRecognizer: _DIGIT,
    PassportRecognizer: _DIGIT,
    DriverLicenseRecognizer: _DIGIT,
    LetteredLicenseRecognizer: _DIGIT,
    HealthInsuranceRecognizer: _DIGIT,
    IdNumberRecognizer: _DIGIT,
    NationalIdRecognizer: _DIGIT,
    PartialIdRecognizer: _DIGIT,
    IpAddressRecognizer: _DIGIT,
    RecordKeyRecognizer: _DIGIT,
    DateOfBirthRecognizer: _DIGIT,
    WesternAddressRecognizer: _DIGIT,
    EmailAddressRecognizer: _ALNUM_OR_AT,
    MessagingIdRecognizer: _ALNUM,
    RomajiNameRecognizer: _LATIN,
    NameHandleRecognizer: _LATIN,
}


# Sets of wanted types whose recognizers are kept (cleared when full).
_FOR_TYPES_KEPT: Final = 64


class PiiEngineError(RuntimeError):
    """The PII engine could not be built or failed while analysing (fail closed)."""


class NerMode(StrEnum):
    """Where GiNZA's neural NER runs."""

    GATED = "gated"
    """Only on sentences with an undecided name candidate (or everywhere for LOCATION and
    ORGANIZATION)."""
    ALWAYS = "always"
    """On every sentence (slow; for measurement)."""
    NEVER = "never"
    """Nowhere: Sudachi and rules only."""


@dataclass(frozen=True, slots=True)
class PreparedText:
    """A text normalised and tokenised, with the ranges GiNZA's NER will run over chosen:
    the first half of an analysis (:meth:`PiiAnalyzer.prepare`), waiting for
    :meth:`PiiAnalyzer.complete` to run the NER of many such texts as one batch.

    Holds the normalised text and its tokens; keep it only until it is completed, and never
    log it.
    """

    normalized: NormalizedText | None
    """``None`` when there is nothing to analyse (empty text, no wanted type)."""
    doc: Doc | None
    wanted: frozenset[str]
    ner_ranges: tuple[tuple[int, int], ...]
    undecided: tuple[tuple[int, int], ...] = ()
    """The name candidates (normalised offsets) the NER was chosen to decide."""
    presumed: bool = False
    """Set by :meth:`presumed_names`: no NER runs, and every undecided candidate is
    reported as a PERSON."""

    @property
    def ner_chars(self) -> int:
        """Characters the NER will run over for this text."""
        return sum(end - start for start, end in self.ner_ranges)

    def presumed_names(self) -> PreparedText:
        """This text without its NER: each undecided name candidate is reported as a
        PERSON at the score of a GiNZA person span. The fail-closed answer when a request
        has used up its NER allowance: a candidate the NER would have cleared is masked
        rather than a name it would have confirmed passing in clear."""
        return PreparedText(
            self.normalized, self.doc, self.wanted, (), self.undecided, presumed=True
        )


def _built_in_recognizers() -> list[EntityRecognizer]:
    return [
        MyNumberRecognizer(),
        PhoneNumberRecognizer(),
        EmailAddressRecognizer(),
        PostalCodeRecognizer(),
        AddressRecognizer(),
        WesternAddressRecognizer(),
        CreditCardRecognizer(),
        BankAccountRecognizer(),
        PassportRecognizer(),
        MrzRecognizer(),
        DriverLicenseRecognizer(),
        LetteredLicenseRecognizer(),
        HealthInsuranceRecognizer(),
        IdNumberRecognizer(),
        NationalIdRecognizer(),
        PartialIdRecognizer(),
        IpAddressRecognizer(),
        RecordKeyRecognizer(),
        MessagingIdRecognizer(),
        DateOfBirthRecognizer(),
        PersonRecognizer(),
        LabelledNameRecognizer(),
        NameFrameRecognizer(),
        RomajiNameRecognizer(),
        NameHandleRecognizer(),
        # José Núñez, Łukasz Wiśniewski: the name readers again on the folded letters
        MarkedLatinNameRecognizer(),
        GinzaEntityRecognizer(),
        UnionMembershipRecognizer(),
        NationalityRecognizer(),
        SogiRecognizer(),
    ]


# A JSON key ("メイ": …) or a field label at the start of a line (Scribe: …) names the field,
# not a person (round 21): the value after it is what the readers should weigh.
_KEY_AFTER: Final = re.compile(r'\\?"\s*:|[ \t]*:(?!//)')


def _a_key(text: str, result: RecognizerResult) -> bool:
    """Whether the PERSON ``result`` is a JSON key, or a person label (Scribe, Chair) opening
    its line before a colon."""
    if _KEY_AFTER.match(text, result.end) is None:
        return False
    before = text[: result.start]
    if before.endswith('"'):
        return True
    line_start = before.rfind("\n") + 1
    return not before[line_start:].strip() and is_person_key(text[result.start : result.end])


class PiiAnalyzer:
    """Finds PII in Japanese (and mixed) text; see the module docstring.

    Blocking and CPU-bound: run it in a worker thread, one call at a time per instance.
    ``nlp_engine`` lets several analyzers (or tests) share one loaded engine; by default
    the analyzer loads its own.
    """

    def __init__(
        self,
        *,
        extra_recognizers: Sequence[EntityRecognizer] = (),
        model_name: str = "ja_ginza",
        ner: NerMode | str = NerMode.GATED,
        default_threshold: float = DEFAULT_THRESHOLD,
        nlp_engine: GinzaNlpEngine | None = None,
    ) -> None:
        for recognizer in extra_recognizers:
            if recognizer.supported_language != LANGUAGE:
                name = type(recognizer).__name__
                raise ValueError(
                    f"recognizer {name} supports {recognizer.supported_language!r}, "
                    f"not {LANGUAGE!r}"
                )
        self._ner = NerMode(ner)
        self._default_threshold = default_threshold
        self._nlp = nlp_engine or GinzaNlpEngine(model_name=model_name)
        try:
            if not self._nlp.is_loaded():
                self._nlp.load()
        except (OSError, ImportError) as exc:
            raise PiiEngineError(
                f"the PII model {model_name!r} or its Sudachi dictionary is not installed "
                "(install the ja-ginza and sudachidict-core packages; nothing is downloaded "
                "at run time)"
            ) from exc
        recognizers = [*_built_in_recognizers(), *extra_recognizers]
        # The recognizers are called directly rather than through Presidio's
        # AnalyzerEngine: its per-call bookkeeping (recognizer lookup, per-recognizer result
        # partitioning, a deep copy of every result for the context step, duplicate
        # removal that _resolve repeats) cost about a fifth of an analysis. Mamori's
        # recognizers look at their context themselves, in characters; only an extra
        # recognizer that declares context words gets Presidio's lemma context step.
        self._recognizers = tuple(recognizers)
        # The recognizers that can report some of a set of wanted types, per set: a
        # gateway asks for the same few sets (its policies' request and answer types).
        self._for_types: dict[frozenset[str], tuple[EntityRecognizer, ...]] = {}
        self._context_words = any(recognizer.context for recognizer in recognizers)
        self._enhancer = LemmaContextAwareEnhancer() if self._context_words else None
        self._supported = frozenset(
            entity for recognizer in recognizers for entity in recognizer.supported_entities
        ) | {PUBLIC_FIGURE}
        self._public_figures = PublicFigures()
        self._default_entities = self._supported - OFF_BY_DEFAULT
        self.ner_chars = 0
        """Characters NER ran over in the last call (for benchmarks; holds no text)."""
        logger.info(
            "PII analyzer ready: %d recognizers, %d entity types, ner=%s",
            len(recognizers),
            len(self._supported),
            self._ner.value,
        )

    @property
    def supported_entities(self) -> frozenset[str]:
        """Every entity type some recognizer can report (including off-by-default ones)."""
        return self._supported

    @property
    def default_entities(self) -> frozenset[str]:
        """What ``entities=None`` means: all but ORGANIZATION and LOCATION."""
        return self._default_entities

    def analyze(
        self,
        text: str,
        *,
        entities: Collection[str] | None = None,
        thresholds: Mapping[str, float] | None = None,
    ) -> list[PiiFinding]:
        """Find PII in ``text``: sorted, non-overlapping spans of the original text.

        ``entities`` limits the types (unknown names are ignored); ``None`` means
        :attr:`default_entities`. ``thresholds`` maps a type to the score it needs (default
        :data:`DEFAULT_THRESHOLD`). Raises :class:`PiiEngineError` on an engine failure.
        """
        return self.analyze_many([text], entities=entities, thresholds=thresholds)[0]

    def analyze_many(
        self,
        texts: Sequence[str],
        *,
        entities: Collection[str] | None = None,
        thresholds: Mapping[str, float] | None = None,
    ) -> list[list[PiiFinding]]:
        """:meth:`analyze` for each of ``texts``, with GiNZA's NER for all of them run as
        one batch (cheaper than one NER call per text; the findings are the same). Same
        arguments and failure behaviour as :meth:`analyze`."""
        return self.complete(self.prepare(texts, entities=entities), thresholds=thresholds)

    def prepare(
        self, texts: Sequence[str], *, entities: Collection[str] | None = None
    ) -> list[PreparedText]:
        """The first half of :meth:`analyze_many`: normalise and tokenise each text and
        choose where NER will run (no NER yet). Raises :class:`PiiEngineError` on an engine
        failure."""
        wanted = (
            self._default_entities if entities is None else frozenset(entities) & self._supported
        )
        prepared: list[PreparedText] = []
        try:
            for text in texts:
                if not text or not wanted:
                    prepared.append(PreparedText(None, None, wanted, ()))
                    continue
                normalized = normalize(text)
                doc = self._nlp.tokenize(normalized.text)
                ranges, undecided = self._ner_ranges(normalized.text, doc, wanted)
                prepared.append(
                    PreparedText(normalized, doc, wanted, tuple(ranges), tuple(undecided))
                )
        except Exception as exc:
            logger.error("PII analysis failed: %s", type(exc).__name__)
            raise PiiEngineError("PII analysis failed") from exc
        return prepared

    def complete(
        self,
        prepared: Sequence[PreparedText],
        *,
        thresholds: Mapping[str, float] | None = None,
    ) -> list[list[PiiFinding]]:
        """The second half of :meth:`analyze_many`: GiNZA's NER over the chosen ranges of
        every prepared text in one batch, then the recognizers; the findings of each text in
        order. Each prepared text is completed once. Raises :class:`PiiEngineError` on an
        engine failure."""
        self.ner_chars = 0
        try:
            self.ner_chars = self._nlp.add_entities_many(
                [(p.doc, p.ner_ranges) for p in prepared if p.doc is not None and p.ner_ranges]
            )
            return [self._findings(p, thresholds or {}) for p in prepared]
        except Exception as exc:
            logger.error("PII analysis failed: %s", type(exc).__name__)
            raise PiiEngineError("PII analysis failed") from exc

    def _findings(
        self, prepared: PreparedText, thresholds: Mapping[str, float]
    ) -> list[PiiFinding]:
        normalized, doc, wanted = prepared.normalized, prepared.doc, prepared.wanted
        if normalized is None or doc is None:
            return []
        results = self._recognize(normalized.text, wanted - {PUBLIC_FIGURE}, doc)
        if PERSON in wanted:
            # Sofia Walsh is Roma: the subject of a special-care statement is a person.
            results.extend(statement_subjects(normalized.text, results))
        if prepared.presumed and PERSON in wanted:
            results.extend(
                RecognizerResult(PERSON, start, end, GinzaEntityRecognizer.SCORE)
                for start, end in prepared.undecided
            )
        if PUBLIC_FIGURE in wanted and PERSON in wanted:
            results.extend(
                RecognizerResult(PERSON, start, end, _PUBLIC_FIGURE_SCORE)
                for start, end in self._public_figures.find(normalized.text)
            )
        # Yamada Denki, Suzuki Motor: a surname in a company's name is no person; nor is the
        # value of a place field (地域:梅田, 会場：千葉), a shop's or channel's name (嵐山店) or an
        # area before a place noun (梅田のオフィス, 三宮方面).
        results = [
            r
            for r in results
            if r.entity_type != PERSON
            or not (
                is_company_name(normalized.text, r.start, r.end)
                or after_place_label(normalized.text, r.start)
                or names_a_thing(normalized.text, r.start, r.end)
                or names_a_place(normalized.text, r.end)
                or names_a_sight(normalized.text, r.start, r.end)
                or talks_about_the_name(normalized.text, r.start, r.end)
                or names_a_brand(normalized.text, r.start, r.end)
                # Yom Kippur, Rosh Hashanah: a holiday's name (twenty-seventh round)
                or names_an_observance(normalized.text, r.start, r.end)
                # 新宿～渋谷～品川: the stops of a route (twenty-eighth round)
                or in_route(normalized.text, r.start, r.end)
                # 空港,旅客数 / 羽田,…: a cell under a place column (thirtieth round)
                or in_place_column(normalized.text, r.start, r.end)
            )
        ]
        kept = _resolve(results, wanted, thresholds, self._default_threshold)
        # 090-0000-0000, user@example.com shown as an example (thirtieth round)
        kept = [
            r for r in kept if not is_example_value(normalized.text, r.entity_type, r.start, r.end)
        ]
        if PERSON in wanted:
            kept = with_surname_particles(normalized.text, kept)
            kept = with_list_partners(normalized.text, doc, kept)
            kept = with_column_partners(normalized.text, doc, kept)
            kept = with_kana_surnames(normalized.text, doc, kept)
            if DATE_OF_BIRTH in wanted:
                kept = with_record_birth_dates(normalized.text, kept)
            kept = [r for r in kept if r.entity_type != PERSON or not _a_key(normalized.text, r)]
        if PUBLIC_FIGURE not in wanted:
            kept = self._without_public_figures(normalized.text, kept)
            if DATE_OF_BIRTH in wanted:
                # a listed figure's birth date asked about (twenty-sixth round)
                kept = without_public_birth_dates(normalized.text, kept, self._public_figures)
        if PERSON in wanted:
            # Tobias Grant … Tobias has asked: the given name said again (twenty-fourth round)
            kept = with_name_echoes(normalized.text, kept)
        findings: list[PiiFinding] = []
        for result in kept:
            start, end = normalized.to_original(result.start, result.end)
            if start < end:
                findings.append(PiiFinding(start, end, result.entity_type, round(result.score, 4)))
        findings.sort()
        return findings

    def _recognize(self, text: str, wanted: frozenset[str], doc: Doc) -> list[RecognizerResult]:
        """Every recognizer that can report a wanted type, on the shared NLP artifacts."""
        entities = sorted(wanted)
        artifacts = self._nlp.artifacts(doc, keywords=self._context_words)
        results: list[RecognizerResult] = []
        able = self._for_types.get(wanted)
        if able is None:
            if len(self._for_types) >= _FOR_TYPES_KEPT:
                self._for_types.clear()
            able = self._for_types[wanted] = tuple(
                r for r in self._recognizers if wanted.intersection(r.supported_entities)
            )
        present = {need: need.search(text) is not None for need in set(_NEEDS.values())}
        chosen = [r for r in able if (need := _NEEDS.get(type(r))) is None or present[need]]
        for recognizer in chosen:
            found = recognizer.analyze(text=text, entities=entities, nlp_artifacts=artifacts)
            if not found:
                continue
            for result in found:
                # Presidio's context step finds a result's recognizer by this id.
                metadata = result.recognition_metadata or {}
                metadata.setdefault(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, recognizer.id)
                metadata.setdefault(RecognizerResult.RECOGNIZER_NAME_KEY, type(recognizer).__name__)
                result.recognition_metadata = metadata
            results.extend(found)
        if self._enhancer is not None:
            results = self._enhancer.enhance_using_context(text, results, artifacts, chosen)
        return results

    def _without_public_figures(
        self, text: str, results: list[RecognizerResult]
    ) -> list[RecognizerResult]:
        types = {r.entity_type for r in results}
        public = set()
        for r in results:
            if r.entity_type != PERSON:
                continue
            # 孫正義（そん まさよし）の経営哲学: the name read without its bracketed reading
            # (thirty-first round)
            reading = _READING_AT_END.search(text, r.start, r.end)
            seen, end = (
                (text[: reading.start()] + text[r.end :], reading.start())
                if reading is not None and reading.start() > r.start
                else (text, r.end)
            )
            # García Márquez's novels: read with the list's plain letters (thirty-second round)
            seen = fold_marks(seen)
            if (
                self._public_figures.is_general_mention(seen, r.start, end, types)
                or in_public_question(seen, r.start, end, types)
                or in_fiction_question(seen, r.start, end, types)
            ):
                public.add(id(r))
        if (
            not types & RECORD_TYPES
            and any(r.entity_type == PERSON and id(r) not in public for r in results)
            and _READING_AFTER.search(text) is not None  # the list's pattern costs ~1 ms
        ):
            # 江戸川コナン（えどがわ こなん）: the reading of a listed name is that name's
            # (thirty-first round)
            readings = [
                (end, match.end())
                for _, end in self._public_figures.find(text)
                if (match := _READING_AFTER.match(text, end)) is not None
            ]
            public |= {
                id(r)
                for r in results
                if r.entity_type == PERSON and any(s < r.start and r.end <= e for s, e in readings)
            }
        if public and not types & RECORD_TYPES:
            # a name beside a public figure in the same question (twenty-third round)
            mentions = [(r.start, r.end) for r in results if id(r) in public]
            public |= {
                id(r)
                for r in results
                if r.entity_type == PERSON
                and id(r) not in public
                and beside_public_mention(text, r.start, r.end, mentions)
            }
        return [r for r in results if id(r) not in public]

    def _ner_ranges(
        self, text: str, doc: Doc, wanted: frozenset[str]
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The sentences NER will run over and the undecided name candidates that chose
        them (none when LOCATION or ORGANIZATION make NER run everywhere)."""
        if self._ner is NerMode.NEVER:
            return [], []
        if self._ner is NerMode.ALWAYS or wanted & {LOCATION, ORGANIZATION}:
            return sentence_ranges(text), []
        if PERSON not in wanted:
            return [], []
        # A lone one-character name (愛, 誠) is almost never worth a neural pass.
        # A well-known person named in passing is dropped later anyway: no neural pass.
        undecided = [
            c
            for c in find_person_candidates(text, doc)
            if c.score <= SURNAME_ALONE_SCORE
            and c.end - c.start >= 2
            and (
                PUBLIC_FIGURE in wanted
                or not self._public_figures.is_general_mention(text, c.start, c.end)
            )
        ]
        if not undecided:
            return [], []
        # The sentences holding a candidate's start: one bisection per sentence over the
        # sorted starts, not every candidate per sentence (a long text has many of both).
        starts = sorted(c.start for c in undecided)
        ranges = [
            (start, end)
            for start, end in sentence_ranges(text)
            if (index := bisect.bisect_left(starts, start)) < len(starts) and starts[index] < end
        ]
        return ranges, sorted((c.start, c.end) for c in undecided)


def _resolve(
    results: Iterable[RecognizerResult],
    wanted: frozenset[str],
    thresholds: Mapping[str, float],
    default_threshold: float,
) -> list[RecognizerResult]:
    """Keep wanted results above threshold; among overlaps prefer score, then length."""
    candidates = [
        r
        for r in results
        if r.entity_type in wanted
        and r.end > r.start
        and r.score >= thresholds.get(r.entity_type, default_threshold)
    ]
    _widen_names(candidates)
    candidates.sort(key=lambda r: (-r.score, -(r.end - r.start), r.start))
    kept: list[RecognizerResult] = []
    taken = DisjointSpans()
    for result in candidates:
        if not taken.overlaps(result.start, result.end):
            taken.add(result.start, result.end)
            kept.append(result)
    # A public place's address claims its span and is then let through (public_places).
    return [r for r in kept if not (r.recognition_metadata or {}).get(PUBLIC_PLACE_KEY)]


def _widen_names(candidates: list[RecognizerResult]) -> None:
    """A PERSON span a label or layout gives that holds a surer, shorter PERSON span takes
    its score: the whole name (契約者 小池 公見, 氏名 石 原  真 理) wins over the part a
    name reader is surer of (小池), so no part of the name is left in clear. Linear in
    the number of names (each looks only at the names starting inside it)."""
    people = sorted((r for r in candidates if r.entity_type == PERSON), key=lambda r: r.start)
    starts = [r.start for r in people]
    for outer in people:
        metadata = outer.recognition_metadata or {}
        if metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY) != LabelledNameRecognizer.__name__:
            continue
        best = outer.score
        index = bisect.bisect_left(starts, outer.start)
        while index < len(people) and starts[index] < outer.end:
            inner = people[index]
            if inner is not outer and inner.end <= outer.end and inner.score > best:
                best = inner.score
            index += 1
        if best > outer.score:
            outer.score = best
