"""A table's last columns printed as a second band past the figure that follows it.

``pdftotext`` in its default mode reads a page's blocks in an order of its own: a
table too wide for one band of blocks can have its last columns (their header,
then their values a column block at a time) printed after the figure set under
the table, among the figure's lines. The values come as blocks of lines (a blank
line between blocks), each block a column group's cells of one run of rows, a
line a row: all blocks of a run as tall as each other, and the runs, taken in
order, as many rows as the table has rows with values. Each such row then takes,
in order, its line of each block of its run. Nothing moves unless the blocks
cut so, one way only, and give each row two values or more (a chart's axis or
labels printed a value a line is not a band).

The band may come under a header of its own (a line naming a year's column, a
block opening there; the column group printed so right above it, under its own
header, opens the band), among the figure's own values: the blocks from there to
the next text, one-line blocks left out (a chart's value), as many of them as
cut for the rows of the table's last page (those of earlier pages may have taken
a band at their page's foot). A block may print each row over a few lines, as
many for every row with as many values line for line ("— —", "3"): those lines
are the row's. The page printing the band's rows repeats the table's header
naming only its own columns: a run of pages of one width is read with its own
column count (``width_changes``). The band can also close the page
that prints the rows (``page_bands``): after the page's rows, a block opening with
the band's header, then the value blocks, the page's last lines. Those lines,
header and values, are taken out before the table is read and the values put at
the ends of the page's rows after (the header's words, cut in fragments a line,
name no column the reader could place).
"""

from __future__ import annotations

from dataclasses import dataclass

from .text_band_ranges import row_ranges
from .text_grid_entries import PlainLine
from .text_lines import blank_between
from .text_tables import header_columns
from .text_values import fewest_values, values_of
from .text_vocab import Vocabulary
from .text_year_headings import is_year_heading


@dataclass(frozen=True)
class PageBand:
    """A band printed at the foot of a page of a table: the page, the number of the
    band's first (header) line, and its value blocks."""

    page: int
    start: int
    blocks: list[list[PlainLine]]


def second_band(table: list[PlainLine], after: list[PlainLine],
                voc: Vocabulary) -> tuple[list[PlainLine], list[PlainLine]] | None:
    """The table's lines with a second band printed in the figure's lines
    (``after``, caption first) put at the ends of their rows, and the figure's
    lines without them; None when ``after`` holds no such band."""
    start, blocks = _band(after, voc)
    rows = [k for k, ln in enumerate(table) if _is_row(ln.text, voc)]
    ends = _row_ends(blocks, rows)
    if ends is None:
        last = [k for k in rows if table[k].page == table[-1].page]
        start, blocks = _headed_band(after, table[-1].page, voc)
        while blocks and (ends := _row_ends(blocks, last)) is None:
            blocks = blocks[:-1]
    if ends is None:
        return None
    taken = {ln.no for block in blocks for ln in block}
    return _ends_joined(table, ends), [*after[:start],
                                       *(ln for ln in after[start:] if ln.no not in taken)]


def page_bands(body: list[PlainLine], voc: Vocabulary) -> tuple[list[PlainLine], list[PageBand]]:
    """A table's lines without the bands printed at the foot of a page after its
    rows (header and values), and those bands."""
    bands = []
    for end, ln in enumerate(body):
        if end + 1 == len(body) or body[end + 1].page != ln.page:
            band = _foot_band(body[:end + 1], voc)
            if band is not None:
                bands.append(band)
    starts = {band.start for band in bands}
    taken = set()
    for k, ln in enumerate(body):
        if ln.no in starts or k and body[k - 1].no in taken and ln.page == body[k - 1].page:
            taken.add(ln.no)
    return [ln for ln in body if ln.no not in taken], bands


def bands_joined(table: list[PlainLine], bands: list[PageBand],
                 voc: Vocabulary) -> list[PlainLine] | None:
    """The table's lines with each page band's pieces at the ends of the rows
    printed on its page above it; None when a band does not cut so."""
    ends: dict[int, str] = {}
    for band in bands:
        rows = [k for k, ln in enumerate(table)
                if ln.page == band.page and ln.no < band.start and _is_row(ln.text, voc)]
        found = _row_ends(band.blocks, rows)
        if found is None:
            return None
        ends.update(found)
    return _ends_joined(table, ends)


