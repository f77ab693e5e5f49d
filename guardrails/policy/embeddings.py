"""The ``embeddings`` section of a policy: personal data in ``/v1/embeddings`` inputs.

::

    embeddings:
      personal_data: pseudonymize   # allow | pseudonymize | block

An embedding keeps no text, but the input goes to the embedding backend, which may be a
remote service. ``pseudonymize`` (the default) applies the ``pii`` section's actions to each
input before it leaves, as for chat; ``block`` refuses a request whose inputs hold personal
data of any enabled type; ``allow`` sends inputs as written (for an embedder inside the
trust boundary, and for documents whose names must stay searchable).

Pseudonymizing changes the vectors: ``山田太郎さんの住所変更`` is embedded as
``<PERSON_1>さんの住所変更``, so documents about different people embed alike and a search
for a name no longer finds that person's documents. That is the price of not sending the
name; choose ``allow`` only where the embedder may see it.

The input guard does not apply to embedding inputs: they are documents and queries, not
instructions to a model.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

__all__ = ["EmbeddingsPolicy"]


class EmbeddingsPolicy(BaseModel):
    """Embedding inputs for one policy."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)

    personal_data: Literal["allow", "pseudonymize", "block"] = "pseudonymize"
    """What happens to personal data in the inputs: sent as written, replaced as the
    ``pii`` section says, or the request refused."""
