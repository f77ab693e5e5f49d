from __future__ import annotations

import asyncio
import dataclasses
import re
import threading
from collections.abc import Collection
from pathlib import Path

import pytest

from guardrails.output.leak_detector import ProtectedText, ProtectedTextCache
from guardrails.pii.findings import PiiFinding
from guardrails.policy import LoadedPolicy, Policy
from proxy.pipeline.contract import AnswerStopped, Reply, RequestContext
from proxy.pipeline.fair_limiter import FairLimiter
from proxy.pipeline.runner import Pipeline
from proxy.pipeline.stages.output import OutputFilterStage
from proxy.pipeline.stages.pii import PiiRestoreStage


class PhoneAnalyzer:
    supported_entities = frozenset({"PHONE_NUMBER", "PERSON"})

    def analyze(self, text: str, *, entities: Collection[str] | None = None) -> list[PiiFinding]:
        return [
            PiiFinding(m.start(), m.end(), "PHONE_NUMBER", 0.9)
            for m in re.finditer(r"0\d0-\d{4}-\d{4}", text)
        ]


class BrokenAnalyzer(PhoneAnalyzer):
    def analyze(self, text: str, *, entities: Collection[str] | None = None) -> list[PiiFinding]:
        raise RuntimeError("model failed")


def _ctx(output: dict[str, object] | None = None) -> RequestContext:
    policy = Policy.model_validate(
        {
            "name": "p",
            "output": output
            or {
                "banned": {"returns": {"action": "stop", "keywords": ["絶対に儲かる"]}},
                "disclaimers": {"money": {"keywords": ["投資"], "text": "※自己責任で"}},
            },
        }
    )
    ctx = RequestContext(
        request_id="r",
        tenant="t",
        key_name="k",
        model="m",
        body={"messages": [{"role": "user", "content": "<PERSON_1>です"}]},
        stream=True,
        policy=LoadedPolicy(policy=policy, version="v1", path=Path("p.yaml")),
    )
    ctx.vault.placeholder("PERSON", "山田太郎")
    return ctx


def _pipeline(analyzer: PhoneAnalyzer | None = None) -> Pipeline:
    stage = OutputFilterStage(analyzer or PhoneAnalyzer(), limiter=FairLimiter())
    return Pipeline(response_stages=[stage, PiiRestoreStage()])


async def _stream(pipeline: Pipeline, ctx: RequestContext, text: str) -> list[str]:
    chain = pipeline.open_filter(ctx)
    assert chain is not None
    out = [await chain.feed(text[i : i + 2]) for i in range(0, len(text), 2)]
    return [*out, await chain.finish()]


async def test_sentences_are_released_checked_and_restored() -> None:
    ctx = _ctx()
    out = await _stream(_pipeline(), ctx, "<PERSON_1>様、090-1234-5678へ。投資は慎重に")
    assert "".join(out) == "山田太郎様、<PHONE_NUMBER>へ。投資は慎重に\n\n※自己責任で"
    # Nothing goes out before its sentence is complete.
    assert out[0] == ""
    (decision,) = ctx.decisions
    assert decision.stage == "output.filter"
    assert decision.action == "redact"
    assert decision.detail["pii:PHONE_NUMBER"] == 1
    assert decision.detail["disclaimer:money"] == 1
    assert 0 < int(decision.detail["held_max_chars"]) <= 80


async def test_a_stop_carries_the_checked_text_and_the_notice() -> None:
    ctx = _ctx()
    with pytest.raises(AnswerStopped) as stopped:
        await _stream(_pipeline(), ctx, "<PERSON_1>様。絶対に儲かる。")
    assert stopped.value.text == ""  # the first sentence went out in an earlier feed
    assert "ここで終了しました" in stopped.value.notice
    assert ctx.decisions[0].action == "stop"
    assert ctx.decisions[0].detail["banned:returns"] == 1


