"""A performance measure's prose cells side by side in text set on a character grid
(pdfplumber's layout mode): a line wider than its column's share of the grid pushes
the next cell's line right by one space, but a piece opening a line, or following
two spaces or more, still starts where its column's text starts.

The row is made up: three cells wrapped in a Times face six ems wide, each word set
at its position rounded to a half-em grid, one space at least after the word before.
"""

from __future__ import annotations

from prose_lines import prose_line

from unfascicle.extract.text_prose import prose_rows
from unfascicle.extract.text_sidebyside import split_side_by_side

HEADER = "2023 (actual) 2024 (actual) 2025 (actual)"
PADDED = [
    "A new ledger Weavers and  Orchard",
    "of the valley dyers       keepers",
    "wells was kept exchanged  planted hardy",
    "by the       patterns at two pear saplings",
    "stewards of  winter markets along the",
    "each village              northern",
    "and read aloud            terraces",
    "at the spring",
    "gathering",
]
CELLS = [
    "A new ledger of the valley wells was kept by the stewards of each village and read "
    "aloud at the spring gathering",
    "Weavers and dyers exchanged patterns at two winter markets",
    "Orchard keepers planted hardy pear saplings along the northern terraces",
]


# The same, the header's years two spaces apart (its columns' starts): the fifth
# line, "grain, flour and northern terraces", is one piece the columns' starts cut
# after "grain, flour", leaving "and northern" left of the second column's start.
ALIGNED = "2023 (actual)  2024 (actual)  2025 (actual)"
CUT = [
    "The council of Orchard keepers Beekeepers",
    "millers adopted planted hardy reported larger",
    "common         pear saplings  swarms",
    "measures for   along the",
    "grain, flour and northern terraces",
    "bran, and",
    "published them",
    "on the gates of",
    "every mill",
]
CUT_CELLS = [
    "The council of millers adopted common measures for grain, flour and bran, and "
    "published them on the gates of every mill",
    "Orchard keepers planted hardy pear saplings along the northern terraces",
    "Beekeepers reported larger swarms",
]


def _cells(lines: list[str], header: str = HEADER) -> list[str]:
    rows = prose_rows([prose_line(header, 0)], [prose_line(t, k + 1) for k, t in enumerate(lines)],
                      len(CELLS))
    assert len(rows) == 1
    return rows[0].cells


def test_a_line_opening_under_its_column_stays_there() -> None:
    # read one space apart, "northern" fills the second column's room; its place
    # under the third column's text tells otherwise
    flat = [" ".join(t.split()) for t in PADDED]
    assert split_side_by_side(HEADER, flat, len(CELLS)) != CELLS
    assert _cells(PADDED) == CELLS


def test_flush_left_lines_are_read_as_before() -> None:
    # text that keeps no positions: every piece opens in the first column
    flat = [" ".join(t.split()) for t in PADDED]
    assert _cells(flat) == split_side_by_side(HEADER, flat, len(CELLS))


def test_a_piece_cut_left_of_a_column_is_read_side_by_side() -> None:
    assert _cells(CUT, ALIGNED) == CUT_CELLS
