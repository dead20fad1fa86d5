"""Tests of printed lines cut apart by an extractor (text_gap_pieces) and of running
heads printed under a margin block (text_blocks.drop_running). Made-up text."""

from __future__ import annotations

from unfascicle.extract.text_blocks import drop_running
from unfascicle.extract.text_gap_pieces import gap_pieces_joined
from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_vocab import vocabulary
from unfascicle.extract.textnorm import width

ZH = vocabulary("zh")
MEASURE = 60  # thirty ideographs
FULL = "甲乙丙丁戊己庚辛壬癸" * 3


def _is_full(ln: PlainLine) -> bool:
    return width(ln.text) >= 0.88 * MEASURE


def _lines(*texts: str) -> list[PlainLine]:
    return [PlainLine(no, text, 1) for no, text in enumerate(texts, 1)]


def test_the_two_pieces_of_a_line_cut_at_a_stretched_space_are_joined() -> None:
    lines = _lines(f"9.1 {FULL}", "子丑寅卯辰巳午未申酉子丑寅卯辰巳午未申酉", "12 项虚构的数据目",
                   FULL, "结束。")
    out = gap_pieces_joined(lines, MEASURE, ZH, _is_full)
    assert [ln.text for ln in out] == [
        f"9.1 {FULL}", "子丑寅卯辰巳午未申酉子丑寅卯辰巳午未申酉 12 项虚构的数据目", FULL, "结束。"]


def test_short_lines_of_many_spaces_or_a_heading_are_left_apart() -> None:
    latin = _lines("x" * 60, "an ordinary line of words set apart by", "many spaces here",
                   "x" * 60)
    assert gap_pieces_joined(latin, MEASURE, ZH, _is_full) == latin
    heading = _lines("上一段到此结束。", "子丑寅卯辰巳午未申酉子丑寅卯辰巳午未申酉", "12 项虚构的数据目",
                     FULL)
    assert gap_pieces_joined(heading, MEASURE, ZH, _is_full) == heading


def test_a_raised_call_printed_alone_goes_into_the_room_left_below() -> None:
    lines = _lines(f"9.1 {FULL}", "3", "虚构的内容。 后面还有文字", "3 虚构的脚注。")
    out = gap_pieces_joined(lines, MEASURE, ZH, _is_full)
    assert [ln.text for ln in out] == [f"9.1 {FULL}", "虚构的内容。3 后面还有文字", "3 虚构的脚注。"]


def test_a_running_head_printed_under_a_margin_block_is_dropped() -> None:
    lines: list[PlainLine] = []
    for page in range(1, 5):
        texts = ["A/99/6", *(f"9.{4 * page + n}" for n in range(4)), "第一编 虚构", *[FULL] * 5, "结束。"]
        lines += [PlainLine(len(lines) + n, text, page) for n, text in enumerate(texts)]
    kept, running = drop_running(lines, ZH)
    assert "第一编 虚构" in running
    assert all(ln.text != "第一编 虚构" for ln in kept)
    assert sum(ln.text.startswith("9.") for ln in kept) == 16