async def test_one_decision_for_several_texts() -> None:
    ctx = _ctx()
    pipeline = _pipeline()
    await _stream(pipeline, ctx, "090-1234-5678です。")
    await _stream(pipeline, ctx, "080-1234-5678です。")
    assert len(ctx.decisions) == 1
    assert ctx.decisions[0].detail["pii:PHONE_NUMBER"] == 2


async def test_disabled_output_passes_text_unheld() -> None:
    ctx = _ctx({"enabled": False})
    out = await _stream(_pipeline(), ctx, "090-1234-5678")
    assert out[0] == "09"
    assert ctx.decisions[0].action == "disabled"


async def test_an_analyzer_failure_fails_closed() -> None:
    from proxy.errors import StageError

    with pytest.raises(StageError, match=r"output\.filter failed"):
        await _stream(_pipeline(BrokenAnalyzer()), _ctx(), "山田です。")


class CountingCache:
    """Counts the automata built (the stage's cache, wrapped)."""

    def __init__(self, inner: ProtectedTextCache) -> None:
        self.inner = inner
        self.built: list[str] = []
        self.gate = threading.Event()

    def get(self, text: str, *, build: bool = True) -> ProtectedText:
        self.gate.wait(10)
        self.built.append(text)
        return self.inner.get(text, build=build)


async def test_the_faq_context_automaton_is_built_while_the_model_generates() -> None:
    stage = OutputFilterStage(PhoneAnalyzer(), limiter=FairLimiter())
    cache = CountingCache(ProtectedTextCache())
    stage._texts = cache  # type: ignore[assignment]
    pipeline = Pipeline(response_stages=[stage, PiiRestoreStage()])
    context = "返品は商品到着後14日以内に、購入時の箱に入れて着払いでお送りください。"
    ctx = _ctx({"leakage": {"faq_context": {"action": "replace", "max_share": 0.5}}})
    ctx.faq_context = context
    ctx.body = {"messages": [{"role": "system", "content": context}, *ctx.body["messages"]]}
    await pipeline.run_request(ctx)  # no request stages: passed on, so the build starts
    chain = pipeline.open_filter(ctx)
    assert chain is not None
    checked = asyncio.ensure_future(chain.feed(context + "\n"))
    await asyncio.sleep(0.05)
    assert not checked.done()  # the check waits for the build under way
    cache.gate.set()
    # The copied context is replaced, and its automaton was built once, ahead.
    assert "14日以内" not in await checked + await chain.finish()
    assert cache.built == [context]


async def test_nothing_is_built_ahead_for_a_request_answered_by_a_stage() -> None:
    class Refusing:
        name = "refuse"

        async def process(self, ctx: RequestContext) -> None:
            ctx.reply = Reply("no")

    stage = OutputFilterStage(PhoneAnalyzer(), limiter=FairLimiter())
    cache = CountingCache(ProtectedTextCache())
    cache.gate.set()
    stage._texts = cache  # type: ignore[assignment]
    ctx = _ctx()
    ctx.faq_context = "返品は商品到着後14日以内です。"
    await Pipeline([Refusing()], [stage]).run_request(ctx)
    await asyncio.sleep(0.05)
    assert cache.built == []


async def test_a_new_context_is_not_built_on_the_answer_path_a_repeated_one_ahead() -> None:
    """The filter's look after its request's preparation is not a second use: the first
    request with a FAQ context is checked by substring search (nothing built), the next
    request with the same context finds its automaton built while the model generated."""
    stage = OutputFilterStage(PhoneAnalyzer(), limiter=FairLimiter())
    pipeline = Pipeline(response_stages=[stage, PiiRestoreStage()])
    context = "返品は商品到着後14日以内に、購入時の箱に入れて着払いでお送りください。"

    async def answer() -> str:
        ctx = _ctx({"leakage": {"faq_context": {"action": "replace", "max_share": 0.5}}})
        ctx.faq_context = context
        ctx.body = {"messages": [{"role": "system", "content": context}, *ctx.body["messages"]]}
        await pipeline.run_request(ctx)
        for future in list(stage._building.values()):  # the preparation, finished first
            future.result(10)
        return "".join(await _stream(pipeline, ctx, context + "\n"))

    assert "14日以内" not in await answer()
    assert not stage._texts.get(context, build=False).built
    assert "14日以内" not in await answer()
    assert stage._texts.get(context, build=False).built


