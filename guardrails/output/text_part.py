"""Which generated text a response filter sees."""

from __future__ import annotations

from typing import Literal

__all__ = ["TextPart"]

TextPart = Literal["content", "reasoning", "tool_arguments"]
"""The answer, the reasoning, or one tool call's arguments (JSON text, so anything inserted
there must be JSON-escaped)."""
