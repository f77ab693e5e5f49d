"""Person names as chat and login handles, and a name signed on the closing's own line
(twenty-eighth round, issue 16).

**Handles.** People name each other by their account in chat, tickets and commit logs
(``ping k.sato``, ``yamada_taro が担当``, ``@hnakamura can you review``, ``Reviewer:
a.fujimoto``). A lower-case Latin token of parts joined by ``.``, ``_`` or ``-`` is a
person's handle (0.8) when its parts are a name from the romaji surname or given-name lists
or the English given-name list and, beside it, another listed name or an initial (one
letter): ``k.sato``, ``tanaka.k``, ``suzuki.hanako``, ``yuki-takahashi``, ``mori_a``. A
given name that is also an English word (``mark``, ``will``, ``grace``) counts only beside
another listed name, never beside an initial or an unknown word (``max_n``, ``grace_period``
are code). One initial glued to a listed romaji surname of four letters or more
(``hnakamura``, ``tkobayashi``) is a handle after an ``@`` or a cue word for a person
(``by``, ``to``, ``ping``, ``assignee:`` …). A listed given name joined to an unknown word
(``priya_nair``) is a handle after an ``@`` or such a cue. An ``@`` mention of a lower-case
word that is neither an English word nor a code name (``@jwong``; not ``@here``,
``@channel``, ``@param``, ``@types/node``) is a handle too (0.7).

Never a token inside an e-mail address, a URL, a path or a file name: the character before
it is a space, a bracket, a quote, a colon or a Japanese character, and after it nothing
that continues an address (``@``, ``/``, ``.`` and a letter, ``(``).

**Sign-offs on one line.** ``Thanks, Maria``, ``Best, Dmitri``, ``Kind regards, Mei``,
``Cheers, Tunde Bakare`` at the end of a line, after the end of a sentence (or at the start
of the line): one to three capitalised words after the closing and its comma are the
writer's name (0.8), unless they are only ordinary English words (``Thanks, Team``, ``Best,
Everyone``).

Pure, no model; never raises.
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from guardrails.pii.entities import PERSON
from guardrails.pii.recognizers.english_words import COMMON_ENGLISH_WORDS, only_common_english
from guardrails.pii.recognizers.single_entity import SingleEntityRecognizer
from guardrails.pii.recognizers.word_list import load_word_list

__all__ = ["NameHandleRecognizer", "name_handle_spans"]

_SURNAMES: Final = frozenset(w.lower() for w in load_word_list("japanese_surnames_romaji"))
_JA_GIVEN: Final = frozenset(w.lower() for w in load_word_list("japanese_given_romaji"))
_EN_GIVEN: Final = frozenset(w.lower() for w in load_word_list("english_given_names"))
_NAMES: Final = _SURNAMES | _JA_GIVEN | _EN_GIVEN

SCORE: Final = 0.8
MENTION_SCORE: Final = 0.7

# A handle: lower-case letters (digits after the first letter) in one to three parts.
_HANDLE: Final = re.compile(
    r"(?<![A-Za-z0-9._%+\-/\\@#&=?])(?P<at>@)?"
    r"(?P<handle>[a-z][a-z0-9]*(?:[._\-][a-z][a-z0-9]*){0,2})"
    # nothing that continues an address, a path, a file or a call
    r"(?![A-Za-z0-9_@/(\\]|[.\-][A-Za-z0-9])"
)
_PART: Final = re.compile(r"[._\-]")
# A word before the handle that says a person follows.
_CUE_BEFORE: Final = re.compile(
    r"(?i:\b(?:by|to|ping|tell|ask|cc|dm|message|mention|thank|thanks|and|from|owner"
    r"|assignee|assigned|reviewer|reviewers|author|reporter|approver|user|member|handle"
    r"|colleague|contact|on-?call|lead))[ \t]*[:：]?[ \t]*$"
    r"|(?:担当者?|担当は|レビュアー|レビュアーは|作成者|報告者|依頼者|承認者|宛先|から|と|は|、|，)"
    r"[ \t\u3000]*$"
)
# A Japanese particle or honorific after the handle also makes it someone (が, さん, に).
_CUE_AFTER: Final = re.compile(r"[ \t\u3000]*(?:さん|様|くん|氏|が|に|から|と|の|は|です)")
# After a bare @word: a space, a comma, a Japanese particle or the end (not @media (…)).
_CUE_AFTER_MENTION: Final = re.compile(r"(?:[ \t]+(?![(\[{=])|[,、。.!?]|$|[ぁ-ん])")

# @-words that are not people: group mentions, code annotations and decorators.
_NOT_MENTIONED: Final = frozenset(
    {"here", "channel", "everyone", "all", "param", "return", "returns", "throws", "type",
     "types", "override", "deprecated", "media", "import", "keyframes", "font", "charset",
     "property", "staticmethod", "classmethod", "dataclass", "pytest", "app", "admin", "bot",
     "team", "support", "info", "mention", "todo", "fixme", "see", "since", "author",
     "version", "example", "link", "inheritdoc", "babel", "angular", "vue", "mui", "emotion",
     "testing", "apply", "tailwind", "layer", "supports", "container", "include", "mixin",
     "extend", "use", "forward", "each", "if", "else", "for", "while", "function", "debug",
     "warn", "error", "slack", "github", "gitlab", "jira", "latest", "next", "beta", "canary"}
)  # fmt: skip


def _listed(part: str) -> bool:
    return part in _NAMES


def _plain_name(part: str) -> bool:
    """A listed name that is not also an ordinary English word."""
    return part in _NAMES and part not in COMMON_ENGLISH_WORDS


def _glued_surname(token: str) -> bool:
    """``hnakamura``: one initial glued to a listed romaji surname of four letters or more."""
    rest = token[1:]
    return len(rest) >= 4 and rest in _SURNAMES


def _cued(text: str, start: int, end: int) -> bool:
    return (
        _CUE_BEFORE.search(text, max(0, start - 16), start) is not None
        or _CUE_AFTER.match(text, end) is not None
    )


def _kind(text: str, match: re.Match[str]) -> float:
    """The score of the handle ``match`` (0 when it is no person's)."""
    token = match.group("handle")
    at = match.group("at") is not None
    start, end = match.span("handle")
    parts = _PART.split(token)
    if len(parts) >= 2:
        if any(not p.isalpha() for p in parts):
            return 0.0
        named = [p for p in parts if _listed(p)]
        others = [p for p in parts if not _listed(p)]
        if len(named) >= 2 and not others:
            # two listed names, at least one not an English word (mark_will is no one)
            return SCORE if any(_plain_name(p) for p in named) else 0.0
        if len(named) == 1 and _plain_name(named[0]) and len(named[0]) >= 3:
            if all(len(p) == 1 for p in others):
                return SCORE  # k.sato, tanaka.k, mori_a
            if (
                len(parts) == 2
                and "." not in token  # tanaka.jp is a domain
                and (at or _cued(text, start, end))
            ) and all(len(p) >= 2 and p not in COMMON_ENGLISH_WORDS for p in others):
                return SCORE  # priya_nair
        return 0.0
    if token in COMMON_ENGLISH_WORDS or token in _NOT_MENTIONED:
        return 0.0
    if _glued_surname(token) and (at or _cued(text, start, end)):
        return SCORE
    if at and token.isalpha() and 3 <= len(token) <= 20 and _CUE_AFTER_MENTION.match(text, end):
        return MENTION_SCORE
    return 0.0


# A closing on the name's line: after the start of the line or a sentence's end.
_CLOSING: Final = re.compile(
    r"(?:^|(?<=[.!?。！？])[ \t]+)"
    r"(?:Thanks|Thank you|Many thanks|Thanks again|Best|Best regards|Kind regards|Warm regards"
    r"|Regards|Cheers|Best wishes|All the best|Much appreciated|Sincerely|Take care|Warmly"
    r"|Talk soon|With thanks)"
    r",[ \t]+(?P<name>[A-Z][a-z'’\-]+(?:[ ][A-Z][a-z'’\-]+){0,2})[ \t]*(?:$|\n)",
    re.MULTILINE,
)

# Who a closing may thank that is no one's name (Thanks, Mate; Thank you, Sir).
_NOT_SIGNED: Final = frozenset(
    {"Mate", "Sir", "Madam", "Maam", "Mum", "Mom", "Dad", "Guys", "Folks", "Boss", "Doc",
     "Buddy", "Pal", "Bro", "Man", "Dude", "Y'all", "Friends", "Colleagues", "Both"}
)  # fmt: skip


def _signed(text: str) -> list[tuple[int, int, float]]:
    found: list[tuple[int, int, float]] = []
    for match in _CLOSING.finditer(text):
        name = match.group("name")
        if only_common_english(name) or name in _NOT_SIGNED:
            continue
        found.append((*match.span("name"), SCORE))
    return found


def name_handle_spans(text: str) -> list[tuple[int, int, float]]:
    """``(start, end, score)`` of the handles and same-line sign-off names in ``text``."""
    spans: list[tuple[int, int, float]] = []
    for match in _HANDLE.finditer(text):
        score = _kind(text, match)
        if score:
            spans.append((*match.span("handle"), score))
    spans.extend(_signed(text))
    return spans


class NameHandleRecognizer(SingleEntityRecognizer):
    """PERSON: a name as a chat or login handle, a name signed on the closing's line."""

    ENTITY: ClassVar[str] = PERSON

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if PERSON not in entities:
            return []
        return [RecognizerResult(PERSON, s, e, score) for s, e, score in name_handle_spans(text)]
