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

Context patterns decide nothing on their own: :meth:`RulesClassifier.contexts` names the
categories whose context matched, and the embedding classifier applies their lower
``context_threshold``.

Failure behaviour: construction raises ``re.error`` for an invalid pattern (the policy
model already rejects those); classification does not raise.
"""

from __future__ import annotations

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

__all__ = ["RulesClassifier", "compile_patterns"]


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

    def matched(self, views: Sequence[str]) -> set[int]:
        """The indices (in :attr:`names`) of the categories matching any of ``views``."""
        hits: set[int] = set()
        for view in views:
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

    def classify(self, views: Sequence[str]) -> dict[str, float]:
        """Categories whose rules match any of the normalised ``views`` → 1.0 (in the
        policy's order)."""
        matched = self._rules.matched(views)
        return {name: 1.0 for i, name in enumerate(self._rules.names) if i in matched}


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
