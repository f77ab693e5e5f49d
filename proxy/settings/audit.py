"""``audit:``: where the audit log is written."""

from __future__ import annotations

from pathlib import Path

from proxy.settings.section import Section

__all__ = ["AuditSettings"]


class AuditSettings(Section):
    path: Path | None = Path("audit.log")
    """JSON-lines audit file; ``null`` turns the audit log off."""
