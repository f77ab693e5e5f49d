"""The recognizers plug into Presidio: one entity each, raw offsets, nlp_artifacts unused."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer

from guardrails.pii.special_care import (
    CATEGORIES,
    SpecialCareDetector,
    category_for,
    entity_type,
    special_care_recognizers,
)


def test_one_recognizer_per_category(detector: SpecialCareDetector) -> None:
    recognizers = special_care_recognizers(detector)
    assert all(isinstance(r, EntityRecognizer) for r in recognizers)
    assert sorted(e for r in recognizers for e in r.supported_entities) == sorted(
        c.entity_type for c in CATEGORIES
    )


@pytest.mark.parametrize(
    ("text", "entity", "value"),
    [
        pytest.param(
            "こんにちは。母は統合失調症と診断されました。",
            "SPECIAL_CARE:medical_history",
            "統合失調症",
            id="ja-after-greeting",
        ),
        pytest.param(
            "ＡＤＨＤと診断されました。",
            "SPECIAL_CARE:disability",
            "ＡＤＨＤ",
            id="full-width-offsets",
        ),
    ],
)
def test_analyze_returns_raw_offsets(
    detector: SpecialCareDetector, text: str, entity: str, value: str
) -> None:
    results = [
        result
        for recognizer in special_care_recognizers(detector)
        for result in recognizer.analyze(text, [], None)
    ]
    assert [(r.entity_type, text[r.start : r.end]) for r in results] == [(entity, value)]


def test_entities_filter_is_respected(detector: SpecialCareDetector) -> None:
    recognizer = special_care_recognizers(detector)[0]
    assert recognizer.analyze("私はアイヌ民族です。", ["PERSON"], None) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("race", "人種", id="key"),
        pytest.param("SPECIAL_CARE:juvenile_procedure", "少年の保護事件に関する手続", id="label"),
    ],
)
def test_category_lookup(name: str, expected: str) -> None:
    assert category_for(name).label_ja == expected


def test_unknown_category_raises() -> None:
    with pytest.raises(KeyError):
        entity_type("blood_type")
