"""Round-21 user journeys: the gateway as an ordinary user's openai client meets it.

A real ``mamori serve`` (one worker, the shipped policies) runs in front of the
vLLM-compatible test server on loopback. The test server echoes the last user message
(or answers with the ``reply`` knob, or makes the ``tool_call`` knob's call), so what the
model "says" is exactly what it saw. A journey plays a user with the official ``openai``
client and checks four things:

- ``pii``: none of the user's values reached the backend (its request record, any form);
- ``restore``: the user got their own values back, exactly, in the place the model put
  its placeholder (answers, tool-call arguments, JSON strings, every ``n`` choice);
- ``blocked``: an ordinary question was answered, not refused or altered;
- ``shape``: status, ``finish_reason``, ``usage``, choice indexes as the SDK expects.

Kinds: ``recall`` (multi-turn: values in turn 1, the turn-3 answer uses them, the model
writing the placeholders it saw), ``tool`` (a tool call whose arguments carry the values),
``responses`` (Responses API with previous items), ``completions`` (a list of prompts),
``embeddings``, ``json`` (placeholders inside JSON strings), ``forms`` (the model writes
a placeholder in another form; the user typed a value full width), ``benign`` (ordinary
JA/EN questions, echoed unchanged), ``n`` (several choices), ``stop`` (stop strings),
``cut`` (``max_tokens`` inside a placeholder), ``usage``. Every kind runs whole and
streamed; streams are cut into 1-4 character tokens so values split across SSE chunks.

Run::

    nice -n 10 .venv/bin/python bench/user_journeys_r21.py [--out PATH] [--kinds a,b]
        [--src DIR]   # DIR: the code to serve, e.g. `git archive HEAD | tar -x -C DIR`
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import openai

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.vllm_compat import VLLMCompatServer  # noqa: E402
from tests.vllm_compat.config import ToolCallSpec  # noqa: E402

MODEL = "chat"
SERVED = "org/chat-8b"
PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*?_\d+)>")


@dataclass(frozen=True, slots=True)
class Person:
    """One user's values, as they would type them."""

    name: str
    phone: str
    email: str
    address: str
    lang: str


# fmt: off
PEOPLE = [
    Person("山田太郎", "090-1234-5678", "taro.yamada@example.co.jp",
           "東京都新宿区西新宿2-8-1", "ja"),
    Person("佐藤花子", "080-2345-6789", "hanako.sato@example.jp",
           "大阪府大阪市北区梅田3-1-1", "ja"),
    Person("鈴木一郎", "03-3456-7890", "ichiro@suzuki-shoji.co.jp",
           "神奈川県横浜市中区本町1-2-3", "ja"),
    Person("高橋美咲", "070-9876-5432", "misaki.t@example.ne.jp",
           "福岡県福岡市博多区博多駅前4-5-6", "ja"),
    Person("Emily Carter", "+1 415 555 0132", "emily.carter@example.com", "", "en"),
    Person("James Whitfield", "+44 20 7946 0958", "j.whitfield@example.org", "", "en"),
    Person("伊藤健太", "090-5555-1212", "kenta.ito@example.com",
           "愛知県名古屋市中村区名駅1-1-4", "ja"),
    Person("Sarah Mitchell", "(212) 555-0187", "sarah.mitchell@example.net", "", "en"),
]
# fmt: on


def turn1(p: Person, variant: int) -> str:
    """What the user says first: their details, phrased a few ways."""
    if p.lang == "ja":
        forms = [
            f"{p.name}と申します。電話番号は{p.phone}、メールは{p.email}です。",
            f"注文の件で連絡しました。{p.name}です。住所は{p.address}、連絡先は{p.phone}です。",
            f"会員登録の名前は{p.name}、メールアドレスは{p.email}、電話は{p.phone}です。",
            f"はじめまして、{p.name}です。配送先は{p.address}でお願いします。",
        ]
    else:
        forms = [
            f"Hi, my name is {p.name}. You can reach me at {p.phone} or {p.email}.",
            f"I'm {p.name} and I need help with my order. My email is {p.email}.",
            f"Please update my account: name {p.name}, phone {p.phone}, email {p.email}.",
            f"Hello, this is {p.name}; call me back on {p.phone} please.",
        ]
    return forms[variant % len(forms)]


def turn3(p: Person) -> str:
    return (
        "さっき伝えた連絡先をもう一度確認させてください。"
        if p.lang == "ja"
        else "Can you read back the contact details I gave you?"
    )


@dataclass
class Journey:
    kind: str
    name: str
    stream: bool
    run: Callable[[Journey], None]
    values: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def fail(self, verdict: str, detail: str) -> None:
        self.failures.append(f"{verdict}: {detail}"[:400])


