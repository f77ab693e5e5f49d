"""The response stages on Responses API output: whole response objects and stream events.

Every generated text of an output item goes through its own filter chain, in output
order: a message's ``output_text`` (and ``refusal``) parts as ``content``, a reasoning
item's summary and content as ``reasoning``, a function call's ``arguments`` as
``tool_arguments``. Placeholders are restored and the output filter applies, as for chat.

Streams (:class:`ResponsesEventRelay`, used by :class:`~proxy.api.streaming.StreamRelay`):
``*.delta`` events carry what the filters release (an event whose delta is held back
entirely is not sent); at ``*.done`` what they still hold is sent as one more delta, and
the done event, ``response.content_part.done``, ``response.output_item.done`` and the
closing response object carry the texts as sent. A text the stream never sent in deltas
is filtered whole where it appears. Events are renumbered (``sequence_number``), since
some are dropped or added.

A stream that fails after it started (the backend's stream broke) ends as OpenAI ends
one: an ``error`` event, with ``code``, ``message`` and ``param`` at the top as the API
reference documents them and the gateway's error object under ``error`` as OpenAI sends
it (the ``openai`` SDK raises ``APIError`` on that key), then ``response.failed`` with the
output sent so far; numbered on from the events before, without ``[DONE]``.

Stopped answers (:class:`~proxy.pipeline.contract.AnswerStopped`): the text sent so far
and the notice end the message; later parts and items are dropped (a cut function call is
dropped whole: it must not be executed), and the response is ``incomplete`` with
``incomplete_details.reason: "content_filter"``. A stream closes the cut message as OpenAI
closes one (``*.done``, ``response.content_part.done``, ``response.output_item.done``),
then ends with ``response.incomplete``. When the request asked for JSON (``text.format``
``json_schema`` or ``json_object``), the notice is a ``refusal`` part, not text: a JSON
answer cut part-way is no JSON, and the SDK's ``responses.parse`` (and its stream helper,
on ``response.output_text.done``) raised pydantic's ``ValidationError`` reading the text
and the notice as the JSON asked for. A whole response then carries the refusal alone; a
stream, whose deltas already went out, closes the text part without
``response.output_text.done`` and adds the refusal part after it.

Incomplete responses (twenty-fourth round): the output item that was being generated when
the answer ended — on the filter, or on ``max_output_tokens`` (vLLM writes its items
``completed`` whatever the response's status, and ends even an incomplete stream with
``response.completed``) — has status ``incomplete``, as OpenAI documents, and a stream's
closing event is ``response.incomplete``. In a stream the last ``response.output_item.done``
is held back until the next event shows how the response ends.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from guardrails.output.text_part import TextPart
from proxy.api.relay import restore_function_name, sse_data
from proxy.api.responses_view import echo_client_fields
from proxy.api.responses_wire import CONTENT_FILTER, sse_event
from proxy.errors import UpstreamError
from proxy.pipeline.contract import AnswerStopped, RequestContext, TextFilter
from proxy.pipeline.runner import Pipeline

__all__ = ["ResponsesEventRelay", "audit_usage", "filter_response"]

#: A text of the output: (output index, "c" content / "s" summary / "a" arguments, index).
_Key = tuple[int, str, int]

#: Delta event type → (which text of the item, the filter's part, the done event's field).
_DELTAS: dict[str, tuple[str, TextPart]] = {
    "response.output_text.delta": ("c", "content"),
    "response.refusal.delta": ("c", "content"),
    "response.reasoning_text.delta": ("c", "reasoning"),
    "response.reasoning_summary_text.delta": ("s", "reasoning"),
    "response.function_call_arguments.delta": ("a", "tool_arguments"),
}
_DONES: dict[str, tuple[str, TextPart, str]] = {
    "response.output_text.done": ("c", "content", "text"),
    "response.refusal.done": ("c", "content", "refusal"),
    "response.reasoning_text.done": ("c", "reasoning", "text"),
    "response.reasoning_summary_text.done": ("s", "reasoning", "text"),
    "response.function_call_arguments.done": ("a", "tool_arguments", "arguments"),
}
_CLOSING = frozenset({"response.completed", "response.incomplete", "response.failed"})
#: Events the relay reads even without response stages (the response's id and fields,
#: usage, status, errors).
_NOTABLE = re.compile(
    rb'"type":\s*"(?:error|response\.(?:created|in_progress|completed|incomplete|failed))"'
    rb'|"error":'
)
_SEQUENCE = re.compile(rb'"sequence_number":\s*(\d+)')
#: ``error.code`` (and the event's ``code``) of a stream the gateway ends as failed.
_SERVER_ERROR = "server_error"


def _key(payload: dict[str, Any], which: str) -> _Key:
    index = 0 if which == "a" else payload.get("summary_index" if which == "s" else "content_index")
    return (int(payload.get("output_index") or 0), which, int(index or 0))


def _item_texts(
    index: int, item: dict[str, Any]
) -> list[tuple[_Key, dict[str, Any], str, TextPart]]:
    """The texts of an output item: (key, container, field, part), in generation order."""
    kind = item.get("type")
    if kind == "function_call":
        return [((index, "a", 0), item, "arguments", "tool_arguments")]
    texts: list[tuple[_Key, dict[str, Any], str, TextPart]] = []
    if kind == "reasoning":
        for position, part in enumerate(item.get("summary") or []):
            if isinstance(part, dict) and isinstance(part.get("text"), str):
                texts.append(((index, "s", position), part, "text", "reasoning"))
    for position, part in enumerate(item.get("content") or []):
        if not isinstance(part, dict):
            continue
        field = "refusal" if part.get("type") == "refusal" else "text"
        if isinstance(part.get(field), str):
            texts.append(
                (
                    (index, "c", position),
                    part,
                    field,
                    "reasoning" if kind == "reasoning" else "content",
                )
            )
    return texts


async def _whole(pipeline: Pipeline, ctx: RequestContext, text: str, part: TextPart) -> str:
    text_filter = pipeline.open_filter(ctx, part)
    assert text_filter is not None
    return await text_filter.feed(text) + await text_filter.finish()


async def filter_response(
    pipeline: Pipeline,
    ctx: RequestContext,
    response: dict[str, Any],
    *,
    json_asked: bool = False,
) -> bool:
    """Run a whole response object's output texts through the response stages, in place;
    True when a stage stopped the answer. ``json_asked``: the request's ``text.format``
    asked for JSON (a stop's notice is then a refusal part; see the module doc). An
    incomplete response's last output item is marked ``incomplete`` either way."""
    output = response.get("output")
    if not isinstance(output, list):
        return False
    for position, item in enumerate(output):
        if not isinstance(item, dict):
            continue
        if item.get("type") == "function_call":
            restore_function_name(ctx, item)
        for _, container, field, part in _item_texts(position, item):
            try:
                container[field] = await _whole(pipeline, ctx, container[field], part)
            except AnswerStopped as stop:
                _cut(output, position, item, container, field, stop, json_asked=json_asked)
                _mark_stopped(response)
                return True
    mark_incomplete_items(response)
    return False


def mark_incomplete_items(response: dict[str, Any]) -> None:
    """An ``incomplete`` response's last output item (the one being generated when the
    answer ended) gets status ``incomplete``, as OpenAI writes it."""
    output = response.get("output")
    if response.get("status") != "incomplete" or not isinstance(output, list) or not output:
        return
    last = output[-1]
    if isinstance(last, dict) and last.get("status") != "incomplete":
        last["status"] = "incomplete"


def _notice_part(notice: str, *, json_asked: bool) -> dict[str, Any]:
    if json_asked:
        return {"type": "refusal", "refusal": notice}
    return {"type": "output_text", "text": notice, "annotations": []}


def _cut(
    output: list[Any],
    position: int,
    item: dict[str, Any],
    container: dict[str, Any],
    field: str,
    stop: AnswerStopped,
    *,
    json_asked: bool,
) -> None:
    """The output as it stands after a stop in ``container[field]`` of ``output[position]``."""
    del output[position + 1 :]
    if item.get("type") == "message":
        parts = item.get("content") or []
        at = next(i for i, p in enumerate(parts) if p is container)
        del parts[at + 1 :]
        if json_asked:
            # The JSON written so far is cut: no JSON, and parse would raise on it.
            parts[at] = _notice_part(stop.notice, json_asked=True)
        else:
            container[field] = stop.text + stop.notice
        item["status"] = "incomplete"
        return
    # A cut reasoning or function call goes whole; the notice, if any, as a message.
    del output[position]
    if stop.notice:
        output.append(
            {"id": f"msg_{item.get('id', 'stopped')}", "type": "message", "role": "assistant",
             "status": "incomplete",
             "content": [_notice_part(stop.notice, json_asked=json_asked)]}
        )  # fmt: skip


def _mark_stopped(response: dict[str, Any]) -> None:
    response["status"] = "incomplete"
    response["incomplete_details"] = {"reason": CONTENT_FILTER}


class ResponsesEventRelay:
    """Looks at upstream Responses API events one at a time; see the module doc. Has the
    interface :class:`~proxy.api.streaming.StreamRelay` drives (``process``,
    ``failed_events``, ``error_events``, ``stopped``, ``usage``, ``finish_reason``,
    ``error_type``)."""

    def __init__(
        self,
        ctx: RequestContext,
        pipeline: Pipeline,
        *,
        client_body: dict[str, Any] | None = None,
        json_asked: bool = False,
    ) -> None:
        self._ctx = ctx
        self._json_asked = json_asked
        """The request asked for JSON: a stop's notice is a refusal part."""
        self._held: dict[str, Any] | None = None
        """The last ``response.output_item.done``, numbered, until the next event shows
        whether the response ends incomplete (the item's status then says so)."""
        self._client = client_body
        """The request as the client sent it, whose fields the response objects echo
        (:func:`~proxy.api.responses_view.echo_client_fields`); None: as the backend's."""
        self._pipeline = pipeline
        self._filtering = bool(pipeline.response_stages)
        self._filters: dict[_Key, TextFilter] = {}
        self._sent: dict[_Key, str] = {}
        self._items: dict[int, dict[str, Any]] = {}
        self._base: dict[str, Any] = {}
        self._seq = 0
        self.usage: dict[str, Any] | None = None
        self.finish_reason: str | None = None
        self.error_type: str | None = None
        self.stopped = False

    async def process(self, event: bytes) -> bytes:
        """The bytes to send for ``event`` (empty to send nothing)."""
        if not self._filtering:
            # Passed on as sent: the numbering is the backend's, and an error event the
            # gateway adds continues it.
            if (number := _SEQUENCE.search(event)) is not None:
                self._seq = int(number.group(1)) + 1
            if not _NOTABLE.search(event):
                return event
        data = sse_data(event)
        payload = _json_object(data) if data is not None else None
        if payload is None:
            if not self._filtering:
                return event
            if data is None:
                return b""  # comments and fields without data: no text may pass unread
            raise UpstreamError("the backend sent an event that is not a JSON object")
        kind = payload.get("type")
        echoed = False
        if self._client is not None and isinstance(payload.get("response"), dict):
            echoed = echo_client_fields(payload["response"], self._client)
        if kind in ("response.created", "response.in_progress") and isinstance(
            payload.get("response"), dict
        ):
            self._base = copy.deepcopy(payload["response"])
        if kind == "error" or kind == "response.failed" or ("error" in payload and kind is None):
            error = payload.get("error") if kind != "response.failed" else None
            self.error_type = (error.get("type") if isinstance(error, dict) else None) or str(
                payload.get("code") or kind or "error"
            )
        if kind in _CLOSING:
            self._note_closing(payload)
        if not self._filtering:
            # Its sequence_number is the backend's still.
            return sse_event(payload) if echoed else event
        try:
            return await self._filtered(payload, str(kind))
        except AnswerStopped as stop:
            return self._stop(payload, stop)

    def flush(self) -> bytes:
        """What is still held when the backend's stream ended without a closing event."""
        return self._take_held()

    def failed_events(self) -> bytes:
        """The end of a stream whose response stage failed: the response ends incomplete."""
        self.stopped = True
        self.finish_reason = CONTENT_FILTER
        return self._closing_event()

    def error_events(self, body: dict[str, Any]) -> bytes:
        """The end of a stream that failed after it started (see the module doc);
        ``body`` is the gateway's error body (``{"error": {...}}``)."""
        self.stopped = True
        error = body.get("error")
        error = error if isinstance(error, dict) else {}
        message = str(error.get("message") or "the stream failed")
        out = self._encode(
            {"type": "error", "code": _SERVER_ERROR, "message": message, "param": None,
             "error": error}
        )  # fmt: skip
        response = {
            **self._base,
            "status": "failed",
            "error": {"code": _SERVER_ERROR, "message": message},
            "incomplete_details": None,
            "output": self._output_so_far(),
            "usage": None,
        }
        return out + self._encode({"type": "response.failed", "response": response})

    async def _filtered(self, payload: dict[str, Any], kind: str) -> bytes:
        if kind in ("response.created", "response.in_progress"):
            pass  # kept by process()
        elif kind == "response.output_item.added" and isinstance(payload.get("item"), dict):
            if payload["item"].get("type") == "function_call":
                restore_function_name(self._ctx, payload["item"])
            self._items[int(payload.get("output_index") or 0)] = copy.deepcopy(payload["item"])
        elif kind in ("response.content_part.added", "response.reasoning_summary_part.added"):
            # Kept so that a stop can close the item with the text sent so far.
            item = self._items.get(int(payload.get("output_index") or 0))
            if item is not None and isinstance(payload.get("part"), dict):
                field = "summary" if "summary" in kind else "content"
                position = payload.get("summary_index" if field == "summary" else "content_index")
                parts = item.setdefault(field, [])
                while len(parts) <= int(position or 0):
                    parts.append({})
                parts[int(position or 0)] = copy.deepcopy(payload["part"])
        elif kind in _DELTAS:
            which, part = _DELTAS[kind]
            key = _key(payload, which)
            text = await self._filter(key, part).feed(str(payload.get("delta") or ""))
            if not text:
                return b""
            payload["delta"] = text
            self._sent[key] = self._sent.get(key, "") + text
        elif kind in _DONES:
            if kind == "response.function_call_arguments.done":
                restore_function_name(self._ctx, payload)  # vLLM names the function here too
            which, part, field = _DONES[kind]
            key = _key(payload, which)
            rest = ""
            if key in self._filters:
                rest = await self._filters.pop(key).finish()
            elif key not in self._sent and isinstance(payload.get(field), str):
                # Never streamed as deltas: filtered whole here.
                rest = await _whole(self._pipeline, self._ctx, payload[field], part)
            out = b""
            if rest:
                self._sent[key] = self._sent.get(key, "") + rest
                delta_kind = next(k for k, v in _DELTAS.items() if v == (which, part))
                if kind == "response.refusal.done":
                    delta_kind = "response.refusal.delta"
                extra = {
                    k: v for k, v in payload.items() if k not in ("type", field, "sequence_number")
                }
                out = self._encode({"type": delta_kind, **extra, "delta": rest})
            payload[field] = self._sent.get(key, "")
            return out + self._encode(payload)
        elif kind == "response.content_part.done" or kind == "response.reasoning_summary_part.done":
            part_payload = payload.get("part")
            which = "s" if "summary" in kind else "c"
            key = _key(payload, which)
            if isinstance(part_payload, dict) and key in self._sent:
                field = "refusal" if part_payload.get("type") == "refusal" else "text"
                part_payload[field] = self._sent[key]
        elif kind == "response.output_item.done" and isinstance(payload.get("item"), dict):
            index = int(payload.get("output_index") or 0)
            await self._fix_item(index, payload["item"])
            self._items[index] = copy.deepcopy(payload["item"])
            return self._hold(payload)
        elif kind in _CLOSING and isinstance(payload.get("response"), dict):
            response = payload["response"]
            output = response.get("output")
            for index, item in enumerate(output if isinstance(output, list) else []):
                if isinstance(item, dict):
                    await self._fix_item(index, item)
            if response.get("status") == "incomplete":
                # vLLM ends an incomplete stream with response.completed.
                payload["type"] = "response.incomplete"
                mark_incomplete_items(response)
                held = self._held
                if (
                    held is not None
                    and isinstance(held.get("item"), dict)
                    and isinstance(output, list)
                    and held.get("output_index") == len(output) - 1
                ):
                    held["item"]["status"] = "incomplete"
        return self._encode(payload)

    async def _fix_item(self, index: int, item: dict[str, Any]) -> None:
        """``item``'s texts as sent; a text never sent is filtered whole. A function
        call's name is restored (it arrives whole in every event that carries it)."""
        if item.get("type") == "function_call":
            restore_function_name(self._ctx, item)
        for key, container, field, part in _item_texts(index, item):
            if key in self._sent:
                container[field] = self._sent[key]
            else:
                container[field] = self._sent[key] = await _whole(
                    self._pipeline, self._ctx, container[field], part
                )

    def _filter(self, key: _Key, part: TextPart) -> TextFilter:
        text_filter = self._filters.get(key)
        if text_filter is None:
            opened = self._pipeline.open_filter(self._ctx, part)
            assert opened is not None
            text_filter = self._filters[key] = opened
        return text_filter

    def _stop(self, payload: dict[str, Any], stop: AnswerStopped) -> bytes:
        """A stage stopped the answer while this event was processed: the cut message is
        closed with the text sent so far and the notice (see the module doc)."""
        self.stopped = True
        self.finish_reason = CONTENT_FILTER
        self._filters.clear()
        index = int(payload.get("output_index") or 0)
        item = self._items.get(index, {})
        out = b""
        kind = str(payload.get("type"))
        if item.get("type") == "message" and (kind in _DELTAS or kind in _DONES):
            out = self._close_message(payload, index, item, stop)
        else:
            # A cut function call or reasoning item is not returned.
            self._items.pop(index, None)
        for later in [i for i in self._items if i > index]:
            del self._items[later]
        return out + self._closing_event()

    def _close_message(
        self, payload: dict[str, Any], index: int, item: dict[str, Any], stop: AnswerStopped
    ) -> bytes:
        """The events that end message ``item`` cut at ``payload``'s part."""
        key = _key(payload, "c")
        position = key[2]
        where: dict[str, Any] = {"item_id": payload.get("item_id", item.get("id")),
                                 "output_index": index}  # fmt: skip
        parts = item.setdefault("content", [])
        while len(parts) <= position:
            parts.append({"type": "output_text", "text": "", "annotations": []})
        del parts[position + 1 :]
        part = parts[position] if isinstance(parts[position], dict) else {}
        field = "refusal" if part.get("type") == "refusal" else "text"
        kind = "refusal" if field == "refusal" else "output_text"
        at = {**where, "content_index": position}
        out = b""
        if self._json_asked and field == "text":
            # The text part ends as sent (its JSON is cut: no output_text.done, which the
            # SDK's stream helper parses); the notice follows as a refusal part.
            done = {**part, "text": self._sent.get(key, "")}
            out += self._encode({"type": "response.content_part.done", **at, "part": done})
            if not stop.notice:
                return out + self._close_item(index, item)
            position += 1
            key = (index, "c", position)
            parts.append({"type": "refusal", "refusal": ""})
            at = {**where, "content_index": position}
            out += self._encode(
                {"type": "response.content_part.added", **at, "part": dict(parts[-1])}
            )
            field, kind, text = "refusal", "refusal", stop.notice
        else:
            text = stop.text + stop.notice
        extra: dict[str, Any] = {"logprobs": []} if kind == "output_text" else {}
        if text:
            self._sent[key] = self._sent.get(key, "") + text
            out += self._encode({"type": f"response.{kind}.delta", **at, "delta": text, **extra})
        sent = self._sent.get(key, "")
        out += self._encode({"type": f"response.{kind}.done", **at, field: sent, **extra})
        done = {**parts[position], field: sent}
        out += self._encode({"type": "response.content_part.done", **at, "part": done})
        return out + self._close_item(index, item)

    def _close_item(self, index: int, item: dict[str, Any]) -> bytes:
        """``response.output_item.done`` for a cut ``item``: its texts as sent, status
        ``incomplete``."""
        done = copy.deepcopy(item)
        for key, container, field, _ in _item_texts(index, done):
            container[field] = self._sent.get(key, "")
        done["status"] = "incomplete"
        self._items[index] = copy.deepcopy(done)
        return self._encode({"type": "response.output_item.done", "output_index": index,
                             "item": done})  # fmt: skip

    def _output_so_far(self) -> list[dict[str, Any]]:
        """The output items seen so far with the texts as sent (none without stages:
        the relay keeps no items then)."""
        output = []
        for index in sorted(self._items):
            item = copy.deepcopy(self._items[index])
            for key, container, field, _ in _item_texts(index, item):
                container[field] = self._sent.get(key, "")
            if item.get("status") == "in_progress":
                item["status"] = "incomplete"
            output.append(item)
        return output

    def _closing_event(self) -> bytes:
        response = {**self._base, "output": self._output_so_far(), "usage": None}
        _mark_stopped(response)
        return self._encode({"type": "response.incomplete", "response": response})

    def _note_closing(self, payload: dict[str, Any]) -> None:
        response = payload.get("response")
        if not isinstance(response, dict):
            return
        self.usage = audit_usage(response)
        details = response.get("incomplete_details")
        reason = details.get("reason") if isinstance(details, dict) else None
        self.finish_reason = str(reason or response.get("status") or "")

    def _encode(self, payload: dict[str, Any]) -> bytes:
        """``payload`` numbered and written, after the event held back (see ``_held``)."""
        payload["sequence_number"] = self._seq
        self._seq += 1
        return self._take_held() + sse_event(payload)

    def _hold(self, payload: dict[str, Any]) -> bytes:
        """Number ``payload`` (an ``output_item.done``) and hold it back; returns the
        event held before it, if any."""
        earlier = self._take_held()
        payload["sequence_number"] = self._seq
        self._seq += 1
        self._held = payload
        return earlier

    def _take_held(self) -> bytes:
        held, self._held = self._held, None
        return sse_event(held) if held is not None else b""


def audit_usage(response: dict[str, Any]) -> dict[str, Any] | None:
    """A response object's ``usage`` under the names the audit record keeps (chat's)."""
    usage = response.get("usage")
    if not isinstance(usage, dict):
        return None
    return {
        "prompt_tokens": usage.get("input_tokens"),
        "completion_tokens": usage.get("output_tokens"),
        "total_tokens": usage.get("total_tokens"),
    }


def _json_object(data: bytes) -> dict[str, Any] | None:
    """The JSON object of a server-sent event's data, or None."""
    try:
        payload = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return payload if isinstance(payload, dict) else None
