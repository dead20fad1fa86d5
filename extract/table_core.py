"""What every reader's table assembly shares, whatever it reads from.

A PDF page, a flat text and a Word grid each find a table's columns in their own way;
from there on a table is built the same way for all of them: its header rows with the
spans of grouped columns, and the rows a page break repeats.
"""

from __future__ import annotations

from .model import Block, HeaderCell, Table, TableRow


def spanned_header(texts: list[str], groups: list[tuple[range, str]]) -> list[list[HeaderCell]]:
    """Header rows of columns headed ``texts``. Without groups, one row. With groups (a
    label over a run of columns: "Changes" over "Technical adjustments" … "Total"), two
    rows: each group's label spans its columns and every other column spans both rows;
    the second row holds the grouped columns' own headings."""
    if not groups:
        return [[HeaderCell(t) for t in texts]]
    owner = {col: (run, label) for run, label in groups for col in run}
    top: list[HeaderCell] = []
    second: list[HeaderCell] = []
    for col, text in enumerate(texts):
        if col not in owner:
            top.append(HeaderCell(text, rowspan=2))
            continue
        run, label = owner[col]
        if col == run[0]:
            top.append(HeaderCell(label, colspan=len(run)))
        second.append(HeaderCell(text))
    return [top, second]


def drop_repeated_heads(blocks: list[Block]) -> None:
    """Remove, in every table part, the rows that a later page prints again at its top
    because they stand under the header: a row of column references ("(1)", "(2)" …)
    is repeated with the header on every page, and read as a row there it would be
    counted twice. Such rows are the part's first rows, printed again first on a page."""
    for block in blocks:
        if isinstance(block, Table):
            for part in block.parts:
                part.rows = _without_repeated_head(part.rows)


def _without_repeated_head(rows: list[TableRow]) -> list[TableRow]:
    """``rows`` without each run, first on its page, that repeats the first rows."""
    out: list[TableRow] = []
    i = 0
    while i < len(rows):
        if i and rows[i].prov.page != rows[i - 1].prov.page:
            k = 0
            while k < i and i + k < len(rows) and _same(rows[i + k], rows[k]):
                k += 1
            i += k
            if i >= len(rows):
                break
        out.append(rows[i])
        i += 1
    return out


def _same(a: TableRow, b: TableRow) -> bool:
    return a.cells == b.cells and a.span == b.span
