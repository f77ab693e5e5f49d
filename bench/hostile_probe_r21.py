"""Round-21 hostile-input probe: the families rounds 19 and 20 did not send.

Same harness and verdicts as :mod:`hostile_probe_r20` (a real gateway with the full
request pipeline in front of the vLLM-compatible test server, on loopback; a probe fails
on ``5xx``, ``hang``, ``pii`` (planted personal data reached the backend), ``attack`` (a
planted injection reached the backend), ``accepted``, ``unhelpful`` or ``refused``). The
families are new:

- ``deep-pii-chat`` / ``deep-attack-chat``: personal data and injections in the chat
  fields r20 left out: ``documents``, ``functions`` and ``function_call``, a ``function``
  role message, ``guided_json``/``guided_grammar`` and ``structured_outputs`` grammar and
  structural tags, schema ``title``/``default``/``examples``/``const``/``pattern``/``$defs``,
  ``tool_choice`` names, the vLLM extras (``vllm_xargs``, ``mm_processor_kwargs``,
  ``kv_transfer_params``, ``bad_words``, ``request_id``, ``cache_salt``), the closed
  vocabularies (``audio.voice``, ``modalities``, ``service_tier``, ``reasoning_effort``,
  ``stream_options`` extras, ``web_search_options``);
- ``deep-pii-other`` / ``deep-attack-other``: completions extras, the Responses API items
  r20 did not send (``prompt`` variables, ``file_search_call`` results, ``web_search_call``,
  ``mcp`` tool descriptions, ``custom_tool_call_output``, ``item_reference``, reasoning
  ``content`` and ``encrypted_content``, ``reasoning.summary``), embeddings
  ``additional_data`` and chat-form embeddings with parts;
- ``lexical``: the same JSON document written so a different reader sees different text:
  duplicate keys at levels r20 did not try (``role``, ``model``, ``stream``, ``input``,
  ``prompt``, tool ``description``), keys written with escapes (``"mess\\u0061ges"``), lone
  surrogates in keys and in fields other than content, NaN and huge numbers nested,
  nesting deep inside tools, schemas and metadata, UTF-16/UTF-32 bodies and Shift_JIS under
  a charset parameter, each carrying personal data;
- ``wire``: pipelined requests on one connection (the second carrying personal data),
  a request sent while another connection trickles its headers (slow-loris), a request
  after an ``Expect: 100-continue`` whose body never comes;
- ``volume``: 2048 embedding inputs (the last with personal data), 2049, a completions
  prompt list, 2,000 messages with the data in the first, 500 tools, 1,000 stop words.

Half A: deep-pii-chat, deep-attack-other, lexical; half B: deep-pii-other,
deep-attack-chat, wire, volume. Run::

    nice -n 10 .venv/bin/python bench/hostile_probe_r21.py [--seed 21] [--variants 3]
        [--families a,b] [--out bench/results/hostile_probe_r21.json] [--show 40]
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import httpx
from hostile_probe_r20 import (
    CHAT,
    COMPLETIONS,
    EMBEDDINGS,
    MODEL,
    RESPONSES,
    Probe,
    Secret,
    _head,
    _json,
    _send_raw,
    chat,
    completions,
    embeddings,
    make_attack,
    make_secret,
    responses,
    run_probe,
    start_servers,
)

ROOT = Path(__file__).resolve().parents[1]

# ---------------------------------------------------------------------------------------
# deep-*: text in fields r20 did not fill


def _schema(**extra: Any) -> dict[str, Any]:
    return {"type": "object", "properties": {"q": {"type": "string", **extra}}}


def deep_chat(secret: Secret, rng: random.Random) -> list[tuple[str, bool, dict[str, Any]]]:
    """(name, reaches the prompt, body) with ``secret.text`` in one field each."""
    text = secret.text
    user = {"role": "user", "content": "質問です"}
    fn = {"name": "lookup", "description": "look up", "parameters": _schema()}
    tool = {"type": "function", "function": fn}
    call_args = json.dumps({"q": text}, ensure_ascii=False)
    return [
        ("documents-text", True, chat(documents=[{"title": "FAQ", "text": text}])),
        ("documents-title", True, chat(documents=[{"title": text, "text": "本文"}])),
        ("functions-description", True, chat(functions=[{**fn, "description": text}])),
        (
            "functions-param",
            True,
            chat(functions=[{**fn, "parameters": _schema(description=text)}]),
        ),
        (
            "function-call-message",
            True,
            chat(
                messages=[
                    user,
                    {
                        "role": "assistant",
                        "content": None,
                        "function_call": {"name": "lookup", "arguments": call_args},
                    },
                    {"role": "function", "name": "lookup", "content": text},
                ],
                functions=[fn],
            ),
        ),
        (
            "schema-title",
            True,
            chat(tools=[{**tool, "function": {**fn, "parameters": _schema(title=text)}}]),
        ),
        (
            "schema-default",
            True,
            chat(tools=[{**tool, "function": {**fn, "parameters": _schema(default=text)}}]),
        ),
        (
            "schema-examples",
            True,
            chat(tools=[{**tool, "function": {**fn, "parameters": _schema(examples=[text])}}]),
        ),
        (
            "schema-const",
            True,
            chat(tools=[{**tool, "function": {**fn, "parameters": _schema(const=text)}}]),
        ),
        (
            "schema-defs",
            True,
            chat(
                tools=[
                    {
                        **tool,
                        "function": {
                            **fn,
                            "parameters": {
                                "type": "object",
                                "$defs": {"who": {"type": "string", "description": text}},
                                "properties": {"q": {"$ref": "#/$defs/who"}},
                            },
                        },
                    }
                ]
            ),
        ),
        ("guided-json", False, chat(guided_json=_schema(description=text))),
        ("guided-grammar", False, chat(guided_grammar=f'root ::= "{text}"')),
        (
            "structured-json-title",
            False,
            chat(structured_outputs={"json": {"title": text, "type": "object"}}),
        ),
        (
            "structured-tag",
            False,
            chat(
                structured_outputs={
                    "structural_tag": json.dumps(
                        {"type": "structural_tag", "begin": text, "end": "</x>"},
                        ensure_ascii=False,
                    )
                }
            ),
        ),
        (
            "response-format-name-default",
            False,
            chat(
                response_format={
                    "type": "json_schema",
                    "json_schema": {"name": "answer", "schema": _schema(default=text)},
                }
            ),
        ),
        (
            "tool-choice-name",
            False,
            chat(tools=[tool], tool_choice={"type": "function", "function": {"name": text}}),
        ),
        ("function-call-name", False, chat(functions=[fn], function_call={"name": text})),
        ("vllm-xargs", False, chat(vllm_xargs={"note": text})),
        ("mm-processor-kwargs", False, chat(mm_processor_kwargs={"note": text})),
        ("kv-transfer-params", False, chat(kv_transfer_params={"note": text})),
        ("bad-words", False, chat(bad_words=[text])),
        ("request-id", False, chat(request_id=text)),
        ("cache-salt", False, chat(cache_salt=text)),
        (
            "audio-voice",
            False,
            chat(modalities=["text", "audio"], audio={"voice": text, "format": "wav"}),
        ),
        ("modalities", False, chat(modalities=[text])),
        ("service-tier", False, chat(service_tier=text)),
        ("reasoning-effort", False, chat(reasoning_effort=text)),
        (
            "stream-options-extra",
            False,
            chat(stream=True, stream_options={"include_usage": True, "note": text}),
        ),
        (
            "web-search-city",
            False,
            chat(
                web_search_options={
                    "user_location": {"type": "approximate", "approximate": {"city": text}}
                }
            ),
        ),
        ("chat-template-kwargs-nested", True, chat(chat_template_kwargs={"ctx": {"who": [text]}})),
        (
            "part-input-text",
            True,
            chat(messages=[{"role": "user", "content": [{"type": "input_text", "text": text}]}]),
        ),
        (
            "part-refusal-user",
            True,
            chat(messages=[{"role": "user", "content": [{"type": "refusal", "refusal": text}]}]),
        ),
        (
            "part-thinking",
            True,
            chat(
                messages=[
                    user,
                    {"role": "assistant", "content": [{"type": "thinking", "thinking": text}]},
                    user,
                ]
            ),
        ),
        (
            "assistant-tool-call-name",
            True,
            chat(
                messages=[
                    user,
                    {
                        "role": "assistant",
                        "tool_calls": [
                            {
                                "id": "call_1",
                                "type": "function",
                                "function": {"name": text, "arguments": "{}"},
                            }
                        ],
                    },
                    {"role": "tool", "tool_call_id": "call_1", "content": "ok"},
                ],
                tools=[tool],
            ),
        ),
        (
            "message-extra-key",
            True,
            chat(messages=[{"role": "user", "content": "hi", "reasoning": text}]),
        ),
    ]


def deep_other(secret: Secret, rng: random.Random) -> list[tuple[str, bool, str, dict[str, Any]]]:
    """(name, reaches the prompt, path, body) for completions, responses and embeddings."""
    text = secret.text
    hi = {"role": "user", "content": "hi"}
    return [
        ("cmpl-bad-words", False, COMPLETIONS, completions(bad_words=[text])),
        ("cmpl-vllm-xargs", False, COMPLETIONS, completions(vllm_xargs={"n": text})),
        ("cmpl-request-id", False, COMPLETIONS, completions(request_id=text)),
        (
            "cmpl-response-format",
            False,
            COMPLETIONS,
            completions(
                response_format={
                    "type": "json_schema",
                    "json_schema": {"name": "a", "schema": _schema(description=text)},
                }
            ),
        ),
        (
            "cmpl-structured-choice",
            False,
            COMPLETIONS,
            completions(structured_outputs={"choice": [text, "x"]}),
        ),
        ("cmpl-guided-regex", False, COMPLETIONS, completions(guided_regex=text)),
        (
            "resp-prompt-vars",
            True,
            RESPONSES,
            responses(prompt={"id": "pmpt_1", "variables": {"who": text}}),
        ),
        ("resp-previous-id", False, RESPONSES, responses(previous_response_id=text)),
        ("resp-conversation", False, RESPONSES, responses(conversation=text)),
        ("resp-include", False, RESPONSES, responses(include=[text])),
        ("resp-truncation", False, RESPONSES, responses(truncation=text)),
        (
            "resp-reasoning-summary",
            False,
            RESPONSES,
            responses(reasoning={"effort": "low", "summary": text}),
        ),
        (
            "resp-mcp-tool",
            True,
            RESPONSES,
            responses(
                tools=[
                    {
                        "type": "mcp",
                        "server_label": "crm",
                        "server_url": "https://mcp.example.com",
                        "server_description": text,
                    }
                ]
            ),
        ),
        (
            "resp-tool-choice-name",
            False,
            RESPONSES,
            responses(
                tools=[{"type": "function", "name": "lookup", "parameters": _schema()}],
                tool_choice={"type": "function", "name": text},
            ),
        ),
        (
            "resp-file-search-results",
            True,
            RESPONSES,
            responses(
                input=[
                    hi,
                    {
                        "type": "file_search_call",
                        "id": "fs_1",
                        "status": "completed",
                        "queries": ["q"],
                        "results": [{"file_id": "f1", "filename": "a.txt", "text": text}],
                    },
                    hi,
                ]
            ),
        ),
        (
            "resp-web-search-query",
            True,
            RESPONSES,
            responses(
                input=[
                    hi,
                    {
                        "type": "web_search_call",
                        "id": "ws_1",
                        "status": "completed",
                        "action": {"type": "search", "query": text},
                    },
                    hi,
                ]
            ),
        ),
        (
            "resp-custom-tool-output",
            True,
            RESPONSES,
            responses(
                input=[
                    hi,
                    {"type": "custom_tool_call", "call_id": "c1", "name": "x", "input": "q"},
                    {"type": "custom_tool_call_output", "call_id": "c1", "output": text},
                ]
            ),
        ),
        (
            "resp-item-reference",
            False,
            RESPONSES,
            responses(input=[hi, {"type": "item_reference", "id": text}]),
        ),
        (
            "resp-reasoning-content",
            True,
            RESPONSES,
            responses(
                input=[
                    hi,
                    {
                        "type": "reasoning",
                        "id": "r1",
                        "summary": [],
                        "content": [{"type": "reasoning_text", "text": text}],
                    },
                    hi,
                ]
            ),
        ),
        (
            "resp-reasoning-encrypted",
            False,
            RESPONSES,
            responses(
                input=[
                    hi,
                    {"type": "reasoning", "id": "r1", "summary": [], "encrypted_content": text},
                    hi,
                ]
            ),
        ),
        (
            "resp-output-annotation",
            False,
            RESPONSES,
            responses(
                input=[
                    hi,
                    {
                        "type": "message",
                        "role": "assistant",
                        "content": [
                            {
                                "type": "output_text",
                                "text": "ok",
                                "annotations": [
                                    {"type": "url_citation", "title": text, "url": "https://a.jp"}
                                ],
                            }
                        ],
                    },
                    hi,
                ]
            ),
        ),
        (
            "resp-text-format-name",
            False,
            RESPONSES,
            responses(
                text={
                    "format": {"type": "json_schema", "name": "a", "schema": _schema(default=text)}
                }
            ),
        ),
        (
            "resp-chat-template-kwargs",
            True,
            RESPONSES,
            responses(chat_template_kwargs={"ctx": text}),
        ),
        ("emb-additional-data", False, EMBEDDINGS, embeddings(additional_data={"note": text})),
        (
            "emb-messages-parts",
            False,
            EMBEDDINGS,
            {
                "model": MODEL,
                "messages": [{"role": "user", "content": [{"type": "text", "text": text}]}],
            },
        ),
        ("emb-request-id", False, EMBEDDINGS, embeddings(request_id=text)),
    ]


def _family_deep(kind: str, where: str, rng: random.Random, variants: int) -> Iterator[Probe]:
    maker = make_secret if kind == "pii" else make_attack
    for i in range(variants):
        secret = maker(rng)
        rows: list[tuple[str, bool, str, dict[str, Any]]]
        if where == "chat":
            rows = [(n, p, CHAT, b) for n, p, b in deep_chat(secret, rng)]
        else:
            rows = deep_other(secret, rng)
        for name, prompt, path, body in rows:
            if kind == "attack" and not prompt:
                continue
            stream = path != EMBEDDINGS and not body.get("stream") and rng.random() < 0.3
            # A refusal must name the field it is about: one of the fields sent.
            hint = tuple(k for k in body if k not in ("model", "stream"))
            if stream:
                body["stream"] = True
            yield Probe(
                f"deep-{kind}-{where}",
                f"{name}-{i}{'-stream' if stream or body.get('stream') else ''}",
                path,
                _json(body),
                "either",
                hint,
                (secret,),
                stream=bool(body.get("stream")),
            )


# ---------------------------------------------------------------------------------------
# lexical: one document, two readings


def family_lexical(rng: random.Random, variants: int) -> Iterator[Probe]:
    """Duplicate keys, escaped keys, surrogates, NaN and depth away from messages, and
    bodies in other Unicode encodings — each carrying personal data."""
    for i in range(variants):
        secret = make_secret(rng)
        s = json.dumps(secret.text, ensure_ascii=False)
        dup_bodies = {
            # The gateway may read one role, the backend the other.
            "dup-role": f'{{"model":"{MODEL}","messages":[{{"role":"system","content":{s},'
            f'"role":"user"}}]}}',
            "dup-model": f'{{"model":"nope","messages":[{{"role":"user","content":{s}}}],'
            f'"model":"{MODEL}"}}',
            "dup-stream": f'{{"model":"{MODEL}","stream":true,"messages":[{{"role":"user",'
            f'"content":{s}}}],"stream":false}}',
            "dup-tool-desc": f'{{"model":"{MODEL}","messages":[{{"role":"user","content":"hi"}}],'
            f'"tools":[{{"type":"function","function":{{"name":"f","description":{s},'
            f'"description":"ok","parameters":{{"type":"object"}}}}}}]}}',
            "dup-metadata": f'{{"model":"{MODEL}","messages":[{{"role":"user","content":"hi"}}],'
            f'"metadata":{{"k":{s},"k":"ok"}}}}',
        }
        for name, text in dup_bodies.items():
            yield Probe(
                "lexical", f"{name}-{i}", CHAT, text.encode(), "either", ("duplicate",), (secret,)
            )
        for path, body in [
            (COMPLETIONS, f'{{"model":"{MODEL}","prompt":{s},"prompt":"hello","max_tokens":4}}'),
            (EMBEDDINGS, f'{{"model":"{MODEL}","input":{s},"input":"hello"}}'),
            (RESPONSES, f'{{"model":"{MODEL}","input":{s},"input":"hello"}}'),
            (
                RESPONSES,
                f'{{"model":"{MODEL}","input":"hi","instructions":{s},"instructions":"x"}}',
            ),
        ]:
            yield Probe(
                "lexical",
                f"dup-{path.rsplit('/', 1)[1]}-{i}",
                path,
                body.encode(),
                "either",
                ("duplicate",),
                (secret,),
            )
        # Keys written with escapes: the same key to every JSON reader.
        escaped = (
            f'{{"\\u006dodel":"{MODEL}","mess\\u0061ges":'
            f'[{{"r\\u006fle":"user","c\\u006fntent":{s}}}]}}'
        )
        yield Probe("lexical", f"escaped-keys-{i}", CHAT, escaped.encode(), "serve", (), (secret,))
        # A key with a lone surrogate, and one in a field other than content.
        sur = rng.choice(["\\ud800", "\\udc00"])
        for name, body in [
            (
                "surrogate-key",
                f'{{"model":"{MODEL}","messages":[{{"role":"user","content":{s}}}],'
                f'"metadata":{{"k{sur}":"v"}}}}',
            ),
            (
                "surrogate-tool-desc",
                f'{{"model":"{MODEL}","messages":[{{"role":"user","content":{s}}}],'
                f'"tools":[{{"type":"function","function":{{"name":"f","description":"a{sur}"}}}}]}}',
            ),
            (
                "surrogate-stop",
                f'{{"model":"{MODEL}","messages":[{{"role":"user","content":{s}}}],'
                f'"stop":["x{sur}"]}}',
            ),
        ]:
            yield Probe(
                "lexical",
                f"{name}-{i}",
                CHAT,
                body.encode(),
                "reject",
                ("surrogate", "unicode", "utf"),
                (secret,),
            )
        # NaN, Infinity and huge numbers nested where no number check runs.
        for name, fragment, hint in [
            ("nan-logit-bias", '"logit_bias":{"10":NaN}', ("nan", "json", "number", "logit_bias")),
            (
                "inf-schema",
                '"tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object","properties":{"a":{"type":"number","minimum":-Infinity}}}}}]',
                ("infinity", "json", "number", "tools"),
            ),
            ("huge-metadata", '"metadata":{"n":1e400}', ("number", "json", "metadata", "large")),
            (
                "bigint-xargs",
                '"vllm_xargs":{"n":' + "9" * 30 + "}",
                ("number", "integer", "vllm_xargs", "large"),
            ),
        ]:
            body = f'{{"model":"{MODEL}","messages":[{{"role":"user","content":{s}}}],{fragment}}}'
            yield Probe("lexical", f"{name}-{i}", CHAT, body.encode(), "reject", hint, (secret,))
        # Deep nesting outside messages.
        depth = rng.choice([80, 500, 5000])
        deep = "[" * depth + "]" * depth
        for name, fragment in [
            ("deep-metadata", f'"metadata":{{"k":{deep}}}'),
            (
                "deep-schema",
                f'"tools":[{{"type":"function","function":{{"name":"f","parameters":{{"type":"object","default":{deep}}}}}}}]',
            ),
            ("deep-kwargs", f'"chat_template_kwargs":{{"k":{deep}}}'),
        ]:
            body = f'{{"model":"{MODEL}","messages":[{{"role":"user","content":{s}}}],{fragment}}}'
            yield Probe(
                "lexical",
                f"{name}{depth}-{i}",
                CHAT,
                body.encode(),
                "reject",
                ("deep", "nest", "depth"),
                (secret,),
            )
        # Other Unicode encodings of a JSON body (RFC 8259 says UTF-8; Python's and
        # Starlette's readers detect UTF-16 and UTF-32 from the first bytes).
        plain = json.dumps(
            chat(messages=[{"role": "user", "content": secret.text}]), ensure_ascii=False
        )
        for codec in ["utf-16-le", "utf-16-be", "utf-16", "utf-32"]:
            label = codec.removesuffix("-le").removesuffix("-be")
            yield Probe(
                "lexical",
                f"{codec}-{i}",
                CHAT,
                plain.encode(codec),
                "either",
                ("utf-8", "utf8", "encoding", "charset", "json"),
                (secret,),
                headers={"content-type": f"application/json; charset={label}"},
            )
        yield Probe(
            "lexical",
            f"shift-jis-{i}",
            CHAT,
            plain.encode("shift_jis", "replace"),
            "either",
            ("utf-8", "utf8", "encoding", "charset", "json", "decode"),
            (secret,),
            headers={"content-type": "application/json; charset=shift_jis"},
        )
        yield Probe(
            "lexical",
            f"latin1-label-{i}",
            CHAT,
            plain.encode("utf-8"),
            "either",
            ("charset", "encoding"),
            (secret,),
            headers={"content-type": "application/json; charset=iso-8859-1"},
        )


# ---------------------------------------------------------------------------------------
# wire: connection-level tricks


def _pipelined(port: int, first: bytes, second: bytes) -> tuple[int | None, bytes]:
    """Two requests in one write; returns the second answer's status."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        sock.sendall(first + second)
        received = b""
        deadline = time.monotonic() + 20
        try:
            while time.monotonic() < deadline and received.count(b"HTTP/1.1 ") < 2:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                received += chunk
            # Let the second answer's body arrive.
            sock.settimeout(1.0)
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                received += chunk
        except (TimeoutError, OSError):
            pass
    heads = [i for i in range(len(received)) if received.startswith(b"HTTP/1.1 ", i)]
    if len(heads) < 2:
        return (int(received[9:12]) if heads else None), received
    return int(received[heads[1] + 9 : heads[1] + 12]), received


