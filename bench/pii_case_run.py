"""Run the adversarial PII cases (``bench/pii_cases.py``) through the gateway's real
``pii.pseudonymize`` stage and score what would reach the model.

Per case the stage rewrites the request body exactly as the gateway does (one vault per
request, every text slot the stage walks); then everything that would be sent upstream —
message contents, content parts, ``name`` fields, tool-call arguments, tool results — is
compared with what the case planted:

* **leaked**: a secret value (whitespace removed) is still present in what is sent;
* **partial**: not whole, but a piece of it (at least half of it, at least 3 characters; 2
  for names) is sent more often than it occurs in the original outside the value;
* **benign altered**: a benign case (no secrets) whose sent body differs from the original;
* **request lost**: a phrase marked as the request (``keep``) no longer reaches the model;
* **restore failure**: the model echoing what it received would not give the user back
  exactly what they wrote (only for cases where every action was ``pseudonymize``;
  masked values are not restorable by design). User-typed placeholders are checked here.

Used by ``bench/pii.py``; pure measurement, no timing assertions.
"""

from __future__ import annotations

import copy
import json
import math
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import anyio
from pii_cases import Case

from guardrails.pii.restorer import json_string_escape, restore_text
from guardrails.policy.store import LoadedPolicy
from proxy.pipeline.contract import RequestContext
from proxy.pipeline.stages.pii import PiiPseudonymizeStage

__all__ = ["CaseOutcome", "run_cases", "summarise"]


@dataclass(frozen=True, slots=True)
class CaseOutcome:
    case: Case
    leaked: tuple[str, ...]
    """Entity types of secrets that were sent whole."""
    partial: tuple[str, ...]
    secrets: tuple[str, ...]
    altered: bool
    lost: tuple[str, ...]
    """Keep phrases that did not reach the model."""
    restore_checked: bool
    restore_failed: bool
    sent: tuple[str, ...]


def _strings(messages: Sequence[Any]) -> Iterator[tuple[str, str]]:
    """(kind, text) of everything a model would read; kind ``json`` for tool arguments."""
    for message in messages:
        if not isinstance(message, dict):
            continue
        if isinstance(message.get("name"), str):
            yield "text", message["name"]
        content = message.get("content")
        if isinstance(content, str):
            yield "text", content
        elif isinstance(content, list):
            for part in content:
                if isinstance(part, dict) and isinstance(part.get("text"), str):
                    yield "text", part["text"]
        for call in message.get("tool_calls") or []:
            arguments = call.get("function", {}).get("arguments")
            if isinstance(arguments, str):
                yield "json", arguments


def _message_texts(messages: Sequence[Any]) -> list[str]:
    """Per message: its name, and its content (text parts joined with nothing between)."""
    texts: list[str] = []
    for message in messages:
        if not isinstance(message, dict):
            continue
        if isinstance(message.get("name"), str):
            texts.append(message["name"])
        content = message.get("content")
        if isinstance(content, str):
            texts.append(content)
        elif isinstance(content, list):
            texts.append(
                "".join(
                    part["text"]
                    for part in content
                    if isinstance(part, dict) and isinstance(part.get("text"), str)
                )
            )
    return texts


def _squash(text: str) -> str:
    return "".join(text.split())


def _readable(kind: str, text: str) -> str:
    """JSON arguments as the model effectively reads them (escapes decoded)."""
    if kind == "json":
        try:
            return json.dumps(json.loads(text), ensure_ascii=False)
        except ValueError:
            return text
    return text


def _partial(value: str, original: str, sent: str, entity_type: str) -> bool:
    value = _squash(value)
    rest = original.replace(value, "\x00")
    size = max(2 if entity_type == "PERSON" else 3, math.ceil(len(value) / 2))
    for length in range(len(value) - 1, size - 1, -1):
        for start in range(len(value) - length + 1):
            piece = value[start : start + length]
            if "<" in piece or ">" in piece:
                continue
            if sent.count(piece) > rest.count(piece):
                return True
    return False


