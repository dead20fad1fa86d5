"""A stacked table's last row printed past a page turn: its label above the header the
next page prints again (naming more columns), and a wrapped label's tail at the foot."""

from __future__ import annotations

from pathlib import Path

from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_reader import read_text
from unfascicle.extract.text_stacked import restack
from unfascicle.extract.text_vocab import vocabulary

_FIRST = ["表 1.1", "标题", "(员额数目)", "", "变动", "2022 年 2023 年 技术调", "核定 核定 整", "",
          "专业及以上职类", "6", "7", "—", "一般事务及有关", "3", "4", "—", "职类", ""]
_SECOND = ["共计", "", "变动", "2022 年 2023 年 技术调 其他 2024 年", "核定 核定 整 拟议", "",
           "9", "11", "— — 11", "", "1.2 下一段正文在这里继续说明一些事情。"]


def test_a_label_above_the_header_a_wider_page_repeats_takes_the_values_under_it() -> None:
    """The page printing more columns is read with its own count (a part of its own):
    the row label known to the edition opening it ("共计"), above the header, takes
    the values printed under the header."""
    lines, no = [], 0
    for page, texts in enumerate([_FIRST, _SECOND], 1):
        for text in texts:
            no += 1
            lines += [PlainLine(no, text, page)] if text else []
    got = [ln.text for ln in restack(lines, [], vocabulary("zh"))]
    assert got[-3:] == ["核定 核定 整 拟议", "共计  9  11  —  —  11", lines[-1].text]


def test_a_wrapped_labels_tail_closing_its_page_ends_its_row(tmp_path: Path) -> None:
    """A label wrapped with its values on its first line, its tail ("职类") the page's
    last line, the next page opening with its header printed again: the tail is the
    label's, not a row of its own."""
    path = tmp_path / "paged.txt"
    path.write_text("\f".join("\n".join(page) + "\n" for page in
                              [["1.1 表 1.1 列示员额。", *_FIRST], _SECOND]), encoding="utf-8")
    table = read_text(path).blocks
    rows = [row for block in table if hasattr(block, "parts") for part in block.parts
            for row in part.rows]
    labels = [row.cells[0] for row in rows if row.cells]
    assert "一般事务及有关职类" in labels and "职类" not in labels
