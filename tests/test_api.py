"""The Python API: unfascicle.open() gives back what read() gave, with facts, checks and
warnings."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from store_contract import WORD_FILE

import unfascicle
from unfascicle.checks.findings import Finding
from unfascicle.errors import UnreadableInput
from unfascicle.normalize.records import Notice
from unfascicle.output import plain, to_dict, write_json
from unfascicle.store.schema import facts as facts_view


@pytest.fixture(scope="module")
def written(pdf_fascicle, tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "sample.json"
    write_json(to_dict(pdf_fascicle), path)
    return path


@pytest.fixture(scope="module")
def facts(pdf_fascicle):
    return pdf_fascicle.facts()


def test_open_gives_back_the_model_read_returned(pdf_fascicle, written):
    opened = unfascicle.open(written)
    assert isinstance(opened, unfascicle.Fascicle)
    assert opened == pdf_fascicle
    assert opened.table("15.9").parts[0].rows[0].values == pdf_fascicle.table(
        "15.9").parts[0].rows[0].values


def test_checks_are_the_findings_of_the_output(pdf_fascicle, written):
    checks = unfascicle.open(written).checks
    assert all(isinstance(c, Finding) for c in checks)
    assert [plain(c) for c in checks] == json.loads(written.read_text("utf-8"))["checks"]
    assert sum(c.status == "fail" for c in checks) == 4


def test_warnings_are_typed_notices(written):
    document = json.loads(written.read_text("utf-8"))
    document["warnings"] = [{"code": "unknown-label", "message": "unknown row label 'x'",
                             "page": 3, "table": "15.9", "part": None, "row": "x",
                             "column": None}]
    written.with_name("warned.json").write_text(json.dumps(document, ensure_ascii=False))
    (notice,) = unfascicle.open(written.with_name("warned.json")).warnings
    assert notice == Notice("unknown-label", "unknown row label 'x'", 3, "15.9", None, "x")


def test_facts_are_a_typed_frame_with_the_view_columns(facts):
    assert list(facts.columns) == [c.name for c in facts_view.columns]
    assert str(facts.year.dtype) == "Int32" and str(facts.table_number.dtype) == "string"
    total = facts[(facts.table_number == "15.9") & (facts.row_kind == "total")
                  & (facts.column_key == "estimate_before_recosting")]
    assert list(total.value) == [Decimal("13465.1")]
    items = facts[(facts.table_number == "15.9") & (facts.row_kind == "item")
                  & (facts.column_key == "estimate_before_recosting")]
    assert items.value.sum() == Decimal("13465.1")


def test_facts_tell_subprogrammes_apart(facts):
    rows = facts[(facts.table_number == "15.12") & (facts.row_key == "subprogramme")
                 & (facts.part_key == "regular_budget") & (facts.column_key == "expenditure")]
    assert list(rows.row_number) == ["1", "2", "3", "4"]


def test_open_refuses_what_is_not_an_output(written, tmp_path):
    (tmp_path / "other.json").write_text('{"a": 1}', "utf-8")
    with pytest.raises(UnreadableInput, match="other.json: not a fascicle output"):
        unfascicle.open(tmp_path / "other.json")
    with pytest.raises(UnreadableInput, match="is a folder"):
        unfascicle.open(tmp_path)
    broken = json.loads(written.read_text("utf-8"))
    broken["tables"][0]["family"] = 7
    (tmp_path / "broken.json").write_text(json.dumps(broken), "utf-8")
    with pytest.raises(UnreadableInput, match="broken.json: not a valid output"):
        unfascicle.open(tmp_path / "broken.json")


def test_facts_of_a_word_file_have_null_pages():
    """Word files have no pages: facts() failed on them ("Casting field 'page' with null
    values to non-nullable")."""
    if not WORD_FILE.is_file():
        pytest.skip(f"{WORD_FILE} (the shared corpus) is not beside the repository")
    facts = unfascicle.read(WORD_FILE).facts()
    assert len(facts) > 0 and facts.page.isna().all() and str(facts.page.dtype) == "Int32"
