from __future__ import annotations

import pytest

from guardrails.pii.recognizers.driver_license import DriverLicenseRecognizer
from tests.unit.guardrails.pii.conftest import Detect, above


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("運転免許証番号は301234567890です", ["301234567890"]),
        ("免許証の番号 4412-3456-7890", ["4412-3456-7890"]),
        ("driver's license 123456789012", ["123456789012"]),
        ("免許証１２３４５６７８９０１２", ["123456789012"]),
        ("受付番号301234567890", []),
        ("免許証番号30123456789", []),
        ("免許証番号3012345678901", []),
    ],
    ids=[
        "keyword",
        "grouped",
        "english",
        "fullwidth",
        "no-keyword",
        "eleven-digits",
        "thirteen-digits",
    ],
)
def test_driver_license(detect: Detect, text: str, expected: list[str]) -> None:
    assert above(detect(DriverLicenseRecognizer(), text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ライセンス番号：1234 5678 9012", ["1234 5678 9012"]),
        ("ライセンス番号は123456789012です", ["123456789012"]),
        ("免許証 第123456789012号", ["123456789012"]),
        ("Driver's license number 1234-5678-9012.", ["1234-5678-9012"]),
        ("注文番号123456789012", []),
    ],
    ids=["license-katakana", "license-plain", "printed-form", "english", "order-number"],
)
def test_driver_license_keywords(detect: Detect, text: str, expected: list[str]) -> None:
    assert above(detect(DriverLicenseRecognizer(), text)) == expected
