"""The rules' own English cue words read back from a typo ("sikmmer" → "skimmer").

:mod:`guardrails.classify.misspelt_words` reads some forty listed harm and request words
typed wrong. The rules key on hundreds more ("skimmer", "security questions", "thinspo",
"insurance", "suppressor", "unnoticed"), and one slip of the keyboard in any of them lets an
attack past every rule that needs it. :class:`CueMisspellings` reads those too: built once
per policy from the literal alternatives of the categories' patterns (whole words of five
letters or more, a final optional letter both ways: ``bombs?`` gives "bomb" and "bombs",
a stem before ``\\w*`` as itself) and the listed words, it writes each word of the text that
is one edit away from such a word (two for words of ten letters or more) as that word, in
one extra view that the guard gives to its rules only
(:meth:`~guardrails.classify.guard_classifier.GuardClassifier.classify`).

What keeps ordinary text ordinary: a word is read only when it has five letters or more,
starts with the cue word's letter, and is not an English word itself (the ~57,000 words of
``english_words.txt``, with their plural, past and -ing forms), nor a cue word, nor an
inflection of one; and the edits are slips people make: a letter dropped, two neighbours
swapped, an extra letter that repeats or sits beside a letter next to it on the keyboard,
a letter changed for a neighbouring key or one that sounds the same (c/k/s, s/z, i/y).
Any other change counts twice ("sentience" is not "sentence" with an "i" put in, "slaying"
is not "saying"). Verbs that turn a request about one's own text into an override's words
(ignore, disregard, forget, reveal, …) are never read, as in ``misspelt_words``. A text
whose every word is known costs a cached look-up per word and gives no view.

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
# A letter three times or more in a row: a key held down.
_HELD = re.compile(r"([a-z])\1{2,}")
# What may cut one word in two.
_CUTS = frozenset({" ", "-"})
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


# Letters people swap for one another by ear, not by a slip of the finger.
_SOUNDS = frozenset({("c", "k"), ("k", "c"), ("c", "s"), ("s", "c"), ("s", "z"), ("z", "s"),
                     ("i", "y"), ("y", "i")})  # fmt: skip


def _substitution(a: str, b: str) -> int:
    """The cost of ``b`` typed as ``a``: one for a neighbouring key or a letter that sounds
    the same, two for anything else (no slip: "pesos" is not "pests")."""
    return 1 if _neighbours(a, b) or (a, b) in _SOUNDS else 2


def _insertion(word: str, at: int) -> int:
    """The cost of ``word[at]`` typed as an extra letter: one when it repeats a letter
    beside it or is a key beside one of them ("suppresssor", "skimmer" → "skimner"), two
    when it is none ("sentience" is not "sentence" with an extra "i")."""
    letter = word[at]
    for side in (at - 1, at + 1):
        if 0 <= side < len(word) and (word[side] == letter or _neighbours(word[side], letter)):
            return 1
    return 2


def _slips(word: str, cue: str, bound: int) -> bool:
    """``word`` is ``cue`` typed with slips of total cost at most ``bound``: a letter
    dropped or two neighbours swapped cost one; an extra letter or a changed one costs one
    when it is a slip of the finger or the ear (:func:`_insertion`, :func:`_substitution`)
    and two otherwise (optimal string alignment with those costs)."""
    rows, cols = len(word), len(cue)
    prev2: list[int] = []
    prev = list(range(cols + 1))
    for i in range(1, rows + 1):
        extra = _insertion(word, i - 1)
        row = [prev[0] + extra] + [0] * cols
        for j in range(1, cols + 1):
            a, b = word[i - 1], cue[j - 1]
            best = min(
                prev[j - 1] + (0 if a == b else _substitution(a, b)),
                prev[j] + extra,
                row[j - 1] + 1,
            )
            if i > 1 and j > 1 and a == cue[j - 2] and word[i - 2] == b:
                best = min(best, prev2[j - 2] + 1)
            row[j] = best
        if min(row) > bound:
            return False
        prev2, prev = prev, row
    return prev[-1] <= bound


def _inflected(word: str, cue: str) -> bool:
    """One is the other with an ending ("calorie", "calories"; "motivate", "motivat")."""
    longer, shorter = (word, cue) if len(word) > len(cue) else (cue, word)
    return longer.startswith(shorter) and len(longer) - len(shorter) <= 3


@functools.cache
def _english_words() -> frozenset[str]:
    # Read once per process (about 57,000 words); the set is never changed.
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
        if _HELD.search(lower):
            # A key held down ("poiiison", "addreeess"): no English word has one letter
            # three times in a row; read it with the run as two letters, then as one.
            return self._target_for(_HELD.sub(r"\1\1", lower)) or self._target_for(
                _HELD.sub(r"\1", lower)
            )
        if not _MIN_LEN <= len(lower) <= _MAX_LEN or self._known(lower):
            return None
        letters = frozenset(lower)
        best: str | None = None
        for cue, cue_letters in self._by_first.get(lower[0], ()):
            bound = 2 if len(cue) >= _TWO_EDITS_FROM else 1
            if abs(len(cue) - len(lower)) > bound or len(letters ^ cue_letters) > 2 * bound:
                continue
            if (
                within_edits(lower, cue, bound)
                and _slips(lower, cue, bound)
                and not _inflected(lower, cue)
            ):
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

    def _joined(self, head: str, tail: str) -> str | None:
        """The cue word two pieces of a word cut by a space or hyphen make ("suppr essor",
        "tih-nspo"), read as one word; ``None`` when either piece is a word itself ("the
        rapist", "black mail", and so "ran somware" too) or the whole is no cue word or
        typo of one."""
        head, tail = head.lower(), tail.lower()
        if len(head) + len(tail) < _MIN_LEN or self._known(head) or self._known(tail):
            return None
        whole = head + tail
        if whole in self._cues:
            return whole
        return self._target_for(whole)

    def read(self, text: str) -> str | None:
        """``text`` with each word that is a typo of a cue word written as that word (two
        pieces of one cut by a space or hyphen joined), or ``None`` when there is none.
        Never raises."""
        words = list(_WORD.finditer(text))
        pieces: list[str] = []
        at = 0
        i = 0
        while i < len(words):
            match = words[i]
            word = match.group()
            if not word.isascii() or self._named(text, match):
                i += 1
                continue
            target = self._target_for(word.lower()) if len(word) >= _MIN_LEN else None
            end = match.end()
            if target is None and i + 1 < len(words):
                after = words[i + 1]
                if text[end : after.start()] in _CUTS and after.group().isascii():
                    target = self._joined(word, after.group())
                    end = after.end() if target is not None else end
            if target is not None:
                pieces += [
                    text[at : match.start()],
                    target.capitalize() if word[0].isupper() else target,
                ]
                at = end
                i += 2 if end != match.end() else 1
                continue
            i += 1
        if not pieces:
            return None
        pieces.append(text[at:])
        return "".join(pieces)

    @staticmethod
    def _named(text: str, match: re.Match[str]) -> bool:
        """A capitalised word inside a sentence is a name or a title (Isham, Mulder)."""
        word = match.group()
        before = text[max(0, match.start() - 16) : match.start()].rstrip(_LEAD)
        return (
            word[0].isupper() and not word.isupper() and bool(before) and before[-1] not in ".!?:\n"
        )
