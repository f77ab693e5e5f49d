"""Reads English sentences that contain a sensitive word and decides whether they state a
fact about a person.

Contract: ``EnglishStatementReader.read(text, start, end, hits)`` looks at the sentence
``text[start:end]``; a hit counts when a personal subject (I, my mother, she, a capitalised
name followed by a verb) comes before it and a predicate ties them (diagnosed with, taking,
was arrested, am a, victim of ...). Questions, conditionals (if, whether), general subjects
(people, patients, anyone) and topic frames (symptoms of, discount, about) yield nothing.
The span runs from just after the subject to the end of the sentence. Regular expressions
only (English needs no tokenizer here); never raises.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .categories import category_for
from .lexicon import TermHit
from .statement import Statement

__all__ = ["EnglishStatementReader"]

_KIN = (
    r"mother|father|mom|mum|dad|husband|wife|son|daughter|brother|sister|grandmother|"
    r"grandfather|uncle|aunt|cousin|partner|boyfriend|girlfriend|colleague|coworker|co-worker|"
    r"boss|manager|employee|friend|child|kid|parent|parents|fiance|fiancee|spouse|nephew|niece"
)
_SUBJECT = re.compile(
    r"(?<![A-Za-z'])(?:I(?:'m|'ve|'d)?|[Mm]y\s+(?:" + _KIN + r")|"
    r"(?:[Hh]e|[Ss]he|[Ww]e|[Tt]hey)(?:'s|'re|'ve)?|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|"
    r"(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][a-z]+|"
    r"(?!(?:What|How|Why|Where|When|Which|Who|This|That|It|There|The|Is|Are|Can|Do|Does)\b)"
    r"[A-Z][a-z]+(?=\s+(?:has|had|was|is|uses|takes|suffers|got|became|served|lives)\b))"
    r"(?![A-Za-z])"
)
_HYPOTHETICAL = re.compile(
    r"\b(?:if|whether|in case|suppose|supposing|someone|somebody|anyone|anybody|people|patients|"
    r"everyone|those who|a person|persons)\b",
    re.IGNORECASE,
)
_FRAME = re.compile(
    r"\b(?:symptoms?|causes?|signs?|prevent\w*|risk factors?|statistics|history of|polic(?:y|ies)|"
    r"discounts?|laws?|definition|tips|diet|foods?|about|research|studies|study|awareness|"
    r"insurance|rights|services for|support for|benefits for|facts)\b",
    re.IGNORECASE,
)
_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("juvenile_procedure", re.compile(r"\b(?:juvenile|as a (?:minor|teen(?:ager)?|kid))\b", re.I)),
    (
        "criminal_record",
        re.compile(
            r"\b(?:convicted|sentenced|served|prison|jail|criminal record|probation|parole)\b", re.I
        ),
    ),
    (
        "criminal_procedure",
        re.compile(
            r"\b(?:arrested|charged|indicted|detained|on trial|under investigation|booked|"
            r"prosecuted|questioned by (?:the )?police)\b",
            re.I,
        ),
    ),
    (
        "crime_victim",
        re.compile(
            r"\b(?:victim|robbed|assaulted|attacked|mugged|scammed|defrauded|stalked|abused|raped|"
            r"burgled|burglarized|harassed|targeted|threatened)\b",
            re.I,
        ),
    ),
    (
        "checkup_result",
        re.compile(
            r"\b(?:showed|shows|came back|tested positive|positive|flagged|abnormal|high|elevated|"
            r"low|found|results?|carrier|risk)\b",
            re.I,
        ),
    ),
    (
        "confirm",
        re.compile(
            r"(?:\b(?:diagnosed|diagnosis|suffer\w*|have|has|had|having|living with|lives? with|"
            r"taking|takes?|took|prescribed|hospitali[sz]ed|admitted|treated|undergoing|underwent|"
            r"recovering|battling|fighting|survivor|am|is|was|were|are|been|being|uses?|using|used|"
            r"wears?|grew up|raised|born|descended|belongs?|practi[cs]\w*|converted|attends?|"
            r"go(?:es)? to|went to|member|receiv\w*|gets?|got|identify as|seeing|sees|"
            r"on)\b|'m|'s|'re)",
            re.I,
        ),
    ),
)
_TRAILING = " \t.!?,;:。"


class EnglishStatementReader:
    """Sentence-level decisions for English text; stateless."""

    def read(self, text: str, start: int, end: int, hits: Sequence[TermHit]) -> list[Statement]:
        """Statements in the sentence ``text[start:end]`` (at most one per sentence)."""
        sentence = text[start:end]
        if sentence.rstrip().endswith("?") or _HYPOTHETICAL.search(sentence):
            return []
        subject = _SUBJECT.search(sentence)
        if subject is None:
            return []
        best: tuple[int, str, TermHit] | None = None
        for hit in hits:
            if not hit.english or hit.start - start < subject.end():
                continue
            local_start, local_end = hit.start - start, hit.end - start
            window = sentence[max(subject.end(), local_start - 30) : local_end + 25]
            if _FRAME.search(window):
                continue
            between = sentence[subject.start() : min(len(sentence), local_end + 25)]
            category = self._category(hit, between)
            if category is None:
                continue
            priority = category_for(category).priority
            if best is None or priority < best[0]:
                best = (priority, category, hit)
        if best is None:
            return []
        _, category, hit = best
        span_start = start + subject.end()
        while span_start < hit.start and text[span_start] in " \t":
            span_start += 1
        span_end = start + len(sentence.rstrip(_TRAILING))
        return [
            Statement(
                start=span_start,
                end=max(span_end, hit.end),
                category=category,
                verdict="fact",
                anchor_start=hit.start,
                anchor_end=hit.end,
                sentence_start=start,
                sentence_end=end,
            )
        ]

    @staticmethod
    def _category(hit: TermHit, context: str) -> str | None:
        roles = {role for role, pattern in _ROLES if pattern.search(context)}
        if hit.category == "offence":
            for role in (
                "juvenile_procedure",
                "criminal_record",
                "criminal_procedure",
                "crime_victim",
            ):
                if role in roles:
                    return role
            return None
        if hit.category == "health_checkup":
            return "health_checkup" if "checkup_result" in roles else None
        if hit.kind == "status" or roles & {
            "confirm",
            "criminal_record",
            "criminal_procedure",
            "crime_victim",
            "juvenile_procedure",
        }:
            if hit.category in {"criminal_record", "criminal_procedure"} and (
                "juvenile_procedure" in roles
            ):
                return "juvenile_procedure"
            return hit.category
        return None
