"""The PII stage batches GiNZA's NER across the chunks of a long text, with the real
analyzer: fewer NER batches than chunks that need NER, the same rewritten text and
decision as analysing chunk by chunk, and every thread hop still bounded."""

from __future__ import annotations

import asyncio
import random
import threading
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

import pytest

from guardrails.pii.analyzer import PiiAnalyzer, PreparedText
from guardrails.pii.findings import PiiFinding
from guardrails.policy import LoadedPolicy, Policy
from proxy.pipeline.contract import RequestContext
from proxy.pipeline.fair_limiter import Served
from proxy.pipeline.stages.pii import BatchAnalyzer, PiiPseudonymizeStage

_FILLER = (
    "The invoice for the new contract was sent last month",
    "Please check the delivery schedule for our customer",
    "The support ticket about the refund is still open",
    "Our budget report needs one more review before Friday",
)
# A name alone is an undecided candidate: the analyzer asks the NER about its sentence.
_NAMES = ("Yesterday John came by about the order.", "Please ask 田中 about the order.")
# (GiNZA finds 田中 in its sentence and not John in his: both sentences go to the NER.)


def _long_latin(chunks: int) -> str:
    rng = random.Random(22)
    sentences: list[str] = []
    while sum(len(s) + 1 for s in sentences) < chunks * 2000:
        sentences.extend(
            f"{rng.choice(_FILLER)} (ref {rng.randrange(10**5, 10**6)})." for _ in range(20)
        )
        sentences.append(rng.choice(_NAMES))
    return " ".join(sentences)


class _OneByOne:
    """The analyzer without its two halves: the stage analyses chunk by chunk."""

    def __init__(self, analyzer: PiiAnalyzer) -> None:
        self._analyzer = analyzer

    @property
    def supported_entities(self) -> frozenset[str]:
        return self._analyzer.supported_entities

    def analyze(self, text: str, *, entities: Collection[str] | None = None) -> list[PiiFinding]:
        return self._analyzer.analyze(text, entities=entities)


class _CountingBatches(_OneByOne):
    """The analyzer with its two halves, counting NER batches and what each held."""

    def __init__(self, analyzer: PiiAnalyzer) -> None:
        super().__init__(analyzer)
        self.batches: list[int] = []
        self.prepared_with_ner = 0

    def prepare(
        self, texts: Sequence[str], *, entities: Collection[str] | None = None
    ) -> list[PreparedText]:
        prepared = self._analyzer.prepare(texts, entities=entities)
        self.prepared_with_ner += sum(1 for p in prepared if p.ner_chars)
        return prepared

    def complete(self, prepared: Sequence[Any]) -> list[list[PiiFinding]]:
        self.batches.append(sum(p.ner_chars for p in prepared))
        return self._analyzer.complete(prepared)


def _ctx(text: str, **pii: Any) -> RequestContext:
    policy = Policy.model_validate({"name": "p", "pii": pii})
    return RequestContext(
        request_id="r",
        tenant="t",
        key_name="k",
        model="m",
        body={"messages": [{"role": "user", "content": text}]},
        stream=False,
        policy=LoadedPolicy(policy=policy, version="v1", path=Path("p.yaml")),
    )


async def test_ner_runs_in_few_batches_with_the_same_result(pii_analyzer: PiiAnalyzer) -> None:
    text = _long_latin(12)
    counting = _CountingBatches(pii_analyzer)
    assert isinstance(counting, BatchAnalyzer)
    assert not isinstance(_OneByOne(pii_analyzer), BatchAnalyzer)

    # An allowance past the text's NER: the one-by-one path has none to spend.
    batched, one_by_one = _ctx(text, ner_max_chars=10**6), _ctx(text, ner_max_chars=10**6)
    await PiiPseudonymizeStage(counting, cache_entries=0).process(batched)
    await PiiPseudonymizeStage(_OneByOne(pii_analyzer), cache_entries=0).process(one_by_one)

    assert batched.body == one_by_one.body
    assert batched.decisions == one_by_one.decisions
    sent = batched.body["messages"][0]["content"]
    assert "田中" in text and "田中" not in sent  # found by the NER and replaced
    ner_batches = [chars for chars in counting.batches if chars]
    assert counting.prepared_with_ner >= 8
    assert len(ner_batches) <= counting.prepared_with_ner // 4
    # Bounded: a batch holds under the NER budget plus one unit's NER.
    assert max(ner_batches) < 1000 + 2000


