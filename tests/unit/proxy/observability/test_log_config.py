from __future__ import annotations

import logging

import pytest

from proxy.observability.log_config import configure_logging


@pytest.mark.parametrize("level", ["DEBUG", "INFO", "WARNING"])
def test_pymilvus_iterator_timestamp_warning_is_not_shown(level: str) -> None:
    # "failed to get mvccTs from milvus server, use client-side ts instead" came on every
    # `mamori index search` and reindex against Milvus Lite and read as a failure.
    iterator = logging.getLogger("pymilvus.client.iterator.query_iterator")
    before = iterator.level
    try:
        configure_logging(level)
        assert not iterator.isEnabledFor(logging.WARNING)
        assert iterator.isEnabledFor(logging.ERROR)
        assert logging.getLogger("pymilvus").isEnabledFor(logging.WARNING)
    finally:
        iterator.setLevel(before)
