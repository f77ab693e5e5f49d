"""``\\uXXXX`` escapes written as text are read as their characters, and every decoded
character maps back to its whole escape (:func:`guardrails.pii.normalize.normalize`)."""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.normalize import normalize


def _esc(value: str, backslashes: int = 1) -> str:
    return "".join("\\" * backslashes + f"u{ord(c):04x}" for c in value)


@pytest.mark.parametrize(
    ("original", "normalized"),
    [
        (f"tel {_esc('090')}-1234-5678", "tel 090-1234-5678"),
        (f"taro{_esc('@')}example.jp", "taro@example.jp"),
        (_esc("090-1234-5678", 2), "090-1234-5678"),
        ("\\u0030\\U0039", "0\\U0039"),  # only a lower-case u is an escape
        ("\\ud83d\\ude00!", "\U0001f600!"),  # a surrogate pair is one character
        ("\\ud800 x", "\ufffd x"),  # a lone one: U+FFFD, as a raw lone surrogate
        ("\\uff10\\uff19", "09"),  # the escaped character is NFKC-folded like any other
        ("C:\\users\\data", "C:\\users\\data"),  # no four hex digits: left alone
        ("\\u12", "\\u12"),
    ],
    ids=["digits", "at-sign", "two-backslashes", "capital-U", "pair", "lone", "fullwidth",
         "path", "short"],
)  # fmt: skip
def test_escapes_read_as_characters(original: str, normalized: str) -> None:
    assert normalize(original).text == normalized


def test_a_decoded_span_maps_back_to_the_whole_escapes() -> None:
    original = f"電話 {_esc('090-1234-5678')} です"
    folded = normalize(original)
    start = folded.text.index("090")
    begin, end = folded.to_original(start, start + len("090-1234-5678"))
    assert original[begin:end] == _esc("090-1234-5678")


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (f"電話は {_esc('090-7788-9911')} です", "PHONE_NUMBER"),
        (f"mail: {_esc('hanako.sato@example.org')}", "EMAIL_ADDRESS"),
        (f"mail: hanako.sato{_esc('@', 2)}example.org", "EMAIL_ADDRESS"),
    ],
    ids=["phone", "email", "email-at-only"],
)
def test_the_analyzer_finds_escaped_values(
    pii_analyzer: PiiAnalyzer, text: str, entity: str
) -> None:
    found = [f for f in pii_analyzer.analyze(text) if f.entity_type == entity]
    assert found, text
    assert "\\u" in text[found[0].start : found[0].end]
