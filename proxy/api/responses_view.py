"""A Responses API request as the request stages read it, and their rewrites put back.

The stages (``pii.pseudonymize``, ``guard.classify``, ``retrieval.inject``) read chat
bodies. :func:`chat_view` shows them a Responses body as one: ``instructions`` as a system
message, each input item as a message — a ``message`` item as itself, a
``function_call_output`` as a ``tool`` message, a replayed ``function_call`` as an
assistant tool call, a replayed ``reasoning`` item as assistant text — ``tools`` in chat's
nesting, ``text.format`` as ``response_format``, and the other fields as they are (so every
text that can reach the model is read). Text parts are shared with the Responses body (a
stage rewrites them in place); string contents, tool definitions and top-level strings are
copied back by :meth:`ChatView.upstream_body`.

A system message a stage added (``retrieval.inject``'s FAQ context) is put at the start
of ``instructions``, which vLLM renders as the leading system message.

The response object repeats request fields (``instructions``, ``metadata``, ``tools`` …),
and vLLM repeats them as it received them: :func:`echo_client_fields` puts back what the
client sent, so the client reads neither placeholders in its own fields nor the FAQ
context (and the instructions that come with it) the gateway added.

Failure behaviour: :meth:`ChatView.upstream_body` raises
:class:`~proxy.errors.StageError` (500) when a stage replaced or removed a message it was
shown, or added one that is not a system message: the rewrite could not be put back, and
unprocessed text must not go upstream.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from proxy.errors import BadRequestError, StageError

__all__ = ["ChatView", "chat_view", "client_named", "echo_client_fields"]

_INDEX = re.compile(r"\[(\d+)\]")

#: Fields mapped into the view (and back) by name of their own.
_MAPPED = frozenset({"input", "instructions", "tools", "text", "model", "stream"})


@dataclass(slots=True)
class ChatView:
    """The chat body the stages read, and how to put their rewrites back."""

    body: dict[str, Any]
    """The chat-shaped body handed to the stages."""
    source: dict[str, Any]
    """The Responses body (a deep copy of the client's); its shared parts change in place."""
    _messages: list[dict[str, Any]] = field(default_factory=list)
    _put_back: list[Callable[[], None]] = field(default_factory=list)
    _origins: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    """Per message shown: where it came from (``instructions``, ``input``, ``input.3``) and
    its paths that have another name there (``content`` → ``output``)."""

    def source_path(self, path: str) -> str:
        """The client's name (``text.format.type``, ``input.2.call_id``) of a dotted path
        into the view's body (``response_format.type``, ``messages.3.tool_calls.0.id``),
        for an error that must name what the client sent."""
        head, _, rest = path.partition(".")
        if head == "response_format":
            return ".".join(filter(None, ["text.format", rest]))
        if head == "tools":
            index, _, inner = rest.partition(".")
            if inner == "function" or inner.startswith("function."):
                inner = inner.removeprefix("function").lstrip(".")
            return ".".join(filter(None, ["tools", index, inner]))
        if head != "messages":
            return path
        index, _, inner = rest.partition(".")
        if not index.isdigit() or int(index) >= len(self._origins):
            return path
        prefix, renamed = self._origins[int(index)]
        for view_key in sorted(renamed, key=len, reverse=True):
            if inner == view_key or inner.startswith(view_key + "."):
                tail = inner[len(view_key) :]
                return ".".join(filter(None, [prefix, renamed[view_key]])) + tail
        return prefix

    def upstream_body(self, stage_body: dict[str, Any]) -> dict[str, Any]:
        """The Responses body with the stages' rewrites of ``stage_body`` (the context's
        body after the stages) in place. Raises :class:`StageError` (see the module doc)."""
        messages = stage_body.get("messages")
        if not isinstance(messages, list):
            raise StageError("a request stage removed the messages of a Responses request")
        mine = {id(message) for message in self._messages}
        present = {id(message) for message in messages}
        if not mine <= present:
            raise StageError("a request stage replaced a message of a Responses request")
        added: list[str] = []
        for message in messages:
            if id(message) in mine:
                continue
            if not isinstance(message, dict) or message.get("role") not in ("system", "developer"):
                raise StageError(
                    "a request stage added a non-system message to a Responses request"
                )
            content = message.get("content")
            if not isinstance(content, str):
                raise StageError("a request stage added a system message without text")
            added.append(content)
        for put_back in self._put_back:
            put_back()
        out = self.source
        for name, value in stage_body.items():
            if name not in _MAPPED and name not in ("messages", "response_format"):
                out[name] = value
        if "tools" in stage_body:
            out["tools"] = [_response_tool(tool) for tool in stage_body["tools"]]
        if added:
            instructions = out.get("instructions")
            out["instructions"] = "\n\n".join([*added, *([instructions] if instructions else [])])
        return out

    def _message(
        self,
        message: dict[str, Any],
        put_back: Callable[[], None] | None,
        origin: str,
        renamed: dict[str, str],
    ) -> None:
        self._messages.append(message)
        self._origins.append((origin, renamed))
        self.body["messages"].append(message)
        if put_back is not None:
            self._put_back.append(put_back)


def client_named(exc: BadRequestError, view: ChatView) -> BadRequestError:
    """``exc`` (raised while checking or running the stages on ``view.body``) with the
    field it names as the client wrote it in the Responses body: its ``param`` and, where
    the message quotes it, the message. A path may be dotted (``messages.1.content``) or
    bracketed (``messages[1].tool_calls[0].function.arguments``)."""
    param = exc.param or ""
    where = view.source_path(_INDEX.sub(r".\1", param))
    return BadRequestError(exc.message.replace(param, where, 1), param=where, code=exc.code)


#: Request fields a response object repeats that can hold text the stages rewrite or add.
_ECHOED = (
    "instructions", "metadata", "user", "tools", "tool_choice", "text", "prompt",
    "prompt_cache_key", "safety_identifier",
)  # fmt: skip


def echo_client_fields(response: dict[str, Any], client: dict[str, Any]) -> bool:
    """Put the client's own request fields (``client``: the body as sent, before any
    stage) into ``response``, a response object the backend echoed them in; True when
    something changed. A field the client did not send keeps the backend's value, except
    ``instructions``, which is then null (what the backend echoes there is the gateway's)."""
    changed = False
    for name in _ECHOED:
        if name not in response or (name not in client and name != "instructions"):
            continue
        value = copy.deepcopy(client.get(name))
        if response[name] != value:
            response[name] = value
            changed = True
    return changed


def chat_view(body: dict[str, Any]) -> ChatView:
    """The chat view of a validated Responses body (see the module doc). The body is
    copied first: the client's request object is left as it was."""
    source = copy.deepcopy(body)
    view_body: dict[str, Any] = {
        name: value for name, value in source.items() if name not in _MAPPED
    }
    view_body["model"] = source["model"]
    view_body["messages"] = []
    view = ChatView(body=view_body, source=source)
    instructions = source.get("instructions")
    if isinstance(instructions, str):
        system = {"role": "system", "content": instructions}

        def put_instructions(message: dict[str, Any] = system) -> None:
            source["instructions"] = message["content"]

        view._message(system, put_instructions, "instructions", {"content": ""})
    items = source["input"]
    if isinstance(items, str):
        user = {"role": "user", "content": items}

        def put_input(message: dict[str, Any] = user) -> None:
            source["input"] = message["content"]

        view._message(user, put_input, "input", {"content": ""})
    else:
        for index, item in enumerate(items):
            _add_item(view, item, f"input.{index}")
    tools = source.get("tools")
    if isinstance(tools, list):
        view_body["tools"] = [_chat_tool(tool) for tool in tools]
    text = source.get("text")
    if isinstance(text, dict) and isinstance(text.get("format"), dict):
        # Shared: the schema's texts are rewritten in place in the Responses body.
        view_body["response_format"] = text["format"]
    return view


def _add_item(view: ChatView, item: dict[str, Any], origin: str) -> None:
    kind = item.get("type", "message")
    if kind == "message":
        content = item.get("content")
        message = {"role": item["role"], "content": content}
        put = None if isinstance(content, list) else _copier(item, "content", message, "content")
        view._message(message, put, origin, {"content": "content", "role": "role"})
    elif kind == "function_call_output":
        output = item.get("output")
        message = {"role": "tool", "tool_call_id": item.get("call_id"), "content": output}
        put = None if isinstance(output, list) else _copier(item, "output", message, "content")
        view._message(message, put, origin, {"content": "output", "tool_call_id": "call_id"})
    elif kind == "function_call":
        function = {"name": item["name"], "arguments": item["arguments"]}
        call = {"id": item.get("call_id"), "type": "function", "function": function}
        message = {"role": "assistant", "content": None, "tool_calls": [call]}

        def put_call() -> None:
            item["name"], item["arguments"] = function["name"], function["arguments"]

        names = {"tool_calls.0.id": "call_id", "tool_calls.0.function.name": "name",
                 "tool_calls.0.function.arguments": "arguments"}  # fmt: skip
        view._message(message, put_call, origin, names)
    else:  # reasoning: its summary and content parts, shared
        parts = [*(item.get("summary") or []), *(item.get("content") or [])]
        view._message({"role": "assistant", "content": parts}, None, origin, {})


def _copier(
    target: dict[str, Any], key: str, message: dict[str, Any], field_name: str
) -> Callable[[], None]:
    def put_back() -> None:
        target[key] = message[field_name]

    return put_back


def _chat_tool(tool: dict[str, Any]) -> dict[str, Any]:
    """A Responses function tool in chat's nesting (the extra keys, e.g. ``strict``, kept)."""
    function = {key: value for key, value in tool.items() if key != "type"}
    return {"type": "function", "function": function}


def _response_tool(tool: Any) -> Any:
    if isinstance(tool, dict) and isinstance(tool.get("function"), dict):
        return {"type": "function", **tool["function"]}
    return tool
