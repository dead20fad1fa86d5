"""A table of labels, a value column and a text column, its label column printed first.

``pdftotext`` in its default mode may print such a table (posts and their details)
with its label column as a block of its own above the header, wrapped labels and
no heading; then the value column's heading (broken a fragment a line where its
column is narrow: "数", "目"), and either the value column as a block (a value a
line) before the text column under its heading, or the text column's heading and
each row's value with its text cell after it (the value opening the row's first
line, a value alone on a line of its own the cell when the row's line holds no
more). Both are put back as ``text_column_blocks`` reads such a table: the value
column under its heading, each label with its value, then the text column under
its heading, a cell at a time. Nothing moves unless the labels (their ends,
``label_ends``) are as many as the values.
"""

from __future__ import annotations

from .text_grid_entries import PlainLine
from .text_stacked_rows import label_ends
from .text_tables import is_unit
from .text_values import values_of
from .text_vocab import Vocabulary
from .textnorm import join_wrapped


def label_column_first(body: list[PlainLine], voc: Vocabulary) -> list[PlainLine] | None:
    """``body`` (a table's lines after its caption) with a label column printed above
    the header put under it, each label with its value; None when it is not so."""
    text = next((k for k, ln in enumerate(body) if voc.is_text_column(ln.text)), None)
    heading = _value_heading(body, text, voc) if text is not None else None
    if text is None or heading is None:
        return None
    top, end = heading
    first = _label_top(body, top, voc)
    if first is None:
        return None
    labels = _labels(body[first:top], voc)
    note = next((k for k in range(text + 1, len(body)) if voc.table_note.match(body[k].text)),
                len(body))
    if end < text:  # the value column printed as a block: a value a line
        values = [ln for ln in body[end:text] if values_of(ln.text) is not None]
        if len(values) != text - end:
            return None
        cells = body[text + 1:note]
    else:
        found = _rows(body[text + 1:note])
        if found is None:
            return None
        values, cells = found
    if len(labels) != len(values) or len(labels) < 2:
        return None
    joined = [ln for label, value in zip(labels, values, strict=True) for ln in (label, value)]
    return [*body[:first], _merged(body[top:end]), *joined, body[text], *cells, *body[note:]]


def _value_heading(body: list[PlainLine], text: int, voc: Vocabulary
                   ) -> tuple[int, int] | None:
    """The value column's heading above the text column's: the lines right above
    it (or above its values), none with values, that together name a column the
    edition knows (not a text column); their first index and the one after."""
    end = text
    while end > 0 and values_of(body[end - 1].text) is not None:
        end -= 1
    for top in range(end - 1, -1, -1):
        if values_of(body[top].text) is not None:
            return None
        name = "".join("".join(ln.text.split()) for ln in body[top:end])
        if name in voc.column_headings and not voc.is_text_column(name):
            return top, end
    return None


def _label_top(body: list[PlainLine], top: int, voc: Vocabulary) -> int | None:
    """Where the label column starts: after the caption's unit line ("(员额数目)"),
    every line from there to the heading without values; None when not so."""
    unit = next((k for k in range(top) if is_unit(body[k].text, voc)), None)
    if unit is None or unit + 1 >= top\
            or any(values_of(ln.text) is not None for ln in body[unit + 1:top]):
        return None
    return unit + 1


def _labels(lines: list[PlainLine], voc: Vocabulary) -> list[PlainLine]:
    """The labels of the label column's lines, a wrapped label's lines joined."""
    out: list[PlainLine] = []
    start = 0
    ends = {ln.no for ln in label_ends(lines, voc)}
    for k, ln in enumerate(lines):
        if ln.no in ends:
            out.append(_merged(lines[start:k + 1]))
            start = k + 1
    return out


def _rows(lines: list[PlainLine]) -> tuple[list[PlainLine], list[PlainLine]] | None:
    """Each row's value and the text column's lines, from rows printed a value and its
    text cell: the value opens the row's first line (the rest the cell's first
    line), a value alone is the cell when no text follows it on its line; None when
    a row opens otherwise."""
    values: list[PlainLine] = []
    cells: list[PlainLine] = []
    owed = False  # a value read whose cell is still to come
    for ln in lines:
        head, _, rest = ln.text.partition(" ")
        if owed:
            cells.append(ln)
            owed = False
        elif values_of(head) is not None and (values_of(ln.text) is None or not rest):
            values.append(PlainLine(ln.no, head, ln.page, ln.indent))
            if rest:
                cells.append(PlainLine(ln.no, rest.strip(), ln.page, ln.indent))
            owed = not rest
        elif cells:
            cells.append(ln)
        else:
            return None
    return None if owed else (values, cells)


def _merged(lines: list[PlainLine]) -> PlainLine:
    """A heading or label broken over lines, as one line."""
    return PlainLine(lines[0].no, join_wrapped([ln.text for ln in lines]), lines[0].page,
                     lines[0].indent)
