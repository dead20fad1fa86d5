"""The store against a real DuckDB file, plus what does not depend on the database."""

from __future__ import annotations

import pytest
from store_contract import StoreContract, expected_counts, sample, write

from unfascicle.errors import OutputError, UnreadableInput, UsageError
from unfascicle.store import load
from unfascicle.store.database import database_url
from unfascicle.store.rows import document_rows, exact
from unfascicle.store.schema import FACTS_COMMENT, TABLES


class TestDuckDB(StoreContract):
    @pytest.fixture
    def db_url(self, tmp_path) -> str:
        return str(tmp_path / "fascicles.duckdb")

    def test_the_facts_view_is_documented_in_the_database(self, db_url, tmp_path):
        load([write(sample(), tmp_path / "sample.json")], db_url)
        (view,) = self.query(db_url, "SELECT comment FROM duckdb_views() WHERE view_name = 'facts'")
        assert view[0] == FACTS_COMMENT
        columns = dict(self.query(db_url, "SELECT column_name, comment FROM duckdb_columns() "
                                          "WHERE table_name = 'facts'"))
        assert columns["row_kind"].startswith("item, section, subtotal, total or text")
        assert all(columns.values())

    def test_a_duckdb_url_is_the_same_file(self, db_url, tmp_path):
        load([write(sample(), tmp_path / "sample.json")], f"duckdb:///{db_url}")
        assert self.counts(db_url) == expected_counts(sample())


def test_urls_name_duckdb_files_or_postgresql():
    assert database_url("x.duckdb").render_as_string() == "duckdb:///x.duckdb"
    assert database_url(None).database == "fascicles.duckdb"
    assert database_url("postgresql://u:p@h/db").drivername == "postgresql+psycopg"
    with pytest.raises(UsageError, match="mysql://u@h/db: unsupported database"):
        database_url("mysql://u@h/db")


def test_a_database_in_a_missing_folder_is_an_output_error(tmp_path):
    target = tmp_path / "missing" / "f.duckdb"
    with pytest.raises(OutputError, match=f"duckdb:///{target}: cannot open the database"):
        load([write(sample(), tmp_path / "sample.json")], target)


def test_a_named_file_that_is_not_an_output_is_refused(tmp_path):
    path = write({"schema": "something else"}, tmp_path / "other.json")
    with pytest.raises(UnreadableInput, match="other.json: not a fascicle output"):
        load([path], tmp_path / "f.duckdb")
    (tmp_path / "bad.json").write_text("{", "utf-8")
    with pytest.raises(UnreadableInput, match="bad.json: not JSON"):
        load([tmp_path / "bad.json"], tmp_path / "f.duckdb")
    with pytest.raises(UnreadableInput, match="nowhere.json: no such file"):
        load([tmp_path / "nowhere.json"], tmp_path / "f.duckdb")


def test_the_flattened_rows_fill_exactly_the_declared_columns():
    document = sample()
    document["warnings"].append({"code": "unreadable-number", "message": "x", "page": 3,
                                 "table": "15.9", "part": None, "row": "r", "column": "c"})
    rows = document_rows(document)
    for table in TABLES:
        assert rows[table.name], table.name
        assert {frozenset(r) for r in rows[table.name]} == {frozenset(table.columns.keys())}


@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_a_figure_that_is_no_finite_number_is_refused_as_a_value_error(value):
    # a NaN's decimal exponent is a letter, not a number: it raised TypeError, which the
    # loader's "figure the decimal columns cannot hold" path did not catch
    with pytest.raises(ValueError, match="not a finite number"):
        exact(value)
