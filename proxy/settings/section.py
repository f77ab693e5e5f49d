"""The base of every settings section: unknown keys are errors, values are frozen."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = ["Section"]


class Section(BaseModel):
    """A section of ``mamori.yaml``: an unknown key fails at start-up, naming the key."""

    model_config = ConfigDict(extra="forbid", frozen=True)
