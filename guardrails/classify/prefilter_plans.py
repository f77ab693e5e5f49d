"""The literal prefilters' plans kept on disk, so a policy's patterns are read once per machine.

Building a guard classifier puts each of the policy's ~800 rule and signal patterns behind a
:class:`~guardrails.classify.literal_prefilter.LiteralPrefilter`, which reads the pattern's
syntax tree for the strings every match contains
(:func:`~guardrails.classify.literal_prefilter.plan_for`). That reading was about a third
of the classifier's build (~0.7 of ~2.2 CPU-s on the 2-core reference machine), paid again
by every start of ``mamori serve``, every hot reload and every ``mamori policy test``. A
plan is a pure function of the pattern's text and flags and of the code that reads it, so
:class:`PrefilterPlans` keeps the plans in one JSON file per *fingerprint* (the prefilter
module's source, the Python version, the Unicode version: anything that could change a
plan) in the guard's cache directory, beside the exemplar vectors
(:mod:`guardrails.classify.vector_cache`). A pattern whose plan the file lacks is read as
before and the file is rewritten with it.

Writes go to a temporary file that replaces the old one (``Path.replace``): several
processes may write at once, and a reader sees either file whole. The last writer wins; a
plan it lacks is simply read again next time.

Failure behaviour: an unreadable, corrupt or ill-shaped file is logged and treated as
empty; a file that cannot be written is logged and skipped. The cache only saves time:
a prefilter built from a kept plan is the one built without it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

from guardrails.classify import literal_prefilter
from guardrails.classify.literal_prefilter import PrefilterPlan, plan_for

__all__ = ["PrefilterPlans"]

logger = logging.getLogger(__name__)

_MAX_ENTRIES = 20_000
"""Beyond this many plans the file starts again from the plans of the current build."""


class PrefilterPlans:
    """Plans of patterns by their text and flags, in ``directory``; see the module docstring.

    One instance serves one build (a classifier's constructor): :meth:`plan` answers from
    the file read on first use, :meth:`save` writes it back when a plan was added."""

    def __init__(self, directory: Path) -> None:
        self._path = directory / f"prefilter-plans-{_fingerprint()[:16]}.json"
        self._known: dict[str, PrefilterPlan] | None = None
        self._used: set[str] = set()
        self._added = False

    def plan(self, pattern: re.Pattern[str]) -> PrefilterPlan:
        """:func:`~guardrails.classify.literal_prefilter.plan_for` of ``pattern``, from
        the file when it holds it."""
        if self._known is None:
            self._known = self._read()
        key = f"{pattern.flags}:{pattern.pattern}"
        self._used.add(key)
        known = self._known.get(key)
        if known is None:
            known = self._known[key] = plan_for(pattern)
            self._added = True
        return known

    def save(self) -> None:
        """Write the file if a plan was added since it was read."""
        if not self._added or self._known is None:
            return
        known = self._known
        if len(known) > _MAX_ENTRIES:
            known = {key: known[key] for key in self._used}
        rows = {
            key: [None if p.strings is None else list(p.strings), p.width]
            for key, p in known.items()
        }
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self._path.parent, suffix=".json.tmp")
            try:
                # ASCII escapes: a pattern's literal may be a lone surrogate, which UTF-8
                # cannot encode.
                with os.fdopen(handle, "w", encoding="ascii") as out:
                    json.dump(rows, out, separators=(",", ":"))
                Path(temporary).replace(self._path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except (OSError, ValueError) as exc:
            logger.warning("prefilter plan cache %s not written: %s", self._path, exc)
            return
        self._added = False

    def _read(self) -> dict[str, PrefilterPlan]:
        if not self._path.exists():
            return {}
        try:
            rows = json.loads(self._path.read_text(encoding="ascii"))
            return {key: _plan(row) for key, row in rows.items()}
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            logger.warning(
                "prefilter plan cache %s unreadable, reading the patterns: %s", self._path, exc
            )
            return {}


def _plan(row: object) -> PrefilterPlan:
    if not isinstance(row, list) or len(row) != 2:
        raise ValueError("a plan is [strings, width]")
    strings, width = row
    if strings is not None and not (
        isinstance(strings, list) and all(isinstance(s, str) and s for s in strings)
    ):
        raise ValueError("a plan's strings are non-empty strings or null")
    if width is not None and (not isinstance(width, int) or width < 0):
        raise ValueError("a plan's width is a non-negative integer or null")
    return PrefilterPlan(None if strings is None else tuple(strings), width)


def _fingerprint() -> str:
    """What a plan depends on besides its pattern: the code reading it (the prefilter
    module's source), the regular-expression parser (the Python version) and the case
    table (the Unicode version)."""
    source = Path(literal_prefilter.__file__).read_bytes()
    digest = hashlib.sha256(source)
    digest.update(f"\x00{sys.version}\x00{unicodedata.unidata_version}".encode())
    return digest.hexdigest()
