"""A performance measure's prose cells side by side in text whose positions only roughly
follow the columns (PyMuPDF's ``get_text(sort=True)``): each run of spaces is the gap
before a word counted in that word's mean character width, so a cell's lines start at
columns that wander with their first words (wide capitals, narrow letters), and
neither the column-aligned reading nor the one-space-apart one holds.

The rows are made up: cells wrapped in a Times face some ems wide, set at columns a
fixed pitch apart, and padded as that extractor pads them (``_padded``).
"""

from __future__ import annotations

from prose_lines import prose_line

from unfascicle.extract.text_prose import chunks, prose_rows
from unfascicle.extract.text_rough import _columns, paragraphs_joined, printed_starts
from unfascicle.extract.text_sidebyside import printed_size

HEADER = ["2023 (actual)", "2024 (actual)", "2025 (actual)", "2026 (planned)"]
CELLS = [
    "Wide Mammoth Wagons moved millet",
    "Illicit lilting quills filled little tills in still villages",
    "Ten WWM wombats and their willing minders made new burrows in illicit hills with MMW wells",
    "Quilted rugs, ill-fitting mitts and woollen hats were sold at the fall fair in WWM Mews "
    "till it ill fitted",
]
# Column width and pitch, in half ems (``printed_size``).
_WIDTH = 19.0
_PITCH = 22.0
# The header's type size, a share of the cells'.
_HEADER_SIZE = 0.75


def _wrapped(cell: str, width: float) -> list[str]:
    """``cell`` wrapped greedily in a column ``width`` wide."""
    lines: list[str] = []
    for word in cell.split():
        if lines and printed_size(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _padded(columns: list[list[str]], header: bool = False) -> list[str]:
    """Lines of the columns' wrapped lines side by side, each column ``_PITCH`` apart,
    the gap before each word printed as that many of its mean character widths
    (rounded; one space at least after a word). A ``header`` line is set smaller
    (``_HEADER_SIZE``), centred in its column ``_WIDTH`` wide."""
    scale = _HEADER_SIZE if header else 1.0
    out: list[str] = []
    for k in range(max(map(len, columns))):
        text, end = "", 0.0
        for c, lines in enumerate(columns):
            if k >= len(lines):
                continue
            at = c * _PITCH + (_WIDTH - scale * printed_size(lines[k])) / 2 * header
            for i, word in enumerate(lines[k].split()):
                size = scale * printed_size(word)
                if i:
                    at = end + scale * printed_size(" ")
                text += " " * max(round((at - end) * len(word) / size), 1 if text else 0) + word
                end = at + size
        out.append(text)
    return out


def _rows(body: list[str]) -> list[list[str]]:
    header = _padded([[h] for h in HEADER], header=True)[0]
    rows = prose_rows([prose_line(header, 0)], [prose_line(t, k + 1) for k, t in enumerate(body)],
                      len(HEADER))
    return [row.cells for row in rows]


def test_cells_padded_by_their_words_widths_are_read_by_printed_position() -> None:
    # the header, set smaller and centred, stands right of its columns' text, and the
    # lines of the later columns start where their first words' widths put them
    body = _padded([_wrapped(cell, _WIDTH) for cell in CELLS])
    assert _rows(body) == [CELLS]


def test_a_later_paragraph_after_a_blank_line_stays_in_its_cell() -> None:
    later = "Twelve new wells"
    columns = [_wrapped(cell, _WIDTH) for cell in CELLS]
    first = _padded(columns)
    rest = _padded([_wrapped(later, _WIDTH)])
    lines = [prose_line(t, k + 1) for k, t in enumerate(first)]
    lines += [prose_line(t, len(first) + 2 + k) for k, t in enumerate(rest)]  # a blank line
    header = _padded([[h] for h in HEADER], header=True)[0]
    rows = prose_rows([prose_line(header, 0)], lines, len(HEADER))
    assert [row.cells for row in rows] == [[f"{CELLS[0]} {later}", *CELLS[1:]]]


def test_printed_starts_count_spaces_in_the_next_words_mean_width() -> None:
    # "WWW" is three characters six half ems wide: its four spaces stand for eight
    assert printed_starts(chunks(4, "WWW")) == [4 * printed_size("WWW") / 3]
    first, second = printed_starts(chunks(0, "ill  Mow"))
    assert first == 0.0
    assert second == printed_size("ill") + 2 * printed_size("Mow") / 3


def test_a_wide_line_after_a_blank_line_is_no_later_paragraph() -> None:
    columns = _padded([_wrapped(cell, _WIDTH) for cell in CELLS])
    pieced = [[chunks(0, t) for t in columns], [chunks(0, "Twelve new wells")],
              [chunks(0, "Result 2: a heading wider than any column of the table")]]
    rows = paragraphs_joined([["a"], ["b"], ["c"]], pieced, len(CELLS))
    assert rows == [["a", "b"], ["c"]]


def test_a_column_starts_where_most_of_its_pieces_start() -> None:
    # the one line with a piece in every column strays right of the later lines
    # (each gap before a piece adds its rounding): the pieces nearest to a column
    # place it
    placed = [[0.0, 25.0, 45.0, 65.0, 84.0], [40.0, 60.0, 79.0], [40.5, 59.5, 79.5],
              [40.0, 60.5, 80.0]]
    found = _columns(placed, 5)
    assert found is not None
    assert found[0] == [0.0, 25.0, 40.25, 60.25, 79.75]
    assert _columns(placed[1:], 5) is None  # no line prints a piece in every column
