"""Thirty-second round, example and public data (issue 16): values that look personal but
are nobody's — a payment provider's documented test card, a number or address in code, a
test, a config file or docs, an e-mail at a domain reserved for documentation, a form's
model values, the stand-in names of courts and manuals, the address of a seat of
government or a landmark asked about as a topic — must reach the model as written; the
same shapes written as someone's own data must still be masked.

Left alone now: a documented test card beside any test or example word (an e2e test,
Cypress, QA環境, a demo, a placeholder); the North American numbers kept for fiction and
docs (555-0100 to 555-0199, any area code) and a telephony API's 500-555-00xx test numbers
in code, docs or tests; a value inside a code fence; an example cue in a validator's,
seed script's or test's words (EmailValidator, a pytest fixture, a seed script, a schema,
fictional); "my" before one's code (my unit test, my seed script) no longer reads as the
value's owner; more stand-in names (Richard Roe, Max Mustermann, Jenny Rosen, テスト太郎,
名無しの権兵衛); a My Number of counting digits (1234 5678 9012) and an address of blanks
(○○県××市) shown as the example; a postcode on a line calling its values examples (not a
validation's: a payload's ZIP stays masked); the landmark addresses
that name their institution (1600 Pennsylvania Avenue, 10 Downing Street; 首相官邸 …
永田町2-3-1 with the landmark named). Masked now: a DC quadrant before the unit (1712
Pennsylvania Ave NW Apt 4, Washington, DC 20006) keeps the unit, town and ZIP code with
the street.

The rows are the round's hand set (bench/pii_data/written_r32_examples.jsonl, half A
tuned on, half B held out) and probes written for these tests.
"""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import json
from pathlib import Path

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.round_floors import assert_masked_whole, not_covered, touching

_SET = Path(__file__).resolve().parents[4] / "bench" / "pii_data" / "written_r32_examples.jsonl"
_ROWS = [json.loads(line) for line in _SET.read_text(encoding="utf-8").splitlines() if line]

FOUND = [
    # (text, value, entity type prefix): someone's own data in the same shapes
    ("My card 4111 1111 1111 1111 was charged twice.", "4111 1111 1111 1111", "CREDIT_CARD"),
    ("カード番号4111-1111-1111-1111です", "4111-1111-1111-1111", "CREDIT_CARD"),
    ("The test payment failed on card 4539 1488 0343 6467 which belongs to a real customer.", "4539 1488 0343 6467", "CREDIT_CARD"),
    ("A customer's card 4539 1488 0343 6467 got charged twice in production — how do I refund one of the charges via the API?", "4539 1488 0343 6467", "CREDIT_CARD"),
    ("my number is (212) 555-0147", "(212) 555-0147", "PHONE_NUMBER"),
    ("Call my mobile 206-948-3317 if the deploy fails tonight — can you write that as an on-call note?", "206-948-3317", "PHONE_NUMBER"),
    ("my email is alice@example.com", "alice@example.com", "EMAIL_ADDRESS"),
    ("連絡先はhanako@example.jpです。", "hanako@example.jp", "EMAIL_ADDRESS"),
    ("My work email is k.tanaka@mitsuwa-shoji.co.jp, please draft a signature block for me.", "k.tanaka@mitsuwa-shoji.co.jp", "EMAIL_ADDRESS"),
    ("I am Max Mustermann and I need a lawyer.", "Max Mustermann", "PERSON"),
    ("Hi, I'm Taro Yamada and I'd like to cancel my gym membership, please write the letter", "Taro Yamada", "PERSON"),
    ("My name is actually John Doe — yes, really — and the bank keeps flagging my account. Draft a complaint.", "John Doe", "PERSON"),
    ("私の郵便番号は100-0001です", "100-0001", "POSTAL_CODE"),
    ("マイナンバーは 1234 5678 9012 です", "1234 5678 9012", "MY_NUMBER"),
    ("私の住所は東京都千代田区永田町2-3-1です。", "東京都千代田区永田町2-3-1", "ADDRESS"),
    ("〒100-0001 東京都千代田区千代田1-1 まで送ってください", "東京都千代田区千代田1-1", "ADDRESS"),
    ('{"postal": "530-0001", "pref": "大阪府"} をバリデーションして', "530-0001", "POSTAL_CODE"),
    ("I live at 1600 Pennsylvania Ave NW Apt 2, Washington, DC 20500.", "1600 Pennsylvania Ave NW Apt 2, Washington, DC 20500", "ADDRESS"),
    ("My address is 1712 Pennsylvania Ave NW Apt 4, Washington, DC 20006, a block from the White House — update my billing address please.", "1712 Pennsylvania Ave NW Apt 4, Washington, DC 20006", "ADDRESS"),
    ("My address is 1712 Pennsylvania Ave NW, Apt 4, Washington, DC 20006.", "1712 Pennsylvania Ave NW, Apt 4, Washington, DC 20006", "ADDRESS"),
    ("I live at 10 Downing Street with my cat, London SW1A 2AA.", "10 Downing Street", "ADDRESS"),
]  # fmt: skip

