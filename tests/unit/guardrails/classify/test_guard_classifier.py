from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from guardrails.classify.guard_classifier import ALLOW, GuardClassifier
from guardrails.policy.guard import GuardAction, GuardCategory, GuardMode, GuardPolicy
from retrieval.embedder import Vectors

_TOPICS = ("weapon", "hotline", "route", "flag", "lunch")


class TopicEmbedder:
    """One dimension per topic word: similarity 1.0 on the same topic, 0 otherwise."""

    name = "topics"
    dimension = len(_TOPICS) + 1

    def _embed(self, texts: Sequence[str]) -> Vectors:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            hits = [i for i, topic in enumerate(_TOPICS) if topic in text.lower()]
            out[row, hits[0] if hits else len(_TOPICS)] = 1.0
        return out

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        return self._embed(texts)

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self._embed(texts)


def _policy(**overrides: GuardCategory) -> GuardPolicy:
    categories = {
        "weapons": GuardCategory(threshold=0.8, exemplars=("weapon request",)),
        "self_harm": GuardCategory(
            action=GuardAction.RESPOND, message="help", threshold=0.8, exemplars=("hotline",)
        ),
        "legal": GuardCategory(action=GuardAction.ROUTE, threshold=0.8, exemplars=("route me",)),
        "watch": GuardCategory(action=GuardAction.FLAG, threshold=0.8, exemplars=("flag me",)),
        "rules_only": GuardCategory(keywords=("forbidden phrase",)),
    }
    categories.update(overrides)
    return GuardPolicy(categories=categories, benign_exemplars=("lunch menu",))


@pytest.mark.parametrize(
    ("text", "action", "category"),
    [
        ("a weapon please", "block", "weapons"),
        ("hotline?", "respond", "self_harm"),
        ("route this", "route", "legal"),
        ("flag this", "flag", "watch"),
        ("the FORBIDDEN phrase", "block", "rules_only"),
        ("weapon and hotline", "block", "weapons"),
        ("lunch today", ALLOW, None),
        ("nothing at all", ALLOW, None),
    ],
    ids=["block", "respond", "route", "flag", "rule", "first-topic", "benign", "unrelated"],
)
def test_actions(text: str, action: str, category: str | None) -> None:
    verdict = GuardClassifier(_policy(), TopicEmbedder()).classify(text)
    assert (verdict.action, verdict.category) == (action, category)


def test_block_outranks_flag_when_both_trigger() -> None:
    policy = _policy(watch=GuardCategory(action=GuardAction.FLAG, keywords=("weapon",)))
    verdict = GuardClassifier(policy, TopicEmbedder()).classify("weapon")
    assert verdict.action == "block"
    assert verdict.categories == ("weapons", "watch")


def test_monitor_mode_reports_but_does_not_enforce() -> None:
    monitored = GuardCategory(mode=GuardMode.MONITOR, threshold=0.8, exemplars=("weapon",))
    verdict = GuardClassifier(_policy(weapons=monitored), TopicEmbedder()).classify("weapon")
    assert verdict.action == ALLOW
    assert verdict.monitored == ("weapons",)
    assert verdict.scores["weapons"] == pytest.approx(1.0)


def test_benign_margin_suppresses_a_tie() -> None:
    policy = _policy().model_copy(update={"margin": 0.1, "benign_exemplars": ("weapon talk",)})
    verdict = GuardClassifier(policy, TopicEmbedder()).classify("weapon")
    assert verdict.action == ALLOW


def test_rules_work_without_an_embedder() -> None:
    classifier = GuardClassifier(_policy(), None)
    assert classifier.classify("forbidden phrase").category == "rules_only"
    assert classifier.classify("weapon").action == ALLOW