class ThreadRecordingAnalyzer(PhoneAnalyzer):
    """The phone analyzer, remembering the thread of every call."""

    def __init__(self) -> None:
        self.threads: list[int] = []

    def analyze(self, text: str, *, entities: Collection[str] | None = None) -> list[PiiFinding]:
        self.threads.append(threading.get_ident())
        return super().analyze(text, entities=entities)


async def test_a_short_answers_check_runs_on_the_loop_a_long_ones_in_a_thread() -> None:
    analyzer = ThreadRecordingAnalyzer()
    pipeline = _pipeline(analyzer)
    short, long = "折り返しは090-1234-5678です。", "ご案内します。" * 12
    for text in (short, long):
        chain = pipeline.open_filter(_ctx())
        assert chain is not None
        out = await chain.feed(text) + await chain.finish()
        assert "090-1234-5678" not in out
    loop = threading.get_ident()
    assert analyzer.threads[0] == loop  # 21 characters: no thread hop
    assert analyzer.threads[-1] != loop  # 84 characters in one batch: a worker thread


class CountingAnalyzer(PhoneAnalyzer):
    def __init__(self) -> None:
        self.texts: list[str] = []

    def analyze(self, text: str, *, entities: Collection[str] | None = None) -> list[PiiFinding]:
        self.texts.append(text)
        return super().analyze(text, entities=entities)


async def test_a_segment_checked_before_is_not_analysed_again_and_gets_the_same_verdict() -> None:
    analyzer = CountingAnalyzer()
    pipeline = _pipeline(analyzer)
    answer = "お電話は090-1234-5678へ。投資は慎重に。"
    first_ctx, second_ctx = _ctx(), _ctx()
    first = "".join(await _stream(pipeline, first_ctx, answer))
    analysed = list(analyzer.texts)
    second = "".join(await _stream(pipeline, second_ctx, answer))
    assert analyzer.texts == analysed  # every segment came from the memo
    assert first == second == "お電話は<PHONE_NUMBER>へ。投資は慎重に。\n\n※自己責任で"
    assert first_ctx.decisions == second_ctx.decisions
    # A new segment is analysed; the one seen before still is not.
    await _stream(pipeline, _ctx(), "お電話は090-1234-5678へ。それでは。")
    assert analyzer.texts == [*analysed, "それでは。"]


async def test_a_segment_is_analysed_again_for_other_types() -> None:
    analyzer = CountingAnalyzer()
    pipeline = _pipeline(analyzer)
    await _stream(pipeline, _ctx(), "090-1234-5678です。")
    allowed = _ctx({"pii": {"entities": {"PHONE_NUMBER": {"action": "allow"}}}})
    # Another policy version: its types to detect are its own (PERSON only).
    allowed.policy = dataclasses.replace(allowed.policy, version="v2")
    out = await _stream(pipeline, allowed, "090-1234-5678です。")
    assert analyzer.texts == ["090-1234-5678です。"] * 2
    assert "".join(out) == "090-1234-5678です。"


async def test_an_analyzer_failure_is_not_remembered() -> None:
    from proxy.errors import StageError

    class FailingOnce(PhoneAnalyzer):
        failed = False

        def analyze(
            self, text: str, *, entities: Collection[str] | None = None
        ) -> list[PiiFinding]:
            if not self.failed:
                self.failed = True
                raise RuntimeError("model failed")
            return super().analyze(text, entities=entities)

    pipeline = _pipeline(FailingOnce())
    with pytest.raises(StageError):
        await _stream(pipeline, _ctx(), "090-1234-5678です。")
    out = await _stream(pipeline, _ctx(), "090-1234-5678です。")
    assert "".join(out) == "<PHONE_NUMBER>です。"


