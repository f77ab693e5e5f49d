"""Checks the PII round tests (``test_*round24*.py``, ``test_r25_*``, ``test_r26_*`` and
later) share instead of each carrying a copy: a generator half's floors, the request words
a finding may not touch, a value masked whole, and the stage's round trip back to the
user's own spelling.

The counting itself (which value counts as found) is ``generator_floors``; this module
asserts on it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from guardrails.pii.analyzer import PiiAnalyzer
from guardrails.pii.restorer import restore_text
from guardrails.policy import LoadedPolicy, Policy
from proxy.pipeline.contract import RequestContext
from proxy.pipeline.stages.pii import PiiPseudonymizeStage
from tests.unit.guardrails.pii.generator_floors import Finding, Tally


def mostly_covered(
    findings: Sequence[Finding], text: str, value: str, kind: str | tuple[str, ...]
) -> bool:
    """Findings of ``kind`` (of any of them, when a tuple) cover more than half of
    ``value`` (its blanks aside): what is left cannot be the piece the bench calls a partial
    leak (the label may be wider than the core the gateway masks: "my husband" against
    "husband", 仮釈放中 against 仮釈放)."""
    start = text.index(value)
    chars = {i for f in findings if f.entity_type.startswith(kind) for i in range(f.start, f.end)}
    letters = [i for i in range(start, start + len(value)) if not text[i].isspace()]
    return 2 * sum(1 for i in letters if i in chars) > len(letters)


def not_covered(
    analyzer: PiiAnalyzer, rows: Iterable[tuple[str, str]], kind: str | tuple[str, ...]
) -> list[str]:
    """``value in 'text'`` for each (text, value) row whose value findings of ``kind`` do not
    mostly cover (:func:`mostly_covered`): the misses a round's floor counts."""
    return [
        f"{value} in {text!r}"
        for text, value in rows
        if not mostly_covered(analyzer.analyze(text), text, value, kind)
    ]


def touching(
    findings: Iterable[Finding], text: str, phrase: str, kinds: tuple[str, ...] | None = None
) -> list[tuple[str, str]]:
    """(type, text) of the findings (of ``kinds`` only, when given) that overlap the first
    occurrence of ``phrase`` in ``text``; ``ValueError`` when ``phrase`` is not there."""
    start = text.index(phrase)
    end = start + len(phrase)
    return [
        (f.entity_type, text[f.start : f.end])
        for f in findings
        if (kinds is None or f.entity_type.startswith(kinds)) and f.start < end and start < f.end
    ]


def assert_masked_whole(analyzer: PiiAnalyzer, text: str, value: str, kind: str) -> None:
    """One finding whose type starts with ``kind`` spans the whole of ``value``."""
    findings = analyzer.analyze(text)
    start = text.index(value)
    end = start + len(value)
    assert any(
        f.entity_type.startswith(kind) and f.start <= start and end <= f.end for f in findings
    ), [(f.entity_type, text[f.start : f.end]) for f in findings]


def keep_touched(analyzer: PiiAnalyzer, cases: Iterable[Any], half: str) -> list[str]:
    """Request words (``keep``) of ``half`` that a finding of any kind touches, as
    ``"<id>: <word>"``: every message with text content, words it does not hold skipped."""
    touched: list[str] = []
    for case in cases:
        if case.half != half:
            continue
        for message in case.messages:
            text = message.get("content")
            if not isinstance(text, str):
                continue
            findings = analyzer.analyze(text)
            for word in case.keep:
                if word in text and touching(findings, text, word):
                    touched.append(f"{case.id}: {word}")
    return touched


def first_message_keep_touched(
    analyzer: PiiAnalyzer, cases: Iterable[Any], half: str, kinds: tuple[str, ...]
) -> list[str]:
    """Request words (``keep``) of ``half`` that a finding of ``kinds`` touches in each
    case's first message, as ``"<id>: <word>"`` (a word missing there is an error)."""
    lost: list[str] = []
    for case in cases:
        if case.half != half:
            continue
        text = case.messages[0]["content"]
        findings = analyzer.analyze(text)
        lost += [f"{case.id}: {k}" for k in case.keep if touching(findings, text, k, kinds)]
    return lost


def assert_floor(counts: Tally, values: int, floor: int, benign: int) -> None:
    """A generator half's ``counts`` hold ``values`` values, at most ``floor`` of them
    missed and at most ``benign`` benign texts flagged (the misses listed if not)."""
    assert counts.total == values
    assert len(counts.missed) <= floor, "\n".join(counts.missed)
    assert len(counts.flagged) <= benign, "\n".join(counts.flagged)


def request_context(text: str) -> RequestContext:
    """A chat request holding ``text`` as its one user message, under an empty policy."""
    policy = Policy.model_validate({"name": "p"})
    return RequestContext(
        request_id="r",
        tenant="t",
        key_name="k",
        model="m",
        body={"messages": [{"role": "user", "content": text}]},
        stream=False,
        policy=LoadedPolicy(policy=policy, version="v1", path=Path("p.yaml")),
    )


async def assert_round_trip(analyzer: PiiAnalyzer, text: str) -> None:
    """The pseudonymize stage changes ``text`` before upstream, and the vault restores it
    to the user's own spelling."""
    ctx = request_context(text)
    await PiiPseudonymizeStage(analyzer, cache_entries=0).process(ctx)
    sent = ctx.body["messages"][0]["content"]
    assert sent != text
    assert restore_text(ctx.vault, sent) == text


SPECIAL_KINDS = ("SPECIAL_CARE", "SOGI")
"""The finding types of special-care data: what a request word and a look-alike must not be."""


def assert_masked_keeping(
    analyzer: PiiAnalyzer,
    text: str,
    value: str,
    kind: str,
    keep: str,
    *,
    covered: Callable[[Sequence[Finding], str, str, str], bool] = mostly_covered,
) -> None:
    """``value`` is ``covered`` by findings of ``kind`` and no special-care finding touches the
    request words ``keep``: the disclosure is masked and the request reaches the model."""
    findings = analyzer.analyze(text)
    assert covered(findings, text, value, kind), findings
    assert not touching(findings, text, keep, SPECIAL_KINDS), findings


def assert_left_alone(analyzer: PiiAnalyzer, text: str) -> None:
    """No special-care finding in ``text`` (a look-alike: a topic, a product, a place)."""
    found = [f for f in analyzer.analyze(text) if f.entity_type.startswith(SPECIAL_KINDS)]
    assert found == [], found
