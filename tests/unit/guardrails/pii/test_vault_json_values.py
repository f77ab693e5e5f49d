"""Values found inside JSON-escaped text go into the vault as what they mean."""

from __future__ import annotations

import pytest

from guardrails.pii.findings import PiiFinding
from guardrails.pii.pseudonymizer import pseudonymize
from guardrails.pii.vault import Vault, json_unescaped
from guardrails.policy.pii import PiiPolicy


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        (r"\u4f0a\u85e4\u5065\u592a", "伊藤健太"),
        (r"\u5c71\u7530 \u592a\u90ce", "山田 太郎"),
        (r"221B Baker Street\nLondon NW1 6XE", "221B Baker Street\nLondon NW1 6XE"),
        (r"\ud83d\ude00 Emoji Fan", "\U0001f600 Emoji Fan"),
        (r"O\u2019Brien", "O\u2019Brien"),
        (r"say \"hi\"", 'say "hi"'),
    ],
    ids=["kanji", "kanji-space", "line-break", "surrogate-pair", "apostrophe", "quotes"],
)
def test_json_escapes_are_decoded(written: str, meant: str) -> None:
    assert json_unescaped(written) == meant


@pytest.mark.parametrize(
    "text",
    [r"C:\Users\taro", r"back\slash", "伊藤健太", r"\ud83d alone", "090-1234-5678"],
    ids=["windows-path", "stray-backslash", "plain", "lone-surrogate", "number"],
)
def test_text_that_is_not_json_escaped_stays(text: str) -> None:
    assert json_unescaped(text) == text


def test_escaped_and_plain_spellings_share_a_placeholder_and_restore_plain() -> None:
    vault = Vault()
    policy = PiiPolicy()
    plain = "伊藤健太です"
    escaped = r'{"name": "\u4f0a\u85e4\u5065\u592a"}'
    first = pseudonymize(plain, [PiiFinding(0, 4, "PERSON", 0.9)], policy, vault)
    start = escaped.index("\\")
    end = start + len(r"\u4f0a\u85e4\u5065\u592a")
    second = pseudonymize(escaped, [PiiFinding(start, end, "PERSON", 0.9)], policy, vault)
    assert first.text == "<PERSON_1>です"
    assert second.text == '{"name": "<PERSON_1>"}'
    assert vault.entries() == [("PERSON", 1, "伊藤健太")]
