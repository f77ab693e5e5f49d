"""The other people of a list that names a person: 安夏と<PERSON_1>、…, ``Declan Vasquez,
<PERSON_1>, and me``, ``"attendees": "山本、松下"``.

Contract: ``with_list_partners(text, doc, results)`` returns ``results`` (the resolved
findings of one text) plus a ``PERSON`` result for each word joined to a found person by a
list separator (、 , ・ / と and &) that is itself name-shaped: a Japanese word the
dictionary lists as a surname or given name in any reading (``name_kinds``) and Sudachi
reads as a proper noun that is no place (or does not know), or a full name in Latin
letters that the English name rules accept (no ordinary English word, no place, not all
common nouns to Sudachi). Repeats for the partners' partners (a list of three).

A list written one item per line under the same mark (``* ``, ``- ``, ``•``, ``・``,
``1.``, ``2)``, ``①``): the head of every item (up to the line's end or a dash, colon,
bar, bracket or comma that starts a note) is a partner of a found person heading another
item; and when no item was found, every head being a full name of two or three
capitalised words the English name rules accept, none ending in a street or site word
(Franklin Street, Hyde Park), and one opening with a known given name
(``english_given_names.txt``), the list is a list of people (``* Margot Pritchard⏎* Priya
Brennan``). Pure; never raises.

Why: a list puts like with like. One member marked by a cue or found by the NER says what
the others are; a listed name beside it with nothing else to mark it (松下 in 山本さん、
松下) would otherwise be left to a NER that reads lists poorly. Not taken: a word that is
no listed name (会議 in 田中と会議), a place Sudachi knows (寺町), a common noun the
dictionary also lists as a name (長男, 真珠), a hiragana word (なお、 opens a sentence), a
single Latin word (a place or a product in a table: Ostrava, Forth).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Final

from presidio_analyzer import RecognizerResult
from spacy.tokens import Doc

from guardrails.pii.entities import PERSON
from guardrails.pii.nlp_engine import Morph, morphs, name_kinds
from guardrails.pii.recognizers.english_names import is_english_name
from guardrails.pii.recognizers.english_words import COMMON_ENGLISH_WORDS
from guardrails.pii.recognizers.folded_names import GIVEN_NAMES, surname_shaped
from guardrails.pii.recognizers.word_list import load_word_list
from guardrails.pii.spans import DisjointSpans, SpanIndex

__all__ = ["with_list_partners"]

SCORE: Final = 0.75
_ROUNDS: Final = 4

# A quoted list (JSON arrays, 「山本」と「松下」): the quotes close and open around the
# separator (twentieth round).
_QUOTE: Final = r"[\"“”「」『』]?"
_SEPARATOR: Final = (
    rf"[ \t\u3000]*{_QUOTE}[ \t\u3000]*(?:、|,|，|・|/|／|と|&|＆|and|,[ ]and)"
    rf"[ \t\u3000]*{_QUOTE}[ \t\u3000]*"
)
_KANJI: Final = r"[\u4e00-\u9fff々]{2,4}"
_KATAKANA: Final = r"[\u30a1-\u30faー]{2,8}"
# A full name in Latin letters (a single capitalised word in a list is as often a place
# or a product: Ostrava, Forth).
# Particle, prefixed and hyphenated surnames whole (Anouk de Vries, Callum McDonald,
# Siobhan O'Neil, Sarah Lewis-Hart; twentieth round).
# Accented letters too (Ramírez, Zoë; twentieth round, third pass).
_LATIN_WORD: Final = r"(?:Mc|Mac|O['’])?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?"
# A full name typed in lower case beside a found one (["Ann Lee", "jack turner"]).
_LATIN: Final = (
    rf"{_LATIN_WORD}(?:[ ](?:(?:van|von|de|da|del|der|den|la|le|dos|das|du|bin|al)[ ]){{0,2}}"
    rf"{_LATIN_WORD}){{1,2}}|[a-z]{{2,14}}[ ][a-z][a-z'’\-]{{1,19}}"
)
_LATIN_PARTICLES: Final = frozenset(
    ["van", "von", "de", "da", "del", "der", "den", "la", "le", "dos", "das", "du", "bin", "al"]
)
_HONORIFIC: Final = r"(?:さん|様|さま|くん|君|ちゃん|氏|先生)?"
_AFTER: Final = re.compile(
    rf"{_HONORIFIC}(?P<sep>{_SEPARATOR})(?P<word>{_KANJI}|{_KATAKANA}|{_LATIN})"
)
_BEFORE: Final = re.compile(rf"(?P<word>{_KANJI}|{_KATAKANA}|{_LATIN})(?P<sep>{_SEPARATOR})$")
_RELATIONS: Final = frozenset(load_word_list("relation_words"))
# What may follow a partner: another separator, a particle, an honorific, punctuation.
_ENDS: Final = re.compile(
    r"$|[、,，・/／&＆。．.!?！？()（）「」\"\s:：]|と|の|が|は|も|を|に|で|や|さん|様|くん|ちゃん|氏|and\b"
)


def with_list_partners(
    text: str, doc: Doc, results: Sequence[RecognizerResult]
) -> list[RecognizerResult]:
    """``results`` and the name-shaped partners of its persons in a list (see above)."""
    out = list(results)
    kinds = name_kinds(doc)
    out.extend(_item_partners(text, doc, out, kinds))
    persons = [r for r in out if r.entity_type == PERSON]
    if not persons:
        return out
    for _ in range(_ROUNDS):
        added: list[RecognizerResult] = []
        found = SpanIndex((r.start, r.end) for r in out)
        taken = DisjointSpans()
        for person in persons:
            for start, end in _partners(text, person.start, person.end):
                if found.overlaps(start, end) or taken.overlaps(start, end):
                    continue
                if _name_shaped(text, start, end, doc, kinds) or _counted_people(
                    text, start, end, doc
                ):
                    added.append(RecognizerResult(PERSON, start, end, SCORE))
                    taken.add(start, end)
        if not added:
            break
        out.extend(added)
        persons = added
    out.extend(_sandwiched(text, doc, out, kinds))
    return out


# A bulleted or numbered list written one item per line (``* Ann Lee``, ``2) Ann Lee:
# remote``, ``・堀江 陽菜（営業部）``, ``② 三宅 蓮``): the item's head is the name, up to the
# end of the line or a dash, colon, bar, bracket or comma that starts a note.
_MARK: Final = r"[-・*•●○◦▪]|\d{1,2}[.)．）]|[①-⑳]"
_ITEM_LINE: Final = re.compile(rf"^[ \t\u3000]*(?P<mark>{_MARK})[ \t\u3000]*", re.MULTILINE)
_HEAD: Final = re.compile(
    rf"(?P<word>{_LATIN}|{_KANJI}(?:[ \u3000][\u3041-\u30fa\u4e00-\u9fff々ー]{{1,4}})?"
    rf"|{_KATAKANA}(?:[・＝ \u3000]{_KATAKANA})?)"
    r"(?=[ \t\u3000]*(?:$|[–—:：|｜(（,，、/／]|-[ ]))",
    re.MULTILINE,
)


_CJK: Final = re.compile(r"[\u3041-\u30fa\u4e00-\u9fff々]")


def _mark_kind(mark: str) -> str:
    if mark[0].isdigit():
        return "number"
    if "①" <= mark <= "⑳":
        return "circled"
    return mark


def _item_partners(
    text: str,
    doc: Doc,
    results: Sequence[RecognizerResult],
    kinds: Callable[[str], frozenset[str]],
) -> list[RecognizerResult]:
    """The name-shaped heads of the other items of a line list one of whose items is
    headed by a found person (a list puts like with like; the first item is often the
    one a NER or a cue found)."""
    if "\n" not in text:
        return []
    persons = [r for r in results if r.entity_type == PERSON]
    runs: list[list[tuple[int, int]]] = []
    previous_end, previous_kind = -2, ""
    for match in _ITEM_LINE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        kind = _mark_kind(match.group("mark"))
        head = _HEAD.match(text, match.end())
        span = head.span("word") if head is not None else (match.end(), match.end())
        if runs and kind == previous_kind and line_start == previous_end + 1:
            runs[-1].append(span)
        else:
            runs.append([span])
        line_end = text.find("\n", match.end())
        previous_end = len(text) if line_end < 0 else line_end
        previous_kind = kind
    found = SpanIndex((r.start, r.end) for r in results)
    heads = SpanIndex((p.start, p.end) for p in persons)
    added: list[RecognizerResult] = []
    for run in runs:
        if len(run) < 2:
            continue
        if not any(s < e and heads.overlaps(s, e) for s, e in run) and not (
            all(_full_name_head(text, s, e, doc) for s, e in run)
            and any(text[s:e].split(" ")[0].lower() in GIVEN_NAMES for s, e in run)
        ):
            continue
        for start, end in run:
            if start == end or found.overlaps(start, end):
                continue
            if _head_name_shaped(text, start, end, doc, kinds):
                added.append(RecognizerResult(PERSON, start, end, SCORE))
    return added


def _full_name_head(text: str, start: int, end: int, doc: Doc) -> bool:
    """A head of two or three capitalised Latin words the English name rules accept. A
    list of such heads, one of them opening with a known given name, is a list of people
    even when nothing else found one of them; a list of cities, streets or products is
    not (one word, a place, or an ordinary English word)."""
    word = text[start:end]
    return (
        " " in word
        and not word.islower()
        and all(c.isalpha() or c in " '’-" for c in word)
        and word.rsplit(" ", 1)[-1].lower() not in _PLACE_LAST
        and is_english_name(word, start, morphs(doc))
    )


# The last word of a street's or a site's name (Franklin Street, Madison Road, Hyde Park).
_PLACE_LAST: Final = frozenset(
    [
        "street",
        "st",
        "avenue",
        "ave",
        "road",
        "rd",
        "lane",
        "drive",
        "boulevard",
        "way",
        "court",
        "place",
        "terrace",
        "square",
        "park",
        "station",
        "bridge",
        "hall",
        "gardens",
        "crescent",
        "close",
        "row",
        "hill",
    ]
)


def _head_name_shaped(
    text: str, start: int, end: int, doc: Doc, kinds: Callable[[str], frozenset[str]]
) -> bool:
    word = text[start:end]
    if word.isascii():
        return _name_shaped(text, start, end, doc, kinds)
    if _CJK.search(word) is None:
        return _full_name_head(text, start, end, doc)  # accented Latin: Andrea Ramírez
    pieces = re.split(r"[ \u3000]", word, maxsplit=1)
    if len(pieces) == 1:
        return _name_shaped(text, start, end, doc, kinds)
    # 堀江 陽菜: the surname as a listed name, the given name listed or in kana.
    first, last = pieces
    return _name_shaped(text, start, start + len(first), doc, kinds) and (
        bool(kinds(last)) or re.fullmatch(r"[\u3041-\u30faー]{1,4}", last) is not None
    )


# One word between two found persons, with the same separator on both sides (高橋、林、
# 井上; 山本・森・<PERSON_2>): a list member. Here a one-kanji surname counts, and so does a
# word Sudachi also reads as a common noun (林 "forest", 森, 原): the list decides; a
# place or a relation word still does not.
_BETWEEN: Final = re.compile(
    rf"{_HONORIFIC}(?P<sep>、|,|，|・|/|／)[ \t\u3000]*"
    rf"(?P<word>[\u4e00-\u9fff々]{{1,4}}|{_KATAKANA})"
    rf"{_HONORIFIC}[ \t\u3000]*(?P=sep)[ \t\u3000]*$"
)


def _sandwiched(
    text: str,
    doc: Doc,
    results: Sequence[RecognizerResult],
    kinds: Callable[[str], frozenset[str]],
) -> list[RecognizerResult]:
    persons = sorted((r for r in results if r.entity_type == PERSON), key=lambda r: r.start)
    taken = SpanIndex((r.start, r.end) for r in results)
    found: list[RecognizerResult] = []
    for left, right in pairwise(persons):
        gap = text[left.end : right.start]
        if not 2 < len(gap) <= 16:
            continue
        match = _BETWEEN.match(gap)
        if match is None:
            continue
        start, end = left.end + match.start("word"), left.end + match.end("word")
        word = text[start:end]
        if word in _RELATIONS or not {"姓", "名"} & kinds(word):
            continue
        tokens = _tokens(doc, start, end)
        if any("地名" in m.tag for m in tokens):
            continue
        if taken.overlaps(start, end):
            continue
        found.append(RecognizerResult(PERSON, start, end, SCORE))
    return found


def _partners(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    after = _AFTER.match(text, end)
    if after is not None and _ENDS.match(text, after.end()):
        spans.append(after.span("word"))
    before = _BEFORE.search(text, max(0, start - 24), start)
    if before is not None:
        word_start = before.start("word")
        prior = text[word_start - 1] if word_start > 0 else ""
        if not prior or _script_of(prior) != _script_of(before.group("word")[0]):
            spans.append(before.span("word"))
    return spans


# A pair followed by a count of people (球絵と<PERSON_1>の二人で, 佐藤と〇〇の2人): both are.
_PEOPLE_COUNT: Final = re.compile(r"[^。、\n]{0,12}?の(?:二人|2人|ふたり|三人|3人|お二人)")


def _counted_people(text: str, start: int, end: int, doc: Doc) -> bool:
    """A word Sudachi does not read as one common noun (球|絵, not 会議), before a count."""
    word = text[start:end]
    if word.isascii() or word in _RELATIONS or _PEOPLE_COUNT.match(text, end) is None:
        return False
    tokens = _tokens(doc, start, end)
    one_common = (
        len(tokens) == 1 and tokens[0].tag.startswith("名詞-普通名詞") and not tokens[0].oov
    )
    return not one_common and not any("地名" in m.tag for m in tokens)


def _name_shaped(
    text: str, start: int, end: int, doc: Doc, kinds: Callable[[str], frozenset[str]]
) -> bool:
    word = text[start:end]
    if word.isascii() and word.islower():
        # Beside a found name the list is the evidence: the first word must still be no
        # word to Sudachi (a name or unknown), the second only no ordinary English word.
        first, _, last = word.partition(" ")
        return (
            " " not in last
            and first not in COMMON_ENGLISH_WORDS
            and surname_shaped(first, start, morphs(doc))
            and surname_shaped(last, start + len(first) + 1, ())
        )
    tokens = _tokens(doc, start, end)
    # A place (寺町, 鳥羽) or a word (長男, 真珠) the dictionary also lists as a name: the
    # partner must be read as a proper noun that is no place, or be unknown to Sudachi.
    if word in _RELATIONS or any(
        "地名" in m.tag
        or (
            m.tag.startswith("名詞-普通名詞")
            and not m.oov
            and m.text not in _LATIN_PARTICLES
            and m.text not in "'’-"
        )
        for m in tokens
    ):
        return False
    if word.isascii():
        return is_english_name(word, start, morphs(doc))
    return bool(kinds(word))


_STARTS_KEY: Final = "mamori_list_partner_starts"


def _tokens(doc: Doc, start: int, end: int) -> list[Morph]:
    """The Sudachi tokens overlapping ``[start, end)``, found by bisection (the tokens are
    in text order and do not overlap): a scan of every token per candidate made a long
    list of names quadratic."""
    tokens = morphs(doc)
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None or len(starts) != len(tokens):
        starts = [m.idx for m in tokens]
        doc.user_data[_STARTS_KEY] = starts
    index = max(bisect.bisect_right(starts, start) - 1, 0)
    found: list[Morph] = []
    while index < len(tokens) and tokens[index].idx < end:
        token = tokens[index]
        if start < token.idx + len(token.text):
            found.append(token)
        index += 1
    return found


def _script_of(char: str) -> str:
    if "\u3041" <= char <= "\u309f":
        return "h"
    if "\u30a0" <= char <= "\u30ff":
        return "k"
    if "\u4e00" <= char <= "\u9fff" or char == "々":
        return "c"
    if char.isascii() and char.isalpha():
        return "l"
    return "o"
