"""A cheap test that a regular expression cannot match a text: the literals it needs.

Python's ``re`` tries a pattern that starts with a group, an alternation of groups or a
word boundary at every position of the text, so a policy's patterns over a pasted
100,000-character document cost a large fraction of a CPU-second, although almost no text
contains any word they look for. A :class:`LiteralPrefilter` reads its pattern's syntax
tree for a set of strings of which **every match contains at least one** (compared the way
the pattern compares characters) and runs the pattern only on a text that contains one:

* a run of items that each match one of a few strings (a literal, a small class, an
  alternation of literals, an optional literal) gives the product of their strings; a
  group, a repeat at least once or a positive look-around gives what its inside requires;
  of the requirements of a sequence, the most selective one is used;
* the strings are looked for with ``str.find`` in the text's *case key*
  (:class:`ScanText`): each character replaced by the representative of the characters
  ``re.IGNORECASE`` treats as equal to it (``re``'s own rule: the simple lowercase mapping
  plus its extra case equivalences such as ``ı``/``i`` and ``ſ``/``s``), so a string is
  found exactly where the pattern's literal would match;
* before any ``str.find``, one character of each string (its most distinctive: a kanji
  before kana or ASCII) is looked up in the set of the text's characters, computed once
  per text (:class:`ScanText`): a pattern none of whose strings can occur is answered
  without a scan. A short answer segment or question is checked against dozens of
  patterns, and most share no character with it;
* when every match must contain the string itself (not only a look-around) and the
  pattern's longest match is bounded, the search starts that many characters before the
  first string found, since no match can begin earlier (``pos`` keeps look-behind, ``\\b``
  and ``^`` reading the whole text).

``search`` answers as ``pattern.search(text)`` always: the prefilter only skips searches,
or parts of the text, where the pattern cannot match. A pattern with no requirement it can
name (an optional group at every place, character ranges, an inline flag change) is
searched in full.

Failure behaviour: building never fails for a compiled pattern (what the syntax reader
does not know yields no requirement); searching does not raise.
"""

from __future__ import annotations

import functools
import importlib
import itertools
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

with warnings.catch_warnings():
    # The public ``re`` module has no syntax-tree API; its parser (``re._parser``, also
    # reachable under this deprecated top-level name, which has type stubs) is stable.
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as sc
    import sre_parse

__all__ = [
    "LiteralPrefilter",
    "PrefilterIndex",
    "PrefilterPlan",
    "ScanText",
    "case_sensitive_strings",
    "plan_for",
    "rarest_char",
    "required_literals",
]

_MAX_STRINGS = 64
"""The most strings one requirement may have (a product of alternations grows fast)."""
_DISTINCT_ENOUGH = 6
"""A string this distinctive (three kanji, six letters) is rare enough in ordinary text;
past it, a requirement with fewer strings is preferred."""
_ZERO_WIDTH = frozenset({sc.AT, sc.ASSERT, sc.ASSERT_NOT})
"""Items that match no character: strings on either side of them are contiguous."""
_REPEATS = frozenset({sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT})
_FUNCTION_WORDS = frozenset(
    "a an the to for of in on at by as is it be do if or and but not no so we i you "  # noqa: SIM905
    "he she they me my your our this that with from are was were has have".split()
)
"""English words too common to tell texts apart: a requirement of them is chosen last (the
planted-order rule required only "to" or "for" and so ran on nearly every English text,
issue 18)."""


