"""Tables printed stacked (pdftotext's default mode) put back a row per line.

Small synthetic tables check each rule of ``extract.text_stacked``; the default-mode
text of the sample PDF, made in the test, is held to its measured score.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from plain_pages import paged

from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_regather import _MOST_SPLITS, _splits, _ways, leftovers_placed
from unfascicle.extract.text_stacked import restack
from unfascicle.extract.text_stacked_rows import label_ends
from unfascicle.extract.text_vocab import vocabulary

SAMPLE_PDF = Path("samples/corpus/A_78_6_Sect15_zh.pdf")


def _lines(*texts: str) -> list[PlainLine]:
    """Lines numbered in order; an empty string is a blank line (a gap in numbers)."""
    return [PlainLine(no, text, 1) for no, text in enumerate(texts, 1) if text]


def _texts(lines: list[PlainLine]) -> list[str]:
    return [ln.text for ln in lines]


def test_label_column_block_takes_the_rows_after_the_header() -> None:
    lines = _lines("表 1.1", "标题", "(千美元)", "支出用途", "员额", "其他工作人员", "费用", "",
                   "2022 年支出", "2023 年批款", "", "1", "", "2", "", "3", "", "4", "",
                   "招待费", "", "5", "", "6", "", "咨询人", "", "7", "", "8")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got == ["表 1.1", "标题", "(千美元)", "支出用途", "员额  1  2", "其他工作人员",
                   "费用  3  4", "2022 年支出", "2023 年批款", "招待费  5  6", "咨询人  7  8"]


def test_each_label_takes_the_values_printed_after_it() -> None:
    lines = _lines("Table 1.1", "Title", "Category", "2025", "planned", "2026", "planned", "", "Alpha", "1", "2",
                   "", "Beta", "3", "4", "", "Gamma", "5", "6")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-3:] == ["Alpha  1  2", "Beta  3  4", "Gamma  5  6"]


def test_values_printed_before_their_label_wait_for_it() -> None:
    lines = _lines("Table 1.1", "Title", "Category", "2025", "planned", "2026", "planned", "", "Alpha", "1", "2",
                   "", "Beta", "3", "4", "", "7", "8", "", "Total", "", "Other", "9", "9")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-4:] == ["Alpha  1  2", "Beta  3  4", "Total  7  8", "Other  9  9"]


def test_a_section_label_above_a_row_takes_no_values() -> None:
    lines = _lines("Table 1.1", "Title", "Category", "2025", "planned", "2026", "planned", "", "1", "1", "",
                   "A. Facilitation of the intergovernmental process and bodies",
                   "Documentation (number)",
                   "1. Report of the Secretary-General on the work of the Organization in",
                   "the period", "2", "2", "", "Meetings", "3", "3")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert "Documentation (number)  1  1" in got
    assert "the period  2  2" in got
    assert "Meetings  3  3" in got
    assert "A. Facilitation of the intergovernmental process and bodies" in got


def test_values_are_set_two_spaces_apart_so_that_numbers_stay_whole() -> None:
    lines = _lines("Table 1.1", "Title", "Category", "2025", "planned", "2026", "planned", "",
                   "Alpha", "3 130", "762", "", "Beta", "2 250", "2 250")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-2:] == ["Alpha  3 130  762", "Beta  2 250  2 250"]


def test_a_number_broken_over_two_lines_is_joined() -> None:
    lines = _lines("Table 1.1", "Title", "Category", "2025", "planned", "2026", "planned", "", "Alpha", "1", "2",
                   "", "Beta", "13", "598.5", "9.8", "", "Gamma", "5", "6")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert "Beta  13 598.5  9.8" in got


def test_a_running_line_inside_a_table_is_dropped_but_not_a_value() -> None:
    lines = _lines("Table 1.1", "Title", "Category", "2025", "planned", "2026", "planned", "", "Alpha",
                   "26-03367", "1", "2", "", "Beta", "3", "4")
    got = _texts(restack(lines, ["26-03367", "4"], vocabulary("en")))
    assert got[-2:] == ["Alpha  1  2", "Beta  3  4"]
    assert "26-03367" not in got


def test_the_next_paragraph_number_alone_ends_a_table() -> None:
    lines = _lines("15.98 Text before the table.", "15.99", "", "More text.", "Table 1.1", "Title",
                   "Category", "2025", "planned", "2026", "planned", "2027", "planned", "",
                   "Alpha", "1", "2", "3", "", "Gamma", "5", "6", "7", "", "Beta", "3", "4", "",
                   "15.100", "", "Text after the table.")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-3:] == ["Gamma  5  6  7", "Beta  3  4", "15.100 Text after the table."]


def test_a_table_printed_a_row_per_line_is_left_as_it_is() -> None:
    lines = _lines("Table 1.1", "Title", "Category 2025 2026", "Alpha  1  2", "Beta  3  4",
                   "Gamma", "5 6", "Delta 7 8")
    assert restack(lines, [], vocabulary("en")) == lines


def test_lines_outside_tables_are_left_as_they_are() -> None:
    lines = _lines("1.1 Text of a paragraph.", "1", "2", "3", "1.2 More text.")
    assert restack(lines, [], vocabulary("en")) == lines


def test_paragraph_numbers_printed_as_one_block_go_before_their_paragraphs() -> None:
    lines = _lines("2.21", "", "2.22", "", "26-03928", "", "To contribute, the subprogramme will:",
                   "(a)", "", "Provide services to bodies;", "", "The work is expected to",
                   "result in:", "(a)", "", "Smooth meetings.")
    got = _texts(restack(lines, ["26-03928"], vocabulary("en")))
    assert got == ["26-03928", "2.21 To contribute, the subprogramme will:", "(a)",
                   "Provide services to bodies;", "2.22 The work is expected to", "result in:",
                   "(a) Smooth meetings."]


def test_an_item_marker_and_a_number_printed_as_one_block_go_to_their_texts() -> None:
    lines = _lines("(i)", "", "12.25", "", "Conduct analytical work;", "",
                   "Programme performance is shown below.")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got == ["(i) Conduct analytical work;", "12.25 Programme performance is shown below."]


def test_a_paragraph_start_is_also_found_after_a_short_line_ending_a_sentence() -> None:
    lines = _lines("15.1", "", "15.2", "", "联合国人类住区规划署是联合国系统可持续城市化和人类住区协调",
                   "中心。", "人居署提供支助的宗旨是发展各级政府和其他主要利益攸关方的能",
                   "力。")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[0].startswith("15.1 联合国") and got[2].startswith("15.2 人居署")


def test_margin_numbers_skip_the_rest_of_a_paragraph_and_a_heading() -> None:
    """The line after a page's margin numbers goes on from the line above them when
    that stops in mid-sentence (the gap is the numbers' block, not a paragraph
    break); a heading is no paragraph, and the line after it opens one."""
    full = "作为可持续城市化和人类住区的协调中心人居署将继续监测和报告全球趋势"
    lines = _lines(full, full, "区域重点将通过区域发展合", "", "15.1", "", "15.2", "",
                   "作平台和专题联盟加以阐明。", "任务和背景", full, full, "中心。", full, full,
                   "能力。")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[3:6] == ["作平台和专题联盟加以阐明。", "任务和背景", f"15.1 {full}"]
    assert got[8] == f"15.2 {full}"


def test_margin_numbers_end_their_search_at_the_next_margin() -> None:
    """A page's block of numbers whose paragraphs are not all found before the next
    page's margin gives its first numbers to the paragraphs found; the next block's
    paragraphs keep theirs."""
    full = "作为可持续城市化和人类住区的协调中心人居署将继续监测和报告全球趋势"
    lines = _lines("15.1", "", "15.2", "", full, "中心。", "", "15.3", "15.4", "",
                   full, "能力。", full, "完。")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got == ["15.2", f"15.1 {full}", "中心。", f"15.3 {full}", "能力。", f"15.4 {full}",
                   "完。"]


def test_margin_numbers_see_past_running_lines_and_after_a_list() -> None:
    """A running line left between the margin's numbers and the page's text is no
    paragraph break (the first line goes on from the previous page); after a list
    whose last item ends its sentence on its one line, a line opens a paragraph."""
    full = "作为可持续城市化和人类住区的协调中心人居署将继续监测和报告全球趋势"
    item = "(b) 各国仍然承诺执行新城市议程和可持续发展议程并支持人居署的各项工作。"
    lines = _lines(full, "区域重点将通过区域发展合", "", "15.1", "", "15.2", "", "第四编 国际合作",
                   "", "作平台和专题联盟加以阐明。", full, "基础：", "(a) 有充足的资源；", item,
                   full, "能力。")
    got = _texts(restack(lines, ["第四编 国际合作"], vocabulary("zh")))
    assert got[3] == "作平台和专题联盟加以阐明。"
    assert got[4] == f"15.1 {full}" and got[-2] == f"15.2 {full}"


def test_numbers_not_in_sequence_or_without_paragraphs_are_left_as_they_are() -> None:
    lines = _lines("2.21", "", "2.23", "", "Text of a paragraph.")
    assert restack(lines, [], vocabulary("en")) == lines
    lines = _lines("2.21", "", "2.22", "", "Text of a paragraph.")
    assert restack(lines, [], vocabulary("en")) == lines


# (cells, rows, paragraphs) measured on the sample's default-mode pdftotext text against
# samples/corpus/answer-key (the shared key's copy).
DEFAULT_MODE_FLOOR = (100.0, 100.0, 99.8)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
def test_default_mode_pdftotext_text_of_the_sample_reaches_its_floor(tmp_path: Path) -> None:
    from tests.conftest import key_scores
    from unfascicle.output import to_dict
    from unfascicle.pipeline import read

    text = tmp_path / "sample.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", str(SAMPLE_PDF), str(text)], check=True)
    cells, rows, paras = key_scores(to_dict(read(text)), Path("samples/corpus/answer-key"))
    floor = DEFAULT_MODE_FLOOR
    assert cells >= floor[0] and rows >= floor[1] and paras >= floor[2], (cells, rows, paras)


def test_prose_cells_printed_a_block_each_are_laid_side_by_side() -> None:
    lines = _lines("Table 1.1", "Performance measure", "2025 (actual)", "2026 (planned)",
                   "2027 (planned)", "", "Member States", "have access", "", "New module",
                   "available", "", "Further States", "use the", "module", "",
                   "More text after the table.")
    got = restack(lines, [], vocabulary("en"))
    assert _texts(got) == ["Table 1.1", "Performance measure",
                           "2025 (actual)  2026 (planned)  2027 (planned)",
                           "Member States  New module      Further States",
                           "have access    available       use the",
                           "module",
                           "More text after the table."]
    assert [ln.indent for ln in got[2:6]] == [0, 0, 0, 31]


@pytest.mark.parametrize("after_dash", [[], [""]], ids=["opening-a-block", "a-block-alone"])
def test_a_dash_alone_among_prose_cells_is_a_cell_of_its_own(after_dash: list[str]) -> None:
    lines = _lines("Table 1.1", "Performance measure", "2025 (actual)", "2026 (planned)",
                   "2027 (planned)", "", "–", *after_dash, "New module", "available", "",
                   "Further States", "use the", "module")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[2:] == ["2025 (actual)  2026 (planned)  2027 (planned)",
                       "–              New module      Further States",
                       "available       use the",
                       "module"]


def test_prose_cells_of_a_text_printing_every_line_as_a_block_are_left_as_they_are() -> None:
    lines = _lines("Table 1.1", "Performance measure", "2025 (actual)", "2026 (planned)",
                   "2027 (planned)", "", "–", "", "New module", "", "available", "",
                   "Further States", "", "use the")
    assert restack(lines, [], vocabulary("en")) == lines


def test_a_dash_between_the_years_of_a_later_header_leaves_the_cells_as_they_are() -> None:
    """Regression: a dash printed between two years of another header further on
    (pages out of order) was taken for a cell under this header's years, and laying
    the cells out ran out of cells (IndexError: the document was refused)."""
    lines = _lines("Table 1.1", "Performance measure", "2025 (actual)", "2026 (planned)",
                   "2027 (planned)", "", "Member States", "have access", "", "New module",
                   "available", "", "Text after.", "2025 (actual)", "–", "2026 (planned)",
                   "More text.")
    assert _texts(restack(lines, [], vocabulary("en")))[-4:] == [
        "2025 (actual)", "–", "2026 (planned)", "More text."]


def test_prose_cells_going_on_over_the_next_page_are_left_as_they_are() -> None:
    lines = [*_lines("Table 1.1", "Performance measure", "2025 (actual)", "2026 (planned)",
                     "2027 (planned)", "", "–", "", "New module"),
             *[PlainLine(no, text, 2) for no, text in enumerate(
                 ["2025 (actual)", "2026 (planned)", "2027 (planned)", "", "available", "",
                  "Further States"], 20) if text]]
    assert restack(lines, [], vocabulary("en")) == lines


def test_prose_cells_printed_side_by_side_in_one_block_are_told_apart() -> None:
    """The default mode reads two cells that fill their columns line for line as one
    block: their first lines share a printed line (one space apart, a figure's space
    among them), a cell ending short leaves the next cell's line on its own."""
    lines = _lines("表 1.1", "业绩计量", "2020(实际)", "", "2021(实际)", "", "2022(计划)", "",
                   "10 个甲乙丙丁戊己庚 5 个天地玄黄宇宙", "辛壬癸子丑寅卯辰巳 洪荒日月盈昃辰宿",
                   "午未申", "列张寒来暑往秋收冬", "藏", "", "闰余成岁律吕调阳云", "腾致雨", "",
                   "表 1.2")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[2:] == ["2020(实际)     2021(实际)   2022(计划)",
                       "10 个甲乙丙丁戊己庚  5 个天地玄黄宇宙  闰余成岁律吕调阳云",
                       "辛壬癸子丑寅卯辰巳    洪荒日月盈昃辰宿   腾致雨",
                       "午未申          列张寒来暑往秋收冬",
                       "藏",
                       "表 1.2"]


