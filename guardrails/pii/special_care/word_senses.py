"""English procedure words in their everyday senses (nineteenth round, second wave).

*charged* and *suspect* are criminal-procedure words in the lexicon, and people write them
far more often about a bill, a battery or a hunch: ``why was I charged twice``, ``I got
charged a late fee``, ``my phone won't charge``, ``I suspect the cache is stale``. Such a
hit is dropped before the sentence is read:

* **charged** counts only with a criminal reading in its sentence: ``charged with`` or
  ``charged in connection with`` after it, a police, court or prosecution word, or another
  justice-lexicon word (an offence, an arrest, a record) in the same sentence;
* **suspect** counts as the noun (``the suspect``, ``a suspect in``, ``suspect in the
  case``), not as the verb after a subject (``I suspect``, ``we strongly suspect that``).

Twenty-sixth round, two more everyday senses:

* **在日** before an institution (在日米国大使館, 在日フランス商工会議所, 在日米軍) says where the
  institution is, not anyone's lineage: the hit is dropped (在日コリアン, 在日三世 stay);
* a **faith's holiday or practice** that a team, an office or a company is off or closed for
  (``Our Tel Aviv team is off for Yom Kippur``, ``the Jakarta office closes for Eid``) is a
  calendar, not a person's faith.

Twenty-seventh round: a **holiday named in English** (``Add Rosh Hashanah, Yom Kippur and
Sukkot to the team calendar``, ``Our Diwali party is on Friday``, ``a peaceful Ramadan``)
is a date, whatever else the sentence says; it is a person's faith only when practised —
``observe``, ``keep``, ``fast``, ``celebrate``, ``pray`` or ``give up … for`` right before it
(``I'm fasting for Ramadan``, ``we observe Yom Kippur``). The names are
:mod:`guardrails.pii.observances`.

Thirtieth round: a **title** named after a work's kind (``the song Lithium by Nirvana``, ``the
album Prozac Nation``, ``a film called Rehab``) is the work, not anyone's treatment: a
capitalised word right after *song, track, album, single, band, film, movie, book, novel,
show, series, play* (and an optional *called, titled, named*) is dropped.

The same round: a **thing** said to be in treatment (``Our legacy codebase is in rehab``, ``the
brand needs therapy``, ``the project went into detox``) is a figure of speech: an English
treatment word right after a thing noun and its verb is dropped.

The same round: a **carer's job** (``I'm a counsellor``, ``she is a child psychiatrist``, ``I
work as a therapist``): a word for the person who gives care after *a* / *an* and a copula or
*work as*, *trained as* is the writer's occupation, not anyone's treatment (``seeing a
counsellor`` stays a treatment).

Pure functions of the normalised text; never raise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ..observances import observance_at
from .lexicon import TermHit

__all__ = ["in_everyday_sense"]

_JUSTICE: Final = frozenset(
    {"offence", "criminal_record", "criminal_procedure", "juvenile_procedure"}
)
_CHARGED: Final = re.compile(r"charged", re.IGNORECASE)
_CRIMINAL_AFTER: Final = re.compile(
    r"\s+(?:(?:and|or)\s+\w+\s+)?(?:with|in connection with|as an? (?:adult|juvenile|minor))\b",
    re.IGNORECASE,
)
_CRIMINAL_AROUND: Final = re.compile(
    r"\b(?:police|cops?|court|prosecut\w*|district attorney|DA|judge|trial|jury|lawyer|attorney"
    r"|criminal|crime|offen[cs]es?|felony|misdemeanou?r|bail|plead\w*|guilty|arrest\w*"
    r"|indict\w*|custody|sentenc\w*|conviction|convicted)\b",
    re.IGNORECASE,
)
_SUSPECT: Final = re.compile(r"suspect", re.IGNORECASE)
_SUBJECT_BEFORE: Final = re.compile(
    r"\b(?:I|we|you|they|he|she|i'd|we'd|i'm|also|strongly|really|kind of|kinda|do|don't|did"
    r"|didn't|to|i\s+also|we\s+also)\s+$",
    re.IGNORECASE,
)
_SENTENCE_EDGE: Final = re.compile(r"[.!?。！？\n]")


_ZAINICHI: Final = re.compile(r"在日")
_INSTITUTION_AFTER: Final = re.compile(
    r"[\u30a0-\u30ff\u4e00-\u9fff]{0,12}?(?:大使館|総領事館|領事館|大使|公使|商工会議所|商工会|"
    r"米軍|軍|代表部|公館|支社|支店|法人|企業|拠点|事務所|代表事務所|外交団)"
)
_GROUP_OFF_BEFORE: Final = re.compile(
    r"\b(?:team|teams|office|offices|department|branch|site|plant|factory|school|schools|"
    r"company|firm|store|stores|shop|warehouse|staff|everyone|whole (?:team|office))"
    r"(?:\s+(?:is|are|will be|'s|'re|was|were))?\s+(?:off|closed|closes|close|shut|"
    r"on holiday|out)\s+(?:for|on|during|over)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

_PRACTISED_BEFORE: Final = re.compile(
    r"\b(?:observ\w*|keep(?:s|ing)?|kept|fast(?:s|ed|ing)?|celebrat\w*|pray\w*"
    r"|break(?:s|ing)?\s+(?:the|my|our|their|his|her)\s+fast|giv\w*\s+up\s+[\w\s]{1,30}?)"
    r"\s+(?:(?:for|during|on|over|through|at|in)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


_WORK_BEFORE: Final = re.compile(
    r"\b(?:song|track|album|single|band|film|movie|book|novel|show|series|play|musical)"
    r"(?:\s+(?:called|titled|named))?\s+[\"'“‘]?$",
    re.IGNORECASE,
)

_THING_IN_TREATMENT: Final = re.compile(
    r"\b(?:codebase|code|project|app|website|site|brand|franchise|product|system|repo|"
    r"repository|server|database|economy|market|portfolio|backlog|roadmap|pipeline|garden|"
    r"lawn|car|engine|budget|process|workflow|spreadsheet)s?\s+"
    r"(?:is|are|was|were|'s|has been|have been|needs?|went|goes|going|headed|heads)\s+"
    r"(?:(?:in|into|to|through|for|some|a|an|more|serious|major)\s+){0,2}$",
    re.IGNORECASE,
)

_CARER: Final = re.compile(
    r"(?:counsellor|counselor|therapist|psychotherapist|psychologist|psychiatrist)s?",
    re.IGNORECASE,
)
_OCCUPATION_BEFORE: Final = re.compile(
    r"(?:'m|’m|\bam|\bis|\bare|\bwas|\bwere|'s|’s|'re|’re|\bbe|\bbeen|\bbecame|\bbecome"
    r"|\bbecoming|\bwork(?:s|ed|ing)?\s+as|\btrain(?:s|ed|ing)?\s+as|\bqualified\s+as"
    r"|\bjob\s+as|\bcareer\s+as)\s+(?:an?\s+)(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in _SENTENCE_EDGE.finditer(text, 0, start)]
    after = _SENTENCE_EDGE.search(text, end)
    return (before[-1] if before else 0, after.start() if after else len(text))


def in_everyday_sense(text: str, hit: TermHit, hits: Sequence[TermHit]) -> bool:
    """Whether ``hit`` is a word in an everyday sense (module docstring)."""
    if hit.category == "race" and _ZAINICHI.fullmatch(text, hit.start, hit.end):
        return _INSTITUTION_AFTER.match(text, hit.end) is not None
    if hit.category == "creed" and _GROUP_OFF_BEFORE.search(
        text, max(0, hit.start - 60), hit.start
    ):
        return True
    if not hit.english:
        return False
    if (
        hit.category == "creed"
        and observance_at(text, hit.start) is not None
        and _PRACTISED_BEFORE.search(text, max(0, hit.start - 60), hit.start) is None
    ):
        return True
    word = text[hit.start : hit.end]
    if word[:1].isupper() and _WORK_BEFORE.search(text, max(0, hit.start - 24), hit.start):
        return True
    if _CARER.fullmatch(word) and _OCCUPATION_BEFORE.search(
        text, max(0, hit.start - 50), hit.start
    ):
        return True
    if hit.category == "medical_treatment" and _THING_IN_TREATMENT.search(
        text, max(0, hit.start - 60), hit.start
    ):
        return True
    if _CHARGED.fullmatch(word):
        if _CRIMINAL_AFTER.match(text, hit.end):
            return False
        start, end = _sentence(text, hit.start, hit.end)
        if _CRIMINAL_AROUND.search(text, start, end):
            return False
        return not any(
            other is not hit
            and other.category in _JUSTICE
            and start <= other.start
            and other.end <= end
            for other in hits
        )
    if _SUSPECT.fullmatch(word):
        return _SUBJECT_BEFORE.search(text, max(0, hit.start - 16), hit.start) is not None
    return False
