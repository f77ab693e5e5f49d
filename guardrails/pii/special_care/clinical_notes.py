"""Clinical shorthand of intake and referral notes (twenty-seventh round, issue 16).

A referral or intake note lists a patient's history in shorthand, with no subject and no
verb: ``Hx T1D, prior MI 2018, s/p CABG``, ``PMH HTN, DM2, hyperlipidemia``, ``72F, known
AFib on anticoagulation, CKD stage 3``, ``PMHx: epilepsy (well controlled), hypothyroidism``,
``既往に慢性腎臓病ステージ3、心房細動あり``. Each of these reached the model in clear: the
sentence readers want a person and a predicate, and the abbreviations are in no lexicon
(on their own, MI, PE or HF are as often Michigan, physical education or a company).

Contract: ``clinical_notes(text, hits)`` takes NFKC-folded text and the lexicon hits in it
and returns ``(start, end, category)`` for every item of a clinical list: after a clinical
lead (``Hx``, ``PMH``/``PMHx``, ``h/o``, ``hx of``, ``history of``, ``s/p``, ``status
post``, ``prior``, ``known``, ``Dx``, 既往/既往歴/既往症 and 合併症), an item is a health
word of the lexicons or a listed clinical abbreviation or procedure, with its stage, type or
count (``CKD stage 3``, ``CABG x3``); the list goes on over ``,`` ``;`` ``/`` ``and`` ``、``
``・`` while the next piece is an item again (after a tail such as a year, ``(2019)``, ``on
anticoagulation``, あり). Only the items are returned, so the lead and the request stay.
A sentence that asks (a question mark, what / how / explain / mean) or speaks of people in
general (patients, anyone, if) yields nothing. Regular expressions only; never raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from .lexicon import TermHit

__all__ = ["clinical_notes"]

_HEALTH: Final = frozenset({"medical_history", "medical_treatment", "disability"})
_HISTORY = "medical_history"
_TREATMENT = "medical_treatment"

_EN_LEAD: Final = re.compile(
    # (the longer leads first: hx of before Hx)
    r"(?<![A-Za-z/])(?:(?:(?:[Pp]ast|[Pp]ersonal|[Pp]rior|[Pp]revious|[Kk]nown)\s+)?"
    r"(?:(?:[Mm]edical|[Ss]urgical)\s+)?(?:[Hh][Xx]|[Hh]istory)\s+of|"
    r"(?:[Pp]ast|[Pp]ersonal|[Mm]edical)\s+[Hh]x|PMH[Xx]?|PSH[Xx]?|[Hh][Xx]|[Hh]/[Oo]|[Dd][Xx]|"
    r"[Ss]/[Pp]|[Ss]tatus[ -]post|[Pp]rior|[Pp]revious|[Kk]nown)"
    r"(?![A-Za-z])(?:\s*[:\-]\s*|\s+)"
)
# Abbreviations of conditions (case as written in notes), and of procedures.
_EN_CONDITION: Final = (
    r"(?:N?STEMI|MI|HTN|HLD|DLD|DM(?:\s?(?:II|I|1|2))?|T[12]DM|IDDM|NIDDM|CHF|HF(?:[rp]EF)?|CAD|"
    r"CKD|ESRD|COPD|A-?[Ff]ib|AF|CVA|TIA|DVT|PE|GERD|OSA|BPH|SLE|RA|MS|HIV|HCV|HBV|TB|PTSD|"
    r"MDD|GAD|BPD|OCD|ADHD|ASD|IBD|IBS|UC|PVD|PAD|AAA|ALS|TBI|SUD|AUD|OUD|EtOH\s+abuse|IVDU|"
    r"T[12]D)"
)
_EN_PROCEDURE: Final = (
    r"(?:CABG|PCI|PTCA|TAVR|TAVI|AVR|MVR|TKA|THA|TKR|THR|ICD|PPM|[Ll]ap\s+chole|"
    r"[A-Za-z]+(?:ectomy|otomy|ostomy|plasty|pexy)|(?:knee|hip|valve)\s+replacement|stents?)"
)
_EN_QUALIFIER: Final = (
    r"(?:(?:type|stage|grade|class)\s+(?:[0-9]|I{1,3}|IV)[ab]?\s+|"
    r"(?:chronic|severe|mild|acute|recurrent|paroxysmal|persistent|insulin-dependent|"
    r"uncontrolled|poorly\s+controlled|well[- ]controlled|metastatic|remote)\s+)*"
)
_EN_TRAIL: Final = re.compile(
    r"(?:\s+(?:NYHA\s+)?(?:stage|type|grade|class)\s+(?:[0-9]|I{1,3}|IV)[ab]?|\s*x\s?[0-9])?"
)
_EN_ABBR_ITEM: Final = re.compile(
    _EN_QUALIFIER + rf"(?:(?P<cond>{_EN_CONDITION})|(?P<proc>{_EN_PROCEDURE}))(?![A-Za-z0-9])"
)
_EN_QUALIFIER_ONLY: Final = re.compile(_EN_QUALIFIER)
# What may follow an item before the next one: a year, a bracket, a short phrase (on
# anticoagulation, since 2019, in remission), never across a sentence end.
_EN_TAIL: Final = re.compile(r"(?:\s*\([^()\n]{0,40}\)|[^,;.\n()?]{0,40}?)")
_EN_SEPARATOR: Final = re.compile(r"\s*(?:,|;|/|\+|&|\band\b|\bwith\b)\s*(?:and\s+)?")

_JA_LEAD: Final = re.compile(r"(?:既往(?:歴|症)?|合併症)(?:として|には|に|は|が|も)?\s*[:：]?\s*")
_JA_AFTER_ITEM: Final = re.compile(r"の既往")
_JA_TRAIL: Final = re.compile(r"(?:ステージ\s?[0-9IV]+|[0-9]型|Stage\s?[0-9IV]+)?")
_JA_TAIL: Final = re.compile(
    r"(?:\s*[（(][^（）()\n]{0,20}[）)]|\s*[0-9]{4}年?|あり|有り|術後|後)*"
)
_JA_SEPARATOR: Final = re.compile(r"\s*(?:、|・|,|，|/|／|及び|および|と)\s*")
# A note's closing あり after a list (自閉スペクトラム症と聴覚過敏あり, パーキンソン病、
# 嚥下障害あり。): the list is the subject's findings; あり before の or a noun (糖尿病ありの方)
# stays a class.
_JA_CLOSING: Final = re.compile(r"(?:あり|有り|を認め(?:る|た|ます))(?=[。、,.．\s)）]|$)")
# What lies between two items of a list read backwards from its lead or closing あり.
_JA_BETWEEN: Final = re.compile(_JA_TRAIL.pattern + _JA_TAIL.pattern + _JA_SEPARATOR.pattern)

_ASKS: Final = re.compile(
    r"[?？]|\b(?:what|how|why|explain|define|definition|mean|means|meaning|patients|people|"
    r"anyone|someone|if|whether|risk of|guidelines?)\b|とは|って何|意味|について",
    re.IGNORECASE,
)
_SENTENCE: Final = re.compile(r"[^\n.!?。！？]+[.!?。！？]?")


def _hit_at(hits: Sequence[TermHit], position: int, english: bool) -> TermHit | None:
    for hit in hits:
        if hit.start == position and hit.category in _HEALTH and hit.kind != "weak":
            return hit
    return None


def _english_item(
    text: str, position: int, limit: int, hits: Sequence[TermHit]
) -> tuple[int, int, int, str] | None:
    """(span start, span end, where the item ends, category) of an item at ``position``."""
    lead = _EN_LEAD.match(text, position, limit)
    if lead is not None:
        position = lead.end()
    qualifier = _EN_QUALIFIER_ONLY.match(text, position, limit)
    word_start = qualifier.end() if qualifier is not None else position
    hit = _hit_at(hits, word_start, True)
    if hit is not None:
        trail = _EN_TRAIL.match(text, hit.end, limit)
        end = trail.end() if trail is not None else hit.end
        return position, end, end, hit.category
    item = _EN_ABBR_ITEM.match(text, position, limit)
    if item is None or item.end() > limit:
        return None
    trail = _EN_TRAIL.match(text, item.end(), limit)
    end = trail.end() if trail is not None else item.end()
    return position, end, end, _HISTORY if item.group("cond") else _TREATMENT


def _japanese_item(
    text: str, position: int, limit: int, hits: Sequence[TermHit]
) -> tuple[int, int, int, str] | None:
    hit = _hit_at(hits, position, False)
    if hit is None:
        return None
    trail = _JA_TRAIL.match(text, hit.end, limit)
    end = trail.end() if trail is not None else hit.end
    return position, end, end, hit.category


def _list(
    text: str,
    position: int,
    limit: int,
    hits: Sequence[TermHit],
    english: bool,
) -> list[tuple[int, int, str]]:
    item_at = _english_item if english else _japanese_item
    tail = _EN_TAIL if english else _JA_TAIL
    separator = _EN_SEPARATOR if english else _JA_SEPARATOR
    found: list[tuple[int, int, str]] = []
    item = item_at(text, position, limit, hits)
    while item is not None:
        start, end, after, category = item
        found.append((start, end, category))
        item = None
        # the shortest tail after which a separator and another item follow
        for tail_end in range(after, min(limit, after + 48) + 1):
            if tail.fullmatch(text, after, tail_end) is None:
                continue
            joint = separator.match(text, tail_end, limit)
            if joint is None:
                continue
            item = item_at(text, joint.end(), limit, hits)
            if item is not None:
                break
    return found


def _listed_before(
    text: str, sentence_start: int, last: TermHit, hits: Sequence[TermHit]
) -> list[tuple[int, int, str]]:
    """Items joined to ``last`` by separators, read backwards (none across the sentence)."""
    found: list[tuple[int, int, str]] = []
    current = last
    while True:
        before = [
            hit
            for hit in hits
            if sentence_start <= hit.start
            and hit.end <= current.start
            and hit.category in _HEALTH
            and hit.kind != "weak"
            and _JA_BETWEEN.fullmatch(text, hit.end, current.start) is not None
        ]
        if not before:
            return found
        current = max(before, key=lambda hit: hit.end - hit.start)
        found.append((current.start, _trail_end(text, current.end), current.category))


def _trail_end(text: str, position: int) -> int:
    """Where a stage or type written after an item ends (慢性腎臓病ステージ3)."""
    trail = _JA_TRAIL.match(text, position)
    return trail.end() if trail is not None else position


def clinical_notes(text: str, hits: Sequence[TermHit]) -> list[tuple[int, int, str]]:
    """Items of clinical lists in ``text`` as (start, end, category) (module docstring)."""
    found: list[tuple[int, int, str]] = []
    for sentence in _SENTENCE.finditer(text):
        start, end = sentence.span()
        if _ASKS.search(text, start, end):
            continue
        for lead in _EN_LEAD.finditer(text, start, end):
            found.extend(_list(text, lead.end(), end, hits, True))
        for lead in _JA_LEAD.finditer(text, start, end):
            found.extend(_list(text, lead.end(), end, hits, False))
        for hit in hits:
            # 喘息の既往あり: the item before its lead
            if not (start <= hit.start and hit.end <= end and hit.category in _HEALTH):
                continue
            if _JA_AFTER_ITEM.match(text, hit.end):
                found.append((hit.start, hit.end, hit.category))
            elif hit.kind == "weak" or not _JA_CLOSING.match(text, _trail_end(text, hit.end)):
                continue
            else:
                found.append((hit.start, _trail_end(text, hit.end), hit.category))
            # 睡眠障害とアルコール依存の既往あり: the items listed before it (twenty-eighth round)
            found.extend(_listed_before(text, start, hit, hits))
    unique: list[tuple[int, int, str]] = []
    for span in sorted(set(found)):
        if not any(o[0] <= span[0] and span[1] <= o[1] and o != span for o in found):
            unique.append(span)
    return unique
