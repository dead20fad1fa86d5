"""Read a Word ``.docx`` fascicle into a stage-one :class:`~.model.Layout`.

Word already knows the structure a PDF reader has to infer: paragraphs and tables
come in reading order, headings have styles, tables are grids with their header
rows marked, footnotes are their own part and links are links. This reader walks
the body once, keeping Word's counters (list numbers, SEQ fields, footnote calls),
and groups what it reads the way the page shows it: caption lines with the table
or chart under them, "(1) …"/"(2) …" tables as the parts of one table, a heading
over a two-column list of symbols as a term list, sub-items under their paragraph,
and each footnote after the paragraph that calls it. Running headers and footers
(which carry the symbol and job number) come from the header and footer parts.

There are no pages: every block has ``page`` None and the index of its Word
paragraph; ``Layout.pages`` is 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from lxml import etree

from unfascicle.editions import EDITIONS, detect_language

from ..errors import UnreadableInput
from .docx_numbering import Numbering, Style, parse_styles
from .docx_package import DOCUMENT, Package, PackageLimits, W, open_package
from .docx_tables import Grid, columns_used, grid_part, read_grid, term_entries
from .docx_text import DocxPara, TextReader
from .marks import edition_section, load_marks
from .model import (
    Block,
    ChartPanel,
    Figure,
    Footnote,
    Heading,
    Item,
    Layout,
    Paragraph,
    Provenance,
    Table,
    TablePart,
    TermList,
)
from .textnorm import clean, join_wrapped

__all__ = ["read_docx"]


@dataclass(frozen=True)
class DocxVocab:
    """Compiled patterns from ``data/docx_layout.yaml``."""

    heading_styles: dict[str, int]
    table_caption: re.Pattern[str]
    figure_caption: re.Pattern[str]
    caption_max_lines: int
    part_label: re.Pattern[str]
    unit_line: re.Pattern[str]
    note_start: re.Pattern[str]
    table_note: re.Pattern[str]
    data_cell: re.Pattern[str]
    paragraph_number: re.Pattern[str]
    item_markers: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=len(EDITIONS))
def load_vocab(language: str) -> DocxVocab:
    """The Word reader's words of edition ``language`` (read once per edition)."""
    raw = edition_section("docx_layout.yaml", language)
    marks = load_marks(language)
    return DocxVocab(
        heading_styles=dict(raw["heading_styles"]),
        table_caption=marks.table_caption_opening,
        figure_caption=marks.figure_caption_opening,
        caption_max_lines=int(raw["caption_max_lines"]),
        part_label=marks.part_label,
        unit_line=marks.unit_line,
        note_start=marks.note_start,
        table_note=re.compile(raw["table_note"]),
        data_cell=re.compile(raw["data_cell"]),
        paragraph_number=re.compile(raw["paragraph_number"]),
        item_markers=tuple(re.compile(p) for p in raw["item_markers"]),
    )


def _flat(text: str) -> str:
    """Printed text on one line: tabs and runs of spaces become one space."""
    return " ".join(text.replace("\t", " ").split())


@dataclass
class _Caption:
    kind: str  # "table" or "figure"
    lines: list[str]
    index: int


@dataclass
class _PendingHeading:
    """A heading read but not yet placed: it may head a term list, and the next Word
    paragraph may go on with it."""

    text: str
    level: int
    style: str
    index: int  # the first Word paragraph
    last: int  # the last Word paragraph taken


