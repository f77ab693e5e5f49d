"""The ``output.filter`` response stage: generated text checked before anyone reads it.

Runs first among the response stages, before ``pii.restore``: the model only ever saw
placeholders, so real personal data in its answer did not come from the user, and the
placeholders it does write are left for ``pii.restore``. Per generated text (each choice's
answer, reasoning and tool-call arguments) it opens a
:class:`~guardrails.output.output_filter.OutputFilter` set up from the policy's ``output``
section (see :mod:`guardrails.policy.output` and docs/output.md):

* the text is held back segment by segment — up to a sentence boundary (``。！？!?`` or a
  newline) or ``holdback.max_chars`` characters — and a segment is released only once it
  was checked, so every piece a client receives was checked, streaming or not, and both
  get the same segments and so the same decisions;
* personal data the model produced is redacted (or stops the answer), banned phrases and
  reused guard categories replace the segment or stop the answer, verbatim copies of the
  system prompt or FAQ context beyond the policy's thresholds do the same, and
  disclaimers for the categories touched are appended once at the end.

Stopping raises :class:`~proxy.pipeline.contract.AnswerStopped` with the text checked so far and the
policy's ``stop_message``; see :mod:`proxy.pipeline.contract` for what the client then gets.

The texts guarded against verbatim leaks (system prompt, FAQ context) are prepared while
the model generates (:meth:`OutputFilterStage.anticipate`, in a thread of the stage's own):
a text used before gets its suffix automaton built there (about 3 µs per character), so
the first segment's check does not build one; a new text (most FAQ contexts: each
question retrieves its own combination of entries) is checked by substring search, no
automaton built (:mod:`guardrails.output.leak_detector`). A check that comes first waits
for that preparation instead of making another.

Checks run in a worker thread (one hop per batch of completed segments; a batch of at most
:data:`~proxy.pipeline.thread_work.INLINE_CHARS` characters on the event loop instead when
the analyzer is free and the protected texts are ready), under the PII analyzer's capacity
limiter — the same limiter and the same analyzer instance
``pii.pseudonymize`` uses: spaCy pipelines are not shared between threads. When the client
leaves mid-answer, the batch in hand finishes before the limiter is free again
(:mod:`proxy.pipeline.thread_work`), so no two threads ever share the analyzer.

A segment's PII findings are kept in a bounded memo of the stage (an
:class:`~guardrails.pii.analysis_cache.AnalysisCache`: a SHA-256 of the segment and the
types asked for, the findings' offsets, types and scores; no text): the analyzer gives
the same findings for the same text and types, so a segment seen before (an answer's
opening, a closing line, an FAQ answer's contact and hours lines quoted again, a whole
answer of the ``faq-extractive`` model) is not analysed again, and its verdict is the one
an analysis would give. Touched under a lock (the reviews of several requests share it).

While an idle gateway waits for the backend, the stage analyses one fixed sentence
(:data:`WARM_TEXT`) on the event loop with the answer's types
(:meth:`OutputFilterStage.anticipate`): the e5 forward just before leaves the analyzer's
code and tables out of the CPU caches, and the answer's first analysis cost about a third
more on them (docs/benchmarks.md, seventeenth round). Only when this is the one request
the stage awaits an answer for and the analyzer is free (the early forward's rule: a busy
gateway gets no extra work), and only when the backend's recent answers took at least
:data:`WARM_MIN_WAIT_S` to come (the median of the last :data:`_WAITS_KEPT` times from
``anticipate`` to the filter's opening, a warm-up's own time left out): the warm-up costs
about as much CPU as an analysis, so before an answer that comes within a millisecond or
two (the test server's echo, an in-process model) the answer would wait for it. It runs
one loop turn later, once the request was written. It decides nothing (its findings are
dropped; the analyzer's findings do not depend on what it analysed before) and an error
in it is only logged: the answer's own analysis fails closed as before.

The decision (``StageDecision("output.filter", action, detail)``) is one per request: the
strongest action over all its texts (``none`` < ``disclaimer`` < ``redact`` < ``replace``
< ``stop``) and counts per label (``pii:PHONE_NUMBER``, ``banned:NAME``, ``guard:NAME``,
``leak:system_prompt``, ``disclaimer:NAME``) plus ``held_max_chars``; never text.

Failure behaviour: an analyzer or filter error propagates; the pipeline turns it into a
:class:`~proxy.errors.StageError` — a 500 for a whole answer, a ``content_filter`` end for
a stream — and the text held back is never sent.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import statistics
import threading
import time
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Collection, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Any

from guardrails.output.leak_detector import ProtectedText, ProtectedTextCache
from guardrails.output.output_filter import ACTIONS, OutputFilter, SegmentVerdict
from guardrails.output.phrase_classifier import PhraseClassifier
from guardrails.output.pii_redaction import PromptValues
from guardrails.pii.analysis_cache import AnalysisCache
from guardrails.pii.analyzer_protocol import Analyzer
from guardrails.pii.entities import PERSON
from guardrails.pii.findings import PiiFinding
from guardrails.policy import LoadedPolicy
from guardrails.policy.output import OutputPiiAction, OutputPolicy
from guardrails.policy.pii import OFF_BY_DEFAULT, SPECIAL_CARE
from proxy.pipeline.contract import (
    AnswerStopped,
    RequestContext,
    StageDecision,
    TextFilter,
    TextPart,
)
from proxy.pipeline.fair_limiter import FairLimiter, Served
from proxy.pipeline.thread_work import INLINE_CHARS, ThreadUnits

__all__ = ["OutputFilterStage", "OutputTextFilter"]

logger = logging.getLogger(__name__)

#: Decision actions, weakest first.
_SEVERITY = ("disabled", "none", "disclaimer", *ACTIONS[1:])

WARM_TEXT = "お問い合わせありがとうございます。"
"""The sentence analysed while an idle gateway waits for the backend (module docstring)."""

WARM_MIN_WAIT_S = 0.010
"""The backend's typical wait for an answer below which no warm-up runs (module docstring)."""

