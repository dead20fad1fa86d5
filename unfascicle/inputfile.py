"""Reading an input file's bytes without hanging or filling memory.

A device (``/dev/zero``) never ends and a FIFO may never deliver, so only regular
files are read, and only up to a size limit: a fascicle is a few megabytes, and a
text hundreds of megabytes long would run for ever in the layout stages."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from unfascicle.errors import UnreadableInput

MAX_INPUT_MB = 100.0
_MB = 1 << 20


def read_input(path: Path, max_mb: float | None = MAX_INPUT_MB) -> bytes:
    """The whole file, or :class:`UnreadableInput` for a missing, special or too
    large file (checked before a byte is read)."""
    try:
        # O_NONBLOCK: opening a FIFO with no writer must not wait for one
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise UnreadableInput(path, "no such file") from None
    except OSError as exc:
        raise UnreadableInput(path, f"cannot read the file: {exc.strerror}") from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableInput(path, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableInput(path, "is not a regular file (a device, FIFO or socket); "
                                        "refusing to read it")
        if max_mb is not None and info.st_size > max_mb * _MB:
            raise UnreadableInput(path, f"is {info.st_size / _MB:.0f} MB, more than the limit "
                                        f"of {max_mb:g} MB (--max-size)")
        try:
            return handle.read()
        except OSError as exc:
            raise UnreadableInput(path, f"cannot read the file: {exc.strerror}") from None
