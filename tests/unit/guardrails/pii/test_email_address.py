from __future__ import annotations

import pytest

from guardrails.pii.recognizers.email_address import EmailAddressRecognizer
from tests.unit.guardrails.pii.conftest import Detect, above


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("連絡先はhanako.k@example.co.jpです", ["hanako.k@example.co.jp"]),
        ("メールtaro_99@mail.example.comか電話で", ["taro_99@mail.example.com"]),
        ("Write to a-b+c@sub.example.org.", ["a-b+c@sub.example.org"]),
        ("(jiro@example.jp)", ["jiro@example.jp"]),
        ("ｓａｔｏ＠ｅｘａｍｐｌｅ．ｎｅ．ｊｐに送って", ["sato@example.ne.jp"]),
        ("一人目x@example.jp、二人目y@example.jp", ["x@example.jp", "y@example.jp"]),
        ("@mentionだけ", []),
        ("user@localhost", []),
        ("メールアドレスを教えてください", []),
        ("a@b.c", []),
    ],
    ids=[
        "glued-both-sides",
        "glued-before",
        "english-sentence-end",
        "parentheses",
        "fullwidth",
        "two-addresses",
        "mention",
        "no-tld",
        "no-address",
        "one-letter-tld",
    ],
)
def test_email_address(detect: Detect, text: str, expected: list[str]) -> None:
    assert above(detect(EmailAddressRecognizer(), text)) == expected