def _request(body: bytes, path: str = CHAT, *extra: str) -> bytes:
    head = _head(f"Content-Length: {len(body)}", *extra).replace(
        f"POST {CHAT} ".encode(), f"POST {path} ".encode(), 1
    )
    return head + body


def family_wire(rng: random.Random, variants: int) -> Iterator[Probe]:
    for i in range(variants):
        secret = make_secret(rng)
        first = _request(_json(chat()))
        second = _request(_json(chat(messages=[{"role": "user", "content": secret.text}])))
        yield Probe(
            "wire",
            f"pipelined-{i}",
            CHAT,
            None,
            "serve",
            (),
            (secret,),
            raw=partial(_pipelined, first=first, second=second),
            timeout=25,
        )
        garbage = rng.choice([b"\r\n\r\n", b"GARBAGE\r\n\r\n", b"0\r\n\r\n"])
        yield Probe(
            "wire",
            f"pipelined-after-garbage-{i}",
            CHAT,
            None,
            "either",
            (),
            (secret,),
            raw=partial(_pipelined, first=first + garbage, second=second),
            timeout=25,
        )

    def slow_headers(port: int) -> tuple[int | None, bytes]:
        """A connection trickles its header bytes while a normal request is sent."""
        stop = threading.Event()

        def trickle() -> None:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
                    for byte in f"POST {CHAT} HTTP/1.1\r\nHost: x\r\nX-A: ".encode() + b"a" * 200:
                        if stop.is_set():
                            return
                        sock.sendall(bytes([byte]))
                        time.sleep(0.05)
            except OSError:
                return

        threads = [threading.Thread(target=trickle, daemon=True) for _ in range(20)]
        for t in threads:
            t.start()
        time.sleep(0.5)
        try:
            return _send_raw(port, _request(_json(chat())), timeout=15)
        finally:
            stop.set()
            for t in threads:
                t.join(timeout=5)

    yield Probe("wire", "slow-loris-headers", CHAT, None, "serve", raw=slow_headers, timeout=20)

    def expect_no_body(port: int) -> tuple[int | None, bytes]:
        body = _json(chat())
        return _send_raw(
            port, _head(f"Content-Length: {len(body)}", "Expect: 100-continue"), timeout=40
        )

    yield Probe("wire", "expect-100-no-body", CHAT, None, "either", raw=expect_no_body, timeout=45)


