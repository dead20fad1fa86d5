"""What every reader's table assembly shares, whatever it reads from.

A PDF page, a flat text and a Word grid each find a table's columns in their own way;
from there on a table is built the same way for all of them: its header rows with the
spans of grouped columns, the rows a page break repeats, and the joining of what a
later page prints under the same header (a row cut in two, spacer columns that page
shows) to the part it goes on with.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Block, HeaderCell, Table, TablePart, TableRow
from .textnorm import join_wrapped


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


def continue_part(part: TablePart, header: list[list[HeaderCell]], rows: list[TableRow],
                  figure: re.Pattern[str], char_width: float, open_label: bool = False) -> bool:
    """Join to ``part`` the ``header`` and ``rows`` that a later page prints with no
    caption or part label of its own, when they go on with it; False when they are a
    part of their own (another header). A part that read only the header the page
    repeats takes the page's header and rows; a page repeating the header, perhaps
    with blank spacer columns added, continues the rows (:func:`continue_rows`).
    ``figure`` matches a printed value cell; ``char_width`` is a letter's width in the
    unit of the rows' ``room``; ``open_label``: the part's last label may go on."""
    if _header_only(part, header):
        part.header, part.rows = header, rows
        return True
    blank = None
    if not (_same_header(part, header, rows)
            or (blank := _blank_columns(part, header)) is not None):
        return False
    if blank is not None:
        _widen(part, blank, header)
    width = next((len(r.cells) for r in part.rows if r.cells), 0)
    if width and _text_only(rows):
        rows = _fit_rows(rows, width)
    continue_rows(part.rows, rows, figure, char_width, open_label)
    return True


def _column_heads(header: list[list[HeaderCell]]) -> list[str]:
    """Per grid column, the text of the lowest header cell that is that column's alone
    (a group label spanning several columns names none of them)."""
    heads: dict[int, str] = {}
    taken: set[tuple[int, int]] = set()
    for r, row in enumerate(header):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            taken.update((r + dr, c + dc) for dr in range(cell.rowspan)
                         for dc in range(cell.colspan))
            if cell.colspan == 1:
                heads[c] = cell.text
            c += cell.colspan
    return [heads.get(i, "") for i in range(max(heads, default=-1) + 1)]


def _same_header(part: TablePart, header: list[list[HeaderCell]],
                 rows: list[TableRow]) -> bool:
    """Whether ``header`` (over ``rows``) repeats ``part``'s header: the same cells,
    or the same words on a page whose rows are all full-width text (with no figures to
    show where the columns run, the header words there group differently)."""
    texts = [[c.text for c in row] for row in header]
    if texts == [[c.text for c in row] for row in part.header] or not header:
        return True

    def words(cells: list[list[HeaderCell]]) -> list[str]:
        return sorted(w for row in cells for c in row for w in c.text.split())

    return _text_only(rows) and words(header) == words(part.header)


def _blank_columns(part: TablePart, header: list[list[HeaderCell]]) -> list[int] | None:
    """The columns that ``header`` adds to ``part``'s header, when it repeats that
    header with more columns, blank in the header, that its page prints and
    ``part``'s did not (spacer columns LibreOffice fills in one row only); else None.
    A spacer sits between two headed columns: a blank column at the table's left or
    right edge is text set outside the columns (a label's wrapped lines hanging left
    of the label column), not a column the rows above lack."""
    old, new = _column_heads(part.header), _column_heads(header)
    width = next((len(r.cells) for r in part.rows if r.cells), 0)
    if len(new) <= len(old) or width != len(old):
        return None
    added, j = [], 0
    for k, text in enumerate(new):
        if j < len(old) and text == old[j]:
            j += 1
        elif not text and 0 < k < len(new) - 1:
            added.append(k)
        else:
            return None
    return added if j == len(old) else None


def _widen(part: TablePart, columns: list[int], header: list[list[HeaderCell]]) -> None:
    """Give ``part`` the blank ``columns`` of the page that goes on with it (indices
    in that page's columns, ascending): an empty cell each in each of its rows, and
    that page's header."""
    for r in part.rows:
        if r.cells is not None:
            for column in columns:
                r.cells.insert(column, "")
    part.header = header


def _text_only(rows: list[TableRow]) -> bool:
    """Rows that print no figure, only text: full-width spans, or a label with
    empty cells (a category heading of a deliverables table)."""
    return bool(rows) and all(r.cells is None or not any(r.cells[1:]) for r in rows)


def _fit_rows(rows: list[TableRow], width: int) -> list[TableRow]:
    """Text-only rows of a page that repeats a table's header, given the table's
    number of cells: with no figures there, the page's own columns are not known."""
    for r in rows:
        if r.cells is not None and len(r.cells) != width:
            r.cells = [r.cells[0]] + [""] * (width - 1)
    return rows


def _header_only(part: TablePart, header: list[list[HeaderCell]]) -> bool:
    """A part read without a header whose only text is the header this page repeats:
    a page break left nothing but the header above it, which read as body rows."""
    if part.header or not header or not part.rows:
        return False
    rows = [t for r in part.rows for t in (r.cells or [r.span or ""])]
    head = [c.text for row in header for c in row]
    return sorted("".join(rows).replace(" ", "")) == sorted("".join(head).replace(" ", ""))


def _halves(a: TableRow, b: TableRow, figure: re.Pattern[str], char_width: float) -> bool:
    """Whether ``a`` (last row before a page break) and ``b`` (first row after it) are one
    row cut in two: one half has no label, and a label-less first half only takes a
    second half with no values of its own (values sit on one line of a wrapped row);
    a label-less second half of text goes on a row that prints a number (a further
    paragraph of its cell: such a row has no figure of its own), and in a table of text
    only where each of its cells' first word would not have fitted on the last line of
    ``a``'s cell above (``char_width``: a letter's width, x size), for a cell whose
    paragraph ended there leaves room, and the text under it is a new row ("... rules of
    origin" / "States members of …", but "... issued by the United" / "Nations
    Secretary-General's Panel"); or every cell of
    ``b`` goes on with a sentence of ``a``'s cell above it in lower case. Never when both
    print a figure in one column (figures do not wrap: rows whose label cell is merged
    down over them have no label of their own)."""
    if a.cells is None or b.cells is None or len(a.cells) != len(b.cells):
        return False
    if any(figure.match(x) and figure.match(y) for x, y in zip(a.cells[1:], b.cells[1:],
                                                               strict=True)):
        return False
    if any(b.cells) and all(not y or (x and y[0].islower()) for x, y in zip(a.cells, b.cells,
                                                                             strict=True)):
        return True
    if not b.cells[0] and any(b.cells[1:]):
        counted = any(figure.match(c) and any(ch.isdigit() for ch in c) for c in a.cells)
        return counted or all(not c or figure.match(c) or a.room is None
                              or a.room[i] < (len(c.split()[0]) + 1) * char_width
                              for i, c in enumerate(b.cells) if i > 0)
    if _wraps_text_cells(a, b, figure, char_width):
        return True
    return not a.cells[0] and any(a.cells[1:]) and bool(b.cells[0]) and not any(b.cells[1:])


def _wraps_text_cells(a: TableRow, b: TableRow, figure: re.Pattern[str],
                      char_width: float) -> bool:
    """Whether ``b`` goes on with every cell of ``a`` in a row of text cells alone, the
    first cell included (a performance measure whose columns are years): each cell of
    ``b`` sits under a cell of ``a`` whose last line had no room left for its first word
    (``char_width``: a letter's width, x size), so the text wrapped there; a cell whose
    paragraph ended leaves room, and the text under it starts a row."""
    above, below, room = a.cells, b.cells, a.room
    if (above is None or below is None or room is None
            or any(figure.match(c) for c in above + below if c)):
        return False
    filled = [i for i, c in enumerate(below) if c]
    return len(filled) > 1 and all(
        above[i] and room[i] < (len(below[i].split()[0]) + 1) * char_width for i in filled)


def _rest_of_label(a: TableRow, b: TableRow) -> bool:
    """Whether ``b``, text across the table's width first on a page, is the rest of the
    label of ``a`` above the page break: it goes on in lower case ("3. Advisory
    services," / "technical cooperation and field activities", set deeper than the
    label column reaches). A row's own label starts with a capital or a number."""
    return (a.cells is not None and bool(a.cells[0]) and b.cells is None
            and b.span is not None and b.span[:1].islower())


def _label_goes_on(a: TableRow, b: TableRow) -> bool:
    """Whether ``b`` can be the rest of ``a``'s label: text in the label cell alone, set
    in the same weight (a bold section's label opens a row), under a row with figures."""
    return (a.cells is not None and b.cells is not None and len(a.cells) == len(b.cells)
            and any(a.cells[1:]) and bool(b.cells[0]) and not any(b.cells[1:])
            and bool(a.bold) == bool(b.bold))


def _owner(rows: list[TableRow], col: int, text: str, figure: re.Pattern[str]) -> int:
    """The row that a cell cut by a page break goes on in: the last row, unless its cell
    in that column is empty and ``text`` is no figure (a text cell merged down several
    rows goes on from the row it began in, the last above that prints that column)."""
    last = len(rows) - 1
    printed = [bool(row.cells and row.cells[col]) for row in rows]
    if col == 0 or not text or figure.match(text) or printed[last]:
        return last
    return next((k for k in range(last, -1, -1) if printed[k]), last)


def continue_rows(rows: list[TableRow], more: list[TableRow], figure: re.Pattern[str],
                  char_width: float, open_label: bool = False) -> None:
    """Append the rows of a table's next page, joining a row the page break cut in two
    (a label-only first row goes on with the last row's label when that label ran to
    its column's margin: ``open_label``); each cell of the second half goes on in the
    row that printed its column (:func:`_owner`); the joined row keeps the provenance of
    its labelled half (its indent comes from it). ``figure`` matches a printed value
    cell; ``char_width`` is a letter's width in the unit of the rows' ``room``."""
    if rows and more and _rest_of_label(rows[-1], more[0]):
        width = len(rows[-1].cells or [])
        more[0] = replace(more[0], cells=[more[0].span or ""] + [""] * (width - 1), span=None)
    if rows and more and (_halves(rows[-1], more[0], figure, char_width)
                          or (open_label and _label_goes_on(rows[-1], more[0]))):
        a, b = rows[-1], more.pop(0)
        assert a.cells is not None and b.cells is not None
        cells = [list(r.cells) if r.cells is not None else None for r in rows]
        for col, text in enumerate(b.cells):
            owner = cells[_owner(rows, col, text, figure)]
            assert owner is not None  # the owner prints that column
            owner[col] = join_wrapped([owner[col], text])
        for k, row in enumerate(rows[:-1]):
            if cells[k] != row.cells:
                rows[k] = replace(row, cells=cells[k])
        rows[-1] = TableRow(a.prov if a.cells[0] or not b.cells[0] else b.prov,
                            cells=cells[-1], bold=bool(a.bold and b.bold), room=b.room)
    rows.extend(more)
