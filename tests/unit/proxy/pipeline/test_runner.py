from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import Future
from pathlib import Path

import pytest

from guardrails.policy import LoadedPolicy, Policy
from proxy.errors import StageError
from proxy.pipeline import runner
from proxy.pipeline.contract import (
    AnswerStopped,
    Prefetched,
    Reply,
    RequestContext,
    ResponseStage,
    StageDecision,
    TextFilter,
    TextPart,
)
from proxy.pipeline.runner import Pipeline
from tests.stopping_filter import StopAtMarkStage


def _ctx() -> RequestContext:
    policy = LoadedPolicy(policy=Policy(name="p"), version="v1", path=Path("p.yaml"))
    return RequestContext(
        request_id="r",
        tenant="t",
        key_name="k",
        model="m",
        body={"messages": [{"role": "user", "content": "x"}]},
        stream=False,
        policy=policy,
    )


class RecordingStage:
    def __init__(self, name: str, log: list[str], *, reply: bool = False) -> None:
        self.name = name
        self._log = log
        self._reply = reply

    async def process(self, ctx: RequestContext) -> None:
        self._log.append(self.name)
        ctx.decisions.append(StageDecision(self.name, "seen"))
        if self._reply:
            ctx.reply = Reply("refused")


class BrokenStage:
    name = "broken"

    async def process(self, ctx: RequestContext) -> None:
        raise RuntimeError(f"cannot handle {ctx.body['messages'][0]['content']!r}")


async def test_request_stages_run_in_order_and_are_timed() -> None:
    log: list[str] = []
    pipeline = Pipeline([RecordingStage("a", log), RecordingStage("b", log)])
    ctx = _ctx()
    await pipeline.run_request(ctx)
    assert log == ["a", "b"]
    assert set(ctx.timings) == {"a", "b"}
    assert [d.stage for d in ctx.decisions] == ["a", "b"]


async def test_short_circuit_skips_later_stages() -> None:
    log: list[str] = []
    pipeline = Pipeline([RecordingStage("a", log, reply=True), RecordingStage("b", log)])
    ctx = _ctx()
    await pipeline.run_request(ctx)
    assert log == ["a"]
    assert ctx.reply == Reply("refused")


async def test_a_failing_stage_fails_closed(caplog: pytest.LogCaptureFixture) -> None:
    log: list[str] = []
    pipeline = Pipeline([BrokenStage(), RecordingStage("after", log)])
    ctx = _ctx()
    ctx.body["messages"][0]["content"] = "山田太郎 090-1234-5678"
    with pytest.raises(StageError, match="broken failed; the request was not sent on"):
        await pipeline.run_request(ctx)
    assert log == []
    # The log names the stage and the exception type, never the message (it held the text).
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "request stage broken failed: RuntimeError" in logged
    assert "山田" not in logged and "090-1234-5678" not in logged


class HoldBack:
    """Holds back a trailing '<' run (a placeholder that may still be completing)."""

    def __init__(self) -> None:
        self._held = ""

    async def feed(self, piece: str) -> str:
        text = self._held + piece
        cut = text.rfind("<")
        if cut >= 0 and ">" not in text[cut:]:
            self._held, text = text[cut:], text[:cut]
        else:
            self._held = ""
        return text.replace("<A>", "Alice")

    async def finish(self) -> str:
        held, self._held = self._held, ""
        return held


class HoldBackStage:
    name = "restore"

    def open(self, ctx: RequestContext, part: TextPart = "content") -> TextFilter:
        return HoldBack()


class UpperStage:
    name = "upper"

    def open(self, ctx: RequestContext, part: TextPart = "content") -> TextFilter:
        return Upper()


class Upper:
    async def feed(self, piece: str) -> str:
        return piece.upper()

    async def finish(self) -> str:
        return ""