def test_a_dash_alone_in_a_block_of_cells_side_by_side_is_the_first_cell() -> None:
    lines = _lines("表 1.1", "业绩计量", "2020(实际)", "", "2021(实际)", "", "2022(计划)", "",
                   "甲乙丙丁戊己庚辛壬 天地玄黄宇宙洪荒日", "癸子丑", "月盈昃辰宿列张寒来", "—",
                   "暑往")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[3:] == ["—         甲乙丙丁戊己庚辛壬  天地玄黄宇宙洪荒日",
                       "癸子丑        月盈昃辰宿列张寒来",
                       "暑往"]


def test_prose_cells_going_on_under_the_header_repeated_on_the_next_page() -> None:
    """A dash printed between two years of the header is the cell under the first;
    the blocks after the header repeated on the next page go on with the cells."""
    lines = [*_lines("表 1.1", "业绩计量", "2020(实际)", "", "—", "", "2021(实际)", "", "2022(计划)",
                     "", "甲乙丙丁戊己庚辛壬", "癸子丑寅卯辰巳午未", "", "天地玄黄宇宙洪荒日",
                     "月盈昃辰宿列张寒来"),
             *[PlainLine(no, text, 2) for no, text in enumerate(
                 ["2020(实际)", "", "2021(实际)", "", "2022(计划)", "", "申酉戌亥", "",
                  "暑往秋收冬藏", "", "闰余成岁。"], 30) if text]]
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[2:] == ["2020(实际)  2021(实际)   2022(计划)",
                       "—         甲乙丙丁戊己庚辛壬  天地玄黄宇宙洪荒日",
                       "癸子丑寅卯辰巳午未  月盈昃辰宿列张寒来",
                       "申酉戌亥       暑往秋收冬藏",
                       "闰余成岁。"]


def test_a_table_of_text_cells_is_read_back_a_line_at_a_time() -> None:
    """A table with text columns: the label's pieces printed at the heads of the
    description's lines (or alone among them) go before it, the values printed a
    block each go on one line, the total's values printed before its label go to
    it, and a text column's heading printed beside a year's rest goes before it."""
    lines = _lines("表 1.1", "机关", "(千美元)", "机关", "", "2025", "补充信息 年批款", "", "说明", "",
                   "2026 年", "估计", "",
                   "甲乙 天地玄黄宇宙洪荒日月盈昃辰宿列张", "丙丁 寒来暑往秋收冬藏闰余成岁律吕调阳",
                   "云腾致雨露结为霜金生丽水玉出昆冈", "剑号巨阙珠称夜光。", "", "成员：12", "", "—", "",
                   "—", "", "戊己 果珍李柰菜重芥姜海咸河淡鳞潜羽翔龙", "庚",
                   "师火帝鸟官人皇始制文字乃服衣裳推位", "让国。", "", "成员：30", "",
                   "5.0", "", "5.0", "", "5.0", "", "5.0", "", "共计")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[3:] == ["机关", "补充信息", "2025", "年批款", "说明", "2026 年", "估计",
                       "甲乙", "丙丁", "天地玄黄宇宙洪荒日月盈昃辰宿列张",
                       "寒来暑往秋收冬藏闰余成岁律吕调阳", "云腾致雨露结为霜金生丽水玉出昆冈",
                       "剑号巨阙珠称夜光。", "成员：12", "— —", "戊己", "庚",
                       "果珍李柰菜重芥姜海咸河淡鳞潜羽翔龙", "师火帝鸟官人皇始制文字乃服衣裳推位",
                       "让国。", "成员：30", "5.0 5.0", "共计 5.0 5.0"]


def test_a_text_column_heading_and_value_printed_apart_go_back() -> None:
    """The wide column's heading printed after the first row's label goes after the
    unit; a value printed after a last row that printed its own in line (nothing
    after it but a note) is the rest of the values last printed a block each."""
    lines = _lines("表 1.1", "标题", "(员额数目)", "数", "目", "2025 年核", "定", "", "详情", "",
                   "12 1 个 P-4、2 个 GS", "", "员额变动", "", "—", "", "2026 年拟", "议", "",
                   "12 1 个 P-4、2 个 GS", "", "—", "", "注：缩写。")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got == ["表 1.1", "标题", "(员额数目)", "详情", "数", "目", "2025 年核", "定",
                   "12 1 个 P-4、2 个 GS", "员额变动", "— —", "2026 年拟", "议",
                   "12 1 个 P-4、2 个 GS", "注：缩写。"]


def test_a_text_cell_whose_lines_open_with_a_short_word_keeps_them() -> None:
    """A cell's lines that open with a short word and a space but do not fill the
    cell (a list of mandates) hold no label pieces."""
    lines = _lines("表 1.1", "机关", "机关", "说明", "2025", "", "甲乙", "",
                   "授权 第一号决议", "议事规则和程序", "会在 2019年 5 月", "成员名单", "", "—", "",
                   "—")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[6:] == ["授权 第一号决议", "议事规则和程序", "会在 2019年 5 月", "成员名单", "— —"]


def test_a_row_with_fewer_than_half_its_values_stays_where_it_was_printed() -> None:
    lines = _lines("Table 1.1", "Title", "Category", "2025", "planned", "2026", "planned",
                   "2027", "planned", "", "Alpha", "1", "2", "3", "", "Beta", "4", "5", "6",
                   "", "Total", "7")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-4:] == ["Alpha  1  2  3", "Beta  4  5  6", "Total", "7"]


# (cells, rows, paragraphs) measured on the default-mode pdftotext text of the real
# English PDFs.
ENGLISH_DEFAULT_FLOORS = {
    "A_81_6_Sect2_PartA": (99.1, 98.9, 99.9),
    "A_81_6_Sect3_PartA": (92.8, 97.6, 99.8),
    "A_81_6_Sect5_PartA": (97.7, 99.9, 98.6),
    "A_81_6_Sect9_PartA": (97.7, 98.9, 99.9),
    "A_81_6_Sect12_PartA": (97.2, 99.6, 99.3),
    "A_81_6_Sect15_PartA": (97.9, 99.3, 99.8),
    "A_81_6_Sect24_PartA": (96.1, 99.9, 99.9),
    "A_81_6_Sect27_PartA": (99.5, 99.9, 99.9),
    "A_81_6_Sect29A_PartA": (92.9, 99.3, 98.9),
    "A_81_6_Sect31_PartA": (92.8, 99.9, 99.6),
}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext not installed")
@pytest.mark.parametrize("document", list(ENGLISH_DEFAULT_FLOORS))
def test_default_mode_pdftotext_text_of_english_pdfs_reaches_its_floor(tmp_path: Path,
                                                                       document: str) -> None:
    from tests.conftest import key_scores
    from unfascicle.output import to_dict
    from unfascicle.pipeline import read

    real = Path("../shared/corpus/real")
    text = tmp_path / f"{document}.txt"
    subprocess.run(["pdftotext", "-enc", "UTF-8", str(real / "A_81_6" / f"{document}_en.pdf"),
                    str(text)], check=True)
    cells, rows, paras = key_scores(to_dict(read(text)), real / "keys" / document)
    floor = ENGLISH_DEFAULT_FLOORS[document]
    assert cells >= floor[0] and rows >= floor[1] and paras >= floor[2], (
        document, cells, rows, paras)


def test_margin_number_before_the_items_of_the_paragraph_above_waits_for_them() -> None:
    """A margin number printed before the item markers of a list that the paragraph
    above introduces (it ends with a colon) numbers the paragraph after the list."""
    lines = _lines("12.12", "", "The plan is based on the following assumptions:", "",
                   "12.13", "", "(a)", "", "Data continue to be available;", "", "(b)", "",
                   "Funding continues to be available.", "",
                   "The entity will continue to mainstream gender.")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-1] == "12.13 The entity will continue to mainstream gender."
    assert "(a)" in got and "Data continue to be available;" in got


def test_margin_numbers_before_an_item_going_on_with_the_list_above_wait_for_it() -> None:
    """Margin numbers printed at a page's top before the marker of an item that goes
    on with the list of the page before ("(e)" after "(d)") number the paragraphs
    after the list."""
    lines = _lines("12.4", "", "To contribute to the objective, the Office will:", "", "(d)", "",
                   "Support the parties;", "", "12.5", "", "12.6", "", "(e)", "",
                   "Promote local risk governance.", "",
                   "The above-mentioned work is expected to result in progress.", "",
                   "With regard to the external factors, the plan is as follows.")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-2:] == ["12.5 The above-mentioned work is expected to result in progress.",
                        "12.6 With regard to the external factors, the plan is as follows."]


def test_values_printed_among_the_header_go_to_the_first_row_next_to_their_like() -> None:
    """Narrow cells of the first row (dashes) printed before the header's last line
    join the first row, which lacks as many, next to the dash it holds."""
    lines = _lines("表 1.1", "标题", "(千美元)", "变动", "2022 年支", "出", "", "2023 年批 技术调",
                   "款 整", "", "其他", "", "—", "", "—", "", "百分 2024 年估计(重计费用", "比", "前)",
                   "", "员额", "", "1", "", "—", "",
                   "2", "", "非员额", "", "3", "", "—", "", "5", "", "6", "", "4", "", "共计", "",
                   "4", "", "—", "", "5", "", "6", "", "6")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[-7:] == ["其他", "百分 2024 年估计(重计费用", "比", "前)", "员额  1  —  —  —  2",
                        "非员额  3  —  5  6  4", "共计  4  —  5  6  6"]


def test_rows_a_value_short_do_not_make_the_table_narrower() -> None:
    """Rows with a blank cell print one value fewer; more of them than of full rows
    do not make the table narrower."""
    lines = _lines("Table 1.1", "Title", "Category", "2025", "planned", "2026", "planned", "2027",
                   "planned", "", "Alpha", "1",
                   "2", "3", "", "Beta", "4", "5", "6", "", "Gamma", "7", "8", "", "Delta", "9",
                   "9", "", "Total", "1", "1")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-5:] == ["Alpha  1  2  3", "Beta  4  5  6", "Gamma  7  8", "Delta  9  9",
                        "Total  1  1"]


def test_a_longer_run_reading_whole_with_a_broken_number_does_not_widen_the_table() -> None:
    lines = _lines("Table 1.1", "Title", "Category", "2025", "planned", "2026", "planned", "",
                   "Alpha", "1", "2", "",
                   "Beta", "13", "598.5", "9.8", "", "Gamma", "5", "6", "", "Delta", "14",
                   "843.4", "9.3", "", "Total", "7", "8")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-5:] == ["Alpha  1  2", "Beta  13 598.5  9.8", "Gamma  5  6",
                        "Delta  14 843.4  9.3", "Total  7  8"]


def test_values_printed_in_a_repeated_header_go_to_the_next_row_with_its_longest_run_of_like() -> None:
    """A dash printed between two lines of the header repeated on the next page is
    a cell of that page's first row: it joins the row's longest run of dashes."""
    head = ["变动", "2022 年支", "出", "", "2023 年批 技术调", "款 整", "", "其他", ""]
    tail = ["百分 2024 年估计(重计费用", "比", "前)", ""]
    lines = _lines("表 1.1", "标题", "(千美元)", *head, *tail, "员额", "", "1", "", "2", "", "—", "",
                   "—", "", "—", "", "2", "", "非员额", "", "3", "", "4", "", "5", "", "6", "", "7",
                   "", "8", "", *head, "—", "", *tail, "招待费", "", "—", "", "3", "", "—", "", "—",
                   "", "3", "", "共计", "", "4", "", "9", "", "5", "", "6", "", "7", "", "13")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert "招待费  —  3  —  —  —  3" in got
    assert "—" not in got


