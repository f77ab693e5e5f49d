"""Names completed by the layout they sit in: a Latin surname's particles (``Pieter van der
Berg``), and the other cells of a table column that holds names (CSV, TSV, ``|`` tables).

Contract: both functions take the resolved findings of one text (normalised offsets) and
return them with PERSON spans widened or added; other findings are never changed, and a
widened or added span never overlaps a finding of another type. Pure; never raise.

* :func:`with_surname_particles`: a Latin PERSON span that ends in a surname particle
  (``van``, ``de``, ``dos`` …; a reader stopped at it) or is followed by one or two
  particles and a capitalised word is widened over them: the particle is no name to the
  readers, so ``Pieter van`` was masked and ``der Berg`` sent in clear.
* :func:`with_column_partners`: in a block of two or more lines with the same number of
  one delimiter (``,``, tab, ``;``, ``|``), a column where at least half the cells hold a
  PERSON, or headed by a label that names people (``full_name``, ``氏名``, ``担当者``; not
  a bare ``name``, which heads products too), is a column of names. Each of its cells that
  is name-shaped is masked whole: letters, spaces and name punctuation, no digit, at most
  four words and 24 characters; in Latin letters, two or more words the English name rules
  accept (not Harvard University; a single word may be a place or a title); otherwise a
  listed surname or given name and no place. So a given name that is also a word (``西村
  勇気``) or a cell no reader took is masked. A first line with no PERSON whose cell is a
  label (``name``, ``氏名``) is the header and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from presidio_analyzer import RecognizerResult
from spacy.tokens import Doc

from guardrails.pii.entities import PERSON
from guardrails.pii.latin_marks import fold_marks
from guardrails.pii.nlp_engine import morphs, name_kinds
from guardrails.pii.recognizers.english_names import is_english_name
from guardrails.pii.recognizers.english_words import COMMON_ENGLISH_WORDS
from guardrails.pii.recognizers.folded_names import GIVEN_NAMES
from guardrails.pii.recognizers.word_list import load_word_list
from guardrails.pii.spans import SpanIndex

__all__ = ["with_column_partners", "with_kana_surnames", "with_surname_particles"]

SCORE: Final = 0.75

_PARTICLE: Final = r"(?:van|von|de|da|del|della|der|den|di|du|la|le|dos|das|do|bin|ibn|al|ter|ten)"
_NAME_WORD: Final = r"(?:Mc|Mac|O['’]|D['’])?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-Z][a-z]+)?"
_ENDS_IN_PARTICLE: Final = re.compile(rf"[ ]{_PARTICLE}$")
_TAIL_AFTER_PARTICLE: Final = re.compile(rf"(?:[ ]{_PARTICLE}){{0,2}}[ ]{_NAME_WORD}(?![\w'’])")
_PARTICLES_THEN_WORD: Final = re.compile(rf"(?:[ ]{_PARTICLE}){{1,2}}[ ]{_NAME_WORD}(?![\w'’])")

# The second half of a double-barrelled surname a reader left out (Greer Abernethy|-Brodeur).
_BARREL: Final = re.compile(r"-[A-Z][a-z]{1,20}(?![\w'’-])")
# An Irish or Norman surname a reader cut at its apostrophe (David O|'Connor, Mr. D|'Arcy;
# thirty-first round): the rest of the surname after the lone capital.
_CUT_AT_APOSTROPHE: Final = re.compile(r"(?:^|[ ])[OD]$")
_APOSTROPHE_TAIL: Final = re.compile(r"['’][A-Z][a-z]{1,20}(?:-[A-Z][a-z]{1,20})?(?![\w'’])")
# A Japanese surname, one space (a full-width space before normalising), and a given name of
# one to three kanji before a particle, an honorific or the end (永井 大地が: 大地 is a word
# to the dictionary, so a reader took the surname alone; round 21).
_JA_SURNAME: Final = re.compile(r"[\u4e00-\u9fff々]{1,3}")
_JA_GIVEN_TAIL: Final = re.compile(
    r"[ ]([\u4e00-\u9fff々]{1,3})"
    r"(?=さん|様|殿|君|くん|ちゃん|が|は|に|を|と|の|も|へ|です|[、。,.!?！？」)\s]|$)"
)
_JA_NOT_GIVEN: Final = frozenset(
    {*load_word_list("titles"), *load_word_list("honorifics"), *load_word_list("role_words")}
)


# Thirty-second round: a known given name taken alone while a surname follows it (Reply to
# Wei| Zhang's complaint, ask Carmen| Villalobos): one capitalised word, possibly with a
# possessive, that is no ordinary English word, company word or place, with no further
# capitalised word after it (Anna Karenina Station stays a station's name to the readers).
_SURNAME_TAIL: Final = re.compile(rf"[ ]({_NAME_WORD})(?=['’]s\b|[^\w'’\-]|$)(?![ ][A-ZÀ-Þ])")
_ORG_WORDS: Final = frozenset(load_word_list("romaji_org_words"))
_PLACES: Final = frozenset(w.lower() for w in load_word_list("romaji_places"))


def _surname_after_given(text: str, start: int, end: int) -> re.Match[str] | None:
    """The surname after a PERSON span that is one known given name (see above)."""
    given = fold_marks(text[start:end]).lower()
    if " " in given or given not in GIVEN_NAMES:
        return None
    tail = _SURNAME_TAIL.match(text, end)
    if tail is None:
        return None
    word = fold_marks(tail.group(1)).lower()
    if word in COMMON_ENGLISH_WORDS or word in _ORG_WORDS or word in _PLACES:
        return None
    return tail


def _given_after_space(text: str, start: int, end: int) -> re.Match[str] | None:
    """The given-name tail after a kanji surname and one space (not a title: 田中 部長)."""
    if _JA_SURNAME.fullmatch(text, start, end) is None:
        return None
    tail = _JA_GIVEN_TAIL.match(text, end)
    if tail is None or tail.group(1) in _JA_NOT_GIVEN or tail.group(1)[:2] in _JA_NOT_GIVEN:
        return None
    return tail


def with_surname_particles(
    text: str, results: Sequence[RecognizerResult]
) -> list[RecognizerResult]:
    """``results`` with Latin PERSON spans widened over their surname particles."""
    out = list(results)
    for index, result in enumerate(out):
        if result.entity_type != PERSON:
            continue
        if not text[result.start : result.end].isascii():
            tail = _given_after_space(text, result.start, result.end)
        elif _ENDS_IN_PARTICLE.search(text, result.start, result.end):
            tail = _TAIL_AFTER_PARTICLE.match(text, result.end)
        elif _CUT_AT_APOSTROPHE.search(text, result.start, result.end):
            tail = _APOSTROPHE_TAIL.match(text, result.end)
        else:
            tail = (
                _PARTICLES_THEN_WORD.match(text, result.end)
                or _BARREL.match(text, result.end)
                or _surname_after_given(text, result.start, result.end)
            )
        if tail is None:
            continue
        others = SpanIndex((r.start, r.end) for r in out if r is not result)
        if others.overlaps(result.end, tail.end()):
            continue
        out[index] = RecognizerResult(
            PERSON,
            result.start,
            tail.end(),
            result.score,
            analysis_explanation=result.analysis_explanation,
            recognition_metadata=result.recognition_metadata,
        )
    return out


_DELIMITERS: Final = (",", "\t", ";", "|")
_NAME_CELL: Final = re.compile(
    r"[A-Za-zÀ-ÿ\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々・=＝'’.\- ]{2,24}"
)
# A header that says the column holds people (a bare "name" or 名前 may head products).
_PERSON_HEADER: Final = re.compile(
    r"(?i:(?:full|first|last|given|family|sur|display|contact|customer|client|employee|staff"
    r"|user|member|guest|patient|applicant|owner|person)[_ ]?name|surname|assignee|attendee"
    r"|participant|employee|customer|patient|applicant|guest)"
    r"|(?:氏名|お名前|姓名|フルネーム|担当者|担当者名|社員名|顧客名|利用者|利用者名|申込者|参加者"
    r"|会員名|患者名)"
)
_HEADER_CELL: Final = re.compile(
    r"(?i:[a-z_ ]*name[a-z_ ]*|names?|who|person|contact|owner|assignee|member|staff|employee"
    r"|customer|client|patient|applicant|guest)"
    r"|(?:氏名|名前|お名前|姓名|姓|名|担当|担当者|社員名|顧客名|利用者|申込者|参加者|フルネーム)"
)


def _lines(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _blocks(text: str) -> list[tuple[str, list[tuple[int, int]]]]:
    """Runs of two or more consecutive lines with the same count of one delimiter."""
    blocks: list[tuple[str, list[tuple[int, int]]]] = []
    lines = _lines(text)
    for delimiter in _DELIMITERS:
        if delimiter not in text:
            continue
        run: list[tuple[int, int]] = []
        count = 0
        for start, end in [*lines, (len(text), len(text))]:
            n = text.count(delimiter, start, end)
            if n and n == count:
                run.append((start, end))
                continue
            if len(run) >= 2:
                blocks.append((delimiter, run))
            run, count = ([(start, end)], n) if n else ([], 0)
    return blocks


def _cells(text: str, delimiter: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of one line, without the spaces and quotes around their content."""
    cells: list[tuple[int, int]] = []
    position = start
    while True:
        stop = text.find(delimiter, position, end)
        stop = end if stop < 0 else stop
        left, right = position, stop
        while left < right and text[left] in " \t\"'「」":
            left += 1
        while right > left and text[right - 1] in " \t\"'「」":
            right -= 1
        cells.append((left, right))
        if stop == end:
            return cells
        position = stop + 1


