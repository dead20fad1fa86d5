"""Text a word processor writes for a Word file ("Plain text" export, LibreOffice's
``txt:Text (encoded):UTF8``): a paragraph a line, no page breaks, each table cell on
a line of its own in row order, an empty cell as an empty line.

Small made-up tables check each rule this text needs; the text of our own Word
rendering of the sample's key (``samples/renderings/A_78_6_Sect15_zh.lo-txt.txt``)
and, where LibreOffice is installed, of the shared A/81/6 Word files are held to
their measured scores.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from test_text_extractors import REAL, score

from unfascicle.extract.model import Paragraph, Table
from unfascicle.extract.text_cell_paragraphs import paragraph_cells
from unfascicle.extract.text_empty_cells import EMPTY_CELL, mark_empty_cells
from unfascicle.extract.text_grid_entries import Entry, PlainLine
from unfascicle.extract.text_grid_header import headings_a_line, line_headings
from unfascicle.extract.text_reader import read_text
from unfascicle.extract.text_vocab import vocabulary

FIXTURE = Path("samples/renderings/A_78_6_Sect15_zh.lo-txt.txt")
KEY = Path("../shared/corpus/answer-key")


def _rows(tmp_path: Path, lines: list[str], language: str) -> list[list[str]]:
    """The body rows (cells) of the one table in a text of ``lines``."""
    path = tmp_path / "word.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = next(b for b in read_text(path, language).blocks if isinstance(b, Table))
    return [row.cells or [] for part in table.parts for row in part.rows]


def test_an_empty_line_among_a_rows_values_is_an_empty_cell(tmp_path: Path) -> None:
    rows = _rows(tmp_path, [
        "1.1\tThe proposed resources are set out in table 1.1 below.",
        "Table 1.1", "Made-up office: evolution of financial resources",
        "(Thousands of United States dollars)", "",
        "Object of expenditure", "2024 expenditure", "2025 approved", "Change", "2026 estimate",
        "Posts", "10.0", "12.0", "", "12.0",
        "Non-post", "5.0", "6.0", "1.0", "7.0",
        "Posts by category", "", "", "", "",
        "Professional", "", "4", "1", "5", "",
        "1.2\tThe next paragraph closes the section."], "en")
    assert rows == [["Posts", "10.0", "12.0", "", "12.0"],
                    ["Non-post", "5.0", "6.0", "1.0", "7.0"],
                    ["Posts by category", "", "", "", ""],
                    ["Professional", "", "4", "1", "5"]]


def test_empty_lines_that_end_a_header_or_a_row_stay_empty() -> None:
    rows = ["Gamma", "5", "6", "7", "Delta", "8", "9", "10"]
    raws = ["Change", "", "", "Alpha", "", "3", "", "4", "", "", "Beta", "", "", "2025", *rows]
    got = mark_empty_cells(raws, lambda text: text.isdigit(), lambda text: len(text) == 4)
    assert got == ["Change", "", "", "Alpha", EMPTY_CELL, "3", EMPTY_CELL, "4", "", "",
                   "Beta", "", "", "2025", *rows]


def test_a_text_parting_its_lines_by_empty_lines_has_no_empty_cells() -> None:
    raws = ["Alpha", "", "3", "", "4", "", "Beta", "", "5", "", "6", ""]
    assert mark_empty_cells(raws, lambda text: text.isdigit(), lambda text: False) == raws


def test_a_column_every_row_leaves_empty_is_a_spacer(tmp_path: Path) -> None:
    rows = _rows(tmp_path, [
        "1.1\tThe proposed posts are set out in table 1.1 below.",
        "Table 1.1", "Made-up office: proposed posts", "(Number of posts)", "",
        "Component", "2025 estimate", "", "Change", "2026 estimate",
        "A.\tExecutive direction", "11", "", "3", "14",
        "B.\tProgramme of work", "13", "", "(9)", "4", "",
        "1.2\tThe next paragraph closes the section."], "en")
    assert rows == [["A.\tExecutive direction", "11", "3", "14"],
                    ["B.\tProgramme of work", "13", "(9)", "4"]]


def test_a_header_cell_that_reads_as_a_heading_does_not_end_the_table(tmp_path: Path) -> None:
    rows = _rows(tmp_path, [
        "1.1\t拟议资源见表 1.1。", "表 1.1", "总表：财政资源的演变情况", "(千美元)", "",
        "2022 年支出", "2023 年批款", "变动", "2024 年估计(重计费用前)", "", "",
        "技术调整", "新的/扩大的任务", "其他", "共计", "百分比", "", "",
        "按主要支出类别列示的财政资源",
        "员额", "11 565.7", "11 896.4", "—", "—", "—", "—", "—", "11 896.4",
        "非员额", "1 748.0", "1 488.7", "80.0", "—", "—", "80.0", "5.4", "1 568.7", "",
        "1.2\t下一段。"], "zh")
    assert rows[-2:] == [["员额", "11 565.7", "11 896.4", "—", "—", "—", "—", "—", "11 896.4"],
                         ["非员额", "1 748.0", "1 488.7", "80.0", "—", "—", "80.0", "5.4",
                          "1 568.7"]]


def test_a_rows_figures_a_line_under_years_are_no_prose_cells(tmp_path: Path) -> None:
    rows = _rows(tmp_path, [
        "1.1\t应交付产出见表 1.1。", "表 1.1", "次级方案 1：应交付产出", "",
        "类别和次类别", "2022 年计划", "2022 年实际", "2023 年计划", "2024 年计划",
        "B. 生成和转让知识", "", "", "", "",
        "外地和技术合作项目(项目数目)", "29", "29", "29", "27",
        "1. 关于城市政策的项目", "14", "14", "14", "13",
        "2. 关于城市财政的项目", "7", "7", "7", "6",
        "C. 实质性服务", "", "", "", "",
        "协商、咨询和倡导：向会员国提供咨询服务。", "数据库和实质性数字材料：城市数据库。",
        "D. 信息传播方面的应交付产出", "", "", "", "",
        "外联方案、特别活动和宣传材料：小册子和传单。", "数字平台和多媒体内容：社交媒体内容。",
        "", "1.2\t下一段。"], "zh")
    assert rows[:4] == [["B. 生成和转让知识", "", "", "", ""],
                        ["外地和技术合作项目(项目数目)", "29", "29", "29", "27"],
                        ["1. 关于城市政策的项目", "14", "14", "14", "13"],
                        ["2. 关于城市财政的项目", "7", "7", "7", "6"]]


_POSTS_A_CELL_A_LINE = [
    "1.1\t拟议员额见表 1.1。", "表 1.1", "总表：拟议员额和员额变动", "(员额数目)", "",
    "数目", "详情", "2023 年核定", "12", "1 个 D-1、3 个 P-5、1 个 GS(OL)", "员额变动", "—", "—",
    "2024 年拟议", "12", "1 个 D-1、3 个 P-5、1 个 GS(OL)", "", "1.2\t下一段。"]


def test_a_line_with_values_alone_below_opens_a_row_not_the_text_above(
        tmp_path: Path) -> None:
    details = "1 个 D-1、3 个 P-5、1 个 GS(OL)"
    rows = _rows(tmp_path, _POSTS_A_CELL_A_LINE, "zh")
    assert rows == [["2023 年核定", "12", details], ["员额变动", "—", "—"],
                    ["2024 年拟议", "12", details]]


def test_a_word_processors_text_with_many_lines_of_one_width_keeps_a_cell_a_line(
        tmp_path: Path) -> None:
    """Lines of one width (short paragraphs, headings) are no measure a PDF wraps its
    text at where other lines run several times as wide (a paragraph printed whole on
    a line): the text is still a word processor's, a cell a line."""
    short = [f"1.{k}\t第 {k} 段简短的正文在这里。" for k in range(3, 33)]
    whole = [f"1.{k}\t" + "本段的正文很长，" * 20 + "在这里结束。" for k in range(33, 36)]
    rows = _rows(tmp_path, [*_POSTS_A_CELL_A_LINE, *short, *whole], "zh")
    assert rows == [["2023 年核定", "12", "1 个 D-1、3 个 P-5、1 个 GS(OL)"], ["员额变动", "—", "—"],
                    ["2024 年拟议", "12", "1 个 D-1、3 个 P-5、1 个 GS(OL)"]]


