"""Text normalisation for the guard classifiers, and the hidden payloads a text carries.

:func:`normalize` folds the ways one word can be spelled so that a word list written once
matches them all: NFKC (full/half width, compatibility forms), katakana → hiragana, case,
zero-width and Unicode tag characters removed, runs of whitespace collapsed.

:func:`hidden_payloads` finds text smuggled past a word list and returns it decoded:

* base64 runs (16+ characters) that decode to mostly printable UTF-8;
* ``\\uXXXX`` / ``\\xNN`` / ``&#NNN;`` escape sequences;
* ASCII written in Unicode tag characters (U+E0020–U+E007E), invisible when rendered.

:func:`clean` does only the first and last of those (for the embedding model).
:func:`normalized_views` returns the normalised text followed by its normalised payloads:
the classifiers check each view.

Failure behaviour: never raises on any input string; undecodable payloads are ignored.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import html
import re
import unicodedata

__all__ = ["clean", "fold_kana", "hidden_payloads", "normalize", "normalized_views"]

# Zero-width and bidi-control characters, and the whole tag block: invisible when rendered.
_INVISIBLE = re.compile(
    "[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\U000e0000-\U000e007f]"
)
_SPACES = re.compile(r"\s+")
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")
_ESCAPES = re.compile(r"(?:\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|&#x?[0-9a-fA-F]+;){3,}")
_TAG_RUN = re.compile("[\U000e0020-\U000e007e]{3,}")
_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}
_MAX_PAYLOADS = 8


def fold_kana(text: str) -> str:
    """Katakana → hiragana (ー and other marks are left as they are)."""
    return text.translate(_KATAKANA_TO_HIRAGANA)


def clean(text: str) -> str:
    """Invisible characters removed, NFKC, whitespace collapsed; kana and case kept.

    The form given to the embedding model, which reads ordinary spelling best.
    """
    text = unicodedata.normalize("NFKC", _INVISIBLE.sub("", text))
    return _SPACES.sub(" ", text).strip()


def normalize(text: str) -> str:
    """The folded form word lists are compared against; see the module docstring."""
    return fold_kana(clean(text)).casefold()


def hidden_payloads(text: str) -> list[str]:
    """Decoded base64, escape-sequence and tag-character payloads found in ``text``."""
    found: list[str] = []
    for match in _TAG_RUN.finditer(text):
        found.append("".join(chr(ord(ch) - 0xE0000) for ch in match.group()))
    for match in _ESCAPES.finditer(text):
        decoded = _decode_escapes(match.group())
        if decoded:
            found.append(decoded)
    for match in _BASE64_RUN.finditer(text):
        decoded = _decode_base64(match.group())
        if decoded:
            found.append(decoded)
    return found[:_MAX_PAYLOADS]


def normalized_views(text: str) -> list[str]:
    """``normalize(text)`` and then each normalised hidden payload (without duplicates)."""
    views = [normalize(text)]
    for payload in hidden_payloads(text):
        view = normalize(payload)
        if view and view not in views:
            views.append(view)
    return views


def _decode_escapes(run: str) -> str | None:
    try:
        unescaped = html.unescape(run)
        decoded = unescaped.encode("latin-1", "backslashreplace").decode("unicode_escape")
    except (UnicodeError, ValueError):
        return None
    # \xNN runs spell UTF-8 bytes one by one; re-read them as UTF-8 when they are.
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        decoded = decoded.encode("latin-1").decode("utf-8")
    return decoded if _mostly_printable(decoded) else None


def _decode_base64(run: str) -> str | None:
    padded = run + "=" * (-len(run) % 4)
    try:
        decoded = base64.b64decode(padded, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    return decoded if _mostly_printable(decoded) else None


def _mostly_printable(text: str) -> bool:
    if len(text) < 2:
        return False
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\t")
    return printable / len(text) >= 0.9
