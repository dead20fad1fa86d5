"""Where each cell ends among the lines of a row of prose cells printed one after
another (an extractor that lists each cell's wrapped lines in turn, column after
column: ``pdftotext -raw``, pypdfium2, often mutool), ``count`` cells known from
the year header.

The cues are those any prose column keeps. A cell opens like a sentence (a
capital, a figure, a dash or an opening mark; not a list's dash before a
lower-case word, nor a bracket closed that a line above opened). Every line of a
cell fits its column, and a line that is not the cell's last is full there: the next
line's first word would not have fitted on it (greedy line fill), so a line with
room for it ends a paragraph (a cell may hold several), and one followed by a
lower-case word breaks the fill; a cell's last line leaves room, as a rule, for the
next cell's first word. Widths are a proportional face's advance widths
(``printed_size``: a proxy for the text face, closer than a count of characters, so
that "The General" is full where "Assembly" follows); a column is as wide as its
cell's widest line, no narrower than the table's widest line less the share an edge
column may be set wider, and no wider than that line (a line far wider than most
is two lines an extractor printed as one). The document's wording tells too: a
cell does not end with a word the document never ends a clause with ("the", "of",
"on:"), nor part two words it binds ("General | Assembly"); neighbouring cells
often open with the same words, and a row's cells are about as long as each other.
A search over the cuts (dynamic programming) finds the cells that break these
least (``_Costs``); a row printed over two pages is cut on both at once
(``cut_pages``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import accumulate, combinations

import numpy as np

from .text_cell_opens import DashItem, opens_cell
from .text_sidebyside import Pairs, binding, least_part, printed_size, unending
from .text_values import is_dash

# A space's advance, in half ems (``printed_size``'s unit).
_SPACE = 0.5
# Most lines of a row's cells fill their column: the line at this rank of the widths
# (from the narrowest) is about a column wide, and a line wider than it by more than
# this share is two lines an extractor printed as one; the widest of the others is
# the widest column's width.
_FULL_RANK = 0.9
_JOINED = 0.25
# The table's first or last column may be set this much wider than the others (a
# share of their width).
_EDGE_WIDER = 0.08
# Two cells open alike with these many words at most (``_Costs.twins``).
_ALIKE_MOST = 20
# Room, as a share of the column's width, within which the proxy face cannot tell a
# full line from one that had room for the next word.
_TOLERANCE = 0.04


@dataclass(frozen=True)
class _Costs:
    """Penalties of a cut into cells."""

    closed: float = 10.0  # a cell opening as no sentence does (lower case), or a
    # dash alone sharing a cell with other lines
    bracketed: float = 0.3  # a cell opening with a bracket (a sentence seldom does)
    uneven: float = 0.4  # per cell, times how many times longer or shorter it is
    # than the cells' mean (log): a row's cells, most of them, say about as much
    paragraph: float = 1.5  # a line of a cell that had room for the next line's
    # first word, which opens a sentence: the cell's paragraph ended there
    unfilled: float = 1.5  # ... per half em of room past the tolerance, where the
    # next line goes on in lower case (no line-breaker leaves such room) ...
    unfilled_most: float = 3.0  # ... up to this
    full: float = 0.5  # a cell's last line with no room for the next cell's first
    # word in the cell's column (a last line may fill its column, but seldom does)
    unended: float = 2.0  # a cell ending with a word the document hardly ever ends a
    # clause with ("the", "of"; a comma), times how surely (``unending``)
    together: float = 1.0  # a cut between two words the document binds ("General
    # Assembly"), times how surely (``binding``)
    twins: float = 0.25  # credit per word a cell opens with alike with the cell before
    # it (neighbouring cells often say the same)


COSTS = _Costs()


@dataclass(frozen=True)
class _Cut:
    """Lines cut into cells (``cells``: each cell's lines) at a cost (``_Costs``)."""

    cost: float
    cells: list[list[str]]


def cut_pages(pages: list[list[str]], count: int, pairs: Pairs | None) -> list[list[str]] | None:
    """The lines of ``count`` cells printed on one page or two (a page of the row
    starts at the repeat of the header): every cell opens on the first page (cells
    are top-aligned); the second goes on with some of them, in order. Each set of
    cells going on is tried: a cell going on ends its first page's share with no
    cell's end (``_cut_cells``: ``going``), and its line there had no room for the
    first word of its share of the second page (``_Costs.paragraph``, ``unfilled``).
    None where the row spans more pages, a line is blank or the first page holds
    fewer lines than cells."""
    if len(pages) > 2 or not all(t.strip() for page in pages for t in page):
        return None
    first = _CellCosts(pages[0], pairs, more=len(pages) > 1)
    if len(pages) == 1:
        cut = _cut_cells(first, count)
        return cut.cells if cut else None
    row = [*pages[0], *pages[1]]
    best: _Cut | None = None
    second = _CellCosts(pages[1], pairs, row)
    for size in range(1, min(count, len(pages[1])) + 1):
        rest = _cut_cells(second, size)
        if rest is None:
            continue
        for going in combinations(range(count), size):
            top = _cut_cells(first, count, frozenset(going))
            if top is None:
                continue
            cost = top.cost + rest.cost + sum(
                first.wrapped(top.cells[c][-1], piece[0])
                for c, piece in zip(going, rest.cells, strict=True))
            if best is None or cost < best.cost:
                cells = [list(cell) for cell in top.cells]
                for c, piece in zip(going, rest.cells, strict=True):
                    cells[c] += piece
                best = _Cut(cost, cells)
    return best.cells if best else None


def _cut_cells(costs: _CellCosts, count: int, going: frozenset[int] = frozenset()) -> _Cut | None:
    """The lines of ``costs`` cut into ``count`` cells at least cost (``_Costs``), the
    cells ``going`` on at the next page ending with no cell's end; None where there
    are fewer lines than cells."""
    size = len(costs.lines)
    if size < count or count < 1:
        return None
    # best[k][start]: least cost of the lines before ``start`` as ``k`` cells, the
    # next cell starting there; back[k][start]: where the last of those ``k`` starts
    body = costs.body(count)
    best = [np.full(size + 1, np.inf)]
    best[0][0] = 0.0
    back = [np.zeros(size + 1, dtype=int)]
    for k in range(1, count + 1):
        cell = body if k - 1 in going else body + costs.ending
        ways = best[-1][:, None] + cell - (COSTS.twins * costs.alike if k < count else 0.0)
        back.append(np.argmin(ways, axis=0))
        best.append(ways[back[-1], np.arange(size + 1)])
    if not np.isfinite(best[count][size]):
        return None
    bounds = [size]
    for k in range(count, 0, -1):
        bounds.insert(0, int(back[k][bounds[0]]))
    return _Cut(float(best[count][size]),
                [list(costs.lines[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)])


class _CellCosts:
    """The cost of any run of a page's lines as one cell of a row of so many cells
    (``body``, by first line and line after its last: ``body(count)[a, b]`` for
    ``lines[a:b]``, infinite for no run), the cost of a cell's end there (``ending``)
    and how many words two runs open with alike (``alike``); ``row``: where the
    lines go on cells the page before opened, which any line may go on with, all the
    row's lines (the columns' measure); ``more``: the row goes on at the next page,
    where a cell not going on ends at the page's end too. Only how long a cell is
    against the cells' mean depends on their count (``body``); the rest is weighed
    once for every count a page is cut into."""

    def __init__(self, lines: list[str], pairs: Pairs | None,
                 row: list[str] | None = None, more: bool = False) -> None:
        self.lines = lines
        sizes = np.array([printed_size(t) for t in lines])
        # a line with the next line's first word run on to it
        self.filled = np.array([size + _SPACE + printed_size(_lead(below.split()))
                                for size, below in zip(sizes, lines[1:], strict=False)])
        ranked = np.sort(np.array([printed_size(t) for t in row]) if row else sizes)
        most = ranked[int(_FULL_RANK * (len(ranked) - 1))] * (1 + _JOINED)
        self.widest = float(ranked[ranked <= most].max())
        self.paragraphs = np.array([opens_cell(t) for t in lines], dtype=bool)
        self.dashes = np.array([is_dash(t) for t in lines])
        # body before (``_opening``) and after (``_mixed``) the cell's length is weighed
        self._opening = np.full((len(lines) + 1, len(lines) + 1), np.inf)
        self._mixed = np.zeros_like(self._opening)
        self._bodies: dict[int, np.ndarray] = {}
        self.ending = np.zeros_like(self._opening)
        cuts = np.array(_cut_costs(lines, pairs), dtype=float)
        if more and pairs is not None:
            self.ending[:, -1] = COSTS.unended * unending(lines[-1].split()[-1].lower(), pairs)
        for start in range(len(lines)):
            self._fill(start, sizes, row is not None, cuts)
        self.alike = _alike(lines)

    def body(self, count: int) -> np.ndarray:
        """``body`` of a row of ``count`` cells: a run's costs (``_fill``) with what
        its length costs, times how many times longer or shorter it is than the
        cells' mean (a dash alone, a cell of its own, costs none)."""
        if count not in self._bodies:
            dashes = self.dashes
            even = max(1.0, (len(self.lines) - dashes.sum()) / max(1, count - dashes.sum()))
            body = np.full_like(self._opening, np.inf)
            for start in range(len(self.lines)):
                length = np.arange(1, len(self.lines) - start + 1)
                lone = (length == 1) & dashes[start]
                body[start, start + 1:] = self._opening[start, start + 1:] \
                    + np.where(lone, 0.0, COSTS.uneven * np.abs(np.log(length / even))) \
                    + self._mixed[start, start + 1:]
            self._bodies[count] = body
        return self._bodies[count]

    def _fill(self, start: int, sizes: np.ndarray, going_on: bool, cuts: np.ndarray) -> None:
        """The costs of the runs from line ``start`` but their length's (``body``),
        and ``ending``."""
        lines = len(self.lines)
        ends = np.arange(start + 1, lines + 1)
        length = ends - start
        col = np.clip(np.maximum.accumulate(sizes[start:]), self.widest / (1 + _EDGE_WIDER),
                      self.widest)
        slack = _TOLERANCE * col
        # room[e, k]: room left on line k (start <= k) in the column of lines[start:e]
        room = col[:, None] - slack[:, None] - self.filled[None, start:]
        broken = np.where(self.paragraphs[None, start + 1:], COSTS.paragraph,
                          np.minimum(COSTS.unfilled * room, COSTS.unfilled_most))
        inside = np.arange(start, lines - 1)[None, :] < (ends - 1)[:, None]
        body = np.where(inside & (room > 0), broken, 0.0).sum(axis=1)
        head = self.lines[start]
        body += 0.0 if going_on or opens_cell(head, DashItem.WORD) else COSTS.closed
        body += COSTS.bracketed * head.startswith("(")
        self._opening[start, start + 1:] = body
        self._mixed[start, start + 1:] = \
            COSTS.closed * ((length > 1) & (np.cumsum(self.dashes[start:]) > 0))
        inner = ends < lines
        full = self.filled[ends[inner] - 1] > (col + slack)[inner]
        self.ending[start, start + 1:][inner] = cuts[ends[inner] - 1] + COSTS.full * full

    def wrapped(self, text: str, below: str) -> float:
        """The cost of ``below`` going on the cell whose line ``text`` is (on the page
        before): a line that had room for its first word ended a paragraph."""
        room = self.widest - _TOLERANCE * self.widest \
            - printed_size(text) - _SPACE - printed_size(_lead(below.split()))
        return 0.0 if room <= 0 else COSTS.paragraph if opens_cell(below) \
            else min(COSTS.unfilled * room, COSTS.unfilled_most)


def _alike(lines: list[str]) -> np.ndarray:
    """``alike[a, b]``: how many words the text from line ``a`` on and that from line
    ``b`` on open with alike (``_ALIKE_MOST`` at most), for ``a`` before ``b``."""
    words = [w for t in lines for w in t.lower().split()]
    starts = list(accumulate((len(t.split()) for t in lines), initial=0))
    out = np.zeros((len(lines) + 1, len(lines) + 1))
    for b in range(1, len(lines)):
        second = starts[b]
        most = min(_ALIKE_MOST, len(words) - second)
        for a in range(b):
            first = starts[a]
            if words[first] == words[second]:
                out[a, b] = next((k for k in range(most) if words[first + k] != words[second + k]),
                                 most)
    return out


def _cut_costs(lines: list[str], pairs: Pairs | None) -> list[float]:
    """What the document's wording charges a cut after each line but the last: a
    cell ending with a word that ends no clause, and two words it binds parted."""
    if pairs is None:
        return [0.0] * (len(lines) - 1)
    out = []
    for text, below in zip(lines, lines[1:], strict=False):
        last, first = text.split()[-1], below.split()[0]
        odds = pairs.odds(last.lower(), first.lower(), Counter())
        out.append(COSTS.unended * unending(last.lower(), pairs)
                   + COSTS.together * (float(binding(odds, 0.0)) if odds > 0 else 0.0))
    return out


def _lead(words: list[str]) -> str:
    """What of a line's words a line-breaker would have moved up to the line above:
    its first word whole (documents keep hyphenated words whole as often as not),
    with the word after it where a figure binds it (``least_part``)."""
    least = least_part(words)
    return least if " " in least else words[0]
