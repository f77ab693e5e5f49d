"""``mamori policy ...``: policy tooling for compliance teams.

    mamori policy validate FILE [FILE ...]
    mamori policy schema [--out FILE]
    mamori policy test FILE [FILE ...] [--config FILE]
    mamori policy diff OLD NEW [--jsonl FILE] [--config FILE]

``validate`` loads each file (and the bases it extends) exactly as the gateway does and
prints its name, its base and its version, or every error with file and line. ``schema``
prints the JSON Schema of policy files (:mod:`guardrails.policy.schema`), or writes it to
FILE. ``test`` runs the example cases written in each policy's ``tests:`` section through
the gateway's real stages (:mod:`proxy.cli.policy_cases`; the stages are built from the
gateway configuration, ``--config`` or ``$MAMORI_CONFIG``, as ``mamori serve`` builds them)
and prints a pass/fail table per file; every broken expectation is listed under it.
``diff`` decides the same inputs under two policy files — both files' ``tests:`` cases and
the prompts of a JSONL file (``{"text": ..., "id"?: ...}`` per line, ``-`` for stdin) —
and prints the inputs whose decision differs (texts shortened) and a summary count.

Exit codes: 0 success (``diff`` always, it is a report), 1 a file is invalid or a case
failed, 2 bad usage (a file that cannot be read or written, an invalid gateway
configuration; for ``diff`` also an invalid policy or JSONL line).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from guardrails.policy import LoadedPolicy, PolicyError, load_policy_file
from guardrails.policy.cases import Expectation
from guardrails.policy.schema import render_policy_schema
from proxy.cli.policy_cases import CaseResult, run_cases
from proxy.cli.policy_diff import (
    DiffInput,
    diff_policies,
    inputs_from_cases,
    inputs_from_jsonl,
    summarize,
)
from proxy.cli.text_inputs import jsonl_records
from proxy.cli.text_table import render_table, shorten
from proxy.errors import ConfigError
from proxy.pipeline.runner import Pipeline

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``policy`` commands to the ``mamori`` parser."""
    policy = commands.add_parser("policy", help="policy tooling for compliance teams")
    policy_commands = policy.add_subparsers(title="policy commands")

    validate = policy_commands.add_parser("validate", help="check policy files")
    validate.add_argument("files", nargs="+", type=Path)
    validate.set_defaults(run=_validate)

    schema = policy_commands.add_parser(
        "schema", help="print the JSON Schema of policy files (for editor completion)"
    )
    schema.add_argument("--out", type=Path, help="write it to this file instead")
    schema.set_defaults(run=_schema)

    test = policy_commands.add_parser(
        "test", help="run the example cases of policy files (tests:) through the real stages"
    )
    test.add_argument("files", nargs="+", type=Path)
    test.add_argument("--config", type=Path, help="gateway config (default $MAMORI_CONFIG)")
    test.set_defaults(run=_test)

    diff = policy_commands.add_parser(
        "diff", help="inputs whose decision changes between two policy files"
    )
    diff.add_argument("old", type=Path)
    diff.add_argument("new", type=Path)
    diff.add_argument("--jsonl", type=Path, help="more prompts: JSONL of {text, id?} ('-' = stdin)")
    diff.add_argument("--config", type=Path, help="gateway config (default $MAMORI_CONFIG)")
    diff.set_defaults(run=_diff)


def _validate(args: argparse.Namespace) -> int:
    failed = 0
    for path in args.files:
        try:
            loaded = load_policy_file(path)
        except PolicyError as exc:
            failed += 1
            print(f"FAIL {exc}", file=sys.stderr)
            continue
        base = f", extends {loaded.policy.extends!r}" if loaded.policy.extends else ""
        print(f"ok   {path}: policy {loaded.policy.name!r}{base}, version {loaded.version}")
    return 1 if failed else 0


def _schema(args: argparse.Namespace) -> int:
    text = render_policy_schema()
    if args.out is None:
        sys.stdout.write(text)
        return 0
    try:
        args.out.write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"mamori policy schema: cannot write {args.out}: {exc.strerror}", file=sys.stderr)
        return 2
    print(f"wrote {args.out}")
    return 0


def _test(args: argparse.Namespace) -> int:
    policies, invalid = _load(args.files)
    for loaded in policies:
        if not loaded.policy.tests:
            print(f"{loaded.path}: no cases (add a tests: section)")
    with_cases = [loaded for loaded in policies if loaded.policy.tests]
    if not with_cases:
        return 1 if invalid else 0
    try:
        pipeline = _pipeline(args.config)
    except ConfigError as exc:
        print(f"mamori policy test: {exc}", file=sys.stderr)
        return 2
    counts: Counter[str] = Counter()
    for loaded, results in asyncio.run(_run_all(pipeline, with_cases)):
        print(_results_table(loaded, results))
        counts.update(result.status for result in results)
    summary = f"\n{counts['PASS']} passed, {counts['FAIL']} failed"
    summary += f", {counts['KNOWN']} known issues" if counts["KNOWN"] else ""
    summary += f", {counts['FIXED']} fixed (remove known_issue)" if counts["FIXED"] else ""
    summary += f", {invalid} invalid" if invalid else ""
    print(summary)
    return 1 if counts["FAIL"] or invalid else 0


