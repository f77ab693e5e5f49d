from __future__ import annotations

import gc
import os
import random
from pathlib import Path
from typing import Any

import pytest
import spacy

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.entities import LOCATION, PERSON
from guardrails.pii.nlp_engine import (
    GINZA_LABEL_TO_ENTITY,
    GinzaNlpEngine,
    morphs,
    sentence_ranges,
)
from guardrails.pii.special_care.dependency_check import GinzaDependencyCheck


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


def _rss_bytes() -> int:
    pages = Path("/proc/self/statm").read_text(encoding="ascii").split()[1]
    return int(pages) * os.sysconf("SC_PAGE_SIZE")


def _novel_words(rng: random.Random, count: int) -> list[str]:
    katakana = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロ"
    words = []
    for index in range(count):
        if index % 2:
            words.append("".join(rng.choice(katakana) for _ in range(6)))
        else:
            words.append("Zq" + "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(7)))
    return words


def test_ner_leaves_no_strings_behind(nlp_engine: GinzaNlpEngine) -> None:
    """Novel words run through GiNZA's NER are not kept in the model's string store."""
    vocab = nlp_engine._require_nlp().vocab
    words = _novel_words(random.Random(8), 1_000)
    strings = len(vocab.strings)
    for start in range(0, len(words), 100):
        text = "、".join(words[start : start + 100]) + "。"
        nlp_engine.add_entities(nlp_engine.tokenize(text), [(0, len(text))])
    assert len(vocab.strings) == strings


def test_special_care_parser_is_recycled_before_it_grows_unbounded() -> None:
    """GiNZA's tokenizer keeps each novel word's reading in the morphology table; the
    special-care parser is reloaded once that has grown by ``recycle_after`` entries."""
    loads: list[Any] = []

    def loader() -> Any:
        nlp = spacy.load("ja_ginza", exclude=["ner", "compound_splitter", "bunsetu_recognizer"])
        loads.append(nlp)
        return nlp

    check = GinzaDependencyCheck(["母"], loader, recycle_after=60)
    check.states_fact("母はうつ病です。", 2, 5)
    base = len(loads[0].vocab.strings)
    for word in _novel_words(random.Random(9), 100):
        check.states_fact(f"{word}さんはうつ病と診断されました。", len(word) + 3, len(word) + 6)
        assert len(loads[-1].vocab.strings) <= base + 61
    assert len(loads) == 2


def test_50k_novel_tokens_keep_rss_within_a_margin(pii_analyzer: PiiAnalyzer) -> None:
    """50,000 novel katakana/Latin tokens through the analyzer (names, so NER runs where a
    candidate is undecided): the model's string store ends the same size and resident
    memory grows by less than a fixed margin (it grew ~5 KB per such request before)."""
    rng = random.Random(22)
    vocab = pii_analyzer._nlp._require_nlp().vocab

    def run(words: list[str]) -> None:
        for start in range(0, len(words), 20):
            pii_analyzer.analyze("、".join(words[start : start + 20]) + "さんに連絡しました。")

    run(_novel_words(rng, 2_000))  # warm-up: arenas, caches
    gc.collect()
    strings, rss = len(vocab.strings), _rss_bytes()
    run(_novel_words(rng, 50_000))
    gc.collect()
    assert len(vocab.strings) == strings
    assert _rss_bytes() - rss < 32 * 1024 * 1024


def test_tokenised_documents_vocabulary_stays_bounded(nlp_engine: GinzaNlpEngine) -> None:
    """Tokenised documents share one vocabulary (not the model's), replaced by an empty one
    once it holds ``_DOC_VOCAB_WORDS`` words: it never holds more than that plus one
    document's words, and an older document keeps its words."""
    from guardrails.pii import nlp_engine as module

    words = _novel_words(random.Random(23), 3_000)
    first = nlp_engine.tokenize("、".join(words[:50]) + "。")
    seen = set()
    limit = 500
    original = module._DOC_VOCAB_WORDS
    module._DOC_VOCAB_WORDS = limit
    try:
        for start in range(0, len(words), 50):
            doc = nlp_engine.tokenize("、".join(words[start : start + 50]) + "。")
            seen.add(id(doc.vocab))
            assert len(doc.vocab) <= limit + len(doc) + 1
            assert [t.text for t in doc] == [m.text for m in morphs(doc)]
    finally:
        module._DOC_VOCAB_WORDS = original
    assert len(seen) > 1  # replaced at least once
    assert [t.text for t in first] == [m.text for m in morphs(first)]
    assert first.vocab is not nlp_engine._require_nlp().vocab
