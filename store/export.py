"""Every relation, facts included, as one Parquet or CSV file each: the database for
people without one. The outputs go through the loader into a scratch DuckDB, so the files
hold exactly what a loaded database holds."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Literal

import duckdb
from sqlalchemy import Table

from unfascicle.errors import OutputError, UsageError
from unfascicle.store.database import database_url, engine_for
from unfascicle.store.load import load_into
from unfascicle.store.schema import RELATIONS, cells, facts

Format = Literal["parquet", "csv"]
FORMATS: tuple[Format, ...] = ("parquet", "csv")


def export(paths: list[Path], out_dir: Path, fmt: Format = "parquet") -> dict[str, Path]:
    """Write ``<relation>.<fmt>`` into ``out_dir`` for every relation; returns the files by
    relation name. Each file is written under a temporary name and renamed, so a failed
    export leaves no partial file."""
    if fmt not in FORMATS:
        raise UsageError(None, f"unknown export format {fmt!r} (use parquet or csv)")
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(out_dir, f"cannot create the folder: {exc.strerror}") from exc
    with tempfile.TemporaryDirectory(prefix="unfascicle-export-") as scratch:
        engine = engine_for(database_url(Path(scratch) / "export.duckdb"))
        try:
            load_into(engine, paths)
            with engine.connect() as conn:
                db = conn.connection.driver_connection
                return {t.name: _write(db, t, out_dir, fmt) for t in RELATIONS}
        finally:
            engine.dispose()


def _order(table: Table) -> list[str]:
    """Rows in key order, so the same outputs give the same files."""
    keys = cells.primary_key.columns if table is facts else table.primary_key.columns
    return [c.name for c in keys]


def _write(db: duckdb.DuckDBPyConnection, table: Table, out_dir: Path, fmt: Format) -> Path:
    target = out_dir / f"{table.name}.{fmt}"
    relation = db.table(table.name).order(", ".join(_order(table)))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=out_dir)
    os.close(fd)
    try:
        if fmt == "parquet":
            relation.write_parquet(tmp)
        else:
            relation.write_csv(tmp, header=True)
        os.replace(tmp, target)
    except (OSError, duckdb.Error) as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(target, f"cannot write: {exc}") from exc
    return target
