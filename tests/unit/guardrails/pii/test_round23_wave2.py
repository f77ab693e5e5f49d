"""Twenty-third round, wave 2 (issue 16; families from an outside set's misses, so TUNED ON):
a relation word with a filler and a colon or a dash before the name (booking for my wife
too: Sofia Marquez) masks the name and never the filler; a room and a building before a
romaji block address; a UK sort code and account written in pairs of digits; an
international phone number broken over a line after its label; the offence in time done
for it (did 3 years for assault). Left alone: firms named after their founders, a request
verb before an author's romaji name, numbered document parts (第3章2-5-3節, 図1-2-3), a
room number in prose, a filler before no name, time done for a project or a degree.

The rows were written for these tests. The floors read both halves of the seeded generator
``bench/pii_r23w2_gen.py`` (T tuned on, H held out by template).
"""

from __future__ import annotations

import pytest

from guardrails.pii.analyzer import PiiAnalyzer
from tests.unit.guardrails.pii.generator_floors import bench_cases, covered_by_any, tally

FOUND = [
    # (text, value)
    ("booking for my wife too: Sofia Marquez, passport to follow", "Sofia Marquez"),
    ("and my brother also: Lucas Ferreira, he needs a vegetarian meal", "Lucas Ferreira"),
    ("Add my father again: Tomasz Nowak. Thanks!", "Tomasz Nowak"),
    ("plus my aunt too -> Ingrid Larsen", "Ingrid Larsen"),
    ("Room 801, Sakura Mansion, 5-12-1 Tenjin, Chuo-ku, Fukuoka", "Room 801, Sakura Mansion"),
    ("Room 801, Sakura Mansion, 5-12-1 Tenjin, Chuo-ku, Fukuoka", "5-12-1 Tenjin"),
    ("Apt 12, Maple Grand Tower, 3-4-5 Kamiosaki, Shinagawa-ku", "Apt 12, Maple Grand Tower"),
    ("Unit 502, Hillside Court, 2-1-1 Nishi-Ikebukuro, Toshima-ku", "2-1-1 Nishi-Ikebukuro"),
    ("Sort code 11 05 98, account 44 55 66 77 (Barclays)", "44 55 66 77"),
    ("Sort code 11 05 98, account 44 55 66 77 (Barclays)", "11 05 98"),
    ("HSBC 40-11-62 / 7123 4569", "7123 4569"),
    ("Tel: +44 20\n7946 0958", "+44 20\n7946 0958"),
    ("Cell: +1 415\n555 0147", "+1 415\n555 0147"),
    ("Mobile +44 7700\n900123", "+44 7700\n900123"),
    ("My tenant did 3 years for assault, should I tell the neighbours?", "assault"),
    ("She spent two years inside for burglary.", "burglary"),
]

KEPT = [
    # (text, words that must reach the model unmasked)
    ("booking for my wife too: Sofia Marquez", "too"),
    ("Booking for my wife too: two adults, window seats please.", "too"),
    ("my husband as well: he prefers an aisle seat.", "well"),
    ("Compare JPMorgan Chase, Goldman Sachs and Morgan Stanley on fees.", "Goldman Sachs"),
    ("Compare JPMorgan Chase, Goldman Sachs and Morgan Stanley on fees.", "Morgan Stanley"),
    ("List banks: Wells Fargo, Bank of America, Citigroup.", "Wells Fargo"),
    ("Summarize Haruki Murakami's Norwegian Wood in three paragraphs.", "Summarize"),
    ("第3章2-5-3節の要点をまとめてください。", "2-5-3"),
    ("第5章3-1-2項を読んでください", "3-1-2"),
    ("図1-5-2と第3章の関係を説明してください", "1-5-2"),
    ("The meeting is in Room 801 of the convention centre.", "Room 801"),
    ("Scores were 11 05 98 on three tries.", "11 05 98"),
    ("We did 3 years for the project budget.", "project budget"),
    ("I did two years for my degree in Osaka.", "degree"),
]


@pytest.mark.parametrize(("text", "value"), FOUND, ids=[f"{i}" for i in range(len(FOUND))])
def test_found(full_analyzer: PiiAnalyzer, text: str, value: str) -> None:
    findings = full_analyzer.analyze(text)
    assert covered_by_any(findings, text, value, ""), (value, findings)


@pytest.mark.parametrize(("text", "word"), KEPT, ids=[f"{i}" for i in range(len(KEPT))])
def test_kept(full_analyzer: PiiAnalyzer, text: str, word: str) -> None:
    start = text.index(word)
    end = start + len(word)
    findings = full_analyzer.analyze(text)
    assert not any(f.start < end and start < f.end for f in findings), findings


def test_still_found_beside_the_fixes(full_analyzer: PiiAnalyzer) -> None:
    """The narrowing leaves real names and addresses around it masked."""
    text = "My name is Haruki Tanaka; call +44 20 7946 0958 or write to 3-2-1 Umeda, Kita-ku"
    covered = {text[f.start : f.end] for f in full_analyzer.analyze(text)}
    assert "Haruki Tanaka" in covered
    assert any("3-2-1 Umeda" in c for c in covered)


# Floors measured on the seeded generator: values missed and benign cases flagged.
FLOORS = {"T": (0, 0), "H": (0, 1)}


@pytest.fixture(scope="module")
def cases() -> list[object]:
    return bench_cases("pii_r23w2_gen")


@pytest.mark.parametrize("half", ["T", "H"])
def test_generator_floors(full_analyzer: PiiAnalyzer, cases: list[object], half: str) -> None:
    result = tally(full_analyzer, cases, half, check=covered_by_any)
    missed, flagged = FLOORS[half]
    assert result.total >= 60
    assert len(result.missed) <= missed, result.missed
    assert len(result.flagged) <= flagged, result.flagged
