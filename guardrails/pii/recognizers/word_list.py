"""Word lists of the name recognizers, kept as data files beside the code.

Each list lives in ``guardrails/pii/recognizers/person_words/<name>.txt``: UTF-8, one entry
per line, ``#`` starts a comment line, blank lines are ignored, entries are NFKC-folded
when read (so a list is written once for full- and half-width input). The README in that
folder says what each list is for and where its entries come from.

Failure behaviour: a missing or empty list raises :class:`WordListError` at import time of
the recognizer that needs it, so a broken install stops at start-up instead of detecting
less.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Final

__all__ = ["WORD_LIST_DIR", "WordListError", "load_word_list"]

WORD_LIST_DIR: Final = Path(__file__).resolve().parent / "person_words"


class WordListError(RuntimeError):
    """A word list is missing or has no entries."""


def load_word_list(name: str, directory: Path = WORD_LIST_DIR) -> tuple[str, ...]:
    """The entries of ``<directory>/<name>.txt`` in file order, NFKC-folded, without
    duplicates."""
    path = directory / f"{name}.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise WordListError(f"word list {path} cannot be read") from exc
    entries = [
        unicodedata.normalize("NFKC", line.strip())
        for line in lines
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not entries:
        raise WordListError(f"word list {path} has no entries")
    return tuple(dict.fromkeys(entries))
