"""A table part's values dealt to its labels as ``pdftotext``'s default mode prints them.

The mode prints a part's value lines apart from its labels (the label column is
a block of its own): its first rows a row at a time, a row's cells on one line or
a few (each row ending a line, a blank line never inside a row), then the rows
left a column at a time (a column a run of lines of a value each, as long as
those rows, closing its block of lines). A reading is taken only when it uses
the value lines as printed, and takes columns for as many rows as fit: a run of
lines of one value breaking at blank lines every as many rows is columns. Each
label (its last line, see ``text_stacked_rows``) then takes its row's values on
its line.
"""

from __future__ import annotations

from .text_grid_entries import PlainLine
from .text_stacked_rows import label_ends
from .text_values import fewest_values
from .text_vocab import Vocabulary


def dealt_rows(blocks: list[list[PlainLine]], rows: int, columns: int
               ) -> list[list[str]] | None:
    """The values of ``blocks`` (value lines, cut at blank lines) dealt to ``rows``
    rows of ``columns`` cells: the first rows a row at a time, the rest a column at
    a time; None when no such reading takes the lines as printed."""
    lines = [(fewest_values(ln.text) or [], k) for k, block in enumerate(blocks) for ln in block]
    if not rows or sum(len(vals) for vals, _ in lines) != rows * columns:
        return None
    for apart in range(rows, -1, -1):
        cut = _row_lines(lines, rows - apart, columns)
        if cut is None or not _columns_apart(lines[cut:], apart):
            continue
        flat = [v for vals, _ in lines[:cut] for v in vals]
        grid = [flat[r * columns:(r + 1) * columns] for r in range(rows - apart)]
        below = [vals[0] for vals, _ in lines[cut:]]
        return grid + [[below[c * apart + r] for c in range(columns)] for r in range(apart)]
    return None


def _row_lines(lines: list[tuple[list[str], int]], rows: int, columns: int) -> int | None:
    """How many of the first lines (values, block) print ``rows`` rows of ``columns``
    values, each row ending a line, its lines in one block; None when a line holds
    cells of two rows, a blank line cuts a row, or a row is a block of its own of
    lines a value each (as well a column's cells: the mode prints a row's cells
    side by side on a line, a column's down a block)."""
    total = start = 0
    for cut, (vals, block) in enumerate(lines):
        if total == rows * columns:
            return cut
        if total % columns == 0:
            start = cut
        if total // columns != (total + len(vals) - 1) // columns\
                or (total % columns and block != lines[cut - 1][1]):
            return None
        total += len(vals)
        if total % columns == 0 and _block_alone(lines, start, cut):
            return None
    return len(lines) if total == rows * columns else None


def _block_alone(lines: list[tuple[list[str], int]], start: int, end: int) -> bool:
    """Whether lines ``start`` to ``end`` are two or more of a value each making a
    whole block."""
    block = lines[start][1]
    return end > start and all(len(vals) == 1 for vals, _ in lines[start:end + 1])\
        and (start == 0 or lines[start - 1][1] != block)\
        and (end + 1 == len(lines) or lines[end + 1][1] != block)


def _columns_apart(lines: list[tuple[list[str], int]], rows: int) -> bool:
    """Whether lines (values, block) print columns of ``rows`` cells one after
    another: a value a line, each column's last line closing its block."""
    if not rows:
        return not lines
    return all(len(vals) == 1 for vals, _ in lines) and all(
        k + 1 == len(lines) or lines[k + 1][1] != lines[k][1]
        for k in range(rows - 1, len(lines), rows))


def rows_written(labels: list[PlainLine], dealt: list[list[str]], voc: Vocabulary
                 ) -> list[PlainLine]:
    """The label lines, each label's last line taking its row's values (two spaces
    apart), in order; other lines as printed."""
    ends = {ln.no: row for ln, row in zip(label_ends(labels, voc), dealt, strict=True)}
    return [PlainLine(ln.no, "  ".join([ln.text, *ends[ln.no]]), ln.page, ln.indent)
            if ln.no in ends else ln for ln in labels]
