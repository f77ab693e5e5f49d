"""``normalize._blanks_as_spaces``: what it reads as a space, one for one (the name says
all of it: the blank fillers anywhere, and the other blanks — tab, vertical tab, form
feed, lone carriage return, NEL, line and paragraph separators — between two digits)."""

from __future__ import annotations

import pytest

from guardrails.pii.normalize import NormalizedText, _blanks_as_spaces


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("090\u31641234", "090 1234"),  # Hangul filler between digits
        ("山田\u2800太郎", "山田 太郎"),  # blank Braille: anywhere
        ("090\t1234\x0b5678", "090 1234 5678"),  # tab, vertical tab between digits
        ("12\x0c34\r56\x8578\u202890\u202912", "12 34 56 78 90 12"),
        ("数量\t3", "数量\t3"),  # beside a word: stays
        ("090\r\n1234", "090\r\n1234"),  # a line break keeps its meaning
        ("090 1234", "090 1234"),  # already a space
    ],
    ids=["filler", "braille", "tab-vt", "ff-cr-nel-ls-ps", "tab-by-word", "crlf", "space"],
)
def test_blanks_read_as_spaces_one_for_one(text: str, expected: str) -> None:
    result = _blanks_as_spaces(NormalizedText(text=text, original_length=len(text)))
    assert result.text == expected
    assert len(result.text) == len(text)
