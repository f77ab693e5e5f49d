"""Digits of other scripts are digits: a value written in them is found whole.

A model reads ٠٩٠-١٢٣٤-٥٦٧٨ (Arabic-Indic) or ०९०-१२३४-५६७८ (Devanagari) as the phone
number it is; NFKC folds only full-width and mathematical digits, so these reached the model
whole. Each row writes one value in one script; the whole written value must be found, and
short amounts and counts in those scripts stay what they are.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.normalize import normalize

SCRIPTS = {
    "arabic-indic": "٠١٢٣٤٥٦٧٨٩",
    "extended-arabic-indic": "۰۱۲۳۴۵۶۷۸۹",
    "devanagari": "०१२३४५६७८९",
    "bengali": "০১২৩৪৫৬৭৮৯",
    "thai": "๐๑๒๓๔๕๖๗๘๙",
    "myanmar": "၀၁၂၃၄၅၆၇၈၉",
}

# (text with the value's digits in ASCII, the written value, its type)
VALUES = [
    ("電話は{v}です", "090-1234-5678", "PHONE_NUMBER"),
    ("携帯：{v}まで", "080-9876-5432", "PHONE_NUMBER"),
    ("call me on {v} please", "03-5555-1212", "PHONE_NUMBER"),
    ("マイナンバーは{v}です", "1234 5678 9018", "MY_NUMBER"),
]


def _in_script(ascii_text: str, digits: str) -> str:
    return ascii_text.translate(str.maketrans("0123456789", digits))


@pytest.mark.parametrize("digits", list(SCRIPTS.values()), ids=list(SCRIPTS))
@pytest.mark.parametrize(("template", "value", "entity"), VALUES)
def test_value_written_in_other_digits_is_found_whole(
    pii_analyzer: PiiAnalyzer, template: str, value: str, entity: str, digits: str
) -> None:
    written = _in_script(value, digits)
    text = template.format(v=written)
    start = text.index(written)
    end = start + len(written)
    findings = pii_analyzer.analyze(text)
    assert any(f.entity_type == entity and f.start <= start and end <= f.end for f in findings), [
        (text[f.start : f.end], f.entity_type) for f in findings
    ]


@pytest.mark.parametrize("digits", list(SCRIPTS.values()), ids=list(SCRIPTS))
@pytest.mark.parametrize(
    "template",
    ["価格は{v}円です", "{v}年に設立", "会議は{v}人で", "{v}ページを見て"],
    ids=["price", "year", "count", "page"],
)
def test_amounts_in_other_digits_are_not_personal_data(
    pii_analyzer: PiiAnalyzer, template: str, digits: str
) -> None:
    number = {"価格は{v}円です": "3000", "{v}年に設立": "2024"}.get(template, "12")
    text = template.format(v=_in_script(number, digits))
    assert pii_analyzer.analyze(text) == []


@pytest.mark.parametrize("digits", list(SCRIPTS.values()), ids=list(SCRIPTS))
def test_other_digits_are_read_one_for_one_and_map_back(digits: str) -> None:
    text = f"番号 {_in_script('090-1234', digits)} です"
    result = normalize(text)
    assert result.text == "番号 090-1234 です"
    assert result.to_original(3, 11) == (3, 11)