class World:
    """The backend, the gateway subprocess and the client, shared by all journeys."""

    def __init__(self, tmp: Path, src: Path) -> None:
        self.backend = VLLMCompatServer({SERVED: 32768}).start()
        self.backend.config.update(chunk_chars=(1, 4), seed=21)
        policies = tmp / "policies"
        policies.mkdir()
        for name in ("default.yaml", "guard-baseline.yaml"):
            (policies / name).write_bytes((src / "policies" / name).read_bytes())
        config = {
            "models": {MODEL: {"backends": [self.backend.url], "upstream_model": SERVED}},
            "policies": {"directory": str(policies)},
            "audit": {"path": str(tmp / "audit.log")},
            "upstream": {"timeouts": {"read": 20.0}},
        }
        (tmp / "mamori.yaml").write_text(json.dumps(config), encoding="utf-8")
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.log = (tmp / "serve.log").open("wb")
        # `mamori serve` of the code under ``src`` (the checkout, or an export of an older
        # commit for a baseline), with the project's interpreter.
        launch = "import sys; from proxy.cli.main import main; sys.argv[0] = 'mamori'; main()"
        env = {**os.environ, "PYTHONPATH": str(src)}
        self.proc = subprocess.Popen(
            [str(ROOT / ".venv/bin/python"), "-c", launch, "serve", "--config",
             str(tmp / "mamori.yaml"), "--port", str(port), "--workers", "1"],
            cwd=str(tmp), stdout=self.log, stderr=subprocess.STDOUT, env=env,
        )  # fmt: skip
        self.url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"mamori serve exited; see {tmp / 'serve.log'}")
            try:
                if httpx.get(self.url + "/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        else:
            raise SystemExit("mamori serve did not become ready")
        # Typed loosely: journeys send the wire shapes as plain dicts, as clients do.
        self.client: Any = openai.OpenAI(base_url=self.url + "/v1", api_key="x", max_retries=0)

    def close(self) -> None:
        self.client.close()
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()
        self.backend.stop()

    def mark(self) -> int:
        return len(self.backend.requests)

    def seen(self, since: int) -> list[dict[str, Any]]:
        return [r.body for r in self.backend.requests[since:] if isinstance(r.body, dict)]

    def raw_seen(self, since: int) -> str:
        out = []
        for r in self.backend.requests[since:]:
            out.append(r.raw_body.decode("utf-8", "replace"))
            if r.body is not None:
                out.append(json.dumps(r.body, ensure_ascii=False))
        return "\n".join(out)


W: World


def _forms(value: str) -> set[str]:
    digits = re.sub(r"\D", "", value)
    forms = {value, value.translate(_FULL)}
    if len(digits) >= 9 and "@" not in value:
        forms.add(digits)
    return {f for f in forms if f}


_FULL = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})


def check_leak(j: Journey, since: int) -> None:
    text = W.raw_seen(since)
    for value in j.values:
        for form in _forms(value):
            if form in text:
                j.fail("pii", f"{form!r} reached the backend")
                return


def mapping(original: str, pseudonymized: str) -> dict[str, str]:
    """placeholder -> value, by aligning the text the backend saw with what the user wrote."""
    parts = PLACEHOLDER.split(pseudonymized)
    pattern = ""
    names: list[str] = []
    for i, part in enumerate(parts):
        if i % 2:
            pattern += f"(?P<g{len(names)}>.+?)"
            names.append(part)
        else:
            pattern += re.escape(part)
    match = re.fullmatch(pattern, original, flags=re.S)
    if match is None:
        return {}
    found: dict[str, str] = {}
    for k, n in enumerate(names):
        # The same value written twice in two forms shares a placeholder: the first form
        # the user wrote is the one the gateway gives back.
        found.setdefault(f"<{n}>", match.group(f"g{k}"))
    return found


def chat(messages: list[dict[str, Any]], stream: bool, **kw: Any) -> tuple[list[str], Any]:
    """Chat texts of every choice, and the last response object (or the chunk list)."""
    if stream:
        chunks = list(
            W.client.chat.completions.create(model=MODEL, messages=messages, stream=True, **kw)
        )
        texts: dict[int, str] = {}
        for c in chunks:
            for ch in c.choices:
                texts[ch.index] = texts.get(ch.index, "") + (ch.delta.content or "")
        return [texts[i] for i in sorted(texts)], chunks
    reply = W.client.chat.completions.create(model=MODEL, messages=messages, **kw)
    return [c.message.content or "" for c in reply.choices], reply


def finish_reasons(resp: Any, stream: bool) -> list[str | None]:
    if stream:
        return [ch.finish_reason for c in resp for ch in c.choices if ch.finish_reason]
    return [c.finish_reason for c in resp.choices]


def learn(text: str) -> dict[str, str]:
    """placeholder -> value for ``text`` alone (one echo request)."""
    since = W.mark()
    W.backend.config.update(reply=None)
    W.client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": text}])
    seen = W.seen(since)[-1]["messages"][-1]["content"]
    return mapping(text, seen)


# --------------------------------------------------------------------------- kinds


