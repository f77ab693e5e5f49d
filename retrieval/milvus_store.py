"""FAQ entries in Milvus: versioned collections behind an alias, hybrid dense + BM25 search.

An index ``NAME`` is the alias ``NAME`` pointing at one of the collections ``NAME__v1``,
``NAME__v2``, ... . The reindex job fills a new version and moves the alias in one call
(``alter_alias``), so a search by the alias sees either the old or the new collection,
never a half-built one. Only pymilvus's ``MilvusClient`` is used, so the same code talks to
the embedded Milvus Lite server and to Milvus standalone/cluster.

Each collection holds ``id``, ``question``, ``answer``, ``url``, ``tags`` (JSON list),
``content_hash``, and, as the index asks:

* ``dense``, ``dense_1``, ... — one normalised vector per text the index embeds for an
  entry (question, answer, question + answer; inner product = cosine similarity);
* ``bm25_text`` — Sudachi terms joined by spaces, turned by Milvus's BM25 function into
  the sparse vector ``sparse``.

With answer chunks (:mod:`retrieval.answer_chunks`) a version has a companion collection
``NAME__vN__chunks`` (:func:`chunk_collection`): one row per piece of an answer, with
``parent`` (the entry id), ``content_hash`` (the entry's), ``position`` and ``dense``. Its
ranked list, ``answer_chunks``, is one search of the best pieces (three per entry wanted)
of which each entry's first, i.e. best, is kept: each entry once, scored by its best
piece. It is created, filled, flushed and dropped with its version; the name does not
parse as a version, so it is never listed or pruned as one.

The layout (which fields, what each vector holds, the dimension, the embedder) is written
into a collection property (Milvus Lite drops descriptions), so a search or a rollback
always uses what that version was built with. A version being built carries a second
property, ``mamori.building`` (:mod:`retrieval.build_marker`), removed once it is
validated: a version that still has it was never finished (its job may have been killed),
and is never a rollback target.

Searching is in two steps: :meth:`MilvusStore.ranked_lists` gives, per dense field and
for BM25, the best entry ids with their scores (cosine similarity; BM25 made positive:
Milvus Lite reports it negated); the caller fuses them
(:mod:`retrieval.rank_fusion`) and :meth:`MilvusStore.fetch` reads the entries kept.

Failure behaviour: every pymilvus error is raised as :class:`~retrieval.errors.StoreError`
naming the operation and the collection. A collection that the server has not loaded (as
after a Milvus Lite restart) is loaded and the search retried once.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import numpy as np
import numpy.typing as npt
from pymilvus import DataType, Function, FunctionType, MilvusClient, MilvusException

from retrieval.embedder import Vectors
from retrieval.errors import StoreError
from retrieval.faq_entry import FaqEntry
from retrieval.word_vectors import WORDS_LIST

__all__ = [
    "BM25_B",
    "BM25_K1",
    "CHUNK_LIST",
    "FIELD_MAX_CHARS",
    "PIECES_PER_ENTRY",
    "Analyzer",
    "CollectionLayout",
    "IndexInfo",
    "ListScore",
    "MilvusStore",
    "RankedList",
    "SearchHit",
    "StoredRow",
    "VersionRows",
    "chunk_collection",
    "collection_name",
    "max_search_limit",
    "parse_version",
]

logger = logging.getLogger(__name__)

Analyzer = Literal["standard", "whitespace"]

_T = TypeVar("_T")
_VERSION = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*?)__v(?P<version>[0-9]+)$")
_MAX_TEXT = 65_535
_MAX_ID = 512
_MAX_META = 4096

FIELD_MAX_CHARS = {
    "id": _MAX_ID,
    "question": _MAX_TEXT,
    "answer": _MAX_TEXT,
    "url": _MAX_META,
    "tags": _MAX_META,
    "bm25_text": _MAX_TEXT,
}
"""Most characters each VARCHAR field of an entry's row holds (Milvus refuses a longer
value at insert; ``tags`` is stored as a JSON list, ``bm25_text`` as the space-joined
Sudachi terms)."""
_LAYOUT_PROPERTY = "mamori.layout"
_BUILDING_PROPERTY = "mamori.building"
_FIELDS = ["id", "question", "answer", "url", "tags", "content_hash"]

PIECES_PER_ENTRY = 3
"""Pieces fetched per entry wanted in the ``answer_chunks`` list (entries have 3.7 on
average; the list's tail, where entries with many good pieces would crowd others out,
weighs little in RRF)."""
_MAX_SEARCH_LIMIT = 16_384
"""Milvus's largest ``limit``."""