def test_in_text_with_page_breaks_a_line_above_values_alone_may_end_a_text_cell(
        tmp_path: Path) -> None:
    """An extractor's text of a PDF (form feeds) wraps a text cell over lines: its
    last line may stand right above the next row's values."""
    rows = _rows(tmp_path, [*_POSTS_A_CELL_A_LINE, "\f1.3\t下一页。"], "zh")
    assert rows[0] == ["2023 年核定", "12", "1 个 D-1、3 个 P-5、1 个 GS(OL)员额变动"]


def test_a_numbered_paragraph_without_spaces_is_no_number_alone(tmp_path: Path) -> None:
    """A paragraph's number parted from its text by a tab, in text without spaces
    (Chinese), is no number printed on a line of its own: the next numbered
    paragraph stays apart."""
    path = tmp_path / "word.txt"
    path.write_text("\n".join([
        "一、概览", "1.1\t本组织将继续加强能力建设举措和数字化工具。",
        "1.2\t作为知识中心，本组织将发挥推动作用。", "1.3\t本组织将继续监测全球趋势。"]) + "\n",
        encoding="utf-8")
    paras = [b for b in read_text(path, "zh").blocks if isinstance(b, Paragraph)]
    assert [(p.number, p.text) for p in paras] == [
        ("1.1", "本组织将继续加强能力建设举措和数字化工具。"),
        ("1.2", "作为知识中心，本组织将发挥推动作用。"), ("1.3", "本组织将继续监测全球趋势。")]


_MISSIONS_A_CELL_A_LINE = [
    "1.1\tThe posts are set out in table 1.1.", "Table 1.1", "Made-up missions: human resources",
    "", "", "International staff", "National staff", "United Nations Volunteers", "Total", "",
    "Office of the Special Envoy for the Made-up Region",
    "\tApproved 2025", "3", "2", "–", "5", "\tProposed 2026", "3", "3", "–", "6",
    "Office of the Special Adviser on Made-up Affairs",
    "\tApproved 2025", "4", "1", "1", "6", "\tProposed 2026", "4", "1", "1", "6",
    "Total of the made-up offices, proposed 2026", "7", "4", "1", "12", "", "1.2\tNext."]


