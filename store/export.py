"""Every relation, facts included, as one Parquet or CSV file each, plus the
``datapackage.json`` that describes them: the database for people without one. The outputs
go through the loader into a scratch DuckDB, so the files hold exactly what a loaded
database holds."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import Table

from unfascicle.errors import OutputError, UsageError
from unfascicle.store.database import scratch_duckdb
from unfascicle.store.load import load_into
from unfascicle.store.package import datapackage
from unfascicle.store.schema import RELATIONS, arrow_schema, primary_key

Format = Literal["parquet", "csv"]
FORMATS: tuple[Format, ...] = ("parquet", "csv")
PACKAGE = "datapackage.json"


def export(paths: list[Path], out_dir: Path, fmt: Format = "parquet") -> dict[str, Path]:
    """Write ``<relation>.<fmt>`` into ``out_dir`` for every relation and the
    ``datapackage.json`` describing them; returns the files by relation name (the package
    under "datapackage"). Each file is written under a temporary name and renamed, so a
    failed export leaves no partial file."""
    if fmt not in FORMATS:
        raise UsageError(None, f"unknown export format {fmt!r} (use parquet or csv)")
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(out_dir, f"cannot create the folder: {exc.strerror}") from exc
    with scratch_duckdb() as engine:
        load_into(engine, paths)
        with engine.connect() as conn:
            db = conn.connection.driver_connection
            written = {t.name: _write(db, t, out_dir, fmt) for t in RELATIONS}
    package = json.dumps(datapackage(fmt), ensure_ascii=False, indent=1) + "\n"
    written["datapackage"] = _atomic(out_dir / PACKAGE,
                                     lambda tmp: Path(tmp).write_text(package, "utf-8"))
    return written


def _write(db: duckdb.DuckDBPyConnection, table: Table, out_dir: Path, fmt: Format) -> Path:
    """One relation in key order, so the same outputs give the same files."""
    relation = db.table(table.name).order(", ".join(primary_key(table)))
    if fmt == "csv":
        return _atomic(out_dir / f"{table.name}.csv",
                       lambda tmp: relation.write_csv(tmp, header=True))
    data = _declared(relation.to_arrow_table(), table)
    return _atomic(out_dir / f"{table.name}.parquet", lambda tmp: pq.write_table(data, tmp))


def _declared(data: pa.Table, table: Table) -> pa.Table:
    """The rows under the declared schema (types, nullability, metadata); a null in a
    column declared NOT NULL is a bug in the schema, not something to write.

    The file also records pandas' nullable integer type for integer columns that may be
    null, so ``pandas.read_parquet`` (and frictionless, which reads through it) gives a
    year as an integer, not as a float with NaN."""
    schema = arrow_schema(table)
    for field in schema:
        if not field.nullable and data.column(field.name).null_count:
            raise OutputError(table.name, f"column {field.name} is declared not null "
                                          "but holds nulls")
    frame = data.select(schema.names).cast(schema).to_pandas()
    for field in schema:
        if pa.types.is_integer(field.type) and field.nullable:
            frame[field.name] = frame[field.name].astype(pd.Int32Dtype())
    return pa.Table.from_pandas(frame, schema=schema, preserve_index=False)


def _atomic(target: Path, write: Callable[[str], object]) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, target)
    except (OSError, duckdb.Error, pa.ArrowException) as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(target, f"cannot write: {exc}") from exc
    return target