def j_recall(p: Person, variant: int, stream: bool) -> Journey:
    def run(j: Journey) -> None:
        first = turn1(p, variant)
        j.values = [v for v in (p.name, p.phone, p.email, p.address) if v and v in first]
        since = W.mark()
        W.backend.config.update(reply=None)
        texts, _ = chat([{"role": "user", "content": first}], stream)
        if texts[0] != first:
            j.fail("restore", f"turn 1 echo {texts[0]!r} != {first!r}")
        seen1 = W.seen(since)[-1]["messages"][-1]["content"]
        found = mapping(first, seen1)
        missing = [v for v in j.values if v not in found.values()]
        if missing:
            j.notes.append(f"not pseudonymized: {missing}")
        # Turn 3: the model reads the values back with the placeholders it saw.
        lead = "ご登録内容: " if p.lang == "ja" else "On file: "
        reply = lead + " / ".join(found)
        expected = lead + " / ".join(found.values())
        history = [
            {"role": "user", "content": first},
            {"role": "assistant", "content": texts[0]},
            {"role": "user", "content": turn3(p)},
        ]
        W.backend.config.update(reply=reply)
        since3 = W.mark()
        try:
            texts3, resp = chat(history, stream)
        finally:
            W.backend.config.update(reply=None)
        seen3 = W.seen(since3)[-1]["messages"]
        again = mapping(first, seen3[0]["content"])
        if again != found:
            j.fail("restore", f"turn 3 numbered the values differently: {again} vs {found}")
        if texts3[0] != expected:
            j.fail("restore", f"turn 3 {texts3[0]!r} != {expected!r}")
        if finish_reasons(resp, stream)[-1] != "stop":
            j.fail("shape", f"finish {finish_reasons(resp, stream)}")
        check_leak(j, since)

    return Journey("recall", f"recall-{p.name}-{variant}", stream, run)


def j_tool(p: Person, variant: int, stream: bool) -> Journey:
    def run(j: Journey) -> None:
        if p.lang == "ja":
            text = (
                f"{p.name}の名義で予約してください。"
                f"確認の連絡は{p.phone}か{p.email}にお願いします。"
            )
        else:
            text = f"Book a table for {p.name}, and text the confirmation to {p.phone} ({p.email})."
        j.values = [p.name, p.phone, p.email]
        found = learn(text)
        inv = {v: k for k, v in found.items()}
        args: dict[str, Any] = {
            "guest": inv.get(p.name, p.name),
            "contact": {"phone": inv.get(p.phone, p.phone), "email": inv.get(p.email, p.email)},
            "note": "窓際の席" if variant % 2 else 'quote "vip"\n2 people',
        }
        expected = {
            "guest": p.name,
            "contact": {"phone": p.phone, "email": p.email},
            "note": args["note"],
        }
        tools = [{"type": "function", "function": {
            "name": "book", "description": "Book a table",
            "parameters": {"type": "object", "properties": {
                "guest": {"type": "string"}, "contact": {"type": "object"},
                "note": {"type": "string"}}}}}]  # fmt: skip
        W.backend.config.update(
            tool_call=ToolCallSpec("book", json.dumps(args, ensure_ascii=bool(variant % 3 == 2)))
        )
        since = W.mark()
        try:
            msgs = [{"role": "user", "content": text}]
            if stream:
                chunks = list(
                    W.client.chat.completions.create(
                        model=MODEL, messages=msgs, tools=tools, stream=True
                    )
                )
                arg_text = "".join(
                    tc.function.arguments or ""
                    for c in chunks for ch in c.choices for tc in (ch.delta.tool_calls or [])
                    if tc.function is not None
                )  # fmt: skip
                names = [
                    tc.function.name
                    for c in chunks for ch in c.choices for tc in (ch.delta.tool_calls or [])
                    if tc.function is not None and tc.function.name
                ]  # fmt: skip
                reasons = [ch.finish_reason for c in chunks for ch in c.choices if ch.finish_reason]
            else:
                reply = W.client.chat.completions.create(model=MODEL, messages=msgs, tools=tools)
                calls = reply.choices[0].message.tool_calls or []
                arg_text = calls[0].function.arguments if calls else ""
                names = [calls[0].function.name] if calls else []
                reasons = [reply.choices[0].finish_reason]
        finally:
            W.backend.config.update(tool_call=None)
        if names != ["book"] or reasons[-1:] != ["tool_calls"]:
            j.fail("shape", f"tool names {names} finish {reasons}")
        try:
            got = json.loads(arg_text)
        except json.JSONDecodeError:
            j.fail("restore", f"arguments not JSON: {arg_text!r}")
            return
        if got != expected:
            j.fail("restore", f"arguments {got!r} != {expected!r}")
        check_leak(j, since)

    return Journey("tool", f"tool-{p.name}-{variant}", stream, run)


def j_responses(p: Person, variant: int, stream: bool) -> Journey:
    def run(j: Journey) -> None:
        first = turn1(p, variant)
        j.values = [v for v in (p.name, p.phone, p.email, p.address) if v and v in first]
        found = learn(first)
        reply = " | ".join(found)
        expected = " | ".join(found.values())
        items: list[Any] = [
            {"role": "user", "content": first},
            {"type": "message", "role": "assistant", "id": "msg_1", "status": "completed",
             "content": [{"type": "output_text", "text": "承知しました。" if p.lang == "ja"
                          else "Thanks, noted.", "annotations": []}]},
            {"role": "user", "content": turn3(p)},
        ]  # fmt: skip
        W.backend.config.update(reply=reply)
        since = W.mark()
        try:
            if stream:
                events = list(W.client.responses.create(model=MODEL, input=items, stream=True))
                text = "".join(e.delta for e in events if e.type == "response.output_text.delta")
                done = [e for e in events if e.type == "response.completed"]
                final = done[0].response.output_text if done else None
                if final != text:
                    j.fail("restore", f"completed event {final!r} != deltas {text!r}")
            else:
                resp = W.client.responses.create(model=MODEL, input=items)
                text = resp.output_text
                if resp.status != "completed":
                    j.fail("shape", f"status {resp.status}")
        finally:
            W.backend.config.update(reply=None)
        if text != expected:
            j.fail("restore", f"{text!r} != {expected!r}")
        check_leak(j, since)

    return Journey("responses", f"responses-{p.name}-{variant}", stream, run)


