"""The top of a stacked table's label column printed late (``text_column_top``)."""

from __future__ import annotations

from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_stacked import restack
from unfascicle.extract.text_vocab import vocabulary

_HEADER = ("Table 9.9", "Subprogramme 9: deliverables, by category and subcategory", "2025", "planned",
           "", "2026", "planned", "")


def _lines(*texts: str) -> list[PlainLine]:
    """Lines numbered in order; an empty string is a blank line (a gap in numbers)."""
    return [PlainLine(no, text, 1) for no, text in enumerate(texts, 1) if text]


def _late_top(*top: str) -> list[PlainLine]:
    """A table whose first and fourth rows are printed without their labels, which
    come in a block opened by the label column's heading, between the last label and
    its values."""
    return _lines(*_HEADER, "7", "", "7", "", "1. Alpha reports", "", "1", "", "1", "",
                  "2. Beta reports", "", "2", "", "2", "", "8", "", "8", "",
                  "3. Gamma meetings", "", *top, "", "3", "", "3")


def test_labels_of_a_column_top_printed_late_take_the_rows_printed_without_labels() -> None:
    got = [ln.text for ln in restack(_late_top(
        "Category and subcategory", "A. Facilitation of the intergovernmental process and expert bodies",
        "Parliamentary documentation (number of documents)",
        "Substantive services for meetings (number of three-hour meetings)"), [], vocabulary("en"))]
    assert "Parliamentary documentation (number of documents)  7  7" in got
    assert "Substantive services for meetings (number of three-hour meetings)  8  8" in got
    assert "3. Gamma meetings  3  3" in got
    assert "1. Alpha reports  1  1" in got


def test_a_column_top_with_fewer_labels_than_rows_waiting_is_left_to_the_other_rules() -> None:
    lines = _late_top("Category and subcategory", "A. Facilitation of the intergovernmental process and expert bodies",
                      "Parliamentary documentation (number of documents)")
    got = [ln.text for ln in restack(lines, [], vocabulary("en"))]
    assert "Substantive services for meetings (number of three-hour meetings)  8  8" not in got
    assert "Parliamentary documentation (number of documents)  7  7" not in got


def test_a_row_whose_values_the_column_top_interrupts_takes_the_rest_after_it() -> None:
    lines = _lines(*_HEADER, "2027", "planned", "", "2028", "planned", "", "Documents (number)", "", "5", "",
                   "6", "", "7", "", "8", "", "1. Alpha reports", "", "1", "", "2", "",
                   "Category and subcategory",
                   "A. Facilitation of the intergovernmental process and expert bodies", "", "3", "",
                   "4", "", "2. Beta reports", "", "9", "", "9", "", "9", "", "9")
    got = [ln.text for ln in restack(lines, [], vocabulary("en"))]
    assert "1. Alpha reports  1  2  3  4" in got
    assert "2. Beta reports  9  9  9  9" in got


def test_a_row_short_of_values_before_a_section_alone_is_left_short() -> None:
    """A section printed after a row short of values, without the label column's
    heading, is no column's top printed amid the row: the run after it stays apart."""
    lines = _lines(*_HEADER, "2027", "planned", "", "2028", "planned", "", "Documents (number)", "", "5", "",
                   "6", "", "7", "", "8", "", "1. Alpha reports", "", "1", "", "2", "", "3", "",
                   "B. Generation and transfer of knowledge", "", "4", "", "2. Beta reports", "", "9", "",
                   "9", "", "9", "", "9")
    got = [ln.text for ln in restack(lines, [], vocabulary("en"))]
    assert "1. Alpha reports  1  2  3  4" not in got
    assert "2. Beta reports  9  9  9  9" in got
