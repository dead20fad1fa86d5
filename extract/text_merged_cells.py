"""Prose cells whose lines the mode printed side by side on one line, columns of
any width, read back by dealing each printed line's words to the cells.

``pdftotext`` in its default mode prints the cells of a row of prose cells as
blocks of printed lines, each holding the lines of the cells that have one on
that baseline, left to right, one space apart; a cell set lower in its row (cells
are centred) starts on a later printed line, and a line far right of the one
before it may come as a block of its own. A justified line of ideographs comes
with a space between every two ("决 数 字 鸿 沟"): such a run is one piece, and a
figure goes with the words after it ("10 个城市"). Where the columns differ in
width, no one width tells the pieces apart; this reader deals each printed line's
words to the cells instead, left to right, the words of one cell on a line joined
(two ideographs one space apart are two cells' pieces: joining them costs). The
reading kept costs least: a cell's line with room for the next line's first word
in its column (its widest line) ends a paragraph, a cell skips printed lines of
its block, starts below the first, or joins two ideographs it never joins
elsewhere in the document.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from .text_grid_entries import PlainLine
from .text_line_cells import GAP, NEW_PARAGRAPH, UNWORDED
from .text_prose import leading_years, year_columns
from .text_values import is_dash, values_of
from .text_vocab import Vocabulary
from .text_wrap import ends_short, least_width
from .textnorm import CJK_CLASS, is_cjk

# A run of three ideographs or more, each alone between spaces: a justified line.
_SPACED = re.compile(rf"(?<!\S)[{CJK_CLASS}](?: [{CJK_CLASS}](?!\S)){{2,}}")
# Two ideographs one space apart (a justified run closed up): two cells' pieces.
_PARTED = re.compile(rf"[{CJK_CLASS}] [{CJK_CLASS}]")
# A figure alone before words: it goes with them ("10 个城市").
_FIGURE = re.compile(r"^[\d.,]+$")

# Costs (besides ``text_line_cells``' for a paragraph ended inside a cell, a printed
# line a cell skips and two ideographs joined across lines that the document never
# prints together): a cell starting below the first printed line, and two
# ideographs one space apart joined in one cell.
_LATE = 0.2
_JOINED = 1.0

# Readings kept after each word dealt.
_BEAM = 256

# The most lines (the table's title, its unit) above the first year headings.
_ABOVE = 3


class _Reading(NamedTuple):
    """Words dealt so far: the cost (without paragraphs), each cell's lines, the
    printed line of each cell's last line, and the cell of the last word."""

    cost: float
    cells: tuple[tuple[str, ...], ...]
    on: tuple[int, ...]
    last: int


def words(text: str) -> list[str]:
    """A printed line's words as this reader deals them: a justified run of
    ideographs one word, a figure joined to the words after it."""
    text = _SPACED.sub(_closed, text)
    out: list[str] = []
    for word in text.split():
        if out and _FIGURE.match(out[-1]) and is_cjk(word[0]):
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def _closed(m: re.Match[str]) -> str:
    """A justified run without its spaces."""
    return m[0].replace(" ", "")


def justified(text: str) -> bool:
    """Whether a printed line holds a justified run of ideographs (spaced)."""
    return _SPACED.search(text) is not None


def year_groups(body: list[PlainLine], voc: Vocabulary
                ) -> tuple[int, list[tuple[list[str], list[PlainLine]]]] | None:
    """A table of prose cells whose header the mode printed in groups of year
    headings, each over the printed lines of its columns' cells (a group, then its
    cells, then the next group): how many lines are above the first, and each
    group's headings and cell lines; None unless a line holds a justified run (the
    cells' pieces are not told apart at spaces) and one the pieces of two cells
    (two ideographs one space apart), or for another table: a group without lines,
    one heading in all, a line on another page, a line holding two headings, no
    two cell lines printed together (other modes print the header a line, a cell's
    lines together, or every line a block of its own), a line of values (not a
    dash alone: a table of figures)."""
    texts = [ln.text for ln in body]
    k = next((k for k in range(min(_ABOVE, len(body)) + 1) if leading_years(texts[k:], voc)), None)
    if k is None or not any(justified(text) for text in texts[k:])\
            or not any(_PARTED.search(_SPACED.sub(_closed, text)) for text in texts[k:]):
        return None
    above, groups = k, []
    while k < len(body):
        top = leading_years(texts[k:], voc)
        end = next((j for j in range(k + top, len(body)) if leading_years(texts[j:], voc)),
                   len(body))
        if end == k + top:
            return None
        if any(len(year_columns([text], voc)) > 1 for text in texts[k:k + top]):
            return None
        groups.append((year_columns(texts[k:k + top], voc), body[k + top:end]))
        k = end
    lines = [ln for _, group in groups for ln in group]
    if sum(len(heads) for heads, _ in groups) < 2 or any(ln.page != body[above].page
                                                        for ln in body[above:])\
            or all(b.no != a.no + 1 for a, b in zip(lines, lines[1:], strict=False))\
            or any(values_of(ln.text) is not None and not is_dash(ln.text) for ln in lines):
        return None
    return above, groups


