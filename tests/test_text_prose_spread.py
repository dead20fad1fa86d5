"""A performance measure's prose cells side by side in column-aligned text set at a
pitch finer than its type's (``pdftotext -layout -fixed 3``): each word takes more
character cells than it has letters, so a cell's words stand several spaces apart,
and two spaces no longer end a cell's piece of a line.

The row is made up: three cells, each column's text starting where its year does
(give or take one), words spread one to six spaces apart inside a cell; one gutter
("landings    pear") is narrower than that, and the third column's start cuts it.
"""

from __future__ import annotations

from unfascicle.extract.text_prose import ProseLine, prose_rows

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


def _line(text: str, no: int) -> ProseLine:
    body = text.lstrip()
    return ProseLine(body, 1, len(text) - len(body), no)


def _cells(lines: list[str]) -> list[str]:
    rows = prose_rows([_line(HEADER, 0)], [_line(t, k + 1) for k, t in enumerate(lines)],
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
