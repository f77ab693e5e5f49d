"""Placeholders the user typed: escaped before pseudonymization, given back as typed.

A user may write something that looks like the gateway's own placeholders — a template
with ``<PERSON_1>`` in it, a pasted anonymised document. Left as it is, the model cannot
tell it from the gateway's ``<PERSON_1>`` (a real name of this request), and restoration
would put that name where the user wrote the marker. So every such string in the text
that is not itself personal data is replaced by a placeholder of its own label with a
``USER_`` prefix (``<PERSON_1>`` → ``<USER_PERSON_1>``) whose value in the request's vault
is the string exactly as typed; restoration then gives the user back ``<PERSON_1>``.

What counts as typed: every form the restorer would take for a placeholder of a label the
gateway can produce (:func:`gateway_labels`) — the restorer's own pattern
(:meth:`PlaceholderFormat.pattern`): any bracket look-alike or none (``＜PERSON_1＞``,
``[PERSON_1]``, ``PERSON_1``), any case, spaces, no separator. So "Person 1" in prose,
``person_1`` in code and "Address 1" on a form are escaped too: left as typed, an answer
repeating them came back with the user's own name or address in their place.

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


def gateway_labels() -> frozenset[str]:
    """Every label the gateway writes placeholders with, and their escaped forms."""
    types = (BUILT_IN_ENTITIES - {PUBLIC_FIGURE}) | {c.entity_type for c in CATEGORIES}
    labels = {label_for(t) for t in types}
    return frozenset(labels | {ESCAPE_PREFIX + label for label in labels})


_DIGIT: Final = regex.compile(r"[0-9０-９]")


@lru_cache(maxsize=16)
def _pattern(template: str) -> regex.Pattern[str]:
    # The restorer's own tolerant pattern over every label the gateway can write: what it
    # would take for a placeholder in an answer is exactly what is escaped here.
    return PlaceholderFormat(template).pattern(gateway_labels())


def _label_of(match: regex.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group("label")).upper()


def escape_typed_placeholders(
    text: str, vault: Vault, spans: Iterable[tuple[int, int]] = ()
) -> tuple[str, int]:
    """``text`` with each typed placeholder outside ``spans`` escaped into ``vault``; and
    how many were escaped."""
    if not _DIGIT.search(text):
        return text, 0  # every placeholder ends in its number
    taken = sorted(spans)
    pieces: list[str] = []
    position = 0
    count = 0
    for match in _pattern(vault.format.template).finditer(text):
        start, end = match.span()
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        pieces.append(text[position:start])
        pieces.append(vault.placeholder(ESCAPE_PREFIX + _label_of(match), match.group()))
        position = end
        count += 1
    if not count:
        return text, 0
    pieces.append(text[position:])
    return "".join(pieces), count
