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

Failure behaviour: unknown keys, an unknown action, an entity name that is not a valid type
name or a bad placeholder template are validation errors (file and line are reported by the
loader); the previous policy stays in force on hot reload.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from guardrails.pii.placeholder import DEFAULT_TEMPLATE, PlaceholderFormat, label_for

__all__ = ["OFF_BY_DEFAULT", "EntityRule", "PiiAction", "PiiPolicy", "ResolvedRule"]

#: Entity types detected only when a policy lists them.
OFF_BY_DEFAULT = frozenset({"ORGANIZATION", "LOCATION"})


class PiiAction(StrEnum):
    PSEUDONYMIZE = "pseudonymize"
    MASK = "mask"
    BLOCK = "block"
    ALLOW = "allow"


class EntityRule(BaseModel):
    """What to do with one entity type; unset fields come from ``default``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    action: PiiAction | None = None
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

    model_config = ConfigDict(extra="forbid", frozen=True)

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
    block_message: str = (
        "このメッセージには送信できない個人情報（{types}）が含まれているため、"
        "お受けできません。該当する情報を削除して、もう一度お試しください。"
    )
    """Reply for ``block``; ``{types}`` is replaced by the blocked types."""

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
            head, _, category = name.partition(":")
            if not head.isupper() or not head.replace("_", "").isalpha():
                raise ValueError(f"{name!r} is not an entity type name (like PHONE_NUMBER)")
            if category and not category.replace("_", "").islower():
                raise ValueError(f"{name!r}: the category after ':' is lower-case")
        return value

    @property
    def placeholder_format(self) -> PlaceholderFormat:
        return PlaceholderFormat(self.placeholder)

    def rule(self, entity_type: str) -> ResolvedRule:
        """The rule in force for ``entity_type``."""
        own = self.entities.get(entity_type, EntityRule())
        if entity_type in OFF_BY_DEFAULT and entity_type not in self.entities:
            own = EntityRule(action=PiiAction.ALLOW)
        action = own.action or self.default.action or PiiAction.PSEUDONYMIZE
        threshold = own.threshold if own.threshold is not None else self.default.threshold
        tag = own.tag or self.mask_format.replace("{type}", label_for(entity_type))
        return ResolvedRule(action=action, threshold=threshold or 0.0, tag=tag)

    def detected_types(self, supported: frozenset[str]) -> frozenset[str]:
        """The entity types worth detecting: every supported type whose action is not allow."""
        return frozenset(t for t in supported if self.rule(t).action is not PiiAction.ALLOW)