_WAITS_KEPT = 8

_AWAITED_S = 60.0
"""A request counts as awaiting its answer for at most this long (one whose filter never
finishes, e.g. a failed upstream call, stops blocking warm-ups then)."""


class OutputFilterStage:
    """Response stage ``output.filter``; see the module docstring."""

    name = "output.filter"

    def __init__(
        self,
        analyzer: Analyzer,
        *,
        limiter: FairLimiter,
        cached_policies: int = 8,
        cached_texts: int = 64,
        cached_segments: int = 4096,
    ) -> None:
        """``limiter`` is the one ``pii.pseudonymize`` holds for the same ``analyzer``;
        ``cached_segments``: segments whose findings are remembered (0: none)."""
        self._analyzer = analyzer
        self._memo = _SegmentMemo(analyzer, AnalysisCache(cached_segments))
        self._units = ThreadUnits(limiter)
        self._cached_policies = cached_policies
        self._phrases: OrderedDict[tuple[str, str], tuple[PhraseClassifier, frozenset[str]]] = (
            OrderedDict()
        )
        self._texts = ProtectedTextCache(cached_texts)
        # Automata being built ahead of the answer (anticipate), by text.
        self._building: dict[str, Future[ProtectedText]] = {}
        self._building_lock = threading.Lock()
        # Requests anticipated whose answer is not filtered yet: request id -> since.
        self._awaited: dict[str, float] = {}
        # The last waits from anticipate to the filter's opening (seconds).
        self._waits: deque[float] = deque(maxlen=_WAITS_KEPT)

    def anticipate(self, ctx: RequestContext) -> None:
        """Prepare the texts this request's filter will guard now, in the stage's builder
        thread, while the model generates (a repeated text's automaton is built there);
        on an idle gateway, warm the analyzer up one loop turn later (module docstring)."""
        policy = ctx.policy.policy.output
        if not policy.enabled:
            return
        self._await(ctx)
        for name, text in zip(("system_prompt", "faq_context"), _prompt_parts(ctx), strict=True):
            if not text or not getattr(policy.leakage, name).enabled:
                continue
            with self._building_lock:
                if text in self._building:
                    continue
                future = _builder().submit(self._texts.get, text)
                self._building[text] = future
            future.add_done_callback(partial(self._built, text))

    def _await(self, ctx: RequestContext) -> None:
        """Count ``ctx`` as awaiting its answer; schedule the warm-up when it is the only
        one and the answer will be analysed."""
        now = time.monotonic()
        for request_id, since in list(self._awaited.items()):
            if now - since > _AWAITED_S:
                del self._awaited[request_id]
        self._awaited[ctx.request_id] = now
        _, entities = self._per_version(ctx.policy)
        slow = bool(self._waits) and statistics.median(self._waits) >= WARM_MIN_WAIT_S
        if len(self._awaited) != 1 or not entities or not slow:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        loop.call_soon(self._warm_up, ctx.request_id, entities)

    def _answered(self, request_id: str) -> None:
        self._awaited.pop(request_id, None)

    def _warm_up(self, request_id: str, entities: frozenset[str]) -> None:
        """Analyse :data:`WARM_TEXT` if the gateway is still idle (module docstring)."""
        if self._awaited.keys() != {request_id}:
            return
        limiter = self._units.limiter
        if not limiter.try_acquire():
            return
        started = time.monotonic()
        try:
            self._analyzer.analyze(WARM_TEXT, entities=entities)
        except Exception as exc:  # decides nothing; the answer's analysis fails closed
            logger.warning("analyzer warm-up failed: %s", type(exc).__name__)
        finally:
            limiter.release()
            # Not the backend's wait: an answer that came meanwhile waited for this.
            self._awaited[request_id] += time.monotonic() - started

    def _built(self, text: str, _: Future[ProtectedText]) -> None:
        # Built (in the cache now) or failed (the filter builds it again and fails there).
        with self._building_lock:
            self._building.pop(text, None)

    def _protected(
        self, text: str
    ) -> tuple[Callable[[], ProtectedText], Future[ProtectedText] | None]:
        """What the filter calls (in its worker thread) for ``text``: the preparation under
        way, if any (returned too), else the cached text as :meth:`anticipate` left it. The
        request's use was counted there, so this look never builds an automaton on the
        answer's path: a text new to this worker stays on substring search (a repeated one
        was built ahead)."""
        with self._building_lock:
            future = self._building.get(text)
        if future is not None:
            return future.result, future
        return partial(self._texts.get, text, build=False), None

    def open(self, ctx: RequestContext, part: TextPart = "content") -> TextFilter:
        policy = ctx.policy.policy.output
        if not policy.enabled:
            _record(ctx, "disabled", Counter(), 0)
            return _PassFilter()
        since = self._awaited.get(ctx.request_id)
        if since is not None and part == "content":
            self._waits.append(time.monotonic() - since)
        protected: dict[str, Callable[[], ProtectedText]] = {}
        preparing: list[Future[ProtectedText]] = []
        system_prompt, faq_context = _prompt_parts(ctx)
        for name, text in (("system_prompt", system_prompt), ("faq_context", faq_context)):
            if text and getattr(policy.leakage, name).enabled:
                protected[name], future = self._protected(text)
                if future is not None:
                    preparing.append(future)
        vault = ctx.vault
        phrases, entities = self._per_version(ctx.policy)
        core = OutputFilter(
            policy,
            part=part,
            phrases=phrases,
            analyzer=self._memo,
            entities=entities,
            protected=protected,
            placeholders=vault.format.pattern(vault.labels) if len(vault) else None,
            prompt=PromptValues(_texts(ctx.body.get("messages") or [])),
        )
        _record(ctx, "none", Counter(), 0)
        return OutputTextFilter(
            ctx,
            core,
            self._units,
            notice=policy.stop_message,
            preparing=tuple(preparing),
            answered=partial(self._answered, ctx.request_id),
        )

    def _per_version(self, loaded: LoadedPolicy) -> tuple[PhraseClassifier, frozenset[str]]:
        """The phrase rules and the PII types to detect of this policy version (made on
        first use, then cached: neither changes within a version)."""
        key = (loaded.policy.name, loaded.version)
        found = self._phrases.get(key)
        if found is None:
            found = self._phrases[key] = (
                PhraseClassifier(loaded.policy),
                _detected_types(loaded.policy.output, self._analyzer.supported_entities),
            )
            while len(self._phrases) > self._cached_policies:
                self._phrases.popitem(last=False)
        else:
            self._phrases.move_to_end(key)
        return found