def _request(request_id: str) -> RequestContext:
    return dataclasses.replace(_ctx(), request_id=request_id)


async def _slow_answer(pipeline: Pipeline, request_id: str) -> None:
    """One request whose backend takes 20 ms to answer."""
    ctx = _request(request_id)
    await pipeline.run_request(ctx)
    await asyncio.sleep(0.02)
    await _stream(pipeline, ctx, "はい。")


async def test_an_idle_gateway_warms_the_analyzer_up_while_it_waits_for_the_answer() -> None:
    from proxy.pipeline.stages.output import WARM_TEXT

    warmed, plain = CountingAnalyzer(), CountingAnalyzer()
    answer = "お電話は090-1234-5678へ。投資は慎重に。"
    outs, decisions = [], []
    for analyzer, warm in ((warmed, True), (plain, False)):
        pipeline = _pipeline(analyzer)
        await _slow_answer(pipeline, "r0")
        analyzer.texts.clear()
        ctx = _request("r1")
        if warm:
            await pipeline.run_request(ctx)  # passed on: the model would generate now
            assert analyzer.texts == []  # not before the request is on its way
            await asyncio.sleep(0)
            assert analyzer.texts == [WARM_TEXT]
        outs.append("".join(await _stream(pipeline, ctx, answer)))
        decisions.append(ctx.decisions)
    # The warm-up decides nothing: the same text, decisions and analyses of the answer.
    assert outs[0] == outs[1] == "お電話は<PHONE_NUMBER>へ。投資は慎重に。\n\n※自己責任で"
    assert decisions[0] == decisions[1]
    assert warmed.texts[1:] == plain.texts


async def test_no_warm_up_while_another_request_awaits_its_answer_or_holds_the_analyzer() -> None:
    from proxy.pipeline.stages.output import WARM_TEXT

    analyzer = CountingAnalyzer()
    limiter = FairLimiter()
    stage = OutputFilterStage(analyzer, limiter=limiter)
    stage._waits.extend([0.02] * 8)  # a slow backend so far (the answers below are quick)
    pipeline = Pipeline(response_stages=[stage, PiiRestoreStage()])
    first, second = _request("r1"), _request("r2")
    await pipeline.run_request(first)
    await pipeline.run_request(second)
    await asyncio.sleep(0)
    assert analyzer.texts == []  # two answers awaited: neither warms up
    await _stream(pipeline, first, "はい。")
    await _stream(pipeline, second, "はい。")
    third = _request("r3")
    assert limiter.try_acquire()  # another request's analysis in progress
    await pipeline.run_request(third)
    await asyncio.sleep(0)
    limiter.release()
    assert WARM_TEXT not in analyzer.texts
    await _stream(pipeline, third, "はい。")
    await pipeline.run_request(_request("r4"))  # idle again
    await asyncio.sleep(0)
    assert analyzer.texts[-1] == WARM_TEXT


async def test_a_failing_warm_up_is_only_logged_and_the_answer_fails_closed() -> None:
    from proxy.errors import StageError

    pipeline = _pipeline(BrokenAnalyzer())
    stage = pipeline.response_stages[0]
    assert isinstance(stage, OutputFilterStage)
    stage._waits.append(0.02)  # a slow backend before (a real analysis would fail there)
    ctx = _request("r1")
    await pipeline.run_request(ctx)
    await asyncio.sleep(0)  # the warm-up fails: nothing raised here
    with pytest.raises(StageError):
        await _stream(pipeline, ctx, "090-1234-5678です。")


async def test_no_warm_up_before_a_backend_that_answers_at_once() -> None:
    analyzer = CountingAnalyzer()
    pipeline = _pipeline(analyzer)
    for request_id in ("r0", "r1", "r2"):
        ctx = _request(request_id)
        await pipeline.run_request(ctx)
        await asyncio.sleep(0)
        await _stream(pipeline, ctx, "はい。")  # answered within the same loop turns
    assert analyzer.texts == ["はい。"]  # the answer once (then the memo), no warm-up
