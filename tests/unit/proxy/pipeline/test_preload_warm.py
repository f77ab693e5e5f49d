"""The preload's warm-up texts reach every lazily loaded part of the PII engine, so the
workers forked after it never load one on a user's request: here the special-care
dependency parser (a second GiNZA), which the special-care detector loads on the first
sentence its lexicon reading leaves open."""

from __future__ import annotations

import pytest

from guardrails.pii.special_care.dependency_check import GinzaDependencyCheck
from guardrails.pii.special_care.detector import SpecialCareDetector
from proxy.pipeline.preload import _WARM_TEXTS


def test_a_warm_text_reaches_the_special_care_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def states_fact(self: GinzaDependencyCheck, sentence: str, start: int, end: int) -> bool:
        asked.append(sentence)
        return False

    monkeypatch.setattr(GinzaDependencyCheck, "states_fact", states_fact)
    detector = SpecialCareDetector()
    for text in _WARM_TEXTS:
        detector.detect(text)
    assert asked, "no warm-up text reaches the special-care parser: it would load on a request"
