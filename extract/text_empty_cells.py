"""Empty cells of a table printed one cell a line, kept as cells.

A word processor's plain-text export (no page breaks) prints each table cell on a
line of its own, in row order, and an empty cell as an empty line. The readers drop
empty lines, so a row with an empty cell would print one value fewer than its
columns and its values would go to the wrong columns. An empty line right before a
line of values, after a value or a row's label, is an empty cell: it is written as
``EMPTY_CELL``, a mark the value readers take for a nil cell, and the reader makes
the cells so marked blank again (``blank_marked``). Empty lines before a header's
years, after its last heading or after a row's last value (where the next row's
label follows) stay empty, and so do those of a text that parts most of its lines by
empty lines (spacing, not cells).
"""

from __future__ import annotations

from collections.abc import Callable

from .model import Block, Table, TablePart

# Stands for an empty cell until the table is read (U+2400 SYMBOL FOR NULL: no
# fascicle prints it).
EMPTY_CELL = "\u2400"


def mark_empty_cells(raws: list[str], is_values: Callable[[str], bool],
                     is_year: Callable[[str], bool]) -> list[str]:
    """``raws`` with each empty line of a run that comes before a line of values
    (``is_values``) written as ``EMPTY_CELL``: after a value, or one empty line alone
    after a label (several there end a header or a row of its own); not before nor
    after a header's year heading (``is_year``: the run ends the header)."""
    out = list(raws)
    if _spaced(raws):
        return out
    k = 0
    while k < len(raws):
        if raws[k].strip() or k == 0 or not raws[k - 1].strip():
            k += 1
            continue
        end = k
        while end < len(raws) and not raws[end].strip():
            end += 1
        before, after = raws[k - 1].strip(), raws[end].strip() if end < len(raws) else ""
        if after and is_values(after) and not (is_year(after) or is_year(before)) \
                and (end - k == 1 or is_values(before)):
            out[k:end] = [EMPTY_CELL] * (end - k)
        k = end
    return out


def blank_marked(blocks: list[Block]) -> None:
    """Cells of the tables in ``blocks`` that hold ``EMPTY_CELL`` made blank (the
    mark taken out of any other cell text); a value column left empty in every row
    with some cells of it so marked is a spacer between column groups (as a Word
    table has) and is dropped, as the Word reader drops it."""
    for block in blocks:
        if not isinstance(block, Table):
            continue
        for part in block.parts:
            for at in reversed(_spacers(part)):
                _drop_column(part, at)
            for row in part.rows:
                if row.cells is not None:
                    row.cells = [c.replace(EMPTY_CELL, "").strip() for c in row.cells]
                if row.span is not None:
                    row.span = row.span.replace(EMPTY_CELL, "").strip()


def _spacers(part: TablePart) -> list[int]:
    """Indexes of the value columns no row fills, some rows marking them empty."""
    rows = [row.cells for row in part.rows if row.cells is not None]
    if not rows or len({len(cells) for cells in rows}) != 1:
        return []
    return [at for at in range(1, len(rows[0]))
            if all(cells[at] in ("", EMPTY_CELL) for cells in rows)
            and any(cells[at] == EMPTY_CELL for cells in rows)]


def _drop_column(part: TablePart, at: int) -> None:
    """Grid column ``at`` taken out of the rows and of the header rows that cover it."""
    for row in part.rows:
        if row.cells is not None:
            del row.cells[at]
    for header in part.header:
        start = 0
        for k, cell in enumerate(header):
            if start <= at < start + cell.colspan:
                if cell.colspan > 1:
                    cell.colspan -= 1
                elif not cell.text.strip():
                    del header[k]
                break
            start += cell.colspan


def _spaced(raws: list[str]) -> bool:
    """Whether most text lines are followed by an empty line: a text that parts its
    lines so prints its empty lines as spacing, not as cells (a word processor's text
    has an empty line only around tables and for empty cells)."""
    texts = [k for k, raw in enumerate(raws) if raw.strip()]
    parted = sum(1 for k in texts if k + 1 < len(raws) and not raws[k + 1].strip())
    return 2 * parted >= len(texts)
