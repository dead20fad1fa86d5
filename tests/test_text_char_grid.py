"""Text set on a character grid (pdfplumber's layout mode): padded with spaces to the
page width, which marks no block ends (the seed's convention), and a long label
pushing its row's values right, one space after it, and a cell's line pushing the next
cell's right of its column."""

from __future__ import annotations

from unfascicle.extract.text_blocks import has_block_spacing
from unfascicle.extract.text_prose import ProseLine, prose_rows
from unfascicle.extract.text_values import split_row
from unfascicle.extract.text_vocab import vocabulary

_LINES = [
    "    Annual report on the made-up programme",
    "",
    "      1.1 The programme helps its members to plan their work and to report",
    "  on it, and it publishes a short review each year.",
    "      1.2 The review covers the plans, the work done and what is left for",
    "  the next year, with an account of the resources spent and the results",
    "  reached.",
    "",
    "    Table 1.1",
    "    Outputs of the made-up programme",
    "                                     2025    2026",
    "    Reports                             3       4",
]


def _padded(width: int) -> list[str]:
    """The lines set on a grid of ``width`` characters: shorter ones filled with spaces."""
    return [ln.ljust(width) for ln in _LINES]


def test_text_padded_to_the_page_width_has_no_block_marks() -> None:
    # half the lines overflow the grid (no space after them), half are filled to it
    assert not has_block_spacing(_padded(56), vocabulary("en"))


def test_single_trailing_spaces_still_mark_block_ends() -> None:
    # a space after each block's last line (not after a paragraph's inner lines),
    # and blank lines kept as a line of spaces
    ends = {0, 1, 3, 6, 7, 8, 9, 10, 11}
    marked = [ln + " " if k in ends else ln for k, ln in enumerate(_LINES)]
    assert has_block_spacing(marked, vocabulary("en"))


def test_values_pushed_against_a_long_label_read_by_their_count() -> None:
    # column-aligned values whose first sits one space after the label's last word
    split = split_row("and a long label pushed right by its width 4 5 5   8", 4)
    assert (split.label, split.values) == ("and a long label pushed right by its width",
                                           ["4", "5", "5", "8"])
    split = split_row("a label set against dashes –  –    –   12", 4)
    assert (split.label, split.values) == ("a label set against dashes", ["–", "–", "–", "12"])


def test_number_one_space_after_a_word_is_the_labels_where_the_count_allows() -> None:
    # a year after a word stays the label's, and so does a number when the run
    # after it reads as all the columns
    assert split_row("Approved 2025   1   –", 3).label == "Approved 2025"
    split = split_row("Subprogramme 1   5   6   7", 3)
    assert (split.label, split.values) == ("Subprogramme 1", ["5", "6", "7"])


def test_prose_cells_pushed_off_their_columns_read_side_by_side() -> None:
    # the header's spacing gives the columns, but the wide first cell pushes the
    # second one space after it on every line: no position tells where it starts
    header = [ProseLine("2024 (actual)                2025 (actual)", 1, 4, 10)]
    body = ["Member States received guidance Member States adopted guidance",
            "on the made-up reporting on the made-up reporting",
            "framework framework and shared it"]
    lines = [ProseLine(text, 1, 4, 12 + k) for k, text in enumerate(body)]
    assert [row.cells for row in prose_rows(header, lines, 2)] == [[
        "Member States received guidance on the made-up reporting framework",
        "Member States adopted guidance on the made-up reporting framework and shared it"]]
