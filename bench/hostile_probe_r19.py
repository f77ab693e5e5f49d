"""Nineteenth-round hostile-input families, against a running gateway.

A second table beside :mod:`bench.hostile_probe` (whose harness, verdicts and planted
personal data it reuses), written before reading that table's cases, so the two overlap
only where both thought of the same thing. Families (each probe's name starts with one):

``json``       syntax a lenient parser lets through: 10,000-deep nesting, 1e400, NaN,
               Infinity, -0, duplicate keys, lone surrogates, NUL, invalid UTF-8, BOM,
               other encodings, trailing data, bodies that are not objects
``ctype``      Content-Type, charset, Content-Encoding (gzip/deflate valid and bogus)
``size``       bodies over ``limits.max_body_bytes`` with and without Content-Length
``method``     every route with every other method (405 naming the allowed ones, with
               ``Allow``), trailing slashes, unicode and escapes in paths, query strings
``sampling``   n, best_of, max_tokens, temperature at their edges and of wrong types
``stream``     stream and stream_options of wrong types or combinations
``msg``        messages: tool role without tool_call_id, assistant with nothing, roles
``part``       content parts: unknown types, images that are not images, input_audio
``tools``      tools whose function.parameters is not an object or not a schema
``emb``        embeddings: token-id arrays, empty strings, huge batches, wrong shapes
``resp``       Responses: unknown input item types, previous_response_id, wrong shapes
``raw``        written on a socket: HTTP/1.0, Expect: 100-continue, lying Content-Length,
               a trickled body, long header values

Each probe expects ``4xx`` (a 4xx in the OpenAI error shape naming the problem), ``ok``
(vLLM accepts it: the gateway must too) or ``either`` (vLLM's answer depends on the model
or the server's flags; a clear 4xx and a 2xx both pass, a 5xx, a hang or an unclear error
do not). For every ``4xx`` probe the test backend's request record is read: a request
that reached the backend is a finding (``to-backend``), whatever the status.

Run as :mod:`bench.hostile_probe` (same servers)::

    .venv/bin/python bench/hostile_probe_r19.py --url http://127.0.0.1:8080 \
        --backend http://127.0.0.1:18432 --log gateway.log --log audit.log

Prints the findings and a count per family and verdict; writes JSON (default
``bench/results/hostile_probe_r19.json``).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import gzip
import json
import re
import sys
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hostile_probe import (
    HANG_S,
    MARK,
    MARK_NAME,
    MARK_PHONE,
    MODELS,
    Outcome,
    Probe,
    _base,
    _dump,
    _raw_send,
    _search_logs,
    _send,
    _user,
)

ROOT = Path(__file__).resolve().parents[1]
CHAT = "/v1/chat/completions"
COMP = "/v1/completions"
RESP = "/v1/responses"
EMB = "/v1/embeddings"
GEN = (CHAT, COMP, RESP)
ALL = (*GEN, EMB)
JSON_CT = {"Content-Type": "application/json"}


def _raw_with(path: str, fragment: str) -> bytes:
    """The base body of ``path`` with ``fragment`` (raw JSON text, ``"key": value``)
    added as its last member: for values :func:`json.dumps` cannot write."""
    text = json.dumps(_base(path), ensure_ascii=False)
    return (text[:-1] + ", " + fragment + "}").encode()


def _chat(*messages: Any, **fields: Any) -> bytes:
    return _dump({"model": MODELS[CHAT], "messages": list(messages), **fields})


def _parts(*parts: Any) -> bytes:
    return _chat({"role": "user", "content": list(parts)})


def _short(path: str) -> str:
    return path.rsplit("/", 1)[-1]


# --------------------------------------------------------------------------------------
# json: syntax


def json_probes() -> Iterator[Probe]:
    for path in ALL:
        s = _short(path)
        deep_a = "[" * 10_000 + "]" * 10_000
        deep_o = '{"a":' * 10_000 + "1" + "}" * 10_000
        yield Probe(f"json-deep-array-10k-{s}", path, _raw_with(path, f'"metadata": {deep_a}'))
        yield Probe(f"json-deep-object-10k-{s}", path, _raw_with(path, f'"user": {deep_o}'))
        yield Probe(f"json-deep-top-100k-{s}", path, b"[" * 100_000)
        yield Probe(f"json-nan-{s}", path, _raw_with(path, '"temperature": NaN'))
        yield Probe(f"json-inf-{s}", path, _raw_with(path, '"temperature": Infinity'))
        yield Probe(f"json-neginf-{s}", path, _raw_with(path, '"temperature": -Infinity'))
        yield Probe(f"json-1e400-{s}", path, _raw_with(path, '"temperature": 1e400'))
        yield Probe(f"json-bigint-{s}", path, _raw_with(path, '"user": 1' + "0" * 5000))
        yield Probe(
            f"json-dup-model-{s}",
            path,
            _dump(_base(path))[:-1] + b', "model": "other-model"}',
            names=("model", "duplicate", "twice"),
        )
        yield Probe(f"json-nul-raw-{s}", path, _dump(_base(path))[:-1] + b', "x\x00": 1}')
        yield Probe(
            f"json-bad-utf8-{s}",
            path,
            _raw_with(path, '"user": "a\xff"').replace("a\xff".encode(), b"a\xff"),
            names=("utf-8", "utf8"),
        )
        yield Probe(f"json-trailing-{s}", path, _dump(_base(path)) + b" {}")
        yield Probe(f"json-bom-{s}", path, b"\xef\xbb\xbf" + _dump(_base(path)), expect="either")
        yield Probe(f"json-top-array-{s}", path, _dump([_base(path)]))
        yield Probe(f"json-top-null-{s}", path, b"null")
        yield Probe(f"json-empty-{s}", path, b"", names=("empty",))
        yield Probe(f"json-spaces-{s}", path, b"   \n\t ", names=("empty",))
        yield Probe(f"json-truncated-{s}", path, _dump(_base(path))[:-3])
    # Values in the text a user writes.
    yield Probe(
        "json-lone-high-surrogate",
        CHAT,
        _raw_with(CHAT, '"x": 0').replace(b'"content": "hi"', b'"content": "a\\ud800b"'),
    )
    yield Probe(
        "json-lone-low-surrogate",
        CHAT,
        _raw_with(CHAT, '"x": 0').replace(b'"content": "hi"', b'"content": "\\udc00"'),
    )
    yield Probe(
        "json-surrogate-pair-ok",
        CHAT,
        _dump(_base(CHAT)).replace(b'"content": "hi"', b'"content": "\\ud83d\\ude00"'),
        expect="ok",
    )
    yield Probe(
        "json-escaped-nul-ok",
        CHAT,
        _dump(_base(CHAT)).replace(b'"content": "hi"', b'"content": "a\\u0000b"'),
        expect="either",
    )
    yield Probe("json-neg-zero-temp-ok", CHAT, _raw_with(CHAT, '"temperature": -0'), expect="ok")
    yield Probe("json-neg-zero-float-ok", CHAT, _raw_with(CHAT, '"temperature": -0.0'), expect="ok")
    yield Probe("json-exp-seed", COMP, _raw_with(COMP, '"seed": 1E2'), expect="either")
    yield Probe(
        "json-dup-in-message",
        CHAT,
        _dump({"model": MODELS[CHAT]})[:-1]
        + b', "messages": [{"role": "user", "content": "hi", "content": "'
        + MARK.encode()
        + b'"}]}',
    )
    yield Probe(
        "json-utf16-body",
        CHAT,
        json.dumps(_base(CHAT)).encode("utf-16"),
        expect="either",
    )
    yield Probe("json-cesu8", CHAT, _dump(_base(CHAT)).replace(b"hi", b"\xed\xa0\x80"))
    yield Probe("json-overlong-utf8", CHAT, _dump(_base(CHAT)).replace(b"hi", b"\xc0\xaf"))


# --------------------------------------------------------------------------------------
# ctype: Content-Type, charset, Content-Encoding


def ctype_probes() -> Iterator[Probe]:
    """vLLM (FastAPI) reads a body as JSON only under a JSON media type (or none) and
    refuses the rest; the gateway reads every body as JSON whatever its Content-Type
    (``curl -d`` sends ``application/x-www-form-urlencoded``) and checks it all the same,
    so another media type is ``either``: what counts is that nothing unread passes."""
    body = _dump(_base(CHAT))
    for name, ctype, expect in (
        ("text-plain", "text/plain", "either"),
        ("form", "application/x-www-form-urlencoded", "either"),
        ("multipart", "multipart/form-data; boundary=x", "either"),
        ("xml", "application/xml", "either"),
        ("json-charset-utf8", "application/json; charset=utf-8", "ok"),
        ("json-charset-upper", "Application/JSON; Charset=UTF-8", "ok"),
        ("json-charset-latin1", "application/json; charset=iso-8859-1", "either"),
        ("json-charset-utf16", "application/json; charset=utf-16", "either"),
        ("vendor-json", "application/vnd.api+json", "either"),
        ("garbage", ";;;==", "either"),
    ):
        yield Probe(f"ctype-{name}", CHAT, body, expect=expect, headers={"Content-Type": ctype})
    for path in ALL:
        s = _short(path)
        raw = _dump(_base(path))
        for name, data, enc in (
            ("gzip", gzip.compress(raw), "gzip"),
            ("deflate", zlib.compress(raw), "deflate"),
            ("gzip-bogus", b"\x1f\x8b\x08\x00garbage", "gzip"),
            ("br", raw, "br"),
            ("stacked", gzip.compress(gzip.compress(raw)), "gzip, gzip"),
        ):
            yield Probe(
                f"ctype-encoding-{name}-{s}",
                path,
                data,
                names=("encoding", "compress"),
                headers={**JSON_CT, "Content-Encoding": enc},
            )
        yield Probe(
            f"ctype-encoding-identity-{s}",
            path,
            raw,
            expect="ok",
            headers={**JSON_CT, "Content-Encoding": "identity"},
        )
    # A gzip bomb: 50 MB of zeros in about 50 KB.
    bomb = gzip.compress(b"0" * 50_000_000, compresslevel=9)
    yield Probe(
        "ctype-encoding-gzip-bomb",
        CHAT,
        bomb,
        names=("encoding", "compress"),
        headers={**JSON_CT, "Content-Encoding": "gzip"},
    )


# --------------------------------------------------------------------------------------
# size


def size_probes() -> Iterator[Probe]:
    big = "あ" * 2_000_000  # 6 MB of UTF-8, over the 4 MiB default
    for path in ALL:
        s = _short(path)
        if path == CHAT:
            body = _chat(_user(big))
        elif path == COMP:
            body = _dump({**_base(path), "prompt": big})
        else:
            body = _dump({**_base(path), "input": big})
        yield Probe(f"size-over-{s}", path, body, names=("size", "large", "bytes", "limit"))
    yield Probe(
        "size-over-padding",
        CHAT,
        _dump(_base(CHAT))[:-1] + b"," + b" " * 5_000_000 + b'"x": 1}',
        names=("size", "large", "bytes", "limit"),
    )


# --------------------------------------------------------------------------------------
# method and path


def method_probes() -> Iterator[Probe]:
    for path in ALL:
        for method in ("GET", "PUT", "DELETE", "PATCH"):
            yield Probe(
                f"method-{method}-{_short(path)}",
                path,
                None,
                method=method,
                names=("method", "POST"),
            )
        yield Probe(f"method-OPTIONS-{_short(path)}", path, None, method="OPTIONS", expect="either")
        yield Probe(
            f"method-query-{_short(path)}",
            path + "?api-version=2024-02-01&x=" + "%E5%B1%B1",
            _dump(_base(path)),
            expect="ok",
        )
        yield Probe(
            f"method-trailing-slash-{_short(path)}",
            path + "/",
            _dump(_base(path)),
            expect="either",
        )
    for method in ("POST", "PUT", "DELETE"):
        yield Probe(
            f"method-{method}-models", "/v1/models", b"{}", method=method, names=("method", "GET")
        )
    yield Probe("method-POST-healthz", "/healthz", b"{}", names=("method", "GET"))
    yield Probe("path-unicode", "/v1/チャット/completions", b"{}", names=("not found", "path"))
    yield Probe(
        "path-models-unicode-ok",
        "/v1/models/山田",
        None,
        method="GET",
        expect="either",
        names=("model",),
    )
    yield Probe("path-models-nul", "/v1/models/a%00b", None, method="GET", names=("model",))
    yield Probe("path-models-bad-escape", "/v1/models/%ff%fe", None, method="GET", names=("model",))
    yield Probe(
        "path-models-long", "/v1/models/" + "a" * 8000, None, method="GET", names=("model",)
    )
    yield Probe("path-double-slash", "//v1//chat//completions", _dump(_base(CHAT)), expect="either")
    yield Probe(
        "path-dotdot", "/v1/models/../chat/completions", _dump(_base(CHAT)), expect="either"
    )


# --------------------------------------------------------------------------------------
# sampling extremes


def sampling_probes() -> Iterator[Probe]:
    for path in (CHAT, COMP):
        s = _short(path)
        for name, value, expect in (
            ("n-0", {"n": 0}, "4xx"),
            ("n-neg", {"n": -1}, "4xx"),
            ("n-huge", {"n": 10**9}, "4xx"),
            ("n-2p63", {"n": 2**63 - 1}, "4xx"),
            ("n-str", {"n": "2"}, "either"),
            ("n-float", {"n": 1.5}, "4xx"),
            ("n-bool", {"n": True}, "either"),
            ("n-null", {"n": None}, "ok"),
            ("max-tokens-0", {"max_tokens": 0}, "either"),
            ("max-tokens-neg", {"max_tokens": -1}, "4xx"),
            ("max-tokens-2p31", {"max_tokens": 2**31}, "4xx"),
            ("max-tokens-2p64", {"max_tokens": 2**64}, "4xx"),
            ("max-tokens-float-int", {"max_tokens": 8.0}, "either"),
            ("max-tokens-float", {"max_tokens": 8.5}, "4xx"),
            ("max-tokens-str", {"max_tokens": "eight"}, "4xx"),
            ("max-tokens-list", {"max_tokens": [8]}, "4xx"),
            ("temperature-neg", {"temperature": -0.5}, "4xx"),
            ("temperature-huge", {"temperature": 1e308}, "either"),
            ("temperature-str", {"temperature": "hot"}, "4xx"),
            ("top-p-0", {"top_p": 0}, "4xx"),
            ("top-p-over", {"top_p": 1.0000001}, "4xx"),
            ("top-k-neg2", {"top_k": -2}, "4xx"),
            ("seed-2p64", {"seed": 2**64}, "4xx"),
            (
                "logprobs-huge",
                {"logprobs": 10**6} if path == COMP else {"top_logprobs": 10**6, "logprobs": True},
                "4xx",
            ),
            ("stop-nonstr", {"stop": [1, 2]}, "4xx"),
            ("logit-bias-nonnum", {"logit_bias": {"50256": "x"}}, "4xx"),
            ("logit-bias-key", {"logit_bias": {"abc": 1}}, "4xx"),
        ):
            yield Probe(
                f"sampling-{name}-{s}", path, _dump({**_base(path), **value}), expect=expect
            )
        yield Probe(
            f"sampling-best-of-lt-n-{s}",
            path,
            _dump({**_base(path), "n": 3, "best_of": 2}),
            expect="4xx" if path == COMP else "either",
        )
        yield Probe(
            f"sampling-best-of-huge-{s}",
            path,
            _dump({**_base(path), "best_of": 10**6}),
            expect="4xx",
        )
        yield Probe(f"sampling-best-of-0-{s}", path, _dump({**_base(path), "best_of": 0}))
    yield Probe(
        "sampling-max-output-tokens-neg-responses",
        RESP,
        _dump({**_base(RESP), "max_output_tokens": -1}),
    )
    yield Probe(
        "sampling-max-output-tokens-huge-responses",
        RESP,
        _dump({**_base(RESP), "max_output_tokens": 2**40}),
    )
    yield Probe(
        "sampling-max-completion-neg", CHAT, _dump({**_base(CHAT), "max_completion_tokens": -5})
    )


# --------------------------------------------------------------------------------------
# stream


def stream_probes() -> Iterator[Probe]:
    for path in (CHAT, COMP):
        s = _short(path)
        for name, fields, expect in (
            ("opts-str", {"stream": True, "stream_options": "yes"}, "4xx"),
            ("opts-list", {"stream": True, "stream_options": []}, "4xx"),
            ("opts-usage-int", {"stream": True, "stream_options": {"include_usage": 5}}, "4xx"),
            ("opts-usage-obj", {"stream": True, "stream_options": {"include_usage": {}}}, "4xx"),
            (
                "opts-usage-strtrue",
                {"stream": True, "stream_options": {"include_usage": "true"}},
                "either",
            ),
            (
                "opts-continuous-str",
                {"stream": True, "stream_options": {"continuous_usage_stats": "x"}},
                "4xx",
            ),
            (
                "opts-without-stream",
                {"stream": False, "stream_options": {"include_usage": True}},
                "either",
            ),
            ("opts-null-ok", {"stream": True, "stream_options": None}, "ok"),
            ("stream-int", {"stream": 2}, "4xx"),
            ("stream-str", {"stream": "yes please"}, "4xx"),
            ("stream-list", {"stream": [True]}, "4xx"),
            ("stream-null-ok", {"stream": None}, "ok"),
        ):
            yield Probe(
                f"stream-{name}-{s}",
                path,
                _dump({**_base(path), **fields}),
                expect=expect,
                stream=bool(fields.get("stream") is True),
                names=("stream",),
            )
    yield Probe("stream-resp-int", RESP, _dump({**_base(RESP), "stream": 3}), names=("stream",))
    yield Probe("stream-emb", EMB, _dump({**_base(EMB), "stream": True}), expect="either")


# --------------------------------------------------------------------------------------
# msg: messages


def msg_probes() -> Iterator[Probe]:
    yield Probe(
        "msg-tool-no-id",
        CHAT,
        _chat(_user("hi"), {"role": "tool", "content": f"result {MARK}"}),
        expect="either",
        names=("tool_call_id",),
    )
    yield Probe(
        "msg-tool-id-int",
        CHAT,
        _chat(_user("hi"), {"role": "tool", "tool_call_id": 5, "content": "r"}),
        names=("tool_call_id",),
    )
    yield Probe(
        "msg-assistant-all-null",
        CHAT,
        _chat(
            _user("hi"), {"role": "assistant", "content": None, "tool_calls": None}, _user("again")
        ),
        expect="either",
    )
    yield Probe(
        "msg-assistant-empty-calls",
        CHAT,
        _chat(
            _user("hi"), {"role": "assistant", "content": None, "tool_calls": []}, _user("again")
        ),
        expect="either",
    )
    yield Probe(
        "msg-role-unknown",
        CHAT,
        _chat({"role": "hacker", "content": MARK}),
        expect="either",
        names=("role",),
    )
    yield Probe("msg-role-missing", CHAT, _chat({"content": MARK}), names=("role",))
    yield Probe("msg-role-int", CHAT, _chat({"role": 1, "content": "x"}), names=("role",))
    yield Probe("msg-not-object", CHAT, _chat("hello"), names=("messages",))
    yield Probe("msg-null-entry", CHAT, _chat(None), names=("messages",))
    yield Probe("msg-empty-list", CHAT, _chat(), expect="either", names=("messages",))
    yield Probe(
        "msg-messages-object",
        CHAT,
        _dump({"model": MODELS[CHAT], "messages": {"role": "user", "content": "x"}}),
        names=("messages",),
    )
    yield Probe("msg-content-int", CHAT, _chat({"role": "user", "content": 42}), names=("content",))
    yield Probe(
        "msg-content-object",
        CHAT,
        _chat({"role": "user", "content": {"text": MARK}}),
        names=("content",),
    )
    yield Probe(
        "msg-name-int", CHAT, _chat({"role": "user", "content": "x", "name": 3}), names=("name",)
    )
    yield Probe(
        "msg-tool-calls-obj",
        CHAT,
        _chat(_user("hi"), {"role": "assistant", "tool_calls": {"id": "x"}}),
        names=("tool_calls",),
    )
    yield Probe(
        "msg-tool-call-args-obj",
        CHAT,
        _chat(
            _user("hi"),
            {
                "role": "assistant",
                "tool_calls": [
                    {
                        "id": "c1",
                        "type": "function",
                        "function": {"name": "f", "arguments": {"who": MARK}},
                    }
                ],
            },
        ),
        expect="either",
        names=("arguments",),
    )
    yield Probe(
        "msg-system-parts-image",
        CHAT,
        _chat(
            {
                "role": "system",
                "content": [{"type": "image_url", "image_url": {"url": "http://x/a.png"}}],
            },
            _user("hi"),
        ),
        expect="either",
    )


# --------------------------------------------------------------------------------------
# part: content parts


def part_probes() -> Iterator[Probe]:
    text = {"type": "text", "text": "hi"}
    for kind in ("foo", "file", "document", "input_file", "tool_result", "Text", ""):
        yield Probe(
            f"part-unknown-{kind or 'empty'}",
            CHAT,
            _parts(text, {"type": kind, kind or "x": MARK}),
            names=("type",),
        )
    yield Probe("part-type-int", CHAT, _parts({"type": 5, "text": "x"}), names=("type",))
    yield Probe("part-type-missing", CHAT, _parts({"text": MARK}), names=("type",))
    yield Probe("part-not-object", CHAT, _parts(7), names=("content",))
    yield Probe(
        "part-text-missing", CHAT, _parts({"type": "text"}), expect="either", names=("text",)
    )
    yield Probe("part-text-int", CHAT, _parts({"type": "text", "text": 1}), names=("text",))
    yield Probe("part-string-ok", CHAT, _parts("hi", text), expect="either")
    yield Probe(
        "part-input-text-ok", CHAT, _parts({"type": "input_text", "text": "hi"}), expect="either"
    )
    yield Probe(
        "part-refusal-ok",
        CHAT,
        _chat(
            _user("hi"),
            {"role": "assistant", "content": [{"type": "refusal", "refusal": "no"}]},
            _user("again"),
        ),
        expect="ok",
    )
    png_b64 = base64.b64encode(b"not an image at all " + MARK.encode()).decode()
    for name, url, expect in (
        ("data-text-as-png", f"data:image/png;base64,{png_b64}", "either"),
        ("data-textplain", f"data:text/plain;base64,{png_b64}", "either"),
        ("data-bad-b64", "data:image/png;base64,!!!notbase64!!!", "either"),
        ("data-no-comma", "data:image/png;base64", "either"),
        ("scheme-file", "file:///etc/passwd", "either"),
        ("scheme-ftp", "ftp://example.com/a.png", "either"),
        ("scheme-javascript", "javascript:alert(1)", "either"),
        ("url-empty", "", "either"),
    ):
        yield Probe(
            f"part-image-{name}",
            CHAT,
            _parts(text, {"type": "image_url", "image_url": {"url": url}}),
            expect=expect,
            names=("image", "url"),
        )
    yield Probe(
        "part-image-url-str",
        CHAT,
        _parts(text, {"type": "image_url", "image_url": "http://x/a.png"}),
        expect="either",
        names=("image_url",),
    )
    yield Probe(
        "part-image-url-int",
        CHAT,
        _parts(text, {"type": "image_url", "image_url": {"url": 5}}),
        names=("image_url", "url"),
    )
    yield Probe(
        "part-image-detail-bad",
        CHAT,
        _parts(text, {"type": "image_url", "image_url": {"url": "http://x/a.png", "detail": 3}}),
        expect="either",
        names=("detail",),
    )
    wav = base64.b64encode(b"RIFF\x00\x00\x00\x00WAVEfmt ").decode()
    yield Probe(
        "part-audio-ok-shape",
        CHAT,
        _parts(text, {"type": "input_audio", "input_audio": {"data": wav, "format": "wav"}}),
        expect="either",
    )
    yield Probe(
        "part-audio-no-format",
        CHAT,
        _parts(text, {"type": "input_audio", "input_audio": {"data": wav}}),
        expect="either",
        names=("format", "input_audio"),
    )
    yield Probe(
        "part-audio-format-bad",
        CHAT,
        _parts(text, {"type": "input_audio", "input_audio": {"data": wav, "format": "exe"}}),
        expect="either",
        names=("format",),
    )
    yield Probe(
        "part-audio-data-int",
        CHAT,
        _parts(text, {"type": "input_audio", "input_audio": {"data": 5, "format": "wav"}}),
        names=("data", "input_audio"),
    )
    yield Probe(
        "part-audio-not-object",
        CHAT,
        _parts(text, {"type": "input_audio", "input_audio": MARK}),
        names=("input_audio",),
    )
    yield Probe(
        "part-audio-data-text",
        CHAT,
        _parts(text, {"type": "input_audio", "input_audio": {"data": MARK, "format": "wav"}}),
        expect="either",
        names=("data", "input_audio", "base64"),
    )
    yield Probe(
        "part-unknown-in-completions",
        COMP,
        _dump({**_base(COMP), "prompt": [{"type": "foo"}]}),
        names=("prompt",),
    )


# --------------------------------------------------------------------------------------
# tools


def _tool(parameters: Any, **function: Any) -> dict[str, Any]:
    return {
        "type": "function",
        "function": {"name": "lookup", "parameters": parameters, **function},
    }


def tools_probes() -> Iterator[Probe]:
    for name, params, expect in (
        ("params-str", '{"type": "object"}', "4xx"),
        ("params-list", [], "4xx"),
        ("params-int", 5, "4xx"),
        ("params-true", True, "4xx"),
        ("params-null-ok", None, "ok"),
        ("params-empty-ok", {}, "ok"),
        ("params-type-int", {"type": 5}, "either"),
        ("params-props-list", {"type": "object", "properties": []}, "either"),
        ("params-bad-ref", {"$ref": "#/definitions/none"}, "either"),
        ("params-required-str", {"type": "object", "required": "a"}, "either"),
    ):
        yield Probe(
            f"tools-{name}",
            CHAT,
            _dump({**_base(CHAT), "tools": [_tool(params)]}),
            expect=expect,
            names=("parameters",),
        )
        yield Probe(
            f"tools-{name}-resp",
            RESP,
            _dump(
                {
                    **_base(RESP),
                    "tools": [{"type": "function", "name": "lookup", "parameters": params}],
                }
            ),
            expect=expect,
            names=("parameters",),
        )
    yield Probe(
        "tools-required-bad-schema",
        CHAT,
        _dump({**_base(CHAT), "tools": [_tool({"type": 5})], "tool_choice": "required"}),
        expect="either",
        names=("parameters",),
    )
    yield Probe(
        "tools-name-missing",
        CHAT,
        _dump({**_base(CHAT), "tools": [{"type": "function", "function": {"parameters": {}}}]}),
        names=("name",),
    )
    yield Probe(
        "tools-name-int",
        CHAT,
        _dump({**_base(CHAT), "tools": [_tool({}, name=7)]}),
        names=("name",),
    )
    yield Probe(
        "tools-function-str",
        CHAT,
        _dump({**_base(CHAT), "tools": [{"type": "function", "function": "lookup"}]}),
        names=("function",),
    )
    yield Probe(
        "tools-type-bogus",
        CHAT,
        _dump({**_base(CHAT), "tools": [{"type": "retrieval", "function": {"name": "f"}}]}),
        names=("type",),
    )
    yield Probe("tools-object", CHAT, _dump({**_base(CHAT), "tools": _tool({})}), names=("tools",))
    yield Probe(
        "tools-choice-missing-fn",
        CHAT,
        _dump(
            {
                **_base(CHAT),
                "tools": [_tool({})],
                "tool_choice": {"type": "function", "function": {"name": "nope"}},
            }
        ),
        names=("tool_choice",),
    )
    yield Probe(
        "tools-choice-bogus-str",
        CHAT,
        _dump({**_base(CHAT), "tools": [_tool({})], "tool_choice": "sometimes"}),
        names=("tool_choice",),
    )
    yield Probe(
        "tools-choice-without-tools",
        CHAT,
        _dump({**_base(CHAT), "tool_choice": "required"}),
        expect="either",
        names=("tool_choice", "tools"),
    )
    yield Probe(
        "tools-description-obj",
        CHAT,
        _dump({**_base(CHAT), "tools": [_tool({}, description={"x": MARK})]}),
        names=("description",),
    )


# --------------------------------------------------------------------------------------
# emb: embeddings


def emb_probes() -> Iterator[Probe]:
    def body(value: Any, **fields: Any) -> bytes:
        return _dump({"model": MODELS[EMB], "input": value, **fields})

    for name, value, expect in (
        ("token-ids", [101, 2023, 102], "either"),
        ("token-id-batch", [[101, 2023, 102], [101, 102]], "either"),
        ("token-neg", [[-1, 5]], "4xx"),
        ("token-huge", [[2**40]], "4xx"),
        ("token-float", [[1.5, 2]], "4xx"),
        ("token-empty", [[]], "either"),
        ("mixed", ["a", [1, 2]], "4xx"),
        ("empty-list", [], "4xx"),
        ("empty-string", "", "either"),
        ("empty-string-batch", ["", "a"], "either"),
        ("nested3", [[[1]]], "4xx"),
        ("null", None, "4xx"),
        ("object", {"text": MARK}, "4xx"),
        ("int", 5, "4xx"),
        ("list-null", ["a", None], "4xx"),
        ("huge-batch", ["テスト"] * 20_000, "either"),
        ("huge-token-batch", [[1, 2, 3]] * 20_000, "either"),
        ("one-huge-string", "あ" * 200_000, "either"),
    ):
        yield Probe(f"emb-{name}", EMB, body(value), expect=expect, names=("input",))
    for name, fields, expect in (
        ("dims-0", {"dimensions": 0}, "4xx"),
        ("dims-neg", {"dimensions": -1}, "4xx"),
        ("dims-str", {"dimensions": "big"}, "4xx"),
        ("dims-huge", {"dimensions": 10**9}, "4xx"),
        ("format-hex", {"encoding_format": "hex"}, "4xx"),
        ("format-b64-ok", {"encoding_format": "base64"}, "ok"),
        ("format-float-ok", {"encoding_format": "float"}, "ok"),
        ("user-obj", {"user": {"n": MARK}}, "4xx"),
        ("truncate-neg", {"truncate_prompt_tokens": -5}, "either"),
    ):
        yield Probe(
            f"emb-{name}", EMB, body("hi", **fields), expect=expect, names=tuple(k for k in fields)
        )
    yield Probe("emb-model-missing", EMB, _dump({"input": "hi"}), names=("model",))
    yield Probe(
        "emb-messages-ok",
        EMB,
        _dump({"model": MODELS[EMB], "messages": [_user("hi")]}),
        expect="either",
    )


# --------------------------------------------------------------------------------------
# resp: Responses


def resp_probes() -> Iterator[Probe]:
    def body(**fields: Any) -> bytes:
        return _dump({"model": MODELS[RESP], **fields})

    for name, item in (
        ("bogus", {"type": "bogus", "content": MARK}),
        ("typo", {"type": "mesage", "role": "user", "content": "x"}),
        ("computer-call", {"type": "computer_call", "call_id": "c", "action": {}}),
        ("item-reference", {"type": "item_reference", "id": "msg_123"}),
        ("type-int", {"type": 3}),
        ("empty-object", {}),
    ):
        yield Probe(f"resp-item-{name}", RESP, body(input=[item]), names=("input", "type"))
    for name, fields, expect, names in (
        (
            "prev-unknown",
            {"input": "hi", "previous_response_id": "resp_doesnotexist"},
            "4xx",
            ("previous_response_id",),
        ),
        ("prev-int", {"input": "hi", "previous_response_id": 5}, "4xx", ("previous_response_id",)),
        ("prev-null-ok", {"input": "hi", "previous_response_id": None}, "ok", ()),
        ("input-int", {"input": 5}, "4xx", ("input",)),
        ("input-empty-list", {"input": []}, "either", ("input",)),
        ("input-null", {"input": None}, "4xx", ("input",)),
        ("input-list-str", {"input": ["hi", "there"]}, "4xx", ("input",)),
        ("msg-no-role", {"input": [{"type": "message", "content": "x"}]}, "4xx", ("role", "input")),
        (
            "msg-role-bogus",
            {"input": [{"type": "message", "role": "robot", "content": "x"}]},
            "4xx",
            ("role",),
        ),
        (
            "msg-part-unknown",
            {"input": [{"role": "user", "content": [{"type": "input_foo", "text": "x"}]}]},
            "4xx",
            ("type", "content"),
        ),
        (
            "msg-part-text-int",
            {"input": [{"role": "user", "content": [{"type": "input_text", "text": 3}]}]},
            "4xx",
            ("text",),
        ),
        (
            "fco-output-obj",
            {
                "input": [
                    {"type": "function_call", "call_id": "c1", "name": "f", "arguments": "{}"},
                    {"type": "function_call_output", "call_id": "c1", "output": {"r": MARK}},
                ]
            },
            "either",
            ("output",),
        ),
        ("instructions-int", {"input": "hi", "instructions": 5}, "4xx", ("instructions",)),
        (
            "text-format-bogus",
            {"input": "hi", "text": {"format": {"type": "yaml"}}},
            "4xx",
            ("format", "text"),
        ),
        (
            "reasoning-bogus",
            {"input": "hi", "reasoning": {"effort": "maximum"}},
            "4xx",
            ("effort", "reasoning"),
        ),
        (
            "tool-type-bogus",
            {"input": "hi", "tools": [{"type": "teleport"}]},
            "4xx",
            ("tools", "type"),
        ),
        ("store-str", {"input": "hi", "store": "maybe"}, "4xx", ("store",)),
        ("include-bogus", {"input": "hi", "include": ["everything"]}, "either", ("include",)),
        ("truncation-bogus", {"input": "hi", "truncation": "sideways"}, "4xx", ("truncation",)),
        ("metadata-list", {"input": "hi", "metadata": ["a"]}, "4xx", ("metadata",)),
    ):
        yield Probe(f"resp-{name}", RESP, body(**fields), expect=expect, names=names)


# --------------------------------------------------------------------------------------
# raw: on a socket


def raw_probes(port: int) -> dict[str, tuple[bytes, tuple[int, ...]]]:
    """name -> (bytes, acceptable statuses)."""
    body = _dump(_base(CHAT))
    host = f"127.0.0.1:{port}".encode()

    def req(head: bytes, data: bytes = body, version: bytes = b"HTTP/1.1") -> bytes:
        return (
            b"POST /v1/chat/completions "
            + version
            + b"\r\nHost: "
            + host
            + b"\r\n"
            + head
            + b"\r\n"
            + data
        )

    cl = b"Content-Type: application/json\r\nContent-Length: %d\r\n" % len(body)
    long_value = b"x" * 100_000
    return {
        "raw-http10": (req(cl + b"Connection: close\r\n", version=b"HTTP/1.0"), (200,)),
        "raw-http10-no-host": (
            b"POST /v1/chat/completions HTTP/1.0\r\n" + cl + b"\r\n" + body,
            (200,),
        ),
        "raw-http10-no-length": (
            b"POST /v1/chat/completions HTTP/1.0\r\nContent-Type: application/json\r\n\r\n" + body,
            (400, 411),
        ),
        "raw-expect-100": (req(cl + b"Expect: 100-continue\r\n"), (200,)),
        "raw-expect-bogus": (req(cl + b"Expect: 200-ok\r\n"), (200, 417)),
        "raw-cl-short": (
            req(b"Content-Type: application/json\r\nContent-Length: %d\r\n" % (len(body) - 5)),
            (400,),
        ),
        "raw-cl-negative": (
            req(b"Content-Type: application/json\r\nContent-Length: -1\r\n"),
            (400,),
        ),
        "raw-cl-two": (req(cl + b"Content-Length: %d\r\n" % (len(body) + 1)), (400,)),
        "raw-cl-huge": (
            req(b"Content-Type: application/json\r\nContent-Length: 99999999999\r\n", b""),
            (400, 413),
        ),
        "raw-cl-and-te": (req(cl + b"Transfer-Encoding: chunked\r\n"), (400,)),
        "raw-header-100k": (req(cl + b"X-Long: " + long_value + b"\r\n"), (400, 431)),
        "raw-header-auth-100k": (
            req(cl + b"Authorization: Bearer " + long_value + b"\r\n"),
            (400, 401, 431),
        ),
        "raw-header-many": (
            req(cl + b"".join(b"X-H%d: v\r\n" % i for i in range(2000))),
            (200, 400, 431),
        ),
        "raw-header-nonascii": (req(cl + "X-Name: 山田\r\n".encode()), (200, 400)),
        "raw-header-ctl": (req(cl + b"X-Bad: a\x01b\r\n"), (400,)),
        "raw-chunked-over-limit": (
            req(
                b"Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n",
                b"".join(b"100000\r\n" + b" " * 0x100000 + b"\r\n" for _ in range(5))
                + b"0\r\n\r\n",
            ),
            (400, 413),
        ),
        "raw-get-with-body": (
            b"GET /v1/models HTTP/1.1\r\nHost: " + host + b"\r\n" + cl + b"\r\n" + body,
            (200,),
        ),
        "raw-absolute-uri": (
            b"POST http://"
            + host
            + b"/v1/chat/completions HTTP/1.1\r\nHost: "
            + host
            + b"\r\n"
            + cl
            + b"\r\n"
            + body,
            (200, 400),
        ),
        "raw-http2-preface": (b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", (400, 505)),
        "raw-http09": (b"GET /v1/models\r\n", (0, 400)),
        "raw-method-lower": (
            b"post /v1/chat/completions HTTP/1.1\r\nHost: " + host + b"\r\n" + cl + b"\r\n" + body,
            (400, 405),
        ),
    }


async def _trickle(port: int, raw: bytes, first: int, pause: float) -> bytes:
    """Writes ``raw[:first]`` at once, then a byte every ``pause`` s until the answer
    starts (the rest at once when ``pause`` is 0); the answer, or ``<hang>``."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    answer = b""
    reading = asyncio.ensure_future(reader.read(65536))
    try:
        writer.write(raw[:first])
        if pause == 0:
            writer.write(raw[first:])
        else:
            for i in range(first, len(raw)):
                if reading.done():
                    break
                writer.write(raw[i : i + 1])
                await writer.drain()
                await asyncio.sleep(pause)
        answer = await asyncio.wait_for(reading, HANG_S + 30)
        # The status line and headers may come in a piece of their own.
        while answer and not (b"\r\n\r\n" in answer and answer.rstrip().endswith(b"}")):
            piece = await asyncio.wait_for(reader.read(65536), 5)
            if not piece:
                break
            answer += piece
    except TimeoutError:
        answer = b" <hang>"
    except ConnectionError:
        answer = await asyncio.wait_for(reading, 5) if not reading.done() else reading.result()
    finally:
        writer.close()
    return answer


