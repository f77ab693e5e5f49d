"""My Number fails closed (issue 16, seventeenth round, second wave): twelve digits that
pass the check are a 個人番号 unless something names them as another number, and a My
Number word broken by a line, spaces or a content part still counts.

Every row was written for these tests (none comes from a benchmark set); every number
passes the My Number check.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer

FOUND = [
    # the keyword's second half only (``My`` was in the content part before an image)
    ("Number: 5201 3948 2712", "5201 3948 2712"),
    ("ナンバー:520139482712", "520139482712"),
    # no word at all: fail closed
    ("この番号 271828182840 で検索して", "271828182840"),
    ('{"id": "384761209585"}', "384761209585"),
    ("| 氏名 | 番号 |\n|---|---|\n| 山田 | 600192837461 |", "600192837461"),
    # the keyword broken by a line or spaces
    ("My\nNumber: 304188273644", "304188273644"),
    ("マイ\nナンバー\n7112-0983-3453", "7112-0983-3453"),
    ("個人 番号 409811722362", "409811722362"),
    # a row label (契約者) before a value in the 個人番号 column
    ("続柄,個人番号\n契約者,3041-8827-3644", "3041-8827-3644"),
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_my_number_is_found_whole(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    start = text.index(value)
    end = start + len(value)
    assert any(
        f.entity_type == "MY_NUMBER" and f.start <= start and end <= f.end
        for f in full_analyzer.analyze(text)
    )


NOT_MY_NUMBER = [
    # a parcel's words in the sentence or line (Yamato numbers are twelve digits)
    "ヤマト運輸 5201-3948-2712 の配達状況",
    "the parcel 711209833453 was delivered to the wrong door",
    "荷物 3041 8827 3644 がまだ届きません",
    # the key or label of another number, also on the line above or as a JSON key
    "追跡番号\n304188273644",
    '{"tracking_no": "711209833453"}',
    '{"order_id": "600192837461", "qty": 1}',
    "order 600192837461 shipped yesterday",
    "注文 384761209585 をキャンセルしたい",
    "Invoice 520139482712 due 2025-01-31",
    "contract no. 304188273644 renewal",
    "請求書 409811722362 の金額",
    # the header of the column the number stands in
    "| 伝票番号 | 状態 |\n|---|---|\n| 409811722362 | 配達中 |",
    "order,status\n384761209585,shipped",
    # numbers that are not twelve digits or do not pass the check
    "JAN 4901234567894 の商品",
    "ISBN 978-4-10-109205-8",
    "価格 123,456,789 円",
    "2024-12-01 10:00 開始",
    "型番 AB-1234-5678",
]


@pytest.mark.parametrize("text", NOT_MY_NUMBER)
def test_other_number_is_no_my_number(full_analyzer: PiiAnalyzer, text: str) -> None:
    assert [f for f in full_analyzer.analyze(text) if f.entity_type == "MY_NUMBER"] == []


@pytest.mark.parametrize(
    "text",
    ["免許証 409811722362", "driver's licence no. 711209833453", "ライセンス番号:520139482712"],
)
def test_licence_is_no_my_number(full_analyzer: PiiAnalyzer, text: str) -> None:
    findings = full_analyzer.analyze(text)
    assert [f.entity_type for f in findings if f.entity_type == "MY_NUMBER"] == []
