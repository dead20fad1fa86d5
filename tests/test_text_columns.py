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
CASES = [(SAMPLE_PDF, name) for name in ("pdfplumber", "pdftotext-layout")] + [
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
                         ids=[f"{pdf.stem.split('_')[3]}-{name}" for pdf, name in CASES])
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
