"""Texts that print each layout box as a block of lines closed by a blank line, every
line padded with a trailing space (pdfminer.six's ``extract_text``)."""

from __future__ import annotations

from pathlib import Path

from unfascicle.extract.model import Paragraph, Table
from unfascicle.extract.text_boxes import boxed_rows
from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_reader import read_text
from unfascicle.extract.text_vocab import vocabulary

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


def _read_boxed(tmp_path: Path, table: list[str]) -> tuple[list[list[str]], list[Paragraph]]:
    """The rows holding values of the table printed after the last made-up page (its
    labels' spacing evened), and the paragraphs read."""
    pages = [_boxed_page(n) for n in range(5)]
    pages[-1] += "\n" + "\n".join(table)
    path = tmp_path / "boxes.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    blocks = read_text(path, "en").blocks
    read = next(b for b in blocks if isinstance(b, Table))
    rows = [[" ".join(row.cells[0].split()), *row.cells[1:]] for row in read.parts[0].rows
            if any(row.cells[1:])]
    return rows, [b for b in blocks if isinstance(b, Paragraph)]


def test_value_runs_dealt_to_waiting_labels(tmp_path: Path) -> None:
    """Each run of value boxes goes, column after column, to the labels waiting for
    values, in the header's count of year columns; a heading ending in a colon waits
    for none, and a row's last value printed before its label goes with the first
    values of the next run (the values were read as a column of their own, or not at
    all)."""
    rows, _ = _read_boxed(tmp_path, _boxed_deliverables())
    assert rows == [
        ["Field surveys (number of surveys)", "4", "4", "5", "6"],
        ["1. Surveys of river basins", "1", "1", "2", "2"],
        ["2. Surveys of coastal dunes and their shifting margins", "3", "3", "3", "4"],
        ["3. The regional survey board", "8", "7", "8", "10"]]


def _header(years: list[str]) -> list[str]:
    """A made-up table's caption, title, label column heading and header boxes."""
    return ["Table 7.3 ", "Deliverables of the survey office by category ", "",
            "Category and subcategory ", "", *years]


def test_rows_printed_before_their_labels_wait_for_them(tmp_path: Path) -> None:
    """A run holding more rows than labels wait gives its last rows to the labels
    printed after it (the next page's first labels); a box naming three years heads
    three columns, as a stream-order text prints the header; the next paragraph's
    number printed alone ends the table (the region ran on over the paragraph)."""
    table = [*_header(["2025 ", "planned ", "", "2025 2026 ", "actual planned ", ""]),
             "Field surveys (number of surveys) ", "", "1.  Surveys of river basins ", ""]
    for value in ["4", "1", "6", "4", "1", "6", "5", "2", "7"]:
        table += [f"{value} ", ""]
    table += ["2.  Surveys of coastal dunes ", "", "7.11 ", "",
              "The  office  will  publish  the  results  of  the  surveys. ", ""]
    rows, paragraphs = _read_boxed(tmp_path, table)
    assert rows == [["Field surveys (number of surveys)", "4", "4", "5"],
                    ["1. Surveys of river basins", "1", "1", "2"],
                    ["2. Surveys of coastal dunes", "6", "6", "7"]]
    assert paragraphs[-1].number == "7.11" and "publish" in paragraphs[-1].text


def test_an_item_named_as_a_section_takes_values(tmp_path: Path) -> None:
    """An item numbered with digits is a row whatever its name, even one the edition
    knows as a section heading that holds no values ("B. Generation and transfer of
    knowledge" does; the run was one row short of labels and read as printed)."""
    table = [*_header(["2025 ", "planned ", "", "2026 ", "planned ", ""]),
             "B.  Generation and transfer of knowledge ", "",
             "4.  Generation and transfer of knowledge ", "", "5.  Surveys of river basins ", "",
             "6.  Surveys of coastal dunes ", "", "7.  Surveys of mountain passes ", ""]
    for value in ["3", "8", "2", "5", "4", "9", "2", "6"]:
        table += [f"{value} ", ""]
    rows, _ = _read_boxed(tmp_path, table)
    assert rows == [["4. Generation and transfer of knowledge", "3", "4"],
                    ["5. Surveys of river basins", "8", "9"],
                    ["6. Surveys of coastal dunes", "2", "2"],
                    ["7. Surveys of mountain passes", "5", "6"]]


def test_values_before_any_label_leave_the_table_as_printed() -> None:
    """A run of values met while no label waits (a stream-order text prints a row's
    values before its label, and several rows a row at a time) is not dealt column
    after column: the table is left as printed, for the restacking to read (its rows
    were dealt crosswise)."""
    texts = [*_header(["2025 ", "planned ", "", "2026 ", "planned ", ""])]
    for value in ["4", "5"]:
        texts += [f"{value} ", ""]
    texts += ["1.  Surveys of river basins ", "", "2.  Surveys of coastal dunes ", "",
              "3.  Surveys of mountain passes ", ""]
    for value in ["1", "2", "6", "7"]:
        texts += [f"{value} ", ""]
    lines = [PlainLine(no, text.strip(), 1) for no, text in enumerate(texts, 1) if text]
    assert boxed_rows(lines, vocabulary("en")) == lines
