"""A performance measure's prose cells side by side in column-aligned text set at a
pitch finer than its type's (``pdftotext -layout -fixed 3``): each word takes more
character cells than it has letters, so a cell's words stand several spaces apart,
and two spaces no longer end a cell's piece of a line.

The row is made up: three cells, each column's text starting where its year does
(give or take one), words spread one to six spaces apart inside a cell; one gutter
("landings    pear") is narrower than that, and the third column's start cuts it.
"""

from __future__ import annotations

from pathlib import Path

from prose_lines import prose_line

from unfascicle.extract.model import Heading, Table
from unfascicle.extract.text_prose import _on_grid, prose_rows
from unfascicle.extract.text_reader import read_text

HEADER = "2023 (actual)                 2024 (actual)                  2025 (actual)"
SPREAD = [
    "–                             Ferrymen      of   the          Orchard   keepers",
    "                              lower     reach     built       planted    hardy",
    "                              four    new       landings    pear     saplings",
    "                              and   a  tollhouse              along     the",
    "                                                              northern     terraces",
]
CELLS = [
    "–",
    "Ferrymen of the lower reach built four new landings and a tollhouse",
    "Orchard keepers planted hardy pear saplings along the northern terraces",
]


def _cells(lines: list[str]) -> list[str]:
    rows = prose_rows([prose_line(HEADER, 0)], [prose_line(t, k + 1) for k, t in enumerate(lines)],
                      len(CELLS))
    assert len(rows) == 1
    return rows[0].cells


def test_words_spread_apart_stay_in_their_cell() -> None:
    assert _cells(SPREAD) == CELLS


def test_the_same_row_one_space_apart_reads_the_same() -> None:
    # the text -layout prints at the type's own pitch: a cell's words one space apart
    tight = [
        "–                             Ferrymen of the              Orchard keepers",
        "                              lower reach built            planted hardy",
        "                              four new landings            pear saplings",
        "                              and a tollhouse              along the",
        "                                                           northern terraces",
    ]
    assert _cells(tight) == CELLS


# The same row in a page of such text: a heading in larger type below the table
# prints its words several spaces apart, and is the table's end, not a row.
PAGE = [
    "                    Section 4            Orchard affairs",
    "",
    "                    4.1     Progress   towards     the   objective     is  shown     below.",
    "",
    "                    Table 4.1",
    "                    Performance measure",
    "",
    f"                    {HEADER}",
    "",
    "",
    *(f"                    {line}" for line in SPREAD),
    "",
    "",
    "                              Planned         results      for    2027",
    "",
    "                    4.2     The   ferrymen        will    build    two    more    landings.",
    "\f                    4.3     The   keepers    will    plant    more    trees.",
]


def test_a_spread_heading_below_the_table_ends_it(tmp_path: Path) -> None:
    path = tmp_path / "fixed.txt"
    path.write_text("\n".join(PAGE) + "\n", encoding="utf-8")
    blocks = read_text(path, "en").blocks
    table = next(b for b in blocks if isinstance(b, Table))
    assert [row.cells for part in table.parts for row in part.rows] == [CELLS]
    after = blocks[blocks.index(table) + 1]
    assert isinstance(after, Heading) and after.text.split() == "Planned results for 2027".split()


# A column holding a dash alone, after a column whose words stand several spaces
# apart: the dash is only four spaces after the word before it (narrower than the
# first column's widest gap, nine), and more of the first column's words start near
# the second column's heading than the dash does.
DASH_HEADER = "2023 (actual)                    2024 (actual)                  2025 (actual)"
DASHED = [
    "Ferrymen    of   the    lower    –                              Orchard   keepers",
    "reach    built    four    new                                   planted    hardy",
    "landings     and     a   toll                                   pear     saplings",
    "booth    beside         each                                    along     the",
    "quay     under     the   old                                    northern terraces",
    "harbour     wall",
]
DASHED_CELLS = [
    "Ferrymen of the lower reach built four new landings and a toll booth beside each "
    "quay under the old harbour wall",
    "–",
    "Orchard keepers planted hardy pear saplings along the northern terraces",
]


def test_a_dash_under_its_heading_is_its_columns() -> None:
    rows = prose_rows([prose_line(DASH_HEADER, 0)],
                      [prose_line(t, k + 1) for k, t in enumerate(DASHED)], len(DASHED_CELLS))
    assert [row.cells for row in rows] == [DASHED_CELLS]


def test_spread_words_in_every_column_are_no_rough_positions() -> None:
    """Regression: where every column's words stand apart, most pieces start off the
    columns, as in text whose positions only roughly follow them (``text_rough``); a
    cell's gaps closed, each line's pieces start at their columns, and the row is read
    by position, not as cells side by side."""
    spread = [
        "Ferrymen     of    the        Orchard     keepers       Weavers   of   the",
        "lower    reach     built      planted      hardy        upper    valley   wove",
        "four   new   landings         pear     saplings         six   new   banners",
        "and   a   tollhouse           along     the             and   a   canopy",
    ]
    header = "2023 (actual)                2024 (actual)                 2025 (actual)"
    rows = prose_rows([prose_line(header, 0)], [prose_line(t, k + 1) for k, t in enumerate(spread)], 3)
    assert [row.cells for row in rows] == [[
        "Ferrymen of the lower reach built four new landings and a tollhouse",
        "Orchard keepers planted hardy pear saplings along the",
        "Weavers of the upper valley wove six new banners and a canopy",
    ]]


def test_pieces_on_grid_start_at_their_columns_and_end_before_the_next() -> None:
    starts = [0, 30, 56]
    assert _on_grid([[(0, "Ferrymen   of"), (30, "Orchard"), (56, "Weavers")]], starts)
    assert not _on_grid([[(0, "Ferrymen"), (25, "Orchard")]], starts)  # off its column
    assert not _on_grid([[(0, "Ferrymen of the lower reach built four")]], starts)  # runs over
