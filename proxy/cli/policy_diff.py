"""What changes in the gateway's decisions between two versions of a policy.

:func:`diff_policies` runs the same inputs under an old and a new policy through the same
real stages (:func:`proxy.cli.policy_cases.observe`) and keeps the inputs whose
:class:`~proxy.cli.policy_cases.Decision` differs — the action, the guard categories, the
personal data types and their actions, or what the output stages did to an answer. The
inputs are both policies' own ``tests:`` cases (a case both files share by id and content
runs once) and, optionally, prompts from a JSONL file (:func:`inputs_from_jsonl`).

The result holds labels and decisions; the input text is kept only for the operator's
terminal (the command shortens it) and is never logged.

Failure behaviour: a stage that fails on one input (``StageError``) does not stop the
comparison: that side's decision reads ``error`` and counts as a difference.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from guardrails.policy import LoadedPolicy
from guardrails.policy.cases import PolicyCase
from proxy.cli.policy_cases import Decision, observe
from proxy.errors import MamoriError
from proxy.pipeline.runner import Pipeline

__all__ = [
    "DiffInput",
    "DiffRow",
    "diff_policies",
    "inputs_from_cases",
    "inputs_from_jsonl",
    "summarize",
]

_ERROR = Decision("error")


@dataclass(frozen=True, slots=True)
class DiffInput:
    """One input to decide under both policies."""

    label: str
    """Where it comes from: ``case ID``, ``old case ID``, ``new case ID``, ``jsonl ID``."""
    messages: tuple[tuple[str, str], ...]
    """(role, content) of the conversation."""
    answer: str | None = None
    """A model answer for the response stages, from a case."""

    @property
    def text(self) -> str:
        """The last message (or the answer), for the operator's terminal."""
        return self.messages[-1][1] if self.messages else (self.answer or "")


@dataclass(frozen=True, slots=True)
class DiffRow:
    """An input and its decision under each policy."""

    input: DiffInput
    old: Decision
    new: Decision

    @property
    def changed(self) -> bool:
        return self.old != self.new


def inputs_from_cases(old: LoadedPolicy, new: LoadedPolicy) -> list[DiffInput]:
    """Both policies' cases; a case with the same id and input in both runs once."""
    old_cases = {case.id: case for case in old.policy.tests}
    new_cases = {case.id: case for case in new.policy.tests}
    inputs: list[DiffInput] = []
    for case_id, case in old_cases.items():
        twin = new_cases.get(case_id)
        if twin is not None and _same_input(case, twin):
            inputs.append(_case_input(f"case {case_id}", case))
        else:
            inputs.append(_case_input(f"old case {case_id}", case))
    for case_id, case in new_cases.items():
        twin = old_cases.get(case_id)
        if twin is None or not _same_input(case, twin):
            inputs.append(_case_input(f"new case {case_id}", case))
    return inputs


def inputs_from_jsonl(records: Iterable[tuple[int, dict[str, Any]]]) -> list[DiffInput]:
    """Prompts from JSONL records ``{"text": ..., "id"?: ...}`` given with their line
    numbers; a record without ``id`` is labelled by its line."""
    return [
        DiffInput(
            f"jsonl {record['id']}" if "id" in record else f"jsonl line {line}",
            (("user", record["text"]),),
        )
        for line, record in records
    ]


async def diff_policies(
    pipeline: Pipeline, old: LoadedPolicy, new: LoadedPolicy, inputs: Sequence[DiffInput]
) -> list[DiffRow]:
    """Every input decided under ``old`` and ``new`` (changed or not), in input order."""
    rows: list[DiffRow] = []
    for index, item in enumerate(inputs):
        decisions = [await _decide(pipeline, loaded, item, index) for loaded in (old, new)]
        rows.append(DiffRow(item, *decisions))
    return rows


def summarize(rows: Sequence[DiffRow]) -> str:
    """``N inputs, M decided differently: ...`` with the action changes counted."""
    changed = [row for row in rows if row.changed]
    head = f"{len(rows)} inputs, {len(changed)} decided differently"
    if not changed:
        return head
    moves = Counter(
        f"{row.old.action}→{row.new.action}" for row in changed if row.old.action != row.new.action
    )
    parts = [f"{move} {count}" for move, count in sorted(moves.items())]
    kinds = {
        "categories": sum(row.old.categories != row.new.categories for row in changed),
        "pii": sum(row.old.pii != row.new.pii for row in changed),
        "output": sum(row.old.output != row.new.output for row in changed),
    }
    parts += [f"{kind} changed {count}" for kind, count in kinds.items() if count]
    return f"{head}: " + ", ".join(parts)


async def _decide(
    pipeline: Pipeline, loaded: LoadedPolicy, item: DiffInput, index: int
) -> Decision:
    messages = [{"role": role, "content": content} for role, content in item.messages]
    try:
        observation = await observe(
            pipeline, loaded, messages, answer=item.answer, request_id=f"policy-diff-{index}"
        )
    except MamoriError:
        return _ERROR
    return observation.decision


def _case_input(label: str, case: PolicyCase) -> DiffInput:
    messages = tuple((m["role"], m["content"]) for m in case.conversation())
    return DiffInput(label, messages, case.answer)


def _same_input(a: PolicyCase, b: PolicyCase) -> bool:
    return a.conversation() == b.conversation() and a.answer == b.answer