@dataclass
class _Assembler:
    """Groups Word paragraphs and tables into blocks, in reading order."""

    vocab: DocxVocab
    notes: dict[str, str]
    outline_levels: dict[int, list[tuple[int | None, int]]]  # outline → (size, level)
    blocks: list[Block] = field(default_factory=list)
    caption: _Caption | None = None
    part_label: str | None = None
    pending_heading: _PendingHeading | None = None
    open_table: Table | None = None  # last table, still taking "(2) …" parts and notes
    figure: Figure | None = None  # last figure, still taking chart boxes
    term_widths: list[int] | None = None  # column widths of the last term list's table
    chart_figure: Figure | None = None  # the last figure a chart was drawn in

    # -- paragraphs -------------------------------------------------------------------

    def paragraph(self, para: DocxPara) -> None:
        text = para.text.strip()
        if not text:
            if para.drawing or para.boxes:
                self._drawing(para)
            return
        flat = _flat(text)
        if self.caption is None and (kind := self._caption_kind(flat)):
            self._flush()
            self.caption = _Caption(kind, [flat], para.index)
            self._notes(para)  # a caption may call a footnote too
            return
        if self.caption is not None and self.caption.kind == "table" and \
                self.vocab.part_label.match(flat) and self.part_label is None:
            self.part_label = flat
            return
        if self.caption is None and self.open_table is not None and \
                self.vocab.part_label.match(flat):
            self.part_label = flat
            return
        if self.caption is not None and len(self.caption.lines) < self.vocab.caption_max_lines \
                and self._caption_line(para, flat):
            self.caption.lines.append(flat)
            self._notes(para)
            if para.drawing or para.boxes:
                self._drawing(para)
            return
        if self.open_table is not None and self._table_note(flat):
            self.open_table.notes.append(flat)
            return
        self._flush()
        level = self._heading_level(para)
        if level is not None:
            pending = self.pending_heading
            if pending is not None and pending.style == para.style.id \
                    and pending.last + 1 == para.index:
                pending.text = join_wrapped([pending.text, flat])
                pending.last = para.index
                return
            self._release_heading()
            self.pending_heading = _PendingHeading(flat, level, para.style.id, para.index,
                                                   para.index)
            return
        self._release_heading()
        self._body(para, text)
        if para.drawing or para.boxes:
            self._drawing(para)

    def _caption_kind(self, flat: str) -> str | None:
        if self.vocab.table_caption.match(flat):
            return "table"
        if self.vocab.figure_caption.match(flat):
            return "figure"
        return None

    def _caption_line(self, para: DocxPara, flat: str) -> bool:
        """A title or unit line of the caption being read (not a numbered paragraph)."""
        if self.caption is None or self.caption.kind == "figure" and self.figure is not None:
            return False
        head = flat.split(" ", 1)[0]
        if self.vocab.paragraph_number.match(head) and para.text.lstrip().find("\t") >= 0 \
                and self._heading_level(para) is None:
            return False
        return True

    def _table_note(self, flat: str) -> bool:
        return bool(self.vocab.note_start.match(flat) or self.vocab.table_note.match(flat))

    def _heading_level(self, para: DocxPara) -> int | None:
        style = para.style
        for key in (style.id, style.name):
            if key in self.vocab.heading_styles:
                return self.vocab.heading_styles[key]
        if para.outline is not None and para.outline < 9:
            return self._direct_level(para)
        return style.outline + 1 if style.outline is not None and style.outline < 9 else None

    def _direct_level(self, para: DocxPara) -> int:
        """A heading formatted by hand (outline level and font set on the paragraph, not
        by a heading style) takes the level of the heading style it copies: the one with
        its outline level, nearest in size (the UN's chapter and H1 styles share one)."""
        assert para.outline is not None
        same = self.outline_levels.get(para.outline)
        if not same:
            return para.outline + 1
        size = para.size or para.style.size or 0
        return min(same, key=lambda sl: (abs((sl[0] or 0) - size), sl[1]))[1]

    def _release_heading(self) -> None:
        if self.pending_heading is not None:
            pending, self.pending_heading = self.pending_heading, None
            self.blocks.append(Heading(pending.text, pending.level, _prov(pending.index)))

    def _body(self, para: DocxPara, text: str) -> None:
        marker, _, rest = text.partition("\t")
        marker = marker.strip()
        if rest.strip() and self.vocab.paragraph_number.match(marker):
            block = Paragraph(marker.rstrip("."), _flat(rest), _prov(para.index))
            self.blocks.append(block)
            self._notes(para)
            return
        level = self._item_level(marker) if rest.strip() else None
        if level is not None:
            item = Item(marker, _flat(rest), level, _prov(para.index))
            host = self._host()
            if host is None:
                host = Paragraph(None, "", _prov(para.index))
                self.blocks.append(host)
            parent = host.items
            if level > 1 and parent:
                parent = parent[-1].items
            parent.append(item)
            self._notes(para)
            return
        self.blocks.append(Paragraph(None, _flat(text), _prov(para.index)))
        self._notes(para)

    def _host(self) -> Paragraph | None:
        """The paragraph a sub-item belongs to: the last block, past the footnotes that
        its previous item called (they are blocks of their own, not a break in the list)."""
        for block in reversed(self.blocks):
            if not isinstance(block, Footnote):
                return block if isinstance(block, Paragraph) else None
        return None

    def _item_level(self, marker: str) -> int | None:
        matches = [i + 1 for i, p in enumerate(self.vocab.item_markers) if p.match(marker)]
        if not matches:
            return None
        if len(matches) > 1:  # "(i)": a letter after "(h)", else a roman numeral
            host = self._host()
            last = host.items[-1].marker if host is not None and host.items else ""
            if len(last) == 3 and ord(last[1]) + 1 == ord(marker[1]):
                return matches[0]
            return matches[-1]
        return matches[0]

    def _notes(self, para: DocxPara) -> None:
        for number, note_id in para.notes:
            self.blocks.append(Footnote(number, self.notes.get(note_id, ""), _prov(para.index)))

    # -- drawings, tables -------------------------------------------------------------

    def _drawing(self, para: DocxPara) -> None:
        """Text boxes as panels of the figure they are drawn in (an organisation chart's
        boxes), or of a figure of their own; boxes set over a chart (a dash for a value
        not yet known) are its labels, as the chart's own text is, not panels."""
        panels = [ChartPanel([_flat(p.text) for p in box if p.text.strip()])
                  for box in para.boxes]
        panels = [p for p in panels if p.caption]
        if self.caption is not None and self.caption.kind == "figure":
            self.figure = Figure(self.caption.lines, _prov(self.caption.index))
            self.blocks.append(self.figure)
            self.caption = None
        if self.figure is not None and para.chart:
            self.chart_figure = self.figure
        if self.figure is not None and self.figure is not self.chart_figure:
            self.figure.panels.extend(panels)
        elif self.figure is None and panels:
            self._release_heading()
            self.figure = Figure([], _prov(para.index), panels)
            self.blocks.append(self.figure)

    def table(self, grid: Grid) -> None:
        if not grid.rows:
            return
        if self.caption is None and self.part_label is None and self._term_list(grid):
            return
        label, self.part_label = self.part_label, None
        part = grid_part(grid, label)
        if not part.rows and not part.header:
            return
        if self.caption is not None:
            caption, self.caption = self.caption.lines, None
            self._release_heading()
            self.figure = None
            self.open_table = Table(caption, [part], [])
            self.blocks.append(self.open_table)
        elif label and self.open_table is not None:
            self.open_table.parts.append(part)
        elif (earlier := self._continued(part)) is not None:
            self._release_heading()
            earlier.parts.append(part)
        else:
            self._release_heading()
            self.figure = None
            self.open_table = Table([], [part], [])
            self.blocks.append(self.open_table)

    def _continued(self, part: TablePart) -> Table | None:
        """An uncaptioned table split by headings only, the same columns on both sides
        (an annex table, one piece per entity): the later piece is a part of it."""
        for block in reversed(self.blocks):
            if isinstance(block, Heading):
                continue
            if isinstance(block, Table) and not block.caption and \
                    _leaves(block.parts[-1])[1:] == _leaves(part)[1:] and len(_leaves(part)) > 1:
                return block
            return None
        return None

    def _term_list(self, grid: Grid) -> bool:
        """A heading followed by a table of two columns without a header: a term list
        (a legislative mandate list: symbol and title). A single-entry list may have its
        one row marked as a header row: a header with no rows under it heads nothing.
        A list typed as two tables (an empty paragraph between them) goes on in the
        second when nothing else came between and its columns are as wide."""
        if grid.header == len(grid.rows):
            grid = replace(grid, header=0)
        prev = self.blocks[-1] if self.blocks else None
        goes_on = (self.pending_heading is None and isinstance(prev, TermList)
                   and grid.widths == self.term_widths)
        if (self.pending_heading is None and not goes_on) or grid.header \
                or columns_used(grid) not in (1, 2):
            return False
        self.term_widths = grid.widths
        entries = term_entries(grid)
        if isinstance(prev, TermList) and goes_on:
            prev.entries.extend(entries)
            return True
        assert self.pending_heading is not None
        pending, self.pending_heading = self.pending_heading, None
        self._flush()
        prev = self.blocks[-1] if self.blocks else None
        if isinstance(prev, TermList) and prev.heading == pending.text:
            prev.entries.extend(entries)
        else:
            self.blocks.append(TermList(pending.text, entries, _prov(pending.index)))
        return True

    def _flush(self) -> None:
        """A caption that met neither table nor chart is printed text after all."""
        self.open_table = None
        self.figure = None
        self.part_label = None
        if self.caption is not None:
            caption, self.caption = self.caption, None
            self.blocks.append(Figure(caption.lines, _prov(caption.index)))

    def finish(self) -> list[Block]:
        self._flush()
        self._release_heading()
        return self.blocks


