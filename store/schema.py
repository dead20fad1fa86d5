"""The relational schema, declared once: the DDL, the loader's rows and the exported files
all follow these tables, so a column added here appears everywhere.

Every table below ``documents`` carries ``document_id`` and its own position numbers (0-based
indexes into the JSON arrays) as primary key, so one document's rows can be replaced as a
whole and every row points back to the exact place in the output it came from. Lists
inside a record (page lists, unit keys, nested list items) are kept as JSON text.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Double,
    ForeignKeyConstraint,
    Integer,
    MetaData,
    Select,
    String,
    Table,
    and_,
    case,
    func,
    literal,
    select,
)
from sqlalchemy.schema import CreateView

metadata = MetaData()

DOC = "document_id"


def _key(*names: str) -> list[Column]:
    """Primary-key position columns; never autoincrementing (DuckDB has no SERIAL)."""
    return [Column(n, Integer, primary_key=True, autoincrement=False) for n in names]


def _bbox() -> list[Column]:
    """[x0, top, x1, bottom] in PDF points, spread out so it can be queried."""
    return [Column(n, Double) for n in ("bbox_x0", "bbox_top", "bbox_x1", "bbox_bottom")]


def _parent(table: str, *key: str) -> ForeignKeyConstraint:
    """The reference to the owning row of ``table``, whose key is document_id + ``key``.

    Created in PostgreSQL only: DuckDB checks foreign keys before commit, so it refuses to
    delete a parent whose children were deleted earlier in the same transaction, which
    is exactly how a document is replaced."""
    reference = ForeignKeyConstraint([DOC, *key], [f"{table}.{c}" for c in (DOC, *key)])
    return reference.ddl_if(dialect="postgresql")


def _child(name: str, *columns: Column | ForeignKeyConstraint, doc: str) -> Table:
    """A table owned by one document, with ``document_id`` first in its key."""
    return Table(
        name, metadata,
        Column(DOC, String, primary_key=True),
        *columns,
        _parent("documents"),
        comment=doc,
    )


documents = Table(
    "documents", metadata,
    Column(DOC, String, primary_key=True, comment="symbol|language|source sha256"),
    Column("symbol", String),
    Column("language", String, nullable=False),
    Column("session", Integer),
    Column("section", Integer),
    Column("part", Integer),
    Column("part_title", String),
    Column("title", String),
    Column("job_number", String),
    Column("source_file", String, nullable=False),
    Column("source_format", String, nullable=False),
    Column("sha256", String, nullable=False),
    Column("pages", Integer, nullable=False),
    Column("schema_version", String, nullable=False),
    Column("generator_version", String, nullable=False),
    comment="One fascicle edition: a symbol in one language read from one source file",
)

headings = _child(
    "headings", *_key("heading_index"),
    Column("text", String, nullable=False),
    Column("level", Integer, nullable=False),
    Column("page", Integer),  # None for a Word file (no pages)
    doc="Section headings in reading order",
)

paragraphs = _child(
    "paragraphs", *_key("paragraph_index"),
    Column("number", String),
    Column("text", String, nullable=False),
    Column("footnotes", String, nullable=False, comment="JSON list of footnote numbers"),
    Column("items", String, nullable=False, comment="JSON list of nested list items"),
    Column("page", Integer),  # None for a Word file (no pages)
    *_bbox(),
    doc="Body paragraphs; footnote calls are written [^N] in text",
)

footnotes = _child(
    "footnotes", *_key("footnote_index"),
    Column("number", String, nullable=False),
    Column("text", String, nullable=False),
    Column("page", Integer),  # None for a Word file (no pages)
    *_bbox(),
    doc="Footnotes",
)

mandates = _child(
    "mandates", *_key("mandate_index"),
    Column("body", String, nullable=False),
    Column("symbol", String, nullable=False),
    Column("title", String, nullable=False),
    Column("url", String),
    Column("page", Integer),  # None for a Word file (no pages)
    doc="Legislative mandates (resolutions and decisions) listed in the fascicle",
)

tables = _child(
    "tables", *_key("table_index"),
    Column("table_number", String),
    Column("title", String),
    Column("unit", String, comment="the caption unit as printed"),
    Column("unit_keys", String, comment="JSON list of canonical unit keys"),
    Column("unit_key", String, comment="the unit key when the caption names exactly one"),
    Column("family", String, nullable=False),
    Column("notes", String, nullable=False, comment="JSON list of notes"),
    Column("pages", String, nullable=False, comment="JSON list of pages"),
    Column("first_page", Integer),
    doc="Numbered tables",
)



parts = _child(
    "parts", *_key("table_index", "part_index"),
    Column("label", String),
    Column("key", String),
    Column("stub_label", String, comment="heading of the row-label column"),
    Column("stub_key", String),
    _parent("tables", "table_index"),
    doc="Table parts (a table printed as several blocks, e.g. regular budget / extrabudgetary)",
)

columns = _child(
    "columns", *_key("table_index", "part_index", "column_index"),
    Column("part_label", String),
    Column("part_key", String),
    Column("label", String, nullable=False),
    Column("key", String),
    Column("year", Integer),
    Column("measure", String, nullable=False),
    Column("group_label", String, comment="spanning header above the column"),
    _parent("parts", "table_index", "part_index"),
    doc="Value columns of a table part (the stub is in parts)",
)

rows = _child(
    "rows", *_key("table_index", "part_index", "row_index"),
    Column("label", String),
    Column("key", String),
    Column("kind", String, nullable=False),
    Column("level", Integer, nullable=False),
    Column("number", String),
    Column("year", Integer),
    Column("unit", String, comment="the row's own unit key, when it has one"),
    Column("page", Integer),  # None for a Word file (no pages)
    *_bbox(),
    _parent("parts", "table_index", "part_index"),
    doc="Table rows",
)

cells = _child(
    "cells", *_key("table_index", "part_index", "row_index", "column_index"),
    Column("value", Double, comment="the number; a printed dash is 0"),
    Column("text", String, comment="the text of a text cell or of an unreadable number"),
    Column("raw", String, comment="the cell as printed"),
    Column("status", String, nullable=False, comment="number, text, unreadable or blank"),
    _parent("rows", "table_index", "part_index", "row_index"),
    doc="One value per row and column",
)

figures = _child(
    "figures", *_key("figure_index"),
    Column("number", String),
    Column("ordinal", Integer),
    Column("title", String),
    Column("unit", String),
    Column("unit_keys", String, comment="JSON list of canonical unit keys"),
    Column("page", Integer),  # None for a Word file (no pages)
    *_bbox(),
    doc="Figures (charts)",
)

figure_panels = _child(
    "figure_panels", *_key("figure_index", "panel_index"),
    Column("caption", String),
    Column("total", String, comment="the total as printed"),
    Column("lines", String, comment="JSON list of the panel's other printed lines"),
    _parent("figures", "figure_index"),
    doc="Panels of a figure (a pie or bar block with its own caption)",
)

figure_data = _child(
    "figure_data", *_key("figure_index", "panel_index", "datum_index"),
    Column("label", String),
    Column("key", String),
    Column("value", Double),
    Column("raw", String, nullable=False),
    _parent("figure_panels", "figure_index", "panel_index"),
    doc="Data labels read from figures",
)

checks = _child(
    "checks", *_key("check_index"),
    Column("rule", String, nullable=False),
    Column("table_number", String),
    Column("part_label", String),
    Column("row_label", String),
    Column("column_label", String),
    Column("printed", Double),
    Column("computed", Double),
    Column("status", String, nullable=False),
    Column("tolerance", Double, nullable=False),
    Column("page", Integer),
    Column("detail", String),
    doc="Accounting identities checked over the tables",
)

warnings = _child(
    "warnings", *_key("warning_index"),
    Column("code", String, nullable=False),
    Column("message", String, nullable=False),
    Column("page", Integer),
    Column("table_number", String),
    Column("part_label", String),
    Column("row_label", String),
    Column("column_label", String),
    doc="What the reader could not read cleanly",
)


def facts_query() -> Select:
    """One row per numeric table value with everything needed to read it alone.

    The unit is the row's own unit key, else the table caption's single key; a
    percentage column is in percent whatever the caption says. The position columns
    at the end join a fact back to its cell, row and column."""
    d, t, p, c, r, v = documents, tables, parts, columns, rows, cells
    unit = case((c.c.measure == literal("percentage"), literal("percent")),
                else_=func.coalesce(r.c.unit, t.c.unit_key))
    return (
        select(
            d.c.document_id, d.c.symbol, d.c.language, t.c.table_number,
            func.coalesce(p.c.key, p.c.label).label("part"),
            r.c.label.label("row_label"), r.c.key.label("row_key"),
            c.c.label.label("column_label"), c.c.key.label("column_key"),
            func.coalesce(c.c.year, r.c.year).label("year"), c.c.measure,
            unit.label("unit"), v.c.value, v.c.raw, r.c.page,
            v.c.table_index, v.c.part_index, v.c.row_index, v.c.column_index,
        )
        .select_from(v)
        .join(d, d.c.document_id == v.c.document_id)
        .join(t, and_(t.c.document_id == v.c.document_id, t.c.table_index == v.c.table_index))
        .join(p, and_(p.c.document_id == v.c.document_id, p.c.table_index == v.c.table_index,
                      p.c.part_index == v.c.part_index))
        .join(r, and_(r.c.document_id == v.c.document_id, r.c.table_index == v.c.table_index,
                      r.c.part_index == v.c.part_index, r.c.row_index == v.c.row_index))
        .outerjoin(c, and_(c.c.document_id == v.c.document_id,
                           c.c.table_index == v.c.table_index,
                           c.c.part_index == v.c.part_index,
                           c.c.column_index == v.c.column_index))
        .where(v.c.value.is_not(None))
    )


facts: Table = CreateView(facts_query(), "facts", metadata=metadata).table

# The stored tables, parents before children (the view is created after them).
TABLES: list[Table] = [t for t in metadata.sorted_tables if not t.is_view]
# Every relation a user sees, tables then the facts view: one exported file each.
RELATIONS: list[Table] = [*TABLES, facts]