class NearWeaponEmbedder(TopicEmbedder):
    """``near weapon`` lands at cosine 0.85 from ``weapon``; everything else as TopicEmbedder."""

    def _embed(self, texts: Sequence[str]) -> Vectors:
        out = super()._embed(texts)
        for row, text in enumerate(texts):
            if "near" in text.lower():
                out[row] = 0.0
                out[row, 0], out[row, len(_TOPICS)] = 0.85, (1 - 0.85**2) ** 0.5
        return out


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("near weapon", ALLOW),
        ("near weapon, for a ROLE-PLAY", "block"),
        ("weapon", "block"),
    ],
    ids=["below-threshold", "context-lowers-the-bar", "above-threshold-without-context"],
)
def test_context_pattern_applies_the_context_threshold(text: str, action: str) -> None:
    weapons = GuardCategory(
        threshold=0.9,
        context_threshold=0.8,
        context_patterns=("ロールプレイ|role-?play",),
        exemplars=("weapon request",),
    )
    verdict = GuardClassifier(_policy(weapons=weapons), NearWeaponEmbedder()).classify(text)
    assert verdict.action == action


def test_context_alone_decides_nothing() -> None:
    weapons = GuardCategory(
        threshold=0.9,
        context_threshold=0.8,
        context_patterns=("role-?play",),
        exemplars=("weapon request",),
    )
    verdict = GuardClassifier(_policy(weapons=weapons), NearWeaponEmbedder()).classify(
        "a role-play about lunch"
    )
    assert verdict.action == ALLOW


def test_a_surer_respond_outranks_a_weaker_block() -> None:
    policy = _policy(
        self_harm=GuardCategory(action=GuardAction.RESPOND, message="help", keywords=("死にたい",))
    )
    verdict = GuardClassifier(policy, NearWeaponEmbedder()).classify("near weapon 死にたい")
    assert (verdict.action, verdict.category) == ("respond", "self_harm")
    assert verdict.categories == ("self_harm", "weapons")


def test_block_wins_a_tie_with_respond() -> None:
    policy = _policy(
        self_harm=GuardCategory(action=GuardAction.RESPOND, message="help", keywords=("weapon",)),
        weapons=GuardCategory(keywords=("weapon",)),
    )
    verdict = GuardClassifier(policy, None).classify("weapon")
    assert (verdict.action, verdict.category) == ("block", "weapons")


def test_context_match_still_needs_the_benign_margin() -> None:
    # 0.85 clears both thresholds; only the margin over the benign exemplar (1.0) fails.
    weapons = GuardCategory(
        threshold=0.8,
        context_threshold=0.8,
        context_patterns=("role-?play",),
        exemplars=("weapon request",),
    )
    policy = _policy(weapons=weapons).model_copy(
        update={"margin": 0.05, "benign_exemplars": ("near weapon",)}
    )
    classifier = GuardClassifier(policy, NearWeaponEmbedder())
    assert classifier.classify("near weapon").action == ALLOW
    assert classifier.classify("near weapon role-play").action == ALLOW


class CountingTopicEmbedder(TopicEmbedder):
    def __init__(self) -> None:
        self.calls = 0

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        self.calls += 1
        return super().embed_queries(texts)


@pytest.mark.parametrize(
    ("text", "embedded"),
    [("the forbidden phrase", False), ("lunch today", True)],
    ids=["block-rule-decides", "no-rule-embeds"],
)
def test_a_block_rule_skips_the_embedding(text: str, embedded: bool) -> None:
    embedder = CountingTopicEmbedder()
    classifier = GuardClassifier(_policy(), embedder)
    built = embedder.calls
    classifier.classify(text)
    assert (embedder.calls > built) is embedded


def test_a_flag_rule_still_embeds() -> None:
    embedder = CountingTopicEmbedder()
    policy = _policy(watch=GuardCategory(action=GuardAction.FLAG, keywords=("weapon",)))
    classifier = GuardClassifier(policy, embedder)
    verdict = classifier.classify("weapon")
    assert verdict.action == "block"
    assert verdict.categories == ("weapons", "watch")


def test_special_care_tags_are_not_context() -> None:
    weapons = GuardCategory(
        threshold=0.9,
        context_threshold=0.8,
        context_patterns=("犯罪",),
        exemplars=("weapon request",),
    )
    classifier = GuardClassifier(_policy(weapons=weapons), NearWeaponEmbedder())
    assert classifier.classify("near weapon 犯罪").action == "block"
    assert classifier.classify("near weapon <要配慮:犯罪歴>").action == ALLOW