# (text, the words that must reach the model as written): probes written for the tests
LOOKALIKES = [
    ("Playwright test fills 4000 0000 0000 0002 to simulate a decline, but the spinner never stops.", "4000 0000 0000 0002"),
    ("QA環境で 5555 5555 5555 4444 を入れると画面が固まります", "5555 5555 5555 4444"),
    ("Our demo checkout page pre-fills 4242 4242 4242 4242 for visitors.", "4242 4242 4242 4242"),
    ("In our Cypress e2e test we type cardNumber: '4111111111111111' into the iframe", "4111111111111111"),
    ("In the docs the example phone is (415) 555-0132.", "(415) 555-0132"),
    ("Our integration tests stub Twilio with +1 500 555 0001.", "+1 500 555 0001"),
    ("```\nPHONE=+1-555-0188\n```\nwhy is the env var empty?", "+1-555-0188"),
    ("```yaml\nsupport:\n  phone: \"+1-555-0100\"\n```\nHow do I load this?", "+1-555-0100"),
    ("isValidNumber returns false for (212) 555-0147 in my unit test — is that expected?", "(212) 555-0147"),
    ("Why does my EmailValidator reject bob@example.org?", "bob@example.org"),
    ("In my unit test I send mail to alice@example.com and it hangs.", "alice@example.com"),
    ("私のテストコードでは user@example.jp を使っています", "user@example.jp"),
    ("In my seed script I create admin@example.org and alice@example.net.", "admin@example.org"),
    ("Courts name unknown defendants Richard Roe or John Doe.", "Richard Roe"),
    ("Name the placeholder persons like Max Mustermann and Erika Mustermann in German docs.", "Max Mustermann"),
    ("Why do US courts use John Doe and Jane Doe for unknown parties?", "John Doe"),
    ("記入例：〒123-4567 ○○県××市△△町1-2-3 のように書いてください", "町1-2-3"),
    ("記入例：〒000-0000 東京都〇〇区〇〇1-2-3 という書き方で案内文を作りたい", "〇〇1-2-3"),
    ("記入例：〒100-0001 東京都千代田区千代田1-1", "100-0001"),
    ("マイナンバーのサンプル表示は 0000 0000 0000 にしています", "0000 0000 0000"),
    ("マイナンバーの入力欄のサンプルとして「1234 5678 9012」と表示するのはまずいですか？", "1234 5678 9012"),
    ("What's the history of 10 Downing Street?", "10 Downing Street"),
    ("Send the petition to 10 Downing Street, London SW1A 2AA.", "10 Downing Street"),
    ("Write an essay on the symbolism of 1600 Pennsylvania Avenue in American politics.", "1600 Pennsylvania Avenue"),
    ("What's the history of 1600 Pennsylvania Avenue NW, Washington, DC 20500?", "1600 Pennsylvania Avenue NW"),
    ("首相官邸の住所は東京都千代田区永田町2-3-1です。", "永田町2-3-1"),
]  # fmt: skip

# Per half: values of the set not mostly masked, and look-alike rows with any finding
# (measured at the end of the round: A 1 and 0, B 0 and 9; see docs/benchmarks.md).
_FLOORS = {"A": (1, 0), "B": (1, 9)}


@pytest.mark.parametrize(("text", "value", "kind"), FOUND, ids=[v[:24] for _, v, _ in FOUND])
def test_the_value_is_masked_whole(
    full_analyzer: PiiAnalyzer, text: str, value: str, kind: str
) -> None:
    assert_masked_whole(full_analyzer, text, value, kind)


@pytest.mark.parametrize(("text", "keep"), LOOKALIKES, ids=[k[:24] for _, k in LOOKALIKES])
def test_a_look_alike_is_left_alone(full_analyzer: PiiAnalyzer, text: str, keep: str) -> None:
    assert not touching(full_analyzer.analyze(text), text, keep)


@pytest.mark.parametrize("half", ["A", "B"])
def test_the_hand_set_floor(full_analyzer: PiiAnalyzer, half: str) -> None:
    rows = [(r["text"], v["text"]) for r in _ROWS if r["half"] == half for v in r["values"]]
    missed = not_covered(full_analyzer, rows, "")
    altered = [
        r["text"]
        for r in _ROWS
        if r["half"] == half and not r["values"] and full_analyzer.analyze(r["text"])
    ]
    values_floor, altered_floor = _FLOORS[half]
    assert len(missed) <= values_floor, "\n".join(missed)
    assert len(altered) <= altered_floor, "\n".join(altered)


def test_the_set_has_twins_to_mask() -> None:
    # at least 40 % of the rows are someone's own data in the shapes the look-alikes use
    assert 5 * sum(1 for r in _ROWS if r["values"]) >= 2 * len(_ROWS)
