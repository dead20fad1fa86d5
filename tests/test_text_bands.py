"""A table's last columns printed past the figure under it go back to the ends of its rows."""

from __future__ import annotations

from unfascicle.extract.text_bands import second_band
from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_stacked import restack
from unfascicle.extract.text_vocab import vocabulary


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


def test_a_band_closing_the_rows_page_goes_to_the_ends_of_its_rows() -> None:
    page = _lines("Table 2.1", "Resources by category", "Category 2021 actual 2022 actual Change",
                  "Posts", "100.0 200.0", "10.0", "Non-post", "30.0", "40.0", "5.0", "Total",
                  "130.0 240.0", "15.0", "", "Other Total 2024 estimate", "— —", "— —", "— —",
                  "", "1.0", "2.0", "3.0")
    text = "2.4 The next paragraph opens here and goes on for a while as text does."
    got = _texts(restack([*page, PlainLine(40, text, 2)], [], vocabulary("en")))
    assert got[3:] == ["Posts  100.0  200.0  10.0  — —  1.0", "Non-post  30.0  40.0  5.0  — —  2.0",
                       "Total  130.0  240.0  15.0  — —  3.0", text]


def test_a_band_under_its_own_header_among_the_figures_values() -> None:
    lines = _lines(*_TABLE[:-1], "Figure 1.I", "Chart title", "Posts", "Non-post", "", "47.9", "",
                   "Other Total 2024 estimate", "— —", "— —", "— —", "", "8.0", "", "7.0", "8.0",
                   "9.0", "", "Chart label")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[3:6] == ["Alpha  1.0  2.0  — —  7.0", "Beta  3.0  4.0  — —  8.0",
                        "Gamma  5.0  6.0  — —  9.0"]
    assert got[6:] == ["Figure 1.I", "Chart title", "Posts", "Non-post", "47.9",
                       "Other Total 2024 estimate", "8.0", "Chart label"]


def test_a_page_printing_fewer_columns_is_read_with_its_own_count() -> None:
    first = _lines("Table 3.1", "Resources", "Category 2021 actual 2022 actual Other 2024 estimate",
                   "Posts", "1.0 2.0", "3.0", "4.0")
    second = [PlainLine(20 + no, text, 2) for no, text in enumerate(
        ["Category 2021 actual 2022 actual", "Non-post", "5.0", "6.0", "Total", "7.0", "8.0"])]
    got = _texts(restack([*first, *second], [], vocabulary("en")))
    assert got[3:] == ["Posts  1.0  2.0  3.0  4.0", "Category 2021 actual 2022 actual",
                       "Non-post  5.0  6.0", "Total  7.0  8.0"]


def test_a_band_in_column_groups_each_under_its_header_a_row_over_lines() -> None:
    lines = _lines(*_TABLE[:5], "Figure 1.I", "Chart title", "", "Other", "Change", "—", "—", "",
                   "Total 2024 estimate", "— —", "9.0", "— —", "9.5", "", "Chart label")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[3:5] == ["Alpha  1.0  2.0  —  — —  9.0", "Beta  3.0  4.0  —  — —  9.5"]
    assert got[5:] == ["Figure 1.I", "Chart title", "Other", "Change", "Total 2024 estimate",
                       "Chart label"]


def test_a_parts_own_header_sets_the_width_its_next_page_is_compared_with() -> None:
    wide = ["Category", "2021 actual 2022 actual Change Other Total 2024 estimate"]
    narrow = ["Category", "2021 actual 2022 actual Change 2024 estimate"]
    first = _lines("Table 4.1", "Posts", "(1) Regular budget", *wide, "A. Organs",
                   "1 1 — — — 1", "(2) Extrabudgetary", *narrow, "A. Organs", "1", "—", "—", "—",
                   "B. Direction", "28", "18", "(7)", "11", "1. Alpha", "6", "4", "10",
                   "C. Programme", "12")
    second = [PlainLine(40 + no, text, 2) for no, text in enumerate(
        [*narrow, "2. Beta", "19", "12", "(3)", "9", "Subtotal (C)", "31", "18", "1", "19"])]
    got = _texts(restack([*first, *second], [], vocabulary("en")))
    assert "1. Alpha  12  6  4  10" in got


def test_a_foot_band_whose_blocks_hold_runs_of_the_rows() -> None:
    """A band closing the rows' page whose header opens with a narrow column's first
    fragment ("Oth", no year), its value blocks each a run of the rows: the rows of
    posts print their first two columns close together, their third apart (a block of
    their own, the last rows'), so each row takes its lines of the blocks covering it."""
    page = _lines("Table 2.1", "Resources by category", "Category 2021 actual 2022 actual Change",
                  "Posts", "100.0 200.0", "10.0", "Non-post", "30.0", "40.0", "5.0",
                  "Staff", "6", "7", "—", "Total staff", "6", "7", "—", "",
                  "Oth", "er Total Pct 2024 estimate", "— — —", "— 1.0 2.0", "— —", "— —", "",
                  "—", "—", "", "1.0", "2.0", "6", "6")
    text = "2.4 The next paragraph opens here and goes on for a while as text does."
    got = _texts(restack([*page, PlainLine(40, text, 2)], [], vocabulary("en")))
    assert got[3:] == ["Posts  100.0  200.0  10.0  — — —  1.0",
                       "Non-post  30.0  40.0  5.0  — 1.0 2.0  2.0",
                       "Staff  6  7  —  — —  —  6", "Total staff  6  7  —  — —  —  6", text]
