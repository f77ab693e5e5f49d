"""Personal data the model produced, redacted per the policy's ``output.pii`` section.

:func:`redact` rewrites one segment of an answer given the analyzer's findings on it:

* findings inside a protected span are skipped — this request's placeholders
  (``<PERSON_1>``, restored later by ``pii.restore``) and mask tags such as
  ``<要配慮:病歴>``;
* findings under their threshold, of a type whose action is ``allow``, or (with
  ``allow_prompt_values``) whose value appears in what the model was sent are skipped, and
  so are special-care findings in a segment that names no person (with
  ``special_care: person``, the default: a general statement is not personal data);
* the rest is replaced by ``redaction`` with the type's display name, or, for a type whose
  action is ``stop``, reported so that the caller stops the answer.

:class:`PromptValues` answers "was this value in the prompt?" by the same canonical form
the vault uses (width, case, spaces and — for numbers — hyphens do not count).

Failure behaviour: pure string work; overlapping findings or findings outside the text
are a programming error of the analyzer and raise :class:`ValueError` rather than produce
a half-redacted text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from guardrails.pii.findings import PiiFinding
from guardrails.pii.vault import canonical_value
from guardrails.policy.output import OutputPiiAction, OutputPiiPolicy
from guardrails.policy.pii import SPECIAL_CARE, display_name

__all__ = ["PromptValues", "Redaction", "redact"]


class PromptValues:
    """The texts the model was sent, asked whether a value was among them."""

    __slots__ = ("_canonical", "_text")

    def __init__(self, texts: Iterable[str]) -> None:
        self._text = "\n".join(texts)
        self._canonical: dict[str, str] = {}

    def __contains__(self, item: tuple[str, str]) -> bool:
        """``(entity_type, value) in prompt_values``."""
        entity_type, value = item
        wanted = canonical_value(entity_type, value)
        if not wanted:
            return False
        prompt = self._canonical.get(entity_type)
        if prompt is None:
            prompt = self._canonical[entity_type] = canonical_value(entity_type, self._text)
        return wanted in prompt


@dataclass(frozen=True, slots=True)
class Redaction:
    """One segment after redaction, with counts per type (no values)."""

    text: str
    redacted: Counter[str] = field(default_factory=Counter)
    """Findings replaced, per entity type."""
    stopping: tuple[str, ...] = ()
    """Types found whose action is ``stop`` (the answer must end before this segment)."""


def redact(
    text: str,
    findings: Iterable[PiiFinding],
    policy: OutputPiiPolicy,
    *,
    protected: Sequence[tuple[int, int]] = (),
    prompt: PromptValues | None = None,
    names_person: bool = False,
    escape: Callable[[str], str] | None = None,
) -> Redaction:
    """Apply ``policy`` to ``findings`` on ``text``; see the module docstring.

    ``protected`` are spans never touched; ``prompt`` (when ``allow_prompt_values``) the
    values the model was sent; ``names_person`` whether the segment names a person;
    ``escape`` transforms the redaction text (JSON
    escaping in tool-call arguments).
    """
    pieces: list[str] = []
    redacted: Counter[str] = Counter()
    stopping: list[str] = []
    position = 0
    for finding in sorted(findings):
        if finding.start < position or finding.end > len(text) or finding.start >= finding.end:
            raise ValueError("findings overlap or fall outside the text")
        if any(finding.start < end and start < finding.end for start, end in protected):
            continue
        action, threshold = policy.rule(finding.entity_type)
        if finding.score < threshold or action is OutputPiiAction.ALLOW:
            continue
        general = finding.entity_type.startswith(SPECIAL_CARE) and not names_person
        if general and policy.special_care == "person":
            continue
        value = text[finding.start : finding.end]
        from_prompt = prompt is not None and (finding.entity_type, value) in prompt
        if from_prompt and policy.allow_prompt_values:
            continue
        if action is OutputPiiAction.STOP:
            stopping.append(finding.entity_type)
            continue
        replacement = policy.redaction.replace("{type}", display_name(finding.entity_type))
        pieces.append(text[position : finding.start])
        pieces.append(escape(replacement) if escape is not None else replacement)
        position = finding.end
        redacted[finding.entity_type] += 1
    pieces.append(text[position:])
    return Redaction("".join(pieces), redacted, tuple(dict.fromkeys(stopping)))