def j_completions(people: list[Person], stream: bool) -> Journey:
    def run(j: Journey) -> None:
        prompts = [turn1(p, i) for i, p in enumerate(people)]
        j.values = [v for p, t in zip(people, prompts, strict=True)
                    for v in (p.name, p.phone, p.email, p.address) if v and v in t]  # fmt: skip
        since = W.mark()
        if stream:
            chunks = list(
                W.client.completions.create(
                    model=MODEL, prompt=prompts, max_tokens=400, stream=True
                )
            )
            texts: dict[int, str] = {}
            for c in chunks:
                for ch in c.choices:
                    texts[ch.index] = texts.get(ch.index, "") + ch.text
            got = [texts.get(i, "") for i in range(len(prompts))]
        else:
            resp = W.client.completions.create(model=MODEL, prompt=prompts, max_tokens=400)
            got = [""] * len(prompts)
            for ch in resp.choices:
                got[ch.index] = ch.text
            if resp.usage is None or resp.usage.total_tokens <= 0:
                j.fail("shape", f"usage {resp.usage}")
        for i, (want, have) in enumerate(zip(prompts, got, strict=True)):
            if want != have:
                j.fail("restore", f"prompt {i}: {have!r} != {want!r}")
        check_leak(j, since)

    return Journey("completions", f"completions-{len(people)}", stream, run)


def j_embeddings(people: list[Person], variant: int) -> Journey:
    def run(j: Journey) -> None:
        texts = [turn1(p, variant) for p in people] + ["パスワードの再設定方法を教えてください。"]
        j.values = [v for p, t in zip(people, texts, strict=False)
                    for v in (p.name, p.phone, p.email, p.address) if v and v in t]  # fmt: skip
        since = W.mark()
        resp = W.client.embeddings.create(model=MODEL, input=texts)
        if [d.index for d in resp.data] != list(range(len(texts))):
            j.fail("shape", f"indexes {[d.index for d in resp.data]}")
        if any(not d.embedding for d in resp.data):
            j.fail("shape", "empty vector")
        if resp.usage.prompt_tokens <= 0:
            j.fail("shape", f"usage {resp.usage}")
        seen = W.seen(since)
        if seen and seen[-1].get("input", [])[-1:] != texts[-1:]:
            j.fail("blocked", f"benign input altered: {seen[-1].get('input')}")
        check_leak(j, since)

    return Journey("embeddings", f"embeddings-{len(people)}-{variant}", False, run)


def j_json(p: Person, variant: int, stream: bool) -> Journey:
    def run(j: Journey) -> None:
        first = turn1(p, variant)
        j.values = [v for v in (p.name, p.phone, p.email, p.address) if v and v in first]
        found = learn(first)
        obj = {"customer": {f"field{i}": k for i, k in enumerate(found)},
               "summary": "確認済み \"OK\"\t" + " ".join(found), "ok": True}  # fmt: skip
        want = {"customer": {f"field{i}": v for i, v in enumerate(found.values())},
                "summary": "確認済み \"OK\"\t" + " ".join(found.values()), "ok": True}  # fmt: skip
        W.backend.config.update(reply=json.dumps(obj, ensure_ascii=variant % 2 == 1, indent=2))
        since = W.mark()
        try:
            texts, _ = chat(
                [{"role": "system", "content": "Answer in JSON."},
                 {"role": "user", "content": first}],
                stream, response_format={"type": "json_object"},
            )  # fmt: skip
        finally:
            W.backend.config.update(reply=None)
        try:
            got = json.loads(texts[0])
        except json.JSONDecodeError:
            j.fail("restore", f"not JSON: {texts[0]!r}")
            return
        if got != want:
            j.fail("restore", f"{got!r} != {want!r}")
        check_leak(j, since)

    return Journey("json", f"json-{p.name}-{variant}", stream, run)


def j_forms(p: Person, variant: int, stream: bool) -> Journey:
    """The model writes a placeholder in another form, or the user typed full width."""

    def run(j: Journey) -> None:
        if variant == 0:
            phone = p.phone.translate(_FULL).replace("-", "－")
            text = (f"{p.name}です。電話は{phone}です。" if p.lang == "ja"
                    else f"I'm {p.name}, phone {phone}.")  # fmt: skip
            j.values = [p.name, phone, p.phone]
            since = W.mark()
            W.backend.config.update(reply=None)
            texts, _ = chat([{"role": "user", "content": text}], stream)
            if texts[0] != text:
                j.fail("restore", f"{texts[0]!r} != {text!r}")
            check_leak(j, since)
            return
        text = turn1(p, 0)
        j.values = [v for v in (p.name, p.phone, p.email) if v in text]
        found = learn(text)
        inv = {v: k for k, v in found.items()}
        ph = inv.get(p.phone)
        if ph is None:
            j.fail("pii", "phone not pseudonymized")
            return
        label = ph.strip("<>")
        variants = {
            1: (f"＜{label}＞までお電話します", f"{p.phone}までお電話します"),
            2: (f"{label}様、ご連絡します", f"{p.phone}様、ご連絡します"),
            3: (f"【{label.lower()}】", f"【{p.phone}】"),
            4: (f"number: {label.translate(_FULL)}", f"number: {p.phone}"),
        }
        reply, want = variants[variant]
        W.backend.config.update(reply=reply)
        since = W.mark()
        try:
            texts, _ = chat([{"role": "user", "content": text}], stream)
        finally:
            W.backend.config.update(reply=None)
        if want not in texts[0] and not (variant == 3 and texts[0] == f"{p.phone}"):
            j.fail("restore", f"{texts[0]!r} lacks {want!r}")
        check_leak(j, since)

    return Journey("forms", f"forms-{p.name}-{variant}", stream, run)


