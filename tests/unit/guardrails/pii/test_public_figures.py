from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.entities import PERSON, PUBLIC_FIGURE
from guardrails.pii.public_figures import PublicFigures


@pytest.mark.parametrize(
    ("text", "name", "general"),
    [
        ("夏目漱石はどんな人物ですか？", "夏目漱石", True),
        ("Who was Albert Einstein?", "Albert Einstein", True),
        ("レオナルド・ダ・ヴィンチの作品", "レオナルド・ダ・ヴィンチ", True),
        ("家康の政策を説明して", "家康", True),
        ("徳川家康さんから電話がありました", "徳川家康", False),
        ("担当の大谷翔平が対応します", "大谷翔平", False),
        ("私は織田信長と申します", "織田信長", False),
        ("my client Isaac Newton called", "Isaac Newton", False),
        ("山田太郎はどんな人物ですか？", "山田太郎", False),
    ],
    ids=[
        "author-question",
        "english-question",
        "joined-with-dots",
        "short-form",
        "honorific-makes-a-namesake",
        "staff-cue",
        "self-introduction",
        "english-client-cue",
        "not-listed",
    ],
)
def test_general_mention(text: str, name: str, general: bool) -> None:
    start = text.index(name)
    assert PublicFigures().is_general_mention(text, start, start + len(name)) is general


def test_a_record_is_never_a_general_mention() -> None:
    text = "夏目漱石 電話090-1234-5678"
    assert not PublicFigures().is_general_mention(text, 0, 4, ["PHONE_NUMBER", PERSON])
    assert PublicFigures().is_general_mention(text, 0, 4, [PERSON])


@pytest.mark.parametrize(
    "text",
    ["夏目漱石の代表作を教えて", "織田信長が生まれたのは何年ですか？", "Who was Albert Einstein?"],
    ids=["author", "warlord", "scientist"],
)
def test_analyzer_leaves_public_figures_unless_asked(pii_analyzer: PiiAnalyzer, text: str) -> None:
    assert [f for f in pii_analyzer.analyze(text) if f.entity_type == PERSON] == []
    asked = pii_analyzer.default_entities | {PUBLIC_FIGURE}
    assert [f.entity_type for f in pii_analyzer.analyze(text, entities=asked)] == [PERSON]
