"""The answer relay: response stages applied to whole messages and to SSE deltas.

Whole answers (:func:`filter_message`): each generated text of a message (reasoning,
content, each tool call's arguments) goes through its own filter chain, in the order a
model generates them. Streams (:class:`EventRelay`): upstream server-sent events are looked
at one at a time. Without response stages an event is passed on byte for byte; the relay
only looks inside events that carry usage or an error. With response stages each
choice's texts go through their own filter chain as they arrive; an event's data is read
as the SSE standard reads it (:func:`sse_data`), comment-only events are dropped, and an
event whose data is not a JSON object raises :class:`~proxy.errors.UpstreamError` (its
text could not pass the stages: the stream ends with an error, fail closed).

A choice's ``stop_reason`` names the stop string the client sent, not the placeholder the
backend was given in its place (:mod:`proxy.api.stop_strings`).

Stopped answers (:class:`~proxy.pipeline.contract.AnswerStopped`): the choice ends with the
released text, the notice in ``content`` and ``finish_reason: "content_filter"``; parts not
yet checked (held text, later fields, tool calls of a whole answer) are dropped. A stream
then ends at once: other choices end with ``content_filter`` too and ``[DONE]`` follows.
"""

from __future__ import annotations

import json
import re
from typing import Any

from guardrails.output.text_part import TextPart
from guardrails.pii.restorer import restore_text
from proxy.api.stop_strings import StopStrings
from proxy.errors import UpstreamError
from proxy.openai_wire import DONE_EVENT, encode_event, error_event
from proxy.pipeline.contract import AnswerStopped, RequestContext, TextFilter
from proxy.pipeline.runner import Pipeline

__all__ = ["STOPPED", "EventRelay", "filter_message", "restore_function_name", "sse_data"]

_HAS_FINISH = re.compile(rb'"finish_reason":\s*"')


#: Generated text fields of a message or delta, and the part their filters see, in the
#: order a model generates them (reasoning first). vLLM sends ``reasoning``; older servers
#: ``reasoning_content``.
_TEXT_FIELDS: tuple[tuple[str, TextPart], ...] = (
    ("reasoning", "reasoning"),
    ("reasoning_content", "reasoning"),
    ("content", "content"),
)
_TEXT_KEYS = frozenset(key for key, _ in _TEXT_FIELDS)
#: ``finish_reason`` of a choice a response stage ended.
STOPPED = "content_filter"


def restore_function_name(ctx: RequestContext, holder: dict[str, Any]) -> bool:
    """Restore the placeholders in the function name of a tool call the model made
    (``holder`` is chat's ``function`` object or a Responses ``function_call`` item); True
    if it changed. A function name is read as an identifier on the way in, wherever it
    occurs (:mod:`proxy.pipeline.request_fields`): a phone number glued into
    ``notify_09012345678`` reaches the backend as a placeholder in the tool list, and the
    model calls the function by that name. The client's code dispatches on the name it
    defined, so the call comes back with it. A name is not generated text (it names one of
    the client's own tools, and arrives whole): it is restored, not filtered."""
    name = holder.get("name")
    if not isinstance(name, str) or not name:
        return False
    restored = restore_text(ctx.vault, name)
    if restored == name:
        return False
    holder["name"] = restored
    return True


def _end_stopped(message: dict[str, Any], key: str | None, notice: str) -> None:
    """After a stop in field ``key`` (None: a tool call) of a message or delta: fields that
    come later in generation order were not checked and go; the notice ends ``content``."""
    later = False
    for name, _ in _TEXT_FIELDS:
        if later and name in message:
            del message[name]
        later = later or name == key
    if key is None or key == "content":
        message["content"] = (message.get("content") or "") + notice
    elif notice:
        message["content"] = notice