def _table(tmp_path: Path, lines: list[str], language: str) -> Table:
    path = tmp_path / "word.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return next(b for b in read_text(path, language).blocks if isinstance(b, Table))


def test_a_header_printed_a_heading_a_line_ends_after_its_headings(tmp_path: Path) -> None:
    """Each line of the header is one heading; a label line past the headings, over
    the first row, is a section row."""
    part = _table(tmp_path, _MISSIONS_A_CELL_A_LINE, "en").parts[0]
    assert [c.text for c in part.header[0]] == [
        "", "International staff", "National staff", "United Nations Volunteers", "Total"]
    assert [row.cells for row in part.rows[:2]] == [
        ["Office of the Special Envoy for the Made-up Region", "", "", "", ""],
        ["Approved 2025", "3", "2", "–", "5"]]


def test_a_label_line_above_a_rows_label_is_a_section_row_not_wrapped(tmp_path: Path) -> None:
    """A word processor's text prints a cell whole on its line: a label line over a
    row's label, however wide, is no part of it."""
    rows = [row.cells for row in _table(tmp_path, _MISSIONS_A_CELL_A_LINE, "en").parts[0].rows]
    assert rows[3:5] == [["Office of the Special Adviser on Made-up Affairs", "", "", "", ""],
                         ["Approved 2025", "4", "1", "1", "6"]]


def test_a_post_changes_table_printed_a_cell_a_line(tmp_path: Path) -> None:
    """Each row known by its count over its grade; the description one line, the
    reason's paragraphs up to the next row's label (its last line), an empty line an
    empty cell; a group's heading over the first label, an empty line between, spans
    the table."""
    table = _table(tmp_path, [
        "Annex II", "Summary of proposed post changes", "", "", "Posts", "Grade", "Description",
        "Reason for change", "", "", "Made-up Observer Mission", "", "Office of the Chief",
        "1", "P-4", "Establishment of one Made-up Officer", "The officer would lead the work.",
        "The work would be shared with the field.", "", "1", "LL", "", "", "Supply Unit",
        "(1)", "GS (OL)", "Abolishment of one Made-up Assistant", "", "", "1", "P-3", "", "",
        "", "Annex III", "Made-up heading"], "en")
    part = table.parts[0]
    assert [c.text for c in part.header[0]] == ["", "Posts", "Grade", "Description",
                                                "Reason for change"]
    assert [row.span or row.cells for row in part.rows] == [
        "Made-up Observer Mission",
        ["Office of the Chief", "1", "P-4", "Establishment of one Made-up Officer",
         "The officer would lead the work. The work would be shared with the field."],
        ["", "1", "LL", "", ""],
        ["Supply Unit", "(1)", "GS (OL)", "Abolishment of one Made-up Assistant", ""],
        ["", "1", "P-3", "", ""]]


_POSTS_DETAILS_A_CELL_A_LINE = [
    "1.1\tThe posts are set out in table 1.1.", "Table 1.1",
    "Overall: proposed posts and post changes", "(Number of posts)", "", "", "", "Number",
    "Details", "", "", "", "Approved for 2025", "12", "1 D-1, 3 P-4, 8 GS (OL)",
    "\tEstablishment", "2", "1 P-3, 1 P-2/1", "", "", "1 P-3 Vienna", "", "", "1 P-2/1 Nairobi",
    "\tRedeployment", "–", "1 P-4 from Geneva to Vienna",
    "Proposed for 2026", "14", "1 D-1, 3 P-4, 1 P-3, 1 P-2/1, 8 GS (OL)", "", "1.2\tNext."]


def test_a_label_closing_on_a_year_over_its_values_is_no_row_of_a_year(
        tmp_path: Path) -> None:
    """"Approved for 2025" over a line of values alone is a row's label, its year no
    value of it."""
    rows = _rows(tmp_path, _POSTS_DETAILS_A_CELL_A_LINE, "en")
    assert rows[0][:2] == ["Approved for 2025", "12"]
    assert rows[-1][:2] == ["Proposed for 2026", "14"]


def test_a_text_last_column_printed_a_cell_a_line(tmp_path: Path) -> None:
    """Headings a line, the last a text column: a row's label, its values, then its
    text on the next line; a line of text after empty cells (empty lines) is a row
    of its own, its label and values blank."""
    table = _table(tmp_path, _POSTS_DETAILS_A_CELL_A_LINE, "en")
    assert [c.text for c in table.parts[0].header[0]] == ["", "Number", "Details"]
    assert [row.cells for row in table.parts[0].rows] == [
        ["Approved for 2025", "12", "1 D-1, 3 P-4, 8 GS (OL)"],
        ["Establishment", "2", "1 P-3, 1 P-2/1"], ["", "", "1 P-3 Vienna"],
        ["", "", "1 P-2/1 Nairobi"], ["Redeployment", "–", "1 P-4 from Geneva to Vienna"],
        ["Proposed for 2026", "14", "1 D-1, 3 P-4, 1 P-3, 1 P-2/1, 8 GS (OL)"]]