async def _run_one(stage: PiiPseudonymizeStage, policy: LoadedPolicy, case: Case) -> CaseOutcome:
    body = {"model": "bench", "messages": copy.deepcopy(case.messages)}
    ctx = RequestContext(
        request_id=case.id,
        tenant="bench",
        key_name="bench",
        model="bench",
        body=body,
        stream=False,
        policy=policy,
    )
    await stage.process(ctx)
    original = list(_strings(case.messages))
    sent = list(_strings(ctx.body["messages"]))
    original_all = _squash("\n".join(_readable(k, t) for k, t in original))
    sent_all = _squash("\n".join(_readable(k, t) for k, t in sent))
    leaked: list[str] = []
    partial: list[str] = []
    for secret in case.secrets:
        family = secret.entity_type.partition(":")[0]
        if _squash(secret.value) in sent_all:
            leaked.append(family)
        elif _partial(secret.value, original_all, sent_all, family):
            partial.append(family)
    lost = tuple(k for k in case.keep if _squash(k) not in sent_all)
    actions = {name.partition(":")[2] for d in ctx.decisions for name in (d.detail or {})}
    checked = actions <= {"pseudonymize"}
    failed = False
    if checked:
        if len(sent) != len(original):
            failed = True
        # The text parts of a message are read (and echoed) as one text: compare joined.
        before_texts = _message_texts(case.messages)
        after_texts = _message_texts(ctx.body["messages"])
        for before, after in zip(before_texts, after_texts, strict=False):
            failed |= restore_text(ctx.vault, after) != before
        for (kind, before), (_, after) in zip(original, sent, strict=False):
            if kind == "json":
                restored = restore_text(ctx.vault, after, escape=json_string_escape)
                try:
                    failed |= json.loads(restored) != json.loads(before)
                except ValueError:
                    failed = True
    return CaseOutcome(
        case=case,
        leaked=tuple(leaked),
        partial=tuple(partial),
        secrets=tuple(s.entity_type.partition(":")[0] for s in case.secrets),
        altered=[t for _, t in original] != [t for _, t in sent],
        lost=lost,
        restore_checked=checked,
        restore_failed=failed,
        sent=tuple(t for _, t in sent),
    )


def run_cases(
    stage: PiiPseudonymizeStage, policy: LoadedPolicy, cases: Sequence[Case]
) -> list[CaseOutcome]:
    """Every case through the stage, in order."""

    async def run_all() -> list[CaseOutcome]:
        return [await _run_one(stage, policy, case) for case in cases]

    return anyio.run(run_all)


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def summarise(outcomes: Sequence[CaseOutcome]) -> dict[str, Any]:
    """Per type and overall figures (see the module docstring)."""
    secrets: Counter[str] = Counter()
    leaked: Counter[str] = Counter()
    partial: Counter[str] = Counter()
    keep: Counter[str] = Counter()
    lost: Counter[str] = Counter()
    for outcome in outcomes:
        secrets.update(outcome.secrets)
        leaked.update(outcome.leaked)
        partial.update(outcome.partial)
        keep[outcome.case.family] += len(outcome.case.keep)
        lost[outcome.case.family] += len(outcome.lost)
    benign = [o for o in outcomes if o.case.benign]
    altered = sum(o.altered for o in benign)
    checked = [o for o in outcomes if o.restore_checked]
    types = {
        t: {
            "values": secrets[t],
            "leaked": leaked[t],
            "leak_rate": _rate(leaked[t], secrets[t]),
            "partial": partial[t],
            "partial_rate": _rate(partial[t], secrets[t]),
        }
        for t in sorted(secrets)
    }
    return {
        "cases": len(outcomes),
        "types": types,
        "benign": {"cases": len(benign), "altered": altered, "rate": _rate(altered, len(benign))},
        "requests": {
            family: {
                "kept": keep[family] - lost[family],
                "lost": lost[family],
                "lost_rate": _rate(lost[family], keep[family]),
            }
            for family in sorted(keep)
            if keep[family]
        },
        "restore": {
            "checked": len(checked),
            "failed": sum(o.restore_failed for o in checked),
        },
    }
