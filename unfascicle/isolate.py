"""Run one document's work in a child process with a time and a memory limit.

A pathological PDF can make a parser spin or eat memory; a child process can be
stopped where a thread cannot, whatever executor (process pool, Dask worker
thread, daemonic worker) called us. A plain ``fork`` is used rather than
``multiprocessing`` because daemonic workers may not start multiprocessing
children. The child's result or error comes back pickled through a pipe, and the
child dies with its parent (Linux ``PR_SET_PDEATHSIG``), so killing the command
never leaves a worker running.
"""

from __future__ import annotations

import ctypes
import math
import os
import pickle
import resource
import select
import signal
import time
import traceback
from collections.abc import Callable
from typing import Any

from unfascicle.errors import (
    FascicleError,
    MemoryLimitExceeded,
    TimeLimitExceeded,
    WorkerCrashed,
)

_PR_SET_PDEATHSIG = 1
_MB = 1 << 20


def die_with_parent() -> None:
    """Ask the kernel to kill this process when its parent dies (Linux; elsewhere a
    no-op). Used in forked children and in the batch's pool workers."""
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _limit_memory(megabytes: float | None) -> None:
    """Cap the address space at what the process holds now plus ``megabytes``, so an
    allocation past it raises MemoryError instead of swapping the machine."""
    if megabytes is None:
        return
    with open("/proc/self/statm", encoding="ascii") as statm:
        now = int(statm.read().split()[0]) * resource.getpagesize()
    limit = now + int(megabytes * _MB)
    hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _in_chain(exc: BaseException, kind: type[BaseException]) -> BaseException | None:
    """``exc``, or the exception it was raised while handling, that is a ``kind``.
    Readers turn any parser failure into "damaged", yet the MemoryError is still in
    the chain; and a library failing while it cleans up must not hide our refusal."""
    link: BaseException | None = exc
    seen = 0
    while link is not None and seen < 50:
        if isinstance(link, kind):
            return link
        link, seen = link.__cause__ or link.__context__, seen + 1
    return None


def _run_child(write_fd: int, fn: Callable[..., Any], args: tuple, path: str | None,
               memory_mb: float | None) -> None:
    """In the child: compute, send, and leave without running the parent's cleanups."""
    try:
        die_with_parent()
        try:
            _limit_memory(memory_mb)
            payload = ("ok", fn(*args))
        except BaseException as exc:  # report, don't lose: the parent turns it into a line
            refusal = _in_chain(exc, FascicleError)
            if memory_mb is not None and _in_chain(exc, MemoryError):
                payload = ("error", MemoryLimitExceeded(
                    path, f"needed more than the memory limit of {memory_mb:g} MB"))
            elif refusal is not None:
                payload = ("error", refusal)
            else:
                payload = ("crash", traceback.format_exc())
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (hard, hard))  # room to send the answer
        with os.fdopen(write_fd, "wb") as pipe:
            pickle.dump(payload, pipe)
    finally:
        os._exit(0)


def _read_until(read_fd: int, deadline: float | None) -> bytes | None:
    """Everything the child writes, or None when the deadline passes first."""
    chunks: list[bytes] = []
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
                         path: str | None = None, memory_mb: float | None = None) -> Any:
    """``fn(*args)`` in a forked child; raise :class:`TimeLimitExceeded` after
    ``seconds`` (None: no limit), :class:`MemoryLimitExceeded` when it needs more than
    ``memory_mb`` more megabytes (None: no limit), and re-raise the child's
    :class:`FascicleError`."""
    if seconds is not None and not (math.isfinite(seconds) and seconds > 0):
        raise ValueError(f"time limit must be a positive number of seconds, not {seconds}")
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _run_child(write_fd, fn, args, path, memory_mb)
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
