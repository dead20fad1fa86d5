"""Rows printed in pieces (a value block a line after their label) joined on the label's line."""

from __future__ import annotations

from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_rowpieces import pieces_joined
from unfascicle.extract.text_stacked import restack
from unfascicle.extract.text_vocab import vocabulary


def _lines(*texts: str) -> list[PlainLine]:
    """Lines numbered in order; an empty string is a blank line (a gap in numbers)."""
    return [PlainLine(no, text, 1) for no, text in enumerate(texts, 1) if text]


def _texts(lines: list[PlainLine]) -> list[str]:
    return [ln.text for ln in lines]


def test_a_rows_value_blocks_join_its_label_line() -> None:
    lines = _lines("Table 1.1", "Title", "Category Spent Approved Change Other Total Share",
                   "Alpha", "10.0 20.0", "—", "— — —", "Beta group with a long 3.5 4.5 (1.0)",
                   "1.0 2.0", "3.5", "label", "Gamma", "7.0 8.0", "1.0", "— — —")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[3:] == ["Alpha 10.0 20.0 — — — —", "Beta group with a long 3.5 4.5 (1.0) 1.0 2.0 3.5",
                       "label", "Gamma 7.0 8.0 1.0 — — —"]


def test_lines_that_do_not_make_rows_of_one_count_stay_apart() -> None:
    lines = _lines("Table 1.1", "Title", "Category Spent Approved Change Other Total Share",
                   "Alpha", "10.0 20.0", "—", "— — —", "Beta", "3.5 4.5", "1.0 2.0", "Gamma",
                   "7.0 8.0", "1.0", "— — —")
    assert restack(lines, [], vocabulary("en")) == lines


def test_pieces_of_one_value_a_line_are_not_a_rows_column_groups() -> None:
    lines = _lines("Category Spent Approved", "Alpha note", "—", "—", "Beta note", "1.0", "2.0",
                   "Gamma note", "3.0", "4.0")
    assert pieces_joined(lines, vocabulary("en")) is None


def test_rows_one_value_short_of_the_others_are_joined_too() -> None:
    lines = _lines("Category Spent Approved Change Other Total Share", "Alpha",
                   "10.0 20.0", "—", "— — —", "Beta", "3.5 4.5", "(1.0)", "1.0 2.0 3.5",
                   "Posts", "Gamma", "7", "—", "— — —", "Delta", "2", "—", "— — —")
    got = _texts(pieces_joined(lines, vocabulary("en")) or [])
    assert got == ["Category Spent Approved Change Other Total Share",
                   "Alpha 10.0 20.0 — — — —", "Beta 3.5 4.5 (1.0) 1.0 2.0 3.5", "Posts",
                   "Gamma 7 — — — —", "Delta 2 — — — —"]
