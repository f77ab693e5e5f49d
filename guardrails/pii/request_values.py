"""A name found in one text of a request is a name wherever else the request repeats it.

Contract: ``spread_names(findings)`` takes the findings of every distinct text of one
request (text → findings) and returns them with a ``PERSON`` finding added at each other
place a found name's exact spelling stands as a word of its own and no finding covers it.
Pure; never raises; a request's texts are not changed.

Why: a conversation gives a value once, where something marks it (娘の名前ははるほです, ``my
daughter Kwame has…``), and refers to it later where nothing does (はるほの入学祝い,
``Kwame's class party``); a tool result repeats a name the user typed. The vault already
gives one value one placeholder, but only where a recognizer found it. Only names spread:
the other types are found by their shape wherever they stand. "Stands as a word": not
inside a longer run of the same script (山田 is not spread into 山田町; ゆい not into
ゆいごん), except that a hiragana name may be followed by a particle or an honorific
(はるほの, ゆいちゃん), as it is written.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from .entities import PERSON
from .findings import PiiFinding
from .recognizers.labelled_name import is_person_key
from .recognizers.messaging_id import messaging_key

__all__ = ["KeyedValue", "keyed_texts", "spread_names", "with_keyed_findings"]

_MIN_LENGTH = 2
# A spread finding is as sure as a name repeated verbatim can be, below a cue's 0.8.
_SCORE = 0.75
_HIRAGANA_FOLLOWERS = re.compile(
    r"(?:の|が|は|を|に|と|も|や|へ|から|まで|より|って|ちゃん|くん|さん|様|さま|、|。)"
)
_HIRAGANA_BEFORE = frozenset("のがはをにともやへ、。")


def _script(char: str) -> str:
    if "\u3041" <= char <= "\u309f":
        return "hiragana"
    if "\u30a0" <= char <= "\u30ff" or char == "ー":
        return "katakana"
    if "\u4e00" <= char <= "\u9fff" or char in "々〆":
        return "kanji"
    if char.isascii() and (char.isalnum() or char == "-"):
        return "latin"
    return "other"


def _stands_alone(text: str, start: int, end: int) -> bool:
    first, last = _script(text[start]), _script(text[end - 1])
    before = text[start - 1] if start > 0 else ""
    glued = before and _script(before) == first and first != "other"
    if glued and not (first == "hiragana" and before in _HIRAGANA_BEFORE):
        return False
    if end < len(text) and _script(text[end]) == last and last != "other":
        return last == "hiragana" and _HIRAGANA_FOLLOWERS.match(text, end) is not None
    return True


class _Covered:
    """The spans of one text's findings, asked whether any overlaps ``[start, end)`` in
    O(log n): the findings sorted by start, with the furthest end among each prefix."""

    def __init__(self, findings: Sequence[PiiFinding]) -> None:
        spans = sorted((f.start, f.end) for f in findings)
        self._starts = [start for start, _ in spans]
        self._reach = list(accumulate((end for _, end in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        # The findings that start before ``end``; one of them overlaps if it reaches past
        # ``start``.
        before = bisect_left(self._starts, end)
        return before > 0 and self._reach[before - 1] > start


def spread_names(findings: Mapping[str, Sequence[PiiFinding]]) -> dict[str, list[PiiFinding]]:
    """``findings`` with each found name also marked where another text repeats it."""
    names = {
        text[f.start : f.end]
        for text, found in findings.items()
        for f in found
        if f.entity_type == PERSON
    }
    names = {n for n in names if len(n) >= _MIN_LENGTH and n.strip() == n and "\n" not in n}
    out: dict[str, list[PiiFinding]] = {text: list(found) for text, found in findings.items()}
    if not names:
        return out
    # Longest first, so 山田太郎 is taken before 山田 where both were found.
    ordered = sorted(names, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(n) for n in ordered))
    for text, found in out.items():
        covered = _Covered(found)
        added: list[PiiFinding] = []
        for match in pattern.finditer(text):
            start, end = match.span()
            # Matches do not overlap one another, so only the text's own findings can
            # cover one (a lookup, not a scan: a pasted list repeats a name thousands of
            # times, and a scan per repetition was quadratic).
            if covered.overlaps(start, end):
                continue
            if _stands_alone(text, start, end):
                added.append(PiiFinding(start, end, PERSON, _SCORE))
        if added:
            found.extend(added)
            found.sort()
    return out


@dataclass(frozen=True, slots=True)
class KeyedValue:
    """A string value of tool-call arguments with its key, as the analyzer should read it."""

    text: str
    """``"key": "value"``: what is analysed."""
    value: str
    offset: int
    """Where ``value`` starts in ``text``."""


# Keys whose values are read with the key (a person, a sender, a messaging account).
_SENDER_KEYS = frozenset({"from", "to"})


def keyed_texts(arguments: str) -> list[KeyedValue]:
    """The string values of JSON tool-call arguments under a key that names a person or a
    messaging account (``"customer_name"``, ``"from"``, ``"line"``), each as ``"key":
    "value"``. Tool-call arguments are analysed value by value, so the key that says what
    a value is would otherwise be lost (a tool result's JSON is read whole and keeps it).
    A value holding a quote, a backslash or a line break is left to its own analysis.
    Raises ``ValueError`` on arguments that are not JSON (the caller parsed them already)."""
    found: list[KeyedValue] = []

    def walk(value: Any) -> None:
        if isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, str) and isinstance(key, str) and _keyed(key, item):
                    prefix = json.dumps(key, ensure_ascii=False) + ': "'
                    found.append(KeyedValue(prefix + item + '"', item, len(prefix)))
                elif isinstance(item, list) and isinstance(key, str):
                    # Twenty-sixth round: a list of people under the key ("guests": ["Sven
                    # Olsen", "Mina Park"]) — every string of it is keyed as if alone.
                    for element in item:
                        if isinstance(element, str) and _keyed(key, element):
                            prefix = json.dumps(key, ensure_ascii=False) + ': "'
                            found.append(KeyedValue(prefix + element + '"', element, len(prefix)))
                        else:
                            walk(element)
                else:
                    walk(item)

    walk(json.loads(arguments))
    return found


def _keyed(key: str, value: str) -> bool:
    if not value.strip() or any(c in value for c in '"\\\n'):
        return False
    return is_person_key(key) or messaging_key(key) or key.strip().lower() in _SENDER_KEYS


def with_keyed_findings(
    findings: Mapping[str, Sequence[PiiFinding]], keyed: Sequence[KeyedValue]
) -> dict[str, list[PiiFinding]]:
    """``findings`` with what was found inside each keyed value's ``"key": "value"`` text
    added to the value's own findings (where nothing there covers it already)."""
    out: dict[str, list[PiiFinding]] = {text: list(found) for text, found in findings.items()}
    for item in keyed:
        own = out.setdefault(item.value, [])
        end = item.offset + len(item.value)
        for finding in findings.get(item.text, ()):
            if not (item.offset <= finding.start and finding.end <= end):
                continue
            start, stop = finding.start - item.offset, finding.end - item.offset
            if any(f.start < stop and start < f.end for f in own):
                continue
            own.append(PiiFinding(start, stop, finding.entity_type, finding.score))
        own.sort()
    return out
