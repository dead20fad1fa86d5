"""Ruled tables: find them from horizontal rules, read their grid from text positions.

A table is a run of full-width rules of one extent with nothing but table text
between them. The first rule under the top one closes the header; a shorter rule
inside the header marks a spanning group ("变动" over five columns). Columns are the
x-intervals covered by body cells (numbers are right-aligned, so their extents, not
their starts, define a column), one per header cell: each interval joins the header
cell it lines up with. Rows are separated by a larger vertical gap than the lines of
one wrapped cell; a row a page break cut in two is joined again.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .model import BBox, HeaderCell
from .pdf_graphics import Rule
from .pdf_lines import Line, Span
from .pdf_settings import PdfSettings, PdfVocab
from .table_core import spanned_header
from .textnorm import is_cjk, join_wrapped


@dataclass
class GridRow:
    """One body row as read on the page, before indents are ranked across pages."""

    cells: list[str] | None
    span: str | None
    x: float  # left edge of the row's label, for indent ranking
    bold: bool
    bbox: BBox
    room: list[float] | None = None  # per cell, space left on its last line (x size)


@dataclass
class TableRegion:
    """The rules and lines of one ruled block on one page."""

    page: int
    rules: list[Rule]
    partial: list[Rule]
    lines: list[Line] = field(default_factory=list)

    @property
    def top(self) -> float:
        return self.rules[0].y

    @property
    def bottom(self) -> float:
        return self.rules[-1].y

    @property
    def x0(self) -> float:
        return min(r.x0 for r in self.rules)

    @property
    def x1(self) -> float:
        return max(r.x1 for r in self.rules)

    def bbox(self) -> BBox:
        return BBox(self.x0, self.top, self.x1, self.bottom)


@dataclass
class Grid:
    """A region read as header rows and body rows."""

    header: list[list[HeaderCell]]
    rows: list[GridRow]
    notes: list[str] = field(default_factory=list)  # lettered notes printed under the rows
    open_label: bool = False  # the last row's label may go on past a page break


def _breaks_table(line: Line, body_size: float, vocab: PdfVocab, settings: PdfSettings,
                  width: float = 0.0) -> bool:
    """Whether ``line`` cannot be table text: a caption, part label (one cell of text:
    a row of cells can open with a bracketed figure, "(1)") or note, or a line
    of body size that runs wider than half ``width`` with no word gap wider than a
    justified line stretches, after a section's paragraph number ("27.I.22") hanging
    in the margin if it has one (a paragraph; Word sets the text cells of performance
    tables in body size, each within its column, and neighbouring cells can join into
    one span across a narrow gutter)."""
    text = line.text
    spans = line.spans
    first = spans[0].text if spans else ""
    if len(spans) == 2 and vocab.paragraph_number.match(first) and not first.endswith("."):
        spans = spans[1:]  # a section's paragraph number hanging in the margin: no cell
    wide = (line.size >= body_size - settings.size_tolerance and len(spans) == 1
            and line.x1 - line.x0 > width / 2)
    return ((wide and not spans[0].has_gutter(settings.cell_gap_ratio * line.size,
                                              settings.justified_gap_ratio * line.size))
            or bool(vocab.table_caption.match(text) or vocab.figure_caption.match(text)
                    or (vocab.part_label.match(text) and len(line.spans) <= 2)
                    or vocab.note_start.match(text)))


def find_regions(lines: list[Line], rules: list[Rule], page: int, body_size: float,
                 vocab: PdfVocab, settings: PdfSettings) -> list[TableRegion]:
    """Group a page's rules into table regions and hand each its lines."""
    tol = settings.rule_thickness_ratio * body_size * 4
    extents: list[list[Rule]] = []
    for r in sorted(rules, key=lambda r: -(r.x1 - r.x0)):
        for group in extents:
            if abs(group[0].x0 - r.x0) <= tol and abs(group[0].x1 - r.x1) <= tol:
                group.append(r)
                break
        else:
            extents.append([r])
    regions: list[TableRegion] = []
    chains: list[list[Rule]] = []
    for group in extents:
        group.sort(key=lambda r: r.y)
        chain = [group[0]]
        for i, r in enumerate(group[1:], start=2):
            below = group[i] if i < len(group) else None
            band = [ln for ln in lines if chain[-1].y < ln.top and ln.bottom < r.y]
            between = [ln for ln in band if ln.x0 < r.x1 and ln.x1 > r.x0]
            width = min(r.x1, chain[-1].x1) - max(r.x0, chain[-1].x0)
            if _parts_tables(band, between, body_size, vocab, settings, width) \
                    or _repeats_header(chain, r, below, lines, vocab):
                chains.append(chain)
                chain = [r]
            else:
                chain.append(r)
        chains.append(chain)
    for chain in chains:
        chain = _without_bare_top(chain, lines)
        if len(chain) == 1:
            chain = _closed_by_cell_borders(chain[0], rules, lines, body_size, vocab, settings)
        if len(chain) > 1:
            regions.append(TableRegion(page, chain, []))
    regions = [g for g in regions if not any(
        o is not g and o.top <= g.top and g.bottom <= o.bottom and o.x1 - o.x0 > g.x1 - g.x0
        for o in regions)]
    for reg in regions:
        reg.partial = [r for r in rules if r not in reg.rules and reg.top < r.y < reg.bottom
                       and r.x0 >= reg.x0 - tol and r.x1 <= reg.x1 + tol]
        reg.lines = [ln for ln in lines if reg.top < (ln.top + ln.bottom) / 2 < reg.bottom
                     and ln.x0 < reg.x1 and ln.x1 > reg.x0]
        reg.lines += _open_end(reg, lines, body_size, vocab, settings)
    # rules that enclose no text are a frame, not a table (the cover's symbol box)
    return sorted((g for g in regions if g.lines), key=lambda g: g.top)


def _without_bare_top(chain: list[Rule], lines: list[Line]) -> list[Rule]:
    """The chain without its leading rules that enclose no text with the next one (the
    rule under a page's running head, over a table that opens the page): the table
    starts at the last of them, so that a header its first two rules enclose is read
    as one."""
    while len(chain) > 2 and not any(chain[0].y < ln.top and ln.bottom < chain[1].y
                                     for ln in lines):
        chain = chain[1:]
    return chain


def _parts_tables(band: list[Line], between: list[Line], body_size: float, vocab: PdfVocab,
                  settings: PdfSettings, width: float) -> bool:
    """Whether the lines between two rules (``between``: under the rules, of the page's
    lines in their ``band``) part two tables: a line of prose among them (see
    :func:`_breaks_table`), unless one of them prints three cells or more (a row: its
    prose-wide lines are cells' text run together across narrow gutters) and no
    caption, part label or note lies in the band, beside the rules or under them."""
    if not any(_breaks_table(ln, body_size, vocab, settings, width) for ln in between):
        return False
    return not any(len(ln.spans) >= 3 for ln in between) or any(
        _breaks_table(ln, body_size, vocab, settings, float("inf")) for ln in band)


