"""A table's last columns printed past the figure under it go back to the ends of its rows."""

from __future__ import annotations

from extract.text_bands import second_band
from extract.text_grid_entries import PlainLine
from extract.text_stacked import restack
from extract.text_vocab import vocabulary


def _lines(*texts: str) -> list[PlainLine]:
    """Lines numbered in order; an empty string is a blank line (a gap in numbers)."""
    return [PlainLine(no, text, 1) for no, text in enumerate(texts, 1) if text]


def _texts(lines: list[PlainLine]) -> list[str]:
    return [ln.text for ln in lines]


_TABLE = ("Table 1.1", "Title", "Category Spent Approved", "Alpha  1.0  2.0", "Beta  3.0  4.0",
          "Gamma  5.0  6.0", "Delta  7.0  8.0")


def test_blocks_past_the_figure_end_the_rows_a_run_of_rows_at_a_time() -> None:
    lines = _lines(*_TABLE, "Figure 1.I", "Chart title", "Other Total", "— —", "— —", "",
                   "9.0", "9.5", "", "1 —", "2 —", "", "3", "4", "", "Chart label", "12.0")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[3:7] == ["Alpha  1.0  2.0  — —  9.0", "Beta  3.0  4.0  — —  9.5",
                        "Gamma  5.0  6.0  1 —  3", "Delta  7.0  8.0  2 —  4"]
    assert got[7:] == ["Figure 1.I", "Chart title", "Other Total", "Chart label", "12.0"]


def test_a_charts_values_a_line_each_are_no_band() -> None:
    table = _lines(*_TABLE)
    after = [PlainLine(20 + no, text, 1) for no, text in
             enumerate(["Figure 1.I", "Chart title", "10", "20", "30", "40"])]
    assert second_band(table, after, vocabulary("en")) is None
