"""fascicle diff: semantic differences between two outputs, on real changes."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import pytest
from conftest import GOLDEN

from unfascicle.diff import diff

GOLDEN_PDF = GOLDEN / "A_78_6_Sect15_zh.pdf.json"


@pytest.fixture(scope="module")
def golden() -> dict:
    return json.loads(GOLDEN_PDF.read_text(encoding="utf-8"))


def table(document: dict, number: str) -> dict:
    return next(t for t in document["tables"] if t["number"] == number)


def test_identical_inputs_have_no_differences(golden):
    assert diff(golden, copy.deepcopy(golden)) == []


def test_changed_value_names_table_row_and_column(golden):
    new = copy.deepcopy(golden)
    row = table(new, "15.9")["parts"][0]["rows"][1]
    old_value, row["values"][0] = row["values"][0], 999.9
    changes = diff(golden, new)
    assert [(c.what, c.old, c.new) for c in changes] == [("value", old_value, 999.9)]
    assert changes[0].where == f"table 15.9 row {row['label']!r} column '2022 年支出'"


def test_dropped_row_and_added_table(golden):
    new = copy.deepcopy(golden)
    dropped = table(new, "15.11")["parts"][0]["rows"].pop(3)
    extra = copy.deepcopy(table(new, "15.17"))
    extra["number"] = "15.99"
    new["tables"].append(extra)
    assert {(c.what, c.where) for c in diff(golden, new)} == {
        ("row-removed", f"table 15.11 row {dropped['label']}"), ("table-added", "table 15.99")}


def test_changed_paragraph_text_is_shown_in_context(golden):
    new = copy.deepcopy(golden)
    paragraph = next(p for p in new["paragraphs"] if p["number"] == "15.2")
    paragraph["text"] = paragraph["text"].replace("发展", "进步", 1)
    (change,) = diff(golden, new)
    assert change.what == "text" and change.where == "paragraph 15.2"
    assert "[-发展-]{+进步+}" in change.line()


def test_whitespace_alone_is_not_a_change(golden):
    new = copy.deepcopy(golden)
    paragraph = next(p for p in new["paragraphs"] if p["number"] == "15.3")
    paragraph["text"] = paragraph["text"].replace(" ", "")
    assert diff(golden, new) == []


def test_cli_exit_codes_and_json(golden, tmp_path):
    new = copy.deepcopy(golden)
    table(new, "15.9")["parts"][0]["rows"][0]["values"][1] = 1.0
    changed = tmp_path / "new.json"
    changed.write_text(json.dumps(new, ensure_ascii=False), encoding="utf-8")
    run = [sys.executable, "-m", "unfascicle.cli", "diff"]
    same = subprocess.run([*run, str(GOLDEN_PDF), str(GOLDEN_PDF)], capture_output=True, text=True)
    assert (same.returncode, same.stdout.strip()) == (0, "no differences")
    differ = subprocess.run([*run, str(GOLDEN_PDF), str(changed), "--json"], capture_output=True,
                            text=True)
    assert differ.returncode == 1
    assert [c["what"] for c in json.loads(differ.stdout)] == ["value"]


def test_a_changed_row_key_is_a_difference_with_its_place(golden):
    new = copy.deepcopy(golden)
    row = table(new, "15.12")["parts"][0]["rows"][3]
    row["key"] = "subprogramme_x"
    (change,) = diff(golden, new)
    assert (change.what, change.old, change.new) == ("field", "subprogramme", "subprogramme_x")
    assert change.place.plain() == {"table": "15.12", "part": 0, "part_key": "regular_budget",
                                    "row": 3, "row_key": "subprogramme",
                                    "row_label": row["label"], "field": "key"}


def test_a_changed_column_year_is_a_difference(golden):
    new = copy.deepcopy(golden)
    table(new, "15.9")["parts"][0]["columns"][0]["year"] = 2021
    (change,) = diff(golden, new)
    assert (change.what, change.old, change.new) == ("field", 2022, 2021)
    assert change.where == "table 15.9 column '2022 年支出' year"
    assert (change.place.column, change.place.column_key, change.place.column_year,
            change.place.field) == (0, "expenditure", 2022, "year")


def test_a_changed_check_status_is_a_difference(golden):
    new = copy.deepcopy(golden)
    check = next(c for c in new["checks"] if c["status"] == "fail")
    check["status"] = "pass"
    (change,) = diff(golden, new)
    assert (change.what, change.old, change.new) == ("field", "fail", "pass")
    assert change.place.plain() == {"table": check["table"], "row_label": check["row"],
                                    "column_label": check["column"], "record": "check",
                                    "item": check["rule"], "field": "status"}


@pytest.mark.parametrize(("edit", "where"), [
    (lambda t: t["parts"][0]["rows"][0].update(kind="subtotal"), "table 15.9 row '员额' kind"),
    (lambda t: t["parts"][0]["rows"][0].update(level=1), "table 15.9 row '员额' level"),
    (lambda t: t.update(family="posts"), "table 15.9 family"),
    (lambda t: t["unit"].update(keys=["millions_usd"]), "table 15.9 unit"),
])
def test_kinds_levels_families_and_units_are_compared(golden, edit, where):
    new = copy.deepcopy(golden)
    edit(table(new, "15.9"))
    assert [(c.what, c.where) for c in diff(golden, new)] == [("field", where)]


def test_a_changed_mandate_body_is_a_difference(golden):
    """The issuing body of a mandate was not compared."""
    new = copy.deepcopy(golden)
    mandate = new["mandates"][0]
    mandate["body"] = "安全理事会决议"
    (change,) = diff(golden, new)
    assert (change.what, change.where) == ("text", f"mandate {mandate['symbol']}")
    assert (change.old[0], change.new[0]) == (golden["mandates"][0]["body"], "安全理事会决议")


def test_a_new_warning_is_a_difference(golden):
    new = copy.deepcopy(golden)
    new["warnings"].append({"code": "unknown-label", "message": "unknown row label 'x'",
                            "page": 3, "table": "15.9", "part": None, "row": "x",
                            "column": None})
    (change,) = diff(golden, new)
    assert change.what == "warning-added" and change.place.table == "15.9"


def test_separate_edits_in_one_text_are_shown_separately(golden):
    new = copy.deepcopy(golden)
    paragraph = next(p for p in new["paragraphs"] if p["number"] == "15.2")
    text = paragraph["text"]
    paragraph["text"] = "前" + text[:-1] + "后"
    (change,) = diff(golden, new)
    line = change.line()
    assert "[-" + "-]{+前+}" in line and "[-" + text[-1] + "-]{+后+}" in line
    assert line.count("[-") == 2


def test_json_gives_structured_places(golden, tmp_path):
    new = copy.deepcopy(golden)
    row = table(new, "15.12")["parts"][1]["rows"][4]
    row["values"][4] = 1.5
    changed = tmp_path / "new.json"
    changed.write_text(json.dumps(new, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "unfascicle", "diff", str(GOLDEN_PDF),
                             str(changed), "--json"], capture_output=True, text=True)
    (change,) = json.loads(result.stdout)
    assert change["place"] == {"table": "15.12", "part": 1, "part_key": "extrabudgetary",
                               "row": 4, "row_key": "subprogramme", "row_label": row["label"],
                               "column": 4, "column_key": "estimate", "column_year": 2024,
                               "column_label": table(golden, "15.12")["parts"][1]["columns"][4]["label"]}
    assert (change["what"], change["new"]) == ("value", 1.5)
