"""A bounded cache of analysis results, so a re-sent conversation is not analysed again.

Chat clients send the whole history every turn; without a cache the gateway would analyse
turn 1 again on turn 2, 3, ... The key is a SHA-256 of the text and the entity set, the
value the findings (offsets, types, scores): the cache holds no characters of any message,
lives only in the process, and forgets the least recently used entries beyond its bound.

Not thread-safe by itself: the PII stage touches it only from the event loop.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Collection

from guardrails.pii.findings import PiiFinding

__all__ = ["AnalysisCache"]


class AnalysisCache:
    """LRU map from (text, entity set) digests to findings."""

    def __init__(self, max_entries: int = 4096) -> None:
        if max_entries < 0:
            raise ValueError("max_entries must be >= 0")
        self._max = max_entries
        self._entries: OrderedDict[bytes, tuple[PiiFinding, ...]] = OrderedDict()
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(text: str, entities: Collection[str]) -> bytes:
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass"))
        digest.update(b"\0" + "\0".join(sorted(entities)).encode())
        return digest.digest()

    def get(self, key: bytes) -> tuple[PiiFinding, ...] | None:
        found = self._entries.get(key)
        if found is None:
            self.misses += 1
            return None
        self.hits += 1
        self._entries.move_to_end(key)
        return found

    def put(self, key: bytes, findings: tuple[PiiFinding, ...]) -> None:
        if self._max == 0:
            return
        self._entries[key] = findings
        self._entries.move_to_end(key)
        while len(self._entries) > self._max:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)
