"""A table of prose cells printed a block of lines per cell, laid out column-aligned.

Under a header of years, ``pdftotext`` in its default mode prints each prose cell
as a block of its own; here the table is laid out as ``pdftotext -layout`` prints
it: cells side by side in one block are told apart (``text_columnar_cells``), a
dash between the header's years is the cell under the first, and a row going on
under the header repeated on the next page goes on in its cells.
"""

from __future__ import annotations

from .text_cell_opens import opens_cell
from .text_cell_paragraphs import paragraph_bounds
from .text_columnar_cells import cells_side_by_side, column_width, least_cells, side_by_side
from .text_grid_entries import PlainLine
from .text_line_cells import dealt_in_turn, interleaved_cells
from .text_lines import blank_between
from .text_merged_cells import group_cells, year_groups
from .text_prose import heads_prose_table, leading_years, runs_on, year_columns
from .text_sidebyside import Pairs, unending
from .text_values import fewest_values, values_of
from .text_vocab import Vocabulary
from .text_wrap import ends_short
from .text_year_headings import is_year, whole_year_heading, year_column_start, year_rest
from .textnorm import width

# A line this many times as wide as a row's widest cell line spans more than one
# column (half a column more: columns differ in width by less).
_SPANNING = 1.5
# How surely a cell's last word must end no clause for the cell to go on over a page
# where the width of its last line does not tell (``unending``).
_SURE = 0.5


def prose_cells(body: list[PlainLine], voc: Vocabulary, pairs: Pairs
                ) -> list[PlainLine] | None:
    """A table of prose cells under a header of years, printed a block of lines per
    cell (one block per year, a blank line between blocks), rewritten column-aligned
    as ``pdftotext -layout`` prints it: the years on one line, then each printed line
    of the row with the cells side by side; the blocks after the cells are left
    as they were (a cell's second paragraph, or text after the table). A dash alone
    in its block, or opening a block of text, is a cell of its own (no target), as
    is one printed between two years of the header (under its year). A block of
    ideographs whose lines hold several cells' pieces side by side holds as many
    cells as its widest line has pieces (``text_columnar_cells``). A row going on
    over the next page, under the header repeated there, goes on in the cells whose
    page ended full, one block each. Where every line is a block of its own, the
    cells' lines printed in turn, the lines on the header's page are dealt to the
    cells (``interleaved_cells``; ``pairs``: the document's wording). None for any
    other table: a cell of figures, or lines no reading deals to the cells. Year
    headings printed in groups, each over its cells' lines side by side, a
    justified line among them, are read by dealing each printed line's words to
    the cells (``text_merged_cells``). (Whether years head the table is asked once
    where finishing its header's first heading and setting its dashes apart left
    its lines as they were.)"""
    headed = heads_prose_table([ln.text for ln in body[1:]], voc)
    merged = _groups_dealt(body, voc, pairs) if headed else None
    if merged is not None:
        return merged
    finished = _heading_finished(body, voc)
    dashed, nils = _header_dashes(finished, voc)
    texts = [ln.text for ln in dashed]
    if not (headed if finished is body and not nils else heads_prose_table(texts[1:], voc)):
        return None
    body = dashed
    start = next(k for k in range(1, min(4, len(texts)))
                 if leading_years(texts[k:], voc))
    years = body[start:start + leading_years(texts[start:], voc)]
    if len(year_columns([y.text for y in years], voc)) != len(years):
        return None  # not a heading a line: not printed a block per cell
    if not nils.keys() <= {y.no for y in years}:
        return None  # a dash between years of another header further on
    blocks = _prose_blocks(body[start + len(years):])
    col = column_width([ln.text for block in blocks[:len(years)] for ln in block])
    first = _cell_blocks(blocks, len(years) - len(nils), col)
    if len(years) < 2 or not first:
        return None
    if all(len(b) == 1 for b in blocks[:first]):
        return _lines_dealt(body[:start], years, nils, blocks, pairs)
    table, rest = blocks[:first], blocks[first:]
    more_paragraphs = _paragraphs_after(rest, years, (_widest(table), voc))
    if more_paragraphs and all(_held(block, col) == 1 for block in table) \
            and not _goes_on(rest[more_paragraphs:], years):
        grouped = _regrouped([*table, *rest[:more_paragraphs]], len(table))
        if grouped is not None:
            table, rest = grouped, rest[more_paragraphs:]
    found = _block_cells(table, col)
    if found is None:
        return None
    more = _page_cells(found, rest, years, (col, pairs))
    if more is not None:
        rest = rest[more[0]:]
        for k, lines in more[1].items():
            found[k] += lines
    elif runs_on([[ln.text for ln in block] for block in blocks[:first + 1]]):
        return None
    if _not_prose(table, years):
        return None
    return _laid_out(body[:start], years, nils, found, table, rest)


