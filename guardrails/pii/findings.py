"""What PII detection returns: typed spans over the original text, never the text itself."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PiiFinding"]


@dataclass(frozen=True, slots=True, order=True)
class PiiFinding:
    """One detected span of personal data.

    ``start``/``end`` are offsets into the text exactly as the client sent it (not the
    normalised form detection ran on). ``entity_type`` is a Presidio-style name such as
    ``PERSON`` or ``PHONE_NUMBER``, or ``SPECIAL_CARE:<category>`` for special-care
    personal information. A finding holds no characters of the text, so it may be cached,
    counted and logged.
    """

    start: int
    end: int
    entity_type: str
    score: float