def test_a_caption_ending_a_page_keeps_its_title_on_the_next_page_past_a_footnote() -> None:
    """A caption printed last on a page, that page's footnote after it and the title
    (which reads like a heading) on the next page: the table is still restacked."""
    lines = [PlainLine(1, "表 1.1", 1), PlainLine(3, "12. 某报告(2022 年)。", 1),
             *(PlainLine(no, text, 2) for no, text in enumerate(
                 ["次级方案 4：财政资源", "(千美元)", "支出用途", "员额", "其他工作人员", "费用", "",
                  "2022 年支出", "2023 年批款", "", "1", "", "2", "", "3", "", "4", "", "招待费",
                  "", "5", "", "6", "", "咨询人", "", "7", "", "8"], 10) if text)]
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[-7:] == ["员额  1  2", "其他工作人员", "费用  3  4", "2022 年支出", "2023 年批款",
                        "招待费  5  6", "咨询人  7  8"]


def test_a_table_under_years_alone_whose_cells_are_all_values_is_restacked() -> None:
    """Years alone over the columns head prose cells too; a table whose first lines
    with values hold a value each is restacked all the same."""
    lines = _lines("表 1.1", "遵守率", "(百分比)", "2022 年实际", "", "2023 年计划", "",
                   "2024 年计划", "", "甲", "", "1", "", "2", "", "3", "", "乙", "", "4", "", "5", "",
                   "6", "", "丙", "", "7", "", "8", "", "9")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[-3:] == ["甲  1  2  3", "乙  4  5  6", "丙  7  8  9"]


def test_a_last_row_printed_before_its_label_goes_to_it_not_to_the_text_after_the_table() -> None:
    """Values printed before the last label wait for it; when text follows the table
    in the same lines (a sentence ends there), they go to the first label after the
    last values, not to the last line of that text."""
    lines = _lines("Table 1.1", "Title", "Category", "2025", "planned", "2026", "planned", "",
                   "Alpha", "1", "2", "", "Beta", "3", "4", "", "Delta", "5", "6", "7", "8", "",
                   "Gamma", "", "The entity will continue the work described in the table above",
                   "in the coming years.")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-4:] == ["Delta  5  6", "Gamma  7  8",
                        "The entity will continue the work described in the table above",
                        "in the coming years."]


def test_a_list_introduction_under_a_label_takes_no_values() -> None:
    """"Meetings of:" heads the rows below it; the label above it is whole and takes
    the values printed after both."""
    lines = _lines("Table 1.1", "Title", "Category", "2025", "planned", "2026", "planned", "",
                   "Alpha", "1", "2", "", "Substantive services for meetings (number of meetings)",
                   "Meetings of:", "", "17", "", "29", "", "1. The Fifth Committee", "3", "3", "",
                   "2. The Committee for Programme and Coordination", "4", "4")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-4:] == ["Substantive services for meetings (number of meetings)  17  29",
                        "Meetings of:", "1. The Fifth Committee  3  3",
                        "2. The Committee for Programme and Coordination  4  4"]


def test_the_label_column_heading_printed_among_labels_takes_no_values() -> None:
    """The label column's heading printed after the values, among the labels that
    take the rows waiting, is not a row."""
    lines = _lines("Table 1.1", "Title", "2025", "planned", "2026", "planned", "", "1", "2", "",
                   "7", "8", "", "Alpha", "3", "4", "", "Beta", "5", "6", "",
                   "Category and subcategory", "1. Gamma")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert "Category and subcategory" in got
    assert got[-1] == "1. Gamma  7  8"


def test_rows_with_a_blank_cell_printed_before_their_labels_are_cut_a_cell_short() -> None:
    """Staff rows (no first year's figure) printed after the last financial row and
    before their labels are rows of one value fewer than the table's columns."""
    lines = _lines("Table 1.1", "Title", "Category", "2025", "planned", "2026", "planned",
                   "2027", "planned", "2028", "planned", "", "Posts", "1", "2", "—", "2", "",
                   "Non-post", "3", "4", "—", "4", "", "Total", "4", "6", "—", "6", "5", "—", "5",
                   "7", "—", "7", "", "Professional and higher", "General Service")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-3:] == ["Total  4  6  —  6", "Professional and higher  5  —  5",
                        "General Service  7  —  7"]


def test_a_wrapped_labels_middle_line_printed_among_the_values_goes_back_to_its_label() -> None:
    """The middle line of a three-line label printed on the row's baseline with its
    first value, among the values: the value stays in its run, the text goes back
    between the label's first and last lines."""
    lines = _lines("表 1.1", "标题", "(千美元)", "支出用途", "员额", "其他工作人员", "费用", "",
                   "2022 年支出", "2023 年批款", "", "1", "", "2", "", "杂项开支 3", "", "4", "",
                   "招待费", "", "5", "", "6", "", "咨询人", "", "7", "", "8")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[3:7] == ["支出用途", "员额  1  2", "其他工作人员", "杂项开支"]
    assert got[7] == "费用  3  4"


def test_value_columns_printed_one_after_another_are_put_back_a_row_per_line() -> None:
    """A page printed column by column: the labels' block, then each column's values
    as a block, a group of two blocks for the rows of each section (groups of two
    lengths, so that the blocks are columns, not rows)."""
    lines = _lines("Table 1.1", "Title", "Category and subcategory", "A. Section", "Alpha",
                   "Beta", "B. Section", "Gamma", "Delta", "Epsilon", "", "2025", "planned", "",
                   "2026", "planned", "", "1", "2", "", "3", "4", "", "5", "6", "7", "", "8", "9",
                   "10")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert [t for t in got if "  " in t] == [
        "Alpha  1  3", "Beta  2  4", "Gamma  5  8", "Delta  6  9", "Epsilon  7  10"]


def test_rows_printed_a_block_each_are_not_read_as_columns() -> None:
    lines = _lines("Table 1.1", "Title", "Category", "2025", "planned", "2026", "planned",
                   "2027", "planned", "", "Alpha", "1", "2", "3", "", "4", "5", "6", "",
                   "Beta", "7", "8", "9")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert "Beta  7  8  9" in got and "1" not in got[-3:]


def test_a_single_group_of_value_columns_is_read_as_columns_when_the_years_name_as_many() -> None:
    """One group of blocks of one length may be rows a block each; read as columns
    when the header's years name as many columns as there are blocks."""
    lines = _lines("Table 1.1", "Title", "Category and subcategory", "1. Alpha", "2. Beta",
                   "3. Gamma", "", "2025", "2026", "2027", "", "1", "2", "3", "", "4", "5", "6", "",
                   "7", "8", "9")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert [t for t in got if "  " in t] == ["1. Alpha  1  4  7", "2. Beta  2  5  8",
                                             "3. Gamma  3  6  9"]


def test_a_label_going_on_into_its_number_amid_values_is_left_whole() -> None:
    """"Subtotal, 1" printed among value lines is a label ending in its part's
    number, not a wrapped label's middle line with a row's first value."""
    lines = _lines("Table 1.1", "Title", "Category", "2025", "planned", "2026", "planned", "",
                   "Alpha", "1", "2", "", "Beta", "3", "4", "", "Subtotal, 1", "7", "8", "",
                   "Gamma", "5", "6")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-4:] == ["Alpha  1  2", "Beta  3  4", "Subtotal, 1  7  8", "Gamma  5  6"]


def test_the_column_count_is_not_widened_by_another_parts_rows() -> None:
    """Two parts read as one (a part label the edition does not know): the count
    most runs hold is kept unless one more is held by several runs."""
    lines = _lines("Table 1.1", "Title", "Category", "2025", "planned", "2026", "planned", "",
                   "Alpha", "1", "2", "3", "4", "5", "", "Beta", "1", "2", "3", "4", "5", "",
                   "Other part", "Gamma", "5", "6", "7", "", "Delta", "7", "8", "9", "",
                   "Epsilon", "9", "9", "9", "", "Zeta", "9", "9", "9", "1", "2", "3", "4", "5",
                   "6", "", "Eta", "Theta")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-3:] == ["Zeta  9  9  9", "Eta  1  2  3", "Theta  4  5  6"]


def test_years_broken_in_a_narrow_header_are_header_and_name_the_columns() -> None:
    # "2022 年" printed "202" / "2年", a column a line, then the columns' other
    # heading lines the same way: none of it is values or the label column
    lines = _lines("表 1.1", "标题", "类别和次类别", "", "202", "", "202", "", "202", "", "3年", "",
                   "3年", "", "4年", "", "计", "", "实", "", "计", "", "划", "", "际", "", "划", "",
                   "1", "", "1", "", "2", "", "3", "", "3", "", "4", "", "5", "", "5", "", "6", "",
                   "出版物(出版物数目)", "报告", "指南", "", "表 1.2", "正文")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[3:15] == ["202", "202", "202", "3年", "3年", "4年", "计", "实", "计", "划", "际", "划"]
    assert got[15:18] == ["出版物(出版物数目)  1  1  2", "报告  3  3  4", "指南  5  5  6"]


def test_rows_printed_before_their_labels_go_to_them_in_order_sections_taking_none() -> None:
    """Value rows printed before all of their labels go to the labels in order; a
    section the edition knows ("B. 生成和转让知识") heads rows and takes none."""
    lines = _lines("表 1.1", "标题", "类别和次类别", "2022 年计划", "", "2023 年计划", "",
                   "1", "", "1", "", "2", "", "2", "", "3", "", "3", "", "4", "", "4", "",
                   "A. 协助政府间进程和专家机构", "甲", "乙", "B. 生成和转让知识", "丙", "",
                   "丁", "", "5", "", "5", "", "戊", "6", "6", "", "表 1.2", "正文")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[7:12] == ["A. 协助政府间进程和专家机构", "甲  1  1", "乙  2  2",
                         "B. 生成和转让知识", "丙  3  3"]


def test_a_subtotal_line_below_a_label_ends_it() -> None:
    """A line opening with a known row label ("小计 (C)") is a label of its own: the
    full-width line above it ends its label and takes a row."""
    lines = _lines("表 1.1", "标题", "类别", "2022 年", "2023 年", "", "甲", "1", "2", "",
                   "3. 乙乙乙乙乙乙乙乙", "3", "4", "5", "6", "7", "8", "",
                   "4. 丙丙丙丙丙丙丙丙", "小计 (C)", "D. 丁丁", "9", "9", "", "表 1.2", "正文")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[-5:-2] == ["4. 丙丙丙丙丙丙丙丙  5  6", "小计 (C)  7  8", "D. 丁丁  9  9"]


def test_an_enumerated_label_set_apart_among_the_header_lines_takes_the_first_row() -> None:
    """"A. 决策机关" printed between blank lines amid the header's lines takes the
    first row (the header's last line names a year: no label block ends it)."""
    lines = _lines("表 1.1", "标题", "(千美元)", "变动", "2022 年支出", "", "A. 决策机关", "",
                   "共计", "", "2023 年批款", "", "1", "", "2", "", "3", "", "4", "", "B. 行政领导和管理",
                   "", "1. 甲", "5", "6", "", "2. 乙", "7", "8", "", "表 1.2", "正文")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert "A. 决策机关  1  2" in got
    assert "B. 行政领导和管理  3  4" in got


def test_a_row_label_that_is_also_a_column_heading_takes_its_values_after_the_header() -> None:
    """"共计" closes the header repeated on a later page and opens the next row: the
    one right before values is the row's label, and the section below ("按职类列示的
    员额资源") takes no values."""
    lines = _lines("表 1.1", "标题", "(千美元)", "2022 年", "2023 年", "其他", "共计", "",
                   "员额", "1", "2", "", "非员额", "3", "4", "", "2022 年", "2023 年", "其他", "共计",
                   "", "共计", "4", "6", "", "按职类列示的员额资源", "", "专业及以上职类", "5", "5", "",
                   "表 1.2", "正文")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[-5:-2] == ["共计  4  6", "按职类列示的员额资源", "专业及以上职类  5  5"]


def test_years_over_part_of_the_columns_do_not_fix_their_count() -> None:
    """Years alone at the top of a header that goes on ("变动", another year) name only
    some of the columns: rows of four values stay whole though every run is a
    whole number of rows of two."""
    lines = _lines("表 1.1", "标题", "(员额数目)", "组成部分/次级方案", "2022 年估计", "2023 年估计",
                   "变动", "2024 年估计", "A. 决策机关", "1", "—", "—", "—", "B. 行政领导和管理",
                   "5", "6", "7", "8", "C. 工作方案", "1. 甲", "1", "2", "3", "4", "2. 乙", "1", "2",
                   "3", "4", "", "表 1.2", "正文")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert "B. 行政领导和管理  5  6  7  8" in got


