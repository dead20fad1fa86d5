"""A table of a flat text read from its content alone (text without block spacing).

Extractors print a table either a row per line (label, then its run of values) or
a cell per line (label line(s), then one value per line). Either way a row is a
label followed by a run of values, and the count most rows print fixes the number
of columns. The header is the lines above the first row; a line starting with an
enumerator ("A.", "1.") or standing alone before the first values is a row label,
not header. A label wrapped over several lines is joined when its lines are as wide
as the label column (the widest label printed beside values) or the next line
starts in lower case; a shorter or wider line on its own is a section row. A
header repeated on a later page is skipped; values printed before their label
(a row split by a page break) go to the next row without values.

This module cuts a table into its parts and reads each; the readings live in
modules of their own: ``text_grid_entries`` (lines read as entries, numbers broken
over lines joined), ``text_grid_notes`` (footnote marks and lettered notes),
``text_grid_header`` (where the header ends), ``text_grid_rows`` (entries
assembled into rows) and ``text_grid_text`` (tables with text columns).
"""

from __future__ import annotations

from collections.abc import Callable

from .model import HeaderCell, Provenance, Table, TablePart, TableRow
from .text_columns import text_column_table
from .text_empty_cells import EMPTY_CELL
from .text_grid_entries import Entry, Paging, PlainLine, read_entries
from .text_grid_header import (
    LineHeading,
    header_end,
    header_year_columns,
    headings_a_line,
    in_column_order,
    label_above,
    line_headings,
    placed_headings,
    printed_stub,
    skip_repeats,
    splits_into,
    stub_heading,
    year_header_end,
    years_alone,
    years_wrapped,
)
from .text_grid_notes import (
    MARKS_ALONE,
    head_note,
    lettered_notes,
    marks_joined,
    opens_note,
    raised_rows,
    word_ended,
    wrapped_values,
)
from .text_grid_rows import assemble, values_start
from .text_grid_text import (
    cell_start_inside,
    headings_text_last,
    organ_rows,
    text_below,
    text_column_header,
    text_last_rows,
    text_rows,
    word_columns,
    word_list,
)
from .text_header_stitch import inline_group, stitched_headings
from .text_header_words import known_headings_joined, years_paired
from .text_prose import ProseLine, leading_years, prose_rows, year_columns, year_header
from .text_sidebyside import Pairs
from .text_tables import build_header, caption_number, header_columns, is_unit
from .text_values import holds_values, is_numeric
from .text_vocab import Vocabulary
from .text_wrap import join, unspaced
from .text_year_headings import is_year, is_year_heading, year_column_start


def read_grid(caption: PlainLine, region: list[PlainLine], voc: Vocabulary, paging: Paging,
              pairs: Pairs | None = None,
              full: Callable[[PlainLine], bool] = lambda _: False) -> Table:
    """The table captioned ``caption`` whose lines (title, unit, parts) are
    ``region`` (``paging``: whether the text breaks pages; ``pairs``: the document's
    wording, see ``prose_rows``; ``full``: whether a line runs to the document's full
    measure)."""
    head = [caption_number(caption.text, voc)]
    body = list(region)
    if body and not is_unit(body[0].text, voc) and not voc.table_part_label.match(body[0].text):
        title = body.pop(0)
        head.append(title.text)
        if body and not is_unit(body[0].text, voc) and (
                _title_goes_on(title, body[0], voc, full)
                or len(body) > 1 and _is_prose(body[1:], voc) and not _is_prose(body, voc)):
            head[-1] = join([head[-1], body.pop(0).text])  # a title wrapped onto a second line
    if body and is_unit(body[0].text, voc):
        head.append(body.pop(0).text)
    parts: list[TablePart] = []
    notes: list[str] = []
    for label, lines in _split_parts(body, voc):
        part, note = _read_part(label, lines, voc, paging, pairs, full)
        parts.append(part)
        notes += note
    firsts: dict[int, int] = {}  # each page's first line, the pages in order
    for ln in [caption, *region]:
        firsts.setdefault(ln.page, ln.no)
    prov = [Provenance(page=p, line=no) for p, no in firsts.items()]
    return Table(head, parts, prov, notes)


