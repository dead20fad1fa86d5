"""Tests of what pdftotext's default mode prints apart: lines cut at a stretched
space and raised calls (text_gap_pieces), running heads under a margin block
(text_blocks), a lone number over the rest of a sentence from the page before or
over a figure (text_margins.number_past_rest), a page's first line going on with
the page before (text_margins). Made-up text."""

from __future__ import annotations

from unfascicle.extract.text_blocks import drop_running
from unfascicle.extract.text_gap_pieces import gap_pieces_joined
from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_stacked import restack
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


def test_a_lone_number_over_the_rest_of_a_sentence_goes_to_the_next_paragraph() -> None:
    page1 = [f"9.1 {FULL}", f"{FULL}而且"]
    page2 = ["9.2", "", "说完的部分在这里。", "立法授权", "以下清单列示虚构的授权。"]
    lines = [PlainLine(no, text, 1) for no, text in enumerate(page1, 1)]
    lines += [PlainLine(no, text, 2) for no, text in enumerate(page2, 10) if text]
    got = [ln.text for ln in restack(lines, [], ZH)]
    assert got == [f"9.1 {FULL}", f"{FULL}而且", "说完的部分在这里。", "立法授权",
                   "9.2 以下清单列示虚构的授权。"]


def test_a_page_going_on_with_the_sentence_before_opens_no_paragraph_there() -> None:
    page1 = [f"9.1 {FULL}", f"{FULL}而且"]
    page2 = ["9.2", "9.3", "9.4", "", "说完的部分在这里。", "立法授权", f"第二段{FULL}",
             f"{FULL[:-1]}。", "第三段的内容。", "评价活动", "第四段的内容。"]
    lines = [PlainLine(no, text, 1) for no, text in enumerate(page1, 1)]
    lines += [PlainLine(no, text, 2) for no, text in enumerate(page2, 10) if text]
    got = [ln.text for ln in restack(lines, [], ZH)]
    assert got[2:] == ["说完的部分在这里。", "立法授权", f"9.2 第二段{FULL}", f"{FULL[:-1]}。",
                       "9.3 第三段的内容。", "评价活动", "9.4 第四段的内容。"]


def test_raised_calls_printed_one_under_another_go_into_the_line_below() -> None:
    lines = _lines(f"9.1 {FULL}", "9", "10", "虚构的内容。 后面还有文字", "9 脚注九。", "10 脚注十。")
    out = gap_pieces_joined(lines, MEASURE, ZH, _is_full)
    assert [ln.text for ln in out][:2] == [f"9.1 {FULL}", "虚构的内容。9 10 后面还有文字"]


def test_a_lone_number_over_a_figure_goes_to_the_paragraph_under_it() -> None:
    lines = [PlainLine(1, "9.1 第一段。", 1)]
    page2 = ["9.2", "图 9.一", "业绩计量：虚构的图", "评价活动", "第二段的内容。"]
    lines += [PlainLine(no, text, 2) for no, text in enumerate(page2, 10)]
    got = [ln.text for ln in restack(lines, [], ZH)]
    assert got == ["9.1 第一段。", "图 9.一", "业绩计量：虚构的图", "评价活动", "9.2 第二段的内容。"]
