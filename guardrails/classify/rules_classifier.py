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
those of one alternation of the category's patterns.

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
from dataclasses import dataclass

from guardrails.classify.literal_prefilter import LiteralPrefilter, ScanText
from guardrails.classify.normalizer import fold_kana, normalize
from guardrails.policy.guard import GuardCategory

__all__ = ["RulesClassifier", "compile_patterns"]


@dataclass(frozen=True, slots=True)
class _CategoryRules:
    keywords: tuple[str, ...]
    patterns: tuple[LiteralPrefilter, ...]

    def match(self, view: ScanText) -> bool:
        return any(word in view.text for word in self.keywords) or any(
            pattern.search(view) for pattern in self.patterns
        )


class RulesClassifier:
    """Matches each category's keywords and patterns; see the module docstring."""

    def __init__(self, categories: Mapping[str, GuardCategory]) -> None:
        self._rules: dict[str, _CategoryRules] = {}
        self._contexts: dict[str, _CategoryRules] = {}
        for name, category in categories.items():
            keywords = tuple(k for k in (normalize(word) for word in category.keywords) if k)
            patterns = compile_patterns(category.patterns)
            if keywords or patterns:
                self._rules[name] = _CategoryRules(keywords, patterns)
            context = compile_patterns(category.context_patterns)
            if context:
                self._contexts[name] = _CategoryRules((), context)

    def contexts(self, views: Sequence[str]) -> frozenset[str]:
        """Categories whose context patterns match any of the normalised ``views``."""
        scans = [ScanText(view) for view in views]
        return frozenset(
            name
            for name, rules in self._contexts.items()
            if any(rules.match(scan) for scan in scans)
        )

    def classify(self, views: Sequence[str]) -> dict[str, float]:
        """Categories whose rules match any of the normalised ``views`` → 1.0."""
        hits: dict[str, float] = {}
        scans = [ScanText(view) for view in views]
        for name, rules in self._rules.items():
            if any(rules.match(scan) for scan in scans):
                hits[name] = 1.0
        return hits


def compile_patterns(patterns: Sequence[str]) -> tuple[LiteralPrefilter, ...]:
    """Policy patterns compiled as the rules compile them (folded, case-insensitive),
    each behind its literal prefilter."""
    # One search per pattern (not one alternation of them all): each gets its own
    # prefilter, and a pattern without one does not disable the others'.
    return tuple(LiteralPrefilter(re.compile(_fold(p), re.IGNORECASE)) for p in patterns)


def _fold(pattern: str) -> str:
    # Only NFKC and kana folding: case folding would change escapes such as \S and \W.
    return fold_kana(unicodedata.normalize("NFKC", pattern))
