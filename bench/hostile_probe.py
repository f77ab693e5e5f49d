"""Hostile and malformed requests against a running gateway, endpoint by endpoint.

Sends a fixed table of bad (and a few odd but valid) requests to every route the gateway
exposes (``/v1/chat/completions``, ``/v1/completions``, ``/v1/responses``,
``/v1/embeddings``, ``/v1/models``, ``/v1/models/{id}``, the health, metrics and OpenAPI
routes) and records for each: the status, whether an error body is in the OpenAI shape
and names the problem (its ``param``, or a word of the field in its message), whether it
took longer than the deadline (a hang), and whether the answer was a 5xx; then requests
written on a socket (framing, transfer codings, raw paths and headers). Then a burst of
requests cancelled at random moments, after which the gateway must still answer a
normal request and hold no request in flight. Finally the gateway's log, its audit log and
the test backend's record of what it received are searched for the personal data
planted in the bad values (:data:`MARK_NAME`, :data:`MARK_PHONE`) and for tracebacks.

Each probe says what it expects: ``"4xx"`` (bad input: a 400-class answer naming the
problem) or ``"ok"`` (odd but valid for vLLM, e.g. escapes written as text in a message,
100 stop strings: the gateway must not refuse what vLLM accepts; a 4xx there counts as
a finding too). A 5xx, a hang, an unclear 4xx or a wrongly refused valid request is a
finding; the table prints them.

Start what ``make serve`` runs (with the vLLM-compatible test server as the upstream)::

    .venv/bin/python -m tests.vllm_compat --port 18432 --model qwen3-8b:32768 &
    .venv/bin/mamori reindex faq --config CONFIG
    .venv/bin/mamori serve --config CONFIG --upstream http://127.0.0.1:18432 2> gateway.log &
    .venv/bin/python bench/hostile_probe.py --url http://127.0.0.1:8080 \
        --backend http://127.0.0.1:18432 --log gateway.log --audit audit.log

Prints a table and writes JSON (default ``bench/results/hostile_probe.json``). Loopback
only; every request has a deadline.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gzip
import json
import random
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
MARK_NAME = "山田太郎"
MARK_PHONE = "090-1234-5678"
MARK = f"{MARK_NAME} {MARK_PHONE}"
"""Personal data planted in bad values: it must not come back in an error, nor reach the
log, the audit log or (unpseudonymized) the backend."""
HANG_S = 30.0
#: Messages that say nothing about what was wrong.
_GENERIC = re.compile(
    r"^(?:bad request|internal (?:server )?error|validation failed|error|invalid request)\.?$",
    re.IGNORECASE,
)
#: Signs of a backend's pydantic text relayed as is.
_RELAYED = re.compile(r"input_value=|\[type=|For further information visit")


@dataclass(frozen=True, slots=True)
class Probe:
    """One request and what a correct gateway does with it."""

    name: str
    path: str
    body: bytes | None
    expect: str = "4xx"
    """``4xx``: refused naming the problem; ``ok``: answered (vLLM accepts it)."""
    names: tuple[str, ...] = ()
    """Words one of which the error's message or param should hold (empty: any clear
    message)."""
    method: str = "POST"
    headers: dict[str, str] = field(default_factory=dict)
    stream: bool = False


@dataclass(slots=True)
class Outcome:
    name: str
    path: str
    expect: str
    status: int | None
    seconds: float
    verdict: str
    """``ok``, ``5xx``, ``hang``, ``unclear`` (an error not in the OpenAI shape or not
    naming the problem), ``refused-valid`` (a 4xx for what vLLM accepts), ``accepted-bad``
    (2xx for bad input: for review, vLLM may accept it too), ``echo`` (planted data in the
    error)."""
    message: str = ""
    param: str | None = None


MODELS = {
    "/v1/chat/completions": "qwen3-8b",
    "/v1/completions": "qwen3-8b",
    "/v1/responses": "qwen3-8b",
    "/v1/embeddings": "multilingual-e5-small",
}


def _base(path: str) -> dict[str, Any]:
    model = MODELS[path]
    if path == "/v1/chat/completions":
        return {"model": model, "messages": [{"role": "user", "content": "hi"}]}
    if path == "/v1/completions":
        return {"model": model, "prompt": "hi", "max_tokens": 8}
    if path == "/v1/responses":
        return {"model": model, "input": "hi"}
    return {"model": model, "input": "hi"}


def _dump(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()


def _with(path: str, **fields: Any) -> bytes:
    return _dump({**_base(path), **fields})


def _chat(*messages: Any, **fields: Any) -> bytes:
    return _dump({"model": MODELS["/v1/chat/completions"], "messages": list(messages), **fields})


def _user(text: Any) -> dict[str, Any]:
    return {"role": "user", "content": text}


def body_probes(path: str) -> Iterator[Probe]:
    """What every POST endpoint must refuse the same way: the body as a whole."""
    good = _with(path)
    text = good.decode()
    yield Probe("empty-body", path, b"")
    yield Probe("truncated-json", path, good[:-5], names=("JSON",))
    yield Probe("trailing-comma", path, good[:-1] + b",}", names=("JSON",))
    yield Probe("single-quotes", path, text.replace('"', "'").encode(), names=("JSON",))
    yield Probe("comments", path, b"// c\n" + good, names=("JSON",))
    for name, raw in {
        "array": b"[]",
        "string": b'"hello"',
        "number": b"1",
        "null": b"null",
        "true": b"true",
        "array-of-bodies": b"[" + good + b"]",
    }.items():
        yield Probe(f"not-an-object-{name}", path, raw, names=("object",))
    yield Probe("bom", path, b"\xef\xbb\xbf" + good, expect="ok")
    yield Probe("invalid-utf8-ff", path, good.replace(b'"hi"', b'"h\xffi"'), names=("UTF-8",))
    yield Probe("overlong-utf8", path, good.replace(b'"hi"', b'"h\xc0\xafi"'), names=("UTF-8",))
    yield Probe("truncated-utf8", path, good.replace(b'"hi"', b'"h\xe3\x81"'), names=("UTF-8",))
    yield Probe("latin1-bytes", path, good.replace(b'"hi"', '"hé"'.encode("latin-1")))
    yield Probe("lone-surrogate", path, good.replace(b'"hi"', b'"h\\ud800i"'))
    yield Probe("low-surrogate", path, good.replace(b'"hi"', b'"\\udfff"'))
    yield Probe("reversed-pair", path, good.replace(b'"hi"', b'"\\ude00\\ud83d"'))
    yield Probe("pair-escape", path, good.replace(b'"hi"', b'"\\ud83d\\ude00"'), expect="ok")
    yield Probe("nul-escape", path, good.replace(b'"hi"', b'"h\\u0000i"'), expect="ok")
    yield Probe("raw-nul-byte", path, good.replace(b'"hi"', b'"h\x00i"'), names=("JSON",))
    yield Probe("raw-control-chars", path, good.replace(b'"hi"', b'"h\x01\x1fi"'))
    yield Probe("raw-newline-in-string", path, good.replace(b'"hi"', b'"h\ni"'))
    yield Probe("nan", path, text.replace("{", '{"seed": NaN, ', 1).encode())
    yield Probe("big-int", path, text.replace("{", '{"seed": ' + "9" * 30 + ", ", 1).encode())
    yield Probe("float-overflow", path, text.replace("{", '{"seed": 1e999, ', 1).encode())
    yield Probe(
        "deep-nesting-200",
        path,
        text.replace("{", '{"user": ' + "[" * 200 + "]" * 200 + ", ", 1).encode(),
    )
    yield Probe("deep-nesting-100000", path, b"[" * 100_000 + b"]" * 100_000)
    yield Probe("deep-objects-10000", path, b'{"a":' * 10_000 + b"1" + b"}" * 10_000)
    yield Probe("duplicate-model", path, good[:-1] + b', "model": "other"}', names=("model",))
    yield Probe("unknown-field", path, _with(path, bogus_field=1), names=("bogus_field",))
    yield Probe("unknown-field-pii", path, _with(path, **{MARK: 1}))
    yield Probe(
        "model-missing",
        path,
        _dump({k: v for k, v in _base(path).items() if k != "model"}),
        names=("model",),
    )
    for name, value in {
        "number": 5,
        "null": None,
        "list": ["a"],
        "object": {"a": 1},
        "empty": "",
    }.items():
        yield Probe(f"model-{name}", path, _with(path, model=value), names=("model",))
    yield Probe("model-unknown-pii", path, _with(path, model=MARK), names=("model",))
    yield Probe("model-1mb", path, _with(path, model="m" * 1_000_000), names=("model",))
    yield Probe("model-nul", path, _with(path, model="qwen3-8b\u0000"), names=("model",))
    yield Probe("body-5mb", path, _with(path, user="a" * 5_000_000))
    yield Probe(
        "many-keys-100000", path, _dump({**_base(path), **{f"k{i}": i for i in range(100_000)}})
    )
    yield Probe("many-strings", path, _with(path, metadata={"k": ["a"] * 200_000}))
    yield Probe("user-number", path, _with(path, user=5), names=("user",))
    yield Probe("user-pii-ok", path, _with(path, user=MARK), expect="ok")
    for name, headers in {
        "ct-json-charset-utf8": {"Content-Type": "application/json; charset=utf-8"},
        "ct-vendor-json": {"Content-Type": "application/vnd.api+json"},
    }.items():
        yield Probe(name, path, good, expect="ok", headers=headers)
    # Twenty-fourth round: a body not declared as JSON is refused (a browser sends these
    # from any page without a CORS preflight; docs/api.md, Input limits).
    for name, headers in {
        "ct-text-plain": {"Content-Type": "text/plain"},
        "ct-missing": {},
        "ct-form": {"Content-Type": "application/x-www-form-urlencoded"},
        "ct-json-charset-latin1": {"Content-Type": "application/json; charset=latin-1"},
        "ct-garbage": {"Content-Type": ";;;=x"},
    }.items():
        yield Probe(name, path, good, headers=headers, names=("Content-Type", "charset"))
    # A DEL byte in a header value is not HTTP: refused by the HTTP layer.
    yield Probe("ct-control-byte", path, good, headers={"Content-Type": ";;;=\x7f"})
    yield Probe(
        "utf16-body",
        path,
        good.decode().encode("utf-16"),
        headers={"Content-Type": "application/json; charset=utf-16"},
        names=("UTF-8",),
    )
    yield Probe(
        "gzip-body",
        path,
        gzip.compress(good),
        headers={"Content-Encoding": "gzip"},
        names=("Content-Encoding",),
    )
    yield Probe("gzip-no-header", path, gzip.compress(good), names=("UTF-8",))
    yield Probe("br-encoding", path, good, headers={"Content-Encoding": "br"})
    yield Probe(
        "multipart",
        path,
        b"--x\r\n\r\n--x--",
        headers={"Content-Type": "multipart/form-data; boundary=x"},
    )
    header_cases: dict[str, dict[str, str]] = {
        "priority-bogus": {"X-Mamori-Priority": "bogus"},
        "priority-pii": {"X-Mamori-Priority": MARK_PHONE},
        "deadline-bogus": {"X-Mamori-Deadline": "tomorrow"},
        "deadline-negative": {"X-Mamori-Deadline": "-5"},
        "deadline-nan": {"X-Mamori-Deadline": "nan"},
        "deadline-huge": {"X-Mamori-Deadline": "1" + "0" * 400},
        "request-id-long": {"X-Request-Id": "r" * 10_000},
        "request-id-pii": {"X-Request-Id": MARK_PHONE},
        "auth-garbage": {"Authorization": "Bearer \x7f\x01"},
        "auth-no-bearer": {"Authorization": "Basic Zm9vOmJhcg=="},
    }
    for name, extra in header_cases.items():
        headers = {"Content-Type": "application/json", **extra}
        yield Probe(f"header-{name}", path, good, expect="any", headers=headers)
    yield Probe("stream-string", path, _with(path, stream="true"), names=("stream",))
    yield Probe("stream-number", path, _with(path, stream=1), names=("stream",))
    if path != "/v1/embeddings":
        yield Probe(
            "stream-options-no-stream",
            path,
            _with(path, stream_options={"include_usage": True}),
            names=("stream_options",),
        )
        yield Probe(
            "stream-options-string",
            path,
            _with(path, stream=True, stream_options="yes"),
            names=("stream_options",),
            stream=True,
        )
        yield Probe(
            "stream-options-bad-flag",
            path,
            _with(path, stream=True, stream_options={"include_usage": "yes"}),
            names=("stream_options", "include_usage"),
            stream=True,
        )
        yield Probe(
            "stream-with-bad-temp",
            path,
            _with(path, stream=True, temperature="hot"),
            names=("temperature",),
            stream=True,
        )
        yield Probe(
            "stream-n-huge", path, _with(path, stream=True, n=1_000_000), names=("n",), stream=True
        )
        yield Probe("stream-ok", path, _with(path, stream=True), expect="ok", stream=True)


def sampling_probes(path: str) -> Iterator[Probe]:
    """Wrong types and ranges of the sampling fields (chat, completions, responses)."""
    tokens = "max_output_tokens" if path == "/v1/responses" else "max_tokens"
    cases: dict[str, tuple[str, Any]] = {
        "n-huge": ("n", 1_000_000),
        "n-zero": ("n", 0),
        "n-negative": ("n", -1),
        "n-float": ("n", 1.5),
        "n-string": ("n", "2"),
        f"{tokens}-negative": (tokens, -1),
        f"{tokens}-zero": (tokens, 0),
        f"{tokens}-huge": (tokens, 10**12),
        f"{tokens}-float": (tokens, 2.5),
        f"{tokens}-string": (tokens, "10"),
        "temperature-string": ("temperature", "0.5"),
        "temperature-negative": ("temperature", -1),
        "temperature-3": ("temperature", 3),
        "top-p-zero": ("top_p", 0),
        "top-p-list": ("top_p", [0.5]),
        "seed-float": ("seed", 1.5),
        "seed-2-64": ("seed", 2**64),
        "stop-number": ("stop", 5),
        "stop-nested": ("stop", [["a"]]),
        "stop-null-item": ("stop", ["a", None]),
        "stop-10000": ("stop", [f"s{i}" for i in range(10_000)]),
        "stop-huge-item": ("stop", ["x" * 200_000]),
        "logit-bias-word-key": ("logit_bias", {"abc": 1}),
        "logit-bias-pii-key": ("logit_bias", {MARK: 1}),
        "logit-bias-string-value": ("logit_bias", {"50256": "high"}),
        "logit-bias-list": ("logit_bias", [1, 2]),
        "logit-bias-huge-key": ("logit_bias", {"99999999999": 1}),
        "logit-bias-float-key": ("logit_bias", {"1.5": 1}),
        "logprobs-string": ("logprobs", "yes"),
        "top-logprobs-1000": ("top_logprobs", 1000),
        "top-k-string": ("top_k", "5"),
        "min-p-2": ("min_p", 2),
        "presence-penalty-9": ("presence_penalty", 9),
        "frequency-penalty-string": ("frequency_penalty", "x"),
        "best-of-huge": ("best_of", 10**6),
        "ignore-eos-string": ("ignore_eos", "yes"),
        "stop-token-ids-strings": ("stop_token_ids", ["a"]),
        "allowed-token-ids-pii": ("allowed_token_ids", [MARK]),
        "bad-words-number": ("bad_words", 5),
        "truncate-prompt-tokens-negative": ("truncate_prompt_tokens", -5),
        "chat-template-kwargs-string": ("chat_template_kwargs", "x"),
        "structured-outputs-string": ("structured_outputs", "json"),
        "structured-outputs-choice-string": ("structured_outputs", {"choice": "yes"}),
        "structured-outputs-regex-number": ("structured_outputs", {"regex": 5}),
        "structured-outputs-two": ("structured_outputs", {"regex": "[a-z]+", "choice": ["a", "b"]}),
        "structured-outputs-three": (
            "structured_outputs",
            {"json": {"type": "object"}, "regex": "a", "grammar": 'root ::= "a"'},
        ),
        "structured-outputs-json-object-false": (
            "structured_outputs",
            {"regex": "a", "json_object": False},
        ),
    }
    allowed = {
        "/v1/responses": {
            "temperature",
            "top_p",
            "max_output_tokens",
            "metadata",
            "top_logprobs",
            "structured_outputs",
            "seed",
            "stop",
            "top_k",
            "min_p",
            "presence_penalty",
            "frequency_penalty",
            "ignore_eos",
            "logit_bias",
            "vllm_xargs",
        },
    }.get(path)
    for name, (key, value) in cases.items():
        if allowed is not None and key not in allowed:
            continue
        if path == "/v1/completions" and key == "top_logprobs":
            continue
        yield Probe(name, path, _with(path, **{key: value}), names=(key,))
    # Valid for vLLM: text in vllm_xargs (pseudonymized like any text field).
    yield Probe("vllm-xargs-text", path, _with(path, vllm_xargs={"k": MARK}), expect="ok")
    if path == "/v1/responses":
        yield Probe("metadata-string", path, _with(path, metadata="x"), names=("metadata",))
    else:
        # Not a field of vLLM's chat and completions requests: ignored there.
        yield Probe("metadata-string", path, _with(path, metadata="x"), expect="any")
    yield Probe("stop-100", path, _with(path, stop=[f"s{i}" for i in range(100)]), expect="ok")
    yield Probe("seed-negative", path, _with(path, seed=-5), expect="ok")
    yield Probe("temperature-int", path, _with(path, temperature=1), expect="ok")
    yield Probe(
        "structured-outputs-one",
        path,
        _with(path, structured_outputs={"choice": ["a", "b"]}),
        expect="ok",
    )
    yield Probe(
        "structured-outputs-null-others",
        path,
        _with(path, structured_outputs={"choice": ["a"], "regex": None}),
        expect="ok",
    )
    if path != "/v1/responses":
        yield Probe(
            "response-format-string",
            path,
            _with(path, response_format="json"),
            names=("response_format",),
        )
        yield Probe(
            "response-format-bogus-type",
            path,
            _with(path, response_format={"type": "yaml"}),
            names=("response_format",),
        )
        yield Probe(
            "response-format-schema-missing",
            path,
            _with(path, response_format={"type": "json_schema"}),
            names=("response_format", "json_schema"),
        )
        yield Probe(
            "response-format-schema-string",
            path,
            _with(path, response_format={"type": "json_schema", "json_schema": "x"}),
            names=("response_format", "json_schema"),
        )
        yield Probe(
            "response-format-plus-structured",
            path,
            _with(
                path, response_format={"type": "json_object"}, structured_outputs={"regex": "a+"}
            ),
            names=("response_format", "structured_outputs"),
        )
        yield Probe(
            "response-format-schema-plus-structured",
            path,
            _with(
                path,
                response_format={
                    "type": "json_schema",
                    "json_schema": {"name": "x", "schema": {"type": "object"}},
                },
                structured_outputs={"json": {"type": "object"}},
            ),
            names=("response_format", "structured_outputs"),
        )
        yield Probe(
            "guided-plus-structured",
            path,
            _with(path, guided_regex="a+", structured_outputs={"choice": ["a"]}),
            names=("structured_outputs", "guided_regex"),
        )
        yield Probe(
            "guided-two",
            path,
            _with(path, guided_regex="a+", guided_choice=["a"]),
            names=("structured_outputs", "guided_regex", "guided_choice"),
        )
        yield Probe(
            "response-format-text-plus-structured",
            path,
            _with(path, response_format={"type": "text"}, structured_outputs={"choice": ["a"]}),
            expect="ok",
        )
        yield Probe(
            "response-format-json-object",
            path,
            _with(path, response_format={"type": "json_object"}),
            expect="ok",
        )
    else:
        yield Probe(
            "text-format-string", path, _with(path, text={"format": "json"}), names=("text",)
        )
        yield Probe(
            "text-format-plus-structured",
            path,
            _with(
                path, text={"format": {"type": "json_object"}}, structured_outputs={"regex": "a+"}
            ),
            names=("text", "structured_outputs"),
        )


def chat_probes() -> Iterator[Probe]:
    path = "/v1/chat/completions"
    m = MODELS[path]
    messages_cases: dict[str, Any] = {
        "messages-string": "hi",
        "messages-object": {"role": "user", "content": "hi"},
        "messages-empty": [],
        "messages-null": None,
        "messages-list-of-strings": ["hi"],
        "messages-nested-arrays": [[{"role": "user", "content": "hi"}]],
        "messages-list-of-null": [None],
    }
    for name, value in messages_cases.items():
        yield Probe(name, path, _dump({"model": m, "messages": value}), names=("messages",))
    yield Probe("messages-missing", path, _dump({"model": m}), names=("messages",))
    for name, message in {
        "content-number": _user(5),
        "content-bool": _user(True),
        "content-object": _user({"text": "hi"}),
        "content-nested-arrays": _user([["hi"]]),
        "content-list-of-strings": _user(["hi"]),
        "content-part-no-type": _user([{"text": "hi"}]),
        "content-part-text-number": _user([{"type": "text", "text": 5}]),
        "content-part-image-url-string": _user([{"type": "image_url", "image_url": "x"}]),
        "content-part-type-pii": _user([{"type": MARK, "text": "hi"}]),
        "content-user-null": _user(None),
        "role-null": {"role": None, "content": "hi"},
        "role-missing": {"content": "hi"},
        "role-unknown": {"role": "bot", "content": "hi"},
        "role-number": {"role": 1, "content": "hi"},
        "role-pii": {"role": MARK, "content": "hi"},
        "name-number": {"role": "user", "content": "hi", "name": 5},
        "tool-id-number": {"role": "tool", "content": "42", "tool_call_id": 5},
        "tool-id-pii": {"role": "tool", "content": "42", "tool_call_id": MARK},
        "tool-calls-string": {"role": "assistant", "tool_calls": "x"},
        "tool-calls-list-of-strings": {"role": "assistant", "tool_calls": ["x"]},
        "tool-call-no-function": {
            "role": "assistant",
            "tool_calls": [{"id": "c", "type": "function"}],
        },
        "tool-call-arguments-object": {
            "role": "assistant",
            "tool_calls": [
                {"id": "c", "type": "function", "function": {"name": "f", "arguments": {"a": 1}}}
            ],
        },
        "tool-call-function-string": {
            "role": "assistant",
            "tool_calls": [{"id": "c", "type": "function", "function": "f"}],
        },
        "tool-call-name-missing": {
            "role": "assistant",
            "tool_calls": [{"id": "c", "type": "function", "function": {"arguments": "{}"}}],
        },
        "tool-call-id-missing": {
            "role": "assistant",
            "tool_calls": [{"type": "function", "function": {"name": "f", "arguments": "{}"}}],
        },
        "message-string": "hi",
        "message-number": 5,
        "message-extra-pii-key": {"role": "user", "content": "hi", MARK: 1},
    }.items():
        yield Probe(name, path, _chat(message), names=("messages",))
    yield Probe(
        "tool-call-arguments-invalid-json",
        path,
        _chat(
            _user("hi"),
            {
                "role": "assistant",
                "tool_calls": [
                    {
                        "id": "c",
                        "type": "function",
                        "function": {"name": "f", "arguments": "{not json"},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "c", "content": "ok"},
        ),
        expect="ok",
    )
    yield Probe(
        "tool-result-unknown-id",
        path,
        _chat(_user("hi"), {"role": "tool", "tool_call_id": "nope", "content": "ok"}),
        expect="ok",
    )
    yield Probe(
        "developer-role",
        path,
        _chat({"role": "developer", "content": "x"}, _user("hi")),
        expect="ok",
    )
    yield Probe(
        "assistant-content-null-no-tools",
        path,
        _chat(_user("hi"), {"role": "assistant", "content": None}, _user("hi")),
        expect="ok",
    )
    yield Probe(
        "assistant-last",
        path,
        _chat(_user("hi"), {"role": "assistant", "content": "ok"}),
        expect="ok",
    )
    yield Probe("content-empty-string", path, _chat(_user("")), expect="ok")
    yield Probe("content-empty-parts", path, _chat(_user([])), expect="any")
    for name, text in {
        "escape-nul-text": "a\u0000b",
        "escape-x41-text": "\\x41 and \\u0041",
        "emoji": "\U0001f600 \U0001f1ef\U0001f1f5",
        "backslash-U-text": "\\U0001F600",
        "html-entity": "&#48; &amp; &#x1F600; &lt;script&gt;",
        "bidi-zero-width": "a\u202eb\u200bc\ufeffd\u2066e",
        "combining-marks": "e" + "\u0301" * 5000,
        "private-use": "\ue000\U000f0000",
        "noncharacters": "\ufffe\uffff\U0010ffff",
        "long-token-50k": "x" * 50_000,
        "json-in-content": json.dumps({"role": "system", "content": "ignore"}),
    }.items():
        yield Probe(name, path, _chat(_user(text)), expect="ok")
    # Under pii.max_chars, over the test model's context: the backend's own 400.
    yield Probe("long-token-99k", path, _chat(_user("y" * 99_000)), expect="any")
    yield Probe(
        "long-token-150k",
        path,
        _chat(_user("z" * 150_000)),
        names=("messages", "characters", "long"),
    )
    yield Probe(
        "long-token-ja-150k",
        path,
        _chat(_user("あ" * 150_000)),
        names=("messages", "characters", "long"),
    )
    yield Probe("messages-10000", path, _chat(*[_user("hi")] * 10_000), names=("messages",))
    yield Probe("messages-512", path, _chat(*[_user("hi")] * 512), expect="ok")
    yield Probe(
        "messages-600-distinct",
        path,
        _chat(*[_user(f"q{i}") for i in range(600)]),
        names=("messages",),
    )
    for name, tools in {
        "tools-string": "x",
        "tools-object": {"type": "function"},
        "tools-list-of-strings": ["x"],
        "tool-no-function": [{"type": "function"}],
        "tool-type-bogus": [{"type": "bogus", "function": {"name": "f"}}],
        "tool-name-missing": [{"type": "function", "function": {"description": "d"}}],
        "tool-name-number": [{"type": "function", "function": {"name": 5}}],
        "tool-parameters-string": [
            {"type": "function", "function": {"name": "f", "parameters": "x"}}
        ],
        "tool-parameters-list": [
            {"type": "function", "function": {"name": "f", "parameters": [1]}}
        ],
    }.items():
        yield Probe(name, path, _chat(_user("hi"), tools=tools), names=("tools",))
    for name, schema in {
        "tool-schema-bad-type": {"type": "objectx"},
        "tool-schema-properties-string": {"type": "object", "properties": "x"},
        "tool-schema-dangling-ref": {"$ref": "#/nowhere"},
        "tool-schema-required-string": {"type": "object", "required": "a"},
    }.items():
        tools = [{"type": "function", "function": {"name": "f", "parameters": schema}}]
        yield Probe(name, path, _chat(_user("hi"), tools=tools), expect="any")
    function: dict[str, Any] = {"name": "f", "parameters": {"type": "object"}}
    tool: dict[str, Any] = {"type": "function", "function": function}
    yield Probe(
        "tools-1000",
        path,
        _chat(
            _user("hi"),
            tools=[{**tool, "function": {**function, "name": f"f{i}"}} for i in range(1000)],
        ),
        expect="any",
    )
    yield Probe(
        "tool-choice-without-tools",
        path,
        _chat(_user("hi"), tool_choice="required"),
        names=("tool_choice",),
    )
    yield Probe(
        "tool-choice-bogus",
        path,
        _chat(_user("hi"), tools=[tool], tool_choice="sometimes"),
        names=("tool_choice",),
    )
    yield Probe(
        "tool-choice-unknown-function",
        path,
        _chat(
            _user("hi"), tools=[tool], tool_choice={"type": "function", "function": {"name": "g"}}
        ),
        names=("tool_choice",),
    )
    yield Probe(
        "tool-choice-number",
        path,
        _chat(_user("hi"), tools=[tool], tool_choice=5),
        names=("tool_choice",),
    )
    yield Probe(
        "logprobs-top-without", path, _chat(_user("hi"), top_logprobs=3), names=("top_logprobs",)
    )
    # vLLM reads unknown part types itself (its 400 names the type); a tool result without
    # an id passes its custom-role type; legacy functions are not a field of vLLM's.
    yield Probe(
        "content-part-unknown-type",
        path,
        _chat(_user([{"type": "bogus", "text": "hi"}])),
        expect="any",
    )
    yield Probe("tool-without-id", path, _chat({"role": "tool", "content": "42"}), expect="any")
    yield Probe("functions-string", path, _chat(_user("hi"), functions="x"), expect="any")
    yield Probe(
        "stream-tools-bad",
        path,
        _chat(_user("hi"), stream=True, tools="x"),
        names=("tools",),
        stream=True,
    )


def completions_probes() -> Iterator[Probe]:
    path = "/v1/completions"
    for name, prompt in {
        "prompt-number": 5,
        "prompt-null": None,
        "prompt-object": {"text": "hi"},
        "prompt-empty-list": [],
        "prompt-list-of-null": [None],
        "prompt-nested-strings": [["hi"]],
        "prompt-mixed": ["hi", 5],
        "prompt-token-id-negative": [-1],
        "prompt-token-id-float": [1.5],
        "prompt-deep-lists": [[[1]]],
    }.items():
        yield Probe(name, path, _with(path, prompt=prompt), names=("prompt",))
    yield Probe("prompt-missing", path, _dump({"model": MODELS[path]}), names=("prompt",))
    # vLLM accepts token ids; the gateway refuses them by design (no stage can read them).
    yield Probe("prompt-token-ids", path, _with(path, prompt=[1, 2, 3]), names=("prompt",))
    yield Probe("prompt-token-id-lists", path, _with(path, prompt=[[1, 2], [3]]), names=("prompt",))
    yield Probe("prompt-list", path, _with(path, prompt=["a", "b"]), expect="ok")
    yield Probe("logprobs-100", path, _with(path, logprobs=100), names=("logprobs",))
    yield Probe("logprobs-bool", path, _with(path, logprobs=True), names=("logprobs",))
    yield Probe("echo-string", path, _with(path, echo="yes"), names=("echo",))
    yield Probe("suffix-number", path, _with(path, suffix=5), names=("suffix",))
    yield Probe(
        "prompt-long-token-150k",
        path,
        _with(path, prompt="q" * 150_000),
        names=("prompt", "characters", "long"),
    )
    yield Probe(
        "prompt-escapes", path, _with(path, prompt="\\x41 \u0000 &#48; \U0001f600"), expect="ok"
    )
    yield Probe("prompt-10000", path, _with(path, prompt=["hi"] * 10_000), names=("prompt",))


def responses_probes() -> Iterator[Probe]:
    path = "/v1/responses"
    for name, value in {
        "input-number": 5,
        "input-null": None,
        "input-object": {"role": "user", "content": "hi"},
        "input-empty-list": [],
        "input-list-of-strings": ["hi"],
        "input-list-of-null": [None],
        "input-item-type-bogus": [{"type": "bogus"}],
        "input-role-unknown": [{"role": "bot", "content": "hi"}],
        "input-role-null": [{"role": None, "content": "hi"}],
        "input-content-number": [{"role": "user", "content": 5}],
        "input-part-type-bogus": [{"role": "user", "content": [{"type": "bogus", "text": "x"}]}],
        "input-part-text-number": [
            {"role": "user", "content": [{"type": "input_text", "text": 5}]}
        ],
        "input-call-output-no-id": [{"type": "function_call_output", "output": "x"}],
        "input-call-no-name": [{"type": "function_call", "call_id": "c", "arguments": "{}"}],
        "input-call-arguments-object": [
            {"type": "function_call", "call_id": "c", "name": "f", "arguments": {"a": 1}}
        ],
        "input-nested-arrays": [[{"role": "user", "content": "hi"}]],
        "input-10000": [{"role": "user", "content": "hi"}] * 10_000,
    }.items():
        yield Probe(name, path, _with(path, input=value), names=("input",))
    yield Probe("input-missing", path, _dump({"model": MODELS[path]}), names=("input",))
    yield Probe("instructions-number", path, _with(path, instructions=5), names=("instructions",))
    yield Probe(
        "previous-response-id",
        path,
        _with(path, previous_response_id="resp_1"),
        names=("previous_response_id",),
    )
    yield Probe("store-string", path, _with(path, store="yes"), names=("store",))
    yield Probe("tools-string", path, _with(path, tools="x"), names=("tools",))
    yield Probe("tools-bad-type", path, _with(path, tools=[{"type": "bogus"}]), names=("tools",))
    yield Probe("tool-no-name", path, _with(path, tools=[{"type": "function"}]), names=("tools",))
    yield Probe("reasoning-string", path, _with(path, reasoning="high"), names=("reasoning",))
    yield Probe("text-string", path, _with(path, text="x"), names=("text",))
    yield Probe("include-bogus", path, _with(path, include=["bogus"]), names=("include",))
    yield Probe(
        "long-token-150k",
        path,
        _with(path, input="r" * 150_000),
        names=("input", "characters", "long"),
    )
    yield Probe("escapes", path, _with(path, input="\\x41 \u0000 &#48; \U0001f600"), expect="ok")
    yield Probe(
        "input-list-ok", path, _with(path, input=[{"role": "user", "content": "hi"}]), expect="ok"
    )
    yield Probe("stream-ok", path, _with(path, input="hi", stream=True), expect="ok", stream=True)


def embeddings_probes() -> Iterator[Probe]:
    path = "/v1/embeddings"
    for name, value in {
        "input-number": 5,
        "input-null": None,
        "input-object": {"text": "hi"},
        "input-empty-list": [],
        "input-list-of-null": [None],
        "input-nested-strings": [["hi"]],
        "input-mixed": ["hi", 5],
        "input-10000": ["hi"] * 10_000,
        "input-long-150k": "e" * 150_000,
    }.items():
        yield Probe(name, path, _with(path, input=value), names=("input", "characters", "long"))
    yield Probe("input-missing", path, _dump({"model": MODELS[path]}), names=("input",))
    yield Probe("input-empty-string", path, _with(path, input=""), expect="any")
    yield Probe("input-token-ids", path, _with(path, input=[1, 2, 3]), expect="any")
    yield Probe("dimensions-negative", path, _with(path, dimensions=-1), names=("dimensions",))
    yield Probe("dimensions-string", path, _with(path, dimensions="8"), names=("dimensions",))
    yield Probe("dimensions-huge", path, _with(path, dimensions=10**6), names=("dimensions",))
    yield Probe(
        "encoding-bogus", path, _with(path, encoding_format="hex"), names=("encoding_format",)
    )
    yield Probe("encoding-base64", path, _with(path, encoding_format="base64"), expect="ok")
    yield Probe("escapes", path, _with(path, input="\\x41 \u0000 &#48; \U0001f600"), expect="ok")
    yield Probe("list-ok", path, _with(path, input=["a", "b"]), expect="ok")
    upstream = MODELS["/v1/chat/completions"]
    yield Probe(
        "upstream-model-input-number",
        path,
        _dump({"model": upstream, "input": 5}),
        names=("input",),
    )


def route_probes() -> Iterator[Probe]:
    for path in ("/v1/models", "/healthz", "/readyz", "/metrics", "/openapi.json"):
        yield Probe("get", path, None, method="GET", expect="ok")
        yield Probe("post", path, b"{}", method="POST", names=("method", "allowed"))
    for path in MODELS:
        yield Probe("get", path, None, method="GET", names=("method", "allowed"))
        yield Probe("put", path, b"{}", method="PUT", names=("method", "allowed"))
        yield Probe("delete", path, None, method="DELETE", names=("method", "allowed"))
        yield Probe("head", path, None, method="HEAD", expect="any")
    for name, tail in {
        "model-id-ok": "qwen3-8b",
        "model-id-unknown": "nope",
        "model-id-pii": MARK,
        "model-id-encoded-nul": "a%00b",
        "model-id-encoded-ff": "a%ffb",
        "model-id-dotdot": "..%2F..%2Fetc%2Fpasswd",
        "model-id-long": "m" * 20_000,
        "model-id-encoded-surrogate": "%ed%a0%80",
    }.items():
        expect = "ok" if name == "model-id-ok" else "4xx"
        yield Probe(
            name, f"/v1/models/{tail}", None, method="GET", expect=expect, names=("model", "exist")
        )
    yield Probe("models-query", "/v1/models?limit=abc&%ff=1", None, method="GET", expect="ok")
    yield Probe("unknown-route", "/v1/nothing", b"{}", names=("endpoint",))
    yield Probe("v1-root", "/v1", None, method="GET", expect="any")
    yield Probe("double-slash", "//v1/chat/completions", _chat(_user("hi")), expect="any")


def all_probes() -> list[Probe]:
    probes: list[Probe] = []
    for path in MODELS:
        probes.extend(body_probes(path))
        if path != "/v1/embeddings":
            probes.extend(sampling_probes(path))
    probes.extend(chat_probes())
    probes.extend(completions_probes())
    probes.extend(responses_probes())
    probes.extend(embeddings_probes())
    probes.extend(route_probes())
    return probes


def _judge(
    probe: Probe, status: int | None, seconds: float, content: bytes, *, blocked: bool = False
) -> Outcome:
    """The verdict; ``blocked``: a 200 refusal of the policy (``X-Mamori-Action: block``,
    e.g. a message over ``pii.max_chars``), a clear answer to bad input."""
    outcome = Outcome(probe.name, probe.path, probe.expect, status, round(seconds, 3), "ok")
    if status is None:
        outcome.verdict = "hang"
        return outcome
    text = content.decode("utf-8", "replace")
    if MARK_PHONE in text and status >= 400:
        outcome.verdict = "echo"
    if status >= 500:
        outcome.verdict = "5xx"
    error: Any = None
    if status >= 400 and probe.method != "HEAD":
        try:
            error = json.loads(content)["error"]
        except (ValueError, KeyError, TypeError):
            error = None
        if not isinstance(error, dict) or set(error) != {"message", "type", "param", "code"}:
            outcome.message = text[:200]
            if outcome.verdict == "ok":
                outcome.verdict = "unclear"
            return outcome
        outcome.message = str(error["message"])[:300]
        outcome.param = error["param"]
    if outcome.verdict != "ok":
        return outcome
    if probe.expect == "ok" and status >= 400:
        outcome.verdict = "refused-valid"
    elif probe.expect == "4xx" and status < 400 and not blocked:
        outcome.verdict = "accepted-bad"
    elif status >= 400 and error is not None:
        message = str(error["message"])
        clear = bool(message.strip()) and not _GENERIC.match(message.strip())
        clear = clear and not _RELAYED.search(message)
        if clear and probe.names:
            said = f"{message} {error['param'] or ''}".lower()
            clear = any(word.lower() in said for word in probe.names)
        if not clear:
            outcome.verdict = "unclear"
    return outcome


async def _send(client: httpx.AsyncClient, base: str, probe: Probe) -> Outcome:
    headers = probe.headers or (
        {"Content-Type": "application/json"} if probe.body is not None else {}
    )
    if probe.headers == {} and probe.name == "ct-missing":
        headers = {}
    started = time.monotonic()
    try:
        request = client.build_request(
            probe.method, base + probe.path, content=probe.body, headers=headers
        )
        if probe.name == "ct-missing":
            request.headers.pop("Content-Type", None)
        response = await client.send(request, stream=True)
        try:
            content = await asyncio.wait_for(response.aread(), HANG_S)
        finally:
            await response.aclose()
        finished = b"data: [DONE]" in content or b"event: response.completed" in content
        if probe.stream and response.status_code == 200 and not finished:
            text = content.decode("utf-8", "replace")
            if '"error"' in text or "event: error" in text:
                return Outcome(
                    probe.name,
                    probe.path,
                    probe.expect,
                    200,
                    round(time.monotonic() - started, 3),
                    "ok" if probe.expect != "ok" else "refused-valid",
                    text[-200:],
                )
        blocked = response.headers.get("x-mamori-action") == "block"
        return _judge(
            probe, response.status_code, time.monotonic() - started, content, blocked=blocked
        )
    except (httpx.TimeoutException, TimeoutError):
        return _judge(probe, None, time.monotonic() - started, b"")
    except httpx.HTTPError as exc:
        outcome = _judge(probe, 599, time.monotonic() - started, b"")
        outcome.verdict, outcome.message = "5xx", f"connection error: {type(exc).__name__}"
        return outcome


async def cancellations(base: str, count: int, seed: int) -> dict[str, Any]:
    """``count`` requests (streamed and not, every endpoint) cancelled after a random
    0-400 ms; then one normal request must answer and nothing may stay in flight."""
    rng = random.Random(seed)

    async def one(client: httpx.AsyncClient, i: int) -> None:
        path = rng.choice(list(MODELS))
        fields: dict[str, Any] = {"stream": True} if path != "/v1/embeddings" and i % 2 else {}
        if path == "/v1/chat/completions":
            fields["messages"] = [
                _user(f"請求書の件 {MARK} " + "長い文章です。" * rng.randint(1, 400))
            ]
        body = _with(path, **fields)
        with contextlib.suppress(TimeoutError, httpx.HTTPError):
            await asyncio.wait_for(
                client.post(
                    base + path, content=body, headers={"Content-Type": "application/json"}
                ),
                rng.uniform(0.0, 0.4),
            )

    async with httpx.AsyncClient(timeout=HANG_S) as client:
        await asyncio.gather(*(one(client, i) for i in range(count)))
    deadline = time.monotonic() + HANG_S
    in_flight = -1.0
    async with httpx.AsyncClient(timeout=HANG_S) as client:
        while time.monotonic() < deadline:
            metrics = (await client.get(base + "/metrics")).text
            in_flight = sum(
                float(line.rsplit(" ", 1)[1])
                for line in metrics.splitlines()
                if line.startswith("mamori_in_flight") and not line.startswith("#")
            )
            if in_flight == 0:
                break
            await asyncio.sleep(0.2)
        started = time.monotonic()
        after = await client.post(
            base + "/v1/chat/completions",
            content=_chat(_user("hi")),
            headers={"Content-Type": "application/json"},
        )
    return {
        "cancelled": count,
        "in_flight_after": in_flight,
        "normal_status_after": after.status_code,
        "normal_seconds_after": round(time.monotonic() - started, 3),
    }


def _search_logs(paths: list[Path]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for path in paths:
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        found[str(path)] = {
            "planted_phone": text.count(MARK_PHONE),
            "planted_name": text.count(MARK_NAME),
            "tracebacks": text.count("Traceback"),
            "errors": len(re.findall(r" ERROR ", text)),
        }
    return found


def raw_probes() -> dict[str, tuple[bytes, int]]:
    """Requests an HTTP client library will not send, written on a socket: framing, transfer
    codings, paths and headers; each with the status a correct gateway answers."""
    body = _chat(_user("hi"))
    size = str(len(body)).encode()
    head = b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"

    def chunked(payload: bytes) -> bytes:
        return f"{len(payload):x}\r\n".encode() + payload + b"\r\n0\r\n\r\n"

    length = b"Content-Length: " + size + b"\r\n\r\n" + body
    return {
        "content-length-negative": (head + b"Content-Length: -5\r\n\r\n" + body, 400),
        "content-length-twice": (head + b"Content-Length: 3\r\n" + length, 400),
        "content-length-and-chunked": (
            head + b"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(body),
            400,
        ),
        "chunk-size-not-hex": (
            head + b"Transfer-Encoding: chunked\r\n\r\nzz\r\n" + body + b"\r\n0\r\n\r\n",
            400,
        ),
        "chunked": (head + b"Transfer-Encoding: chunked\r\n\r\n" + chunked(body), 200),
        "te-gzip-chunked-gzipped": (
            head + b"Transfer-Encoding: gzip, chunked\r\n\r\n" + chunked(gzip.compress(body)),
            400,
        ),
        "te-gzip-chunked-plain": (
            head + b"Transfer-Encoding: gzip, chunked\r\n\r\n" + chunked(body),
            400,
        ),
        "te-gzip-only": (head + b"Transfer-Encoding: gzip\r\n\r\n" + gzip.compress(body), 400),
        "http-1.0-without-length": (
            b"POST /v1/chat/completions HTTP/1.0\r\nHost: x\r\n\r\n" + body,
            400,
        ),
        "expect-100-continue": (head + b"Expect: 100-continue\r\n" + length, 100),
        "path-encoded-nul": (head.replace(b"completions", b"completions%00", 1) + length, 404),
        "path-raw-utf8": (head.replace(b"/v1/chat", "/v1/チャット".encode(), 1) + length, 400),
        "header-folded": (head + b"X-A: a\r\n b\r\n" + length, 400),
        "header-value-utf8": (head + "X-Request-Id: 山田\r\n".encode() + length, 200),
        "header-value-del": (head + b"X-A: \x7f\r\n" + length, 400),
    }


async def _raw_send(port: int, raw: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(raw)
    answer = b""
    try:
        while not (b"\r\n\r\n" in answer and answer.rstrip().endswith(b"}")):
            piece = await asyncio.wait_for(reader.read(65536), HANG_S)
            if not piece:
                break
            answer += piece
    except TimeoutError:
        answer += b" <hang>"
    writer.close()
    return answer


async def run_raw(base: str) -> list[Outcome]:
    port = int(base.rsplit(":", 1)[1].split("/")[0])
    outcomes = []
    for name, (raw, expected) in raw_probes().items():
        started = time.monotonic()
        answer = await _raw_send(port, raw)
        seconds = round(time.monotonic() - started, 3)
        first = answer.split(b"\r\n", 1)[0].decode("latin-1")
        status = int(first.split()[1]) if first.startswith("HTTP/1.") else None
        tail = answer.rsplit(b"\r\n\r\n", 1)[-1].decode("utf-8", "replace")
        verdict = "ok"
        if answer.endswith(b"<hang>"):
            verdict = "hang"
        elif status is None or status >= 500:
            verdict = "5xx"
        elif status != expected:
            verdict = "unexpected-status"
        elif status >= 400 and '"error"' not in tail:
            verdict = "unclear"
        elif name.startswith("te-") and not ("Transfer-Encoding" in tail or "HTTP/1.1" in tail):
            verdict = "unclear"  # e.g. "not valid UTF-8": the wrong problem named
        outcomes.append(Outcome(name, "raw", str(expected), status, seconds, verdict, tail[:200]))
    return outcomes


async def run(args: argparse.Namespace) -> dict[str, Any]:
    probes = all_probes()
    if args.only:
        probes = [p for p in probes if re.search(args.only, f"{p.path} {p.name}")]
    log_sizes = {p: p.stat().st_size if p.exists() else 0 for p in args.logs}
    if args.backend:
        async with httpx.AsyncClient() as control:
            await control.post(args.backend + "/_test/reset")
    outcomes: list[Outcome] = []
    limits = httpx.Limits(max_connections=4)
    async with httpx.AsyncClient(timeout=HANG_S + 5, limits=limits) as client:
        for probe in probes:
            outcomes.append(await _send(client, args.url, probe))
    outcomes.extend(await run_raw(args.url))
    cancel = await cancellations(args.url, args.cancellations, args.seed)
    backend_leak = None
    if args.backend:
        async with httpx.AsyncClient() as control:
            received = (await control.get(args.backend + "/_test/requests")).text
        backend_leak = {
            "planted_phone": received.count(MARK_PHONE),
            "planted_name": received.count(MARK_NAME),
        }
    logs = {}
    for path in args.logs:
        if path.exists():
            with path.open("rb") as handle:
                handle.seek(log_sizes[path])
                tail = path.with_suffix(path.suffix + ".probe-tail")
                tail.write_bytes(handle.read())
            logs.update({str(path): _search_logs([tail])[str(tail)]})
            tail.unlink()
    counts = Counter(o.verdict for o in outcomes)
    return {
        "probes": len(outcomes),
        "verdicts": dict(counts),
        "cancellations": cancel,
        "backend_received_planted": backend_leak,
        "logs": logs,
        "findings": [asdict(o) for o in outcomes if o.verdict != "ok"],
        "outcomes": [asdict(o) for o in outcomes],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", required=True, help="the gateway's base URL")
    parser.add_argument("--backend", help="the vLLM-compatible test server's base URL")
    parser.add_argument(
        "--log",
        dest="logs",
        action="append",
        type=Path,
        default=[],
        help="a log file to search (gateway log, audit log; repeatable)",
    )
    parser.add_argument("--cancellations", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--only", help="regex over 'PATH NAME' to run a subset")
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/hostile_probe.json")
    args = parser.parse_args()
    result = asyncio.run(run(args))
    print(f"{'verdict':<14} {'status':>6} {'s':>6}  path / probe / message")
    for finding in result["findings"]:
        print(
            f"{finding['verdict']:<14} {finding['status']!s:>6} {finding['seconds']:>6}  "
            f"{finding['path']} {finding['name']}: {finding['message'][:110]!r}"
        )
    print(
        json.dumps(
            {
                k: result[k]
                for k in ("probes", "verdicts", "cancellations", "backend_received_planted", "logs")
            },
            ensure_ascii=False,
        )
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
