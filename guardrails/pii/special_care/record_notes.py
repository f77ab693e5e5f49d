"""Special care written in a record's free-text note ({"memo": "HIV陽性、本人了承済"},
``"note": "has DUI conviction"``, ``備考：うつ病``).

Contract: ``record_notes(text, hits)`` takes NFKC-folded text and the lexicon hits in it and
returns ``(start, end, category)`` for the sensitive words inside the value of a note field,
so the words are masked and the note's other words and the key kept. A note field is a JSON
member (its quotes possibly escaped, a JSON text inside a JSON string) or a ``key: value``
line whose key is a note word (memo, note, remarks, comment, summary, flags, details, extra,
備考, メモ, 特記事項, コメント, 申し送り, 注意事項, その他, 補足). A record's note is about the
record's subject, so no person or predicate is needed: a condition, an offence or a faith in
it is that person's (twenty-first round: such notes under a key naming no health field
reached the model in clear). A value that asks or names a topic (a question mark,
について, とは, の症状, how/what/why, symptoms of) is left to the sentence reading.
Words next to each other (DUI conviction, 窃盗の前科) make one span. Regular expressions
only; never raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import TermHit

__all__ = ["record_notes"]

# Twenty-first round, second pass: details, extra and その他/補足 are where forms put
# whatever had no field of its own (the brief's examples; gen2 half T holds details/extra).
_NOTE_KEY = (
    r"(?:[A-Za-z]+[_\-])?(?i:memo|notes?|remarks?|comments?|summary|flags?|details|extra)"
    r"|備考|メモ|特記事項|コメント|申し送り(?:事項)?|注意事項|その他|補足"
)
_JSON_NOTE = re.compile(rf'\\?"(?:{_NOTE_KEY})\\?"\s*:\s*\\?"(?P<value>(?:[^"\\\n]|\\(?!"))+)\\?"')
_LINE_NOTE = re.compile(
    rf"(?m)^[ \t]*(?:[・\-*•]\s*)?(?:{_NOTE_KEY})[ \t]*[:：][ \t]*(?P<value>[^\n]+?)[ \t]*$"
)
_ASKED = re.compile(
    r"[?？]|について|とは|って何|の症状|の治療法|の原因"
    r"|(?i:\b(?:how|what|why|which|symptoms? of|causes? of|treatment of|about)\b)"
)
_CRIME = "criminal_record"
_JOIN_GAP = 4
"""Characters between two hits that still make them one span (DUI conviction, 窃盗の前科)."""


def _values(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for pattern in (_JSON_NOTE, _LINE_NOTE):
        for match in pattern.finditer(text):
            if _ASKED.search(match.group("value")) is None:
                spans.append(match.span("value"))
    return spans


def record_notes(text: str, hits: Sequence[TermHit]) -> list[tuple[int, int, str]]:
    """The sensitive words inside note fields' values (see the module docstring)."""
    if not hits:
        return []
    found: list[tuple[int, int, str]] = []
    for value_start, value_end in _values(text):
        inside = sorted(
            (h for h in hits if value_start <= h.start and h.end <= value_end),
            key=lambda h: h.start,
        )
        if not inside or all(h.kind == "status" for h in inside):
            continue
        group: list[TermHit] = []
        for hit in inside:
            if group and hit.start - group[-1].end > _JOIN_GAP:
                found.append(_span(group))
                group = []
            group.append(hit)
        found.append(_span(group))
    return found


def _span(group: list[TermHit]) -> tuple[int, int, str]:
    named = next((h for h in group if h.kind != "status"), group[0])
    category = _CRIME if named.category == "offence" else named.category
    return group[0].start, group[-1].end, category
