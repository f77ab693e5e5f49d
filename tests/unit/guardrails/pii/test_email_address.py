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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("メールはtaro.yamada あっと example.co.jpまで", ["taro.yamada あっと example.co.jp"]),
        ("hanako_sアットマークexample.jpに送って", ["hanako_sアットマークexample.jp"]),
        ("k.tanaka (at) mail.example.com", ["k.tanaka (at) mail.example.com"]),
        ("yuki1988[at]example[dot]jp", ["yuki1988[at]example[dot]jp"]),
        ("ito.kenji at example dot co dot jp", ["ito.kenji at example dot co dot jp"]),
        ("reach k.tanaka ＠ example.org", ["k.tanaka @ example.org"]),
        ("misaki.work＠マークexample.org", ["misaki.work@マークexample.org"]),
        ("ryo_w（at）example.ne.jp", ["ryo_w(at)example.ne.jp"]),
        ("I am at home. See you at 5.", []),
        ("集合は駅あっと言う間に着く", []),
        ("price at 5 dot 99", []),
    ],
    ids=[
        "atto-hiragana",
        "atmark-katakana",
        "paren-at",
        "bracket-at-and-dot",
        "spelled-out-english",
        "fullwidth-at-with-spaces",
        "at-mark-word",
        "fullwidth-paren-at",
        "english-at-prose",
        "atto-in-a-word",
        "dot-without-domain",
    ],
)
def test_disguised_email_address(detect: Detect, text: str, expected: list[str]) -> None:
    """Addresses spelled out against harvesters are still addresses."""
    assert above(detect(EmailAddressRecognizer(), text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("z" * 3000 + "kaori.sato123@example.co.jp", ["z" * 3000 + "kaori.sato123@example.co.jp"]),
        ("宛先 " + "a" * 70 + "@example.com です", ["a" * 70 + "@example.com"]),
        ("z" * 3000 + " だけで、アドレスはありません", []),
    ],
    ids=["glued-onto-a-3000-letter-run", "local-part-over-64", "long-run-no-address"],
)
def test_overlong_local_part_is_taken_whole(detect: Detect, text: str, expected: list[str]) -> None:
    """A local part longer than 64 characters (an address glued onto a long run of letters)
    is one address: the bounded pattern cannot start inside the run and found nothing."""
    assert above(detect(EmailAddressRecognizer(), text)) == expected