def width_changes(body: list[PlainLine], voc: Vocabulary) -> list[int]:
    """Where a table's pages change width: the first line of each page whose
    header, printed again before the page's first values, names another number of
    columns than the pages before (the page printing fewer prints the others as a
    band of their own): each run of pages of one width is read with its own
    column count. A part of the table (its own label, its own header) sets the
    width its later pages are compared with: its header is no page's first."""
    cuts = []
    width = 0
    for k, ln in enumerate(body):
        if not k or ln.page != body[k - 1].page:
            named = _page_width(body[k:], voc)
            if named and width and named != width:
                cuts.append(k)
            width = named or width
        elif voc.table_part_label.match(ln.text):
            width = _page_width(body[k:], voc) or width
    return cuts


def _page_width(lines: list[PlainLine], voc: Vocabulary) -> int:
    """The number of columns the first line naming a year's column names, among the
    first page's lines above its first values (0 for none, or when the page prints
    no values: a header alone at a page's foot)."""
    page = [ln for ln in lines if ln.page == lines[0].page]
    first = next((k for k, ln in enumerate(page) if values_of(ln.text) is not None), 0)
    named = next((ln.text for ln in page[:first] if names_year(ln.text, voc)), None)
    return len(header_columns([named], voc)) if named else 0


def _foot_band(lines: list[PlainLine], voc: Vocabulary) -> PageBand | None:
    """The band closing ``lines`` (a page's last line last): the page's last value
    lines, and right above them, in the same block, the band's header (no values,
    its first line naming a year's column, a block of its own opening there), with
    values on the page above it; None when the page closes otherwise."""
    page = lines[-1].page
    k = len(lines)
    while k and lines[k - 1].page == page and values_of(lines[k - 1].text) is not None:
        k -= 1
    values = k
    while k and lines[k - 1].page == page and values_of(lines[k - 1].text) is None \
            and (k == values or lines[k].no == lines[k - 1].no + 1):
        k -= 1
    if k == values or values == len(lines) or k == 0 or lines[k - 1].page != page \
            or lines[k].no == lines[k - 1].no + 1 \
            or not any(names_year(ln.text, voc) for ln in lines[k:values]) \
            or not any(fewest_values(ln.text) for ln in lines[:k] if ln.page == page):
        return None
    return PageBand(page, lines[k].no, gap_blocks(lines[values:]))


def gap_blocks(lines: list[PlainLine]) -> list[list[PlainLine]]:
    """``lines`` cut at their blank lines (gaps in the lines' numbers)."""
    blocks: list[list[PlainLine]] = []
    for k, ln in enumerate(lines):
        if not k or ln.no != lines[k - 1].no + 1:
            blocks.append([])
        blocks[-1].append(ln)
    return blocks


def names_year(text: str, voc: Vocabulary) -> bool:
    """Whether a header line names a year's column."""
    return any(is_year_heading(col, voc) for col in header_columns([text], voc))


def _row_ends(blocks: list[list[PlainLine]], rows: list[int]) -> dict[int, str] | None:
    """Each row's piece of the band (its line of each block of its run), by the
    row's index; None when the blocks do not cut in runs for the rows, or a piece
    holds fewer than two values (a chart's axis or labels, not a band of columns)."""
    cut = _runs(blocks, len(rows)) or _runs(_folded(blocks, len(rows)), len(rows))
    pieces = row_ranges(blocks, len(rows)) if cut is None else [
        "  ".join(block[i].text for block in run) for run in cut for i in range(len(run[0]))]
    if pieces is None:
        return None
    if any(len(fewest_values(piece) or []) < 2 for piece in pieces):
        return None
    return dict(zip(rows, pieces, strict=True))


