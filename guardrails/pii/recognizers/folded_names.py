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
from guardrails.pii.romaji import romaji_to_katakana

__all__ = ["GIVEN_NAMES", "folded_name_spans", "surname_shaped"]

SCORE: Final = 0.8

GIVEN_NAMES: Final = frozenset(load_word_list("english_given_names"))
# Twenty-fifth round (tuned on): Japanese given and family names in romaji, for the one-case
# full names chat writes either way round (daisuke ota, ishii ren) and a given name alone.
JA_GIVEN: Final = frozenset(load_word_list("japanese_given_romaji"))
JA_SURNAMES: Final = frozenset(load_word_list("japanese_surnames_romaji"))
_PLACE_WORDS: Final = frozenset(w.lower() for w in load_word_list("romaji_places")) | {
    "florence", "georgia", "victoria", "paris", "sydney", "austin", "jordan", "chelsea",
}  # fmt: skip
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


# A given name typed in lower case in a chat sentence (a thank-you note to jake, ask takumi,
# megumi said, satoshi from sales): a known given name (English or Japanese) after a word
# said to or of people, or before a verb said of people (twenty-fifth round, tuned on).
_CHAT_BEFORE: Final = re.compile(
    r"(?<![A-Za-z'’\-])(?:to|and|with|cc:?|ask|tell|remind|thank|thanks|ping|by|dm|text|call"
    r"|email|message|invite|congratulate|let|meet|met|from)[ ]+([a-z]{3,14})"
    rf"{_EDGE_AFTER}"
)
_CHAT_AFTER: Final = re.compile(
    rf"{_EDGE_BEFORE}([a-z]{{3,14}})(?=[ ]+(?:said|says|told|asked|thinks|thought|wants"
    r"|wanted|agreed|disagreed|mentioned|suggested|needs|joined|left|will|is|was|has|had"
    r"|and|from[ ](?:sales|hr|ops|it|legal|finance|marketing|support|accounting|the|our|my))\b)"
)
# A romaji word coordinated with a name found (shun and daisuke ota, yui, kenta ishida):
# the word beside ``, `` or `` and `` a name ends at or starts from.
_COORDINATED_BEFORE: Final = re.compile(
    rf"{_EDGE_BEFORE}([a-z]{{3,14}})(?:,[ ]|[ ]and[ ]|[ ]&[ ])$"
)


# Thirty-third round: a given name that is also a place (dallas, brooklyn, savannah) opens a
# lower-case full name only where the sentence says person: after a verb said only to people
# or before one said only of them (remind brooklyn reyes, dallas cooper forgot), so that
# "dallas cowboys" and "orlando magic" stay.
_PLACE_GIVEN: Final = frozenset(load_word_list("place_given_names"))
_PERSON_CUE_BEFORE: Final = re.compile(
    r"(?<![A-Za-z'’\-])(?:ask|tell|remind|thank|ping|dm|text|call|email|message|invite"
    r"|congratulate|cc:?|let)[ ]+$"
)
_PERSON_VERB_AFTER: Final = re.compile(
    r"[ ]+(?:said|says|told|asked|asks|thinks|wants|needs|forgot|texted|called|emailed"
    r"|messaged|replied|complained|promised|owes|cancelled|canceled|quit|resigned|is[ ]out"
    r"|is[ ]off|will[ ]join)\b"
)


_WORD_SURNAMES: Final = frozenset(load_word_list("word_surnames"))


def _word_surname_pair(given: str, surname: str, start: int, end: int, text: str) -> bool:
    """A lower-case known given name and a surname that is also a word (linda park, sarah
    king) in a person's slot: after a verb said only to people, chat's w/, or before a verb
    said only of people."""
    return (
        (given in GIVEN_NAMES or given in _PLACE_GIVEN)
        and given not in COMMON_ENGLISH_WORDS
        and surname in _WORD_SURNAMES
        and (
            _PERSON_CUE_BEFORE.search(text, max(0, start - 16), start) is not None
            or text.endswith("w/ ", 0, start)
            or _PERSON_VERB_AFTER.match(text, end) is not None
        )
    )


def _place_given_pair(
    given: str, surname: str, start: int, end: int, text: str, doc: Sequence[Morph]
) -> bool:
    """A lower-case place-and-given name and a surname-shaped word in a person's slot."""
    return (
        given in _PLACE_GIVEN
        and surname not in _PLACE_WORDS
        and surname_shaped(surname, end - len(surname), doc)
        and (
            _PERSON_CUE_BEFORE.search(text, max(0, start - 16), start) is not None
            or _PERSON_VERB_AFTER.match(text, end) is not None
        )
    )


def _japanese_pair(first: str, second: str, offset: int, doc: Sequence[Morph]) -> bool:
    """A one-case romaji full name either way round: a Japanese given name beside a known
    family name or a romaji word that may be a surname, or a family name before a given
    name (kenta ishida, yamamoto kaori, ishii ren)."""
    if romaji_to_katakana(first) is None or romaji_to_katakana(second) is None:
        return False
    if first in JA_GIVEN:
        return second in JA_SURNAMES or (
            len(second) >= 3 and surname_shaped(second, offset, doc) and second not in _PLACE_WORDS
        )
    return first in JA_SURNAMES and second in JA_GIVEN


def _chat_word(word: str) -> bool:
    """A lower-case word a chat sentence may use as a given name: a known one, no English
    word, no place."""
    return (
        (word in GIVEN_NAMES or word in JA_GIVEN)
        and word not in COMMON_ENGLISH_WORDS
        and word not in STOP_WORDS
        and word not in _PLACE_WORDS
    )


def _chat_given_spans(
    text: str, doc: Sequence[Morph], found: Sequence[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    """Lower-case given names in a chat sentence, and a romaji word coordinated with a
    lower-case full name found (see the patterns above)."""
    spans: list[tuple[int, int, float]] = []
    for pattern in (_CHAT_BEFORE, _CHAT_AFTER):
        for match in pattern.finditer(text):
            if _chat_word(match.group(1)):
                spans.append((match.start(1), match.end(1), SCORE))
    for start, _end, _score in [*found, *spans]:
        before = _COORDINATED_BEFORE.search(text, max(0, start - 20), start)
        if before is None:
            continue
        word = before.group(1)
        if (
            romaji_to_katakana(word) is not None
            and word not in COMMON_ENGLISH_WORDS
            and word not in STOP_WORDS
            and word not in _NOT_SURNAMES
            and word not in _PLACE_WORDS
            and surname_shaped(word, before.start(1), doc)
        ):
            spans.append((before.start(1), before.end(1), SCORE))
    return spans


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
            if (
                (given not in GIVEN_NAMES or not surname_shaped(surname, match.start(2), doc))
                and not _japanese_pair(given, surname, match.start(2), doc)
                and not (
                    pattern is _LOWER_PAIR
                    and (
                        _place_given_pair(given, surname, match.start(1), match.end(2), text, doc)
                        or _word_surname_pair(given, surname, match.start(1), match.end(2), text)
                    )
                )
            ):
                continue
            if found and found[-1][1] > match.start(1):
                continue  # the given name was this pair's surname (mike sarah okafor)
            found.append((match.start(1), match.end(2), SCORE))
    if re.search(r"[a-z]{3}", text) is not None:
        found.extend(_chat_given_spans(text, doc, [f for f in found if text[f[0]].islower()]))
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
