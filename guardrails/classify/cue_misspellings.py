"""The rules' own English cue words read back from a typo ("sikmmer" → "skimmer").

:mod:`guardrails.classify.misspelt_words` reads some forty listed harm and request words
typed wrong. The rules key on hundreds more ("skimmer", "security questions", "thinspo",
"insurance", "suppressor", "unnoticed"), and one slip of the keyboard in any of them lets an
attack past every rule that needs it. :class:`CueMisspellings` reads those too: built once
per policy from the literal alternatives of the categories' patterns (whole words of five
letters or more, a final optional letter both ways: ``bombs?`` gives "bomb" and "bombs",
a stem before ``\\w*`` as itself) and the listed words, it writes each word of the text that
is one edit away from such a word (two for words of ten letters or more) as that word, in
one extra view for the rules and models.

What keeps ordinary text ordinary: a word is read only when it has five letters or more,
starts with the cue word's letter, and is not an English word itself (the ~18,000 words of
``english_words.txt``, with their plural, past and -ing forms), nor a cue word, nor an
inflection of one. Verbs that turn a request about one's own text into an override's words
(ignore, disregard, forget, reveal, …) are never read, as in ``misspelt_words``.

Failure behaviour: building raises :class:`OSError` when the word list cannot be read (the
guard stage then fails closed like any classifier build failure); :meth:`read` never raises.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from importlib import resources

from guardrails.classify.misspelt_words import LISTED_WORDS, within_edits
from guardrails.policy.guard import GuardCategory

__all__ = ["CueMisspellings"]

_MIN_LEN = 5
_MAX_LEN = 20
# Cue words of this many letters or more are read from two edits away.
_TWO_EDITS_FROM = 10
# A letter run in a pattern (escapes blanked first) that is a whole alternative: after the
# start, "(", "|", a space or "^"; before the end, "|", ")", "?", a space or a "\w".
_ESCAPE = re.compile(r"\\[a-zA-Z]")
_LITERAL = re.compile(r"(?:(?<=[(|\s^])|^)([a-z]{5,})(?=[|)?\s]|\\w|$)")
_WORD = re.compile(r"[A-Za-z]+")
# Request and override verbs: a typo in them is common in ordinary requests about one's own
# text ("Disregrad the previous formatting") and reading it writes an override.
_NEVER_READ = frozenset(
    {
        "ignore", "ignoring", "ignored", "disregard", "disregarding", "forget", "forgetting",
        "override", "overriding", "bypass", "reveal", "revealing", "repeat", "repeating",
        "write", "writing", "print", "printing", "output", "pretend", "pretending",
    }
)  # fmt: skip
# What may stand between a sentence's end and its first word.
_LEAD = " \t\"'(["
_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "ly", "ies", "ied")


_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_AT = {key: (row, col) for row, keys in enumerate(_KEY_ROWS) for col, key in enumerate(keys)}


def _neighbours(a: str, b: str) -> bool:
    """``a`` and ``b`` are keys side by side or diagonal on a QWERTY keyboard."""
    (ra, ca), (rb, cb) = _KEY_AT.get(a, (9, 9)), _KEY_AT.get(b, (-9, -9))
    return abs(ra - rb) <= 1 and abs(ca - cb) <= 1


def _slip(word: str, cue: str) -> bool:
    """A one-letter change of the same length is a neighbouring key ("pesos" is not
    "pests", "rapist" is not "racist"); swaps, drops and extra letters count as slips."""
    if len(word) != len(cue):
        return True
    diff = [i for i, (x, y) in enumerate(zip(word, cue, strict=True)) if x != y]
    if len(diff) == 1:
        return _neighbours(word[diff[0]], cue[diff[0]])
    return True


def _inflected(word: str, cue: str) -> bool:
    """One is the other with an ending ("calorie", "calories"; "motivate", "motivat")."""
    longer, shorter = (word, cue) if len(word) > len(cue) else (cue, word)
    return longer.startswith(shorter) and len(longer) - len(shorter) <= 3


def _english_words() -> frozenset[str]:
    text = resources.files("guardrails.classify").joinpath("english_words.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def _pattern_words(patterns: Iterable[str]) -> set[str]:
    words: set[str] = set()
    for pattern in patterns:
        blanked = _ESCAPE.sub(lambda m: " " if m.group() != r"\w" else m.group(), pattern)
        for match in _LITERAL.finditer(blanked):
            word = match.group(1)
            words.add(word)
            if blanked.startswith("?", match.end()) and len(word) > _MIN_LEN:
                words.add(word[:-1])
    return words


class CueMisspellings:
    """A policy's cue words read back from one or two typos; see the module docstring."""

    def __init__(self, cue_words: Iterable[str], english: frozenset[str]) -> None:
        self._english = english
        self._cues = (
            frozenset(
                w
                for w in cue_words
                if w.isascii() and w.isalpha() and _MIN_LEN <= len(w) <= _MAX_LEN
            )
            - _NEVER_READ
        )
        by_first: dict[str, list[tuple[str, frozenset[str]]]] = {}
        for word in sorted(self._cues):
            by_first.setdefault(word[0], []).append((word, frozenset(word)))
        self._by_first = {k: tuple(v) for k, v in by_first.items()}
        # Per instance (built once per policy): the same words make up most messages.
        self._target_for = functools.lru_cache(maxsize=8192)(self._find)

    @classmethod
    def for_policy(cls, categories: Mapping[str, GuardCategory]) -> CueMisspellings:
        """The reader of the policy's English pattern words and the listed words."""
        patterns = [p for category in categories.values() for p in category.patterns]
        return cls(_pattern_words(patterns) | LISTED_WORDS, _english_words())

    @property
    def cue_words(self) -> frozenset[str]:
        """The words this reader writes typos back to."""
        return self._cues

    def _known(self, word: str) -> bool:
        """``word`` is an English or cue word, or one of them with an ending or un-."""
        if word in self._english or word in self._cues or word in _NEVER_READ:
            return True
        if word.startswith("un") and (word[2:] in self._english or word[2:] in self._cues):
            return True
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                stem = word[: -len(ending)]
                if stem in self._english or stem in self._cues:
                    return True
                if ending in ("ies", "ied") and stem + "y" in self._english:
                    return True
                if ending in ("ed", "ing", "er", "es") and (
                    stem + "e" in self._english or stem + "e" in self._cues
                ):
                    return True
        return False

    def _find(self, lower: str) -> str | None:
        if not _MIN_LEN <= len(lower) <= _MAX_LEN or self._known(lower):
            return None
        letters = frozenset(lower)
        best: str | None = None
        for cue, cue_letters in self._by_first.get(lower[0], ()):
            bound = 2 if len(cue) >= _TWO_EDITS_FROM else 1
            if abs(len(cue) - len(lower)) > bound or len(letters ^ cue_letters) > 2 * bound:
                continue
            if within_edits(lower, cue, bound) and _slip(lower, cue) and not _inflected(lower, cue):
                if best is not None and best != cue:
                    # Two cue words equally near: the shorter edit is unknown, read neither
                    # unless one is within one edit.
                    if within_edits(lower, best, 1) == within_edits(lower, cue, 1):
                        return None
                    if within_edits(lower, cue, 1):
                        best = cue
                    continue
                best = cue
        return best

    def read(self, text: str) -> str | None:
        """``text`` with each word that is a typo of a cue word written as that word, or
        ``None`` when there is none. Never raises."""
        changed = False

        def swap(match: re.Match[str]) -> str:
            nonlocal changed
            word = match.group()
            if len(word) < _MIN_LEN or not word.isascii():
                return word
            # A capitalised word inside a sentence is a name or a title (Isham, Mulder).
            before = text[max(0, match.start() - 16) : match.start()].rstrip(_LEAD)
            if word[0].isupper() and not word.isupper() and before and before[-1] not in ".!?:\n":
                return word
            target = self._target_for(word.lower())
            if target is None:
                return word
            changed = True
            return target.capitalize() if word[0].isupper() else target

        out = _WORD.sub(swap, text)
        return out if changed else None
