"""``policies:``: where the policy files are and how often they are re-read."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from proxy.settings.section import Section

__all__ = ["PolicySettings"]


class PolicySettings(Section):
    directory: Path = Path("policies")
    """Folder holding ``NAME.yaml`` policy files."""
    default: str = "default"
    """Policy of requests without an API key (loopback-only deployments)."""
    reload_interval_s: float = Field(2.0, gt=0)
    """How often policy files are checked for changes (hot reload)."""
