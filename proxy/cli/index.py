"""The ``mamori reindex`` and ``mamori index ...`` commands.

    mamori reindex NAME [--source PATH] [--strict] [--allow-shrink] [--config FILE]
    mamori index list [--config FILE]
    mamori index search NAME [QUERY] [--top-k K] [--jsonl FILE] [--explain] [--config FILE]
    mamori index rollback NAME [--config FILE]

The Milvus URI and the definitions folder come from the ``retrieval`` settings (so the job
talks to the same Milvus as the gateway; with the embedded default both share one Milvus
Lite server). ``index search`` prints one JSON line per query:
``{"id"?, "query", "hits": [{"id", "score", "question"}]}``; with ``--jsonl`` each input
line is ``{"query", "id"?}``.

Exit codes: 0 success, 1 the job or a search failed, 2 bad usage or configuration, 130
a reindex stopped by SIGINT (Ctrl-C) or SIGTERM (systemd, Kubernetes, ``timeout``): the
job drops the version it was building, so no half-built ``NAME__vN`` is left for a later
``index rollback`` to point at, and the alias stays where it was. A job killed outright
(SIGKILL, the OOM killer) cannot drop it: the version keeps its build marker, ``index
list`` shows it as ``(unfinished)``, ``index rollback`` never points at it, and the next
``reindex`` of that index drops it (:mod:`retrieval.build_marker`).
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import Any

from proxy.errors import ConfigError
from proxy.observability.log_config import configure_logging
from proxy.settings import load_settings
from retrieval.bulk_embedding import bulk_config
from retrieval.embedder_factory import build_embedder
from retrieval.errors import RetrievalError
from retrieval.faq_source import BadRow
from retrieval.index_definition import (
    IndexDefinition,
    check_index_name,
    load_definition,
    resolve_definition,
)
from retrieval.milvus_connection import MilvusConnection
from retrieval.milvus_store import SearchHit
from retrieval.reindex_job import ReindexJob, rollback
from retrieval.searcher_factory import build_searcher, build_tokenizer
from retrieval.utf8_text import not_utf8

__all__ = ["connection_for", "register"]

logger = logging.getLogger(__name__)


def register(commands: Any) -> None:
    """Add ``reindex`` and ``index`` to the ``mamori`` subcommands."""
    reindex = commands.add_parser("reindex", help="build a new version of an FAQ index")
    reindex.add_argument("name", help="index name (indexes/NAME.yaml if it exists)")
    reindex.add_argument("--source", type=Path, help="source file (default: the definition's)")
    reindex.add_argument("--strict", action="store_true", help="stop at the first bad row")
    reindex.add_argument(
        "--allow-shrink",
        action="store_true",
        help="publish a source with fewer than half the entries the index serves now",
    )
    _config_option(reindex)
    reindex.set_defaults(run=_reindex)

    index = commands.add_parser("index", help="inspect and manage FAQ indexes")
    index_commands = index.add_subparsers(title="index commands")
    listing = index_commands.add_parser("list", help="indexes, versions and row counts")
    _config_option(listing)
    listing.set_defaults(run=_list)
    search = index_commands.add_parser("search", help="search an index")
    search.add_argument("name")
    search.add_argument("query", nargs="?")
    search.add_argument("--top-k", type=_positive, default=5, help="hits per query (default 5)")
    search.add_argument("--jsonl", type=Path, help='queries, one {"query", "id"?} per line')
    search.add_argument(
        "--explain",
        action="store_true",
        help="per hit: its fused rank, cosine similarity, and rank and score in each list",
    )
    _config_option(search)
    search.set_defaults(run=_search)
    back = index_commands.add_parser("rollback", help="point NAME at its previous version")
    back.add_argument("name")
    _config_option(back)
    back.set_defaults(run=_rollback)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def _config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, help="YAML config file (default $MAMORI_CONFIG)")


def connection_for(config: Path | None) -> tuple[MilvusConnection, Path]:
    """The Milvus connection and definitions folder the settings name."""
    settings = load_settings(config)
    configure_logging(settings.log_level)
    section = settings.retrieval
    token = section.milvus_token.get_secret_value() if section.milvus_token else ""
    connection = MilvusConnection(section.milvus_uri, token=token, analyzer=section.bm25_analyzer)
    return connection, section.indexes_dir


def _reindex(args: argparse.Namespace) -> int:
    try:
        connection, directory = connection_for(args.config)
        definition = resolve_definition(args.name, directory, args.source)
    except (ConfigError, RetrievalError) as exc:
        print(f"mamori: {exc}", file=sys.stderr)
        return 2
    assert definition.source is not None

    def report(row: BadRow) -> None:
        print(f"skipped {definition.source}:{row.line}: {row.reason}", file=sys.stderr)

    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    # SIGTERM would end the process where it stands, leaving the version being built; as
    # an interrupt it unwinds through the job, which drops that version.
    previous = signal.signal(signal.SIGTERM, stop)
    try:
        # One thread per core: a reindex is one process embedding thousands of passages.
        embedder = (
            build_embedder(bulk_config(definition.embedder)) if definition.hybrid.dense else None
        )
        tokenizer = build_tokenizer(definition)
        store = connection.open()
        job = ReindexJob(
            store,
            definition,
            embedder=embedder,
            tokenizer=tokenizer,
            progress=sys.stderr.isatty(),
        )
        summary = job.run(
            definition.source,
            strict=args.strict,
            on_bad_row=report,
            allow_shrink=args.allow_shrink,
        )
    except RetrievalError as exc:
        print(f"mamori: reindex {args.name} failed: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(
            f"mamori: reindex {args.name} stopped; the version it was building (if any) was "
            "dropped and the index was not changed",
            file=sys.stderr,
        )
        return 130
    finally:
        signal.signal(signal.SIGTERM, previous)
        connection.close()
    print(
        f"index {summary.index} -> {summary.collection}: {summary.entries} entries "
        f"({summary.reused} reused, {summary.embedded} embedded, {summary.skipped} skipped) "
        f"in {summary.seconds:.1f} s"
    )
    if summary.abandoned:
        print(f"dropped versions a stopped reindex never finished: {', '.join(summary.abandoned)}")
    if summary.dropped:
        print(f"dropped old versions: {', '.join(summary.dropped)}")
    return 0


def _list(args: argparse.Namespace) -> int:
    try:
        connection, _ = connection_for(args.config)
    except ConfigError as exc:
        print(f"mamori: {exc}", file=sys.stderr)
        return 2
    try:
        indexes = connection.open().list_indexes()
    except RetrievalError as exc:
        print(f"mamori: {exc}", file=sys.stderr)
        return 1
    finally:
        connection.close()
    if not indexes:
        print("no indexes (build one with `mamori reindex NAME --source FILE`)")
    for info in indexes:
        versions = ", ".join(
            f"v{v} (unfinished)" if v in info.unfinished else f"v{v}" for v in info.versions
        )
        rows = "-" if info.rows is None else str(info.rows)
        print(f"{info.name:20} -> {info.current or '(no alias)':24} rows {rows:>7}  [{versions}]")
    return 0


def _search(args: argparse.Namespace) -> int:
    if (args.query is None) == (args.jsonl is None):
        both = ", not both" if args.query is not None else ""
        print(f"mamori: give a QUERY or --jsonl FILE{both}", file=sys.stderr)
        return 2
    try:
        connection, directory = connection_for(args.config)
        definition = _definition_or_default(args.name, directory)
        queries = _queries(args)
    except (ConfigError, RetrievalError, OSError, ValueError) as exc:
        print(f"mamori: {exc}", file=sys.stderr)
        return 2
    try:
        store = connection.open()
        if store.current(definition.name) is None:
            # Before the searcher (which would load the embedder and log a warning first).
            print(
                f"mamori: index {definition.name!r} does not exist: run `mamori reindex "
                f"{definition.name}` (`mamori index list` shows the indexes)",
                file=sys.stderr,
            )
            return 1
        searcher = build_searcher(store, definition)
        for query_id, text in queries:
            hits = searcher.search(text, args.top_k)
            line: dict[str, Any] = {} if query_id is None else {"id": query_id}
            line["query"] = text
            line["hits"] = [_hit(rank, hit, args.explain) for rank, hit in enumerate(hits, 1)]
            print(json.dumps(line, ensure_ascii=False), flush=True)
    except RetrievalError as exc:
        print(f"mamori: {exc}", file=sys.stderr)
        return 1
    finally:
        connection.close()
    return 0


def _hit(rank: int, hit: SearchHit, explain: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": hit.entry.id,
        "score": round(hit.score, 6),
        "question": hit.entry.question,
    }
    if explain:
        out["rank"] = rank
        out["similarity"] = None if hit.similarity is None else round(hit.similarity, 4)
        out["lists"] = {
            score.list: {"rank": score.rank, "score": round(score.score, 4)}
            for score in hit.explain
        }
    return out


def _rollback(args: argparse.Namespace) -> int:
    try:
        connection, _ = connection_for(args.config)
    except ConfigError as exc:
        print(f"mamori: {exc}", file=sys.stderr)
        return 2
    try:
        before, after = rollback(connection.open(), args.name)
    except RetrievalError as exc:
        print(f"mamori: {exc}", file=sys.stderr)
        return 1
    finally:
        connection.close()
    print(f"index {args.name}: {before} -> {after}")
    return 0


def _definition_or_default(name: str, directory: Path) -> IndexDefinition:
    check_index_name(name)  # before it is part of a path
    path = directory / f"{name}.yaml"
    return load_definition(path) if path.exists() else IndexDefinition(name=name)


def _queries(args: argparse.Namespace) -> list[tuple[str | None, str]]:
    if args.query is not None:
        return [(None, args.query)]
    out: list[tuple[str | None, str]] = []
    with args.jsonl.open(encoding="utf-8-sig", errors="surrogateescape") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            if (undecodable := not_utf8(line)) is not None:
                raise ValueError(f"{args.jsonl}:{number}: {undecodable}")
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(
                    f"{args.jsonl}:{number}: invalid JSON ({exc.msg} at column {exc.colno}); "
                    'each line is {"query": "...", "id": "..."}'
                ) from exc
            if not isinstance(row, dict) or not isinstance(row.get("query"), str):
                raise ValueError(f"{args.jsonl}:{number}: expected an object with a query")
            out.append((None if row.get("id") is None else str(row["id"]), row["query"]))
    return out
