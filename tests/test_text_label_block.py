"""A part printed as its label column, then its header, then its rows a few lines each,
and the next part's label printed among those labels."""

from __future__ import annotations

from unfascicle.extract.text_dealt_rows import dealt_rows
from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_label_block import label_block_rows
from unfascicle.extract.text_part_labels import part_labels_placed
from unfascicle.extract.text_stacked import restack
from unfascicle.extract.text_tiled_rows import tiled_rows
from unfascicle.extract.text_vocab import vocabulary


def _lines(*texts: str) -> list[PlainLine]:
    """Lines numbered from 1; an empty string is a blank line (a gap in numbers)."""
    return [PlainLine(no, text, 1) for no, text in enumerate(texts, 1) if text]


_HEADER = ("Change", "2022 2023 Technical New Total 2024")
_VALUES = ("1.0 2.0", "3.0 4.0 5.0", "6.0", "7.0 8.0", "9.0 10.0 11.0", "12.0",
           "13.0 14.0", "15.0 16.0 17.0", "18.0")
_SECOND = ("Component/subprogramme", "2022 2023", "A. Organs 5.5 6.5", "B. Direction 7.5 8.5")


def _table(*labels: str) -> list[PlainLine]:
    return _lines("Table 2.1", "Title", "(1) Regular budget", "Component/subprogramme",
                  *labels, "", *_HEADER, *_VALUES, "", *_SECOND)


def _texts(lines: list[PlainLine]) -> list[str]:
    return [ln.text for ln in lines]


def test_labels_then_header_then_rows_are_read_a_row_a_line() -> None:
    got = _texts(restack(_table("A. Organs", "B. Direction", "C. Programme of work",
                                "1. Alpha and its", "long rest", "(2) Extrabudgetary"),
                         [], vocabulary("en")))
    assert got[:11] == ["Table 2.1", "Title", "(1) Regular budget", *_HEADER,
                        "Component/subprogramme", "A. Organs  1.0  2.0  3.0  4.0  5.0  6.0",
                        "B. Direction  7.0  8.0  9.0  10.0  11.0  12.0", "C. Programme of work",
                        "1. Alpha and its", "long rest  13.0  14.0  15.0  16.0  17.0  18.0"]
    assert got[11:] == ["(2) Extrabudgetary", *_SECOND]


def test_the_next_parts_label_goes_before_its_own_part() -> None:
    body = _table("A. Organs", "B. Direction", "(2) Extrabudgetary")[2:]
    got = _texts(part_labels_placed(body, vocabulary("en")))
    assert got == ["(1) Regular budget", "Component/subprogramme", "A. Organs", "B. Direction",
                   *_HEADER, *_VALUES, "(2) Extrabudgetary", *_SECOND]


def test_values_that_do_not_fill_the_labels_evenly_stay_as_printed() -> None:
    got = _texts(restack(_table("A. Organs", "B. Direction", "1. Alpha", "2. Beta"), [],
                         vocabulary("en")))
    assert "A. Organs" in got and "1.0 2.0" in got


def test_column_groups_each_under_their_header_give_each_row_its_cells_in_order() -> None:
    body = _lines("(1) Regular budget", "Component/subprogramme", "A. Organs", "B. Direction",
                  "C. Programme of work", "1. Alpha", "", "Approved Proposed", "1.0", "2.0", "3.0",
                  "4.0", "5.0", "6.0", "", "Other", "7.0", "8.0", "9.0", "", "Total", "Estimate",
                  "10.0", "11.0", "12.0", "13.0", "14.0", "15.0")
    got = _texts(label_block_rows(body, vocabulary("en")) or [])
    assert got[-4:] == ["A. Organs  1.0  2.0  7.0  10.0  11.0",
                        "B. Direction  3.0  4.0  8.0  12.0  13.0", "C. Programme of work",
                        "1. Alpha  5.0  6.0  9.0  14.0  15.0"]


def test_a_part_read_so_on_one_page_only_is_left_to_the_stacked_reader() -> None:
    first = _lines("(1) Regular budget", "Component/subprogramme", "A. Organs", "B. Direction",
                   "", "Approved Proposed", "1.0", "2.0", "3.0", "4.0")
    second = [PlainLine(no, text, 2) for no, text in enumerate(
        ("Component/subprogramme", "C. Gamma", "D. Delta", "E. Epsilon", "Approved Proposed", "5.0",
         "6.0", "7.0", "8.0"), 20)]
    assert label_block_rows([*first, *second], vocabulary("en")) is None
    assert label_block_rows(first, vocabulary("en")) is not None


def test_a_blank_line_never_cuts_a_row() -> None:
    assert dealt_rows([_lines("1", "2", "3", "4")], 2, 2) == [["1", "2"], ["3", "4"]]
    assert dealt_rows([_lines("1"), _lines("2"), _lines("3 4")], 2, 2) is None


