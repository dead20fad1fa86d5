"""``datapackage.json``: the exported files described as a Frictionless Data Package, made
from the declaration in :mod:`unfascicle.store.schema`, so the description cannot drift from
what the files hold. Readers that know the standard type every column from it (a CSV's
``table_number`` stays the text "15.10", its ``year`` an integer)."""

from __future__ import annotations

from sqlalchemy import Double, Integer, Numeric, String, Table
from sqlalchemy.types import TypeEngine

from unfascicle import __version__
from unfascicle.store.schema import (
    RELATIONS,
    STORE_SCHEMA_VERSION,
    description,
    facts,
    primary_key,
)

DESCRIPTION = ("UN proposed programme budget fascicles read by unfascicle: every table value, "
               "paragraph, footnote, mandate, figure, check and warning, one resource each.")


def field_type(sql_type: TypeEngine) -> str:
    """The Table Schema type of a declared column (a DECIMAL is a number: exact when read
    as decimal, as frictionless does)."""
    if isinstance(sql_type, Integer):
        return "integer"
    if isinstance(sql_type, Numeric | Double):
        return "number"
    if isinstance(sql_type, String):
        return "string"
    raise TypeError(f"no Table Schema type for {sql_type!r}")


def _field(column) -> dict:
    field = {"name": column.name, "type": field_type(column.type)}
    if column.comment:
        field["description"] = column.comment
    if not column.nullable:
        field["constraints"] = {"required": True}
    return field


def _foreign_keys(relation: Table) -> list[dict]:
    """The parent references of a table; a fact refers to its cell."""
    if relation is facts:
        key = primary_key(facts)
        return [{"fields": key, "reference": {"resource": "cells", "fields": key}}]
    return [{"fields": [e.parent.name for e in fk.elements],
             "reference": {"resource": fk.referred_table.name,
                           "fields": [e.column.name for e in fk.elements]}}
            for fk in sorted(relation.foreign_key_constraints,
                             key=lambda fk: fk.referred_table.name)]


def resource(relation: Table, fmt: str) -> dict:
    """One exported file as a Data Package resource."""
    out: dict[str, object] = {
        "name": relation.name, "path": f"{relation.name}.{fmt}", "format": fmt,
        "mediatype": "text/csv" if fmt == "csv" else "application/vnd.apache.parquet"}
    if fmt == "csv":
        out["encoding"] = "utf-8"
    if description(relation):
        out["description"] = description(relation)
    schema: dict = {"fields": [_field(c) for c in relation.columns],
                    "primaryKey": primary_key(relation)}
    if foreign := _foreign_keys(relation):
        schema["foreignKeys"] = foreign
    out["schema"] = schema
    return out


def datapackage(fmt: str) -> dict:
    """The package for an export in ``fmt`` (parquet or csv)."""
    return {"name": "unfascicle-fascicles", "title": "UN programme budget fascicles",
            "description": DESCRIPTION, "version": STORE_SCHEMA_VERSION,
            "created_by": f"unfascicle {__version__}",
            "resources": [resource(r, fmt) for r in RELATIONS]}
