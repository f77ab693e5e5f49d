"""The special-care parser holding the PII engine's word vectors parses as the one that
reads its own vocabulary from disk, and the gateway's analyzer is wired that way."""

from __future__ import annotations

from typing import Any

import pytest

from guardrails.pii.engine import build_analyzer
from guardrails.pii.nlp_engine import GinzaNlpEngine
from guardrails.pii.special_care import SpecialCareRecognizer
from guardrails.pii.special_care.dependency_check import GinzaDependencyCheck, load_parser

SENTENCES = [
    "不妊治療の休暇制度と認知症介護の相談窓口",
    "母が糖尿病で通院しているのですが、介護休暇は取れますか。",
    "兄は昨年うつ病と診断され、今も薬を飲んでいます。",
    "仏教の本を探しています。",
    "糖尿病に良い食べ物を教えてください。",
    "同僚の佐藤さんは前科があると噂されている。",
    "私はクリスチャンなので日曜は出勤できません。",
    "ＨＩＶ検査の結果が陽性だった友人に何と声をかければいいですか？",
    "障害者手帳を持っている社員の配置について相談したい。",
    "ｽﾏﾎで撮った診断書を送ります",
]


def _reading(nlp: Any, sentence: str) -> list[tuple[object, ...]]:
    with nlp.memory_zone():
        return [
            (t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, str(t.morph))
            for t in nlp(sentence)
        ]


@pytest.fixture(scope="module")
def parsers(nlp_engine: GinzaNlpEngine) -> tuple[Any, Any]:
    vocab = nlp_engine.vocab
    assert vocab is not None
    return load_parser(), load_parser(vocab.vectors)


@pytest.mark.parametrize("sentence", SENTENCES, ids=range(len(SENTENCES)))
def test_same_parse_with_the_engines_vectors(parsers: tuple[Any, Any], sentence: str) -> None:
    own, held = parsers
    assert _reading(held, sentence) == _reading(own, sentence)


def test_the_vector_table_is_held_not_copied_and_the_strings_are_the_parsers_own(
    parsers: tuple[Any, Any], nlp_engine: GinzaNlpEngine
) -> None:
    _, held = parsers
    engine_vocab = nlp_engine.vocab
    assert engine_vocab is not None
    assert held.vocab.vectors.data is engine_vocab.vectors.data
    assert held.vocab.strings is not engine_vocab.strings
    # The engine's table still names its strings by the engine's store.
    assert engine_vocab.vectors.strings is engine_vocab.strings


def test_gateway_analyzer_parser_holds_the_engines_vectors(nlp_engine: GinzaNlpEngine) -> None:
    analyzer = build_analyzer(nlp_engine)
    recognizer = next(r for r in analyzer._recognizers if isinstance(r, SpecialCareRecognizer))
    check = recognizer._detector._parser
    assert isinstance(check, GinzaDependencyCheck)
    # A noun phrase with special-care words and no predicate: the lexicon leaves it open.
    analyzer.analyze("不妊治療の休暇制度と認知症介護の相談窓口")
    assert check.loaded
    engine_vocab = nlp_engine.vocab
    assert engine_vocab is not None
    assert check._nlp.vocab.vectors.data is engine_vocab.vectors.data
