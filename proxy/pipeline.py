"""The stage contract and the pipeline runner.

A request passes, in one direction, through:

* request stages (``RequestStage``), in order: each may rewrite ``ctx.body``, add
  decisions, or short-circuit by setting ``ctx.reply`` — later stages and the upstream call
  are then skipped and the reply is sent as a normal chat completion;
* generation upstream (not here: :mod:`proxy.completions` does it);
* response stages (``ResponseStage``), in order, on each streamed piece of generated text
  and on whole answers. Each opens a per-response :class:`TextFilter` that may hold back
  text it still needs to decide on, and must hold back no more than that.

Stages are built once at start-up and keep no per-request state; per-request state lives in
:class:`RequestContext`. The order of stages is the order given to :class:`Pipeline`, built
in one place (:func:`proxy.app.build_pipeline`).

Failure behaviour: an exception inside a stage becomes :class:`~proxy.errors.StageError`
(HTTP 500) and the request is not sent upstream: safety stages fail closed. A stage that
wants to refuse a request on purpose sets ``ctx.reply`` instead of raising.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Literal, Protocol

from guardrails.pii.vault import Vault
from guardrails.policy import LoadedPolicy
from proxy.errors import MamoriError, StageError
from proxy.log_config import log_failure

__all__ = [
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


class RequestStage(Protocol):
    """A stage on the way in."""

    name: str

    async def process(self, ctx: RequestContext) -> None:
        """Inspect or rewrite ``ctx``; set ``ctx.reply`` to answer at once."""


class TextFilter(Protocol):
    """Per-response state of a response stage, fed generated text in order."""

    def feed(self, piece: str) -> str:
        """Take the next piece; return the text that may be sent now (maybe empty)."""

    def finish(self) -> str:
        """The answer ended: return everything still held back, processed."""


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

    def feed(self, piece: str) -> str:
        for name, text_filter in self._stages:
            if not piece:
                break
            piece = self._timed(name, partial(text_filter.feed, piece))
        return piece

    def finish(self) -> str:
        # What an earlier stage releases at the end still passes through the later ones.
        out = ""
        for name, text_filter in self._stages:
            if out:
                out = self._timed(name, partial(text_filter.feed, out))
            out += self._timed(name, text_filter.finish)
        return out

    def _timed(self, name: str, call: Callable[[], str]) -> str:
        started = time.perf_counter()
        try:
            return call()
        except MamoriError:
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
