"""Keyword and regular-expression rules from the policy, on normalised text.

Every keyword is normalised like the text (:func:`~guardrails.classify.normalizer.normalize`)
when the classifier is built, so one spelling in the policy matches full/half width,
katakana/hiragana and any case. Each view of the input (the text and its decoded hidden
payloads) is checked.
Patterns are NFKC-normalised and their katakana folded to hiragana (case is handled by
``re.IGNORECASE``), so they may be written in ordinary spelling. A category scores 1.0
when any of its rules match, else it is absent.

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

from guardrails.classify.normalizer import fold_kana, normalize
from guardrails.policy.guard import GuardCategory

__all__ = ["RulesClassifier"]


@dataclass(frozen=True, slots=True)
class _CategoryRules:
    keywords: tuple[str, ...]
    pattern: re.Pattern[str] | None


class RulesClassifier:
    """Matches each category's keywords and patterns; see the module docstring."""

    def __init__(self, categories: Mapping[str, GuardCategory]) -> None:
        self._rules: dict[str, _CategoryRules] = {}
        self._contexts: dict[str, re.Pattern[str]] = {}
        for name, category in categories.items():
            keywords = tuple(k for k in (normalize(word) for word in category.keywords) if k)
            pattern = _alternatives(category.patterns)
            if keywords or pattern is not None:
                self._rules[name] = _CategoryRules(keywords, pattern)
            context = _alternatives(category.context_patterns)
            if context is not None:
                self._contexts[name] = context

    def contexts(self, views: Sequence[str]) -> frozenset[str]:
        """Categories whose context patterns match any of the normalised ``views``."""
        return frozenset(
            name
            for name, pattern in self._contexts.items()
            if any(pattern.search(view) for view in views)
        )

    def classify(self, views: Sequence[str]) -> dict[str, float]:
        """Categories whose rules match any of the normalised ``views`` → 1.0."""
        hits: dict[str, float] = {}
        for name, rules in self._rules.items():
            for view in views:
                if any(word in view for word in rules.keywords) or (
                    rules.pattern is not None and rules.pattern.search(view)
                ):
                    hits[name] = 1.0
                    break
        return hits


def _alternatives(patterns: Sequence[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{_fold(p)})" for p in patterns), re.IGNORECASE)


def _fold(pattern: str) -> str:
    # Only NFKC and kana folding: case folding would change escapes such as \S and \W.
    return fold_kana(unicodedata.normalize("NFKC", pattern))
