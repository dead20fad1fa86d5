"""Headings of an English flat text (issue 10). The reblocker closed a block with one
trailing space, which after a Latin word is a wrapped phrase's and closes nothing: a
heading the edition knows ran on into the next ("Overall orientation Mandates and
background"). And a chart's labels printed under its figure ("1 000 000", "2023 2024
2025", "(actual) (actual) (actual)") were read as headings, half of all the headings of
A/81/6's pdfplumber texts; a figure's title wrapped onto a second line lost that line."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from extractors import EXTRACTORS, missing

from unfascicle.isolate import call_with_time_limit
from unfascicle.output import to_dict
from unfascicle.pipeline import read


def _read(tmp_path: Path, lines: list[str]) -> dict:
    path = tmp_path / "en.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return to_dict(read(path))


def test_known_headings_stand_alone(tmp_path: Path) -> None:
    doc = _read(tmp_path, [
        "A. Proposed programme plan for 2027 and programme performance", "in 2025",
        "Overall orientation", "Mandates and background",
        "15.1 The United Nations Human Settlements Programme is the focal point for",
        "sustainable urbanization.", "Programme of work", "Subprogramme 1",
        "Housing, land, basic services and urban environment", "Objective",
        "15.2 The objective is adequate housing for all."])
    assert [h["text"] for h in doc["headings"]] == [
        "A. Proposed programme plan for 2027 and programme performance in 2025",
        "Overall orientation", "Mandates and background", "Programme of work",
        "Subprogramme 1 Housing, land, basic services and urban environment", "Objective"]


def test_a_charts_labels_are_no_headings(tmp_path: Path) -> None:
    """The labels under a figure's caption and title, and a run of figures alone
    elsewhere, are dropped with a warning: no heading prints only figures, and which
    value an axis's label names is lost in the text."""
    doc = _read(tmp_path, [
        "15.1 Progress is presented in the performance measure below (see figure 15.I).",
        "Figure 15.I",
        "Performance measure: number of people with access to public transport (annual,",
        "rounded to the nearest 1,000)",
        "1 000 000", "816 000", "800 000", "180 000 200 000", "0", "2023 2024 2025",
        "(actual) (actual) (actual)", "Planned results for 2027",
        "15.2 The next paragraph closes the section.", "60 56", "40", "Deliverables",
        "15.3 The last paragraph."])
    (figure,) = doc["figures"]
    assert figure["title"] == ("Performance measure: number of people with access to public "
                               "transport (annual, rounded to the nearest 1,000)")
    assert not any(p["data"] for p in figure["panels"])
    assert [h["text"] for h in doc["headings"]] == ["Planned results for 2027", "Deliverables"]
    assert [w["message"] for w in doc["warnings"] if "chart" in w["message"]] == [
        "line 5: stray chart labels dropped",
        "2 blocks of figures without words dropped (a chart's labels, a barcode), the first"
        " at line 14"]
    assert [p["number"] for p in doc["paragraphs"]] == ["15.1", "15.2", "15.3"]


@pytest.mark.parametrize("name", ["pdfplumber", "pdftotext-layout"])
def test_a_texts_headings_are_mostly_the_pdfs(tmp_path: Path, name: str) -> None:
    """A/81/6 Sect. 15's headings read from its text: most of the PDF reading's, word
    for word (before: 38 of 74), and no heading of figures alone (before: 248
    headings by pdfplumber, a third of them chart labels)."""
    if (why := missing(name)) is not None:
        pytest.skip(why)
    pdf = Path("../shared/corpus/real/A_81_6/A_81_6_Sect15_PartA_en.pdf")
    by_pdf = Counter(" ".join(h["text"].split()) for h in to_dict(read(pdf))["headings"])
    text = EXTRACTORS[name](pdf, tmp_path / f"{name}.txt")
    headings = [" ".join(h["text"].split()) for h in to_dict(read(text))["headings"]]
    assert sum((by_pdf & Counter(headings)).values()) >= 0.8 * sum(by_pdf.values())
    assert not [h for h in headings if not any(ch.isalpha() for ch in h)]


def _paragraphs(path: str) -> int:
    """The number of paragraphs read from ``path`` (a child's result must pickle)."""
    return len(to_dict(read(Path(path)))["paragraphs"])


def test_a_line_of_chart_labels_with_a_trailing_space_is_read_past(tmp_path: Path) -> None:
    """A line of figures at a block's start, closed by a trailing space (the seed
    text's convention), is no residue the residue reader takes: taking it for the
    start of one read nothing, and the reader stood still for ever (a fuzzed copy
    of the sample's text hung)."""
    lines = Path("samples/corpus/A_78_6_Sect15_zh.txt").read_text(encoding="utf-8").split("\n")
    at = next(k for k, ln in enumerate(lines) if ln.startswith(" 15.2")) - 1
    path = tmp_path / "seed.txt"
    path.write_text("\n".join([*lines[:at], "9  23 ", *lines[at:]]), encoding="utf-8")
    assert call_with_time_limit(_paragraphs, (str(path),), 20.0, str(path)) > 100