class OutputTextFilter:
    """The async face of one :class:`OutputFilter`: segments are checked in a worker
    thread and released in order; a ``stop`` raises :class:`AnswerStopped`."""

    def __init__(
        self,
        ctx: RequestContext,
        core: OutputFilter,
        units: ThreadUnits,
        *,
        notice: str,
        preparing: tuple[Future[ProtectedText], ...] = (),
        answered: Callable[[], None] = lambda: None,
    ) -> None:
        """``preparing``: the protected texts still being prepared when the filter was
        opened; a check waits for them, so it never runs inline before they are done.
        ``answered`` is called when the text ends or stops."""
        self._ctx = ctx
        self._core = core
        self._units = units
        self._served = Served()
        self._notice = notice
        self._preparing = preparing
        self._answered = answered

    async def feed(self, piece: str) -> str:
        segments = self._core.split(piece)
        if not segments:
            return ""
        return await self._review(segments)

    async def finish(self) -> str:
        self._answered()
        segments = self._core.rest()
        out = await self._review(segments) if segments else ""
        closing, names = self._core.closing()
        labels = Counter({f"disclaimer:{name}": 1 for name in names})
        _record(self._ctx, "disclaimer" if names else "none", labels, self._core.held_max)
        return out + closing

    async def _review(self, segments: list[str]) -> str:
        # A few short segments cost about what a thread hop does: checked on the loop
        # when the analyzer is free and no protected text is still being prepared (the
        # check would wait for it there).
        inline = sum(len(segment) for segment in segments) <= INLINE_CHARS and all(
            future.done() for future in self._preparing
        )
        verdicts: list[SegmentVerdict] = await self._units.run(
            self._core.review, segments, served=self._served, inline=inline
        )
        released: list[str] = []
        for verdict in verdicts:
            _record(self._ctx, verdict.action, verdict.labels, self._core.held_max)
            if verdict.action == "stop":
                self._answered()
                raise AnswerStopped("".join(released), notice=self._notice)
            released.append(verdict.text)
        return "".join(released)


