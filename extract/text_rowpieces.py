"""Table rows printed in pieces, a value block a line, put back on their label's line.

``pdftotext`` in its default mode reads a row whose value columns stand apart in
groups (wide gaps between them) as several blocks: the label (with the values
next to it), then each group of values on a line of its own, before the next
label. The table reader (``text_grid``) reads a row's values on its label's
line, so such pieces are joined there. They are a row's only when the table
says so: every label followed by value lines gets, from them (with or without
the values on its own line), the count of values the most any get from those
lines alone, or one fewer (a blank cell: staff rows under a financial table's
first year), that count is more than any one line holds, at least two rows get
it, and at least two are printed so, each with a line of two values or more (a
group of columns; a value a line is a stacked table, ``text_stacked``). Lines of
years alone are header, and each part of a table (``(1)``, ``(2)``) is looked
at on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from .text_grid_entries import PlainLine, table_parts
from .text_values import fewest_values, is_numeric
from .text_vocab import Vocabulary
from .text_year_headings import is_year

# How many rows must be printed in pieces for the table to be read so.
_LEAST_ROWS = 2


@dataclass
class _Group:
    """A label line (``head``, with ``own`` values at its end) and the lines of
    values alone after it (``pieces``, holding ``counts`` values each)."""

    head: int
    own: int
    pieces: list[int]
    counts: list[int]

    def totals(self) -> set[int]:
        """The row's possible value counts: the pieces', with or without its own."""
        return {sum(self.counts), sum(self.counts) + self.own}


def pieces_joined(body: list[PlainLine], voc: Vocabulary) -> list[PlainLine] | None:
    """``body`` with each part's rows printed in pieces joined on their label's line
    (the lines as they were where a part is not printed so), None when no part is."""
    out = [ln for part in table_parts(body, voc) for ln in _part_joined(part, voc)]
    return None if len(out) == len(body) else out


def _part_joined(part: list[PlainLine], voc: Vocabulary) -> list[PlainLine]:
    """One table part with its rows printed in pieces joined, when the part's value
    counts show it is (see the module docstring)."""
    groups = _groups(part, voc)
    split = [g for g in groups if len(g.pieces) + (g.own > 0) >= 2 and max(g.counts) >= 2]
    widest = max((max([g.own, *g.counts]) for g in groups), default=0)
    n = max((sum(g.counts) for g in groups), default=0)
    full = [g for g in groups if n in g.totals()]
    if len(split) < _LEAST_ROWS or len(full) < _LEAST_ROWS or n <= widest \
            or not all(g.totals() & {n, n - 1} for g in groups):
        return part
    joined = {g.head: g for g in split}
    skip = {k for g in split for k in g.pieces}
    out: list[PlainLine] = []
    for k, ln in enumerate(part):
        if k in joined:
            text = " ".join([ln.text, *(part[j].text for j in joined[k].pieces)])
            out.append(PlainLine(ln.no, text, ln.page, ln.indent))
        elif k not in skip:
            out.append(ln)
    return out


def _groups(part: list[PlainLine], voc: Vocabulary) -> list[_Group]:
    """Each label line followed by lines of values alone, with those lines (lines
    of years alone are header, not values). (A label line's own values are read once
    a line of values follows it: most label lines have none after them.)"""
    groups: list[_Group] = []
    current: _Group | None = None
    for k, ln in enumerate(part):
        vals = fewest_values(ln.text)
        if vals is None or all(is_year(v, voc) for v in vals):
            current = _Group(k, 0, [], [])
        elif current is not None:
            current.pieces.append(k)
            current.counts.append(len(vals))
            if len(current.pieces) == 1:
                current.own = _own_values(part[current.head].text)
                groups.append(current)
    return groups


def _own_values(text: str) -> int:
    """How many values a label line ends in (its trailing numeric words read as values)."""
    words = text.split()
    k = len(words)
    while k > 1 and is_numeric(words[k - 1]):
        k -= 1
    vals = fewest_values(" ".join(words[k:])) if k < len(words) else None
    return len(vals) if vals else 0
