"""Word ends put back into English that was spelled out letter by letter with single spaces.

"h o w t o m a k e a b o m b" joins (:func:`~guardrails.classify.normalizer.joined_spacing`)
to "howtomakeabomb": every gap was the same, so where the words ended is lost, and the rules,
which read words, find nothing. :class:`WordSegmenter` splits such a run again into the
likeliest words: the fewest words of its vocabulary that cover it, a character outside every
word costing as much as three words (the usual dynamic programme for text without spaces).

The vocabulary is the policy's own English: the words of every category's exemplars,
keywords and patterns and of the benign exemplars, and a short list of function words
(:data:`_COMMON_WORDS`). So the words the rules look for are the words a run is split into, and a
category added by a compliance team brings its words with it.

Failure behaviour: never raises; a run it cannot cover well enough is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from guardrails.policy.guard import GuardCategory

__all__ = ["WordSegmenter"]

# Short words every request uses and exemplars may not hold.
_COMMON_WORDS = """
    a an the to of in on at by for from with without into onto over under about as and or
    but if so not no yes is are was were be been am do does did done can could will would shall
    should may might must i me my mine you your he him his she her it its we us our they them
    their this that these those what which who whom whose how why when where there here all
    any some each every one two three step steps way ways make made build get give tell show
    write explain help need want let please teach best easy easiest quick home house at just
    like up out off down now then than more most very really also only own other another new
    good bad kill cook buy sell find use using used someone somebody something anything people
    person man woman kid child children friend husband wife boyfriend girlfriend boss ex"""
_COMMON = frozenset(_COMMON_WORDS.split())
_WORD = re.compile(r"[a-z]{2,}")
_ESCAPE = re.compile(r"\\[a-zA-Z]")
# A joined run worth splitting: letters only, long enough to hold three or more words.
_RUN = re.compile(r"[a-z]{8,}")
_UNKNOWN_COST = 3.0
_MAX_WORD = 20
_MAX_UNKNOWN_SHARE = 0.4


class WordSegmenter:
    """Splits long letter-only runs into the policy's words; see the module docstring."""

    def __init__(self, vocabulary: Iterable[str]) -> None:
        # Words of one or two letters come from the common list only: in patterns they are
        # mostly fragments of alternations ("ak", "es") that would cut unknown words apart.
        self._words = (
            frozenset(w for w in vocabulary if w.isascii() and w.isalpha() and len(w) > 2) | _COMMON
        )

    @classmethod
    def for_policy(
        cls, categories: Mapping[str, GuardCategory], benign_exemplars: Sequence[str]
    ) -> WordSegmenter:
        """The segmenter whose vocabulary is the policy's English (module docstring)."""
        texts: list[str] = list(benign_exemplars)
        for category in categories.values():
            texts += category.exemplars
            texts += category.keywords
            texts += [_ESCAPE.sub(" ", pattern) for pattern in category.patterns]
        words = {w for text in texts for w in _WORD.findall(text.casefold())}
        return cls(words)

    def split_views(self, views: Sequence[str]) -> list[str]:
        """Each view whose long letter-only runs split well, with them split; views with
        nothing to split are left out (``[]`` when none changes)."""
        out: list[str] = []
        for view in views:
            changed = _RUN.sub(lambda m: self._split(m.group()), view.casefold())
            if changed != view.casefold() and changed not in out:
                out.append(changed)
        return out

    def _split(self, run: str) -> str:
        if run in self._words:
            return run
        n = len(run)
        best: list[float] = [0.0] + [float("inf")] * n
        back: list[tuple[int, bool]] = [(0, False)] * (n + 1)
        for end in range(1, n + 1):
            for start in range(max(0, end - _MAX_WORD), end):
                piece = run[start:end]
                known = piece in self._words
                # A word of the vocabulary costs one; a piece outside it costs more the
                # more pieces there are, not the longer it is, so a word the vocabulary lacks
                # stays whole ("cake") instead of being cut round short words ("c a k e").
                cost = best[start] + (1.0 if known else _UNKNOWN_COST + 0.5 * len(piece))
                if cost < best[end]:
                    best[end], back[end] = cost, (start, known)
        pieces: list[tuple[str, bool]] = []
        end = n
        while end > 0:
            start, known = back[end]
            pieces.append((run[start:end], known))
            end = start
        unknown = sum(len(piece) for piece, known in pieces if not known)
        if len(pieces) < 2 or unknown > _MAX_UNKNOWN_SHARE * n:
            return run
        return " ".join(piece for piece, _ in reversed(pieces))
