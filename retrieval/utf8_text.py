"""Source files that are not UTF-8, named by line and byte instead of a traceback.

FAQ sources are read with ``errors="surrogateescape"``: a byte that is not UTF-8 (a file
saved as Shift_JIS or CP932, as spreadsheet exports often are) becomes a lone surrogate
U+DC80..U+DCFF instead of raising ``UnicodeDecodeError`` somewhere in the middle of the
file, and :func:`not_utf8` says which byte and where, so the reader can report the line.
"""

from __future__ import annotations

__all__ = ["not_utf8"]


def not_utf8(text: str) -> str | None:
    """Why ``text`` (read with ``errors="surrogateescape"``) is not UTF-8, or ``None``.

    Each byte that is not UTF-8 was read as a lone surrogate U+DC80..U+DCFF; the reason
    names the first one by its value and column, never the text around it.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        byte = ord(text[exc.start]) - 0xDC00
        return (
            f"not UTF-8 text (byte 0x{byte:02x} at column {exc.start + 1}); save the file as UTF-8"
        )
    return None
