"""A flat text's table header read by the edition's vocabulary: each column's heading
stitched together from the header's lines.

Without positions a header prints line by line: its first line holds each cell's
first line in order, the next line each running cell's next line, and a cell of one
line may sit on any of them ("2024 2025 Technical New/expanded 2026" over "expenditure
approved adjustments mandates Other Total Percentage estimate"; "2022 年支 … 其 百分"
over "出 … 他 共计 比"). Cut by position or length alone, such a header gave columns
such as "Technical", "adjustments" or "2025Technical", which no key names. Here the
lines are merged in order, each piece of a line either going on with one cell of the
lines above or opening a cell, as many pieces as possible going on, every cell a start
of a heading the edition knows (after a year). A header whose cells then all read as
known headings, as many as a row has values besides the label column's, names the
columns; any other header is left to the positional readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text_grid_entries import PlainLine
from .text_grid_header import stub_heading
from .text_values import NOTE_MARKS
from .text_vocab import Vocabulary
from .text_wrap import join
from .text_year_headings import year_pieces

# Footnote letters may follow a heading ("2024 expenditurea"), as they may a value.
_MARKED = re.compile(rf"(?<=.)(?:{NOTE_MARKS})$")
_WORD = re.compile(r"\S+")
_YEAR = re.compile(r"\d{4}(?!\d)")
# Two spaces or more inside a line: the columns' spacing kept (a one-space gap is a word's).
_GUTTER = "  "


@dataclass(frozen=True)
class _Known:
    """What the edition knows of column headings, as tests on a cell's text."""

    voc: Vocabulary

    def _rest(self, text: str) -> tuple[bool, str]:
        """Whether ``text`` opens with a year (or is one, its suffix on the next line:
        "2023" over "年批款"), and the rest without spaces."""
        year = self.voc.year_column.match(text) or self.voc.year_token.match(text)
        rest = text[year.end():] if year else text
        return bool(year), "".join(rest.split())

    def starts(self, text: str) -> bool:
        """Whether ``text`` may open a known heading: a start of one, after a year or
        not (a year alone may), or a whole one."""
        year, rest = self._rest(text)
        voc = self.voc
        return rest in voc.figure_starts or rest in voc.worded_starts or year and not rest \
            or self.whole(text)

    def whole(self, text: str) -> bool:
        """Whether ``text`` is a known heading, a year alone, or either with a
        footnote letter."""
        year, rest = self._rest(text)
        known = self.voc.column_headings
        return rest in known or year and not rest or self._noted(rest, known)

    def year_alone(self, text: str) -> bool:
        """Whether ``text`` is a year with nothing after it but the edition's suffix
        ("2024", "2024 年"): its word is still to come where one goes on with it."""
        year, rest = self._rest(text)
        return year and not rest

    def names_a_column(self, text: str) -> bool:
        """Whether ``text`` names a value column whole: a known heading, but a word
        the edition prints after a year ("approved", "计划") only with its year (its
        year printed elsewhere, the column is not told by this header alone)."""
        year, rest = self._rest(text)
        dated = self.voc.dated_columns
        return self.whole(text) and (year or not (rest in dated or self._noted(rest, dated)))

    def goes_on(self, cell: str, piece: str) -> bool:
        """Whether ``piece`` may go on with ``cell``: together a start of a known
        heading; after a year, of a heading the edition prints after one
        ("approved", never "Technical adjustments" nor a label's)."""
        year, _ = self._rest(cell)
        if year:
            _, joined = self._rest(f"{cell} {piece}")
            return joined in self.voc.dated_starts or self._noted(joined, self.voc.dated_columns)
        return self.starts(f"{cell} {piece}")

    @staticmethod
    def _noted(rest: str, known: frozenset[str]) -> bool:
        """Whether ``rest`` is one of ``known`` with footnote letters."""
        mark = _MARKED.search(rest)
        return mark is not None and rest[:mark.start()] in known


@dataclass(frozen=True)
class _Cell:
    """A heading so far, and where its leftmost piece starts in its line (a
    character count from the line's start)."""

    text: str
    x: int

    def then(self, piece: _Cell) -> _Cell:
        """This heading going on with ``piece``."""
        return _Cell(join([self.text, piece.text]), min(self.x, piece.x))


