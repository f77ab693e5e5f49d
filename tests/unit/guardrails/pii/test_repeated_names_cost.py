"""A pasted list that repeats a few names thousands of times (bench/hostile.py
``repeated``: ~14,000 names in 99,000 characters) costs the PII stage work in proportion to
its length, with the same findings as before.

The cost is counted, not timed: Python call events (``sys.setprofile``; a generator's
every step is one) while the work runs. Two places were quadratic: a name spread over the
request checked each repetition against every finding of its text
(``request_values.spread_names``), and each candidate name was searched for an enclosing
listed public figure with the whole list's pattern (``PublicFigures.is_general_mention``).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from types import FrameType
from typing import Any

import pytest

from guardrails.pii.findings import PiiFinding
from guardrails.pii.public_figures import PublicFigures
from guardrails.pii.request_values import _stands_alone, spread_names

_SURNAMES = ("佐藤", "鈴木", "高橋", "田中", "伊藤")
_GIVEN = ("太郎", "花子", "健一")


@contextmanager
def _counted_calls() -> Iterator[list[int]]:
    count = [0]

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event == "call":
            count[0] += 1

    sys.setprofile(profile)
    try:
        yield count
    finally:
        sys.setprofile(None)


def _name_list(count: int, seed: int = 5) -> tuple[str, list[PiiFinding]]:
    """``count`` names, each followed by さん、; every other one found (the rest repeat
    a found name and are left to the spreading)."""
    rng = random.Random(seed)
    pieces: list[str] = []
    findings: list[PiiFinding] = []
    position = 0
    for i in range(count):
        name = rng.choice(_SURNAMES) + rng.choice(_GIVEN)
        if i % 2 == 0:
            findings.append(PiiFinding(position, position + len(name), "PERSON", 0.85))
        piece = name + "さん、"
        pieces.append(piece)
        position += len(piece)
    return "".join(pieces), findings


def _spread_by_scanning(
    findings: dict[str, list[PiiFinding]],
) -> dict[str, list[PiiFinding]]:
    """The reference: every repetition checked against every finding by a scan."""
    import re

    names = {t[f.start : f.end] for t, found in findings.items() for f in found}
    names = {n for n in names if len(n) >= 2 and n.strip() == n and "\n" not in n}
    out = {t: list(found) for t, found in findings.items()}
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    for text, found in out.items():
        added: list[PiiFinding] = []
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(f.start < end and start < f.end for f in [*found, *added]):
                continue
            if _stands_alone(text, start, end):
                added.append(PiiFinding(start, end, "PERSON", 0.75))
        found.extend(added)
        found.sort()
    return out


@pytest.mark.parametrize("count", [200, 2000])
def test_spreading_a_repeated_name_costs_in_proportion_to_the_text(count: int) -> None:
    text, found = _name_list(count)
    with _counted_calls() as calls:
        spread = spread_names({text: found})
    assert len(spread[text]) == count  # every repetition is a name
    assert calls[0] <= 20 * count, calls[0]  # ~N² generator steps before


@pytest.mark.parametrize("seed", range(6))
def test_spreading_finds_what_a_scan_finds(seed: int) -> None:
    rng = random.Random(seed)
    text, found = _name_list(300, seed)
    # Some findings of other lengths and overlapping ones, as analyzers give them.
    extra = [
        PiiFinding(s, s + rng.randrange(1, 9), "PERSON", 0.9)
        for s in rng.sample(range(len(text) - 9), 40)
    ]
    other = "別の文面で" + text[:200] + "とも書きました"
    findings = {text: sorted(found[::3] + extra), other: []}
    expected = _spread_by_scanning(findings)
    assert spread_names(findings) == expected


class _AnyListed(PublicFigures):
    """The reference: every candidate searched with the whole list's pattern."""

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__()
        self._in_listed = lru_cache(maxsize=1)(lambda part: True)


def _spied_find(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    searched: list[str] = []
    find: Callable[[PublicFigures, str], list[tuple[int, int]]] = PublicFigures.find

    def spy(self: PublicFigures, text: str) -> list[tuple[int, int]]:
        searched.append(text)
        return find(self, text)

    monkeypatch.setattr(PublicFigures, "find", spy)
    return searched


@pytest.mark.parametrize(
    ("text", "name", "general"),
    [
        ("佐藤太郎さん、" * 50 + "佐藤太郎は何をした人？", "佐藤太郎", False),
        ("Who was Lovelace? Ada Lovelace's notes", "Lovelace", True),
        ("漱石の代表作は？", "漱石", True),
        ("Tell me about Lovelace.", "Lovelace", False),
        ("夏目漱石はどんな人物ですか？", "夏目漱石", True),
        ("担当の鈴木健一が伺います", "鈴木健一", False),
    ],
    ids=["unlisted-repeated", "part-of-full-name", "short-form", "part-alone", "listed", "staff"],
)
def test_only_a_part_of_a_listed_name_is_searched_for_its_full_name(
    monkeypatch: pytest.MonkeyPatch, text: str, name: str, general: bool
) -> None:
    start = text.rindex(name)
    reference = _AnyListed().is_general_mention(text, start, start + len(name))
    searched = _spied_find(monkeypatch)
    figures = PublicFigures()
    assert figures.is_general_mention(text, start, start + len(name)) is general is reference
    if name in ("佐藤太郎", "鈴木健一"):
        assert searched == []  # no listed name holds it: the list's pattern never ran
