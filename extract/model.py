"""Stage-one document model: what the page shows, with where it shows it.

Readers (PDF, flat text) produce a :class:`Layout`; stage two turns it into budget
records. Nothing here knows budgets: a table is a grid of printed strings, a list
of legislative mandates is a two-column term list, a figure is a caption plus the
text labels of its chart. Every block carries :class:`Provenance`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class BBox:
    """A rectangle in PDF points, origin at the top-left of the page."""

    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True)
class Provenance:
    """Where a block came from: 1-based page, and a box (PDF) or a line (text).

    A Word file has no pages until it is laid out: its blocks have ``page`` None and
    ``paragraph``, the 0-based index of the Word paragraph in reading order.
    """

    page: int | None
    bbox: BBox | None = None
    line: int | None = None
    paragraph: int | None = None


@dataclass
class Heading:
    """A heading line that is neither a paragraph nor a caption. Level 1 is the top."""

    text: str
    level: int
    prov: Provenance
    kind: Literal["heading"] = "heading"


@dataclass
class Item:
    """A lettered or numbered sub-item of a paragraph: "(a)" level 1, "㈠" level 2."""

    marker: str
    text: str
    level: int
    prov: Provenance
    items: list[Item] = field(default_factory=list)


@dataclass
class Paragraph:
    """A body paragraph; ``number`` is its printed number ("15.3") or None.

    Footnote calls in ``text`` (and in item texts) are written ``[^N]``.
    """

    number: str | None
    text: str
    prov: Provenance
    items: list[Item] = field(default_factory=list)
    kind: Literal["paragraph"] = "paragraph"


@dataclass
class Footnote:
    """A page-bottom footnote, ``number`` as printed ("1")."""

    number: str
    text: str
    prov: Provenance
    kind: Literal["footnote"] = "footnote"


@dataclass
class TermEntry:
    """One row of a two-column term list: the term, its text, and a link if any."""

    term: str
    text: str
    url: str | None = None


@dataclass
class TermList:
    """A two-column list of terms under its own heading (e.g. a mandate list)."""

    heading: str
    entries: list[TermEntry]
    prov: Provenance
    kind: Literal["termlist"] = "termlist"


@dataclass
class HeaderCell:
    """A header cell; spans count grid columns and header rows."""

    text: str
    colspan: int = 1
    rowspan: int = 1


@dataclass
class TableRow:
    """One body row. Either ``cells`` (one string per grid column, "" when blank)
    or ``span`` (a single text across the whole width) is set.

    ``indent`` is the nesting depth seen on the page (0 when unknown), ``bold``
    whether the row is set in bold (None when the input cannot tell).
    ``guessed_blanks`` is set when the input printed fewer values than columns and
    the reader placed the blank cells by spacing alone (flat text).
    ``room`` is, per cell, the space left on its last line before the column's right
    edge, in multiples of the font size (None when the input has no geometry): a row
    cut by a page break goes on where the next word would not have fitted there.
    """

    prov: Provenance
    cells: list[str] | None = None
    span: str | None = None
    indent: int = 0
    bold: bool | None = None
    guessed_blanks: bool = False
    room: list[float] | None = None

    @property
    def filled(self) -> list[str]:
        """The cells of a row a reader made with cells (not a span), to fill in."""
        assert self.cells is not None, "a span row has no cells"
        return self.cells


@dataclass
class TablePart:
    """A block of a table with its own header rows; ``label`` is the printed line
    that introduces it when a table has several ("(1) 经常预算"), else None."""

    label: str | None
    header: list[list[HeaderCell]]
    rows: list[TableRow]

    @property
    def ncols(self) -> int:
        """Number of grid columns, from the first header row."""
        return sum(c.colspan for c in self.header[0]) if self.header else (
            len(self.rows[0].cells or []) if self.rows else 0)


@dataclass
class Table:
    """A table, merged across pages, repeated headers removed.

    ``caption`` holds the caption lines in printed order (e.g. "表 15.9", the title,
    the unit line); ``notes`` the lines printed under the table ("注：…").
    ``prov`` has one entry per page the table occupies (none for a Word file).
    """

    caption: list[str]
    parts: list[TablePart]
    prov: list[Provenance]
    notes: list[str] = field(default_factory=list)
    kind: Literal["table"] = "table"


@dataclass
class ChartLabel:
    """One label/value pair printed on a chart; ``label`` None when not printed."""

    label: str | None
    value: str


@dataclass
class ChartPanel:
    """One panel of a chart: its caption lines and the pairs it prints."""

    caption: list[str]
    data: list[ChartLabel] = field(default_factory=list)


@dataclass
class Figure:
    """A figure: caption lines ("图 15.十四", title, unit) and chart panels."""

    caption: list[str]
    prov: Provenance
    panels: list[ChartPanel] = field(default_factory=list)
    kind: Literal["figure"] = "figure"


@dataclass
class Signature:
    """Signature lines closing a foreword."""

    lines: list[str]
    prov: Provenance
    kind: Literal["signature"] = "signature"


Block = Heading | Paragraph | Footnote | TermList | Table | Figure | Signature


@dataclass
class Layout:
    """A whole input document as stage one sees it.

    ``front`` holds the text lines of the cover page (PDF, Word) or none (flat text);
    ``running`` the distinct running header/footer lines that were dropped, so that
    stage two can read the symbol and job number from them.
    """

    source: str
    source_kind: Literal["pdf", "text", "docx"]
    pages: int
    blocks: list[Block]
    front: list[str] = field(default_factory=list)
    running: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
