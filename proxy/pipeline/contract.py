"""The stage contract: what a stage may do, and the values it works on.

A request passes, in one direction, through:

* request stages (``RequestStage``), in order: each may rewrite ``ctx.body``, add
  decisions, or short-circuit by setting ``ctx.reply`` — later stages and the upstream call
  are then skipped and the reply is sent as a normal chat completion;
* generation upstream (not here: :mod:`proxy.api.chat` does it);
* response stages (``ResponseStage``), in order, on each streamed piece of generated text
  and on whole answers. Each opens a per-response :class:`TextFilter` that may hold back
  text it still needs to decide on, and must hold back no more than that. Filters are
  ``async`` so that a stage can run blocking work (PII analysis) in a worker thread
  instead of on the event loop; a filter is fed by one task, never concurrently.

Stages are built once at start-up and keep no per-request state; per-request state lives in
:class:`RequestContext`. The order of stages is the order given to
:class:`~proxy.pipeline.runner.Pipeline`, assembled in one place
(:func:`proxy.pipeline.assembly.build_pipeline`).

Stopping an answer: a response filter that must end the answer on purpose (the policy says
``stop``) raises :class:`AnswerStopped` from ``feed`` or ``finish``. Its ``text`` is the
checked text that may still go out before the end — everything that call would have
released before the offending part — and ``notice`` the gateway's closing words. The filter
chain passes ``text`` through the later stages (so placeholders in it are still restored)
and raises a new :class:`AnswerStopped` carrying the result; :mod:`proxy.api.chat`
sends ``text + notice``, ends the choice with ``finish_reason: "content_filter"``, closes
the upstream stream and audits the action ``stop``. A stopped filter is not fed again.

Failure behaviour: an exception inside a stage becomes :class:`~proxy.errors.StageError`
(HTTP 500) and the request is not sent upstream: safety stages fail closed. A stage that
wants to refuse a request on purpose sets ``ctx.reply`` instead of raising. A response
stage that fails ends the answer the same way: a 500 before anything was sent, else the
stream ends with ``finish_reason: "content_filter"``; unchecked text never goes out.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from guardrails.output.text_part import TextPart
from guardrails.pii.vault import Vault
from guardrails.policy import LoadedPolicy

__all__ = [
    "AnswerStopped",
    "AnsweringStage",
    "ClosingStage",
    "Prefetched",
    "PrefetchingStage",
    "PreparedStage",
    "Reply",
    "RequestContext",
    "RequestStage",
    "ResponseStage",
    "SpeculatingStage",
    "StageDecision",
    "TextFilter",
    "TextPart",
]


@dataclass(frozen=True, slots=True)
class StageDecision:
    """What a stage decided: counts and labels, never text.

    ``detail`` is what the audit record shows; the typed fields are what code reads
    (the policy case runner), so nobody parses the audit labels back.
    """

    stage: str
    action: str
    detail: dict[str, int | float | str] = field(default_factory=dict)
    categories: tuple[str, ...] = ()
    """``guard.classify``: the categories that decided the verdict."""
    pii: tuple[tuple[str, str], ...] = ()
    """``pii.pseudonymize``: the ``(entity type, action)`` pairs applied, sorted."""
    labels: tuple[str, ...] = ()
    """``output.filter``: the labels of what it found (``pii:TYPE``, ``banned:NAME`` …)."""


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
    separate_prompts: bool = False
    """Each message of ``body["messages"]`` is a prompt of its own (a ``/v1/completions``
    list: every prompt is a generation whose whole input it is), so a stage that reads "the
    last user message" reads each of them."""
    faq_context: str | None = None
    """The system message ``retrieval.inject`` added (``output.filter`` guards it against
    verbatim leaks)."""
    prefetched: dict[str, Prefetched] = field(default_factory=dict)
    """Work a later stage started early (:class:`PrefetchingStage`), by stage name; the
    stage takes it out when it runs, the runner cancels what is left."""
    speculated: dict[str, Future[None]] = field(default_factory=dict)
    """The handle of the work a :class:`SpeculatingStage` started on the request as
    received, by stage name (a future, no text): the stage settles it at its turn."""


@dataclass(frozen=True, slots=True)
class Prefetched:
    """Work a :class:`PrefetchingStage` started before its turn, and what it was for."""

    key: tuple[object, ...]
    """The inputs the work was started with; the stage uses the result only when its
    inputs at its turn are equal (so the result is the one it would have computed)."""
    task: asyncio.Future[Any]


class RequestStage(Protocol):
    """A stage on the way in. A stage class may set ``keeps_body = True`` to say its
    ``process`` never rewrites ``ctx.body`` (the guard): a :class:`PrefetchingStage` after
    it may then start while it runs."""

    name: str

    async def process(self, ctx: RequestContext) -> None:
        """Inspect or rewrite ``ctx``; set ``ctx.reply`` to answer at once."""


@runtime_checkable
class PrefetchingStage(Protocol):
    """A request stage whose slow part reads only what earlier stages may rewrite and has
    no effect but its result (the FAQ search): the runner starts it as soon as every stage
    that may still rewrite ``ctx.body`` has run (while stages that only read it run), and
    the stage uses the result at its turn if its inputs are still the same."""

    name: str

    def prefetch(self, ctx: RequestContext) -> None:
        """Start the slow part for ``ctx`` now (store it in ``ctx.prefetched``); must not
        change anything else in ``ctx``, nor raise for a request ``process`` would refuse
        (it then simply starts nothing)."""


@runtime_checkable
class SpeculatingStage(Protocol):
    """A request stage whose slow part can be started on the request as it arrived, before
    the stages that may rewrite the body have run, with no effect but a result that the
    stage's own step takes only if its input at its turn is the same (the FAQ search's
    query embedding: :meth:`~retrieval.faq_searcher.FaqSearcher.speculate`). The runner
    calls it before the first stage and waits until the work's thread runs (at most
    :data:`~proxy.pipeline.runner.SPECULATION_WAIT_S`)."""

    name: str

    def speculate(self, ctx: RequestContext) -> Future[None] | None:
        """Start the work for ``ctx`` as received, if it is worth it; return a future done
        once its thread runs, or None when nothing was started. Must not change ``ctx``
        (except for recording that future in ``ctx.speculated``) nor raise for a request
        ``process`` would refuse."""


@runtime_checkable
class PreparedStage(Protocol):
    """A stage with slow start-up work, done once before the first request."""

    async def prepare(self, policies: Sequence[LoadedPolicy]) -> None:
        """Get ready for requests under ``policies``; raise to stop start-up."""


@runtime_checkable
class ClosingStage(Protocol):
    """A stage that holds something to release at shutdown (connections, threads)."""

    async def aclose(self) -> None:
        """Release what the stage holds."""


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


@runtime_checkable
class AnsweringStage(Protocol):
    """A response stage with work that depends only on the request: the runner starts it
    once the request stages have passed the request on, so it runs while the model
    generates instead of after the answer arrives (the output filter builds the automaton
    of the FAQ context it guards)."""

    def anticipate(self, ctx: RequestContext) -> None:
        """Start that work for ``ctx`` without waiting for it; must not change ``ctx``, nor
        raise (a failure shows when the work's result is used)."""


class ResponseStage(Protocol):
    """A stage on the way out."""

    name: str

    def open(self, ctx: RequestContext, part: TextPart = "content") -> TextFilter:
        """Start filtering one generated text (one per choice and part)."""
