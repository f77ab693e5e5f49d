"""``guard.classify`` runs a short text's cheap part (rules, fast model) on the event loop
and only its embedding in a worker thread: the verdicts are exactly
:meth:`GuardClassifier.classify`'s, and the embedding (which may wait for a forward pass)
never runs on the loop."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from guardrails.classify.guard_classifier import GuardClassifier, GuardVerdict, Undecided
from guardrails.policy import LoadedPolicy, Policy
from guardrails.policy.guard import GuardAction, GuardCategory, GuardPolicy
from proxy.pipeline.contract import RequestContext
from proxy.pipeline.stages.guard import GuardStage
from retrieval.embedder import Vectors

_TOPICS = ("weapon", "hotline", "lunch")


class _TopicEmbedder:
    """One dimension per topic word; records the thread of every call."""

    name = "topics"
    dimension = len(_TOPICS) + 1

    def __init__(self) -> None:
        self.threads: list[int] = []

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        self.threads.append(threading.get_ident())
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            hits = [i for i, topic in enumerate(_TOPICS) if topic in text.lower()]
            out[row, hits[0] if hits else len(_TOPICS)] = 1.0
        return out

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self.embed_queries(texts)


def _guard_policy() -> GuardPolicy:
    return GuardPolicy(
        categories={
            "weapons": GuardCategory(threshold=0.8, exemplars=("weapon request",)),
            "self_harm": GuardCategory(
                action=GuardAction.RESPOND, message="help", threshold=0.8, exemplars=("hotline",)
            ),
            "rules_only": GuardCategory(keywords=("forbidden phrase",)),
        },
        benign_exemplars=("lunch menu",),
    )


def _ctx(content: str, guard: GuardPolicy) -> RequestContext:
    policy = Policy(name="p", guard=guard)
    return RequestContext(
        request_id="r",
        tenant="t",
        key_name="k",
        model="m",
        body={"messages": [{"role": "user", "content": content}]},
        stream=False,
        policy=LoadedPolicy(policy=policy, version="v1", path=Path("p.yaml")),
    )


_TEXTS = [
    pytest.param("a weapon please", True, id="block-by-embedding"),
    pytest.param("hotline?", True, id="respond-by-embedding"),
    pytest.param("the forbidden phrase and a weapon", False, id="block-by-rule"),
    pytest.param("lunch today", True, id="benign-embedded"),
    pytest.param("x" * 30 + " weapon " + "y" * 100, True, id="longer-than-inline"),
]


@pytest.mark.parametrize(("text", "embedded"), _TEXTS)
def test_split_classification_is_classify(text: str, embedded: bool) -> None:
    classifier = GuardClassifier(_guard_policy(), _TopicEmbedder())
    early = classifier.classify_before_embedding(text)
    assert isinstance(early, GuardVerdict) is not embedded
    split = early if isinstance(early, GuardVerdict) else classifier.classify_embedded(early)
    assert split == classifier.classify(text)


def test_the_part_before_the_embedding_never_embeds() -> None:
    embedder = _TopicEmbedder()
    classifier = GuardClassifier(_guard_policy(), embedder)
    calls = len(embedder.threads)  # the exemplars, embedded at construction
    classifier.classify_before_embedding("a weapon please")
    assert len(embedder.threads) == calls


@pytest.mark.parametrize(("text", "embedded"), _TEXTS)
def test_stage_verdict_and_threads(text: str, embedded: bool) -> None:
    embedder = _TopicEmbedder()
    guard = _guard_policy()
    stage = GuardStage(embedder)
    ctx = _ctx(text, guard)
    expected = GuardClassifier(guard, _TopicEmbedder()).classify(text)

    async def run() -> int:
        await stage.classifier(ctx.policy)  # built (exemplars embedded) before the request
        del embedder.threads[:]
        await stage.process(ctx)
        return threading.get_ident()

    loop_thread = asyncio.run(run())
    (decision,) = ctx.decisions
    assert decision.action == expected.action
    assert decision.categories == expected.categories
    if expected.category is not None and expected.action in ("block", "respond"):
        assert ctx.reply is not None
    # The embedding, when the cascade needs it, always ran in a worker thread.
    assert len(embedder.threads) == (1 if embedded else 0)
    assert loop_thread not in embedder.threads


class _RecordingClassifier(GuardClassifier):
    """The real classifier, recording the thread its cheap part runs in."""

    threads: list[int]

    def classify_before_embedding(
        self, text: str, *, whole: str | None = None
    ) -> GuardVerdict | Undecided:
        self.threads.append(threading.get_ident())
        return super().classify_before_embedding(text, whole=whole)


@pytest.mark.parametrize(
    ("text", "on_loop"),
    [
        pytest.param("a weapon please", True, id="short"),
        pytest.param("x" * 30 + " weapon " + "y" * 100, False, id="longer-than-inline"),
    ],
)
def test_cheap_part_of_a_short_text_runs_on_the_loop(text: str, on_loop: bool) -> None:
    guard = _guard_policy()
    ctx = _ctx(text, guard)
    embedder = _TopicEmbedder()
    classifier = _RecordingClassifier(guard, embedder)
    classifier.threads = []
    stage = GuardStage(embedder, classifiers={("p", "v1"): classifier})

    async def run() -> int:
        await stage.process(ctx)
        return threading.get_ident()

    loop_thread = asyncio.run(run())
    assert (classifier.threads == [loop_thread]) is on_loop
    assert len(classifier.threads) == 1
