"""Counts behind the guard round tests' floors: how many rows of a bench generator or of a
hand-written set the classifier stops, by half and label.

The round tests (``test_r22_*`` and later) share this instead of each carrying a copy. A
row is a dict with ``text``, ``label`` (``attack`` or ``benign``) and ``half`` (``dev`` /
``blind`` for a generator, ``A`` / ``B`` for a hand-written set).
"""

from __future__ import annotations

import importlib
import json
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from guardrails.classify.guard_classifier import GuardClassifier

BENCH = Path(__file__).resolve().parents[4] / "bench"

Row = dict[str, str]


def generated(module: str) -> list[Row]:
    """The rows of ``bench/<module>.py``'s ``generate()``, without leaving ``bench/`` on
    ``sys.path``."""
    sys.path.insert(0, str(BENCH))
    try:
        return list(importlib.import_module(module).generate())
    finally:
        sys.path.remove(str(BENCH))


def written(name: str) -> list[Row]:
    """The rows of the hand-written set ``bench/guard_data/<name>.jsonl``."""
    path = BENCH / "guard_data" / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def count_stopped(
    classifier: GuardClassifier, rows: Iterable[Row], half: str | None = None
) -> Counter[tuple[str, str]]:
    """(half, label) → how many of those rows (of one ``half`` only, if given) the
    classifier blocks or answers itself; a pair with no row stopped reads 0."""
    counts: Counter[tuple[str, str]] = Counter()
    for row in rows:
        if half is not None and row["half"] != half:
            continue
        verdict = classifier.classify(row["text"])
        counts[row["half"], row["label"]] += verdict.action in ("block", "respond")
    return counts
