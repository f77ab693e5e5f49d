"""The person a special-care statement is about, when English names them as its subject.

A disclosure says who it is about: ``Sofia Walsh is Roma``, ``Chloe has a prior conviction
for fraud``, ``Tom Becker is in alcohol rehab``, ``Kate Hill canvasses for the Green Party``.
The special-care recognizers mask the sensitive words; the name before the verb is a person
whatever the name readers made of it (a surname that is also a place or a word, a given name
no list holds). This module reads, for each special-care finding, the words right before it:
one to three capitalised words, a verb said of the subject (is, was, has, became, needs,
converted …) and at most a few words up to the finding, all in one clause. The name is
reported as ``PERSON`` unless its first word is a common English word or a function word
(The, This, Everyone). Regular expressions over at most :data:`_REACH` characters per
finding; never raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from presidio_analyzer import RecognizerResult

from guardrails.pii.entities import PERSON, SOGI
from guardrails.pii.recognizers.english_words import COMMON_ENGLISH_WORDS
from guardrails.pii.recognizers.word_list import load_word_list

__all__ = ["SCORE", "statement_subjects"]

SCORE: Final = 0.8
_PREFIX: Final = "SPECIAL_CARE:"
_REACH: Final = 72
_SUBJECT_BEFORE: Final = re.compile(
    r"(?<![A-Za-z'’])(?P<name>[A-Z][a-z'’-]+(?:[ ](?:[A-Z]\.[ ])?[A-Z][a-z'’-]+){0,2})[ ]+"
    r"(?:is|was|'s|has|had|became|got|gets|suffers|suffered|lives|lived|takes|took|uses"
    r"|needs|converted|comes|came|canvasses|campaigns|votes|voted|donates|served|did|spent"
    r"|started|attends|identifies|disclosed|declared|revealed|admitted)\b"
    r"[^.!?;:\n()（）]{0,40}$"
)
# Twenty-fourth round: chat guesses about someone in lower case after a verb of belief or
# hearsay (do you think jason is bisexual?, i heard mike is in rehab): one lower-case word.
_GUESSED_BEFORE: Final = re.compile(
    r"\b(?:think|thinks|thought|guess|heard|wonder[ ]if|suspect|bet)[ ]+(?:that[ ]+)?"
    r"(?P<name>[a-z]{3,15})[ ]+(?:is|was|'s|has|had|got)\b[^.!?;:\n()（）]{0,24}$"
)
# Twenty-fourth round (special care about others): a lower-case first name heading a chat
# message or sentence, after a filler (mike is in rehab, fyi jenny is pregnant, priya's on
# antidepressants), and a disclosure relayed from someone named (hannah told me she's
# pregnant, Mei confided she has bulimia, josh said he's in therapy).
_CHAT_BEFORE: Final = re.compile(
    r"(?:^|(?<=[.!?\n])[ ]*)(?:(?:fyi|btw|so|ok|okay|heads[ ]up|ngl|apparently|lol|omg|tbh|"
    r"also|update|hey|wait)[,:!.]?[ ]+)*"
    r"(?:(?:(?:the|our|my)[ ]+)?(?:new[ ]+)?(?:hire|starter|intern|report|accountant|driver|"
    r"colleague|coworker|teammate|neighbou?r|landlord|tenant|manager|boss|trainee)[ ]+)?"
    r"(?P<name>[a-z]{3,14})(?:(?:'s|’s)[ ]+(?:on|in|been|got|"
    r"had|off)\b|[ ]+(?:(?:just|now|still|also|recently|apparently)[ ]+)?(?:is|has|had|was|got|"
    r"'s|joined|volunteers|votes|voted|became|started|tested|went|takes|uses|served|disclosed|"
    r"declared|revealed|asked|needs)\b)"
    r"[^.!?;:\n()（）]{0,40}$"
)
_RELAYED_BEFORE: Final = re.compile(
    r"(?<![A-Za-z'’])(?<!my[ ])(?<!our[ ])(?<!the[ ])(?<!his[ ])(?<!her[ ])(?<!an[ ])(?<!a[ ])"
    r"(?<!your[ ])(?<!their[ ])(?<!My[ ])(?<!Our[ ])(?<!The[ ])(?<!His[ ])(?<!Her[ ])"
    r"(?<!An[ ])(?<!A[ ])(?<!Your[ ])(?<!Their[ ])"
    r"(?P<name>[A-Za-z][a-z'’-]{2,14}(?:[ ][A-Z][a-z'’-]+)?)[ ]+(?:just[ ]+)?"
    r"(?:told[ ]me|mentioned|said|admitted|confided|disclosed|shared|let[ ]slip)"
    r"(?:[ ]+(?:to[ ]me|that))?[ ]+(?:she|he|they)(?:'s|’s|[ ]is|[ ]was|[ ]has|[ ]had|'d|"
    r"[ ]got)?\b[^.!?;:\n()（）]{0,40}$"
)
# Twenty-fourth round: a name's possessive right before the finding (Bill Turner's HbA1c of
# 9.1%, Alicia's long COVID, priya's chemo): up to two words between.
_OWNER_BEFORE: Final = re.compile(
    r"(?<![A-Za-z'’])(?P<name>[A-Z][a-z'-]+(?:[ ][A-Z][a-z'-]+){0,2})['’]s[ ]+"
    r"(?:[A-Za-z-]+[ ]+){0,2}$"
)
# Twenty-fourth round: a hiragana given name heading a Japanese clause before the disclosure
# (みさきが妊娠したって, ゆうたが適応障害なんだって, けんじって前科あるらしい): two to four
# hiragana, が or って, at most 14 characters to the finding with no comma or sentence end
# between (そのほうが、血液検査… is no one); not a listed hiragana noun or pronoun (みんな, うち,
# あいつ). A sentence-opening connective takes a comma (ただし、なお、) and is never read.
_JA_KANA_BEFORE: Final = re.compile(
    r"(?:^|(?<=[、。！？!?\n「]))[ \u3000]*(?P<name>[\u3041-\u3093]{2,4})(?:ちゃん|くん|君)?"
    r"(?:が|って)[^。！？!?\n、]{0,14}$"
)
_NOT_KANA_NAMES: Final = frozenset(
    w
    for list_name in ("hiragana_nouns", "not_hiragana_given", "not_hiragana_names", "kin_words")
    for w in load_word_list(list_name)
) | frozenset(
    {"あいつ", "こいつ", "そいつ", "やつ", "わたし", "あたし", "ぼく", "おれ", "かれ", "かのじょ",
     "みんな", "うち", "だれ", "みなさん", "おかん", "おとん", "ママ", "パパ", "これ", "それ",
     "あれ", "どれ", "ここ", "そこ", "いま", "きょう", "あした", "きのう", "ほんと", "じつは",
     "なんか", "やっぱ", "ちなみに", "ところで", "ただ", "でも", "まあ", "あと", "それで",
     "そのほう", "このほう", "ほう", "ただし", "なお", "とて", "もの", "こと", "ひと"}
)  # fmt: skip
_NOT_NAMES: Final = frozenset(
    {
        "the", "this", "that", "these", "those", "it", "there", "he", "she", "they", "we", "i",
        "my", "our", "his", "her", "their", "your", "what", "who", "which", "everyone",
        "someone", "somebody", "anyone", "nobody", "everybody", "each", "every", "no", "one",
        "patient", "patients", "customer", "client", "employee", "staff", "member", "note",
        "heads", "hi", "dear", "fyi", "please", "also", "but", "and", "so", "if", "when",
        "mom", "mum", "dad", "life", "work", "everything", "nothing", "something",
        "doctor", "nurse", "teacher", "coworker", "colleague", "friend", "boss", "manager",
        "apparently", "btw", "ngl", "lol", "omg", "tbh", "ok", "okay", "update", "hey", "wait",
    }
)  # fmt: skip


def statement_subjects(text: str, results: Sequence[RecognizerResult]) -> list[RecognizerResult]:
    """``PERSON`` results for the names that special-care (and, since the twenty-fourth
    round, ``SOGI``) ``results`` are said of."""
    found: list[RecognizerResult] = []
    for result in results:
        if not result.entity_type.startswith(_PREFIX) and result.entity_type != SOGI:
            continue
        window_start = max(0, result.start - _REACH)
        match = (
            _SUBJECT_BEFORE.search(text, window_start, result.start)
            or _GUESSED_BEFORE.search(text, window_start, result.start)
            or _RELAYED_BEFORE.search(text, window_start, result.start)
            or _OWNER_BEFORE.search(text, window_start, result.start)
            # the verb may open the finding itself (carlos joined the communist party)
            or _CHAT_BEFORE.search(text[: result.end], window_start)
        )
        if match is None:
            kana = _JA_KANA_BEFORE.search(text[: result.start], window_start)
            if kana is not None and kana.group("name") not in _NOT_KANA_NAMES:
                found.append(_person(kana.start("name"), kana.end("name")))
            continue
        words = match.group("name").split()
        first = re.sub(r"['’]s$", "", words[0]).lower()
        if first in _NOT_NAMES or first in COMMON_ENGLISH_WORDS:
            continue
        found.append(_person(match.start("name"), match.end("name")))
    return found


def _person(start: int, end: int) -> RecognizerResult:
    return RecognizerResult(
        PERSON,
        start,
        end,
        SCORE,
        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: "StatementSubject"},
    )