_STAFF_A_CELL_A_LINE = [
    "1.1\tThe posts are set out in table 1.1.", "Table 1.1", "Human resources", "", "", "",
    "P-4", "P-3", "GS", "Total", "Approved 2025", "1a", "2", "–", "3", "Proposed 2026", "1a", "3",
    "1", "5", "\tChange ", "–", "1", "1", "2", "", "\ta \tIncludes one made-up position.", "",
    "1.2\tNext."]


def test_a_label_dated_by_a_year_under_the_header_takes_the_first_values(
        tmp_path: Path) -> None:
    """A row label the edition knows and a year ("Approved 2025"), the last line over
    the first values printed a cell a line, is their row's label, not a heading."""
    rows = [row.cells for row in _table(tmp_path, _STAFF_A_CELL_A_LINE, "en").parts[0].rows]
    assert ["Approved 2025", "1a", "2", "–", "3"] in rows
    assert rows[-1] == ["Change", "–", "1", "1", "2"]


def test_a_dated_label_after_a_heading_word_among_the_rows_takes_its_values(
        tmp_path: Path) -> None:
    """A row label with its year ("Approved 2025") under a line that repeats a
    heading ("Total", a group of rows) is a row, not the header printed again."""
    rows = [row.cells for row in _table(tmp_path, [
        "1.1\tThe posts are set out in table 1.1.", "Table 1.1", "Human resources", "", "",
        "P-4", "P-3", "GS", "Total", "Made-up office", "Approved 2025", "1", "2", "–", "3",
        "Proposed 2026", "1", "3", "1", "5", "Total", "", "", "", "", "Approved 2025", "4", "5",
        "1", "10", "Proposed 2026", "4", "6", "2", "12", "", "\ta\tIncludes made-up staff.",
        "\tb\tIncludes other made-up staff.", "", "1.2\tNext."], "en").parts[0].rows]
    assert rows[-2:] == [["Approved 2025", "4", "5", "1", "10"],
                         ["Proposed 2026", "4", "6", "2", "12"]]


def test_a_note_letter_parted_from_its_text_by_a_tab_opens_a_note(tmp_path: Path) -> None:
    table = _table(tmp_path, _STAFF_A_CELL_A_LINE, "en")
    assert table.parts[0].rows[-1].cells == ["Change", "–", "1", "1", "2"]
    assert len(table.notes) == 1 and table.notes[0].endswith("Includes one made-up position.")


def test_headings_a_line_under_a_group_label_and_broken_in_their_cell(
        tmp_path: Path) -> None:
    """A group's label among headings printed a line each spans the headings after the
    first year's; a year alone over words in lower case is one heading ("2025" /
    "approved": a line break in the cell)."""
    header = _table(tmp_path, [
        "1.1\tThe posts are set out in table 1.1.", "Table 1.1", "Overall: proposed posts",
        "(Number of posts)", "", "Component/subprogramme", "", "Changes", "", "", "2025",
        "approved", "Other", "Total", "2026 proposed", "", "", "A.\tPolicymaking organs", "2",
        "–", "–", "2", "B.\tExecutive direction", "3", "1", "1", "4", "", "1.2\tNext."],
        "en").parts[0].header
    assert [[c.text for c in row] for row in header] == [
        ["Component/subprogramme", "2025 approved", "Changes", "2026 proposed"],
        ["Other", "Total"]]


_CHANGES_HEADER_A_CELL_A_LINE = [
    "1.1\tThe posts are set out in table 1.1.", "Table 1.1", "Overall: made-up posts",
    "(Number of posts)", "", "Component/subprogramme", "2025 approved", "Changes",
    "2026 proposed", "", "", "Technical adjustments", "New/expanded mandates", "Other", "Total",
    "", "", "", "A.\tMade-up organs", "2", "–", "1", "–", "1", "3", "B.\tMade-up direction", "4",
    "1", "–", "–", "1", "5", "", "1.2\tNext."]


def test_a_total_heading_ending_a_header_a_heading_a_line_is_no_row(tmp_path: Path) -> None:
    """"Total" printed last of a header a heading a line, a heading the edition
    knows that finishes the row's count of headings, is a heading, not a total row
    without values."""
    part = _table(tmp_path, _CHANGES_HEADER_A_CELL_A_LINE, "en").parts[0]
    assert [row.cells[0] for row in part.rows] == ["A.\tMade-up organs", "B.\tMade-up direction"]
    assert "Total" in [c.text for row in part.header for c in row]


