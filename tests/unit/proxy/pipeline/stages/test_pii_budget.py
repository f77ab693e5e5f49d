"""The PII stage's compute budget: chunked analysis, bounded work per thread hop, the
``pii.max_chars`` cap (block by default, audit when the policy says so)."""

from __future__ import annotations

import threading
from collections.abc import Collection
from pathlib import Path
from typing import Any

import pytest

from guardrails.pii.findings import PiiFinding
from guardrails.policy import LoadedPolicy, Policy
from proxy.pipeline.contract import RequestContext
from proxy.pipeline.stages.pii import PiiPseudonymizeStage
from tests.unit.proxy.conftest import PatternAnalyzer


class RecordingAnalyzer(PatternAnalyzer):
    """The pattern analyzer, remembering the length of every text it was given."""

    def __init__(self) -> None:
        self.lengths: list[int] = []

    def analyze(self, text: str, *, entities: Collection[str] | None = None) -> list[PiiFinding]:
        self.lengths.append(len(text))
        return super().analyze(text, entities=entities)


def _ctx(body: dict[str, Any], **pii: Any) -> RequestContext:
    policy = Policy.model_validate({"name": "p", "pii": pii})
    return RequestContext(
        request_id="r",
        tenant="t",
        key_name="k",
        model="m",
        body=body,
        stream=False,
        policy=LoadedPolicy(policy=policy, version="v1", path=Path("p.yaml")),
    )


def _user(text: str) -> dict[str, Any]:
    return {"messages": [{"role": "user", "content": text}]}


@pytest.mark.parametrize("at", range(880, 1010, 7))
async def test_a_value_across_a_chunk_boundary_is_found_once(at: int) -> None:
    analyzer = RecordingAnalyzer()
    stage = PiiPseudonymizeStage(analyzer, chunk_chars=1000, chunk_overlap=100)
    text = "あ" * at + "山田太郎 090-1234-5678" + "い" * 3000
    ctx = _ctx(_user(text))
    await stage.process(ctx)
    sent = ctx.body["messages"][0]["content"]
    assert sent == "あ" * at + "<PERSON_1> <PHONE_NUMBER_1>" + "い" * 3000
    assert max(analyzer.lengths) <= 1000


async def test_over_max_chars_is_refused_without_analysis() -> None:
    analyzer = RecordingAnalyzer()
    stage = PiiPseudonymizeStage(analyzer)
    ctx = _ctx(_user("山田太郎" + "あ" * 2000), max_chars=1000)
    await stage.process(ctx)
    assert ctx.reply is not None and ctx.reply.action == "block"
    assert "1000" in ctx.reply.content
    assert ctx.decisions[-1].action == "too-long"
    assert analyzer.lengths == []
    assert "山田太郎" in ctx.body["messages"][0]["content"]  # refused, so never sent


async def test_audit_reads_up_to_max_chars_and_records_the_rest() -> None:
    analyzer = RecordingAnalyzer()
    stage = PiiPseudonymizeStage(analyzer)
    text = "山田太郎" + "あ" * 1500 + "090-1234-5678"
    ctx = _ctx(_user(text), max_chars=1000, over_max_chars="audit")
    await stage.process(ctx)
    assert ctx.reply is None
    sent = ctx.body["messages"][0]["content"]
    assert sent.startswith("<PERSON_1>") and sent.endswith("090-1234-5678")
    assert ctx.decisions[-1].detail["unread_chars"] == len(text) - 1000
    assert sum(analyzer.lengths) == 1000


async def test_the_budget_counts_every_field() -> None:
    stage = PiiPseudonymizeStage(RecordingAnalyzer())
    tool = {"type": "function", "function": {"description": "x" * 1200}}
    body = {**_user("短い"), "tools": [tool]}
    ctx = _ctx(body, max_chars=1000)
    await stage.process(ctx)
    assert ctx.reply is not None


class HopCountingStage(PiiPseudonymizeStage):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.hops: list[int] = []

    def _analyze_batch(self, texts: list[str], entities: frozenset[str]) -> list[list[PiiFinding]]:
        self.hops.append(sum(len(text) for text in texts))
        return super()._analyze_batch(texts, entities)


async def test_short_texts_share_one_thread_hop_and_long_ones_take_bounded_hops() -> None:
    stage = HopCountingStage(RecordingAnalyzer(), chunk_chars=1000, chunk_overlap=100)
    body = {"messages": [{"role": "user", "content": f"質問{i}"} for i in range(20)]}
    await stage.process(_ctx(body))
    assert len(stage.hops) == 1
    stage.hops.clear()
    await stage.process(_ctx(_user("あ" * 9000)))
    assert len(stage.hops) == 10 and max(stage.hops) <= 1000


class ThreadRecordingAnalyzer(PatternAnalyzer):
    """The pattern analyzer, remembering the thread of every call."""

    def __init__(self) -> None:
        self.threads: list[int] = []

    def analyze(self, text: str, *, entities: Collection[str] | None = None) -> list[PiiFinding]:
        self.threads.append(threading.get_ident())
        return super().analyze(text, entities=entities)


async def test_a_short_question_is_analysed_on_the_loop_a_longer_text_in_a_thread() -> None:
    analyzer = ThreadRecordingAnalyzer()
    stage = PiiPseudonymizeStage(analyzer)
    short = _ctx(_user("山田太郎です。住民票の写しは？"))
    await stage.process(short)
    long = _ctx(_user("山田太郎です。" + "住民票の写しの取り方を教えてください。" * 4))
    await stage.process(long)
    assert short.body["messages"][0]["content"] == "<PERSON_1>です。住民票の写しは？"
    assert long.body["messages"][0]["content"].startswith("<PERSON_1>です。")
    assert analyzer.threads[0] == threading.get_ident()  # no thread hop
    assert analyzer.threads[-1] != threading.get_ident()


async def test_each_policy_version_detects_its_own_types() -> None:
    """The types to detect are worked out once per policy version: a new version of the
    same policy (a hot reload allowing phone numbers) is not answered from the old one."""
    stage = PiiPseudonymizeStage(PatternAnalyzer())
    text = "山田太郎 090-1234-5678"
    first = _ctx(_user(text))
    await stage.process(first)
    allowing = Policy.model_validate(
        {"name": "p", "pii": {"entities": {"PHONE_NUMBER": {"action": "allow"}}}}
    )
    second = _ctx(_user(text))
    second.policy = LoadedPolicy(policy=allowing, version="v2", path=Path("p.yaml"))
    await stage.process(second)
    again = _ctx(_user(text))
    await stage.process(again)
    assert first.body["messages"][0]["content"] == "<PERSON_1> <PHONE_NUMBER_1>"
    assert second.body["messages"][0]["content"] == "<PERSON_1> 090-1234-5678"
    assert again.body["messages"][0]["content"] == "<PERSON_1> <PHONE_NUMBER_1>"
