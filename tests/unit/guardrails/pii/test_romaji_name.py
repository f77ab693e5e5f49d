from __future__ import annotations

import pytest

from guardrails.pii.recognizers.romaji_name import RomajiNameRecognizer, is_romaji_word
from tests.unit.guardrails.pii.conftest import Detect, above


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please contact Kenji Watanabe today.", ["Kenji Watanabe"]),
        ("担当はShota Itoです", ["Shota Ito"]),
        ("YAMAMOTO Yui", ["YAMAMOTO Yui"]),
        ("Thanks, Sato-san!", ["Sato"]),
        ("Mr. Nakamura called", ["Nakamura"]),
        ("Ryouta Kobayashi", ["Ryouta Kobayashi"]),
        ("Please Contact Support", []),
        ("Machine Learning", []),
        ("Tokyo is big", []),
        ("John Smith", []),
    ],
    ids=[
        "english-sentence",
        "glued-to-japanese",
        "uppercase-surname",
        "san-suffix",
        "mr-prefix",
        "long-vowel-ou",
        "english-words",
        "english-capitalised",
        "single-place-word",
        "western-name-not-romaji",
    ],
)
def test_romaji_name(detect: Detect, text: str, expected: list[str]) -> None:
    assert above(detect(RomajiNameRecognizer(), text)) == expected


@pytest.mark.parametrize(
    ("word", "romaji"),
    [("Kobayashi", True), ("Shun", True), ("Hattori", True), ("Please", False), ("Smith", False)],
    ids=["kobayashi", "final-n", "double-consonant", "cluster", "final-consonant"],
)
def test_is_romaji_word(word: str, romaji: bool) -> None:
    assert is_romaji_word(word) is romaji