def stitched_headings(lines: list[PlainLine], n: int, voc: Vocabulary) -> list[str] | None:
    """The ``n`` value columns' headings of a header printed as ``lines`` (the label
    column's heading left out), or None where the edition's headings do not read
    them all. Where the lines keep the columns' spacing (a gap of two spaces or
    more, as ``pdftotext -layout`` prints), the headings are in the order their
    pieces start; else in the order the edition sets them (``_in_edition_order``).
    A group label ("Changes", "变动") on a line of its own heads the columns under it;
    one among the cells' first lines does so only where the headings are read
    without it (it may name a column of its own: "2023 年估计 变动 2024 年估计")."""
    texts = [line for line in lines if line.text.strip()]
    printed = [line for line in texts if line.text not in voc.group_labels]
    pieces = [_pieces(line, voc) for line in printed]
    headings = _stitched(printed, pieces, n, voc, len(printed) < len(texts))
    if headings is not None:
        return headings
    ungrouped = [kept for line in pieces if (kept := [p for p in line
                                                      if p.text not in voc.group_labels])]
    return _stitched(printed, ungrouped, n, voc, True) if ungrouped != pieces else None


def inline_group(lines: list[str], headings: list[str], voc: Vocabulary) -> str | None:
    """The group label printed among a header's cells (``lines``) where its value
    columns' ``headings`` were read without it (``stitched_headings``)."""
    return next((w for text in lines for w in text.split()
                 if w in voc.group_labels and w not in headings), None)


def _stitched(printed: list[PlainLine], pieces: list[list[_Cell]], n: int, voc: Vocabulary,
              grouped: bool) -> list[str] | None:
    """The headings of ``stitched_headings`` from the header's ``printed`` lines'
    ``pieces`` (``grouped``: a group label printed above some)."""
    known = _Known(voc)
    joined = [_line_cells(line, known) for line in pieces]
    wide = sum(1 for line in joined if len(line) > 1)  # lines printing two cells or more
    if 2 * wide < len(joined) or not wide:
        return _a_cell_a_line(pieces, n, known, grouped)
    cells: list[_Cell] = []
    for line in joined:
        merged = _merged(cells, line, known)
        if merged is None:
            return None
        cells = merged
    if any(_GUTTER in line.text.strip() for line in printed):
        cells = sorted(cells, key=lambda cell: cell.x)
        return _values(cells, n, known)
    values = _values(cells, n, known)
    # a cell printed on one line of its own may sit before or after its neighbours
    return None if values is None else _in_edition_order(values, grouped, voc)


def _a_cell_a_line(pieces: list[list[_Cell]], n: int, known: _Known, grouped: bool
                   ) -> list[str] | None:
    """The ``n`` value columns' headings of a header printed mostly a cell a line
    (each cell's lines one after another: "2022 年支", "出", "2023 年批", "款"; ``pieces``:
    each line's), in the order the edition sets them (``_in_edition_order``; ``grouped``:
    whether the header prints a group label): an extractor prints such cells in an
    order of its own ("2026 estimate" before the changes under it). A line of several
    words each going on with one of as many years alone just before it finishes them in
    order ("2025", "2026", "2027" over "actual planned planned": a text printed a block
    at a time sets the years' line, then their words' line)."""
    cells: list[_Cell] = []
    for line in pieces:
        years = cells[-len(line):] if len(line) <= len(cells) else []
        if len(line) > 1 and len(years) == len(line) \
                and all(known.year_alone(c.text) and known.goes_on(c.text, p.text)
                        for c, p in zip(years, line, strict=True)):
            cells[-len(line):] = [c.then(p) for c, p in zip(years, line, strict=True)]
        elif not _taken(cells, line, known):
            return None
    values = _values(cells, n, known)
    return None if values is None else _in_edition_order(values, grouped, known.voc)


def _taken(cells: list[_Cell], line: list[_Cell], known: _Known) -> bool:
    """Whether each of a line's pieces went on with one of ``cells`` (``_going_on``) or
    opened a heading of its own, taken into ``cells`` so."""
    for piece in line:
        at = _going_on(cells, piece, known)
        if at is not None:
            cells[at] = cells[at].then(piece)
        elif known.starts(piece.text):
            cells.append(piece)
        else:
            return False
    return True


def _going_on(cells: list[_Cell], piece: _Cell, known: _Known) -> int | None:
    """Which of ``cells`` a piece printed a cell a line goes on with: the last, where
    together they still start a heading and the last is unfinished, or the two make a
    whole one, or the piece opens none ("2026 estimate", "(before"), or the last is a
    year alone ("2024 年" over "估计(重"); else the latest
    unfinished cell it goes on with (another cell's line printed between: "(before",
    "Object of expenditure recosting)"); None where it goes on with none."""
    if cells and known.goes_on(cells[-1].text, piece.text) and (
            not known.whole(cells[-1].text) or known.whole(cells[-1].then(piece).text)
            or not known.starts(piece.text) or known.year_alone(cells[-1].text)):
        return len(cells) - 1
    if known.starts(piece.text):
        return None
    return next((k for k in range(len(cells) - 1, -1, -1) if not known.whole(cells[k].text)
                 and known.goes_on(cells[k].text, piece.text)), None)