# ---------------------------------------------------------------------------------------
# volume: many small things


def family_volume(rng: random.Random, variants: int) -> Iterator[Probe]:
    secret = make_secret(rng)
    yield Probe(
        "volume",
        "embed-2048-last-pii",
        EMBEDDINGS,
        _json(embeddings(input=[f"質問{k}" for k in range(2047)] + [secret.text])),
        "serve",
        (),
        (secret,),
        timeout=120,
    )
    yield Probe(
        "volume",
        "embed-2049",
        EMBEDDINGS,
        _json(embeddings(input=["a"] * 2049)),
        "either",
        ("input", "2048", "many"),
        timeout=120,
    )
    secret = make_secret(rng)
    yield Probe(
        "volume",
        "prompt-list-300-last-pii",
        COMPLETIONS,
        _json(completions(prompt=[f"q{k}" for k in range(299)] + [secret.text])),
        "either",
        ("prompt",),
        (secret,),
        timeout=120,
    )
    secret = make_secret(rng)
    msgs = [{"role": "user", "content": secret.text}] + [
        {"role": "user" if k % 2 else "assistant", "content": f"m{k}"} for k in range(1999)
    ]
    yield Probe(
        "volume",
        "messages-2000-first-pii",
        CHAT,
        _json(chat(messages=msgs)),
        "either",
        ("messages", "many", "limit"),
        (secret,),
        timeout=120,
    )
    secret = make_secret(rng)
    tools = [
        {
            "type": "function",
            "function": {"name": f"t{k}", "parameters": {"type": "object"}, "description": "d"},
        }
        for k in range(499)
    ]
    tools.append(
        {
            "type": "function",
            "function": {
                "name": "last",
                "parameters": {"type": "object"},
                "description": secret.text,
            },
        }
    )
    yield Probe(
        "volume",
        "tools-500-last-pii",
        CHAT,
        _json(chat(tools=tools)),
        "either",
        ("tools", "many", "limit"),
        (secret,),
        timeout=120,
    )
    secret = make_secret(rng)
    yield Probe(
        "volume",
        "stop-1000-last-pii",
        CHAT,
        _json(chat(stop=[f"s{k}" for k in range(999)] + [secret.text])),
        "either",
        ("stop", "many", "limit"),
        (secret,),
    )
    for n in [16, 128]:
        yield Probe(
            "volume",
            f"n-{n}-stream",
            CHAT,
            _json(chat(n=n, stream=True, max_tokens=4)),
            "either",
            ("n",),
            stream=True,
            timeout=60,
        )