def test_a_wrapped_label_is_measured_against_its_own_block_not_the_text_after_it() -> None:
    """Labels wrapped in their column and printed after the values: a line of prose
    across the page further on (a span row) does not make every label line narrow
    enough to end a label."""
    lines = _lines("表 1.1", "标题", "类别和次类别", "2022 年计划", "", "2023 年计划", "",
                   "外地(项目数目)", "1", "1", "", "2", "", "2", "", "3", "", "3", "", "4", "", "4", "",
                   "出版物(出版物数目)", "5", "5", "", "技术材料(材料数目)", "6", "6", "",
                   "1. 甲甲甲甲甲甲甲甲甲甲甲甲", "甲甲甲的项目", "2. 乙乙乙乙乙乙乙乙乙乙乙乙", "乙乙的项目",
                   "3. 丙丙丙丙丙丙丙丙丙丙丙丙", "丙的项目", "", "C. 实质性应交付产出",
                   "协商、咨询和倡导：就国家城市政策、城乡联系、大都市发展、国土开发、城市监测、城市可持续"
                   "发展筹资、智慧城市向会员国提供咨询服务。", "", "表 1.2", "正文")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[8:14] == ["1. 甲甲甲甲甲甲甲甲甲甲甲甲", "甲甲甲的项目  2  2", "2. 乙乙乙乙乙乙乙乙乙乙乙乙",
                         "乙乙的项目  3  3", "3. 丙丙丙丙丙丙丙丙丙丙丙丙", "丙的项目  4  4"]


def test_the_label_column_heading_does_not_stand_between_a_label_and_the_next() -> None:
    """The repeated header's "Category and subcategory" printed after the last label:
    that label still ends (the enumerated section after the heading follows it)."""
    lines = _lines("Table 1.1", "Title", "2025", "planned", "", "2026", "planned", "", "1", "", "2",
                   "", "A. Alpha", "Documents (number)", "3", "4", "", "Meetings (number)", "5", "6",
                   "", "7", "", "8", "", "9", "", "9", "", "B. Generation and transfer of knowledge",
                   "Field and technical cooperation projects, all of them (number of projects)",
                   "6. On peacebuilding projects pursuant to General Assembly resolution", "",
                   "Category and subcategory", "", "C. Substantive deliverables",
                   "Consultation, advice and advocacy: guidance and advice to country-level and "
                   "regional recipients of funding from the",
                   "Fund on priority-setting and programming.", "", "Table 1.2", "Text")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert "6. On peacebuilding projects pursuant to General Assembly resolution  9  9" in got


def test_labels_printed_together_take_the_rows_after_them_when_none_wait() -> None:
    """Two labels printed one after the other, then the values of both rows: with no
    row waiting for a label, the labels take the rows in order (not when the block
    opens with the end of a label wrapped after its values)."""
    lines = _lines("表 1.1", "标题", "(千美元)", "支出用途", "变动", "2022 年支出", "2023 年批款", "",
                   "甲", "1", "1", "", "1. 乙", "2. 丙(出版物数目)", "2", "2", "3", "3", "", "丁", "4", "4",
                   "", "戊", "5", "5", "", "表 1.2", "正文")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[7:12] == ["甲  1  1", "1. 乙  2  2", "2. 丙(出版物数目)  3  3", "丁  4  4", "戊  5  5"]


def test_labels_printed_between_the_unit_and_the_column_headings_take_the_rows() -> None:
    """The label column printed before the header's years (Chromium's pages): the
    lines between the unit and the first heading are the labels of the rows."""
    lines = _lines("表 1.1", "遵守率", "(百分比)", "及时提交材料", "在旅行开始前提前购买机票", "",
                   "2020 年实际 2021 年实际 2022 年计划", "97", "95", "97", "51", "36", "34", "",
                   "表 1.2", "正文")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[3:5] == ["及时提交材料  97  95  97", "在旅行开始前提前购买机票  51  36  34"]


def test_a_first_value_column_printed_with_the_labels_is_put_back_in_its_rows() -> None:
    """Each label followed by its first value, the other columns of every row after
    the last label's first value, row by row."""
    lines = _lines("表 1.1", "遵守率", "(百分比)", "2020 年实际", "", "2021 年实际", "", "2022 年实际",
                   "", "2023 年计划", "", "2024 年计划", "", "及时提交材料", "", "97", "",
                   "在旅行开始前提前购买机票", "", "51", "", "95", "", "97", "", "100", "", "100", "", "36",
                   "", "34", "", "100", "", "100", "", "表 1.2", "正文")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[8:10] == ["及时提交材料  97  95  97  100  100",
                         "在旅行开始前提前购买机票  51  36  34  100  100"]


def test_numbers_printed_as_a_block_inside_a_sentence_go_back_into_it() -> None:
    """"16" printed between blank lines in the middle of a sentence ("全球超过" …
    "亿人住房不足") is part of it: it joins the line above, and the line after
    goes on from it (no blank line: the same paragraph)."""
    lines = _lines("15.1 人口持续增长，全球超过", "", "16", "", "亿人住房不足。", "15.2 下一段。")
    got = restack(lines, [], vocabulary("zh"))
    assert _texts(got) == ["15.1 人口持续增长，全球超过 16", "亿人住房不足。", "15.2 下一段。"]
    assert got[1].no == got[0].no + 1


def test_a_printed_line_cut_into_three_blocks_is_one_line_again() -> None:
    """A resolution number printed as a block of its own ("大会第", "56/206", "号决议将
    …，自") and the rest of the line after it are the line the mode cut into blocks:
    one line, and the next block goes on from it (the same paragraph)."""
    lines = _lines("15.1 人居署的任务授权源自大会第", "", "56/206", "", "号决议将中心改为规划署，自",
                   "", "2002 年 1 月 1 日起生效。", "治理结构已设立。", "15.2 下一段。")
    got = restack(lines, [], vocabulary("zh"))
    assert _texts(got) == ["15.1 人居署的任务授权源自大会第 56/206 号决议将中心改为规划署，自",
                           "2002 年 1 月 1 日起生效。", "治理结构已设立。", "15.2 下一段。"]
    assert [ln.no for ln in got[:3]] == [got[0].no, got[0].no + 1, got[0].no + 2]


def test_a_piece_closing_a_quotation_left_open_goes_back_into_its_sentence() -> None:
    lines = _lines("15.1 关于“2022", "", "年报告”，并根", "", "据审查，人居署扩大了评估。", "15.2 下一段。")
    got = restack(lines, [], vocabulary("zh"))
    assert _texts(got)[0] == "15.1 关于“2022 年报告”，并根"


def test_a_line_closing_a_bracket_in_its_own_block_stays_apart_from_the_next() -> None:
    """An item's text whose second line closes its bracket is no piece set apart
    (its marker was printed apart, not the line): the next block stays apart."""
    lines = _lines("(c)", "", "Five evaluations (Cameroon, Central African", "Republic and Mali).",
                   "", "In response to the evaluations, processes will be streamlined.")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got == ["(c) Five evaluations (Cameroon, Central African", "Republic and Mali).",
                   "In response to the evaluations, processes will be streamlined."]
    assert [ln.no for ln in restack(lines, [], vocabulary("en"))][-1] == 6


def test_a_number_alone_after_a_sentence_or_among_values_stays() -> None:
    lines = _lines("15.1 人口持续增长。", "", "16", "", "亿人住房不足。")
    assert restack(lines, [], vocabulary("zh")) == lines
    lines = _lines("100", "", "100", "", "在旅行开始前提前购买机票")
    assert restack(lines, [], vocabulary("zh")) == lines


def test_an_item_marker_printed_as_a_block_of_its_own_takes_the_text_after_it() -> None:
    lines = _lines("(b) 在以下方面向城市提供技术援助：", "㈠", "", "制定参与性的预算编制方法；", "", "㈡", "",
                   "有效采购和落实前沿技术；", "", "(c) 借鉴经验。")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got == ["(b) 在以下方面向城市提供技术援助：", "㈠ 制定参与性的预算编制方法；",
                   "㈡ 有效采购和落实前沿技术；", "(c) 借鉴经验。"]


def test_the_next_paragraph_number_printed_as_a_block_of_its_own_opens_the_text_after_it() -> None:
    lines = _lines("15.102 上一段。", "", "工作方案", "", "15.103", "", "2024 年拟议经常预算资源为 2 222 400 美元。",
                   "表 15.19", "标题")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[:3] == ["15.102 上一段。", "工作方案", "15.103 2024 年拟议经常预算资源为 2 222 400 美元。"]


def test_a_number_alone_out_of_the_series_is_left_alone() -> None:
    lines = _lines("15.102 上一段。", "", "15.110", "", "2024 年拟议经常预算资源为 2 222 400 美元。")
    assert restack(lines, [], vocabulary("zh")) == lines


def test_a_heading_across_the_table_set_apart_is_no_piece_of_the_header() -> None:
    """A header printed a word a line between blank lines, then a heading across the
    table set apart ("Full budget …: financial resources") and the first label: that
    heading holds words set apart, no piece of a narrow header, so the label after it
    takes the first row. Regression: mutool's text of A/80/6 Sect. 31, whose first
    row went into the header (cells 91.9 -> 88.3)."""
    lines = _lines("Table 1", "Evolution of financial resources", "", "2024", "", "expenditure",
                   "", "2025", "", "approved", "",
                   "Full budget (jointly financed activities): financial resources", "",
                   "International Civil Service Commission", "11 563.4", "13 393.1", "",
                   "Joint Inspection Unit", "8 662.1", "9 836.6", "", "Table 2", "Text")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert "International Civil Service Commission  11 563.4  13 393.1" in got
    assert "Joint Inspection Unit  8 662.1  9 836.6" in got


def test_values_printed_in_the_next_rows_block_go_back_where_the_total_adds_up() -> None:
    """Beta's block holds a value of Alpha's (Alpha comes out a value short, Beta a
    value long): the total below both says which one moved."""
    lines = _lines("Table 1.1", "Title", "Category", "2025", "2026", "2027", "", "Alpha", "1", "",
                   "2", "", "Beta", "4", "", "3", "", "5", "", "6", "", "Gamma", "1", "", "1", "",
                   "1", "", "Total", "6", "", "8", "", "10")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-4:] == ["Alpha  1  2  3", "Beta  4  5  6", "Gamma  1  1  1", "Total  6  8  10"]


def test_a_value_printed_in_another_rows_block_is_not_moved_when_no_sum_says_so() -> None:
    lines = _lines("Table 1.1", "Title", "Category", "2025", "2026", "2027", "", "Alpha", "1", "",
                   "2", "", "Beta", "4", "", "3", "", "5", "", "6", "", "Gamma", "1", "", "1", "",
                   "1", "", "Total", "7", "", "9", "", "11")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert "Alpha  1  2  3" not in got and "Beta  4  5  6" not in got


def test_more_values_than_the_labels_rows_hold_make_one_column_more() -> None:
    """Most runs hold four values (Alpha a value short, rows with a blank first
    cell), but five labels cannot hold 23 values in rows of four, and rows of five
    add up; the dash Beta's block holds goes back next to Alpha's."""
    lines = _lines("Table 1.1", "Title", "Category", "2025", "2026", "2027", "2028", "2029", "",
                   "Alpha", "10", "", "2", "", "—", "", "12", "", "Beta", "5", "", "1", "", "—", "",
                   "1", "", "3", "", "10", "", "Total", "15", "", "3", "", "1", "", "3", "", "22",
                   "", "Posts A", "2", "", "—", "", "—", "", "2", "", "Posts B", "3", "", "—", "",
                   "—", "", "3")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-5:] == ["Alpha  10  2  —  —  12", "Beta  5  1  1  3  10", "Total  15  3  1  3  22",
                        "Posts A  2  —  —  2", "Posts B  3  —  —  3"]


def test_a_value_left_over_joins_the_row_next_to_its_like() -> None:
    """A row's dash printed in a block of its own after the labels goes to the row
    waiting for it next to its other dashes, not at its end."""
    lines = _lines("Table 1.1", "Title", "Category", "2025", "2026", "2027", "2028", "",
                   "Alpha", "11", "", "12", "", "13", "", "14", "", "5", "", "—", "", "5", "",
                   "Beta", "", "—", "", "Gamma rows", "61", "", "72", "", "83", "", "94", "",
                   "Delta", "1", "", "1", "", "1", "", "1")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert "Beta  5  —  —  5" in got