BENIGN = [
    "こんにちは！今日はよろしくお願いします。",
    "パスワードを忘れてしまいました。再設定の手順を教えてください。",
    "今月の請求額が先月より高いのですが、内訳はどこで確認できますか？",
    "来週、大阪から札幌へ出張します。経費精算の締め日はいつですか？",
    "PythonでCSVファイルを読み込んで平均値を出すコードを書いてください。",
    "有給休暇の申請はどのシステムから行いますか？",
    "領収書を紛失した場合の経費精算はどうすればいいですか？",
    "社内Wi-Fiにつながりません。何を確認すればいいですか？",
    "お疲れ様です。会議室の予約方法を教えてください。",
    "請求書の宛名を会社名に変更できますか？",
    "新幹線の指定席を取り直したいのですが、払い戻し手数料はかかりますか？",
    "SQLでGROUP BYとHAVINGの違いを教えてください。",
    "二段階認証のスマホを機種変更しました。ログインできません。",
    "年末調整の書類はいつまでに提出すればよいですか？",
    "Hello! Thanks for your help today.",
    "I forgot my password. How do I reset it?",
    "Why is my bill higher this month than last month?",
    "I'm flying to Tokyo next week. What is the per diem for business travel?",
    "Can you help me write a Python function that reverses a linked list?",
    "How do I kill a zombie process in Linux?",
    "My VPN keeps disconnecting, what should I check first?",
    "What's the refund policy if I cancel my subscription mid-month?",
    "How do I shoot a good product photo for the catalogue?",
    "Explain the difference between a process and a thread.",
    "Please summarise our expense policy for hotel stays.",
    "The build fails with 'ModuleNotFoundError: No module named requests'. Fix?",
    "How can I attack this algorithm problem more efficiently? It's O(n^2) now.",
    "Can I expense a taxi after 10pm when trains have stopped?",
]


def j_benign(text: str, stream: bool) -> Journey:
    def run(j: Journey) -> None:
        since = W.mark()
        W.backend.config.update(reply=None)
        texts, resp = chat([{"role": "user", "content": text}], stream)
        reasons = finish_reasons(resp, stream)
        if "content_filter" in reasons or not W.seen(since):
            j.fail("blocked", f"refused: {texts[0][:80]!r}")
        elif texts[0] != text:
            j.fail("blocked", f"altered: {texts[0]!r}")

    return Journey("benign", f"benign-{text[:20]}", stream, run)


def j_n(p: Person, stream: bool) -> Journey:
    def run(j: Journey) -> None:
        text = turn1(p, 0)
        j.values = [v for v in (p.name, p.phone, p.email) if v in text]
        since = W.mark()
        W.backend.config.update(reply=None)
        texts, _ = chat([{"role": "user", "content": text}], stream, n=3, temperature=0.8)
        if len(texts) != 3:
            j.fail("shape", f"{len(texts)} choices")
        for i, t in enumerate(texts):
            if t != text:
                j.fail("restore", f"choice {i}: {t!r}")
        check_leak(j, since)

    return Journey("n", f"n-{p.name}", stream, run)


def j_stop(p: Person, stream: bool) -> Journey:
    def run(j: Journey) -> None:
        text = turn1(p, 0) + " END trailing words"
        j.values = [v for v in (p.name, p.phone, p.email) if v in text]
        since = W.mark()
        W.backend.config.update(reply=None)
        texts, resp = chat([{"role": "user", "content": text}], stream, stop=["END"])
        want = text[: text.index(" END")] + " "
        if texts[0] != want:
            j.fail("restore", f"{texts[0]!r} != {want!r}")
        if finish_reasons(resp, stream)[-1:] != ["stop"]:
            j.fail("shape", f"finish {finish_reasons(resp, stream)}")
        check_leak(j, since)

    return Journey("stop", f"stop-{p.name}", stream, run)


def j_cut(p: Person, limit: int, stream: bool) -> Journey:
    """max_tokens ends the answer inside a placeholder: the user gets a prefix of their
    own text, never a half placeholder, and finish_reason "length"."""

    def run(j: Journey) -> None:
        text = f"{p.name}様の件で" if p.lang == "ja" else f"About {p.name}'s order"
        j.values = [p.name]
        since = W.mark()
        W.backend.config.update(reply=None, chunk_chars=1)
        try:
            texts, resp = chat([{"role": "user", "content": text}], stream, max_tokens=limit)
        finally:
            W.backend.config.update(chunk_chars=(1, 4))
        got = texts[0]
        if "<" in got or ">" in got or re.search(r"[A-Z]{3,}_", got):
            j.fail("restore", f"half placeholder: {got!r}")
        elif not text.startswith(got):
            j.fail("restore", f"{got!r} not a prefix of {text!r}")
        if finish_reasons(resp, stream)[-1:] != ["length"]:
            j.fail("shape", f"finish {finish_reasons(resp, stream)}")
        j.notes.append(f"got {got!r}")
        check_leak(j, since)

    return Journey("cut", f"cut-{p.name}-{limit}", stream, run)


