from __future__ import annotations

import pytest

from guardrails.pii.entities import LOCATION, PERSON
from guardrails.pii.nlp_engine import (
    GINZA_LABEL_TO_ENTITY,
    GinzaNlpEngine,
    morphs,
    sentence_ranges,
)


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        ("", []),
        ("一文だけ", [(0, 4)]),
        ("一つ目。二つ目！三つ目", [(0, 4), (4, 8), (8, 11)]),
        ("改行\n\n次", [(0, 4), (4, 5)]),
        ("Hello world. Next", [(0, 12), (12, 17)]),
        ("あ" * 400, [(0, 160), (160, 320), (320, 400)]),
    ],
    ids=["empty", "one", "three", "newlines", "english", "capped-length"],
)
def test_sentence_ranges(text: str, ranges: list[tuple[int, int]]) -> None:
    assert sentence_ranges(text) == ranges


@pytest.mark.parametrize(
    ("label", "entity"),
    [
        ("Person", PERSON),
        ("Province", LOCATION),
        ("City", LOCATION),
        ("Company", "ORGANIZATION"),
        ("Postal_Address", "ADDRESS"),
        ("Phone_Number", None),
        ("N_Person", None),
        ("Date", None),
    ],
    ids=str,
)
def test_label_mapping(label: str, entity: str | None) -> None:
    assert GINZA_LABEL_TO_ENTITY.get(label) == entity


def test_tokenize_carries_sudachi_part_of_speech(nlp_engine: GinzaNlpEngine) -> None:
    doc = nlp_engine.tokenize("山田太郎です")
    assert [(m.text, m.tag, m.idx) for m in morphs(doc)][:2] == [
        ("山田", "名詞-固有名詞-人名-姓", 0),
        ("太郎", "名詞-固有名詞-人名-名", 2),
    ]
    assert [t.text for t in doc] == [m.text for m in morphs(doc)]
    assert not doc.ents
    assert morphs(doc) is morphs(doc)


@pytest.mark.parametrize(
    "text",
    ["", " ", "🙂" * 20, "\x00\x07", "長い文章です。" * 1500],
    ids=["empty", "space", "emoji", "control", "over-sudachi-limit"],
)
def test_tokenize_covers_any_text(nlp_engine: GinzaNlpEngine, text: str) -> None:
    doc = nlp_engine.tokenize(text)
    assert doc.text == text


def test_ner_runs_only_on_requested_ranges(nlp_engine: GinzaNlpEngine) -> None:
    text = "昨日は特に何もなかった。山田太郎は大阪府に住んでいる。"
    second = sentence_ranges(text)[1]
    doc = nlp_engine.tokenize(text)
    processed = nlp_engine.add_entities(doc, [second])
    assert processed == second[1] - second[0]
    labels = {(e.text, e.label_) for e in doc.ents}
    assert ("山田太郎", PERSON) in labels
    assert all(e.start_char >= second[0] for e in doc.ents)


def test_process_text_is_presidio_compatible(nlp_engine: GinzaNlpEngine) -> None:
    artifacts = nlp_engine.process_text("佐藤花子は東京都に住んでいます。", "ja")
    assert {e.label_ for e in artifacts.entities} <= set(GINZA_LABEL_TO_ENTITY.values())
    assert len(artifacts.tokens_indices) == len(artifacts.tokens)
    assert nlp_engine.is_punct("。", "ja")
    assert not nlp_engine.is_punct("山", "ja")
    assert nlp_engine.get_supported_languages() == ["ja"]


def test_missing_model_is_an_os_error() -> None:
    with pytest.raises(OSError):
        GinzaNlpEngine(model_name="mamori_no_such_model").load()