def test_prose_cells_laid_side_by_side_do_not_widen_the_full_line(tmp_path: Path) -> None:
    """The prose rows laid out side by side are wider than any line of running text:
    counted, they made the paragraph's last line on its page (not ending a sentence
    though it seems to: "girls’") look short, and the paragraph ended there."""
    from unfascicle.output import to_dict
    from unfascicle.pipeline import read

    cell = ["Member States adopt national policies", "informed by the analysis of the"]
    lines = ["1.1 The programme will continue to support Member States in the design of policies",
             "and the implementation of the measures that they adopt on the basis of the analysis",
             "carried out by the secretariat, with particular attention to the least developed",
             "countries, landlocked developing countries and small island developing States, and",
             "and will report on the progress made for the rights of women’s and girls’",
             "\fempowerment to the General Assembly at its next session.", "",
             "1.2 The performance measure is shown below.", "", "Table 1.1",
             "Performance measure", "", "2024 (actual)", "", "2025 (actual)", "",
             "2026 (planned)", "", "2027 (planned)", "", "–", "",
             *cell, "secretariat in five countries", "", *cell, "secretariat in six countries", "",
             *cell, "secretariat in ten countries", "",
             "1.3 Text after the table that closes the section of the programme plan for 2027."]
    text = tmp_path / "text.txt"
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    paragraphs = to_dict(read(text))["paragraphs"]
    assert [p["number"] for p in paragraphs] == ["1.1", "1.2", "1.3"]
    assert paragraphs[0]["text"].endswith("at its next session.")


def test_a_word_joined_at_a_line_end_gets_back_the_hyphen_the_document_prints() -> None:
    """pdftotext's default mode joins "conflict-" / "related" as "conflictrelated":
    the document prints "conflict-related" elsewhere, so the hyphen goes back; a
    word it never prints hyphenated ("cooperation") stays solid."""
    lines = _lines("1.1 Missions have access to a policy on conflictrelated sexual violence and",
                   "on cooperation.", "1.2 Training on conflict-related sexual violence.")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got == ["1.1 Missions have access to a policy on conflict-related sexual violence and",
                   "on cooperation.", "1.2 Training on conflict-related sexual violence."]


def test_labels_printed_together_a_line_each_take_the_waiting_row_then_the_rows_after() -> None:
    """A row printed before its label ("Geneva") waits; the labels printed together
    after it, short place names among numbered items, are a label a line: as many
    as that row and the rows after them, they take them in order."""
    lines = _lines("Table 1.1", "Title", "Category", "2025", "planned", "2026", "planned", "",
                   "34. Bulletin", "", "5", "", "5", "", "35. Summary records", "", "6", "", "6", "",
                   "36. Journal of the United Nations", "", "7", "", "7", "", "1", "", "1", "",
                   "Geneva", "37. Annual calendar of conferences and meetings in Geneva", "Vienna",
                   "38. Annual calendar of conferences and meetings in Vienna",
                   "39. Daily programme of meetings of intergovernmental bodies", "", "2", "", "2",
                   "", "252", "", "252", "", "3", "", "3", "", "251", "", "251")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-6:] == ["36. Journal of the United Nations  7  7", "Geneva  1  1",
                        "37. Annual calendar of conferences and meetings in Geneva  2  2",
                        "Vienna  252  252",
                        "38. Annual calendar of conferences and meetings in Vienna  3  3",
                        "39. Daily programme of meetings of intergovernmental bodies  251  251"]


def test_an_enumerator_on_a_line_of_its_own_goes_before_its_label() -> None:
    """mutool prints an item's number as a line of its own ("1.", then the label and
    its values): the number goes back before the label."""
    lines = _lines("Table 1.1", "Title", "Category and subcategory", "2025", "planned", "2026",
                   "planned", "", "Parliamentary documentation (number of documents)  3  4", "",
                   "1.", "Notes on the programme of work  1  2", "", "2.",
                   "Procedural notes for the Chair  2  2")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-2:] == ["1. Notes on the programme of work  1  2",
                        "2. Procedural notes for the Chair  2  2"]


_FULL = "作为可持续城市化和人类住区的协调中心人居署将继续监测和报告全球趋势"


def test_margin_numbers_printed_among_and_after_the_text_go_before_their_paragraphs() -> None:
    """A page whose margin numbers come out as blocks out of order (one before the
    text, the others after it) gives them, in the order of the series, to the
    paragraphs opening on the page."""
    lines = paged(("15.1 为了更好地满足会员国的需求。",),
                   ("15.2", "", _FULL, "中心。", "15.4", "", _FULL, _FULL, "能力。", _FULL, "完。", "",
                    "15.3"))
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[1:] == [f"15.2 {_FULL}", "中心。", f"15.3 {_FULL}", _FULL, "能力。", f"15.4 {_FULL}",
                       "完。"]


def test_a_margin_block_short_of_sure_openings_takes_the_first_line_and_a_weak_one() -> None:
    """Numbers printed together before a page whose paragraphs are not all parted by
    a short line ending a sentence: the page's first line opens one (the page
    before ended its sentence), and a line after a line stopping short another."""
    lines = paged(("15.1 为了更好地满足会员国的需求。",),
                   ("15.2", "15.3", "15.4", "", "第四编 国际合作", "", _FULL, "中心。", _FULL,
                    "以及区域部长级会议", _FULL, "完。"))
    got = _texts(restack(lines, ["第四编 国际合作"], vocabulary("zh")))
    assert got[2:] == [f"15.2 {_FULL}", "中心。", f"15.3 {_FULL}", "以及区域部长级会议",
                       f"15.4 {_FULL}", "完。"]


def test_numbers_printed_in_order_right_before_text_are_left_to_the_block_rules() -> None:
    """Numbers in order, one printed right before a text line, are no margin printed
    apart (though two others stand together): a heading-like line under a heading
    does not take a number from the paragraph it was printed beside."""
    lines = paged(("1.1 The programme serves Member States.",),
                   ("1.2", "", "In response to the results of the evaluation referenced above, a",
                    "recommendation was made.", "", "Programme of work", "Subprogramme 1",
                    "Enterprise resource planning solution, services to the Fifth Committee of",
                    "the General Assembly", "Objective", "1.3", "", "1.4", "",
                    "The objective, to which this component contributes, is to improve the",
                    "management of resources.", "Strategy",
                    "To contribute to the objective, the component will support the work of",
                    "the Organization."))
    got = _texts(restack(lines, [], vocabulary("en")))
    assert "1.2 In response to the results of the evaluation referenced above, a" in got


def test_a_margin_number_printed_above_a_heading_goes_to_the_paragraph_under_it() -> None:
    """The next paragraph number printed as a block of its own right above a short
    heading numbers the paragraph after the heading, not the heading."""
    lines = paged(("15.66 为了更好地满足会员国的需求。",),
                   ("15.67", "", "目标", "本次级方案促进实现的目标是加强城市危机的预防和应对。"))
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got == ["15.66 为了更好地满足会员国的需求。", "目标",
                   "15.67 本次级方案促进实现的目标是加强城市危机的预防和应对。"]


def test_margin_numbers_printed_after_a_table_go_to_the_text_after_it() -> None:
    """A page's block of margin numbers printed after a table (its caption on the
    page) takes the paragraphs after the table, not lines of the table."""
    lines = paged(("15.81 为了更好地满足会员国的需求。",),
                   ("表 15.11", "总表：按职类和职等列示的拟议员额", "(员额数目)", "职类和职等",
                    "2023 年核定", "2024 年拟议", "", "专业及以上职类", "", "USG", "1", "1", "",
                    "D-2", "1", "1", "", "15.82", "15.83", "", _FULL, "中心。", _FULL, "完。"))
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[-4:] == [f"15.82 {_FULL}", "中心。", f"15.83 {_FULL}", "完。"]


def test_value_columns_printed_after_rows_of_the_first_columns_go_on_those_rows() -> None:
    """A page printing a table's first columns a row per block and its last columns
    a column per block (Chromium's pages): the columns' lines, band after band,
    go on at the ends of the rows printed before them, in order."""
    lines = _lines("表 1.1", "标题", "(员额数目)", "职类和职等 2022 年核定 2023 年核定 技术调整",
                   "USG", "1", "1", "—", "", "D-2", "1", "1", "—", "", "D-1", "4", "5", "—", "",
                   "小计", "6", "7", "—", "", "LL", "2", "2", "—", "", "变动", "其他 2024 年拟议",
                   "—", "—", "—", "", "1", "1", "5", "", "—", "—", "", "7", "2")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[4:9] == ["USG  1  1  —  —  1", "D-2  1  1  —  —  1", "D-1  4  5  —  —  5",
                        "小计  6  7  —  —  7", "LL  2  2  —  —  2"]


def test_a_single_group_of_value_columns_is_read_as_columns_as_wide_as_the_other_rows() -> None:
    """Value columns printed one after another, a block each, with no years naming
    the columns: they are as many as the values each other row of the table holds
    (a run printed a row a block would be as long as that)."""
    lines = _lines("表 1.1", "标题", "类别和次类别", "B. 生成和转让知识", "甲项目", "乙项目", "丙项目", "",
                   "计划 实际", "1", "2", "3", "", "4", "5", "6", "", "丁项目", "7", "8", "", "戊项目",
                   "9", "9")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[4:7] == ["甲项目  1  4", "乙项目  2  5", "丙项目  3  6"]
    assert got[-2:] == ["丁项目  7  8", "戊项目  9  9"]


_HEADER_BELOW = ("表 1.1", "标题", "(千美元)", "组成部分/次级方案", "A. 决策机关", "", "2022 年", "",
                 "2023 年", "", "支出", "", "估计", "", "1.0", "", "2.0", "", "B. 行政领导和管理",
                 "3.0", "4.0", "", "组成部分/次级方案", "共计", "", "2022 年", "", "2023 年", "", "4.0",
                 "", "支出", "", "估计", "", "6.0")


def test_a_first_label_printed_above_the_header_is_written_after_it() -> None:
    """The first row's label printed above the header's lines, its values after
    them: the row is written after the header, where the table reader expects it."""
    got = _texts(restack(_lines(*_HEADER_BELOW), [], vocabulary("zh")))
    assert got[3:10] == ["组成部分/次级方案", "2022 年", "2023 年", "支出", "估计", "A. 决策机关  1.0  2.0",
                         "B. 行政领导和管理  3.0  4.0"]


def test_a_last_row_printed_among_the_repeated_header_takes_its_own_values() -> None:
    """The last label, printed on a later page above the repeated header among whose
    lines its values come out, takes those values (not a row waiting for labels)."""
    got = _texts(restack(_lines(*_HEADER_BELOW), [], vocabulary("zh")))
    assert "共计  4.0  6.0" in got


def test_labels_as_many_as_the_rows_waiting_and_the_next_run_take_them_in_order() -> None:
    """Labels printed together after rows waiting for them, then a run of rows: as
    many labels as both, the waiting rows go to the first labels and the run's
    rows to the last, in order."""
    lines = _lines("Table 1.1", "Title", "Category", "2025", "planned", "2026", "planned", "",
                   "1. Alpha", "1", "1", "", "2", "2", "", "3", "3", "", "2. Beta", "3. Gamma",
                   "4. Delta", "5. Epsilon", "", "4", "4", "", "5", "5", "", "6. Zeta", "6", "6",
                   "", "7. Eta", "7", "7")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-7:-2] == ["1. Alpha  1  1", "2. Beta  2  2", "3. Gamma  3  3", "4. Delta  4  4",
                          "5. Epsilon  5  5"]


def test_a_block_of_two_values_in_a_run_of_one_a_block_is_one_column_down() -> None:
    """In a run printed a value a block, two values in one block are one column's
    cells of two rows: the second goes to the same place in the next row."""
    lines = _lines("Table 1.1", "Title", "Category", "2024", "", "2025", "", "2026", "", "1. Alpha",
                   "2. Beta", "", "1", "", "2", "", "3", "9", "", "4", "", "5", "", "3. Gamma", "",
                   "7", "", "8", "", "6", "", "4. Delta", "", "1", "", "1", "", "1")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-4:-2] == ["1. Alpha  1  2  3", "2. Beta  4  5  9"]


def test_a_label_heading_and_section_printed_after_the_rows_go_before_them() -> None:
    """The label column's heading and the table's first section printed after its
    last values (a footnote mark after them): the heading goes after the title,
    the section before the first row."""
    lines = _lines("Table A.1", "Subprogramme 1: deliverables for the period 2025–2026",
                   "2025", "planned", "", "2025", "actual", "", "2026", "planned", "",
                   "Field and technical cooperation projects (number of projects)", "", "7", "",
                   "13", "", "7", "", "1. Projects on urban heritage", "", "1", "", "1", "", "1",
                   "", "2. Projects on planning laws", "", "6", "", "12", "", "6", "",
                   "Category and subcategory", "", "B. Generation and transfer of knowledge", "",
                   "a")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[2] == "Category and subcategory"
    assert got[9:11] == ["B. Generation and transfer of knowledge",
                         "Field and technical cooperation projects (number of projects)  7  13  7"]


