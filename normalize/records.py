"""Stage-two records: the typed fascicle that stage three writes as JSON.

Field order here is the key order of the JSON output, and every field maps to the
published schema (``schemas/fascicle.schema.json``). Values keep their printed
text beside them (``raw``) and their place in the source (``page``, ``bbox``).
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from unfascicle.extract.model import Provenance

Value = int | float | str | None
Box = list[float] | None  # [x0, top, x1, bottom] in PDF points, or None for text input


def box_of(prov: Provenance) -> Box:
    """A provenance box as the output writes it (rounded to 0.1 pt), or None."""
    b = prov.bbox
    return None if b is None else [round(b.x0, 1), round(b.top, 1), round(b.x1, 1),
                                    round(b.bottom, 1)]


@dataclass
class Column:
    """A value column: printed label, canonical key, and year where it has one."""

    label: str
    key: str | None
    year: int | None
    measure: str  # amount, count, percentage, text
    group: str | None = None  # printed spanning header ("变动")
    reference: str | None = None  # printed column reference ("(5)=(4)-(3)"), if any
    note: str | None = None  # footnote mark glued to the printed label ("a"), if any


@dataclass
class Row:
    """A table row; ``values`` align with the part's ``columns``."""

    label: str | None
    key: str | None
    english: str | None  # the key's English name, so any edition's rows read alike
    kind: str  # item, section, subtotal, total, text
    level: int
    values: list[Value]
    raw: list[str]
    page: int
    number: str | None = None  # the printed enumerator ("C", "1"), if any
    year: int | None = None  # for rows labelled by a year ("2023 年核定")
    unit: str | None = None  # unit key when the table mixes units
    bbox: Box = None


@dataclass
class Part:
    """A block of a table with its own header (e.g. regular budget, extrabudgetary)."""

    label: str | None
    key: str | None
    stub: Column | None  # the label column's header, None when there is none
    columns: list[Column]
    rows: list[Row]


@dataclass
class Unit:
    """A caption unit: as printed, and its canonical keys (several for "千美元/员额数目")."""

    printed: str
    keys: list[str | None]


@dataclass
class Region:
    """One page's share of a table or figure."""

    page: int
    bbox: Box = None


@dataclass
class TableRecord:
    """A typed table."""

    number: str | None
    title: str | None
    unit: Unit | None
    family: str
    parts: list[Part]
    notes: list[str]
    pages: list[int]
    regions: list[Region]

    def to_dataframe(self, part: int | None = None):
        """The table as a pandas DataFrame; see :func:`unfascicle.frames.table_frame`."""
        from unfascicle.frames import table_frame

        return table_frame(self, part)


@dataclass
class Item:
    """A sub-item of a paragraph."""

    marker: str
    text: str
    level: int
    page: int
    items: list[Item] = field(default_factory=list)


@dataclass
class ParagraphRecord:
    """A numbered (or, in a foreword, unnumbered) paragraph."""

    number: str | None
    text: str
    footnotes: list[str]
    items: list[Item]
    page: int
    bbox: Box = None


@dataclass
class HeadingRecord:
    """A heading, in reading order."""

    text: str
    level: int
    page: int


@dataclass
class FootnoteRecord:
    """A footnote and where it is printed."""

    number: str
    text: str
    page: int
    bbox: Box = None


@dataclass
class Mandate:
    """A legislative mandate: the issuing body's list it belongs to, symbol, title, link."""

    body: str
    symbol: str
    title: str
    url: str | None
    page: int


@dataclass
class Datum:
    """One label/value pair printed on a chart."""

    label: str | None
    key: str | None
    value: int | float | None
    raw: str


@dataclass
class Panel:
    """One chart panel (or one box of an organisation chart): its caption, the total
    it prints, every other line it prints, in order, and its label/value pairs."""

    caption: str | None
    total: str | None
    lines: list[str]
    data: list[Datum]


@dataclass
class FigureRecord:
    """A figure: "15.十四" with its arabic ordinal 14, title, unit and chart data."""

    number: str | None
    ordinal: int | None
    title: str | None
    unit: Unit | None
    panels: list[Panel]
    page: int
    bbox: Box = None


@dataclass
class Source:
    """The input file the records came from."""

    file: str
    format: str
    sha256: str
    pages: int


@dataclass
class DocumentInfo:
    """What the fascicle says about itself."""

    symbol: str | None
    session: int | None
    section: int | None
    part: int | None
    part_title: str | None
    title: str | None
    language: str
    job_number: str | None
    source: Source


@dataclass
class Notice:
    """Something a user should look at: an unknown label, an unreadable number."""

    code: str
    message: str
    page: int | None = None
    table: str | None = None
    part: str | None = None
    row: str | None = None
    column: str | None = None


@dataclass
class Fascicle:
    """The whole typed document."""

    document: DocumentInfo
    headings: list[HeadingRecord]
    paragraphs: list[ParagraphRecord]
    footnotes: list[FootnoteRecord]
    mandates: list[Mandate]
    tables: list[TableRecord]
    figures: list[FigureRecord]
    warnings: list[Notice]

    def table(self, number: str) -> TableRecord:
        """The table printed with this number ("15.9"); KeyError when absent."""
        for table in self.tables:
            if table.number == number:
                return table
        raise KeyError(number)

    @property
    def checks(self):
        """The accounting checks over the tables (:class:`unfascicle.checks.findings.Finding`,
        pass and fail), the same the output JSON carries."""
        from unfascicle.checks import run_checks
        from unfascicle.output import plain

        return run_checks(plain(self))

    def facts(self):
        """The long table: one row per cell of a numeric column, with the columns of the
        database's ``facts`` view, typed (see :func:`unfascicle.store.frames.facts_frame`)."""
        from unfascicle.output import to_dict
        from unfascicle.store.frames import facts_frame

        return facts_frame(to_dict(self))

    @classmethod
    def from_output(cls, document: dict) -> Fascicle:
        """The typed records back from an output document (as :func:`unfascicle.open`
        reads it); its header and checks are left out, the checks are recomputed."""
        return _typed(cls, document)


def _typed(kind: type, data: Any) -> Any:
    """JSON data as the record type ``kind`` describes it, following the type hints."""
    if data is None:
        return None
    if is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        return kind(**{f.name: _typed(hints[f.name], data[f.name])
                       for f in fields(kind) if f.name in data})
    origin = typing.get_origin(kind)
    if origin is list:
        (item,) = typing.get_args(kind)
        return [_typed(item, x) for x in data]
    if origin in (types.UnionType, typing.Union):
        structured = [a for a in typing.get_args(kind)
                      if is_dataclass(a) or typing.get_origin(a) is list]
        return _typed(structured[0], data) if structured else data
    return data
