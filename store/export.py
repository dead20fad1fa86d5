"""Every relation, facts included, as one Parquet or CSV file each, plus the
``datapackage.json`` that describes them: the database for people without one. The
outputs go through the loader into a scratch DuckDB, so the files hold exactly what a
loaded database holds.

The files form one set: a reader must never see some relations from one export and
some from another. So the new set is written into a hidden folder beside the target
and switched in with one rename (Linux ``renameat2(RENAME_EXCHANGE)``, which swaps two
folders atomically); a killed export leaves only that hidden folder, which the next
export removes."""

from __future__ import annotations

import ctypes
import errno
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Literal

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import Table

from unfascicle.errors import OutputError, UsageError
from unfascicle.output import process_alive
from unfascicle.store.database import database_url, engine_for
from unfascicle.store.load import load_into
from unfascicle.store.package import datapackage
from unfascicle.store.schema import RELATIONS, arrow_schema, primary_key

Format = Literal["parquet", "csv"]
FORMATS: tuple[Format, ...] = ("parquet", "csv")
# what an earlier export may have left in the folder it replaces
PACKAGE = "datapackage.json"
_EXPORTED = frozenset({f"{t.name}.{f}" for t in RELATIONS for f in FORMATS} | {PACKAGE})
_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


def export(paths: list[Path], out_dir: Path, fmt: Format = "parquet") -> dict[str, Path]:
    """Write ``<relation>.<fmt>`` into ``out_dir`` for every relation and the
    ``datapackage.json`` describing them; returns the files by relation name (the package
    under "datapackage"). ``out_dir`` must be new, empty or an earlier export; it is replaced as
    a whole, so a failed or killed export leaves the earlier set as it was."""
    if fmt not in FORMATS:
        raise UsageError(None, f"unknown export format {fmt!r} (use parquet or csv)")
    out_dir = Path(os.path.realpath(out_dir))
    _check_replaceable(out_dir)
    staging = _staging(out_dir)
    try:
        scratch = staging / ".scratch"
        scratch.mkdir()
        engine = engine_for(database_url(scratch / "export.duckdb"))
        try:
            load_into(engine, paths)
            with engine.connect() as conn:
                db = conn.connection.driver_connection
                names = [_write(db, t, staging, fmt).name for t in RELATIONS]
        finally:
            engine.dispose()
        shutil.rmtree(scratch)
        package = json.dumps(datapackage(fmt), ensure_ascii=False, indent=1) + "\n"
        (staging / PACKAGE).write_text(package, "utf-8")
        _switch(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    written = {t.name: out_dir / name for t, name in zip(RELATIONS, names, strict=True)}
    written["datapackage"] = out_dir / PACKAGE
    return written


def _check_replaceable(out_dir: Path) -> None:
    """Refuse a folder holding anything but an earlier export: it is replaced whole."""
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise OutputError(out_dir, "is a file, not a folder")
    other = sorted(p.name for p in out_dir.iterdir() if p.name not in _EXPORTED)
    if other:
        raise OutputError(out_dir, f"holds files that are not an export ({other[0]}, …); "
                                   "export into a new, empty or earlier export folder")


def _staging(out_dir: Path) -> Path:
    """A new hidden folder beside ``out_dir``, after removing those of dead exports."""
    prefix = f".{out_dir.name}.export-"
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        for old in out_dir.parent.glob(f"{prefix}*"):
            pid = old.name[len(prefix):].split("-", 1)[0]
            if pid.isdigit() and not process_alive(int(pid)):
                shutil.rmtree(old, ignore_errors=True)
        return Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=out_dir.parent))
    except OSError as exc:
        raise OutputError(out_dir, f"cannot create the folder: {exc.strerror}") from exc


def _switch(staging: Path, out_dir: Path) -> None:
    """Put the new set at ``out_dir``; the old set (if any) ends at ``staging``."""
    try:
        if not out_dir.exists():
            os.rename(staging, out_dir)
        elif not _exchange(staging, out_dir):  # no renameat2: two renames, never a mix
            old = Path(tempfile.mkdtemp(prefix=f"{staging.name}-old", dir=staging.parent))
            os.rename(out_dir, old)
            os.rename(staging, out_dir)
            os.rename(old, staging)
    except OSError as exc:
        raise OutputError(out_dir, f"cannot replace the folder: {exc.strerror}") from exc


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one atomic step; False where the system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    error = ctypes.get_errno()
    if error in (errno.ENOSYS, errno.EINVAL):  # not supported here
        return False
    raise OSError(error, os.strerror(error), str(b))


def _write(db: duckdb.DuckDBPyConnection, table: Table, folder: Path, fmt: Format) -> Path:
    """One relation in key order, so the same outputs give the same files."""
    target = folder / f"{table.name}.{fmt}"
    relation = db.table(table.name).order(", ".join(primary_key(table)))
    try:
        if fmt == "csv":
            relation.write_csv(str(target), header=True)
        else:
            pq.write_table(_declared(relation.to_arrow_table(), table), target)
    except (OSError, duckdb.Error, pa.ArrowException) as exc:
        raise OutputError(target, f"cannot write: {exc}") from exc
    return target


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