@pytest.mark.parametrize("after", [["C. Substantive deliverables", "Consultation and advice."],
                                   ["Meetings of:", "C. Substantive deliverables"]],
                         ids=["next-section", "list-introduction"])
def test_a_label_heading_and_section_printed_before_the_rest_of_the_column_go_first(
        after: list[str]) -> None:
    """The label column's heading and first section printed after the last values,
    the column's next section or a list introduction after them: the heading and
    the section go first all the same (the rest holds no values and stays)."""
    lines = _lines("Table A.1", "Subprogramme 1: deliverables for the period 2025–2026",
                   "2025", "planned", "", "2025", "actual", "", "2026", "planned", "",
                   "Field and technical cooperation projects (number of projects)", "", "7", "",
                   "13", "", "7", "", "1. Projects on urban heritage", "", "1", "", "1", "", "1",
                   "", "Category and subcategory", "", "B. Generation and transfer of knowledge",
                   "", *after)
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[2] == "Category and subcategory"
    assert got[9:11] == ["B. Generation and transfer of knowledge",
                         "Field and technical cooperation projects (number of projects)  7  13  7"]
    assert got[-2:] == after


def _between_bands(*after: str) -> list[PlainLine]:
    """A deliverables table printed by the default mode over two pages: the first
    page's labels and values, then the label column's heading and first section,
    then ``after`` and the next page's values."""
    return _lines("Table A.1", "Subprogramme 1: deliverables for the period 2025–2026",
                  "2025", "planned", "", "2026", "planned", "",
                  "Parliamentary documentation (number of documents)", "", "4", "", "3", "",
                  "1. Reports to the General Assembly", "", "4", "", "3", "",
                  "Category and subcategory", "",
                  "A. Facilitation of the intergovernmental process and expert bodies", "",
                  *after, "", "1", "", "1")


def test_a_label_heading_and_section_printed_between_two_bands_of_values_go_first() -> None:
    """The label column's heading and first section printed after the first page's
    values, more values after them (the next page): they go first all the same."""
    got = _texts(restack(_between_bands("B. Generation and transfer of knowledge", "",
                                        "2. Notes on the economy"), [], vocabulary("en")))
    assert got[2] == "Category and subcategory"
    assert got[7:9] == ["A. Facilitation of the intergovernmental process and expert bodies",
                        "Parliamentary documentation (number of documents)  4  3"]


def test_a_label_heading_and_section_between_bands_before_a_numbered_label_stay() -> None:
    """Between two bands of values, a numbered row label after them (which reads
    like a footnote) is the next row's: the heading and the section stay."""
    got = _texts(restack(_between_bands("2. Reports of the Committee on the Rights of the Child"),
                         [], vocabulary("en")))
    assert got[2] != "Category and subcategory"


def test_a_label_heading_and_section_before_a_row_label_stay_where_printed() -> None:
    """A row label after them is the first row's, printed apart from its values: the
    heading and the section are not moved before the values."""
    lines = _lines("Table A.1", "Subprogramme 1: deliverables for the period 2025–2026",
                   "2025", "planned", "", "2025", "actual", "", "2026", "planned", "",
                   "3", "", "3", "", "3", "", "1. The Fifth Committee", "", "1", "", "1", "", "1",
                   "", "Category and subcategory", "", "A. Facilitation of the intergovernmental"
                   " process and expert bodies", "",
                   "Substantive services for meetings (number of three-hour meetings)")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[2] != "Category and subcategory"


def test_the_rest_of_each_row_printed_as_a_block_after_the_first_columns_goes_on_its_row() -> None:
    """A page printing a table in two bands: the rows of the first columns, then the
    rest of each row as a block of its own (as many lines each, no blank line
    between): each block goes on at the end of its row."""
    lines = _lines("表 1.1", "标题", "(千美元)", "变动", "2022 年 2023 年", "员额", "1 2", "非员额", "3",
                   "4", "共计", "4 6", "", "变动", "其他 2024 年", "—", "— —", "2", "(1)", "1 1", "5",
                   "(1)", "1 1", "7")
    got = _texts(restack(lines, [], vocabulary("zh")))
    # the block under its own header at the page's foot may be read as a band
    # (``text_bands.page_bands``), its lines' values one space apart: the same cells
    assert [text.split() for text in got[5:8]] == [
        ["员额", "1", "2", "—", "—", "—", "2"], ["非员额", "3", "4", "(1)", "1", "1", "5"],
        ["共计", "4", "6", "(1)", "1", "1", "7"]]


def test_late_label_rests_and_missing_items_go_back_in_their_rows() -> None:
    """A label's wrapped rest and an item missing from the series ("3.", "5.": "4.")
    printed after the page's values go back: the rest before the values of the
    label whose line was full, the missing item before the second row printed
    after the item before it."""
    lines = _lines("表 1.1", "标题", "类别", "2022 年", "2023 年", "",
                   "2. 甲甲甲甲甲", "", "1", "", "1", "",
                   "3. 乙乙乙乙乙乙乙乙乙乙乙乙", "", "8", "", "9", "", "7", "", "7", "",
                   "5. 丙丙丙丙丙", "", "6", "", "5", "",
                   "乙乙的项目", "4. 丁丁丁丁丁丁丁丁丁丁丁丁", "丁的项目", "", "表 1.2", "正文")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[5:11] == ["2. 甲甲甲甲甲  1  1", "3. 乙乙乙乙乙乙乙乙乙乙乙乙", "乙乙的项目  8  9",
                         "4. 丁丁丁丁丁丁丁丁丁丁丁丁", "丁的项目  7  7", "5. 丙丙丙丙丙  6  5"]


def test_a_missing_item_printed_before_the_next_page_header_takes_its_row() -> None:
    """An item missing from the series ("9.", "11.": "10.") printed after the page's
    values, the next page's header after it: the item takes the second row printed
    after the item before it, and the header's lines are no label's rest."""
    head = ["2025", "planned", "2026", "planned"]
    first = _lines("Table 1.1", "Title", "Category", *head, "",
                   "9. Security Council and its sanctions committees and working groups", "",
                   "650", "", "700", "", "1 400", "", "1 350", "",
                   "11. Economic and Social Council and its subsidiary bodies and commissions",
                   "", "300", "", "250", "", "12. Other requesters", "", "470", "", "300", "",
                   "10. General Assembly and its Main Committees")
    second = [PlainLine(100 + k, text, 2) for k, text in enumerate([*head, "Geneva"])]
    lines = [*first, *second]
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[7:11] == [
        "9. Security Council and its sanctions committees and working groups  650  700",
        "10. General Assembly and its Main Committees  1 400  1 350",
        "11. Economic and Social Council and its subsidiary bodies and commissions  300  250",
        "12. Other requesters  470  300"]


def test_labels_at_the_foot_of_a_page_take_the_rows_waiting_there() -> None:
    """Labels printed at the foot of a page after rows waiting for them take those
    rows; the next page's first values, after its header, wait for labels printed
    later (not the label above the header)."""
    head = ("类别", "2022 年", "2023 年", "")
    lines = paged(("表 1.1", "标题", *head, "1", "", "1", "", "B. 生成和转让知识",
                    "外地和技术合作项目(项目数目)", ""),
                   (*head, "2", "", "2", "", "1. 甲", "", "3", "", "3", "",
                    "研讨会、讲习班和培训活动(天数)", "", "表 1.2", "正文"))
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert "外地和技术合作项目(项目数目)  1  1" in got
    assert "研讨会、讲习班和培训活动(天数)  2  2" in got


def test_footnotes_at_the_foot_of_a_page_are_no_rows() -> None:
    """Footnotes printed at the foot of a page a stacked table goes on past (a number
    alone, then its sentence) neither hold values nor take a row: they go after
    the table, a line each."""
    head = ("类别", "2022 年", "2023 年", "")
    lines = paged(("表 1.1", "标题", *head, "1", "", "1", "", "B. 生成和转让知识",
                    "外地和技术合作项目(项目数目)", "", "9", "", "某机构《2021 年报告》(2022 年)。",
                    "", "10", "", "某大会，第 5/5 号决议。", ""),
                   (*head, "2", "", "2", "", "1. 甲", "", "3", "", "3", "",
                    "研讨会、讲习班和培训活动(天数)", "", "表 1.2", "正文"))
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert "外地和技术合作项目(项目数目)  1  1" in got
    assert "研讨会、讲习班和培训活动(天数)  2  2" in got
    assert got[-4:-2] == ["9 某机构《2021 年报告》(2022 年)。", "10 某大会，第 5/5 号决议。"]


def test_a_label_rest_printed_after_a_known_late_label_goes_back() -> None:
    """The wrapped rest of the label whose values a block of late labels follows,
    printed after a known label that waits for its row ("研讨会…(天数)", its values
    printed first), goes back before those values; the known label keeps its
    place and takes the oldest row waiting."""
    lines = _lines("表 1.1", "标题", "类别", "2022 年", "2023 年", "", "31", "", "31", "",
                   "4. 甲甲甲甲", "", "12", "", "10", "", "5. " + "乙" * 16, "", "8", "", "9", "",
                   "11", "", "12", "", "研讨会、讲习班和培训活动(天数)", "乙的活动", "6. 丙丙丙丙", "",
                   "出版物(出版物数目)", "", "2", "", "2", "", "表 1.2", "正文")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[5:10] == ["4. 甲甲甲甲  12  10", "5. " + "乙" * 16, "乙的活动  8  9",
                         "研讨会、讲习班和培训活动(天数)  31  31", "6. 丙丙丙丙  11  12"]


def test_a_label_above_a_repeated_header_gets_its_rest_printed_after_its_values() -> None:
    """A label printed above the header repeated on a later page, its wrapped rest
    after the values of its row and the next (the block follows its values): the
    label and its rest go after the header, before its row; the next label takes
    the second row."""
    head = ("类别", "2022 年", "2023 年", "")
    lines = paged(("表 1.1", "标题", *head, "1. 甲甲甲", "", "5", "", "5", "", "2. 丁丁丁", "",
                    "6", "", "6", "", "3. 戊戊戊", "", "7", "", "7", ""),
                   ("类别", "4. " + "乙" * 16, *head[1:], "3", "", "3", "", "4", "", "4", "",
                    "乙的材料", "5. 丙丙丙丙", "", "表 1.2", "正文"))
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[-5:-2] == ["4. " + "乙" * 16, "乙的材料  3  3", "5. 丙丙丙丙  4  4"]


def test_a_label_ending_a_page_goes_after_the_next_page_header_before_its_rest() -> None:
    """An enumerated label ending a page, its line full, whose rest opens the next
    page after the header repeated there, goes after that header, right before
    its rest (its values were printed before it, waiting)."""
    head = ("类别", "2022 年", "2023 年", "")
    lines = paged(("表 1.1", "标题", *head, "1. " + "甲" * 16, "甲的项目", "", "5", "", "5", "",
                    "2. 丁丁丁", "", "6", "", "6", "", "7", "", "7", "", "3. " + "乙" * 16, ""),
                   ("类别和次类别", *head[1:], "乙的项目", "4. 丙丙丙丙", "", "8", "", "8", "",
                    "表 1.2", "正文"))
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[-5:-2] == ["3. " + "乙" * 16, "乙的项目  7  7", "4. 丙丙丙丙  8  8"]


def test_values_printed_after_a_margin_number_go_before_its_paragraph() -> None:
    """The next paragraph number alone, then a table's last values, then a full
    line of text on the same page: the values come first (the table's), the
    number opens the text (the margin's number stood beside its first line)."""
    lines = _lines("15.92 上一段。", "", "共计", "", "15.93", "", "718.4", "", "718.4", "",
                   "2024 年拟议经常预算资源为 718 400 美元，与 2023 年批款相比没有变化。关于",
                   "资源分配的其他详情见表。")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[2:] == ["718.4", "718.4", "15.93 2024 年拟议经常预算资源为 718 400 美元，与 2023 "
                       "年批款相比没有变化。关于", "资源分配的其他详情见表。"]


def test_a_group_heading_after_a_row_of_words_is_no_rest_of_its_label() -> None:
    """A line of words after a row's values, another label after it, is no rest of
    that row's label (words wrap short of the column: its line's width says
    nothing), though the label's line leaves no room for its first word."""
    lines = _lines("Table 1.1", "Title", "Category", "2025", "planned", "2026", "planned", "",
                   "1. Handbook on the Management of Population and", "Housing Censuses", "1", "1",
                   "", "2. Handbook on Geospatial Infrastructure in Support", "1", "1", "",
                   "Publications on environment statistics", "", "3. Electricity Profiles", "2", "2")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert got[-3:] == ["2. Handbook on Geospatial Infrastructure in Support  1  1",
                        "Publications on environment statistics", "3. Electricity Profiles  2  2"]


