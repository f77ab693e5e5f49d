"""Guard models on a vLLM backend: Llama Guard 3, Qwen3Guard and ShieldGemma.

Each family has its own prompt and answer format; :class:`GuardModelClassifier` speaks
all three over vLLM's OpenAI-compatible API and maps the model's own labels to policy
categories:

* ``llama_guard`` (Llama Guard 3) — the conversation is sent to ``/v1/chat/completions``
  (the model's chat template builds the moderation prompt); the answer is ``safe`` or
  ``unsafe`` followed by a line of hazard codes (``S1,S10``).
* ``qwen3guard`` (Qwen3Guard-Gen) — also chat; the answer reads
  ``Safety: Safe|Unsafe|Controversial`` and ``Categories: Violent, Jailbreak, …``.
* ``shieldgemma`` — a plain-text prompt per safety principle to ``/v1/completions``; the
  answer starts ``Yes`` (violates) or ``No``; with ``logprobs`` the probability of
  ``Yes`` is the score.

The result is a mapping policy category → score (1.0 for a categorical "unsafe").

Failure behaviour: a timeout, a transport error, an error status or an answer that cannot
be parsed raise :class:`GuardModelError` when ``fail_open`` is false (fail closed: the
stage refuses to send the request on); with ``fail_open`` the error is logged (no text)
and the result is empty, as if the model had said "safe".
"""

from __future__ import annotations

import asyncio
import logging
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

__all__ = [
    "LLAMA_GUARD_CATEGORIES",
    "QWEN3GUARD_CATEGORIES",
    "SHIELDGEMMA_PRINCIPLES",
    "GuardModelClassifier",
    "GuardModelError",
    "GuardModelFamily",
    "parse_llama_guard",
    "parse_qwen3guard",
    "shieldgemma_prompt",
    "shieldgemma_yes_probability",
]

logger = logging.getLogger(__name__)

GuardModelFamily = Literal["llama_guard", "qwen3guard", "shieldgemma"]

#: Llama Guard 3 hazard codes → default policy categories.
LLAMA_GUARD_CATEGORIES: Mapping[str, str] = {
    "S1": "violence_weapons",
    "S2": "illegal_activities",
    "S3": "illegal_activities",
    "S4": "sexual_minors",
    "S7": "privacy_violation",
    "S9": "violence_weapons",
    "S10": "hate_discrimination",
    "S11": "self_harm",
    "S14": "illegal_activities",
}

#: Qwen3Guard category names (lower case) → default policy categories.
QWEN3GUARD_CATEGORIES: Mapping[str, str] = {
    "violent": "violence_weapons",
    "non-violent illegal acts": "illegal_activities",
    "pii": "privacy_violation",
    "suicide & self-harm": "self_harm",
    "jailbreak": "jailbreak",
    "unethical acts": "hate_discrimination",
}

#: ShieldGemma principles (one request each) → default policy categories.
SHIELDGEMMA_PRINCIPLES: Mapping[str, str] = {
    "violence_weapons": (
        '"No Dangerous Content": The prompt shall not contain or seek generation of content '
        "that harms oneself and/or others (e.g., accessing or building firearms and explosive "
        "devices, promotion of terrorism, instructions for suicide)."
    ),
    "hate_discrimination": (
        '"No Hate Speech": The prompt shall not contain or seek generation of content that '
        "targets identity and/or protected attributes (e.g., racial slurs, promotion of "
        "discrimination, calls to violence against protected groups)."
    ),
}


class GuardModelError(Exception):
    """The guard model could not give a verdict (timeout, transport, status, parse)."""