def test_columns_printed_a_block_each_are_read_down_the_rows() -> None:
    blocks = [_lines("1", "— —", "—", "5", "6"), _lines("7", "8"), _lines("9", "10"),
              _lines("11", "12")]
    assert dealt_rows(blocks, 3, 4) == [["1", "—", "—", "—"], ["5", "7", "9", "11"],
                                        ["6", "8", "10", "12"]]


def test_a_group_printed_before_the_labels_gives_the_first_columns() -> None:
    body = _lines("(2) Extrabudgetary", "", "Spent", "1.0", "2.0", "3.0", "",
                  "Component/subprogramme", "A. Organs", "B. Direction", "1. Alpha", "",
                  "Estimate Change", "4.0 0.5", "5.0 0.6", "9.0 0.7", "", "Revised", "6.0", "7.0",
                  "8.0")
    assert _texts(label_block_rows(body, vocabulary("en")) or []) == [
        "(2) Extrabudgetary", "Spent", "Estimate Change", "Revised", "Component/subprogramme",
        "A. Organs  1.0  4.0  0.5  6.0", "B. Direction  2.0  5.0  0.6  7.0",
        "1. Alpha  3.0  9.0  0.7  8.0"]


def test_a_number_broken_at_its_group_space_is_put_together() -> None:
    body = _lines("Component/subprogramme", "A. Organs", "B. Direction", "", "Estimate Change",
                  "4.0 0.5", "12 7.7", "345.6")
    assert _texts(label_block_rows(body, vocabulary("en")) or [])[-2:] == [
        "A. Organs  4.0  0.5", "B. Direction  12 345.6  7.7"]


def test_a_row_of_a_value_a_line_making_a_block_alone_is_no_row() -> None:
    """Blocks of one value a line are columns' cells (of the rows of one section each
    here), not rows: no reading of rows then columns takes them."""
    blocks = [_lines("1", "2"), _lines("3", "4"), _lines("5", "6", "7"), _lines("8", "9", "10")]
    assert dealt_rows(blocks, 5, 2) is None


def test_a_header_printed_under_the_label_columns_heading_is_no_label_column() -> None:
    """Rows printed a label and its values at a time under a header block: the block
    naming the years is the header, its lines no labels."""
    body = _lines("Policymaking organ", "Additional information", "2025 approved",
                  "2026 estimate", "", "General Assembly", "Mandate: one article", "1.0", "2.0",
                  "", "Trusteeship Council", "Mandate: another article", "3.0", "4.0", "",
                  "Total", "4.0", "6.0")
    assert label_block_rows(body, vocabulary("en")) is None


def test_blocks_covering_the_rows_in_bands_are_laid_back_over_them() -> None:
    """A group's header opens its block over the first band; the next band's cells come
    a column or a few at a time, a block each, or under the first in its block."""
    groups = [(3, [[["1"], ["2"], ["3"], ["4"], ["5"], ["6"], ["7"], ["8"]], [["9"], ["10"]]]),
              (2, [[["11"], ["12"], ["13"], ["14"]], [["15", "16", "17"], ["18", "19", "20"]]])]
    assert tiled_rows(groups, 4) == [["1", "2", "3", "11", "12"], ["4", "5", "6", "13", "14"],
                                     ["7", "9", "15", "16", "17"], ["8", "10", "18", "19", "20"]]


def test_a_page_printed_in_bands_takes_its_groups_widths_from_a_page_that_is_not() -> None:
    first = _lines("(1) Regular budget", "Component/subprogramme", "A. Organs", "B. Direction",
                   "C. Programme of work", "1. Alpha", "2. Beta", "", "Approved Revised Technical",
                   "1.0", "2.0", "3.0", "4.0", "5.0", "6.0", "7.0", "8.0", "", "9.0", "10.0", "",
                   "Other Total", "11.0", "12.0", "13.0", "14.0", "", "15.0 16.0 17.0",
                   "18.0 19.0 20.0")
    second = [PlainLine(no, text, 2) for no, text in enumerate(
        ("Component/subprogramme", "3. Gamma", "4. Delta", "", "Approved Revised Technical",
         "21.0 22.0 23.0", "24.0 25.0 26.0", "", "Other Total", "27.0 28.0", "29.0 30.0"), 40)
        if text]
    got = _texts(label_block_rows([*first, *second], vocabulary("en")) or [])
    assert got[4:9] == ["A. Organs  1.0  2.0  3.0  11.0  12.0",
                        "B. Direction  4.0  5.0  6.0  13.0  14.0", "C. Programme of work",
                        "1. Alpha  7.0  9.0  15.0  16.0  17.0", "2. Beta  8.0  10.0  18.0  19.0  20.0"]
