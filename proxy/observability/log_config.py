"""Process-wide logging set-up for ``mamori serve`` and its workers.

Log lines name requests by id, backends by URL and policies by file; they never carry
message text or personal values (see docs/operations.md).
"""

from __future__ import annotations

import logging
import traceback

__all__ = ["configure_logging", "log_failure"]


#: pymilvus warns "failed to get mvccTs from milvus server, use client-side ts instead" each
#: time it reads a collection with a query iterator from Milvus Lite (which has no mvccTs):
#: the FAQ copy of every ``mamori index search``, reindex and worker start. The versions it
#: reads no longer change, so the client's timestamp is right; an operator read the line
#: as a failure. A filter, not a level: importing pymilvus runs its own ``dictConfig``,
#: which resets the level of every ``pymilvus.*`` logger that exists (a serve worker
#: imports it after this set-up), while a logger's filters survive it.
_MILVUS_ITERATOR = "pymilvus.client.iterator.query_iterator"
_MVCC_WARNING = "failed to get mvccTs"


class _DropMvccWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.levelno == logging.WARNING and str(record.msg).startswith(_MVCC_WARNING))


_DROP_MVCC_WARNING = _DropMvccWarning()


def configure_logging(level: str) -> None:
    """Log to stderr at ``level``; httpx's one-line-per-request INFO logs stay off, and so
    does pymilvus's iterator warning about Milvus Lite's timestamps (above)."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))
    iterator = logging.getLogger(_MILVUS_ITERATOR)
    if _DROP_MVCC_WARNING not in iterator.filters:
        iterator.addFilter(_DROP_MVCC_WARNING)


def log_failure(logger: logging.Logger, what: str, exc: BaseException) -> None:
    """Log an unexpected exception by type and stack frames, without its message.

    An exception raised while handling a request may carry the request's text in its
    message (``ValueError(f"cannot parse {text}")``); the frames locate the bug without it.
    """
    frames = "".join(traceback.format_tb(exc.__traceback__))
    logger.error("%s: %s (message withheld)\n%s", what, type(exc).__name__, frames.rstrip())
