from __future__ import annotations

import subprocess
import sys

import pytest

# A fresh interpreter: the order of the set-up and pymilvus's import is what matters, and
# pymilvus runs its own logging.config.dictConfig when it is first imported.
_SCRIPT = """
import logging, sys
from proxy.observability.log_config import configure_logging
configure_logging({level!r})
{import_pymilvus}
log = logging.getLogger("pymilvus.client.iterator.query_iterator")
log.warning("failed to get mvccTs from milvus server, use client-side ts instead")
log.warning("iterator: another warning")
logging.getLogger("pymilvus").warning("pymilvus: a warning of its own")
"""


@pytest.mark.parametrize("level", ["DEBUG", "INFO", "WARNING"])
@pytest.mark.parametrize("pymilvus_imported", ["after", "never"])
def test_pymilvus_iterator_timestamp_warning_is_not_shown(
    level: str, pymilvus_imported: str
) -> None:
    # "failed to get mvccTs from milvus server, use client-side ts instead" came on every
    # `mamori index search`, reindex and serve worker start against Milvus Lite and read as
    # a failure. A serve worker imports pymilvus after the set-up; its dictConfig reset the
    # level the first fix set, so the line still came in `make serve`.
    script = _SCRIPT.format(
        level=level, import_pymilvus="import pymilvus" if pymilvus_imported == "after" else ""
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert "mvccTs" not in done.stderr
    assert "iterator: another warning" in done.stderr
    assert "pymilvus: a warning of its own" in done.stderr