def _name_cell(text: str, start: int, end: int, doc: Doc) -> bool:
    """A cell that reads as a name: in Latin letters, what the English name rules accept
    (no ordinary word, place or company ending: not Harvard University, not Becoming);
    otherwise a word the dictionary lists as a surname or given name, and no place."""
    cell = text[start:end]
    if not _NAME_CELL.fullmatch(cell) or len(cell.split()) > 4:
        return False
    if cell.isascii():
        # A single Latin word in a table is as often a place or a title (Ostrava, Becoming).
        return " " in cell and is_english_name(cell, start, morphs(doc))
    kinds = name_kinds(doc)
    tokens = [m for m in morphs(doc) if start <= m.idx < end and m.text.strip()]
    if any("地名" in m.tag for m in tokens):
        return False
    return any({"姓", "名"} & kinds(m.text) for m in tokens)


def with_column_partners(
    text: str, doc: Doc, results: Sequence[RecognizerResult]
) -> list[RecognizerResult]:
    """``results`` with the name-shaped cells of a column of names masked whole."""
    if "\n" not in text:
        return list(results)
    out = list(results)
    for delimiter, rows in _blocks(text):
        table = [_cells(text, delimiter, start, end) for start, end in rows]
        for column in range(len(table[0])):
            cells = [row[column] for row in table]
            persons = [
                [r for r in out if r.entity_type == PERSON and r.start < e and s < r.end]
                for s, e in cells
            ]
            first_start, first_end = cells[0]
            head = text[first_start:first_end]
            header = not persons[0] and _HEADER_CELL.fullmatch(head)
            says_person = not persons[0] and _PERSON_HEADER.fullmatch(head)
            if not says_person and (
                2 * sum(1 for p in persons if p) < len(cells) or not any(persons)
            ):
                continue
            for row, ((start, end), inside) in enumerate(zip(cells, persons, strict=True)):
                if (row == 0 and header) or any(r.start <= start and end <= r.end for r in inside):
                    continue
                if not _name_cell(text, start, end, doc):
                    continue
                if any(r.entity_type != PERSON and r.start < end and start < r.end for r in out):
                    continue
                out = [r for r in out if all(r is not x for x in inside)]
                score = max((r.score for r in inside), default=SCORE)
                out.append(RecognizerResult(PERSON, start, end, score))
    return out