def _paragraphs_after(rest: list[list[PlainLine]], years: list[PlainLine],
                      cells: tuple[int, Vocabulary]) -> int:
    """How many of the blocks after a row's first blocks (one a cell) are more
    paragraphs of its cells, printed in the cells' order: where the header's years
    are one block (an extractor that prints the page in the order it is drawn, cell
    after cell; one that sets blocks apart by where they stand prints each heading
    as a block, and a row's paragraphs a band of blocks at a time), those on the
    header's page that open like a sentence and fit a column (``cells``: the widest
    of the cells' lines; text after the table spans more than one), neither a dash
    alone, nor figures, nor a note under the table."""
    widest, voc = cells
    if _parted(years):
        return 0
    count = 0
    for block in rest:
        head = block[0].text
        if block[0].page != years[0].page or _nil(block) or not opens_cell(head) \
                or voc.table_note.match(head) or _widest([block]) > _SPANNING * widest \
                or any(fewest_values(ln.text) for ln in block):
            break
        count += 1
    return count


def _widest(blocks: list[list[PlainLine]]) -> int:
    """The width of the widest line of ``blocks``."""
    return max(width(ln.text) for block in blocks for ln in block)


def _goes_on(rest: list[list[PlainLine]], years: list[PlainLine]) -> bool:
    """Whether a row goes on under its header repeated on a later page (there the
    page's blocks, not the cells' order, tell which cells go on: ``_page_cells``)."""
    return any(ln.text == years[0].text and ln.page != years[0].page
               for block in rest for ln in block)


def _regrouped(blocks: list[list[PlainLine]], count: int) -> list[list[PlainLine]] | None:
    """Blocks of paragraphs in order joined into ``count`` cells as a row printed a
    paragraph a line is dealt to its cells (``paragraph_bounds``: neighbouring cells
    worded alike, further paragraphs short); None where no dealing keeps its rules."""
    bounds = paragraph_bounds([" ".join(ln.text for ln in block) for block in blocks], count)
    if bounds is None:
        return None
    return [[ln for block in blocks[a:b] for ln in block]
            for a, b in zip(bounds, bounds[1:], strict=False)]


def _lines_dealt(above: list[PlainLine], years: list[PlainLine], nils: dict[int, PlainLine],
                 blocks: list[list[PlainLine]], pairs: Pairs) -> list[PlainLine] | None:
    """The table laid out as ``prose_cells`` does, from its lines on the header's page
    printed each cell's line in turn (``interleaved_cells``); None when they are
    not so dealt, or are no prose."""
    table = [b for b in blocks if b[0].page == years[0].page]
    lines = [ln for block in table for ln in block]
    n = len(years) - len(nils)
    if _not_prose([[ln] for ln in lines], years) or not dealt_in_turn(len(lines), n):
        return None
    found = interleaved_cells([ln.text for ln in lines], n, pairs.glyphs)
    if found is None:
        return None
    return _laid_out(above, years, nils, found, [[lines[0]]], blocks[len(table):])


def _groups_dealt(body: list[PlainLine], voc: Vocabulary, pairs: Pairs) -> list[PlainLine] | None:
    """The table laid out as ``prose_cells`` does, from its year headings printed in
    groups, each over its cells' lines printed side by side (``year_groups``,
    ``group_cells``), for a table headed by years alone (``heads_prose_table``); None
    for cells not so dealt."""
    found = year_groups(body, voc)
    if found is None:
        return None
    above, groups = found
    cells: list[list[str]] = []
    for heads, lines in groups:
        got = group_cells(heads, lines, pairs.glyphs)
        if got is None:
            return None
        cells += got
    first = body[above]
    years = [PlainLine(first.no, head, first.page) for heads, _ in groups for head in heads]
    return _laid_out(body[:above], years, {}, cells, [[first]], [])


def _not_prose(table: list[list[PlainLine]], years: list[PlainLine]) -> bool:
    """Whether a table's blocks are no row of prose cells under ``years``: a block
    of figures (not a dash), a block holding a row's figures a line (as many lines
    of figures running as there are years: a table printed a cell a line), or one
    on another page."""
    return any((all(fewest_values(ln.text) for ln in block) and not _nil(block))
               or _figures_run(block, len(years))
               or block[-1].page != years[0].page for block in table)


