"""Value columns of column-aligned text (``pdftotext -layout``), from where values sit.

Such text places each printed value at its place on the line, so the rows that print
every column show where each column's values end (figures set flush right) or start
(set flush left, as some producers set every cell): whichever edge the full rows
agree on better is the column's. A row that prints fewer values has its blanks
where its values leave no value at a column's edge, not where a gap happens to be
wide. Text without such alignment (values one space apart) shows no consistent
edges and is left to the gaps.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from .model import Provenance, TableRow
from .text_prose import chunks
from .text_values import is_value, split_read, split_row
from .text_wrap import join, room
from .textnorm import width

# Share of the full rows' values that must sit nearest their own column's end for
# the text to count as column-aligned.
_ALIGNED_SHARE = 0.9
# Full rows needed to measure the column ends (one prints every column's edge; the
# rows are checked to agree where there are more).
_MIN_ROWS = 1
# Characters a text cell's piece may start left of its column's heading.
_SLACK = 2
# The pieces a text grid's header line holds at least: the label column's heading,
# two text columns' and a value column's.
GRID_HEADINGS = 4
# Weight of a dash's distance from a column's edge against a figure's.
_DASH_WEIGHT = 0.25
# Characters a figure may lie past the outermost edge of its column's figures in the
# full rows (extractors that set glyphs on a grid shift a figure by a cell or two).
_CROSS_SLACK = 2
# Cost of setting a figure in a column whose full rows' figures it lies past: more
# than any sum of distances on a line.
_CROSSED = 1e6
# Share of a text column's width that a wrapped line may leave unused.
_WRAP_ROOM = 0.1


def filled(above: str, text: str, width: int) -> bool:
    """Whether a line ``above`` filled its column, ``width`` wide: the next line's
    first word would have left less than ``_WRAP_ROOM`` of it unused (proportional
    type makes widths in characters uneven), so the next line goes on in its cell."""
    return room(above, text, width) < _WRAP_ROOM * width


@dataclass(frozen=True)
class Placed:
    """A row line's values and where each starts and ends on the printed line
    (characters)."""

    values: list[str]
    starts: list[int]
    ends: list[int]


@dataclass(frozen=True)
class Columns:
    """Where each column's values sit: its edge on the side (start or end) that the
    full rows agree on, and the outermost mark of its figures on that side (its
    ``bounds``: none of the full rows' figures lies past it; None without figures)."""

    edges: list[int]
    by_start: bool
    bounds: list[int | None] = field(default_factory=list)

    def marks(self, row: Placed) -> list[int]:
        """The row's values' positions on this side."""
        return row.starts if self.by_start else row.ends

    def crosses(self, k: int, mark: int) -> bool:
        """Whether a figure at ``mark`` lies past column ``k``'s bound by more than
        ``_CROSS_SLACK``, towards a column beyond it: set flush on that side, the
        column's figures never do, so the figure is that other column's (where the
        rows agree on neither side, a squeezed grid, the nearest edge may be the
        wrong column's). Past the outermost column (the last, or the first where
        figures align on their starts) there is none for it to be in."""
        bound = self.bounds[k] if self.bounds else None
        beyond = k > 0 if self.by_start else k < len(self.edges) - 1
        if bound is None or not beyond:
            return False
        return (bound - mark if self.by_start else mark - bound) > _CROSS_SLACK


def locate(text: str, indent: int, values: Sequence[str]) -> Placed | None:
    """The non-blank ``values`` read from the end of ``text`` with the characters at
    which each starts and ends (``indent`` spaces before the text); None if one is
    not found."""
    kept = [v for v in values if v]
    cursor = len(text)
    starts: list[int] = []
    for value in reversed(kept):
        at = text.rfind(value, 0, cursor)
        if at < 0:
            return None
        starts.append(indent + at)
        cursor = at
    starts.reverse()
    return Placed(kept, starts, [at + len(v) for at, v in zip(starts, kept, strict=True)])


def value_columns(full: list[Placed], n: int, by_start: bool | None = None) -> Columns | None:
    """Where each of ``n`` columns sits, from rows printing all ``n`` values: the
    median edge of each column on the side whose edges spread least (``by_start``,
    where given: the side the whole table's rows agree on, see ``table_side``),
    when the rows agree (nearly every value sits nearest its own column's edge, and
    the edges increase); else None. Figures measure the edges where a column has
    any (dashes are set loosely, see ``place``)."""
    rows = [p for p in full if len(p.ends) == n]
    if len(rows) < _MIN_ROWS:
        return None
    sides = [_side(rows, n, side) for side in (False, True) if by_start in (None, side)]
    spread, columns = min(sides, key=lambda side: side[0])
    if any(b <= a for a, b in zip(columns.edges, columns.edges[1:], strict=False)):
        return None
    measured = [(k, mark) for k, marks in enumerate(_column_marks(rows, columns)) for mark in marks]
    near = sum(1 for k, mark in measured if _nearest(columns.edges, mark) == k)
    return columns if near >= _ALIGNED_SHARE * len(measured) else None


def table_side(pages: list[list[Placed]], n: int) -> bool | None:
    """The side (starts: True) on which a table's full rows align, their spreads
    summed over its pages (each page measured by itself: its own margin); None
    where both spread alike. A page of one full row cannot tell, the others can."""
    full = [rows for page in pages if (rows := [p for p in page if len(p.ends) == n])]
    spreads = [sum(_side(rows, n, side)[0] for rows in full) for side in (False, True)]
    return None if spreads[0] == spreads[1] else spreads[1] < spreads[0]


def _side(rows: list[Placed], n: int, by_start: bool) -> tuple[int, Columns]:
    """The median edges of the columns on one side and how far the rows' values
    lie from them in all."""
    columns = _column_marks(rows, Columns([0] * n, by_start))
    edges = [sorted(marks)[len(marks) // 2] for marks in columns]
    spread = sum(abs(mark - edges[k]) for k, marks in enumerate(columns) for mark in marks)
    return spread, Columns(edges, by_start, _bounds(rows, by_start))


def _bounds(rows: list[Placed], by_start: bool) -> list[int | None]:
    """The outermost mark on one side of each column's figures in ``rows``; None for
    a column without figures (dashes are set loosely, see ``place``)."""
    out: list[int | None] = []
    for k in range(len(rows[0].values)):
        marks = [(p.starts if by_start else p.ends)[k] for p in rows
                 if _is_figure(p.values[k])]
        out.append((min(marks) if by_start else max(marks)) if marks else None)
    return out


def _column_marks(rows: list[Placed], columns: Columns) -> list[list[int]]:
    """Each column's marks (on the side of ``columns``) in ``rows``: its figures'
    where it has any, else all its values'."""
    out = []
    placed = [(columns.marks(p), p.values) for p in rows]
    for k in range(len(columns.edges)):
        marks = [(at[k], values[k]) for at, values in placed]
        figures = [mark for mark, value in marks if _is_figure(value)]
        out.append(figures or [mark for mark, _ in marks])
    return out


def _is_figure(value: str) -> bool:
    """Whether a value prints digits (a figure, not a dash)."""
    return any(map(str.isdigit, value))


def _nearest(edges: list[int], end: int) -> int:
    """The index of the edge nearest ``end`` (the first of two as near)."""
    distances = [abs(edge - end) for edge in edges]
    return distances.index(min(distances))


def place(row: Placed, columns: Columns) -> list[str]:
    """The row's values set in the columns whose edges lie nearest (in order, one
    value a column, least total distance, a dash's counted at ``_DASH_WEIGHT``: set
    centred, and squeezed by extractors, dashes mark their columns loosely where
    figures set flush meet their edge; a figure past a column's bound, ``crosses``,
    set there only where no other reading is left), blanks elsewhere."""
    marks, edges = columns.marks(row), columns.edges
    m, n = len(marks), len(edges)
    inf = float("inf")
    # cost[i][k]: least distance placing the first i values in the first k columns
    cost = [[inf] * (n + 1) for _ in range(m + 1)]
    cost[0] = [0.0] * (n + 1)
    for i in range(1, m + 1):
        for k in range(i, n + 1):
            figure = _is_figure(row.values[i - 1])
            weight = 1.0 if figure else _DASH_WEIGHT
            crossed = _CROSSED if figure and columns.crosses(k - 1, marks[i - 1]) else 0.0
            take = cost[i - 1][k - 1] + weight * abs(marks[i - 1] - edges[k - 1]) + crossed
            cost[i][k] = min(cost[i][k - 1], take)
    cells = [""] * n
    i, k = m, n
    while i > 0:
        if cost[i][k] == cost[i][k - 1] and k > i:
            k -= 1
            continue
        cells[k - 1] = row.values[i - 1]
        i, k = i - 1, k - 1
    return cells


def extra_value(row: Placed, columns: Columns) -> int | None:
    """The index of the one value of ``row`` (one value more than ``columns``) that
    sits in none of them: the others, in order, each nearest its own column's edge
    (the one left out that leaves them least far off; of two as far, the one past
    the edge its values keep to, which none of the column's own crosses) and it
    strictly between the edges of the two columns around it; None where no value is so."""
    marks, edges = columns.marks(row), columns.edges
    def off(skip: int) -> tuple[float, bool]:
        kept = marks[:skip] + marks[skip + 1:]
        far = sum(abs(mark - edge) for mark, edge in zip(kept, edges, strict=True))
        edge = edges[_nearest(edges, marks[skip])]
        return far, not (marks[skip] < edge if columns.by_start else marks[skip] > edge)
    at = min(range(len(marks)), key=off)
    kept = marks[:at] + marks[at + 1:]
    if not 0 < at < len(edges) or any(_nearest(edges, mark) != k for k, mark in enumerate(kept)):
        return None
    return at if edges[at - 1] < marks[at] < edges[at] else None


class Positioned(Protocol):
    """A line of column-aligned text: its number, text, page and indent (read-only:
    lines are frozen records)."""

    @property
    def no(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def page(self) -> int: ...
    @property
    def indent(self) -> int: ...


@dataclass
class TextColumnTable:
    """A table of column-aligned text with a label column, one text column and ``n``
    value columns (a policymaking organ, the information on it, its resources):
    ``heading`` is the header line naming the text column (repeated on later pages,
    where it gives that page's column position; ``header`` the words of all its
    lines, which a page repeats)."""

    heading: Positioned
    text_head: str
    n: int
    field: re.Pattern[str]
    header: frozenset[tuple[str, ...]] = frozenset()  # words of every header line
    text_last: bool = False  # the text column comes after the value columns

    def rows(self, lines: Sequence[Positioned]) -> list[TableRow]:
        """The table's rows (see ``_text_between`` and ``_text_after``)."""
        body = [ln for ln in lines if tuple(ln.text.split()) not in self.header]
        starts = self._starts(lines)
        return (self._text_after if self.text_last else self._text_between)(body, starts)

    def _starts(self, lines: Sequence[Positioned]) -> dict[int, int]:
        """Where the text column starts, by line number: at the heading's position on
        the header line last printed above the line (a page repeats it)."""
        start = self._start(self.heading)
        words = self.heading.text.split()
        out: dict[int, int] = {}
        for ln in lines:
            start = self._start(ln) if ln.text.split() == words else start
            out[ln.no] = start
        return out

    def _text_after(self, lines: Sequence[Positioned], starts: dict[int, int]) -> list[TableRow]:
        """Rows of a table whose text column comes last ("Number", "Details"): a line
        with a label starts a row with its values and text (a label piece alone in
        lower case goes on in the label above: "Reassignment/" + "redeployment"); a
        text piece alone goes on in the text above where that line was full (the
        piece's first word would not have fit in it with room to spare, in the column
        as wide as its widest line: proportional type makes widths in characters
        uneven), else is a row of its own."""
        split = [self._parted(ln, starts[ln.no]) for ln in lines]
        widest = max((width(text) for _, text in split), default=0)
        rows: list[TableRow] = []
        above = ""
        for ln, (left, text) in zip(lines, split, strict=True):
            prov = Provenance(ln.page, line=ln.no)
            row = split_row(left, self.n) if left else None
            if row and row.label[:1].islower() and not row.values and not text and rows:
                rows[-1].filled[0] = join([rows[-1].filled[0], row.label])
            elif row and row.label:
                rows.append(TableRow(prov, cells=[row.label, *row.values, text]))
            elif text and rows and above and filled(above, text, widest):
                rows[-1].filled[-1] = join([rows[-1].filled[-1], text])
            elif text:
                rows.append(TableRow(prov, cells=["", *[""] * self.n, text]))
            above = text or above
        return rows

    def _parted(self, ln: Positioned, start: int) -> tuple[str, str]:
        """A line's pieces left of the text column (gutters kept) and its text."""
        pieces = chunks(ln.indent, ln.text)
        left = "  ".join(p for at, p in pieces if at < start - _SLACK)
        return left, join(p for at, p in pieces if at >= start - _SLACK)

    def _text_between(self, lines: Sequence[Positioned],
                      starts: dict[int, int]) -> list[TableRow]:
        """The rows: a line with a label and all its values starts a row; label pieces
        (left of the text column) on the lines below go on in its label; text pieces
        go on in the last row's text, except that a piece opening a field ("Membership:
        15") is a row of its own without label, as printed in a cell of its own."""
        rows: list[TableRow] = []
        owner: TableRow | None = None  # the last row with a label
        for ln in lines:
            start = starts[ln.no]
            split = split_row(ln.text, self.n)
            valued = bool(split.label) and split.exact and bool(split.values)
            pieces = chunks(ln.indent, split.label if valued else ln.text)
            label = join(p for at, p in pieces if at < start - _SLACK)
            text = join(p for at, p in pieces if at >= start - _SLACK)
            prov = Provenance(ln.page, line=ln.no)
            if valued and label:
                owner = TableRow(prov, cells=[label, text, *split.values])
                rows.append(owner)
                continue
            if owner is None:
                rows.append(TableRow(prov, cells=[ln.text, *[""] * (self.n + 1)]))
                continue
            if label:
                owner.filled[0] = join([owner.filled[0], label])
            last = rows[-1]
            if text and self.field.match(text) and last.filled[1]:
                rows.append(TableRow(prov, cells=["", text, *[""] * self.n]))
            elif text:
                last.filled[1] = join([last.filled[1], text])
        return rows

    def _start(self, heading: Positioned) -> int:
        """Where the text column starts on a header line: its heading's position."""
        return next(at for at, piece in chunks(heading.indent, heading.text)
                    if piece == self.text_head)


def _heads_its_text(heading: Positioned, below: Sequence[Positioned]) -> bool:
    """Whether a header line stands over a label column it leaves blank (its first
    heading right of where the rows start) and its last heading is set where the text
    of the first row below starts (not centred over a column that starts further left)."""
    starts = chunks(heading.indent, heading.text)
    first = below[0] if below else None
    if first is None or starts[0][0] <= min(x.indent for x in below):
        return False
    return abs(chunks(first.indent, first.text)[-1][0] - starts[-1][0]) <= _SLACK


def text_column_table(lines: Sequence[Positioned], n: int, is_text_column: Callable[[str], bool],
                      field: re.Pattern[str]) -> tuple[int, TextColumnTable] | None:
    """The header line of column-aligned text that names one text column after a label
    column (a piece of its own, the line's second) and value columns after it, and its
    index, the value columns counted by their headings (none of which opens with a
    text column's name, run into it); None when no line before the first row of
    values does."""
    for k, ln in enumerate(lines):
        pieces = [p for _, p in chunks(ln.indent, ln.text)]
        texts = [is_text_column(p) or is_text_column(p.split()[0]) for p in pieces]
        if len(pieces) > 2 and texts[1] and sum(texts) == 1:
            return k, TextColumnTable(ln, pieces[1], len(pieces) - 2, field,
                                      _header_words(lines[:k + 1]))
        if len(pieces) > 1 and texts[-1] and sum(texts) == 1 and _heads_its_text(ln, lines[k + 1:]):
            return k, TextColumnTable(ln, pieces[-1], len(pieces) - 1, field,
                                      _header_words(lines[:k + 1]), True)
        split = split_read(ln.text, n) if n else None
        if split and split.label and split.values and split.exact:
            return None
    return None


def _header_words(lines: Sequence[Positioned]) -> frozenset[tuple[str, ...]]:
    """The words of each header line (``TextColumnTable.header``): made once the header
    line is found, not for every line looked at before it."""
    return frozenset(tuple(h.text.split()) for h in lines)


@dataclass(frozen=True)
class TextGrid:
    """A table of column-aligned text whose columns are mostly text (proposed post
    changes: component, posts, grade, description, reason for change), read from the
    positions its header line gives each column. A row is a line printing a value in
    the first value column; the row's own columns (values, and short label columns
    such as a grade) take that line's pieces. In the other columns a block of lines
    goes to the row it starts on; a label alone on a line running across the value
    columns is a section row, where every block ends; a label set on a row's line
    after a line without one
    starts a group of rows, where every block but the last column's ends. The label
    spans its group, but a
    label piece on a row's line that starts other than in lower case and not under a
    heading taking a title ("Subprogramme 1") begins the row's own label where the
    label above had room for its first word or the row begins a description of its
    own ("Programme support" under "Executive direction and management"). A block
    of the columns between (a description) also ends where a row's line prints in it,
    unless the block's last line was full (the piece's first word would not have fit
    in it) and the piece does not open a cell of its own (``opens_cell``: a post
    change the edition knows, "Redeployment of ..."): lines between rows, printed
    apart from the rows', go on in it. A block of the last column (a reason, which
    may span rows) ends where a row's line prints a piece starting other than in
    lower case after a piece that ends a sentence (``ends_sentence``)."""

    heading: Positioned
    own: frozenset[int]  # the columns each row prints on its own line (values, grade)
    first_value: int
    opens_cell: Callable[[str], bool]
    ends_sentence: Callable[[str], bool]
    takes_title: Callable[[str], bool]
    tail: str = ""  # the label column's heading goes on in a line of its own below

    @property
    def names(self) -> list[str]:
        """The columns' headings, the label column's with its tail."""
        names = [p for _, p in chunks(self.heading.indent, self.heading.text)]
        return [names[0] + self.tail, *names[1:]]

    def rows(self, lines: Sequence[Positioned]) -> list[TableRow]:
        """The rows of the table's body ``lines``."""
        placed = self._placed(lines)
        widest = {col: max((width(cells[col]) for _, cells in placed if col in cells), default=0)
                  for col in range(len(chunks(self.heading.indent, self.heading.text)))}
        rows: list[TableRow] = []
        blocks: dict[int, TableRow] = {}  # column -> the row its open block fills
        last: dict[int, str] = {}  # each column's last piece
        labelled = True  # the line above printed a label piece
        for ln, cells in placed:
            row_line = bool(cells.get(self.first_value))
            if self._spans(ln, cells, row_line):
                rows.append(TableRow(Provenance(ln.page, line=ln.no),
                                     cells=[cells[0], *[""] * (len(widest) - 1)]))
                blocks.clear()
                labelled = False
                continue
            if 0 in cells and row_line and not labelled:
                blocks = {col: row for col, row in blocks.items() if col == len(widest) - 1}
            elif 0 in cells and row_line and self._own_label(cells, last, widest):
                blocks.pop(0, None)
            labelled = 0 in cells
            if row_line:
                rows.append(TableRow(Provenance(ln.page, line=ln.no), cells=[""] * len(widest)))
            if not rows:
                continue
            for col in range(len(widest)):
                text = cells.get(col)
                if not text:
                    continue
                if col in self.own:
                    rows[-1].filled[col] = join([rows[-1].filled[col], text])
                    continue
                if row_line and col and self._ends_block(col, text, last.get(col), widest):
                    blocks.pop(col, None)
                target = blocks.setdefault(col, rows[-1])
                target.filled[col] = join([target.filled[col], text])
                last[col] = text
        return rows

    def _placed(self, lines: Sequence[Positioned]) -> list[tuple[Positioned, dict[int, str]]]:
        """The body's lines with their pieces by column, at the positions of the header
        line last printed above (a page repeats it); the repeats left out."""
        words = self.heading.text.split()
        starts = [at for at, _ in chunks(self.heading.indent, self.heading.text)]
        out = []
        repeat = False  # the line above repeats the header
        for ln in lines:
            if ln.text.split() == words:
                starts = [at for at, _ in chunks(ln.indent, ln.text)]
            elif not (repeat and self.tail and ln.text == self.tail):
                out.append((ln, _by_column(chunks(ln.indent, ln.text), starts)))
            repeat = ln.text.split() == words
        return out

    def _spans(self, ln: Positioned, cells: dict[int, str], row_line: bool) -> bool:
        """Whether a line is a section row: a label alone, running past where the
        first value column starts (set across the table, not in its label column)."""
        if row_line or set(cells) != {0}:
            return False
        start = chunks(self.heading.indent, self.heading.text)[self.first_value][0]
        return ln.indent + len(ln.text) > start

    def _own_label(self, cells: dict[int, str], last: dict[int, str],
                   widest: dict[int, int]) -> bool:
        """Whether the label piece of a row's line under a label begins the row's own
        label (see the class) rather than going on in the label above."""
        text, above = cells[0], last.get(0)
        if above is None or text[:1].islower() or self.takes_title(above):
            return above is None
        if not filled(above, text, widest[0]):
            return True
        middle = [c for c in cells if c and c not in self.own and c < len(widest) - 1]
        return any(self._ends_block(c, cells[c], last.get(c), widest) for c in middle)

    def _ends_block(self, col: int, text: str, above: str | None, widest: dict[int, int]) -> bool:
        """Whether a piece printed on a row's line in column ``col`` starts a block of
        its own rather than going on in the column's open block ``above`` (its last
        piece): never one starting in lower case; see the class. A column is as wide
        as its widest piece (see ``filled``)."""
        if above is None or text[:1].islower():
            return above is None
        if col == len(widest) - 1:
            return self.ends_sentence(above)
        return self.opens_cell(text) or not filled(above, text, widest[col])


def _by_column(pieces: list[tuple[int, str]], starts: list[int]) -> dict[int, str]:
    """Pieces of a line by the column they fall in: the last whose start is at or
    left of the piece's (a little slack for figures set flush right); a piece running
    over the next column's start after a figure is cut there (a figure and the grade
    beside it set one space apart: "1 P-5"); a label running over is not."""
    out: dict[int, str] = {}
    for at, piece in (cut for p in pieces for cut in _cut(*p, starts)):
        col = max((k for k, start in enumerate(starts) if start <= at + _SLACK), default=0)
        out[col] = join([out[col], piece]) if col in out else piece
    return out


def _cut(at: int, piece: str, starts: list[int]) -> list[tuple[int, str]]:
    """A piece cut after its first figure where it runs over a column's start (see
    ``_by_column``)."""
    first, _, rest = piece.partition(" ")
    if not rest or not is_value(first) \
            or not any(at + _SLACK < s < at + len(piece) for s in starts):
        return [(at, piece)]
    return [(at, first), *_cut(at + len(first) + 1, rest, starts)]


def text_grid(heading: Positioned, is_text_column: Callable[[str], bool],
              is_label_column: Callable[[str], bool],
              is_value: Callable[[str], bool], below: Sequence[Positioned],
              cells: tuple[Callable[[str], bool], Callable[[str], bool], Callable[[str], bool]],
              tail: str = "") -> TextGrid | None:
    """The text grid a header line heads: its pieces a label column's heading, then
    two text columns' or more; its value columns those whose heading stands over a
    figure on the first line below printing more than a label (``is_value``; a
    section's label may stand above it), and the row's own columns those and the
    other label columns (a grade). ``cells`` tells a piece that opens a cell, one that
    ends a sentence and a label that takes a title (``TextGrid``); ``tail`` the rest of
    the label column's heading, on a line of its own ("Component/" + "subprogramme").
    None for any other line."""
    pieces = chunks(heading.indent, heading.text)
    names = [p for _, p in pieces]
    if len(names) < GRID_HEADINGS or not is_label_column(names[0] + tail) \
            or sum(1 for p in names if is_text_column(p)) < 2:
        return None
    placed = (_by_column(chunks(ln.indent, ln.text), [at for at, _ in pieces]) for ln in below)
    first = next((cells for cells in placed if set(cells) - {0}), {})
    values = [k for k, text in first.items() if k and is_value(text)]
    if not values:
        return None
    labels = {k for k, name in enumerate(names) if k and is_label_column(name)}
    return TextGrid(heading, frozenset({*values, *labels}), min(values), *cells, tail=tail)


def headings(lines: Sequence[Positioned], full: list[Placed], n: int,
             skip: Callable[[str], bool]) -> list[str] | None:
    """The headings of ``n`` value columns of column-aligned text, from where the
    header lines set their pieces: each piece under the column whose values' edge
    lies nearest its own (a heading set flush with its figures), pieces left of the
    first column's values (the label column's heading) and ``skip`` pieces (a group
    label over several columns) left out, a column's pieces read top down; None where
    the rows show no column edges. Headings of several words set apart by the
    producer ("2024" over "expenditure") stay with their column, not with the
    neighbour their words happen to follow in the line."""
    columns = value_columns(full, n)
    if columns is None:
        return None
    left = min(p.starts[0] for p in full if len(p.starts) == n)
    parts: list[list[str]] = [[] for _ in range(n)]
    for ln in lines:
        for at, piece in chunks(ln.indent, ln.text):
            end = at + width(piece)
            if end <= left or skip(piece):
                continue
            mark = at if columns.by_start else end
            parts[_nearest(columns.edges, mark)].append(piece)
    return [" ".join(p) for p in parts]