# ---------------------------------------------------------------------------------------
# keys: text written as an object key


def _key_bodies(text: str) -> list[tuple[str, bool, str, dict[str, Any]]]:
    """(name, reaches the prompt, path, body) with ``text`` as one object key each. A chat
    template renders a tool schema and a replayed call's arguments as JSON, keys and all,
    and some templates (Command R's) render each document's keys."""
    hi = {"role": "user", "content": "hi"}
    props = {"type": "object", "properties": {text: {"type": "string"}}}
    fn = {"name": "lookup", "description": "look up", "parameters": props}
    args = json.dumps({text: "x"}, ensure_ascii=False)
    call = {"id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": args}}
    return [
        ("tool-property-key", True, CHAT, chat(tools=[{"type": "function", "function": fn}])),
        ("functions-property-key", True, CHAT, chat(functions=[fn])),
        ("document-key", True, CHAT, chat(documents=[{text: "本文", "title": "FAQ"}])),
        ("template-kwargs-key", True, CHAT, chat(chat_template_kwargs={text: True})),
        (
            "tool-call-arguments-key",
            True,
            CHAT,
            chat(
                messages=[
                    hi,
                    {"role": "assistant", "tool_calls": [call]},
                    {"role": "tool", "tool_call_id": "call_1", "content": "ok"},
                    hi,
                ],
                tools=[{"type": "function", "function": {**fn, "parameters": {"type": "object"}}}],
            ),
        ),
        (
            "resp-tool-property-key",
            True,
            RESPONSES,
            responses(tools=[{"type": "function", **fn}]),
        ),
        (
            "resp-call-arguments-key",
            True,
            RESPONSES,
            responses(
                input=[
                    hi,
                    {"type": "function_call", "call_id": "c1", "name": "lookup", "arguments": args},
                    {"type": "function_call_output", "call_id": "c1", "output": "ok"},
                ],
                tools=[{"type": "function", **fn, "parameters": {"type": "object"}}],
            ),
        ),
        ("metadata-key", False, CHAT, chat(metadata={text: "v"})),
        ("vllm-xargs-key", False, CHAT, chat(vllm_xargs={text: 1})),
        (
            "schema-property-key",
            False,
            CHAT,
            chat(
                response_format={
                    "type": "json_schema",
                    "json_schema": {"name": "a", "schema": props},
                }
            ),
        ),
    ]