def _values(cells: list[_Cell], n: int, known: _Known) -> list[str] | None:
    """The value columns' headings of ``cells`` (the label column's left out) where
    they are ``n`` and each names its column (``names_a_column``); else None."""
    values = [c.text for c in cells if not stub_heading(c.text, known.voc)]
    if len(values) != n or not all(known.names_a_column(c) for c in values):
        return None
    return values


def _in_edition_order(headings: list[str], grouped: bool, voc: Vocabulary) -> list[str]:
    """``headings`` ordered as a fascicle sets its columns: by year; where the header
    prints a group label (``grouped``: "Changes", "变动"), the headings under it just
    before the last year's and in the edition's order (``column_labels.csv``:
    "Technical adjustments" first); any other heading right after the one printed
    before it."""
    years = [int(y[0]) for h in headings if (y := _YEAR.match(h))]
    last = max(years, default=0)
    ranks = {heading: rank for rank, heading in enumerate(voc.grouped_columns)} \
        if grouped else {}
    keys: list[tuple[int, int, int, int]] = []
    for k, heading in enumerate(headings):
        year = _YEAR.match(heading)
        rank = ranks.get("".join(heading.split()))
        if year:
            keys.append((int(year[0]), 1, 0, k))
        elif rank is not None:
            keys.append((last, 0, rank, k))
        else:
            keys.append((*keys[-1][:3], k) if keys else (0, 0, 0, k))
    return [heading for _, heading in sorted(zip(keys, headings, strict=True))]


def _pieces(line: PlainLine, voc: Vocabulary) -> list[_Cell]:
    """A header line's words as pieces of headings (``year_pieces``: a year with its
    suffix), each where its first word starts."""
    words = [(m.group(), line.indent + m.start()) for m in _WORD.finditer(line.text)]
    out: list[_Cell] = []
    k = 0
    for piece in year_pieces([w for w, _ in words], voc):
        out.append(_Cell(piece, words[k][1]))
        k += len(piece.split())
    return out


def _line_cells(pieces: list[_Cell], known: _Known) -> list[_Cell]:
    """A line's pieces with each run that goes on as one known heading joined
    ("Technical adjustments", "estimate (before")."""
    out: list[_Cell] = []
    for piece in pieces:
        if out and known.goes_on(out[-1].text, piece.text):
            out[-1] = out[-1].then(piece)
        else:
            out.append(piece)
    return out


def _merged(cells: list[_Cell], pieces: list[_Cell], known: _Known) -> list[_Cell] | None:
    """``cells`` (the headings so far, in order) with a line's ``pieces`` merged in
    order: each piece goes on with one cell or opens one between them, as many going
    on as can, each cell still a start of a known heading; of equal readings, the one
    leaving fewer cells unfinished, and a cell opened after the cells it could as well
    precede (reading order). None where some piece can do neither."""
    rows, cols = len(cells), len(pieces)
    none = (-1, 0)  # no reading
    # best[i][j]: (pieces that went on, -cells unfinished) merging cells[i:], pieces[j:]
    best = [[none] * (cols + 1) for _ in range(rows + 1)]
    move = [[""] * (cols + 1) for _ in range(rows + 1)]
    best[rows][cols] = (0, 0)
    for i in range(rows, -1, -1):
        for j in range(cols, -1, -1):
            options = []
            if i < rows and j < cols and known.goes_on(cells[i].text, pieces[j].text) \
                    and best[i + 1][j + 1] != none:
                on, left = best[i + 1][j + 1]
                options.append(((on + 1, left), "on"))
            if i < rows and best[i + 1][j] != none:
                on, left = best[i + 1][j]
                options.append(((on, left - (not known.whole(cells[i].text))), "keep"))
            if j < cols and known.starts(pieces[j].text) and best[i][j + 1] != none:
                options.append((best[i][j + 1], "open"))
            if options:
                best[i][j], move[i][j] = max(options, key=lambda o: o[0])
    if best[0][0] == none:
        return None
    out: list[_Cell] = []
    i = j = 0
    while i < rows or j < cols:
        step = move[i][j]
        if step == "on":
            out.append(cells[i].then(pieces[j]))
            i, j = i + 1, j + 1
        elif step == "open":
            out.append(pieces[j])
            j += 1
        else:
            out.append(cells[i])
            i += 1
    return out
