"""Load output JSON into DuckDB or PostgreSQL: one transaction per document, so a document
is either wholly replaced or left as it was."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, Table, delete, inspect, select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from unfascicle.errors import OutputError
from unfascicle.store.database import bulk_insert, database_url, engine_for, serialise, shown
from unfascicle.store.inputs import read_outputs
from unfascicle.store.rows import document_id, document_rows
from unfascicle.store.schema import RELATIONS, TABLES, description, documents, metadata


@dataclass(frozen=True)
class EarlierSource:
    """What a replaced load had been read from."""

    file: str
    format: str
    sha256: str

    def __str__(self) -> str:
        return f"{self.file}, {self.format}, sha256 {self.sha256[:6]}…"


@dataclass(frozen=True)
class LoadedDocument:
    """One document written: where it came from, its key, rows per table, and the source
    of the load it replaced (None when it was new)."""

    path: Path
    document_id: str
    earlier: EarlierSource | None
    rows: dict[str, int]

    @property
    def replaced(self) -> bool:
        """True when an earlier load of the document (any rendering of it) was replaced."""
        return self.earlier is not None

    def line(self) -> str:
        """"added …" or "replaced … (was …)", as the command prints it."""
        rows = f"{self.document_id} from {self.path} ({sum(self.rows.values())} rows)"
        return f"replaced {rows} (was {self.earlier})" if self.earlier else f"added {rows}"


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
    return load_documents(engine, read_outputs(paths))


def load_documents(engine: Engine, outputs: Iterable[tuple[Path, dict]]) -> list[LoadedDocument]:
    """Load validated output documents, each with the path it is reported under."""
    create_schema(engine)
    return [_load_document(engine, path, document) for path, document in outputs]


def create_schema(engine: Engine) -> None:
    """Create the tables and the facts view where missing; a new schema gets its tables',
    views' and columns' descriptions as SQL comments."""
    try:
        with engine.begin() as conn:
            serialise(conn, "schema")
            new = not inspect(conn).has_table(documents.name)
            metadata.create_all(conn)
            if new:
                for statement in _comments(conn.dialect.name):
                    conn.exec_driver_sql(statement)
    except SQLAlchemyError as exc:
        raise OutputError(shown(engine.url), f"cannot open the database: {_reason(exc)}") from exc


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _comments(dialect: str) -> list[str]:
    """COMMENT ON statements (the texts are this module's own constants). PostgreSQL
    gets the tables' and columns' comments from SQLAlchemy; DuckDB's driver drops them."""
    relations: list[Table] = RELATIONS if dialect == "duckdb" else [r for r in RELATIONS
                                                                      if r.is_view]
    out = []
    for relation in relations:
        kind = "VIEW" if relation.is_view else "TABLE"
        if description(relation):
            out.append(f"COMMENT ON {kind} {relation.name} IS {_quoted(description(relation))}")
        out.extend(f"COMMENT ON COLUMN {relation.name}.{c.name} IS {_quoted(c.comment)}"
                   for c in relation.columns if c.comment)
    return out


def _load_document(engine: Engine, path: Path, document: dict) -> LoadedDocument:
    doc_id = document_id(document)
    try:
        rows = document_rows(document)
    except ValueError as exc:  # a figure the exact decimal columns cannot hold
        raise OutputError(path, f"not loaded: {exc}") from exc
    try:
        with engine.begin() as conn:
            serialise(conn, f"document:{doc_id}")
            earlier = _delete_document(conn, doc_id)
            for table in TABLES:
                bulk_insert(conn, table, rows[table.name])
    except SQLAlchemyError as exc:
        raise OutputError(path, f"not loaded into {shown(engine.url)}: {_reason(exc)}") from exc
    return LoadedDocument(path, doc_id, earlier, {t.name: len(rows[t.name]) for t in TABLES})


def _delete_document(conn: Connection, doc_id: str) -> EarlierSource | None:
    """Remove an earlier load of this document, children first; its source, or None
    when there was none."""
    d = documents.c
    # .all(), not .scalar(): DuckDB refuses further work on a half-fetched result
    found = conn.execute(select(d.source_file, d.source_format, d.sha256)
                         .where(d.document_id == doc_id)).all()
    if not found:
        return None
    for table in reversed(TABLES):
        conn.execute(delete(table).where(table.c.document_id == doc_id))
    return EarlierSource(*found[0])


def _reason(exc: SQLAlchemyError) -> str:
    """The driver's own first line, without SQLAlchemy's statement dump."""
    cause = exc.orig if isinstance(exc, DBAPIError) else exc
    return str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__