def _folded(blocks: list[list[PlainLine]], rows: int) -> list[list[PlainLine]]:
    """Blocks that print each of two rows or more over as many lines (the lines'
    counts of values repeating from row to row: "— —", "3", "— —", "14") with each
    row's lines joined in one; [] when a block prints otherwise."""
    out = []
    for block in blocks:
        size, rest = divmod(len(block), rows) if rows > 1 else (0, 1)
        counts = [len(fewest_values(ln.text) or []) for ln in block]
        if rest or not size or any(counts[k] != counts[k % size] for k in range(len(block))):
            return []
        out.append([PlainLine(block[k].no, "  ".join(ln.text for ln in block[k:k + size]),
                              block[k].page, block[k].indent) for k in range(0, len(block), size)])
    return out


def _ends_joined(table: list[PlainLine], ends: dict[int, str]) -> list[PlainLine]:
    """The table's lines with ``ends`` (by line index) after their values."""
    return [PlainLine(ln.no, f"{ln.text}  {ends[k]}", ln.page, ln.indent) if k in ends else ln
            for k, ln in enumerate(table)]


def _band(after: list[PlainLine], voc: Vocabulary) -> tuple[int, list[list[PlainLine]]]:
    """Where the figure's first run of lines of values alone starts, and that run
    cut in blocks at its blank lines (empty when the figure's lines end first)."""
    k = 1
    while k < len(after) and values_of(after[k].text) is None:
        if voc.table_caption.match(after[k].text) or voc.figure_caption.match(after[k].text) \
                or voc.paragraph_number.match(after[k].text):
            return k, []
        k += 1
    stop = next((j for j in range(k, len(after)) if values_of(after[j].text) is None),
                len(after))
    return k, gap_blocks(after[k:stop])


def _headed_band(after: list[PlainLine], page: int,
                 voc: Vocabulary) -> tuple[int, list[list[PlainLine]]]:
    """Where the band's header opens a block of the figure's lines on the table's
    last ``page`` (no values, a line naming a year's column, the values under it
    in the same block; the column group printed so right above it, under a header
    of its own, starts the band), and the value blocks from there to the first
    text that heads no values; one-line blocks left out (the figure's own
    values): (0, []) for none."""
    for k in range(1, len(after)):
        if after[k].page != page:
            break
        if not _heads_values(after, k) or not names_year(after[k].text, voc):
            continue
        above = k - 1
        while above > 0 and after[above].no == after[above - 1].no + 1:
            above -= 1
        start = above if above and _heads_values(after, above) else k
        blocks: list[list[PlainLine]] = []
        j = start
        while j < len(after) and after[j].page == page:
            if values_of(after[j].text) is None:
                if not _heads_values(after, j):
                    break
                while values_of(after[j].text) is None:
                    j += 1
                blocks.append([])
            elif not blocks or blank_between(after[j - 1], after[j]):
                blocks.append([])
            blocks[-1].append(after[j])
            j += 1
        return start, [block for block in blocks if len(block) > 1]
    return 0, []


def _heads_values(lines: list[PlainLine], k: int) -> bool:
    """Whether line ``k`` opens a block of header lines (no values) over values."""
    if k == 0 or lines[k].no == lines[k - 1].no + 1:
        return False
    j = k
    while j < len(lines) and lines[j].no == lines[k].no + j - k \
            and values_of(lines[j].text) is None:
        j += 1
    return k < j < len(lines) and lines[j].no == lines[k].no + j - k


def _runs(blocks: list[list[PlainLine]], rows: int) -> list[list[list[PlainLine]]] | None:
    """The blocks cut in runs of as many blocks each, every block of a run as tall,
    the runs' heights summing to ``rows``: the only such cut (None when there is
    none, or more than one)."""
    cuts = []
    for size in range(1, len(blocks) + 1):
        if len(blocks) % size:
            continue
        runs = [blocks[i:i + size] for i in range(0, len(blocks), size)]
        if all(len({len(b) for b in run}) == 1 for run in runs) \
                and sum(len(run[0]) for run in runs) == rows and len(runs) > 0:
            cuts.append(runs)
    return cuts[0] if len(cuts) == 1 and rows > 0 else None


def _is_row(text: str, voc: Vocabulary) -> bool:
    """Whether a table line is a row: a label and the values after it."""
    words = text.split()
    return len(words) > 1 and values_of(text) is None and values_of(words[-1]) is not None \
        and not voc.table_caption.match(text)
