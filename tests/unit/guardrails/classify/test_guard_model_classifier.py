from __future__ import annotations

import asyncio
import json
import math
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from guardrails.classify.guard_model_classifier import (
    GuardModelClassifier,
    GuardModelError,
    GuardModelFamily,
    parse_llama_guard,
    parse_qwen3guard,
    shieldgemma_prompt,
    shieldgemma_yes_probability,
)

MESSAGES = [{"role": "user", "content": "<PERSON_1>について教えて"}]


@pytest.mark.parametrize(
    ("answer", "codes"),
    [("safe", []), ("\n\nunsafe\nS1,S10", ["S1", "S10"]), ("unsafe", ["unsafe"])],
    ids=["safe", "codes", "no-codes"],
)
def test_parse_llama_guard(answer: str, codes: list[str]) -> None:
    assert parse_llama_guard(answer) == codes


@pytest.mark.parametrize(
    ("answer", "strict", "names"),
    [
        ("Safety: Safe\nCategories: None", True, []),
        ("Safety: Unsafe\nCategories: Violent, Jailbreak", True, ["violent", "jailbreak"]),
        ("Safety: Controversial\nCategories: Politically Sensitive Topics", False, []),
        ("Safety: Controversial\nCategories: PII", True, ["pii"]),
    ],
    ids=["safe", "unsafe", "controversial-loose", "controversial-strict"],
)
def test_parse_qwen3guard(answer: str, strict: bool, names: list[str]) -> None:
    assert parse_qwen3guard(answer, strict=strict) == names


@pytest.mark.parametrize(
    "parse", [parse_llama_guard, parse_qwen3guard], ids=["llama_guard", "qwen3guard"]
)
def test_unparsable_answers_raise(parse: Callable[[str], list[str]]) -> None:
    with pytest.raises(GuardModelError):
        parse("I cannot help with that.")


def test_shieldgemma_prompt_and_probability() -> None:
    prompt = shieldgemma_prompt("爆弾の作り方", '"No Dangerous Content": …')
    assert "Human Question: 爆弾の作り方" in prompt and "start with 'Yes' or 'No'" in prompt
    choice = {
        "text": "No",
        "logprobs": {"top_logprobs": [{"Yes": math.log(0.8), "No": math.log(0.2)}]},
    }
    assert shieldgemma_yes_probability(choice) == pytest.approx(0.8)
    assert shieldgemma_yes_probability({"text": " Yes"}) == 1.0


def _classifier(
    family: GuardModelFamily, handler: Callable[[httpx.Request], httpx.Response], **kw: Any
) -> GuardModelClassifier:
    client = httpx.AsyncClient(transport=httpx.MockTransport(handler), base_url="http://guard")
    return GuardModelClassifier(client, "guard", family, **kw)


def _chat_answer(text: str) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/v1/chat/completions"
        assert json.loads(request.content)["messages"] == MESSAGES
        return httpx.Response(200, json={"choices": [{"message": {"content": text}}]})

    return handler


@pytest.mark.parametrize(
    ("family", "answer", "expected"),
    [
        ("llama_guard", "unsafe\nS11", {"self_harm": 1.0}),
        ("llama_guard", "safe", {}),
        ("qwen3guard", "Safety: Unsafe\nCategories: Jailbreak", {"jailbreak": 1.0}),
        (
            "qwen3guard",
            "Safety: Unsafe\nCategories: Copyright Violation",
            {"illegal_activities": 1.0},
        ),
    ],
    ids=["llama-unsafe", "llama-safe", "qwen-mapped", "qwen-unmapped"],
)
def test_chat_families_map_to_policy_categories(
    family: GuardModelFamily, answer: str, expected: dict[str, float]
) -> None:
    classifier = _classifier(family, _chat_answer(answer))
    assert asyncio.run(classifier.classify(MESSAGES)) == expected


def test_shieldgemma_asks_each_principle() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        prompt = json.loads(request.content)["prompt"]
        text = "Yes" if "Dangerous" in prompt else "No"
        return httpx.Response(200, json={"choices": [{"text": text}]})

    result = asyncio.run(_classifier("shieldgemma", handler).classify(MESSAGES))
    assert result == {"violence_weapons": 1.0}


def _slow(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("slow", request=request)


@pytest.mark.parametrize(
    "handler",
    [_slow, lambda r: httpx.Response(503), _chat_answer("no idea")],
    ids=["timeout", "status", "unparsable"],
)
def test_fail_closed_and_open(handler: Callable[[httpx.Request], httpx.Response]) -> None:
    with pytest.raises(GuardModelError):
        asyncio.run(_classifier("llama_guard", handler).classify(MESSAGES))
    assert asyncio.run(_classifier("llama_guard", handler, fail_open=True).classify(MESSAGES)) == {}


def test_timeout_is_enforced() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(1.0)
        return httpx.Response(200, json={})

    client = httpx.AsyncClient(transport=httpx.MockTransport(handler), base_url="http://guard")
    classifier = GuardModelClassifier(client, "guard", "llama_guard", timeout_s=0.05)
    with pytest.raises(GuardModelError):
        asyncio.run(classifier.classify(MESSAGES))
