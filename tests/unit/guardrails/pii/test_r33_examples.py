"""Thirty-third round, example and test data (issue 16): a form's model values, a
developer's test card, a reserved documentation domain, the North American fiction
numbers and the stand-in addresses of English manuals are nobody's and reach the model as
written; someone's own value beside the word example, test or sample is still masked.

Left alone now: 記入例 written in kana (きにゅうれい) and 見本 (not 見本市) as example words;
an office's model name (国税 太郎, 特許 太郎, 年金 花子), also when the name reader takes
the given name alone; the model birth date of a form (1月1日 of any year, 01/01/1990) on an
example line; a place of blanks right after the address reader's span (東京都千代田区○○1-2-3);
the stand-in streets of English manuals (123 Main Street, Anytown; 123 Fake Street); the
first twelve digits of a documented test card that the My Number reader took (4111 1111
1111 1111 in a sandbox question); RFC and "reserved for documentation" as example words; an
own word after the example that introduces another value (例：user@example.com のところに
自分のアドレス naoki@… を入れたら). Masked now: a postcode after a contrast with the example
(〒100-0000（記入例）じゃなくて、うちは〒530-0012); one's home said outright (うちは, 自宅,
実家, I live) is the writer's own; a sample that is goods sent or asked for (お試しサンプル,
サンプル請求, 例のサンプル, a free sample) is no example word, so the name or address it
goes to stays masked (partly blind: the leak was found in half B).

The rows are the round's hand set (bench/pii_data/written_r33_examples.jsonl, half A
tuned on, half B held out) and probes written for these tests.
"""

# ruff: noqa: E501  (tables of request texts, one per line)
from __future__ import annotations

import json
from pathlib import Path

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.round_floors import assert_masked_whole, not_covered, touching

_SET = Path(__file__).resolve().parents[4] / "bench" / "pii_data" / "written_r33_examples.jsonl"
_ROWS = [json.loads(line) for line in _SET.read_text(encoding="utf-8").splitlines() if line]

FOUND = [
    # (text, value, entity type prefix): someone's own data beside an example, test or sample word
    ("〒100-0000（記入例）じゃなくて、うちは〒530-0012 大阪府大阪市北区芝田1-8-3です。", "530-0012", "POSTAL_CODE"),
    ("記入例の〒060-0001じゃなくて、〒064-0821 宛に送って", "064-0821", "POSTAL_CODE"),
    ("例：〒150-0001 ではなく、実際の送付先は〒150-0043 です", "150-0043", "POSTAL_CODE"),
    ("記入例は山田太郎・090-0000-0000ですが、私は高橋美咲、電話は090-2231-8876です。", "090-2231-8876", "PHONE_NUMBER"),
    ("例：user@example.com のところに自分のアドレス naoki.fujii@docomo.ne.jp を入れたらエラーになります", "naoki.fujii@docomo.ne.jp", "EMAIL_ADDRESS"),
    ("e.g. jane@example.org is the docs' sample, but my wife's email is mei.chen88@hotmail.com", "mei.chen88@hotmail.com", "EMAIL_ADDRESS"),
    ("電話番号の例：090-1234-5678 は私の番号です", "090-1234-5678", "PHONE_NUMBER"),
    ("例えば 090-1234-5678 は私の番号で、妻は 080-3312-9981 です", "090-1234-5678", "PHONE_NUMBER"),
    ("見本どおりに書きました：電話 090-0000-0000 は私の番号です", "090-0000-0000", "PHONE_NUMBER"),
    ("見本市の受付で佐藤健二さん（090-6612-4471）に会いました", "090-6612-4471", "PHONE_NUMBER"),
    ("記入例を見て書きました：氏名 千葉 太郎、電話 043-221-7785", "043-221-7785", "PHONE_NUMBER"),
    ("生年月日の記入例は1月1日になってますが、私の誕生日は平成3年4月17日です", "平成3年4月17日", "DATE_OF_BIRTH"),
    ("I live at 45 Beacon Street, Boston, e.g. near the park; how do I write it on a form?", "45 Beacon Street", "ADDRESS"),
    ("My card 4111 1111 1111 1111 was charged twice", "4111 1111 1111 1111", "CREDIT_CARD"),
    ("RFCの件で連絡ください。私のアドレスは sato.k@example.co.jp です", "sato.k@example.co.jp", "EMAIL_ADDRESS"),
    ("The docs use 4242 4242 4242 4242 for tests, but I accidentally entered my real card 4539 8761 2034 5587.", "4539 8761 2034 5587", "CREDIT_CARD"),
    # goods sent or asked for: サンプル is no example word then (partly blind: found in half B)
    ("無料サンプルの送付先は〒460-0008 愛知県名古屋市中区栄3-15-2 です", "460-0008", "POSTAL_CODE"),
    ("サンプル請求フォームに 田中花子、携帯 080-2291-7764 と書きました", "田中花子", "PERSON"),
    ("Please send me a free sample: John Smith, 12 Oak Road, Leeds LS6 2QF", "John Smith", "PERSON"),
    ("例のサンプルは佐藤花子様あてにお願いします", "佐藤花子", "PERSON"),
]  # fmt: skip

