"""Staff rows of a stacked financial table, a blank cell each under the first year:
the run after one such row is cut in rows of as many values; and the column count of
a table whose runs of values all differ (two rows printed as one run); where the
labels printed after those rows end."""

from __future__ import annotations

from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_stacked import restack
from unfascicle.extract.text_stacked_rows import label_ends
from unfascicle.extract.text_stacked_values import column_count
from unfascicle.extract.text_vocab import vocabulary


def _lines(*texts: str) -> list[PlainLine]:
    """Lines numbered from 1; an empty string is a blank line (a gap in numbers)."""
    return [PlainLine(no, text, 1) for no, text in enumerate(texts, 1) if text]


def _stacked(*texts: str) -> tuple[str, ...]:
    """Each text a block of its own, as pdftotext's default mode prints cells."""
    return tuple(t for text in texts for t in (text, ""))


def test_staff_rows_after_one_with_a_blank_cell_hold_as_many_values() -> None:
    got = [ln.text for ln in restack(_lines(
        "Table 4.6", "Subprogramme 1: evolution of financial and post resources",
        "(Thousands of United States dollars/number of posts)",
        *_stacked("2023", "expenditure", "2024", "approved", "Change", "2025", "estimate"),
        "Financial resources", "Posts", "", *_stacked("1.5", "2.5", "0.5", "3.0"),
        "Non-post", "", *_stacked("4.5", "5.5", "(0.5)", "5.0"),
        "Total", "", *_stacked("6.0", "8.0", "–", "8.0"),
        "Professional and higher", "", *_stacked("12", "–", "12"),
        "General Service and related", "", *_stacked("7", "1", "8", "19", "1", "20"),
        "Post resources", "Total"), [], vocabulary("en"))]
    assert got[-4:] == ["Professional and higher  12  –  12", "General Service and related  7  1  8",
                        "Post resources", "Total  19  1  20"]


def test_runs_all_unlike_count_a_run_of_two_rows_for_the_row() -> None:
    runs = [[f"{k}.5"] * size for k, size in enumerate((16, 8, 7, 14))]
    assert column_count(runs) == 8
    assert column_count([["1.5"] * 20, ["2.5"] * 28, ["3.5"] * 4]) == 28


def test_a_label_ends_before_a_subtotal_naming_its_part_after_a_comma() -> None:
    labels = _lines("D. Programme support and services", "Subtotal, 1")
    assert [ln.text for ln in label_ends(labels, vocabulary("en"))] == [
        "D. Programme support and services", "Subtotal, 1"]