_ENDED = "作为可持续城市化和人类住区的协调中心人居署将继续监测和报告全球趋势。"
_OTHER = "下述业绩计量说明实现这一目标的进展情况以及今后工作的重点和方向安排"


def test_a_reference_wrapped_to_a_line_start_is_no_last_paragraph_number() -> None:
    """An earlier number of the series opening a line ("15.1 段…", a reference
    wrapped to the line's start) does not set the numbering back: the next page's
    margin numbers follow the last paragraph's."""
    lines = paged(("15.2 为了更好地满足会员国的需求，第", "15.1 段解释了原因。"),
                   ("15.3", "", "15.4", "", "预算外资源", _FULL, _FULL, _ENDED, _FULL, "中心。", "",
                    "15.5", "", _FULL, "完。"))
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert f"15.4 {_FULL}" in got and f"15.5 {_FULL}" in got


def test_margin_numbers_partly_printed_together_are_the_pages_margin() -> None:
    """Two numbers printed together before the text and the next one printed right
    before its paragraph, all in order: the first two go to the page's first
    paragraphs (the second to a line after a full line ending a sentence), the
    third to its own."""
    lines = paged(("15.1 为了更好地满足会员国的需求。",),
                   ("15.2", "", "15.3", "", "第四编 国际合作", "", "预算外资源", _FULL, _FULL, _ENDED,
                    _FULL, "中心。", "", "15.4", "", _FULL, "完。"))
    got = _texts(restack(lines, ["第四编 国际合作"], vocabulary("zh")))
    assert [t[:5] for t in got if t.startswith("15.")] == ["15.1 ", "15.2 ", "15.3 ", "15.4 "]


def test_a_footnotes_full_line_goes_on_in_the_block_after_it() -> None:
    """A footnote's full line without a sentence end goes on in the next block (the
    mode sets the footnote's last line apart): that rest opens no paragraph."""
    note = "6 国际能源署，Empowering Cities for a Net Zero Future: Unlocking Resilient Smart"
    lines = paged(("15.1 为了更好地满足会员国的需求。",),
                   ("15.2", "15.3", "", _FULL, "中心。", "", note, "", "(2021)。", "", _FULL, "完。"))
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[1:] == [f"15.2 {_FULL}", "中心。", note, "(2021)。", f"15.3 {_FULL}", "完。"]


def test_pieces_of_a_line_broken_at_a_footnote_call_open_no_paragraph() -> None:
    """A printed line broken at a footnote's call (its pieces short, the call a line
    of its own, the sentence left open above each) opens no paragraph at its
    pieces: the margin's number goes to a line after a sentence's end."""
    lines = paged(("15.1 为了更好地满足会员国的需求。",),
                   ("15.2", "15.3", "15.4", "", _FULL, "中心。", "城市是环境和能源挑战的热点，占",
                    "60%至 80%、全球温室气体的", "6", _FULL, _ENDED, _OTHER, "完。"))
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert [t for t in got if t.startswith("15.")] == [
        "15.1 为了更好地满足会员国的需求。", f"15.2 {_FULL}", "15.3 城市是环境和能源挑战的热点，占",
        f"15.4 {_OTHER}"]


def test_a_table_going_on_at_a_pages_top_opens_no_paragraph() -> None:
    """The rows at the top of a page that a table (its caption on the page before)
    goes on in open no paragraph, not even after a lettered group heading: the
    margin's numbers go to the paragraphs after the table."""
    lines = paged(("15.1 为了更好地满足会员国的需求。", "表 15.5", "应交付产出", "类别和次类别",
                    "A. 促进政府间进程", "1", "1"),
                   ("类别和次类别", "D. 信息传播方面的应交付产出", _ENDED, "区和贫民窟的全球行动计划。", "",
                    "15.2", "15.3", "", "预算外资源", _FULL, _ENDED, _OTHER, "完。"))
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert [t for t in got if t.startswith("15.")][1:] == [f"15.2 {_FULL}", f"15.3 {_OTHER}"]


def test_a_paragraph_between_two_tables_takes_its_margin_number() -> None:
    """A full line of plain text in a block of its own after a table's values opens
    the paragraph between that table and the next: the page's margin number goes
    to it."""
    lines = paged(("15.1 为了更好地满足会员国的需求。",),
                   ("15.2", "15.3", "", _FULL, "中心。", "表 15.5", "遵守率", "(百分比)", "及时提交材料",
                    "2020 年实际 2021 年实际", "97", "95", "", _FULL, "资源分配的其他详情见表。",
                    "表 15.6", "标题", "(千美元)", "支出用途", "员额", "1", "2"))
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert f"15.3 {_FULL}" in got


def test_a_line_printed_right_before_a_margin_number_is_a_heading() -> None:
    """A line left open (no sentence end, no list's introduction) printed right
    before a margin number is a heading over the number's paragraph, not a
    paragraph's first line: the numbers printed together at the page's top go to
    the page's first paragraphs."""
    text = ("The biennial general cooperation meetings present a platform for ongoing",
            "development of relations between the two organizations and their partners.")
    lines = paged(("1.1 The programme serves Member States.",),
                   ("1.2", "", "1.3", "", "To contribute to the objective, the subprogramme will:",
                    "(a)", "", "Identify areas of work of joint interest;", "",
                    "The above-mentioned work is expected to result in:", "(a)", "",
                    "Improved coordination with the partners.", "", "Programme performance in 2024",
                    "Enhanced strategic dialogue between the regional organization and the United",
                    "1.4", "", *text, "", "1.5", "",
                    "Progress towards the objective is presented in the performance measure below."))
    got = _texts(restack(lines, [], vocabulary("en")))
    assert [t[:12] for t in got if t[:2] == "1."] == [
        "1.1 The prog", "1.2 To contr", "1.3 The abov", "1.4 The bien", "1.5 Progress"]


def test_margin_numbers_printed_together_after_one_apart_from_its_text() -> None:
    """The next number printed apart from its paragraph (lines of a table's end
    between), and the two after it printed together: the page's margin printed as
    blocks, each number going to a paragraph opening on the page, in order."""
    lines = paged(("15.1 为了更好地满足会员国的需求。",),
                   ("15.2", "", "共", "计", "", _FULL, "中心。", "", "15.3", "15.4", "", "预算外资源",
                    _OTHER, "资源。", _ENDED, "少。"))
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert [t[:8] for t in got if t[:3] == "15."] == [
        "15.1 为了更", f"15.2 {_FULL[:3]}", f"15.3 {_OTHER[:3]}", f"15.4 {_ENDED[:3]}"]


def test_a_reference_wrapped_to_a_line_start_on_a_margin_page_numbers_nothing() -> None:
    """A page printing its margin numbers together is read so though a line of its
    text opens with an earlier paragraph number (a reference wrapped there)."""
    lines = paged(("15.2 为了更好地满足会员国的需求。",),
                   ("15.3", "15.4", "", _FULL, "中心。", "", "关于资源分配的其他详情和原因见第 15.1 和",
                    "15.2 段。", _OTHER, "完。"))
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert [t[:8] for t in got if t[:3] == "15."] == [
        "15.2 为了更", f"15.3 {_FULL[:3]}", "15.2 段。", f"15.4 {_OTHER[:3]}"]


def test_a_footnote_opening_a_page_opens_no_paragraph() -> None:
    """A footnote the page above called, printed first on the page, and the rest of
    its full line in the next block open no paragraph: the page's margin numbers
    go to its paragraphs."""
    note = "4 M. McAuliffe and A. Triandafyllidou (eds.), World Migration Report 2022 (IOM,"
    lines = paged(("15.1 为了更好地满足会员国的需求。",),
                   (note, "", "Geneva, 2021).", "", "15.2", "15.3", "", _FULL, _ENDED, _OTHER, "完。"))
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert [t[:8] for t in got if t[:3] == "15."] == [
        "15.1 为了更", f"15.2 {_FULL[:3]}", f"15.3 {_OTHER[:3]}"]


def test_a_label_rest_printed_among_late_labels_goes_to_the_full_label() -> None:
    """The wrapped rest of a label printed with its values ("4.", its line full),
    printed among the labels that follow a page's values after a label ending
    short (room left for its first word), goes back after that label's line; the
    late labels take the rows waiting, one each."""
    lines = _lines("表 1.1", "标题", "类别", "2022 年", "2023 年", "",
                   "1", "", "2", "", "3", "", "4", "", "5", "", "6", "",
                   "4. " + "乙" * 16, "", "8", "", "9", "",
                   "1. 甲甲甲", "2. " + "丙" * 16, "丙的项目", "3. 戊戊戊戊戊", "乙的活动",
                   "5. 丁丁丁丁", "", "6", "", "5", "", "表 1.2", "正文")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[5:12] == ["4. " + "乙" * 16, "乙的活动  8  9", "1. 甲甲甲  1  2",
                         "2. " + "丙" * 16, "丙的项目  3  4", "3. 戊戊戊戊戊  5  6",
                         "5. 丁丁丁丁  6  5"]


def test_header_lines_printed_among_a_row_s_values_go_back_in_the_header() -> None:
    """A header's line printed on every page of a table ("(百分比)", a wrapped
    heading's last line), printed after a page's first row's values, goes back
    after the header's first lines on that page, with one printed between that
    row's label and its first value ("(千)"): the row keeps its label and values.
    (A label printed above the header's first lines takes the values among them.)"""
    head = ("组成部分", "2022 年", "2023 年", "变动", "")
    lines = paged(("表 1.1", "标题", *head, "A. 甲甲甲", "(千)", "", "1", "", "2", "", "(百分比)",
                    "3", ""),
                   (*head, "B. 乙乙乙", "(千)", "", "4", "", "5", "", "(百分比)", "6", "",
                    "C. 丙丙丙", "", "7", "", "8", "", "9", "", "表 1.2", "正文"))
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[6:9] == ["(千)", "(百分比)", "A. 甲甲甲  1  2  3"]
    assert got[13:17] == ["(千)", "(百分比)", "B. 乙乙乙  4  5  6", "C. 丙丙丙  7  8  9"]


def test_a_negative_figure_broken_before_its_closing_parenthesis_is_one_value() -> None:
    """A negative figure broken in a narrow column ("(2", then ")" alone) is one
    value of its row."""
    lines = _lines("表 1.1", "标题", "类别", "2022 年", "2023 年", "变动", "",
                   "1. 甲甲", "", "5", "", "7", "", "(2", ")", "", "2. 乙乙", "", "4", "", "3", "",
                   "1", "", "表 1.2", "正文")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[6:8] == ["1. 甲甲  5  7  (2)", "2. 乙乙  4  3  1"]


def test_a_table_s_last_values_printed_after_its_labels_go_where_the_sums_say() -> None:
    """A value printed in a block of its own after the table's last labels, as many
    as a run of rows waiting lacks of whole rows, goes in that run where it makes
    the subtotal below the sum of its rows."""
    lines = _lines("表 1.1", "标题", "类别", "2022 年", "2023 年", "变动", "",
                   "A. 甲组", "", "10", "", "20", "", "30", "",
                   "20", "", "22", "", "25", "", "26", "", "1", "",
                   "3. 丙丙", "", "5", "", "6", "", "1", "",
                   "小计 (B)", "", "50", "", "54", "", "4", "",
                   "D. 丁组", "", "8", "", "9", "", "—", "",
                   "B. 乙组", "1. 甲甲", "2. 乙乙", "", "2", "", "表 1.2", "正文")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[-4:-2] == ["1. 甲甲  20  22  2", "2. 乙乙  25  26  1"]


def test_labels_printed_together_above_rows_of_a_blank_cell_take_one_each() -> None:
    """Labels printed together above a run of values holding one row fewer than
    the column count each (a blank first cell: staff rows under a financial
    table) take a row each, as many as they are."""
    lines = _lines("表 1.1", "标题", "类别", "2022 年", "2023 年", "变动", "2024 年", "",
                   "员额", "", "10", "", "20", "", "—", "", "20", "",
                   "非员额", "", "1", "", "2", "", "1", "", "3", "",
                   "共计", "", "11", "", "22", "", "1", "", "23", "",
                   "按职类列示的员额资源", "专业及以上职类", "一般事务及有关职类", "共计", "",
                   "5", "", "—", "", "5", "", "2", "", "—", "", "2", "", "7", "", "—", "", "7", "",
                   "表 1.2", "正文")
    got = _texts(restack(lines, [], vocabulary("zh")))
    assert got[10:14] == ["按职类列示的员额资源", "专业及以上职类  5  —  5", "一般事务及有关职类  2  —  2",
                          "共计  7  —  7"]