# (text, the words that must reach the model as written): probes written for the tests
LOOKALIKES = [
    ("にゅうりょくれいの 090-0000-0000 って じぶんの ばんごう いれるの？", "090-0000-0000"),
    ("きにゅうれいの 山田太郎 さんの ところに なまえを かけば いいの？", "山田太郎"),
    ("申込書の見本に「山田花子 03-1234-5678」とあるけど、市外局番は括弧で囲むべき？", "03-1234-5678"),
    ("特許庁の記入例では出願人が「特許 太郎」になっていますが、法人の場合は？", "特許 太郎"),
    ("年金請求書の記入例「年金 花子」さんの欄を参考に書きました", "年金 花子"),
    ("扶養控除等申告書の記入例（氏名 国税 太郎、個人番号 123456789012）", "国税 太郎"),
    ("記入例の生年月日「平成2年1月1日」は西暦だと何年？", "平成2年1月1日"),
    ("Sample form: Date of birth 01/01/1990 — which order do US forms use?", "01/01/1990"),
    ("記入例：大阪府大阪市○○区△△町1-1 の書き方でいいですか", "大阪府大阪市"),
    ("【記入例】〒100-0000 東京都千代田区○○1-2-3 山田 太郎", "東京都千代田区"),
    ("e.g. 1234 Main St, Anytown, CA 90000 — what's the correct order for US addresses?", "1234 Main St"),
    ("For example, Acme Inc., 123 Fake Street, Springfield -- is the comma needed?", "123 Fake Street"),
    ("sandbox: does 4111-1111-1111-1111 still work for Authorize.Net testing?", "4111-1111-1111-1111"),
    ("Is 4111 1111 1111 1111 still a valid Visa test number for the Authorize.Net sandbox?", "4111 1111 1111 1111"),
    ("Per RFC 6761, anything@foo.test is reserved -- ok to use?", "anything@foo.test"),
    ("Per RFC, test@example.com is safe, but my manager's address is r.tanaka@mizuho-partners.co.jp", "test@example.com"),
    ("例：taro@example.jp の欄に自分のメール keiko.abe@gmail.com を入れたら弾かれた", "taro@example.jp"),
    ("サンプルコードの user@example.com を書き換えるには？", "user@example.com"),
    ("Sample form: Name John Doe, Phone 555-0100 — fine for the docs?", "John Doe"),
]  # fmt: skip

# Per half: values of the set not mostly masked, and look-alike rows with any finding
# (measured at the end of the round: A 0 and 1, B 0 and 7, B partly blind; see docs/benchmarks.md).
_FLOORS = {"A": (0, 1), "B": (0, 7)}


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
