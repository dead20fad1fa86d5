"""Cells side by side whose positions only roughly follow the columns (PyMuPDF's
``get_text(sort=True)``: the pieces of one printed line are parted by runs of spaces
that grow with the gap between them, but a cell's lines do not start at one column).

A gutter of two spaces or more still parts two cells, and the pieces of a line keep
the columns' order; where a piece starts tells too little to name its column. Such
a row is read as cells side by side (``split_side_by_side``), each piece opening a
fragment of a column of its own, which column left to the search (wrap, widths and
the document's wording).
"""

from __future__ import annotations

from .text_sidebyside import Anchors
from .text_wrap import ALIGN

# A row whose pieces start at their column's text start (``ALIGN`` near) fewer times
# than this share keeps no column positions: column-aligned text starts most of
# them there (a cell's lines flush left), rough text few.
_PLACED_SHARE = 0.5


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
