"""Run one document's work in a child process with a time limit.

A pathological PDF can make a parser spin or eat memory; a child process can be
stopped where a thread cannot, whatever executor (process pool, Dask worker
thread, daemonic worker) called us. A plain ``fork`` is used rather than
``multiprocessing`` because daemonic workers may not start multiprocessing
children. The child's result or error comes back pickled through a pipe.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import time
import traceback
from collections.abc import Callable
from typing import Any

from unfascicle.errors import FascicleError, TimeLimitExceeded, WorkerCrashed


def _run_child(write_fd: int, fn: Callable[..., Any], args: tuple) -> None:
    """In the child: compute, send, and leave without running the parent's cleanups."""
    try:
        try:
            payload = ("ok", fn(*args))
        except FascicleError as exc:
            payload = ("error", exc)
        except BaseException:  # report, don't lose: the parent turns it into a line
            payload = ("crash", traceback.format_exc())
        with os.fdopen(write_fd, "wb") as pipe:
            pickle.dump(payload, pipe)
    finally:
        os._exit(0)


def _read_until(read_fd: int, deadline: float | None) -> bytes | None:
    """Everything the child writes, or None when the deadline passes first."""
    chunks = []
    while True:
        timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
        ready, _, _ = select.select([read_fd], [], [], timeout)
        if not ready:
            return None
        chunk = os.read(read_fd, 1 << 16)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def call_with_time_limit(fn: Callable[..., Any], args: tuple, seconds: float | None,
                         path: str | None = None) -> Any:
    """``fn(*args)`` in a forked child; raise :class:`TimeLimitExceeded` after
    ``seconds`` (None: no limit), re-raise the child's :class:`FascicleError`."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _run_child(write_fd, fn, args)
    os.close(write_fd)
    deadline = None if seconds is None else time.monotonic() + seconds
    data = None
    try:
        data = _read_until(read_fd, deadline)
    finally:
        os.close(read_fd)
        if data is None:
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    if data is None:
        raise TimeLimitExceeded(path, f"gave up after {seconds:g} s (per-document time limit)")
    if not data:
        raise WorkerCrashed(path, "the worker process died without an answer")
    status, payload = pickle.loads(data)
    if status == "ok":
        return payload
    if status == "error":
        raise payload
    raise WorkerCrashed(path, f"internal error: {payload.strip().splitlines()[-1]}")
