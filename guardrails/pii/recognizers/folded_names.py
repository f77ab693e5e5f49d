"""Full names typed in one case: all lower case as chat writes them (``call mike okafor``,
``["jack turner", "mia sandoval"]``) or all capitals as forms and bookings print them
(``JESSICA ALVAREZ``).

The English name rules read capitals: a run of lower-case words has none, and a run of
capitals is taken only after a label. Folded to lower case, such a pair is a full name
when its first word is a known given name (``person_words/english_given_names.txt``: given
names that are also ordinary words, such as mark, will or grace, are not in it) and its
second is surname-shaped: two or more letters, not an ordinary English word (the project's
list and spaCy's English stop words), not a verb form chat puts after a name (said, went,
called), not a chat abbreviation, and not a word Sudachi knows as a common noun or a place
(a word it does not know, or reads as a name or another proper noun, passes: okafor,
whitfield). A known given name before a particle or prefixed surname (``Liam de Vries``,
``Dmitri MacKenzie``) is a full name in any sentence. Scores 0.8. Pure functions; never
raise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from spacy.lang.en.stop_words import STOP_WORDS

from guardrails.pii.nlp_engine import Morph
from guardrails.pii.recognizers.english_words import COMMON_ENGLISH_WORDS
from guardrails.pii.recognizers.word_list import load_word_list

__all__ = ["GIVEN_NAMES", "folded_name_spans", "surname_shaped"]

SCORE: Final = 0.8

GIVEN_NAMES: Final = frozenset(load_word_list("english_given_names"))
# Words that follow a given name in chat without being its surname: verbs and what chat
# writes after a name (mike said, sarah went, jess lol). Spelled out because Sudachi reads
# some of them as names (Said) and does not know others (went, pls).
_NOT_SURNAMES: Final = frozenset(
    {"said", "says", "went", "goes", "came", "comes", "told", "tells", "sent", "sends", "got",
     "gets", "left", "asked", "asks", "called", "calls", "wants", "needs", "thinks", "knows",
     "just", "pls", "plz", "lol", "lmao", "thx", "thanks", "btw", "asap", "tmrw", "tmr",
     "tomorrow", "today", "tonight", "yesterday", "again", "here", "there", "too", "also",
     "ok", "okay", "yeah", "yes", "no", "hi", "hey", "bro", "sis", "mate", "dude", "pm", "am",
     "re", "fyi", "cc", "bcc", "regarding", "about", "from", "and", "or", "with", "will",
     "would", "can", "could", "should", "might", "must", "did", "does", "has", "had", "was",
     "is", "are", "were", "i", "me", "you", "we", "they", "he", "she", "it", "jr", "sr"}
)  # fmt: skip
_EDGE_BEFORE: Final = r"(?<![A-Za-z0-9'’\-@./#_])"
_EDGE_AFTER: Final = r"(?![A-Za-z0-9'’\-@_/]|\.[A-Za-z0-9])"
# The second word is looked ahead of so that a list of given names (mike sarah okafor) is
# read pair by pair.
_LOWER_PAIR: Final = re.compile(
    rf"{_EDGE_BEFORE}([a-z]{{2,14}})(?=[ ]([a-z][a-z'’\-]{{1,19}}){_EDGE_AFTER})"
)
_UPPER_PAIR: Final = re.compile(
    rf"{_EDGE_BEFORE}([A-Z]{{2,14}})(?=[ ]([A-Z][A-Z'’\-]{{1,19}}){_EDGE_AFTER})"
)


# A known given name before a particle or prefixed surname (Liam de Vries, Sophia van der
# Berg, Dmitri MacKenzie, Aoife O'Brien): the surname's shape says person without context.
_PARTICLE_SURNAME: Final = re.compile(
    rf"{_EDGE_BEFORE}([A-Z][a-z]{{1,14}})[ ]"
    r"(?:(?:van|von|de|da|del|della|der|den|di|du|la|le|dos|das|ter|ten|bin|al)[ ]){1,2}"
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    r"|"
    rf"{_EDGE_BEFORE}([A-Z][a-z]{{1,14}})[ ](?:Mc|Mac|O['’])[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    r"(?![A-Za-z'’])"
)


def folded_name_spans(text: str, doc: Sequence[Morph]) -> list[tuple[int, int, float]]:
    """``(start, end, score)`` of the one-case full names in ``text``, and of known given
    names before a particle or prefixed surname (see the module)."""
    found: list[tuple[int, int, float]] = []
    for match in _PARTICLE_SURNAME.finditer(text):
        given = match.group(1) or match.group(2)
        if given.lower() in GIVEN_NAMES:
            found.append((match.start(), match.end(), SCORE))
    for pattern in (_LOWER_PAIR, _UPPER_PAIR):
        if pattern is _UPPER_PAIR and re.search(r"[A-Z]{2}", text) is None:
            continue
        for match in pattern.finditer(text):
            given, surname = match.group(1).lower(), match.group(2).lower()
            if given not in GIVEN_NAMES or not surname_shaped(surname, match.start(2), doc):
                continue
            if found and found[-1][1] > match.start(1):
                continue  # the given name was this pair's surname (mike sarah okafor)
            found.append((match.start(1), match.end(2), SCORE))
    return found


def surname_shaped(word: str, offset: int, doc: Sequence[Morph]) -> bool:
    """Whether the lower-case or capital ``word`` at ``offset`` may be a surname: no
    ordinary English word, verb or chat word, and not a common noun or place to Sudachi."""
    bare = word.rstrip("'’")
    if (
        len(bare) < 2
        or bare in COMMON_ENGLISH_WORDS
        or bare in STOP_WORDS
        or bare in _NOT_SURNAMES
        or bare.endswith(("'s", "’s"))
    ):
        return False
    if "-" in bare:
        # lopez-garcia: each part alone (Sudachi splits at the hyphen)
        parts = bare.split("-")
        starts = [offset + sum(len(p) + 1 for p in parts[:i]) for i in range(len(parts))]
        return all(p and surname_shaped(p, s, doc) for p, s in zip(parts, starts, strict=True))
    for token in doc:
        if token.idx == offset:
            if len(token.text) < len(word):
                return False  # Sudachi split it: part of a longer word or a compound
            if "地名" in token.tag:
                return False
            # a word Sudachi knows that is no proper noun (tomorrow, meeting) is no surname
            return token.oov or token.tag.startswith("名詞-固有名詞")
        if token.idx > offset:
            break
    return True
