"""``mamori policy ...``: policy tooling for compliance teams.

    mamori policy validate FILE [FILE ...]
    mamori policy schema [--out FILE]

``validate`` loads each file (and the bases it extends) exactly as the gateway does and
prints its name, its base and its version, or every error with file and line. ``schema``
prints the JSON Schema of policy files (:mod:`guardrails.policy.schema`), or writes it to
FILE.

Exit codes: 0 success, 1 a file is invalid, 2 bad usage (a file that cannot be written).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from guardrails.policy import PolicyError, load_policy_file
from guardrails.policy.schema import render_policy_schema

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
