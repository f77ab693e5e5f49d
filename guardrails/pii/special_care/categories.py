"""The eleven categories of special-care personal information (要配慮個人情報).

Contract: ``CATEGORIES`` lists every category in the order of the PPC guideline 2-3 (1)–(11)
with the key used in entity labels (``SPECIAL_CARE:<key>``) and the Japanese name used in
mask tags. ``entity_type`` and ``category_for`` convert between the two; an unknown key or
label raises ``KeyError`` so a typo in a policy fails at load time, not silently.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "CATEGORIES",
    "ENTITY_PREFIX",
    "SpecialCareCategory",
    "category_for",
    "entity_type",
]

ENTITY_PREFIX = "SPECIAL_CARE:"


@dataclass(frozen=True, slots=True)
class SpecialCareCategory:
    """One statutory category of special-care personal information."""

    key: str
    """Stable identifier used in entity labels and policies, e.g. ``medical_history``."""
    label_ja: str
    """The statutory Japanese name, e.g. ``病歴``; used in mask tags such as ``<要配慮:病歴>``."""
    legal_basis: str
    """Where the category is defined (Act Art. 2(3) or Cabinet Order Art. 2)."""
    priority: int
    """When one clause states several categories, the lowest number wins (the more specific
    statement: a juvenile procedure over a generic criminal one, a check result over an illness)."""

    @property
    def entity_type(self) -> str:
        """The Presidio entity label, ``SPECIAL_CARE:<key>``."""
        return ENTITY_PREFIX + self.key


CATEGORIES: tuple[SpecialCareCategory, ...] = (
    SpecialCareCategory("race", "人種", "法第2条第3項", 10),
    SpecialCareCategory("creed", "信条", "法第2条第3項", 9),
    SpecialCareCategory("social_status", "社会的身分", "法第2条第3項", 11),
    SpecialCareCategory("medical_history", "病歴", "法第2条第3項", 7),
    SpecialCareCategory("criminal_record", "犯罪の経歴", "法第2条第3項", 2),
    SpecialCareCategory("crime_victim", "犯罪により害を被った事実", "法第2条第3項", 4),
    SpecialCareCategory("disability", "心身の機能の障害", "施行令第2条第1号", 6),
    SpecialCareCategory("health_checkup", "健康診断等の結果", "施行令第2条第2号", 5),
    SpecialCareCategory("medical_treatment", "保健指導・診療・調剤", "施行令第2条第3号", 8),
    SpecialCareCategory("criminal_procedure", "刑事事件に関する手続", "施行令第2条第4号", 3),
    SpecialCareCategory("juvenile_procedure", "少年の保護事件に関する手続", "施行令第2条第5号", 1),
)

_BY_KEY = {category.key: category for category in CATEGORIES}
_BY_ENTITY = {category.entity_type: category for category in CATEGORIES}


def entity_type(key: str) -> str:
    """Return ``SPECIAL_CARE:<key>``; raise ``KeyError`` for a key that is not a category."""
    return _BY_KEY[key].entity_type


def category_for(key_or_entity: str) -> SpecialCareCategory:
    """Look a category up by key (``race``) or entity label (``SPECIAL_CARE:race``).

    Raises ``KeyError`` when neither matches.
    """
    found = _BY_KEY.get(key_or_entity) or _BY_ENTITY.get(key_or_entity)
    if found is None:
        raise KeyError(key_or_entity)
    return found
