"""A band's value blocks each printed for a run of the rows, not all of them.

``pdftotext`` in its default mode prints a band's column group a block at a time,
each block a line a row; where rows differ in which of the band's columns they fill
close together (a row of post counts prints no figure where the rows of money print
three), a block may hold one column's cells of some rows only (the last rows' next
column, printed apart from their others). Such a block covers a run of rows next
to each other, its first line the run's first row. The reading taken gives each
block such a run, so that every row gets as many values as each other one, two or
more; the only such reading, else none.
"""

from __future__ import annotations

from itertools import product
from math import prod

from .text_grid_entries import PlainLine
from .text_values import fewest_values

# The most readings tried (blocks times the places each may start).
_MOST = 4096


def row_ranges(blocks: list[list[PlainLine]], rows: int) -> list[str] | None:
    """Each row's piece of the band (its lines of the blocks covering it, in block
    order), when exactly one placing of the blocks gives every row as many values;
    None otherwise (a block taller than the rows, or no or more than one such)."""
    counts = [[len(fewest_values(ln.text) or []) for ln in block] for block in blocks]
    if not blocks or any(len(c) > rows or 0 in c for c in counts):
        return None
    starts = [range(rows - len(c) + 1) for c in counts]
    if prod(len(s) for s in starts) > _MOST:
        return None
    found = []
    for at in product(*starts):
        got = [0] * rows
        for a, c in zip(at, counts, strict=True):
            for i, k in enumerate(c):
                got[a + i] += k
        if len(set(got)) == 1 and got[0] >= 2:
            found.append(at)
    if len(found) != 1:
        return None
    pieces: list[list[str]] = [[] for _ in range(rows)]
    for a, block in zip(found[0], blocks, strict=True):
        for i, ln in enumerate(block):
            pieces[a + i].append(ln.text)
    return ["  ".join(p) for p in pieces]