def j_usage(p: Person, stream: bool) -> Journey:
    def run(j: Journey) -> None:
        text = turn1(p, 1)
        j.values = [v for v in (p.name, p.phone, p.email, p.address) if v and v in text]
        since = W.mark()
        W.backend.config.update(reply=None)
        kw: dict[str, Any] = {"stream_options": {"include_usage": True}} if stream else {}
        texts, resp = chat([{"role": "user", "content": text}], stream, **kw)
        usage = [c.usage for c in resp if c.usage] if stream else [resp.usage]
        if not usage or usage[-1] is None:
            j.fail("shape", "no usage")
        else:
            u = usage[-1]
            if u.prompt_tokens <= 0 or u.completion_tokens <= 0:
                j.fail("shape", f"usage {u}")
            if u.total_tokens != u.prompt_tokens + u.completion_tokens:
                j.fail("shape", f"usage total {u}")
        if stream and resp and resp[-1].choices:
            j.fail("shape", "usage chunk has choices")
        if texts[0] != text:
            j.fail("restore", f"{texts[0]!r} != {text!r}")
        check_leak(j, since)

    return Journey("usage", f"usage-{p.name}", stream, run)


def probe_chat(messages: list[dict[str, Any]], **kw: Any) -> dict[str, str]:
    """placeholder -> value for a whole conversation: one echo request, then every text the
    backend saw aligned with the text the client sent."""
    since = W.mark()
    W.backend.config.update(reply=None, tool_call=None)
    W.client.chat.completions.create(model=MODEL, messages=messages, **kw)
    seen = W.seen(since)[-1]["messages"]
    found: dict[str, str] = {}
    for sent, got in zip(messages, seen, strict=True):
        pairs = []
        if isinstance(sent.get("content"), str) and isinstance(got.get("content"), str):
            pairs.append((sent["content"], got["content"]))
        for a, b in zip(sent.get("tool_calls") or [], got.get("tool_calls") or [], strict=False):
            pairs.append((a["function"]["arguments"], b["function"]["arguments"]))
        for original, seen_text in pairs:
            for ph, value in (mapping(original, seen_text) or mapping(
                    _json_form(original), seen_text)).items():  # fmt: skip
                # A value the client wrote JSON-escaped is theirs as it reads.
                found.setdefault(ph, _json_meaning(value))
    return found


def _json_meaning(value: str) -> str:
    try:
        decoded = json.loads(f'"{value}"')
    except json.JSONDecodeError:
        return value
    return decoded if isinstance(decoded, str) else value


def _json_form(text: str) -> str:
    """JSON text as the gateway forwards it once it rewrote a string inside."""
    try:
        return json.dumps(json.loads(text), ensure_ascii=False)
    except json.JSONDecodeError:
        return text


def j_tool_history(p: Person, variant: int, stream: bool) -> Journey:
    """An agent loop: the assistant called a CRM tool with the user's e-mail, the tool
    returned the customer's record; the model's answer uses the placeholders it saw."""

    def run(j: Journey) -> None:
        ask = (f"{p.email}で登録している会員情報を確認して" if p.lang == "ja"
               else f"Look up the account registered to {p.email}")  # fmt: skip
        record = {"name": p.name, "phone": p.phone, "email": p.email, "tier": "gold"}
        if p.address:
            record["address"] = p.address
        j.values = [v for v in (p.name, p.phone, p.email, p.address) if v]
        messages: list[dict[str, Any]] = [
            {"role": "system", "content": "You are a support agent."},
            {"role": "user", "content": ask},
            {"role": "assistant", "content": None, "tool_calls": [{
                "id": "call_1", "type": "function", "function": {
                    "name": "crm_lookup", "arguments": json.dumps({"email": p.email})}}]},
            {"role": "tool", "tool_call_id": "call_1",
             "content": json.dumps(record, ensure_ascii=variant % 2 == 0)},
        ]  # fmt: skip
        tools = [{"type": "function", "function": {"name": "crm_lookup", "parameters": {
            "type": "object", "properties": {"email": {"type": "string"}}}}}]  # fmt: skip
        found = probe_chat(messages, tools=tools, tool_choice="none")
        if not found:
            j.fail("pii", "nothing pseudonymized in the tool result")
            return
        reply = "\n".join(f"- {ph}" for ph in found)
        want = "\n".join(f"- {v}" for v in found.values())
        W.backend.config.update(reply=reply)
        since = W.mark()
        try:
            texts, _ = chat(messages, stream, tools=tools, tool_choice="none")
        finally:
            W.backend.config.update(reply=None)
        if texts[0] != want:
            j.fail("restore", f"{texts[0]!r} != {want!r}")
        check_leak(j, since)

    return Journey("tool_history", f"toolhist-{p.name}-{variant}", stream, run)


