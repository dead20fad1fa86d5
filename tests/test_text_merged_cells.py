"""Prose cells whose lines the default mode printed side by side on one line, in
columns of different widths, under year headings printed in groups
(``extract.text_merged_cells``)."""

from __future__ import annotations

from collections import Counter

from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_merged_cells import merged_cells, words, year_groups
from unfascicle.extract.text_stacked import restack
from unfascicle.extract.text_vocab import vocabulary


def _lines(*texts: str) -> list[PlainLine]:
    """Lines numbered in order; an empty string is a blank line (a gap in numbers)."""
    return [PlainLine(no, text, 1) for no, text in enumerate(texts, 1) if text]


def test_a_justified_run_is_one_word_and_a_figure_goes_with_the_words_after_it() -> None:
    assert words("3 个 天 地 玄 黄 宇宙洪荒 12 个日月") == ["3 个天地玄黄", "宇宙洪荒", "12 个日月"]


def test_cells_of_other_widths_under_years_in_groups_are_dealt_their_lines() -> None:
    """The first group's cells share printed lines (a justified line among them, its
    ideographs spaced), the last group's cell comes after its own heading."""
    lines = _lines("表 1.1", "业绩计量", "2020(实际)", "", "2021(实际)", "",
                   "天地玄黄宇宙 5 个甲乙丙丁戊己庚", "洪 荒 日 月 盈 昃 辛壬癸子丑寅卯辰巳", "辰宿 午未申", "",
                   "2022(计划)", "", "张寒来暑往秋收冬藏闰", "余成岁", "", "表 1.2")
    got = [ln.text for ln in restack(lines, [], vocabulary("zh"))]
    assert got[2:] == ["2020(实际)  2021(实际)    2022(计划)",
                       "天地玄黄宇宙    5 个甲乙丙丁戊己庚  张寒来暑往秋收冬藏闰",
                       "洪荒日月盈昃    辛壬癸子丑寅卯辰巳   余成岁",
                       "辰宿        午未申",
                       "表 1.2"]


def test_a_cells_second_paragraph_goes_to_the_column_as_wide_as_its_line() -> None:
    """A line opening a paragraph after two cells that ended short goes to the cell
    whose column is as wide as it (the narrower would have wrapped it); a cell set
    lower (centred) starts on a later printed line."""
    printed = [(0, "甲乙丙丁戊己庚辛壬"), (0, "天地玄黄宇 子丑寅卯辰巳午未申"),
               (0, "洪荒日月 酉戌亥"), (1, "5 个张寒来暑往秋收")]
    assert merged_cells(printed, 2, Counter()) == [
        ["天地玄黄宇", "洪荒日月"], ["甲乙丙丁戊己庚辛壬", "子丑寅卯辰巳午未申", "酉戌亥", "5 个张寒来暑往秋收"]]


def test_the_same_cells_as_other_modes_print_them_are_left_to_other_readers() -> None:
    """A header line holding two headings, every cell line a block of its own (a
    column's lines one after another), no line holding two cells' pieces, or a line
    of values, is no default-mode row of merged lines."""
    cells = ["天地玄黄宇宙 5 个甲乙丙丁戊己庚", "洪 荒 日 月 盈 昃 辛壬癸子丑寅卯辰巳", "辰宿 午未申", "",
             "2022(计划)", "", "张寒来暑往秋收冬藏闰"]
    voc = vocabulary("zh")
    assert year_groups(_lines("业绩计量", "2020(实际)", "", "2021(实际)", "", *cells), voc)
    assert year_groups(_lines("业绩计量", "2020(实际) 2021(实际)", "", *cells), voc) is None
    apart = [t for text in cells for t in (text, "")]
    assert year_groups(_lines("业绩计量", "2020(实际)", "", "2021(实际)", "", *apart), voc) is None
    column = ["天地玄黄宇宙", "洪 荒 日 月 盈 昃", "辰宿", "", "5 个甲乙丙丁戊己庚", "辛壬癸子丑寅卯辰巳"]
    assert year_groups(_lines("业绩计量", "2020(实际)", "", "2021(实际)", "", *column), voc) is None
    figures = [*cells[:2], "— —", *cells[2:]]
    assert year_groups(_lines("业绩计量", "2020(实际)", "", "2021(实际)", "", *figures), voc) is None
