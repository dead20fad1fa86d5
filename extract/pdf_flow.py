"""Reading order to blocks: walk the pages' lines, tables and frames top to bottom and
decide what each is from its geometry relative to the body text (size, left edge).

State carries across pages, so a paragraph, a caption or a table that a page break
interrupts continues on the next page.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .model import (
    BBox,
    Block,
    ChartPanel,
    Figure,
    Footnote,
    Heading,
    Item,
    Paragraph,
    Provenance,
    Signature,
    Table,
    TablePart,
    TableRow,
    TermList,
)
from .pdf_figures import box_panels, chart_panels
from .pdf_graphics import Box
from .pdf_lines import Line
from .pdf_page import Link, PageContent
from .pdf_settings import PdfSettings, PdfVocab
from .pdf_tables import Grid, TableRegion, read_grid
from .pdf_termlist import TermLayout, looks_like_termlist, read_terms
from .table_core import continue_part
from .textnorm import join_wrapped


@dataclass
class Body:
    """Measurements of the body text that every decision is relative to."""

    size: float
    left: float
    right: float
    pitch: float  # baseline-to-baseline distance inside a paragraph


def measure_body(pages: list[PageContent], size: float, settings: PdfSettings) -> Body:
    """The text block's left and right edges, from body-size lines."""
    lefts: Counter[float] = Counter()
    rights: Counter[float] = Counter()
    pitches: Counter[float] = Counter()
    for p in pages:
        body = [ln for ln in p.lines if abs(ln.size - size) <= settings.size_tolerance]
        for ln in body:
            lefts[round(ln.x0)] += 1
            rights[round(ln.x1)] += 1
        for a, b in zip(body, body[1:], strict=False):
            pitches[round(b.top - a.top, 1)] += 1
    left = lefts.most_common(1)[0][0] if lefts else 0.0
    right = rights.most_common(1)[0][0] if rights else left + 1.0
    pitch = pitches.most_common(1)[0][0] if pitches else size * 1.2
    return Body(size, float(left), float(right), pitch)


def _bbox(lines: list[Line]) -> BBox:
    return BBox(min(ln.x0 for ln in lines), min(ln.top for ln in lines),
                max(ln.x1 for ln in lines), max(ln.bottom for ln in lines))


def _prov(lines: list[Line]) -> Provenance:
    return Provenance(page=lines[0].page, bbox=_bbox(lines))


def _next_in_sequence(number: str, last: str | None) -> bool:
    """Whether paragraph ``number`` ("15.6") follows ``last`` ("15.5"): the same prefix and
    the next count, or the first of a new series as deep, in the same section ("3.II.1"
    after "3.I.25") or an annex's ("A.1" after "15.76"), not another section's ("1.1 billion
    people" opening a line after "15.42"); without a previous number, the first paragraph
    of a numbered section ("15.1")."""
    parts = number.split(".")
    if len(parts) < 2 or not parts[-1].isdigit():
        return False
    count = int(parts[-1])
    if last is None:
        return count == 1
    before = last.split(".")
    if parts[:-1] == before[:-1] and before[-1].isdigit():
        return count == int(before[-1]) + 1
    return count == 1 and len(parts) == len(before) and (
        parts[0] == before[0] or not parts[0][:1].isdigit())


def _goes_on_in_lower_case(text: str, line: str) -> bool:
    """Whether ``line`` goes on with ``text`` wherever it starts: it opens in lower case
    and ``text`` ends mid-sentence (LibreOffice can wrap an item's text back to its
    marker's edge: "(b) Apply the methodologies … post adjustment" / "classifications;")."""
    return line[:1].islower() and text[-1:].isalnum()


@dataclass
class _Caption:
    kind: str  # "table" or "figure"
    lines: list[Line]
    part: str | None = None
    title_size: float | None = None
    closed: bool = False


@dataclass
class _FigureBody:
    caption: _Caption
    page: PageContent
    lines: list[Line] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)


