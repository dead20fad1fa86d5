"""Tables as pandas DataFrames with typed columns, for Python users."""

from __future__ import annotations

import pandas as pd

from unfascicle.normalize.records import Column, TableRecord

_DTYPES = {"amount": "Float64", "percentage": "Float64", "count": "Int64", "text": "string"}


def column_name(column: Column) -> str:
    """A stable DataFrame column name: "estimate_before_recosting_2024", else the label."""
    if column.key:
        return f"{column.key}_{column.year}" if column.year else column.key
    return column.label or "column"


def _typed(values: list, measure: str) -> pd.Series:
    dtype = _DTYPES.get(measure, "object")
    if dtype in ("Float64", "Int64") and any(isinstance(v, str) for v in values):
        dtype = "object"  # an unreadable number stays visible as printed text
    return pd.Series(values, dtype=dtype)


def table_frame(table: TableRecord, part: int | None = None) -> pd.DataFrame:
    """One row per table row (of all parts, or of part ``part``): identifying columns
    ``part``, ``label``, ``key``, ``kind``, ``level``, ``page``, then the values."""
    frames = []
    for index, p in enumerate(table.parts):
        if part is not None and index != part:
            continue
        data = {"part": [p.key or p.label] * len(p.rows),
                "label": [r.label for r in p.rows], "key": [r.key for r in p.rows],
                "kind": [r.kind for r in p.rows], "level": [r.level for r in p.rows],
                "page": [r.page for r in p.rows]}
        frame = pd.DataFrame(data)
        for i, column in enumerate(p.columns):
            frame[column_name(column)] = _typed([r.values[i] for r in p.rows], column.measure)
        frames.append(frame)
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
