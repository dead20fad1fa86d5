"""Rows whose figures read more ways than one, read the way the table's other rows tell.

Figures one space apart may be a number's thousands groups or numbers of their own
("689 753 64" is "689", "753", "64" or "689 753", "64", …): where an extractor sets
every value one space apart, a row's line may read as its ``n`` values more ways
than one, equally likely. The rows that read one way only tell which: the sums
across that they all hold (``row_sums``: the estimate is the appropriation plus the
change), and where those say nothing, the size of the figures in each column (a
count of some hundreds is not read as "800 542" in a column of hundreds, leaving
"1" and "250" to the next).
"""

from __future__ import annotations

import math
from statistics import median

from .text_columnar import figure
from .text_row_sums import RowSum, row_sums, row_sums_held
from .text_values import other_readings

# Other readings of a row's line weighed at most.
_MOST_READINGS = 16
# Figures a column needs, in the rows read one way, to show the size of its figures.
_SIZED = 3
# Orders of magnitude, over the row's figures, by which a reading must come nearer
# to its columns' sizes than the one taken to replace it.
_NEARER = 2.0


def read_across(rows: list[tuple[str, list[str]]], n: int) -> list[list[str]]:
    """The values of each row (its line and the ``n`` values read from it as split):
    for a line read more ways than one, the reading holding the most sums across that
    the rows read one way only show, or on a tie the one whose figures are nearest
    the size of their columns' (by ``_NEARER`` at least); else the one taken."""
    others = [other_readings(text, n, _MOST_READINGS) for text, _ in rows]
    if not any(others):
        return [values for _, values in rows]
    sure = [values for (_, values), found in zip(rows, others, strict=True) if not found]
    rules, sizes = row_sums(sure, n), _sizes(sure, n)
    out = []
    for (_, values), readings in zip(rows, others, strict=True):
        best = values
        for reading in readings:
            if _better(reading, best, rules, sizes, n):
                best = reading
        out.append(best)
    return out


def _better(reading: list[str], taken: list[str], rules: list[RowSum],
            sizes: list[float | None], n: int) -> bool:
    """Whether ``reading`` holds more sums across than ``taken`` or, as many, comes
    nearer its columns' sizes by ``_NEARER`` orders of magnitude."""
    held, kept = (row_sums_held([values], n, rules)[0] if rules else 0
                  for values in (reading, taken))
    if held != kept:
        return held > kept
    return _off(taken, sizes) - _off(reading, sizes) >= _NEARER


def _sizes(rows: list[list[str]], n: int) -> list[float | None]:
    """Each column's size: the median order of magnitude of its figures other than
    nil in ``rows``, None where fewer than ``_SIZED`` show it."""
    sizes: list[float | None] = []
    for c in range(n):
        found = [abs(f) for row in rows for f in [figure(row[c])] if f]
        sizes.append(median(math.log10(f) for f in found) if len(found) >= _SIZED else None)
    return sizes


def _off(values: list[str], sizes: list[float | None]) -> float:
    """How many orders of magnitude a row's figures lie off their columns' sizes."""
    return sum(abs(math.log10(abs(f)) - size) for value, size in zip(values, sizes, strict=True)
               if size is not None and (f := figure(value)))
