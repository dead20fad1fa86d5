"""Where the rows go: the URL a user gives, the engine for it, and the few things
DuckDB and PostgreSQL do differently (bulk insert). Everything else is dialect-neutral
SQLAlchemy Core, so the loader has one code path."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa
from sqlalchemy import Connection, Engine, Table, create_engine, func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from unfascicle.errors import UsageError
from unfascicle.store.schema import arrow_schema

DEFAULT_DATABASE = "fascicles.duckdb"
_POSTGRES_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def database_url(url: str | Path | None) -> URL:
    """A SQLAlchemy URL for a DuckDB file path, ``duckdb:///path`` or ``postgresql://…``
    (always through psycopg 3)."""
    text = str(url or DEFAULT_DATABASE)
    if "://" not in text:
        return URL.create("duckdb", database=text)
    try:
        parsed = make_url(text)
    except (ArgumentError, ValueError) as exc:  # ValueError: e.g. a port that is no number
        raise UsageError(text, "not a database URL (use a .duckdb path, duckdb:///path "
                               "or postgresql://user@host/db)") from exc
    if parsed.drivername in _POSTGRES_SCHEMES:
        return parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername == "duckdb":
        return parsed
    raise UsageError(parsed.render_as_string(hide_password=True),
                     "unsupported database (use DuckDB or PostgreSQL)")


def shown(url: URL) -> str:
    """The URL as printed in messages: never with its password."""
    return url.render_as_string(hide_password=True)


def engine_for(url: URL) -> Engine:
    """An engine that opens connections lazily; DuckDB files are created on first use."""
    try:
        return create_engine(url)
    except ModuleNotFoundError as exc:  # psycopg is an optional extra
        raise UsageError(shown(url), f"the {exc.name} driver is not installed "
                                     "(pip install 'unfascicle[postgres]')") from exc


@contextmanager
def scratch_duckdb() -> Iterator[Engine]:
    """A throwaway DuckDB file (not ``:memory:``, which would be one database per pooled
    connection), removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="unfascicle-") as folder:
        engine = engine_for(database_url(Path(folder) / "scratch.duckdb"))
        try:
            yield engine
        finally:
            engine.dispose()


def _insert_duckdb(conn: Connection, table: Table, rows: list[dict]) -> None:
    """DuckDB's executemany runs one statement per row; an Arrow batch goes in at once.
    It uses the same DuckDB connection, so it is part of the open transaction."""
    try:
        batch = pa.Table.from_pylist(rows, schema=arrow_schema(table))
        duck = conn.connection.driver_connection
        assert duck is not None  # an open connection holds its driver's
        duck.from_arrow(batch).insert_into(table.name)
    except (duckdb.Error, pa.ArrowException, OverflowError) as exc:
        # wrapped as SQLAlchemy wraps driver errors, so the loader has one error path
        raise DBAPIError(f"INSERT INTO {table.name}", None, exc) from exc


def _insert_sqlalchemy(conn: Connection, table: Table, rows: list[dict]) -> None:
    """psycopg's executemany is batched into multi-row VALUES by SQLAlchemy."""
    conn.execute(table.insert(), rows)


_BULK: dict[str, Callable[[Connection, Table, list[dict]], None]] = {
    "duckdb": _insert_duckdb,
}


def bulk_insert(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Insert many rows, with bound values, the fastest way the dialect offers."""
    if rows:
        _BULK.get(conn.dialect.name, _insert_sqlalchemy)(conn, table, rows)


def serialise(conn: Connection, key: str) -> None:
    """Wait for any other transaction working on ``key`` (a document, or the schema)
    and hold it off until this one ends: PostgreSQL's transaction-scoped advisory lock,
    so two loads of one document queue instead of colliding on its keys. DuckDB needs
    none: one process at a time writes a database file."""
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(
            func.hashtextextended(f"unfascicle:{key}", 0))))
