"""Policy patterns are validated once per process, and a bad one is refused every time."""

from __future__ import annotations

import re

import pytest

from guardrails.policy.guard import check_patterns


def test_a_bad_pattern_is_refused_every_time() -> None:
    for _ in range(2):
        with pytest.raises(ValueError, match="invalid regular expression"):
            check_patterns(("ok", "(unclosed"))


def test_patterns_come_back_unchanged_when_checked_again() -> None:
    patterns = ("爆弾の作り方", r"\bkill\b")
    assert check_patterns(patterns) is patterns
    assert check_patterns(patterns) is patterns


def test_the_unicode_class_hint_is_kept() -> None:
    with pytest.raises(ValueError, match="no \\\\p"):
        check_patterns((r"\p{Han}+",))


def test_the_rules_take_the_pattern_validation_compiled() -> None:
    from guardrails.classify.rules_classifier import compile_patterns
    from guardrails.policy.guard import rule_pattern

    # Unchanged by folding (NFKC, katakana as hiragana): compiled once, then shared.
    unchanged = "てすと用ぱたーん.{0,4}一"
    check_patterns((unchanged,))
    assert rule_pattern(unchanged).flags & re.IGNORECASE
    before = rule_pattern.cache_info()
    compile_patterns((unchanged,))
    after = rule_pattern.cache_info()
    assert (after.hits, after.misses) == (before.hits + 1, before.misses)
    # Changed by folding: the rules compile the folded text, as before.
    check_patterns(("テスト用パターン二",))
    before = rule_pattern.cache_info()
    compile_patterns(("テスト用パターン二",))
    after = rule_pattern.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses + 1)
    assert rule_pattern("てすと用ぱたーん二").pattern == "てすと用ぱたーん二"


@pytest.mark.parametrize(
    "pattern",
    ["(unclosed", "[z-a]", "(?<=a+)b", "a{2,1}", "(?i", r"\p{Han}", "(?P<x>a)(?P<x>b)"],
)
def test_a_pattern_is_refused_with_its_own_compile_error(pattern: str) -> None:
    with pytest.raises(re.error) as plain:
        re.compile(pattern)
    with pytest.raises(ValueError) as refused:
        check_patterns((pattern,))
    assert str(plain.value) in str(refused.value)
