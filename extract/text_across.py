"""Rows whose figures read more ways than one, read the way the table's other rows tell.

Figures one space apart may be a number's thousands groups or numbers of their own
("689 753 64" is "689", "753", "64" or "689 753", "64", …), and a blank cell shows
as nothing at all: where an extractor sets every value one space apart, a row's
line may read as its ``n`` values more ways than one, equally likely, or as one
fewer and a blank. The rows that read one way only tell which: the sums across
that they all hold (``row_sums``: the estimate is the appropriation plus the
change); then the sums down the columns (a total under the rows it adds up,
``sums_held``); and where those say nothing, the size of the figures in each
column (a count of some hundreds is not read as "800 542" in a column of hundreds,
leaving "1" and "250" to the next).
"""

from __future__ import annotations

import math
from collections import Counter
from statistics import median

from .text_columnar import column_sums_held, figure, sums_held
from .text_row_sums import RowSum, row_sums, row_sums_held
from .text_values import other_readings

# Other readings of a row's line weighed at most, as its n values and as one fewer.
_MOST_READINGS = 16
_MOST_FEWER = 4
# Figures a column needs, in the rows read one way, to show the size of its figures.
_SIZED = 3
# Orders of magnitude, over the row's figures, by which a reading must come nearer
# to its columns' sizes than the one taken to replace it.
_NEARER = 2.0

# A table's row as read: its line, its values, whether they are all ``n`` the line
# reads as split (no blank guessed, none read again since).
Read = tuple[str, list[str], bool]


def read_across(rows: list[Read], n: int) -> list[list[str]]:
    """The values of each row: for a line read more ways than one, the reading the
    table's other rows tell (see the module's docstring), where it tells more than
    the one taken; else the values as read."""
    others = [other_readings(text, n, _MOST_READINGS) if split else []
              for text, _, split in rows]
    fewer = [_blank_readings(text, n) if split else [] for text, _, split in rows]
    if not any(others) and not any(fewer):
        return [values for _, values, _ in rows]
    sure = [values for (_, values, split), found in zip(rows, others, strict=True)
            if split and not found]
    rules, sizes = row_sums(sure, n), _sizes(sure, n)
    table = [values or [""] * n for _, values, _ in rows]
    for k, readings in enumerate(others):
        candidates = [*readings, *fewer[k]]
        down = column_sums_held(table, n) if candidates else Counter()
        for reading in candidates:
            if _better(reading, (table, down), k, (rules, sizes), n):
                table[k] = reading
                down = column_sums_held(table, n)
    return [table[k] if others[k] or fewer[k] else values
            for k, (_, values, _) in enumerate(rows)]


def _blank_readings(text: str, n: int) -> list[list[str]]:
    """A line's readings as ``n - 1`` values and a blank, the blank put in each place
    from the last column to the first (the values before a blank keep their columns)."""
    return [[*values[:p], "", *values[p:]] for values in other_readings(text, n, _MOST_FEWER, n - 1)
            for p in range(n - 1, -1, -1)] if n > 2 else []


def _better(reading: list[str], held_down: tuple[list[list[str]], Counter[int]], k: int,
            told: tuple[list[RowSum], list[float | None]], n: int) -> bool:
    """Whether ``reading`` of row ``k`` holds more sums across than the row's values
    in the table; as many, more sums down the columns they differ in; as many again,
    the same count of figures come nearer their columns' sizes by ``_NEARER``
    orders of magnitude (``held_down``: the table and how many sums down each of its
    columns holds, ``column_sums_held``; ``told``: the sums across and the columns'
    sizes)."""
    rules, sizes = told
    table, was_down = held_down
    taken = table[k]
    held, kept = (row_sums_held([values], n, rules)[0] if rules else 0
                  for values in (reading, taken))
    if held != kept:
        return held > kept
    columns = {c for c in range(n) if reading[c] != taken[c]}
    down = sums_held([*table[:k], reading, *table[k + 1:]], n, columns)
    was = sum(was_down[c] for c in columns)
    if down != was:
        return down > was
    return sum(map(bool, reading)) == sum(map(bool, taken)) \
        and _off(taken, sizes) - _off(reading, sizes) >= _NEARER


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
