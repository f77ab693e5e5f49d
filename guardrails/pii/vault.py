"""The per-request vault: which placeholder stands for which of the user's values.

One vault lives in one request's context and nowhere else: it is never stored, logged,
cached or sent anywhere, and it dies with the request. Restoration reads only from it, so
a placeholder that this request did not create is never turned into a value.

Numbering follows first appearance (the caller offers values in message order), so a
client that re-sends the same history gets the same placeholders every turn without any
server-side session state. The same value written differently (``090-1234-5678``,
``09012345678``, ``０９０…``, ``+81 90 1234 5678``) gets the same number: values are
compared by a canonical key per entity type (:func:`canonical_value`). Each further
spelling of it gets that number with a letter (``<PHONE_NUMBER_1>``, ``<PHONE_NUMBER_1b>``,
``<PHONE_NUMBER_1c>``), so the model still sees one value and every occurrence comes back
exactly as the user wrote it (twenty-fourth round: before, every spelling came back as the
first one). Past ``z`` a spelling shares the first one's placeholder.

A value the pseudonymizer found inside JSON text the client escaped (a tool result written
with ``ensure_ascii``: ``\\u4f0a\\u85e4\\u5065\\u592a``; a street address whose line break
is ``\\n``) is offered as what it means (:func:`json_unescaped`: ``伊藤健太``, a real line
break): the client reads the JSON, so that is the value it wrote and the one the answer and
tool-call arguments must carry back (arguments escape it again, once); it then shares its
placeholder with the same value written plainly elsewhere in the request.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from guardrails.pii.placeholder import PlaceholderFormat, label_for

__all__ = ["SPELLING_LETTERS", "Vault", "canonical_value", "json_unescaped"]

SPELLING_LETTERS = "bcdefghijklmnopqrstuvwxyz"
"""The letters that mark a value's second, third, … spelling (``<PHONE_NUMBER_1b>``)."""

_DIGIT_TYPES = frozenset(
    {
        "PHONE_NUMBER",
        "MY_NUMBER",
        "CREDIT_CARD",
        "POSTAL_CODE",
        "BANK_ACCOUNT",
        "PASSPORT",
        "DRIVER_LICENSE",
        "HEALTH_INSURANCE",
        "ID_NUMBER",
    }
)
_SPACES = re.compile(r"\s+")
_NUMBER_NOISE = re.compile(r"[\s\-‐‑‒–—―−ー()〒.]")
_JSON_ESCAPE = re.compile(
    r"\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})"
    r"|\\u([0-9a-fA-F]{4})"
    r'|\\(["\\/bfnrt])'
)
_SHORT_ESCAPES = {
    '"': '"',
    "\\": "\\",
    "/": "/",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
}


def json_unescaped(value: str) -> str:
    """``value`` with the JSON string escapes in it decoded (``\\u4f0a`` → ``伊``, a
    surrogate pair → its character, ``\\n`` → a line break); text without a backslash is
    returned as it is, and so is text where a backslash starts no JSON escape (a Windows
    path, ``C:\\Users\\taro``: not JSON text, so its ``\\t`` is no tab). A lone surrogate
    escape stays written as it was."""
    if "\\" not in value or _JSON_ESCAPE.sub("", value).count("\\"):
        return value

    def decode(match: re.Match[str]) -> str:
        high, low, single, short = match.groups()
        if high is not None:
            return chr(0x10000 + ((int(high, 16) - 0xD800) << 10) + (int(low, 16) - 0xDC00))
        if single is not None:
            code = int(single, 16)
            return match.group(0) if 0xD800 <= code <= 0xDFFF else chr(code)
        return _SHORT_ESCAPES[short]

    return _JSON_ESCAPE.sub(decode, value)


def canonical_value(entity_type: str, value: str) -> str:
    """The form two spellings of one value share: width, case, spaces and (for numbers)
    hyphens, brackets and a leading ``+81`` do not count."""
    text = unicodedata.normalize("NFKC", value).casefold()
    if entity_type not in _DIGIT_TYPES:
        return _SPACES.sub("", text)
    text = _NUMBER_NOISE.sub("", text)
    if entity_type == "PHONE_NUMBER" and text.startswith("+81"):
        text = "0" + text[3:].removeprefix("0")
    return text


class Vault:
    """Placeholders ↔ original values for one request.

    ``repr()`` shows counts only, so an accidental log line cannot carry a value.
    """

    __slots__ = ("_by_key", "_counts", "_format", "_spellings", "_values")

    def __init__(self, placeholder_format: PlaceholderFormat | None = None) -> None:
        self._format = placeholder_format or PlaceholderFormat()
        self._by_key: dict[tuple[str, str], tuple[str, int]] = {}
        self._values: dict[tuple[str, int], str] = {}
        self._counts: Counter[str] = Counter()
        self._spellings: dict[tuple[str, int], list[str]] = {}
        """Every spelling of a value after the first, in order (letter ``b`` first)."""

    @property
    def format(self) -> PlaceholderFormat:
        return self._format

    def placeholder(self, entity_type: str, value: str) -> str:
        """The placeholder for ``value``: the one this spelling already has, the value's
        number with the next letter for a new spelling of a known value, else the next
        number."""
        key = (entity_type, canonical_value(entity_type, value))
        existing = self._by_key.get(key)
        if existing is not None:
            return self._spelling(*existing, value)
        label = label_for(entity_type)
        self._counts[label] += 1
        number = self._counts[label]
        placeholder = self._format.render(label, number)
        self._by_key[key] = (label, number)
        self._values[(label, number)] = value
        return placeholder

    def _spelling(self, label: str, number: int, value: str) -> str:
        """The placeholder of ``value``, a spelling of ``label``/``number``: the first
        spelling has none, the others their letter."""
        placeholder = self._format.render(label, number)
        if self._values[(label, number)] == value:
            return placeholder
        spellings = self._spellings.setdefault((label, number), [])
        if value not in spellings:
            if len(spellings) == len(SPELLING_LETTERS):
                return placeholder
            spellings.append(value)
        return self._format.render(label, number, SPELLING_LETTERS[spellings.index(value)])

    def value(self, label: str, number: int, spelling: str = "") -> str | None:
        """The value behind ``label``/``number`` (the spelling its ``spelling`` letter marks,
        any case; the first spelling without one, or for a letter this value never had), or
        None if this request never made it."""
        first = self._values.get((label, number))
        if first is None or not spelling:
            return first
        spellings = self._spellings.get((label, number), ())
        index = SPELLING_LETTERS.find(spelling.lower())
        return spellings[index] if 0 <= index < len(spellings) else first

    def has_spelling(self, label: str, number: int, spelling: str) -> bool:
        """Whether ``spelling`` (a letter) marks one of this value's spellings."""
        index = SPELLING_LETTERS.find(spelling.lower())
        return 0 <= index < len(self._spellings.get((label, number), ()))

    def entries(self) -> list[tuple[str, int, str]]:
        """Every ``(label, number, value)`` of this request, in the order they were made."""
        return [(label, number, value) for (label, number), value in self._values.items()]

    @property
    def labels(self) -> frozenset[str]:
        """Labels that have at least one value."""
        return frozenset(self._counts)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Vault({len(self._values)} values)"