def _figures_run(block: list[PlainLine], n: int) -> bool:
    """Whether ``n`` lines running in a block are each figures (a digit in each)."""
    run = 0
    for ln in block:
        figures = values_of(ln.text) is not None and any(c.isdigit() for c in ln.text)
        run = run + 1 if figures else 0
        if run >= n:
            return True
    return False


def _laid_out(above: list[PlainLine], years: list[PlainLine], nils: dict[int, PlainLine],
              found: list[list[str]], table: list[list[PlainLine]],
              rest: list[list[PlainLine]]) -> list[PlainLine]:
    """The lines ``above`` the header, then the header and the cells ``found`` (each
    cell's lines; the dashes ``nils`` under their years) laid out column-aligned,
    numbered as the table's longest block or on from its first line, then the
    blocks after the table (lines numbered on from its first line where the longest
    block is shorter than a cell or holds a blank line)."""
    cells = [[nils[y.no].text] if y.no in nils else found.pop(0) for y in years]
    wide = [max(len(y.text), *(len(t) for t in cell)) for y, cell in zip(years, cells,
                                                                        strict=True)]
    head = _aligned(years[0], [[y.text] for y in years], wide, 0)
    anchors = max(table, key=len)
    if len(anchors) < max(map(len, cells)) or _parted(anchors):
        anchors = [PlainLine(table[0][0].no + k, "", table[0][0].page)
                   for k in range(max(map(len, cells)))]
    rows = [_aligned(ln, cells, wide, k) for k, ln in enumerate(anchors[:max(map(len, cells))])]
    return [*above, head, *rows, *(ln for block in rest for ln in block)]


def _parted(lines: list[PlainLine]) -> bool:
    """Whether lines are numbered with a gap (a blank line between two paragraphs of
    a cell): laid out on them, the row would part there."""
    return any(map(blank_between, lines, lines[1:]))


# The most lines a narrow column's heading, wrapped, is finished on.
_HEADING_LINES = 4


def _heading_finished(body: list[PlainLine], voc: Vocabulary) -> list[PlainLine]:
    """``body`` with the first heading of its header finished: a narrow first column
    wraps its heading ("202", "0(", "实", "际)") and the mode prints its first line
    before the other headings and the rest after them (each a line of its own).
    The figures opening the header, a year's first digits (not a year: a year alone
    is a heading whose qualifier follows elsewhere), followed by the other year
    headings, take the lines after those that finish a year heading
    (``whole_year_heading``: "2020(实际)")."""
    top = next((k for k, ln in enumerate(body[:3]) if ln.text.isdigit()), None)
    if top is None or is_year(body[top].text, voc)\
            or not is_year(body[top].text.ljust(4, "0"), voc):
        return body
    after = next((k for k in range(top + 1, len(body))
                  if not year_column_start(body[k].text, voc)), len(body))
    if after == top + 1:
        return body
    heading = body[top].text
    for k in range(after, min(after + _HEADING_LINES, len(body))):
        heading += body[k].text
        if year_rest(heading, voc) and whole_year_heading(heading, voc):
            return [*body[:top], PlainLine(body[top].no, heading, body[top].page),
                    *body[top + 1:after], *body[k + 1:]]
    return body


def _header_dashes(body: list[PlainLine], voc: Vocabulary
                   ) -> tuple[list[PlainLine], dict[int, PlainLine]]:
    """A table's lines without the dashes printed alone between two year headings
    of its header (a cell with no target, set under its year: the mode reads it
    with the header's block), and those dashes by the number of the year above."""
    out: list[PlainLine] = []
    nils: dict[int, PlainLine] = {}
    for k, ln in enumerate(body):
        if out and k + 1 < len(body) and year_column_start(out[-1].text, voc)\
                and year_column_start(body[k + 1].text, voc) and _nil([ln]):
            nils[out[-1].no] = ln
        else:
            out.append(ln)
    return out, nils


def _prose_blocks(lines: list[PlainLine]) -> list[list[PlainLine]]:
    """Lines in blocks (lines next to each other on a page); a dash alone before a
    line of text is a block of its own."""
    blocks: list[list[PlainLine]] = []
    for ln in lines:
        if blocks and blocks[-1][-1].no + 1 == ln.no and blocks[-1][-1].page == ln.page\
                and not (len(blocks[-1]) == 1 and _nil(blocks[-1]) and not fewest_values(ln.text)):
            blocks[-1].append(ln)
        else:
            blocks.append([ln])
    return blocks


