"""Hashed character n-grams: the fast guard model's view of a text's spelling.

:func:`char_ngrams` reads a normalised text (:func:`~guardrails.classify.normalizer.
normalize`) as the set of its character 1- to 4-grams, each hashed into one of
``buckets`` slots, with weights that give the set unit length. Character n-grams need no
tokenizer, work for Japanese and English alike, and survive spelling games (spaces inside
words, width changes) better than words do.

The hash is computed with numpy over the code points (a multiply-xorshift mix), so it is
the same in every process and on every platform (Python's ``hash`` of a string is not), and
it costs tens of microseconds for a question. Texts longer than :data:`MAX_CHARS` are read
as their first and last parts, where an instruction or a jailbreak frame sits.

Failure behaviour: never raises on any string; an empty text has no n-grams.
"""

from __future__ import annotations

import numpy as np

__all__ = ["MAX_CHARS", "NGRAM_SIZES", "char_ngrams"]

NGRAM_SIZES = (1, 2, 3, 4)
MAX_CHARS = 3000
_HEAD = 2200
_MULTIPLIERS = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x27D4EB2F165667C5],
    dtype=np.uint64,
)
_MIX = np.uint64(0xFF51AFD7ED558CCD)
_SHIFT = np.uint64(33)


def char_ngrams(text: str, buckets: int) -> tuple[np.ndarray, np.ndarray]:
    """Slot indices (int64, unique, sorted) and their weights (float32, unit norm)."""
    if len(text) > MAX_CHARS:
        text = text[:_HEAD] + " " + text[-(MAX_CHARS - _HEAD) :]
    padded = f" {text} "
    codes = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    parts: list[np.ndarray] = []
    with np.errstate(over="ignore"):
        for size in NGRAM_SIZES:
            count = codes.shape[0] - size + 1
            if count <= 0:
                continue
            mixed = np.full(count, np.uint64(size), dtype=np.uint64)
            for offset in range(size):
                mixed = (mixed ^ (codes[offset : offset + count] * _MULTIPLIERS[offset])) * _MIX
                mixed ^= mixed >> _SHIFT
            parts.append(mixed % np.uint64(buckets))
    if not parts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    slots = np.unique(np.concatenate(parts)).astype(np.int64)
    weights = np.full(slots.shape[0], 1.0 / np.sqrt(slots.shape[0]), dtype=np.float32)
    return slots, weights
