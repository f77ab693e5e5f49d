"""A lone given name or family name marked as a person by the words around it (thirtieth
round, issue 16, tuned on the "lone given name", "romaji in lower case" and "Latin names in
Japanese text" families).

Chat names a colleague by one word far more often than by a full name, and in whatever
case the keyboard gave: ``a thank-you note to Priya``, ``i told mike``, ``'Kevin, your
report is late again.'``, ``suzuki and kobayashi agreed``, ``Zhang Li の評価コメント``. The
earlier readers take a capitalised single word only after verbs said of people, and a
lower-case one only after the present forms of a few of them. Here:

* **a known given name after a word said to or of people**, capitalised or not: ``to``,
  ``for``, ``with``, ``from`` (not ``by``: songs by Adele) and the verbs of talking to
  someone in any tense (``told``, ``asked``, ``reminded``, ``pinged``, ``emailed``, ``cc'd``
  …). The word must be a
  listed given name (``english_given_names.txt``, ``japanese_given_romaji.txt``), no ordinary
  English word, no stop word and no place (``to Jordan``, ``for Florence`` stay), and, when
  capitalised, not followed by another capitalised word (that is a full name or a thing,
  read elsewhere: ``with Harry Potter``);
* **a known given name called at the start of a line or a quote**, a comma and a lower-case
  word after it (``Kevin, your report …``, ``"Yuki, can you …``);
* **a romaji family name in lower case** (``japanese_surnames_romaji.txt``, four letters or
  more, no place or English word) only before a verb said of people (``kobayashi agreed``,
  ``watanabe said``) or after a verb of talking to someone (``ask nakamura``), and a name
  word of either list coordinated with a name found (``suzuki and kobayashi agreed``);
* **a Chinese name in Latin letters beside Japanese text**: a common Chinese family name
  and a given name of one or two pinyin syllables, with kana or kanji right before or after
  (``Zhang Li の``, ``担当の Wang Fang さん``). In English prose the family list alone says
  too little (He, Ma, Lu are words), so this needs the Japanese around it.

Scores 0.8. Pure functions; never raise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from spacy.lang.en.stop_words import STOP_WORDS

from guardrails.pii.nlp_engine import Morph
from guardrails.pii.recognizers.english_words import COMMON_ENGLISH_WORDS
from guardrails.pii.recognizers.folded_names import GIVEN_NAMES, JA_GIVEN, JA_SURNAMES
from guardrails.pii.recognizers.word_list import load_word_list

__all__ = ["given_in_context_spans", "listed_name_word"]

SCORE: Final = 0.8

_PLACES: Final = frozenset(w.lower() for w in load_word_list("romaji_places")) | {
    "florence", "georgia", "victoria", "paris", "sydney", "austin", "jordan", "chelsea",
    "india", "china", "israel", "lincoln", "savannah", "phoenix", "dallas", "houston",
}  # fmt: skip
# Verbs of talking to someone, every tense: a single word after one is the person talked to.
_TALK_VERBS: Final = (
    r"ask|asked|asking|tell|told|telling|remind|reminded|ping|pinged|thank|thanked|cc|cc'd"
    r"|dm|dm'd|dmed|text|texted|call|called|email|emailed|message|messaged|invite|invited"
    r"|congratulate|congratulated|tag|tagged|mention|mentioned|notify|notified|warn|warned"
)
# Given names that are also a tool, a language, a prize or an adjective (port it to Julia,
# tests with Jasmine, built with Hugo, nominated for Oscar, for Christian families): after a
# bare preposition they are the thing; after a verb of talking to someone (ask Hugo) a person.
_THING_NAMES: Final = frozenset(
    {"julia", "jasmine", "hugo", "oscar", "tony", "ruby", "ada", "christian"}
)
# chat writes w/ for with (thread w/ linda; thirty-third round)
_PREPOSITIONS: Final = frozenset({"to", "for", "with", "w/", "from"})
_EDGE_BEFORE: Final = r"(?<![A-Za-z0-9'’\-@./#_])"
_EDGE_AFTER: Final = r"(?![A-Za-z0-9'’\-@_/]|\.[A-Za-z0-9])"
_GIVEN_AFTER_CUE: Final = re.compile(
    rf"{_EDGE_BEFORE}(?i:(?P<cue>to|for|with|w/|from|{_TALK_VERBS}))[ ]+"
    rf"(?P<word>[A-Za-z][a-z]{{2,13}}){_EDGE_AFTER}(?![ ][A-Z])"
)
_SURNAME_AFTER_TALK: Final = re.compile(
    rf"{_EDGE_BEFORE}(?:{_TALK_VERBS})[ ]+(?P<word>[a-z]{{4,14}}){_EDGE_AFTER}"
)
_PERSON_PREDICATE: Final = (
    r"said|says|told|asked|agreed|disagreed|approved|confirmed|mentioned|suggested|replied"
    r"|wants|wanted|thinks|thought|promised|decided|complained|will[ ]join|is[ ]out|is[ ]off"
)
_SURNAME_BEFORE_VERB: Final = re.compile(
    rf"{_EDGE_BEFORE}(?P<word>[a-z]{{4,14}})(?=[ ]+(?:{_PERSON_PREDICATE})\b)"
)
_CALLED_AT_START: Final = re.compile(
    r"(?:^|(?<=[\n\"'「(“‘]))[ \t]*(?P<word>[A-Z][a-z]{2,13}),[ ]+(?=[a-z])", re.MULTILINE
)
_COORDINATED_BEFORE: Final = re.compile(
    rf"{_EDGE_BEFORE}([a-z]{{3,14}})(?:,[ ]|[ ]and[ ]|[ ]&[ ])$"
)
# Common Chinese family names in pinyin; the given name one or two pinyin syllables.
_CHINESE_FAMILY: Final = (
    r"(?:Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin|Gao|Luo"
    r"|Zheng|Liang|Xie|Tang|Feng|Deng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|Jiang|Du|Ye"
    r"|Cheng|Wei|Su|Lu|Ding|Ren|Shen|Yao|Song|Han|Fang|Qian|Kong|Bai|Qin|Jin|Yu)"
)
_PINYIN: Final = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uan|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua"
    r"|uo|ue|ui|er|a|e|i|o|u)"
)
_JAPANESE: Final = r"[\u3040-\u30ff\u3400-\u9fff々]"
_CHINESE_LATIN: Final = re.compile(
    rf"(?<![A-Za-z'’\-]){_CHINESE_FAMILY}[ ](?i:{_PINYIN}){{1,2}}(?![A-Za-z'’\-])"
)
_CHINESE_GIVEN: Final = re.compile(rf"[A-Z](?i:{_PINYIN}){{1,2}}")


def _given_word(word: str) -> bool:
    """A listed given name that is no English word, stop word or place."""
    lower = word.lower()
    return (
        (lower in GIVEN_NAMES or lower in JA_GIVEN)
        and lower not in COMMON_ENGLISH_WORDS
        and lower not in STOP_WORDS
        and lower not in _PLACES
    )


def _surname_word(word: str) -> bool:
    """A listed romaji family name of four letters or more that is no word or place."""
    return (
        len(word) >= 4
        and word in JA_SURNAMES
        and word not in COMMON_ENGLISH_WORDS
        and word not in STOP_WORDS
        and word not in _PLACES
    )


def listed_name_word(word: str) -> bool:
    """A one-word value in lower case that is a listed given or romaji family name and no
    English word: the value under a person's key (``"assignee":"nakamura"``,
    ``owner=ishikawa``); ``admin`` and ``platform`` are not. The key says person, so a
    surname that is also a place (ishikawa, chiba) counts here."""
    return (word in GIVEN_NAMES or word in JA_GIVEN or word in JA_SURNAMES) and not (
        word in COMMON_ENGLISH_WORDS or word in STOP_WORDS
    )


def _beside_japanese(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2) : start].strip(" \u3000")
    after = text[end : end + 2].strip(" \u3000")
    return bool(
        (before and re.match(_JAPANESE, before[-1])) or (after and re.match(_JAPANESE, after[0]))
    )


def given_in_context_spans(text: str, doc: Sequence[Morph]) -> list[tuple[int, int, float]]:
    """``(start, end, score)`` of the lone names the sentence marks (see the module)."""
    del doc  # the lists decide; kept for the readers' common signature
    spans: list[tuple[int, int, float]] = []
    for match in _GIVEN_AFTER_CUE.finditer(text):
        word = match.group("word")
        if match.group("cue").lower() in _PREPOSITIONS and word.lower() in _THING_NAMES:
            continue
        if _given_word(word):
            spans.append((*match.span("word"), SCORE))
    for match in _CALLED_AT_START.finditer(text):
        if _given_word(match.group("word")):
            spans.append((*match.span("word"), SCORE))
    for pattern in (_SURNAME_AFTER_TALK, _SURNAME_BEFORE_VERB):
        for match in pattern.finditer(text):
            if _surname_word(match.group("word")):
                spans.append((*match.span("word"), SCORE))
    for start, _end, _score in list(spans):
        before = _COORDINATED_BEFORE.search(text, max(0, start - 20), start)
        if before is not None and text[start].islower():
            word = before.group(1)
            if _given_word(word) or _surname_word(word):
                spans.append((*before.span(1), SCORE))
    if not text.isascii():
        for match in _CHINESE_LATIN.finditer(text):
            given = match.group().split(" ")[1]
            if _CHINESE_GIVEN.fullmatch(given) and _beside_japanese(
                text, match.start(), match.end()
            ):
                spans.append((match.start(), match.end(), SCORE))
    return spans
