from __future__ import annotations

import pytest

from guardrails.pii.recognizers.western_address import WesternAddressRecognizer
from tests.unit.guardrails.pii.conftest import Detect, above


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ship to 979 Cedar Lane, Seattle, WA 98101 please", ["979 Cedar Lane, Seattle, WA 98101"]),
        ("Apt 1A, 78 Park Ave, Boston, MA 02116", ["Apt 1A, 78 Park Ave, Boston, MA 02116"]),
        ("住所は7-17-17 Umeda, Kita-ku, Osaka 530-0001です",
         ["7-17-17 Umeda, Kita-ku, Osaka 530-0001"]),
        ("1-2-3 Hongo, Bunkyo-ku, Tokyo", ["1-2-3 Hongo, Bunkyo-ku, Tokyo"]),
        ("12 Elm St. Suite 4", ["12 Elm St. Suite 4"]),
        ("I have 3 Main points to make", []),
        ("Version 1-2-3 release notes", []),
        ("お届け先 16-3 北七条西 3-chome, 札幌市北区", ["16-3 北七条西 3-chome, 札幌市北区"]),
        ("send it to 7-11 神南, 渋谷区 please", ["7-11 神南, 渋谷区"]),
        ("2-5-8 桜新町 2丁目, 世田谷区", ["2-5-8 桜新町 2丁目, 世田谷区"]),
        ("第1-2-3 営業部, 本社", []),
        ("1-2 対戦, 3位決定戦", []),
    ],
    ids=["us-street", "us-with-unit", "romaji-in-japanese", "romaji-no-postal",
         "abbreviated-street", "no-street-word", "version", "mixed-chome-romaji",
         "mixed-no-chome", "mixed-chome-kanji", "department-not-municipality",
         "score-not-address"],
)  # fmt: skip
def test_western_address(detect: Detect, text: str, expected: list[str]) -> None:
    assert above(detect(WesternAddressRecognizer(), text)) == expected
