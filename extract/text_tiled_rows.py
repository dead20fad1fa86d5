"""A page's column groups read back when their blocks cover the rows in bands.

``pdftotext``'s default mode cuts a page of a table in blocks where the values
leave a gap (a section's label with no values, a tall row): its rows fall in
bands, and each block holds one band's cells of a run of columns, a row after
another (a line never holds cells of two rows; a block one column wide prints a
column). Each band's blocks come in the order of its columns; a group's header
opens the block of the first band under the group's columns; a block printed
under another in one flow (no blank line between them) is the next band's,
opening at the same column. Where a page's groups do not fill its rows evenly
(``text_label_block``), its blocks are laid over the rows so, with each group as
wide as it is on the part's pages that do: the reading with the fewest blocks,
then the fewest bands, taken only when it is the one such reading.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# A group: its width, then its value blocks, each a list of lines' values.
Group = tuple[int, list[list[list[str]]]]

# Readings tried at most before the page is given up.
_MOST_TRIED = 200_000


@dataclass(frozen=True)
class _State:
    """A reading under way: rows filled in each column, the bands met, the cells."""

    filled: tuple[int, ...]
    bands: frozenset[tuple[int, int]]
    cells: tuple[tuple[tuple[int, int], str], ...]


@dataclass
class _Search:
    """The readings of least cost found so far and the readings tried."""

    rows: int
    groups: list[Group]
    best: tuple[int, int] | None = None
    found: set[tuple[tuple[tuple[int, int], str], ...]] = field(default_factory=set)
    tried: int = 0


def tiled_rows(groups: list[Group], rows: int) -> list[list[str]] | None:
    """The page's cells, a list per row, read from ``groups`` over ``rows`` rows;
    None when no reading, or more than one of least cost, takes the lines as
    printed."""
    columns = sum(width for width, _ in groups)
    values = sum(len(vals) for _, blocks in groups for block in blocks for vals in block)
    if not rows or not columns or values != rows * columns:
        return None
    search = _Search(rows, groups)
    _next_block(search, _State((0,) * columns, frozenset(), ()), (0, 0), 0)
    if search.tried > _MOST_TRIED or len(search.found) != 1:
        return None
    cells = dict(next(iter(search.found)))
    return [[cells[r, c] for c in range(columns)] for r in range(rows)]


def _next_block(search: _Search, state: _State, at: tuple[int, int], pieces: int) -> None:
    """Go on from block ``at`` (group, block) of the groups."""
    g, b = at
    if g == len(search.groups):
        _done(search, state, pieces)
        return
    blocks = search.groups[g][1]
    if b == len(blocks):
        _next_block(search, state, (g + 1, 0), pieces)
        return
    if b == 0:
        start = sum(width for width, _ in search.groups[:g])
        opens = [(0, start, search.groups[g][0])]
    else:
        opens = [(r, c, 0) for r, c in _openings(state.filled, search.rows)]
    for r, c, width in opens:
        _place(search, state, (g, b, 0), (r, c, width), pieces)


def _place(search: _Search, state: _State, at: tuple[int, int, int],
           where: tuple[int, int, int], pieces: int) -> None:
    """Lay a piece of a block (``at``: group, block, its first line not laid yet) at
    ``where`` (row, column, and width: any when 0), then go on in the block under
    it, or with the next block."""
    search.tried += 1
    if search.tried > _MOST_TRIED or (search.best is not None and pieces >= search.best[0]):
        return
    g, b, first = at
    lines = search.groups[g][1][b]
    r, c, wide = where
    filled = state.filled
    if c >= len(filled) or filled[c] != r or any(f <= r for f in filled[:c]):
        return
    widths = [wide] if wide else range(1, len(filled) - c + 1)
    for width in widths:
        if any(f != r for f in filled[c:c + width]):
            break
        for end in range(r + 1, search.rows + 1):
            if not _fits(state.bands, (r, end)) or any(f < end for f in filled[:c]):
                continue
            cells = _cut(lines[first:], (r, end), (c, width))
            if cells is None:
                continue
            used, laid = cells
            state2 = _State(
                tuple(end if c <= j < c + width else f for j, f in enumerate(filled)),
                state.bands | {(r, end)}, state.cells + laid)
            if first + used == len(lines):
                _next_block(search, state2, (g, b + 1), pieces + 1)
            else:
                _place(search, state2, (g, b, first + used), (end, c, 0), pieces + 1)


def _cut(lines: list[list[str]], band: tuple[int, int], span: tuple[int, int]
         ) -> tuple[int, tuple[tuple[tuple[int, int], str], ...]] | None:
    """How many of ``lines`` fill the band's rows across the columns ``span`` (first,
    width), a row after another, and their cells; None when they end first or a
    line holds cells of two rows."""
    r, end = band
    c, width = span
    need = (end - r) * width
    laid: list[tuple[tuple[int, int], str]] = []
    for used, vals in enumerate(lines):
        if len(laid) == need:
            return used, tuple(laid)
        at = len(laid)
        if at // width != (at + len(vals) - 1) // width:
            return None
        laid += [((r + (at + k) // width, c + (at + k) % width), v) for k, v in enumerate(vals)]
        if len(laid) > need:
            return None
    return (len(lines), tuple(laid)) if len(laid) == need else None


def _fits(bands: frozenset[tuple[int, int]], band: tuple[int, int]) -> bool:
    """Whether ``band`` is one of ``bands`` or overlaps none of them."""
    return band in bands or all(b <= band[0] or a >= band[1] for a, b in bands)


def _openings(filled: tuple[int, ...], rows: int) -> list[tuple[int, int]]:
    """Where a block can open: each band's first column not yet filled in it."""
    return sorted({(f, filled.index(f)) for f in filled if f < rows})


def _done(search: _Search, state: _State, pieces: int) -> None:
    """Keep a whole reading when it costs no more than the best."""
    if any(f != search.rows for f in state.filled):
        return
    cost = (pieces, len(state.bands))
    if search.best is None or cost < search.best:
        search.best, search.found = cost, set()
    if cost == search.best:
        search.found.add(tuple(sorted(state.cells)))
