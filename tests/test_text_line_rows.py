"""Rows of text cells printed a line of each cell in turn (``text_line_rows``), laid
out column-aligned by ``text_stacked.restack``. Made-up text."""

from __future__ import annotations

from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_stacked import restack
from unfascicle.extract.text_vocab import vocabulary

# The header printed a line of each heading in turn: the first line of every
# heading, then the rest of the years' headings, in turn.
_HEADER = ["决策机关", "说明", "补充信息", "2030", "2031", "年批", "年估", "款", "计"]

# Two rows printed a line of each cell in turn (label, description, supplementary
# information); the page's figures printed apart, a row after another; the second
# row's label wrapped, its description going on over the page under the header
# repeated there; the total's figures printed after the next paragraph's number.
_PAGE_ONE = ["甲委员会", "负责审议区域合作各项政策", "授权：大会第 1/1 号决议和",
             "并向大会提出建议和年度报", "第 3/3 号决议", "告并审查各国提交的资料和",
             "成员：12 名专家", "数据。", "—", "—", "5.0", "5.0",
             "丙区域理", "监督方案执行情况并核准年", "授权：大会第 2/2 号决议", "事会",
             "度工作计划和预算，每年举", "成员：20 名代表"]

_PAGE_TWO = ["行两次会议。", "共计", "1.2", "5.0", "5.0",
             "本款的拟议资源与上一年相同，不作任何变动，也不要求增加任何员额资源。"]

_LAID_OUT = [
    "决策机关  说明            补充信息             2030年批款  2031年估计",
    "甲委员会  负责审议区域合作各项政策  授权：大会第 1/1 号决议和  —        —",
    "并向大会提出建议和年度报  第 3/3 号决议",
    "告并审查各国提交的资料和  成员：12 名专家",
    "数据。",
    "丙区域理  监督方案执行情况并核准年  授权：大会第 2/2 号决议   5.0      5.0",
    "事会    度工作计划和预算，每年举  成员：20 名代表",
    "行两次会议。",
    "共计                                   5.0      5.0",
]


def _lines(one: list[str], two: list[str]) -> list[PlainLine]:
    """A numbered paragraph, a caption, title and unit, then the header and ``one``
    on a page, the header again and ``two`` on the next."""
    first = ["1.1 本款说明各决策机关的所需资源，按机关列示如下。", "表 1.1", "决策机关", "(千美元)",
             *_HEADER, *one]
    second = [*_HEADER, *two]
    return [PlainLine(no, text, 1) for no, text in enumerate(first, 1)] + [
        PlainLine(len(first) + no, text, 2) for no, text in enumerate(second, 1)]


def test_rows_printed_a_line_of_each_cell_in_turn_are_laid_side_by_side() -> None:
    got = restack(_lines(_PAGE_ONE, _PAGE_TWO), [], vocabulary("zh"))
    assert [ln.text for ln in got[4:-1]] == _LAID_OUT
    assert got[6].indent == got[5].text.index("负")  # under the description
    assert got[-1].text.startswith("1.2 本款")


def test_a_cell_opens_on_its_rows_first_printed_line() -> None:
    """A row without supplementary information: the line after the label's second
    line and the description's is the description's next paragraph, not that cell
    opening a printed line late."""
    one = ["甲委员会", "负责审议区域合作各项政策", "授权：大会第 1/1 号决议和", "并向大会提出建议。",
           "第 3/3 号决议", "乙区域委员", "负责审议区域合作各项政策", "会", "并向大会提出建议。",
           "另附年度报告。", "—", "—", "5.0", "5.0"]
    got = restack(_lines(one, ["共计", "5.0", "5.0"]), [], vocabulary("zh"))
    assert [ln.text for ln in got[7:10]] == [
        "乙区域委员  负责审议区域合作各项政策                   5.0      5.0",
        "会      并向大会提出建议。",
        "另附年度报告。"]


def test_figures_that_fill_no_rows_of_the_page_leave_the_lines_as_they_were() -> None:
    """A page's figures are its rows', a row after another: three figures fill no
    rows of two, and four fill two rows where the text opens one."""
    one = ["甲委员会", "负责审议区域合作各项政策", "授权：大会第 1/1 号决议和", "并向大会提出建议。"]
    two = ["乙委员会", "负责审议各项政策。", "授权：大会第 2/2 号决议"]
    for text, figures in ((one + two, ["—", "—", "5.0"]), (one, ["—", "—", "5.0", "5.0"])):
        lines = _lines([*text, *figures], ["共计", "5.0", "5.0"])
        assert restack(lines, [], vocabulary("zh")) == lines
