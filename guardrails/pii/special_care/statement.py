"""What a special-care reader returns: a clause-level span that states a sensitive fact.

A ``Statement`` holds offsets and a category key, never text, so it can be cached and
logged. ``anchor`` is set when the cheap reading could not decide and the dependency parse
must (``verdict == "open"``); it points at the sensitive word the parse should look at.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["Statement", "Verdict"]

Verdict = Literal["fact", "open"]


@dataclass(frozen=True, slots=True)
class Statement:
    """A span of normalised text stating a special-care fact about a person."""

    start: int
    end: int
    category: str
    """A category key such as ``medical_history``."""
    verdict: Verdict
    anchor_start: int
    """Start of the sensitive word the decision rests on."""
    anchor_end: int
    sentence_start: int
    """The sentence the statement lies in (the dependency parse reads only this)."""
    sentence_end: int
