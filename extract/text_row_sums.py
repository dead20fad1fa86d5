"""Sums across a row: which columns a budget table's rows add up in.

A budget table's rows add up across as well as down: the estimate is the
appropriation plus the change, the change's total the sum of its kinds. Where a
row's values were printed out of place (``text_regather``: cells printed in a block
of their own) and the sums down the columns cannot say where a cell goes, the
sums across can: columns (a pair, or three or more side by side) adding up to
another in every whole row of the table (two rows at least with two addends not
nil: a figure next to nils is no sum) are a rule the row's cells keep where they
are in place.
"""

from __future__ import annotations

from itertools import combinations

from .text_columnar import figure, sums_held

# A sum across: the columns added and the column they add up to.
RowSum = tuple[tuple[int, ...], int]

# Values put back in one run at most, each place tried (more go one at a time).
_MOST_VALUES = 2


def row_sums(runs: list[list[str]], n: int) -> list[RowSum]:
    """The sums across that every row of the runs of whole rows of ``n`` holds, two
    rows at least with two addends not nil (a run short of whole rows, cells out
    of place, tells nothing)."""
    table = [[figure(v) for v in row] for row in _whole([run for run in runs if len(run) % n == 0],
                                                        n)]
    found = []
    for added, c in _sums_across(n):
        shown = [row for row in table if None not in (row[c], *(row[a] for a in added))]
        if shown and all(_adds_up(row, (added, c)) for row in shown) and sum(
                sum(bool(row[a]) for a in added) >= 2 for row in shown) >= 2:
            found.append((added, c))
    return found


def row_sums_held(runs: list[list[str]], n: int, found: list[RowSum]) -> list[int]:
    """How many of the sums across ``found`` each whole row of ``runs`` holds."""
    return [sum(_adds_up([figure(v) for v in row], rule) for rule in found)
            for row in _whole(runs, n)]


def _sums_across(n: int) -> list[RowSum]:
    """Every sum across ``n`` columns: a pair of columns, or three or more side by
    side, and another column."""
    added: list[tuple[int, ...]] = [*combinations(range(n), 2),
                                    *(tuple(range(a, b)) for a in range(n)
                                      for b in range(a + 3, n + 1))]
    return [(cols, c) for cols in added for c in range(n) if c not in cols]


def _whole(runs: list[list[str]], n: int) -> list[list[str]]:
    """The whole rows of ``runs``, each cut into rows of ``n`` values."""
    return [run[k:k + n] for run in runs for k in range(0, len(run) - n + 1, n)]


def _adds_up(row: list[float | None], rule: RowSum) -> bool:
    """Whether a row's figures in ``rule``'s added columns add up to its figure in
    its last (to a printed decimal's rounding)."""
    added, c = rule
    figures = [row[a] for a in added]
    total = row[c]
    if total is None or None in figures:
        return False
    return abs(sum(f or 0.0 for f in figures) - total) < 0.05 + 1e-9 * abs(total)


def placed_across(runs: list[list[str]], i: int,
                  placed: tuple[list[str], list[str], list[int]],
                  rule: tuple[int, list[RowSum]]) -> list[str]:
    """Run ``i`` of ``runs`` (values put back in it one at a time, where the sums
    down say) with those values where the sums down and then across hold the most
    (``placed``: the run before, the values put back, and the places of the run's
    values that open a row; ``rule``: the column count and the table's sums
    across); unchanged when no other places hold more, or more values were put
    back."""
    run, values, opens = placed
    n, found = rule
    if not found or not values or len(values) > _MOST_VALUES:
        return runs[i]

    def held(candidate: list[str]) -> tuple[int, int]:
        return (sums_held([*runs[:i], candidate, *runs[i + 1:]], n),
                sum(row_sums_held([candidate], n, found)))

    best, most = runs[i], held(runs[i])
    for candidate in _insertions(run, values, opens, n):
        if (score := held(candidate)) > most:
            best, most = candidate, score
    return best


def rows_summed_across(runs: list[list[str]], n: int, found: list[RowSum]) -> bool:
    """Whether each of ``runs`` is whole rows, each holding a sum across."""
    return bool(found) and all(len(run) % n == 0 and all(row_sums_held([run], n, found))
                               for run in runs)


def _insertions(run: list[str], values: list[str], opens: list[int], n: int
                ) -> list[list[str]]:
    """Every way to put ``values`` in ``run`` (in order, each anywhere) that leaves
    the run's values at ``opens`` opening a row."""
    ways: list[tuple[list[str], list[int]]] = [(run, list(opens))]
    for value in values:
        ways = [([*way[:k], value, *way[k:]], [s + (k <= s) for s in at])
                for way, at in ways for k in range(len(way) + 1)]
    return [way for way, at in ways if all(s % n == 0 for s in at)]
