"""The input guardrail stage ``guard.classify``: refuse unsafe requests before any model.

Runs after ``pii.pseudonymize`` (so it reads placeholders, never the user's values) and
before ``retrieval.inject``. The policy's ``guard.scope`` says which texts are classified:
the last user message (default; on ``/v1/completions`` each prompt of a list, each being
the last user message of its own generation), every user message, or the whole
conversation, plus tool results when ``tool_results`` is on. Of each message in scope
every text the chat template renders is read (:func:`message_texts`): its content parts
of every text-bearing type, its ``name``, an assistant's ``refusal`` and reasoning, and
the names and arguments of its tool calls; with the whole conversation in scope, every
text of the other fields the model reads too (:data:`PROMPT_FIELDS`: each tool's or
function's name, description and parameter schema, each of ``documents``, the values of
``chat_template_kwargs``). Each text gets a
:class:`~guardrails.classify.guard_classifier.GuardVerdict`; the most severe one decides:

* ``block``   — ``ctx.reply`` with the category's message (or the policy's refusal),
  ``finish_reason: content_filter``, ``X-Mamori-Action: block``;
* ``respond`` — ``ctx.reply`` with the category's message, ``finish_reason: stop``,
  ``X-Mamori-Action: respond``;
* ``route``   — sent on with ``ctx.category`` set to the category's ``route_label`` (model
  alias rules route on it), ``X-Mamori-Action: route``;
* ``flag``    — sent on, ``X-Mamori-Action: flag``.

``X-Mamori-Categories`` names the enforced categories that triggered. Categories in
``monitor`` mode are only audited (decision detail ``monitored``). The audit decision
carries labels and scores, never text.

With ``guard.scope.retrieved`` the retrieval stage asks :meth:`GuardStage.screen` about
each FAQ entry it found: an entry that triggers one of the listed categories (indirect
prompt injection planted in the corpus) is left out of the context; the request goes on.

When the policy names a guard ``model`` (vLLM: Llama Guard 3, Qwen3Guard, ShieldGemma) it
is asked too, unless rules or exemplars already block; its labels add categories.

One classifier per policy version is built (the exemplars embedded once, or read from the
exemplar vector cache) in a worker thread and cached by policy name and version, so a
hot-reloaded policy is picked up by the next request. The gateway builds the classifiers of
its policies before it accepts requests (:meth:`GuardStage.prepare`), so no request waits
for exemplars to be embedded. Classification (embedding) also runs in a worker thread.

Each text is read up to ``embedding.window_chars`` characters, its head and tail
(:mod:`proxy.pipeline.embedding_window`): the embedding cost of one request is bounded
whatever the message length. Instructions in the middle of a longer message are not
classified; the PII stage still reads all of it. Texts are classified one at a time in a
fair queue (:mod:`proxy.pipeline.fair_limiter`: the request that has used the classifier
least goes first), and a text still queued when the client leaves is not classified.
Short texts (questions, at most
:data:`~retrieval.short_lane_embedder.SHORT_CHARS` characters) have a queue of their own,
as they have a model instance of their own (:mod:`retrieval.short_lane_embedder`): a
question is classified beside a long message's window, not after it.

Failure behaviour: an embedder or classifier failure propagates; the pipeline answers 500
and the request is not sent on (fail closed). A guard model without a verdict (timeout,
error, unreadable answer) does the same with ``on_failure: closed``; with ``open`` the
request is judged on rules and exemplars alone.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from functools import partial
from typing import Any

import anyio
import anyio.to_thread
import httpx

from guardrails.classify.guard_classifier import ALLOW, GuardClassifier, GuardVerdict
from guardrails.classify.guard_model_classifier import GuardModelClassifier
from guardrails.classify.vector_cache import VectorCache
from guardrails.policy import LoadedPolicy
from guardrails.policy.guard import GuardAction, GuardModelConfig, GuardPolicy, GuardScope
from proxy.pipeline.contract import Reply, RequestContext, StageDecision
from proxy.pipeline.embedding_window import DEFAULT_WINDOW_CHARS, head_and_tail
from proxy.pipeline.fair_limiter import FairLimiter, Served
from proxy.pipeline.request_fields import rendered_strings
from proxy.pipeline.thread_work import ThreadUnits
from retrieval.embedder import Embedder
from retrieval.short_lane_embedder import is_short

__all__ = ["PROMPT_FIELDS", "GuardStage", "prompt_field_texts", "scoped_texts"]

logger = logging.getLogger(__name__)

_SEVERITY = {"block": 4, "respond": 3, "route": 2, "flag": 1, ALLOW: 0}
_SCREENED_ENTRIES = 8192
"""Verdicts on retrieved FAQ entries kept per worker (labels only, keyed by digest)."""


class GuardStage:
    """Request stage ``guard.classify``; see the module docstring."""

    name = "guard.classify"
    keeps_body = True
    """Never rewrites ``ctx.body``: the FAQ search may run beside it (runner)."""

    def __init__(
        self,
        embedder: Embedder | None,
        *,
        cached_policies: int = 8,
        vector_cache: VectorCache | None = None,
        window_chars: int = DEFAULT_WINDOW_CHARS,
        classifiers: Mapping[tuple[str, str], GuardClassifier] | None = None,
    ) -> None:
        """``window_chars``: the most characters of a message classified (head and tail,
        :func:`~proxy.pipeline.embedding_window.head_and_tail`). ``classifiers``: ones
        already built, by (policy name, version) — the parent process built them before
        forking the workers (:mod:`proxy.pipeline.preload`)."""
        self._window_chars = window_chars
        # Classification embeds: one text at a time, least-served request first, so a
        # short request is not queued behind every text of long ones, and a text still
        # queued when its client leaves is never embedded.
        self._units = ThreadUnits(FairLimiter())
        # Short texts (questions) have a queue of their own, as the embedder has a model
        # instance of its own for them (retrieval.short_lane_embedder): an ordinary
        # question is never queued behind a long message's window.
        self._short_units = ThreadUnits(FairLimiter())
        self._embedder = embedder
        self._vector_cache = vector_cache
        self._cached_policies = cached_policies
        self._classifiers: OrderedDict[tuple[str, str], GuardClassifier] = OrderedDict(
            classifiers or {}
        )
        self._build_locks: dict[tuple[str, str], anyio.Lock] = {}
        self._model_clients: dict[str, httpx.AsyncClient] = {}
        self._screened: OrderedDict[tuple[str, str, str], tuple[str, ...]] = OrderedDict()

    @property
    def embedder(self) -> Embedder | None:
        """The embedder of the exemplar classifier (None: rules only)."""
        return self._embedder

    async def aclose(self) -> None:
        """Close the connection pools to guard models."""
        for client in self._model_clients.values():
            await client.aclose()
        self._model_clients.clear()

    async def classifier(self, loaded: LoadedPolicy) -> GuardClassifier:
        """The classifier for this policy version (built on first use, then cached).

        A version being built (a hot reload prepares the new one in the background) holds
        up only the callers that want that version, not the requests of the others."""
        key = (loaded.policy.name, loaded.version)
        found = self._classifiers.get(key)
        if found is not None:
            self._classifiers.move_to_end(key)
            return found
        lock = self._build_locks.setdefault(key, anyio.Lock())
        async with lock:
            found = self._classifiers.get(key)
            if found is None:
                found = await anyio.to_thread.run_sync(self._build, loaded.policy.guard)
                self._classifiers[key] = found
                while len(self._classifiers) > self._cached_policies:
                    self._classifiers.popitem(last=False)
                logger.info("guard classifier built for policy %s version %s", *key)
        if not lock.statistics().tasks_waiting:
            self._build_locks.pop(key, None)
        return found

    async def screen(self, loaded: LoadedPolicy, texts: Sequence[str]) -> list[tuple[str, ...]]:
        """For each retrieved text, the ``guard.scope.retrieved`` categories it triggers
        (enforced ones only; empty: keep it). Verdicts are cached per policy version and
        digest of the text, so an FAQ entry is classified once, not on every request."""
        policy = loaded.policy.guard
        wanted = set(policy.scope.retrieved)
        if not policy.enabled or not wanted:
            return [() for _ in texts]
        classifier = await self.classifier(loaded)
        found: list[tuple[str, ...]] = []
        for text in texts:
            key = (loaded.policy.name, loaded.version, hashlib.sha256(text.encode()).hexdigest())
            categories = self._screened.get(key)
            if categories is None:
                verdict = await anyio.to_thread.run_sync(classifier.classify, text)
                categories = tuple(
                    name
                    for name in verdict.categories
                    if name in wanted and name not in verdict.monitored
                )
                self._screened[key] = categories
                while len(self._screened) > _SCREENED_ENTRIES:
                    self._screened.popitem(last=False)
            else:
                self._screened.move_to_end(key)
            found.append(categories)
        return found

    async def prepare(self, policies: Sequence[LoadedPolicy]) -> None:
        """Build the classifiers of ``policies`` now (at start-up), not on a first request."""
        for loaded in policies:
            if loaded.policy.guard.enabled and loaded.policy.guard.categories:
                await self.classifier(loaded)

    def _build(self, policy: GuardPolicy) -> GuardClassifier:
        return GuardClassifier(policy, self._embedder, vector_cache=self._vector_cache)

    async def process(self, ctx: RequestContext) -> None:
        policy = ctx.policy.policy.guard
        if not policy.enabled or not policy.categories:
            ctx.decisions.append(StageDecision(self.name, "disabled"))
            return
        classifier = await self.classifier(ctx.policy)
        messages = ctx.body.get("messages") or []
        wholes = list(scoped_texts(messages, policy.scope, separate=ctx.separate_prompts))
        if policy.scope.messages == "conversation":
            wholes.extend(prompt_field_texts(ctx.body))
        texts = [head_and_tail(t, self._window_chars) for t in wholes]
        # Charged up front for its text (about 2 ms of embedding per character on the
        # reference machine), so a short request goes before a long one's window.
        # A long message's window is bulk work: lower CPU priority (thread_work).
        bulk = any(not is_short([text]) for text in texts)
        served = Served.upfront(sum(len(t) for t in texts), 2e-3, bulk=bulk)
        # The rules read each whole text (cheap); the models read its window.
        verdicts = [
            await (self._short_units if is_short([text]) else self._units).run(
                partial(classifier.classify, text, whole=whole), served=served
            )
            for text, whole in zip(texts, wholes, strict=True)
        ]
        verdict = max(verdicts, key=lambda v: _SEVERITY[v.action], default=None)
        if verdict is None:
            ctx.decisions.append(StageDecision(self.name, ALLOW, {"texts": 0}))
            return
        if policy.model is not None and verdict.action != "block":
            # Only asked when the cheap classifiers did not already refuse: GPU time is the
            # thing the guard exists to save.
            model_scores = await self._guard_model(policy.model).classify(
                [{"role": "user", "content": "\n\n".join(texts)}]
            )
            verdict = classifier.with_model(verdict, model_scores)
        monitored = sorted({name for v in verdicts for name in v.monitored})
        prescreened = sum(v.prescreened for v in verdicts)
        ctx.decisions.append(
            StageDecision(
                self.name,
                verdict.action,
                _detail(verdict, monitored, len(texts), prescreened),
                categories=tuple(verdict.categories),
            )
        )
        if verdict.category is not None:
            self._enforce(ctx, policy, verdict)

    def _guard_model(self, config: GuardModelConfig) -> GuardModelClassifier:
        client = self._model_clients.get(config.base_url)
        if client is None:
            client = httpx.AsyncClient(base_url=config.base_url.rstrip("/"))
            self._model_clients[config.base_url] = client
        return GuardModelClassifier(
            client,
            config.model,
            config.family,
            timeout_s=config.timeout_s,
            fail_open=config.on_failure == "open",
            categories=config.categories,
            unmapped_category=config.unmapped_category,
            threshold=config.threshold,
        )

    def _enforce(self, ctx: RequestContext, policy: GuardPolicy, verdict: GuardVerdict) -> None:
        assert verdict.category is not None
        category = policy.categories[verdict.category]
        enforced = [n for n in verdict.categories if n not in verdict.monitored]
        ctx.response_headers["X-Mamori-Categories"] = ",".join(enforced)
        action = category.action
        if action is GuardAction.BLOCK:
            ctx.reply = Reply(category.message or policy.refusal, "content_filter", "block")
        elif action is GuardAction.RESPOND:
            ctx.reply = Reply(category.message or policy.refusal, "stop", "respond")
        else:
            ctx.response_headers["X-Mamori-Action"] = str(action)
            if action is GuardAction.ROUTE:
                ctx.category = category.route_label or verdict.category


def scoped_texts(
    messages: list[Any], scope: GuardScope, *, separate: bool = False
) -> Iterator[str]:
    """The message texts ``scope`` asks to classify, in conversation order. With
    ``separate`` each message is a prompt of its own (a ``/v1/completions`` list), so each
    user message is the last user message of its generation."""
    roles = {
        "last_user": set(),
        "user": {"user"},
        "conversation": {"system", "developer", "user", "assistant"},
    }[scope.messages]
    if scope.tool_results:
        roles = roles | {"tool", "function"}
    last_user = max(
        (i for i, m in enumerate(messages) if isinstance(m, dict) and m.get("role") == "user"),
        default=None,
    )
    for index, message in enumerate(messages):
        if not isinstance(message, dict):
            continue
        last = index == last_user or (separate and message.get("role") == "user")
        if message.get("role") in roles or last:
            text = message_texts(message)
            if text.strip():
                yield text


#: Message fields besides ``content`` that chat templates render (reasoning under both
#: names vLLM reads).
_MESSAGE_TEXT_FIELDS = ("name", "refusal", "reasoning_content", "reasoning")
#: Content-part fields holding text (``text`` parts and their Responses kin, ``refusal``
#: parts, ``thinking`` parts).
_PART_TEXT_FIELDS = ("text", "refusal", "thinking")


def message_texts(message: Mapping[str, Any]) -> str:
    """Every text of ``message`` the model reads, one per line: the content (a string, or
    its parts' texts), the fields of :data:`_MESSAGE_TEXT_FIELDS`, and each tool call's
    function name and arguments (the arguments' string values and their keys that are not
    plain identifiers when they are a JSON document, else the arguments as written)."""
    texts: list[str] = []
    content = message.get("content")
    if isinstance(content, str):
        texts.append(content)
    elif isinstance(content, list):
        for part in content:
            if isinstance(part, dict):
                texts.extend(part[f] for f in _PART_TEXT_FIELDS if isinstance(part.get(f), str))
    texts.extend(message[f] for f in _MESSAGE_TEXT_FIELDS if isinstance(message.get(f), str))
    for call in message.get("tool_calls") or ():
        function = call.get("function") if isinstance(call, dict) else None
        if isinstance(function, dict):
            if isinstance(function.get("name"), str):
                texts.append(function["name"])
            if isinstance(function.get("arguments"), str):
                texts.append(_argument_text(function["arguments"]))
    return "\n".join(t for t in texts if t.strip())


#: Fields besides ``messages`` whose text the model reads: vLLM's chat templates render
#: ``tools`` and ``documents``, and any ``chat_template_kwargs`` variable a template names;
#: ``functions`` is the older name of ``tools`` that other OpenAI-compatible servers still
#: render.
PROMPT_FIELDS = ("tools", "functions", "documents", "chat_template_kwargs")


def prompt_field_texts(body: Mapping[str, Any]) -> Iterator[str]:
    """The texts of :data:`PROMPT_FIELDS` in ``body``: one per tool, function or document
    (each string in it: name, description, parameter schema, a document's title and text,
    and the keys that are not plain identifiers, :func:`rendered_strings`), and one for the
    template variables together."""
    for name in PROMPT_FIELDS:
        value = body.get(name)
        for item in value if isinstance(value, list) else (value,):
            if isinstance(item, dict) and isinstance(item.get("function"), dict):
                # Chat's nesting of a tool: the function is what the template renders.
                item = item["function"]
            text = "\n".join(t for t in rendered_strings(item) if t.strip())
            if text:
                yield text


def _argument_text(arguments: str) -> str:
    try:
        document = json.loads(arguments)
    except ValueError:
        return arguments
    return "\n".join(rendered_strings(document))


def _detail(
    verdict: GuardVerdict, monitored: list[str], texts: int, prescreened: int
) -> dict[str, int | float | str]:
    detail: dict[str, int | float | str] = {"texts": texts}
    if prescreened:
        # Texts the static-vector prescreen let through without the embedding.
        detail["prescreened"] = prescreened
    if verdict.categories:
        detail["categories"] = ",".join(verdict.categories)
    if monitored:
        detail["monitored"] = ",".join(monitored)
    if verdict.rule_hits:
        detail["rules"] = ",".join(verdict.rule_hits)
    for name in verdict.categories:
        detail[f"score:{name}"] = verdict.scores.get(name, 0.0)
    if verdict.attack_probability is not None:
        # The trained cascade's own estimate, when it ran.
        detail["attack_probability"] = round(verdict.attack_probability, 4)
    return detail
