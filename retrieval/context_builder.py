"""FAQ hits → the system message the retrieval stage adds, with numbered citations.

Retrieved text is untrusted (anyone who can edit the FAQ source can write into it), so it
is inserted as quoted data: each field is a JSON string literal, with ``<`` and ``>``
escaped so that no entry can close the surrounding ``<faq_context>`` block. The template
(from the policy) tells the model to treat the block as data.

Failure behaviour: none beyond ``KeyError`` for a template with other ``{...}`` fields;
the policy model only accepts templates with ``{context}``, and other braces are kept.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from retrieval.faq_entry import FaqEntry

__all__ = ["build_context", "quote"]


def quote(text: str) -> str:
    """``text`` as a JSON string literal that cannot close an XML-like block."""
    return json.dumps(text, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")


def build_context(entries: Sequence[FaqEntry], template: str) -> str:
    """The system message: ``template`` with ``{context}`` replaced by numbered entries."""
    blocks = []
    for number, entry in enumerate(entries, start=1):
        lines = [
            f"[{number}] id: {quote(entry.id)}",
            f"質問: {quote(entry.question)}",
            f"回答: {quote(entry.answer)}",
        ]
        if entry.url:
            lines.append(f"出典: {quote(entry.url)}")
        blocks.append("\n".join(lines))
    # str.replace, not str.format: templates may contain other braces (JSON examples).
    return template.replace("{context}", "\n\n".join(blocks))