def test_the_label_columns_heading_printed_among_the_headings_is_none_of_them(
        tmp_path: Path) -> None:
    """A word processor may print the label column's heading (a cell spanning the
    header's rows) after the first row's headings, opening the second row: it heads
    no value column, the headings after it are the second row's, and the "Total"
    printed last is still a heading, not a row."""
    lines = list(_CHANGES_HEADER_A_CELL_A_LINE)
    at = lines.index("Component/subprogramme")
    lines[at:at + 4] = ["", "", "Changes", "2026 proposed", "Component/subprogramme",
                        "2025 approved"]
    part = _table(tmp_path, lines, "en").parts[0]
    assert [row.cells[0] for row in part.rows] == ["A.\tMade-up organs", "B.\tMade-up direction"]
    assert [c.text for c in part.header[-1]] == [
        "Technical adjustments", "New/expanded mandates", "Other", "Total"]
    assert [c.text for c in part.header[0]][-1] == "2026 proposed"


def test_a_total_heading_ending_a_header_over_a_label_line_is_no_row() -> None:
    """The "Percentage" heading printed last, under "Changes", is a heading also
    where the first row's label is a line of its own over its values a line each."""
    texts = ["Changes", "2026 estimate", "Component/subprogramme", "2024 expenditure",
             "2025 approved", "Technical adjustments", "New/expanded mandates", "Other", "Total",
             "Percentage", "Made-up programme"]
    entries = [Entry(PlainLine(no, text, 1), text, []) for no, text in enumerate(texts, 1)]
    entries += [Entry(PlainLine(12 + k, v, 1), "", [v]) for k, v in enumerate(["1.0"] * 8)]
    read = line_headings([e.line for e in entries], vocabulary("en"))
    assert headings_a_line(entries, 9, 8, vocabulary("en"), read) == 10


def test_the_headings_of_a_headers_first_lines_are_those_read_of_them_alone() -> None:
    """Read once over all the lines above the values, the headings of the first
    lines (a year's heading broken over two, a group's label, the label column's
    heading among them) are those the lines up to there read alone."""
    texts = ["2024", "approved", "Changes", "Component/subprogramme", "2025 estimate",
             "Technical", "adjustments", "Other", "Made-up programme"]
    lines = [PlainLine(no, text, 1) for no, text in enumerate(texts, 1)]
    voc = vocabulary("en")
    read = line_headings(lines, voc)
    for m in range(len(lines) + 2):
        assert read.upto(m) == line_headings(lines[:m], voc).upto(m)
    assert [h.text for h in read.upto(1)] == ["2024"]
    assert [h.text for h in read.upto(6)] == ["2024 approved", "2025 estimate", "Technical"]
    assert [h.text for h in read.upto(7)][-1] == "Technical adjustments"
    assert [h.after_group for h in read.upto(7)] == [False, True, False]


def test_a_groups_headings_printed_after_the_first_header_row_go_in_its_place(
        tmp_path: Path) -> None:
    """A word processor prints a header of two rows a row at a time: the headings
    after the empty lines under the first row's cells are the group's, in the place
    of its label; "2026 proposed", printed before them, heads the last column."""
    header = _table(tmp_path, _CHANGES_HEADER_A_CELL_A_LINE, "en").parts[0].header
    assert [[c.text for c in row] for row in header] == [
        ["Component/subprogramme", "2025 approved", "Changes", "2026 proposed"],
        ["Technical adjustments", "New/expanded mandates", "Other", "Total"]]


def test_a_year_headings_lines_in_its_cell_finish_it_a_heading_of_its_own_does_not(
        tmp_path: Path) -> None:
    """A line going on a year heading where with it the heading opens one the edition
    knows ("2026 estimate" / "(before recosting)", "2025" / "approveda" with its
    footnote mark) is part of it; one in upper case ("Variance") heads a column."""
    header = _table(tmp_path, [
        "1.1\tThe resources are set out in table 1.1.", "Table 1.1", "Made-up resources",
        "(Thousands of United States dollars)", "", "Object of expenditure", "2025",
        "approveda", "2026 estimate", "(before recosting)", "2027", "Variance", "", "",
        "Posts", "1 200.0", "1 300.0", "1 400.0", "100.0", "Other", "10.0", "20.0", "30.0",
        "10.0", "", "1.2\tNext."], "en").parts[0].header
    assert [c.text for c in header[0]] == [
        "Object of expenditure", "2025 approveda", "2026 estimate (before recosting)", "2027",
        "Variance"]


def test_a_heading_broken_by_a_line_break_in_its_cell_is_one(tmp_path: Path) -> None:
    """Words in lower case under a heading that with them make one the edition knows
    ("Technical" / "adjustments") are one heading broken in its cell, not two."""
    header = _table(tmp_path, [
        "1.1\tThe posts are set out in table 1.1.", "Table 1.1", "Made-up posts",
        "(Number of posts)", "", "Category and grade", "2025", "approved", "Changes", "2026",
        "proposed", "", "", "Technical", "adjustments", "New/expanded", "mandates", "Other",
        "Total", "", "", "P-4", "2", "–", "1", "–", "1", "3", "P-3", "4", "1", "–", "–", "1", "5",
        "", "1.2\tNext."], "en").parts[0].header
    assert [[c.text for c in row] for row in header] == [
        ["Category and grade", "2025 approved", "Changes", "2026 proposed"],
        ["Technical adjustments", "New/expanded mandates", "Other", "Total"]]