class _SegmentMemo:
    """The stage's analyzer behind a memo of findings by segment and types (see the
    module docstring). An analyzer error propagates and nothing is remembered."""

    def __init__(self, analyzer: Analyzer, cache: AnalysisCache) -> None:
        self._analyzer = analyzer
        self._cache = cache
        self._lock = threading.Lock()

    @property
    def supported_entities(self) -> frozenset[str]:
        return self._analyzer.supported_entities

    def analyze(self, text: str, *, entities: Collection[str] | None = None) -> list[PiiFinding]:
        if entities is None:  # the filter always names its types; no key for "default"
            return self._analyzer.analyze(text)
        key = AnalysisCache.key(text, entities)
        with self._lock:
            found = self._cache.get(key)
        if found is None:
            found = tuple(self._analyzer.analyze(text, entities=entities))
            with self._lock:
                self._cache.put(key, found)
        return list(found)


class _PassFilter:
    """Output filtering is off in this policy: text passes unchanged and unheld."""

    async def feed(self, piece: str) -> str:
        return piece

    async def finish(self) -> str:
        return ""


@functools.cache
def _builder() -> ThreadPoolExecutor:
    """The thread that builds automata ahead of answers (one per worker process, made on
    first use: after the fork)."""
    return ThreadPoolExecutor(1, thread_name_prefix="mamori-leak-automata")


def _record(ctx: RequestContext, action: str, labels: Counter[str], held_max: int) -> None:
    """Fold one verdict into the request's single ``output.filter`` decision."""
    action = "none" if action == "pass" else action
    name = OutputFilterStage.name
    index = next((i for i, d in enumerate(ctx.decisions) if d.stage == name), None)
    if index is None:
        ctx.decisions.append(StageDecision(name, action))
        index = len(ctx.decisions) - 1
    decision = ctx.decisions[index]
    detail = dict(decision.detail)
    for label, count in labels.items():
        detail[label] = int(detail.get(label, 0)) + count
    if held_max:
        detail["held_max_chars"] = max(held_max, int(detail.get("held_max_chars", 0)))
    strongest = max(action, decision.action, key=_SEVERITY.index)
    found = sorted(set(decision.labels) | {label for label in labels if ":" in label})
    ctx.decisions[index] = StageDecision(name, strongest, detail, labels=tuple(found))


def _detected_types(policy: OutputPolicy, supported: frozenset[str]) -> frozenset[str]:
    """Types worth detecting: those the policy does not allow (LOCATION and ORGANIZATION
    only when listed), and names when special-care findings depend on them."""
    pii = policy.pii
    wanted = {
        entity_type
        for entity_type in supported
        if (entity_type not in OFF_BY_DEFAULT or entity_type in pii.entities)
        and pii.rule(entity_type)[0] is not OutputPiiAction.ALLOW
    }
    if pii.special_care == "person" and any(t.startswith(SPECIAL_CARE) for t in wanted):
        wanted |= {PERSON} & supported
    return frozenset(wanted)


def _prompt_parts(ctx: RequestContext) -> tuple[str, str]:
    """The system prompt (system and developer messages, without the FAQ context) and the
    FAQ context ``retrieval.inject`` added, as the model saw them."""
    system: list[str] = []
    for message in ctx.body.get("messages") or []:
        if not isinstance(message, dict) or message.get("role") not in ("system", "developer"):
            continue
        content = message.get("content")
        if ctx.faq_context is not None and content == ctx.faq_context:
            continue
        system.extend(_content_texts(content))
    return "\n".join(system), ctx.faq_context or ""


def _texts(messages: list[Any]) -> Iterator[str]:
    """Every text of the conversation as it was sent upstream."""
    for message in messages:
        if isinstance(message, dict):
            yield from _content_texts(message.get("content"))
            for call in message.get("tool_calls") or []:
                function = call.get("function") if isinstance(call, dict) else None
                if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                    yield function["arguments"]


def _content_texts(content: Any) -> Iterator[str]:
    if isinstance(content, str):
        yield content
    elif isinstance(content, list):
        for part in content:
            if isinstance(part, dict) and isinstance(part.get("text"), str):
                yield part["text"]
