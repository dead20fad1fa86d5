"""Stage three: the typed fascicle as schema-valid, deterministic JSON, written atomically."""

from __future__ import annotations

import errno
import json
import os
import re
import stat
import uuid
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema_rs
import msgspec

from unfascicle import __version__
from unfascicle.checks import run_checks
from unfascicle.collector import fewer_collections
from unfascicle.errors import FascicleError, InvalidOutput, OutputError, UsageError
from unfascicle.normalize.records import Fascicle
from unfascicle.schemas import fascicle_schema, schema_id, schema_version


def plain(value: Any) -> Any:
    """Dataclasses as dicts in field order, lists as lists: what JSON holds (a tuple,
    which no record holds, stays one: JSON and the schema read it as a list).
    msgspec's ``to_builtins`` walks the records in C, a third of the time of the Python
    walk it replaced (which had itself replaced ``dataclasses.asdict``, whose deep copy
    of every leaf took a third of a text run); strings, numbers and None are kept as
    they are, so the JSON written is the same."""
    return msgspec.to_builtins(value)


def to_dict(fascicle: Fascicle) -> dict:
    """The JSON document: schema header, the records in declaration order, then the
    accounting checks run over them (with fewer collections: see
    :func:`~unfascicle.collector.fewer_collections`)."""
    with fewer_collections():
        document = {"schema": schema_id(), "schema_version": schema_version(),
                    "generator": {"name": "unfascicle", "version": __version__},
                    **plain(fascicle)}
        document["checks"] = [f.as_dict() for f in run_checks(document)]
    return document


@cache
def _validator():
    """The compiled schema (jsonschema-rs: two hundred times faster than pure Python
    on a whole fascicle, which matters because every output is validated)."""
    return jsonschema_rs.Draft202012Validator(fascicle_schema())


def validate(document: dict, path: str | Path | None = None,
             error: type[FascicleError] = InvalidOutput) -> None:
    """Raise ``error`` naming the first violation of the published schema:
    :class:`InvalidOutput` (a bug) for our own records, :class:`UnreadableInput` for
    a file someone gives us to read. (A valid document is told by ``is_valid``, in
    half the time of looking for its first error.)"""
    validator = _validator()
    if validator.is_valid(document):
        return
    found = next(iter(validator.iter_errors(document)), None)
    if found is not None:
        where = "/".join(str(p) for p in found.instance_path) or "(root)"
        what = "output does not match" if error is InvalidOutput else "not a valid output: fails"
        raise error(path, f"{what} the schema at {where}: {found.message}")


def dumps(document: dict) -> str:
    """Byte-stable JSON: same records, same text, the text ``json.dumps(document,
    ensure_ascii=False, indent=1)`` writes. With an indent the library writes through
    its pure-Python encoder; here its C encoder writes the same tokens compact and
    msgspec's formatter, which changes whitespace only, indents them: the same text in
    half the time. What the C encoder refuses (a float not finite, a type JSON has
    not) and what the formatter cannot read (a lone surrogate) is left to
    ``json.dumps``, which writes it or refuses it as before."""
    try:
        return msgspec.json.format(_COMPACT.encode(document), indent=1) + "\n"
    except (ValueError, TypeError, msgspec.MsgspecError):
        return json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


# json.dumps's settings for ``dumps`` without the indent, which makes the library write
# through its C encoder (compact: the formatter sets every space and line break).
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
# What msgspec's compact JSON prints for a float past the range where it prints floats
# as Python does (from 1e-4 to 1e16: the same digits): an exponent, the number ending
# there ("1e16", "1.5e-7", where Python writes 1e+16 and 1.5e-07), or noughts after
# the point (0.00001 for 1e-05). Each is looked for by its literal start, fast (a
# pattern opening with a class of characters tries every byte); a string that merely
# holds such text only costs the slower writer.
_EXPONENT = re.compile(rb"e(?<=\de)-?\d+[,\]}]")
_NOUGHTS = b"0.0000"