BM25_K1 = 1.5
BM25_B = 0.75
"""BM25's parameters (set on every BM25 index the reindex job creates)."""

CHUNK_LIST = "answer_chunks"


def max_search_limit(limit: int) -> int:
    """``limit`` capped at the most one Milvus search returns."""
    return min(limit, _MAX_SEARCH_LIMIT)


"""The ranked list of an index's answer pieces (each entry scored by its best piece)."""


def collection_name(index: str, version: int) -> str:
    """The collection holding ``version`` of ``index``."""
    return f"{index}__v{version}"


def chunk_collection(collection: str) -> str:
    """The companion collection holding the answer pieces of version ``collection``."""
    return f"{collection}__chunks"


def parse_version(collection: str) -> tuple[str, int] | None:
    """``(index, version)`` for a versioned collection name, else None."""
    match = _VERSION.match(collection)
    return (match["name"], int(match["version"])) if match else None


@dataclass(frozen=True, slots=True)
class CollectionLayout:
    """How one version was built; stored as the collection property ``mamori.layout``."""

    embedder: str
    """Name of the embedder that made the dense vectors (empty when dense is off)."""
    dimension: int | None
    """Dense vector length, or None when the index has no dense field."""
    bm25: bool
    """Whether the collection has the BM25 text and sparse fields."""
    recipe: str = ""
    """Everything that shaped the vectors and terms (in content hashes)."""
    vectors: tuple[str, ...] = ()
    """What each dense field holds (``question``, ``answer``...), in field order; empty
    for collections built before entries could have several vectors (one field)."""
    chunks: int = 0
    """Longest answer piece in characters when the version has the companion
    ``__chunks`` collection (:func:`chunk_collection`); 0: no answer pieces."""
    words: int = 0
    """Dimension of the ``words`` field (chiVe word vectors over the BM25 terms,
    :mod:`retrieval.word_vectors`); 0: the version has no words list."""

    @property
    def dense(self) -> bool:
        return self.dimension is not None

    @property
    def dense_fields(self) -> tuple[str, ...]:
        """The dense vector fields: ``dense`` (the first, whose cosine similarity hits
        carry), then ``dense_1``, ``dense_2``..."""
        if self.dimension is None:
            return ()
        count = max(len(self.vectors), 1)
        return ("dense", *(f"dense_{i}" for i in range(1, count)))

    @property
    def list_names(self) -> tuple[str, ...]:
        """The ranked lists a search over this layout fuses: one per dense field (named
        after what it holds), then ``bm25``."""
        names: tuple[str, ...] = ()
        if self.dense:
            names = self.vectors or ("dense",)
            if self.chunks:
                names = (*names, CHUNK_LIST)
        if self.words:
            names = (*names, WORDS_LIST)
        return (*names, "bm25") if self.bm25 else names

    def describe(self) -> str:
        return json.dumps(
            {
                "mamori": 1,
                "embedder": self.embedder,
                "dimension": self.dimension,
                "bm25": self.bm25,
                "recipe": self.recipe,
                "vectors": list(self.vectors),
                "chunks": self.chunks,
                **({"words": self.words} if self.words else {}),
            },
            ensure_ascii=False,
        )

    @classmethod
    def parse(cls, description: str) -> CollectionLayout:
        try:
            data = json.loads(description)
            return cls(
                embedder=str(data["embedder"]),
                dimension=data["dimension"],
                bm25=bool(data["bm25"]),
                recipe=str(data.get("recipe", "")),
                vectors=tuple(str(v) for v in data.get("vectors") or ()),
                chunks=int(data.get("chunks") or 0),
                words=int(data.get("words") or 0),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise StoreError("the collection was not made by Mamori's reindex job") from exc


@dataclass(frozen=True, slots=True)
class StoredRow:
    """An entry as it goes into a collection, with its vector and BM25 terms."""

    entry: FaqEntry
    content_hash: str
    dense: tuple[Vectors, ...]
    """One vector per dense field of the layout (empty without dense fields)."""
    bm25_text: str
    chunks: tuple[Vectors, ...] = ()
    """One vector per answer piece, in order (layouts with ``chunks`` only)."""
    words: Vectors | None = None
    """The entry's chiVe word vector (layouts with ``words`` only)."""


@dataclass(frozen=True, slots=True)
class ListScore:
    """Where one ranked list (a dense field or BM25) put an entry."""

    list: str
    """``question``, ``answer``, ``question_answer`` (dense fields), ``answer_chunks``
    (the entry's best answer piece) or ``bm25``."""
    rank: int
    """1-based rank in that list."""
    score: float
    """Cosine similarity (dense) or BM25 score."""


@dataclass(frozen=True, slots=True)
class RankedList:
    """One list of a search: entry ids best first, with their scores."""

    name: str
    ids: tuple[str, ...]
    scores: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One FAQ entry found for a query."""

    entry: FaqEntry
    score: float
    """Ranking score of the search mode used (cosine, BM25, or RRF)."""
    similarity: float | None
    """Cosine similarity of the entry's first vector to the query; None without dense
    vectors."""
    explain: tuple[ListScore, ...] = ()
    """Per ranked list that was fused: the entry's rank and score in it (lists that did
    not return the entry are left out). Filled by :class:`~retrieval.faq_searcher.FaqSearcher`."""

    @property
    def relevance(self) -> float:
        """What minimum scores are compared with: the cosine similarity, or the BM25
        score on an index without vectors."""
        return self.similarity if self.similarity is not None else self.score


@dataclass(frozen=True, slots=True)
class VersionRows:
    """Everything a search of one version reads (:meth:`MilvusStore.read_version`)."""

    entries: tuple[FaqEntry, ...]
    dense: tuple[npt.NDArray[np.float32], ...]
    """One (rows × dimension) matrix per dense field, rows in ``entries`` order."""
    bm25_texts: tuple[str, ...]
    """Each row's stored BM25 text (empty strings without BM25)."""
    pieces: npt.NDArray[np.float32] | None
    """The answer pieces' vectors (None without pieces), by entry row then position."""
    piece_rows: npt.NDArray[np.int64]
    """For each piece, the row of its entry."""
    words: npt.NDArray[np.float32] | None = None
    """The rows' chiVe word vectors (None without the words list)."""


