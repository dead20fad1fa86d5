"""Prose cells printed side by side, read back from their lines taken in turn.

``pdftotext`` in its default mode may print a row of prose cells as a block per
printed line of each cell: the first line of every cell, left to right, then the
second line of every cell still going on, and so on; a cell whose text has ended
prints nothing on the lines below. Which cell a line belongs to is then told by the
order alone: on one printed line the cells go left to right, a cell whose line was
full (had no room for the next word) goes on on the next printed line, one whose
line ended short has ended its paragraph, and no line is wider than its column;
where these tie, the document's wording (its pairs of ideographs) decides.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from .text_wrap import ends_short, least_width
from .textnorm import is_cjk

# Costs of a reading: a cell going on after a line with room to spare (a new
# paragraph), a cell whose full line is followed by none on the next printed line,
# a printed line a cell skips, and each unit a line is wider than its column.
NEW_PARAGRAPH = 0.5

_MISSED = 0.5

GAP = 1.0

OVERFLOW_PER_UNIT = 1.0

# How much wider than its column's first line a second line may be: an ideograph (a
# cell's first line, with a figure in it, may be set a little loose or tight; the
# lines after it, justified, fill the column).
SLACK = 2

# A line going on a cell whose line above ends in an ideograph it never follows
# elsewhere in the document: where readings otherwise tie, the document's wording
# tells which cell a line goes on.
UNWORDED = 0.3

# Readings kept after each line, and the most a reading may cost per line read.
_BEAM = 64

MAX_COST = 0.2

# The narrowest next word a full line had no room for: one ideograph.
NEXT_WORD = "一"


class _Reading(NamedTuple):
    """Lines dealt to cells so far: each cell's lines (by number), the printed line
    each cell's last line was on, the printed line now read, the cell of the line
    dealt last, and the cost."""

    cost: float
    cells: tuple[tuple[int, ...], ...]
    on: tuple[int, ...]
    printed: int
    last: int


def interleaved_cells(lines: list[str], n: int, glyphs: Counter[tuple[str, str]]
                      ) -> list[list[str]] | None:
    """The lines of ``n`` prose cells printed a line of each cell in turn, the
    first ``n`` lines each cell's first; None when no reading keeps the rules of
    the module well enough (a reading costs at most ``MAX_COST`` a line).
    ``glyphs``: how often the document prints two ideographs together."""
    if not dealt_in_turn(len(lines), n):
        return None
    first = _Reading(0.0, tuple((k,) for k in range(n)), (0,) * n, 0, n - 1)
    beam = [first]
    for k in range(n, len(lines)):
        beam = sorted((step for reading in beam for step in _steps(lines, reading, k, glyphs)),
                      key=lambda r: r.cost)[:_BEAM]
    best = beam[0]
    if best.cost > MAX_COST * len(lines):
        return None
    return [[lines[k] for k in cell] for cell in best.cells]


def dealt_in_turn(count: int, n: int) -> bool:
    """Whether ``count`` lines may be ``n`` cells' lines printed in turn: two cells or
    more, and lines past each cell's first (else there is nothing to deal, and no
    wording to count for it)."""
    return n >= 2 and count > n


def _steps(lines: list[str], reading: _Reading, k: int, glyphs: Counter[tuple[str, str]]
           ) -> list[_Reading]:
    """``reading`` with line ``k`` dealt to each cell it may belong to: one to the
    right of the line dealt last (the same printed line), or any cell on the next
    printed line."""
    out = []
    for col in range(len(reading.cells)):
        printed = reading.printed if col > reading.last else reading.printed + 1
        cost = reading.cost + _dealt_cost(lines, reading, k, col, printed) \
            + _wording(lines[reading.cells[col][-1]], lines[k], glyphs)
        if printed > reading.printed:
            cost += _missed(lines, reading, reading.last + 1, len(reading.cells),
                            reading.printed)
            cost += _missed(lines, reading, 0, col, printed)
        else:
            cost += _missed(lines, reading, reading.last + 1, col, printed)
        cells = tuple((*cell, k) if j == col else cell for j, cell in enumerate(reading.cells))
        on = tuple(printed if j == col else at for j, at in enumerate(reading.on))
        out.append(_Reading(cost, cells, on, printed, col))
    return out


def _dealt_cost(lines: list[str], reading: _Reading, k: int, col: int, printed: int) -> float:
    """What dealing line ``k`` to cell ``col`` on printed line ``printed`` costs:
    the cell's line above it had room for its first word in the column (as wide as
    its widest line and this one; a new paragraph), printed lines skipped between
    them, and the width it overflows the column by (its first line by more than
    ``SLACK``)."""
    above = lines[reading.cells[col][-1]]
    wide = _column(lines, reading.cells[col])
    cost = GAP * max(0, printed - reading.on[col] - 1)
    if ends_short(above, lines[k], max(wide, least_width(lines[k]))):
        cost += NEW_PARAGRAPH
    return cost + OVERFLOW_PER_UNIT * max(0, least_width(lines[k]) - wide
                                      - (SLACK if len(reading.cells[col]) == 1 else 0))


def _wording(above: str, line: str, glyphs: Counter[tuple[str, str]]) -> float:
    """What joining ``line`` to the line ``above`` it in a cell costs: the two
    characters they join (an ideograph and another) the document never prints
    together elsewhere."""
    pair = (above[-1], line[0])
    return UNWORDED if any(map(is_cjk, pair)) and not glyphs[pair] else 0.0


def _missed(lines: list[str], reading: _Reading, start: int, stop: int, printed: int) -> float:
    """What the cells ``start`` to ``stop`` printing nothing on printed line
    ``printed`` costs: each whose line on the printed line above was full."""
    return _MISSED * sum(
        1 for col in range(start, stop) if reading.on[col] == printed - 1
        and not ends_short(lines[reading.cells[col][-1]], NEXT_WORD,
                           _column(lines, reading.cells[col])))


def _column(lines: list[str], cell: tuple[int, ...]) -> int:
    """A column's width: its widest line so far, as narrow as it may be set."""
    return max(least_width(lines[k]) for k in cell)
