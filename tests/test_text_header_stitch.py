"""A flat text's table header read by the edition's vocabulary (text_header_stitch):
each column's heading stitched together from the header's lines, in both editions."""

from __future__ import annotations

from pathlib import Path

from unfascicle.extract.model import Table
from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_header_stitch import stitched_headings
from unfascicle.extract.text_reader import read_text
from unfascicle.extract.text_vocab import vocabulary

_CHANGES_EN = [  # each cell's first line, then each running cell's next one
    "Changes",
    "2024 2025 Technical New/expanded 2026",
    "Component/subprogramme expenditurea approved adjustments mandates Other Total "
    "Percentage estimate",
]
_STITCHED_EN = ["2024 expenditurea", "2025 approved", "Technical adjustments",
                "New/expanded mandates", "Other", "Total", "Percentage", "2026 estimate"]


def _lines(texts: list[str], indents: list[int] | None = None) -> list[PlainLine]:
    return [PlainLine(k, text, 1, (indents or [0] * len(texts))[k])
            for k, text in enumerate(texts)]


def test_cells_broken_over_lines_side_by_side_are_stitched_whole() -> None:
    assert stitched_headings(_lines(_CHANGES_EN), 8, vocabulary("en")) == _STITCHED_EN


def test_ideographic_cells_broken_mid_word_are_stitched_whole() -> None:
    lines = _lines(["变动", "2022 年支 2023 年批 技术调 新的/扩大的 其 百分 2024 年估计(重计费",
                    "出 款 整 任务 他 共计 比 用前)"])
    assert stitched_headings(lines, 8, vocabulary("zh")) == [
        "2022 年支出", "2023 年批款", "技术调整", "新的/扩大的任务", "其他", "共计", "百分比",
        "2024 年估计(重计费用前)"]


def test_a_year_takes_only_a_heading_printed_after_a_year() -> None:
    """"2025" over "Technical" would spell no known heading the edition dates: the
    year waits for its own word, the label column's heading opens a cell of its own."""
    lines = _lines(["2022 年 2022 年 2023 年 2024 年", "类别和次类别 计划 实际 计划 计划"])
    assert stitched_headings(lines, 4, vocabulary("zh")) == [
        "2022 年计划", "2022 年实际", "2023 年计划", "2024 年计划"]


def test_column_spacing_orders_the_headings_by_where_they_start() -> None:
    """With the columns' spacing kept, a cell centred lower down starts where its
    column does, left of the cells whose first lines came before it."""
    lines = _lines(["2024      2025                     2026",
                    "Component/subprogramme  expenditure approved  Technical  estimate",
                    "adjustments"], [24, 0, 50])
    assert stitched_headings(lines, 4, vocabulary("en")) == [
        "2024 expenditure", "2025 approved", "Technical adjustments", "2026 estimate"]


def test_a_header_printed_a_cell_a_line_is_read_in_the_editions_order() -> None:
    """Each cell's lines one after another, in an extractor's own order (the last
    year's heading before the changes printed under "变动"): the headings in the order
    a fascicle sets them, by year, the changes just before the last year."""
    lines = _lines(["2022 年支", "出", "2023 年批", "款", "变动", "2024 年估计(重计费用", "前)",
                    "技术调", "整", "其", "他"])
    assert stitched_headings(lines, 5, vocabulary("zh")) == [
        "2022 年支出", "2023 年批款", "技术调整", "其他", "2024 年估计(重计费用前)"]


def test_a_cell_a_line_goes_on_past_a_whole_heading_and_another_cells_line() -> None:
    """"2026 estimate" is a heading whole, yet "(before" opens none: it goes on with it;
    "recosting)" printed on the label column's line goes on with the one cell it can."""
    lines = _lines(["Changes", "2026 estimate", "(before", "recosting)", "2025", "approved",
                    "Technical", "adjustments", "Other"])
    assert stitched_headings(lines, 4, vocabulary("en")) == [
        "2025 approved", "Technical adjustments", "Other", "2026 estimate (before recosting)"]
    lines = _lines(["2026 estimate", "(before", "Object of expenditure recosting)", "2025",
                    "approved"])
    assert stitched_headings(lines, 2, vocabulary("en")) == [
        "2025 approved", "2026 estimate (before recosting)"]


def test_the_headings_under_a_group_label_keep_the_editions_order() -> None:
    """Under "Changes" a fascicle prints its change columns in one order; an extractor
    printing "Percentage" before "Other" does not move the columns; without a group
    label a "Total" is no change column and stays where it is printed."""
    lines = _lines(["Changes", "2025", "approved", "Percentage", "Other", "Total", "2026",
                    "estimate"])
    assert stitched_headings(lines, 5, vocabulary("en")) == [
        "2025 approved", "Other", "Total", "Percentage", "2026 estimate"]
    lines = _lines(["2025", "approved", "2026", "estimate", "Total"])
    assert stitched_headings(lines, 3, vocabulary("en")) == [
        "2025 approved", "2026 estimate", "Total"]


