"""A part printed as its label column, then its header, then its rows a few lines each,
and the next part's label printed among those labels."""

from __future__ import annotations

from extract.text_grid_entries import PlainLine
from extract.text_part_labels import part_labels_placed
from extract.text_stacked import restack
from extract.text_vocab import vocabulary


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
