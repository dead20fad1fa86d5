"""Export to Parquet and CSV with its datapackage.json, read back by tools that never saw
the database: pandas, DuckDB, pyarrow and the frictionless validator."""

from __future__ import annotations

import json
from decimal import Decimal

import duckdb
import frictionless
import pandas as pd
import pyarrow.parquet as pq
import pytest
from store_contract import WORD_FILE, edition, expected_counts, sample, times, write

from unfascicle.errors import OutputError, UsageError
from unfascicle.store import export
from unfascicle.store.schema import RELATIONS, STORE_SCHEMA_VERSION, TABLES, facts


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("outputs")
    write(sample(), folder / "sample.json")
    write(edition(sample(), "9"), folder / "edition.json")
    return folder


@pytest.fixture(scope="module")
def parquet(inputs, tmp_path_factory):
    return export([inputs], tmp_path_factory.mktemp("parquet"), "parquet")


@pytest.fixture(scope="module")
def csv(inputs, tmp_path_factory):
    return export([inputs], tmp_path_factory.mktemp("csv"), "csv")


@pytest.fixture(params=["parquet", "csv"])
def exported(request):
    """Each format, exported once for the module."""
    return request.getfixturevalue(request.param)


def fmt_of(files) -> str:
    return files["facts"].suffix.lstrip(".")


def total_2024(facts: pd.DataFrame) -> list:
    hit = facts[(facts.table_number == "15.9") & (facts.row_kind == "total")
                & (facts.column_key == "estimate_before_recosting")]
    assert set(hit.unit) == {"thousands_usd"} and set(hit.year) == {2024}
    return list(hit.value)


def test_every_relation_is_one_file_with_every_row_and_the_package(exported):
    fmt = fmt_of(exported)
    assert list(exported) == [*(t.name for t in RELATIONS), "datapackage"]
    folder = exported["facts"].parent
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{t.name}.{fmt}" for t in RELATIONS] + ["datapackage.json"])
    read = pd.read_parquet if fmt == "parquet" else pd.read_csv
    counts = {name: len(read(exported[name])) for name in expected_counts(sample())}
    assert counts == times(expected_counts(sample()), 2)


def test_the_data_package_validates_with_frictionless(exported):
    report = frictionless.validate(str(exported["datapackage"]))
    assert report.valid, report.flatten(["resourceName", "type", "note"])[:5]


def test_the_package_describes_types_keys_and_meanings(exported):
    package = json.loads(exported["datapackage"].read_text("utf-8"))
    assert package["version"] == STORE_SCHEMA_VERSION
    resources = {r["name"]: r for r in package["resources"]}
    assert list(resources) == [t.name for t in RELATIONS]
    fields = {f["name"]: f for f in resources["facts"]["schema"]["fields"]}
    assert (fields["table_number"]["type"], fields["year"]["type"],
            fields["value"]["type"]) == ("string", "integer", "number")
    assert fields["value_status"]["constraints"] == {"required": True}
    assert "required" not in fields["year"].get("constraints", {})
    assert all(f.get("description") for f in fields.values())
    assert resources["facts"]["schema"]["foreignKeys"][0]["reference"]["resource"] == "cells"
    rows = resources["rows"]["schema"]
    assert rows["primaryKey"] == ["document_id", "table_index", "part_index", "row_index"]
    assert {fk["reference"]["resource"] for fk in rows["foreignKeys"]} == {"documents", "parts"}


def test_a_csv_round_trip_keeps_table_numbers_as_text_and_years_as_integers(csv):
    resource = frictionless.Package(str(csv["datapackage"])).get_resource("facts")
    rows = resource.read_rows()
    numbers = {r["table_number"] for r in rows}
    assert {"15.10", "15.1"} <= numbers
    years = {r["year"] for r in rows if r["year"] is not None}
    assert {2022, 2023, 2024} <= years and all(type(y) is int for y in years)
    total = [r["value"] for r in rows if r["table_number"] == "15.9"
             and r["row_kind"] == "total" and r["column_key"] == "estimate_before_recosting"]
    assert total == [Decimal("13465.1")] * 2


def test_parquet_carries_the_declared_schema_whatever_the_data(parquet):
    for table in [*TABLES, facts]:
        schema = pq.read_schema(parquet[table.name])
        assert schema.metadata[b"unfascicle.store_schema_version"] == STORE_SCHEMA_VERSION.encode()
        declared = {c.name: bool(c.nullable) for c in table.columns}
        assert {f.name: f.nullable for f in schema} == declared, table.name
    schema = pq.read_schema(parquet["facts"])
    assert str(schema.field("value").type) == "decimal128(18, 3)"
    frame = pd.read_parquet(parquet["facts"])
    assert total_2024(frame) == [Decimal("13465.1")] * 2
    assert str(frame.year.dtype) == "Int32" and str(frame.page.dtype) == "Int32"
    assert set(frame.table_number) >= {"15.10", "15.1"}


def test_facts_read_back_with_duckdb(exported):
    reader = "read_parquet" if fmt_of(exported) == "parquet" else "read_csv"
    rows = duckdb.sql(f"""SELECT value, raw, page FROM {reader}($path)
        WHERE table_number = '15.9' AND row_kind = 'total' AND year = 2024""",
                      params={"path": str(exported["facts"])}).fetchall()
    table = next(t for t in sample()["tables"] if t["number"] == "15.9")
    page = next(r["page"] for r in table["parts"][0]["rows"] if r["key"] == "total")
    # the Parquet value is a DECIMAL; DuckDB's CSV sniffer reads "13465.100" as DOUBLE
    assert [(str(v).rstrip("0"), raw, p) for v, raw, p in rows] == [
        ("13465.1", "13 465.1", page)] * 2


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


def test_a_word_output_exports_with_null_pages(tmp_path):
    """A Word file has no pages; the facts view declared its page NOT NULL, so the
    Parquet export of any Word output failed ("declared not null but holds nulls")."""
    if not WORD_FILE.is_file():
        pytest.skip(f"{WORD_FILE} (the shared corpus) is not beside the repository")
    from unfascicle import read
    from unfascicle.output import to_dict

    word = write(to_dict(read(WORD_FILE)), tmp_path / "word.json")
    files = export([word], tmp_path / "export", "parquet")
    frame = pd.read_parquet(files["facts"])
    assert len(frame) > 0 and frame.page.isna().all() and str(frame.page.dtype) == "Int32"
    assert frictionless.validate(str(files["datapackage"])).valid