def test_a_header_the_edition_does_not_read_whole_is_left_to_the_other_readers() -> None:
    en = vocabulary("en")
    assert stitched_headings(_lines(["2025", "approved", "made-up", "2026", "estimate"]), 3,
                             en) is None
    assert stitched_headings(_lines(["2025 2026", "approved made-up"]), 2, en) is None
    assert stitched_headings(_lines(_CHANGES_EN), 7, en) is None  # not as many as values
    # a word printed after a year, its year not in these lines: the column is not told
    assert stitched_headings(_lines(["类别和次类别", "计划", "实际", "计划", "计划"]), 4,
                             vocabulary("zh")) is None


def _header(tmp_path: Path, lines: list[str], language: str) -> list[list[str]]:
    """The header rows of the first table of a flat text of ``lines``."""
    path = tmp_path / "flat.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = next(b for b in read_text(path, language).blocks if isinstance(b, Table))
    return [[c.text for c in row] for row in table.parts[0].header]


def test_a_flat_texts_table_names_its_columns(tmp_path: Path) -> None:
    assert _header(tmp_path, [
        "1.1 The made-up office's resources are shown in table 1.1.",
        "Table 1.1", "Overall: evolution of financial resources by component",
        "(Thousands of United States dollars)", *_CHANGES_EN,
        "A. Made-up organs 1.0 2.0 – – – – – 2.0",
        "B. Made-up direction 3.0 4.0 1.0 – – 1.0 25.0 5.0",
        "Total 4.0 6.0 1.0 – – 1.0 16.7 7.0",
        "1.2 The next paragraph closes the section."], "en") == [
        ["", "2024 expenditurea", "2025 approved", "Changes", "2026 estimate"],
        ["Technical adjustments", "New/expanded mandates", "Other", "Total", "Percentage"]]


_INLINE_GROUP_ZH = [  # LibreOffice's narrow cells: the group label among the first lines
    "支出用途 2022 年 2023 年 变动 2024 年",
    "支出 批款 估计(重",
    "技术 新 其他 共计 百分",
    "计费用",
    "调整 的/扩 比",
    "前)",
    "大的",
    "任务",
]


def test_a_group_label_among_the_cells_first_lines_heads_the_columns_under_it() -> None:
    assert stitched_headings(_lines(_INLINE_GROUP_ZH), 8, vocabulary("zh")) == [
        "2022 年支出", "2023 年批款", "技术调整", "新的/扩大的任务", "其他", "共计", "百分比",
        "2024 年估计(重计费用前)"]


def test_a_group_label_naming_a_column_of_its_own_stays_that_column() -> None:
    """"变动" over no columns of its own is one column: the heading of the change."""
    lines = _lines(["组成部分/次级方案 2022 年估计 2023 年估计 变动 2024 年估计"])
    assert stitched_headings(lines, 4, vocabulary("zh")) == [
        "2022 年估计", "2023 年估计", "变动", "2024 年估计"]


def test_a_flat_texts_inline_group_label_groups_its_columns(tmp_path: Path) -> None:
    """Read whole, the columns under the group label inline carry it, so their keys are
    the changes' ("共计" is the total change, not the table's total)."""
    assert _header(tmp_path, [
        "15.1 预算资源载于表 15.1。", "表 15.1", "总表：按支出用途列示的财政资源演变情况",
        "(千美元)", *_INLINE_GROUP_ZH,
        "员额 11 565.7 11 896.4 — — — — — 11 896.4",
        "其他工作人员费用 307.9 331.8 — 61.4 — 61.4 18.5 393.2",
        "共计 11 873.6 12 228.2 — 61.4 — 61.4 0.5 12 289.6",
        "15.2 下一段。"], "zh") == [
        ["支出用途", "2022 年支出", "2023 年批款", "变动", "2024 年估计(重计费用前)"],
        ["技术调整", "新的/扩大的任务", "其他", "共计", "百分比"]]


def test_a_year_printed_apart_from_its_suffix_opens_its_heading() -> None:
    """An organs table's narrow cells: "2023" over "年批款", the label column's heading
    over two lines, and the text columns' headings among them."""
    lines = _lines(["2024 年", "估计(重", "决策 2023 计费用", "机关 说明 补充信息 年批款 前)"])
    assert stitched_headings(lines, 4, vocabulary("zh")) == [
        "说明", "补充信息", "2023年批款", "2024 年估计(重计费用前)"]


def test_a_year_alone_takes_the_dated_word_printed_a_cell_a_line_after_it() -> None:
    """Printed a cell a line ("2024 年", "估计(重", …), the year alone is no heading yet:
    the word the edition prints after a year goes on with it, though it could open a
    heading of its own."""
    lines = _lines(["决策", "机关 说明 补充信息", "2023", "年批款", "2024 年", "估计(重", "计费用",
                    "前)"])
    assert stitched_headings(lines, 4, vocabulary("zh")) == [
        "说明", "补充信息", "2023年批款", "2024 年估计(重计费用前)"]


def test_years_alone_take_their_words_printed_on_one_line_in_order() -> None:
    """Text printed a block at a time (pdftotext's default mode) sets the years' cells,
    then their words' line: "2025", "2026", "2027" over "actual planned planned"."""
    lines = _lines(["Category and subcategory", "2025", "planned", "2025", "2026", "2027",
                    "actual planned planned"])
    assert stitched_headings(lines, 4, vocabulary("en")) == [
        "2025 planned", "2025 actual", "2026 planned", "2027 planned"]
