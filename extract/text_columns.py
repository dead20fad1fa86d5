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

from collections.abc import Sequence
from dataclasses import dataclass

# Share of the full rows' values that must sit nearest their own column's end for
# the text to count as column-aligned.
_ALIGNED_SHARE = 0.9
# Full rows needed to measure the column ends.
_MIN_ROWS = 2


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
    full rows agree on."""

    edges: list[int]
    by_start: bool

    def marks(self, row: Placed) -> list[int]:
        """The row's values' positions on this side."""
        return row.starts if self.by_start else row.ends


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


def value_columns(full: list[Placed], n: int) -> Columns | None:
    """Where each of ``n`` columns sits, from rows printing all ``n`` values: the
    median edge of each column on the side whose edges spread least, when the rows
    agree (nearly every value sits nearest its own column's edge, and the edges
    increase); else None."""
    rows = [p for p in full if len(p.ends) == n]
    if len(rows) < _MIN_ROWS:
        return None
    sides = [_side(rows, n, by_start) for by_start in (False, True)]
    spread, columns = min(sides, key=lambda side: side[0])
    if any(b <= a for a, b in zip(columns.edges, columns.edges[1:], strict=False)):
        return None
    near = sum(1 for p in rows for k, mark in enumerate(columns.marks(p))
               if _nearest(columns.edges, mark) == k)
    return columns if near >= _ALIGNED_SHARE * n * len(rows) else None


def _side(rows: list[Placed], n: int, by_start: bool) -> tuple[int, Columns]:
    """The median edges of the columns on one side and how far the rows' values
    lie from them in all."""
    marks = [(p.starts if by_start else p.ends) for p in rows]
    edges = [sorted(m[k] for m in marks)[len(marks) // 2] for k in range(n)]
    spread = sum(abs(m[k] - edges[k]) for m in marks for k in range(n))
    return spread, Columns(edges, by_start)


def _nearest(edges: list[int], end: int) -> int:
    return min(range(len(edges)), key=lambda k: abs(edges[k] - end))


def place(row: Placed, columns: Columns) -> list[str]:
    """The row's values set in the columns whose edges lie nearest (in order, one
    value a column, least total distance), blanks elsewhere."""
    marks, edges = columns.marks(row), columns.edges
    m, n = len(marks), len(edges)
    inf = float("inf")
    # cost[i][k]: least distance placing the first i values in the first k columns
    cost = [[inf] * (n + 1) for _ in range(m + 1)]
    cost[0] = [0.0] * (n + 1)
    for i in range(1, m + 1):
        for k in range(i, n + 1):
            take = cost[i - 1][k - 1] + abs(marks[i - 1] - edges[k - 1])
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
