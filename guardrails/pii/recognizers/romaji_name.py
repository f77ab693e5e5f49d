"""Japanese names written in Latin letters (Taro Yamada, YAMADA Hanako, Tanaka-san).

A word counts as romaji when it splits completely into Hepburn-style syllables (ka, shi,
tsu, kyo, n, doubled consonants, long vowels), so "Please" or "contact" never match while
"Naoki", "Kobayashi" and "Ryouta" do. Two adjacent capitalised romaji words (a space or an
underscore between them, as in a user name) are a name (0.8); one romaji word with an
honorific (-san, -sama, Mr., Ms., Dr. ...), one or two romaji words in any case right
before a Japanese honorific or title (mogi adumi師匠, Sato様), and an initial with a romaji
surname (N. Ishiyama), and any capitalised surname after an English title (Ms. Okafor)
are a name (0.75). Any two or three capitalised
words right after an English self-introduction ("My name is", "I'm", "Dear") are a name
(0.8), romaji or not. Two or three capitalised words after a word that introduces a
person in a sentence ("This is", "forward this to", "from", "From", "with", "cc", "Hi",
"my colleague") are a name (0.7) when Sudachi knows none of them or reads them as a
person's name (Hannah Brennan, Harriet Lachance; not New York, Microsoft Teams).
One romaji given name is a name (0.75) when the writer introduces themself with it (hi
it's Ichiro again, this is Yumi, Kenta here, Haruka from the front desk) or when it is the
whole text (an answer to "May I have your name?") or the whole value of a free-text
field of a JSON record (``"body": "Keiru"``, ``"memo"``, ``"note"``) when Sudachi does
not know the word; otherwise single words alone are not
reported: too many place and brand names are romaji too. A kanji name of one to four
characters right before a romaji honorific (尾崎-san, 森 sensei: mixed-language mail) is a
name (0.75).
Never raises.
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import PERSON
from guardrails.pii.nlp_engine import morphs
from guardrails.pii.recognizers.english_words import only_common_english
from guardrails.pii.recognizers.single_entity import SingleEntityRecognizer
from guardrails.pii.recognizers.word_list import load_word_list

__all__ = ["RomajiNameRecognizer", "is_romaji_word"]

_SYLLABLE: Final = (
    r"(?:(?:kk|ss|tt|pp|tch|cch)?(?:ky|gy|sh|sy|ch|ts|ny|hy|by|py|my|ry|j|[kgsztdnhbpmyrwf])?"
    r"[aiueoāīūēō]h?|n(?![aiueoy])|m(?=[bmp]))"
)
_ROMAJI: Final = re.compile(rf"(?:{_SYLLABLE}){{1,8}}", re.IGNORECASE)
_WORD: Final = r"[A-Z][a-z]{1,15}|[A-Z]{2,16}"
_PAIR: Final = re.compile(rf"(?<![A-Za-z])({_WORD})[ \u3000_]+({_WORD})(?![A-Za-z])")
# Twenty-third round, wave 2 (tuned on): an ordinary English word opening a sentence is a
# request's verb (Summarize Haruki Murakami's novel), not a given name before a surname.
_REQUEST_VERB_FIRST: Final = re.compile(r"(?m:^|[.!?:][ \t]+|[\-*•][ \t]+)[ \t\"'“]*\Z")
# Thirty-second round: a capitalised word and "of" before the pair make it the tail of a
# work's or an institution's title (Critique of Pure Reason, Museum of Kobe Sake), not a name.
_TITLE_OF: Final = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+[ ]of[ ]\Z")
# A label asking for a thing's name (Store name: MUJI GINZA, 店舗名：UNIQLO OSAKA): the
# romaji words after it name a store, a company or a place, not a person (sixteenth round).
_THING_LABEL: Final = re.compile(
    r"(?:(?i:store|shop|company|brand|product|hotel|restaurant|branch|venue|cafe|salon|facility"
    r"|office|location|station|building)(?:[ ](?i:name))?"
    r"|店名|店舗名|会社名|社名|施設名|ホテル名|ブランド名?|商品名|支店名|屋号|店舗)"
    r"[ \t]*[:：][ \t]*$"
)
# Any two capitalised words right after an English self-introduction are a name.
_INTRODUCED: Final = re.compile(
    r"(?:\b[Mm]y name is|\bI am|\bI'm|\b[Nn]ame:|\b[Cc]all me|\bDear|\bsincerely,|\bregards,)"
    r"\s+([A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2})(?![A-Za-z])"
)
# Twenty-third round: a sign-off line that names a body, not a person (Best regards,⏎The
# Lagos Tech Summit team): an article first, or more capitalised words or a group word after
# the three a name may have.
_ORGANISATION_SIGNED: Final = re.compile(
    # and a salutation to whoever reads it (Dear Valued Customer, Dear Hiring Manager)
    r"(?:The|Your|Our|Valued|Hiring|Respected|Esteemed|Sir|Madam|Customer|Client|Team)[ ,\n]"
    r"|(?:[A-Z][a-z]+[ \-]){1,2}[A-Z][a-z]+[ ](?:[A-Z][a-z]+|(?i:team|group|committee|crew"
    r"|staff|office|department|desk|squad|organi[sz]ers?)\b)"
)
_CUED: Final = re.compile(
    # The cue may open a sentence or a header line (From Harriet Lachance:).
    r"(?:\b[Tt]his is|\bto|\b[Ff]rom|\bwith|\bby|\b[Cc][Cc]:?|\b[Aa]ttn:?|\bHi|\bHello|\bThanks,?"
    r"|\b[Aa]sk|\b[Cc]ontact|\bmet|\bmeet|\b[Cc]all|\bemail|\bfor|\band"
    # a person introduced by who they are to the writer (my colleague Anika Sharma)
    r"|\b(?:colleague|co-?worker|friend|boss|manager|supervisor|husband|wife|partner|son"
    r"|daughter|mother|father|brother|sister|neighbou?r"
    r"|named|called))"
    r"\s+([A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){1,2})(?![A-Za-z])"
)
# One romaji given name that the writer introduces as themself (hi it's Ichiro again,
# this is Yumi, Kenta here, Haruka from the front desk): a single word, so it must be
# romaji and no common English word.
_SELF_ONE: Final = re.compile(
    r"(?:\b(?:[Ii]t'?s|[Ii]t is|[Tt]his is|I'm|I am|[Mm]y name is|[Cc]all me|[Nn]ame's)\s+"
    r"([A-Z][a-z]{2,15})(?![A-Za-z']| [A-Z])"
    r"|(?<![A-Za-z'] )(?<![A-Za-z'])([A-Z][a-z]{2,15}) (?:here\b|from (?:the|our|[A-Z])))"
)
# A whole text that is one capitalised romaji word (an answer to "May I have your name?").
_ALONE: Final = re.compile(r"^\s*([A-Z][a-z]{2,15})[.!]?\s*$")
_PLACES: Final = frozenset(load_word_list("romaji_places"))
_HONORIFIC_AFTER: Final = re.compile(
    rf"(?<![A-Za-z])({_WORD})[ \-](?:san|sama|sensei|kun|chan|shi)(?![A-Za-z])"
    # typed in lower case with the hyphen (ask kobayashi-san; round 21, tuned on gen2 T)
    r"|(?<![A-Za-z\-])([a-z]{3,16})-(?:san|sama|sensei|kun|chan)(?![A-Za-z])"
)
# A kanji name before a romaji honorific in English or mixed text (尾崎-san, 森 sensei).
_KANJI_HONORED: Final = re.compile(
    r"(?<![\u3040-\u30ff\u3400-\u9fff々])([\u3400-\u9fff々]{1,4})[ \-]?"
    r"(?:san|sama|sensei|kun|chan)(?![A-Za-z])"
)
# A JSON string value that is one capitalised word ("body": "Keiru"): read like a whole text.
# Only under a free-text key (a record's body or memo); person keys are labelled_name's.
_JSON_ALONE: Final = re.compile(
    r'\\?"(?:body|text|content|message|msg|memo|note|notes|comment|comments|answer|reply'
    r'|summary|description|value)\\?"\s*:\s*\\?"([A-Z][a-z]{2,15})[.!]?\\?"',
    re.IGNORECASE,
)
_HONORIFIC_BEFORE: Final = re.compile(
    rf"(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ ]+({_WORD})(?![A-Za-z])"
)
# Romaji (any case) right before a Japanese honorific or title: mogi adumi師匠, Sato様.
_JA_HONORED: Final = re.compile(
    r"(?<![A-Za-z])([A-Za-z]{2,16}(?:[ _][A-Za-z]{2,16})?) ?(?="
    + "|".join(
        re.escape(w)
        for w in sorted(
            {*load_word_list("honorifics"), *load_word_list("titles")}, key=len, reverse=True
        )
    )
    + ")"
)
# Any capitalised surname after an English title (Ms. Okafor, Dr Lindqvist).
_EN_TITLE: Final = re.compile(
    r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof)\.? ([A-Z][a-z][a-z'\-]{0,20}"
    r"(?: [A-Z][a-z][a-z'\-]{0,20})?)(?![A-Za-z])"
)
# An initial and a romaji surname: N. Ishiyama, T.Kondo.
_INITIAL: Final = re.compile(r"(?<![A-Za-z.])[A-Z]\. ?([A-Z][a-z]{3,15})(?![A-Za-z])")
PAIR_SCORE: Final = 0.8
HONORIFIC_SCORE: Final = 0.75
CUED_SCORE: Final = 0.7


def _unknown_word_starts(nlp_artifacts: NlpArtifacts | None) -> frozenset[int]:
    """Offsets where a word Sudachi does not know, or reads as a person's name, starts
    (none without artifacts)."""
    if nlp_artifacts is None or not len(nlp_artifacts.tokens):
        return frozenset()
    return frozenset(m.idx for m in morphs(nlp_artifacts.tokens) if m.oov or "人名" in m.tag)


def _known_thing_starts(nlp_artifacts: NlpArtifacts | None) -> frozenset[int]:
    """Offsets where a word Sudachi knows as a proper noun that is no person's name or
    place starts (Amazon, Google; none without artifacts)."""
    if nlp_artifacts is None or not len(nlp_artifacts.tokens):
        return frozenset()
    return frozenset(
        m.idx
        for m in morphs(nlp_artifacts.tokens)
        if not m.oov and m.tag.startswith("名詞-固有名詞-一般")
    )


def is_romaji_word(word: str) -> bool:
    """True if ``word`` splits entirely into Japanese (Hepburn-style) syllables (at least
    three letters: Ryo, Ken)."""
    return len(word) >= 3 and _ROMAJI.fullmatch(word) is not None


def _json_alone(text: str) -> list[re.Match[str]]:
    """One-word string values of a JSON text (only when the text looks like JSON)."""
    if '":' not in text and '\\":' not in text:
        return []
    return list(_JSON_ALONE.finditer(text))


class RomajiNameRecognizer(SingleEntityRecognizer):
    """PERSON written in romaji."""

    ENTITY: ClassVar[str] = PERSON

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        spans: list[tuple[int, int, float]] = []
        for match in _PAIR.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            if _THING_LABEL.search(text, max(line_start, match.start() - 30), match.start()):
                continue
            if _TITLE_OF.search(text, max(line_start, match.start() - 30), match.start()):
                continue
            if _REQUEST_VERB_FIRST.search(text, line_start, match.start()) is not None and (
                only_common_english(match.group(1))
            ):
                continue  # Summarize Haruki Murakami's …: a request's verb, then the name
            if is_romaji_word(match.group(1)) and is_romaji_word(match.group(2)):
                spans.append((match.start(), match.end(), PAIR_SCORE))
        for match in _INTRODUCED.finditer(text):
            if _ORGANISATION_SIGNED.match(text, match.start(1)) is not None:
                continue
            spans.append((match.start(1), match.end(1), PAIR_SCORE))
        unknown: frozenset[int] | None = None
        for match in _CUED.finditer(text):
            if unknown is None:  # the tokens are read only when a cue matched
                unknown = _unknown_word_starts(nlp_artifacts)
            words = [m.start() + match.start(1) for m in re.finditer(r"\S+", match.group(1))]
            if all(start in unknown for start in words):
                spans.append((match.start(1), match.end(1), CUED_SCORE))
        for match in _KANJI_HONORED.finditer(text):
            spans.append((match.start(1), match.end(1), HONORIFIC_SCORE))
        json_alone = _json_alone(text)
        if json_alone:
            # A JSON value: a word Sudachi does not know or reads as a name (not Open, None).
            unknown = _unknown_word_starts(nlp_artifacts) if unknown is None else unknown
            json_alone = [m for m in json_alone if m.start(1) in unknown]
        self_named = list(_SELF_ONE.finditer(text))
        if self_named:
            # This is Amazon., It's Google.: a word Sudachi knows as a proper noun that is
            # no person's name is a company or product saying who it is (twentieth round).
            things = _known_thing_starts(nlp_artifacts)
            self_named = [m for m in self_named if m.start(1 if m.group(1) else 2) not in things]
        for match in [*self_named, *_ALONE.finditer(text), *json_alone]:
            group = 1 if match.group(1) is not None else 2
            word = match.group(group)
            if is_romaji_word(word) and not only_common_english(word) and word not in _PLACES:
                spans.append((match.start(group), match.end(group), HONORIFIC_SCORE))
        for match in _JA_HONORED.finditer(text):
            if all(is_romaji_word(w) for w in re.split(r"[ _]", match.group(1))):
                spans.append((match.start(1), match.end(1), HONORIFIC_SCORE))
        for match in _EN_TITLE.finditer(text):
            spans.append((match.start(1), match.end(1), HONORIFIC_SCORE))
        for match in _INITIAL.finditer(text):
            if is_romaji_word(match.group(1)):
                spans.append((match.start(), match.end(), HONORIFIC_SCORE))
        for pattern in (_HONORIFIC_AFTER, _HONORIFIC_BEFORE):
            for match in pattern.finditer(text):
                group = 2 if match.lastindex == 2 and match.group(2) is not None else 1
                if is_romaji_word(match.group(group)):
                    spans.append((match.start(group), match.end(group), HONORIFIC_SCORE))
        best: dict[tuple[int, int], float] = {}
        for start, end, score in spans:
            if only_common_english(text[start:end]):
                continue  # Best regards, Customer Care: a team, not a person
            best[(start, end)] = max(score, best.get((start, end), 0.0))
        return [
            RecognizerResult(
                entity_type=self.ENTITY,
                start=start,
                end=end,
                score=score,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                },
            )
            for (start, end), score in sorted(best.items())
        ]
