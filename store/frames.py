"""The facts of one document as a typed pandas DataFrame, for :meth:`Fascicle.facts`. The
document goes through the loader into a scratch DuckDB and the rows come out of the
``facts`` view, so the frame has exactly the columns and rows a loaded database has."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa

from unfascicle.store.database import scratch_duckdb
from unfascicle.store.load import load_documents
from unfascicle.store.schema import arrow_schema, facts, primary_key


def _pandas_type(arrow: pa.DataType):
    """Text as pandas strings, integers as nullable integers, decimals kept exact."""
    if pa.types.is_string(arrow):
        return pd.StringDtype()
    if pa.types.is_integer(arrow):
        return pd.Int32Dtype()
    if pa.types.is_decimal(arrow):
        return pd.ArrowDtype(arrow)
    return None


def facts_frame(document: dict) -> pd.DataFrame:
    """One row per cell of a numeric column (see the ``facts`` view), in table order."""
    schema = arrow_schema(facts)
    with scratch_duckdb() as engine:
        load_documents(engine, [(Path(document["document"]["source"]["file"]), document)])
        with engine.connect() as conn:
            db = conn.connection.driver_connection
            data = db.table(facts.name).order(", ".join(primary_key(facts))).to_arrow_table()
    return data.select(schema.names).cast(schema).to_pandas(types_mapper=_pandas_type)
