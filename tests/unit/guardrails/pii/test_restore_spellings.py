"""Twenty-fourth round (issue 16): a value written in two spellings in one request
(``+81-90-1234-5678`` and ``090-1234-5678``, full and half width, an e-mail in two cases)
keeps one number, so the model sees one value, and each further spelling gets a letter
(``<PHONE_NUMBER_1>``, ``<PHONE_NUMBER_1b>``): every occurrence comes back exactly as the
user wrote it, whole and streamed in pieces of any size. Real analyzer, real stage.
"""

# ruff: noqa: E501
from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.restorer import Restorer, json_string_escape, restore_text
from guardrails.pii.vault import Vault
from guardrails.policy import LoadedPolicy, Policy
from proxy.pipeline.contract import RequestContext
from proxy.pipeline.stages.pii import PiiPseudonymizeStage

SPELLINGS = [
    # (text, how many distinct placeholders of the type, type label)
    ("海外からは+81-90-1234-5678、国内からは090-1234-5678にかけてください。", "PHONE_NUMBER"),
    ("携帯は０９０－１２３４－５６７８です（半角だと090-1234-5678）。", "PHONE_NUMBER"),
    ("電話番号 09012345678 と 090-1234-5678 は同じ番号です。", "PHONE_NUMBER"),
    ("Call +81 90 2468 1357, or 090-2468-1357, or 09024681357 from a landline.", "PHONE_NUMBER"),
    ("Send it to Taro.Yamada@Example.co.jp (taro.yamada@example.co.jp works too).", "EMAIL_ADDRESS"),
    ("メールはｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ、つまり taro@example.jp です。", "EMAIL_ADDRESS"),
    ("郵便番号は１５０－００４２（150-0042）です。", "POSTAL_CODE"),
    ("担当はスズキ ハナコです。スズキハナコ宛に請求書を送ってください。", "PERSON"),
]  # fmt: skip


def _ctx(messages: list[dict[str, Any]]) -> RequestContext:
    policy = Policy.model_validate({"name": "p"})
    return RequestContext(
        request_id="r",
        tenant="t",
        key_name="k",
        model="m",
        body={"messages": messages},
        stream=False,
        policy=LoadedPolicy(policy=policy, version="v1", path=Path("p.yaml")),
    )


def _streamed(vault: Vault, text: str, seed: int) -> str:
    rng = random.Random(seed)
    restorer = Restorer(vault)
    out: list[str] = []
    at = 0
    while at < len(text):
        size = rng.randint(1, 5)
        out.append(restorer.feed(text[at : at + size]))
        at += size
    return "".join(out) + restorer.finish()


@pytest.mark.parametrize(("text", "label"), SPELLINGS, ids=[t[:20] for t, _ in SPELLINGS])
async def test_each_spelling_comes_back_as_written(
    full_analyzer: PiiAnalyzer, text: str, label: str
) -> None:
    ctx = _ctx([{"role": "user", "content": text}])
    await PiiPseudonymizeStage(full_analyzer, cache_entries=0).process(ctx)
    sent = ctx.body["messages"][0]["content"]
    # One value: one number, the second spelling marked by a letter.
    assert f"<{label}_1>" in sent and f"<{label}_1b>" in sent
    assert f"<{label}_2>" not in sent
    assert restore_text(ctx.vault, sent) == text
    for seed in range(5):
        assert _streamed(ctx.vault, sent, seed) == text


async def test_spellings_across_turns_and_tool_arguments(full_analyzer: PiiAnalyzer) -> None:
    messages: list[dict[str, Any]] = [
        {"role": "user", "content": "私の携帯は090-3333-4444です。"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "c1",
                    "type": "function",
                    "function": {"name": "lookup", "arguments": '{"phone": "09033334444"}'},
                }
            ],
        },
        {
            "role": "tool",
            "tool_call_id": "c1",
            "content": '{"phone": "+81 90 3333 4444", "status": "booked"}',
        },
        {"role": "user", "content": "+81 90 3333 4444 の方が正しい書き方かも。"},
    ]
    ctx = _ctx([dict(m) for m in messages])
    await PiiPseudonymizeStage(full_analyzer, cache_entries=0).process(ctx)
    sent = ctx.body["messages"]
    assert sent[0]["content"] == "私の携帯は<PHONE_NUMBER_1>です。"
    assert sent[3]["content"] == "<PHONE_NUMBER_1c> の方が正しい書き方かも。"
    arguments = sent[1]["tool_calls"][0]["function"]["arguments"]
    assert (
        restore_text(ctx.vault, arguments, escape=json_string_escape) == '{"phone": "09033334444"}'
    )
    assert restore_text(ctx.vault, sent[2]["content"]) == messages[2]["content"]
    # An answer naming both spellings gives each back.
    answer = "<PHONE_NUMBER_1c>（国際表記）と<PHONE_NUMBER_1>は同じ番号です。"
    assert (
        restore_text(ctx.vault, answer)
        == "+81 90 3333 4444（国際表記）と090-3333-4444は同じ番号です。"
    )


def test_the_model_may_change_the_letter_or_drop_the_bracket() -> None:
    vault = Vault()
    vault.placeholder("PHONE_NUMBER", "090-1234-5678")
    vault.placeholder("PHONE_NUMBER", "09012345678")
    vault.placeholder("PERSON", "山田太郎")
    assert restore_text(vault, "＜ＰＨＯＮＥ＿ＮＵＭＢＥＲ＿１Ｂ＞") == "09012345678"
    assert restore_text(vault, "[phone_number_1b]") == "09012345678"
    assert restore_text(vault, "PHONE_NUMBER_1b です") == "09012345678 です"
    # A letter the value has no spelling for: bracketed, the first spelling; bare, text.
    assert restore_text(vault, "<PHONE_NUMBER_1c>") == "090-1234-5678"
    assert restore_text(vault, "PERSON_1s") == "山田太郎s"
    # A word after the number is no spelling letter.
    assert restore_text(vault, "PERSON_1st") == "山田太郎st"
    # Cut at the end of the answer: the spelling the letter names.
    assert restore_text(vault, "番号は<PHONE_NUMBER_1b") == "番号は09012345678"


def test_past_the_last_letter_spellings_share_the_first_placeholder() -> None:
    vault = Vault()
    first = vault.placeholder("EMAIL_ADDRESS", "abcde@example.jp")
    # 27 other spellings of one address: its letters in upper case by a bit mask.
    spellings = [
        "".join(c.upper() if mask >> i & 1 else c for i, c in enumerate("abcde@example.jp"))
        for mask in range(1, 28)
    ]
    placeholders = [vault.placeholder("EMAIL_ADDRESS", s) for s in spellings]
    assert first == "<EMAIL_ADDRESS_1>"
    assert placeholders[:25] == [f"<EMAIL_ADDRESS_1{c}>" for c in "bcdefghijklmnopqrstuvwxyz"]
    assert placeholders[25:] == [first, first]
    assert vault.placeholder("EMAIL_ADDRESS", "abcde@example.jp") == first
    assert vault.placeholder("EMAIL_ADDRESS", spellings[3]) == "<EMAIL_ADDRESS_1e>"
    assert len(vault) == 1
