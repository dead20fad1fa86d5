"""Cells a stacked table printed in another row's block, found by the table's sums.

``pdftotext`` in its default mode prints a table's value columns as blocks, and
now and then puts a cell in the block of another row: one row's run of values
comes out short of the column count, and another run holds as many values more
than whole rows. Which values moved cannot be told from the text alone, but a
budget table adds up: a total or subtotal row is the sum of the rows above it
(or below it: a group's row heads its items). Values are moved back only when
that makes more of the table's cells such sums than before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import lru_cache

from .text_values import NOTE_MARKS

_FIGURE = re.compile(rf"^(\()?(\d{{1,3}}(?:[ ,]\d{{3}})+|\d+)(?:\.(\d+))?(\))?(?:{NOTE_MARKS})?$")


# How many more cells a move must make sums: one may add up by chance.
MORE = 2


@dataclass(frozen=True)
class Move:
    """``size`` values from place ``start`` of run ``source`` put in run ``target``
    before its value ``at``."""

    source: int
    start: int
    size: int
    target: int
    at: int


@lru_cache(maxsize=8192)
def figure(value: str) -> float | None:
    """A printed value (as the value reader took it) as a number to add: one
    without digits is a dash, nil; parentheses make it negative, digit groups are
    joined; None for what is no plain figure (a percentage is no part of a sum).
    (Memoised: every move the sums try reads the table's values again.)"""
    if not any(ch.isdigit() for ch in value):
        return 0.0
    m = _FIGURE.match(value)
    if not m or bool(m[1]) != bool(m[4]):
        return None
    number = float(re.sub(r"[ ,]", "", m[2]) + (f".{m[3]}" if m[3] else ""))
    return -number if m[1] else number


def best_move(runs: list[list[str]], n: int, fixed: set[int]) -> Move | None:
    """The move of values between ``runs`` (cut into rows of ``n``) that makes the
    most cells sums of the rows next to them, if it makes ``MORE`` more than no
    move: a slice of a run holding a whole row and k values more, k at most half
    a row, to the last row of another run, k values short, next to the longest
    run of its like there (a row's dashes stand together) or else at its end.
    Runs in ``fixed`` (read with a number broken over two lines joined) take no
    part."""
    best, most = None, None
    for move in _candidate_moves(runs, n, fixed):
        if most is None:  # the sums without a move, counted once a move is to beat them
            most = _sums_held(_rows(runs, n), n) + MORE - 1
        held = _sums_held(_rows(moved(runs, move), n), n)
        if held > most:
            best, most = move, held
    return best


def _candidate_moves(runs: list[list[str]], n: int, fixed: set[int]) -> Iterator[Move]:
    """The moves ``best_move`` weighs, in its order (most tables have none: every
    run whole rows)."""
    for source, run in enumerate(runs):
        size = len(run) % n
        if not size or 2 * size > n or len(run) < n or source in fixed:
            continue
        for target, other in enumerate(runs):
            if target == source or target in fixed or len(other) % n != n - size:
                continue
            for start in range(len(run) - size + 1):
                last = len(other) - n + size
                yield Move(source, start, size, target,
                           last + place(other[last:], run[start:start + size]))


def settled(runs: list[list[str]], n: int, fixed: set[int]) -> tuple[list[Move], int]:
    """The moves ``best_move`` makes one after another while one makes more sums,
    and how many cells are sums once they are made."""
    moves, runs = _settling(runs, n, fixed)
    return moves, _sums_held(_rows(runs, n), n)


def settled_moves(runs: list[list[str]], n: int, fixed: set[int]) -> list[Move]:
    """The moves of ``settled``, for a reader that does not ask how many cells are
    sums once they are made (so they are not counted)."""
    return _settling(runs, n, fixed)[0]


def _settling(runs: list[list[str]], n: int,
              fixed: set[int]) -> tuple[list[Move], list[list[str]]]:
    """The moves of ``settled`` and the runs once they are made (each made once)."""
    moves: list[Move] = []
    for _ in runs:  # at most one move per run
        move = best_move(runs, n, fixed)
        if move is None:
            break
        moves.append(move)
        runs = moved(runs, move)
    return moves, runs


def moved(runs: list[list[str]], move: Move) -> list[list[str]]:
    """``runs`` with ``move`` made."""
    out = [list(run) for run in runs]
    values = out[move.source][move.start:move.start + move.size]
    del out[move.source][move.start:move.start + move.size]
    out[move.target][move.at:move.at] = values
    return out


def place(row: list[str], values: list[str]) -> int:
    """Where in ``row`` moved values go: a single value next to the longest run of
    values equal to it (after it), else at the row's end."""
    if len(values) != 1:
        return len(row)
    best, size, run = len(row), 0, 0
    for k, value in enumerate(row):
        run = run + 1 if value == values[0] else 0
        if run > size:
            best, size = k + 1, run
    return best


def _rows(runs: list[list[str]], n: int) -> list[list[str]]:
    """Each run cut into rows of ``n`` values (a last shorter row keeps the rest)."""
    return [run[k:k + n] for run in runs for k in range(0, len(run), n)]


def _sums_held(rows: list[list[str]], n: int, columns: Collection[int] | None = None) -> int:
    """How many cells of whole rows are the sum of their column over two or more
    whole rows right above or right below them (a row short of ``n`` values,
    whose cells' columns are unknown, adds to none); in ``columns`` only, if given."""
    return sum(1 for _ in _held_columns(rows, n, columns))


def _held_columns(rows: list[list[str]], n: int, columns: Collection[int] | None
                  ) -> Iterator[int]:
    """The column of each cell that ``_sums_held`` counts."""
    table = [[figure(v) for v in row] if len(row) == n else None for row in rows]
    rising = all(v is None or v >= 0 for row in table if row for v in row)
    for r, row in enumerate(table):
        if not row:
            continue
        above, below = table[r - 1::-1] if r else [], table[r + 1:]  # once a row
        for c, value in enumerate(row):
            if value and (columns is None or c in columns) \
                    and (_sums_to(value, above, c, rising) or _sums_to(value, below, c, rising)):
                yield c


def _sums_to(value: float, rows: list[list[float | None] | None], c: int,
             rising: bool) -> bool:
    """Whether column ``c`` of the first two or more of ``rows`` adds up to ``value``
    (to the rounding of a printed decimal), two figures at least not nil: a
    figure next to nils is no sum of them. With ``rising`` (no figure of the table
    is negative) the rows are added up only until the total passes the value: it
    can only grow from there."""
    total, figures = 0.0, 0
    near = 0.05 + 1e-9 * abs(value)
    for row in rows:
        cell = None if row is None else row[c]
        if cell is None:
            return False
        if cell:  # a nil changes neither the total nor the count: nothing to test anew
            total += cell
            figures += 1
            if figures >= 2 and abs(total - value) < near:
                return True
            if rising and total - value >= near:
                return False
    return False


def sums_held(runs: list[list[str]], n: int, columns: Collection[int] | None = None) -> int:
    """How many cells of ``runs`` cut into rows of ``n`` are sums of the rows next
    to them (in ``columns`` only, if given)."""
    return _sums_held(_rows(runs, n), n, columns)


def column_sums_held(runs: list[list[str]], n: int) -> Counter[int]:
    """How many cells of each column ``sums_held`` counts (those of ``columns`` add
    up to what it counts in them)."""
    return Counter(_held_columns(_rows(runs, n), n, None))
