"""Errors users see: one line naming the file and the problem, and an exit code."""

from __future__ import annotations

from pathlib import Path


class FascicleError(Exception):
    """Base class: ``code`` is a stable identifier, ``exit_code`` the process status."""

    code = "error"
    exit_code = 2

    def __init__(self, path: str | Path | None, message: str):
        self.path = str(path) if path is not None else None
        self.message = message
        super().__init__(self.line())

    def __reduce__(self):
        """Picklable, so errors cross process boundaries in batch runs."""
        return (self.__class__, (self.path, self.message))

    def line(self) -> str:
        """The one-line message printed on stderr."""
        where = f"{self.path}: " if self.path else ""
        return f"{where}{self.message} [{self.code}]"


class UnreadableInput(FascicleError):
    """The file cannot be read as a PDF or as text (missing, empty, corrupt, encrypted)."""

    code = "unreadable-input"
    exit_code = 2


class NotAFascicle(FascicleError):
    """The file reads, but is not a UN programme budget fascicle."""

    code = "not-a-fascicle"
    exit_code = 3


class UsageError(FascicleError):
    """The command line asks for something impossible."""

    code = "usage"
    exit_code = 4


class OutputError(FascicleError):
    """The output cannot be written (folder missing or not writable, disk full)."""

    code = "output-not-written"
    exit_code = 2


class InvalidOutput(FascicleError):
    """The records do not validate against the published schema (a bug, not bad input)."""

    code = "schema-violation"
    exit_code = 5


class TimeLimitExceeded(FascicleError):
    """The document took longer than the per-document time limit."""

    code = "time-limit"
    exit_code = 2


class WorkerCrashed(FascicleError):
    """The child process died without an answer (e.g. killed for memory)."""

    code = "worker-crashed"
    exit_code = 2


class MemoryLimitExceeded(FascicleError):
    """The document needed more memory than the per-document limit (e.g. a
    decompression bomb)."""

    code = "memory-limit"
    exit_code = 2
