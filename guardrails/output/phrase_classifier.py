"""Banned phrases, reused guard categories and disclaimer topics in one segment of an answer.

Built once per policy version from its ``output`` section (and the ``guard`` categories
it names), with the guard's own :class:`~guardrails.classify.rules_classifier.RulesClassifier`,
so keywords and patterns mean exactly what they mean on the way in: matched on the
normalised text (width, kana and case folded; hidden base64 / escape payloads decoded).

A phrase may straddle the cut between two segments (a segment cut at ``max_chars``). So a
segment is also checked together with the segment before it, and a rule that matches
only across the two counts for the later one. The early cut of an answer's first segment
(``holdback.lead_chars``) asks :meth:`PhraseClassifier.may_end` first, so that it does not
send the beginning of a banned or guard keyword on its own.

Failure behaviour: construction raises ``re.error`` for an invalid pattern (the policy
model already rejects those); classification does not raise.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from guardrails.classify.normalizer import normalize, normalized_views
from guardrails.classify.rules_classifier import RulesClassifier
from guardrails.policy.guard import GuardCategory
from guardrails.policy.model import Policy

__all__ = ["PhraseClassifier", "PhraseHits", "PhraseViews"]


@dataclass(frozen=True, slots=True)
class PhraseHits:
    """Rule names that matched one segment (labels, never text)."""

    banned: tuple[str, ...] = ()
    guard: tuple[str, ...] = ()
    disclaimers: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.banned or self.guard or self.disclaimers)


class PhraseViews:
    """The normalised views of a segment, of the segment before it and of the two
    together, each made on first use and then shared by the rule sets (normalising is most
    of a short segment's check), and each rule set's hits on the segment alone. An answer's
    early first segment is checked by :meth:`PhraseClassifier.may_end` and then classified:
    both read one such object (:meth:`PhraseClassifier.views`), so neither the views nor
    the banned and guard rules on that segment are made twice."""

    def __init__(self, segment: str, before: str) -> None:
        self.text = segment
        self._segment = segment
        self.before_text = before
        self.alone: dict[int, frozenset[str]] = {}
        """Each rule set's (by ``id``) hits on the segment alone, once computed."""

    @functools.cached_property
    def segment(self) -> list[str]:
        return normalized_views(self._segment)

    @functools.cached_property
    def before(self) -> list[str]:
        return normalized_views(self.before_text)

    @functools.cached_property
    def joined(self) -> list[str]:
        return normalized_views(self.before_text + self._segment)


class _ContextRules:
    """One :class:`RulesClassifier`, checked on a segment and across its cut."""

    def __init__(self, rules: Mapping[str, GuardCategory], order: Sequence[str]) -> None:
        self._classifier = RulesClassifier(rules)
        self._order = tuple(order)
        self.empty = not rules

    def hits(self, views: PhraseViews) -> tuple[str, ...]:
        if self.empty:
            return ()
        alone = views.alone.get(id(self))
        if alone is None:
            alone = views.alone[id(self)] = frozenset(self._classifier.classify(views.segment))
        found = set(alone)
        if views.before_text:
            # Only what the two together match beyond the segment alone can be new, and
            # the segment before is classified only then (usually nothing matches at all).
            across = set(self._classifier.classify(views.joined)) - found
            if across:
                found |= across - set(self._classifier.classify(views.before))
        return tuple(name for name in self._order if name in found)


class PhraseClassifier:
    """The output section's phrase rules for one policy; see the module docstring."""

    def __init__(self, policy: Policy) -> None:
        output = policy.output
        banned = {
            name: GuardCategory(keywords=rule.keywords, patterns=rule.patterns)
            for name, rule in output.banned.items()
        }
        guard = {name: policy.guard.categories[name] for name in output.guard_categories}
        disclaimers = {
            name: GuardCategory(keywords=rule.keywords, patterns=rule.patterns)
            for name, rule in output.disclaimers.items()
        }
        # Normalised banned and guard keywords, for may_end (disclaimers only add a note:
        # one found across the cut is still found).
        self._keywords = tuple(
            word
            for category in (*banned.values(), *guard.values())
            for word in (normalize(k) for k in category.keywords)
            if len(word) > 1
        )
        self._banned = _ContextRules(banned, list(output.banned))
        self._guard = _ContextRules(guard, list(output.guard_categories))
        self._disclaimers = _ContextRules(disclaimers, list(output.disclaimers))

    @property
    def empty(self) -> bool:
        """No rules at all: nothing to classify."""
        return self._banned.empty and self._guard.empty and self._disclaimers.empty

    def views(self, segment: str, before: str = "") -> PhraseViews:
        """A segment's views, for :meth:`may_end` and :meth:`classify` to share."""
        return PhraseViews(segment, before)

    def may_end(self, text: str, *, views: PhraseViews | None = None) -> bool:
        """Whether an early first segment may end after ``text``: False when ``text``
        already matches a banned or guard rule (the whole sentence is then held and
        replaced or stopped, as without the early cut), or ends with the beginning of a
        banned or guard keyword (normalised), which the next segment could complete. The
        beginning of a pattern is not looked for (checked across the cut, as any cut)."""
        if views is None or views.text != text or views.before_text:
            views = PhraseViews(text, "")
        if self._banned.hits(views) or self._guard.hits(views):
            return False
        tail = normalize(text[-64:])
        return not any(
            tail.endswith(word[:size]) for word in self._keywords for size in range(1, len(word))
        )

    def classify(
        self, segment: str, before: str = "", *, views: PhraseViews | None = None
    ) -> PhraseHits:
        """The rules ``segment`` matches (alone, or only together with ``before``);
        ``views``: the segment's views made already (:meth:`views`; ignored when they are
        another text's)."""
        if self.empty:
            return PhraseHits()
        if views is None or views.text != segment or views.before_text != before:
            views = PhraseViews(segment, before)
        return PhraseHits(
            banned=self._banned.hits(views),
            guard=self._guard.hits(views),
            disclaimers=self._disclaimers.hits(views),
        )
