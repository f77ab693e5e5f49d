"""Characters that display nothing cannot split a value out of detection.

A zero-width space, joiner or non-joiner, a word joiner, a soft hyphen, a byte-order mark, a
bidirectional control or a Unicode tag character inside a phone number, an e-mail address or
a name shows nothing: the value reads whole to a person and to a model. Each row puts one
kind inside one kind of value; the whole written value (the invisible characters included)
must be found, and the text without them must normalise the same way.
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.normalize import normalize

INVISIBLE = {
    "zero-width-space": "\u200b",
    "zero-width-non-joiner": "\u200c",
    "zero-width-joiner": "\u200d",
    "word-joiner": "\u2060",
    "soft-hyphen": "\u00ad",
    "byte-order-mark": "\ufeff",
    "left-to-right-mark": "\u200e",
    "bidi-embedding": "\u202a",
    "bidi-isolate": "\u2066",
    "tag-character": "\U000e0041",
    "two-in-a-row": "\u200b\u200d",
    # Reached the model whole before (found by the hostile-input probe of the fourteenth
    # round): they display nothing either.
    "variation-selector-16": "\ufe0f",
    "variation-selector-1": "\ufe00",
    "variation-selector-supplement": "\U000e0100",
    "combining-grapheme-joiner": "\u034f",
    "mongolian-variation-selector": "\u180b",
    "interlinear-annotation": "\ufff9",
    "shorthand-format-control": "\U0001bca0",
    "nul": "\x00",
    "escape": "\x1b",
    "unit-separator": "\x1f",
    "delete": "\x7f",
    "c1-control": "\x9b",
}

# (text with {x} where the invisible character goes, the written value, its type)
VALUES = [
    ("電話は090{x}-1234-5678です", "090{x}-1234-5678", "PHONE_NUMBER"),
    ("携帯：０８０ー{x}９８７６ー５４３２", "０８０ー{x}９８７６ー５４３２", "PHONE_NUMBER"),
    ("call me on 03-55{x}55-1212 please", "03-55{x}55-1212", "PHONE_NUMBER"),
    ("mail: ta{x}ro.yamada@example.co.jp", "ta{x}ro.yamada@example.co.jp", "EMAIL_ADDRESS"),
    ("連絡先 hanako@exa{x}mple.jp まで", "hanako@exa{x}mple.jp", "EMAIL_ADDRESS"),
    ("マイナンバーは1234{x}5678{x}9018です", "1234{x}5678{x}9018", "MY_NUMBER"),
    ("電話は090{x}1234{x}5678です", "090{x}1234{x}5678", "PHONE_NUMBER"),
]


@pytest.mark.parametrize("invisible", list(INVISIBLE.values()), ids=list(INVISIBLE))
@pytest.mark.parametrize(("template", "value", "entity"), VALUES)
def test_value_with_an_invisible_character_is_found_whole(
    pii_analyzer: PiiAnalyzer, template: str, value: str, entity: str, invisible: str
) -> None:
    text = template.format(x=invisible)
    written = value.format(x=invisible)
    start = text.index(written)
    end = start + len(written)
    findings = pii_analyzer.analyze(text)
    assert any(f.entity_type == entity and f.start <= start and end <= f.end for f in findings), [
        (text[f.start : f.end], f.entity_type) for f in findings
    ]


@pytest.mark.parametrize("invisible", list(INVISIBLE.values()), ids=list(INVISIBLE))
def test_invisible_characters_are_dropped_and_map_back(invisible: str) -> None:
    text = f"番号 090{invisible}-1234 です"
    result = normalize(text)
    assert result.text == "番号 090-1234 です"
    start = result.text.index("090-1234")
    mapped = result.to_original(start, start + len("090-1234"))
    assert text[mapped[0] : mapped[1]] == f"090{invisible}-1234"


def test_text_of_invisible_characters_only_normalises_to_nothing() -> None:
    result = normalize("\u200b\ufeff\u2060")
    assert result.text == ""
    start, end = result.to_original(0, 0)
    assert start == end


# Characters that show something (a line break, a tab, a page break) are not dropped
# (between two digit groups all but the line feed read as a space, one for one: below).
@pytest.mark.parametrize(
    "shown", ["\t", "\n", "\r", "\x0b", "\x0c", "\x85", "\u2028", " "],
    ids=["tab", "line-feed", "carriage-return", "vertical-tab", "form-feed", "next-line",
         "line-separator", "space"],
)  # fmt: skip
def test_characters_that_show_something_are_kept(shown: str) -> None:
    assert normalize(f"番号 090{shown}です").text == f"番号 090{shown}です"
    spaced = normalize(f"番号 090{shown}1234 です").text
    assert spaced == f"番号 090{shown if shown == chr(10) else ' '}1234 です"


def test_emoji_sequence_keeps_detection_text_readable() -> None:
    # A joiner inside an emoji sequence is dropped for detection only; the text the client
    # sent is never rewritten by normalisation.
    family = "👨\u200d👩\u200d👧 山田です"
    assert normalize(family).text == "👨👩👧 山田です"


# Characters drawn as an empty cell that are not spaces: read as a space, so a value split by
# them is found as a value split by spaces is (090 1234 5678). They reached the model whole.
BLANK = {
    "hangul-filler": "\u3164",
    "halfwidth-hangul-filler": "\uffa0",
    "hangul-choseong-filler": "\u115f",
    "braille-blank": "\u2800",
}

# Whitespace that is not a space between two digit groups (a spreadsheet cell copied as
# text, a form that sends a vertical tab, a lone carriage return, NEL, the Unicode line and
# paragraph separators): a gap in one number, read as a space. 090\t1234\t5678 reached the
# model whole (found by the hostile-input probe of the fifteenth round).
DIGIT_BLANK = {
    "tab": "\t",
    "two-tabs": "\t\t",
    "tab-and-space": " \t",
    "vertical-tab": "\x0b",
    "form-feed": "\x0c",
    "carriage-return": "\r",
    "next-line": "\x85",
    "line-separator": "\u2028",
    "paragraph-separator": "\u2029",
}


@pytest.mark.parametrize(
    "blank", [*BLANK.values(), *DIGIT_BLANK.values()], ids=[*BLANK, *DIGIT_BLANK]
)
@pytest.mark.parametrize(
    ("template", "value", "entity"),
    [
        ("電話は090{x}1234{x}5678です", "090{x}1234{x}5678", "PHONE_NUMBER"),
        ("call me on 03{x}5555{x}1212 please", "03{x}5555{x}1212", "PHONE_NUMBER"),
        ("カード番号 4111{x}1111{x}1111{x}1111", "4111{x}1111{x}1111{x}1111", "CREDIT_CARD"),
        ("マイナンバーは1234{x}5678{x}9018です", "1234{x}5678{x}9018", "MY_NUMBER"),
    ],
)
def test_value_split_by_a_blank_is_found_whole(
    pii_analyzer: PiiAnalyzer, template: str, value: str, entity: str, blank: str
) -> None:
    text = template.format(x=blank)
    written = value.format(x=blank)
    start = text.index(written)
    end = start + len(written)
    findings = pii_analyzer.analyze(text)
    assert any(f.entity_type == entity and f.start <= start and end <= f.end for f in findings), [
        (text[f.start : f.end], f.entity_type) for f in findings
    ]


@pytest.mark.parametrize("blank", list(BLANK.values()), ids=list(BLANK))
def test_blank_fillers_read_as_spaces_one_for_one(blank: str) -> None:
    result = normalize(f"番号 090{blank}1234 です")
    assert result.text == "番号 090 1234 です"
    assert result.to_original(3, 11) == (3, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("番号 090\t1234 です", "番号 090 1234 です"),
        ("090\r\n1234", "090\r\n1234"),  # a line break keeps its meaning
        ("数量\t3\n金額\t4500", "数量\t3\n金額\t4500"),  # a tab beside a word stays a tab
        ("a\tb\u2028c", "a\tb\u2028c"),
    ],
)
def test_other_whitespace_between_digits_only_reads_as_spaces(text: str, expected: str) -> None:
    result = normalize(text)
    assert result.text == expected
    assert result.to_original(0, len(expected)) == (0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "品番\t数量\t単価\nA-100\t3\t4500\nB-220\t12\t3000",
        "日付\t件数\n12/01\t15\n12/02\t8",
        "第1四半期\t1200\t1350\t980",
    ],
)
def test_tab_separated_tables_of_small_numbers_hold_no_value(
    pii_analyzer: PiiAnalyzer, text: str
) -> None:
    assert [(f.entity_type, text[f.start : f.end]) for f in pii_analyzer.analyze(text)] == []
