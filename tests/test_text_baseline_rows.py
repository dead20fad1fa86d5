"""Rows of text cells whose printed lines the mode merged on their baselines
(``text_baseline_rows``), laid out column-aligned by ``text_stacked.restack``.
Made-up text."""

from __future__ import annotations

from extract.text_grid_entries import PlainLine
from extract.text_stacked import restack
from extract.text_vocab import vocabulary

# The header printed in pieces, in the mode's order: the taller heading's first
# piece first, then the label's, the text headings and the rest of the years'.
_HEADER = ["2031 年", "决策机", "说明", "关", "2030", "补充信息", "估计", "年批款"]

# Two rows and a total. The first row's cell of fields prints its first line
# first; its label prints beside its description's second line; its figures on a
# line of their own. The second row's first line holds all its cells and its
# figures; the first row's description goes on after it.
_ROWS = ["授权：大会第 1/1 号", "负责审议区域合作各项政策", "甲委员会 并提出建议和年度报告审查", "决议",
         "— —", "乙理事会 监督方案执行核准年度工作 授权：大会第 2/2 号 5.0 5.0", "各国提交的资料。",
         "计划和预算。", "决议", "成员：20 名代表", "共计", "5.0 5.0"]

# The paragraph before the table prints the words the cells join across lines.
_BEFORE = "1.1 本款说明各决策机关按大会第 1/1 号决议审查各国资料和工作计划的所需资源。"
_AFTER = "1.2 本款的拟议资源与上一年相同，不作任何变动，也不要求增加任何员额资源。"

_LAID_OUT = [
    "决策机关  说明            补充信息         2030年批款  2031年估计",
    "甲委员会  负责审议区域合作各项政策  授权：大会第 1/1号  —        —",
    "并提出建议和年度报告审查  决议",
    "各国提交的资料。",
    "乙理事会  监督方案执行核准年度工作  授权：大会第 2/2号  5.0      5.0",
    "计划和预算。        决议",
    "成员：20 名代表",
    "共计                               5.0      5.0",
]


def _lines(one: list[str], two: list[str], before: str = _BEFORE) -> list[PlainLine]:
    """A numbered paragraph (``before``), a caption, title and unit, then the header
    and ``one`` on a page, the header again and ``two`` on the next (if any), and
    the next paragraph; a blank line between every two."""
    first = [before, "表 1.1", "决策机关", "(千美元)", *_HEADER, *one]
    second = [*_HEADER, *two] if two else []
    return [PlainLine(2 * no, text, 1) for no, text in enumerate(first, 1)] + [
        PlainLine(2 * (len(first) + no), text, 2) for no, text in enumerate(second, 1)] + [
        PlainLine(2 * (len(first) + len(second) + 1), _AFTER, 2 if two else 1)]


def test_cells_merged_on_their_baselines_are_dealt_back_to_rows() -> None:
    got = restack(_lines(_ROWS, []), [], vocabulary("zh"))
    assert [ln.text for ln in got[4:-1]] == _LAID_OUT
    assert got[-1].text == _AFTER


def test_a_totals_label_opens_a_row_of_its_own() -> None:
    """Each line after the second row's figures could open the total's row; the
    total's label, further down, opens it."""
    rows = [*_ROWS[:7], "计划和预算并审议各国提交", "的统计资料和年度报告。", "决议", "成员：20 名代表",
            "年度会议次数：2", "理事会议事规则", "共计", "5.0 5.0"]
    got = restack(_lines(rows, []), [], vocabulary("zh"))
    assert [ln.text for ln in got[8:14]] == [
        "乙理事会  监督方案执行核准年度工作  授权：大会第 2/2号  5.0      5.0",
        "计划和预算并审议各国提交  决议",
        "的统计资料和年度报告。   成员：20 名代表",
        "年度会议次数：2",
        "理事会议事规则",
        "共计                               5.0      5.0"]


def test_a_header_printed_a_line_at_a_time_is_left_to_other_readers() -> None:
    """A header whose lines hold pieces of several headings each (a mode printing
    the table a printed line at a time) is not this reader's."""
    lines = _lines(_ROWS, [])
    header = ["决 2031 年", "策 估计", "机 2030", "关 说明 补充信息 年批款"]
    lines[4:12] = [PlainLine(lines[4 + k].no, text, 1) for k, text in enumerate(header)]
    got = restack(lines, [], vocabulary("zh"))
    assert [ln.text for ln in got] == [ln.text for ln in lines]


def test_a_header_whose_pieces_deal_two_ways_leaves_the_lines_as_they_were() -> None:
    """Both years printed with their suffix: "估计" and "批款" might each go on
    either, so the header is not read."""
    lines = _lines(_ROWS, [])
    lines[8] = PlainLine(lines[8].no, "2030 年", 1)
    lines[11] = PlainLine(lines[11].no, "批款", 1)
    got = restack(lines, [], vocabulary("zh"))
    assert [ln.text for ln in got] == [ln.text for ln in lines]
