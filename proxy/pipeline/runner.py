"""The pipeline runner: request stages in order, response filters chained.

:class:`Pipeline` runs what :mod:`proxy.pipeline.assembly` assembled, under the contract of
:mod:`proxy.pipeline.contract` (read its docstring for what a stage may do and how an
answer is stopped).

Failure behaviour: an exception inside a stage becomes :class:`~proxy.errors.StageError`
(HTTP 500) and the request is not sent upstream: safety stages fail closed. A response
stage that fails ends the answer; unchecked text never goes out.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Collection, Mapping, Sequence
from concurrent.futures import TimeoutError as FutureTimeout

from guardrails.output.text_part import TextPart
from guardrails.policy import LoadedPolicy
from proxy.errors import MamoriError, StageError
from proxy.observability.log_config import log_failure
from proxy.pipeline.contract import (
    AnsweringStage,
    AnswerStopped,
    ClosingStage,
    PrefetchingStage,
    PreparedStage,
    RequestContext,
    RequestStage,
    ResponseStage,
    SpeculatingStage,
    TextFilter,
)

__all__ = ["SPECULATION_WAIT_S", "Pipeline"]

SPECULATION_WAIT_S = 0.002
"""The longest the loop waits for a speculation's thread to run (about one short PII
analysis: the time the thread would otherwise wait for the interpreter lock)."""

logger = logging.getLogger(__name__)


class _FilterChain:
    """Several text filters applied in order, timing each into ``ctx.timings``."""

    def __init__(
        self, ctx: RequestContext, stages: Sequence[ResponseStage], part: TextPart
    ) -> None:
        self._ctx = ctx
        self._stages = [(stage.name, stage.open(ctx, part)) for stage in stages]

    async def feed(self, piece: str) -> str:
        for index, (name, text_filter) in enumerate(self._stages):
            if not piece:
                break
            try:
                piece = await self._timed(name, text_filter.feed(piece))
            except AnswerStopped as stop:
                raise await self._stopped(index, stop) from None
        return piece

    async def finish(self) -> str:
        return await self._flush(0, "")

    async def _flush(self, start: int, out: str) -> str:
        # What an earlier stage releases at the end still passes through the later ones.
        for index in range(start, len(self._stages)):
            name, text_filter = self._stages[index]
            try:
                if out:
                    out = await self._timed(name, text_filter.feed(out))
                out += await self._timed(name, text_filter.finish())
            except AnswerStopped as stop:
                raise await self._stopped(index, stop) from None
        return out

    async def _stopped(self, index: int, stop: AnswerStopped) -> AnswerStopped:
        """``stop`` raised by stage ``index``, its text passed through the later stages."""
        try:
            text = await self._flush(index + 1, stop.text)
        except AnswerStopped as later:
            return AnswerStopped(later.text, notice=later.notice or stop.notice)
        return AnswerStopped(text, notice=stop.notice)

    async def _timed(self, name: str, call: Awaitable[str]) -> str:
        started = time.perf_counter()
        try:
            return await call
        except (MamoriError, AnswerStopped):
            raise
        except Exception as exc:
            log_failure(logger, f"response stage {name} failed", exc)
            raise StageError(f"response stage {name} failed; the answer was stopped") from exc
        finally:
            elapsed = time.perf_counter() - started
            self._ctx.timings[name] = self._ctx.timings.get(name, 0.0) + elapsed


class Pipeline:
    """The configured stages, in the one order in which they run."""

    def __init__(
        self,
        request_stages: Sequence[RequestStage] = (),
        response_stages: Sequence[ResponseStage] = (),
    ) -> None:
        self.request_stages = tuple(request_stages)
        self.response_stages = tuple(response_stages)
        # Which stages have the optional hooks, looked up once: a runtime protocol check
        # costs microseconds on every request (typing's __instancecheck__).
        self._prefetching: dict[int, PrefetchingStage] = {
            id(stage): stage for stage in self.request_stages if isinstance(stage, PrefetchingStage)
        }
        self._answering = tuple(
            stage for stage in self.response_stages if isinstance(stage, AnsweringStage)
        )
        self._speculating = tuple(
            stage for stage in self.request_stages if isinstance(stage, SpeculatingStage)
        )

    async def prepare(self, policies: Sequence[LoadedPolicy]) -> None:
        """Before the first request: each stage with a ``prepare(policies)`` hook does its
        slow start-up work (the guard embeds its exemplars). Errors propagate: a gateway
        whose stages cannot start does not serve."""
        for stage in self._stages():
            if isinstance(stage, PreparedStage):
                await stage.prepare(policies)

    async def aclose(self) -> None:
        """At shutdown: each stage with an ``aclose()`` hook releases what it holds."""
        for stage in self._stages():
            if isinstance(stage, ClosingStage):
                await stage.aclose()

    def _stages(self) -> tuple[RequestStage | ResponseStage, ...]:
        return (*self.request_stages, *self.response_stages)

    async def run_request(self, ctx: RequestContext, *, only: Collection[str] = ()) -> None:
        """Run the request stages in order until one sets ``ctx.reply``; with ``only``, just
        the stages of those names (an endpoint that needs some of them: embeddings run
        ``pii.pseudonymize`` alone).

        A :class:`~proxy.pipeline.contract.PrefetchingStage` is started early, once only
        stages that keep the body (``keeps_body``) stand before it: the FAQ search runs
        beside the guard. Whatever was started early and not used (the guard refused, a
        stage failed) is cancelled before this returns.

        When the request goes on to the model (no reply, all stages run), each
        :class:`~proxy.pipeline.contract.AnsweringStage` among the response stages starts
        its request-only work, to run while the model generates.

        Raises :class:`StageError` when a stage fails (the request must not go upstream).
        """
        stages = [s for s in self.request_stages if not only or s.name in only]
        if not only:
            await _speculate(self._speculating, ctx)
        try:
            for index, stage in enumerate(stages):
                if ctx.reply is not None:
                    break
                if getattr(stage, "keeps_body", False):
                    _prefetch_after(stages, index, ctx, self._prefetching)
                started = time.perf_counter()
                try:
                    await stage.process(ctx)
                except MamoriError:
                    raise
                except Exception as exc:
                    log_failure(logger, f"request stage {stage.name} failed", exc)
                    raise StageError(
                        f"request stage {stage.name} failed; the request was not sent on"
                    ) from exc
                finally:
                    ctx.timings[stage.name] = time.perf_counter() - started
        finally:
            _drop_prefetched(ctx)
        if ctx.reply is None and not only:
            for response_stage in self._answering:
                response_stage.anticipate(ctx)

    def open_filter(self, ctx: RequestContext, part: TextPart = "content") -> TextFilter | None:
        """A filter chain for one generated text, or None when there are no response stages."""
        if not self.response_stages:
            return None
        return _FilterChain(ctx, self.response_stages, part)


async def _speculate(stages: Sequence[SpeculatingStage], ctx: RequestContext) -> None:
    """Start each stage's speculative work (:class:`SpeculatingStage`) and wait until its
    thread runs, at most :data:`SPECULATION_WAIT_S`: the loop then goes on with the first
    stage while the work proceeds (a thread left waiting for the interpreter lock would
    start only when that stage's pure-Python part lets go of it). The wait blocks the loop
    (a short one, on a lock: no loop turn, which on a busy machine costs more than the
    wait); a thread not running by then starts after the first stage, as it would have
    without speculation. A speculation is only an earlier start: one that fails to start
    is logged and the request goes on as without it."""
    for stage in stages:
        try:
            started = stage.speculate(ctx)
        except Exception as exc:
            log_failure(logger, f"request stage {stage.name}: speculation not started", exc)
            continue
        if started is not None:
            with contextlib.suppress(FutureTimeout):
                started.result(timeout=SPECULATION_WAIT_S)


def _prefetch_after(
    stages: Sequence[RequestStage],
    index: int,
    ctx: RequestContext,
    prefetching: Mapping[int, PrefetchingStage],
) -> None:
    """Start the prefetching stages (``prefetching``, by id) after ``stages[index]`` that
    only body-keeping stages (from ``index`` on) stand before, unless started already."""
    for later in stages[index + 1 :]:
        prefetcher = prefetching.get(id(later))
        if prefetcher is not None and later.name not in ctx.prefetched:
            prefetcher.prefetch(ctx)
        if not getattr(later, "keeps_body", False):
            return


def _drop_prefetched(ctx: RequestContext) -> None:
    """Cancel early work no stage took; its outcome is retrieved, so nothing is logged as
    a never-retrieved exception."""
    for prefetched in ctx.prefetched.values():
        prefetched.task.cancel()
        prefetched.task.add_done_callback(_retrieve)
    ctx.prefetched.clear()


def _retrieve(task: asyncio.Future[object]) -> None:
    if not task.cancelled():
        task.exception()
