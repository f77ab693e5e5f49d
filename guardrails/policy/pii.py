"""The ``pii:`` section of a policy: what happens to each kind of personal data.

Example::

    pii:
      placeholder: "<{type}_{n}>"     # how a pseudonym looks to the model
      default: {action: pseudonymize, threshold: 0.5}
      entities:
        MY_NUMBER: {action: block}
        PERSON: {threshold: 0.6}
        ORGANIZATION: {action: mask}  # off by default; listing it turns it on

Actions:

* ``pseudonymize`` — the value becomes a numbered placeholder; the user's value is put back
  into the answer (reversible, per request);
* ``mask`` — the value becomes a tag such as ``<MY_NUMBER>`` and is never put back;
* ``block`` — the request is refused with :attr:`PiiPolicy.block_message`, which names the
  type, never the value;
* ``allow`` — the value is sent as it is.

``max_chars`` bounds how much text of one request is analysed (every field together);
over it, ``over_max_chars: block`` (the default) refuses the request and ``audit`` forwards
what is beyond the limit unread, recorded in the audit log.

Failure behaviour: unknown keys, an unknown action, an entity name that is not a type
Mamori detects (a misspelt ``PHONE_NUMBR`` would be a rule that never applies) or a bad
placeholder template are validation errors (file and line are reported by the
loader); the previous policy stays in force on hot reload.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from guardrails.pii.entities import BUILT_IN_ENTITIES
from guardrails.pii.placeholder import DEFAULT_TEMPLATE, PlaceholderFormat, label_for

__all__ = [
    "OFF_BY_DEFAULT",
    "SPECIAL_CARE",
    "SPECIAL_CARE_TAGS",
    "EntityRule",
    "PiiAction",
    "PiiPolicy",
    "ResolvedRule",
    "check_entity_name",
    "display_name",
    "listed_rules",
]

#: Entity types detected only when a policy lists them. ``PUBLIC_FIGURE`` is a request, not
#: a finding type: asking for it masks well-known people named in general questions too.
OFF_BY_DEFAULT = frozenset(
    {"ORGANIZATION", "LOCATION", "PUBLIC_FIGURE", "UNION_MEMBERSHIP", "NATIONALITY"}
)
PUBLIC_FIGURE = "PUBLIC_FIGURE"

#: Special-care categories (APPI Art. 2(3), Cabinet Order Art. 2) → the tag they are masked
#: with by default. Special-care data is masked, not pseudonymized, unless a policy says so.
SPECIAL_CARE_TAGS = {
    "race": "<要配慮:人種>",
    "creed": "<要配慮:信条>",
    "social_status": "<要配慮:社会的身分>",
    "medical_history": "<要配慮:病歴>",
    "criminal_record": "<要配慮:犯罪歴>",
    "crime_victim": "<要配慮:犯罪被害>",
    "disability": "<要配慮:障害>",
    "health_checkup": "<要配慮:健康診断結果>",
    "medical_treatment": "<要配慮:診療・調剤>",
    "criminal_procedure": "<要配慮:刑事手続>",
    "juvenile_procedure": "<要配慮:少年保護手続>",
}
SPECIAL_CARE = "SPECIAL_CARE"

#: Sexual orientation or gender identity disclosed about a person: not special care under
#: APPI, but masked by default (outing is 個の侵害 under the MHLW power-harassment guidance;
#: GDPR Art. 9). ``SOGI: {action: allow}`` sends it as it is.
SOGI = "SOGI"
SOGI_TAG = "<性的指向・性自認>"


def display_name(entity_type: str) -> str:
    """How a type is named to users: ``SPECIAL_CARE:medical_history`` → ``要配慮:病歴``."""
    family, _, category = entity_type.partition(":")
    if family == SPECIAL_CARE and category in SPECIAL_CARE_TAGS:
        return SPECIAL_CARE_TAGS[category].strip("<>")
    return entity_type


_Rule = TypeVar("_Rule")


def listed_rules(entities: Mapping[str, _Rule], entity_type: str) -> list[_Rule]:
    """The rules a policy lists for ``entity_type``, most specific first: the type itself
    (``SPECIAL_CARE:disability``), then its family (``SPECIAL_CARE``)."""
    family, _, category = entity_type.partition(":")
    names = [entity_type, family] if category else [entity_type]
    return [entities[name] for name in names if name in entities]


def check_entity_name(name: str) -> None:
    """Raise :class:`ValueError` unless ``name`` is an entity type name a policy may list
    (``PHONE_NUMBER``, ``SPECIAL_CARE``, ``SPECIAL_CARE:medical_history``)."""
    family, _, category = name.partition(":")
    if family == SPECIAL_CARE and category and category not in SPECIAL_CARE_TAGS:
        known = ", ".join(sorted(SPECIAL_CARE_TAGS))
        raise ValueError(f"{name!r}: unknown special-care category (known: {known})")
    if not family.isupper() or not family.replace("_", "").isalpha():
        raise ValueError(f"{name!r} is not an entity type name (like PHONE_NUMBER)")
    if category and not category.replace("_", "").islower():
        raise ValueError(f"{name!r}: the category after ':' is lower-case")
    # A misspelt type would be a rule that never applies: a block that blocks nothing.
    types = sorted(BUILT_IN_ENTITIES | {PUBLIC_FIGURE, SPECIAL_CARE})
    if family not in types:
        close = [t for t in types if t.startswith(family)] or difflib.get_close_matches(
            family, types, n=1, cutoff=0.6
        )
        guess = f"; did you mean {close[0]!r}?" if close else ""
        raise ValueError(
            f"{name!r} is not a type Mamori detects{guess} (types: {', '.join(types)})"
        )


class PiiAction(StrEnum):
    PSEUDONYMIZE = "pseudonymize"
    MASK = "mask"
    BLOCK = "block"
    ALLOW = "allow"


class EntityRule(BaseModel):
    """What to do with one entity type; unset fields come from ``default``."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)

    action: PiiAction | None = None
    """``pseudonymize``, ``mask``, ``block`` or ``allow``."""
    threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    """Findings scoring below this are ignored."""
    tag: str | None = Field(default=None, min_length=1)
    """Text that replaces the value under ``mask`` (default: ``mask_format`` with the type)."""


