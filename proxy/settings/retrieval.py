"""Deployment settings of FAQ retrieval (the ``retrieval:`` section of ``mamori.yaml``).

What the policy decides per tenant (top-k, minimum score, template, what to do without a
hit) lives in the policy's ``retrieval`` section; this section says where the indexes are
and which ones the gateway loads.

Failure behaviour: validation errors name the key, as for every settings section.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr

__all__ = ["RetrievalSettings"]


class RetrievalSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = False
    """Load the indexes and run the ``retrieval.inject`` stage (its policy section decides
    per tenant whether it injects anything)."""
    milvus_uri: str = "indexes/milvus"
    """A local directory (the embedded Milvus Lite server, shared by every worker and by
    ``mamori reindex``) or ``http://host:19530`` for Milvus standalone/cluster."""
    milvus_token: SecretStr | None = None
    """Token for Milvus standalone/cluster (``user:password`` or an API key)."""
    bm25_analyzer: Literal["standard", "whitespace"] | None = None
    """Milvus analyzer of the BM25 field; default: ``standard`` for Milvus Lite,
    ``whitespace`` for a server URI. Both only split the Sudachi terms at spaces."""
    indexes_dir: Path = Path("indexes")
    """Folder of the index definitions (``NAME.yaml``)."""
    indexes: list[str] = Field(default_factory=lambda: ["faq"])
    """Indexes the gateway loads at start-up (their embedders are loaded once)."""
    builtin_model: str | None = "faq-extractive"
    """Public name of the built-in model that answers with the best FAQ entry (no LLM);
    ``null`` turns it off. With no ``models`` configured it answers every model name."""
    builtin_index: str = "faq"
    """Index the built-in model answers from."""
    builtin_min_score: float = Field(0.845, ge=-1.0, le=1.0)
    """The built-in model's best entry must be at least this similar (cosine) to the
    question; otherwise it says it found nothing."""
    fallback_for: list[str] = Field(default_factory=list)
    """Models whose requests the built-in model answers, marked as a fallback, while every
    backend of the model is down; ``["*"]`` for all."""
