"""The ``output:`` section of a policy: what the output filter does with generated text.

The filter reads the model's answer before the user's values are put back (the model only
ever saw placeholders), one segment at a time — a sentence, or at most
``holdback.max_chars`` characters — so every piece a client receives was checked.

Example::

    output:
      holdback: {max_chars: 80}          # hold until 。！？!?\\n or this many characters
      replacement: "［この部分は表示できません］"  # what a replaced sentence becomes
      stop_message: "（この回答は表示できない内容を含むため、ここで終了しました）"
      pii:                                # personal data the model produced itself
        action: redact                    # redact | stop | allow
        threshold: 0.6
        entities:
          PERSON: {threshold: 0.75}
          DATE_OF_BIRTH: {action: allow}
      banned:                             # phrases and topics, on normalised text
        investment_promises:
          action: replace                 # replace (the sentence) | stop (the answer)
          keywords: ["絶対に儲かる", "元本保証"]
          patterns: ['必ず.{0,6}(値上がり|儲か)']
      guard_categories:                   # guard rules reused on the output
        violence_weapons: stop
      leakage:                            # verbatim copies of the prompt
        system_prompt: {action: stop, min_run: 40, max_share: 0.5}
        faq_context: {action: replace, max_share: 0.8}
      disclaimers:                        # appended once at the end when detected
        medical:
          keywords: ["服用", "診断"]
          text: "※一般的な情報です。症状については医師にご相談ください。"

Actions on a segment: ``redact`` replaces the personal data in it with
``pii.redaction``; ``replace`` replaces the whole segment with the rule's ``replacement``
(or the section's); ``stop`` ends the answer there with ``stop_message`` and
``finish_reason: "content_filter"``. The strongest action found in a segment wins:
stop > replace > redact.

Failure behaviour: unknown keys, unknown actions, invalid regular expressions, a rule with
neither keywords nor patterns, a leak check with neither ``min_run`` nor ``max_share``, an
entity name that is not a type name, and (checked by the policy as a whole) a
``guard_categories`` name that is not a guard category with rules are validation errors.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from guardrails.policy.guard import check_patterns, check_snake_case
from guardrails.policy.pii import check_entity_name, listed_rules

__all__ = [
    "SENTENCE_BOUNDARIES",
    "Disclaimer",
    "EntityOutputRule",
    "Holdback",
    "LeakCheck",
    "LeakagePolicy",
    "OutputAction",
    "OutputPiiAction",
    "OutputPiiPolicy",
    "OutputPolicy",
    "PhraseRule",
]

SENTENCE_BOUNDARIES = "。！？!?\n"


class OutputAction(StrEnum):
    """What a matched rule does to the answer."""

    REPLACE = "replace"
    STOP = "stop"


class OutputPiiAction(StrEnum):
    """What personal data found in the answer does."""

    REDACT = "redact"
    STOP = "stop"
    ALLOW = "allow"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class Holdback(_Section):
    """How much generated text is held back so that it can be checked before it is sent."""

    boundaries: str = Field(SENTENCE_BOUNDARIES, min_length=1)
    """Characters that end a segment (the segment includes them)."""
    max_chars: int = Field(80, ge=16, le=2000)
    """A segment without a boundary is cut at this many characters (at a comma or space
    in its second half when there is one, never inside a run of letters and digits)."""
    lead_chars: int = Field(3, ge=0, le=2000)
    """The first segment of an answer may end after this many characters already, at a
    comma or where hiragana meets another script (お問い|合わせ), so the first token waits
    for a few characters, not a sentence; never inside a run of kanji, katakana, letters
    or digits (see ``guardrails.output.segmenter``). 0: the first segment is a sentence
    like the others."""


class EntityOutputRule(_Section):
    """What to do with one entity type found in the answer; unset fields come from the
    section's ``action`` and ``threshold``."""

    action: OutputPiiAction | None = None
    threshold: float | None = Field(None, ge=0.0, le=1.0)
    """Findings scoring below this are ignored."""


class OutputPiiPolicy(_Section):
    """Personal data in the answer that did not come from the user."""

    enabled: bool = True
    action: OutputPiiAction = OutputPiiAction.REDACT
    """For every detected type not listed under ``entities``."""
    threshold: float = Field(0.6, ge=0.0, le=1.0)
    """Score a finding needs (the analyzer itself reports nothing under 0.5)."""
    entities: dict[str, EntityOutputRule] = {}
    """Rules per type (``PERSON``, ``SPECIAL_CARE``, ``SPECIAL_CARE:medical_history``...);
    ``LOCATION`` and ``ORGANIZATION`` are detected only when listed here."""
    redaction: str = "<{type}>"
    """Text that replaces redacted data; ``{type}`` becomes the type (``PHONE_NUMBER``,
    ``要配慮:病歴``)."""
    special_care: Literal["person", "any"] = "person"
    """``person``: a special-care statement is redacted only in a segment that also names a
    person (a detected name or a placeholder such as ``<PERSON_1>``), so general advice
    ("障害者手帳をお持ちの方は割引が受けられます") passes; ``any``: every finding."""
    allow_prompt_values: bool = True
    """Values that appear in what the model was sent (FAQ context, the system prompt,
    values the input policy let through) are not treated as produced by the model, so an
    answer may quote the support number of an FAQ entry. Off: those are redacted too."""

    @field_validator("entities")
    @classmethod
    def _valid_names(cls, value: dict[str, EntityOutputRule]) -> dict[str, EntityOutputRule]:
        for name in value:
            check_entity_name(name)
        return value

    def rule(self, entity_type: str) -> tuple[OutputPiiAction, float]:
        """Action and threshold for ``entity_type``: the type, then its family
        (``SPECIAL_CARE``), then the section's defaults."""
        rules = listed_rules(self.entities, entity_type)
        action = next((r.action for r in rules if r.action is not None), self.action)
        threshold = next((r.threshold for r in rules if r.threshold is not None), self.threshold)
        return action, threshold


