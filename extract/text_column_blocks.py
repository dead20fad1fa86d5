"""A table of a label column with values and a text column, printed a column a block.

``pdftotext`` in its default mode may print such a table (posts and their details)
as two blocks: the first column under its heading, each row a label with its
values (on its line or a line each after it), then the text column under its
heading, each cell a line or lines of its own (a wrapped cell's lines full but its
last), or a value alone. When there are as many cells as rows, the table is put
back as a reader of one line at a time expects (as ``pdftotext -raw`` prints it):
the headings on one line, then each row's label and values, its text cell on the
lines after it (a value alone on the row's line).
"""

from __future__ import annotations

from .text_grid_entries import PlainLine
from .text_values import fewest_values, is_numeric, values_of
from .text_vocab import Vocabulary
from .textnorm import width

# A text cell's line narrower than this share of the widest line of its column
# ends the cell (the lines of a wrapped cell but its last are full).
_FULL = 0.9


def column_blocks_joined(body: list[PlainLine], voc: Vocabulary) -> list[PlainLine] | None:
    """``body`` with its label column and text column, printed a block each, joined
    a row at a time; None when the table is not printed so."""
    heads = [k for k, ln in enumerate(body) if "".join(ln.text.split()) in voc.column_headings]
    text = next((k for k in heads if voc.is_text_column(body[k].text)), None)
    first = max((k for k in heads if text is not None and k < text), default=None)
    if text is None or first is None:
        return None
    end = next((k for k in range(text + 1, len(body)) if voc.table_note.match(body[k].text)),
               len(body))
    rows = _rows(body[first + 1:text])
    cells = _cells(body[text + 1:end])
    if rows is None or cells is None or len(rows) < 2 or len(cells) != len(rows):
        return None
    out = [*body[:first], PlainLine(body[first].no, f"{body[first].text} {body[text].text}",
                                    body[first].page, body[first].indent)]
    for row, cell in zip(rows, cells, strict=True):
        if len(cell) == 1 and values_of(cell[0].text) is not None:
            out.append(PlainLine(row.no, f"{row.text}  {cell[0].text}", row.page, row.indent))
        else:
            out += [row, *cell]
    return [*out, *body[end:]]


def _rows(lines: list[PlainLine]) -> list[PlainLine] | None:
    """The label column's rows, a line each (a label with the values printed on the
    lines after it joined on its line); None when a line is neither a label with
    values nor values following a label."""
    rows: list[PlainLine] = []
    for ln in lines:
        values = fewest_values(ln.text)
        if values is not None and rows:
            last = rows[-1]
            rows[-1] = PlainLine(last.no, "  ".join([last.text, *values]), last.page, last.indent)
        elif values is None:
            rows.append(ln)
        else:
            return None
    if not all(is_numeric(row.text.split()[-1]) for row in rows):
        return None
    return rows


def _cells(lines: list[PlainLine]) -> list[list[PlainLine]] | None:
    """The text column's cells: a value alone, or lines up to one narrower than
    the column's widest (or before a value alone); None when the last cell ends
    on a full line (a full line may be a whole cell: where the cells part is not
    known)."""
    widest = max((width(ln.text) for ln in lines), default=0)
    cells: list[list[PlainLine]] = []
    open_cell = False
    for ln in lines:
        alone = values_of(ln.text) is not None
        if alone or not open_cell:
            cells.append([ln])
        else:
            cells[-1].append(ln)
        open_cell = not alone and width(ln.text) >= _FULL * widest
    return None if open_cell else cells
