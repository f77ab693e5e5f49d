"""Floors over a bench generator's half: load a ``bench/`` case module, run the gateway's
analyzer over one half and count the values it missed and the benign texts it flagged.

The round tests (``test_*_round22*.py`` and later) share this instead of each carrying a copy.
Three ways of calling a value found are in use, and a test names the one its floors were
measured with:

- ``found_by_one``: one finding whose type starts with the value's kind covers all of it
  (the names and special-care tables' "found whole");
- ``covered_by_kind``: the findings of the value's kind together cover every character of
  it but blanks (a value split in two findings of its kind still counts);
- ``covered_by_any``: findings of any kind together cover it that way (the structured
  rounds: what matters is that nothing of the value goes upstream).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

from guardrails.pii.analyzer import PiiAnalyzer

BENCH = Path(__file__).resolve().parents[4] / "bench"


class Finding(Protocol):
    """What the checks read of an analyzer finding."""

    @property
    def entity_type(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


Check = Callable[[Sequence[Finding], str, str, str], bool]
"""(findings, text, value, kind) -> whether the value's first occurrence counts as found."""


def bench_module(name: str) -> ModuleType:
    """Import ``bench/<name>.py`` without leaving ``bench/`` on ``sys.path``."""
    sys.path.insert(0, str(BENCH))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(BENCH))


def bench_cases(name: str) -> list[Any]:
    """The cases of a bench module, whether it names its builder ``cases`` or ``generate``."""
    module = bench_module(name)
    build = getattr(module, "cases", None) or module.generate
    return list(build())


def _span(text: str, value: str) -> tuple[int, int]:
    start = text.index(value)
    return start, start + len(value)


def found_by_one(findings: Sequence[Finding], text: str, value: str, kind: str) -> bool:
    """One finding of ``kind`` spans the whole of ``value``."""
    start, end = _span(text, value)
    return any(
        f.entity_type.startswith(kind) and f.start <= start and end <= f.end for f in findings
    )


def _covered(findings: Iterable[Finding], text: str, value: str) -> bool:
    start, end = _span(text, value)
    chars = {i for f in findings if f.start < end and start < f.end for i in range(f.start, f.end)}
    return all(i in chars or text[i].isspace() for i in range(start, end))


def covered_by_kind(findings: Sequence[Finding], text: str, value: str, kind: str) -> bool:
    """Findings of ``kind`` together cover every character of ``value`` but blanks."""
    return _covered((f for f in findings if f.entity_type.startswith(kind)), text, value)


def covered_by_any(findings: Sequence[Finding], text: str, value: str, kind: str) -> bool:
    """Findings of any kind together cover every character of ``value`` but blanks."""
    return _covered(findings, text, value)


@dataclass(slots=True)
class Tally:
    """One half's count: values looked at, those missed and benign texts flagged (as
    ``"<case id>: <value>"`` and case ids, for the assertion messages)."""

    total: int = 0
    missed: list[str] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)


def tally(
    analyzer: PiiAnalyzer,
    cases: Iterable[Any],
    half: str,
    *,
    check: Check,
    kinds: Collection[str] | None = None,
    benign: bool = True,
) -> Tally:
    """Count ``half`` of ``cases`` (bench ``Case`` objects with ``half``, ``benign``,
    ``messages`` and ``secrets``): every message with text content is analyzed once.

    A secret is counted when its kind is in ``kinds`` (all kinds when None) and its value
    is in the message; a benign message is flagged when it gets a finding of one of
    ``kinds``. With ``benign=False`` benign cases are skipped altogether.
    """

    def wanted(kind: str) -> bool:
        return kinds is None or kind.split(":")[0] in kinds

    result = Tally()
    for case in cases:
        if case.half != half or (case.benign and not benign):
            continue
        for message in case.messages:
            text = message.get("content")
            if not isinstance(text, str):
                continue
            findings = analyzer.analyze(text)
            if case.benign:
                if any(wanted(f.entity_type) for f in findings):
                    result.flagged.append(case.id)
                continue
            for secret in case.secrets:
                if not wanted(secret.entity_type) or secret.value not in text:
                    continue
                result.total += 1
                if not check(findings, text, secret.value, secret.entity_type):
                    result.missed.append(f"{case.id}: {secret.value}")
    return result