def _title_goes_on(title: PlainLine, line: PlainLine, voc: Vocabulary,
                   full: Callable[[PlainLine], bool]) -> bool:
    """Whether the line after a table's title goes on with it, though it may print
    years ("period 2025–2027, by category …"): it goes on with the title's sentence (a
    lower-case word), or the title ran to the full measure and the line opens neither
    a header (a figure, a group label or a heading the edition knows; columns set
    apart by two spaces or more) nor a part, nor holds values ("… in the Occupied
    Palestinian" / "Territory: deliverables …")."""
    text = line.text
    if text[:1].islower():
        return True
    first = text.split()[0].rstrip(":")
    return full(title) and not (
        text[:1].isdigit() or "  " in text  # a figure's or a column-aligned header's
        or first in voc.group_labels
        or voc.table_part_label.match(text) or holds_values(text)
        or first in voc.worded_starts or first in voc.figure_starts)


def _split_parts(lines: list[PlainLine],
                 voc: Vocabulary) -> list[tuple[str | None, list[PlainLine]]]:
    """Lines cut at part labels ("(1) 经常预算")."""
    parts: list[tuple[str | None, list[PlainLine]]] = [(None, [])]
    for ln in lines:
        if voc.table_part_label.match(ln.text):
            parts.append((ln.text, []))
        else:
            parts[-1][1].append(ln)
    return [p for p in parts if p[1] or p[0]] or parts[:1]