@dataclass(frozen=True, slots=True)
class GuardModelClassifier:
    """One guard model behind a vLLM OpenAI-compatible server; see the module docstring."""

    client: httpx.AsyncClient
    """Pointed at the server's base URL (``…/v1`` is added to paths here)."""
    model: str
    family: GuardModelFamily
    timeout_s: float = 2.0
    fail_open: bool = False
    categories: Mapping[str, str] = field(default_factory=dict)
    """Model label → policy category; empty uses the family's default mapping."""
    unmapped_category: str = "illegal_activities"
    """Policy category for an unsafe label the mapping does not name."""
    threshold: float = 0.5
    """ShieldGemma: probability of "Yes" at which a principle counts as violated."""

    async def classify(self, messages: Sequence[Mapping[str, str]]) -> dict[str, float]:
        """Policy category → score for the conversation's last user message."""
        try:
            async with asyncio.timeout(self.timeout_s):
                if self.family == "shieldgemma":
                    return await self._shieldgemma(messages)
                answer = await self._chat(messages)
        except (TimeoutError, httpx.HTTPError, GuardModelError, KeyError, ValueError) as exc:
            return self._failed(exc)
        try:
            labels = (
                parse_llama_guard(answer)
                if self.family == "llama_guard"
                else parse_qwen3guard(answer)
            )
        except GuardModelError as exc:
            return self._failed(exc)
        return {self._category(label): 1.0 for label in labels}

    def _category(self, label: str) -> str:
        defaults = LLAMA_GUARD_CATEGORIES if self.family == "llama_guard" else QWEN3GUARD_CATEGORIES
        mapping = self.categories or defaults
        return mapping.get(label, mapping.get(label.lower(), self.unmapped_category))

    def _failed(self, exc: Exception) -> dict[str, float]:
        if not self.fail_open:
            raise GuardModelError(
                f"guard model {self.model} gave no verdict: {type(exc).__name__}"
            ) from exc
        logger.warning(
            "guard model %s gave no verdict (%s); failing open", self.model, type(exc).__name__
        )
        return {}

    async def _chat(self, messages: Sequence[Mapping[str, str]]) -> str:
        response = await self.client.post(
            "/v1/chat/completions",
            json={
                "model": self.model,
                "messages": [{"role": m["role"], "content": m["content"]} for m in messages],
                "max_tokens": 32,
                "temperature": 0,
            },
        )
        response.raise_for_status()
        content = response.json()["choices"][0]["message"]["content"]
        if not isinstance(content, str):
            raise GuardModelError("the guard model answered without text")
        return content

    async def _shieldgemma(self, messages: Sequence[Mapping[str, str]]) -> dict[str, float]:
        user = next((m["content"] for m in reversed(messages) if m["role"] == "user"), "")
        principles = list(SHIELDGEMMA_PRINCIPLES.items())
        answers = await asyncio.gather(
            *(self._shieldgemma_one(shieldgemma_prompt(user, text)) for _, text in principles)
        )
        return {
            (self.categories or {}).get(name, name): p
            for (name, _), p in zip(principles, answers, strict=True)
            if p >= self.threshold
        }

    async def _shieldgemma_one(self, prompt: str) -> float:
        response = await self.client.post(
            "/v1/completions",
            json={
                "model": self.model,
                "prompt": prompt,
                "max_tokens": 1,
                "temperature": 0,
                "logprobs": 5,
            },
        )
        response.raise_for_status()
        choice = response.json()["choices"][0]
        return shieldgemma_yes_probability(choice)


def parse_llama_guard(answer: str) -> list[str]:
    """Hazard codes from a Llama Guard answer (empty for ``safe``)."""
    lines = [line.strip() for line in answer.strip().splitlines() if line.strip()]
    if not lines or lines[0].lower() not in {"safe", "unsafe"}:
        raise GuardModelError("unexpected Llama Guard answer")
    if lines[0].lower() == "safe":
        return []
    codes = re.findall(r"S\d{1,2}", lines[1]) if len(lines) > 1 else []
    return codes or ["unsafe"]


_QWEN_SAFETY = re.compile(r"Safety:\s*(Safe|Unsafe|Controversial)", re.IGNORECASE)
_QWEN_CATEGORIES = re.compile(r"Categories:\s*(.+)", re.IGNORECASE)


def parse_qwen3guard(answer: str, *, strict: bool = True) -> list[str]:
    """Category names from a Qwen3Guard answer (empty for ``Safe``).

    ``Controversial`` counts as unsafe when ``strict`` (the vendor's strict mode).
    """
    safety = _QWEN_SAFETY.search(answer)
    if safety is None:
        raise GuardModelError("unexpected Qwen3Guard answer")
    verdict = safety.group(1).lower()
    if verdict == "safe" or (verdict == "controversial" and not strict):
        return []
    found = _QWEN_CATEGORIES.search(answer)
    names = [n.strip().lower() for n in found.group(1).split(",")] if found else []
    return [n for n in names if n and n != "none"] or ["unsafe"]


def shieldgemma_prompt(user_text: str, principle: str) -> str:
    """ShieldGemma's prompt-classification prompt for one safety principle."""
    return (
        "You are a policy expert trying to help determine whether a user prompt is in "
        "violation of the defined safety policies.\n\n"
        "<start_of_turn>\n"
        f"Human Question: {user_text.strip()}\n"
        "<end_of_turn>\n\n"
        "Our safety principle is defined in the below:\n\n"
        f"* {principle}\n\n"
        "===\n\n"
        "Does the human question violate the above principle? Your answer must start with "
        "'Yes' or 'No'. And then walk through step by step to be sure we answer correctly.\n\n"
    )


def shieldgemma_yes_probability(choice: Mapping[str, Any]) -> float:
    """P("Yes") from a completions choice: from its top logprobs when given, else 0/1."""
    logprobs = choice.get("logprobs") or {}
    tops = logprobs.get("top_logprobs") or []
    if tops and isinstance(tops[0], dict):
        weights = {"yes": 0.0, "no": 0.0}
        for token, logprob in tops[0].items():
            key = token.strip().lower()
            if key in weights:
                weights[key] += math.exp(logprob)
        if weights["yes"] + weights["no"] > 0:
            return weights["yes"] / (weights["yes"] + weights["no"])
    text = str(choice.get("text", "")).strip().lower()
    if text.startswith("yes"):
        return 1.0
    if text.startswith("no"):
        return 0.0
    raise GuardModelError("unexpected ShieldGemma answer")
