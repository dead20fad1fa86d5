"""The label column's heading of a flat text's table (``printed_stub``): it names what
the rows are ("Category and subcategory": deliverables), so the table's family, and its
rows' keys, are the same from a PDF's text as from the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from extractors import EXTRACTORS, missing

from unfascicle.extract.text_grid_entries import Entry, PlainLine
from unfascicle.extract.text_grid_header import printed_stub, skip_repeats
from unfascicle.extract.text_vocab import vocabulary
from unfascicle.output import to_dict
from unfascicle.pipeline import read

SAMPLE_PDF = Path("samples/corpus/A_78_6_Sect15_zh.pdf")
ENGLISH_PDF = Path("../shared/corpus/real/A_81_6/A_81_6_Sect15_PartA_en.pdf")
# deliverables tables with rows of text across them, one at a page's top
DELIVERABLES_PDF = Path("../shared/corpus/real/A_81_6/A_81_6_Sect2_PartA_en.pdf")


def test_a_heading_before_the_value_columns_words_is_the_stub() -> None:
    lines = ["2024 2024 2025 2026",
             "Category and subcategory planned actual planned planned"]
    assert printed_stub(lines, vocabulary("en")) == "Category and subcategory"


def test_a_heading_on_a_line_of_its_own_is_the_stub() -> None:
    lines = ["Object of expenditure", "2024", "expenditure", "2025", "approved"]
    assert printed_stub(lines, vocabulary("en")) == "Object of expenditure"


def test_a_heading_wrapped_in_its_cell_is_made_whole() -> None:
    lines = ["Component/ 2024 2025", "subprogramme expenditure approved"]
    assert printed_stub(lines, vocabulary("en")) == "Component/subprogramme"


def test_the_longest_known_heading_wins() -> None:
    """"Grade" alone is a label column's heading too; "Category and grade" is longer."""
    assert printed_stub(["Category and grade 2025 2026"], vocabulary("en")) \
        == "Category and grade"


def test_ideographs_run_on_into_the_next_heading() -> None:
    lines = ["2022 年 2022 年 2023 年 2024 年", "类别和次类别计划 实际 计划 计划"]
    assert printed_stub(lines, vocabulary("zh")) == "类别和次类别"


def test_a_header_without_a_known_heading_has_no_stub() -> None:
    """Words that only open like a heading are none ("Grades" is no "Grade"), and value
    headings are none."""
    lines = ["Grades 2025 approved", "2026 estimate"]
    assert printed_stub(lines, vocabulary("en")) == ""


def test_a_group_label_above_the_stub_is_no_stub() -> None:
    """"Object of expenditure" over the objects' columns reads as a label column's
    heading too; the label column's own heading is printed below it."""
    lines = ["Object of expenditure", "General",
             "Resolution Posts Other staff costs Consultants Total"]
    assert printed_stub(lines, vocabulary("en")) == "Resolution"


def test_a_heading_running_on_in_prose_is_a_row_label() -> None:
    lines = ["Military United Total",
             "Office of the Special Adviser to the Secretary-General on Cyprus"]
    assert printed_stub(lines, vocabulary("en")) == ""


def _entries(texts: list[str]) -> list[Entry]:
    return [Entry(PlainLine(k, text, 1 + k // 3), text, []) for k, text in enumerate(texts)]


def test_a_header_repeated_from_its_label_columns_line_is_skipped() -> None:
    """A later page's running lines may take the repeated header's first line (its
    years); the repeat is still skipped from the line opening with the label column's
    heading, and lines that only equal a later header line are kept (a header read
    too far, over a row's label, must not take that row's repeats)."""
    header = ["2025 2025 2026 2027", "Category and subcategory planned actual planned planned",
              "Approved 2025"]
    body = _entries(["Geneva 1 2 3 4", "Category and subcategory planned actual planned planned",
                     "Approved 2025", "Nairobi 5 6 7 8", "Approved 2025"])
    kept = [e.line.text for e in skip_repeats(body, header, vocabulary("en"))]
    assert kept == ["Geneva 1 2 3 4", "Nairobi 5 6 7 8", "Approved 2025"]


def _tables(path: Path) -> dict[str, tuple[str, list[str | None], dict[str, tuple[str, str]]]]:
    """Per table: its family, each part's label column key, and each labelled row's
    kind and key (by its label, spaces left out)."""
    return {t["number"]: (t["family"], [(p["stub"] or {}).get("key") for p in t["parts"]],
                          {"".join(r["label"].split()): (r["kind"], r["key"])
                           for p in t["parts"] for r in p["rows"] if r["label"]})
            for t in to_dict(read(path))["tables"]}


@pytest.mark.parametrize("pdf", [SAMPLE_PDF, ENGLISH_PDF, DELIVERABLES_PDF],
                         ids=["zh", "en-15", "en-2"])
@pytest.mark.parametrize("name", ["pdfplumber", "pdftotext-layout", "pypdfium2", "pdftotext-raw",
                                  "mutool"])
def test_text_tables_are_of_the_pdfs_families(tmp_path: Path, pdf: Path, name: str) -> None:
    """Every table both readings find is of the family the PDF reading gives it, with
    the same label column keys, and a row both print is of the same kind and key:
    deliverables tables stay deliverables, and a deliverable's text across the row
    ("Administration: 4 meetings of …") is text, not a section. (Text printed a
    block at a time, pdftotext's default mode, may print a header's cells after the
    rows they head: left out.)"""
    if (why := missing(name)) is not None:
        pytest.skip(why)
    by_pdf = _tables(pdf)
    by_text = _tables(EXTRACTORS[name](pdf, tmp_path / f"{pdf.stem}.{name}.txt"))
    assert any(family == "deliverables" for family, _, _ in by_pdf.values())
    differ = {k: (by_pdf[k][:2], got[:2]) for k, got in by_text.items()
              if k in by_pdf and by_pdf[k][:2] != got[:2]}
    rows = {(k, label): (by_pdf[k][2][label], row) for k, got in by_text.items() if k in by_pdf
            for label, row in got[2].items()
            if label in by_pdf[k][2] and by_pdf[k][2][label] != row}
    assert not differ and not rows, (differ, rows)


def test_a_heading_printed_among_the_rows_heads_the_label_column(tmp_path: Path) -> None:
    """pdftotext's default mode prints a block at a time: the label column's heading
    above the rows' labels, the value columns' headings after them. The heading is no
    row; it heads the label column, so the deliverables tables stay deliverables."""
    if (why := missing("pdftotext")) is not None:
        pytest.skip(why)
    text = EXTRACTORS["pdftotext"](DELIVERABLES_PDF, tmp_path / "default.txt")
    tables = to_dict(read(text))["tables"]
    assert not [r["label"] for t in tables for p in t["parts"] for r in p["rows"]
                if r["label"] == "Category and subcategory"]
    by_pdf = _tables(DELIVERABLES_PDF)
    assert {t["number"]: t["family"] for t in tables if t["number"] in by_pdf} \
        == {k: v[0] for k, v in by_pdf.items() if k in {t["number"] for t in tables}}