def _repeats_header(chain: list[Rule], r: Rule, below: Rule | None, lines: list[Line],
                    vocab: PdfVocab) -> bool:
    """Whether rule ``r`` opens a table of its own: the text between it and the next
    rule ``below`` repeats the header the chain opened with (its cells past the first,
    not all figures: rows ruled one by one can repeat their dashes), and a table repeats
    its header only over a page break, never on one page."""
    def cells(top: Rule, bottom: Rule) -> list[str]:
        spans = sorted((s for ln in lines if top.y < ln.top and ln.bottom < bottom.y
                        for s in ln.spans), key=lambda s: (s.x0, s.top))
        return [s.text for s in spans[1:]]

    if below is None or len(chain) < 2:
        return False
    head = cells(chain[0], chain[1])
    return (any(not vocab.data_cell.match(t) for t in head)
            and cells(r, below) == head)


def _closed_by_cell_borders(top: Rule, rules: list[Rule], lines: list[Line], body_size: float,
                            vocab: PdfVocab, settings: PdfSettings) -> list[Rule]:
    """A lone full rule over a header that only its cells' own borders close (LibreOffice
    draws the bottom border of the sub-header cells, not of the header): the rule and a
    rule at the lowest such border, when nothing between reads as text outside a table
    and the rule sits under a table caption or the first line of several cells under the
    first border prints a row of figures (a header repeated after a page break); else the
    lone rule (a page-head rule, a chart's axis)."""
    tol = settings.rule_thickness_ratio * body_size * 4
    above = sorted((ln for ln in lines if ln.bottom <= top.y), key=lambda ln: -ln.bottom)
    captioned = any(vocab.table_caption.match(ln.text) or vocab.unit_line.match(ln.text)
                    or vocab.part_label.match(ln.text) for ln in above[:settings.caption_max_lines])
    below = sorted((r for r in rules if r.y > top.y and r.x0 >= top.x0 - tol
                    and r.x1 <= top.x1 + tol and r.x1 - r.x0 < top.x1 - top.x0 - tol),
                   key=lambda r: r.y)
    closing = None
    for r in below:
        between = [ln for ln in lines if top.y < ln.top and ln.bottom < r.y
                   and ln.x0 < top.x1 and ln.x1 > top.x0]
        if not between or any(_breaks_table(ln, body_size, vocab, settings, top.x1 - top.x0)
                               for ln in between):
            break
        closing = r
    if closing is None:
        return [top]
    head = below[0].y  # the first border: the header's, with no row of figures above it
    under = min((ln for ln in lines if ln.top > head and len(ln.spans) > 1),
                key=lambda ln: ln.top, default=None)  # past the labels of sections
    figures = any(_data_line(ln, vocab) for ln in lines if top.y < ln.top and ln.bottom < head)
    if not captioned and (under is None or not _data_line(under, vocab) or figures):
        return [top]
    return [top, Rule(top.x0, top.x1, closing.y)]


def _open_end(reg: TableRegion, lines: list[Line], body_size: float, vocab: PdfVocab,
              settings: PdfSettings) -> list[Line]:
    """The rows of a table that its last rule does not close. When the rules hold body
    rows, the last one closes the table unless every line left under it reads as table
    text (a page break cut the table). When they hold only the header (producers that
    rule the header alone, or a page break under the header), the rows are the lines
    under it down to the first that reads as body text (a line of prose wider than half
    the table and reaching the second header cell: a narrow line of one text cell, a
    wrapped label within the first column, or bold lines right under the header, the
    label of the first section, are a row's, and so is a line clear of the first and the
    last header cells, within the columns between them, which body text running to the
    margin never is, and a line closer to the line above or below it than its own
    height: cells centred beside each other at different heights, which lines of prose
    never are), a caption, a line larger than body text (a heading), or a line that
    leaves the table's width."""
    below = sorted((ln for ln in lines if ln.top > reg.bottom), key=lambda ln: ln.top)
    if not below or not reg.lines:
        return []
    inner = reg.rules[1:-1]
    header_only = not any(ln.top > r.y for r in inner for ln in reg.lines) if inner else True
    out: list[Line] = []
    width = reg.x1 - reg.x0 if header_only else 0.0
    heads = _merge([(s.x0, s.x1) for h in reg.lines for s in h.spans])
    stub = heads[1][0] if len(heads) > 1 else reg.x0  # where the second header cell starts
    seq = [max(reg.lines, key=lambda ln: ln.top), *below]
    beside = {id(ln) for a, b in zip(seq, seq[1:], strict=False)
              if b.top - a.top < min(a.size, b.size) for ln in (a, b)}
    for ln in below:
        narrow = header_only and (ln.x1 < stub  # within the first column: a label's line
                                  or (ln.bold and all(o.bold for o in out))
                                  or heads[0][1] < ln.x0 and ln.x1 < heads[-1][0]
                                  or id(ln) in beside)
        if (_breaks_table(ln, body_size, vocab, settings, float("inf") if narrow else width)
                or ln.size > body_size + settings.size_tolerance
                or ln.x0 < reg.x0 - body_size / 2 or ln.x1 > reg.x1 + body_size / 2):
            if header_only:
                break
            return []
        out.append(ln)
    return out