def test_a_text_cell_closing_on_a_figure_is_whole(tmp_path: Path) -> None:
    """The lines under a row's label and values are its text cell, a paragraph a line
    and whole: a figure closing one ("subprogramme 4") is no value."""
    lines = list(_POSTS_DETAILS_A_CELL_A_LINE)
    at = lines.index("1 P-4 from Geneva to Vienna")
    lines[at:at + 1] = ["1 P-4 from Geneva to Vienna under subprogramme 4", "1 GS (OL) to Nairobi"]
    rows = [row.cells for row in _table(tmp_path, lines, "en").parts[0].rows]
    assert ["Redeployment", "–", "1 P-4 from Geneva to Vienna under subprogramme 4 "
            "1 GS (OL) to Nairobi"] in rows


def test_a_post_changes_row_of_several_counts_and_a_reason_going_on_in_rows(
        tmp_path: Path) -> None:
    """Counts of several paragraphs ("1" / "1") over as many grades; a reason's
    paragraph after as many empty lines as the other cells is a row of its own."""
    table = _table(tmp_path, [
        "Annex II", "Summary of proposed post changes", "", "Component/subprogramme", "Posts",
        "Grade", "Description", "Reason for change", "", "", "Subprogramme 1, Made-up support",
        "1", "1", "P-4", "P-3", "Conversion of 2 Made-up Officers", "The functions go on.", "", "",
        "", "", "The conversion would strengthen the work.", "Subprogramme 2, Made-up data",
        "1", "P-4", "Conversion of 1 Statistician", "The need goes on.", "", "", "Annex III",
        "Made-up heading"], "en")
    assert [row.cells for row in table.parts[0].rows] == [
        ["Subprogramme 1, Made-up support", "1 1", "P-4 P-3", "Conversion of 2 Made-up Officers",
         "The functions go on."],
        ["", "", "", "", "The conversion would strengthen the work."],
        ["Subprogramme 2, Made-up data", "1", "P-4", "Conversion of 1 Statistician",
         "The need goes on."]]


def test_figures_repeated_at_the_end_of_a_text_of_one_page_are_no_running_lines(
        tmp_path: Path) -> None:
    """A text without page breaks has no page edges: the same figure printed on its
    last lines is a table's values, no page number."""
    rows = _rows(tmp_path, [
        "1.1\tThe deliverables are set out in table 1.1.", "Table 1.1", "Deliverables", "", "",
        "2025 planned", "2025 actual", "2026 planned", "", "Technical materials", "2", "2", "2",
        "1.\tMade-up material on cities", "2", "2", "2", "", "\ta\tReflects made-up plans."], "en")
    assert rows[-1] == ["1.\tMade-up material on cities", "2", "2", "2"]


def test_a_figure_and_its_note_letter_a_space_apart_is_one_value(tmp_path: Path) -> None:
    """A cell's figure with its raised note letter printed a space after it ("7 a")
    is one value, not a value and a word."""
    lines = list(_STAFF_A_CELL_A_LINE)
    at = lines.index("Proposed 2026")
    lines[at + 2] = "3 a"
    rows = [row.cells for row in _table(tmp_path, lines, "en").parts[0].rows]
    assert ["Proposed 2026", "1a", "3a", "1", "5"] in rows


# A policymaking-organs table's caption and header as Word prints them a cell a line.
_ORGANS_HEAD = [
    "Table 1.1", "Policymaking organs", "(Thousands of United States dollars)", "", "",
    "Policymaking organ", "Additional information", "2025 approved", "2026 estimate",
    "", "", "", "",
]


def test_an_organs_label_above_its_text_cell_opens_its_row(tmp_path: Path) -> None:
    """A policymaking organs table printed a cell a line: "Additional information" is
    a heading, not a label; an organ's name is the label of the row whose text cell
    ("Mandate: …") its values follow; a figure ending that text stays in it."""
    rows = _rows(tmp_path, [
        "1.1\tThe resources of the organs are set out in table 1.1 below.",
        *_ORGANS_HEAD,
        "Made-up Council", "Mandate: resolution 12 (2001)", "95.9", "95.9", "",
        "Membership: 15 government officials", "", "", "",
        "Other Committee", "Mandate: resolution 3376", "33.5", "40.0", "",
        "Membership: 26 experts", "", "", "",
        "\tTotal", "", "129.4", "135.9", "", "1.2\tThe next paragraph closes the section."], "en")
    assert rows == [["Made-up Council", "Mandate: resolution 12 (2001)", "95.9", "95.9"],
                    ["", "Membership: 15 government officials", "", ""],
                    ["Other Committee", "Mandate: resolution 3376", "33.5", "40.0"],
                    ["", "Membership: 26 experts", "", ""],
                    ["Total", "", "129.4", "135.9"]]


