"""Tables of post changes in a word processor's plain text, printed a cell a line.

A Word file saved as plain text (no page breaks) prints an annex's post changes
table a cell after another in row order: the header a heading a line (the label
column's heading perhaps an empty cell), then each row's label, its count of posts,
its grade, its description and its reason, each paragraph of a cell on a line of
its own and an empty cell as an empty line. A row is known by a line holding a count
alone ("1", "(1)", "–") right above a line holding a grade alone (the edition's
grades). Between one row's grade and the next row's count come the first row's
description (one line), its reason and the next row's label (its last line: where
one cell's paragraphs end and the next cell's start shows only when one is empty).
The reader drops empty lines but keeps each line's number: a gap between two lines'
numbers, or a line marked ``EMPTY_CELL``, is an empty cell.
"""

from __future__ import annotations

import re
from typing import TypeVar

from .model import HeaderCell, Provenance, TablePart, TableRow
from .text_empty_cells import EMPTY_CELL
from .text_grid_entries import PlainLine
from .text_grid_header import stub_heading
from .text_posts import POST_COUNT
from .text_vocab import Vocabulary

# A cell's line: its text, or the line itself.
_Slot = TypeVar("_Slot", str, PlainLine)

# A count of posts alone on a line.
_COUNT = re.compile(POST_COUNT)
# Headings such a header names at least (posts, grade, a text column).
_MIN_HEADINGS = 3
# Lines a header may take (label, posts, grade, description, reason, and one more).
_MAX_HEADINGS = 6
# Lines after the header the first row's count may come within (a group's heading
# and the first row's label lines above it).
_FIRST_ROW_WITHIN = 6


def _headings(texts: list[str], voc: Vocabulary) -> int:
    """How many of ``texts``, from the first, are each a column heading the edition
    knows (at most ``_MAX_HEADINGS``)."""
    taken = 0
    while taken < min(len(texts), _MAX_HEADINGS) \
            and "".join(texts[taken].split()) in voc.column_headings:
        taken += 1
    return taken


def is_cell_post_table(texts: list[str], voc: Vocabulary) -> bool:
    """Whether ``texts`` open with a header of post changes printed a heading a line
    (a text column among its headings) and a row's count and grade follow it soon."""
    taken = _headings(texts, voc)
    if taken < _MIN_HEADINGS or not any(voc.is_text_column(t) for t in texts[:taken]):
        return False
    return any(_row_starts(texts[k:k + 2], 0, voc)  # (a count alone over a grade alone)
               for k in range(taken, min(len(texts), taken + _FIRST_ROW_WITHIN)))


def cell_post_part(lines: list[PlainLine], voc: Vocabulary) -> TablePart:
    """The post changes table whose lines (header first) are ``lines``: its header
    (an empty heading over the labels where the text names none) and its rows; the
    lines above the first row's label, parted from it by an empty line, are rows
    spanning the table (a group's heading)."""
    texts = [ln.text for ln in lines]
    taken = _headings(texts, voc)
    cols = texts[:taken]
    if not stub_heading(cols[0], voc):
        cols = ["", *cols]
    ncols = len(cols)
    at = _row_starts(texts, taken, voc)
    rows: list[TableRow] = []
    if not at:
        return TablePart(None, [[HeaderCell(c) for c in cols]], rows)
    above = _slots(lines, taken - 1, at[0][0])
    groups = _groups(above)
    # an empty line just above the first count: the first row's label is empty
    label = _joined(groups.pop()) if groups and above[-1] is not None else ""
    for group in groups:
        rows.append(TableRow(Provenance(group[0].page, line=group[0].no), span=_joined(group)))
    for n, (k, counts) in enumerate(at):
        last = n + 1 == len(at)
        slots = [ln.text if ln else None for ln in
                 _slots(lines, k + 2 * counts - 1, len(lines) if last else at[n + 1][0])]
        next_label = "" if last or not slots else slots.pop() or ""
        desc = (slots[0] or "") if slots else ""
        reasons = _groups(slots[1:], max(ncols - 1, 2)) or [[]]
        cells = [label, " ".join(texts[k:k + counts]), " ".join(texts[k + counts:k + 2 * counts]),
                 desc, " ".join(reasons[0])][:ncols]
        rows.append(TableRow(Provenance(lines[k].page, line=lines[k].no),
                             cells=[*cells, *[""] * (ncols - len(cells))]))
        rows += [TableRow(Provenance(lines[k].page, line=lines[k].no),
                          cells=[*[""] * (ncols - 1), " ".join(more)]) for more in reasons[1:]]
        label = next_label
    return TablePart(None, [[HeaderCell(c) for c in cols]], rows)


def _row_starts(texts: list[str], start: int, voc: Vocabulary) -> list[tuple[int, int]]:
    """Where each row's counts start after line ``start``, and how many lines of
    counts it prints (a cell of several paragraphs, "1" / "1" over "P-4" / "P-3": as
    many grades follow)."""
    out: list[tuple[int, int]] = []
    k = start
    while k < len(texts):
        counts = 0
        while k + counts < len(texts) and _COUNT.fullmatch(texts[k + counts]):
            counts += 1
        grades = texts[k + counts:k + 2 * counts]
        if counts and len(grades) == counts \
                and all(re.fullmatch(voc.post_grade, g) for g in grades):
            out.append((k, counts))
            k += 2 * counts
        else:
            k += max(counts, 1)
    return out


def _slots(lines: list[PlainLine], after: int, before: int) -> list[PlainLine | None]:
    """The cells' lines between line ``after`` and line ``before`` (indexes), by
    number: a line, or None for an empty line (a gap in the numbers, or a line
    marked as an empty cell)."""
    out: list[PlainLine | None] = []
    no = lines[after].no
    for ln in lines[after + 1:before]:
        out += [None] * (ln.no - no - 1)
        out.append(None if ln.text == EMPTY_CELL else ln)
        no = ln.no
    if before < len(lines):
        out += [None] * (lines[before].no - no - 1)
    return out


def _groups(slots: list[_Slot | None], apart: int = 1) -> list[list[_Slot]]:
    """Runs of lines parted by ``apart`` empty lines or more (each a cell's
    paragraphs; a reason going on in a row of its own, its other cells empty)."""
    groups: list[list[_Slot]] = [[]]
    empty = 0
    for slot in slots:
        if slot is None:
            empty += 1
            continue
        if empty >= apart and groups[-1]:
            groups.append([])
        groups[-1].append(slot)
        empty = 0
    return [g for g in groups if g]


def _joined(group: list[PlainLine]) -> str:
    """A run of lines' texts, one space apart."""
    return " ".join(ln.text for ln in group)