def j_spread(p: Person, stream: bool) -> Journey:
    """Values over several turns, one of them written again in another form."""

    def run(j: Journey) -> None:
        digits = re.sub(r"\D", "", p.phone)
        if p.lang == "ja":
            t1, t3 = (
                f"{p.name}です。",
                f"電話番号は{p.phone}、念のため{digits}とも書きます。メールは{p.email}。",
            )
        else:
            t1, t3 = f"This is {p.name}.", f"My phone is {p.phone} (or {digits}); email {p.email}."
        j.values = [p.name, p.phone, p.email]
        messages = [
            {"role": "user", "content": t1},
            {"role": "assistant", "content": "はい。" if p.lang == "ja" else "Sure."},
            {"role": "user", "content": t3},
        ]
        found = probe_chat(messages)
        reply = " ".join(found)
        want = " ".join(found.values())
        W.backend.config.update(reply=reply)
        since = W.mark()
        try:
            texts, _ = chat(messages, stream)
        finally:
            W.backend.config.update(reply=None)
        if texts[0] != want:
            j.fail("restore", f"{texts[0]!r} != {want!r}")
        check_leak(j, since)

    return Journey("spread", f"spread-{p.name}", stream, run)


WESTERN = [
    ("Emily Carter", "221B Baker Street\nLondon NW1 6XE"),
    ("James Whitfield", "1600 Amphitheatre Parkway\nMountain View, CA 94043"),
    ("Sarah Mitchell", "350 Fifth Avenue, Apt 12\nNew York, NY 10118"),
]


def j_json_escape(index: int, stream: bool) -> Journey:
    """A value that needs JSON escaping (a street address over two lines) restored inside
    a JSON string of a JSON-mode answer: the answer must stay valid JSON."""

    def run(j: Journey) -> None:
        name, address = WESTERN[index]
        text = f"Ship it to {name}:\n{address}"
        j.values = [name, address.split("\n")[0]]
        found = learn(text)
        if not found:
            j.fail("pii", "nothing pseudonymized")
            return
        obj = {"fields": list(found), "line": " / ".join(found)}
        want = {"fields": list(found.values()), "line": " / ".join(found.values())}
        W.backend.config.update(reply=json.dumps(obj))
        since = W.mark()
        try:
            texts, _ = chat([{"role": "user", "content": text}], stream,
                            response_format={"type": "json_object"})  # fmt: skip
        finally:
            W.backend.config.update(reply=None)
        try:
            got = json.loads(texts[0])
        except json.JSONDecodeError:
            j.fail("restore", f"not JSON: {texts[0]!r}")
            return
        if got != want:
            j.fail("restore", f"{got!r} != {want!r}")
        check_leak(j, since)

    return Journey("json", f"json-escape-{index}", stream, run)


def j_responses_tools(p: Person, stream: bool) -> Journey:
    """Responses API: previous function_call/function_call_output items carry the values;
    then the model calls a tool with them."""

    def run(j: Journey) -> None:
        j.values = [p.name, p.email, p.phone]
        items: list[Any] = [
            {"role": "user", "content": f"Find the customer {p.email}"},
            {"type": "function_call", "call_id": "c1", "name": "crm_lookup",
             "arguments": json.dumps({"email": p.email})},
            {"type": "function_call_output", "call_id": "c1",
             "output": json.dumps({"name": p.name, "phone": p.phone})},
            {"role": "user", "content": "Send them an SMS saying the parcel is on its way."},
        ]  # fmt: skip
        tools: list[Any] = [{"type": "function", "name": "send_sms", "parameters": {
            "type": "object", "properties": {"to": {"type": "string"},
                                             "name": {"type": "string"}}}}]  # fmt: skip
        since = W.mark()
        W.backend.config.update(reply=None)
        W.client.responses.create(model=MODEL, input=items)
        seen = W.seen(since)[-1]["input"]
        out = seen[2]["output"]
        found = mapping(_json_form(items[2]["output"]), out)
        inv = {v: k for k, v in found.items()}
        if p.phone not in inv or p.name not in inv:
            j.fail("pii", f"tool output not pseudonymized as expected: {out!r}")
            return
        args = {"to": inv[p.phone], "name": inv[p.name]}
        W.backend.config.update(tool_call=ToolCallSpec("send_sms", json.dumps(args)))
        try:
            if stream:
                events = list(
                    W.client.responses.create(model=MODEL, input=items, tools=tools, stream=True)
                )
                done = [e for e in events if e.type == "response.function_call_arguments.done"]
                arg_text = done[0].arguments if done else ""
                deltas = "".join(
                    e.delta for e in events if e.type == "response.function_call_arguments.delta"
                )
                if deltas != arg_text:
                    j.fail("restore", f"deltas {deltas!r} != done {arg_text!r}")
            else:
                resp = W.client.responses.create(model=MODEL, input=items, tools=tools)
                calls = [o for o in resp.output if o.type == "function_call"]
                arg_text = calls[0].arguments if calls else ""
        finally:
            W.backend.config.update(tool_call=None)
        try:
            got = json.loads(arg_text)
        except json.JSONDecodeError:
            j.fail("restore", f"arguments not JSON: {arg_text!r}")
            return
        if got != {"to": p.phone, "name": p.name}:
            j.fail("restore", f"{got!r}")
        check_leak(j, since)

    return Journey("responses", f"responses-tools-{p.name}", stream, run)