async def test_filter_chain_holds_back_and_flushes_in_order() -> None:
    pipeline = Pipeline(response_stages=[HoldBackStage(), UpperStage()])
    ctx = _ctx()
    chain = pipeline.open_filter(ctx)
    assert chain is not None
    pieces = ["hi <", "A", "> and <", "B"]
    out = [await chain.feed(piece) for piece in pieces]
    assert out == ["HI ", "", "ALICE AND ", ""]
    assert await chain.finish() == "<B"  # held text flushed through the later stage too
    assert set(ctx.timings) == {"restore", "upper"}


@pytest.mark.parametrize(
    ("stages", "pieces", "released", "text"),
    [
        pytest.param(
            ["stop", "upper"], ["ok <", "A> no!w"], ["OK <"], "A> NO", id="later-stage-sees-text"
        ),
        pytest.param(["restore", "stop"], ["<A", ">!x"], [""], "Alice", id="held-text-released"),
        pytest.param(
            ["restore", "stop"], ["<A> <B", "!"], ["Alice ", ""], "<B", id="stop-in-finish-flush"
        ),
    ],
)
async def test_a_stop_passes_its_text_through_the_later_stages(
    stages: list[str], pieces: list[str], released: list[str], text: str
) -> None:
    by_name: dict[str, ResponseStage] = {
        "stop": StopAtMarkStage("stop", "!"),
        "upper": UpperStage(),
        "restore": HoldBackStage(),
    }
    pipeline = Pipeline(response_stages=[by_name[name] for name in stages])
    chain = pipeline.open_filter(_ctx())
    assert chain is not None
    out = [await chain.feed(piece) for piece in pieces[:-1]]
    with pytest.raises(AnswerStopped) as stopped:
        out.append(await chain.feed(pieces[-1]))
        out.append(await chain.finish())
    assert out == released
    assert stopped.value.text == text
    assert stopped.value.notice == "[stopped]"


class BrokenFilter:
    async def feed(self, piece: str) -> str:
        raise RuntimeError(f"cannot handle {piece!r}")

    async def finish(self) -> str:
        return ""


class BrokenResponseStage:
    name = "broken.out"

    def open(self, ctx: RequestContext, part: TextPart = "content") -> TextFilter:
        return BrokenFilter()


async def test_a_failing_response_stage_fails_closed(caplog: pytest.LogCaptureFixture) -> None:
    chain = Pipeline(response_stages=[BrokenResponseStage()]).open_filter(_ctx())
    assert chain is not None
    with pytest.raises(StageError, match=r"broken\.out failed; the answer was stopped"):
        await chain.feed("山田太郎 090-1234-5678")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "山田" not in logged and "090-1234-5678" not in logged


def test_no_response_stages_means_no_filter() -> None:
    assert Pipeline().open_filter(_ctx()) is None


class KeepingStage(RecordingStage):
    """Reads the body only (like the guard): a prefetching stage may start before it."""

    keeps_body = True


class EarlyStage:
    """A prefetching stage that records when its early work started and whether it was
    used or cancelled."""

    name = "early"

    def __init__(self, log: list[str]) -> None:
        self._log = log
        self.gate = asyncio.Event()
        self.task: asyncio.Future[str] | None = None

    def prefetch(self, ctx: RequestContext) -> None:
        self._log.append("early:start")

        async def work() -> str:
            await self.gate.wait()
            return "result"

        self.task = asyncio.ensure_future(work())
        ctx.prefetched[self.name] = Prefetched(("key",), self.task)

    async def process(self, ctx: RequestContext) -> None:
        prefetched = ctx.prefetched.pop(self.name)
        self.gate.set()
        self._log.append(f"early:{await prefetched.task}")


async def test_a_prefetching_stage_starts_before_body_keeping_stages_only() -> None:
    log: list[str] = []
    early = EarlyStage(log)
    pipeline = Pipeline([RecordingStage("rewrites", log), KeepingStage("keeps", log), early])
    ctx = _ctx()
    await pipeline.run_request(ctx)
    # Not before the stage that may rewrite the body; before the one that keeps it.
    assert log == ["rewrites", "early:start", "keeps", "early:result"]
    assert ctx.prefetched == {}