async def run_raw(base: str) -> list[Outcome]:
    port = int(base.rsplit(":", 1)[1].split("/")[0])
    outcomes: list[Outcome] = []

    def judge(name: str, answer: bytes, seconds: float, allowed: tuple[int, ...]) -> Outcome:
        lines = answer.split(b"\r\n\r\n")
        first = answer.split(b"\r\n", 1)[0].decode("latin-1")
        # A 100 Continue comes first; the final status is the next one.
        if first.startswith("HTTP/1.1 100"):
            rest = answer.split(b"\r\n\r\n", 1)[1] if b"\r\n\r\n" in answer else b""
            first = rest.split(b"\r\n", 1)[0].decode("latin-1")
        status = int(first.split()[1]) if first.startswith("HTTP/1.") else None
        tail = lines[-1].decode("utf-8", "replace")
        verdict = "ok"
        if not answer.strip() and 0 in allowed:
            pass  # closed without an answer, in bounded time: the header deadline
        elif answer.endswith(b"<hang>"):
            verdict = "hang"
        elif status is None or status >= 500:
            verdict = "5xx"
        elif status not in allowed:
            verdict = "wrong-status"
        elif status >= 400 and '"error"' not in tail:
            verdict = "unclear"
        return Outcome(
            name, "raw", "/".join(map(str, allowed)), status, round(seconds, 3), verdict, tail[:200]
        )

    for name, (raw, allowed) in raw_probes(port).items():
        started = time.monotonic()
        answer = await _raw_send(port, raw)
        outcomes.append(judge(name, answer, time.monotonic() - started, allowed))
    body = _dump(_base(CHAT))
    head = (
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
        b"\r\nContent-Length: %d\r\n\r\n" % len(body)
    )
    # A lying Content-Length (more than is sent) must end in a 4xx (408) in bounded time.
    started = time.monotonic()
    answer = await _trickle(port, head + body[:-10], len(head), 0.0)
    outcomes.append(judge("raw-cl-lying-long", answer, time.monotonic() - started, (400, 408)))
    # A slow but finished body (1 byte / 50 ms, 4 s in all) is still answered.
    started = time.monotonic()
    answer = await _trickle(port, head + body, len(head), 0.05)
    outcomes.append(judge("raw-trickle-finishes", answer, time.monotonic() - started, (200,)))
    # A body trickled for ever (1 byte / 0.5 s): the gateway must cut it off.
    started = time.monotonic()
    answer = await _trickle(port, head + b" " * 1000, len(head), 0.5)
    outcomes.append(judge("raw-trickle-forever", answer, time.monotonic() - started, (400, 408)))
    # Headers trickled for ever.
    started = time.monotonic()
    answer = await _trickle(port, head[:-4] + b"X-A: " + b"a" * 200 + b"\r\n\r\n", 0, 0.5)
    if not answer.strip():
        answer = b'HTTP/1.1 408 closed\r\n\r\n{"error"}'  # closed without a word: fine
    outcomes.append(judge("raw-trickle-headers", answer, time.monotonic() - started, (400, 408)))
    return outcomes