def _held(block: list[PlainLine], col: int) -> int:
    """How many prose cells a block holds: those side by side on its lines, or one."""
    texts = [ln.text for ln in block]
    return least_cells(texts, col) if any(side_by_side(t, col) for t in texts) else 1


def _cell_blocks(blocks: list[list[PlainLine]], n: int, col: int) -> int | None:
    """How many of the first blocks hold ``n`` prose cells; None when no number of
    them holds exactly so many."""
    held = 0
    for k, block in enumerate(blocks):
        if held >= n:
            return k if held == n else None
        held += _held(block, col)
    return len(blocks) if held == n else None


def _block_cells(blocks: list[list[PlainLine]], col: int) -> list[list[str]] | None:
    """The cells of prose blocks, in column order: a block's lines, or the cells
    side by side in it; None when those cannot be read."""
    out: list[list[str]] = []
    for block in blocks:
        held = _held(block, col)
        got = [[ln.text for ln in block]] if held == 1 else cells_side_by_side(
            [ln.text for ln in block], held, col)
        if got is None:
            return None
        out += got
    return out


def _page_cells(found: list[list[str]], rest: list[list[PlainLine]],
                years: list[PlainLine], measure: tuple[int, Pairs]
                ) -> tuple[int, dict[int, list[str]]] | None:
    """The rest of a row of cells ``found`` going on over the next page: after the
    header repeated there (the years, each as printed), a block for each cell, or
    else for each cell whose page ended with a full line (no room for the next
    block's first word), or else, where fewer blocks follow, for as many of those as
    most surely end with no clause's end ("of": ``unending``; ``measure``: the
    column's width and the document's wording), in order. How many blocks of
    ``rest`` that takes, and each such cell's lines by its place among the cells;
    None when the row does not go on so."""
    col, pairs = measure
    heads = [y.text for y in years]
    lines = [ln for block in rest for ln in block]
    if not lines or lines[0].page == years[0].page\
            or [ln.text for ln in lines[:len(heads)]] != heads:
        return None
    skip = next(k for k in range(len(rest) + 1) if sum(map(len, rest[:k])) >= len(heads))
    if skip >= len(rest):
        return None
    after = _cell_blocks(rest[skip:], len(found), col)
    open_ = list(range(len(found)))
    if after is None:  # not every cell goes on: those whose page ended full
        below = rest[skip][0].text
        open_ = [k for k, cell in enumerate(found) if not ends_short(cell[-1], below, col)]
        after = _cell_blocks(rest[skip:], len(open_), col)
    if after is None:  # fewer blocks than such cells: the cells most surely unfinished
        held = sum(_held(block, col) for block in rest[skip:])
        open_ = _most_unfinished(found, open_, held, pairs)
        after = _cell_blocks(rest[skip:], len(open_), col)
    if not open_ or after is None:
        return None
    more = _block_cells(rest[skip:skip + after], col)
    return None if more is None else (skip + after, dict(zip(open_, more, strict=True)))


def _most_unfinished(found: list[list[str]], open_: list[int], count: int,
                     pairs: Pairs) -> list[int]:
    """Of the cells ``open_`` (places in ``found``), the ``count`` whose last word most
    surely ends no clause, more surely than not, in column order; none where fewer
    are so."""
    sure = {k: unending(found[k][-1].split()[-1].lower(), pairs) for k in open_}
    ranked = sorted((k for k in open_ if sure[k] > _SURE), key=lambda k: -sure[k])
    return sorted(ranked[:count]) if len(ranked) >= count else []


def _nil(block: list[PlainLine]) -> bool:
    """Whether a block of lines is a dash alone: a cell of its own (no target; two
    dashes in one block tell no cells apart)."""
    return len(block) == 1 and fewest_values(block[0].text) == [block[0].text]\
        and not any(ch.isdigit() for ch in block[0].text)


def _aligned(ln: PlainLine, cells: list[list[str]], wide: list[int], k: int) -> PlainLine:
    """Printed line ``k`` of cells laid side by side, each column ``wide`` characters
    and two spaces apart, as a line numbered as ``ln`` (the spaces before its text
    as its indent, as column-aligned text is read)."""
    text = "  ".join((col[k] if k < len(col) else "").ljust(w)
                     for col, w in zip(cells, wide, strict=True)).rstrip()
    return PlainLine(ln.no, text.lstrip(), ln.page, len(text) - len(text.lstrip()))
