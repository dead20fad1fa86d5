"""Cells of prose and text tables as ``pdftotext``'s default mode prints them.

A table of prose cells under a header of years (performance measures) comes out
of the default mode a block per cell, but where the cells of a row fill their
columns line for line the mode reads them as one block: each printed line holds
the pieces of the columns that have a line on that baseline, left to right, one
space apart ("10 个城市受益于以人 5 个地方政府采取以"); a piece that ends short of
its column leaves a gap, and the next column's piece goes on a line of its own.
Baseline after baseline, a column has a line as long as its cell has lines, so
given how many lines each cell has, the order of the pieces is fixed. The
reading kept is the one whose cells break least: a line that had room for the
next line's first word ends a paragraph, and a full piece set on a line of its
own next to its right neighbour had no gap to stop the line. A dash alone on a
line is a cell of its own, the first columns' (years with no figure).

Pieces are told apart by their widths: every cell is as wide as the column (the
width most pieces reach), a space between two ideographs parts two cells (the
text itself holds none), and a piece wider than the column is cut at the space
that leaves a first piece as wide as the column (a figure may push a full
line half an ideograph past it).

A table with columns of text (a body's description and mandates) comes out with
its values a block each after the text cells and a row label broken beside the
first lines of its description, and its headings out of order; ``text_cell_rows``
puts them back as a reader of one line at a time expects (the headings first, then
each row's label, its text cells and its values on one line).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations
from math import comb

from .text_grid_entries import PlainLine
from .text_tables import is_unit
from .text_values import fewest_values, is_dash, is_value
from .text_vocab import Vocabulary
from .text_wrap import ends_short, least_width
from .text_year_headings import bare_year
from .textnorm import CJK_CLASS, ideographic

# Two ideographs (or full-width marks) one space apart: two cells' pieces.
_PARTED = re.compile(rf"(?<=[{CJK_CLASS}]) (?=[{CJK_CLASS}])")
# How much wider than the column a piece may be: a figure is half an ideograph,
# and a typesetter may compress a full-width mark.
_SLACK = 1
# A row label's piece printed at the head of a text cell's line: a few ideographs
# (no mark), a space, then the line of the cell.
_LABEL_PIECE = re.compile(r"[\u3400-\u9fff]{1,4}")
_LABEL_HEAD = re.compile(r"([\u3400-\u9fff]{1,4}) (\S.*)")
# The cell's line beside a label piece is full: as wide as the cell's widest line
# without one (``least_width``) less this (an ideograph and a figure's half).
_HEAD_SLACK = 3
# The most readings (ways to share the pieces among the cells) looked at.
_MOST_READINGS = 20000


def column_width(lines: list[str]) -> int:
    """The width of a column of cells: the width most of the pieces reach (the
    widest when as many reach two), measured by ``least_width``."""
    widths = Counter(least_width(p) for text in lines for p in _PARTED.split(text) if p)
    if not widths:
        return 0
    return max(widths, key=lambda w: (widths[w], w))


def pieces(text: str, col: int) -> list[str] | None:
    """A printed line cut into the pieces of the cells set side by side on it; None
    when a piece cannot be cut to fit a column ``col`` wide."""
    out: list[str] = []
    for part in _PARTED.split(text):
        while least_width(part) > col + _SLACK:
            cuts = [m.start() for m in re.finditer(" ", part)
                    if least_width(part[:m.start()]) <= col + _SLACK]
            if not cuts:
                return None
            at = min(cuts, key=lambda k: (abs(least_width(part[:k]) - col), -k))
            out.append(part[:at])
            part = part[at + 1:]
        out.append(part)
    return out


def side_by_side(text: str, col: int) -> bool:
    """Whether a printed line of ideographs holds the pieces of several cells."""
    got = pieces(text, col)
    return got is not None and len(got) > 1 and all(
        ideographic(p) for p in got)


def least_cells(block: list[str], col: int) -> int:
    """How many cells a block holds at least: the most pieces on one of its lines,
    and its dashes alone."""
    dashes = sum(1 for text in block if is_dash(text))
    most = max((len(pieces(text, col) or [text]) for text in block if not is_dash(text)),
               default=0)
    return dashes + most


def cells_side_by_side(block: list[str], n: int, col: int) -> list[list[str]] | None:
    """The lines of ``n`` cells printed side by side in one block (see the module's
    docstring); None when no reading keeps every printed line on one baseline."""
    dashes = [[text] for text in block if is_dash(text)]
    cut = [pieces(text, col) for text in block if not is_dash(text)]
    n -= len(dashes)
    if n < 1 or any(p is None for p in cut):
        return None
    flat = [(k, piece) for k, line in enumerate(cut) for piece in line or []]
    if len(flat) < n or comb(len(flat) - 1, n - 1) > _MOST_READINGS:
        return None
    best: tuple[float, list[list[str]]] | None = None
    for bounds in combinations(range(1, len(flat)), n - 1):
        lengths = [b - a for a, b in zip((0, *bounds), (*bounds, len(flat)), strict=True)]
        got = _reading(flat, lengths, col)
        if got is not None and (best is None or got[0] < best[0]):
            best = got
    return None if best is None else [*dashes, *best[1]]


def _reading(flat: list[tuple[int, str]], lengths: list[int], col: int
             ) -> tuple[float, list[list[str]]] | None:
    """The cells of the pieces ``flat`` (printed line, text) when the columns have
    ``lengths`` lines each, and what breaks: a cell's paragraph ended inside it,
    a full piece parted from its right neighbour on the same baseline. None when
    a printed line holds pieces of two baselines."""
    places = [(r, c) for r in range(max(lengths)) for c, size in enumerate(lengths) if size > r]
    columns: list[list[str]] = [[] for _ in lengths]
    cost = 0.0
    for k, ((line, text), (r, c)) in enumerate(zip(flat, places, strict=True)):
        if k and flat[k - 1][0] == line and places[k - 1][0] != r:
            return None
        if k and places[k - 1][0] == r and flat[k - 1][0] != line \
                and least_width(flat[k - 1][1]) >= col - _SLACK:
            cost += 1
        columns[c].append(text)
    for column in columns:
        cost += sum(ends_short(a, b, col) for a, b in zip(column, column[1:], strict=False))
    return cost, columns



def text_cell_rows(body: list[PlainLine], voc: Vocabulary) -> list[PlainLine] | None:
    """A table with columns of text (a body's description and mandates) as the
    default mode prints it, put back as a reader of one line at a time expects:
    a row's label broken over lines beside its first text cell ("人居 为人类住区…",
    "大会 督。…"), its pieces printed at the head of the cell's lines or alone among
    them, goes before the cell; its values, printed a block each after the text
    cells, go on one line, as many as most such runs hold (the fewest of equally
    many: a longer run holds two rows). A run as long as two rows or more followed
    by a known row label alone ("共计") ends with that label's values; values
    printed after a last row that printed its own before its text, nothing but
    notes after them, are the rest of the last values printed a block each. A
    text column's heading printed beside the rest of a year's broken heading goes
    before the year, one printed alone after the first row's label goes after the
    unit. None when the table holds no text column or nothing changes."""
    if all(voc.text_columns.isdisjoint(ln.text.split()) for ln in body):
        return None  # (a line's words looked up among the headings at once)
    blocks = _heading_first(_blocks(_heading_parted(body, voc)), voc)
    runs = Counter(len(run) for run in _value_runs(blocks))
    n = max(runs, key=lambda size: (runs[size], -size)) if runs else 1
    out: list[PlainLine] = []
    values: list[PlainLine] = []
    last = -1  # the line of the last values written a block each
    for k, block in enumerate([*blocks, []]):
        if block and _lone_value(block):
            values += block
            continue
        if values and last >= 0 and _inline_values(blocks[k - len(values) - 1]) \
                and all(voc.table_note.match(b[0].text) for b in blocks[k:]):
            out[last] = _joined([out[last], *values])
            values = []
        label = block[0] if len(block) == 1 and voc.is_row_label(block[0].text) \
            and len(values) >= 2 * n and len(values) % n == 0 else None
        if label is not None:
            out += _value_lines(values[:-n], n)
            out.append(_joined([label, *values[-n:]]))
        elif values:
            out += _value_lines(values, n)
            last = len(out) - 1
        out += _label_first(block) if block and label is None else []
        values = []
    return None if [ln.text for ln in out] == [ln.text for ln in body] else out


def _inline_values(block: list[PlainLine]) -> bool:
    """Whether a block opens with a value before its text (a row's cells printed
    on one line: "82 1 个 USG、…")."""
    first = block[0].text.split(maxsplit=1)
    return len(first) == 2 and is_value(first[0]) and not is_value(block[0].text)


def _joined(lines: list[PlainLine]) -> PlainLine:
    """Lines written as one, where the first was."""
    return PlainLine(lines[0].no, " ".join(ln.text for ln in lines), lines[0].page,
                     lines[0].indent)


def _heading_parted(body: list[PlainLine], voc: Vocabulary) -> list[PlainLine]:
    """A text column's heading printed on one line with the rest of a year's heading
    broken under the year ("2023", "补充信息 年批款"): the heading goes before the
    year, the rest stays under it."""
    out: list[PlainLine] = []
    for ln in body:
        words = ln.text.split(maxsplit=1)
        above = out[-1] if out else None
        if above is not None and len(words) == 2 and voc.is_text_column(words[0]) \
                and bare_year(above.text, voc):
            out[-1:] = [PlainLine(above.no, words[0], above.page, above.indent), above,
                        PlainLine(ln.no, words[1], ln.page, ln.indent)]
        else:
            out.append(ln)
    return out


def _heading_first(blocks: list[list[PlainLine]], voc: Vocabulary) -> list[list[PlainLine]]:
    """A text column's heading printed as a block of its own after the table's first
    block (its title, unit, a narrow column's heading and the first row's label
    read together), before any value: the heading goes right after the unit,
    where the header starts."""
    for k, block in enumerate(blocks[1:], 1):
        if any(fewest_values(ln.text) for b in blocks[:k] for ln in b):
            break
        above = blocks[k - 1]
        unit = next((j for j, ln in enumerate(above[:-1]) if is_unit(ln.text, voc)), None)
        if len(block) == 1 and voc.is_text_column(block[0].text) and unit is not None:
            return [*blocks[:k - 1], [*above[:unit + 1], block[0], *above[unit + 1:]],
                    *blocks[k + 1:]]
    return blocks


def _blocks(lines: list[PlainLine]) -> list[list[PlainLine]]:
    """Lines in blocks: lines next to each other on a page (or parted from one)."""
    blocks: list[list[PlainLine]] = []
    for ln in lines:
        if blocks and ln.no - blocks[-1][-1].no in (0, 1) and blocks[-1][-1].page == ln.page:
            blocks[-1].append(ln)
        else:
            blocks.append([ln])
    return blocks


def _lone_value(block: list[PlainLine]) -> bool:
    """Whether a block is one value alone on its line (the default mode prints a
    table's value cells so)."""
    return len(block) == 1 and is_value(block[0].text)


def _value_runs(blocks: list[list[PlainLine]]) -> list[list[PlainLine]]:
    """The runs of blocks of one value each, in order."""
    runs: list[list[PlainLine]] = []
    for above, block in zip([[], *blocks], blocks, strict=False):
        if _lone_value(block):
            if above and _lone_value(above):
                runs[-1] += block
            else:
                runs.append(list(block))
    return runs


def _value_lines(values: list[PlainLine], n: int) -> list[PlainLine]:
    """Values printed a block each, ``n`` to a line."""
    return [_joined(values[k:k + n]) for k in range(0, len(values), n)]


def _label_first(block: list[PlainLine]) -> list[PlainLine]:
    """A block of a text cell whose first lines carry the pieces of the row's label
    at their heads ("人居 为人类…"), or alone between them, with the pieces put
    before the cell. A line beside a piece fills the cell: it is as wide as the
    cell's widest other line but its last (a short line opening with a word and a
    space is the cell's own)."""
    full = max((least_width(ln.text) for ln in block[:-1] if not _LABEL_HEAD.match(ln.text)),
               default=0)
    labels: list[PlainLine] = []
    text: list[PlainLine] = []
    for k, ln in enumerate(block[:-1]):
        head = _LABEL_HEAD.match(ln.text)
        if head and full and least_width(head[2]) >= full - _HEAD_SLACK:
            labels.append(PlainLine(ln.no, head[1], ln.page, ln.indent))
            text.append(PlainLine(ln.no, head[2], ln.page, ln.indent))
        elif not (labels and k and _LABEL_PIECE.fullmatch(ln.text)):
            break
        else:
            labels.append(ln)
    return [*labels, *text, *block[len(labels):]] if labels else block
