"""Value columns of column-aligned text (``pdftotext -layout``), from where values end.

Such text places each printed value at its place on the line, so the rows that print
every column show where each column's values end (figures are set flush right). A
row that prints fewer values has its blanks where its values leave no value under
a column's end, not where a gap happens to be wide. Text without such alignment
(values one space apart) shows no consistent ends and is left to the gaps.
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
    """A row line's values and where each ends on the printed line (characters)."""

    values: list[str]
    ends: list[int]


def locate(text: str, indent: int, values: Sequence[str]) -> Placed | None:
    """The non-blank ``values`` read from the end of ``text`` with the character at
    which each ends (``indent`` spaces before the text); None if one is not found."""
    kept = [v for v in values if v]
    cursor = len(text)
    ends: list[int] = []
    for value in reversed(kept):
        at = text.rfind(value, 0, cursor)
        if at < 0:
            return None
        ends.append(indent + at + len(value))
        cursor = at
    return Placed(kept, ends[::-1])


def column_ends(full: list[Placed], n: int) -> list[int] | None:
    """Where each of ``n`` columns ends, from rows printing all ``n`` values: the
    median end of each column, when the rows agree (nearly every value ends nearest
    its own column's end, and the ends increase); else None."""
    rows = [p for p in full if len(p.ends) == n]
    if len(rows) < _MIN_ROWS:
        return None
    edges = [sorted(p.ends[k] for p in rows)[len(rows) // 2] for k in range(n)]
    if any(b <= a for a, b in zip(edges, edges[1:], strict=False)):
        return None
    near = sum(1 for p in rows for k, end in enumerate(p.ends) if _nearest(edges, end) == k)
    return edges if near >= _ALIGNED_SHARE * n * len(rows) else None


def _nearest(edges: list[int], end: int) -> int:
    return min(range(len(edges)), key=lambda k: abs(edges[k] - end))


def place(row: Placed, edges: list[int]) -> list[str]:
    """The row's values set in the columns whose ends lie nearest (in order, one
    value a column, least total distance), blanks elsewhere."""
    m, n = len(row.ends), len(edges)
    inf = float("inf")
    # cost[i][k]: least distance placing the first i values in the first k columns
    cost = [[inf] * (n + 1) for _ in range(m + 1)]
    cost[0] = [0.0] * (n + 1)
    for i in range(1, m + 1):
        for k in range(i, n + 1):
            take = cost[i - 1][k - 1] + abs(row.ends[i - 1] - edges[k - 1])
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