class PhraseRule(_Section):
    """A banned phrase or topic: keywords and patterns on normalised text."""

    action: OutputAction = OutputAction.REPLACE
    keywords: tuple[str, ...] = ()
    """Words or phrases, matched as substrings of the normalised text (width, kana and
    case folded)."""
    patterns: tuple[str, ...] = ()
    """Regular expressions searched in the normalised text (kana as hiragana)."""
    replacement: str | None = None
    """For ``replace``: what the sentence becomes (default: the section's ``replacement``)."""

    _patterns_compile = field_validator("patterns")(check_patterns)

    @model_validator(mode="after")
    def _has_rules(self) -> PhraseRule:
        if not self.keywords and not self.patterns:
            raise ValueError("a banned rule needs keywords or patterns")
        return self


class LeakCheck(_Section):
    """How much verbatim copying of one protected text is too much.

    Texts are compared after NFKC normalisation with whitespace removed.
    """

    enabled: bool = True
    action: OutputAction = OutputAction.STOP
    min_run: int | None = Field(None, ge=8)
    """A run of this many consecutive characters copied from the protected text triggers
    (the segment that completes the run is acted on)."""
    max_share: float | None = Field(None, gt=0.0, le=1.0)
    """Triggers once the answer has copied this share of the protected text's length, in
    runs of at least ``share_run`` characters; every later segment that copies more is
    acted on too."""
    share_run: int = Field(16, ge=4)
    """Shortest run counted towards ``max_share`` (shorter common phrases are chance)."""

    @model_validator(mode="after")
    def _has_threshold(self) -> LeakCheck:
        if self.enabled and self.min_run is None and self.max_share is None:
            raise ValueError("a leak check needs min_run or max_share")
        return self


class LeakagePolicy(_Section):
    """Verbatim copies of the prompt in the answer."""

    system_prompt: LeakCheck = LeakCheck(action=OutputAction.STOP, min_run=40, max_share=0.5)
    """The request's system and developer messages (as the model saw them)."""
    faq_context: LeakCheck = LeakCheck(action=OutputAction.REPLACE, max_share=0.8)
    """The FAQ context ``retrieval.inject`` added. Answers are meant to quote it, so only
    copying most of it counts."""


class Disclaimer(_Section):
    """A note appended once at the end of an answer that touches a category."""

    keywords: tuple[str, ...] = ()
    """Words or phrases, matched as substrings of the normalised text."""
    patterns: tuple[str, ...] = ()
    """Regular expressions searched in the normalised text."""
    text: str = Field(min_length=1)
    """The note, appended after a blank line."""

    _patterns_compile = field_validator("patterns")(check_patterns)

    @model_validator(mode="after")
    def _has_rules(self) -> Disclaimer:
        if not self.keywords and not self.patterns:
            raise ValueError("a disclaimer needs keywords or patterns")
        return self


class OutputPolicy(_Section):
    """Output filtering: personal data, banned content, prompt leaks, disclaimers."""

    enabled: bool = True
    holdback: Holdback = Holdback()
    replacement: str = "［この部分は表示できません］"
    """What a replaced segment becomes (a rule may set its own)."""
    stop_message: str = "（この回答には表示できない内容が含まれるため、ここで終了しました。）"
    """Appended when the answer is stopped."""
    pii: OutputPiiPolicy = OutputPiiPolicy()
    banned: dict[str, PhraseRule] = {}
    """Banned phrases and topics by name (lower_snake_case)."""
    guard_categories: dict[str, OutputAction] = {}
    """Guard categories (``guard.categories``) whose keywords and patterns also apply to the
    answer, with the action to take."""
    leakage: LeakagePolicy = LeakagePolicy()
    disclaimers: dict[str, Disclaimer] = {}
    """Disclaimers by category name (lower_snake_case), appended in this order."""

    @field_validator("banned", "disclaimers")
    @classmethod
    def _names(cls, value: dict[str, object]) -> dict[str, object]:
        for name in value:
            check_snake_case(name)
        return value
