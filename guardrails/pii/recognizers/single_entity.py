"""Base of Mamori's Japanese recognizers that report one entity type and load nothing."""

from __future__ import annotations

from typing import ClassVar

from presidio_analyzer import EntityRecognizer

__all__ = ["SingleEntityRecognizer"]


class SingleEntityRecognizer(EntityRecognizer):
    """A recognizer for the entity type in ``ENTITY``, language ``ja``, named after its class.

    Subclasses set ``ENTITY`` and implement ``analyze``; there is no model to load.
    """

    ENTITY: ClassVar[str]

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[self.ENTITY], name=type(self).__name__, supported_language="ja"
        )

    def load(self) -> None:
        return None
