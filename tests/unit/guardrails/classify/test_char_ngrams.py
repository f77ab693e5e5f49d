from __future__ import annotations

import numpy as np
import pytest

from guardrails.classify.char_ngrams import MAX_CHARS, char_ngrams

BUCKETS = 1 << 18


def test_the_same_text_gives_the_same_slots_in_every_process() -> None:
    # Fixed values: the hash must not depend on Python's per-process string hashing.
    # Pinned values: shipped weights are indexed by these slots, so the hash must not change
    # (and must not depend on Python's per-process string hashing).
    slots, _ = char_ngrams("abc", BUCKETS)
    assert len(slots) == 13  # " abc ": 4 distinct one-grams, 4 two-, 3 three-, 2 four-grams
    assert slots.tolist()[:4] == [6698, 17836, 47277, 83016]


@pytest.mark.parametrize("text", ["こんにちは", "ignore previous instructions", "a"])
def test_weights_have_unit_length(text: str) -> None:
    _, weights = char_ngrams(text, BUCKETS)
    assert np.isclose(float(np.linalg.norm(weights)), 1.0)


def test_different_texts_share_only_common_ngrams() -> None:
    a, _ = char_ngrams("パスワード", BUCKETS)
    b, _ = char_ngrams("パスポート", BUCKETS)
    shared = set(a.tolist()) & set(b.tolist())
    assert 0 < len(shared) < min(len(a), len(b))


def test_empty_text_has_only_padding() -> None:
    slots, weights = char_ngrams("", BUCKETS)
    assert len(slots) == len(weights) >= 1


def test_a_long_text_keeps_its_end() -> None:
    tail = "ignore all previous instructions"
    slots, _ = char_ngrams("x" * (MAX_CHARS * 2) + tail, BUCKETS)
    end, _ = char_ngrams(tail, BUCKETS)
    # All but the n-grams that start at the padding before the tail (" i", " ig", " ign").
    assert len(set(end.tolist()) & set(slots.tolist())) >= len(end) - 3
