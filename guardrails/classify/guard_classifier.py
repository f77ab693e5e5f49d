"""One decision from the rules and the embedding classifier, for one policy version.

:class:`GuardClassifier` is built from a policy's ``guard:`` section (embedding every
exemplar once) and classifies a text into a :class:`GuardVerdict`: a score per category
(the higher of the rule score, 1.0 on a match, and the embedding similarity), the
categories that triggered, and which of them are enforced rather than monitored.

With ``prescreen`` on in the policy, text that no rule, context pattern or hidden payload
touched and that static word vectors place far from every category is allowed without the
embedding (:mod:`guardrails.classify.prescreen`; the verdict is ``prescreened``).

The action of a verdict is the most severe among enforced categories: ``block`` and
``respond`` (both keep the request from the model) > ``route`` > ``flag``; with none
enforced it is ``allow`` (``monitor`` categories are still reported in
:attr:`GuardVerdict.monitored`). Between ``block`` and ``respond`` the higher score decides
(a rule match scores 1.0), so someone who writes 「死にたい」 gets the self-harm reply with
where to find help even when a block category also scored near its threshold; a tie goes
to ``block``.

Failure behaviour: classification is blocking (the embedder); embedder errors propagate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guardrails.classify.embedding_classifier import BENIGN, EmbeddingClassifier
from guardrails.classify.normalizer import clean, hidden_payloads, normalize
from guardrails.classify.prescreen import Prescreen
from guardrails.classify.rules_classifier import RulesClassifier
from guardrails.classify.static_vectors import static_vectors
from guardrails.classify.vector_cache import VectorCache
from guardrails.policy.guard import GuardAction, GuardMode, GuardPolicy
from guardrails.policy.pii import SPECIAL_CARE_TAGS
from retrieval.embedder import Embedder

__all__ = ["ALLOW", "GuardClassifier", "GuardVerdict"]

ALLOW = "allow"

# The special-care tags the PII stage masks with, as they appear in normalised text.
_CARE_TAG = re.compile("|".join(re.escape(normalize(tag)) for tag in SPECIAL_CARE_TAGS.values()))

_SEVERITY = {
    GuardAction.BLOCK: 3,
    GuardAction.RESPOND: 3,
    GuardAction.ROUTE: 2,
    GuardAction.FLAG: 1,
}
_TIE_BREAK = {
    GuardAction.BLOCK: 0,
    GuardAction.RESPOND: 1,
    GuardAction.ROUTE: 0,
    GuardAction.FLAG: 0,
}


@dataclass(frozen=True, slots=True)
class GuardVerdict:
    """What the guard decided about one input: labels and scores, never text."""

    action: str
    """``allow`` or the :class:`GuardAction` of the deciding category."""
    category: str | None
    """The enforced category that decided the action (``None`` for ``allow``)."""
    categories: tuple[str, ...]
    """Every triggered category, enforced or monitored, most severe first."""
    monitored: tuple[str, ...]
    """Triggered categories in ``monitor`` mode (audited, not enforced)."""
    scores: dict[str, float]
    """Score per category (rule match → 1.0, else embedding similarity) and ``benign``."""
    rule_hits: tuple[str, ...]
    """Categories triggered by a keyword or pattern."""
    prescreened: bool = False
    """Allowed by the static-vector prescreen without the embedding (no exemplar scores)."""


class GuardClassifier:
    """Rules + exemplar embeddings for one policy; see the module docstring."""

    def __init__(
        self,
        policy: GuardPolicy,
        embedder: Embedder | None,
        *,
        vector_cache: VectorCache | None = None,
    ) -> None:
        self._policy = policy
        self._rules = RulesClassifier(policy.categories)
        self._rule_blocks = frozenset(
            name
            for name, category in policy.categories.items()
            if category.action is GuardAction.BLOCK and category.mode is GuardMode.ENFORCE
        )
        self._embedding = (
            EmbeddingClassifier(
                embedder,
                policy.categories,
                policy.benign_exemplars,
                top_k=policy.top_k,
                margin=policy.margin,
                vector_cache=vector_cache,
            )
            if embedder is not None and policy.embedding
            else None
        )
        self._prescreen = (
            Prescreen(
                static_vectors(),
                policy.categories,
                policy.benign_exemplars,
                top_k=policy.top_k,
                settings=policy.prescreen,
            )
            if self._embedding is not None and policy.prescreen.enabled
            else None
        )

    def classify(self, text: str) -> GuardVerdict:
        """The verdict for ``text`` (blocking: embeds the text, unless a rule of an enforced
        ``block`` category already matched: nothing the exemplars find can change that
        action, and the embedding is most of the cost)."""
        payloads = hidden_payloads(text)
        normalized = list(dict.fromkeys(normalize(view) for view in [text, *payloads]))
        rule_scores = self._rules.classify(normalized)
        scores: dict[str, float] = {}
        triggered = set(rule_scores)
        if (
            self._embedding is not None
            and not self._embedding.empty
            and not any(name in self._rule_blocks for name in rule_scores)
        ):
            views = list(dict.fromkeys(v for v in (clean(x) for x in [text, *payloads]) if v))
            # The special-care tags the PII stage writes (<要配慮:犯罪歴>) name a category of
            # the user's own data; their words must not count as context (犯罪 → crime).
            contexts = self._rules.contexts([_CARE_TAG.sub(" ", view) for view in normalized])
            if (
                self._prescreen is not None
                and not rule_scores
                and not contexts
                and not payloads
                and len(views) == 1
                and self._prescreen.passes(views[0])
            ):
                return self._verdict(set(), {}, (), prescreened=True)
            embedded = self._embedding.scores(views, contexts)
            scores.update(embedded.scores)
            triggered |= embedded.triggered
        scores.update(rule_scores)
        return self._verdict(triggered, scores, tuple(sorted(rule_scores)))

    def with_model(self, verdict: GuardVerdict, model_scores: dict[str, float]) -> GuardVerdict:
        """``verdict`` with the categories a guard model found added (its own threshold applied)."""
        if not model_scores:
            return verdict
        known = {k: v for k, v in model_scores.items() if k in self._policy.categories}
        scores = dict(verdict.scores)
        for name, score in known.items():
            scores[name] = max(scores.get(name, 0.0), score)
        return self._verdict(
            set(verdict.categories) | set(known),
            scores,
            verdict.rule_hits,
            prescreened=verdict.prescreened,
        )

    def _verdict(
        self,
        triggered: set[str],
        scores: dict[str, float],
        rule_hits: tuple[str, ...],
        *,
        prescreened: bool = False,
    ) -> GuardVerdict:
        categories = self._policy.categories
        ordered = sorted(
            triggered,
            key=lambda name: (
                -_SEVERITY[categories[name].action],
                -scores.get(name, 0.0),
                _TIE_BREAK[categories[name].action],
                name,
            ),
        )
        enforced = [n for n in ordered if categories[n].mode is GuardMode.ENFORCE]
        monitored = tuple(n for n in ordered if categories[n].mode is GuardMode.MONITOR)
        deciding = enforced[0] if enforced else None
        return GuardVerdict(
            action=str(categories[deciding].action) if deciding is not None else ALLOW,
            category=deciding,
            categories=tuple(ordered),
            monitored=monitored,
            scores={k: v for k, v in scores.items() if k in categories or k == BENIGN},
            rule_hits=rule_hits,
            prescreened=prescreened,
        )