class ScanText:
    """A text to run many prefiltered searches on; its case key and its sets of
    characters are computed once, on first use."""

    __slots__ = ("_chars", "_first", "_keyed", "_keyed_chars", "_keyed_first", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._keyed: str | None = None
        self._chars: frozenset[str] | None = None
        self._keyed_chars: frozenset[str] | None = None
        # Where each string looked for first occurs (-1: nowhere), in the text and in its
        # case key: many patterns share a string (「方法」, "how to"), and on a long text
        # the ``str.find`` calls for strings that do not occur were a third of the rules'
        # cost, repeated pattern after pattern.
        self._first: dict[str, int] = {}
        self._keyed_first: dict[str, int] = {}

    @property
    def chars(self) -> frozenset[str]:
        """The characters of the text."""
        if self._chars is None:
            self._chars = frozenset(self.text)
        return self._chars

    @property
    def keyed_chars(self) -> frozenset[str]:
        """The characters of :attr:`keyed` (the distinct characters mapped, not the text)."""
        if self._keyed_chars is None:
            self._keyed_chars = frozenset("".join(self.chars).translate(_case_table()))
        return self._keyed_chars

    @property
    def keyed(self) -> str:
        """The text with each character replaced by its ``re.IGNORECASE`` representative
        (same length, same positions)."""
        if self._keyed is None:
            self._keyed = self.text.translate(_case_table())
        return self._keyed

    def first(self, strings: Iterable[str], keyed: bool) -> int:
        """The least index at which one of ``strings`` occurs in :attr:`keyed` (``keyed``)
        or :attr:`text`, -1 when none does; each string's place is found once per text."""
        found = self._keyed_first if keyed else self._first
        haystack: str | None = None
        first = -1
        for string in strings:
            at = found.get(string)
            if at is None:
                if haystack is None:
                    haystack = self.keyed if keyed else self.text
                at = found[string] = haystack.find(string)
            if at >= 0 and (first < 0 or at < first):
                first = at
        return first


@dataclass(frozen=True, slots=True)
class PrefilterPlan:
    """What a :class:`LiteralPrefilter` reads from its pattern's syntax tree: a pure
    function of the pattern's text and flags (:func:`plan_for`), so it can be kept."""

    strings: tuple[str, ...] | None
    """The strings looked for, sorted, in case-key form for an ``IGNORECASE`` pattern;
    None: every search is a full one."""
    width: int | None
    """How far before the first string found a match may begin; None: from the start."""


def plan_for(pattern: re.Pattern[str]) -> PrefilterPlan:
    """The :class:`PrefilterPlan` of ``pattern`` (reading its syntax tree: most of the
    cost of building a prefilter)."""
    found = _requirement(pattern)
    if found is None:
        return PrefilterPlan(None, None)
    caseless = bool(pattern.flags & re.IGNORECASE)
    strings = tuple(sorted(s.translate(_case_table()) if caseless else s for s in found.strings))
    width: int | None = None
    if found.in_match:
        high = sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[1]
        width = high if high < sc.MAXREPEAT else None
    return PrefilterPlan(strings, width)


class LiteralPrefilter:
    """``search`` with the answer of ``pattern.search``; see the module docstring."""

    __slots__ = ("_by_mark", "_keyed", "_marks", "_pattern", "_strings", "_width")

    def __init__(self, pattern: re.Pattern[str], plan: PrefilterPlan | None = None) -> None:
        """``plan``: :func:`plan_for` of ``pattern``, when known already (read from a
        :class:`~guardrails.classify.prefilter_plans.PrefilterPlans` file); derived here
        otherwise."""
        self._pattern = pattern
        if plan is None:
            plan = plan_for(pattern)
        self._strings: tuple[str, ...] | None = plan.strings
        self._keyed = bool(pattern.flags & re.IGNORECASE)
        # One character of each string: a text without any of them holds none of the
        # strings (every string holds its own character).
        self._marks: frozenset[str] = frozenset(
            () if self._strings is None else (_mark(s) for s in self._strings)
        )
        # The strings filed by their character: only those whose character the text
        # holds can occur in it, so only they are looked for.
        by_mark: dict[str, list[str]] = {}
        for string in self._strings or ():
            by_mark.setdefault(_mark(string), []).append(string)
        self._by_mark = {mark: tuple(strings) for mark, strings in by_mark.items()}
        # How far before the first string a match may begin (None: from the text's start).
        self._width: int | None = plan.width

    @property
    def strings(self) -> tuple[str, ...] | None:
        """The strings looked for (in case-key form), or None: every search is a full one."""
        return self._strings

    @property
    def marks(self) -> frozenset[str]:
        """One character of each string (in :attr:`strings`' form): a text none of whose
        characters (:attr:`ScanText.keyed_chars` when :attr:`caseless`, else
        :attr:`ScanText.chars`) is one of them has no match. Empty when :attr:`strings` is
        None."""
        return self._marks

    @property
    def caseless(self) -> bool:
        """Whether the marks are compared with the text's case key."""
        return self._keyed

    def search(self, text: ScanText) -> re.Match[str] | None:
        """The first match of the pattern in ``text.text``, as ``pattern.search``."""
        if self._strings is None:
            return self._pattern.search(text.text)
        present = self._marks.intersection(text.keyed_chars if self._keyed else text.chars)
        if not present:
            return None
        by_mark = self._by_mark
        strings = (
            by_mark[next(iter(present))]
            if len(present) == 1
            else [s for mark in present for s in by_mark[mark]]
        )
        first = text.first(strings, self._keyed)
        if first < 0:
            return None
        start = 0 if self._width is None else max(0, first - self._width)
        return self._pattern.search(text.text, start)


class PrefilterIndex:
    """Which of many prefilters can find a match in a text, from the text's characters.

    :meth:`LiteralPrefilter.search` first tests its marks against the text's character
    set; with a few hundred patterns (a policy's rules) on a short text, those set tests
    are most of the cost, and almost all of them say no. The index files each pattern
    under its marks once, so a text's candidates are the patterns filed under its
    distinct characters (and every pattern without a requirement): the same patterns the
    set tests would let through, in their original order."""

    __slots__ = ("_always", "_keyed", "_keyed_marks", "_plain", "_plain_marks")

    def __init__(self, prefilters: Sequence[LiteralPrefilter]) -> None:
        self._always: tuple[int, ...] = tuple(
            i for i, prefilter in enumerate(prefilters) if prefilter.strings is None
        )
        plain: dict[str, list[int]] = {}
        keyed: dict[str, list[int]] = {}
        for i, prefilter in enumerate(prefilters):
            filed = keyed if prefilter.caseless else plain
            for mark in prefilter.marks:
                filed.setdefault(mark, []).append(i)
        self._plain = {mark: tuple(ids) for mark, ids in plain.items()}
        self._keyed = {mark: tuple(ids) for mark, ids in keyed.items()}
        self._plain_marks = frozenset(self._plain)
        self._keyed_marks = frozenset(self._keyed)

    def candidates(self, text: ScanText) -> list[int]:
        """The indices (ascending) of the prefilters whose marks occur in ``text`` or that
        have none: every other one answers None for ``text`` without searching."""
        found: set[int] = set(self._always)
        if self._plain_marks:
            for mark in self._plain_marks & text.chars:
                found.update(self._plain[mark])
        if self._keyed_marks:
            for mark in self._keyed_marks & text.keyed_chars:
                found.update(self._keyed[mark])
        return sorted(found)


def case_sensitive_strings(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """For a pattern's text and flags (one ``re`` may not compile: the ``regex`` module's
    look-behinds of any width), the strings of which every match holds one, sorted, when
    the pattern compares them case-sensitively; None when it names none, when ``re``'s
    parser cannot read it, or when the whole pattern is caseless. Only for syntax ``re``
    reads as the other engine does: a construct only that engine knows may parse here as
    something else (the caller screens those)."""
    try:
        tree = sre_parse.parse(pattern, flags)
    except (sc.error, RecursionError):
        return None
    if tree.state.flags & re.IGNORECASE:
        return None
    found = _required(tree.data)
    return None if found is None else tuple(sorted(found.strings))


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings (as written in the pattern) of which every match of ``pattern`` contains
    one, or ``None``; see the module docstring. Never contains the empty string."""
    found = _requirement(pattern)
    return None if found is None else found.strings


@functools.cache
def _case_table() -> dict[int, int]:
    """Each character ``re.IGNORECASE`` does not compare as itself → its representative.

    ``re`` compares a cased pattern character ``c`` with a text character ``t`` by
    ``lower(t) in {lower(c)} | EXTRA[lower(c)]`` (simple lowercase mapping, and the extra
    equivalences of ``re._casefix``), and an uncased one by identity; the representative
    is the least member of that class, so two characters compare equal exactly when their
    representatives are equal. Built once (about 60 ms)."""
    lower = _sre().unicode_tolower
    extra: dict[int, tuple[int, ...]] = _private("re._casefix")._EXTRA_CASES

    def representative(code: int) -> int:
        low: int = lower(code)
        return min((low, *extra.get(low, ())))

    codes = {c for c in range(0x110000) if lower(c) != c} | set(extra)
    codes |= {c for equal in extra.values() for c in equal}
    return {c: r for c in codes if (r := representative(c)) != c}


def _sre() -> Any:
    # ``re``'s own case mapping and extra equivalences: the table must follow exactly the
    # rule ``re`` compiles IGNORECASE patterns with (these modules have no type stubs).
    return _private("_sre")


def _private(name: str) -> Any:
    return importlib.import_module(name)


@dataclass(frozen=True, slots=True)
class _Requirement:
    strings: frozenset[str]
    """One of these occurs in the text wherever the pattern matches."""
    in_match: bool
    """Whether the string lies inside the match itself (not only in a look-around)."""

    @property
    def rarity(self) -> tuple[int, int]:
        """How selective the requirement is: its least distinctive string first, up to
        :data:`_DISTINCT_ENOUGH` (a kanji counts two, a kana or ASCII character one: kana
        and short English words are everywhere; an English function word such as "to"
        or "for" counts nothing: it is in nearly every English text), then fewer strings
        (each is a scan)."""
        least = min(
            0 if s.strip() in _FUNCTION_WORDS else sum(_weight(ch) for ch in s)
            for s in self.strings
        )
        return (min(least, _DISTINCT_ENOUGH), -len(self.strings))


def rarest_char(string: str) -> str:
    """The character of a non-empty ``string`` least likely in ordinary text (the one its
    prefilter looks up first: a kanji before kana or ASCII)."""
    return _mark(string)


def _mark(string: str) -> str:
    """The character of ``string`` least likely in ordinary text (a kanji before kana or
    ASCII; of equals, the last: particles and endings open more strings than they end)."""
    return max(reversed(string), key=_weight)


def _weight(ch: str) -> int:
    return 2 if ch.isalnum() and not ch.isascii() and not "\u3040" <= ch <= "\u30ff" else 1


def _requirement(pattern: re.Pattern[str]) -> _Requirement | None:
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except (sc.error, RecursionError):
        return None
    return _required(tree.data)


# The syntax tree is a list of (opcode, argument) items; the argument's type depends on the
# opcode (see sre_parse), hence ``object`` and the narrowing below.
_Item = tuple[sc._NamedIntConstant, object]


def _required(items: Sequence[_Item]) -> _Requirement | None:
    """The most selective requirement of a sequence: each run of items that match a finite
    set of strings gives one (their product), each group, repeat or look-ahead another; any
    of them holds for the whole sequence."""
    candidates: list[_Requirement] = []
    run: frozenset[str] | None = frozenset({""})
    for op, av in items:
        if op in _ZERO_WIDTH:
            # Matches no character: the strings on either side stay contiguous. What a
            # positive look-around requires is in the text too, though maybe not in the match.
            if op is sc.ASSERT and isinstance(av, tuple):
                inner = _required(av[1].data)
                if inner is not None:
                    candidates.append(_Requirement(inner.strings, in_match=False))
            continue
        exact = _exact(op, av)
        if exact is not None and run is not None:
            product = _product(run, exact)
            if product is not None:
                run = product
                continue
        _keep(candidates, run)
        run = exact
        if exact is None:
            inner = _inner_required(op, av)
            if inner is not None:
                candidates.append(inner)
    _keep(candidates, run)
    return max(candidates, key=lambda r: r.rarity, default=None)


def _keep(candidates: list[_Requirement], run: frozenset[str] | None) -> None:
    if run and "" not in run:
        # A string that contains another of the set adds nothing to the test.
        minimal = frozenset(s for s in run if not any(t != s and t in s for t in run))
        candidates.append(_Requirement(minimal, in_match=True))


def _inner_required(op: object, av: object) -> _Requirement | None:
    """What a single non-exact item requires (a group, an alternation, a repeat)."""
    if op is sc.SUBPATTERN and isinstance(av, tuple):
        _, add_flags, del_flags, inner = av
        if add_flags or del_flags:
            return None  # another case rule inside: the literals would be compared wrongly
        return _required(inner.data)
    if op is sc.ATOMIC_GROUP and isinstance(av, sre_parse.SubPattern):
        return _required(av.data)
    if op is sc.BRANCH and isinstance(av, tuple):
        union: set[str] = set()
        in_match = True
        for alternative in av[1]:
            found = _required(alternative.data)
            if found is None:
                return None
            union |= found.strings
            in_match = in_match and found.in_match
        if len(union) > _MAX_STRINGS:
            return None
        minimal = frozenset(s for s in union if not any(t != s and t in s for t in union))
        return _Requirement(minimal, in_match)
    if op in _REPEATS and isinstance(av, tuple):
        low, _, inner = av
        return _required(inner.data) if low >= 1 else None
    return None


def _exact(op: object, av: object) -> frozenset[str] | None:
    """The finite set of strings one item matches (compared under the pattern's flags), or
    ``None`` when it is not a small finite set."""
    if op is sc.LITERAL and isinstance(av, int):
        return frozenset({chr(av)})
    if op is sc.IN and isinstance(av, list):
        chars: set[str] = set()
        for member_op, member in av:
            if member_op is not sc.LITERAL or not isinstance(member, int):
                return None  # a range, category or negation
            chars.add(chr(member))
        return frozenset(chars) if len(chars) <= _MAX_STRINGS else None
    if op is sc.SUBPATTERN and isinstance(av, tuple):
        _, add_flags, del_flags, inner = av
        return None if add_flags or del_flags else _exact_sequence(inner.data)
    if op is sc.BRANCH and isinstance(av, tuple):
        union: set[str] = set()
        for alternative in av[1]:
            found = _exact_sequence(alternative.data)
            if found is None:
                return None
            union |= found
        return frozenset(union) if len(union) <= _MAX_STRINGS else None
    if op in _REPEATS and isinstance(av, tuple):
        low, high, inner = av
        if high > 2:
            return None
        once = _exact_sequence(inner.data)
        if once is None:
            return None
        strings: set[str] = set()
        for count in range(low, high + 1):
            for parts in itertools.product(once, repeat=count):
                strings.add("".join(parts))
        return frozenset(strings) if len(strings) <= _MAX_STRINGS else None
    return None


def _exact_sequence(items: Iterable[_Item]) -> frozenset[str] | None:
    strings: frozenset[str] | None = frozenset({""})
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        exact = _exact(op, av)
        if exact is None or strings is None:
            return None
        strings = _product(strings, exact)
    return strings


def _product(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    if len(left) * len(right) > _MAX_STRINGS:
        return None
    return frozenset(a + b for a in left for b in right)
