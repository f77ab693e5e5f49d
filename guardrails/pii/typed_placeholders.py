"""Placeholders the user typed: escaped before pseudonymization, given back as typed.

A user may write something that looks like the gateway's own placeholders — a template
with ``<PERSON_1>`` in it, a pasted anonymised document. Left as it is, the model cannot
tell it from the gateway's ``<PERSON_1>`` (a real name of this request), and restoration
would put that name where the user wrote the marker. So every such string in the text
that is not itself personal data is replaced by a placeholder of its own label with a
``USER_`` prefix (``<PERSON_1>`` → ``<USER_PERSON_1>``) whose value in the request's vault
is the string exactly as typed; restoration then gives the user back ``<PERSON_1>``.

What counts as typed: the policy's placeholder shape with a label the gateway can
produce (:func:`gateway_labels`), with any bracket look-alike (``＜PERSON_1＞``,
``[PERSON_1]``), full-width letters, or no brackets at all when written in capitals with
its separator (``PERSON_1``) — every form the restorer would take for a placeholder.
"Person 1" in prose is not touched.

Failure behaviour: pure string work; never raises.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

import regex

from guardrails.pii.entities import BUILT_IN_ENTITIES, PUBLIC_FIGURE
from guardrails.pii.placeholder import PlaceholderFormat, label_for
from guardrails.pii.special_care.categories import CATEGORIES
from guardrails.pii.vault import Vault

__all__ = ["ESCAPE_PREFIX", "TYPED_PLACEHOLDER", "escape_typed_placeholders", "gateway_labels"]

ESCAPE_PREFIX: Final = "USER_"
TYPED_PLACEHOLDER: Final = "TYPED_PLACEHOLDER"
"""The type escapes are counted under (they are not personal data)."""

_OPENING: Final = "<＜〈《‹«[［【〔〖(（{｛"
_CLOSING: Final = ">＞〉》›»]］】〕〗)）}｝"


def gateway_labels() -> frozenset[str]:
    """Every label the gateway writes placeholders with, and their escaped forms."""
    types = (BUILT_IN_ENTITIES - {PUBLIC_FIGURE}) | {c.entity_type for c in CATEGORIES}
    labels = {label_for(t) for t in types}
    return frozenset(labels | {ESCAPE_PREFIX + label for label in labels})


def _wide(char: str) -> str:
    """A class for ``char`` and its full-width form (brackets: any bracket look-alike)."""
    if char in _OPENING:
        return f"[{regex.escape(_OPENING)}]"
    if char in _CLOSING:
        return f"[{regex.escape(_CLOSING)}]"
    variants = {char}
    if "!" <= char <= "~":
        variants.add(chr(ord(char) + 0xFEE0))
    return "[" + "".join(regex.escape(v) for v in sorted(variants)) + "]"


@lru_cache(maxsize=16)
def _pattern(template: str) -> regex.Pattern[str]:
    PlaceholderFormat(template)  # validates the template
    type_at = template.index("{type}")
    n_at = template.index("{n}")
    prefix = template[:type_at]
    separator = template[type_at + len("{type}") : n_at]
    suffix = template[n_at + len("{n}") :]
    labels = sorted(gateway_labels(), key=lambda s: (-len(s), s))
    label = "|".join("".join(_wide(c) for c in name) for name in labels)
    sep = "".join(_wide(c) for c in separator)
    # The same forms the restorer accepts: the separator may be dropped, spaces inserted.
    core = rf"(?:{label})\s*(?:{sep}\s*)?[0-9０-９]+" if sep else rf"(?:{label})\s*[0-9０-９]+"
    opening = r"\s*".join(_wide(c) for c in prefix)
    closing = r"\s*".join(_wide(c) for c in suffix)
    bracketed = rf"{opening}\s*{core}\s*{closing}" if prefix or suffix else core
    edge = "A-Za-z0-9_Ａ-Ｚａ-ｚ０-９＿"
    bare = rf"(?<![{edge}]){core}(?![{edge}])"
    return regex.compile(rf"{bracketed}|{bare}")


def _label_of(typed: str) -> str:
    folded = unicodedata.normalize("NFKC", typed).upper()
    inner = regex.sub(r"[^A-Z0-9_]", "", folded)
    return regex.sub(r"_?[0-9]+$", "", inner)


def escape_typed_placeholders(
    text: str, vault: Vault, spans: Iterable[tuple[int, int]] = ()
) -> tuple[str, int]:
    """``text`` with each typed placeholder outside ``spans`` escaped into ``vault``; and
    how many were escaped."""
    taken = sorted(spans)
    pieces: list[str] = []
    position = 0
    count = 0
    for match in _pattern(vault.format.template).finditer(text):
        start, end = match.span()
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        pieces.append(text[position:start])
        pieces.append(vault.placeholder(ESCAPE_PREFIX + _label_of(match.group()), match.group()))
        position = end
        count += 1
    if not count:
        return text, 0
    pieces.append(text[position:])
    return "".join(pieces), count