@dataclass(frozen=True, slots=True)
class ResolvedRule:
    """An :class:`EntityRule` with the defaults filled in."""

    action: PiiAction
    threshold: float
    tag: str


class PiiPolicy(BaseModel):
    """The ``pii:`` section."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)

    enabled: bool = True
    """Off: messages go upstream unchanged (only for deployments that may do that)."""
    placeholder: str = DEFAULT_TEMPLATE
    """Placeholder template with ``{type}`` and ``{n}``; brackets and separators only."""
    mask_format: str = "<{type}>"
    """Tag template for ``mask`` with ``{type}``."""
    default: EntityRule = EntityRule(action=PiiAction.PSEUDONYMIZE, threshold=0.5)
    """The rule for every type not listed under ``entities``."""
    entities: dict[str, EntityRule] = Field(default_factory=dict)
    """Rules per entity type (``PERSON``, ``PHONE_NUMBER``, ``SPECIAL_CARE:disability``...)."""
    mask_public_figures: bool = False
    """Also treat well-known public figures named in general-knowledge questions (夏目漱石,
    Albert Einstein) as personal data. Off: they reach the model as written, unless the
    text makes them someone the writer deals with (an honorific, 私の/担当の, or a contact
    or identifier in the same text). The list: guardrails/pii/recognizers/person_words/."""
    block_message: str = (
        "このメッセージには送信できない個人情報（{types}）が含まれているため、"
        "お受けできません。該当する情報を削除して、もう一度お試しください。"
    )
    """Reply for ``block``; ``{types}`` is replaced by the blocked types."""
    max_chars: int = Field(100_000, ge=1_000)
    """The most characters of one request that are analysed (every field together). The
    cost of analysis grows with the text; this bounds the CPU one request can take."""
    ner_max_chars: int = Field(1_000, ge=0)
    """The most characters of one request that GiNZA's neural NER reads (it runs only on
    sentences where a name candidate is undecided, at tens of milliseconds a sentence).
    Past it, the remaining candidates are masked as persons without the NER (fail closed)
    and the decision records ``ner_skipped_chars``."""
    over_max_chars: Literal["block", "audit"] = "block"
    """A request with more text than ``max_chars``: ``block`` refuses it with
    ``too_long_message`` (fail closed); ``audit`` analyses the first ``max_chars``
    characters, forwards the rest unread and records how many were left unread."""
    too_long_message: str = (
        "このメッセージは長すぎるため、個人情報の確認ができません（上限 {max_chars} 文字）。"
        "短くして、もう一度お試しください。"
    )
    """Reply when ``over_max_chars`` is ``block``; ``{max_chars}`` is replaced by the limit."""

    _rules: dict[str, ResolvedRule] = PrivateAttr(default_factory=dict)
    """Resolved rules per type, filled on first use (the policy itself never changes)."""

    @field_validator("placeholder")
    @classmethod
    def _valid_placeholder(cls, value: str) -> str:
        PlaceholderFormat(value)
        return value

    @field_validator("mask_format")
    @classmethod
    def _valid_mask(cls, value: str) -> str:
        if value.count("{type}") != 1:
            raise ValueError("mask_format needs {type} exactly once")
        return value

    @field_validator("entities")
    @classmethod
    def _valid_names(cls, value: dict[str, EntityRule]) -> dict[str, EntityRule]:
        for name in value:
            check_entity_name(name)
        return value

    @property
    def placeholder_format(self) -> PlaceholderFormat:
        return PlaceholderFormat(self.placeholder)

    def rule(self, entity_type: str) -> ResolvedRule:
        """The rule in force for ``entity_type``.

        Lookup order: the type itself (``SPECIAL_CARE:disability``), then its family
        (``SPECIAL_CARE``), then ``default``. Special-care types are masked with their
        category tag unless a rule says otherwise; ORGANIZATION, LOCATION and
        UNION_MEMBERSHIP and NATIONALITY are allowed (not detected) unless listed; SOGI is
        masked with its own tag unless a rule says otherwise.
        """
        return self._resolved(entity_type)

    def _resolved(self, entity_type: str) -> ResolvedRule:
        cached = self._rules.get(entity_type)
        if cached is not None:
            return cached
        family, _, category = entity_type.partition(":")
        rules = listed_rules(self.entities, entity_type)
        if family == SPECIAL_CARE:
            rules.append(EntityRule(action=PiiAction.MASK, tag=SPECIAL_CARE_TAGS.get(category)))
        if entity_type == SOGI:
            rules.append(EntityRule(action=PiiAction.MASK, tag=SOGI_TAG))
        if entity_type in OFF_BY_DEFAULT and entity_type not in self.entities:
            rules.append(EntityRule(action=PiiAction.ALLOW))
        rules.append(self.default)
        action = next((r.action for r in rules if r.action is not None), PiiAction.PSEUDONYMIZE)
        threshold = next((r.threshold for r in rules if r.threshold is not None), 0.0)
        tag = next(
            (r.tag for r in rules if r.tag is not None),
            self.mask_format.replace("{type}", label_for(entity_type)),
        )
        resolved = ResolvedRule(action=action, threshold=threshold, tag=tag)
        self._rules[entity_type] = resolved
        return resolved

    def detected_types(self, supported: frozenset[str]) -> frozenset[str]:
        """The entity types worth detecting: every supported type whose action is not allow
        (with ``PUBLIC_FIGURE`` when :attr:`mask_public_figures` is on)."""
        wanted = {t for t in supported if self.rule(t).action is not PiiAction.ALLOW}
        if self.mask_public_figures and PUBLIC_FIGURE in supported:
            wanted.add(PUBLIC_FIGURE)
        return frozenset(wanted)