async def test_early_work_nobody_took_is_cancelled() -> None:
    log: list[str] = []
    early = EarlyStage(log)
    pipeline = Pipeline([KeepingStage("keeps", log, reply=True), early])
    ctx = _ctx()
    await pipeline.run_request(ctx)
    assert log == ["early:start", "keeps"]
    assert ctx.prefetched == {}
    assert early.task is not None
    with pytest.raises(asyncio.CancelledError):
        await early.task


async def test_only_the_named_stages_are_prefetched() -> None:
    log: list[str] = []
    pipeline = Pipeline([KeepingStage("keeps", log), EarlyStage(log)])
    await pipeline.run_request(_ctx(), only=("keeps",))
    assert log == ["keeps"]


class SpeculatingStage(RecordingStage):
    """A stage that speculates on the body as received (like the FAQ search's embedding):
    records what it saw and when its work's thread ran."""

    def __init__(
        self, log: list[str], *, fail: bool = False, start: bool = True, delay_s: float = 0.0
    ) -> None:
        super().__init__("speculates", log)
        self._fail = fail
        self._start = start
        self._delay_s = delay_s

    def speculate(self, ctx: RequestContext) -> Future[None] | None:
        if self._fail:
            raise RuntimeError(f"cannot speculate on {ctx.body['messages'][0]['content']!r}")
        self._log.append(f"speculate:{ctx.body['messages'][0]['content']}")
        if not self._start:
            return None
        started: Future[None] = Future()

        def run() -> None:
            time.sleep(self._delay_s)
            self._log.append("thread runs")
            started.set_result(None)

        threading.Thread(target=run).start()
        return started


class RewritingStage(RecordingStage):
    async def process(self, ctx: RequestContext) -> None:
        await super().process(ctx)
        ctx.body = {"messages": [{"role": "user", "content": "<PERSON_1>"}]}


async def test_a_speculating_stage_starts_on_the_body_as_received(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(runner, "SPECULATION_WAIT_S", 30.0)  # a loaded machine: still waits
    log: list[str] = []
    pipeline = Pipeline([RewritingStage("pii", log), SpeculatingStage(log)])
    ctx = _ctx()
    await pipeline.run_request(ctx)
    # Before the first stage, on the text before it was rewritten, and the runner went
    # on once the speculation's thread ran.
    assert log == ["speculate:x", "thread runs", "pii", "speculates"]


async def test_the_runner_waits_a_short_while_only_for_a_speculation_to_start() -> None:
    log: list[str] = []
    pipeline = Pipeline([RecordingStage("pii", log), SpeculatingStage(log, delay_s=0.5)])
    await pipeline.run_request(_ctx())
    # The thread was not running after SPECULATION_WAIT_S: the stages went on.
    assert log == ["speculate:x", "pii", "speculates"]


async def test_a_speculation_that_fails_or_starts_nothing_changes_nothing(
    caplog: pytest.LogCaptureFixture,
) -> None:
    for stage in (SpeculatingStage([], fail=True), SpeculatingStage([], start=False)):
        log: list[str] = []
        stage._log = log
        ctx = _ctx()
        await Pipeline([RecordingStage("a", log), stage]).run_request(ctx)
        assert log[-2:] == ["a", "speculates"]
        assert [d.stage for d in ctx.decisions] == ["a", "speculates"]
    assert "speculation not started" in caplog.text
    assert "'x'" not in caplog.text  # the exception's message (the text) is withheld


async def test_no_speculation_when_only_some_stages_run() -> None:
    log: list[str] = []
    await Pipeline([RecordingStage("a", log), SpeculatingStage(log)]).run_request(
        _ctx(), only=("a",)
    )
    assert log == ["a"]