class EventRelay:
    """Looks at upstream SSE events one at a time; see module doc."""

    def __init__(
        self,
        ctx: RequestContext,
        pipeline: Pipeline,
        *,
        include_usage: bool,
        text_completion: bool = False,
        stop_strings: StopStrings | None = None,
    ) -> None:
        self._ctx = ctx
        self._stop_strings = stop_strings
        """Maps a finished choice's ``stop_reason`` back to the client's stop string."""
        self._text = text_completion
        """Legacy ``/v1/completions`` chunks: each choice's ``text`` instead of a delta."""
        self._pipeline = pipeline
        self._filtering = bool(pipeline.response_stages)
        self._filters: dict[tuple[int, str | int], TextFilter] = {}
        self._include_usage = include_usage
        self._open: set[int] = set()
        """Choices seen and not finished (a stop ends them all)."""
        self._base: dict[str, Any] = {}
        """``id``, ``object``, ``created``, ``model`` of the last chunk, for closing chunks."""
        self.usage: dict[str, Any] | None = None
        self.finish_reason: str | None = None
        self.error_type: str | None = None
        self.stopped = False
        """A response stage stopped the answer; nothing more is to be sent."""

    async def process(self, event: bytes) -> bytes:
        """The bytes to send for ``event`` (empty to send nothing).

        After a stop, the bytes end the stream (closing chunk and ``[DONE]``).
        """
        if not self._filtering and b'"usage"' not in event and b'"error"' not in event:
            if _HAS_FINISH.search(event):
                self._note_finish(event)
            return event
        data = sse_data(event)
        if data is None:
            # Comments and fields without data: clients ignore them, and text there would
            # pass no response stage.
            return b"" if self._filtering else event
        if data == b"[DONE]":
            if not self._filtering:
                return event
            return await self._release_unfinished() + DONE_EVENT
        try:
            payload = json.loads(data)
        except (UnicodeDecodeError, json.JSONDecodeError):
            payload = None
        if not isinstance(payload, dict):
            if self._filtering:
                # Its text could not pass the response stages: fail closed.
                raise UpstreamError("the backend sent an event that is not a JSON object")
            return event
        if "error" in payload:
            error = payload["error"]
            self.error_type = error.get("type") if isinstance(error, dict) else "error"
            return event
        choices = payload.get("choices") or []
        if self._text and self._filtering:
            for choice in choices:
                if isinstance(choice, dict):
                    choice["delta"] = {"content": choice.pop("text", "") or ""}
        if payload.get("usage"):
            self.usage = payload["usage"]
            if not choices and not self._include_usage:
                return b""
        changed = False
        if self._filtering:
            self._base = {
                k: payload[k] for k in ("id", "object", "created", "model") if k in payload
            }
        for position, choice in enumerate(choices):
            if choice.get("finish_reason"):
                self.finish_reason = choice["finish_reason"]
            if self._filtering:
                changed = await self._filter_choice(choice) or changed
                if self.stopped:
                    payload["choices"] = choices[: position + 1]
                    payload.pop("usage", None)
                    return self._closing(payload)
        if not self._filtering:
            return event
        if choices and all(_is_empty(choice) for choice in choices) and not payload.get("usage"):
            return b""
        if not changed and event.startswith(b"data: ") and event.count(b"\n") == 2:
            return event
        # Changed, or written another way the SSE standard allows: sent as vLLM writes it.
        return self._encode(payload)

    def error_events(self, body: dict[str, Any]) -> bytes:
        """The end of a stream that failed after it started: the error event and
        ``[DONE]``, as vLLM ends one."""
        return error_event(body)

    def flush(self) -> bytes:
        """Nothing: chat and completion chunks are never held for the next one."""
        return b""

    def failed_events(self) -> bytes:
        """The end of a stream whose response stage failed: open choices end, no text."""
        self.stopped = True
        return self._closing({**self._base, "choices": []})

    def _closing(self, payload: dict[str, Any]) -> bytes:
        """``payload`` with every open choice ended, then ``[DONE]``."""
        self.finish_reason = STOPPED
        choices: list[dict[str, Any]] = payload["choices"]
        for choice in choices:
            if not choice.get("finish_reason"):
                choice["finish_reason"] = STOPPED
            self._open.discard(int(choice.get("index", 0)))
        for index in sorted(self._open) or ([] if choices else [0]):
            choices.append(
                {"index": index, "delta": {}, "logprobs": None, "finish_reason": STOPPED}
            )
        self._filters.clear()
        self._open.clear()
        return self._encode(payload) + DONE_EVENT

    def _encode(self, payload: dict[str, Any]) -> bytes:
        if self._text:
            for choice in payload.get("choices") or []:
                delta = choice.pop("delta", None) or {}
                choice["text"] = delta.get("content") or ""
        return encode_event(payload)

    async def _filter_choice(self, choice: dict[str, Any]) -> bool:
        """Filter one chunk choice in place; True if it changed."""
        delta = choice.get("delta")
        if not isinstance(delta, dict):
            return False
        index = int(choice.get("index", 0))
        self._open.add(index)
        finishing = choice.get("finish_reason") is not None
        changed = self._stop_strings is not None and self._stop_strings.restore(choice)
        for key, part in _TEXT_FIELDS:
            original = delta.get(key)
            if isinstance(original, str):
                try:
                    text = await self._filter((index, key), part).feed(original)
                except AnswerStopped as stop:
                    delta[key] = stop.text
                    self._stop(choice, delta, key, stop.notice)
                    return True
                delta[key] = text
                changed = changed or text != original
        calls = delta.get("tool_calls") or []
        for position, call in enumerate(calls):
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict):
                changed = restore_function_name(self._ctx, function) or changed
            if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                original = function["arguments"]
                text_filter = self._filter((index, int(call.get("index", 0))), "tool_arguments")
                try:
                    function["arguments"] = await text_filter.feed(original)
                except AnswerStopped as stop:
                    delta["tool_calls"] = calls[:position]
                    self._stop(choice, delta, None, stop.notice)
                    return True
                changed = changed or function["arguments"] != original
        if finishing:
            changed = await self._finish_choice(choice, index, delta) or changed
            self._open.discard(index)
        return changed

    async def _release_unfinished(self) -> bytes:
        """The stream ended without a ``finish_reason`` for some choices (vLLM always sends
        one; other servers may not): what their filters still hold goes out in one more
        chunk each, so the last sentence is not lost. ``finish_reason`` stays null: the
        backend did not say how the choice ended."""
        out = b""
        for index in sorted({key[0] for key in self._filters}):
            choice: dict[str, Any] = {"index": index, "delta": {}, "logprobs": None,
                                      "finish_reason": None}  # fmt: skip
            payload = {**self._base, "choices": [choice]}
            changed = await self._finish_choice(choice, index, choice["delta"])
            if self.stopped:
                return out + self._closing(payload)[: -len(DONE_EVENT)]
            if changed:
                out += self._encode(payload)
        return out

    def _filter(self, key: tuple[int, str | int], part: TextPart) -> TextFilter:
        text_filter = self._filters.get(key)
        if text_filter is None:
            opened = self._pipeline.open_filter(self._ctx, part)
            assert opened is not None
            text_filter = self._filters[key] = opened
        return text_filter

    async def _finish_choice(
        self, choice: dict[str, Any], index: int, delta: dict[str, Any]
    ) -> bool:
        """The choice ended: release what its filters still hold, into this last delta."""
        changed = False
        for key in [key for key in self._filters if key[0] == index]:
            field_or_tool = key[1]
            try:
                rest = await self._filters.pop(key).finish()
            except AnswerStopped as stop:
                if isinstance(field_or_tool, str):
                    delta[field_or_tool] = (delta.get(field_or_tool) or "") + stop.text
                    self._stop(choice, delta, field_or_tool, stop.notice)
                else:
                    self._stop(choice, delta, None, stop.notice)
                return True
            if not rest:
                continue
            changed = True
            if isinstance(field_or_tool, str):
                delta[field_or_tool] = (delta.get(field_or_tool) or "") + rest
            else:
                _add_arguments(delta, field_or_tool, rest)
        return changed

    def _stop(
        self, choice: dict[str, Any], delta: dict[str, Any], key: str | None, notice: str
    ) -> None:
        """A stage stopped the answer in ``key`` (None: a tool call) of this choice."""
        self.stopped = True
        if key is not None:
            # Tool calls come after the texts: none of this delta's was checked.
            delta.pop("tool_calls", None)
        _end_stopped(delta, key, notice)
        choice["finish_reason"] = STOPPED

    def _note_finish(self, event: bytes) -> None:
        try:
            payload = json.loads(event[6:])
        except (UnicodeDecodeError, json.JSONDecodeError):
            return
        for choice in payload.get("choices") or []:
            if choice.get("finish_reason"):
                self.finish_reason = choice["finish_reason"]


