"""The one error of policy loading: :class:`PolicyError`.

Every way a policy can fail to load (unreadable file, invalid YAML, invalid option, a
missing or circular ``extends``) ends as a :class:`PolicyError` whose message starts with
``file:line:`` so that the person who edits the file can go straight to the mistake.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

__all__ = ["PolicyError"]


class PolicyError(ValueError):
    """A policy file cannot be read or is invalid; the message gives file and line.

    ``sources`` lists the files the failed load read or looked for (the policy file and
    its bases): hot reload watches them, so fixing any of them is picked up.
    """

    def __init__(self, message: str, *, sources: Iterable[Path] = ()) -> None:
        super().__init__(message)
        self.sources = tuple(sources)
