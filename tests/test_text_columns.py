"""The value columns of a flat text's tables name what the PDF's do: the same keys,
years and groups, and the same headings word for word ("2024 (actual)", "New/expanded
mandates", "Additional information", "2023年批款"), so a user filtering columns by key
or year finds the same columns in a PDF and in any extractor's text of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from extractors import EXTRACTORS, missing

from unfascicle.output import to_dict
from unfascicle.pipeline import read

SAMPLE_PDF = Path("samples/corpus/A_78_6_Sect15_zh.pdf")
REAL = Path("../shared/corpus/real/A_81_6")
CASES = [(SAMPLE_PDF, name) for name in ("pdfplumber", "pdftotext-layout", "pypdfium2",
                                         "pdftotext-raw")] + [
    (REAL / f"A_81_6_{section}_PartA_en.pdf", name) for section in ("Sect15", "Sect2")
    for name in ("pdfplumber", "pdftotext-layout", "pypdfium2", "pdftotext-raw", "mutool")]

Columns = list[list[tuple[str | None, int | None, str | None, str]]]


def _columns(path: Path) -> dict[str, Columns]:
    """Per table, each part's columns: key, year, group and heading (spaces left out,
    as ideographs print none)."""
    return {t["number"]: [[(c["key"], c["year"], c["group"], "".join(c["label"].split()))
                           for c in p["columns"]] for p in t["parts"]]
            for t in to_dict(read(path))["tables"] if t["number"]}


@pytest.mark.parametrize(("pdf", "name"), CASES,
                         ids=[f"{pdf.stem}-{name}" for pdf, name in CASES])
def test_text_tables_name_the_pdfs_columns(tmp_path: Path, pdf: Path, name: str) -> None:
    if (why := missing(name)) is not None:
        pytest.skip(why)
    by_pdf = _columns(pdf)
    by_text = _columns(EXTRACTORS[name](pdf, tmp_path / f"{pdf.stem}.{name}.txt"))
    assert len(set(by_text) & set(by_pdf)) > 10
    differ = {k: (by_pdf[k], got) for k, got in by_text.items() if k in by_pdf and by_pdf[k] != got}
    assert not differ, differ


def test_english_headings_keep_their_spaces(tmp_path: Path) -> None:
    """Words of one heading a space apart, as printed, where the years and their
    qualifiers are read apart and put back together."""
    pdf = REAL / "A_81_6_Sect15_PartA_en.pdf"
    if (why := missing("pdfplumber")) is not None:
        pytest.skip(why)
    text = EXTRACTORS["pdfplumber"](pdf, tmp_path / "en.txt")
    labels = {c["label"] for t in to_dict(read(text))["tables"] for p in t["parts"]
              for c in p["columns"]}
    assert {"2024 (actual)", "2027 (planned)"} <= labels
    assert not {label for label in labels if "(" in label and " (" not in label}


_DELIVERABLES = ["2025 2025 2026 2027",
                 "Category and subcategory planned actual planned planned",
                 "A. Facilitation of the intergovernmental process and expert bodies",
                 "Parliamentary documentation (number of documents) 3 3 3 3",
                 "1. Report of the Secretary-General on the made-up office 3 3 3 3",
                 "3.9 The next paragraph closes the section."]
_HEADINGS = ["Category and subcategory", "2025 planned", "2025 actual", "2026 planned",
             "2027 planned"]


def _deliverables(tmp_path: Path, lines: list[str]) -> tuple[str, list[str]]:
    """The title and the last header row of the deliverables table ``lines`` open."""
    from unfascicle.extract.model import Table
    from unfascicle.extract.text_reader import read_text

    path = tmp_path / "flat.txt"
    path.write_text("\n".join([*lines, *_DELIVERABLES]) + "\n", encoding="utf-8")
    table = next(b for b in read_text(path, "en").blocks if isinstance(b, Table))
    return table.caption[1], [c.text for c in table.parts[0].header[-1]]


def test_a_title_going_on_in_lower_case_is_no_header_line(tmp_path: Path) -> None:
    """A caption's title wrapped onto a second line that goes on with its sentence
    ("period 2025–2027, …", "and subcategory") is the title's, not the header's,
    though it prints years."""
    assert _deliverables(tmp_path, [
        "3.1 The deliverables of the made-up office are listed in table 3.1.",
        "Table 3.1", "Made-up office: deliverables for the",
        "period 2025–2027, by category and subcategory"]) == (
        "Made-up office: deliverables for the period 2025–2027, by category and subcategory",
        _HEADINGS)


def test_a_title_filling_the_measure_goes_on_on_the_next_line(tmp_path: Path) -> None:
    """A title that ran to the full measure wrapped: the next line is its end, though
    it opens with a capital ("… in the Occupied" / "Territory: deliverables …"),
    where that line opens no header and holds no values."""
    prose = ["3.1 The office reports on the plans that the towns of the region adopted with its "
             "support in the",
             "year, and on the meetings that it served for the Member States and the experts of "
             "the region so far.",
             "3.2 The deliverables of the made-up office over the period are listed in full in "
             "table 3.1 below, and",
             "the resources that the office proposes for them are shown in the tables after it, "
             "by category and grade."]
    title, headings = _deliverables(tmp_path, [
        *prose, "Table 3.1",
        "United Nations Register of Made-up Damage Caused by the Construction of the Wall in the"
        " Occupied",
        "Territory: deliverables for the period 2025–2027, by category and subcategory"])
    assert title.endswith("Occupied Territory: deliverables for the period 2025–2027, by "
                          "category and subcategory")
    assert headings == _HEADINGS
