"""The special-care lexicons: sensitive words, predicates and context words, read from the
TSV files in ``lexicons/`` (documented in ``lexicons/README.md``).

Contract: ``Lexicon.load()`` reads the packaged files once and compiles them into two
matchers (Japanese by substring, English by whole word, case-insensitive) plus lookup sets.
``find_terms(text)`` returns non-overlapping ``TermHit`` values, the longest term winning
at each position, then regular-expression hits that overlap no term. A malformed line
raises ``LexiconError`` naming the file and line number, so a broken data file stops the
process at start-up instead of silently dropping entries.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable

from guardrails.classify.literal_prefilter import LiteralPrefilter, ScanText

__all__ = ["Lexicon", "LexiconError", "TermHit", "TermKind"]

logger = logging.getLogger(__name__)

TermKind = str
"""``topic`` (needs a predicate or a person), ``weak`` (needs a predicate) or ``status``."""

_KINDS = frozenset({"topic", "weak", "status"})
_TERM_FILES = (
    "diseases.tsv",
    "disabilities.tsv",
    "treatments.tsv",
    "checkups.tsv",
    "creeds.tsv",
    "ethnicities.tsv",
    "social_status.tsv",
    "justice.tsv",
)
_WORD_CHARS = "A-Za-z0-9"
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_Trie = dict[str, "_Trie"]


class LexiconError(ValueError):
    """A lexicon file is missing or has a malformed line."""


@dataclass(frozen=True, slots=True)
class TermHit:
    """A sensitive word found in normalised text; offsets are into that text."""

    start: int
    end: int
    category: str
    """A category key, or ``offence`` (takes its category from the predicate)."""
    kind: TermKind
    english: bool


@dataclass(frozen=True, slots=True)
class _Entry:
    category: str
    kind: TermKind


def _fold(term: str) -> str:
    return unicodedata.normalize("NFKC", term).strip()


# Twenty-fourth round (HR statements): a pattern may take in a listed word of a kindred
# category (an offence inside "a prior for shoplifting", an illness inside 乳がん術後): the
# longer span names the record or the operation.
_KIN = (
    frozenset({"offence", "criminal_record", "criminal_procedure"}),
    frozenset({"medical_history", "medical_treatment"}),
    # twenty-fifth round: the offence suffered with 被害 (痴漢被害にあった: the whole is the core)
    frozenset({"offence", "crime_victim"}),
    # twenty-seventh round: a drug named with its dependence (覚醒剤の依存: the whole is the
    # illness)
    frozenset({"offence", "medical_history"}),
)


def _kin(inner: str, outer: str) -> bool:
    return inner == outer or any(inner in kin and outer in kin for kin in _KIN)


_LEVEL_DIGIT = re.compile(r"(?<=[a-z]{3}[ -])[0-9](?=$| )")
_TRAILING_ASIDE = re.compile(r"(?<=[a-z]) \([^()]{1,30}\)$")


def _trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, longest first, built as a trie so
    matching costs one pass in the C engine instead of one try per word."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: _Trie) -> str:
        terminal = "" in node
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if terminal:
            return "(?:" + body + ")?"
        return body

    return render(trie)


def _rows(directory: Traversable, name: str, columns: int) -> list[tuple[str, ...]]:
    path = directory / name
    try:
        content = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError(f"lexicon file {name} is missing") from exc
    rows: list[tuple[str, ...]] = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(line.split("\t"))
        if len(fields) != columns or not all(field.strip() for field in fields):
            raise LexiconError(f"{name}:{number}: expected {columns} tab-separated fields")
        rows.append(fields)
    return rows


class Lexicon:
    """Compiled lexicons. Immutable after construction and safe to share between threads."""

    def __init__(
        self,
        terms: Mapping[str, tuple[str, TermKind]],
        patterns: Iterable[tuple[str, str, TermKind]],
        pattern_stop: Iterable[str],
        predicates: Mapping[str, frozenset[str]],
        context: Mapping[str, frozenset[str]],
    ) -> None:
        japanese: dict[str, _Entry] = {}
        english: dict[str, _Entry] = {}
        for raw_term, (category, kind) in terms.items():
            if kind not in _KINDS:
                raise LexiconError(f"unknown kind {kind!r}")
            term = _fold(raw_term)
            if term.isascii():
                english[term.lower()] = _Entry(category, kind)
            else:
                japanese[term] = _Entry(category, kind)
        self._japanese = japanese
        self._english = english
        self._japanese_re = re.compile(_trie_pattern(japanese))
        # An English plural (Mormons, Scientologists) is the same word.
        self._english_re = re.compile(
            rf"(?<![{_WORD_CHARS}])(?P<stem>{_trie_pattern(english)})s?(?![{_WORD_CHARS}])",
            re.IGNORECASE,
        )
        self._patterns = tuple(
            (re.compile(pattern), _Entry(category, kind)) for pattern, category, kind in patterns
        )
        # The strings each pattern needs (the guard's literal prefilter): a text holding none
        # of them is not scanned by it. Most patterns look for a cue (毎朝, 主治医に, 型, 詐欺)
        # few texts have, and a scan costs 3-20 µs on 200 characters.
        self._prefilters = tuple(LiteralPrefilter(pattern) for pattern, _ in self._patterns)
        self._pattern_stop = frozenset(_fold(word) for word in pattern_stop)
        self.predicates: Mapping[str, frozenset[str]] = dict(predicates)
        """Lemma → roles (``confirm``, ``checkup_result``, or a criminal category key)."""
        self.context: Mapping[str, frozenset[str]] = dict(context)
        """Role (``frame``, ``person``, ``generic_head`` ...) → words."""
        self._predicate_surface_re = re.compile(
            _trie_pattern(word for word in predicates if len(word) >= 3 and not word.isascii())
        )

    @classmethod
    def load(cls, directory: Traversable | None = None) -> Lexicon:
        """Read the packaged lexicons (or those in ``directory``); raise ``LexiconError``."""
        base = directory or resources.files(__package__).joinpath("lexicons")
        terms: dict[str, tuple[str, TermKind]] = {}
        for name in _TERM_FILES:
            for term, category, kind in _rows(base, name, 3):
                terms.setdefault(term, (category, kind))
        patterns = [(p, c, k) for p, c, k in _rows(base, "patterns.tsv", 3)]
        stop = [row[0] for row in _rows(base, "pattern_stop.tsv", 1)]
        predicates: dict[str, set[str]] = {}
        for lemma, role in _rows(base, "predicates.tsv", 2):
            predicates.setdefault(_fold(lemma), set()).add(role)
        context: dict[str, set[str]] = {}
        for word, role in _rows(base, "context.tsv", 2):
            context.setdefault(role, set()).add(_fold(word))
        lexicon = cls(
            terms,
            patterns,
            stop,
            {lemma: frozenset(roles) for lemma, roles in predicates.items()},
            {role: frozenset(words) for role, words in context.items()},
        )
        logger.debug("special-care lexicon loaded: %d terms", len(terms))
        return lexicon

    def words(self, role: str) -> frozenset[str]:
        """Context words of ``role``; an empty set for a role no file defines."""
        return self.context.get(role, frozenset())

    def find_terms(self, text: str) -> list[TermHit]:
        """Sensitive words in ``text`` (already normalised), sorted by start."""
        hits: list[TermHit] = []
        for match in self._japanese_re.finditer(text):
            if match.end() == match.start():
                continue
            entry = self._japanese[match.group()]
            hits.append(TermHit(match.start(), match.end(), entry.category, entry.kind, False))
        # a typographic apostrophe is the ASCII one (Crohn’s disease); same length, so the
        # offsets stay those of ``text`` (twenty-third round)
        for match in self._english_re.finditer(text.translate(_APOSTROPHES)):
            entry = self._english[match.group("stem").lower()]
            hits.append(TermHit(match.start(), match.end(), entry.category, entry.kind, True))
        taken = [(hit.start, hit.end) for hit in hits]
        scan = ScanText(text)
        for (pattern, entry), prefilter in zip(self._patterns, self._prefilters, strict=True):
            if prefilter.search(scan) is None:
                continue
            for match in pattern.finditer(text):
                start, end = match.span()
                if match.group() in self._pattern_stop:
                    continue
                overlapping = [h for h in hits if start < h.end and h.start < end]
                if overlapping and not all(
                    start <= h.start
                    and h.end <= end
                    and (h.end - h.start) < (end - start)
                    and _kin(h.category, entry.category)
                    for h in overlapping
                ):
                    continue
                # A pattern that extends a listed word of its category (還付金詐欺 around
                # 詐欺) replaces it: the longer span is the thing named.
                hits = [h for h in hits if h not in overlapping]
                taken = [t for t in taken if not (start <= t[0] and t[1] <= end)]
                if any(start < t_end and t_start < end for t_start, t_end in taken):
                    continue
                taken.append((start, end))
                # A pattern matching Latin words only (an English drug name by its stem, a
                # Labour member, post-op, card-carrying: hyphens and apostrophes too, twenty-fifth
                # round) is read the English way; every other match is Japanese or a measured value.
                # A level or grade's single digit after an English word (care level 3, grade 2
                # disability) leaves it English (twenty-ninth round).
                # Thirty-first round: so does an aside in brackets at its end (pregnant (about
                # 14 weeks)).
                word = _TRAILING_ASIDE.sub("", _LEVEL_DIGIT.sub("", match.group()))
                english = word.isascii() and re.sub(r"[ '-]", "", word).isalpha()
                hits.append(TermHit(start, end, entry.category, entry.kind, english))
        hits.sort(key=lambda hit: (hit.start, -hit.end))
        return hits

    def find_surface_predicates(self, text: str) -> list[tuple[int, int, frozenset[str]]]:
        """Multi-character predicates found by spelling (要精密検査, 書類送検 ...)."""
        found: list[tuple[int, int, frozenset[str]]] = []
        for match in self._predicate_surface_re.finditer(text):
            if match.end() > match.start():
                found.append((match.start(), match.end(), self.predicates[match.group()]))
        return found
