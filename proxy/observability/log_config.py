"""Process-wide logging set-up for ``mamori serve`` and its workers.

Log lines name requests by id, backends by URL and policies by file; they never carry
message text or personal values (see docs/operations.md).
"""

from __future__ import annotations

import logging
import traceback

__all__ = ["configure_logging", "log_failure"]


def configure_logging(level: str) -> None:
    """Log to stderr at ``level``; httpx's one-line-per-request INFO logs stay off."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))


def log_failure(logger: logging.Logger, what: str, exc: BaseException) -> None:
    """Log an unexpected exception by type and stack frames, without its message.

    An exception raised while handling a request may carry the request's text in its
    message (``ValueError(f"cannot parse {text}")``); the frames locate the bug without it.
    """
    frames = "".join(traceback.format_tb(exc.__traceback__))
    logger.error("%s: %s (message withheld)\n%s", what, type(exc).__name__, frames.rstrip())
