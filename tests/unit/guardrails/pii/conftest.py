"""Shared fixtures for the PII detection tests: GiNZA is loaded once per session."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer import EntityRecognizer

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.engine import build_analyzer
from guardrails.pii.nlp_engine import GinzaNlpEngine
from guardrails.pii.normalize import normalize
from tests.unit.guardrails.pii.generator_floors import found_by_one

Detect = Callable[[EntityRecognizer, str], list[tuple[str, float]]]


@pytest.fixture(scope="session")
def nlp_engine() -> GinzaNlpEngine:
    engine = GinzaNlpEngine()
    engine.load()
    return engine


@pytest.fixture(scope="session")
def pii_analyzer(nlp_engine: GinzaNlpEngine) -> PiiAnalyzer:
    return PiiAnalyzer(nlp_engine=nlp_engine)


@pytest.fixture(scope="module")
def full_analyzer(nlp_engine: GinzaNlpEngine) -> PiiAnalyzer:
    """The gateway's analyzer: every recognizer, special-care ones included, assembled as
    the gateway assembles it (its special-care parser holds the engine's word vectors)."""
    return build_analyzer(nlp_engine)


@pytest.fixture(scope="session")
def detect(nlp_engine: GinzaNlpEngine) -> Detect:
    """Run one recognizer the way the analyzer does: NFKC text plus Sudachi artifacts.

    Returns the matched texts (of the normalised text) with their scores, in text order.
    """

    def run(recognizer: EntityRecognizer, text: str) -> list[tuple[str, float]]:
        normalized = normalize(text).text
        artifacts = nlp_engine.artifacts(nlp_engine.tokenize(normalized))
        results = recognizer.analyze(normalized, recognizer.supported_entities, artifacts)
        return [
            (normalized[r.start : r.end], r.score) for r in sorted(results, key=lambda r: r.start)
        ]

    return run


def above(found: list[tuple[str, float]], threshold: float = 0.5) -> list[str]:
    """The matched texts that would pass the analyzer's default threshold."""
    return [text for text, score in found if score >= threshold]


def found_whole(analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> bool:
    """Whether one finding whose type starts with ``kind`` (``PERSON``, ``SPECIAL_CARE``)
    covers the whole of ``value`` (its first occurrence in ``text``): the "found whole" check
    the name and special-care tables share."""
    return found_by_one(analyzer.analyze(text), text, value, kind)
