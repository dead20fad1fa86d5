"""A table of labels, a value column and a text column, its label column printed first."""

from __future__ import annotations

import pytest

from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_stacked import restack
from unfascicle.extract.text_vocab import vocabulary

_DETAILS = "1 个 D-1、3 个 P-5、4 个 P-4、2 个 P-3、1 个 P-2/1、1 个 GS(OL)、6"
_CAPTION = ["表 3.2", "总表：拟议员额和员额变动", "(员额数目)"]
_LABELS = ["2025 年核", "定", "员额变动", "2026 年拟", "议"]


def _lines(*texts: str) -> list[PlainLine]:
    """Lines numbered in order; an empty string is a blank line (a gap in numbers)."""
    return [PlainLine(no, text, 1) for no, text in enumerate(texts, 1) if text]


@pytest.mark.parametrize("printed", [
    # the value column as a block, then the text column under its heading
    ["数", "目", "18", "—", "18", "", "详情", _DETAILS, "个 LL", "—", _DETAILS, "个 LL"],
    # the text column's heading, then each row's value opening its text cell
    ["数", "目", "详情", f"18 {_DETAILS}", "个 LL", "—", "—", f"18 {_DETAILS}", "个 LL"],
])
def test_a_label_column_printed_above_the_header_goes_under_it(printed: list[str]) -> None:
    lines = _lines(*_CAPTION, *_LABELS, *printed, "", "注：表中使用了缩写。")
    got = [ln.text for ln in restack(lines, [], vocabulary("zh"))]
    assert got[3:] == ["数目 详情", "2025 年核定  18", _DETAILS, "个 LL", "员额变动  —  —",
                       "2026 年拟议  18", _DETAILS, "个 LL", "注：表中使用了缩写。"]
