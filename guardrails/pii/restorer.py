"""Restoration: placeholders in model output → the user's own values, also mid-stream.

:class:`Restorer` is fed generated text piece by piece (SSE deltas may be one character
long) and returns what can be sent at once. It holds back only a tail that could still be
the start of a placeholder of *this request's* vault (``<``, ``<PER``, ``PERSON_1`` when a
digit or ``>`` may follow) and releases it as soon as the next piece decides it. With an
empty vault it holds back nothing.

Only placeholders whose label and number exist in the vault are replaced; anything else
that looks like one (``<PERSON_9>`` when the request had one person) is left as written.
A letter after the number marks another spelling of that value (``<PHONE_NUMBER_1b>``,
vault.py) and gives back that spelling; a letter the value has no spelling for gives the
first spelling (without a closing bracket the letter stays as text: ``PERSON_1s``).

A placeholder cut off at the end of the text (``max_tokens`` reached inside it, a stop
string, the model ending there) never reaches the user half-written: a fragment that only
one of this request's values fits (``<PE`` when the request had one person; ``<PERSON_``
with one person) becomes that value, so the user keeps it; a fragment that several values
fit, or none, or a lone opening bracket, is dropped. A fragment counts when it starts with
an opening bracket (or a look-alike), or has a whole label and its separator without one
(``PERSON_``); the start of a bare label (``person``, ``PERS``) is a word and stays.

``escape`` transforms each restored value before insertion: identity for message text,
JSON string escaping for tool-call arguments (which are JSON text).

Failure behaviour: none expected; the restorer does pure string work on its inputs.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable

import regex

from guardrails.pii.vault import Vault

__all__ = ["Restorer", "json_string_escape", "restore_text"]


def json_string_escape(value: str) -> str:
    """``value`` as it must appear between the quotes of a JSON string."""
    return json.dumps(value, ensure_ascii=False)[1:-1]


def _identity(value: str) -> str:
    return value


class Restorer:
    """Streaming placeholder restoration for one piece of generated text."""

    __slots__ = ("_before", "_buffer", "_escape", "_pattern", "_vault", "held_max")

    def __init__(self, vault: Vault, *, escape: Callable[[str], str] = _identity) -> None:
        self._vault = vault
        self._escape = escape
        self._pattern = vault.format.pattern(vault.labels) if len(vault) else None
        self._buffer = ""
        self._before = ""
        """The last characters already sent: what the pattern's look-behinds see (a
        placeholder's label glued to the word before it is no placeholder, also when the
        word went out in an earlier piece)."""
        self.held_max = 0
        """The most characters held back at once (for metrics and benchmarks)."""

    def feed(self, piece: str) -> str:
        """Take the next piece; return the text that is safe to send now."""
        if self._pattern is None:
            return piece
        self._buffer += piece
        out = self._drain(final=False)
        self.held_max = max(self.held_max, len(self._buffer))
        return out

    def finish(self) -> str:
        """The text ended: restore and return whatever is still held back."""
        if self._pattern is None:
            return ""
        return self._drain(final=True)

    def _drain(self, *, final: bool) -> str:
        assert self._pattern is not None
        buffer = self._before + self._buffer
        out: list[str] = []
        position = len(self._before)
        while True:
            match = self._pattern.search(buffer, position, partial=not final)
            if match is None:
                if final:
                    out.append(self._cut_tail(buffer, position))
                else:
                    out.append(buffer[position:])
                position = len(buffer)
                break
            # A match that reaches the end (or only spaces follow, or the start of a
            # JSON-escaped closing bracket) may still grow: `<PERSON_1` + `2>` is
            # PERSON_12, `\u003cPERSON_1\u00` + `3e` closes it. Wait for more text.
            if not final and (
                match.partial or _OPEN_END.fullmatch(buffer, match.end()) is not None
            ):
                out.append(buffer[position : match.start()])
                position = match.start()
                break
            out.append(buffer[position : match.start()])
            out.append(self._replacement(match))
            position = match.end()
        self._buffer = buffer[position:]
        self._before = buffer[max(0, position - _BEFORE_CHARS) : position]
        return "".join(out)

    def _cut_tail(self, text: str, position: int) -> str:
        """``text[position:]`` (the end of the text, holding no whole placeholder) with a
        cut-off placeholder at its end replaced by the one value it fits, or dropped."""
        assert self._pattern is not None
        match = self._pattern.search(text, position, partial=True)
        rest = text[position:]
        if match is None or not match.partial:
            return rest
        fragment = text[match.start() :]
        template = self._vault.format.template
        head = _brackets_unescaped(unicodedata.normalize("NFKC", fragment)).lstrip()
        bracketed = not template.startswith("{type}") and head[:1] in _OPENING_NFKC
        if not bracketed and (
            match.group("label") is None or not text[match.end("label") :].strip()
        ):
            return rest  # "person", "PERS": a word, not a placeholder
        values = {
            value
            for label, number, value in self._vault.entries()
            if _fits(self._vault.format.pattern([label]), fragment, number, bracketed)
        }
        kept = text[position : match.start()]
        if len(values) == 1:
            return kept + self._escape(values.pop())
        return kept

    def _replacement(self, match: regex.Match[str]) -> str:
        label = unicodedata.normalize("NFKC", match.group("label")).upper()
        number = int(unicodedata.normalize("NFKC", match.group("n")))
        spelling = unicodedata.normalize("NFKC", match.group("spelling") or "")
        value = self._vault.value(label, number, spelling)
        if value is None:
            return match.group(0)
        if (
            spelling
            and not match.groupdict().get("closing")
            and not self._vault.has_spelling(label, number, spelling)
        ):
            # PERSON_1s with no bracket and no such spelling: the letter is text.
            return self._escape(value) + match.group("spelling")
        return self._escape(value)


# Every opening bracket the tolerant pattern reads (placeholder.py), as NFKC writes it.
_OPENINGS = "<＜〈《‹«[［【〔〖(（{｛"
_CLOSINGS = ">＞〉》›»]］】〕〗)）}｝"
_OPENING_NFKC = "".join(sorted({unicodedata.normalize("NFKC", c) for c in _OPENINGS}))


# Enough sent text for the pattern's look-behinds (one character; a backslash pair).
_BEFORE_CHARS = 2
# What may still follow a placeholder as its closing: spaces, the start of a JSON escape.
_OPEN_END = regex.compile(r"\s*(?:\\(?:u[0-9A-Fa-f]{0,3})?)?")
# A JSON escape of a bracket (``\\u003c``, tool-call arguments), whole or cut off at the end.
_ESCAPED_BRACKET = regex.compile(r"(?<!\\)\\u(?:[0-9A-Fa-f]{4}|[0-9A-Fa-f]{0,3}$)")


def _brackets_unescaped(text: str) -> str:
    """``text`` with each JSON escape of a bracket (or the start of one at its end) read as
    an opening bracket, so that a cut-off ``\\u003cPER`` counts as bracketed."""

    def bracket(match: regex.Match[str]) -> str:
        digits = match.group()[2:]
        if len(digits) < 4:
            return "<"
        char = chr(int(digits, 16))
        return (
            unicodedata.normalize("NFKC", char) if char in _OPENINGS + _CLOSINGS else match.group()
        )

    return _ESCAPED_BRACKET.sub(bracket, text) if "\\" in text else text


def _fits(pattern: regex.Pattern[str], fragment: str, number: int, bracketed: bool) -> bool:
    """Whether ``fragment`` is the start of this label's placeholder ``number``, with at
    least one letter of the label (a bracket alone fits every value)."""
    match = pattern.fullmatch(fragment, partial=True)
    if match is None:
        return False
    unescaped = _brackets_unescaped(unicodedata.normalize("NFKC", fragment))
    if bracketed and not unescaped.lstrip(_OPENING_NFKC + " \t\n"):
        return False
    digits = match.group("n")
    if digits is None:
        return True
    written = unicodedata.normalize("NFKC", digits)
    return str(number) == written if not match.partial else str(number).startswith(written)


def restore_text(vault: Vault, text: str, *, escape: Callable[[str], str] = _identity) -> str:
    """Restore a complete text (a non-streaming answer)."""
    restorer = Restorer(vault, escape=escape)
    return restorer.feed(text) + restorer.finish()
