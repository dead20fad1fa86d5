"""Tables without a label column whose cells are prose (performance measures):
a header of years only, then each year's text.

Column-aligned text (``pdftotext -layout``) prints the cells of a printed line side
by side: each piece of text goes to the column whose header starts where it starts
(the header's spacing gives the column positions, measured again at each repeat of
the header), and a blank line starts the next row. Text printed a cell per line
lists each cell's wrapped lines, column after column: a line narrower than the
cells' full width ends a cell, the year header gives the number of cells, and a
row broken by a page is printed page by page, each open column's share of the page
in column order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from statistics import median

from .model import Provenance, TableRow
from .text_values import is_value
from .text_vocab import Vocabulary
from .textnorm import width

_GUTTER = re.compile(r"\S+(?: \S+)*")
_SHORT_SHARE = 0.8
_ALIGN = 2


@dataclass(frozen=True)
class ProseLine:
    """A line of the table: its text, its page and where it starts on the printed line."""

    text: str
    page: int
    indent: int
    no: int


def year_header(columns: list[str], voc: Vocabulary) -> bool:
    """Whether header cells ``columns`` are two or more years and nothing else."""
    return len(columns) >= 2 and all(voc.year_column.match(c) for c in columns)


def prose_rows(header: ProseLine, body: list[ProseLine], n: int) -> list[TableRow]:
    """The rows of ``n`` prose cells printed under the year header ``header``: in
    column-aligned text a blank line on the page between two lines starts a row."""
    words = header.text.split()
    if len(_chunks(header)) != n:
        body = [ln for ln in body if ln.text.split() != words]
        return [_row(body, _by_blocks(body, n))] if body else []
    rows: list[list[ProseLine]] = []
    last: ProseLine | None = None
    for ln in body:
        repeat = ln.text.split() == words
        if not repeat and (last is None or (ln.page == last.page and ln.no > last.no + 1)):
            rows.append([])
        if rows:
            rows[-1].append(ln)
        last = last if repeat else ln
    return [_row(lines, _by_position(header, lines, n)) for lines in rows]


def _row(lines: list[ProseLine], cells: list[str]) -> TableRow:
    """A row of ``cells`` printed from ``lines``."""
    return TableRow(Provenance(lines[0].page, line=lines[0].no), cells=cells)


def _chunks(ln: ProseLine) -> list[tuple[int, str]]:
    """Pieces of a line between gaps of two spaces or more, with their start
    (printed width from the line's left edge)."""
    return [(ln.indent + width(ln.text[:m.start()]), m.group()) for m in _GUTTER.finditer(ln.text)]


def _by_position(header: ProseLine, lines: list[ProseLine], n: int) -> list[str]:
    """Cells of column-aligned text: each piece in the column whose header starts
    at or before it (a piece running over the next column's start is cut at the
    space nearest to it); a repeated header gives the columns of its page."""
    starts = [pos for pos, _ in _chunks(header)]
    cells: list[list[str]] = [[] for _ in range(n)]
    for ln in lines:
        if ln.text.split() == header.text.split():
            again = [pos for pos, _ in _chunks(ln)]
            starts = again if len(again) == n else starts
            continue
        for pos, piece in _chunks(ln):
            for at, part in _cut(pos, piece, starts):
                col = max((k for k, s in enumerate(starts) if s <= at + _ALIGN), default=0)
                cells[col].append(part)
    return [join(parts) for parts in cells]


def _cut(pos: int, piece: str, starts: list[int]) -> list[tuple[int, str]]:
    """A piece cut at the spaces nearest to the column starts it runs over."""
    out: list[tuple[int, str]] = []
    for start in starts:
        spaces = [k for k, ch in enumerate(piece) if ch == " "]
        if not spaces or not pos + _ALIGN < start < pos + width(piece):
            continue
        k = min(spaces, key=lambda j: abs(pos + width(piece[:j]) - start))
        out.append((pos, piece[:k]))
        pos, piece = pos + width(piece[:k + 1]), piece[k + 1:]
    return [*out, (pos, piece)]


def _by_blocks(lines: list[ProseLine], n: int) -> list[str]:
    """Cells of text printed a cell per line, dealt page by page to the open columns."""
    if not lines:
        return [""] * n
    full = median(width(ln.text) for ln in lines)
    columns: list[list[str]] = [[] for _ in range(n)]
    closed = 0
    pages = list(dict.fromkeys(ln.page for ln in lines))
    for page in pages:
        blocks = _blocks(_split_dash([ln.text for ln in lines if ln.page == page]), full)
        if page != pages[-1] and blocks and not blocks[-1][1]:
            *blocks, (rest, _) = blocks
            blocks += _share(rest, n - closed - len(blocks))
        while len(blocks) > n - closed:
            k = min(range(1, len(blocks)), key=lambda j: (len(join(blocks[j][0])), j))
            blocks[k - 1:k + 1] = [(blocks[k - 1][0] + blocks[k][0], blocks[k][1])]
        for col, (texts, _) in enumerate(blocks, closed):
            columns[col] += texts
        closed += sum(1 for _, ended in blocks if ended)
        closed = min(closed, n - 1)
    return [join(texts) for texts in columns]


def _split_dash(texts: list[str]) -> list[str]:
    """A dash printed before the first cell's text is a cell of its own ("— 埃塞…")."""
    head = texts[0].split(maxsplit=1) if texts else []
    if len(head) == 2 and is_value(head[0]) and not any(c.isdigit() for c in head[0]):
        return [head[0], head[1], *texts[1:]]
    return texts


def _blocks(texts: list[str], full: float) -> list[tuple[list[str], bool]]:
    """Runs of lines, each ended by a line narrower than ``full`` (a lone value
    too); the last run may be open."""
    out: list[tuple[list[str], bool]] = []
    run: list[str] = []
    for text in texts:
        run.append(text)
        if width(text) < _SHORT_SHARE * full or is_value(text):
            out.append((run, True))
            run = []
    return out + ([(run, False)] if run else [])


def _share(texts: list[str], count: int) -> list[tuple[list[str], bool]]:
    """Lines of ``count`` columns that all go on past the page, in equal shares."""
    count = max(1, min(count, len(texts)))
    size = -(-len(texts) // count)
    return [(texts[k:k + size], False) for k in range(0, len(texts), size)]


def join(parts: Iterable[str]) -> str:
    """Wrapped lines joined: a space between Latin words, none between ideographs."""
    out = ""
    for text in parts:
        if out and (out[-1].isascii() and out[-1].isalnum() or out[-1] in ",;:)") \
                and text[:1].isascii():
            out += " "
        out += text
    return out
