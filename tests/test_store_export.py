"""Export to Parquet and CSV, read back by tools that never saw the database."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest
from store_contract import edition, expected_counts, sample, times, write

from unfascicle.errors import OutputError, UsageError
from unfascicle.store import export
from unfascicle.store.schema import RELATIONS


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("outputs")
    write(sample(), folder / "sample.json")
    write(edition(sample(), "1"), folder / "edition.json")
    return folder


def read(path) -> pd.DataFrame:
    """As a user would: CSV needs telling that "15.10" is a label, not a number."""
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    return pd.read_csv(path, dtype={"table_number": str})


def total_2024(facts: pd.DataFrame) -> list[float]:
    hit = facts[(facts.table_number == "15.9") & (facts.row_key == "total")
                & (facts.column_key == "estimate_before_recosting") & (facts.year == 2024)]
    assert set(hit.unit) == {"thousands_usd"}
    return list(hit.value)


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_every_relation_is_one_file_with_every_row(inputs, tmp_path, fmt):
    files = export([inputs], tmp_path / "export", fmt)
    assert list(files) == [t.name for t in RELATIONS]
    assert sorted(p.name for p in (tmp_path / "export").iterdir()) == sorted(
        f"{t.name}.{fmt}" for t in RELATIONS)
    counts = {name: len(read(files[name])) for name in expected_counts(sample())}
    assert counts == times(expected_counts(sample()), 2)


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_facts_read_back_with_pandas_and_duckdb(inputs, tmp_path, fmt):
    files = export([inputs], tmp_path, fmt)
    assert total_2024(read(files["facts"])) == [13465.1, 13465.1]
    reader = "read_parquet" if fmt == "parquet" else "read_csv"
    rows = duckdb.sql(f"""SELECT value, raw, page FROM {reader}($path)
        WHERE table_number = '15.9' AND row_key = 'total' AND year = 2024""",
                      params={"path": str(files["facts"])}).fetchall()
    table = next(t for t in sample()["tables"] if t["number"] == "15.9")
    page = next(r["page"] for r in table["parts"][0]["rows"] if r["key"] == "total")
    assert rows == [(13465.1, "13 465.1", page)] * 2


def test_parquet_keeps_the_column_types(inputs, tmp_path):
    facts = pd.read_parquet(export([inputs], tmp_path)["facts"])
    assert str(facts.value.dtype) == "float64" and str(facts.page.dtype) == "int32"


def test_export_is_repeatable(inputs, tmp_path):
    first = export([inputs], tmp_path / "a", "csv")
    second = export([inputs], tmp_path / "b", "csv")
    assert all(first[n].read_bytes() == second[n].read_bytes() for n in first)


def test_unknown_format_and_unwritable_folder_are_refused(inputs, tmp_path):
    with pytest.raises(UsageError, match="unknown export format 'xlsx'"):
        export([inputs], tmp_path, "xlsx")
    blocker = tmp_path / "file"
    blocker.write_text("", "utf-8")
    with pytest.raises(OutputError, match="file/sub: cannot create the folder"):
        export([inputs], blocker / "sub", "csv")
