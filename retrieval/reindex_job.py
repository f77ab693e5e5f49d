"""The reindex job: source file → a new versioned collection → validation → alias swap.

Steps of :meth:`ReindexJob.run`:

0. drop the versions of this index that a reindex started and never finished, when their
   job is gone (killed by SIGKILL or the OOM killer: no handler ran to drop them); a
   version another running job is building is left alone (:mod:`retrieval.build_marker`);
1. read the source; bad rows are reported with their line numbers (``strict`` stops at the
   first one) and skipped — an entry with a field longer than its Milvus field holds
   (:data:`~retrieval.milvus_store.FIELD_MAX_CHARS`: an answer of more than 65,535
   characters, or BM25 terms that long) is a bad row too, found before anything is
   embedded (Milvus would refuse it at insert, after the embedding, failing the whole job);
2. hash each entry's content together with the vector recipe (embedder name, embedded
   fields, answer piece length, tokenizer settings); entries whose hash is already in the
   current version reuse their stored vectors (answer pieces' too), the rest are embedded
   in batches (a progress bar on a terminal, else a log line every
   :data:`PROGRESS_LOG_S`): every text of a batch of entries (question, question +
   answer, answer pieces) is sorted by length and sent to the embedder in groups of at
   most :data:`BATCH_CHARS` padded characters, so short texts are not padded to long ones;
3. create ``NAME__v<N+1>`` with a build marker (this process, refreshed every
   :data:`~retrieval.build_marker.HEARTBEAT_S` while filling), which is also the job's
   claim on the index: one reindex of an index runs at a time (below); then fill it (and
   its answer pieces' companion collection) batch by batch;
4. validate: the row count equals the number of entries (and the answer pieces' count
   the number of pieces), and a smoke query (the first entry's question) finds that entry
   among the top 10; then the build marker is removed;
5. move the alias ``NAME`` to the new version in one call (searches by the alias never
   see a half-built collection);
6. drop the oldest finished versions beyond ``keep_versions`` (never the current one).

:func:`rollback` points the alias at the newest finished version older than the current
one; a version still marked as being built is never a target.

Two reindexes of one index at once (a cron job and an operator, two pods) would build two
versions and move the alias in the order they finish, so an older source could end up
served; both could even pick the same version number. So, right after creating its version
(a Milvus call that fails when the name exists), a job looks for another version of the
index still being built by a live job; if there is one it drops its own version and stops
with a :class:`~retrieval.errors.ReindexError` naming the other job, before embedding
anything. A create that fails because the other job took the same number stops the same
way, dropping nothing. Creates are ordered by the server, so the later of two jobs always
sees the earlier one's version: at most one goes on (when both start within the same
instant, both may stop; running again then works). Works against Milvus Lite and a
Milvus server alike (no file lock, which jobs on two hosts would not share).

Failure behaviour: :class:`~retrieval.errors.ReindexError` when the source has no valid
entry, fewer than half as many as the current version (unless ``allow_shrink``), a row is
bad under ``strict``, or validation fails — the new collection is dropped
and the alias stays where it was. Embedding and Milvus errors propagate as
:class:`EmbedderError` / :class:`StoreError` after the half-built collection is dropped.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from retrieval.answer_chunks import answer_chunks
from retrieval.build_marker import HEARTBEAT_S, BuildMarker
from retrieval.embedder import Embedder, Vectors
from retrieval.errors import ReindexError, StoreError
from retrieval.faq_entry import FaqEntry
from retrieval.faq_source import BadRow, SourceRow, read_source
from retrieval.index_definition import IndexDefinition
from retrieval.milvus_store import (
    FIELD_MAX_CHARS,
    CollectionLayout,
    MilvusStore,
    StoredRow,
    chunk_collection,
    collection_name,
    parse_version,
)
from retrieval.rank_fusion import fuse
from retrieval.sudachi_tokenizer import SudachiTokenizer
from retrieval.word_vectors import WORDS_DIMENSION, idf_table, word_vectors

__all__ = [
    "BATCH_CHARS",
    "ReindexJob",
    "ReindexSummary",
    "entry_text",
    "finished_versions",
    "length_batches",
    "rollback",
]

logger = logging.getLogger(__name__)

_SMOKE_TOP_K = 10

PROGRESS_LOG_S = 30.0
"""Without a terminal (a log file, ``kubectl logs``, CI) the job logs how far it is this
often instead of drawing a progress bar."""

BATCH_CHARS = 8192
"""Most characters (texts in a group × the group's longest text) sent to the embedder in
one call: the model pads a call's texts to its longest one."""


@dataclass(frozen=True, slots=True)
class ReindexSummary:
    index: str
    collection: str
    entries: int
    reused: int
    embedded: int
    skipped: int
    seconds: float
    dropped: tuple[str, ...]
    """Old versions removed after the swap."""
    abandoned: tuple[str, ...] = ()
    """Versions a gone job never finished, dropped before building."""


def entry_text(entry: FaqEntry, what: str) -> str:
    """The text of ``entry`` that a vector or the BM25 field is made from: ``question``,
    ``answer`` or ``question_answer`` (the two on separate lines)."""
    if what == "question":
        return entry.question
    if what == "answer":
        return entry.answer
    return f"{entry.question}\n{entry.answer}"


def length_batches(texts: Sequence[str], budget: int = BATCH_CHARS) -> list[list[int]]:
    """Positions of ``texts`` in groups for one embedding call each: shortest first, a
    group closed when its size × its longest text would exceed ``budget`` characters
    (a text longer than ``budget`` goes alone)."""
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    groups: list[list[int]] = []
    current: list[int] = []
    for i in order:
        if current and (len(current) + 1) * max(len(texts[i]), 1) > budget:
            groups.append(current)
            current = []
        current.append(i)
    return [*groups, current] if current else groups


class ReindexJob:
    """Builds a new version of one index. One run per instance is the intended use."""

    def __init__(
        self,
        store: MilvusStore,
        definition: IndexDefinition,
        *,
        embedder: Embedder | None,
        tokenizer: SudachiTokenizer | None,
        progress: bool = False,
    ) -> None:
        if definition.hybrid.dense and embedder is None:
            raise ValueError("the definition turns dense on but no embedder was given")
        if definition.hybrid.bm25 and tokenizer is None:
            raise ValueError("the definition turns bm25 on but no tokenizer was given")
        self._store = store
        self._definition = definition
        self._embedder = embedder if definition.hybrid.dense else None
        self._tokenizer = tokenizer if definition.hybrid.bm25 else None
        self._progress = progress

    @property
    def layout(self) -> CollectionLayout:
        embedder = self._embedder
        vectors = self._definition.vectors if embedder else ()
        chunks = self._definition.answer_chunks if embedder else 0
        recipe = "|".join(
            [
                embedder.name if embedder else "no-dense",
                "+".join(vectors) + (f"+answer_chunks:{chunks}" if chunks else ""),
                f"{self._definition.bm25_text}:{self._tokenizer.recipe}"
                if self._tokenizer
                else "no-bm25",
            ]
        )
        return CollectionLayout(
            embedder=embedder.name if embedder else "",
            dimension=embedder.dimension if embedder else None,
            bm25=self._tokenizer is not None,
            recipe=recipe,
            vectors=tuple(vectors),
            chunks=chunks,
            words=WORDS_DIMENSION
            if self._definition.word_vectors and self._tokenizer is not None
            else 0,
        )

    def run(
        self,
        source: Path,
        *,
        strict: bool = False,
        on_bad_row: Callable[[BadRow], None] | None = None,
        allow_shrink: bool = False,
    ) -> ReindexSummary:
        """Build and publish a new version of the index from ``source`` (the steps in the
        module docstring). Unless ``allow_shrink``, a source with fewer than half as many
        valid entries as the current version holds is refused before anything is built
        (:class:`ReindexError`): a cut-off export or one whose rows are mostly bad would
        otherwise replace a good index, with status 0."""
        started = time.perf_counter()
        name = self._definition.name
        entries, terms, skipped = self._read(source, strict, on_bad_row)
        if not entries:
            raise ReindexError(f"{source} has no valid entry; index {name!r} was not changed")
        if not allow_shrink:
            self._check_shrink(source, len(entries), skipped)
        layout = self.layout
        # The words list: every entry's chiVe vector, weighted by this version's IDF table
        # (recomputed from the new terms on every reindex; the e5 vectors are reused).
        # Made before anything is built, so missing vectors fail the job at once.
        words = None
        idf: dict[str, float] = {}
        if layout.words:
            idf = idf_table(terms)
            words = word_vectors().embed([t.split() for t in terms], idf)
        hashes = [entry.content_hash(layout.recipe) for entry in entries]
        previous = self._reusable(layout)
        # Numbered after every version there was, the dropped ones too: a name in log
        # lines and messages is never used for two collections.
        versions = self._store.versions(name)
        target = collection_name(name, (versions[-1] if versions else 0) + 1)
        abandoned = self._drop_abandoned(name)
        marker = BuildMarker.for_this_process()
        created = False
        try:
            # Inside the try: an interrupt while Milvus creates and loads the collection
            # (it is listed as soon as it is created) must drop it too.
            self._create(target, layout, marker)
            created = True
            self._claim(name, target)
            reused, embedded = self._fill(
                target, layout, entries, terms, hashes, previous, marker, words
            )
            self._validate(target, layout, entries, idf)
            self._store.mark_built(target)
        except BaseException:
            self._drop_own(target, marker, created=created)
            raise
        self._store.point_alias(name, target)
        logger.info("index %s now serves %s", name, target)
        dropped = self._prune(name, target)
        return ReindexSummary(
            index=name,
            collection=target,
            entries=len(entries),
            reused=reused,
            embedded=embedded,
            skipped=skipped,
            seconds=time.perf_counter() - started,
            dropped=dropped,
            abandoned=abandoned,
        )

    def _check_shrink(self, source: Path, entries: int, skipped: int) -> None:
        name = self._definition.name
        current = self._store.current(name)
        if current is None:
            return
        serving = self._store.count(current)
        if entries * 2 >= serving:
            return
        bad = f", {skipped:,} rows skipped" if skipped else ""
        raise ReindexError(
            f"{source} has {entries:,} valid {'entry' if entries == 1 else 'entries'}{bad}; "
            f"{current} serves {serving:,}: a "
            "source with fewer than half as many is refused (a cut-off or broken export "
            f"looks like this); index {name!r} was not changed. Check the source, or run "
            "again with --allow-shrink to publish it"
        )

    def _create(self, target: str, layout: CollectionLayout, marker: BuildMarker) -> None:
        """Create ``target`` marked as built by this job; a :class:`ReindexError` when another
        live job has just created it (both picked the same version number)."""
        try:
            self._store.create(target, layout, building=marker.describe())
        except StoreError:
            other = self._live_builder(target)
            if other is not None and not other.same_job(marker):
                raise self._busy(target, other) from None
            raise

    def _claim(self, name: str, target: str) -> None:
        """Stop (:class:`ReindexError`) when another live job is building a version of
        ``name``: one reindex of an index at a time (see the module docstring)."""
        for version in self._store.versions(name):
            collection = collection_name(name, version)
            if collection == target:
                continue
            other = self._live_builder(collection)
            if other is not None:
                raise self._busy(collection, other)

    def _busy(self, collection: str, other: BuildMarker) -> ReindexError:
        name = self._definition.name
        return ReindexError(
            f"another reindex of index {name!r} is running ({other.summary()}, building "
            f"{collection}); index {name!r} was not changed by this one: run it again once "
            "the other has finished"
        )

    def _live_builder(self, collection: str) -> BuildMarker | None:
        """The marker of the live job building ``collection``; None when it is finished,
        gone, unreadable or its job is no longer running."""
        try:
            raw = self._store.building(collection)
        except StoreError:
            return None  # dropped meanwhile, or never created
        marker = BuildMarker.parse(raw) if raw is not None else None
        if marker is None or marker.gone() is not None:
            return None
        return marker

    def _drop_own(self, target: str, marker: BuildMarker, *, created: bool) -> None:
        """Drop ``target`` after a failure, unless another job built it: a create that
        failed (or was interrupted) leaves a collection that is ours only if it carries
        this job's marker."""
        if not created:
            try:
                raw = self._store.building(target)
            except StoreError:
                return  # never created
            found = BuildMarker.parse(raw) if raw is not None else None
            if found is None or not found.same_job(marker):
                return
        self._drop_quietly(target)

    def _drop_abandoned(self, name: str) -> tuple[str, ...]:
        """Drop the versions of ``name`` still marked as being built whose job is gone."""
        dropped = []
        for version in self._store.versions(name):
            collection = collection_name(name, version)
            try:
                raw = self._store.building(collection)
            except StoreError:
                continue  # dropped meanwhile
            if raw is None:
                continue
            marker = BuildMarker.parse(raw)
            reason = "its build marker does not parse" if marker is None else marker.gone()
            if reason is None:
                assert marker is not None
                logger.warning(
                    "%s is being built by another reindex (%s): left alone",
                    collection,
                    marker.summary(),
                )
                continue
            logger.warning("dropping %s, a version never finished: %s", collection, reason)
            self._drop_quietly(collection)
            dropped.append(collection)
        return tuple(dropped)

    def _read(
        self, source: Path, strict: bool, on_bad_row: Callable[[BadRow], None] | None
    ) -> tuple[list[FaqEntry], list[str], int]:
        """The valid entries, their BM25 terms, and how many rows were skipped."""
        fmt = self._definition.source_format(source)
        entries: list[FaqEntry] = []
        terms: list[str] = []
        skipped = 0
        try:
            for found in read_source(source, fmt, self._definition.fields):
                if isinstance(found, SourceRow):
                    entry_terms = ""
                    too_long = _too_long(found.entry)
                    if too_long is None:
                        entry_terms = self._terms(found.entry)
                        too_long = _too_long_terms(entry_terms)
                    if too_long is None:
                        entries.append(found.entry)
                        terms.append(entry_terms)
                        continue
                    row = BadRow(found.line, too_long)
                else:
                    row = found
                if strict:
                    raise ReindexError(f"{source}:{row.line}: {row.reason} (--strict)")
                skipped += 1
                if on_bad_row is not None:
                    on_bad_row(row)
        except OSError as exc:
            raise ReindexError(f"cannot read {source}: {exc.strerror}") from exc
        return entries, terms, skipped

    def _reusable(self, layout: CollectionLayout) -> dict[str, _Vectors]:
        """Vectors (and answer piece vectors) of the current version, when it was built the
        same way."""
        if not layout.dense:
            return {}
        current = self._store.current(self._definition.name)
        if current is None:
            return {}
        try:
            if self._store.layout(current).recipe != layout.recipe:
                return {}
            # After a Milvus Lite restart nothing is loaded, and a released collection
            # cannot be read: every entry would be embedded again.
            self._store.ensure_loaded(current)
            dense = self._store.stored_vectors(current, layout)
            pieces = {}
            if layout.chunks:
                self._store.ensure_loaded(chunk_collection(current))
                pieces = self._store.stored_chunks(current)
        except StoreError as exc:
            logger.warning("cannot reuse vectors of %s (%s); embedding everything", current, exc)
            return {}
        return {key: _Vectors(found, pieces.get(key, ())) for key, found in dense.items()}

    def _fill(
        self,
        target: str,
        layout: CollectionLayout,
        entries: list[FaqEntry],
        terms: list[str],
        hashes: list[str],
        previous: dict[str, _Vectors],
        marker: BuildMarker,
        words: npt.NDArray[np.float32] | None = None,
    ) -> tuple[int, int]:
        from tqdm import tqdm

        batch_size = self._definition.batch_size
        reused = embedded = 0
        beat = told = started = time.monotonic()
        with tqdm(
            total=len(entries),
            desc=f"reindex {self._definition.name}",
            unit="entry",
            disable=not self._progress,
        ) as bar:
            for start in range(0, len(entries), batch_size):
                batch = entries[start : start + batch_size]
                batch_terms = terms[start : start + batch_size]
                batch_hashes = hashes[start : start + batch_size]
                vectors = [previous.get(h, _Vectors((), ())) for h in batch_hashes]
                if self._embedder is not None:
                    missing = [i for i, found in enumerate(vectors) if not found.dense]
                    for i, fresh in zip(
                        missing, self._embed([batch[i] for i in missing]), strict=True
                    ):
                        vectors[i] = fresh
                    embedded += len(missing)
                    reused += len(batch) - len(missing)
                rows = [
                    StoredRow(
                        entry=entry,
                        content_hash=content_hash,
                        dense=found.dense,
                        bm25_text=entry_terms,
                        chunks=found.chunks,
                        words=words[start + i] if words is not None else None,
                    )
                    for i, (entry, entry_terms, content_hash, found) in enumerate(
                        zip(batch, batch_terms, batch_hashes, vectors, strict=True)
                    )
                ]
                self._store.insert(target, rows, layout)
                bar.update(len(batch))
                done = start + len(batch)
                if not self._progress and time.monotonic() - told >= PROGRESS_LOG_S:
                    logger.info(
                        "reindex %s: %d of %d entries (%d%%) in %.0f s, %d embedded",
                        self._definition.name,
                        done,
                        len(entries),
                        100 * done // len(entries),
                        time.monotonic() - started,
                        embedded,
                    )
                    told = time.monotonic()
                if time.monotonic() - beat > HEARTBEAT_S:
                    # Another reindex tells a live job's version from a killed one's by it.
                    marker = marker.beaten()
                    self._store.mark_building(target, marker.describe())
                    beat = time.monotonic()
        self._store.flush(target, layout)
        return reused, embedded

    def _embed(self, entries: list[FaqEntry]) -> list[_Vectors]:
        """Every vector of each of ``entries`` (in the layout's field order) and its
        answer pieces' vectors, all texts embedded in length-sorted groups."""
        if not entries:
            return []
        assert self._embedder is not None
        kinds = self._definition.vectors
        limit = self._definition.answer_chunks
        texts: list[str] = []
        for entry in entries:
            texts.extend(entry_text(entry, what) for what in kinds)
            if limit:
                texts.extend(answer_chunks(entry.answer, limit))
        out: list[Vectors | None] = [None] * len(texts)
        for group in length_batches(texts):
            fresh = self._embedder.embed_passages([texts[i] for i in group])
            for position, i in enumerate(group):
                out[i] = np.asarray(fresh[position], dtype=np.float32)
        made = iter(out)
        result = []
        for entry in entries:
            dense = tuple(_present(next(made)) for _ in kinds)
            count = len(answer_chunks(entry.answer, limit)) if limit else 0
            result.append(_Vectors(dense, tuple(_present(next(made)) for _ in range(count))))
        return result

    def _terms(self, entry: FaqEntry) -> str:
        if self._tokenizer is None:
            return ""
        return self._tokenizer.joined(entry_text(entry, self._definition.bm25_text))

    def _validate(
        self,
        target: str,
        layout: CollectionLayout,
        entries: list[FaqEntry],
        idf: dict[str, float] | None = None,
    ) -> None:
        rows = self._store.count(target)
        if rows != len(entries):
            raise ReindexError(
                f"validation failed: {target} has {rows} rows, expected {len(entries)}; "
                f"the alias was not moved"
            )
        if layout.chunks:
            pieces = chunk_collection(target)
            expected = sum(len(answer_chunks(entry.answer, layout.chunks)) for entry in entries)
            stored = self._store.count(pieces)
            if stored != expected:
                raise ReindexError(
                    f"validation failed: {pieces} has {stored} answer pieces, expected "
                    f"{expected}; the alias was not moved"
                )
        probe = entries[0]
        hybrid = self._definition.hybrid
        weights = hybrid.weights
        probe_terms = self._tokenizer.joined(probe.question) if self._tokenizer else None
        words_vector = None
        if layout.words and probe_terms:
            words_vector = word_vectors().embed([probe_terms.split()], idf or {})[0]
        lists = self._store.ranked_lists(
            target,
            layout,
            query_vector=(
                self._embedder.embed_queries([probe.question])[0] if self._embedder else None
            ),
            query_terms=probe_terms,
            lists=[name for name in layout.list_names if weights.get(name, 1.0) > 0],
            limit=max(hybrid.candidates, _SMOKE_TOP_K),
            strong=True,
            version=target,
            words_vector=words_vector,
        )
        found = fuse(lists, weights=weights, rrf_k=hybrid.rrf_k)[:_SMOKE_TOP_K]
        if probe.id not in {item.id for item in found}:
            raise ReindexError(
                f"validation failed: a search for entry {probe.id!r}'s question did not "
                f"find it in {target}; the alias was not moved"
            )

    def _prune(self, name: str, current: str) -> tuple[str, ...]:
        keep = self._definition.keep_versions
        # Versions being built by another job are neither counted nor dropped.
        versions = finished_versions(self._store, name)
        current_version = parse_version(current)
        dropped = []
        for version in versions[: max(len(versions) - keep, 0)]:
            if current_version and version == current_version[1]:
                continue
            old = collection_name(name, version)
            self._drop_quietly(old)
            dropped.append(old)
        return tuple(dropped)

    def _drop_quietly(self, collection: str) -> None:
        try:
            self._store.drop(collection)
        except StoreError as exc:
            logger.warning("could not drop %s: %s", collection, exc)


@dataclass(frozen=True, slots=True)
class _Vectors:
    """One entry's vectors: one per dense field, and one per answer piece."""

    dense: tuple[Vectors, ...]
    chunks: tuple[Vectors, ...]


def _too_long(entry: FaqEntry) -> str | None:
    """Which field of ``entry`` is longer than its Milvus field holds, or ``None``."""
    values = {
        "id": entry.id,
        "question": entry.question,
        "answer": entry.answer,
        "url": entry.url,
        "tags": json.dumps(list(entry.tags), ensure_ascii=False),
    }
    for field, value in values.items():
        if len(value) > FIELD_MAX_CHARS[field]:
            return (
                f"{field} is {len(value):,} characters, more than the index holds "
                f"({FIELD_MAX_CHARS[field]:,}); shorten it or split the entry"
            )
    return None


def _too_long_terms(terms: str) -> str | None:
    limit = FIELD_MAX_CHARS["bm25_text"]
    if len(terms) <= limit:
        return None
    return (
        f"the BM25 terms of this entry are {len(terms):,} characters, more than the index "
        f"holds ({limit:,}); shorten the answer or split the entry"
    )


def _present(vector: Vectors | None) -> Vectors:
    assert vector is not None  # every position was filled by a group
    return vector


def finished_versions(store: MilvusStore, index: str) -> list[int]:
    """The versions of ``index`` whose reindex finished (no build marker), oldest first."""
    finished = []
    for version in store.versions(index):
        try:
            if store.building(collection_name(index, version)) is None:
                finished.append(version)
        except StoreError:
            continue  # dropped meanwhile
    return finished


def rollback(store: MilvusStore, index: str) -> tuple[str, str]:
    """Point ``index`` at the newest finished version older than the current one.

    Returns ``(from, to)`` collection names; raises :class:`ReindexError` when there is no
    alias or no older version is kept.
    """
    current = store.current(index)
    if current is None:
        raise ReindexError(f"index {index!r} does not exist")
    parsed = parse_version(current)
    finished = finished_versions(store, index)
    older = [v for v in finished if parsed is None or v < parsed[1]]
    if not older:
        unfinished = [
            collection_name(index, v)
            for v in store.versions(index)
            if v not in finished and (parsed is None or v < parsed[1])
        ]
        note = (
            f" ({', '.join(unfinished)} never finished: a reindex was stopped while "
            "building it; the next `mamori reindex` drops it once that job is gone)"
            if unfinished
            else ""
        )
        raise ReindexError(
            f"index {index!r} has no version older than {current} to go back to{note}"
        )
    target = collection_name(index, older[-1])
    store.point_alias(index, target)
    return current, target
