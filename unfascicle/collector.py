"""The garbage collector's pace while a stage allocates many short-lived objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Let the young generation grow before the garbage collector runs: a PDF parse
    allocates millions of short-lived objects, and the default threshold makes the
    collector rescan the growing heap, about 10 % of the time and more the longer
    the document (cost would grow faster than the page count). A text's or a Word
    file's readers allocate as freely (tuples of tokens, readings, lines re-read by
    each table reader): the collector took about 5 % of a text's reading, half that so.
    The checks make a record per identity over a heap that holds the whole document:
    a fifth of their time went to collections, and now and then a full one cost more
    than all the checks."""
    before = gc.get_threshold()
    gc.set_threshold(100_000, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
