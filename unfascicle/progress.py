"""Batch progress: a bar on a terminal, one quiet line per document otherwise."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from unfascicle.batch import Outcome


@contextmanager
def reporter(total: int) -> Iterator[Callable[[Outcome], None]]:
    """Yield a callback to call once per finished document."""
    if not sys.stderr.isatty():
        count = 0

        def line(outcome: Outcome) -> None:
            nonlocal count
            count += 1
            print(f"[{count}/{total}] {outcome.status} {outcome.input} ({outcome.seconds:.2f} s)",
                  file=sys.stderr, flush=True)

        yield line
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task("fascicles", total=total)
        yield lambda outcome: bar.advance(task)
