"""A table's band printed past the next table's caption goes back under its table."""

from __future__ import annotations

from unfascicle.extract.text_band_returns import bands_returned
from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_stacked import restack
from unfascicle.extract.text_vocab import vocabulary


def _lines(start: int, page: int, *texts: str) -> list[PlainLine]:
    """Lines numbered from ``start``; an empty string is a blank line (a gap in numbers)."""
    return [PlainLine(no, text, page) for no, text in enumerate(texts, start) if text]


_FIRST = _lines(1, 1, "Table 1.1", "Title", "Item 2022 2023", "Alpha  1.0  2.0",
                "Beta  3.0  4.0", "", "Total", "2024 estimate", "5.0", "6.0", "", "A. Organs", "7.0",
                "8.0")
_NEXT = _lines(40, 2, "Table 1.2", "Title two", "Category", "Posts", "", "Total",
               "2024 estimate", "11.0", "12.0", "", "Count", "3", "4", "", "A. Organs", "5", "6")


def _texts(lines: list[PlainLine]) -> list[str]:
    return [ln.text for ln in lines]


def test_a_group_missing_from_the_last_page_goes_back_from_the_next_table() -> None:
    last = _lines(20, 2, "Item 2022 2023", "Gamma  7.0  8.0", "Delta  9.0  10.0")
    table, rest = bands_returned([*_FIRST, *last], _NEXT, vocabulary("en"))
    assert _texts(table[len(_FIRST) + len(last):]) == ["Total", "2024 estimate", "11.0", "12.0"]
    assert _texts(rest) == ["Table 1.2", "Title two", "Category", "Posts", "Count", "3", "4",
                           "A. Organs", "5", "6"]


def test_a_group_the_last_page_prints_leaves_the_next_table_its_own() -> None:
    last = _lines(20, 2, "Item 2022 2023", "Gamma  7.0  8.0", "Delta  9.0  10.0", "",
                  "Total", "2024 estimate", "7.5", "8.5")
    table, rest = bands_returned([*_FIRST, *last], _NEXT, vocabulary("en"))
    assert table == [*_FIRST, *last]
    assert rest == _NEXT


def test_restack_reads_the_returned_group_with_its_table() -> None:
    last = _lines(20, 2, "Item 2022 2023", "Gamma  7.0  8.0", "Delta  9.0  10.0")
    got = _texts(restack([*_FIRST, *last, *_NEXT], [], vocabulary("en")))
    caption = got.index("Table 1.2")
    assert not any("11.0" in text or "12.0" in text for text in got[caption:])


def test_groups_go_back_under_a_group_label_in_the_order_the_earlier_page_printed_them() -> None:
    first = _lines(1, 1, "Table 1.1", "Title", "Item 2022 2023", "Alpha  1.0  2.0",
                   "Beta  3.0  4.0", "", "Changes", "New/expanded", "mandates", "5.0", "6.0", "",
                   "Total", "2024 estimate", "7.0", "8.0")
    last = _lines(20, 2, "Item 2022 2023", "Gamma  7.0  8.0", "Delta  9.0  10.0")
    after = _lines(40, 2, "Table 1.2", "Title two", "Category", "Posts", "", "Total",
                   "2024 estimate", "11.0", "12.0", "", "Changes", "New/expanded", "mandates",
                   "13.0", "14.0")
    table, rest = bands_returned([*first, *last], after, vocabulary("en"))
    assert _texts(table[len(first) + len(last):]) == [
        "Changes", "New/expanded", "mandates", "13.0", "14.0", "Total", "2024 estimate", "11.0",
        "12.0"]
    assert _texts(rest) == ["Table 1.2", "Title two", "Category", "Posts"]
