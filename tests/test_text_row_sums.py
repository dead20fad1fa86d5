"""A stacked table's cells printed after its labels go back where the sums say: an
enumerated label printed with its row's grouped first value parted from it
(``extract.text_regather``), and the sums across a row where the sums down the
columns say nothing (``extract.text_row_sums``)."""

from __future__ import annotations

from plain_pages import paged

from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_row_sums import row_sums
from unfascicle.extract.text_stacked import restack
from unfascicle.extract.text_vocab import vocabulary

_HEAD = ["Table 1.1", "", "Resources", "", "Component", "", "2021 expenditure 2022 estimate", "",
         "Change", "", "Percentage 2023 estimate", ""]


def _cells(*texts: str) -> list[str]:
    """Lines each followed by a blank one (a block each)."""
    return [t for text in texts for t in (text, "")]


def _row(lines: list[PlainLine], label: str) -> str:
    return next(ln.text for ln in lines if ln.text.startswith(label))


def test_a_labels_grouped_first_value_is_parted_so_a_late_cell_finds_its_row() -> None:
    lines = paged([*_HEAD, *_cells("A. Organs", "400.0", "300.0", "(30.0)", "(10.0) 270.0",
                                   "1. Alpha 12 345.0", "20 000.0", "1 000.0 5.0", "21 000.0",
                                   "C. Support", "5 000.0", "4 000.0", "800.0", "4 800.0", "Total",
                                   "17 745.0", "24 300.0", "1 770.0 7.3", "26 070.0",
                                   "D. Programme of work", "20.0")])
    got = restack(lines, [], vocabulary("en"))
    assert _row(got, "C. ") == "C. Support  5 000.0  4 000.0  800.0  20.0  4 800.0"


def test_a_late_cell_goes_where_the_sums_across_its_row_hold() -> None:
    lines = paged([*_HEAD, *_cells("A. Organs", "400.0", "300.0", "(30.0)", "(10.0) 270.0",
                                   "B. Direction", "1 600.0", "5 000.0", "(500.0) (10.0)", "4 500.0",
                                   "C. Support", "5 000.0", "4 000.0", "800.0", "4 800.0",
                                   "D. Programme of work", "20.0")])
    got = restack(lines, [], vocabulary("en"))
    assert _row(got, "C. ") == "C. Support  5 000.0  4 000.0  800.0  20.0  4 800.0"


def test_sums_across_need_two_rows_with_two_addends_not_nil() -> None:
    runs = [["1.0", "—", "1.0", "2.0", "3.0", "5.0"], ["4.0", "—", "4.0", "1.0", "1.0", "2.0"]]
    assert row_sums(runs, 3) == [((0, 1), 2)]
    assert row_sums(runs[:1], 3) == []


def test_a_late_total_goes_where_the_kinds_of_change_beside_each_other_add_up() -> None:
    """Each row's change (three kinds side by side) adds up to its total, and the
    total and the first year to the last: a late figure equal to the last goes
    under the second year, not under the total (nil kinds there)."""
    head = ["Table 1.1", "", "Resources", "", "Component", "", "2021 2022 Technical New Other",
            "", "Total 2023", ""]
    lines = paged([*head, *_cells("A. Organs", "500.0", "600.0", "—", "—", "—", "—", "600.0",
                                  "1. Alpha", "2 000.0", "2 150.0", "(50.0)", "40.0", "20.0", "10.0",
                                  "2 160.0", "2. Beta", "1 000.0", "1 200.0", "—", "30.0", "(5.0)",
                                  "25.0", "1 225.0", "D. Support", "900.0", "—", "—", "—",
                                  "1 100.0", "E. Programme of work", "1 100.0", "—")])
    got = restack(lines, [], vocabulary("en"))
    assert _row(got, "D. ") == "D. Support  900.0  1 100.0  —  —  —  —  1 100.0"
