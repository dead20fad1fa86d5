"""What every database behind unfascicle.store must do, written once: the DuckDB and
PostgreSQL test modules subclass :class:`StoreContract` and supply the ``db_url`` fixture.

Expected numbers are counted from the JSON here, independently of the loader's own
flattening, so a row lost or duplicated on the way in shows up."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from unfascicle.errors import OutputError, UnreadableInput
from unfascicle.store import load
from unfascicle.store.database import database_url

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "golden" / "A_78_6_Sect15_zh.pdf.json"
SYMBOL = "A/78/6 (Sect. 15)"

TOTAL_2024 = """
    SELECT value, unit, raw FROM facts
    WHERE symbol = :symbol AND table_number = '15.9' AND row_key = 'total'
      AND column_key = 'estimate_before_recosting' AND year = 2024"""


def sample() -> dict:
    """The real pipeline output for the sample (a fresh copy each time)."""
    return json.loads(SAMPLE.read_text("utf-8"))


def write(document: dict, path: Path) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return path


def edition(document: dict, digit: str) -> dict:
    """The same document read from another source file (another sha256)."""
    other = copy.deepcopy(document)
    other["document"]["source"]["sha256"] = digit * 64
    return other


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def expected_counts(document: dict) -> dict[str, int]:
    """Rows per relation for one document, counted straight from the JSON."""
    parts = [p for t in document["tables"] for p in t["parts"]]
    rows = [r for p in parts for r in p["rows"]]
    panels = [p for f in document["figures"] for p in f["panels"]]
    return {
        "documents": 1,
        **{name: len(document[name]) for name in
           ("headings", "paragraphs", "footnotes", "mandates", "tables", "figures",
            "checks", "warnings")},
        "parts": len(parts),
        "columns": sum(len(p["columns"]) for p in parts),
        "rows": len(rows),
        "cells": sum(len(r["values"]) for r in rows),
        "figure_panels": len(panels),
        "figure_data": sum(len(p["data"]) for p in panels),
        "facts": sum(is_number(v) for r in rows for v in r["values"]),
    }


def times(counts: dict[str, int], n: int) -> dict[str, int]:
    return {name: count * n for name, count in counts.items()}


class StoreContract:
    """Tests shared by every database; subclasses provide ``db_url``."""

    def query(self, url: str, sql: str, **params) -> list[tuple]:
        engine = create_engine(database_url(url))
        try:
            with engine.connect() as conn:
                return [tuple(r) for r in conn.execute(text(sql), params)]
        finally:
            engine.dispose()

    def counts(self, url: str) -> dict[str, int]:
        return {name: self.query(url, f"SELECT count(*) FROM {name}")[0][0]
                for name in expected_counts(sample())}

    def test_facts_hold_the_2024_total_of_table_15_9(self, db_url, tmp_path):
        load([write(sample(), tmp_path / "sample.json")], db_url)
        assert self.query(db_url, TOTAL_2024, symbol=SYMBOL) == [
            (13465.1, "thousands_usd", "13 465.1")]

    def test_every_record_and_every_numeric_value_is_loaded(self, db_url, tmp_path):
        report = load([write(sample(), tmp_path / "sample.json")], db_url)
        assert self.counts(db_url) == expected_counts(sample())
        assert report.documents[0].rows == {
            k: v for k, v in expected_counts(sample()).items() if k != "facts"}
        assert report.seconds < 10

    def test_a_percentage_column_is_in_percent_and_dashes_are_zero(self, db_url, tmp_path):
        load([write(sample(), tmp_path / "sample.json")], db_url)
        facts = self.query(db_url, """
            SELECT column_key, unit, value, raw FROM facts
            WHERE table_number = '15.9' AND row_key = 'total'
              AND column_key IN ('percentage_change', 'other_changes')
            ORDER BY column_key""")
        assert facts == [("other_changes", "thousands_usd", 0.0, "—"),
                         ("percentage_change", "percent", 0.6, "0.6")]

    def test_loading_twice_replaces_the_document(self, db_url, tmp_path):
        path = write(sample(), tmp_path / "sample.json")
        first = load([path], db_url)
        second = load([path], db_url)
        assert (first.documents[0].replaced, second.documents[0].replaced) == (False, True)
        assert self.counts(db_url) == expected_counts(sample())

    def test_a_new_edition_is_added_beside_the_old_one(self, db_url, tmp_path):
        load([write(sample(), tmp_path / "sample.json")], db_url)
        load([write(edition(sample(), "1"), tmp_path / "edition.json")], db_url)
        assert self.counts(db_url) == times(expected_counts(sample()), 2)
        assert [r[0] for r in self.query(db_url, TOTAL_2024, symbol=SYMBOL)] == [13465.1] * 2

    def test_an_invalid_document_in_a_list_leaves_its_earlier_load_alone(self, db_url, tmp_path):
        load([write(sample(), tmp_path / "sample.json")], db_url)
        broken = sample()
        broken["tables"][8]["parts"][0]["rows"][0]["kind"] = "banana"
        paths = [write(edition(sample(), "1"), tmp_path / "a.json"),
                 write(broken, tmp_path / "b.json"),
                 write(edition(sample(), "2"), tmp_path / "c.json")]
        with pytest.raises(UnreadableInput, match="b.json.*tables/8/parts/0/rows/0/kind"):
            load(paths, db_url)
        # the edition before it is in, the sample untouched, the one after it not read
        assert self.counts(db_url) == times(expected_counts(sample()), 2)

    def test_a_failed_insert_rolls_back_the_delete_too(self, db_url, tmp_path):
        load([write(sample(), tmp_path / "sample.json")], db_url)
        changed = sample()
        changed["headings"][0]["text"] = "replaced"
        changed["tables"][-1]["parts"][0]["rows"][-1]["page"] = 2**40  # valid JSON, no INTEGER
        with pytest.raises(OutputError, match="changed.json: not loaded into"):
            load([write(changed, tmp_path / "changed.json")], db_url)
        assert self.counts(db_url) == expected_counts(sample())
        assert self.query(db_url, "SELECT text FROM headings WHERE heading_index = 0") == [
            (sample()["headings"][0]["text"],)]

    def test_a_folder_loads_the_outputs_in_it_and_skips_other_json(self, db_url, tmp_path):
        folder = tmp_path / "out"
        (folder / "zh").mkdir(parents=True)
        write(sample(), folder / "zh" / "sample.json")
        write({"not": "a fascicle"}, folder / "other.json")
        (folder / "broken.json").write_text("{", "utf-8")
        report = load([folder], db_url)
        assert [d.path.name for d in report.documents] == ["sample.json"]
        assert self.counts(db_url) == expected_counts(sample())
