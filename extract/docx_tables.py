"""Word tables to stage-one grids: header rows, merged cells, spans, indents.

A Word table is already a grid: ``w:gridSpan`` merges columns, ``w:vMerge`` rows,
``w:tblHeader`` marks the header rows Word repeats on every page. Layout columns
(a spacer column that holds no text in any row) and header rows left empty are
dropped, as the printed table shows neither. Row indents are ranked over the part
from the label cell's first-line position, as the PDF reader ranks x positions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from .docx_package import W
from .docx_text import DocxPara, TextReader
from .model import HeaderCell, Provenance, TablePart, TableRow, TermEntry
from .textnorm import join_wrapped

_INDENT_STEP = 100  # twentieths of a point: first-line positions closer than 5 pt are one


@dataclass
class Cell:
    """One Word cell placed on the grid."""

    col: int
    span: int
    merge: str | None  # None, "restart" or "continue" (w:vMerge)
    paras: list[DocxPara]

    @property
    def text(self) -> str:
        """The cell's printed text on one line."""
        return " ".join(" ".join(p.text.replace("\t", " ").split()) for p in self.paras
                        if p.text.strip()).strip()


@dataclass
class Grid:
    """The rows of one Word table, ``header`` counting the repeated header rows."""

    rows: list[list[Cell]]
    header: int
    index: int  # index of the table's first paragraph
    widths: list[int]  # of the grid columns (w:tblGrid), twentieths of a point


def _cell_paras(tc: etree._Element, reader: TextReader) -> list[DocxPara]:
    paras = []
    for child in tc:
        if child.tag == W + "p":
            paras.append(reader.paragraph(child))
        elif child.tag == W + "tbl":  # a table nested in a cell: its text, in order
            paras.extend(reader.paragraph(p) for p in child.iter(W + "p"))
        elif child.tag in (W + "sdt", W + "customXml"):
            paras.extend(reader.paragraph(p) for p in child.iter(W + "p"))
    return paras


def read_grid(tbl: etree._Element, reader: TextReader, data_cell: re.Pattern[str]) -> Grid:
    """Place each cell of ``tbl`` on the grid, in reading order. The header is the
    leading rows Word repeats on each page, up to a row that prints figures
    (``data_cell``): such a row is data, whatever its mark says."""
    rows: list[list[Cell]] = []
    header = 0
    start = reader.count
    for tr in tbl.iter(W + "tr"):
        if next(tr.iterancestors(W + "tbl")) is not tbl:
            continue
        trpr = tr.find(W + "trPr")
        col = _int_val(trpr.find(W + "gridBefore") if trpr is not None else None, 0)
        cells = []
        for tc in tr.iter(W + "tc"):
            if next(tc.iterancestors(W + "tr")) is not tr:
                continue
            tcpr = tc.find(W + "tcPr")
            span = _int_val(tcpr.find(W + "gridSpan") if tcpr is not None else None, 1)
            vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
            merge = None if vmerge is None else (vmerge.get(W + "val") or "continue")
            cells.append(Cell(col, max(1, span), merge, _cell_paras(tc, reader)))
            col += max(1, span)
        mark = trpr.find(W + "tblHeader") if trpr is not None else None
        is_header = mark is not None and mark.get(W + "val") not in ("0", "false", "off")
        if is_header and header == len(rows) and not any(
                data_cell.match(c.text) for c in cells[1:]):
            header += 1
        rows.append(cells)
    widths = [_width(g) for g in tbl.iterfind(f"{W}tblGrid/{W}gridCol")]
    return Grid(rows, header, start, widths)


def _width(col: etree._Element) -> int:
    try:
        return int(float(col.get(W + "w") or 0))
    except ValueError:
        return 0


def _int_val(el: etree._Element | None, default: int) -> int:
    try:
        return int(el.get(W + "val")) if el is not None else default
    except (TypeError, ValueError):
        return default


Columns = list[tuple[int, int]]  # printed columns as [start, end) ranges of grid columns


def _columns(grid: Grid) -> Columns:
    """The printed columns. Word grids are often finer than the printed columns (a
    cell edge a hair off in one row adds a grid column), so a column is the range
    of the lowest header cell with text above it; grid columns under no header
    text are columns of their own, kept when a cell with text starts in them."""
    width = max((c.col + c.span for row in grid.rows for c in row), default=0)
    leaf: list[int | None] = [None] * width
    for row in grid.rows[:grid.header]:
        for cell in row:
            if cell.text and cell.merge != "continue" and cell.span < width:
                leaf[cell.col:cell.col + cell.span] = [id(cell)] * cell.span
    ranges: Columns = []
    for c in range(width):
        if ranges and leaf[c] is not None and leaf[c] == leaf[ranges[-1][0]]:
            ranges[-1] = (ranges[-1][0], c + 1)
        else:
            ranges.append((c, c + 1))
    used = {i for i, (a, _) in enumerate(ranges) if leaf[a] is not None}
    for r in range(len(grid.rows)):
        for cell, where in _placed(grid, r, ranges):
            if where and cell.text and cell.merge != "continue":
                used.add(where[0])
    return [r for i, r in enumerate(ranges) if i in used]


