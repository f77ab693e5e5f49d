from __future__ import annotations

import pytest

from guardrails.pii.recognizers.date_of_birth import DateOfBirthRecognizer
from tests.unit.guardrails.pii.conftest import Detect, above


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("生年月日:1985/04/12", ["1985/04/12"]),
        ("生年月日は1985年4月12日です", ["1985年4月12日"]),
        ("誕生日 2001-11-30", ["2001-11-30"]),
        ("昭和60年4月12日生まれ", ["昭和60年4月12日"]),
        ("生年月日 平成元年1月8日", ["平成元年1月8日"]),
        ("㍼55年3月3日生", ["昭和55年3月3日"]),
        ("生年月日 H2.7.28", ["H2.7.28"]),
        ("DOB: 1970.01.02", ["1970.01.02"]),
        ("生年月日：１９９０年１２月２４日", ["1990年12月24日"]),
        ("契約日は2023/04/01です", []),
        ("令和5年4月1日に施行", []),
        ("生年月日を入力してください。締切は2024/13/01", []),
    ],
    ids=[
        "western-slash",
        "western-kanji",
        "birthday-hyphen",
        "era-born-after",
        "era-first-year",
        "era-square-character",
        "era-initial",
        "english",
        "fullwidth",
        "contract-date",
        "law-date",
        "invalid-month",
    ],
)
def test_date_of_birth(detect: Detect, text: str, expected: list[str]) -> None:
    assert above(detect(DateOfBirthRecognizer(), text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("生年月日は一九五五年五月一日です", ["1955年5月1日"]),
        ("昭和六十年四月十二日生まれです", ["昭和60年4月12日"]),
        ("I was born on March 3, 1971.", ["March 3, 1971"]),
        ("DOB: 04/12/1985", ["04/12/1985"]),
        ("Date of birth 12 March 1985", ["12 March 1985"]),
        ("born Sept. 9th, 1990 in Osaka", ["Sept. 9th, 1990"]),
        ("birthday is 1985-04-12 btw", ["1985-04-12"]),
        ("The meeting on March 3, 1971 was short.", []),
        ("一九五五年に創業", []),
    ],
    ids=[
        "kanji-digits",
        "era-kanji-numerals",
        "english-month-first",
        "dob-slash",
        "english-day-first",
        "abbreviated-month-ordinal",
        "iso-birthday",
        "english-date-no-keyword",
        "kanji-year-no-keyword",
    ],
)
def test_date_of_birth_written_freely(detect: Detect, text: str, expected: list[str]) -> None:
    """Kanji numerals, 和暦 in kanji and English dates, each with a birth keyword."""
    assert above(detect(DateOfBirthRecognizer(), text)) == expected
