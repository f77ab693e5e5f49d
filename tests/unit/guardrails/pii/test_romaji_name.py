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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My name is Ryo Ito. I'd like to change my plan.", ["Ryo Ito"]),
        ("My name is Emily Brennan.", ["Emily Brennan"]),
        ("Dear Grace Whitfield-Moreno,", ["Grace Whitfield-Moreno"]),
        ("Ayaka_Watanabe", ["Ayaka_Watanabe"]),
        ("I am Japanese.", []),
    ],
    ids=["short-romaji-given-name", "english-name-after-intro", "hyphenated-after-dear",
         "user-name-underscore", "single-word-after-i-am"],
)  # fmt: skip
def test_introduced_and_joined_names(detect: Detect, text: str, expected: list[str]) -> None:
    assert above(detect(RomajiNameRecognizer(), text)) == expected