def sse_data(event: bytes) -> bytes | None:
    """The data of one server-sent event as the SSE standard reads it (its ``data`` lines
    joined by newlines, one space after the colon dropped), or None when it has none."""
    lines = [
        line[5:].removeprefix(b" ") if line[5:6] != b"" else b""
        for line in event.split(b"\n")
        if line.startswith(b"data:") or line == b"data"
    ]
    return b"\n".join(lines) if lines else None


def _is_empty(choice: dict[str, Any]) -> bool:
    """A chunk choice that, after filtering, carries nothing the client needs."""
    delta = choice.get("delta") or {}
    return (
        choice.get("finish_reason") is None
        and not delta.get("content")
        and set(delta) <= {"content"}
        and not choice.get("logprobs")
    )


async def filter_message(pipeline: Pipeline, ctx: RequestContext, message: dict[str, Any]) -> bool:
    """Run a whole answer's texts through the response stages, one filter per text, in
    the order a stream generates them; True when a stage stopped the answer."""

    async def whole(text: str, part: TextPart) -> str:
        text_filter = pipeline.open_filter(ctx, part)
        assert text_filter is not None
        return await text_filter.feed(text) + await text_filter.finish()

    for key, part in _TEXT_FIELDS:
        if isinstance(message.get(key), str):
            try:
                message[key] = await whole(message[key], part)
            except AnswerStopped as stop:
                message[key] = stop.text
                _end_stopped(message, key, stop.notice)
                message["tool_calls"] = []
                return True
    for call in message.get("tool_calls") or []:
        function = call.get("function") if isinstance(call, dict) else None
        if isinstance(function, dict):
            restore_function_name(ctx, function)
        if isinstance(function, dict) and isinstance(function.get("arguments"), str):
            try:
                function["arguments"] = await whole(function["arguments"], "tool_arguments")
            except AnswerStopped as stop:
                # A cut tool call must not be executed: none of them is returned.
                _end_stopped(message, None, stop.notice)
                message["tool_calls"] = []
                return True
    return False


def _add_arguments(delta: dict[str, Any], call_index: int, text: str) -> None:
    """Append released arguments to tool call ``call_index`` of ``delta``: into its entry
    when the delta already has one (vLLM's shape is one entry per index per chunk; a
    second entry with the same index is read as a new call by some clients, LlamaIndex
    among them), else as a new entry."""
    calls = delta.setdefault("tool_calls", [])
    for call in calls:
        if isinstance(call, dict) and call.get("index", 0) == call_index:
            function = call.setdefault("function", {})
            function["arguments"] = (function.get("arguments") or "") + text
            return
    calls.append({"index": call_index, "function": {"arguments": text}})
