"""Cells side by side whose positions only roughly follow the columns (PyMuPDF's
``get_text(sort=True)``: the pieces of one printed line are parted by runs of spaces
that grow with the gap between them, but a cell's lines do not start at one column).

A gutter of two spaces or more still parts two cells, and the pieces of a line keep
the columns' order; where a piece starts, counted in characters, tells too little to
name its column. Such a row is read as cells side by side (``split_side_by_side``),
each piece opening a fragment of a column of its own. Which column is told by where
the piece starts in printed width (``printed_starts``), where the padding counts a
gap's spaces in the mean character width of the word after it (PyMuPDF's: a gap
``g`` wide before a word ``w`` wide of ``k`` characters prints ``round(g * k / w)``
spaces), and the row's lines that print a piece in every column show where the
columns start (``placed_anchors``); else it is left to the search (wrap, widths and
the document's wording).
"""

from __future__ import annotations

from bisect import bisect_left
from statistics import median
from typing import TypeVar

from .text_sidebyside import Anchors, printed_size
from .text_wrap import ALIGN

# A row whose pieces start at their column's text start (``ALIGN`` near) fewer times
# than this share keeps no column positions: column-aligned text starts most of
# them there (a cell's lines flush left), rough text few.
_PLACED_SHARE = 0.5

_Line = TypeVar("_Line")


def rough(starts: list[int], pieces: list[list[tuple[int, str]]]) -> bool:
    """Whether a row's ``pieces`` (per line, each piece's start and text) mostly start
    off every column's text start ``starts``: their positions place no column."""
    opened = [pos for line in pieces for pos, _ in line]
    near = sum(1 for pos in opened if any(abs(pos - s) <= ALIGN for s in starts))
    return bool(opened) and near < _PLACED_SHARE * len(opened)


def piece_openers(pieces: list[list[tuple[int, str]]], n: int) -> Anchors:
    """Per line, the words that open its pieces (the first, and each after a gutter),
    each free to print in any of ``n`` columns: it opens a fragment, the line's
    order of pieces keeps the columns' order."""
    out: Anchors = []
    for line in pieces:
        k = 0
        out.append([])
        for _, piece in line:
            out[-1].append((k, 0, n - 1))
            k += len(piece.split())
    return out


def printed_starts(pieces: list[tuple[int, str]]) -> list[float]:
    """Where each of a line's pieces (``chunks``: start in characters, text) starts in
    printed width (half ems, ``printed_size``), each run of spaces counted in the mean
    character width of the word after it (see the module's note)."""
    starts: list[float] = []
    end = 0.0
    after = 0  # where the last piece ended, in characters
    for pos, piece in pieces:
        for k, word in enumerate(piece.split(" ")):
            spaces = 1 if k else pos - after
            size = printed_size(word)
            start = end + spaces * size / len(word)
            if not k:
                starts.append(start)
            end = start + size
        after = pos + len(piece)
    return starts


def placed_anchors(pieced: list[list[tuple[int, str]]], n: int) -> Anchors | None:
    """Per line (``pieced``: its pieces, ``chunks``), the words that open its pieces,
    each with the columns it may print in: those whose start lies within the row's
    spread of the nearest (``printed_starts``, ``_columns``). None where no line
    prints a piece in every one of the ``n`` columns, or where the printed widths
    place the pieces no nearer to their columns than the characters do (``_near``:
    column-aligned text)."""
    counted = [[float(pos) for pos, _ in pieces] for pieces in pieced]
    chars = _columns(counted, n)
    if chars is None or (aligned := _near(counted, chars[0], ALIGN)) == 1:
        return None  # (every piece at its column's start: nothing to place nearer)
    placed = [printed_starts(pieces) for pieces in pieced]
    columns, spread = _columns(placed, n) or chars
    texts = [piece for pieces in pieced for _, piece in pieces]
    mean = sum(map(printed_size, texts)) / max(1, sum(map(len, texts)))
    if _near(placed, columns, ALIGN * mean) <= aligned:
        return None
    out: Anchors = []
    for pieces, starts in zip(pieced, placed, strict=True):
        k = 0
        out.append([])
        for at, (_, piece) in zip(starts, pieces, strict=True):
            near = min(abs(at - s) for s in columns)
            fits = [c for c, s in enumerate(columns) if abs(at - s) <= near + spread]
            out[-1].append((k, fits[0], fits[-1]))
            k += len(piece.split())
    return out


def _columns(placed: list[list[float]], n: int) -> tuple[list[float], float] | None:
    """Where each of ``n`` columns starts, and the spread: how far the lines that print
    a piece in every column (``placed``: each line's pieces' starts) start them from
    there, at least a space. A column starts at the median start of the pieces nearest
    to it, nearest to the median start of those lines' pieces in it (their own starts
    stray most: each gap before a piece adds its rounding). None where no line prints
    a piece in every column."""
    full = [starts for starts in placed if len(starts) == n]
    if not full:
        return None
    first = [median(starts[c] for starts in full) for c in range(n)]
    near: list[list[float]] = [[] for _ in range(n)]
    for at in (at for starts in placed for at in starts):
        near[_nearest(at, first)].append(at)
    columns = [median(starts) if starts else s for starts, s in zip(near, first, strict=True)]
    return columns, max([printed_size(" "), *(abs(starts[c] - columns[c])
                                               for starts in full for c in range(n))])


def _nearest(at: float, columns: list[float]) -> int:
    """The column whose start (``columns``, left to right) is nearest to ``at``, the
    left one of two as near."""
    k = bisect_left(columns, at)
    return k - 1 if k == len(columns) or k and at - columns[k - 1] <= columns[k] - at else k


def _near(placed: list[list[float]], columns: list[float], slack: float) -> float:
    """The share of the pieces (``placed``: each line's pieces' starts) that start
    within ``slack`` of a column's start."""
    starts = [at for line in placed for at in line]
    return sum(1 for at in starts if any(abs(at - s) <= slack for s in columns)) \
        / max(1, len(starts))


def paragraphs_joined(rows: list[list[_Line]], pieced: list[list[list[tuple[int, str]]]],
                      n: int) -> list[list[_Line]]:
    """Blocks of lines parted by blank lines (``rows``; ``pieced``: each block's lines'
    pieces, ``chunks``) joined into rows: a block whose first line prints a piece in
    fewer of the ``n`` columns, none of its pieces wider than the columns stand apart
    (the least distance between two columns' starts, ``_columns``, of the first
    block's printed starts), goes on the row above, its cells' later paragraphs
    (rough text sets a blank line wherever the printed lines stand apart; a row's
    first line holds every cell's first line, the cells being top-aligned, and a
    cell's line fills its column at most: a wider line is text after the table).
    Unjoined where the first block shows no columns."""
    found = _columns([printed_starts(line) for line in pieced[0]], n) if pieced else None
    if found is None or n < 2:
        return rows
    columns = found[0]
    pitch = min(b - a for a, b in zip(columns, columns[1:], strict=False))
    out: list[list[_Line]] = []
    for block, pieces in zip(rows, pieced, strict=True):
        if out and len(pieces[0]) < n \
                and all(printed_size(piece) <= pitch for line in pieces for _, piece in line):
            out[-1] = out[-1] + block
        else:
            out.append(block)
    return out