def j_stop_in_value(p: Person, stream: bool) -> Journey:
    """A stop string that only the restored value contains ("@" of an e-mail): the model
    wrote a placeholder, so generation did not stop there; the user gets the whole answer
    with their value intact (a stop string never cuts a restored value, docs/api.md)."""

    def run(j: Journey) -> None:
        text = f"Contact: {p.email} thanks"
        j.values = [p.email]
        since = W.mark()
        W.backend.config.update(reply=None)
        texts, _ = chat([{"role": "user", "content": text}], stream, stop=["@"])
        if texts[0] != text:
            j.fail("restore", f"{texts[0]!r} != {text!r}")
        check_leak(j, since)

    return Journey("stop", f"stop-in-value-{p.name}", stream, run)


def j_logprobs(p: Person, stream: bool) -> Journey:
    """logprobs would hand the model's tokens (placeholders) past restore: the gateway
    answers a 400 naming the field (docs/api.md); the SDK raises BadRequestError."""

    def run(j: Journey) -> None:
        try:
            chat([{"role": "user", "content": turn1(p, 0)}], stream, logprobs=True)
        except openai.BadRequestError as exc:
            if "logprobs" not in str(exc):
                j.fail("shape", f"400 without naming logprobs: {exc}")
            return
        j.fail("shape", "logprobs accepted")

    return Journey("logprobs", f"logprobs-{p.name}", stream, run)


def journeys() -> list[Journey]:
    out: list[Journey] = []
    for stream in (False, True):
        for i, p in enumerate(PEOPLE):
            out.append(j_recall(p, i, stream))
            out.append(j_recall(p, i + 1, stream))
            out.append(j_tool(p, i, stream))
            out.append(j_responses(p, i + 2, stream))
            out.append(j_json(p, i, stream))
            out.append(j_forms(p, i % 5, stream))
        for p in PEOPLE[:4]:
            out.append(j_n(p, stream))
            out.append(j_stop(p, stream))
            out.append(j_usage(p, stream))
        for k in (1, 2, 3):
            out.append(j_completions(PEOPLE[k : k + 3], stream))
        for text in BENIGN:
            out.append(j_benign(text, stream))
        for i, p in enumerate(PEOPLE):
            out.append(j_tool_history(p, i, stream))
            out.append(j_spread(p, stream))
        for i in range(len(WESTERN)):
            out.append(j_json_escape(i, stream))
        for p in PEOPLE[4:8]:
            out.append(j_responses_tools(p, stream))
            out.append(j_stop_in_value(p, stream))
            out.append(j_logprobs(p, stream))
        for p, limit in ((PEOPLE[0], 2), (PEOPLE[0], 5), (PEOPLE[4], 8), (PEOPLE[4], 10)):
            out.append(j_cut(p, limit, stream))
    for v in range(4):
        out.append(j_embeddings(PEOPLE[v : v + 3], v))
    return out


def main() -> int:
    global W
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "bench/results/user_journeys_r21.json"))
    parser.add_argument("--kinds", default="")
    parser.add_argument(
        "--src", default=str(ROOT), help="code the gateway runs (e.g. `git archive` of a commit)"
    )
    parser.add_argument("--show", type=int, default=60)
    args = parser.parse_args()
    wanted = set(filter(None, args.kinds.split(",")))
    with tempfile.TemporaryDirectory() as tmp:
        W = World(Path(tmp), Path(args.src))
        try:
            plan = [j for j in journeys() if not wanted or j.kind in wanted]
            for j in plan:
                try:
                    j.run(j)
                except openai.APIStatusError as exc:
                    j.fail("shape", f"HTTP {exc.status_code}: {str(exc)[:200]}")
                except Exception as exc:  # a journey's crash is its verdict
                    j.fail("shape", f"{type(exc).__name__}: {str(exc)[:200]}")
        finally:
            W.close()
    per: dict[str, Counter[str]] = {}
    for j in plan:
        c = per.setdefault(j.kind, Counter())
        c["total"] += 1
        if j.failures:
            c["failed"] += 1
            for f in j.failures:
                c[f.split(":", 1)[0]] += 1
    print(f"{'kind':12} {'total':>5} {'failed':>6}  verdicts")
    for kind, c in per.items():
        verdicts = ", ".join(f"{k}={v}" for k, v in c.items() if k not in ("total", "failed"))
        print(f"{kind:12} {c['total']:5} {c['failed']:6}  {verdicts}")
    failed = [j for j in plan if j.failures]
    print(f"all {len(plan)} journeys, {len(failed)} failed")
    for j in failed[: args.show]:
        print(f"- {j.name} stream={j.stream}: {j.failures[0]}")
    result = {
        "journeys": len(plan),
        "failed": len(failed),
        "per_kind": {k: dict(c) for k, c in per.items()},
        "failures": [
            {
                "kind": j.kind,
                "name": j.name,
                "stream": j.stream,
                "failures": j.failures,
                "notes": j.notes,
            }
            for j in failed
        ],
        "notes": [{"name": j.name, "stream": j.stream, "notes": j.notes} for j in plan if j.notes],
    }
    Path(args.out).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    raise SystemExit(main())
