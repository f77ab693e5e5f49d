"""Policy files on disk for the store and inheritance tests."""

from __future__ import annotations

import os
from pathlib import Path


def write_policy(directory: Path, name: str, text: str) -> Path:
    """``directory/NAME.yaml`` with ``text``."""
    path = directory / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def bump_mtime(path: Path) -> None:
    """Move the modification time a second on: two writes within the file system's
    timestamp granularity would look unchanged to the store."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