def valid_json(document: dict, path: str | Path | None = None) -> str:
    """The document's JSON, ``dumps``'s text, once :func:`validate` accepts it (raising
    :class:`InvalidOutput` where it does not). A valid document holds only what JSON
    holds, its numbers finite (the schema types every field and admits no other), so
    msgspec may write it compact, in a fifth of the C encoder's time, where it writes
    no float otherwise than Python (``_EXPONENT``, ``_NOUGHTS``); else ``dumps`` writes it."""
    validate(document, path)
    try:
        compact = msgspec.json.encode(document)
    except (ValueError, TypeError, msgspec.MsgspecError):  # a lone surrogate, say
        return dumps(document)
    if _NOUGHTS in compact or _EXPONENT.search(compact):
        return dumps(document)
    return msgspec.json.format(compact, indent=1).decode("utf-8") + "\n"


def check_target(target: Path, source: Path | None = None) -> None:
    """Refuse an output path that would destroy something: empty, the input itself
    (also through a symlink or a hard link), or anything but a regular file or a new
    name (a symlink, FIFO or device would be replaced by a regular file)."""
    if not str(target):
        raise UsageError(None, "the output path is empty")
    try:
        info = os.lstat(target)
    except (FileNotFoundError, NotADirectoryError):  # a new name (or its folder's fault)
        return
    except OSError as exc:
        raise OutputError(target, f"cannot write the output: {exc.strerror}") from exc
    if stat.S_ISDIR(info.st_mode):
        raise OutputError(target, "is a folder; give the output file's name")
    if not stat.S_ISREG(info.st_mode):
        kind = "a symbolic link" if stat.S_ISLNK(info.st_mode) else "not a regular file"
        raise OutputError(target, f"is {kind}; refusing to replace it (give a new name "
                                  "or a regular file)")
    if source is not None and _same_file(source, info):
        raise UsageError(target, f"is the input {source}; refusing to overwrite it")


def _same_file(path: Path, info: os.stat_result) -> bool:
    try:
        other = os.stat(path)
    except OSError:
        return False
    return (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino)


def write_json(document: dict, target: Path, source: Path | None = None) -> None:
    """Validate, then write atomically (see :func:`write_atomic`)."""
    write_atomic(valid_json(document, target).encode("utf-8"), target, source)


_TMP_PREFIX = ".unfascicle-"
# what open() says where the kernel or the file system has no unnamed files
_NO_TMPFILE = {errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL}


def write_atomic(data: bytes, target: Path, source: Path | None = None) -> None:
    """Write ``data`` to ``target`` so that readers see the old file or the whole new
    one. The bytes go to an unnamed file in the same folder (Linux ``O_TMPFILE``), which
    gets a short name only to be renamed over the target: a crash mid-write leaves
    nothing visible, and a 255-byte target name still fits. Where unnamed files are not
    supported, a named temporary file of our own pattern is used, and those left by dead
    processes are removed."""
    target = Path(target)
    check_target(target, source)
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_stale(folder)
        fd, tmp = _open_unnamed(folder)
    except OSError as exc:
        raise OutputError(target, f"cannot write into {folder}: {exc.strerror}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            if tmp is None:
                tmp = _name_unnamed(handle.fileno(), folder)
        os.replace(tmp, target)
    except OSError as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise OutputError(target, f"cannot write the output: {exc.strerror}") from exc


def _temp_name(folder: Path) -> Path:
    return folder / f"{_TMP_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp"


def _name_unnamed(fd: int, folder: Path) -> Path:
    """Give an unnamed file a temporary name (``linkat`` with ``AT_SYMLINK_FOLLOW``,
    which ``os.link`` uses only when given a directory descriptor)."""
    tmp = _temp_name(folder)
    here = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.link(f"/proc/self/fd/{fd}", tmp, src_dir_fd=here, follow_symlinks=True)
    finally:
        os.close(here)
    return tmp


def _open_unnamed(folder: Path) -> tuple[int, Path | None]:
    """An unnamed file in ``folder`` (name None), else a new named one."""
    try:
        return os.open(folder, os.O_TMPFILE | os.O_WRONLY, 0o666), None
    except (AttributeError, OSError) as exc:
        if isinstance(exc, OSError) and exc.errno not in _NO_TMPFILE:
            raise
    tmp = _temp_name(folder)
    return os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666), tmp


def _remove_stale(folder: Path) -> None:
    """Remove our temporary files whose writing process is gone (killed mid-write)."""
    for tmp in folder.glob(f"{_TMP_PREFIX}*.tmp"):
        pid = tmp.name[len(_TMP_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not process_alive(int(pid)):
            tmp.unlink(missing_ok=True)


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (a temporary file of a dead one is stale)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
