"""Policy patterns are validated once per process, and a bad one is refused every time."""

from __future__ import annotations

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
