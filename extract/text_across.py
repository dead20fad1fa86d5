"""Rows whose figures read more ways than one, read the way the table's sums across hold.

Figures one space apart may be a number's thousands groups or numbers of their own
("689 753 64" is "689", "753", "64" or "689 753", "64", …): where an extractor sets
every value one space apart, a row's line may read as its ``n`` values more ways
than one, equally likely. The sums across that the table's rows read one way only
all hold (``row_sums``: the estimate is the appropriation plus the change) tell
which: a reading that holds more of them than the one taken is the row's.
"""

from __future__ import annotations

from .text_row_sums import row_sums, row_sums_held
from .text_values import other_readings

# Other readings of a row's line weighed at most.
_MOST_READINGS = 16


def read_across(rows: list[tuple[str, list[str]]], n: int) -> list[list[str]]:
    """The values of each row (its line and the ``n`` values read from it as split):
    for a line read more ways than one, the reading holding the most sums across that
    the rows read one way only show, where it holds more than the one taken."""
    others = [other_readings(text, n, _MOST_READINGS) for text, _ in rows]
    rules = row_sums([values for (_, values), found in zip(rows, others, strict=True)
                      if not found], n) if any(others) else []
    out = []
    for (_, values), readings in zip(rows, others, strict=True):
        best, most = values, (row_sums_held([values], n, rules)[0] if readings and rules else 0)
        for reading in readings if rules else []:
            if (held := row_sums_held([reading], n, rules)[0]) > most:
                best, most = reading, held
        out.append(best)
    return out