def test_an_organs_label_holding_a_resolution_and_its_year_is_whole(tmp_path: Path) -> None:
    """An organ's name may cite a resolution and its year ("pursuant to resolution
    1566 (2004)"): those figures, read as more values than the row has (or with
    words among them), are the label's, not values of a row of its own."""
    rows = _rows(tmp_path, [
        "1.1\tThe resources of the organs are set out in table 1.1 below.",
        "Table 1.1", "Policymaking organs", "(Thousands of United States dollars)", "", "",
        "Policymaking organ", "Additional information", "2025 approved", "2026 estimate",
        "", "", "", "", "Made-up Council", "Mandate: Article 7 of the Charter", "95.9", "95.9", "",
        "Membership: 15 government officials", "", "", "",
        "Made-up Group established pursuant to resolution 1234 (2001)",
        "Mandate: resolution 1234 (2001)", "–", "–", "", "Membership: 15", "", "", "",
        "Made-up Committee pursuant to resolution 567 (1999) concerning Atlantis",
        "Mandate: resolution 567 (1999)", "–", "–", "", "Membership: 15", "", "", "",
        "", "1.2\tThe next paragraph closes the section."], "en")
    assert rows[2:] == [
        ["Made-up Group established pursuant to resolution 1234 (2001)",
         "Mandate: resolution 1234 (2001)", "–", "–"], ["", "Membership: 15", "", ""],
        ["Made-up Committee pursuant to resolution 567 (1999) concerning Atlantis",
         "Mandate: resolution 567 (1999)", "–", "–"], ["", "Membership: 15", "", ""]]


def test_an_organs_fields_a_paragraph_each_then_its_values(tmp_path: Path) -> None:
    """A text cell may hold a field a paragraph ("Mandate: …", "Membership: …",
    "Number of sessions …"), the row's values after the last: the organ's name
    above the first field labels the row, the fields are its text."""
    rows = _rows(tmp_path, [
        "1.1\tThe resources of the organs are set out in table 1.1 below.",
        *_ORGANS_HEAD,
        "Made-up Forum", "Mandate: resolution 66/288", "Membership: all Member States",
        "Number of sessions in 2026: 1 (annual session)", "412.9", "412.9",
        "Other Commission", "Mandate: resolution 10 (II)", "Membership: 46 officials",
        "Number of sessions in 2026: 2", "140.7", "150.0",
        "Total", "", "553.6", "562.9", "", "1.2\tThe next paragraph closes the section."], "en")
    assert rows == [
        ["Made-up Forum", "Mandate: resolution 66/288 Membership: all Member States "
         "Number of sessions in 2026: 1 (annual session)", "412.9", "412.9"],
        ["Other Commission", "Mandate: resolution 10 (II) Membership: 46 officials "
         "Number of sessions in 2026: 2", "140.7", "150.0"],
        ["Total", "", "553.6", "562.9"]]


def test_an_organs_text_line_after_empty_cells_is_a_row_of_its_own(tmp_path: Path) -> None:
    """A text row's empty label and values print as empty lines around its text: a
    line after them opens a row, not the text above it; a line right under one goes
    on in it (a cell of two paragraphs)."""
    rows = _rows(tmp_path, [
        "1.1\tThe resources of the organs are set out in table 1.1 below.",
        *_ORGANS_HEAD,
        "Made-up Commission", "Mandate: resolution 46/235", "359.4", "593.2", "",
        "Membership: 43 experts", "", "", "", "One session per year", "", "", "",
        "One panel per year", "One meeting per year of the working group", "", "",
        "Other Commission", "Mandate: resolution 49/130", "37.8", "37.8", "",
        "Made-up Accord, its second part", "", "", "", "1.2\tThe next paragraph closes the section."],
        "en")
    assert rows == [
        ["Made-up Commission", "Mandate: resolution 46/235", "359.4", "593.2"],
        ["", "Membership: 43 experts", "", ""], ["", "One session per year", "", ""],
        ["", "One panel per year One meeting per year of the working group", "", ""],
        ["Other Commission", "Mandate: resolution 49/130", "37.8", "37.8"],
        ["", "Made-up Accord, its second part", "", ""]]


# (cells, rows, paragraphs) of the Word text of the sample's key.
SAMPLE_FLOORS = (99.9, 99.5, 99.9)


def test_word_text_of_the_sample_key_scores() -> None:
    got = score(FIXTURE, KEY)
    cells, rows, paras = SAMPLE_FLOORS
    assert got["cells"] >= cells and got["rows"] >= rows and got["paras"] >= paras, got


# (cells, paragraphs) of the shared A/81/6 Word files' text, made in the test.
ENGLISH_FLOORS = {
    "A_81_6_Sect2_PartA": (100.0, 99.7),
    "A_81_6_Sect3_PartA": (99.1, 99.6),
    "A_81_6_Sect5_PartA": (99.2, 99.7),
    "A_81_6_Sect9_PartA": (99.2, 99.0),
    "A_81_6_Sect12_PartA": (99.4, 98.5),
    "A_81_6_Sect15_PartA": (99.6, 99.8),
    "A_81_6_Sect24_PartA": (100.0, 98.6),
    "A_81_6_Sect27_PartA": (100.0, 99.7),
    "A_81_6_Sect29A_PartA": (98.4, 99.4),
    "A_81_6_Sect31_PartA": (99.0, 97.9),
}


@pytest.fixture(scope="module")
def word_texts(tmp_path_factory) -> Path:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    out = tmp_path_factory.mktemp("word-text")
    docs = sorted(str(REAL / "A_81_6" / f"{name}_en.docx") for name in ENGLISH_FLOORS)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{out / 'profile'}", "--headless",
                    "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(out), *docs],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return out


