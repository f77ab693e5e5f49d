"""The built-in ``faq-extractive`` model: answers with the best FAQ entry and its source.

It is what a fresh machine serves (``make serve`` with no vLLM URL), and, when
``retrieval.fallback_for`` names a model, what answers that model's requests while every
one of its backends is down — the answer then says it is a fallback.

It is served as an OpenAI-compatible backend inside the gateway process: an httpx
transport (:class:`FaqExtractiveTransport`) behind an ordinary backend group, so routing,
health polling, response stages, streaming and the audit log treat it like any vLLM
replica, and stream and non-stream answers have exactly vLLM's shapes. It answers
``GET /health``, ``GET /v1/models`` and ``POST /v1/chat/completions``.

A message with no request in it (only a greeting, a thanks, an acknowledgement:
:func:`~retrieval.search_query.courtesy_only`) is not searched: it gets a short reply
asking for the question (or acknowledging the thanks) instead of the nearest entry, which
for 「こんにちは」 answers some other question.

The query is the last user message of the request it receives, i.e. after the request
stages (pseudonymised), cut to its head and tail (``embedding.window_chars``) and in the
same cleaned form ``retrieval.inject`` searches with (see
:mod:`proxy.pipeline.stages.retrieval`), so its vector comes from the shared embedder's memo.
Searching runs in a worker thread.

Failure behaviour: a request body that is not a chat request gets a 400 in the OpenAI
error shape; a search failure gets a 503 (so routing reports the backend's message).
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Mapping
from functools import partial
from typing import Any

import anyio
import httpx

from guardrails.classify.normalizer import clean
from proxy.errors import BadRequestError, MamoriError, ServiceUnavailableError
from proxy.openai_wire import completion_body, completion_chunks, model_list
from proxy.pipeline.embedding_window import DEFAULT_WINDOW_CHARS, head_and_tail
from proxy.settings import Settings
from proxy.upstream.group import BackendGroup
from retrieval.chat_query import chat_query
from retrieval.errors import RetrievalError
from retrieval.faq_searcher import FaqSearcher
from retrieval.milvus_store import SearchHit
from retrieval.search_query import courtesy_only

__all__ = [
    "BUILTIN_URL",
    "FaqExtractiveTransport",
    "builtin_groups",
    "courtesy_answer",
    "extractive_answer",
]

logger = logging.getLogger(__name__)

#: Base URL of the built-in backend; never resolved (the transport answers in process).
BUILTIN_URL = "http://faq-extractive.builtin"

NO_HIT_ANSWER = (
    "申し訳ございません。お問い合わせの内容に該当するFAQが見つかりませんでした。"
    "言葉を変えてもう一度お試しいただくか、カスタマーセンターまでお問い合わせください。"
)

COURTESY_ANSWER = "ご用件をお書きください。よくあるご質問（FAQ）の中からお答えします。"
THANKS_ANSWER = "どういたしまして。ほかにご質問があればお書きください。"
COURTESY_ANSWER_EN = "Please type your question; I answer from our FAQ."
THANKS_ANSWER_EN = "You're welcome. Ask me anything else our FAQ covers."

_THANKS = re.compile(r"ありがと|有難|感謝|助かり|thank|thx", re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-z]")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def courtesy_answer(message: str, *, fallback_for: str | None) -> str:
    """The reply to a message with no request in it (:func:`courtesy_only`): a thanks is
    acknowledged, anything else asked for the question; in English when the message has
    Latin letters and no Japanese."""
    thanks = bool(_THANKS.search(message))
    if _JAPANESE.search(message) or not _LATIN.search(message):
        text = THANKS_ANSWER if thanks else COURTESY_ANSWER
    else:
        text = THANKS_ANSWER_EN if thanks else COURTESY_ANSWER_EN
    if fallback_for is None:
        return text
    return f"{_fallback_notice(fallback_for)}\n\n{text}"


def _fallback_notice(model: str) -> str:
    return (
        f"【フォールバック応答】モデル {model} に現在接続できないため、"
        "FAQから最も近い回答をお送りします。"
    )


def extractive_answer(hit: SearchHit | None, *, fallback_for: str | None) -> str:
    """The answer text for the best hit (or none), with its source."""
    parts = []
    if fallback_for is not None:
        parts.append(_fallback_notice(fallback_for))
    if hit is None:
        parts.append(NO_HIT_ANSWER)
    else:
        entry = hit.entry
        source = f"出典: FAQ {entry.id}「{entry.question}」"
        if entry.url:
            source += f" {entry.url}"
        parts.append(f"{entry.answer}\n\n{source}")
    return "\n\n".join(parts)


class FaqExtractiveTransport(httpx.AsyncBaseTransport):
    """An in-process OpenAI-compatible backend answering from one FAQ index."""

    def __init__(
        self,
        searcher: FaqSearcher,
        *,
        model_name: str,
        min_score: float,
        fallback: bool = False,
        window_chars: int = DEFAULT_WINDOW_CHARS,
    ) -> None:
        self._searcher = searcher
        self._model_name = model_name
        self._min_score = min_score
        self._fallback = fallback
        self._window_chars = window_chars

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "GET" and path == "/health":
            return _response(200, b"", "text/plain")
        if request.method == "GET" and path == "/v1/models":
            listing = model_list({self._model_name: None}, created=int(time.time()))
            return _response(200, json.dumps(listing).encode(), "application/json")
        if request.method == "POST" and path == "/v1/chat/completions":
            return await self._complete(await request.aread())
        requested = _requested_model(await request.aread())
        if requested is None or requested == self._model_name:
            message = f"{self._model_name} is a chat model; it does not serve {path}"
        else:
            # Every model name the gateway has no backend for reaches the built-in chat
            # model; for any other endpoint that name is simply not served here.
            message = (
                f"model {requested!r} is not served on {path} here; without a backend "
                f"for it, only the built-in chat model {self._model_name} answers it, "
                "on /v1/chat/completions (GET /v1/models lists what is served)"
            )
        return _error(BadRequestError(message, param="model"))

    async def _complete(self, raw: bytes) -> httpx.Response:
        try:
            body = json.loads(raw)
        except ValueError:
            return _error(BadRequestError("the request body is not JSON"))
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            return _error(BadRequestError("a chat request needs messages"))
        refused = _refused(body)
        if refused is not None:
            return _error(BadRequestError(refused[1], param=refused[0]))
        model = str(body.get("model") or self._model_name)
        query = chat_query(body)
        # The cleaned form of the same head and tail retrieval.inject reads: both decide
        # alike (ＯＫ is OK), and a pasted 60,000-character message is not embedded whole
        # (minutes of CPU in a thread the client's leaving cannot stop).
        query = clean(head_and_tail(query, self._window_chars)) if query is not None else None
        fallback_for = model if self._fallback else None
        if query is not None and courtesy_only(query):
            content = courtesy_answer(query, fallback_for=fallback_for)
            return self._answer(model, content, body)
        hit: SearchHit | None = None
        if query:
            try:
                hits = await anyio.to_thread.run_sync(partial(self._searcher.search, query, 1))
            except RetrievalError as exc:
                logger.warning("faq-extractive search failed: %s", type(exc).__name__)
                return _error(ServiceUnavailableError(f"the FAQ index is not available: {exc}"))
            if hits and hits[0].relevance >= self._min_score:
                hit = hits[0]
        return self._answer(model, extractive_answer(hit, fallback_for=fallback_for), body)

    def _answer(self, model: str, content: str, body: dict[str, Any]) -> httpx.Response:
        content, finish = _shape(content, body)
        requested = body.get("n")
        n = requested if isinstance(requested, int) and requested > 0 else 1
        if body.get("stream"):
            options = body.get("stream_options") or {}
            events = completion_chunks(
                model,
                content,
                finish,
                include_usage=bool(isinstance(options, dict) and options.get("include_usage")),
                n=n,
            )
            return _response(200, b"".join(events), "text/event-stream")
        payload = json.dumps(completion_body(model, content, finish, n=n), ensure_ascii=False)
        return _response(200, payload.encode(), "application/json")


def _requested_model(raw: bytes) -> str | None:
    """The ``model`` a request body names, if it is a JSON object naming one."""
    try:
        body = json.loads(raw)
    except ValueError:
        return None
    model = body.get("model") if isinstance(body, dict) else None
    return model if isinstance(model, str) else None


def _response(status: int, body: bytes, content_type: str) -> httpx.Response:
    # A stream, not content=: the gateway reads upstream bodies with aiter_raw().
    return httpx.Response(
        status, headers={"Content-Type": content_type}, stream=httpx.ByteStream(body)
    )


def _error(error: MamoriError) -> httpx.Response:
    body = json.dumps(error.to_body(), ensure_ascii=False).encode()
    return _response(error.status_code, body, "application/json")


def builtin_groups(
    settings: Settings, searchers: Mapping[str, FaqSearcher]
) -> tuple[dict[str, BackendGroup], BackendGroup | None]:
    """The backend groups of the built-in model (``retrieval.builtin_model``): the model by
    its name, and the fallback group for ``retrieval.fallback_for`` (None when unset).
    ``searchers`` are the loaded FAQ indexes; the built-in model answers from
    ``retrieval.builtin_index``."""
    section = settings.retrieval
    if section.builtin_model is None:
        return {}, None
    searcher = searchers[section.builtin_index]

    def group(name: str, *, fallback: bool) -> BackendGroup:
        transport = FaqExtractiveTransport(
            searcher,
            model_name=section.builtin_model or name,
            min_score=section.builtin_min_score,
            fallback=fallback,
            window_chars=settings.embedding.window_chars,
        )
        return BackendGroup(name, [BUILTIN_URL], settings.upstream, transport=transport)

    builtin = {section.builtin_model: group(section.builtin_model, fallback=False)}
    fallback = (
        group(section.builtin_model + ":fallback", fallback=True) if section.fallback_for else None
    )
    return builtin, fallback


def _refused(body: dict[str, Any]) -> tuple[str, str] | None:
    """(field, reason) when the request asks for something an extractive answer cannot
    give: a tool call, or output conforming to a JSON schema."""
    if body.get("tools") and body.get("tool_choice") != "none":
        return "tools", "faq-extractive answers with FAQ text and cannot call tools"
    response_format = body.get("response_format")
    kind = response_format.get("type") if isinstance(response_format, dict) else None
    if kind not in (None, "text", "json_object"):
        return "response_format", f"faq-extractive cannot produce response_format {kind!r}"
    if body.get("structured_outputs"):
        return "structured_outputs", "faq-extractive cannot follow structured outputs"
    return None


def _shape(content: str, body: dict[str, Any]) -> tuple[str, str]:
    """The answer as the request's ``response_format``, ``stop`` and token limit ask, and
    its finish reason. A token is counted as a character (Japanese text is about one
    token per character)."""
    response_format = body.get("response_format")
    if isinstance(response_format, dict) and response_format.get("type") == "json_object":
        content = json.dumps({"answer": content}, ensure_ascii=False)
    stops = body.get("stop")
    for stop in [stops] if isinstance(stops, str) else stops or []:
        if isinstance(stop, str) and stop and stop in content:
            content = content[: content.index(stop)]
    limit = body.get("max_completion_tokens") or body.get("max_tokens")
    if isinstance(limit, int) and 0 < limit < len(content):
        return content[:limit], "length"
    return content, "stop"
