"""Rows of text cells printed a line of each cell in turn, read back row by row.

``pdftotext`` in its default mode may print a table of text cells (a label column
and columns of prose, then columns of figures under years: the policymaking organs)
a block per printed line of each cell: the first line of every heading, then the
rest of each heading still going on, in turn; then, row by row, the first line of
every cell of the row left to right, the next line of every cell still going on,
and so on. The figures of a page's rows come out apart from their text, a row after
another in order. A beam search deals the lines to rows and cells: on one printed
line the cells go left to right; no line is much wider than its column's widest; a
cell whose line above had room for the line's first word has ended its paragraph
(a line opening a field, "成员：36", in a cell of fields opens one at no cost);
cells are top-aligned (a cell opens on its row's first printed line); and a page
opens as many rows as its figures fill. The header repeated on a later page is
dropped, and the table is laid out column-aligned, as ``pdftotext -layout`` prints
it (``text_line_cells`` reads a single row of prose cells printed so).
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from .text_grid_entries import PlainLine
from .text_line_cells import (
    GAP,
    MAX_COST,
    NEW_PARAGRAPH,
    OVERFLOW_PER_UNIT,
    SLACK,
)
from .text_values import fewest_values
from .text_vocab import Vocabulary
from .text_wrap import ends_short, join, least_width
from .text_year_headings import is_year, whole_year_heading, year_heading_goes_on

# Readings kept after each line (fewer than ``text_line_cells`` keeps for one row:
# the rows a page opens are bound by its figures).
_BEAM = 16

# The most lines above a table's header (its title and unit lines).
_ABOVE_HEADER = 4


class _Header(NamedTuple):
    """A header printed a line of each heading in turn: where it starts and ends
    among the table's lines, its lines as printed, and each column's heading (the
    text columns first, then those of years)."""

    start: int
    end: int
    printed: list[str]
    headings: list[str]
    years: int


class _Table(NamedTuple):
    """A table's lines of text, the page of each, how many rows open on each page
    (as many as its figures fill), which lines open a field ("成员：36": the
    edition's ``text_field``), and the most a reading of them may cost
    (``MAX_COST`` a line)."""

    lines: list[str]
    pages: list[int]
    quota: Counter[int]
    fields: list[bool]
    cap: float


class _Reading(NamedTuple):
    """Lines dealt to rows so far: each row's cells (each a tuple of line numbers),
    the printed line each cell of the last row was last dealt on (-1: none yet),
    the printed line the last row opened on, the printed line now read, the cell
    dealt last, each column's width so far (its widest line), and the cost."""

    cost: float
    rows: tuple[tuple[tuple[int, ...], ...], ...]
    on: tuple[int, ...]
    opened: int
    printed: int
    last: int
    wide: tuple[int, ...]


def line_rows(body: list[PlainLine], voc: Vocabulary) -> list[PlainLine] | None:
    """A table (its lines after the caption) of text columns and year columns whose
    header and rows are printed a line of each cell in turn, laid out column-aligned:
    the lines above the header, the headings on one line, then each row's printed
    lines with the cells side by side and the row's figures on its first line. None
    for any other table, or one whose lines no reading deals to rows, or whose
    figures do not fill its rows."""
    header = _header(body, voc)
    if header is None:
        return None
    texts, values = _parted(body[header.end:], header)
    figures = _page_figures(values, header.years)
    if figures is None or not texts:
        return None
    lines = [ln.text for ln in texts]
    table = _Table(lines, [ln.page for ln in texts],
                   Counter({page: len(rows) for page, rows in figures.items()}),
                   [bool(voc.text_field.match(t)) for t in lines], MAX_COST * len(lines))
    rows = _dealt(table, len(header.headings) - header.years)
    if rows is None:
        return None
    pages = [texts[row[0][0]].page for row in rows]
    cells = [[[texts[k].text for k in cell] for cell in row] for row in rows]
    return [*body[:header.start], *laid_out(header.headings, cells, [
        vals for page in dict.fromkeys(pages) for vals in figures[page]], pages,
        body[header.start].no)]


def names_text_column(lines: list[PlainLine], voc: Vocabulary) -> bool:
    """Whether a line of ``lines`` is a text column's heading, as the header
    ``line_rows`` reads needs one: where none is, none of the lines taken from them
    is read so either."""
    return any(voc.is_text_column(ln.text) for ln in lines)


def _header(body: list[PlainLine], voc: Vocabulary) -> _Header | None:
    """The header opening ``body`` (after its title and unit lines): known column
    headings a line each, at least one of a text column, then two or more years a
    line each, then the rest of the years' headings, each line going on the next
    heading (in turn, left to right) it makes the start of a known heading; None
    when there is none, or a year's heading is left unfinished."""
    for start in range(min(_ABOVE_HEADER, len(body))):
        texts = [ln.text for ln in body[start:]]
        named = next((k for k, t in enumerate(texts)
                      if "".join(t.split()) not in voc.column_headings), len(texts))
        years = next((k for k in range(named, len(texts))
                      if not is_year(texts[k], voc)), len(texts)) - named
        if not any(voc.is_text_column(t) for t in texts[:named]) or years < 2:
            continue
        heads = texts[named:named + years]
        end = _headings_finished(texts, named + years, heads, voc)
        if end is None:
            return None
        return _Header(start, start + end, texts[:end], texts[:named] + heads, years)
    return None


def _headings_finished(texts: list[str], k: int, heads: list[str], voc: Vocabulary
                       ) -> int | None:
    """Where the year headings ``heads`` (finished in place) end, their rest dealt
    from ``texts[k:]`` in turn to the next heading each goes on
    (``year_heading_goes_on``); None when one is left short of a known heading."""
    col = -1
    while k < len(texts):
        order = [*range(col + 1, len(heads)), *range(col + 1)]
        col = next((c for c in order if year_heading_goes_on(heads[c], texts[k], voc)), -1)
        if col < 0:
            break
        heads[col] = join([heads[col], texts[k]])
        k += 1
    return k if all(whole_year_heading(h, voc) for h in heads) else None


def _parted(lines: list[PlainLine], header: _Header
            ) -> tuple[list[PlainLine], list[PlainLine]]:
    """The table's lines of text and its lines of figures, without the header
    repeated at the top of a later page."""
    texts: list[PlainLine] = []
    values: list[PlainLine] = []
    k = 0
    while k < len(lines):
        at = lines[k]
        repeated = [ln.text for ln in lines[k:k + len(header.printed)]] == header.printed
        if repeated and k and lines[k - 1].page != at.page:
            k += len(header.printed)
            continue
        (values if fewest_values(at.text) else texts).append(at)
        k += 1
    return texts, values


def _page_figures(values: list[PlainLine], n: int) -> dict[int, list[list[str]]] | None:
    """The figures printed on each page, ``n`` at a time (a row's); None when a page
    prints none, or a number of them that fills no whole rows."""
    got: dict[int, list[str]] = {}
    for ln in values:
        got.setdefault(ln.page, []).extend(fewest_values(ln.text) or [])
    if not got or any(len(vals) % n for vals in got.values()):
        return None
    return {page: [vals[k:k + n] for k in range(0, len(vals), n)] for page, vals in got.items()}


def _dealt(table: _Table, n: int) -> list[list[list[int]]] | None:
    """The lines of rows of ``n`` cells printed a line of each cell in turn, dealt
    to rows and cells (line numbers); None when no reading opens as many rows on
    each page as its figures fill and keeps the rules well enough (costs at most
    ``table.cap``)."""
    lines = table.lines
    beam = [_Reading(0.0, (((0,), *((),) * (n - 1)),), (0, *(-1,) * (n - 1)), 0, 0, 0,
                     (least_width(lines[0]), *(0,) * (n - 1)))]
    for k in range(1, len(lines)):
        beam = sorted((step for reading in beam for step in _steps(table, reading, k)),
                      key=lambda r: r.cost)[:_BEAM]
    best = next((r for r in beam if _opened(table, r) == table.quota), None)
    if best is None:
        return None
    return [[list(cell) for cell in row] for row in best.rows]


def _opened(table: _Table, reading: _Reading) -> Counter[int]:
    """How many rows of a reading open on each page."""
    return Counter(table.pages[row[0][0]] for row in reading.rows)


def _opened_on(table: _Table, reading: _Reading, page: int) -> int:
    """How many rows of a reading open on ``page`` (rows open in the pages' order)."""
    count = 0
    for row in reversed(reading.rows):
        if table.pages[row[0][0]] != page:
            break
        count += 1
    return count


def _steps(table: _Table, reading: _Reading, k: int) -> list[_Reading]:
    """``reading`` with line ``k`` dealt to each cell of the last row it may go on
    (one to the right of the cell dealt last, on the same printed line, or any on
    the next), or opening a new row in the label column while the rows opened on
    its page are fewer than the page's figures fill; none that costs more than any
    reading may (a line far wider than a column, above all, is on no reading)."""
    out = [_dealt_on(table, reading, k, col) for col in range(len(reading.on))
           if reading.cost + _overflow(table.lines[k], reading.wide[col], True) <= table.cap]
    page = table.pages[k]
    if _opened_on(table, reading, page) < table.quota[page]:
        out.append(_new_row(table.lines, reading, k))
    return [r for r in out if r.cost <= table.cap]


def _dealt_on(table: _Table, reading: _Reading, k: int, col: int) -> _Reading:
    """``reading`` with line ``k`` dealt to cell ``col`` of its last row."""
    lines = table.lines
    printed = reading.printed if col > reading.last else reading.printed + 1
    cell = reading.rows[-1][col]
    cost = reading.cost + _overflow(lines[k], reading.wide[col], not cell)
    if cell:
        cost += GAP * max(0, printed - reading.on[col] - 1)
        if not (table.fields[k] and table.fields[cell[0]]):  # (a field in a cell of
            # fields opens a paragraph at no cost)
            wide = max(reading.wide[col], least_width(lines[k]))
            cost += NEW_PARAGRAPH if ends_short(lines[cell[-1]], lines[k], wide) else 0.0
    else:
        cost += GAP * (printed - reading.opened)
    row = tuple((*c, k) if j == col else c for j, c in enumerate(reading.rows[-1]))
    return _Reading(cost, (*reading.rows[:-1], row),
                    tuple(printed if j == col else at for j, at in enumerate(reading.on)),
                    reading.opened, printed, col, _widened(reading.wide, col, lines[k]))


def _new_row(lines: list[str], reading: _Reading, k: int) -> _Reading:
    """``reading`` with line ``k`` opening a new row in the label column."""
    cost = reading.cost + _overflow(lines[k], reading.wide[0], True)
    n = len(reading.on)
    printed = reading.printed + 1
    return _Reading(cost, (*reading.rows, ((k,), *((),) * (n - 1))), (printed, *(-1,) * (n - 1)),
                    printed, printed, 0, _widened(reading.wide, 0, lines[k]))


def _overflow(line: str, wide: int, first: bool) -> float:
    """What a line wider than its column costs (a cell's first line ``SLACK`` less;
    nothing in a column with no line yet)."""
    if not wide:
        return 0.0
    return OVERFLOW_PER_UNIT * max(0, least_width(line) - wide - (SLACK if first else 0))


def _widened(wide: tuple[int, ...], col: int, line: str) -> tuple[int, ...]:
    """Column widths with column ``col`` as wide as ``line`` at least."""
    return tuple(max(w, least_width(line)) if j == col else w for j, w in enumerate(wide))


def laid_out(headings: list[str], cells: list[list[list[str]]], figures: list[list[str]],
             pages: list[int], no: int) -> list[PlainLine]:
    """The headings on one line, then each row's printed lines, its cells side by
    side (two spaces apart, each column as wide as its widest text) and its figures
    on its first line; numbered on from ``no``."""
    rows = [[*row, *([v] for v in vals)] for row, vals in zip(cells, figures, strict=True)]
    wide = [max(len(h), *(len(t) for row in rows for t in row[c]))
            for c, h in enumerate(headings)]
    printed = [([[h] for h in headings], pages[0])]
    printed += [([[cell[k] if k < len(cell) else ""] for cell in row], page)
                for row, page in zip(rows, pages, strict=True)
                for k in range(max(map(len, row)))]
    return [_aligned(no + j, line, wide, page) for j, (line, page) in enumerate(printed)]


def _aligned(no: int, cells: list[list[str]], wide: list[int], page: int) -> PlainLine:
    """A printed line of cells laid side by side (the spaces before its text as its
    indent, as column-aligned text is read)."""
    text = "  ".join(cell[0].ljust(w) for cell, w in zip(cells, wide, strict=True)).rstrip()
    return PlainLine(no, text.lstrip(), page, len(text) - len(text.lstrip()))
