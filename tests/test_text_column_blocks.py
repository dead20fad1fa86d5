"""Value columns printed a block each (pdftotext's default mode) read back a row per line."""

from __future__ import annotations

from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_stacked import restack
from unfascicle.extract.text_vocab import vocabulary


def _lines(*texts: str) -> list[PlainLine]:
    """Lines numbered in order; an empty string is a blank line (a gap in numbers)."""
    return [PlainLine(no, text, 1) for no, text in enumerate(texts, 1) if text]


def test_a_last_row_printed_a_block_a_value_goes_on_under_the_columns() -> None:
    lines = _lines("表 1.1", "标题", "类别和次类别", "外地项目(项目数目)", "1. 关于城市规划的项目",
                   "2. 关于地方经济的项目", "", "2022 年 2022 年 2023 年", "计划 实际 计划",
                   "1", "2", "", "4", "5", "", "7", "8", "", "3", "", "6", "", "9")
    got = [ln.text for ln in restack(lines, [], vocabulary("zh"))]
    assert got[3:6] == ["外地项目(项目数目)  1  4  7", "1. 关于城市规划的项目  2  5  8",
                        "2. 关于地方经济的项目  3  6  9"]