# --------------------------------------------------------------------------------------


def all_probes() -> list[Probe]:
    probes: list[Probe] = []
    for family in (
        json_probes,
        ctype_probes,
        size_probes,
        method_probes,
        sampling_probes,
        stream_probes,
        msg_probes,
        part_probes,
        tools_probes,
        emb_probes,
        resp_probes,
    ):
        probes.extend(family())
    return probes


def _judge_either(probe: Probe, outcome: Outcome) -> Outcome:
    if probe.expect == "either" and outcome.verdict in ("accepted-bad", "refused-valid"):
        outcome.verdict = "ok"
    return outcome


async def _allow_header(client: httpx.AsyncClient, base: str, probe: Probe) -> bool:
    response = await client.request(probe.method, base + probe.path)
    return response.status_code != 405 or "allow" in response.headers


async def _backend_count(control: httpx.AsyncClient | None, backend: str | None) -> int:
    if control is None or backend is None:
        return 0
    return len((await control.get(backend + "/_test/requests")).json()["requests"])


async def run(args: argparse.Namespace) -> dict[str, Any]:
    probes = all_probes()
    if args.only:
        probes = [p for p in probes if re.search(args.only, f"{p.path} {p.name}")]
    log_sizes = {p: p.stat().st_size if p.exists() else 0 for p in args.logs}
    outcomes: list[Outcome] = []
    limits = httpx.Limits(max_connections=4)
    control = httpx.AsyncClient(timeout=30) if args.backend else None
    if control is not None:
        await control.post(args.backend + "/_test/reset")
    async with httpx.AsyncClient(timeout=HANG_S + 5, limits=limits) as client:
        for probe in probes:
            before = await _backend_count(control, args.backend)
            outcome = _judge_either(probe, await _send(client, args.url, probe))
            allowed_named = probe.method in ("GET", "PUT", "DELETE", "PATCH")
            if (
                allowed_named
                and outcome.status == 405
                and not await _allow_header(client, args.url, probe)
            ):
                outcome.verdict = "no-allow"
            if (
                probe.expect == "4xx"
                and outcome.verdict in ("ok", "accepted-bad")
                and await _backend_count(control, args.backend) > before
            ):
                outcome.verdict = "to-backend"
            outcomes.append(outcome)
    outcomes.extend(await run_raw(args.url))
    backend_leak = None
    if control is not None:
        received = (await control.get(args.backend + "/_test/requests")).text
        backend_leak = {
            "planted_phone": received.count(MARK_PHONE),
            "planted_name": received.count(MARK_NAME),
        }
        await control.aclose()
    logs = {}
    for path in args.logs:
        if path.exists():
            with path.open("rb") as handle:
                handle.seek(log_sizes[path])
                tail = path.with_suffix(path.suffix + ".r19-tail")
                tail.write_bytes(handle.read())
            logs.update({str(path): _search_logs([tail])[str(tail)]})
            tail.unlink()
    families: dict[str, Counter[str]] = {}
    for o in outcomes:
        family = o.name.split("-", 1)[0]
        families.setdefault(family, Counter())[o.verdict] += 1
    return {
        "probes": len(outcomes),
        "verdicts": dict(Counter(o.verdict for o in outcomes)),
        "families": {k: dict(v) for k, v in sorted(families.items())},
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
    parser.add_argument("--only", help="regex over 'PATH NAME' to run a subset")
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/hostile_probe_r19.json")
    args = parser.parse_args()
    result = asyncio.run(run(args))
    print(f"{'verdict':<14} {'status':>6} {'s':>6}  path / probe / message")
    for finding in result["findings"]:
        print(
            f"{finding['verdict']:<14} {finding['status']!s:>6} {finding['seconds']:>6}  "
            f"{finding['path']} {finding['name']}: {finding['message'][:110]!r}"
        )
    for family, counts in result["families"].items():
        print(f"{family:<10} {counts}")
    print(
        json.dumps(
            {k: result[k] for k in ("probes", "verdicts", "backend_received_planted", "logs")},
            ensure_ascii=False,
        )
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