def _read_part(label: str | None, lines: list[PlainLine], voc: Vocabulary, paging: Paging,
               pairs: Pairs | None, full: Callable[[PlainLine], bool]
               ) -> tuple[TablePart, list[str]]:
    """One part: header, rows and the notes printed under it."""
    lines = raised_rows(lines)
    lettered = lettered_notes(lines, pairs)
    lines, tail = lines[:lettered], lines[lettered:]
    lines = [marks_joined(ln) for k, ln in enumerate(lines) if not MARKS_ALONE.match(ln.text)
             or word_ended(lines, k, pairs)]  # "Fourt" / "h"
    lines = wrapped_values(lines)
    lines, notes = head_note(lines, voc)
    note_at = next((k for k, ln in enumerate(lines) if voc.table_note.match(ln.text)), len(lines))
    tail = lines[note_at:] + tail
    notes += [" ".join(ln.text for ln in tail)] if tail else []
    lines = lines[:note_at]
    entries, n = read_entries(lines, voc, paging)
    found = text_column_table(lines, n, voc.is_text_column, voc.text_field)
    if found:
        k, table = found
        return TablePart(label, text_column_header(lines[:k + 1], table, voc),
                         table.rows(lines[k + 1:])), notes
    years = leading_years([ln.text for ln in lines], voc)
    cols = year_columns([ln.text for ln in lines[:years]], voc)
    if _prose_under(lines, years, cols, voc):
        prose = [ProseLine(ln.text, ln.page, ln.indent, ln.no) for ln in lines]
        rows = prose_rows(prose[:years], prose[years:], len(cols), pairs,
                          paging is Paging.UNPAGED)
        return TablePart(label, [[HeaderCell(c) for c in cols]], rows), notes
    years = header_year_columns(entries, voc)
    if years > n and splits_into(entries, years, voc):
        entries, n = read_entries(lines, voc, paging, years)
    for k, e in enumerate(entries):
        if years_wrapped(entries, k, voc):
            for x in entries[k:k + 2]:  # years, and the line that finishes them
                x.label, x.values = x.line.text, []
        elif years_alone(e, voc):
            e.label, e.values = e.line.text, []  # a header line of years
    if not n and (last_text := headings_text_last(lines, voc))[0]:
        cols, heads = last_text
        below = [ln for ln in lines[heads:] if ln.text not in {h.text for h in lines[:heads]}]
        at = next((k for k, ln in enumerate(below) if k and opens_note(ln.text)), len(below))
        notes += [" ".join(ln.text for ln in below[at:])] if at < len(below) else []
        return TablePart(label, build_header(cols, None, voc,
                                             printed_stub([ln.text for ln in lines[:heads]], voc)),
                         text_last_rows(below[:at], len(cols), voc)), notes
    if not n:
        return word_list(label, lines, voc, full), notes
    first = next((k for k, e in enumerate(entries) if e.values), len(entries))
    cut = header_end(entries[:first], voc, values_start(entries[first:first + 1]),
                      entries[first].line.indent if first < len(entries) else None)
    if first < len(entries) and not entries[first].label:
        cut = label_above(entries, first, cut, n, voc)
    # a row opening a text cell beside its label ("Human Rights Committee Mandate: …")
    # is no header, though its values come lines below it
    cut = next((k for k in range(cut) if cell_start_inside(entries[k].label, voc)), cut)
    # nor is the label printed on the line above a row's text cell (a cell a line)
    if 0 < cut < len(entries) and entries[cut].values and not entries[cut - 1].values\
            and entries[cut].label.startswith(voc.text_cell_starts):
        cut -= 1
    # a header printed a heading a line, read once for where it ends and what it names
    read = line_headings([e.line for e in entries[:first]], voc)\
        if paging is Paging.UNPAGED else None
    cut = headings_a_line(entries, cut, n, voc, read)
    bound = min(cut, year_header_end(entries[:cut], voc))
    named = header_columns([e.line.text for e in entries[:bound]], voc)
    years = sum(1 for c in named if is_year_heading(c, voc))
    by_line = [e.line.text for e in entries[:bound]] if years > 1 else []  # a cell a line
    if 0 < years < n and any(voc.is_text_column(c) for c in [*named, *by_line]):
        n = years  # figures before a row's year values end its text ("会议次数：2")
    texts = sum(1 for c in named if voc.is_text_column(c)) if years == n else 0
    if texts:
        cut = bound
    header_lines = [e.line.text for e in entries[:cut]]
    cols = header_columns(header_lines, voc)
    a_line = read.upto(cut) if read else []
    if (by_cell := _text_last_headings(a_line, n, voc)) is not None:
        cols, n = by_cell, len(by_cell)
        entries = [*entries[:cut], *_values_under_labels(entries[cut:], n)]
    group = next((t for t in header_lines if t in voc.group_labels), None)
    stub = printed_stub(header_lines, voc)
    if texts:
        header = build_header(stitched_headings([e.line for e in entries[:cut]], texts + n, voc)
                              or _fit(_value_headings(cols, voc), texts + n, voc),
                              group, voc, stub)
        body = [x for e in entries[cut:] for x in (
            [Entry(ln, ln.text, []) for ln in [e.line, *e.under]] if e.leading else [e])]
        for x in body:
            x.label = unspaced(x.label)
        return TablePart(label, header, text_rows(skip_repeats(body, header_lines, voc), texts, n,
                                                   voc)), notes
    if not texts and (organs := organ_rows(header_lines, entries[cut:], n, voc, pairs, paging)):
        return TablePart(label, build_header(_fit(_value_headings(cols, voc), 1 + n, voc), group,
                                             voc, stub), organs), notes
    if cols and voc.is_text_column(cols[-1]):
        entries = [*entries[:cut], *text_below(entries[cut:], n, voc)]
    stitched = stitched_headings([e.line for e in entries[:cut]], n, voc)
    if stitched is None and cut < len(entries) and not entries[cut].values \
            and (stitched := stitched_headings([e.line for e in entries[:cut + 1]], n, voc)):
        cut += 1  # a cell's last line, taken for a row's label, finished a heading
        header_lines = [e.line.text for e in entries[:cut]]
    group = group or (inline_group(header_lines, stitched, voc) if stitched else None)
    headings = stitched or (in_column_order(a_line) if len(a_line) == n else None)\
        or placed_headings(entries, cut, n, voc) or word_columns(header_lines, n, voc)
    rows, stub = _stub_rows_taken(
        assemble(skip_repeats(entries[cut:], header_lines, voc), n, voc, paging, pairs), stub, voc)
    header = build_header(headings or _fit(cols, n, voc), group, voc, stub)
    return TablePart(label, header, rows), notes


def _stub_rows_taken(rows: list[TableRow], stub: str, voc: Vocabulary
                     ) -> tuple[list[TableRow], str]:
    """The rows without those that print only the label column's heading (a text
    printed a block at a time, pdftotext's default mode, sets it above the label
    column's cells and the other headings after them; a page may repeat it), and the
    label column's heading: ``stub``, or where the header printed none, the first
    such row's."""
    kept: list[TableRow] = []
    for row in rows:
        if row.cells and stub_heading(row.cells[0], voc) \
                and not any(c.strip() for c in row.cells[1:]):
            stub = stub or row.cells[0]
        else:
            kept.append(row)
    return kept, stub


def _text_last_headings(heads: list[LineHeading], n: int, voc: Vocabulary) -> list[str] | None:
    """Of a header printed a heading a line (``line_headings``) whose headings the
    edition all knows, the last a text column, naming more columns than the ``n``
    values of a row (the text is a cell of its own, on lines after them): its
    headings; else None."""
    if len(heads) <= n or not voc.is_text_column(heads[-1].text)\
            or not all("".join(h.text.split()) in voc.column_headings for h in heads):
        return None
    return in_column_order(heads)


