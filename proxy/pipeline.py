"""The stage contract and the pipeline runner.

A request passes, in one direction, through:

* request stages (``RequestStage``), in order: each may rewrite ``ctx.body``, add
  decisions, or short-circuit by setting ``ctx.reply`` — later stages and the upstream call
  are then skipped and the reply is sent as a normal chat completion;
* generation upstream (not here: :mod:`proxy.completions` does it);
* response stages (``ResponseStage``), in order, on each streamed piece of generated text
  and on whole answers. Each opens a per-response :class:`TextFilter` that may hold back
  text it still needs to decide on, and must hold back no more than that. Filters are
  ``async`` so that a stage can run blocking work (PII analysis) in a worker thread
  instead of on the event loop; a filter is fed by one task, never concurrently.

Stages are built once at start-up and keep no per-request state; per-request state lives in
:class:`RequestContext`. The order of stages is the order given to :class:`Pipeline`, built
in one place (:func:`proxy.app.build_pipeline`).

Stopping an answer: a response filter that must end the answer on purpose (the policy says
``stop``) raises :class:`AnswerStopped` from ``feed`` or ``finish``. Its ``text`` is the
checked text that may still go out before the end — everything that call would have
released before the offending part — and ``notice`` the gateway's closing words. The filter
chain passes ``text`` through the later stages (so placeholders in it are still restored)
and raises a new :class:`AnswerStopped` carrying the result; :mod:`proxy.completions`
sends ``text + notice``, ends the choice with ``finish_reason: "content_filter"``, closes
the upstream stream and audits the action ``stop``. A stopped filter is not fed again.

Failure behaviour: an exception inside a stage becomes :class:`~proxy.errors.StageError`
(HTTP 500) and the request is not sent upstream: safety stages fail closed. A stage that
wants to refuse a request on purpose sets ``ctx.reply`` instead of raising. A response
stage that fails ends the answer the same way: a 500 before anything was sent, else the
stream ends with ``finish_reason: "content_filter"``; unchecked text never goes out.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from guardrails.pii.vault import Vault
from guardrails.policy import LoadedPolicy
from proxy.errors import MamoriError, StageError
from proxy.log_config import log_failure

__all__ = [
    "AnswerStopped",
    "Pipeline",
    "Reply",
    "RequestContext",
    "RequestStage",
    "ResponseStage",
    "StageDecision",
    "TextFilter",
    "TextPart",
]

TextPart = Literal["content", "reasoning", "tool_arguments"]
"""Which generated text a filter sees: the answer, the reasoning, or one tool call's
arguments (JSON text, so anything inserted there must be JSON-escaped)."""

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class StageDecision:
    """What a stage decided, for the audit log: counts and labels, never text."""

    stage: str
    action: str
    detail: dict[str, int | float | str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Reply:
    """An answer given by the gateway itself instead of the model."""

    content: str
    finish_reason: str = "content_filter"
    action: str = "block"
    """Value of the ``X-Mamori-Action`` header."""


@dataclass(slots=True)
class RequestContext:
    """Everything one request carries through the pipeline."""

    request_id: str
    tenant: str
    key_name: str
    model: str
    """Public model name the client asked for."""
    body: dict[str, Any]
    """The chat request as it will be sent upstream; request stages may rewrite it."""
    stream: bool
    policy: LoadedPolicy
    """Snapshot of the tenant's policy taken when the request arrived."""
    decisions: list[StageDecision] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    """Seconds spent in each stage (request and response side)."""
    reply: Reply | None = None
    """Set by a request stage to answer without calling the model."""
    response_headers: dict[str, str] = field(default_factory=dict)
    """Extra headers stages want on the response (``X-Mamori-...``)."""
    category: str | None = None
    """A label a request stage (the guard) gives the request; model alias rules can route
    on it (``aliases.NAME.rules[].categories``)."""
    vault: Vault = field(default_factory=Vault)
    """Placeholders → the user's values, filled by ``pii.pseudonymize``; never leaves."""
    faq_context: str | None = None
    """The system message ``retrieval.inject`` added (``output.filter`` guards it against
    verbatim leaks)."""


class RequestStage(Protocol):
    """A stage on the way in."""

    name: str

    async def process(self, ctx: RequestContext) -> None:
        """Inspect or rewrite ``ctx``; set ``ctx.reply`` to answer at once."""


class AnswerStopped(Exception):
    """A response stage ends the answer on purpose; see the module docstring.

    Not a :class:`~proxy.errors.MamoriError`: the client gets a normal (cut) answer with
    ``finish_reason: "content_filter"``, not an error.
    """

    def __init__(self, text: str = "", *, notice: str = "") -> None:
        super().__init__("the answer was stopped by a response stage")
        self.text = text
        """Checked text that may still be sent before the end."""
        self.notice = notice
        """The gateway's closing words, sent after ``text`` (not filtered further)."""


class TextFilter(Protocol):
    """Per-response state of a response stage, fed generated text in order."""

    async def feed(self, piece: str) -> str:
        """Take the next piece; return the text that may be sent now (maybe empty).

        Raises :class:`AnswerStopped` to end the answer.
        """

    async def finish(self) -> str:
        """The answer ended: return everything still held back, processed.

        Raises :class:`AnswerStopped` to end the answer.
        """


class ResponseStage(Protocol):
    """A stage on the way out."""

    name: str

    def open(self, ctx: RequestContext, part: TextPart = "content") -> TextFilter:
        """Start filtering one generated text (one per choice and part)."""


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

    async def run_request(self, ctx: RequestContext) -> None:
        """Run the request stages in order until one sets ``ctx.reply``.

        Raises :class:`StageError` when a stage fails (the request must not go upstream).
        """
        for stage in self.request_stages:
            if ctx.reply is not None:
                break
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

    def open_filter(self, ctx: RequestContext, part: TextPart = "content") -> TextFilter | None:
        """A filter chain for one generated text, or None when there are no response stages."""
        if not self.response_stages:
            return None
        return _FilterChain(ctx, self.response_stages, part)
