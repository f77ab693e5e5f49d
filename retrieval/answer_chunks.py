"""An FAQ answer cut into short pieces, each embedded as a vector of its own.

A long answer embedded whole (or with its question) is one vector for many topics; the
sentence a user's question is about gets diluted. Cutting the answer at sentence ends
into pieces of at most ``limit`` characters and scoring an entry by its best piece gives
a ranked list that finds entries by one sentence of their answer (the ``answer_chunks``
list; measured in docs/retrieval.md).

Pieces end at ``。！？!?``, at line breaks and at the ``＜改＞`` line-break mark some FAQ
exports write instead of a newline; consecutive sentences are joined while the piece stays
within ``limit``; a single sentence longer than ``limit`` stays whole (e5 reads up to 512
tokens, and cutting inside a sentence loses its meaning).

Failure behaviour: none; an empty or blank answer gives no pieces.
"""

from __future__ import annotations

import re

__all__ = ["DEFAULT_CHUNK_CHARS", "answer_chunks"]

DEFAULT_CHUNK_CHARS = 120
"""Measured on localgovFAQ (docs/retrieval.md, "Answer chunks")."""

_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]*")


def answer_chunks(answer: str, limit: int = DEFAULT_CHUNK_CHARS) -> list[str]:
    """``answer``'s pieces in order: whole sentences joined up to ``limit`` characters."""
    sentences = [s for s in _SENTENCE.findall(answer.replace("＜改＞", "\n")) if s.strip()]
    pieces: list[str] = []
    current = ""
    for sentence in sentences:
        if current and len(current) + len(sentence) > limit:
            pieces.append(current)
            current = ""
        current += sentence
    return [*pieces, current] if current else pieces