@pytest.mark.parametrize("document", list(ENGLISH_FLOORS))
def test_word_text_of_english_fascicles_scores(word_texts: Path, document: str) -> None:
    got = score(word_texts / f"{document}_en.txt", REAL / "keys" / document)
    cells, paras = ENGLISH_FLOORS[document]
    assert got["cells"] >= cells and got["paras"] >= paras, (document, got)


_FIVE_YEARS = ["2022 (actual)", "2023 (actual)", "2024 (actual)", "2025 (planned)",
               "2026 (planned)"]


def _measure(tmp_path: Path, cells: list[str], years: list[str] = _FIVE_YEARS) -> list[str]:
    """The cells read back from a made-up performance measure (a header of
    ``years``, a row of prose) printed a paragraph a line, ``cells`` the row's lines."""
    rows = _rows(tmp_path, [
        "1.1\tProgress is presented in the performance measure below (see table 1.1).",
        "Table 1.1", "Performance measure", "", "", *years, *[""] * len(years),
        *cells, "", "", "\t\tResult 2: a made-up result", "",
        "1.2\tThe next paragraph closes the section."], "en")
    assert len(rows) == 1
    return rows[0]


def test_prose_cells_a_paragraph_a_line_are_dealt_by_their_likeness(tmp_path: Path) -> None:
    """Nothing marks where a cell of several paragraphs ends: a year's cell is worded
    like the cells beside it, so the line like the others opens a cell, though the
    long line unlike them is no cell's further paragraph by its width."""
    lines = ["Positive replies from delegations: 90 per cent",
             "Handbook on the made-up procedures issued in six languages to every regional office",
             *(f"Positive replies from delegations: {share} per cent" for share in (95, 97, 98, 99))]
    assert _measure(tmp_path, lines) == [f"{lines[0]} {lines[1]}", *lines[2:]]


def test_ideographic_cells_are_compared_character_by_character() -> None:
    """Text without spaces has no words to compare: ideographs are taken one by one."""
    lines = ["代表团的正面答复：90%", "以六种语文向每个区域办事处印发关于虚构程序的手册，供所有工作人员使用",
             *(f"代表团的正面答复：{share}%" for share in (95, 97, 98, 99))]
    assert paragraph_cells(lines, 5) == [lines[0] + lines[1], *lines[2:]]


def test_a_short_paragraph_goes_on_the_cell_above_it(tmp_path: Path) -> None:
    """Where the cells are worded apart, a cell's further paragraph is the short one."""
    lines = [
        "Regional offices opened in three capitals after lengthy consultations",
        "Four trainers certified",
        "Guidance notes on planning field visits drafted for each office",
        "Member States reviewed draft budgets covering maintenance contracts",
        "Planning guidance applied widely across eastern subregional hubs",
        "Networks share practice yearly"]
    assert _measure(tmp_path, lines) == [f"{lines[0]} {lines[1]}", *lines[2:]]


def test_a_lists_items_stay_in_its_cell(tmp_path: Path) -> None:
    """An item of a list (a dash before its text) goes on the cell of the line
    leading into it."""
    lines = [
        "–", "–", "Shared views among made-up bodies on:",
        "–\thandling archived records during relocation of headquarters premises",
        "–\tplanning inspection visits together with partner agencies abroad",
        "Guidance agreed", "Budget ceilings respected throughout every quarter this year"]
    assert _measure(tmp_path, lines) == ["–", "–", " ".join(lines[2:5]), *lines[5:]]


def test_a_dash_alone_is_a_cell_of_its_own(tmp_path: Path) -> None:
    """A dash alone is a year with nothing to report: it goes on no other cell,
    though it is the shortest line of all."""
    lines = ["–", "Completion of the made-up upgrade", "Analytics available to the whole office",
             "Improved experience for staff and delegates",
             "Improved decisions through the new dashboards"]
    got = _measure(tmp_path, lines, ["2024 (actual)", "2025 (planned)", "2026 (planned)"])
    assert got == ["–", " ".join(lines[1:3]), " ".join(lines[3:])]


def test_notes_lettered_in_turn_start_at_the_first_letter(tmp_path: Path) -> None:
    """In a table of prose a line opening with a letter is a note only where a word
    above carries its letter; a line right above such a note lettered one before it
    is a note too, though its mark sits on a word used nowhere else ("(MUO)a")."""
    table = _table(tmp_path, [
        "1.1\tThe results are shared widely (see table 1.1).", "Table 1.1",
        "Performance measure", "", "", "2024 (actual)", "2025 (planned)", "2026 (planned)",
        "", "", "", "A framework on made-up output (MUO)a", "Views on records are shared",
        "Views on records are shared widelyb", "", "", "", "a \tSee https://example.org/muo.",
        "b \tSee https://example.org/records.", "", "", "1.2\tThe next paragraph."], "en")
    assert [row.cells for part in table.parts for row in part.rows] == [
        ["A framework on made-up output (MUO)a", "Views on records are shared",
         "Views on records are shared widelyb"]]
    assert len(table.notes) == 1 and table.notes[0].startswith("a")
