"""The prefilter plans kept on disk: read back, they are the plans read from the patterns."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from guardrails.classify.literal_prefilter import LiteralPrefilter, PrefilterPlan, plan_for
from guardrails.classify.prefilter_plans import PrefilterPlans
from guardrails.classify.rules_classifier import _fold
from guardrails.policy import load_policy_file

ROOT = Path(__file__).parents[4]


def shipped_patterns() -> list[re.Pattern[str]]:
    """Every rule and signal pattern of the shipped policies, compiled as the guard does."""
    found: dict[str, re.Pattern[str]] = {}
    for name in ("default.yaml", "guard-baseline.yaml"):
        guard = load_policy_file(ROOT / "policies" / name).policy.guard
        sources = [p for c in guard.categories.values() for p in (*c.patterns, *c.context_patterns)]
        for signal in (*guard.learned.intent_signals(), guard.learned.text_work):
            sources += [*signal.patterns, *signal.unless]
        for source in sources:
            found.setdefault(source, re.compile(_fold(source), re.IGNORECASE))
    return list(found.values())


def test_plans_read_back_equal_the_plans_read_from_the_patterns(tmp_path: Path) -> None:
    patterns = shipped_patterns()
    writer = PrefilterPlans(tmp_path)
    derived = [writer.plan(p) for p in patterns]
    writer.save()
    assert derived == [plan_for(p) for p in patterns]
    assert any(plan.width is not None for plan in derived)
    reader = PrefilterPlans(tmp_path)
    assert [reader.plan(p) for p in patterns] == derived
    assert not reader._added  # every plan came from the file


def test_a_prefilter_from_a_kept_plan_answers_as_one_built_without() -> None:
    pattern = re.compile(r"(?:爆弾|毒薬)の(?:作り方|作成方法)", re.IGNORECASE)
    kept = LiteralPrefilter(pattern, plan_for(pattern))
    fresh = LiteralPrefilter(pattern)
    assert (kept.strings, kept.marks) == (fresh.strings, fresh.marks)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("not json", id="not-json"),
        pytest.param('{"2:x": [["a"], -1]}', id="negative-width"),
        pytest.param('{"2:x": [[""], null]}', id="empty-string"),
        pytest.param('{"2:x": "x"}', id="not-a-pair"),
        pytest.param("[1, 2]", id="not-an-object"),
    ],
)
def test_a_bad_file_is_read_as_empty(tmp_path: Path, content: str) -> None:
    plans = PrefilterPlans(tmp_path)
    plans._path.write_text(content, encoding="utf-8")
    pattern = re.compile("x", re.IGNORECASE)
    assert plans.plan(pattern) == plan_for(pattern)
    plans.save()
    rows = json.loads(plans._path.read_text(encoding="ascii"))
    assert rows == {f"{pattern.flags}:x": [["x"], 1]}


def test_a_lone_surrogate_literal_is_kept(tmp_path: Path) -> None:
    pattern = re.compile("\ud83d\ude00|\ud83d", re.IGNORECASE)
    writer = PrefilterPlans(tmp_path)
    derived = writer.plan(pattern)
    writer.save()
    assert derived.strings is not None
    assert PrefilterPlans(tmp_path).plan(pattern) == derived == plan_for(pattern)


def test_an_unwritable_directory_is_skipped(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    plans = PrefilterPlans(blocker / "sub")
    pattern = re.compile("abc")
    assert plans.plan(pattern) == PrefilterPlan(("abc",), 3)
    plans.save()  # logged, not raised
