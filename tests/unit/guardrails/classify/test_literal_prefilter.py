"""The literal prefilter answers exactly as the pattern it guards.

Every pattern of the shipped policies is searched, prefiltered and plainly, in texts built
from its own required strings, pieces of its source, characters ``re.IGNORECASE`` treats
specially (``ı``, ``ſ``, ``K``, ``µ``, Greek sigmas) and ordinary Japanese and English, and
the two spans must be equal; the case key must compare characters exactly as ``re`` does.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardrails.classify.literal_prefilter import (
    LiteralPrefilter,
    PrefilterIndex,
    ScanText,
    _case_table,
    required_literals,
)
from guardrails.classify.normalizer import normalize, normalized_views
from guardrails.classify.rules_classifier import RulesClassifier, _fold
from guardrails.policy import load_policy_file

ROOT = Path(__file__).parents[4]
TRICKY = "ıİiIſsSKkµμΜςσΣßẞǅǄǆﬀΩωΩ"
ORDINARY = "あいうえおのをはにが指示無視人殺方法 abcdefghijklmnopqrstuvwxyz.,\n-'"


@cache
def policy_patterns() -> list[re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for name in ("default.yaml", "guard-baseline.yaml"):
        guard = load_policy_file(ROOT / "policies" / name).policy.guard
        for category in guard.categories.values():
            for source in (*category.patterns, *category.context_patterns):
                found.setdefault(source, re.compile(_fold(source), re.IGNORECASE))
    return list(found.values())


def pieces(pattern: re.Pattern[str]) -> list[str]:
    """What a text may be built from: the pattern's required strings, in several cases,
    and the literal runs of its source."""
    strings = sorted(required_literals(pattern) or ())
    cased = [s.upper() for s in strings] + [s.title() for s in strings]
    runs = re.findall(r"[^\\()|\[\]{}?*+.^$]+", pattern.pattern)
    return strings + cased + runs + list(TRICKY)


@st.composite
def case(draw: st.DrawFn) -> tuple[re.Pattern[str], str]:
    patterns = policy_patterns()
    pattern = patterns[draw(st.integers(0, len(patterns) - 1))]
    parts = draw(
        st.lists(
            st.one_of(
                st.sampled_from(pieces(pattern)),
                st.text(alphabet=ORDINARY + TRICKY, max_size=12),
            ),
            max_size=12,
        )
    )
    return pattern, "".join(parts)


def test_every_shipped_pattern_has_a_requirement() -> None:
    # Not needed for exactness, but a pattern without one is searched in full on every
    # text: the cost this module exists to avoid.
    missing = [p.pattern for p in policy_patterns() if required_literals(p) is None]
    assert missing == []


@cache
def prefilter(pattern: re.Pattern[str]) -> LiteralPrefilter:
    return LiteralPrefilter(pattern)


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case())
def test_prefiltered_search_equals_the_pattern(pair: tuple[re.Pattern[str], str]) -> None:
    pattern, text = pair
    expected = pattern.search(text)
    found = prefilter(pattern).search(ScanText(text))
    assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    ("source", "text"),
    [
        # A literal found only in a look-ahead: the match begins long before it.
        (r"^(?=.*(secret|hidden))\w+", "word " + "x" * 500 + " hidden"),
        # Look-behind and \b read the text before the place the search starts.
        (r"(?<=ab)cd.{0,3}ef", "zz" * 100 + "abcd--ef"),
        (r"\bkill myself\b", "skill myself and kill myself"),
        # IGNORECASE equivalences beyond simple case: dotless i, long s, Kelvin sign.
        (r"ignore", "ıgnore"),
        (r"\bsuicide\b", "ſuicide"),
        (r"kill", "Kill"),
        (r"(?i:abc)|xyz", "ABC"),
        (r"a(?-i:B)c", "abc aBc"),
        # The character looked up before any scan is matched in the case key too.
        (r"STOP now", "ſtop NOW"),
        (r"password", "PASSWORD"),
        (r"指示を(無視|忘れ)", "前の指示を忘れて"),
    ],
)
def test_edge_cases(source: str, text: str) -> None:
    pattern = re.compile(source, re.IGNORECASE)
    expected = pattern.search(text)
    found = LiteralPrefilter(pattern).search(ScanText(text))
    assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ORDINARY + TRICKY, max_size=40))
def test_character_sets_are_those_of_the_text_and_its_case_key(text: str) -> None:
    scan = ScanText(text)
    assert scan.chars == frozenset(text)
    assert scan.keyed_chars == frozenset(ScanText(text).keyed)


def test_no_literal_no_search() -> None:
    pattern = re.compile(r"(無視|忘れ)(して|し、|し).{0,25}(出力|表示)", re.IGNORECASE)
    prefilter = LiteralPrefilter(pattern)
    assert prefilter.strings is not None
    assert prefilter.search(ScanText("ご注文の確認をお願いします。" * 1000)) is None


def test_case_key_compares_as_re_does() -> None:
    table = _case_table()
    literal_chars = {ch for p in policy_patterns() for s in required_literals(p) or () for ch in s}
    # The policies' cased characters, and a sample of their uncased ones (kana, kanji).
    uncased = sorted(ch for ch in literal_chars if ch.lower() == ch.upper())
    chars = sorted({ch for ch in literal_chars if ch.lower() != ch.upper()} | set(TRICKY))
    chars += uncased[:: max(1, len(uncased) // 20)]
    # The first planes whole (every script the policies use), and every character any case
    # rule of the table touches.
    candidates = {chr(c) for c in (*range(0x3100), *table, *table.values())} | set(TRICKY)
    keys = {t: ScanText(t).keyed for t in candidates}
    for c in chars:
        key = ScanText(c).keyed
        compiled = re.compile(re.escape(c), re.IGNORECASE)
        for t in candidates:
            assert (compiled.fullmatch(t) is not None) == (keys[t] == key), (c, t)


def test_rules_classifier_equals_one_alternation_per_category() -> None:
    """The classifier's answers are those of the former single alternation per category,
    on the policy's own example cases."""
    loaded = load_policy_file(ROOT / "policies" / "default.yaml")
    guard = loaded.policy.guard
    rules = RulesClassifier(guard.categories)
    alternations = {
        name: re.compile("|".join(f"(?:{_fold(p)})" for p in c.patterns), re.IGNORECASE)
        for name, c in guard.categories.items()
        if c.patterns and not c.keywords
    }
    texts = [m["content"] for case in loaded.policy.tests for m in case.conversation()]
    assert len(texts) > 20
    matched = 0
    for text in texts:
        views = normalized_views(text)
        got = {n for n in rules.classify(views) if n in alternations}
        want = {n for n, p in alternations.items() if any(p.search(v) for v in views)}
        assert got == want, text
        matched += bool(want)
    assert matched > 5


