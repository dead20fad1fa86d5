"""Texts that print each layout box as a block of lines closed by a blank line, every
line padded with a trailing space (pdfminer.six's ``extract_text``)."""

from __future__ import annotations

from pathlib import Path

from unfascicle.extract.model import Paragraph, Table
from unfascicle.extract.text_reader import read_text

_TOPICS = ["water", "soil", "forest", "coastal", "urban", "mountain"]


def _boxed_page(n: int) -> str:
    """A made-up page of boxes: a running head, an indented heading, two numbered
    paragraphs whose wrapped lines run on (one broken at a hyphen, so without the
    padding space), and a footer."""
    one, two = _TOPICS[n], _TOPICS[n + 1]
    return "\n".join([
        "Part IX ", "",
        f"  Strategy for {one} surveys ", "",
        f"7.{2 * n + 1}  The  {one}  office  will  advise  member  bodies  on  the  planning ",
        f"of  {two}  surveys  in  {n + 3}  regions  and  will  report  on  their  cross-",
        f"border  effects  on  {one}  in  the  coming  period. ", "",
        f"7.{2 * n + 2}  It  will  also  hold  {n + 2}  workshops  on  {two}  for  the ",
        f"staff  of  regional  {one}  offices  and  publish  a  guide  to  their  methods. ", "",
        f"{n + 1}/9 ", "",
    ])


def _paragraphs(tmp_path: Path) -> list[Paragraph]:
    path = tmp_path / "boxes.txt"
    path.write_text("\f".join(_boxed_page(n) for n in range(5)), encoding="utf-8")
    return [b for b in read_text(path, "en").blocks if isinstance(b, Paragraph)]


def test_padded_lines_run_on_within_a_box(tmp_path: Path) -> None:
    """A space that ends nearly every line, while a blank line closes each box, marks
    no block end: the numbered paragraphs are read as such (they were taken for
    unnumbered blocks of the seed's spacing)."""
    assert [p.number for p in _paragraphs(tmp_path)] == [f"7.{k}" for k in range(1, 11)]


def _boxed_table() -> list[str]:
    """A made-up table as boxes: the label column's heading, each label, each header
    cell ("2025" over "actual") and each value a box of its own, the values column
    after column; the total row is the sum of the rows above it."""
    lines = ["7.11  Table 7.1 shows the resources. ", "", "Table 7.1 ",
             "Resources by object of expenditure ", "", "Object of expenditure ", ""]
    for label in ["Posts", "Other staff costs", "Travel of staff", "Total"]:
        lines += [f"{label} ", ""]
    for year, kind in [("2025", "actual"), ("2026", "planned"), ("2027", "estimate")]:
        lines += [f"{year} ", f"{kind} ", ""]
    for column in [["10", "20", "30", "60"], ["11", "21", "31", "63"], ["12", "22", "32", "66"]]:
        for value in column:
            lines += [f"{value} ", ""]
    return lines


def test_values_boxed_column_after_column(tmp_path: Path) -> None:
    """Values printed a box each, column after column after the labels and the
    header, go back a row per label: cut into as many columns as the header's boxes
    open with a year, as the table's sums say (read a row at a time, they add up to
    nothing)."""
    pages = [_boxed_page(n) for n in range(5)]
    pages[2] += "\n" + "\n".join(_boxed_table())
    path = tmp_path / "boxes.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    table = next(b for b in read_text(path, "en").blocks if isinstance(b, Table))
    assert [row.cells for row in table.parts[0].rows[:4]] == [
        ["Posts", "10", "11", "12"], ["Other staff costs", "20", "21", "22"],
        ["Travel of staff", "30", "31", "32"], ["Total", "60", "63", "66"]]


def _boxed_deliverables() -> list[str]:
    """A made-up table of counts as boxes: labels (an enumerator printed alone, its
    label in the next box; a wrapped label; a heading ending in a colon, which holds
    no values), the header's year boxes, then the values in runs, column after
    column: the first run holds the first three rows and, at the foot of its last
    column, the last row's last value, printed before that row's label."""
    lines = ["7.11  Table 7.2 shows the surveys. ", "", "Table 7.2 ",
             "Deliverables of the survey office by category ", "",
             "Category and subcategory ", "", "Field surveys (number of surveys) ", "",
             "1. ", "", "Surveys of river basins ", "",
             "2.  Surveys of coastal dunes and their ", "shifting margins ", ""]
    for year, kind in [("2025", "planned"), ("2025", "actual"), ("2026", "planned"),
                       ("2027", "planned")]:
        lines += [f"{year} ", f"{kind} ", ""]
    for value in ["4", "1", "3", "4", "1", "3", "5", "2", "3", "6", "2", "4", "10"]:
        lines += [f"{value} ", ""]
    lines += ["Meetings of: ", "", "3.  The regional survey board ", ""]
    for value in ["8", "7", "8"]:
        lines += [f"{value} ", ""]
    return lines


def test_value_runs_dealt_to_waiting_labels(tmp_path: Path) -> None:
    """Each run of value boxes goes, column after column, to the labels waiting for
    values, in the header's count of year columns; a heading ending in a colon waits
    for none, and a row's last value printed before its label goes with the first
    values of the next run (the values were read as a column of their own, or not at
    all)."""
    pages = [_boxed_page(n) for n in range(5)]
    pages[2] += "\n" + "\n".join(_boxed_deliverables())
    path = tmp_path / "boxes.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    blocks = read_text(path, "en").blocks
    table = next(b for b in blocks if isinstance(b, Table))
    rows = [[" ".join(row.cells[0].split()), *row.cells[1:]] for row in table.parts[0].rows
            if any(row.cells[1:])]
    assert rows == [
        ["Field surveys (number of surveys)", "4", "4", "5", "6"],
        ["1. Surveys of river basins", "1", "1", "2", "2"],
        ["2. Surveys of coastal dunes and their shifting margins", "3", "3", "3", "4"],
        ["3. The regional survey board", "8", "7", "8", "10"]]
    numbers = [b.number for b in blocks if isinstance(b, Paragraph)]
    assert numbers[-4:] == [f"7.{k}" for k in range(7, 11)]  # the pages after it: prose
