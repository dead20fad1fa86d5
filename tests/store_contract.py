"""What every database behind unfascicle.store must do, written once: the DuckDB and
PostgreSQL test modules subclass :class:`StoreContract` and supply the ``db_url`` fixture.

Expected numbers are counted from the JSON here, independently of the loader's own
flattening, so a row lost or duplicated on the way in shows up."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from unfascicle.errors import OutputError, UnreadableInput
from unfascicle.store import load
from unfascicle.store.database import database_url

GOLDEN = Path(__file__).resolve().parent.parent / "samples" / "golden"
SAMPLE = GOLDEN / "A_78_6_Sect15_zh.pdf.json"
SAMPLE_TEXT = GOLDEN / "A_78_6_Sect15_zh.txt.json"
SYMBOL = "A/78/6 (Sect. 15)"
# a real UN Word file of the shared corpus (tests run from the repository's root)
WORD_FILE = Path("../shared/corpus/real/A_81_6/A_81_6_Sect31_PartA_en.docx")

TOTAL_2024 = """
    SELECT value, unit, raw FROM facts
    WHERE table_number = '15.9' AND column_key = 'estimate_before_recosting'
      AND row_kind = 'total'"""


def sample(path: Path = SAMPLE) -> dict:
    """The real pipeline output for the sample (a fresh copy each time)."""
    return json.loads(path.read_text("utf-8"))


def write(document: dict, path: Path) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return path


def edition(document: dict, digit: str) -> dict:
    """Another document with the same content: another year's symbol, another source."""
    other = copy.deepcopy(document)
    other["document"]["symbol"] = f"A/7{digit}/6 (Sect. 15)"
    other["document"]["source"]["sha256"] = digit * 64
    return other


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
        "facts": sum(c["measure"] in ("amount", "count", "percentage")
                     for p in parts for c in p["columns"] for _ in p["rows"]),
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

    def test_facts_hold_the_2024_total_of_table_15_9_as_an_exact_decimal(self, db_url, tmp_path):
        load([write(sample(), tmp_path / "sample.json")], db_url)
        ((value, unit, raw),) = self.query(db_url, TOTAL_2024)
        assert isinstance(value, Decimal) and value == Decimal("13465.1")
        assert (unit, raw) == ("thousands_usd", "13 465.1")

    def test_items_add_up_to_the_total_without_subtotals_or_float_noise(self, db_url, tmp_path):
        load([write(sample(), tmp_path / "sample.json")], db_url)
        ((total,),) = self.query(db_url, """
            SELECT sum(value) FROM facts WHERE table_number = '15.9'
              AND column_key = 'estimate_before_recosting' AND row_kind = 'item'""")
        assert total == Decimal("13465.1") and str(total).rstrip("0") == "13465.1"

    def test_subprogrammes_are_told_apart_by_row_number(self, db_url, tmp_path):
        load([write(sample(), tmp_path / "sample.json")], db_url)
        found = self.query(db_url, """
            SELECT row_number, row_name, row_level, part_key, value FROM facts
            WHERE table_number = '15.12' AND row_key = 'subprogramme'
              AND column_key = 'estimate_before_recosting' ORDER BY row_index""")
        assert [r[0] for r in found] == ["1", "2", "3", "4"]
        assert {r[1:4] for r in found} == {("Subprogramme", 1, "regular_budget")}
        assert [r[4] for r in found] == [Decimal(v) for v in
                                         ("2222.4", "2485.4", "2412.2", "2444.7")]

    def test_facts_carry_table_part_and_column_context(self, db_url, tmp_path):
        load([write(sample(), tmp_path / "sample.json")], db_url)
        (found,) = self.query(db_url, """
            SELECT table_title, family, part_label, part_key, row_kind, column_name, year,
                   measure, page
            FROM facts WHERE table_number = '15.12' AND part_key = 'extrabudgetary'
              AND row_kind = 'total' AND column_key = 'expenditure'""")
        table = next(t for t in sample()["tables"] if t["number"] == "15.12")
        assert found == (table["title"], "financial_resources", "(2) 预算外", "extrabudgetary",
                         "total", "expenditure", 2022, "amount",
                         table["parts"][1]["rows"][-1]["page"])

    def test_a_printed_dash_is_nil_and_a_percentage_is_in_percent(self, db_url, tmp_path):
        load([write(sample(), tmp_path / "sample.json")], db_url)
        facts = self.query(db_url, """
            SELECT column_key, unit, value, raw, value_status FROM facts
            WHERE table_number = '15.9' AND row_key = 'total'
              AND column_key IN ('percentage_change', 'other_changes')
            ORDER BY column_key""")
        assert facts == [("other_changes", "thousands_usd", 0, "—", "nil"),
                         ("percentage_change", "percent", Decimal("0.6"), "0.6", "number")]

    def test_a_blank_cell_is_a_fact_without_value(self, db_url, tmp_path):
        load([write(sample(), tmp_path / "sample.json")], db_url)
        found = self.query(db_url, """
            SELECT DISTINCT value, raw, value_status FROM facts
            WHERE table_number = '15.12' AND row_kind = 'section'""")
        assert found == [(None, "", "blank")]

    def test_every_record_and_every_numeric_value_is_loaded(self, db_url, tmp_path):
        report = load([write(sample(), tmp_path / "sample.json")], db_url)
        assert self.counts(db_url) == expected_counts(sample())
        assert report.documents[0].rows == {
            k: v for k, v in expected_counts(sample()).items() if k != "facts"}
        assert report.seconds < 10

    def test_loading_twice_replaces_the_document(self, db_url, tmp_path):
        path = write(sample(), tmp_path / "sample.json")
        first = load([path], db_url)
        second = load([path], db_url)
        assert (first.documents[0].replaced, second.documents[0].replaced) == (False, True)
        assert self.counts(db_url) == expected_counts(sample())

    def test_the_text_rendering_replaces_the_pdf_rendering(self, db_url, tmp_path):
        load([write(sample(), tmp_path / "pdf.json")], db_url)
        (loaded,) = load([write(sample(SAMPLE_TEXT), tmp_path / "text.json")], db_url).documents
        assert loaded.document_id == f"{SYMBOL}|zh"
        pdf_sha = sample()["document"]["source"]["sha256"]
        assert loaded.line().endswith(
            f"(was A_78_6_Sect15_zh.pdf, pdf, sha256 {pdf_sha[:6]}…)")
        assert loaded.line().startswith(f"replaced {SYMBOL}|zh from ")
        assert self.query(db_url, "SELECT symbol, source_file, source_format, sha256 "
                                  "FROM documents") == [
            (SYMBOL, "A_78_6_Sect15_zh.txt", "text",
             sample(SAMPLE_TEXT)["document"]["source"]["sha256"])]
        assert self.counts(db_url) == expected_counts(sample(SAMPLE_TEXT))
        assert len(self.query(db_url, TOTAL_2024)) == 1

    def test_another_symbol_is_added_beside(self, db_url, tmp_path):
        load([write(sample(), tmp_path / "sample.json")], db_url)
        load([write(edition(sample(), "9"), tmp_path / "edition.json")], db_url)
        assert self.counts(db_url) == times(expected_counts(sample()), 2)
        assert [r[0] for r in self.query(db_url, TOTAL_2024)] == [Decimal("13465.1")] * 2

    def test_a_figure_with_more_decimals_than_kept_is_refused(self, db_url, tmp_path):
        document = sample()
        document["tables"][8]["parts"][0]["rows"][0]["values"][0] = 1.2345
        with pytest.raises(OutputError, match=r"many.json: not loaded: 1.2345 has more than 3"):
            load([write(document, tmp_path / "many.json")], db_url)

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