def _leaves(part: TablePart) -> list[str]:
    """The lowest header text over each column."""
    grid: dict[tuple[int, int], str] = {}
    for r, row in enumerate(part.header):
        c = 0
        for cell in row:
            while (r, c) in grid:
                c += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    grid[(r + dr, c + dc)] = cell.text
            c += cell.colspan
    cols = sorted({c for _, c in grid})
    return [next((grid[(r, c)] for r in reversed(range(len(part.header))) if (r, c) in grid), "")
            for c in cols]


def _prov(index: int) -> Provenance:
    return Provenance(None, paragraph=index)


def _body_elements(body: etree._Element):
    """Body paragraphs and tables in order, through content controls and custom XML."""
    for child in body:
        if child.tag in (W + "p", W + "tbl"):
            yield child
        elif child.tag in (W + "sdt", W + "customXml", W + "sdtContent", W + "ins",
                           W + "moveTo"):
            content = child.find(W + "sdtContent")
            yield from _body_elements(content if content is not None else child)


def _notes(package: Package, reader: TextReader) -> dict[str, str]:
    """Footnote id → text (without its own mark)."""
    root = package.xml("word/footnotes.xml")
    if root is None:
        return {}
    sub = TextReader(reader.styles, reader.default_style, Numbering({}, {}),
                     package.rels("word/footnotes.xml"))
    out = {}
    for note in root.iter(W + "footnote"):
        if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        texts = [_flat(sub.paragraph(p).text) for p in note.iter(W + "p")]
        out[note.get(W + "id") or ""] = join_wrapped(texts)
    return out


