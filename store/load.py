"""Load output JSON into DuckDB or PostgreSQL: one transaction per document, so a document
is either wholly replaced or left as it was."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from unfascicle.errors import OutputError
from unfascicle.store.database import bulk_insert, database_url, engine_for, serialise, shown
from unfascicle.store.inputs import read_outputs
from unfascicle.store.rows import document_id, document_rows
from unfascicle.store.schema import TABLES, documents, metadata


@dataclass(frozen=True)
class LoadedDocument:
    """One document written: where it came from, its key, and rows per table."""

    path: Path
    document_id: str
    replaced: bool
    rows: dict[str, int]


@dataclass
class LoadReport:
    """What a load did, for the command line to print."""

    database: str
    documents: list[LoadedDocument] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        """All rows written, every table together."""
        return sum(sum(d.rows.values()) for d in self.documents)


def load(paths: list[Path], url: str | Path | None = None) -> LoadReport:
    """Load every output file in ``paths`` (files, or folders searched for outputs) into the
    database at ``url`` (a DuckDB path, ``duckdb:///path`` or ``postgresql://…``; default
    ``fascicles.duckdb``), creating the schema if missing.

    Each document is validated, then replaces its earlier load in one transaction. The
    first unreadable or invalid file stops the load: the documents before it stay loaded,
    it and those after it are untouched."""
    target = database_url(url)
    report = LoadReport(database=shown(target))
    started = time.perf_counter()
    engine = engine_for(target)
    try:
        report.documents = load_into(engine, paths)
    finally:
        engine.dispose()
    report.seconds = time.perf_counter() - started
    return report


def load_into(engine: Engine, paths: list[Path]) -> list[LoadedDocument]:
    """:func:`load` on an open engine (the export loads into a scratch DuckDB this way)."""
    create_schema(engine)
    return [_load_document(engine, path, document) for path, document in read_outputs(paths)]


def create_schema(engine: Engine) -> None:
    """Create the tables and the facts view where missing."""
    try:
        with engine.begin() as conn:
            serialise(conn, "schema")
            metadata.create_all(conn)
    except SQLAlchemyError as exc:
        raise OutputError(shown(engine.url), f"cannot open the database: {_reason(exc)}") from exc


def _load_document(engine: Engine, path: Path, document: dict) -> LoadedDocument:
    doc_id = document_id(document)
    rows = document_rows(document)
    try:
        with engine.begin() as conn:
            serialise(conn, f"document:{doc_id}")
            replaced = _delete_document(conn, doc_id)
            for table in TABLES:
                bulk_insert(conn, table, rows[table.name])
    except SQLAlchemyError as exc:
        raise OutputError(path, f"not loaded into {shown(engine.url)}: {_reason(exc)}") from exc
    return LoadedDocument(path, doc_id, replaced, {t.name: len(rows[t.name]) for t in TABLES})


def _delete_document(conn: Connection, doc_id: str) -> bool:
    """Remove an earlier load of this document, children first; True when there was one."""
    # .all(), not .scalar(): DuckDB refuses further work on a half-fetched result
    earlier = select(documents.c.document_id).where(documents.c.document_id == doc_id)
    if not conn.execute(earlier).all():
        return False
    for table in reversed(TABLES):
        conn.execute(delete(table).where(table.c.document_id == doc_id))
    return True


def _reason(exc: SQLAlchemyError) -> str:
    """The driver's own first line, without SQLAlchemy's statement dump."""
    cause = exc.orig if isinstance(exc, DBAPIError) else exc
    return str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__
