"""Errors raised by the retrieval package.

::

    RetrievalError                 every failure in retrieval/
    ├── EmbedderError              a model cannot be loaded or an embedding call failed
    ├── StoreError                 Milvus refused or could not be reached
    │   └── MilvusLiteServerError  the embedded Milvus Lite server did not start
    ├── IndexDefinitionError       indexes/NAME.yaml is invalid or fields cannot be inferred
    └── ReindexError               a reindex was stopped (bad row with --strict, failed
                                   validation); the alias was not moved

Low-level errors (httpx, pymilvus, OSError) are mapped at the package boundary with
``raise X(...) from exc``. Messages never contain FAQ or query text.
"""

from __future__ import annotations

__all__ = [
    "EmbedderError",
    "IndexDefinitionError",
    "MilvusLiteServerError",
    "ReindexError",
    "RetrievalError",
    "StoreError",
]


class RetrievalError(Exception):
    """Base of every retrieval failure."""


class EmbedderError(RetrievalError):
    """An embedder could not be built or did not return vectors."""


class StoreError(RetrievalError):
    """A Milvus operation failed."""


class MilvusLiteServerError(StoreError):
    """The embedded Milvus Lite server could not be started or reached."""


class IndexDefinitionError(RetrievalError):
    """An index definition is invalid, or a source's fields cannot be inferred."""


class ReindexError(RetrievalError):
    """A reindex stopped before the alias swap."""