class Flow:
    """The state machine that turns page content into blocks in reading order."""

    def __init__(self, pages: list[PageContent], body: Body, vocab: PdfVocab,
                 settings: PdfSettings):
        self.pages = pages
        self.body = body
        self.vocab = vocab
        self.settings = settings
        self.blocks: list[Block] = []
        self.warnings: list[str] = []
        self.styles: dict[int, tuple[float, bool, bool]] = {}
        self.para: Paragraph | None = None
        self.items: list[tuple[Item, float]] = []
        self.caption: _Caption | None = None
        self.figure: _FigureBody | None = None
        self.small: list[Line] = []
        self.last_line: Line | None = None
        self.caption_styles: set[tuple[float, bool, bool]] = set()
        self.part: str | None = None
        self.last_number: str | None = None  # of the last numbered paragraph
        self.wrap_x: float | None = None  # where a run-in paragraph's wrapped lines start
        self.run_in = False  # the open paragraph's number runs into its text
        self.open_label = False  # the last table row read may go on on the next page
        # a table that took a part printed under headings, and the count of blocks then
        self.parted: tuple[Table, int] | None = None
        self.orgchart = False  # inside the organization chart annex: boxes, not tables
        self.chart: Figure | None = None  # the annex's chart, once a box of it is read

    # -- helpers ----------------------------------------------------------
    def _wraps_heading(self, prev: Line, ln: Line) -> bool:
        """Whether ``ln`` goes on with the heading line ``prev`` above it: half a line
        below it at most, or, when ``prev`` was filled to the right edge (it wrapped),
        a line pitch of its size below it with no paragraph space (the next heading,
        "Programme performance in …", is set that space apart). A wrapped line starts
        where the text above it starts, or is centred under it ("Annex" set in the margin
        heads the title below it)."""
        tol = self._tol()
        start = self._text_start(prev)
        aligned = abs(self._text_start(ln) - start) <= tol
        if not aligned and abs((ln.x0 + ln.x1) - (start + prev.x1)) > 2 * tol:  # nor centred
            return False
        if prev.x1 < self.body.right - tol:
            return ln.top - prev.bottom < 0.5 * prev.size
        pitch = self.body.pitch * prev.size / self.body.size
        return ln.top - prev.top <= pitch + self.settings.paragraph_gap_ratio * prev.size

    def _tol(self) -> float:
        return self.settings.indent_ratio * self.body.size

    def _is_small(self, ln: Line) -> bool:
        return ln.size < self.body.size - self.settings.size_tolerance

    def _is_minor(self, ln: Line) -> bool:
        """Small plain text: chart labels, list entries, notes (not small headings)."""
        return self._is_small(ln) and not (ln.bold or ln.italic)

    def _last(self) -> Block | None:
        return self.blocks[-1] if self.blocks else None

    def _last_but_notes(self) -> Block | None:
        """The last block before the page-bottom notes that follow it: a table that
        goes on over a page break comes before its first page's footnotes."""
        return next((b for b in reversed(self.blocks) if not isinstance(b, Footnote)), None)

    def _count_but_notes(self) -> int:
        return sum(1 for b in self.blocks if not isinstance(b, Footnote))

    def _resumed(self) -> Table | None:
        """The table that took a part printed under headings, while no block came since:
        a table region next goes on from it, not from the headings above that part."""
        if self.parted is not None and self.parted[1] == self._count_but_notes():
            return self.parted[0]
        return None

    def _close_text(self) -> None:
        self.para = None
        self.items = []
        self.run_in = False
        self.wrap_x = None

    def _emit(self, block: Block) -> None:
        self.blocks.append(block)

    # -- entry points -----------------------------------------------------
    def starts_body(self, ln: Line) -> bool:
        """A line that only the body prints: a numbered paragraph or a caption."""
        return self._hanging_number(ln) is not None or self._caption_kind(ln.text) is not None

    def page(self, page: PageContent, regions: list[TableRegion], boxes: list[Box]) -> None:
        """Feed one page's remaining lines, table regions and frames in top-to-bottom order."""
        stream: list[tuple[float, int, Line | TableRegion | Box]] = [
            (ln.top, 0, ln) for ln in page.lines]
        stream += [(r.top, 1, r) for r in regions]
        stream += [(b.top, 2, b) for b in sorted(boxes, key=lambda b: (b.top, b.x0))]
        for _, _, obj in sorted(stream, key=lambda t: (t[0], t[1])):
            if isinstance(obj, TableRegion):
                self._region(obj)
            elif isinstance(obj, Box):
                self._box(obj, page)
            else:
                self._line(obj, page)
        self._end_figure()

    def finish(self) -> list[Block]:
        """Flush what is pending and give headings their levels."""
        self._end_figure()
        self._end_caption()
        self._flush_small()
        for block in self.blocks:
            if isinstance(block, Table) and not block.parts:
                self._unread_table(block)
            elif isinstance(block, Table):
                self._notes_from_rows(block)
        ranked = sorted(set(self.styles.values()),
                        key=lambda s: (-s[0], not s[1], not s[2]))
        for i, block in enumerate(self.blocks):
            if isinstance(block, Heading) and i in self.styles:
                block.level = ranked.index(self.styles[i]) + 1
        return self.blocks

    # -- captions, tables and figures ------------------------------------
    def _unread_table(self, table: Table) -> None:
        """A caption with no grid under it is still a table of the document: output it
        with one empty part, and say so, rather than dropping or refusing it."""
        table.parts.append(TablePart(None, [], []))
        name = table.caption[0] if table.caption else "a table"
        self.warnings.append(f"page {table.prov[0].page}: {name}: caption found but no "
                             f"table grid could be read under it")

    def _caption_kind(self, text: str) -> str | None:
        if self.vocab.table_caption.match(text):
            return "table"
        if self.vocab.figure_caption.match(text):
            return "figure"
        return None

    def _takes_caption_line(self, ln: Line) -> bool:
        cap = self.caption
        if cap is None or cap.closed or len(cap.lines) >= self.settings.caption_max_lines:
            return False
        text = ln.text
        if cap.kind == "table" and self.vocab.part_label.match(text):
            cap.part = text  # in any size: LibreOffice sets it in the body size
            cap.closed = True
            return True
        if self.vocab.unit_line.match(text):  # in any size too (Chromium: body size)
            cap.lines.append(ln)
            cap.closed = cap.kind == "figure"
            return True
        if not self._is_small(ln) and not ln.bold:
            return False
        if ln.bold and (cap.title_size is None or abs(ln.size - cap.title_size) < 0.1):
            cap.title_size = ln.size
            cap.lines.append(ln)
            return True
        if cap.kind == "table" and self._is_small(ln):
            cap.lines.append(ln)
            return True
        return False

    def _end_caption(self) -> None:
        cap = self.caption
        if cap is None:
            return
        self.caption = None
        if cap.kind == "figure":
            self._emit(Figure([ln.text for ln in cap.lines], _prov(cap.lines)))
        else:
            self._emit(Table([ln.text for ln in cap.lines], [], [_prov(cap.lines)]))

    def _end_figure(self) -> None:
        fig = self.figure
        if fig is None:
            return
        self.figure = None
        lines = fig.caption.lines + fig.lines
        top = min(ln.bottom for ln in fig.caption.lines)
        bottom = max([ln.bottom for ln in lines] + [b.bottom for b in fig.boxes])
        bars = [b for b in fig.page.graphics.bars if top <= b.top and b.bottom <= bottom + 1]
        frames = fig.page.graphics.boxes
        panels = chart_panels(fig.lines, bars) + box_panels(fig.boxes, fig.page.boxed, frames,
                                                            fig.page.graphics.bars)
        bbox = _bbox(lines)
        if fig.boxes:
            bbox = BBox(min(bbox.x0, *(b.x0 for b in fig.boxes)), bbox.top,
                        max(bbox.x1, *(b.x1 for b in fig.boxes)), bottom)
        self._emit(Figure([ln.text for ln in fig.caption.lines],
                          Provenance(fig.caption.lines[0].page, bbox), panels))

    def _region(self, region: TableRegion) -> None:
        self._end_figure()
        if self.orgchart and self.caption is None:
            self._chart_box(region)
            return
        grid = read_grid(region, self.settings, self.vocab)
        open_label, self.open_label = self.open_label, grid.open_label
        cap = self.caption
        self.caption = None
        part_label = cap.part if cap else self.part
        self.part = None
        caption = [ln.text for ln in cap.lines] if cap else []
        resumed = self._resumed()
        if (cap is None and not self.small and resumed is None
                and (earlier := self._parted_by_headings(grid))):
            self._close_text()
            earlier.parts.append(TablePart(None, grid.header, self._rows(grid, region.page)))
            earlier.prov.append(Provenance(region.page, region.bbox()))
            earlier.notes.extend(grid.notes)
            self.parted = (earlier, self._count_but_notes())
            return
        last = self._last()
        idx = len(self.blocks) - 1
        if cap is None and not self.small and resumed is None and isinstance(last, Heading) \
                and self.styles.get(idx) in self.caption_styles:
            self.styles.pop(idx)
            self.blocks.pop()
            caption = [last.text]
        if cap is None and self.small:
            run, self.small = self.small, []
            if self.vocab.part_label.match(run[-1].text):
                part_label = run.pop().text
            if part_label is not None:
                run = self._notes_before_part(run)
            caption = [ln.text for ln in run]
        else:
            self._flush_small()
        self._close_text()
        prov = Provenance(region.page, region.bbox())
        last = resumed or self._last_but_notes()
        if not caption and isinstance(last, Table) and last.parts:
            rows = self._rows(grid, region.page)
            if part_label is not None or not continue_part(
                    last.parts[-1], grid.header, rows, self.vocab.data_cell,
                    self.settings.char_width_ratio, open_label):
                last.parts.append(TablePart(part_label, grid.header, rows))
            if all(p.page != region.page for p in last.prov):
                last.prov.append(prov)
            else:
                self._grow(last, region)
            last.notes.extend(grid.notes)
            return
        if isinstance(last, Table) and not last.parts and not caption:
            last.parts.append(TablePart(part_label, grid.header, self._rows(grid, region.page)))
            last.prov.append(prov)
            last.notes.extend(grid.notes)
            return
        part = TablePart(part_label, grid.header, self._rows(grid, region.page))
        self._emit(Table(caption, [part], [prov], list(grid.notes)))

    def _parted_by_headings(self, grid: Grid) -> Table | None:
        """The table above an uncaptioned one that only headings part from it, when both
        have the same columns (every header cell past the first alike) and that table
        has no numbered caption: an annex table printed in one piece per entity, whose
        later pieces are parts of it (as the Word reader reads them)."""
        blocks = [b for b in reversed(self.blocks) if not isinstance(b, Footnote)]
        headings = next((i for i, b in enumerate(blocks) if not isinstance(b, Heading)),
                        len(blocks))
        table = blocks[headings] if headings < len(blocks) else None
        if not headings or not isinstance(table, Table) or not table.parts or any(
                self.vocab.table_caption.match(line) for line in table.caption):
            return None
        tail = [c.text for row in grid.header for c in row][1:]
        same = [c.text for row in table.parts[-1].header for c in row][1:] == tail
        return table if same and tail else None

    def _notes_before_part(self, run: list[Line]) -> list[Line]:
        """The lines between a table's part and the label of its next part, unless they
        are the lettered notes of the part above ("a Net budget ..."): those go to the
        table's notes, and the next part stays in the table."""
        last = self._last_but_notes()
        if not run or not isinstance(last, Table) or not self.vocab.table_note.match(run[0].text):
            return run
        for ln in run:
            if self.vocab.table_note.match(ln.text) or not last.notes:
                last.notes.append(ln.text)
            else:
                last.notes[-1] = join_wrapped([last.notes[-1], ln.text])
        return []

    @staticmethod
    def _grow(table: Table, region: TableRegion) -> None:
        for i, p in enumerate(table.prov):
            if p.page == region.page and p.bbox:
                b = p.bbox
                table.prov[i] = Provenance(p.page, BBox(
                    min(b.x0, region.x0), min(b.top, region.top),
                    max(b.x1, region.x1), max(b.bottom, region.bottom)))

    def _chart_box(self, region: TableRegion) -> None:
        """A ruled block of the organization chart: the post table set in one of its
        boxes (RB and XB posts side by side), a panel of the chart that the annex is,
        not a table of the document."""
        self._flush_small()
        self._close_text()
        panel = ChartPanel([ln.text for ln in region.lines])
        if self.chart is not None:
            self.chart.panels.append(panel)
            return
        self.chart = Figure([], Provenance(region.page, region.bbox()), [panel])
        self._emit(self.chart)

    @staticmethod
    def _rows(grid: Grid, page: int) -> list[TableRow]:
        return [TableRow(Provenance(page, r.bbox), cells=r.cells, span=r.span, indent=0,
                         bold=r.bold, room=r.room) for r in grid.rows]

    def _box(self, box: Box, page: PageContent) -> None:
        if self.figure is None and self.caption is not None and self.caption.kind == "figure":
            self._start_figure(page)
        if self.figure is not None:
            self.figure.boxes.append(box)
            return
        self._flush_small()
        self._close_text()
        panels = box_panels([box], page.boxed, page.graphics.boxes, page.graphics.bars)
        last = self._last()
        bbox = BBox(box.x0, box.top, box.x1, box.bottom)
        if isinstance(last, Figure) and not last.caption and last.prov.page == page.number:
            last.panels.extend(panels)
            b = last.prov.bbox or bbox
            last.prov = Provenance(page.number, BBox(min(b.x0, bbox.x0), min(b.top, bbox.top),
                                                     max(b.x1, bbox.x1),
                                                     max(b.bottom, bbox.bottom)))
        else:
            self._emit(Figure([], Provenance(page.number, bbox), panels))

    def _chart_text(self, ln: Line) -> bool:
        """Chart labels and panel captions: set smaller than the caption title, and not
        below a frame that already closed the figure."""
        fig = self.figure
        assert fig is not None
        if fig.boxes and ln.top > max(b.bottom for b in fig.boxes):
            return False
        title = fig.caption.title_size
        return self._is_minor(ln) or (title is not None and ln.size < title - 0.1)

    def _figure_unit(self, ln: Line) -> bool:
        """A unit line ("(Millions)") set inside the chart's frame, above its other
        text: a line of the caption, as when it is set above the frame (a title whose
        last line is in brackets, "(cumulative)", may have closed the caption)."""
        fig = self.figure
        assert fig is not None
        cap = fig.caption
        if fig.lines or len(cap.lines) >= self.settings.caption_max_lines \
                or not self.vocab.unit_line.match(ln.text):
            return False
        cap.lines.append(ln)
        cap.closed = True
        return True

    def _start_figure(self, page: PageContent) -> None:
        assert self.caption is not None
        self.figure = _FigureBody(self.caption, page)
        self.caption = None

    # -- lines ------------------------------------------------------------
    def _line(self, ln: Line, page: PageContent) -> None:
        text = ln.text
        kind = self._caption_kind(text)
        if kind:
            self._end_figure()
            self._end_caption()
            self._flush_small()
            self._close_text()
            self.caption = _Caption(kind, [ln])
            self.orgchart = False
            return
        short = ln.x1 - ln.x0 < (self.body.right - self.body.left) / 2  # not a paragraph
        if (self.caption is None and (self._is_small(ln) or short)
                and isinstance(self._last(), Table) and self.vocab.part_label.match(text)):
            self.part = text
            return
        if self._takes_caption_line(ln):
            if ln.bold:
                self.caption_styles.add(self._style(ln))
            return
        if self.caption is not None and self.caption.kind == "figure" and self._is_small(ln):
            self._start_figure(page)
        if self.figure is not None:
            if self._figure_unit(ln):
                return
            if ln.page == self.figure.page.number and self._chart_text(ln):
                self.figure.lines.append(ln)
                return
            self._end_figure()
        self._end_caption()
        if self._is_minor(ln):
            self.small.append(ln)
            return
        self._flush_small()
        self._text_line(ln)
        self.last_line = ln

    def _flush_small(self) -> None:
        run, self.small = self.small, []
        if not run:
            return
        last = self._last()
        if isinstance(last, Table) and self._note_start(run[0], run[0]):
            for ln in run:
                if self._note_start(ln, run[0]) or not last.notes:
                    last.notes.append(ln.text)
                else:
                    last.notes[-1] = join_wrapped([last.notes[-1], ln.text])
            return
        layout = self._term_layout(run[0].size)
        heading = last if isinstance(last, Heading) else None
        headed = heading is not None and len(self.blocks) - 1 in self.styles
        if not self._note_start(run[0], run[0]) and looks_like_termlist(run, layout, headed):
            self._close_text()
            entries = read_terms(run, self._links(run), layout)
            if headed:
                self.styles.pop(len(self.blocks) - 1)
                self.blocks.pop()
                assert heading is not None
                self._emit(TermList(heading.text, entries, _prov(run)))
            elif isinstance(last, TermList):
                last.entries.extend(entries)
            else:
                self._emit(TermList("", entries, _prov(run)))
            return
        self._close_text()
        for piece in self._notes_apart(run):
            self._emit(Paragraph(None, join_wrapped([ln.text for ln in piece]), _prov(piece)))

    def _notes_apart(self, run: list[Line]) -> list[list[Line]]:
        """Small text in pieces: notes under a figure ("a Data …", "b Provision …") are
        a paragraph each; other small text is one paragraph."""
        if not self._note_start(run[0], run[0]):
            return [run]
        pieces: list[list[Line]] = []
        for ln in run:
            if not pieces or self._note_start(ln, run[0]):
                pieces.append([ln])
            else:
                pieces[-1].append(ln)
        return pieces

    def _notes_from_rows(self, table: Table) -> None:
        """Notes printed inside the table's last rule read as its last rows: full-width
        text rows from one that opens a note ("a Reflects …") to the end are notes."""
        rows = table.parts[-1].rows

        def text(row: TableRow) -> str | None:
            cells = [row.span] if row.cells is None else row.cells
            return cells[0] if cells and cells[0] and not any(cells[1:]) else None

        tail = len(rows)
        while tail and text(rows[tail - 1]) is not None:
            tail -= 1
        start = next((i for i in range(tail, len(rows)) if self._opens_note(text(rows[i]))),
                     None)
        if start is None:
            return
        notes: list[str] = []
        for row in rows[start:]:
            line = text(row) or ""
            if self._opens_note(line) or not notes:
                notes.append(line)
            else:
                notes[-1] = join_wrapped([notes[-1], line])
        del rows[start:]
        table.notes[:0] = notes

    def _opens_note(self, text: str | None) -> bool:
        return bool(text) and text is not None and bool(
            self.vocab.note_start.match(text) or self.vocab.table_note.match(text))

    def _note_start(self, ln: Line, first: Line) -> bool:
        """Whether a line under a table opens a note: "Note:" or "Source:", or a footnote
        letter ("a Reflects …") set where the first note starts (its wrapped lines are
        indented past the letter, so a line of text opening with "a " goes on)."""
        return self._opens_note(ln.text) and (
            bool(self.vocab.note_start.match(ln.text)) or abs(ln.x0 - first.x0) <= self._tol())

    def _term_layout(self, size: float) -> TermLayout:
        """A term list's measures: the body's column tolerance, margin and right edge,
        and the gutter and row step of table cells of the list's type ``size``."""
        s = self.settings
        return TermLayout(self._tol(), self.body.left - s.hanging_ratio * self.body.size,
                          self.body.right, s.cell_gap_ratio * size, s.row_pitch_step * size,
                          self.vocab.entry_runs_on)

    def _links(self, run: list[Line]) -> dict[int, list[Link]]:
        """The links of each page the run is printed on: a link only marks text on its
        own page."""
        pages = {ln.page for ln in run}
        return {p.number: p.links for p in self.pages if p.number in pages}

    def _text_line(self, ln: Line) -> None:
        body = self.body
        first = ln.spans[0]
        tol = self._tol()
        heading = (ln.bold or ln.italic or ln.size > body.size + self.settings.size_tolerance)
        number = self._hanging_number(ln)
        numbered = number is not None
        if heading and not numbered:
            self._heading(ln)
            return
        if not numbered and ln.x0 > body.left + self.settings.signature_share * (
                body.right - body.left):
            self._close_text()
            last = self._last()
            if isinstance(last, Signature) and self.last_line is not None \
                    and self.last_line.page == ln.page:
                last.lines.append(ln.text)
            else:
                self._emit(Signature([ln.text], _prov([ln])))
            return
        if number is not None:
            self._close_text()
            rest = first.text[len(number):].strip()
            self.para = Paragraph(number.rstrip("."),
                                  self._join([rest, *(s.text for s in ln.spans[1:])]),
                                  _prov([ln]))
            self._emit(self.para)
            self.orgchart = False
            self.last_number = self.para.number
            self.run_in = not self._hangs(ln)
            if not self.run_in:
                self.wrap_x = self._after_number(ln, number)
            return
        runs_on = self._runs_on(ln)
        level = 0 if runs_on else self._marker_level(first.text)
        if level and len(ln.spans) > 1:
            self._item(first.text, self._join(ln.spans[1:]), level, ln.spans[1].x0, ln)
            return
        marker, _, rest = first.text.partition(" ")
        level = self._marker_level(marker) if rest and not runs_on else 0
        if level:  # the marker and its text set close enough to read as one span
            words = first.words
            x = words[1].x0 if len(words) > 1 and words[0].text == marker else \
                first.x0 + (first.x1 - first.x0) * (len(marker) + 1) / len(first.text)
            self._item(marker, self._join([rest.strip(), *ln.spans[1:]]), level, x, ln)
            return
        if self.items:
            item, x = self.items[-1]
            if abs(ln.x0 - x) <= tol:
                item.text = join_wrapped([item.text, self._join(ln.spans)])
                return
            if ln.x0 > x + tol:
                self._item("", self._join(ln.spans), item.level + 1, ln.x0, ln)
                return
            if _goes_on_in_lower_case(item.text, first.text) and self._continues(ln):
                item.text = join_wrapped([item.text, self._join(ln.spans)])
                return
        if self.para is not None and not self.items and self._wraps_para(ln) \
                and self._continues(ln):
            self.para.text = join_wrapped([self.para.text, self._join(ln.spans)])
            return
        self._close_text()
        self.para = Paragraph(None, self._join(ln.spans), _prov([ln]))
        self._emit(self.para)

    def _wraps_para(self, ln: Line) -> bool:
        """Whether a line starts where the open paragraph's wrapped lines start: at the
        body's left edge, under a hanging number where the text after it started, or,
        under a paragraph whose number ran into its text, where its first wrapped line
        started (a hanging indent the page sets for such paragraphs)."""
        if abs(ln.x0 - self.body.left) <= self._tol():
            return True
        if self.run_in and self.wrap_x is None and ln.x0 > self.body.left:
            self.wrap_x = ln.x0
        return self.wrap_x is not None and abs(ln.x0 - self.wrap_x) <= self._tol()

    @staticmethod
    def _after_number(ln: Line, number: str) -> float | None:
        """Where the text after a hanging paragraph number starts on its first line: its
        wrapped lines start there too, which a part of the document can set left of the
        body's usual edge (an addendum's sections indented less)."""
        words = ln.spans[0].words
        if len(words) > 1 and words[0].text == number:
            return words[1].x0
        return ln.spans[1].x0 if len(ln.spans) > 1 else None

    def _runs_on(self, ln: Line) -> bool:
        """Whether a line is the running text of the paragraph or item above wrapped onto
        it, though it starts with a marker ("(c) improved …"): the line above ran to the
        right edge, no paragraph space parts them, and it starts where that text's wrapped
        lines start. A sub-item is a paragraph of its own, set apart by that space or by
        a short line ending the text before it."""
        prev = self.last_line
        if self.para is None or prev is None or prev.x1 < self.body.right - self._tol():
            return False
        x = self.items[-1][1] if self.items else self.body.left
        return abs(ln.x0 - x) <= self._tol() and self._continues(ln)

    def _continues(self, ln: Line) -> bool:
        prev = self.last_line
        if prev is None or prev.page != ln.page:
            return True
        return ln.top - prev.top <= self.body.pitch + self.settings.paragraph_gap_ratio * ln.size

    def _marker_level(self, text: str) -> int:
        for i, pat in enumerate(self.vocab.item_markers):
            if pat.match(text):
                return i + 1
        return 0

    def _item(self, marker: str, text: str, level: int, x: float, ln: Line) -> None:
        item = Item(marker, text, level, _prov([ln]))
        while self.items and self.items[-1][0].level >= level:
            self.items.pop()
        if self.items:
            self.items[-1][0].items.append(item)
        else:
            if self.para is None:
                self.para = Paragraph(None, "", _prov([ln]))
                self._emit(self.para)
            self.para.items.append(item)
        self.items.append((item, x))

    @staticmethod
    def _join(parts: list) -> str:
        return join_wrapped([p if isinstance(p, str) else p.text for p in parts])

    def _text_start(self, ln: Line) -> float:
        """Where a line's text starts: at its first word, or past a number that alone
        hangs in the margin ("A." of "A. Proposed programme plan")."""
        margin = self.body.left - self.settings.hanging_ratio * self.body.size
        starts = [w.x0 for s in ln.spans for w in (s.words or (s,))]
        if len(starts) > 1 and starts[0] < margin <= starts[1]:
            return starts[1]
        return starts[0]

    def _hangs(self, ln: Line) -> bool:
        """Whether a line starts in the margin, left of the body text."""
        return ln.x0 < self.body.left - self.settings.hanging_ratio * self.body.size

    def _hanging_number(self, ln: Line) -> str | None:
        """The paragraph number printed in the left margin, if the line starts with one
        (it may touch the text when the number is long)."""
        first = ln.spans[0]
        token = first.text.split(" ", 1)[0]
        if not self._hangs(ln):
            return token if self._runs_in(ln, token) else None
        while token and not self.vocab.paragraph_number.match(token):
            token = token[:-1]
        return token or None

    def _runs_in(self, ln: Line, token: str) -> bool:
        """A paragraph number set at the body's left edge with its text run on after it
        (a page that does not hang its numbers): only the number that comes next in
        sequence, so a figure opening a line of text is not taken for one."""
        if abs(ln.x0 - self.body.left) > self._tol() \
                or not self.vocab.paragraph_number.match(token):
            return False
        if len(ln.spans[0].text) <= len(token) and len(ln.spans) < 2:
            return False
        return _next_in_sequence(token.rstrip("."), self.last_number)

    @staticmethod
    def _style(ln: Line) -> tuple[float, bool, bool]:
        return (round(ln.size * 2) / 2, ln.bold, ln.italic)

    def _heading(self, ln: Line) -> None:
        """A heading line, or the continuation of the heading above: same style, same
        page, and either tight below it or below a line that ran to the right edge."""
        style = self._style(ln)
        last = self._last()
        prev = self.last_line
        idx = len(self.blocks) - 1
        if (isinstance(last, Heading) and self.styles.get(idx) == style and prev is not None
                and prev.page == ln.page and self._wraps_heading(prev, ln)):
            last.text = join_wrapped([last.text, ln.text])
            self._chart_annex(last.text)
            return
        self._close_text()
        self._emit(Heading(self._join(ln.spans), 0, _prov([ln])))
        self.styles[len(self.blocks) - 1] = style
        self._chart_annex(ln.text)

    def _chart_annex(self, heading: str) -> None:
        """Follow where the organization chart annex starts (a heading naming it) and
        ends (the next annex's heading; a caption or a numbered paragraph also ends it)."""
        if self.vocab.annex_heading.match(heading):
            self.orgchart = False
        if self.vocab.orgchart_title.search(heading):
            self.orgchart, self.chart = True, None
