"""The search query of a chat request: the last user message, optionally with the one
before it (follow-up questions such as 「それはいつ届きますか」 need the earlier turn).

Only text is used: string contents and the ``text`` of content parts. Callers pass the
request after pseudonymisation, so raw personal data never reaches an embedder or Milvus.

Failure behaviour: none; a request without user text gives None.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["chat_query"]


def chat_query(body: Mapping[str, Any], *, previous_turn: bool = False) -> str | None:
    """The query text of ``body`` (an OpenAI chat request), or None."""
    texts = [
        text
        for message in body.get("messages") or []
        if isinstance(message, dict) and message.get("role") == "user"
        if (text := _text(message.get("content")))
    ]
    if not texts:
        return None
    if previous_turn and len(texts) > 1:
        return f"{texts[-2]}\n{texts[-1]}"
    return texts[-1]


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content.strip()
    if isinstance(content, list):
        parts = [
            part["text"]
            for part in content
            if isinstance(part, dict) and isinstance(part.get("text"), str)
        ]
        return "\n".join(parts).strip()
    return ""
