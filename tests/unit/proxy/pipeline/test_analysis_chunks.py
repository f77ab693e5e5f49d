"""Chunks for PII analysis: they cover the text, overlap, and their findings join back."""

from __future__ import annotations

import itertools

import pytest

from guardrails.pii.findings import PiiFinding
from proxy.pipeline.analysis_chunks import Chunk, chunk_ranges, join_findings, work_units


@pytest.mark.parametrize(
    "text",
    ["あ" * 10_000, "word " * 3_000, "文。" * 4_000 + "x" * 777, "short"],
    ids=["no-breaks", "spaces", "sentences", "short"],
)
def test_chunks_cover_the_text_within_size_and_overlap(text: str) -> None:
    ranges = chunk_ranges(len(text), text, size=1000, overlap=100)
    assert ranges[0][0] == 0 and ranges[-1][1] == len(text)
    for (start, end), (next_start, _) in itertools.pairwise(ranges):
        assert end - start <= 1000
        assert next_start == end - 100
    assert all(end - start <= 1000 for start, end in ranges)


def test_chunks_cover_only_the_read_prefix() -> None:
    text = "a" * 5000
    assert chunk_ranges(1500, text, size=1000, overlap=100)[-1][1] == 1500
    assert chunk_ranges(0, text, size=1000, overlap=100) == []


def test_chunks_end_after_a_break_when_one_is_near() -> None:
    text = "あ" * 900 + "。" + "い" * 2000
    (_, first_end), *_ = chunk_ranges(len(text), text, size=1000, overlap=100)
    assert text[first_end - 1] == "。"


def test_overlap_under_half_the_size() -> None:
    with pytest.raises(ValueError):
        chunk_ranges(10, "x" * 10, size=100, overlap=50)


def test_units_group_short_texts_and_keep_long_chunks_alone() -> None:
    chunks = [Chunk(0, 0, 10), Chunk(1, 0, 20), Chunk(2, 0, 1000), Chunk(2, 900, 1500)]
    assert work_units(chunks, size=1000) == [chunks[:2], [chunks[2]], [chunks[3]]]


def test_joined_findings_are_shifted_and_the_longer_of_two_overlaps_wins() -> None:
    partial = PiiFinding(95, 100, "PERSON", 0.85)  # the chunk saw only the start of it
    whole = PiiFinding(5, 12, "PERSON", 0.85)  # the next chunk, starting at 90, saw it all
    seen_twice = PiiFinding(20, 33, "PHONE_NUMBER", 0.9)
    seen_again = PiiFinding(10, 23, "PHONE_NUMBER", 0.9)
    joined = join_findings([(0, [partial]), (90, [whole, seen_twice]), (100, [seen_again])])
    assert joined == [
        PiiFinding(95, 102, "PERSON", 0.85),
        PiiFinding(110, 123, "PHONE_NUMBER", 0.9),
    ]
