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
