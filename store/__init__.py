"""Fascicle outputs in a database (DuckDB or PostgreSQL) or as Parquet/CSV files, one
relation per record type plus ``facts``: one row per numeric table value."""

from unfascicle.store.export import export
from unfascicle.store.load import LoadedDocument, LoadReport, load

__all__ = ["LoadReport", "LoadedDocument", "export", "load"]
