from __future__ import annotations

import pytest

from guardrails.pii.placeholder import PlaceholderFormat, label_for


@pytest.mark.parametrize(
    "template",
    ["PERSON", "<{type}>", "<{n}_{type}>", "<{type}_{n}_{n}>", "<{type}x{n}>", "{{type}_{n}}"],
    ids=["no-fields", "no-number", "number-first", "twice", "letters", "stray-brace"],
)
def test_bad_templates_are_refused(template: str) -> None:
    with pytest.raises(ValueError, match="placeholder template"):
        PlaceholderFormat(template)


def test_labels() -> None:
    assert label_for("PERSON") == "PERSON"
    assert label_for("SPECIAL_CARE:criminal_record") == "SPECIAL_CARE_CRIMINAL_RECORD"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("<PERSON_1>", "<PERSON_1>"),
        ("＜PERSON_1＞", "＜PERSON_1＞"),
        ("〈PERSON_1〉", "〈PERSON_1〉"),
        ("[PERSON_1]", "[PERSON_1]"),
        ("< PERSON _ 1 >", "< PERSON _ 1 >"),
        ("PERSON_1さん", "PERSON_1"),
        ("person_1", "person_1"),
        ("ＰＥＲＳＯＮ＿１", "ＰＥＲＳＯＮ＿１"),
        ("<PERSON1>", "<PERSON1>"),
        ("<PERSON_1さん", "<PERSON_1"),
        ("abc<PERSON_1>", "<PERSON_1>"),
    ],
    ids=[
        "exact",
        "full-width-brackets",
        "angle-brackets",
        "square",
        "spaces",
        "bare",
        "lower",
        "full-width",
        "no-separator",
        "no-closing",
        "glued-to-word",
    ],
)
def test_tolerant_pattern_finds(text: str, found: str) -> None:
    match = PlaceholderFormat().pattern(["PERSON"]).search(text)
    assert match is not None
    assert match.group(0) == found


@pytest.mark.parametrize(
    "text",
    ["XPERSON_1", "PHONE_NUMBER_1", "PERSONAL", "<PERSON_>"],
    ids=["inside-word", "other-label", "word", "no-number"],
)
def test_tolerant_pattern_ignores(text: str) -> None:
    assert PlaceholderFormat().pattern(["PERSON"]).search(text) is None