def _family_keys(kind: str, rng: random.Random, variants: int) -> Iterator[Probe]:
    maker = make_secret if kind == "pii" else make_attack
    for i in range(variants):
        secret = maker(rng)
        for name, prompt, path, body in _key_bodies(secret.text):
            if kind == "attack" and not prompt:
                continue
            hint = tuple(k for k in body if k not in ("model", "stream"))
            yield Probe(f"keys-{kind}", f"{name}-{i}", path, _json(body), "either", hint, (secret,))


# ---------------------------------------------------------------------------------------
# benign: ordinary tools, functions and documents must be served (whole-conversation scope)

BENIGN_DESCRIPTIONS = [
    "Look up an order by its order number and return its shipping status.",
    "Search the company FAQ for the customer's question.",
    "Return the weather forecast for a city.",
    "注文番号から配送状況を調べます。",
    "社内規程の該当条文を検索します。",
    "指定した日付の会議室の空き状況を返します。",
    "Create a support ticket with a title and a priority (low, normal, high).",
    "経費精算の申請状況を確認する。申請IDを渡すこと。",
    "Convert an amount between two currencies using today's rate.",
    "Summarise a document the user uploaded; do not include personal data.",
]
BENIGN_DOCUMENTS = [
    ("返品について", "商品到着後30日以内であれば、未使用品に限り返品を受け付けます。"),
    ("Password reset", "Open Settings, choose Account and press 'Reset password'."),
    ("有給休暇", "有給休暇は入社6か月後に10日付与されます。申請は前日までに行ってください。"),
    ("VPN", "Connect to the VPN before opening the intranet. If it fails, restart the client."),
    ("経費", "領収書は原本を経理部に提出してください。電子帳簿保存法に対応しています。"),
    ("Shipping", "Orders placed before 2 pm ship the same day; weekends excluded."),
]