def _merge(extents: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Join x-extents that overlap or touch into disjoint intervals, left to right."""
    out: list[tuple[float, float]] = []
    for x0, x1 in sorted(extents):
        if out and x0 <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], x1))
        else:
            out.append((x0, x1))
    return out


def _touches(x0: float, x1: float, intervals: list[tuple[float, float]]) -> int:
    return sum(1 for a, b in intervals if a - 1 <= x1 and x0 <= b + 1)


def _ink(span: Span) -> tuple[float, float]:
    """What a span prints, from its first word to its last: Word ends each cell's text
    with a space glyph that reaches into the gutter, as far as the next cell's figure
    can start."""
    return (span.words[0].x0, span.words[-1].x1) if span.words else (span.x0, span.x1)


def _coverage(lines: list[Line], heads: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Columns as the x-intervals covered by the cells of multi-cell lines; a lone cell
    (a one-cell line such as "—") counts where no such interval reaches. A cell that
    runs under several header cells counts nowhere (a row spanning the table, which a
    wide word gap of justified text can cut in two)."""
    multi = _merge([_ink(s) for ln in lines if len(ln.spans) > 1 for s in ln.spans
                    if _touches(*_ink(s), heads) <= 1])
    lone = [_ink(s) for ln in lines if len(ln.spans) == 1 for s in ln.spans
            if heads and not _touches(*_ink(s), multi) and _touches(*_ink(s), heads) <= 1]
    return _merge(multi + lone)


def _misalign(c: tuple[float, float], h: tuple[float, float]) -> float:
    """How far a body interval is from lining up with a header cell: cells align with
    their header at the left edge (text) or at the right edge (numbers)."""
    return min(abs(c[0] - h[0]), abs(c[1] - h[1]))


def _assign(cover: list[tuple[float, float]], heads: list[tuple[float, float]],
            skip: float) -> list[int]:
    """The header cell of each body interval, in order, each header cell taking at least
    one where it can (``skip`` is the cost of leaving one empty); least misalignment."""
    n = len(heads)
    best = [_misalign(cover[0], h) + skip * j for j, h in enumerate(heads)]
    back: list[list[int]] = []
    for c in cover[1:]:
        row, ptr = [], []
        for j, h in enumerate(heads):
            k = min(range(j + 1), key=lambda k: best[k] + skip * max(j - k - 1, 0))
            row.append(best[k] + skip * max(j - k - 1, 0) + _misalign(c, h))
            ptr.append(k)
        best = row
        back.append(ptr)
    j = min(range(n), key=lambda j: best[j] + skip * (n - 1 - j))
    out = [j]
    for ptr in reversed(back):
        j = ptr[j]
        out.append(j)
    return out[::-1]


def _between(c: tuple[float, float], cover: list[tuple[float, float]],
             heads: list[tuple[float, float]], body: list[Line]) -> bool:
    """Whether body interval ``c`` is a column of its own with a blank header cell: it
    lies under no header cell, and a line prints a cell in it beside cells in both
    intervals next to it (so it can be neither neighbour's column)."""
    i = cover.index(c)
    if i == 0 or i == len(cover) - 1 or _touches(c[0], c[1], heads):
        return False
    near = (cover[i - 1], c, cover[i + 1])
    return any(all(any(a <= s.x0 and s.x1 <= b for s in ln.spans) for a, b in near)
               for ln in body)


def _group_gaps(groups: list[Rule]) -> list[tuple[float, float]]:
    """The gaps between neighbouring group rules of one header row."""
    ordered = sorted(groups, key=lambda r: (r.y, r.x0))
    return [(a.x1, b.x0) for a, b in zip(ordered, ordered[1:], strict=False)
            if a.y == b.y and a.x1 < b.x0]


def _spacers_between_groups(cover: list[tuple[float, float]], heads: list[tuple[float, float]],
                            groups: list[Rule]) -> list[tuple[float, float]]:
    """The columns with an empty column added in each gap between two neighbouring
    header groups that has none, when the gap between two other groups holds a column
    under no header cell: a table that sets its groups apart with a spacer column does
    so between every pair (Word's posts tables), though a spacer that no row fills
    prints nothing to show it (LibreOffice)."""
    gaps = _group_gaps(groups)
    inner = cover[1:-1]
    spacer = [c for c in inner if not _touches(c[0], c[1], heads)]
    if not any(c[0] < g1 and g0 < c[1] for c in spacer for g0, g1 in gaps):
        return cover
    empty = [g for g in gaps if not any(c[0] < g[1] and g[0] < c[1] for c in cover)]
    return sorted(cover + empty)


def _fit_to_header(cover: list[tuple[float, float]], heads: list[tuple[float, float]],
                   skip: float, body: list[Line]) -> list[tuple[float, float]]:
    """One column per header cell, holding the body intervals assigned to it: a text
    cell left-aligned under a right-aligned header, or a right-aligned "—" under a
    left-aligned one, joins that header's column rather than making one of its own.
    Intervals wholly outside the header cells (under a blank corner cell), or between
    two header cells with cells of their own beside both neighbours (a spacer column
    LibreOffice fills in one row), stay apart."""
    if not heads:
        return cover
    inner = [c for c in cover if c[1] >= heads[0][0] and c[0] <= heads[-1][1]
             and not _between(c, cover, heads, body)]
    cols = [list(h) for h in heads]
    for c, j in zip(inner, _assign(inner, heads, skip) if inner else [], strict=True):
        cols[j] = [min(cols[j][0], c[0]), max(cols[j][1], c[1])]
    outer = [c for c in cover if c not in inner]
    return sorted(outer + [(a, b) for a, b in cols])


def _column_of(x: float, bounds: list[float]) -> int:
    return sum(1 for b in bounds if x >= b)


def _group_rows(lines: list[Line], settings: PdfSettings,
                figure: re.Pattern[str]) -> list[list[Line]]:
    """Lines into rows by baseline pitch: the smallest pitch is that of wrapped lines in
    one cell, unless it is already wider than a line of text (every line is a row of
    its own) in a table whose rows are not set clearly farther apart (an HTML table's
    lines stand 1.5 sizes apart, its rows twice that); a pitch that exceeds it by a
    fraction of the size starts a row. Pitch, not the blank gap, because the gap
    shrinks with the font's ascent and descent. The wrap
    pitch is measured between lines that share a column: cells centred vertically set
    their lines on baselines of their own, interleaved with their neighbours'."""
    if not lines:
        return []
    pairs = list(zip(lines, lines[1:], strict=False))
    size = statistics.median(ln.size for ln in lines)

    def text(ln: Line) -> list[Span]:
        """Spans of text size: a raised note letter can share a baseline with another
        column's text and is no line of its own cell."""
        return [s for s in ln.spans if s.size >= settings.superscript_size * size]

    def stacked(a: Line, b: Line) -> list[float]:
        """The pitches of the spans of ``b`` set under a span of ``a`` in one column,
        span by span: the cells of one row can sit a little off each other's baseline
        and still read as one line, whose lowest glyph then says nothing of its cells."""
        return [t.bottom - s.bottom for s in text(a) for t in text(b)
                if s.x0 < t.x1 and t.x0 < s.x1]

    def pitch(a: Line, b: Line) -> float:
        """The pitch most columns agree on (a span run across a narrow gutter pairs
        with the wrong column's line too)."""
        own = stacked(a, b)
        return statistics.median(own) if own else b.bottom - a.bottom

    pitches = [pitch(a, b) for a, b in pairs]
    wrap = min((p for (a, b), p in zip(pairs, pitches, strict=True) if stacked(a, b)),
               default=min(pitches, default=0.0))
    step = settings.row_pitch_step * size
    across = _pitch_across_centred(lines, stacked)
    apart = [p for p in pitches if p > settings.baseline_ratio * size]  # not one baseline
    if wrap <= settings.wrap_pitch_ratio * size or (
            wrap <= settings.loose_wrap_ratio * size and apart
            and statistics.median(apart) >= settings.loose_row_ratio * wrap):
        limit = wrap + step
    else:  # a centred cell between the lines of a wrapped one: a wrap, however wide
        limit = across + step if across < wrap + step else 0.0
    rows = [[lines[0]]]
    for gap, ln in zip(pitches, lines[1:], strict=False):
        # a text line under no column of the line above (a label merged down over rows
        # wraps past the next row's first line) takes its pitch from the row's line
        # above it in its own columns (figures are placed by :func:`_merged_rows`)
        # (not under a line that prints a label left of its figures: that line's row has
        # its own label, and the text line wraps it, however its lines are indented)
        text_only = not any(figure.match(sp.text) for sp in ln.spans)
        prev = rows[-1][-1]
        above = None if not text_only or stacked(prev, ln) or _labelled(prev, figure) else next(
            (x for x in reversed(rows[-1]) if stacked(x, ln)), None)
        if above is not None:
            gap = statistics.median(stacked(above, ln))
        if gap > limit:
            rows.append([ln])
        else:
            rows[-1].append(ln)
    return rows


def _rows_of_column_cells(lines: list[Line], groups: list[list[Line]], bounds: list[float],
                          settings: PdfSettings, figure: re.Pattern[str]) -> list[list[Line]]:
    """Rows told column by column, where the pitch of whole lines cannot tell them: in a
    table whose cells are centred vertically (LibreOffice from HTML), the lines of
    neighbouring cells interleave, closer than a line's height. The cells (see
    :func:`_column_cells`) whose heights overlap make one row (a centred cell lies
    within its row's tallest). Where no lines interleave, the lines can share one
    baseline grid, the pitch then making every line a row: the cells are read so when
    some cell sits inset a line or more from both ends of its row (centred), and no
    row holds two figures in one column (figures never wrap: the pitch was the rows').
    The pitch's ``groups`` stand otherwise, or where the cells of a row so found are
    not centred on one height (cells set at the top of their rows, other pitches)."""
    if not bounds or len(lines) < 3:
        return groups
    interleaved = any(b.top - a.top < min(a.size, b.size)
                      for a, b in zip(lines, lines[1:], strict=False))
    if not interleaved and any(len(g) > 1 for g in groups):
        return groups
    rows: list[tuple[float, list[_ColumnCell]]] = []
    for cell in sorted(_column_cells(lines, bounds, settings), key=lambda c: c.top):
        if rows and cell.top < rows[-1][0]:
            rows[-1] = (max(rows[-1][0], cell.bottom), [*rows[-1][1], cell])
        else:
            rows.append((cell.bottom, [cell]))
    size = statistics.median(ln.size for ln in lines)
    if not all(_centred(row, settings.centre_ratio * size) for _, row in rows):
        return groups
    if not interleaved and not (any(_inset(row, size) for _, row in rows)
                                and not any(_figures_stack(row, figure) for _, row in rows)):
        return groups
    out = []
    for _, row in rows:
        by_line: dict[int, list[Span]] = {}
        for cell in row:
            for s, i in cell.pieces:
                by_line.setdefault(i, []).append(s)
        out.append([replace(lines[i], spans=sorted(ss, key=lambda s: s.x0))
                    for i, ss in sorted(by_line.items())])
    return out


@dataclass
class _ColumnCell:
    """The spans of one column set at its wrap pitch (with the index of each one's
    line), from the top of the first to the bottom of the last."""

    column: int
    top: float
    bottom: float
    pieces: list[tuple[Span, int]]


def _column_cells(lines: list[Line], bounds: list[float],
                  settings: PdfSettings) -> list[_ColumnCell]:
    """Each column's spans in cells: a step wider than the table's wrap pitch (the
    least pitch within a column) parts two cells (a row adds the cells' padding)."""
    size = statistics.median(ln.size for ln in lines)
    columns: dict[int, list[tuple[Span, int]]] = {}
    for i, ln in enumerate(lines):
        for s in ln.spans:
            columns.setdefault(_column_of(s.x0 + 0.5, bounds), []).append((s, i))
    pitches = [b.bottom - a.bottom for col in columns.values()
               for (a, _), (b, _) in zip(col, col[1:], strict=False)]
    wrap = min((p for p in pitches if p > settings.row_baseline_ratio * size), default=0.0)
    limit = wrap + settings.row_pitch_step * size
    cells: list[_ColumnCell] = []
    for c, col in columns.items():
        for k, (s, i) in enumerate(col):
            if k == 0 or s.bottom - col[k - 1][0].bottom > limit:
                cells.append(_ColumnCell(c, s.top, s.bottom, []))
            cells[-1].bottom = s.bottom
            cells[-1].pieces.append((s, i))
    return cells


def _figures_stack(row: list[_ColumnCell], figure: re.Pattern[str]) -> bool:
    """Whether a row holds two figures in one column: figures never wrap, so the cells
    so joined are rows of their own."""
    counts = Counter(c.column for c in row for s, _ in c.pieces if figure.match(s.text))
    return any(n > 1 for n in counts.values())


def _inset(row: list[_ColumnCell], size: float) -> bool:
    """Whether a cell of the row starts a line or more under the row's top and ends as
    far above its bottom: a cell centred beside a taller one."""
    top, bottom = min(c.top for c in row), max(c.bottom for c in row)
    return any(c.top - top >= size and bottom - c.bottom >= size for c in row)


def _centred(row: list[_ColumnCell], tolerance: float) -> bool:
    """Whether the cells of a row, each column's taken whole (a line of a cell read
    into another column leaves a gap in its own), share one centre to ``tolerance``."""
    extents: dict[int, tuple[float, float]] = {}
    for cell in row:
        top, bottom = extents.get(cell.column, (cell.top, cell.bottom))
        extents[cell.column] = (min(top, cell.top), max(bottom, cell.bottom))
    centres = [(top + bottom) / 2 for top, bottom in extents.values()]
    return max(centres) - min(centres) <= tolerance


def _labelled(line: Line, figure: re.Pattern[str]) -> bool:
    """Whether a line prints text left of its first figure: a row's label beside its
    values."""
    first = min((s.x0 for s in line.spans if figure.match(s.text)), default=None)
    return first is not None and any(s.x1 <= first and not figure.match(s.text)
                                     for s in line.spans)


def _pitch_across_centred(lines: list[Line],
                          stacked: Callable[[Line, Line], list[float]]) -> float:
    """The smallest pitch between two lines of one column with lines of other columns
    set between them: a cell centred vertically beside a wrapped one (LibreOffice) puts
    its line between the wrapped lines, which rows never do (the cells of one row start
    on one baseline, or are centred within it). Infinite when no such pair exists."""
    best = float("inf")
    for j, b in enumerate(lines):
        i = next((i for i in range(j - 1, -1, -1) if stacked(lines[i], b)), None)
        if i is not None and i < j - 1:
            best = min(best, statistics.median(stacked(lines[i], b)))
    return best


def _cells(spans_by_line: list[list[Span]], bounds: list[float], ncols: int,
           by_center: bool) -> list[str]:
    parts: list[list[str]] = [[] for _ in range(ncols)]
    for spans in spans_by_line:
        for s in spans:
            x = (s.x0 + s.x1) / 2 if by_center else s.x0 + 0.5
            parts[min(_column_of(x, bounds), ncols - 1)].append(s.text)
    return [join_wrapped(p) for p in parts]


def _header_texts(lines: list[list[Span]], bounds: list[float], ncols: int,
                  settings: PdfSettings, runs_on: tuple[str, ...]) -> list[str]:
    """Header cell texts: a wrapped header line keeps the column of the line above it
    that shares its left or right edge, else goes by its centre."""
    placed: list[tuple[Span, int]] = []
    parts: list[list[Span]] = [[] for _ in range(ncols)]
    for row in lines:
        here = []
        for s in row:
            col = next((c for p, c in placed if abs(p.x0 - s.x0) < 1 or abs(p.x1 - s.x1) < 1),
                       None)
            if col is None:
                col = min(_column_of((s.x0 + s.x1) / 2, bounds), ncols - 1)
            here.append((s, col))
            parts[col].append(s)
        placed.extend(here)
    return [_header_cell_text(p, settings, runs_on) for p in parts]


def _header_cell_text(spans: list[Span], settings: PdfSettings,
                      runs_on: tuple[str, ...]) -> str:
    """The lines of one header cell joined, as :func:`join_wrapped` does, except where
    the words run on with no space:
    - after a line ending in one of ``runs_on``: a compound wrapped at its slash or
      hyphen ("New/" / "expanded mandates");
    - across a word cut at the edge of a column narrower than itself (LibreOffice
      breaks such a word anywhere): a line running to the cell's widest line and
      ending in a digit, before a line opening with one ("202" / "0(实际)"), or before
      a line of one lower-case letter or mark ("Nationa" / "l", "(decrease" / ")");
      a line that stops short of that edge ended at a space;
    - before a line opening with a bracket around CJK text, as CJK text does ("2020" /
      "(实际)")."""
    if not spans:
        return ""
    edge = max(s.x1 for s in spans)
    out = ""
    for prev, s in zip([None, *spans], spans, strict=False):
        text = _unspaced(s, settings).strip()
        cut = prev is not None and prev.x1 >= edge - s.size / 2
        if prev is not None and ((cut and out[-1:].isdigit() and text[:1].isdigit())
                                 or (cut and len(text) == 1 and (text.islower() or text in ")]"))
                                 or out.endswith(runs_on)
                                 or (text[:1] in "([" and is_cjk(text[1:2] or " "))):
            out += text
        else:
            out = join_wrapped([out, text])
    return out


def _unspaced(span: Span, settings: PdfSettings) -> str:
    """A span's text, with no space between glyphs set evenly apart one by one with no
    space glyph (LibreOffice spreads a header cell's glyphs over its width: "2 0 2 0
    (实际)" is "2020(实际)"); any other span's text as read."""
    words = span.words
    gaps = span.gaps()
    if (len(words) < 3 or any(len(w.text) > 1 or w.spaced for w in words)
            or max(gaps) - min(gaps) > settings.even_gap_ratio * span.size):
        return span.text
    return "".join(w.text for w in words)


def _header(lines: list[Line], partial: list[Rule], cover: list[tuple[float, float]],
            bounds: list[float], settings: PdfSettings, vocab: PdfVocab,
            blank: set[int]) -> list[list[HeaderCell]]:
    """The header rows; a column with no header cell (``blank``) at either end of a
    group's run that reaches into the gap between its rule and the next group's is the
    spacer between the two groups (its dash set over the gap), not one of its columns."""
    ncols = len(cover)
    groups = []
    gaps = _group_gaps(partial)
    for rule in partial:
        cols = [i for i, (a, b) in enumerate(cover) if rule.x0 <= (a + b) / 2 <= rule.x1]
        if cols and cols[0] in blank and any(g1 == rule.x0 and cover[cols[0]][0] < g1
                                             for _, g1 in gaps):
            cols.pop(0)
        if cols and cols[-1] in blank and any(g0 == rule.x1 and cover[cols[-1]][1] > g0
                                              for g0, _ in gaps):
            cols.pop()
        above = [s for ln in lines if ln.bottom <= rule.y for s in ln.spans
                 if rule.x0 <= (s.x0 + s.x1) / 2 <= rule.x1]
        if cols:
            groups.append((cols, join_wrapped([s.text for s in above]), rule.y))
    grouped = {c: g for g in groups for c in g[0]}
    spans: list[list[Span]] = []
    for ln in lines:
        row = []
        for s in ln.spans:
            g = grouped.get(_column_of((s.x0 + s.x1) / 2, bounds))
            if g is None or s.bottom > g[2]:
                row.append(s)
        spans.append(row)
    texts = _header_texts(spans, bounds, ncols, settings, vocab.header_runs_on)
    return spanned_header(texts, [(range(cols[0], cols[-1] + 1), label)
                                  for cols, label, _ in groups])


def _group_rules(partial: list[Rule], full: list[Rule]) -> list[Rule]:
    """The header's group rules cut at each gap between their segments that no full
    rule of the table has too: the bottom borders of two neighbouring group cells, a
    gap apart (LibreOffice), are two groups; a gap that every rule shares is where a
    vertical border crosses them (Word)."""
    shared = [g for r in full for g in r.gaps]
    out: list[Rule] = []
    for r in partial:
        x0 = r.x0
        for a, b in r.gaps:
            if not any(c < b and a < d for c, d in shared):
                out.append(Rule(x0, a, r.y))
                x0 = b
        out.append(Rule(x0, r.x1, r.y))
    return out


def _over_cells(span: Span, spans: list[Span]) -> bool:
    """Whether a header span sits over two or more header cells below it: a group label
    ("变动") whose rule the producer left out, which would join its cells' columns."""
    return sum(1 for s in spans if s.top >= span.bottom - span.size / 2
               and s.x0 < span.x1 and span.x0 < s.x1) > 1


def _cut_at_column_starts(body: list[Line], head: list[Line],
                          settings: PdfSettings) -> list[Line]:
    """Body lines cut before each word that starts where a header cell starts, or where
    the spans of several body lines start (the left edge of a text column under a
    centred header cell), after a gap that reads as a gutter: left-aligned text columns
    (performance measures) whose neighbouring cells run into one span across a gutter
    a few points wide."""
    if not body or sum(len(ln.spans) for ln in head) < 2:
        return body
    size = body[0].size
    tol = settings.align_ratio * size
    runs = [s for ln in body for s in ln.spans if len(s.text) > 1]  # no letter-spaced glyph
    edges = Counter(round(s.x0 / tol) for s in runs)
    shared = {s.x0 for s in runs if edges[round(s.x0 / tol)] >= settings.column_edge_lines}
    starts = sorted({s.x0 for ln in head for s in ln.spans} | shared)
    return [replace(ln, spans=[p for s in ln.spans for p in s.split_before(
        starts, tol, settings.cell_gap_ratio * size)]) for ln in body]


def _modal_cover(body: list[Line]) -> list[tuple[float, float]]:
    """The columns the body lines with the most spans that a fifth of the multi-span
    lines (and at least two) share cover: the lines that print every cell."""
    counts = Counter(len(ln.spans) for ln in body if len(ln.spans) > 1)
    floor = min(max(2, 0.2 * sum(counts.values())), max(counts.values(), default=0))
    common = [n for n, k in counts.items() if k >= floor]
    if not common:
        return []
    return _merge([_ink(s) for ln in body if len(ln.spans) == max(common) for s in ln.spans])


def _split_cells(lines: list[Line], cover: list[tuple[float, float]], min_gap: float,
                 figure: re.Pattern[str] | None = None, only_figures: bool = False,
                 glued: bool = False) -> list[Line]:
    """Lines with each span cut where a gutter between the ``cover`` columns runs
    through it. Neighbouring cells can sit closer than the gap that splits spans: header
    words centred over narrow columns ("2025 actual" beside "2026 planned"), or a wide
    figure ("13 [15]") right-aligned against the figure before it. A span is cut only
    into pieces that each lie over a column of their own (a full-width text row or a
    wide header stays whole). A span whose words all match ``figure`` is cut at any
    gap in a gutter; with ``only_figures``, no other span is cut; with ``glued``, a
    span is cut only at gaps beside a CJK glyph (see :meth:`Span.split_glued_at`)."""
    if not cover:
        return lines
    gutters = [(a[1], b[0]) for a, b in zip(cover, cover[1:], strict=False)]

    def column(piece: Span) -> int | None:
        return next((i for i, (a, b) in enumerate(cover) if piece.x0 < b and a < piece.x1), None)

    def cut(span: Span) -> list[Span]:
        """The pieces, each over a column of its own: a piece over no column (a header
        word beside its column) rejoins the nearer neighbour, and pieces over one
        column rejoin each other."""
        figures = figure is not None and bool(span.words) and all(
            figure.match(w.text) for w in span.words)
        if only_figures and not figures:
            return [span]
        pieces = span.split_glued_at(gutters) if glued else span.split_at(gutters, min_gap,
                                                                          figures)
        while len(pieces) > 1:
            columns = [column(p) for p in pieces]
            lost = next((i for i, c in enumerate(columns) if c is None), None)
            if lost is not None:
                left = pieces[lost].x0 - pieces[lost - 1].x1 if lost else float("inf")
                right = (pieces[lost + 1].x0 - pieces[lost].x1 if lost + 1 < len(pieces)
                         else float("inf"))
                at = lost - 1 if left <= right else lost
            else:
                same = next((i for i in range(len(pieces) - 1)
                             if columns[i] == columns[i + 1]), None)
                if same is None:
                    break
                at = same
            pieces[at:at + 2] = [pieces[at].joined(pieces[at + 1])]
        return pieces

    return [replace(ln, spans=[p for s in ln.spans for p in cut(s)]) for ln in lines]


def _fold_markers(cover: list[tuple[float, float]], body: list[Line],
                  heads: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The columns with a first column that holds only list markers ("2.", "(a)") folded
    into the label column beside it: a producer that sets a numbered label's marker on
    a tab stop of its own (LibreOffice) makes the marker a span, and the spans a
    column, that the table does not have. A marker is short, never alone on its line,
    and its label follows within two characters; a first column of figures ("–") has
    its neighbour a column away."""
    if len(cover) < 3:
        return cover
    a, b = cover[0]
    if any(h0 < b and a < h1 for h0, h1 in heads):  # under a header cell: already its column
        return cover
    pairs = [(s, t) for ln in body for s, t in zip(ln.spans, ln.spans[1:], strict=False)
             if s.x1 <= b and a <= s.x0]
    alone = [s for ln in body if len(ln.spans) == 1 for s in ln.spans if s.x1 <= b]
    if pairs and not alone and all(len(s.text) <= 4 and t.x0 - s.x1 < 2 * s.size
                                   for s, t in pairs):
        return [(a, cover[1][1]), *cover[2:]]
    return cover


def _join_wrapped_labels(groups: list[list[Line]], bounds: list[float],
                         settings: PdfSettings, vocab: PdfVocab) -> list[list[Line]]:
    """Rows with a label-only line joined to the row above when that row's label could
    not have taken the line's first word (a CJK glyph, with the punctuation that cannot
    start a line after it): the label wrapped (its figures on the first line), in a
    table whose rows are set as close as the lines of one cell (LibreOffice adds no row
    padding, so the pitch tells nothing)."""
    if not bounds or len(groups) < 2 or any(len(g) > 1 for g in groups):
        return groups  # the pitch told wrapped lines from rows: nothing to guess

    def labels(group: list[Line]) -> list[Span]:
        return [s for ln in group for s in ln.spans if s.x1 <= bounds[0]]

    ends = sorted((s.x1 for g in groups for s in labels(g)), reverse=True)
    if not ends:
        return groups
    # the margin several label lines run up to, else the middle of the label column's gutter
    several = len(ends) > 1 and ends[0] - ends[1] <= groups[0][0].size
    edge = ends[0] if several else bounds[0]
    out = [groups[0]]
    for group in groups[1:]:
        prev, first = labels(out[-1]), group[0].spans[0]
        alone = all(s.x1 <= bounds[0] for ln in group for s in ln.spans)
        figures = any(s.x0 > bounds[0] for ln in out[-1] for s in ln.spans)
        tied = len(first.text[1:]) - len(first.text[1:].lstrip(vocab.no_line_start))
        word = first.size * (1 + tied) if is_cjk(first.text[0]) else (
            first.words[0].x1 - first.words[0].x0 if first.words else first.x1 - first.x0)
        under = prev and first.x0 >= prev[0].x0 - first.size / 2  # not outdented
        space = settings.word_gap_ratio * first.size
        if alone and figures and under and prev[-1].x1 + space + word > edge:
            out[-1] = out[-1] + group
        else:
            out.append(group)
    return out


def _join_wrapped_cells(groups: list[list[Line]], cover: list[tuple[float, float]],
                        vocab: PdfVocab) -> list[list[Line]]:
    """Lines of text cells alone joined to the row above, in a table whose rows are set
    as close as the lines of one cell (the pitch tells nothing), when each of the line's
    cells continues the cell above it (see :func:`_wraps_on`): a line under a cell that
    stops short is a row of its own."""
    if len(cover) < 2 or len(groups) < 2 or any(len(g) > 1 for g in groups):
        return groups
    out = [groups[0]]
    for group in groups[1:]:
        spans = [s for ln in group for s in ln.spans]
        if all(_wraps_on(s, out[-1], cover, vocab) for s in spans):
            out[-1] = out[-1] + group
        else:
            out.append(group)
    return out


def _wraps_on(span: Span, row: list[Line], cover: list[tuple[float, float]],
              vocab: PdfVocab) -> bool:
    """Whether ``span`` is the next line of a text cell of ``row``: it lies in a column
    past the first, the row's last line in that column fills it from edge to edge (the
    cell wrapped), and ``span`` keeps one of its edges (left- or right-aligned text)."""
    tol = span.size
    col = next((i for i, c in enumerate(cover) if c[0] - tol <= span.x0
                and span.x1 <= c[1] + tol), 0)
    x0, x1 = cover[col]
    above = [s for ln in row for s in ln.spans if x0 - tol <= s.x0 and s.x1 <= x1 + tol]
    if col == 0 or not above or vocab.figure_word.match(span.text):
        return False
    last = max(above, key=lambda s: s.bottom)
    return (last.x0 <= x0 + tol and last.x1 >= x1 - tol
            and (abs(span.x0 - last.x0) <= tol or abs(span.x1 - last.x1) <= tol))


def _merged_rows(groups: list[list[Line]], bounds: list[float], vocab: PdfVocab,
                 settings: PdfSettings) -> list[list[Line]]:
    """Rows regrouped by their figures where cells merged down several rows hide the
    rows (see :func:`_hides_rows`): each figure of a column past the label starts a
    row, and a merged text cell beside it runs on with no row gap for the pitch to see.
    Each span goes with the row of its column's span above (a wrapped line, a further
    paragraph of a merged cell), unless it starts a cell on the baseline of a row's
    figure (more than a wrap pitch under its column's span above, or the first of its
    column), or is the label that opens a row of no figure as the pitch tells it (a
    heading row)."""
    size = groups[0][0].size if groups else 0.0
    near = settings.row_baseline_ratio * size
    wrap = settings.wrap_pitch_ratio * size

    def column(s: Span) -> int:
        return _column_of(s.x0 + 0.5, bounds)

    def figures(lines: list[Line]) -> list[float]:
        return [s.bottom for ln in lines for s in ln.spans
                if column(s) > 0 and vocab.data_cell.match(s.text)]

    if not _hides_rows(groups, column, vocab, wrap):
        return groups
    starts: list[float] = []
    for y in sorted(figures([ln for g in groups for ln in g])):
        if not starts or y - starts[-1] > near:
            starts.append(y)
    heads = {id(s) for g in groups if not figures(g) for s in g[0].spans if column(s) == 0}
    keys = sorted(starts + [s.bottom for g in groups for s in g[0].spans if id(s) in heads])
    rows: dict[float, dict[int, list[Span]]] = {}
    row_of: dict[int, float] = {}
    above: dict[int, float] = {}
    placed = [(s, ln) for g in groups for ln in g for s in ln.spans]
    for s, ln in sorted(placed, key=lambda p: (p[0].bottom, p[0].x0)):
        c = column(s)
        at = next((y for y in starts if abs(s.bottom - y) <= near), None)
        if id(s) in heads:
            row_of[c] = s.bottom
        elif c not in above:
            row_of[c] = at if at is not None else max(
                (y for y in keys if y <= s.bottom + near), default=-float("inf"))
        elif at is not None and s.bottom - above[c] > wrap:
            row_of[c] = at
        above[c] = s.bottom
        rows.setdefault(row_of[c], {}).setdefault(id(ln), []).append(s)
    lines = {id(ln): ln for g in groups for ln in g}
    return [[replace(lines[i], spans=sorted(ss, key=lambda s: s.x0))
             for i, ss in rows[key].items()] for key in sorted(rows)]


def _hides_rows(groups: list[list[Line]], column: Callable[[Span], int], vocab: PdfVocab,
                wrap: float) -> bool:
    """Whether cells merged down several rows hide rows from the pitch: a row as the
    pitch tells it prints two figures in one column further apart than a wrap pitch
    (figures do not wrap: two rows), or prints figures past the label with no label at
    all between the first row and the last (its label cell is merged down over it; at
    either end, a page break can part a row's label from its figures)."""
    for i, group in enumerate(groups):
        spans = [s for ln in group for s in ln.spans]
        found = [(column(s), s.bottom) for s in spans
                 if column(s) > 0 and vocab.data_cell.match(s.text)]
        if any(c == d and y - z > wrap for c, y in found for d, z in found):
            return True
        inner = 0 < i < len(groups) - 1
        if inner and found and not any(column(s) == 0 for s in spans):
            return True
    return False


def _first_data_line(head: list[Line], vocab: PdfVocab) -> Line | None:
    """The first line above the header rule that prints figures in most of its cells: a
    page that repeats a header can leave out the rule under it (Chromium), and the rows
    down to the next rule would read as header. A header has a line of its own."""
    return next((ln for ln in head[1:] if _data_line(ln, vocab)), None)


def _data_line(ln: Line, vocab: PdfVocab) -> bool:
    """Whether a line prints a row label, then figures in most of its other cells (a
    header line of wrapped years has no label)."""
    label, *cells = ln.spans
    figures = sum(1 for s in cells if vocab.data_cell.match(s.text))
    return not vocab.data_cell.match(label.text) and figures >= 2 and 2 * figures >= len(cells)


def _cell_border_under_header(region: TableRegion, lines: list[Line], vocab: PdfVocab) -> float:
    """Where the header of a table with no full rule between its top and bottom ends:
    at the lowest shorter rule above its first line of figures (LibreOffice draws the
    bottom borders of the sub-header cells, not a rule under the whole header), else
    nowhere (the table's top: every line is a body row)."""
    data = _first_data_line(lines, vocab)
    borders = [r.y for r in region.partial if data is not None and r.y < data.top]
    return max(borders, default=region.top)


def read_grid(region: TableRegion, settings: PdfSettings, vocab: PdfVocab) -> Grid:
    """Read a region's header and body rows."""
    lines = sorted(region.lines, key=lambda ln: ln.top)
    seps = [r for r in region.rules[1:]
            if any(ln.bottom <= r.y for ln in lines) and any(ln.top >= r.y for ln in lines)]
    head_y = seps[0].y if seps else _cell_border_under_header(region, lines, vocab)
    data = _first_data_line([ln for ln in lines if ln.bottom <= head_y], vocab)
    if data is not None:  # the header ends at the last rule of any length above that line
        head_y = max([r.y for r in region.rules + region.partial
                      if region.top < r.y < data.top], default=data.top)
    body = [ln for ln in lines if ln.top >= head_y]
    body, notes = _split_notes(body, vocab)
    body = [replace(ln, spans=[p for s in ln.spans for p in s.split_dashes(vocab.figure_word)])
            for ln in body]
    min_gap = settings.cell_gap_ratio * (lines[0].size if lines else 0.0)
    # header words of two columns can be one space apart ("Total Percentage"): any word
    # gap on a body gutter cuts, as long as each piece lies over a column of its own
    columns = _modal_cover(body)
    head = _split_cells([replace(ln, spans=[p for s in ln.spans for p in s.split_glued()])
                         for ln in lines if ln.bottom <= head_y], columns, 0.0)
    body = _split_cells(_cut_at_column_starts(body, head, settings), columns, min_gap,
                        vocab.figure_word)
    spanners = _group_rules([r for r in region.partial if r.y < head_y], region.rules)
    head_spans = [s for ln in head for s in ln.spans
                  if not any(s.bottom <= g.y and g.x0 <= (s.x0 + s.x1) / 2 <= g.x1
                             for g in spanners)]
    heads = _merge([(s.x0, s.x1) for s in head_spans if not _over_cells(s, head_spans)])
    # figures of two columns that no body line prints apart (LibreOffice overprints
    # narrow columns) part where the header cells above them do
    body = _split_cells(body, heads, min_gap, vocab.figure_word, only_figures=True)
    # CJK text cells justified to their column's edges (LibreOffice) run into the next
    # cell a few points away, under header cells centred over them
    body = _split_cells(body, heads, min_gap, glued=True)
    cover = _fold_markers(_fit_to_header(_coverage(body, heads), heads,
                                         region.x1 - region.x0, body)
                          or [(region.x0, region.x1)],
                          body, heads)
    cover = _spacers_between_groups(cover, heads, spanners)
    bounds = [(a[1] + b[0]) / 2 for a, b in zip(cover, cover[1:], strict=False)]
    ncols = len(cover)
    blank = {i for i, c in enumerate(cover) if not _touches(c[0], c[1], heads)}
    header = _header(head, spanners, cover, bounds, settings, vocab, blank) if head else []
    rows: list[GridRow] = []
    pitched = _rows_of_column_cells(body, _group_rows(body, settings, vocab.data_cell), bounds,
                                    settings, vocab.data_cell)
    groups = _join_wrapped_cells(_join_wrapped_labels(pitched, bounds, settings, vocab), cover,
                                 vocab)
    groups = _merged_rows(groups, bounds, vocab, settings)
    for group in groups:
        spans = [ln.spans for ln in group]
        cells = _cells(spans, bounds, ncols, by_center=False)
        all_spans = [s for row in spans for s in row]
        bbox = BBox(min(s.x0 for s in all_spans), group[0].top,
                    max(s.x1 for s in all_spans), group[-1].bottom)
        only_label = all(c == "" for c in cells[1:])
        wide = ncols > 1 and max(s.x1 for s in all_spans) > bounds[0]
        bold = all(s.bold for s in all_spans)
        if only_label and wide:
            rows.append(GridRow(None, cells[0], all_spans[0].x0, bold, bbox))
        else:
            rows.append(GridRow(cells, None, all_spans[0].x0, bold, bbox,
                                _room(spans, bounds, cover)))
    return Grid(header, _join_cell_paragraphs(rows, vocab, _paragraph_steps(groups, settings),
                                              _inside_rows(groups, bounds, vocab, settings)),
                notes, _label_runs_on(groups, bounds))


def _label_runs_on(groups: list[list[Line]], bounds: list[float]) -> bool:
    """Whether the last row prints figures beside a label whose last line runs to the
    margin where the other rows' labels wrap, with no room left for one more glyph: a
    page break can have cut that label, its next line opening the next page."""
    if not bounds or not groups:
        return False
    last = [s for ln in groups[-1] for s in ln.spans if s.x1 <= bounds[0]]
    if not last or not any(s.x0 > bounds[0] for ln in groups[-1] for s in ln.spans):
        return False
    def label(ln: Line) -> list[Span]:
        return [s for s in ln.spans if s.x1 <= bounds[0]]

    end = max(last, key=lambda s: s.bottom)
    wraps = [label(a)[-1].x1 for g in groups[:-1]
             for a, b in zip([ln for ln in g if label(ln)], [ln for ln in g if label(ln)][1:],
                             strict=False)]  # label lines another of their row follows
    return bool(wraps) and max(wraps) - end.size < end.x1


def _room(spans_by_line: list[list[Span]], bounds: list[float],
          cover: list[tuple[float, float]]) -> list[float]:
    """Per column, the space its cell leaves on its last line before the column's right
    edge (the furthest any line of the column reaches), in multiples of that line's
    font size."""
    last: dict[int, Span] = {}
    for spans in spans_by_line:
        for s in spans:
            last[min(_column_of(s.x0 + 0.5, bounds), len(cover) - 1)] = s
    return [(cover[i][1] - last[i].x1) / last[i].size if i in last else 0.0
            for i in range(len(cover))]


def _paragraph_steps(groups: list[list[Line]], settings: PdfSettings) -> list[bool]:
    """Per row, whether its first line sits no further below the last line of the row
    above than a paragraph's own spacing: a step measured against the table's wrap pitch
    (the median pitch between the lines of one row), not in points."""
    inner = [b.top - a.top for g in groups for a, b in zip(g, g[1:], strict=False)]
    if not inner:
        return [False] * len(groups)
    limit = settings.cell_paragraph_ratio * statistics.median(inner)
    return [False] + [b[0].top - a[-1].top <= limit
                      for a, b in zip(groups, groups[1:], strict=False)]


def _split_notes(body: list[Line], vocab: PdfVocab) -> tuple[list[Line], list[str]]:
    """The body lines above the first note called by a raised letter ("a Net budget
    ..."), and the notes from there on, each with its wrapped lines: notes under the
    last rows are no rows (a note's line spans the columns and would join them)."""
    start = next((i for i, ln in enumerate(body)
                  if ln.spans[0].raised and vocab.table_note.match(ln.text)), len(body))
    notes: list[str] = []
    for ln in body[start:]:
        if (ln.spans[0].raised and vocab.table_note.match(ln.text)) or not notes:
            notes.append(ln.text)
        else:
            notes[-1] = join_wrapped([notes[-1], ln.text])
    return body[:start], notes


def _column_steps(groups: list[list[Line]], bounds: list[float]) -> list[float]:
    """Per row, how far its first line sits under the text above it in its own columns
    (the nearest span above in a column it prints in): rows whose cells are merged down
    interleave their lines with the rows beside them, and the line just above can belong
    to another column. The first row's is 0; a row with nothing above it in its columns
    takes the step from the last line of the row above."""
    def column(s: Span) -> int:
        return _column_of(s.x0 + 0.5, bounds)

    tops: dict[int, list[float]] = {}
    for g in groups:
        for ln in g:
            for s in ln.spans:
                tops.setdefault(column(s), []).append(s.top)
    steps = [0.0]
    for a, g in zip(groups, groups[1:], strict=False):
        own = [s.top - max(above) for s in g[0].spans
               if (above := [t for t in tops[column(s)] if t < s.top])]
        steps.append(min(own) if own else g[0].top - a[-1].top)
    return steps


def _row_step(groups: list[list[Line]], steps: list[float], bounds: list[float],
              vocab: PdfVocab, settings: PdfSettings) -> float | None:
    """The least of the rows' ``steps`` under which the table opens a row, less the
    cells' margins: over the rows that open with a label or a figure on one baseline
    (rows for sure; a line that joins cells of several baselines holds lines of the row
    above); none when no such row follows another."""
    near = settings.row_baseline_ratio * (groups[0][0].size if groups else 0.0)

    def opens_row(group: list[Line]) -> bool:
        bottoms = [s.bottom for s in group[0].spans]
        return max(bottoms) - min(bottoms) <= near and any(
            _column_of(s.x0 + 0.5, bounds) == 0 or vocab.data_cell.match(s.text)
            for s in group[0].spans)

    rows = [d for d, g in zip(steps[1:], groups[1:], strict=True) if d > 0 and opens_row(g)]
    if not bounds or not rows:
        return None
    return min(rows) - settings.row_margin_ratio * groups[0][0].size


def _inside_rows(groups: list[list[Line]], bounds: list[float], vocab: PdfVocab,
                 settings: PdfSettings) -> list[bool]:
    """Per row, whether its first line sits closer under the text above it in its
    columns than any row that opens with a label or a figure (a row for sure) sits: the
    step from a cell's paragraph to its next lacks the margins of the cells that a new
    row adds."""
    steps = _column_steps(groups, bounds)
    limit = _row_step(groups, steps, bounds, vocab, settings)
    if limit is None:
        return [False] * len(groups)
    return [0 < d < limit for d in steps]


def _join_cell_paragraphs(rows: list[GridRow], vocab: PdfVocab, close: list[bool],
                          inside: list[bool]) -> list[GridRow]:
    """Rows that are further paragraphs of the cells above them, joined to that row
    (see :func:`_continues_cells`): Word sets space after each paragraph of a cell,
    which reads as a row gap."""
    out: list[GridRow] = []
    for row, near, tight in zip(rows, close, inside, strict=True):
        prev = out[-1] if out else None
        if prev is not None and _continues_cells(prev, row, near, tight, vocab):
            assert prev.cells is not None and row.cells is not None
            cells = [join_wrapped([a, b]) if b else a
                     for a, b in zip(prev.cells, row.cells, strict=True)]
            bbox = BBox(min(prev.bbox.x0, row.bbox.x0), prev.bbox.top,
                        max(prev.bbox.x1, row.bbox.x1), row.bbox.bottom)
            out[-1] = replace(prev, cells=cells, bbox=bbox, room=row.room)
        else:
            out.append(row)
    return out


def _continues_cells(prev: GridRow, row: GridRow, near: bool, tight: bool,
                     vocab: PdfVocab) -> bool:
    """Whether ``row`` holds further paragraphs of ``prev``'s cells: each of its text
    cells under a text cell of ``prev`` (figures are never a paragraph). Text in one
    cell alone joins when ``prev`` prints its first cell, all text or after a figure or
    a dash there (a performance measure listing results, one a paragraph); under a
    label beside figures, or under a row with no first cell, it is a row of its own (a
    body's membership under its mandate and budget). Second paragraphs starting on one
    line in several columns join only when ``near``: no further below than a
    paragraph's own spacing (a genuine row adds the cells' margins to it). Text in one
    cell past the first always joins when ``tight``: closer under the row above than
    the table sets its rows (see :func:`_inside_rows`)."""

    def figure(text: str) -> bool:
        return bool(vocab.data_cell.match(text))

    if prev.cells is None or row.cells is None or len(prev.cells) != len(row.cells):
        return False
    filled = [i for i, c in enumerate(row.cells) if c]
    if not filled or any(not prev.cells[i] or figure(prev.cells[i]) or figure(row.cells[i])
                         for i in filled):
        return False
    if len(filled) > 1:
        return near
    return filled[0] > 0 and (tight or (bool(prev.cells[0]) and (
        figure(prev.cells[0]) or not any(figure(c) for c in prev.cells))))