def _values_under_labels(entries: list[Entry], n: int) -> list[Entry]:
    """Entries of a table printed a cell a line whose last column is text, with each
    label line and the line of values alone under it made one row's (the label's
    cell, then its values'), the lines right under them its text, a paragraph a line
    and whole (figures in it are no values), and a line of text after empty lines
    (empty cells: a gap in the line numbers) under a row a row of its own, its other
    cells blank."""
    out: list[Entry] = []
    last = 0  # the number of the line read last
    texting = False  # whether the last row's text cell may go on (a paragraph a line)
    for k, e in enumerate(entries):
        below = entries[k + 1] if k + 1 < len(entries) else None
        goes_on = bool(out and e.label and e.line.no == last + 1
                       and not (below and below.values and not below.label))
        if out and out[-1].label and not out[-1].values and e.values and not e.label:
            out[-1] = Entry(out[-1].line, out[-1].label, list(e.values))
        elif goes_on and out[-1].label and len(out[-1].values) == n - 1:
            out[-1].values.append(e.line.text)  # the text cell, whole ("… subprogramme 4")
        elif goes_on and texting:
            out[-1].values[-1] += f" {e.line.text}"  # its next paragraph
        elif any(x.values for x in out) and e.label and not e.values and e.line.no > last + 1\
                and not (below and below.values and not below.label):
            out.append(Entry(e.line, EMPTY_CELL, [*[""] * (n - 1), e.label]))
        else:
            out.append(e)
        texting = len(out[-1].values) == n and bool(out[-1].label) and goes_on
        last = max([e.line.no, *(ln.no for ln in e.under)])
    return out


def _is_prose(lines: list[PlainLine], voc: Vocabulary) -> bool:
    """Whether lines are a table of prose cells: a header of years only on top, no
    line of figures below (dashes are cells; the header repeated on a later page,
    "202" of a heading wrapped in a narrow column, is no row of figures, nor a line
    of a cell ending in years, ``_years_ending``)."""
    years = leading_years([ln.text for ln in lines], voc)
    return _prose_under(lines, years, year_columns([ln.text for ln in lines[:years]], voc), voc)


def _prose_under(lines: list[PlainLine], years: int, cols: list[str], voc: Vocabulary) -> bool:
    """``_is_prose`` of lines whose first ``years`` lines are read as year headings
    ``cols`` already (a part's reader reads them for its own header, and asks this
    of them too)."""
    head = {ln.text for ln in lines[:years]}
    return year_header(cols, voc) and not any(
        holds_values(ln.text) and any(c.isdigit() for c in ln.text) and ln.text not in head
        and not _years_ending(ln.text, voc) for ln in lines[years:])


def _years_ending(text: str, voc: Vocabulary) -> bool:
    """Whether the figures a line ends with are all years, bracketed or not, as the
    edition prints them (four digits with no thousands space: a prose cell's
    "resolution 1325 (2000)", "(2025)", never a table's figures, which print a
    thousands space)."""
    figures = []
    for word in reversed(text.split()):
        if not is_numeric(word):
            break
        figures.append(word)
    return bool(figures) and all(is_year(w.strip("()"), voc) for w in figures)


def _value_headings(cols: list[str], voc: Vocabulary) -> list[str]:
    """A header's pieces ``cols`` without the label column's heading, the edition's
    worded headings whole and years with their qualifiers printed apart paired
    (``text_header_words``)."""
    joined = known_headings_joined(cols, voc)
    return years_paired([c for c in joined if not stub_heading(c, voc)], voc)


def _fit(cols: list[str], n: int, voc: Vocabulary) -> list[str]:
    """Header cells made ``n``: wrapped fragments joined to the cell before them
    (a fragment that opens with a year starts a cell of its own), shortest first;
    missing cells left blank."""
    cols = list(cols)
    while len(cols) > n:
        joinable = [k for k in range(1, len(cols)) if not year_column_start(cols[k], voc)]\
            or list(range(1, len(cols)))
        k = min(joinable, key=lambda j: (len(cols[j]) + len(cols[j - 1]), j))
        cols[k - 1:k + 1] = [cols[k - 1] + cols[k]]
    return cols + [""] * (n - len(cols))
