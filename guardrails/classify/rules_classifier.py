"""Keyword and regular-expression rules from the policy, on normalised text.

Every keyword is normalised like the text (:func:`~guardrails.classify.normalizer.normalize`)
when the classifier is built, so one spelling in the policy matches full/half width,
katakana/hiragana and any case. Each view of the input (the text and its decoded hidden
payloads) is checked.
Patterns are NFKC-normalised and their katakana folded to hiragana (case is handled by
``re.IGNORECASE``), so they may be written in ordinary spelling. A category scores 1.0
when any of its rules match, else it is absent.

Each pattern is searched on its own behind a literal prefilter
(:class:`~guardrails.classify.literal_prefilter.LiteralPrefilter`): a pattern none of whose
required words occurs in the text is not run at all, so a long pasted document costs a
scan for a few words instead of every pattern tried at every position. The answers are
those of one alternation of the category's patterns. The patterns and keywords of all
categories are filed once by one character of each required word
(:class:`~guardrails.classify.literal_prefilter.PrefilterIndex`), so a short text is only
tested against those filed under its own characters, not against every pattern in turn.

The guard's views after the first are readings of the text (decoded payloads, kana,
romaji, typos read back) that mostly copy it: one of :data:`SPAN_MIN_CHARS` or more is read
only on its lines and sentences no earlier view held, with their neighbours, all of them
(:func:`new_spans`, ``classify(..., spans=True)``).

Context patterns decide nothing on their own: :meth:`RulesClassifier.contexts` names the
categories whose context matched, and the embedding classifier applies their lower
``context_threshold``.

Failure behaviour: construction raises ``re.error`` for an invalid pattern (the policy
model already rejects those); classification does not raise.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from guardrails.classify.literal_prefilter import (
    LiteralPrefilter,
    PrefilterIndex,
    ScanText,
    rarest_char,
)
from guardrails.classify.normalizer import fold_kana, normalize
from guardrails.classify.prefilter_plans import PrefilterPlans
from guardrails.policy.guard import GuardCategory, rule_pattern

__all__ = ["RulesClassifier", "compile_patterns", "new_spans"]

SPAN_MIN_CHARS = 1_000
"""A later view at least this long is read only where it differs from the views before it
(:func:`new_spans`); a shorter one is read whole."""
_UNIT_END = re.compile(r"(?<=[\n。！？!?])(?![\n。！？!?])|(?<=\.)(?=[ \t])")
"""Where a view is cut into units: after line breaks and sentence ends, after a period
before a space."""
_UNIT_MAX = 300
"""A unit longer than this (no sentence end in it) is cut again after a space."""
_SPAN_SHARE = 0.8
"""A view whose new units and their neighbours make up this share of it is read whole.
Nothing a reading changed is ever left unread: a reading that rewrites a long text all over
(a log's every timestamp read as leetspeak) is read whole, so an instruction hidden after
many characters of such text is read as before (the guard fails closed)."""


_Words = tuple[tuple[str, ...], tuple[LiteralPrefilter, ...]]
"""A category's keywords and patterns."""


class _Rules:
    """The keywords and patterns of several categories, each filed by one character of
    each word it needs (:class:`PrefilterIndex`): a view is tested only against those
    whose character it holds. The categories found are those of
    ``any(keyword in view) or any(pattern.search(view))`` per category."""

    def __init__(self, rules: Mapping[str, _Words]) -> None:
        self.names = tuple(rules)
        self._patterns: list[LiteralPrefilter] = []
        self._pattern_owner: list[int] = []
        keywords: dict[str, list[tuple[str, int]]] = {}
        for owner, (words, patterns) in enumerate(rules.values()):
            for word in words:
                # A keyword is never empty; a view without its rarest character lacks it.
                keywords.setdefault(rarest_char(word), []).append((word, owner))
            self._patterns.extend(patterns)
            self._pattern_owner.extend([owner] * len(patterns))
        self._keywords = {mark: tuple(found) for mark, found in keywords.items()}
        self._keyword_marks = frozenset(self._keywords)
        self._index = PrefilterIndex(self._patterns)

    def matched(self, views: Sequence[str], *, spans: bool = False) -> set[int]:
        """The indices (in :attr:`names`) of the categories matching any of ``views``;
        with ``spans``, a view after the first that is :data:`SPAN_MIN_CHARS` long or more
        is read only on its units no earlier view holds (:func:`new_spans`)."""
        hits: set[int] = set()
        seen: set[str] | None = set() if spans else None
        for n, view in enumerate(views):
            if seen is not None:
                if n > 0 and len(view) >= SPAN_MIN_CHARS:
                    read = new_spans(view, seen)
                    if read is None:
                        continue
                    view = read
                elif len(views) > 1:
                    seen.update(_units(view))
            scan = ScanText(view)
            if self._keyword_marks:
                for mark in self._keyword_marks & scan.chars:
                    for word, owner in self._keywords[mark]:
                        if owner not in hits and word in view:
                            hits.add(owner)
            for i in self._index.candidates(scan):
                owner = self._pattern_owner[i]
                if owner not in hits and self._patterns[i].search(scan) is not None:
                    hits.add(owner)
        return hits


class RulesClassifier:
    """Matches each category's keywords and patterns; see the module docstring."""

    def __init__(
        self, categories: Mapping[str, GuardCategory], *, plans: PrefilterPlans | None = None
    ) -> None:
        """``plans``: the prefilters' plans kept on disk (none: each pattern is read)."""
        rules: dict[str, _Words] = {}
        contexts: dict[str, _Words] = {}
        for name, category in categories.items():
            keywords = tuple(k for k in (normalize(word) for word in category.keywords) if k)
            patterns = compile_patterns(category.patterns, plans)
            if keywords or patterns:
                rules[name] = (keywords, patterns)
            context = compile_patterns(category.context_patterns, plans)
            if context:
                contexts[name] = ((), context)
        self._rules = _Rules(rules)
        self._contexts = _Rules(contexts)

    def contexts(self, views: Sequence[str]) -> frozenset[str]:
        """Categories whose context patterns match any of the normalised ``views``."""
        matched = self._contexts.matched(views)
        return frozenset(name for i, name in enumerate(self._contexts.names) if i in matched)

    def classify(self, views: Sequence[str], *, spans: bool = False) -> dict[str, float]:
        """Categories whose rules match any of the normalised ``views`` → 1.0 (in the
        policy's order). ``spans``: the first view is the text, the others readings of it
        (decoded payloads, kana, romaji, typos read back): a long reading is read only
        where it differs from the views before it (:func:`new_spans`)."""
        matched = self._rules.matched(views, spans=spans)
        return {name: 1.0 for i, name in enumerate(self._rules.names) if i in matched}


def _units(view: str) -> list[str]:
    """``view`` cut after line breaks and sentence ends, each unit at most about
    :data:`_UNIT_MAX` characters (a longer one is cut after a space); joined, the units are
    ``view``."""
    units: list[str] = []
    for unit in _UNIT_END.split(view):
        while len(unit) > _UNIT_MAX:
            cut = unit.rfind(" ", _UNIT_MAX // 2, _UNIT_MAX) + 1 or _UNIT_MAX
            units.append(unit[:cut])
            unit = unit[cut:]
        if unit:
            units.append(unit)
    return units


def new_spans(view: str, seen: set[str]) -> str | None:
    """The parts of a long reading of a text that earlier views did not hold, for the
    rules: ``view`` cut into units (:func:`_units`); each unit not in ``seen`` with the
    unit before and after it, runs of such units kept as they stand in ``view`` and parted
    by a blank line, all of them (no cap: what is cut is never a part a reading changed).
    ``None`` when every unit is in ``seen`` (nothing new to read); ``view`` itself when the
    parts would be most of it (:data:`_SPAN_SHARE`). ``seen`` gets the view's units.

    Why (issue 18): a reading (the kana view, a joined or un-leeted text, the typos read
    back) rewrites a few words of a long text and leaves the rest as it was; every rule
    read the whole copy again, so an adversarial 4,000-character text with many readings
    cost several full scans. The rules look for requests a sentence or a few long: what a
    reading adds is where it rewrote, and its neighbourhood."""
    units = _units(view)
    fresh = [i for i, unit in enumerate(units) if unit not in seen]
    seen.update(units)
    if not fresh:
        return None
    keep: set[int] = set()
    for i in fresh:
        keep.update((i - 1, i, i + 1))
    kept = sorted(i for i in keep if 0 <= i < len(units))
    size = sum(len(units[i]) for i in kept)
    if size >= _SPAN_SHARE * len(view):
        return view
    parts: list[str] = []
    run: list[str] = []
    last = -2
    for i in kept:
        if i != last + 1 and run:
            parts.append("".join(run))
            run = []
        run.append(units[i])
        last = i
    parts.append("".join(run))
    return "\n\n".join(parts)


def compile_patterns(
    patterns: Sequence[str], plans: PrefilterPlans | None = None
) -> tuple[LiteralPrefilter, ...]:
    """Policy patterns compiled as the rules compile them (folded, case-insensitive),
    each behind its literal prefilter (its plan from ``plans`` when given)."""
    # One search per pattern (not one alternation of them all): each gets its own
    # prefilter, and a pattern without one does not disable the others'.
    compiled = [rule_pattern(_fold(p)) for p in patterns]
    if plans is None:
        return tuple(LiteralPrefilter(c) for c in compiled)
    return tuple(LiteralPrefilter(c, plans.plan(c)) for c in compiled)


def _fold(pattern: str) -> str:
    # Only NFKC and kana folding: case folding would change escapes such as \S and \W.
    return fold_kana(unicodedata.normalize("NFKC", pattern))
