"""One FAQ entry as the reindex job reads it and the store keeps it.

Failure behaviour: none; construction does not validate (the source readers do).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

__all__ = ["FaqEntry"]


@dataclass(frozen=True, slots=True)
class FaqEntry:
    """A question with its answer and where the answer comes from."""

    id: str
    question: str
    answer: str
    url: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)

    def content_hash(self, recipe: str) -> str:
        """Hex SHA-256 of everything that goes into this entry's vectors and row.

        ``recipe`` names how the vectors were made (the embedder's name, which fields were
        embedded, the tokenizer), so that changing any of them re-embeds every entry.
        """
        payload = json.dumps(
            [recipe, self.id, self.question, self.answer, self.url, list(self.tags)],
            ensure_ascii=False,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()