def _place(cell: Cell, columns: Columns, widths: list[int]) -> tuple[int, int] | None:
    """The printed columns a cell covers: those it spans more than half of (or the
    one it overlaps most), as (first, count)."""
    def w(c: int) -> int:
        return widths[c] if c < len(widths) and widths[c] > 0 else 1

    end = cell.col + cell.span
    overlaps = [sum(w(c) for c in range(max(a, cell.col), min(b, end))) for a, b in columns]
    covered = [i for i, ((a, b), o) in enumerate(zip(columns, overlaps, strict=True))
               if o * 2 > sum(w(c) for c in range(a, b))]
    if not covered:
        best = max(range(len(columns)), key=lambda i: overlaps[i], default=None)
        if best is None or overlaps[best] == 0:
            return None
        covered = [best]
    return covered[0], covered[-1] - covered[0] + 1


def _placed(grid: Grid, r: int, columns: Columns
            ) -> list[tuple[Cell, tuple[int, int] | None]]:
    """The cells of row ``r`` with the printed columns each covers. A body row with as
    many cells as the header's lowest row takes their columns one to one, in order:
    Word sets each row's cells at their own widths, and a row whose cells are a spacer
    column off its header's (a value column's cell starting one narrow grid column to
    the left) still prints its n-th figure under the n-th heading."""
    row = grid.rows[r]
    lowest = grid.rows[grid.header - 1] if 0 < grid.header <= r else None
    if lowest is None or len(lowest) != len(row):
        return [(cell, _place(cell, columns, grid.widths)) for cell in row]
    return [(cell, _place(head, columns, grid.widths) or _place(cell, columns, grid.widths))
            for cell, head in zip(row, lowest, strict=True)]


def _header(grid: Grid, kept: Columns) -> list[list[HeaderCell]]:
    """Header rows with their spans; a header row left empty is dropped and the row
    spans reaching into it shortened."""
    placed: list[tuple[int, int, HeaderCell]] = []  # (row, first kept column, cell)
    owner: dict[int, HeaderCell] = {}  # kept column → the cell a vMerge continues
    for r, row in enumerate(grid.rows[:grid.header]):
        for cell in row:
            where = _place(cell, kept, grid.widths)
            if where is None:
                continue
            first, span = where
            if cell.merge == "continue" and first in owner:
                owner[first].rowspan += 1
                continue
            head = HeaderCell(cell.text, span)
            for k in range(first, first + span):
                owner[k] = head
            placed.append((r, first, head))
    empty = [r for r in range(grid.header)
             if not any(h.text for r0, _, h in placed if r0 == r)]
    for start, _, h in placed:
        h.rowspan -= sum(1 for r in empty if start < r < start + h.rowspan)
    return [[h for r0, _, h in sorted(placed, key=lambda x: x[1]) if r0 == r]
            for r in range(grid.header) if r not in empty]


def _row(placed: list[tuple[Cell, tuple[int, int] | None]], kept: Columns, index: int
         ) -> TableRow | None:
    texts = [""] * len(kept)
    first_para: DocxPara | None = None
    bold = []
    for cell, where in placed:
        if where is None:
            continue
        first, span = where
        if cell.merge == "continue":
            continue
        if cell.text:
            texts[first] = join_wrapped([texts[first], cell.text])
            bold.append(all(p.bold for p in cell.paras if p.text.strip()))
        if first == 0 and cell.paras:
            first_para = cell.paras[0]
        if span == len(kept) > 1 and cell.text:
            return TableRow(Provenance(None, paragraph=index), span=cell.text,
                            bold=bold[-1])
    if not any(texts):
        return None
    row = TableRow(Provenance(None, paragraph=index), cells=texts, bold=bool(bold) and all(bold))
    row.indent = first_para.indent if first_para else 0  # ranked per part afterwards
    return row


def _rank(rows: list[TableRow]) -> None:
    levels: list[int] = []
    for x in sorted(r.indent for r in rows):
        if not levels or x - levels[-1] > _INDENT_STEP:
            levels.append(x)
    for r in rows:
        r.indent = sum(1 for x in levels if r.indent > x + _INDENT_STEP)


def grid_part(grid: Grid, label: str | None) -> TablePart:
    """A stage-one table part from a Word grid."""
    kept = _columns(grid)
    body = []
    for i in range(grid.header, len(grid.rows)):
        row = _row(_placed(grid, i, kept), kept, grid.index + i - grid.header)
        if row is not None:
            body.append(row)
    _rank(body)
    return TablePart(label, _header(grid, kept), body)


def term_entries(grid: Grid) -> list[TermEntry]:
    """A two-column term list: term (with its link) and text, one per row."""
    entries = []
    for cells in grid.rows:
        live = [c for c in cells if c.text and c.merge != "continue"]
        if not live:
            continue
        term = live[0] if len(live) > 1 else None
        text = live[-1]
        urls = [u for p in (term.paras if term else text.paras) for u in p.urls]
        entries.append(TermEntry(term.text if term else "", text.text,
                                 urls[0] if urls else None))
    return entries


def columns_used(grid: Grid) -> int:
    """How many printed columns the table has."""
    return len(_columns(grid))