def _running(package: Package) -> list[str]:
    """Distinct lines of the header and footer parts."""
    lines: dict[str, None] = {}
    rels = package.rels(DOCUMENT)
    for target in sorted(set(rels.values())):
        name = target.rsplit("/", 1)[-1]
        if not re.match(r"^(?:header|footer)\d*\.xml$", name):
            continue
        root = package.xml(target)
        if root is None:
            continue
        for p in root.iter(W + "p"):
            text = clean(_flat("".join(t.text or "" for t in p.iter(W + "t"))))
            if text:
                lines.setdefault(text)
    return list(lines)


def read_docx(source: Path, data: bytes | None = None,
              limits: PackageLimits | None = None, language: str | None = None) -> Layout:
    """Read ``source`` (its bytes in ``data`` when already read) into a Layout, with the
    words of edition ``language`` (detected from the script of the text when None)."""
    source = Path(source)
    if data is None:
        data = source.read_bytes()
    package = open_package(source, data, limits)
    root = package.xml(DOCUMENT)
    body = root.find(W + "body") if root is not None else None
    if body is None:
        raise UnreadableInput(source, "the Word file has no document body")
    styles, default = parse_styles(package.xml("word/styles.xml"))
    reader = TextReader(styles, default, Numbering.parse(package.xml("word/numbering.xml")),
                        package.rels(DOCUMENT))
    vocab = load_vocab(language or detect_language(body.itertext()))
    asm = _Assembler(vocab, _notes(package, reader), _outline_levels(styles, vocab))
    items: list[DocxPara | Grid] = [
        read_grid(el, reader, asm.vocab.data_cell) if el.tag == W + "tbl" else reader.paragraph(el)
        for el in _body_elements(body)]
    cover = _cover_end(items, asm.vocab)
    front: list[str] = []
    for item in items[:cover]:
        paras = [q for row in item.rows for c in row for q in c.paras] if isinstance(
            item, Grid) else [item, *(q for box in item.boxes for q in box)]
        front.extend(_flat(q.text) for q in paras if q.text.strip())
    for item in items[cover:]:
        if isinstance(item, Grid):
            asm.table(item)
        else:
            asm.paragraph(item)
    return Layout(source=str(source), source_kind="docx", pages=0, blocks=asm.finish(),
                  front=front, running=_running(package))


def _outline_levels(styles: dict[str, Style], vocab: DocxVocab
                    ) -> dict[int, list[tuple[int | None, int]]]:
    """The document's heading styles by outline level, each as (size, level)."""
    out: dict[int, list[tuple[int | None, int]]] = {}
    for style in styles.values():
        level = vocab.heading_styles.get(style.id) or vocab.heading_styles.get(style.name)
        if level is not None and style.outline is not None and style.outline < 9:
            out.setdefault(style.outline, []).append((style.size, level))
    return out


def _cover_end(items: list[DocxPara | Grid], vocab: DocxVocab) -> int:
    """How many body items make the cover page: those before Word's first page break
    (as last laid out, or typed), if it comes before the first numbered paragraph or
    caption; else none (a document without a cover)."""
    for i, item in enumerate(items):
        if isinstance(item, Grid):
            if any(q.broke for row in item.rows for c in row for q in c.paras):
                return i + 1
            continue
        if item.break_before_text:
            return i
        if _starts_body(item, vocab):
            return 0
        if item.broke:
            return i + 1
    return 0


def _starts_body(para: DocxPara, vocab: DocxVocab) -> bool:
    """A numbered paragraph or a caption ends the cover however the pages fell."""
    marker = para.text.strip().partition("\t")[0].strip()
    return bool(vocab.paragraph_number.match(marker) and "\t" in para.text.strip()) or bool(
        vocab.table_caption.match(_flat(para.text)))
