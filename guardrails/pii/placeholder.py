"""Placeholder format: how a pseudonym is written, and how to find one again in model output.

A policy sets the format as a template with ``{type}`` and ``{n}``, e.g. ``<{type}_{n}>``
(the default) → ``<PERSON_1>``. Models do not always copy placeholders exactly, so
:meth:`PlaceholderFormat.pattern` builds a tolerant pattern for the labels of one request:

* brackets may be full-width or a look-alike (``＜PERSON_1＞``, ``〈PERSON_1〉``, ``[PERSON_1]``),
  JSON-escaped (``\\u003cPERSON_1\\u003e``, as some servers write tool-call arguments), or
  missing altogether (``PERSON_1``);
* spaces may be inserted between the parts (``< PERSON _ 1 >``);
* letters may change case or width (``person_1``, ``ＰＥＲＳＯＮ＿１``, ``ｐｅｒｓｏｎ＿１``), the
  separator may be dropped (``PERSON1``).

The pattern uses the third-party ``regex`` module because the streaming restorer needs its
partial matching (is the end of this buffer the start of a placeholder?).

Failure behaviour: an invalid template raises :class:`ValueError` when the format is built
(the policy loader turns that into a policy error with the file and line).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

__all__ = ["DEFAULT_TEMPLATE", "PlaceholderFormat", "label_for"]

DEFAULT_TEMPLATE = "<{type}_{n}>"

# Models swap one kind of bracket for another, so every opening bracket stands for all.
_OPENING = "<＜〈《‹«[［【〔〖(（{｛"
_CLOSING = ">＞〉》›»]］】〕〗)）}｝"
_LOOK_ALIKES = {
    **dict.fromkeys("<[({", _OPENING),
    **dict.fromkeys(">])}", _CLOSING),
    "_": "_＿",
    "-": "-－‐",
    ":": ":：",
}
_NON_LABEL = re.compile(r"[^A-Z0-9_]+")


def label_for(entity_type: str) -> str:
    """The placeholder label of an entity type: ``SPECIAL_CARE:medical_history`` →
    ``SPECIAL_CARE_MEDICAL_HISTORY``; plain types are unchanged."""
    return _NON_LABEL.sub("_", entity_type.upper()).strip("_")


def _variants(char: str) -> set[str]:
    """``char`` in either case and width, and its look-alikes."""
    variants: set[str] = set()
    for look_alike in _LOOK_ALIKES.get(char, char):
        for variant in {look_alike, look_alike.upper(), look_alike.lower()}:
            variants.add(variant)
            if "!" <= variant <= "~":  # a full-width form of either case (ｐｅｒｓｏｎ)
                variants.add(chr(ord(variant) + 0xFEE0))
    return variants


def _char_class(char: str) -> str:
    """A class matching ``char`` in either case and width, and its look-alikes."""
    return "[" + "".join(regex.escape(v) for v in sorted(_variants(char))) + "]"


def _json_escaped(char: str) -> str:
    """A pattern for the JSON ``\\uXXXX`` escapes of ``char`` and its look-alikes (any hex
    case), not after a backslash (``\\\\u003c`` is an escaped backslash and the text
    ``u003c``)."""
    escapes = (
        "".join(f"[{d.lower()}{d.upper()}]" if d.isalpha() else d for d in f"{ord(v):04x}")
        for v in sorted(_variants(char))
    )
    return r"(?<!\\)\\u(?:" + "|".join(escapes) + ")"


def _bracket(char: str) -> str:
    """A bracket (or separator) of the template: any look-alike, or its JSON escape
    (tool-call arguments are JSON text, and some servers escape ``<`` as ``\\u003c``)."""
    if char not in "<[({>])}":
        return _char_class(char)
    return f"(?:{_char_class(char)}|{_json_escaped(char)})"


def _spaced(literal: str) -> str:
    """``literal`` with optional whitespace between its characters."""
    return r"\s*".join(_bracket(c) for c in literal)


@dataclass(frozen=True, slots=True)
class PlaceholderFormat:
    """A placeholder template such as ``<{type}_{n}>``."""

    template: str = DEFAULT_TEMPLATE

    def __post_init__(self) -> None:
        if self.template.count("{type}") != 1 or self.template.count("{n}") != 1:
            raise ValueError("the placeholder template needs {type} and {n} exactly once each")
        if self.template.index("{type}") > self.template.index("{n}"):
            raise ValueError("the placeholder template must put {type} before {n}")
        rest = self.template.replace("{type}", "").replace("{n}", "")
        if any(c.isalnum() for c in rest):
            raise ValueError("the placeholder template may add only brackets and separators")
        if "{" in rest or "}" in rest:
            raise ValueError("the placeholder template has a stray brace")

    def render(self, label: str, number: int, spelling: str = "") -> str:
        """The placeholder for the ``number``-th value with ``label``; ``spelling`` is the
        letter of another spelling of that value (``<PHONE_NUMBER_1b>``, vault.py)."""
        return self.template.replace("{type}", label).replace("{n}", f"{number}{spelling}")

    def pattern(self, labels: Iterable[str]) -> regex.Pattern[str]:
        """A tolerant pattern for placeholders with these labels.

        Groups: ``label`` (as written), ``n`` (digits, maybe full-width), ``spelling``
        (the letter after the digits that marks another spelling of the value, any case or
        width, not followed by another letter; None without one) and ``closing``.
        """
        return _compile(self.template, tuple(sorted(set(labels), key=lambda s: (-len(s), s))))


@lru_cache(maxsize=256)
def _compile(template: str, labels: tuple[str, ...]) -> regex.Pattern[str]:
    type_at = template.index("{type}")
    n_at = template.index("{n}")
    prefix = template[:type_at]
    separator = template[type_at + len("{type}") : n_at]
    suffix = template[n_at + len("{n}") :]
    label = "|".join(_spaced_label(label) for label in labels)
    # Without its opening bracket a placeholder must not be the tail of a longer word.
    opening = rf"(?:{_spaced(prefix)}\s*|(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９]))" if prefix else ""
    between = rf"\s*(?:{_spaced(separator)}\s*)?" if separator else r"\s*"
    closing = rf"(?P<closing>\s*{_spaced(suffix)})?" if suffix else ""
    return regex.compile(
        rf"{opening}(?P<label>{label}){between}(?P<n>[0-9０-９]+){_SPELLING}{closing}"
    )


# A spelling's letter (vault.py): b to z in either case or width, not the start of a word.
_SPELLING = r"(?P<spelling>[b-zB-Zｂ-ｚＢ-Ｚ](?![A-Za-zＡ-Ｚａ-ｚ]))?"


def _spaced_label(label: str) -> str:
    # Models keep a label's letters together; they change their case or width.
    return "".join(_char_class(c) for c in label)
