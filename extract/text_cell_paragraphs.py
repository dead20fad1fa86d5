"""A row of prose cells printed a paragraph a line, cell after cell.

A word processor's plain text (a Word file saved as text) prints each cell of a
table row whole, a paragraph a line, one cell after another, and nothing between
two cells: where a cell holds several paragraphs the text alone does not say where
it ends. The cells of a row of prose under a header of years (performance
measures) are one measure's values year by year, so each cell tends to be worded
like the cells beside it, paragraph for paragraph, and to hold as many paragraphs
as they do; a cell's further paragraphs tend to be short. The lines are dealt to
the cells that way: the reading whose neighbouring cells are most alike and whose
cells go on with the shortest lines, where a line that goes on from the one above
opens no cell (``opens_cell``: a dash before its text, an item of the list above; a
lower-case word; a bracket a line above opened) and a dash alone (a year with no
result) is a cell of its own.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from itertools import accumulate

from .text_cell_opens import DashItem, opens_cell
from .text_values import is_dash
from .textnorm import ideographic, join_wrapped, width

# What two neighbouring cells holding different numbers of paragraphs cost, in
# likeness (a paragraph's likeness to another is at most 1).
UNEVEN = 0.2

# What a line going on a cell scores as its share of the widest line's width it
# falls short by (see ``_shortness``).
SHORT = 0.2

# The most lines a row is read from this way (the readings grow as the cube).
_MOST_LINES = 60


def paragraph_cells(lines: list[str], n: int) -> list[str] | None:
    """The ``n`` cells of a row printed a paragraph a line, each cell's paragraphs
    one after another (see the module), each cell's lines joined;
    None where there are fewer lines than cells, too many to weigh, or no dealing
    keeps the rules."""
    bounds = paragraph_bounds(lines, n)
    return None if bounds is None else [
        join_wrapped(lines[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]


def paragraph_bounds(lines: list[str], n: int) -> list[int] | None:
    """Where each of the ``n`` cells of ``paragraph_cells`` opens among ``lines``, and
    the lines' count last; None as there."""
    count = len(lines)
    if n < 1 or count < n or count > _MOST_LINES:
        return None
    like = _Likeness(lines)
    opens = [k == 0 or opens_cell(lines[k], DashItem.GOES_ON) for k in range(count)]
    dashes = list(accumulate((is_dash(t) for t in lines), initial=0))  # before each line
    short = _shortness(lines)
    # each layer: the best score of the cells up to one of lines (start, end), and
    # the start of the cell before it
    first: dict[tuple[int, int], tuple[float, int]] = {}
    went = 0.0  # the shortness of lines 1:end, summed as it grows
    for end in range(1, count - n + 2):
        if _one_cell(0, end, opens, dashes):
            first[(0, end)] = (went, 0)
        if end < count:
            went += short[end]
    layers = [first]
    for cell in range(1, n):
        layer: dict[tuple[int, int], tuple[float, int]] = {}
        for (start, end), (score, _) in layers[-1].items():
            went = 0.0  # the shortness of lines end + 1:stop
            for stop in range(end + 1, count - (n - cell - 1) + 1):
                if _one_cell(end, stop, opens, dashes):
                    total = score + _alike(like, (start, end), (end, stop)) + went
                    if (end, stop) not in layer or total > layer[(end, stop)][0]:
                        layer[(end, stop)] = (total, start)
                if stop < count:
                    went += short[stop]
        layers.append(layer)
    ends = [(score, start) for (start, end), (score, _) in layers[-1].items() if end == count]
    if not ends:
        return None
    bounds = [count, max(ends, key=lambda e: e[0])[1]]
    for layer in reversed(layers[1:]):
        bounds.append(layer[(bounds[-1], bounds[-2])][1])
    bounds.reverse()
    return bounds


def _shortness(lines: list[str]) -> list[float]:
    """What each line scores going on the cell above it: ``SHORT`` times the share
    of the widest line's width it falls short by (a cell's further paragraphs tend
    to be short: a result named beside the one the row's cells share)."""
    widest = max(width(t) for t in lines)
    return [SHORT * (1 - width(t) / widest) for t in lines]


def _one_cell(start: int, stop: int, opens: list[bool], dashes: list[int]) -> bool:
    """Whether lines ``start:stop`` may be one cell: the first may open a cell and
    the next may too (where there is one), and a dash alone (``dashes`` counts
    them up to each line) is a cell alone."""
    if not opens[start] or stop < len(opens) and not opens[stop]:
        return False
    return stop - start == 1 or dashes[stop] == dashes[start]


class _Likeness:
    """How alike two of a row's lines are worded (``_likeness``), each pair
    weighed when first asked for (the dealing asks for few of them)."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._known: dict[tuple[int, int], float] = {}

    def __call__(self, a: int, b: int) -> float:
        if (a, b) not in self._known:
            self._known[(a, b)] = _likeness(self._lines[a], self._lines[b])
        return self._known[(a, b)]


def _alike(like: _Likeness, left: tuple[int, int], right: tuple[int, int]) -> float:
    """How alike two neighbouring cells (lines ``left`` and ``right``) are: the
    likeness of their paragraphs taken in turn, less ``UNEVEN`` where they hold
    different numbers of paragraphs."""
    (a, b), (c, d) = left, right
    score = sum(like(a + j, c + j) for j in range(min(b - a, d - c)))
    return score - (UNEVEN if b - a != d - c else 0.0)


def _likeness(a: str, b: str) -> float:
    """How alike two paragraphs are worded: the share of their words (characters,
    for ideographs) they print in the same order."""
    return SequenceMatcher(None, _tokens(a), _tokens(b), autojunk=False).ratio()


def _tokens(text: str) -> list[str]:
    """A paragraph's words, or its characters where it is ideographs (no spaces)."""
    return [c for c in text if not c.isspace()] if ideographic(text) else text.split()
