"""The output filter of one generated text: segments in, checked segments out.

:class:`OutputFilter` is the synchronous core the ``output.filter`` stage drives. It keeps
one text's state — the :class:`~guardrails.output.segmenter.Segmenter`, the previous
segment (for phrases across a cut), a :class:`~guardrails.output.leak_detector.LeakTracker`
per protected text, the disclaimers due — and reviews each segment, in order:

1. phrase rules (:class:`~guardrails.output.phrase_classifier.PhraseClassifier`): banned
   phrases and topics, guard categories reused on the output, disclaimer topics;
2. verbatim copies of the system prompt and of the FAQ context
   (:mod:`guardrails.output.leak_detector`);
3. unless 1–2 already replace or stop the segment: personal data, with the gateway's PII
   analyzer (:mod:`guardrails.output.pii_redaction`).

The strongest action wins: ``stop`` (the answer ends before this segment) > ``replace``
(the segment becomes the rule's replacement, its trailing whitespace kept) > ``redact``
(personal data in it replaced). Tool-call arguments are JSON text: a segment of them cannot
be replaced without breaking it, so ``replace`` stops there, and redactions are
JSON-escaped. Disclaimers apply to the answer (``content``) only and come from
:meth:`OutputFilter.closing`, once each, in policy order.

Everything a verdict records is labels and counts, never text.

Failure behaviour: :meth:`OutputFilter.review` is blocking (the analyzer) and lets the
analyzer's errors propagate, so the caller fails closed. After a stop the filter reviews
nothing more.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import regex

from guardrails.output.leak_detector import LeakTracker, ProtectedText
from guardrails.output.phrase_classifier import PhraseClassifier, PhraseViews
from guardrails.output.pii_redaction import PromptValues, redact
from guardrails.output.segmenter import JsonSegmenter, Segmenter
from guardrails.output.text_part import TextPart
from guardrails.pii.analyzer_protocol import Analyzer
from guardrails.pii.entities import PERSON
from guardrails.pii.findings import PiiFinding
from guardrails.pii.restorer import json_string_escape
from guardrails.policy.output import LeakCheck, OutputAction, OutputPolicy
from guardrails.policy.pii import SPECIAL_CARE

__all__ = ["ACTIONS", "OutputFilter", "SegmentVerdict"]

#: Verdict actions, weakest first.
ACTIONS = ("pass", "redact", "replace", "stop")

# A bracketed tag without digits is a mask tag (<要配慮:病歴>, <EMAIL_ADDRESS>), not data.
_MASK_TAG = re.compile(r"[<＜〈][^<>＜＞〈〉\s0-9０-９]{1,40}[>＞〉]")
_TRAILING_SPACE = re.compile(r"\s*$")


@dataclass(frozen=True, slots=True)
class SegmentVerdict:
    """One reviewed segment: what may be sent, and why (labels and counts only)."""

    text: str
    """The segment as it may be sent (empty when ``action`` is ``stop``)."""
    action: str = "pass"
    """One of :data:`ACTIONS`."""
    labels: Counter[str] = field(default_factory=Counter)
    """``pii:TYPE``, ``banned:NAME``, ``guard:NAME``, ``leak:system_prompt`` … → count."""


class OutputFilter:
    """The filter state of one generated text; see the module docstring."""

    def __init__(
        self,
        policy: OutputPolicy,
        *,
        part: TextPart,
        phrases: PhraseClassifier,
        analyzer: Analyzer,
        entities: frozenset[str],
        protected: Mapping[str, Callable[[], ProtectedText]],
        placeholders: regex.Pattern[str] | None,
        prompt: PromptValues,
    ) -> None:
        """``protected`` maps ``system_prompt`` / ``faq_context`` to a function giving
        that text's automaton (built on first use, in the reviewing thread);
        ``placeholders`` finds this request's placeholders; ``prompt`` holds what the
        model was sent."""
        self._policy = policy
        self._part = part
        self._phrases = phrases
        self._analyzer = analyzer
        self._entities = entities if policy.pii.enabled else frozenset()
        self._protected = protected
        self._trackers: dict[str, LeakTracker] | None = None
        self._placeholders = placeholders
        self._prompt = prompt
        self._segmenter = (
            JsonSegmenter(policy.holdback.max_chars)
            if part == "tool_arguments"
            else Segmenter(
                policy.holdback.boundaries,
                policy.holdback.max_chars,
                policy.holdback.lead_chars,
                lead_ok=self._lead_ok,
            )
        )
        self._lead: PhraseViews | None = None
        """The views of the last early cut checked (the first segment, once it is cut)."""
        self._before = ""
        self._disclaimers: set[str] = set()
        self.stopped = False

    @property
    def held_max(self) -> int:
        """The most characters held back at once so far."""
        return self._segmenter.held_max

    def split(self, piece: str) -> list[str]:
        """Take the next piece; the segments it completed (cheap: no checks yet)."""
        return self._segmenter.feed(piece)

    def rest(self) -> list[str]:
        """The text ended: the segments still held."""
        return self._segmenter.finish()

    def review(self, segments: list[str]) -> list[SegmentVerdict]:
        """Check ``segments`` in order (blocking); the verdicts end at the first stop."""
        verdicts: list[SegmentVerdict] = []
        for segment in segments:
            if self.stopped:
                break
            verdict = self._review(segment)
            verdicts.append(verdict)
            self.stopped = verdict.action == "stop"
        return verdicts

    def _lead_ok(self, text: str) -> bool:
        """The segmenter's early-cut check (:meth:`PhraseClassifier.may_end`); the views
        it made are kept for the review of that first segment."""
        self._lead = self._phrases.views(text)
        return self._phrases.may_end(text, views=self._lead)

    def closing(self) -> tuple[str, tuple[str, ...]]:
        """The disclaimers due at the end of the answer (text, names), once each."""
        names = tuple(name for name in self._policy.disclaimers if name in self._disclaimers)
        if not names or self.stopped:
            return "", ()
        notes = [self._policy.disclaimers[name].text for name in names]
        return "\n\n" + "\n\n".join(notes), names

    def _review(self, segment: str) -> SegmentVerdict:
        labels: Counter[str] = Counter()
        actions: list[tuple[OutputAction, str | None]] = []
        lead, self._lead = self._lead, None
        hits = self._phrases.classify(segment, self._before, views=lead)
        self._before = segment
        for name in hits.banned:
            rule = self._policy.banned[name]
            labels[f"banned:{name}"] += 1
            actions.append((rule.action, rule.replacement))
        for name in hits.guard:
            labels[f"guard:{name}"] += 1
            actions.append((self._policy.guard_categories[name], None))
        if self._part == "content":
            self._disclaimers.update(hits.disclaimers)
        for name, check in self._leak_checks(segment):
            labels[f"leak:{name}"] += 1
            actions.append((check.action, None))

        if actions:
            stop = any(action is OutputAction.STOP for action, _ in actions)
            if stop or self._part == "tool_arguments":
                return SegmentVerdict("", "stop", labels)
            replacement = next((text for _, text in actions if text is not None), None)
            replacement = self._policy.replacement if replacement is None else replacement
            trailing = _TRAILING_SPACE.search(segment)
            tail = trailing.group() if trailing else ""
            return SegmentVerdict(replacement + tail, "replace", labels)

        if not self._entities or not segment.strip():
            return SegmentVerdict(segment, "pass", labels)
        findings = self._analyzer.analyze(segment, entities=self._entities)
        if not findings:
            return SegmentVerdict(segment, "pass", labels)
        placeholders = self._placeholder_spans(segment)
        redaction = redact(
            segment,
            findings,
            self._policy.pii,
            protected=[span for span, _ in placeholders] + self._mask_tags(segment),
            prompt=self._prompt,
            names_person=self._names_person(segment, findings, placeholders),
            escape=json_string_escape if self._part == "tool_arguments" else None,
        )
        for entity_type, count in redaction.redacted.items():
            labels[f"pii:{entity_type}"] += count
        if redaction.stopping:
            for entity_type in redaction.stopping:
                labels[f"pii:{entity_type}"] += 1
            return SegmentVerdict("", "stop", labels)
        if redaction.redacted:
            return SegmentVerdict(redaction.text, "redact", labels)
        return SegmentVerdict(segment, "pass", labels)

    def _leak_checks(self, segment: str) -> list[tuple[str, LeakCheck]]:
        """The protected texts this segment copies too much of (advancing the trackers)."""
        if self._trackers is None:
            checks = self._policy.leakage
            self._trackers = {
                name: LeakTracker(build(), share_run=getattr(checks, name).share_run)
                for name, build in self._protected.items()
            }
        triggered: list[tuple[str, LeakCheck]] = []
        for name, tracker in self._trackers.items():
            check: LeakCheck = getattr(self._policy.leakage, name)
            overlap = tracker.segment(segment)
            by_run = check.min_run is not None and overlap.run >= check.min_run
            by_share = (
                check.max_share is not None
                and overlap.added > 0
                and overlap.share >= check.max_share
            )
            if by_run or by_share:
                triggered.append((name, check))
        return triggered

    def _placeholder_spans(self, segment: str) -> list[tuple[tuple[int, int], str]]:
        """This request's placeholders in ``segment``: span and label."""
        if self._placeholders is None:
            return []
        return [
            (match.span(), unicodedata.normalize("NFKC", match.group("label")).upper())
            for match in self._placeholders.finditer(segment)
        ]

    def _names_person(
        self,
        segment: str,
        findings: list[PiiFinding],
        placeholders: list[tuple[tuple[int, int], str]],
    ) -> bool:
        """Whether ``segment`` names a person (only asked when it matters: a special-care
        finding under ``special_care: person``)."""
        special = any(f.entity_type.startswith(SPECIAL_CARE) for f in findings)
        if not special or self._policy.pii.special_care != "person":
            return False
        if any(label == PERSON for _, label in placeholders):
            return True
        if any(f.entity_type == PERSON for f in findings):
            return True
        # A name inside a special-care span lost to it when overlaps were resolved.
        return PERSON in self._entities and bool(
            self._analyzer.analyze(segment, entities=frozenset({PERSON}))
        )

    @staticmethod
    def _mask_tags(segment: str) -> list[tuple[int, int]]:
        return [match.span() for match in _MASK_TAG.finditer(segment)]