async def test_a_text_without_ner_work_is_completed_every_hop(pii_analyzer: PiiAnalyzer) -> None:
    counting = _CountingBatches(pii_analyzer)
    stage = PiiPseudonymizeStage(counting, cache_entries=0)
    text = "返品の手続きについて確認したいことがあります。" * 300
    await stage.process(_ctx(text))
    assert counting.prepared_with_ner == 0
    assert len(counting.batches) == len(text) // 1800 + 1


async def test_held_chunks_are_dropped_when_the_request_is_cancelled(
    pii_analyzer: PiiAnalyzer,
) -> None:
    counting = _CountingBatches(pii_analyzer)
    started = threading.Event()
    hops: list[int] = []

    class _Stage(PiiPseudonymizeStage):
        def _analysis_step(self, *args: Any) -> Any:
            hops.append(len(hops))
            started.set()
            return super()._analysis_step(*args)

    stage = _Stage(counting, cache_entries=0)
    task = asyncio.create_task(stage.process(_ctx(_long_latin(20))))
    assert await asyncio.to_thread(started.wait, 30)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    # The unit in hand finishes in the background (the limiter is held until then);
    # nothing new starts after the cancellation.
    await stage._units.limiter.acquire(Served.upfront(0, 0))
    stage._units.limiter.release()
    assert len(hops) <= 2
    assert sum(1 for chars in counting.batches if chars) <= 1


async def test_past_the_ner_allowance_candidates_are_masked_without_the_ner(
    pii_analyzer: PiiAnalyzer,
) -> None:
    text = _long_latin(6)
    assert "John" in text and "田中" in text
    counting = _CountingBatches(pii_analyzer)
    ctx = _ctx(text, ner_max_chars=0)
    await PiiPseudonymizeStage(counting, cache_entries=0).process(ctx)

    assert counting.prepared_with_ner >= 3  # the text does need the NER...
    assert not any(counting.batches)  # ...and none ran
    sent = ctx.body["messages"][0]["content"]
    # Every undecided candidate is masked (fail closed), whatever the NER would have said.
    assert "John" not in sent and "田中" not in sent
    (decision,) = ctx.decisions
    assert decision.action == "pseudonymize"
    assert int(decision.detail["ner_skipped_chars"]) > 0


async def test_the_allowance_is_spent_in_order_and_then_presumes(
    pii_analyzer: PiiAnalyzer,
) -> None:
    text = _long_latin(6)
    full = _CountingBatches(pii_analyzer)
    await PiiPseudonymizeStage(full, cache_entries=0).process(_ctx(text, ner_max_chars=10**6))
    needed = sum(full.batches)
    assert needed > 200

    counting = _CountingBatches(pii_analyzer)
    ctx = _ctx(text, ner_max_chars=needed // 2)
    await PiiPseudonymizeStage(counting, cache_entries=0).process(ctx)
    assert 0 < sum(counting.batches) <= needed // 2
    (decision,) = ctx.decisions
    assert sum(counting.batches) + int(decision.detail["ner_skipped_chars"]) == needed
    # An allowance that covers the text: nothing skipped, nothing recorded.
    whole = _ctx(text, ner_max_chars=needed)
    await PiiPseudonymizeStage(pii_analyzer, cache_entries=0).process(whole)
    assert "ner_skipped_chars" not in whole.decisions[0].detail