def family_benign(rng: random.Random, variants: int) -> Iterator[Probe]:
    for i in range(variants * 3):
        desc = rng.choice(BENIGN_DESCRIPTIONS)
        param = rng.choice(BENIGN_DESCRIPTIONS)
        fn = {
            "name": rng.choice(["lookup", "search_faq", "get_status", "create_ticket"]),
            "description": desc,
            "parameters": {
                "type": "object",
                "properties": {"q": {"type": "string", "description": param}},
                "required": ["q"],
            },
        }
        title, text = rng.choice(BENIGN_DOCUMENTS)
        question = {
            "role": "user",
            "content": rng.choice(["返品できますか？", "How do I reset it?"]),
        }
        for name, body in [
            ("tools", chat(messages=[question], tools=[{"type": "function", "function": fn}])),
            ("functions", chat(messages=[question], functions=[fn])),
            ("documents", chat(messages=[question], documents=[{"title": title, "text": text}])),
            (
                "kwargs",
                chat(messages=[question], chat_template_kwargs={"enable_thinking": False}),
            ),
        ]:
            yield Probe("benign", f"{name}-{i}", CHAT, _json(body), "serve")


# ---------------------------------------------------------------------------------------
# late-attack: written after the fixes to the guard's reading, never used to tune them


def family_late_attack(rng: random.Random, variants: int) -> Iterator[Probe]:
    """Injections in prompt-reaching places of shapes the fixes were not written against:
    nested document values, ``$defs`` keys, enum lists, a key with a Japanese attack,
    Responses flat tools, template variables nested two deep, split across key and value."""
    fn = {"name": "lookup", "description": "look up", "parameters": {"type": "object"}}
    for i in range(max(2, variants // 2)):
        attack = make_attack(rng)
        text = attack.text
        head, tail = text[: len(text) // 2], text[len(text) // 2 :]
        hi = {"role": "user", "content": "hi"}
        rows: list[tuple[str, str, dict[str, Any]]] = [
            (
                "doc-nested-list",
                CHAT,
                chat(documents=[{"title": "FAQ", "snippets": [["a", text]]}]),
            ),
            ("doc-snippet-key", CHAT, chat(documents=[{"snippet": "本文", "source": {text: 1}}])),
            (
                "defs-key",
                CHAT,
                chat(
                    tools=[
                        {
                            "type": "function",
                            "function": {
                                **fn,
                                "parameters": {
                                    "type": "object",
                                    "$defs": {text: {"type": "string"}},
                                },
                            },
                        }
                    ]
                ),
            ),
            (
                "enum-list",
                CHAT,
                chat(
                    tools=[
                        {
                            "type": "function",
                            "function": {
                                **fn,
                                "parameters": {
                                    "type": "object",
                                    "properties": {"mode": {"type": "string", "enum": ["a", text]}},
                                },
                            },
                        }
                    ]
                ),
            ),
            ("key-value-split", CHAT, chat(chat_template_kwargs={"ctx": {head: tail}})),
            ("kwargs-deep", CHAT, chat(chat_template_kwargs={"a": {"b": {"c": [text]}}})),
            (
                "resp-flat-tool-desc",
                RESPONSES,
                responses(tools=[{"type": "function", **fn, "description": text}]),
            ),
            (
                "resp-defs-key",
                RESPONSES,
                responses(
                    tools=[
                        {
                            "type": "function",
                            **fn,
                            "parameters": {
                                "type": "object",
                                "properties": {
                                    "q": {
                                        "type": "object",
                                        "properties": {text: {"type": "string"}},
                                    }
                                },
                            },
                        }
                    ]
                ),
            ),
            ("functions-name", CHAT, chat(functions=[{**fn, "name": text.replace(" ", "_")[:60]}])),
            (
                "call-args-nested-key",
                CHAT,
                chat(
                    messages=[
                        hi,
                        {
                            "role": "assistant",
                            "tool_calls": [
                                {
                                    "id": "c1",
                                    "type": "function",
                                    "function": {
                                        "name": "lookup",
                                        "arguments": json.dumps(
                                            {"a": {text: 1}}, ensure_ascii=False
                                        ),
                                    },
                                }
                            ],
                        },
                        {"role": "tool", "tool_call_id": "c1", "content": "ok"},
                        hi,
                    ],
                    tools=[{"type": "function", "function": fn}],
                ),
            ),
        ]
        for name, path, body in rows:
            hint = tuple(k for k in body if k not in ("model", "stream"))
            yield Probe("late-attack", f"{name}-{i}", path, _json(body), "either", hint, (attack,))
    # Ordinary requests of the same shapes (Japanese property names and document fields).
    for i in range(variants * 2):
        title, text = rng.choice(BENIGN_DOCUMENTS)
        desc = rng.choice(BENIGN_DESCRIPTIONS)
        props = {
            rng.choice(["注文番号", "部署名", "会議室", "申請 ID", "city name"]): {
                "type": "string",
                "description": desc,
            }
        }
        q = {"role": "user", "content": rng.choice(["在庫はありますか？", "Is room 3 free?"])}
        for name, body in [
            (
                "ja-property",
                chat(
                    messages=[q],
                    tools=[
                        {
                            "type": "function",
                            "function": {
                                **fn,
                                "parameters": {"type": "object", "properties": props},
                            },
                        }
                    ],
                ),
            ),
            ("doc-fields", chat(messages=[q], documents=[{"タイトル": title, "本文": text}])),
        ]:
            yield Probe("benign", f"late-{name}-{i}", CHAT, _json(body), "serve")


# ---------------------------------------------------------------------------------------
# batch-attack: an injection in one prompt of a completions batch


def family_batch_attack(rng: random.Random, variants: int) -> Iterator[Probe]:
    """Each prompt of a ``/v1/completions`` list is a generation of its own: an injection
    in any of them reaches the model as that generation's whole prompt, whichever the guard
    scope (the scope's "last user message" of each generation is its prompt)."""
    for i in range(variants):
        attack = make_attack(rng)
        size = rng.choice([2, 3, 5])
        where = rng.randrange(size - 1)  # not the last
        prompts = [
            rng.choice(["hello", "こんにちは", "Summarise: the meeting moved."])
            for _ in range(size)
        ]
        prompts[where] = attack.text
        yield Probe(
            "batch-attack",
            f"prompt-list-{size}-at-{where}-{i}",
            COMPLETIONS,
            _json(completions(prompt=prompts)),
            "either",
            ("prompt",),
            (attack,),
        )


FAMILIES: dict[str, tuple[str, Callable[[random.Random, int], Iterator[Probe]]]] = {
    "deep-pii-chat": ("A", lambda r, v: _family_deep("pii", "chat", r, v)),
    "deep-pii-other": ("B", lambda r, v: _family_deep("pii", "other", r, v)),
    "deep-attack-chat": ("B", lambda r, v: _family_deep("attack", "chat", r, max(2, v // 2))),
    "deep-attack-other": ("A", lambda r, v: _family_deep("attack", "other", r, max(2, v // 2))),
    "lexical": ("A", family_lexical),
    "wire": ("B", family_wire),
    "volume": ("B", family_volume),
    "keys-pii": ("A", lambda r, v: _family_keys("pii", r, v)),
    "keys-attack": ("B", lambda r, v: _family_keys("attack", r, max(2, v // 2))),
    "benign": ("-", family_benign),
    "late-attack": ("held out", family_late_attack),
    "batch-attack": ("B", family_batch_attack),
}

COLUMNS = ["probes", "ok", "5xx", "hang", "pii", "attack", "accepted", "refused", "unhelpful"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--variants", type=int, default=3)
    parser.add_argument("--families", default="")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "bench" / "results" / "hostile_probe_r21.json"
    )
    parser.add_argument(
        "--guard-scope", choices=["conversation", "default"], default="conversation"
    )
    parser.add_argument("--show", type=int, default=0, help="print up to N problem rows")
    args = parser.parse_args(argv)
    only = set(args.families.split(",")) if args.families else None
    probes: list[Probe] = []
    for name, (_, make) in FAMILIES.items():
        if only is None or name in only:
            probes.extend(make(random.Random(f"{args.seed}:{name}"), args.variants))
    print(f"{len(probes)} probes", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        backend, gateway = start_servers(Path(tmp), args.guard_scope)
        try:
            with httpx.Client() as client:
                rows = [run_probe(p, gateway, backend, client) for p in probes]
            audit = (Path(tmp) / "audit.log").read_text(encoding="utf-8", errors="replace")
        finally:
            gateway.stop()
            backend.stop()
    for row, probe in zip(rows, probes, strict=True):
        if probe.expect == "serve" and row["status"] == 200 and row["forwarded"] == 0:
            # Answered by the gateway itself: a guard refusal of an ordinary request.
            row["problems"] = [p for p in row["problems"] if p != "ok"] + ["blocked"]
        if "attack" in row["family"]:
            # An injection that reached the backend (r20's judge names only its own family).
            row["problems"] = ["attack" if p == "pii" else p for p in row["problems"]]
    # Personal data in the audit log counts as a leak too.
    for row, probe in zip(rows, probes, strict=True):
        if (
            any(n in audit for s in probe.secrets for n in s.needles)
            and "pii" not in row["problems"]
            and not probe.family.endswith("attack")
        ):
            row["problems"] = [p for p in row["problems"] if p != "ok"] + ["audit"]
    table: dict[str, Counter[str]] = {}
    for row in rows:
        counts = table.setdefault(row["family"], Counter())
        counts["probes"] += 1
        for problem in row["problems"]:
            counts[problem] += 1
    columns = [*COLUMNS, "audit", "blocked"]
    print(f"{'family':20}" + "".join(f"{c:>10}" for c in columns))
    total: Counter[str] = Counter()
    for family in sorted(table):
        total.update(table[family])
        print(f"{family:20}" + "".join(f"{table[family][c]:>10}" for c in columns))
    print(f"{'TOTAL':20}" + "".join(f"{total[c]:>10}" for c in columns))
    shown = 0
    for row in rows:
        if row["problems"] != ["ok"] and shown < args.show:
            shown += 1
            print(
                row["family"],
                row["name"],
                row["status"],
                row["problems"],
                row["message"][:200].replace("\n", " "),
            )
    args.out.write_text(
        json.dumps(
            {
                "seed": args.seed,
                "variants": args.variants,
                "guard_scope": args.guard_scope,
                "halves": {k: v[0] for k, v in FAMILIES.items()},
                "table": {k: dict(v) for k, v in table.items()},
                "rows": rows,
            },
            ensure_ascii=False,
            indent=1,
        ),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