@dataclass(frozen=True, slots=True)
class IndexInfo:
    """What ``mamori index list`` shows for one index."""

    name: str
    current: str | None
    """Collection the alias points at (None: versions exist but no alias)."""
    versions: tuple[int, ...]
    rows: int | None
    """Row count of the current collection."""
    unfinished: tuple[int, ...] = ()
    """Versions still marked as being built (their job running, or gone)."""


class MilvusStore:
    """FAQ collections on one Milvus server. Thread-safe as ``MilvusClient`` is."""

    def __init__(self, client: MilvusClient, *, analyzer: Analyzer = "standard") -> None:
        self._client = client
        self._analyzer = analyzer

    @classmethod
    def connect(
        cls,
        uri: str,
        *,
        token: str = "",
        analyzer: Analyzer = "standard",
        timeout_s: float = 10.0,
        idle_pings: bool = True,
    ) -> MilvusStore:
        """Connect to ``uri`` (``http://host:19530``); raises :class:`StoreError`.

        ``idle_pings=False`` keeps gRPC from pinging an idle connection: the Milvus Lite
        server allows one ping per five minutes without a call in flight and answers
        pymilvus's ping every 10 s with a GOAWAY ("too_many_pings"), which gRPC prints as
        an error line about half a minute after every idle start. Milvus standalone accepts
        the pings, which find a dead connection before the next call, so they stay on there.
        """
        options = {} if idle_pings else {"grpc.keepalive_permit_without_calls": False}
        try:
            client = MilvusClient(uri=uri, token=token, timeout=timeout_s, grpc_options=options)
        except MilvusException as exc:
            raise StoreError(f"cannot connect to Milvus at {uri}: {exc.message}") from exc
        except Exception as exc:  # grpc raises its own types for refused connections
            raise StoreError(f"cannot connect to Milvus at {uri}: {type(exc).__name__}") from exc
        return cls(client, analyzer=analyzer)

    @property
    def analyzer(self) -> Analyzer:
        """The analyzer BM25 fields are created with (and queries split by)."""
        return self._analyzer

    def close(self) -> None:
        self._client.close()

    # --- versions and aliases -------------------------------------------------------

    def versions(self, index: str) -> list[int]:
        """Existing versions of ``index``, oldest first."""
        names = self._call("list collections", index, self._client.list_collections)
        parsed = [parse_version(str(name)) for name in names]
        return sorted(found[1] for found in parsed if found and found[0] == index)

    def current(self, index: str) -> str | None:
        """The collection the alias ``index`` points at, or None if there is no alias."""
        # Asked by listing first: a failed describe_alias would be logged as an error by
        # pymilvus although "no alias yet" is a normal answer here.
        listed = self._call("list aliases", index, self._client.list_aliases)
        if index not in (listed.get("aliases") or []):
            return None
        described = self._call("describe alias", index, self._client.describe_alias, index)
        target = described.get("collection_name")
        return str(target) if target else None

    def point_alias(self, index: str, collection: str) -> None:
        """Move (or create) the alias ``index`` to ``collection`` in one server call."""
        if self.current(index) is None:
            self._call("create alias", index, self._client.create_alias, collection, index)
        else:
            self._call("alter alias", index, self._client.alter_alias, collection, index)

    def list_indexes(self) -> list[IndexInfo]:
        names = [str(n) for n in self._call("list collections", "*", self._client.list_collections)]
        by_index: dict[str, list[int]] = {}
        for name in names:
            parsed = parse_version(name)
            if parsed:
                by_index.setdefault(parsed[0], []).append(parsed[1])
        out = []
        for index, versions in sorted(by_index.items()):
            current = self.current(index)
            rows = self.count(current) if current else None
            unfinished = tuple(
                v for v in sorted(versions) if self.building(collection_name(index, v)) is not None
            )
            out.append(IndexInfo(index, current, tuple(sorted(versions)), rows, unfinished))
        return out

    def building(self, collection: str) -> str | None:
        """The build marker ``collection`` still carries (JSON, see
        :mod:`retrieval.build_marker`), or None for a finished version."""
        described = self._call(
            "describe collection", collection, self._client.describe_collection, collection
        )
        found = (described.get("properties") or {}).get(_BUILDING_PROPERTY)
        return None if found is None else str(found)

    def mark_building(self, collection: str, marker: str) -> None:
        """Set (or refresh) ``collection``'s build marker."""
        self._call(
            "mark as being built",
            collection,
            self._client.alter_collection_properties,
            collection,
            properties={_BUILDING_PROPERTY: marker},
        )

    def mark_built(self, collection: str) -> None:
        """Remove ``collection``'s build marker: it is a finished version."""
        self._call(
            "mark as built",
            collection,
            self._client.drop_collection_properties,
            collection,
            property_keys=[_BUILDING_PROPERTY],
        )

    def ensure_loaded(self, target: str) -> None:
        """Load ``target`` (a collection or alias) unless the server has it loaded."""
        state = self._call("load state", target, self._client.get_load_state, target)
        if "Loaded" not in str(state.get("state", "")):
            logger.info("loading collection %s", target)
            self._call("load collection", target, self._client.load_collection, target)

    def drop(self, collection: str) -> None:
        """Drop ``collection`` and its answer pieces' companion, if it has one."""
        pieces = chunk_collection(collection)
        if self._call("has collection", pieces, self._client.has_collection, pieces):
            self._call("drop collection", pieces, self._client.drop_collection, pieces)
        self._call("drop collection", collection, self._client.drop_collection, collection)

    def count(self, collection: str) -> int:
        stats = self._call("count rows", collection, self._client.get_collection_stats, collection)
        return int(stats.get("row_count", 0))

    def layout(self, collection: str) -> CollectionLayout:
        """The layout ``collection`` (or an alias) was built with."""
        described = self._call(
            "describe collection", collection, self._client.describe_collection, collection
        )
        properties = described.get("properties") or {}
        return CollectionLayout.parse(str(properties.get(_LAYOUT_PROPERTY, "")))

    # --- building a version ---------------------------------------------------------

    def create(
        self, collection: str, layout: CollectionLayout, *, building: str | None = None
    ) -> None:
        """Create an empty, loaded collection with ``layout``; ``building`` is its build
        marker (set in the same call, so no moment exists where it lacks one)."""
        schema = self._client.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("id", DataType.VARCHAR, is_primary=True, max_length=_MAX_ID)
        schema.add_field("question", DataType.VARCHAR, max_length=_MAX_TEXT)
        schema.add_field("answer", DataType.VARCHAR, max_length=_MAX_TEXT)
        schema.add_field("url", DataType.VARCHAR, max_length=_MAX_META)
        schema.add_field("tags", DataType.VARCHAR, max_length=_MAX_META)
        schema.add_field("content_hash", DataType.VARCHAR, max_length=64)
        index_params = self._client.prepare_index_params()
        for field in layout.dense_fields:
            schema.add_field(field, DataType.FLOAT_VECTOR, dim=layout.dimension)
            index_params.add_index(field_name=field, index_type="FLAT", metric_type="IP")
        if layout.words:
            # A second vector field of its own dimension in the same collection (Milvus
            # 2.4+ and Milvus Lite take several vector fields of different dimensions).
            schema.add_field(WORDS_LIST, DataType.FLOAT_VECTOR, dim=layout.words)
            index_params.add_index(field_name=WORDS_LIST, index_type="FLAT", metric_type="IP")
        if layout.bm25:
            schema.add_field(
                "bm25_text",
                DataType.VARCHAR,
                max_length=_MAX_TEXT,
                enable_analyzer=True,
                analyzer_params={"tokenizer": self._analyzer},
            )
            schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
            schema.add_function(
                Function(
                    name="bm25",
                    function_type=FunctionType.BM25,
                    input_field_names=["bm25_text"],
                    output_field_names=["sparse"],
                )
            )
            # k1 and b said explicitly: Milvus Lite's defaults, which the rankings were
            # measured with, and what retrieval.version_copy scores with.
            index_params.add_index(
                field_name="sparse",
                index_type="SPARSE_INVERTED_INDEX",
                metric_type="BM25",
                params={"bm25_k1": BM25_K1, "bm25_b": BM25_B},
            )
        self._call(
            "create collection",
            collection,
            self._client.create_collection,
            collection,
            schema=schema,
            index_params=index_params,
            properties={
                _LAYOUT_PROPERTY: layout.describe(),
                **({} if building is None else {_BUILDING_PROPERTY: building}),
            },
        )
        self._call("load collection", collection, self._client.load_collection, collection)
        if layout.chunks and layout.dimension is not None:
            self._create_chunks(chunk_collection(collection), layout.dimension)

    def _create_chunks(self, collection: str, dimension: int) -> None:
        schema = self._client.create_schema(auto_id=False, enable_dynamic_field=False)
        schema.add_field("id", DataType.VARCHAR, is_primary=True, max_length=600)
        schema.add_field("parent", DataType.VARCHAR, max_length=_MAX_ID)
        schema.add_field("content_hash", DataType.VARCHAR, max_length=64)
        schema.add_field("position", DataType.INT64)
        schema.add_field("dense", DataType.FLOAT_VECTOR, dim=dimension)
        index_params = self._client.prepare_index_params()
        index_params.add_index(field_name="dense", index_type="FLAT", metric_type="IP")
        self._call(
            "create collection",
            collection,
            self._client.create_collection,
            collection,
            schema=schema,
            index_params=index_params,
        )
        self._call("load collection", collection, self._client.load_collection, collection)

    def insert(self, collection: str, rows: Sequence[StoredRow], layout: CollectionLayout) -> None:
        data: list[dict[str, Any]] = []
        for row in rows:
            item: dict[str, Any] = {
                "id": row.entry.id,
                "question": row.entry.question,
                "answer": row.entry.answer,
                "url": row.entry.url,
                "tags": json.dumps(list(row.entry.tags), ensure_ascii=False),
                "content_hash": row.content_hash,
            }
            fields = layout.dense_fields
            if len(row.dense) != len(fields):
                raise StoreError(
                    f"insert into {collection}: entry {row.entry.id!r} has {len(row.dense)} "
                    f"vectors, the layout {len(fields)}"
                )
            for field, vector in zip(fields, row.dense, strict=True):
                item[field] = vector.tolist()
            if layout.words:
                if row.words is None or row.words.shape != (layout.words,):
                    raise StoreError(
                        f"insert into {collection}: entry {row.entry.id!r} has no "
                        f"{layout.words}-dimension word vector"
                    )
                item[WORDS_LIST] = row.words.tolist()
            if layout.bm25:
                item["bm25_text"] = row.bm25_text
            data.append(item)
        if data:
            self._call("insert", collection, self._client.insert, collection, data)
        if layout.chunks:
            pieces = [
                {
                    "id": f"{row.entry.id}#{position}",
                    "parent": row.entry.id,
                    "content_hash": row.content_hash,
                    "position": position,
                    "dense": vector.tolist(),
                }
                for row in rows
                for position, vector in enumerate(row.chunks)
            ]
            if pieces:
                target = chunk_collection(collection)
                self._call("insert", target, self._client.insert, target, pieces)

    def flush(self, collection: str, layout: CollectionLayout | None = None) -> None:
        """Flush ``collection`` (and its answer pieces when ``layout`` has them)."""
        self._call("flush", collection, self._client.flush, collection)
        if layout is not None and layout.chunks:
            pieces = chunk_collection(collection)
            self._call("flush", pieces, self._client.flush, pieces)

    def stored_vectors(
        self, collection: str, layout: CollectionLayout
    ) -> dict[str, tuple[Vectors, ...]]:
        """``content_hash → dense vectors`` of every row (for reuse by the next version)."""
        fields = list(layout.dense_fields)
        iterator = self._call(
            "read vectors",
            collection,
            self._client.query_iterator,
            collection,
            batch_size=1000,
            output_fields=["content_hash", *fields],
        )
        out: dict[str, tuple[Vectors, ...]] = {}
        try:
            while batch := iterator.next():
                for row in batch:
                    out[str(row["content_hash"])] = tuple(
                        np.asarray(row[field], dtype=np.float32) for field in fields
                    )
        except MilvusException as exc:
            raise StoreError(f"read vectors failed on {collection}: {exc.message}") from exc
        finally:
            iterator.close()
        return out

    def read_version(self, collection: str, layout: CollectionLayout) -> VersionRows:
        """Every row of version ``collection`` (not an alias: the caller resolves it, so
        rows and pieces come from one version) and its answer pieces, for an in-process
        copy (:mod:`retrieval.version_copy`). Rows in primary-key order."""
        fields = list(layout.dense_fields)
        wanted = [
            *_FIELDS,
            *fields,
            *(["bm25_text"] if layout.bm25 else []),
            *([WORDS_LIST] if layout.words else []),
        ]
        rows = sorted(self._read_all(collection, wanted), key=lambda row: str(row.get("id", "")))
        entries = tuple(_entry(row, row) for row in rows)
        dimension = layout.dimension or 0
        dense = tuple(
            np.asarray([row[field] for row in rows], dtype=np.float32).reshape(-1, dimension)
            for field in fields
        )
        texts = tuple(str(row.get("bm25_text", "")) for row in rows)
        pieces = None
        piece_rows = np.zeros(0, dtype=np.int64)
        if layout.chunks and layout.dense:
            position_of = {entry.id: row for row, entry in enumerate(entries)}
            found = [
                (position_of[str(piece["parent"])], int(piece["position"]), piece["dense"])
                for piece in self._read_all(
                    chunk_collection(collection), ["parent", "position", "dense"]
                )
                if str(piece["parent"]) in position_of
            ]
            found.sort(key=lambda piece: (piece[0], piece[1]))
            pieces = np.asarray([p[2] for p in found], dtype=np.float32).reshape(-1, dimension)
            piece_rows = np.asarray([p[0] for p in found], dtype=np.int64)
        words = None
        if layout.words:
            words = np.asarray([row[WORDS_LIST] for row in rows], dtype=np.float32).reshape(
                -1, layout.words
            )
        return VersionRows(entries, dense, texts, pieces, piece_rows, words)

    def read_bm25_texts(self, collection: str) -> list[str]:
        """Every row's stored BM25 text of version ``collection`` (the words list's IDF
        table is computed from them, :func:`retrieval.word_vectors.idf_table`)."""
        return [str(row.get("bm25_text", "")) for row in self._read_all(collection, ["bm25_text"])]

    def _read_all(self, collection: str, fields: list[str]) -> list[dict[str, Any]]:
        self.ensure_loaded(collection)
        iterator = self._call(
            "read rows",
            collection,
            self._client.query_iterator,
            collection,
            batch_size=1000,
            output_fields=fields,
            # Every row of the version, also one whose alias moved a moment ago.
            consistency_level="Strong",
        )
        out: list[dict[str, Any]] = []
        try:
            while batch := iterator.next():
                out.extend(batch)
        except MilvusException as exc:
            raise StoreError(f"read rows failed on {collection}: {exc.message}") from exc
        finally:
            iterator.close()
        return out

    def stored_chunks(self, collection: str) -> dict[str, tuple[Vectors, ...]]:
        """``content_hash → answer piece vectors`` (in order) of every entry of version
        ``collection`` (for reuse by the next version)."""
        target = chunk_collection(collection)
        iterator = self._call(
            "read vectors",
            target,
            self._client.query_iterator,
            target,
            batch_size=1000,
            output_fields=["content_hash", "position", "dense"],
        )
        found: dict[str, list[tuple[int, Vectors]]] = {}
        try:
            while batch := iterator.next():
                for row in batch:
                    found.setdefault(str(row["content_hash"]), []).append(
                        (int(row["position"]), np.asarray(row["dense"], dtype=np.float32))
                    )
        except MilvusException as exc:
            raise StoreError(f"read vectors failed on {target}: {exc.message}") from exc
        finally:
            iterator.close()
        return {
            key: tuple(v for _, v in sorted(pieces, key=lambda p: p[0]))
            for key, pieces in found.items()
        }

    # --- search ---------------------------------------------------------------------

    def ranked_lists(
        self,
        target: str,
        layout: CollectionLayout,
        *,
        query_vector: Vectors | None,
        query_terms: str | None,
        lists: Sequence[str],
        limit: int,
        strong: bool = False,
        version: str | None = None,
        words_vector: Vectors | None = None,
    ) -> list[RankedList]:
        """The best ``limit`` entry ids of ``target`` (an alias or collection) in each of
        ``lists`` (names from :attr:`CollectionLayout.list_names`).

        A dense list ranks by the inner product of ``query_vector`` with that field (the
        cosine similarity); ``answer_chunks`` ranks entries by their best answer piece
        in the companion collection of ``version`` (the collection ``target`` resolves
        to; default ``target`` itself), each entry by its best piece; ``words`` ranks by
        the inner product of ``words_vector`` (the query's chiVe word vector; None or
        zeros: an empty list) with the ``words`` field; ``bm25`` ranks
        by BM25 over ``query_terms`` (an empty term string gives an empty list). Lists
        the layout lacks are left out.
        """
        extra: dict[str, Any] = {"consistency_level": "Strong"} if strong else {}
        names = layout.list_names
        fields = dict(zip(names, layout.dense_fields, strict=False))
        # Per list: the search to send, or None for an empty BM25 list (no terms).
        requests: list[tuple[str, Callable[[bool], Any] | None]] = []
        for name in lists:
            if name not in names:
                continue
            if name == CHUNK_LIST:
                if query_vector is None:
                    continue
                requests.append(
                    (name, self._chunk_search(version or target, query_vector, limit, extra))
                )
                continue
            if name == "bm25":
                if not (query_terms and query_terms.strip()):
                    requests.append((name, None))
                    continue
                data: list[Any] = [query_terms]
                field, metric = "sparse", "BM25"
            elif name == WORDS_LIST:
                if words_vector is None or not np.any(words_vector):
                    requests.append((name, None))
                    continue
                data = [words_vector.tolist()]
                field, metric = WORDS_LIST, "IP"
            else:
                if query_vector is None:
                    continue
                data = [query_vector.tolist()]
                field, metric = fields[name], "IP"

            def run(
                is_async: bool, data: list[Any] = data, field: str = field, metric: str = metric
            ) -> Any:
                return self._client.search(
                    target,
                    data=data,
                    anns_field=field,
                    limit=limit,
                    output_fields=["id"],
                    search_params={"metric_type": metric},
                    _async=is_async,
                    **extra,
                )

            requests.append((name, run))
        chunked = (
            [chunk_collection(version or target)]
            if any(name == CHUNK_LIST for name, _ in requests)
            else []
        )
        answers = iter(
            self._search_all(target, [run for _, run in requests if run is not None], chunked)
        )
        out: list[RankedList] = []
        for name, request in requests:
            if request is None:
                out.append(RankedList(name, (), ()))
                continue
            result = next(answers)
            key = "parent" if name == CHUNK_LIST else "id"
            # Milvus Lite reports BM25 scores negated.
            found = [
                (
                    str(hit.get(key, (hit.get("entity") or {}).get(key, ""))),
                    abs(float(hit.get("distance", 0.0)))
                    if name == "bm25"
                    else float(hit.get("distance", 0.0)),
                )
                for hit in (list(result[0]) if result else [])
            ]
            # Equal scores (entries with the same text) are listed by id, not in the
            # server's internal order: the in-process copy (retrieval.version_copy) lists
            # them alike, so both rank the same.
            found.sort(key=lambda hit: (-hit[1], hit[0]))
            if name == CHUNK_LIST:
                found = _best_per_parent(found, limit)
            out.append(
                RankedList(name, tuple(i for i, _ in found), tuple(score for _, score in found))
            )
        return out

    def _chunk_search(
        self, version: str, query_vector: Vectors, limit: int, extra: dict[str, Any]
    ) -> Callable[[bool], Any]:
        """The ``answer_chunks`` search: the best :data:`PIECES_PER_ENTRY` × ``limit``
        pieces; :meth:`ranked_lists` keeps each parent's first (best) piece. A grouping
        search on ``parent`` gives the same ranking exactly but cost Milvus Lite 75 ms of
        CPU per search over 6,600 pieces, against 49 ms for 400 pieces ungrouped."""
        pieces = chunk_collection(version)
        data = [query_vector.tolist()]

        def run(is_async: bool) -> Any:
            return self._client.search(
                pieces,
                data=data,
                anns_field="dense",
                limit=max_search_limit(limit * PIECES_PER_ENTRY),
                output_fields=["parent"],
                search_params={"metric_type": "IP"},
                _async=is_async,
                **extra,
            )

        return run

    def _search_all(
        self, target: str, requests: Sequence[Callable[[bool], Any]], also: Sequence[str] = ()
    ) -> list[Any]:
        """Every search of ``requests`` sent at once (gRPC futures, no threads), then their
        answers in order: the server works on them together and a search waits for the
        slowest list, not for the sum of the lists. A collection found not loaded is loaded
        (``target`` and the collections ``also`` searched) and the searches repeated once,
        one after the other."""
        try:
            futures = [request(True) for request in requests]
            return [future.result() for future in futures]
        except MilvusException as exc:
            if "load" not in exc.message and "released" not in exc.message:
                raise StoreError(f"search failed on {target}: {exc.message}") from exc
        logger.info("collection %s was not loaded; loading it", target)
        for collection in (target, *also):
            self.ensure_loaded(collection)
        return [self._call("search", target, request, False) for request in requests]

    def fetch(
        self, target: str, layout: CollectionLayout, ids: Sequence[str], *, strong: bool = False
    ) -> dict[str, tuple[FaqEntry, Vectors | None]]:
        """The entries ``ids`` of ``target`` with their first dense vector (None without
        dense fields); ids not found are left out."""
        if not ids:
            return {}
        fields = [*_FIELDS, "dense"] if layout.dense else list(_FIELDS)
        extra: dict[str, Any] = {"consistency_level": "Strong"} if strong else {}

        def run() -> Any:
            return self._client.get(target, ids=list(ids), output_fields=fields, **extra)

        rows = self._with_load_retry("get entries", target, run)
        out: dict[str, tuple[FaqEntry, Vectors | None]] = {}
        for row in rows:
            entry = _entry(row, row)
            vector = row.get("dense") if layout.dense else None
            out[entry.id] = (
                entry,
                np.asarray(vector, dtype=np.float32) if vector is not None else None,
            )
        return out

    def _with_load_retry(self, what: str, target: str, call: Callable[[], _T]) -> _T:
        try:
            return call()
        except MilvusException as exc:
            if "load" not in exc.message and "released" not in exc.message:
                raise StoreError(f"{what} failed on {target}: {exc.message}") from exc
        logger.info("collection %s was not loaded; loading it", target)
        self._call("load collection", target, self._client.load_collection, target)
        return self._call(what, target, call)

    def _call(
        self, what: str, target: str, call: Callable[..., _T], *args: Any, **kwargs: Any
    ) -> _T:
        try:
            return call(*args, **kwargs)
        except MilvusException as exc:
            raise StoreError(f"{what} failed on {target}: {exc.message}") from exc


def _best_per_parent(hits: list[tuple[str, float]], limit: int) -> list[tuple[str, float]]:
    """The first (best) ``(parent, score)`` of each parent, best first, at most ``limit``."""
    seen: set[str] = set()
    out = []
    for parent, score in hits:
        if parent not in seen:
            seen.add(parent)
            out.append((parent, score))
            if len(out) == limit:
                break
    return out


def _entry(entity: dict[str, Any], hit: dict[str, Any]) -> FaqEntry:
    try:
        tags = tuple(str(tag) for tag in json.loads(entity.get("tags") or "[]"))
    except ValueError:
        tags = ()
    return FaqEntry(
        id=str(entity.get("id", hit.get("id", ""))),
        question=str(entity.get("question", "")),
        answer=str(entity.get("answer", "")),
        url=str(entity.get("url", "")),
        tags=tags,
    )
