"""The ``retrieval.inject`` request stage: FAQ context from Milvus into the prompt.

Per request, as the tenant's policy (``retrieval`` section) says:

1. the query is the last user message — already pseudonymised by ``pii.pseudonymize``,
   which runs first — optionally with the previous user message, in the form
   ``guard.classify`` embeds (:func:`~guardrails.classify.normalizer.clean`: invisible
   characters removed, NFKC, whitespace collapsed). e5 and the BM25 tokenizer read that
   form as they read the original (measured: the same vectors and terms on the FAQ dev
   queries), and it is the exact text the guard embedded, so the shared embedder's memo
   answers it without embedding the message again. A long query is cut to its head and
   tail (``embedding.window_chars``, :mod:`proxy.pipeline.embedding_window`), the same
   window the guard takes: the question of a long message is at its start or its end;
2. the policy's index is searched (embedding and search run in a worker thread, off the
   event loop). The search starts as soon as ``pii.pseudonymize`` is done, beside
   ``guard.classify`` (:meth:`RetrievalStage.prefetch`; the guard never rewrites the
   body), and this stage takes its result at its turn; a request the guard refuses
   never uses it. The stage's own time in the audit log is then what the request still
   waited for the search after the guard. Entries below ``min_score`` are dropped,
   duplicates removed, at most ``top_k`` kept; with ``guard.scope.retrieved`` in the
   policy, entries the guard finds planted instructions in (``screen``,
   :meth:`proxy.pipeline.stages.guard.GuardStage.screen`) are left out too, and counted
   in the decision;
3. the entries go into one system message built from the policy's template, quoted as
   data with numbered citations, placed after the request's own leading system messages
   (and kept in ``ctx.faq_context``, which ``output.filter`` guards against verbatim leaks);
4. the FAQ ids are returned in the ``X-Mamori-Sources`` header and recorded as the stage's
   decision (ids and counts only) for the audit log.

A message with no request in it (only a greeting, a thanks, an acknowledgement:
:func:`~retrieval.search_query.courtesy_only`) is not searched (decision ``courtesy``):
the nearest entry of 「こんにちは」 answers some other question, and the model answers a
greeting better without it. The request goes on unchanged, also under ``on_no_hit: reply``.

The query's embedding may start even earlier (:meth:`RetrievalStage.speculate`, before
``pii.pseudonymize``): on the query as received, when it is short, holds no digit and no
``@`` (a phone number, an address, a mail address: what the PII stage most often
rewrites), no word Sudachi reads as a person's name (「山田太郎です。…」: the forward would
be wasted, and it slowed the real one by about 2.6 ms) and the model is idle. The search
takes that vector only when the query at its turn is the same string (nothing was
pseudonymised in it); otherwise it embeds the pseudonymised query as before and the early
vector is dropped, unused and unremembered
(:mod:`retrieval.short_lane_embedder`; the stage says so as soon as it knows its query, and
the wasted forward is lowered). A short question's forward then runs beside the
PII analysis instead of after it, and when the search finds it still running, the
forward's own thread does the rest of the search right after it
(:meth:`~retrieval.faq_searcher.FaqSearcher.search_or_follow`).

No hit: ``on_no_hit: answer`` sends the request on unchanged; ``reply`` answers at once
with the policy's canned reply.

Failure behaviour: a policy naming an index the gateway did not load raises (a 500:
a configuration fault). A Milvus or embedding failure is an unavailable backend: the
stage records the decision ``unavailable`` (index and error type, no text) for the audit
log and raises :class:`~proxy.errors.ServiceUnavailableError` (503, naming the FAQ
index and, for a store error, what failed, e.g. an index not built yet: ``run `mamori
reindex NAME```); the request is not sent on, so answers are not generated ungrounded by
accident.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from concurrent.futures import Future
from functools import partial
from urllib.parse import quote

import anyio

from guardrails.classify.normalizer import clean
from guardrails.policy import LoadedPolicy
from proxy.errors import MamoriError, ServiceUnavailableError
from proxy.pipeline.contract import Prefetched, Reply, RequestContext, StageDecision
from proxy.pipeline.embedding_window import DEFAULT_WINDOW_CHARS, head_and_tail
from retrieval.chat_query import chat_query
from retrieval.context_builder import build_context
from retrieval.errors import RetrievalError, StoreError
from retrieval.faq_searcher import FaqSearcher
from retrieval.milvus_store import SearchHit
from retrieval.search_query import courtesy_only
from retrieval.word_vectors import WordVectorsError

__all__ = ["SOURCES_HEADER", "RetrievalStage", "Screen"]

Screen = Callable[[LoadedPolicy, Sequence[str]], Awaitable[list[tuple[str, ...]]]]
"""Per retrieved text, the guard categories it triggers (empty: keep the entry)."""

logger = logging.getLogger(__name__)

SOURCES_HEADER = "X-Mamori-Sources"

_LIKELY_PSEUDONYMISED = re.compile(r"[0-9０-９@＠]")
"""A query with one of these is not embedded before ``pii.pseudonymize``: the stage would
likely rewrite it (numbers, mail addresses), and the early forward would be wasted."""


class RetrievalStage:
    """Injects FAQ context; built once with a searcher per loaded index."""

    name = "retrieval.inject"

    def __init__(
        self,
        searchers: Mapping[str, FaqSearcher],
        *,
        screen: Screen | None = None,
        window_chars: int = DEFAULT_WINDOW_CHARS,
    ) -> None:
        """``window_chars``: the most characters of the query searched (head and tail, the
        same window ``guard.classify`` embeds)."""
        self._searchers = dict(searchers)
        self._screen = screen
        self._window_chars = window_chars

    def prefetch(self, ctx: RequestContext) -> None:
        """Start this request's search now, in a worker thread, while the guard reads the
        same text (:class:`~proxy.pipeline.contract.PrefetchingStage`): the query
        embedding, most of a grounded request's time, then overlaps the guard's work, and
        an embedding the guard needs of the same text is shared with it
        (:mod:`retrieval.short_lane_embedder`). A request the guard refuses has searched
        for nothing; nothing else changes (``process`` uses the result only for the same
        index, query and count, and decides and records exactly as before)."""
        planned = self._planned(ctx)
        if planned is None:
            return
        searcher, key = planned
        _, query, count = key
        self._settle(ctx, searcher, query)
        task = asyncio.ensure_future(_search_or_follow(searcher, query, count))
        ctx.prefetched[self.name] = Prefetched(key, task)

    def speculate(self, ctx: RequestContext) -> Future[None] | None:
        """Start embedding the query of the request as received
        (:class:`~proxy.pipeline.contract.SpeculatingStage`; module docstring): the search
        takes the vector only if its query is this same text after the stages before it."""
        planned = self._planned(ctx)
        if planned is None:
            return None
        searcher, (_, query, _) = planned
        if _LIKELY_PSEUDONYMISED.search(query) or searcher.names_a_person(query):
            return None
        started = searcher.speculate(query)
        if started is not None:
            ctx.speculated[self.name] = started
        return started

    def _settle(self, ctx: RequestContext, searcher: FaqSearcher, query: str) -> None:
        """This request's speculation (if any) is for ``query`` or wasted: the searcher
        lowers and drops a wasted one now, before the search embeds the rewritten query."""
        handle = ctx.speculated.pop(self.name, None)
        if handle is not None:
            searcher.settle(handle, query)

    def _planned(self, ctx: RequestContext) -> tuple[FaqSearcher, tuple[str, str, int]] | None:
        """The searcher and (index, query, count) the search of ``ctx`` uses; None when
        there is nothing to search (retrieval off, no query, an index not loaded)."""
        policy = ctx.policy.policy.retrieval
        if not policy.enabled:
            return None
        searcher = self._searchers.get(policy.index)
        query = chat_query(ctx.body, previous_turn=policy.include_previous_turn)
        if query is not None:
            query = clean(head_and_tail(query, self._window_chars)) or None
        if searcher is None or query is None or courtesy_only(query):
            return None
        # A few more than top_k: some may fall under min_score or repeat an id.
        return searcher, (policy.index, query, policy.top_k + 2)

    async def process(self, ctx: RequestContext) -> None:
        policy = ctx.policy.policy.retrieval
        if not policy.enabled:
            return
        if policy.index not in self._searchers:
            raise MamoriError(
                f"policy {ctx.policy.policy.name!r} searches index {policy.index!r}, which "
                "this gateway does not load (retrieval.indexes)"
            )
        planned = self._planned(ctx)
        if planned is None:
            # Nothing to search after the stages before (a query that became a courtesy):
            # an early forward is wasted.
            self._settle(ctx, self._searchers[policy.index], "")
            query = chat_query(ctx.body, previous_turn=policy.include_previous_turn)
            courtesy = query is not None and courtesy_only(clean(query))
            ctx.decisions.append(StageDecision(self.name, "courtesy" if courtesy else "no-query"))
            return
        searcher, key = planned
        _, query, count = key
        self._settle(ctx, searcher, query)
        # The search the runner started beside the guard, if it was for these inputs;
        # one for others (not expected: the guard keeps the body) is left to the runner.
        prefetched = ctx.prefetched.get(self.name)
        try:
            if prefetched is not None and prefetched.key == key:
                del ctx.prefetched[self.name]
                found: list[SearchHit] = await prefetched.task
            else:
                found = await anyio.to_thread.run_sync(partial(searcher.search, query, count))
        except RetrievalError as exc:
            # The store's message names the operation and collection, never the query.
            logger.warning("retrieval: index %s unavailable: %s", policy.index, exc)
            ctx.decisions.append(
                StageDecision(
                    self.name, "unavailable", {"index": policy.index, "error": type(exc).__name__}
                )
            )
            # A store error names the operation and the index ("does not exist: run
            # `mamori reindex faq`"); an embedder's may name its server: left out.
            named = isinstance(exc, StoreError | WordVectorsError)
            cause = str(exc) if named else "the embedder failed"
            raise ServiceUnavailableError(
                f"the FAQ index {policy.index!r} is unavailable ({cause}); the request was "
                "not sent on without it"
            ) from exc
        hits = [hit for hit in found if hit.relevance >= policy.min_score][: policy.top_k]
        screened: dict[str, int | float | str] = {}
        if hits and self._screen is not None and ctx.policy.policy.guard.scope.retrieved:
            flags = await self._screen(
                ctx.policy, [f"{hit.entry.question}\n{hit.entry.answer}" for hit in hits]
            )
            dropped = sorted({name for categories in flags for name in categories})
            if dropped:
                screened = {
                    "screened_out": sum(1 for categories in flags if categories),
                    "screened_categories": ",".join(dropped),
                }
                logger.warning(
                    "retrieval: %d FAQ entries left out (%s): %s",
                    screened["screened_out"],
                    screened["screened_categories"],
                    ",".join(hit.entry.id for hit, c in zip(hits, flags, strict=True) if c),
                )
            hits = [hit for hit, categories in zip(hits, flags, strict=True) if not categories]
        if not hits:
            detail: dict[str, int | float | str] = {"candidates": len(found), **screened}
            if found:
                detail["best_score"] = round(found[0].relevance, 4)
            if policy.on_no_hit == "reply":
                ctx.decisions.append(StageDecision(self.name, "no-hit-reply", detail))
                ctx.reply = Reply(
                    content=policy.no_hit_reply, finish_reason="stop", action="faq-no-hit"
                )
            else:
                ctx.decisions.append(StageDecision(self.name, "no-hit", detail))
            return
        ids = [hit.entry.id for hit in hits]
        message = {
            "role": "system",
            "content": build_context([hit.entry for hit in hits], policy.template),
        }
        messages = list(ctx.body.get("messages") or [])
        at = 0
        while at < len(messages) and _role(messages[at]) in ("system", "developer"):
            at += 1
        messages.insert(at, message)
        ctx.body = {**ctx.body, "messages": messages}
        ctx.faq_context = message["content"]
        # Header values are ASCII: ids with other characters are percent-encoded.
        ctx.response_headers[SOURCES_HEADER] = ",".join(quote(i, safe="-_.~:@/") for i in ids)
        ctx.decisions.append(
            StageDecision(
                self.name,
                "inject",
                {
                    "sources": ",".join(ids),
                    "hits": len(hits),
                    "top_score": round(hits[0].relevance, 4),
                    **screened,
                },
            )
        )


async def _search_or_follow(searcher: FaqSearcher, query: str, count: int) -> list[SearchHit]:
    """The search in a worker thread; when this request's speculative forward still runs,
    the search's rest is done by the forward's own thread as soon as it ends
    (:meth:`~retrieval.faq_searcher.FaqSearcher.search_or_follow`), and this awaits it."""
    found = await anyio.to_thread.run_sync(partial(searcher.search_or_follow, query, count))
    if isinstance(found, Future):
        return await asyncio.wrap_future(found)
    return found


def _role(message: object) -> object:
    return message.get("role") if isinstance(message, dict) else None