# Thirty-first round: a kana surname before a kana given name a reader took alone, joined by
# a middle dot or a space (きむら・ゆうたくん, カトウ・マサキ, やまだ はなこ): the surname run,
# in the same script, is the name's when the dictionary lists it as a surname.
_KANA_SURNAME_BEFORE: Final = re.compile(
    r"(?:^|(?<=[^\u3041-\u3096\u30a1-\u30faー]))"
    r"([\u3041-\u3096]{2,5}|[\u30a1-\u30faー]{2,6})[・ \u3000]$"
)
_KANA_START: Final = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")


def with_kana_surnames(
    text: str, doc: Doc, results: Sequence[RecognizerResult]
) -> list[RecognizerResult]:
    """``results`` with kana PERSON spans widened over a kana surname just before them."""
    out = list(results)
    kinds = name_kinds(doc)
    for index, result in enumerate(out):
        if result.entity_type != PERSON or not _KANA_START.match(text, result.start):
            continue
        before = _KANA_SURNAME_BEFORE.search(text, max(0, result.start - 8), result.start)
        if before is None:
            continue
        surname = before.group(1)
        hiragana = "\u3041" <= surname[0] <= "\u3096"
        if hiragana != ("\u3041" <= text[result.start] <= "\u3096"):
            continue  # same script on both sides
        if "姓" not in kinds(surname):
            continue
        others = SpanIndex((r.start, r.end) for r in out if r is not result)
        if others.overlaps(before.start(1), result.start):
            continue
        out[index] = RecognizerResult(
            PERSON,
            before.start(1),
            result.end,
            result.score,
            analysis_explanation=result.analysis_explanation,
            recognition_metadata=result.recognition_metadata,
        )
    return out
