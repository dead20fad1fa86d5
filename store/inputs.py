"""Which files are fascicle outputs: named files must be, folders are searched for them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from unfascicle.errors import UnreadableInput
from unfascicle.output import validate
from unfascicle.schemas import schema_id


def _candidates(paths: list[Path]) -> Iterator[tuple[Path, bool]]:
    """Each file with whether it was named (True) or found in a named folder (False);
    folders are searched recursively and in sorted order, so a load is repeatable."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from ((p, False) for p in sorted(path.rglob("*.json")) if p.is_file())
        elif path.is_file():
            yield path, True
        elif path.exists():  # never read a FIFO (it may block) or a device (it may not end)
            raise UnreadableInput(path, "is not a regular file (a device, FIFO or socket)")
        else:
            raise UnreadableInput(path, "no such file or folder")


def _not_json(constant: str) -> None:
    """Python's json module reads NaN and Infinity, which JSON does not have (and which
    would otherwise surface as a puzzling schema error)."""
    raise ValueError(f"{constant} is not a JSON value")


def _parse(path: Path) -> object:
    try:
        return json.loads(path.read_text("utf-8"), parse_constant=_not_json)
    except OSError as exc:
        raise UnreadableInput(path, f"cannot read: {exc.strerror}") from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise UnreadableInput(path, f"not JSON: {exc}") from exc
    except RecursionError:
        raise UnreadableInput(path, "not a fascicle output: nested too deeply") from None


def read_outputs(paths: list[Path]) -> Iterator[tuple[Path, dict]]:
    """Each output file with its document, validated against the published schema, one at
    a time. A named file must be an output; other JSON in a folder is skipped."""
    for path, named in _candidates(paths):
        try:
            document = _parse(path)
        except UnreadableInput:
            if named:
                raise
            continue
        if not isinstance(document, dict) or document.get("schema") != schema_id():
            if named:
                raise UnreadableInput(path, f"not a fascicle output (its schema is not "
                                            f"{schema_id()})")
            continue
        validate(document, path, UnreadableInput)  # a hand-edited file is bad input
        yield path, document


def read_output(path: Path) -> dict:
    """One named output file (for ``check``, ``diff`` and :func:`unfascicle.open`),
    validated; a folder or anything but an output is refused in one line."""
    if Path(path).is_dir():
        raise UnreadableInput(path, "is a folder, not an output JSON file")
    ((_, document),) = read_outputs([path])
    return document