def group_cells(heads: list[str], lines: list[PlainLine], glyphs: Counter[tuple[str, str]]
                ) -> list[list[str]] | None:
    """The cells under a group of year ``heads`` from their printed ``lines`` (a
    dash alone on a line is a cell of its own, the first: years with no figure);
    None when they cannot be dealt."""
    dashes = [[ln.text] for ln in lines if is_dash(ln.text)]
    blocks = [0]
    for a, b in zip(lines, lines[1:], strict=False):
        blocks.append(blocks[-1] + (b.no != a.no + 1))
    printed = [(block, ln.text) for block, ln in zip(blocks, lines, strict=True)
               if not is_dash(ln.text)]
    if len(dashes) >= len(heads):
        return None
    found = merged_cells(printed, len(heads) - len(dashes), glyphs)
    return None if found is None else [*dashes, *found]


def merged_cells(printed: list[tuple[int, str]], n: int, glyphs: Counter[tuple[str, str]]
                 ) -> list[list[str]] | None:
    """The lines of ``n`` prose cells from their printed lines (each with its block's
    number); None when no reading gives every cell a line."""
    beam = [_Reading(0.0, ((),) * n, (-1,) * n, -1)]
    for p, (_, text) in enumerate(printed):
        for k, word in enumerate(words(text)):
            steps = [s for r in beam for s in _steps(r, word, (p, k == 0), printed, glyphs)]
            beam = sorted(steps, key=lambda r: r.cost + _paragraphs(r.cells))[:_BEAM]
    done = [r for r in beam if all(r.cells)]
    if not done:
        return None
    best = min(done, key=lambda r: r.cost + _paragraphs(r.cells))
    return [list(cell) for cell in best.cells]


def _steps(reading: _Reading, word: str, at: tuple[int, bool], printed: list[tuple[int, str]],
           glyphs: Counter[tuple[str, str]]) -> list[_Reading]:
    """``reading`` with ``word`` (on printed line ``at[0]``, opening it or not)
    joined to the last word's line, or opening a line of a cell to its right (any
    cell when it opens its printed line)."""
    p, opens = at
    out = []
    if not opens:
        col = reading.last
        line = reading.cells[col][-1]
        cost = _JOINED if is_cjk(line[-1]) and is_cjk(word[0]) else 0.0
        cells = _with(reading.cells, col, (*reading.cells[col][:-1], f"{line} {word}"))
        out.append(_Reading(reading.cost + cost, cells, reading.on, col))
    for col in range(0 if opens else reading.last + 1, len(reading.cells)):
        cell = reading.cells[col]
        if cell:
            skipped = sum(1 for q in range(reading.on[col] + 1, p)
                          if printed[q][0] == printed[p][0])
            cost = GAP * skipped + (UNWORDED if is_cjk(cell[-1][-1]) and is_cjk(word[0])
                                     and not glyphs[(cell[-1][-1], word[0])] else 0.0)
        else:
            cost = _LATE if p else 0.0
        on = tuple(p if j == col else q for j, q in enumerate(reading.on))
        out.append(_Reading(reading.cost + cost, _with(reading.cells, col, (*cell, word)), on, col))
    return out


def _with(cells: tuple[tuple[str, ...], ...], col: int, cell: tuple[str, ...]
          ) -> tuple[tuple[str, ...], ...]:
    """``cells`` with cell ``col`` replaced."""
    return tuple(cell if j == col else c for j, c in enumerate(cells))


def _paragraphs(cells: tuple[tuple[str, ...], ...]) -> float:
    """What the paragraphs ended inside cells cost: each line with room for the next
    one's first word in its column (as wide as the cell's widest line)."""
    cost = 0.0
    for cell in cells:
        if len(cell) > 1:
            col = max(least_width(line) for line in cell)
            cost += NEW_PARAGRAPH * sum(ends_short(a, b, col)
                                         for a, b in zip(cell, cell[1:], strict=False))
    return cost
