"""A table's part number printed on a line of its own, and a later part's label
printed after all the values (pdftotext's default mode, mutool)."""

from __future__ import annotations

from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_part_labels import late_part_label
from unfascicle.extract.text_stacked import restack
from unfascicle.extract.text_vocab import vocabulary


def _lines(*texts: str, page: int = 1) -> list[PlainLine]:
    """Lines numbered from 1; an empty string is a blank line (a gap in numbers)."""
    return [PlainLine(no, text, page) for no, text in enumerate(texts, 1) if text]


def _texts(lines: list[PlainLine]) -> list[str]:
    return [ln.text for ln in lines]


def test_a_part_number_alone_opens_its_part_with_the_label_under_it() -> None:
    got = _texts(restack(_lines(
        "Table 7.4", "Resources by source of funding", "(Thousands of United States dollars)",
        "(1)", "Regular budget", "Component", "2023 expenditure", "2024 approved", "Change",
        "Total", "2025 estimate",
        "A. Organs", "1.5", "2.5", "0.5", "0.5", "3.0",
        "B. Direction", "4.5", "5.5", "(0.5)", "(0.5)", "5.0",
        "Subtotal, 1", "6.0", "8.0", "–", "–", "8.0",
        "(2)", "Extrabudgetary", "Component", "2024 estimate", "Change", "2025 estimate",
        "A. Organs", "7.5", "0.5", "8.0",
        "B. Direction", "9.5", "(1.5)", "8.0",
        "Subtotal, 2", "17.0", "(1.0)", "16.0"), [], vocabulary("en")))
    assert "(1) Regular budget" in got and "(2) Extrabudgetary" in got
    assert "Subtotal, 1  6.0  8.0  –  –  8.0" in got
    assert got[-1] == "Subtotal, 2  17.0  (1.0)  16.0"


def test_a_later_parts_label_printed_last_goes_before_its_header() -> None:
    body = _lines("(1) Regular budget", "2023", "expenditure", "Total", "A. Organs", "1.5",
                  "2.5", "Subtotal, 1", "6.0", "8.0", "2024", "estimate", "Change",
                  "A. Organs", "7.5", "0.5", "8.0", "B. Direction", "9.5", "(1.5)",
                  "B. Direction", "(2) Extrabudgetary", "Component", "B. Direction")
    got = _texts(late_part_label(body, vocabulary("en")))
    assert got == ["(1) Regular budget", "2023", "expenditure", "Total", "A. Organs", "1.5",
                   "2.5", "Subtotal, 1", "6.0", "8.0", "B. Direction", "(2) Extrabudgetary",
                   "2024", "estimate", "Change", "A. Organs", "7.5", "0.5", "8.0",
                   "B. Direction", "9.5", "(1.5)", "Component", "B. Direction"]


def test_a_part_label_after_a_pages_repeated_header_stays_where_it_is() -> None:
    first = _lines("(1) Regular budget", "2023", "expenditure", "A. Organs", "1.5", "2.5")
    second = _lines("2023", "expenditure", "B. Direction", "3.5", "4.5",
                    "(2) Extrabudgetary", page=2)
    body = [*first, *(PlainLine(ln.no + 10, ln.text, ln.page) for ln in second)]
    assert late_part_label(body, vocabulary("en")) == body


def test_a_later_parts_label_over_rows_printed_a_line_each_stays() -> None:
    body = _lines("(1) Regular budget", "2023", "expenditure", "A. Organs", "1.5", "2.5",
                  "2024", "estimate", "B. Direction", "3.5", "4.5", "(2) Extrabudgetary",
                  "2024 estimate Change", "A. Organs  7.5  0.5", "B. Direction  9.5  (1.5)")
    assert late_part_label(body, vocabulary("en")) == body


def test_a_headers_column_numbers_are_no_part_label() -> None:
    got = _texts(restack(_lines(
        "Table 5", "Resource requirements", "(Thousands of United States dollars)",
        "2024 expenditure", "2025 appropriation", "2026 estimate", "Variance",
        "(1)", "", "(2)", "", "(3)", "", "(4)", "", "(5)=(4)-(3)",
        "Civilian personnel", "1.5", "2.5", "3.5", "1.0",
        "Operational costs", "4.5", "5.5", "6.5", "1.0"), [], vocabulary("en")))
    assert "(4)" in got and "(5)=(4)-(3)" in got


def test_a_negative_count_before_a_text_cell_is_no_part_number() -> None:
    got = _texts(restack(_lines(
        "Table 2.45", "Proposed posts and post changes", "(Number of posts)", "Number",
        "Details", "Approved for 2025", "1 586", "1 USG, 1 ASG, 6 D-2", "Abolishment", "(7)",
        "1 GS (PL) in subprogramme 3 in New York", "Proposed for 2026", "1 579",
        "1 USG, 1 ASG, 6 D-2"), [], vocabulary("en")))
    assert not any(text.startswith("(7) 1 GS") for text in got)
