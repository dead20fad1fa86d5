"""The relational schema, declared once: the DDL, the loader's rows and the exported files
all follow these tables, so a column added here appears everywhere.

A document is identified by its symbol and language (``document_id`` "A/78/6 (Sect. 15)|zh"):
the PDF and the flat text of one fascicle are the same document, and loading either replaces
the other. Every table below ``documents`` carries ``document_id`` and its own position
numbers (0-based indexes into the JSON arrays) as primary key, so one document's rows can be
replaced as a whole and every row points back to the exact place in the output it came from.
Lists inside a record (page lists, unit keys, nested list items) are kept as JSON text.
Printed figures are exact decimals (:data:`VALUE`), never binary floating point.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa
from sqlalchemy import (
    Column,
    Double,
    ForeignKeyConstraint,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    and_,
    case,
    func,
    literal,
    select,
)
from sqlalchemy.schema import CreateView
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import TypeEngine

# The version of this relational schema: in every Parquet file and in datapackage.json.
# Raise it whenever a table or a column changes.
STORE_SCHEMA_VERSION = "2"

metadata = MetaData()

DOC = "document_id"

# A printed figure: UN tables print at most a few decimals, so 3 are kept exactly; a value
# with more decimals is refused at load rather than rounded (store.rows.exact).
VALUE_SCALE = 3
VALUE = Numeric(18, VALUE_SCALE)
# Check arithmetic: a computed sum or tolerance is rounded to 6 decimals by the checks.
ARITHMETIC_SCALE = 6
ARITHMETIC = Numeric(24, ARITHMETIC_SCALE)


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
    Column(DOC, String, primary_key=True,
           comment="symbol|language (symbol|language|sha256 when the symbol is unknown)"),
    Column("symbol", String, comment="the document symbol, e.g. A/78/6 (Sect. 15)"),
    Column("language", String, nullable=False, comment="ISO 639-1 code of the edition"),
    Column("session", Integer),
    Column("section", Integer),
    Column("part", Integer),
    Column("part_title", String),
    Column("title", String),
    Column("job_number", String),
    Column("source_file", String, nullable=False, comment="file name of the loaded input"),
    Column("source_format", String, nullable=False, comment="pdf or text"),
    Column("sha256", String, nullable=False, comment="SHA-256 of the loaded input file"),
    Column("pages", Integer, nullable=False),
    Column("schema_version", String, nullable=False),
    Column("generator_version", String, nullable=False),
    comment="One fascicle: a symbol in one language, with the source it was last loaded from",
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
    Column("name", String, comment="English name of the key, from the vocabulary"),
    Column("year", Integer),
    Column("measure", String, nullable=False, comment="amount, count, percentage or text"),
    Column("group_label", String, comment="spanning header above the column"),
    _parent("parts", "table_index", "part_index"),
    doc="Value columns of a table part (the stub is in parts)",
)

rows = _child(
    "rows", *_key("table_index", "part_index", "row_index"),
    Column("label", String),
    Column("key", String),
    Column("name", String, comment="English name of the key, from the vocabulary"),
    Column("kind", String, nullable=False, comment="item, section, subtotal, total or text"),
    Column("level", Integer, nullable=False, comment="nesting level, 0 at the top"),
    Column("number", String, comment="the printed enumerator (\"1\", \"A\"), if any"),
    Column("year", Integer),
    Column("unit", String, comment="the row's own unit key, when it has one"),
    Column("page", Integer),  # None for a Word file (no pages)
    *_bbox(),
    _parent("parts", "table_index", "part_index"),
    doc="Table rows",
)

cells = _child(
    "cells", *_key("table_index", "part_index", "row_index", "column_index"),
    Column("value", VALUE, comment="the number; a printed dash is 0 (status nil)"),
    Column("text", String, comment="the text of a text cell or of an unreadable number"),
    Column("raw", String, comment="the cell as printed"),
    Column("status", String, nullable=False,
           comment="number, nil (a printed dash), blank, text or unreadable"),
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
    Column("value", VALUE),
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
    Column("printed", ARITHMETIC),
    Column("computed", ARITHMETIC),
    Column("status", String, nullable=False, comment="pass or fail"),
    Column("tolerance", ARITHMETIC, nullable=False),
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


@dataclass(frozen=True)
class ViewColumn:
    """One column of a view: its expression, declared type and nullability (which the
    database cannot infer through joins), and what it means."""

    name: str
    expression: ColumnElement
    type: TypeEngine
    nullable: bool
    comment: str


NUMERIC_MEASURES = ("amount", "count", "percentage")
FACT_STATUSES = "number, nil (a printed dash: zero), blank (nothing printed) or unreadable"


def _facts_columns() -> list[ViewColumn]:
    d, t, p, c, r, v = documents, tables, parts, columns, rows, cells
    unit = case((c.c.measure == literal("percentage"), literal("percent")),
                else_=func.coalesce(r.c.unit, t.c.unit_key))
    text = String()
    return [
        ViewColumn("document_id", d.c.document_id, text, False, "symbol|language"),
        ViewColumn("symbol", d.c.symbol, text, True, "document symbol"),
        ViewColumn("language", d.c.language, text, False, "language of the edition"),
        ViewColumn("table_number", t.c.table_number, text, True,
                   "table number as printed, a label: \"15.10\" is not 15.1"),
        ViewColumn("table_title", t.c.title, text, True, "table title as printed"),
        ViewColumn("family", t.c.family, text, False,
                   "table family: financial_resources, posts, deliverables, …"),
        ViewColumn("part_label", p.c.label, text, True,
                   "the table part as printed, e.g. (2) 预算外"),
        ViewColumn("part_key", p.c.key, text, True, "the part's key, e.g. extrabudgetary"),
        ViewColumn("row_label", r.c.label, text, True, "the row label as printed"),
        ViewColumn("row_key", r.c.key, text, True, "canonical row key, e.g. subprogramme"),
        ViewColumn("row_name", r.c.name, text, True, "English name of the row key"),
        ViewColumn("row_kind", r.c.kind, text, False,
                   "item, section, subtotal, total or text: sum items, not subtotals"),
        ViewColumn("row_level", r.c.level, Integer(), False, "nesting level, 0 at the top"),
        ViewColumn("row_number", r.c.number, text, True,
                   "the printed enumerator (\"1\", \"A\"): tells subprogrammes apart"),
        ViewColumn("column_label", c.c.label, text, False, "the column header as printed"),
        ViewColumn("column_key", c.c.key, text, True,
                   "canonical column key, e.g. estimate_before_recosting"),
        ViewColumn("column_name", c.c.name, text, True, "English name of the column key"),
        ViewColumn("year", func.coalesce(c.c.year, r.c.year), Integer(), True,
                   "the column's year, else the row's"),
        ViewColumn("measure", c.c.measure, text, False, "amount, count or percentage"),
        ViewColumn("unit", unit, text, True,
                   "the row's unit key, else the caption's; percent for a percentage column"),
        ViewColumn("value", v.c.value, VALUE, True,
                   "the value as an exact decimal; null when blank or unreadable"),
        ViewColumn("raw", v.c.raw, text, True, "the cell as printed"),
        ViewColumn("value_status", v.c.status, text, False, FACT_STATUSES),
        ViewColumn("page", r.c.page, Integer(), True,
                   "page the row is printed on; null for a Word file (no pages)"),
        *(ViewColumn(n, v.c[n], Integer(), False, f"{n.split('_')[0]} position (0-based)")
          for n in ("table_index", "part_index", "row_index", "column_index")),
    ]


FACTS_COLUMNS = _facts_columns()
FACTS_COMMENT = ("One row per cell of a numeric column, with everything needed to read it "
                 "alone. Sum rows of one row_kind (item) to avoid counting subtotals twice.")


def _facts_query():
    """Every cell of an amount, count or percentage column, joined to its document, table,
    part, row and column; text columns are left out."""
    d, t, p, c, r, v = documents, tables, parts, columns, rows, cells
    return (
        select(*(col.expression.label(col.name) for col in FACTS_COLUMNS))
        .select_from(v)
        .join(d, d.c.document_id == v.c.document_id)
        .join(t, and_(t.c.document_id == v.c.document_id, t.c.table_index == v.c.table_index))
        .join(p, and_(p.c.document_id == v.c.document_id, p.c.table_index == v.c.table_index,
                      p.c.part_index == v.c.part_index))
        .join(r, and_(r.c.document_id == v.c.document_id, r.c.table_index == v.c.table_index,
                      r.c.part_index == v.c.part_index, r.c.row_index == v.c.row_index))
        .join(c, and_(c.c.document_id == v.c.document_id, c.c.table_index == v.c.table_index,
                      c.c.part_index == v.c.part_index, c.c.column_index == v.c.column_index))
        .where(c.c.measure.in_(NUMERIC_MEASURES))
    )


def _declared_view(query, name: str, declared: list[ViewColumn], comment: str) -> Table:
    """The view as a Table whose columns carry the declared type, nullability and comment."""
    view = CreateView(query, name, metadata=metadata).table
    # not .comment: SQLAlchemy would emit COMMENT ON TABLE, which PostgreSQL refuses for
    # a view (the loader comments on it as a view)
    view.info["comment"] = comment
    for spec in declared:
        column = view.c[spec.name]
        column.type, column.nullable, column.comment = spec.type, spec.nullable, spec.comment
    return view


facts: Table = _declared_view(_facts_query(), "facts", FACTS_COLUMNS, FACTS_COMMENT)
# A view has no key of its own: a fact is one cell.
FACTS_KEY = [DOC, "table_index", "part_index", "row_index", "column_index"]

# The stored tables, parents before children (the view is created after them).
TABLES: list[Table] = [t for t in metadata.sorted_tables if not t.is_view]
# Every relation a user sees, tables then the facts view: one exported file each.
RELATIONS: list[Table] = [*TABLES, facts]


def description(relation: Table) -> str:
    """What a table or view holds, in a sentence."""
    return relation.comment or relation.info.get("comment", "")


def primary_key(relation: Table) -> list[str]:
    """The columns that identify one row of a table or of the facts view."""
    return FACTS_KEY if relation is facts else [c.name for c in relation.primary_key.columns]


def arrow_type(sql_type: TypeEngine) -> pa.DataType:
    """The Arrow (and Parquet) type of a declared column: INTEGER is 32-bit, a DECIMAL
    keeps its precision and scale (decimal128)."""
    if isinstance(sql_type, Integer):
        return pa.int32()
    if isinstance(sql_type, Numeric) and not isinstance(sql_type, Double):
        return pa.decimal128(sql_type.precision, sql_type.scale)
    if isinstance(sql_type, Double):
        return pa.float64()
    if isinstance(sql_type, String):
        return pa.string()
    raise TypeError(f"no Arrow type for {sql_type!r}")


def arrow_schema(relation: Table) -> pa.Schema:
    """The declared columns as an Arrow schema: nullability from the declaration (never
    from the data), each column's meaning as field metadata, the schema version and the
    relation's key as schema metadata."""
    fields = [pa.field(c.name, arrow_type(c.type), nullable=bool(c.nullable),
                       metadata={"description": c.comment} if c.comment else None)
              for c in relation.columns]
    return pa.schema(fields, metadata={
        "unfascicle.store_schema_version": STORE_SCHEMA_VERSION,
        "unfascicle.relation": relation.name,
        "unfascicle.primary_key": ",".join(primary_key(relation)),
        "description": description(relation)})