@pytest.mark.parametrize("sizes", [[1], [2, 1], [1, 1, 1], [3, 2, 2]])
def test_the_ways_of_dealing_late_values_are_counted_as_dealt(sizes: list[int]) -> None:
    """The count that caps the search over late values (``_MOST_SPLITS``) is the
    number of deals it would try; a table of many short runs (nine lacking one value
    each: 9! deals) is past the cap and keeps its values where printed."""
    assert _ways(sizes) == len(_splits(list(range(sum(sizes))), sizes))
    assert _ways([1] * 9) > _MOST_SPLITS >= _ways([2, 1, 1])


def test_an_enumerated_label_printed_with_its_rows_first_value_amid_values_is_parted() -> None:
    """"2. Beta 4" amid value lines, two values after it (one short of a row of
    three): the label's line carries its row's first value; "2. Manual, Rev. 4"
    with a whole row after it ends in a number of its own."""
    head = ("Table 1.1", "Title", "Category", "2025", "planned", "2026", "planned", "2027",
            "planned", "")
    glued = _lines(*head, "1. Alpha", "1", "2", "3", "2. Beta 4", "5", "6", "", "3. Gamma",
                   "7", "8", "9")
    assert _texts(restack(glued, [], vocabulary("en")))[-3:] == [
        "1. Alpha  1  2  3", "2. Beta  4  5  6", "3. Gamma  7  8  9"]
    own = _lines(*head, "1. Alpha", "1", "2", "3", "2. Manual, Rev. 4", "5", "6", "7", "",
                 "3. Gamma", "7", "8", "9")
    assert _texts(restack(own, [], vocabulary("en")))[-2] == "2. Manual, Rev. 4  5  6  7"


def _late_value_table() -> tuple[list[PlainLine], list[list[str] | None], int]:
    """Runs of four columns under a total, the last run one value short (printed
    after the labels), its second row's first value printed with a label's middle
    line (the line number returned)."""
    runs = [["7", "9", "8", "9"], ["1", "1", "2", "1"], ["1", "1", "1", "2"], ["1", "2", "1", "1"],
            ["2", "2", "1", "2", "1", "1", "2", "2", "1", "2", "1"]]
    texts: list[str] = []
    for k, run in enumerate(runs, 1):
        texts += [f"{k}. 标签", *run]
    texts += ["尾标签", "1"]
    body = _lines(*texts)
    alone = [None if "标签" in ln.text else [ln.text] for ln in body]
    return body, alone, body[-9].no


def test_a_late_value_keeps_a_middle_lines_value_opening_its_row() -> None:
    """The value printed after the labels goes where the sums say among the places
    that keep the value printed with a label's middle line first in its row."""
    body, alone, middle = _late_value_table()
    _, placed = leftovers_placed(body, alone, 4, {middle})
    assert [v for vals in placed if vals for v in vals][-12:] == [
        "2", "2", "1", "2", "1", "1", "2", "2", "1", "2", "1", "1"]


def test_a_late_value_placed_keeps_the_lines_of_the_run() -> None:
    """The run the late value joins keeps its lines (a middle line's value stays on
    its line, where the label's text goes back from)."""
    body, alone, middle = _late_value_table()
    lines, placed = leftovers_placed(body, alone, 4, {middle})
    at = next(k for k, ln in enumerate(lines) if ln.no == middle)
    assert placed[at] == ["1"]


def test_a_label_line_alone_is_measured_by_the_label_column_not_by_prose() -> None:
    """An enumerated label's first line, a blank line before its last (its middle
    line printed with the values), is as full as the label column's wrapped first
    lines: it ends no label though prose printed after the table is wider."""
    labels = _lines("3. 关于甲乙丙丁戊己庚辛壬癸的技术", "", "材料", "4. 关于子丑寅卯辰巳午未申酉的技术",
                    "材料和工具", "", "C. 实质性应交付产出",
                    "协商、咨询和倡导：就甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥的事项提供咨询服务。")
    ends = [ln.text for ln in label_ends(labels, vocabulary("zh"))]
    assert "3. 关于甲乙丙丁戊己庚辛壬癸的技术" not in ends and "材料" in ends


def test_a_paragraph_number_printed_over_a_table_header_opens_the_text_after_the_rows() -> None:
    prose = ["The office kept its rules on travel too.", "It goes on with a line as wide as that.",
             "And a third line of the same width here.", "Then the last of them ends this thought."]
    lines = _lines(f"4.11 {prose[0]}", *prose[1:], "Table 4.3", "Compliance rate", "(Percentage)",
                   "", "4.12", "", "2025", "", "2026", "", "actual", "", "planned", "",
                   "Documents on time", "", "90", "", "100", "", "Tickets bought early", "", "40",
                   "", "100", "", "Resources proposed come to 1 200 300 dollars", "as before.")
    got = _texts(restack(lines, [], vocabulary("en")))
    assert "4.12" not in got
    assert got[-2:] == ["4.12 Resources proposed come to 1 200 300 dollars", "as before."]


def test_a_paragraph_number_over_a_table_header_keeps_its_place_without_text_on_its_page() -> None:
    prose = ["The office kept its rules on travel too.", "It goes on with a line as wide as that.",
             "And a third line of the same width here.", "Then the last of them ends this thought."]
    lines = [*_lines(f"4.11 {prose[0]}", *prose[1:], "Table 4.3", "Compliance rate", "", "4.12",
                     "", "2025", "", "2026", "", "Documents on time", "", "90", "", "100"),
             PlainLine(30, "Resources proposed come to 1 200 300 dollars", 2)]
    got = _texts(restack(lines, [], vocabulary("en")))
    assert "4.12" in got
    assert got[-1] == "Resources proposed come to 1 200 300 dollars"


def test_a_paragraph_number_over_the_tables_lines_of_a_later_page_opens_the_text_after_them(
        ) -> None:
    """A table crossing a page, its rows printed before it on the page before: the
    number printed before the table's lines of its own page still opens the first
    full line of text after the rows (only that page's lines before it are asked
    for values)."""
    prose = ["The office kept its rules on travel too.", "It goes on with a line as wide as that.",
             "And a third line of the same width here.", "Then the last of them ends this thought."]
    lines = paged((f"4.11 {prose[0]}", *prose[1:], "Table 4.3", "Compliance rate", "(Percentage)",
                   "", "2025", "", "2026", "", "actual", "", "planned", "", "Documents on time", "",
                   "90", "", "100", ""),
                  ("4.12", "", "Tickets bought early", "", "40", "", "100", "",
                   "Resources proposed come to 1 200 300 dollars", "as before."))
    got = _texts(restack(lines, [], vocabulary("en")))
    assert "4.12" not in got
    assert got[-2:] == ["4.12 Resources proposed come to 1 200 300 dollars", "as before."]


def test_a_list_introduction_after_values_is_no_wrapped_rest() -> None:
    """A label line ending in the edition's list introduction ("Meetings of:"), printed
    after a row's values, introduces the rows below it: it is no wrapped rest of the
    long enumerated label above printed full (as a word processor's text prints each
    cell on a line, a tab after the item's number), and stays where it is."""
    lines = _lines(
        "Table 1.1", "Title", "Category and subcategory", "2024 planned", "2024 actual",
        "2025 planned", "2026 planned", "",
        "A.\tSupport to the intergovernmental process and to the expert bodies",
        "Parliamentary documentation (number of documents)", "13", "13", "12", "12",
        "1.\tReports to the General Assembly", "1", "1", "1", "1",
        "2.\tReports and notes to the Council, including on the right to peace, regional"
        " cooperation, the Forum on Peace, the Working Group on the Right to Peace and the"
        " Expert Panel on the Right to Peace", "12", "12", "11", "11",
        "Substantive services for meetings (number of three-hour meetings)", "31", "31", "29",
        "29", "Meetings of:", "", "", "", "",
        "3.\tThe Council: thematic plenary panels on the right to peace, good governance and"
        " the environment", "3", "3", "3", "3",
        "4.\tThe Forum on Peace", "4", "4", "4", "4",
        "5.\tThe Working Group on the Right to Peace", "10", "10", "10", "10",
        "6.\tThe Expert Panel on the Right to Peace", "14", "14", "12", "12",
        "B.\tGeneration and transfer of knowledge", "", "", "", "",
        "Technical materials (number of materials)", "12", "12", "12", "12",
        "7.\tMethodological tools and training material on the right to peace", "8", "8", "8",
        "8", "8.\tResearch papers on the right to peace", "4", "4", "4", "4")
    got = _texts(restack(lines, [], vocabulary("en")))
    at = got.index("Meetings of:")
    assert got[at - 1].startswith("Substantive services for meetings")
    assert got[at + 1].startswith("3.\tThe Council")


# A page of paragraphs above a performance measure, and its header's years a block each.
_PARAGRAPHS = [f"1.{k} Lists of parts, of goods, of gears and of makers of tools are kept."
               for k in range(1, 7)]
_YEARS_APART = ["2023 (actual)", "", "2024 (actual)", "", "2025 (planned)", ""]


def test_a_cell_going_on_over_a_page_is_the_one_ending_with_no_clauses_end() -> None:
    """Where more cells end their page full than blocks go on under the header
    repeated on the next page, the cells go on whose last word the document never
    ends a clause with ("of"), as many as there are blocks."""
    lines = paged([*_PARAGRAPHS, "Table 1.1", "Performance measure", *_YEARS_APART,
                   "Widget makers", "registered in two", "areas", "",
                   "Widget makers", "registered in all", "regions and a list of", "",
                   "Widget makers in", "every region filed", "annual reports each"],
                  [*_YEARS_APART, "buyers of goods", "in the regions"])
    got = [" " * ln.indent + ln.text for ln in restack(lines, [], vocabulary("en"))]
    assert got[got.index("Table 1.1") + 3:] == [
        "Widget makers      Widget makers          Widget makers in",
                       "registered in two  registered in all      every region filed",
                       "areas              regions and a list of  annual reports each",
                       "                   buyers of goods",
                       "                   in the regions"]


def _measure_table(years: list[str]) -> list[PlainLine]:
    """A performance measure whose two last cells hold two paragraphs each, a block
    each (a blank line between), under the header's ``years``."""
    return paged(["1.1 The registry keeps lists of widget makers in the regions of the world.",
                  "Table 1.1", "Performance measure", "", *years, "", "–", "",
                  "Widget registry opened", "in two regions", "", "Makers filed", "reports", "",
                  "Widget registry opened", "in all regions", "", "Makers filed", "more reports",
                  "", "1.2 The registry will go on with its work."])


def test_more_paragraphs_than_cells_printed_in_the_cells_order_are_dealt_to_them() -> None:
    """The header's years one block (the page read in the order it is drawn): the
    blocks are the cells' paragraphs in order, worded alike cell for cell, and the
    row is laid out as one, though its longest cell holds a blank line."""
    lines = _measure_table(["2023 (actual)", "2024 (actual)", "2025 (actual)"])
    got = [" " * ln.indent + ln.text for ln in restack(lines, [], vocabulary("en"))]
    assert got[3:-1] == ["2023 (actual)  2024 (actual)           2025 (actual)",
                         "–              Widget registry opened  Widget registry opened",
                         "               in two regions          in all regions",
                         "               Makers filed            Makers filed",
                         "               reports                 more reports"]
    row = [ln.no for ln in restack(lines, [], vocabulary("en"))][4:-1]
    assert row == list(range(row[0], row[0] + 4))


def test_blocks_after_a_row_of_headings_each_a_block_are_left_as_printed() -> None:
    """Each year a block of its own (blocks set apart by where they stand): a row's
    further paragraphs come a band at a time, not in the cells' order."""
    lines = _measure_table(["2023 (actual)", "", "2024 (actual)", "", "2025 (actual)"])
    got = [ln.text for ln in restack(lines, [], vocabulary("en"))]
    assert got[-5:-1] == ["Widget registry opened", "in all regions", "Makers filed", "more reports"]


def test_blocks_going_on_are_left_where_fewer_cells_surely_go_on() -> None:
    """Three cells end their page full, two blocks go on, one cell alone ends with
    a word that ends no clause: which two go on is not told, the blocks stay."""
    lines = paged([*_PARAGRAPHS, "Table 1.1", "Performance measure", *_YEARS_APART,
                   "Widget makers", "registered in two", "regions each year", "",
                   "Widget makers", "registered in all", "regions and a list of", "",
                   "Widget makers in", "every region filed", "annual reports each"],
                  [*_YEARS_APART, "buyers of goods", "in the regions", "", "on time"])
    got = [ln.text for ln in restack(lines, [], vocabulary("en"))]
    assert got[-6:] == ["2023 (actual)", "2024 (actual)", "2025 (planned)", "buyers of goods",
                        "in the regions", "on time"]
