"""Process-wide logging set-up for ``mamori serve`` and its workers.

Log lines name requests by id, backends by URL and policies by file; they never carry
message text or personal values (see docs/operations.md).
"""

from __future__ import annotations

import logging

__all__ = ["configure_logging"]


def configure_logging(level: str) -> None:
    """Log to stderr at ``level``; httpx's one-line-per-request INFO logs stay off."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))
