"""``mamori pii analyze``: what the PII stage would detect and send, for compliance teams.

    mamori pii analyze [TEXT] [--jsonl FILE] [--policy FILE]

Prints one JSON object per input::

    {"id": ..., "entities": [{"type", "start", "end", "score", "action"}], "pseudonymized": "..."}

``id`` appears only when the input line had one. With ``--jsonl`` every line of FILE (``-``
for stdin) must be an object with a ``text`` string; without it, TEXT or stdin is one
input. Offsets index the input text as given. Only findings that pass the policy's
threshold and are not ``allow`` are listed — exactly what the gateway would replace.

The report carries types and offsets, never values; ``pseudonymized`` is exactly what the
model would see for that text.

Exit codes: 0 done, 1 some input lines were invalid (reported on stderr with their line
numbers, the rest still processed), 2 bad usage (unreadable file, invalid policy).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from guardrails.pii.analyzer_protocol import Analyzer
from guardrails.pii.pseudonymizer import pseudonymize
from guardrails.pii.vault import Vault
from guardrails.policy import Policy, PolicyError, load_policy_file
from guardrails.policy.pii import PiiAction, PiiPolicy
from proxy.cli.text_inputs import run_over_inputs

__all__ = ["analyze_record", "register"]

DEFAULT_POLICY = Path("policies/default.yaml")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``pii analyze`` to the ``mamori`` parser."""
    pii = commands.add_parser("pii", help="PII tooling for compliance teams")
    pii_commands = pii.add_subparsers(title="pii commands")
    analyze = pii_commands.add_parser(
        "analyze", help="show detected PII and the pseudonymized text, as JSON lines"
    )
    analyze.add_argument("text", nargs="?", help="text to analyse (default: stdin)")
    analyze.add_argument("--jsonl", type=Path, help="JSONL file of {text, id?} ('-' = stdin)")
    analyze.add_argument(
        "--policy",
        type=Path,
        help=f"policy whose pii section applies (default {DEFAULT_POLICY} if present)",
    )
    analyze.set_defaults(run=_analyze)


def analyze_record(analyzer: Analyzer, policy: PiiPolicy, text: str) -> dict[str, Any]:
    """The report for one text: findings the policy acts on, and the text as sent upstream."""
    entities = policy.detected_types(analyzer.supported_entities)
    findings = analyzer.analyze(text, entities=entities)
    reported = []
    for finding in findings:
        rule = policy.rule(finding.entity_type)
        if finding.score < rule.threshold or rule.action is PiiAction.ALLOW:
            continue
        reported.append(
            {
                "type": finding.entity_type,
                "start": finding.start,
                "end": finding.end,
                "score": round(finding.score, 3),
                "action": str(rule.action),
            }
        )
    result = pseudonymize(text, findings, policy, Vault(policy.placeholder_format))
    return {"entities": reported, "pseudonymized": result.text}


def _analyze(args: argparse.Namespace) -> int:
    try:
        policy = _policy(args.policy)
    except PolicyError as exc:
        print(f"mamori: {exc}", file=sys.stderr)
        return 2
    if args.jsonl is not None and args.text is not None:
        print("mamori: give TEXT or --jsonl, not both", file=sys.stderr)
        return 2
    from guardrails.pii.engine import build_analyzer

    analyzer = build_analyzer()
    return run_over_inputs(
        "mamori",
        args.text,
        args.jsonl,
        lambda text: analyze_record(analyzer, policy.pii, text),
    )


def _policy(path: Path | None) -> Policy:
    if path is not None:
        return load_policy_file(path).policy
    if DEFAULT_POLICY.is_file():
        return load_policy_file(DEFAULT_POLICY).policy
    return Policy(name="builtin")
