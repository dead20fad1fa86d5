"""Prose cells printed a line of each cell in turn (``text_line_cells``), and such a
table laid out column-aligned (``text_cell_blocks.prose_cells``). Made-up text."""

from __future__ import annotations

from unfascicle.extract.text_cell_blocks import _heading_finished
from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_ideographs import glyph_pairs
from unfascicle.extract.text_line_cells import interleaved_cells
from unfascicle.extract.text_stacked import restack
from unfascicle.extract.text_vocab import vocabulary

# Three cells: the first fills one line to the edge; the second and third wrap
# once; the second printed line holds two of them, which the order alone does not
# tell (each of the three full first lines may go on).
_LINES = ["培训二十名地方", "在五个城市推广", "制定三项区域战", "新的规划工具", "略"]

_CELLS = [["培训二十名地方"], ["在五个城市推广", "新的规划工具"], ["制定三项区域战", "略"]]

# The document's wording elsewhere: the pairs the cells' wraps join.
_WORDING = ["本方案将推广新的工作方法。", "各国制定区域战略。"]


def test_the_documents_wording_tells_which_cells_a_printed_line_goes_on() -> None:
    assert interleaved_cells(_LINES, 3, glyph_pairs(_WORDING)) == _CELLS


def test_a_table_printed_a_line_of_each_cell_in_turn_is_laid_side_by_side() -> None:
    texts = [*_WORDING, "表 1.1", "业绩计量", "", "2021(实际)", "", "2022(计划)", "",
             "2023(计划)", "", *(x for line in _LINES for x in (line, ""))]
    lines = [PlainLine(no, text, 1) for no, text in enumerate(texts, 1) if text]
    got = restack(lines, [], vocabulary("zh"))
    assert [ln.text for ln in got[2:]] == ["表 1.1", "业绩计量",
                                           "2021(实际)  2022(计划)  2023(计划)",
                                           "培训二十名地方   在五个城市推广   制定三项区域战",
                                           "新的规划工具    略"]
    assert got[-1].indent == got[-2].text.index("在")


def test_a_first_heading_wrapped_in_a_narrow_column_is_finished() -> None:
    texts = [*_WORDING, "表 1.1", "业绩计量", "", "202", "", "2022(计划)", "",
             "2023(计划)", "", "1(", "实", "际)", "", *(x for line in _LINES for x in (line, ""))]
    lines = [PlainLine(no, text, 1) for no, text in enumerate(texts, 1) if text]
    got = [ln.text for ln in restack(lines, [], vocabulary("zh"))]
    assert got[4] == "2021(实际)  2022(计划)  2023(计划)"


def test_a_year_alone_is_no_heading_wrapped_in_a_narrow_column() -> None:
    """A year alone heads its column, its qualifier printed after the other headings
    ("(before recosting)" is the last heading's): the lines are left as they are."""
    lines = [PlainLine(no, text, 1) for no, text in enumerate(
        ["Resources by programme", "(Thousands of dollars)", "2030", "2031",
         "2032 estimate", "(before recosting)", "Programme of work", "12.5"], 1)]
    assert _heading_finished(lines, vocabulary("en")) == lines