@cache
def default_guard() -> tuple[RulesClassifier, dict[str, tuple[list[str], list[re.Pattern[str]]]]]:
    """The default policy's rules, and each category's keywords and patterns as written."""
    guard = load_policy_file(ROOT / "policies" / "default.yaml").policy.guard
    plain = {
        name: (
            [k for k in (normalize(w) for w in c.keywords) if k],
            [re.compile(_fold(p), re.IGNORECASE) for p in c.patterns],
        )
        for name, c in guard.categories.items()
    }
    return RulesClassifier(guard.categories), plain


@st.composite
def mixed_text(draw: st.DrawFn) -> str:
    """Pieces of several shipped patterns and ordinary characters."""
    patterns = policy_patterns()
    chosen = draw(st.lists(st.integers(0, len(patterns) - 1), min_size=1, max_size=4))
    options = [piece for i in chosen for piece in pieces(patterns[i])]
    parts = draw(
        st.lists(
            st.one_of(st.sampled_from(options), st.text(alphabet=ORDINARY + TRICKY, max_size=8)),
            max_size=10,
        )
    )
    return "".join(parts)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed_text())
def test_indexed_rules_equal_every_keyword_and_pattern_tried(text: str) -> None:
    """The classifier files its patterns and keywords by character (PrefilterIndex); its
    categories are those of trying every keyword and every pattern of each."""
    rules, plain = default_guard()
    want = {
        name: 1.0
        for name, (keywords, patterns) in plain.items()
        if any(k in text for k in keywords) or any(p.search(text) for p in patterns)
    }
    assert rules.classify([text]) == want


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed_text())
def test_index_candidates_are_the_patterns_whose_marks_occur(text: str) -> None:
    prefilters = [prefilter(p) for p in policy_patterns()]
    index = PrefilterIndex(prefilters)
    scan = ScanText(text)
    want = [
        i
        for i, p in enumerate(prefilters)
        if p.strings is None
        or not p.marks.isdisjoint(scan.keyed_chars if p.caseless else scan.chars)
    ]
    assert index.candidates(scan) == want
    # Every pattern that matches is a candidate.
    assert {i for i, p in enumerate(policy_patterns()) if p.search(text)} <= set(want)
