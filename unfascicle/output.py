"""Stage three: the typed fascicle as schema-valid, deterministic JSON, written atomically."""

from __future__ import annotations

import dataclasses
import json
import os
import uuid
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema_rs

from unfascicle import __version__
from unfascicle.checks import run_checks
from unfascicle.errors import InvalidOutput, OutputError
from unfascicle.normalize.records import Fascicle
from unfascicle.schemas import fascicle_schema, schema_id, schema_version


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


def plain(value: Any) -> Any:
    """Dataclasses as dicts in field order, lists as lists: what JSON holds. (Unlike
    ``dataclasses.asdict`` it does not deep-copy leaves, which is a third of the
    time of a text run.)"""
    if dataclasses.is_dataclass(value):
        return {name: plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def to_dict(fascicle: Fascicle) -> dict:
    """The JSON document: schema header, the records in declaration order, then the
    accounting checks run over them."""
    document = {"schema": schema_id(), "schema_version": schema_version(),
                "generator": {"name": "unfascicle", "version": __version__},
                **plain(fascicle)}
    document["checks"] = [plain(f) for f in run_checks(document)]
    return document


@cache
def _validator():
    """The compiled schema (jsonschema-rs: two hundred times faster than pure Python
    on a whole fascicle, which matters because every output is validated)."""
    return jsonschema_rs.Draft202012Validator(fascicle_schema())


def validate(document: dict, path: str | Path | None = None) -> None:
    """Raise :class:`InvalidOutput` naming the first violation of the published schema."""
    error = next(iter(_validator().iter_errors(document)), None)
    if error is not None:
        where = "/".join(str(p) for p in error.instance_path) or "(root)"
        raise InvalidOutput(path, f"output does not match the schema at {where}: {error.message}")


def dumps(document: dict) -> str:
    """Byte-stable JSON: same records, same text."""
    return json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def write_json(document: dict, target: Path) -> None:
    """Validate, then write via a temporary file in the same folder and an atomic
    rename: a failed write leaves no partial file and an older output untouched."""
    validate(document, target)
    text = dumps(document).encode("utf-8")
    folder = target.parent
    tmp = folder / f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = open(tmp, "xb")  # noqa: SIM115 - closed below; mode follows the umask
    except OSError as exc:
        raise OutputError(target, f"cannot write into {folder}: {exc.strerror}") from exc
    try:
        with handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(target, f"cannot write the output: {exc.strerror}") from exc
