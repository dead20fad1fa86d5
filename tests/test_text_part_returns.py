"""A table's last part's header and values printed past the next table's caption go
back under the part's labels."""

from __future__ import annotations

from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_part_returns import part_returned
from unfascicle.extract.text_stacked import restack
from unfascicle.extract.text_vocab import vocabulary


def _lines(start: int, *texts: str) -> list[PlainLine]:
    """Lines numbered from ``start``; an empty string is a blank line (a gap in numbers)."""
    return [PlainLine(no, text, 1) for no, text in enumerate(texts, start) if text]


_TABLE = _lines(1, "Table 1.1", "Title", "(1) Regular budget", "Component/subprogramme",
                "A. Organs", "B. Direction", "2022 2023", "1", "2", "3", "4", "",
                "(2) Extrabudgetary", "", "Component/subprogramme", "A. Organs", "B. Direction",
                "C. Programme of work", "1. Alpha", "2. Beta")
_PART = ("", "2022 2023 Change 2024", "5", "6 7", "8", "9 10 11 12", "13", "14", "", "15", "16",
         "", "17", "18", "", "19", "20", "")
_OWN = ("Category", "Posts", "2022 2023", "21", "22")


def _texts(lines: list[PlainLine]) -> list[str]:
    return [ln.text for ln in lines]


def test_a_part_printed_past_the_next_caption_goes_back_a_row_a_line() -> None:
    after = _lines(40, "Table 1.2", "Title two", *_PART, *_OWN)
    table, rest = part_returned(_TABLE, after, vocabulary("en"))
    assert _texts(table[-8:]) == [
        "(2) Extrabudgetary", "2022 2023 Change 2024", "Component/subprogramme",
        "A. Organs  5  6  7  8", "B. Direction  9  10  11  12", "C. Programme of work",
        "1. Alpha  13  15  17  19", "2. Beta  14  16  18  20"]
    assert _texts(rest) == ["Table 1.2", "Title two", *_OWN]


def test_a_part_printed_a_row_at_a_time_is_read_so() -> None:
    rows = ("", "2022 2023 Change 2024", "5", "6 7", "8", "9 10", "11 12", "13 14 15", "16",
            "17 18", "19 20", "")
    table, _ = part_returned(_TABLE, _lines(40, "Table 1.2", "Title two", *rows, *_OWN),
                             vocabulary("en"))
    assert _texts(table[-2:]) == ["1. Alpha  13  14  15  16", "2. Beta  17  18  19  20"]


def test_values_that_do_not_fill_the_part_stay_with_the_next_table() -> None:
    after = _lines(40, "Table 1.2", "Title two", *_PART[:-3], *_OWN)
    assert part_returned(_TABLE, after, vocabulary("en")) == (_TABLE, after)


def test_restack_reads_the_returned_part_with_its_table() -> None:
    got = _texts(restack([*_TABLE, *_lines(40, "Table 1.2", "Title two", *_PART, *_OWN)], [],
                         vocabulary("en")))
    assert "2. Beta  14  16  18  20" in got
    assert got.index("2. Beta  14  16  18  20") < got.index("Table 1.2")
