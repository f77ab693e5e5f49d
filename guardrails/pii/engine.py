"""The one place the gateway's PII analyzer is assembled.

:func:`build_analyzer` returns the :class:`~guardrails.pii.analyzer.PiiAnalyzer` with every
Mamori recognizer: the Japanese identifier, name and address recognizers and the
special-care (要配慮個人情報) recognizers. The gateway builds one per worker process at start-up,
``mamori pii analyze`` and the benchmarks build theirs here too, so all three always see
the same detection. The special-care dependency parser (a second ``ja_ginza``, loaded on
its first use) holds the NLP engine's word vectors instead of reading them again.

Failure behaviour: a missing model (GiNZA, the Sudachi dictionary) raises
:class:`~guardrails.pii.analyzer.PiiEngineError` at start-up; nothing is downloaded.
"""

from __future__ import annotations

from typing import Any

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.nlp_engine import GinzaNlpEngine
from guardrails.pii.special_care import SpecialCareDetector, special_care_recognizers
from guardrails.pii.special_care.dependency_check import GinzaDependencyCheck, load_parser
from guardrails.pii.special_care.lexicon import Lexicon

__all__ = ["build_analyzer"]


def build_analyzer(nlp_engine: GinzaNlpEngine | None = None) -> PiiAnalyzer:
    """A ready analyzer (loads the models: takes a few seconds). ``nlp_engine``: the
    GiNZA engine to use (loaded here if it is not yet), for a caller that shares its
    vocabulary with another component (``mamori serve``: the guard's static vectors)."""
    engine = nlp_engine or GinzaNlpEngine()
    lexicon = Lexicon.load()

    def parser() -> Any:
        # Called on the parser's first use (and after each recycle): the engine is loaded
        # by then (PiiAnalyzer loads it), so its vector table is there to hold.
        vocab = engine.vocab
        return load_parser(vocab.vectors if vocab is not None else None)

    detector = SpecialCareDetector(
        lexicon, dependency_check=GinzaDependencyCheck(lexicon.words("person"), parser)
    )
    return PiiAnalyzer(extra_recognizers=special_care_recognizers(detector), nlp_engine=engine)
