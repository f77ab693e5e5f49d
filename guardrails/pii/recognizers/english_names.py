"""English (and other Latin-script) names found by the sentence around them.

A name in English prose often has no label, honorific or self-introduction: ``Thanks,
Yuki!``, ``Li Wei will join the call``, ``I spoke with Emma Schultz yesterday``, ``Per
Tom Baker's email``, ``Pavel and Kim Min-jun are presenting``. What marks it is the family
of places a person takes in a sentence:

* **called by name** at the start of a line, after a greeting, thanks or apology
  (``Thanks, Yuki!``, ``Hi Emma,``, ``Sorry Pham Thu, I …``, ``Morning Tom, …``);
* **the subject of a person's verb**: one to three capitalised words, or several joined
  by ``and`` / ``,`` / ``;`` / ``&``, before ``will join``, ``is out sick``, ``said``, ``asked``,
  ``agreed``, ``from procurement`` and the like (``person_words/person_verbs_after.txt``);
* **the object of a verb said of people** (``spoke with``, ``welcome``, ``ask … to``,
  ``interviewed``, ``cc``; ``person_words/person_verbs_before.txt``);
* **a possessive of a person's things** (``Tom Baker's email``, ``… 's manager``).

A word counts as a name word when it is capitalised and is no ordinary English word
(``person_words/english_words.txt``), no place Sudachi knows (Paris, New York) and not,
for a single word, a common noun Sudachi knows (Support, Sales, Drive). A run of several
words is a name when not all of its words are common nouns to Sudachi (``Customer
Success`` is a team, ``Tom Baker`` a person: Tom is a proper noun) and it does not end in
a company word (``Yamada Denki``). Products and companies (``Google Drive``, ``Apple``)
have the same shape; they pass only where the sentence says person, and then they are
masked: the fail-closed side. Scores 0.8. Pure functions; never raise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from guardrails.pii.nlp_engine import Morph
from guardrails.pii.recognizers.english_words import COMMON_ENGLISH_WORDS
from guardrails.pii.recognizers.word_list import load_word_list

__all__ = ["english_name_spans", "is_english_name"]

SCORE: Final = 0.8
LABEL_SCORE: Final = 0.9

# Letters of Latin-script names beyond ASCII (Aoife Ní Bhriain, Tomás, Zoë, Łukasz).
_UPPER: Final = r"A-ZÀ-ÖØ-ÞĀ-ſ"
_LOWER: Final = r"a-zß-öø-ÿĀ-ſ"
_WORD: Final = (
    rf"(?:Mc|Mac|O['’]|D['’])?[{_UPPER}][{_LOWER}]+(?:-(?:O['’])?[A-Za-z{_UPPER}][{_LOWER}]+)?"
)
# Particles inside a surname: Dutch, German, Romance, Arabic, Irish (Ní, Nic, Ó, Ua).
_PARTICLE: Final = r"(?:van|von|de|da|del|der|den|la|le|bin|al|dos|das|do|du|Ní|Nic|Ó|Ua)"
_NAME: Final = rf"{_WORD}(?:[ ](?:{_PARTICLE}[ ])?{_WORD}){{0,2}}"
_LIST: Final = rf"{_NAME}(?:(?:,[ ]|;[ ]|[ ](?:and|&)[ ]|,[ ]and[ ]){_NAME}){{0,4}}"
_GREETING: Final = (
    r"(?:Thanks|Thank you|Thanks again|Thx|Ty|Hi|Hey|Hello|Dear|Morning|Good morning"
    r"|Afternoon|Good afternoon|Evening|Good evening|Sorry|Congrats|Congratulations|Welcome"
    r"|Welcome back|Bye|Cheers|Great job|Well done|Nice work|Good job|Ok|OK|Okay|Yes|No|Sure"
    r"|Happy birthday|Get well soon|Noted|Got it)"
)
_VOCATIVE: Final = re.compile(
    rf"(?:^|(?<=[\n\"'「(]))[ \t]*{_GREETING},?[ ]+({_LIST})(?=[ ]*(?:[!,.?:;—–]|-[ ]|$))",
    re.MULTILINE,
)
_AFTER: Final = "|".join(load_word_list("person_verbs_after"))
_SHARED_AFTER: Final = "|".join(load_word_list("shared_verbs_after"))
_BEFORE: Final = "|".join(load_word_list("person_verbs_before"))
_SUBJECT: Final = re.compile(rf"(?<![A-Za-z'’\-])({_LIST})(?=[ ]+(?:{_AFTER})\b)")
# Said of organisations too: only a run of several words, or a list, is taken.
_SHARED_SUBJECT: Final = re.compile(rf"(?<![A-Za-z'’\-])({_LIST})(?=[ ]+(?:{_SHARED_AFTER})\b)")
_OBJECT: Final = re.compile(rf"(?<![A-Za-z'’\-])(?i:{_BEFORE})[ ]+({_LIST})(?![A-Za-z'’\-])")
_POSSESSIVE: Final = re.compile(
    rf"(?<![A-Za-z'’\-])({_NAME})['’]s[ ](?:{'|'.join(load_word_list('person_things'))})\b"
)
_LEADING: Final = re.compile(
    rf"(?:(?:{'|'.join(sorted(load_word_list('english_words'), key=len, reverse=True))}"
    rf"|Per|Please|Ask|Tell|Cc|Welcome|Thanks|Yesterday|Today|Tomorrow|Also|So|Then|But|And)[ ])+",
    re.IGNORECASE,
)
# Names in capitals, as on cards, passports and bookings, only where a label or a title
# says person: "Name on card is PRIYA RAGHUNATHAN", "cardholder: TARO YAMADA", "MR JOHN
# SMITH". Two or three words after a label (a single word may be a brand: name: SONY).
_CAPS_WORD: Final = r"[A-Z][A-Z'\-]+"
_CAPS_LABEL: Final = re.compile(
    r"(?i:name[ ]on[ ](?:the[ ])?(?:card|passport|ticket|booking|reservation|account)"
    r"|card[ ]?holder(?:'s)?(?:[ ]name)?|account[ ]holder(?:[ ]name)?|passenger(?:[ ]name)?"
    r"|guest[ ]name|(?:full|legal|given|family|last|first)[ ]name|name|traveler|traveller"
    r"|holder|surname|payee|beneficiary|recipient"
    # people a form or a residence document names (Applicant: KIM JI-HOON, sixteenth round)
    r"|applicant|candidate|patient|tenant|resident|student|employee|trainee|intern|client"
    r"|customer|sender|caller|visitor|attendee|my[ ]name[ ]is)"
    rf"(?:[ ]*(?:is|:|=|-|—)[ ]*|[ ]+)({_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{1,2}})(?![A-Za-z])"
)
# A name in ordinary case after a label or a self-introduction that says whose name comes
# (My current name is Sophie Turner-Hale, holder Aoife O'Connor, name on the card: …):
# two or three name words, hyphenated and apostrophe surnames whole.
_NAME_LABEL: Final = re.compile(
    r"(?i:\bmy[ ](?:\w+[ ]){0,2}name[ ](?:is|was)|\bname[ ]on[ ](?:the|my)[ ]"
    r"(?:card|account|passport|ticket|booking|reservation|licen[cs]e)(?:[ ]is)?"
    r"|\b(?:card|account)?[ ]?holder(?:'s[ ]name)?|\baccount[ ]name|\b(?:full|legal)[ ]name"
    r"|\bunder[ ]the[ ]name(?:[ ]of)?|\bregistered[ ](?:to|under))"
    rf"(?:[ ]*(?:is|:|=|-|—)[ ]*|[ ]+)({_WORD}(?:[ ]{_WORD}){{1,2}})(?![A-Za-z'’\-])"
)
# The writer naming themself at the start of a message or sentence (nineteenth round):
# "This is Tom again", "Hi, it's Priya from sales", "Jean-Luc Dubois here —". The name is
# followed by what such an opening says next (again, here, speaking, from …, a comma).
# "This is" / "it's" + a word alone is said of things too (This is Python.): without a
# greeting before it the name must be followed by again, here, speaking, from, calling.
_SELF_NAMED: Final = re.compile(
    r"(?:^|(?<=[\n.!?])[ ]*)[ \t]*(?:"
    rf"(?i:(?:hi|hey|hello|hiya|yo)[,!]?[ ]+(?:this[ ]is|it'?s|it[ ]is|i'?m|i[ ]am))[ ]+({_NAME})"
    r"(?=[ ]*(?:again\b|here\b|speaking\b|from\b|[,—–!]|-[ ]|\.(?:[ ]|$)|$))"
    rf"|(?i:this[ ]is|it'?s|it[ ]is)[ ]+({_NAME})"
    r"(?=[ ]+(?:again|here|speaking|from|calling|writing)\b)"
    rf"|(?i:i'?m|i[ ]am)[ ]+({_NAME})"
    r"(?=[ ]*(?:again\b|here\b|from\b|[,—–!]|-[ ]|\.(?:[ ]|$)|$))"
    rf"|({_NAME})[ ]+here(?=[ ]*(?:[,—–!.:;]|-[ ]|$)))",
    re.MULTILINE,
)
# Given names listed after a label that says people (Team: Ann, Bo, Chidi; Squad for
# Saturday: Leo, Mia …): two or more items, each checked as a name alone.
_PEOPLE_LABEL: Final = re.compile(
    r"(?:^|(?<=[\n(]))[ \t]*(?i:team|squad|crew|members?|attendees?|participants?|guests?"
    r"|invitees?|players?|roster|line-?up|reviewers?|assignees?|owners?|on[ -]call|carpool"
    r"|volunteers?|speakers?|panel(?:ists)?|cc|bcc)(?:[ ]+(?i:for|on|of|this|next)[ ]+[\w ]{1,24})?"
    rf"[ ]*[:：][ ]*({_LIST})",
    re.MULTILINE,
)
_TWO_CAPITALS: Final = re.compile(r"[A-Z][A-Z]")
_CAPS_TITLE: Final = re.compile(
    r"(?<![A-Za-z])(?:MR|MRS|MS|MISS|DR|Mr|Mrs|Ms|Dr)\.?[ ]+"
    rf"({_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,2}})"
    r"(?![A-Za-z])"
)
# A markdown list item or a bold item that is a full name by itself ("- **Emily Tran** —
# email", "* Raj Mehta: +1 …", "1. Ana Ruiz (guest)"): a contact, guest or attendee list.
_LIST_ITEM: Final = re.compile(
    rf"^[ \t]*(?:[-*+•・]|\d{{1,3}}[.)])[ \t]+(?:\*\*|__)?({_WORD}(?:[ ]{_WORD}){{1,2}})"
    r"(?:\*\*|__)?(?=[ ]*(?:[:—–|,(]|-[ ]|<|$))",
    re.MULTILINE,
)
# The item is a person's when its line carries a contact or a role, or the list is headed
# as people (Guests, Attendees, Contacts …); "- Action Items:" and "* Google Drive: shared
# folder" are neither.
_ITEM_PERSON_LINE: Final = re.compile(
    r"@|\+?\d[\d ()-]{5,}|\b(?i:guest|attendee|speaker|host|organi[sz]er|participant|"
    r"member|contact|email|e-mail|phone|tel|mobile|cell|manager|engineer|director|lead|"
    r"intern|student|teacher|doctor|nurse|client|customer|vendor|chair|rsvp|plus one|\+1)\b"
)
_ITEM_PERSON_HEAD: Final = re.compile(
    r"(?i:guests?|attendees?|invitees?|participants?|contacts?|speakers?|members?|people|"
    r"staff|team|rsvps?|who's coming|who is coming|roster|panel(?:ists)?|hosts?)"
)
# A romanised Korean or Chinese name with a hyphenated given name (Lee Ji-woo, Kim Min-jun,
# Wang Xiao-ming, Ji-woo Lee): the hyphenated syllables are a given name's shape, and with a
# common family name of those languages beside them the whole is one name, in any sentence.
_EAST_ASIAN_FAMILY: Final = (
    r"(?:Kim|Lee|Yi|Park|Pak|Choi|Choe|Jung|Jeong|Chung|Kang|Cho|Jo|Yoon|Yun|Jang|Chang|Lim|Im|"
    r"Han|Oh|Seo|Suh|Shin|Kwon|Hwang|Ahn|An|Song|Yoo|Yu|Ryu|Hong|Jeon|Ko|Go|Moon|Mun|Yang|"
    r"Son|Bae|Baek|Heo|Nam|Noh|Ha|Kwak|Sung|Cha|Joo|Woo|Min|Wang|Li|Zhang|Liu|Chen|Huang|"
    r"Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|He|Lin|Gao|Luo|Zheng|Liang|Xie|Tang|Feng|Deng|Cao|"
    r"Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|Jiang|Du|Ye|Cheng|Wei|Su|Lu|Ding|Ren|Shen|Yao|"
    r"Chan|Wong|Lau|Cheung|Ng|Ho|Tsai|Lai|Leung|Chiu|Tse|Yip|Kwok|Fung|Tan|Lim|Teo|Goh)"
)
_SYLLABLES: Final = r"[A-Z][a-z]{1,5}-[a-z]{1,5}"
_EAST_ASIAN: Final = re.compile(
    rf"(?<![A-Za-z'’\-])(?:{_EAST_ASIAN_FAMILY}[ ]{_SYLLABLES}|{_SYLLABLES}[ ]{_EAST_ASIAN_FAMILY}"
    rf"|(?:{_EAST_ASIAN_FAMILY.upper()})[ ][A-Z][a-z]{{1,5}}-[a-z]{{1,5}})(?![A-Za-z\-])"
)
# A name in capitals written family name first, a common East Asian or Vietnamese family
# name and one or two more words (NGUYEN THI LAN, DO VAN HAI, KIM JI-HOON), after a label
# that says person: its words may be English ones (Do, Van) and still be a name.
_FAMILY_FIRST: Final = re.compile(
    rf"(?:{_EAST_ASIAN_FAMILY}|Nguyen|Tran|Le|Pham|Hoang|Huynh|Phan|Vu|Vo|Dang|Bui|Do|Ngo|Duong"
    r"|Ly|Trinh|Dinh|Mai|Cao)(?:[ ][A-Z][a-z'\-]+){1,3}$"
)
# A thing whose name a label asks for (Store name:, Product name:, Company name:).
_THING_BEFORE_LABEL: Final = re.compile(
    r"(?i:store|shop|company|product|brand|file|project|team|app|application|business|restaurant"
    r"|hotel|branch|venue|event|school|hospital|clinic|organi[sz]ation|domain|host|server|model"
    r"|device|course|book|band|item|service|plan|folder|channel|group|pet)[ ]$"
)
_ITEM_SPLIT: Final = re.compile(r",[ ]and[ ]|,[ ]|[ ](?:and|&)[ ]")
_ORG_WORDS: Final = frozenset(load_word_list("romaji_org_words"))
_PLACES: Final = frozenset(w.lower() for w in load_word_list("romaji_places"))


def english_name_spans(text: str, doc: Sequence[Morph]) -> list[tuple[int, int, float]]:
    """``(start, end, score)`` of the names the sentence marks as persons (see above)."""
    found: list[tuple[int, int, float]] = []
    if "-" in text:
        found.extend((m.start(), m.end(), SCORE) for m in _EAST_ASIAN.finditer(text))
    # Most texts (Japanese ones above all) have no two capitals in a row: skip both scans.
    caps = (_CAPS_LABEL, _CAPS_TITLE) if _TWO_CAPITALS.search(text) else ()
    for pattern in caps:
        for match in pattern.finditer(text):
            item = match.group(1)
            if pattern is _CAPS_LABEL and _THING_BEFORE_LABEL.search(
                text, max(0, match.start() - 20), match.start()
            ):
                continue  # Store name: APPLE STORE, Product name: …: a thing's name
            if _is_name(item.title(), match.start(1), doc) or _FAMILY_FIRST.match(item.title()):
                found.append((match.start(1), match.end(1), SCORE))
    if not text.isascii() and not re.search(r"[A-Z][a-z]", text):
        return found
    for match in _LIST_ITEM.finditer(text):
        line_end = text.find("\n", match.end(1))
        rest = text[match.end(1) : len(text) if line_end < 0 else line_end]
        if _ITEM_PERSON_LINE.search(rest) or _ITEM_PERSON_HEAD.search(
            text, max(0, match.start() - 200), match.start()
        ):
            found.extend(_items(text, match.start(1), match.end(1), doc))
    for match in _NAME_LABEL.finditer(text):
        # The label says person: a given name that is also a word (Grace, Hope) is one.
        words = match.group(1).split(" ")
        if _is_name(words[-1], match.start(1) + match.group(1).rindex(words[-1]), doc):
            # Surer than a reader that cut the name at its apostrophe (Grace O|'Connor).
            found.append((match.start(1), match.end(1), LABEL_SCORE))
    for pattern in (_VOCATIVE, _SUBJECT, _OBJECT, _POSSESSIVE):
        for match in pattern.finditer(text):
            found.extend(_items(text, match.start(1), match.end(1), doc))
    for match in _SELF_NAMED.finditer(text):
        group = next(g for g in range(1, 5) if match.group(g) is not None)
        found.extend(_items(text, match.start(group), match.end(group), doc))
    for match in _PEOPLE_LABEL.finditer(text):
        found.extend(_listed_people(text, match.start(1), match.end(1), doc))
    for match in _SHARED_SUBJECT.finditer(text):
        items = _items(text, match.start(1), match.end(1), doc)
        if len(items) >= 2 or any(" " in text[s:e] for s, e, _ in items):
            found.extend(items)
    return found


def _items(text: str, start: int, end: int, doc: Sequence[Morph]) -> list[tuple[int, int, float]]:
    """The names of a list ``start:end`` (Pavel and Kim Min-jun), each checked alone."""
    spans: list[tuple[int, int, float]] = []
    position = start
    for separator in [*_ITEM_SPLIT.finditer(text, start, end), None]:
        item_end = end if separator is None else separator.start()
        # Words that open the sentence are not the name (Per Tom Baker's, Yesterday Li Wei).
        lead = _LEADING.match(text, position, item_end)
        if lead is not None:
            position = lead.end()
        item = text[position:item_end]
        if item and _is_name(item, position, doc):
            spans.append((position, item_end, SCORE))
        if separator is not None:
            position = separator.end()
    return spans


def _listed_people(
    text: str, start: int, end: int, doc: Sequence[Morph]
) -> list[tuple[int, int, float]]:
    """The items of a list a label says is people (Team: Ann, Bo, Mia): at least two items;
    when most pass as names alone, the rest are names too unless an ordinary English word,
    a place or a company word (a list puts like with like; Mia is a word to Sudachi)."""
    items: list[tuple[int, int]] = []
    position = start
    for separator in [*_ITEM_SPLIT.finditer(text, start, end), None]:
        item_end = end if separator is None else separator.start()
        items.append((position, item_end))
        if separator is not None:
            position = separator.end()
    if len(items) < 2:
        return []
    named = {(s, e) for s, e in items if _is_name(text[s:e], s, doc)}
    if 2 * len(named) <= len(items):
        return [(s, e, SCORE) for s, e in items if (s, e) in named]
    spans: list[tuple[int, int, float]] = []
    for s, e in items:
        words = text[s:e].lower().split(" ")
        if (s, e) in named or not (
            any(w in COMMON_ENGLISH_WORDS or w in _PLACES for w in words)
            or words[-1] in _ORG_WORDS
            or "place" in (_kind(w, s + text[s:e].lower().index(w), doc) for w in words)
        ):
            spans.append((s, e, SCORE))
    return spans


def is_english_name(item: str, start: int, doc: Sequence[Morph]) -> bool:
    """Whether the capitalised words ``item`` (at ``start`` of the text ``doc`` tokenises)
    pass as a name: no ordinary English word, no place, not all common nouns to Sudachi,
    not ending in a company word."""
    return _is_name(item, start, doc)


def _is_name(item: str, start: int, doc: Sequence[Morph]) -> bool:
    words = [w for w in item.split(" ") if not re.fullmatch(_PARTICLE, w)]
    if not words or any(w.lower() in COMMON_ENGLISH_WORDS for w in words):
        return False
    if words[-1].lower() in _ORG_WORDS or any(w.lower() in _PLACES for w in words):
        return False
    kinds = [_kind(w, start + item.index(w), doc) for w in words]
    if "place" in kinds[:1] or ("place" in kinds and kinds[0] != "person"):
        # Maria dos Santos, Ana Lima: after a first name a place is a surname.
        return False
    return not all(kind == "common" for kind in kinds)


def _kind(word: str, offset: int, doc: Sequence[Morph]) -> str:
    """How Sudachi reads the word at ``offset``: ``place``, ``common`` (a word it knows that
    is no proper noun) or ``other`` (a proper noun, a name, or a word it does not know)."""
    for token in doc:
        if token.idx == offset and len(token.text) >= len(word):
            if "地名" in token.tag:
                return "place"
            if "人名" in token.tag and len(token.text) == len(word):
                return "person"
            if token.oov or token.tag.startswith("名詞-固有名詞"):
                return "other"
            return "common" if len(token.text) == len(word) else "other"
        if token.idx > offset:
            break
    return "other"
