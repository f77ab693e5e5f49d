"""Pseudonymization: detected spans → placeholders, tags, or a refusal, per the policy.

:func:`pseudonymize` rewrites one text given its findings; the caller offers the texts of a
conversation in message order with one :class:`~guardrails.pii.vault.Vault`, so numbering
follows first appearance across the whole request.

Placeholders the user typed themselves (``<PERSON_1>`` in a template) are escaped in the
same pass (:mod:`guardrails.pii.typed_placeholders`) and counted under
``TYPED_PLACEHOLDER``, so they can never be confused with the gateway's own and come back
exactly as typed.

Failure behaviour: pure string work; findings that overlap or fall outside the text are a
programming error of the analyzer and raise :class:`ValueError` rather than producing a
half-masked text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from guardrails.pii.findings import PiiFinding
from guardrails.pii.typed_placeholders import TYPED_PLACEHOLDER, escape_typed_placeholders
from guardrails.pii.vault import Vault, json_unescaped
from guardrails.policy.pii import PiiAction, PiiPolicy

__all__ = ["PseudonymizedText", "pseudonymize", "pseudonymize_parts"]


@dataclass(frozen=True, slots=True)
class PseudonymizedText:
    """A rewritten text and what was done to it (types and counts, no values)."""

    text: str
    applied: Counter[tuple[str, PiiAction]] = field(default_factory=Counter)
    """How many findings of each type got each action (below-threshold ones not counted)."""

    @property
    def blocked(self) -> frozenset[str]:
        return frozenset(t for (t, action) in self.applied if action is PiiAction.BLOCK)


def pseudonymize(
    text: str, findings: Iterable[PiiFinding], policy: PiiPolicy, vault: Vault
) -> PseudonymizedText:
    """Replace each finding that passes its threshold according to its rule.

    ``block`` findings are masked too, so the text is never left raw even if a caller
    ignored :attr:`PseudonymizedText.blocked`.
    """
    parts, applied = pseudonymize_parts([text], findings, policy, vault)
    if not applied:
        return PseudonymizedText(text)
    return PseudonymizedText(parts[0], applied)


def pseudonymize_parts(
    parts: Sequence[str], findings: Iterable[PiiFinding], policy: PiiPolicy, vault: Vault
) -> tuple[list[str], Counter[tuple[str, PiiAction]]]:
    """Pseudonymize texts that are read as one: the content parts of one message.

    ``findings`` are spans of ``"".join(parts)``, so a value split across two parts
    (``"電話は090-1234-"`` + ``"5678です"``) is found whole. Each value is replaced once, in
    the part where it starts; the rest of it is removed from the parts that follow. Returns
    the rewritten parts (as many as given) and what was applied.
    """
    joined = "".join(parts)
    applied: Counter[tuple[str, PiiAction]] = Counter()
    replacements: list[tuple[int, int, str]] = []
    position = 0
    for finding in sorted(findings):
        if finding.start < position or finding.end > len(joined) or finding.start >= finding.end:
            raise ValueError("findings overlap or fall outside the text")
        rule = policy.rule(finding.entity_type)
        if finding.score < rule.threshold or rule.action is PiiAction.ALLOW:
            continue
        applied[(finding.entity_type, rule.action)] += 1
        value = joined[finding.start : finding.end]
        if rule.action is PiiAction.PSEUDONYMIZE:
            # A value inside escaped JSON text goes back as what it means (vault.py).
            replacement = vault.placeholder(finding.entity_type, json_unescaped(value))
        else:
            replacement = rule.tag
        replacements.append((finding.start, finding.end, replacement))
        position = finding.end
    out: list[str] = []
    escaped = 0
    offset = 0
    for part in parts:
        part_end = offset + len(part)
        pieces: list[str] = []
        cursor = offset
        for start, end, replacement in replacements:
            if end <= offset or start >= part_end:
                continue
            literal, count = escape_typed_placeholders(joined[cursor : max(cursor, start)], vault)
            escaped += count
            pieces.append(literal)
            if start >= offset:
                pieces.append(replacement)
            cursor = min(end, part_end)
        literal, count = escape_typed_placeholders(joined[cursor:part_end], vault)
        escaped += count
        pieces.append(literal)
        out.append("".join(pieces))
        offset = part_end
    if escaped:
        applied[(TYPED_PLACEHOLDER, PiiAction.PSEUDONYMIZE)] += escaped
    return (out if applied else list(parts)), applied