def _load(files: Sequence[Path]) -> tuple[list[LoadedPolicy], int]:
    """The policies that load, and how many did not (each reported on stderr)."""
    loaded: list[LoadedPolicy] = []
    invalid = 0
    for path in files:
        try:
            loaded.append(load_policy_file(path))
        except PolicyError as exc:
            invalid += 1
            print(f"FAIL {exc}", file=sys.stderr)
    return loaded, invalid


def _pipeline(config: Path | None) -> Pipeline:
    """The request and response stages, built as ``mamori serve`` builds them."""
    from proxy.pipeline.assembly import build_pipeline
    from proxy.settings import load_settings

    settings = load_settings(config)
    print("loading the stages (PII analyzer, embedder)...", file=sys.stderr, flush=True)
    return build_pipeline(settings)


async def _run_all(
    pipeline: Pipeline, policies: Sequence[LoadedPolicy]
) -> list[tuple[LoadedPolicy, list[CaseResult]]]:
    return [(loaded, await run_cases(pipeline, loaded)) for loaded in policies]


def _results_table(loaded: LoadedPolicy, results: Sequence[CaseResult]) -> str:
    policy = loaded.policy
    title = f"\n{loaded.path}: policy {policy.name!r} version {loaded.version}"
    rows = [
        [
            result.status,
            result.case.id,
            shorten(_expected(result.case.expect), 56),
            shorten(result.observation.decision.describe(), 56) if result.observation else "-",
        ]
        for result in results
    ]
    lines = [title, render_table(["result", "case", "expected", "got"], rows)]
    for result in results:
        status, case = result.status, result.case
        lines.extend(f"  {status} {case.id}: {problem}" for problem in result.problems)
        if case.known_issue is not None:
            lines.append(f"  {status} {case.id}: known issue: {case.known_issue}")
    return "\n".join(lines)


def _expected(expect: Expectation) -> str:
    parts: list[str] = [expect.action] if expect.action else []
    if expect.categories is not None:
        parts.append("[" + ",".join(sorted(expect.categories)) + "]")
    if expect.pii is not None:
        parts.extend(f"{t}={a}" for t, a in sorted(expect.pii.items()))
        parts.extend([] if expect.pii else ["no-pii"])
    if expect.output is not None:
        output = expect.output
        labels = [
            f"{name}:{value}"
            for name in ("pii", "banned", "guard_categories", "leakage", "disclaimers")
            for value in getattr(output, name) or ()
        ]
        parts.append(f"output={output.action or '*'}" + (f"[{','.join(labels)}]" if labels else ""))
    parts.extend(f"+{text!r}" for text in expect.contains)
    parts.extend(f"-{text!r}" for text in expect.excludes)
    return " ".join(parts)


def _diff(args: argparse.Namespace) -> int:
    prog = "mamori policy diff"
    try:
        old, new = load_policy_file(args.old), load_policy_file(args.new)
    except PolicyError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return 2
    inputs = inputs_from_cases(old, new)
    if args.jsonl is not None:
        prompts = _jsonl_inputs(prog, args.jsonl)
        if prompts is None:
            return 2
        inputs += prompts
    if not inputs:
        print(f"{prog}: nothing to compare: neither policy has tests: and no --jsonl was given")
        return 0
    try:
        pipeline = _pipeline(args.config)
    except ConfigError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return 2
    rows = asyncio.run(diff_policies(pipeline, old, new, inputs))
    changed = [row for row in rows if row.changed]
    print(f"old: {old.path}: policy {old.policy.name!r} version {old.version}")
    print(f"new: {new.path}: policy {new.policy.name!r} version {new.version}")
    if changed:
        table = [
            [
                shorten(row.input.label, 36),
                shorten(row.input.text, 40),
                shorten(row.old.describe(), 44),
                shorten(row.new.describe(), 44),
            ]
            for row in changed
        ]
        print(render_table(["input", "text", "old", "new"], table))
    print(summarize(rows))
    return 0


def _jsonl_inputs(prog: str, path: Path) -> list[DiffInput] | None:
    """The prompts of a JSONL file, or None after reporting why it cannot be used."""
    try:
        stream = sys.stdin if str(path) == "-" else path.open(encoding="utf-8")
    except OSError as exc:
        print(f"{prog}: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return None
    records: list[tuple[int, dict[str, Any]]] = []
    with stream:
        try:
            for line, item in jsonl_records(stream):
                if isinstance(item, str):
                    print(f"{prog}: {path}:{line}: {item}", file=sys.stderr)
                    return None
                records.append((line, item))
        except UnicodeDecodeError as exc:
            print(f"{prog}: {path}: the file must be UTF-8 ({exc.reason})", file=sys.stderr)
            return None
    return inputs_from_jsonl(records)
