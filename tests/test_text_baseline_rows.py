"""Rows of text cells whose printed lines the mode merged on their baselines
(``text_baseline_rows``), laid out column-aligned by ``text_stacked.restack``.
Made-up text."""

from __future__ import annotations

from collections import Counter

from unfascicle.extract import text_baseline_rows
from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_line_cells import NEW_PARAGRAPH
from unfascicle.extract.text_stacked import restack
from unfascicle.extract.text_vocab import vocabulary

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


def test_a_justified_line_printed_a_glyph_a_block_is_joined_back() -> None:
    """The mode printed the letters of a justified line spread over its cell a
    block each ("成", "员", "："): one line of the cell of fields."""
    rows = [*_ROWS[:9], "成", "员", "：", "20 名代表", *_ROWS[10:]]
    got = restack(_lines(rows, []), [], vocabulary("zh"))
    assert [ln.text for ln in got[9:12]] == ["计划和预算。        决议", "成员：", "20 名代表"]


def test_a_cell_of_fields_holds_each_field_once() -> None:
    """The second row's mandate prints before its row's first line: it opens the
    second row's cell of fields, not a second mandate in the first row's."""
    rows = ["甲委员会 负责审议区域合作各项政策 授权：大会第 1/1 号 — —", "并提出建议和年度报告审查", "决议",
            "各国提交的资料。", "授权：大会第 2/2 号", "乙理事会 监督方案执行核准年度工作 5.0 5.0",
            *_ROWS[7:]]
    got = restack(_lines(rows, []), [], vocabulary("zh"))
    assert [ln.text for ln in got[4:-1]] == _LAID_OUT


def test_a_known_row_label_is_a_whole_label() -> None:
    """The second row's label ends on a later line ("会"); the document's wording
    joins it to the first row's label more often, but that label is one the
    edition knows whole."""
    rows = [*_ROWS[:2], "方案支助 并提出建议和年度报告审查", *_ROWS[3:5],
            "区域理事 监督方案执行核准年度工作 授权：大会第 2/2 号 5.0 5.0", _ROWS[6], "会", *_ROWS[7:]]
    before = _BEFORE.replace("的所需资源", "和支助会议的所需资源")
    got = restack(_lines(rows, [], before), [], vocabulary("zh"))
    assert [ln.text for ln in got[5:10]] == [
        "方案支助  负责审议区域合作各项政策  授权：大会第 1/1号  —        —",
        "并提出建议和年度报告审查  决议",
        "各国提交的资料。",
        "区域理事  监督方案执行核准年度工作  授权：大会第 2/2号  5.0      5.0",
        "会     计划和预算。        决议"]


def test_a_header_whose_pieces_deal_two_ways_leaves_the_lines_as_they_were() -> None:
    """Both years printed with their suffix: "估计" and "批款" might each go on
    either, so the header is not read."""
    lines = _lines(_ROWS, [])
    lines[8] = PlainLine(lines[8].no, "2030 年", 1)
    lines[11] = PlainLine(lines[11].no, "批款", 1)
    got = restack(lines, [], vocabulary("zh"))
    assert [ln.text for ln in got] == [ln.text for ln in lines]


def _context(seeds: tuple[int, ...], labels: dict[int, tuple[str, ...]] | None = None
             ) -> text_baseline_rows._Context:
    """What a reading of one page of two rows is held to, no wording known (``labels``:
    the row labels printed apart)."""
    return text_baseline_rows._Context(vocabulary("zh"), Counter(), labels or {}, seeds,
                                       Counter({1: 2}), 10.0)


def _line(*words: str, before: int = 2) -> text_baseline_rows._Line:
    """A printed line of page 1 after ``before`` rows' figures."""
    return text_baseline_rows._Line(1, words, tuple(2 * len(w) for w in words), before, before)


def _cost(reading: text_baseline_rows._Reading, line: text_baseline_rows._Line,
          seeds: tuple[int, ...], cells: tuple[tuple[int, int], ...],
          labels: dict[int, tuple[str, ...]] | None = None) -> float:
    """The least a reading of ``line`` going on ``cells`` costs (inf when none may)."""
    partings = text_baseline_rows._parted_runs(line, len(seeds), seeds)
    return min((s.cost for s in text_baseline_rows._steps(reading, line, partings,
                                                          _context(seeds, labels))
                if s.last == cells), default=float("inf"))


def test_a_line_of_one_column_alone_goes_on_no_row_above_the_last_such() -> None:
    """The second row's description printed a line alone: a line after it goes on
    the first row's description only at a cost (the mode prints a column top down)."""
    rows = ((("甲",), ("负责审议区域合作各项政策",), ()), (("乙",), ("监督方案执行核准年度工作",), ()))
    reading = text_baseline_rows._Reading(0.0, rows, (1, 1), (2, 24, 0), (), (-1, 1, -1))
    line = _line("并提出建议和年度报告审查")
    assert _cost(reading, line, (2, 24, 16), ((0, 1),)) \
        >= _cost(reading, line, (2, 24, 16), ((1, 1),)) + 1.0


def test_a_piece_short_of_its_column_has_no_other_cells_piece_after_it() -> None:
    """A description's last line, short of its column, is not parted in two cells'
    pieces: the mode merges only lines that meet."""
    rows = ((("甲",), ("负责审议区域合作各项政策",), ("授权：大会第 1/1 号",)),)
    reading = text_baseline_rows._Reading(0.0, rows, (1,), (2, 24, 16), (), (-1, -1, -1))
    line = _line("会议于", "2031", "年", "5", "月举行。", before=1)
    assert _cost(reading, line, (2, 24, 16), ((0, 1), (0, 2))) \
        >= _cost(reading, line, (2, 24, 16), ((0, 1),)) + 1.0


def test_a_field_in_a_cell_of_fields_opens_one_whatever_glyphs_it_joins() -> None:
    """A field after a full line of a cell of fields joins no glyphs: no wording is
    weighed, however seldom the document prints them together."""
    rows = ((("甲",), ("负责审议区域合作各项政策",), ("授权：大会第 1/1 号决议",)),)
    reading = text_baseline_rows._Reading(0.0, rows, (1,), (2, 24, 16), (), (-1, -1, -1))
    assert _cost(reading, _line("成员：12", before=1), (2, 24, 16), ((0, 2),)) == 0.0


# The label column a glyph wide: the mode prints its heading's glyphs and the page's
# labels (of the edition) as one block of lines, apart from the rows' other cells,
# and a total's label after its figures. The first row's description goes on after
# its figures; its last line, closing a sentence, meets the next cell's line.
_GLYPH_LABELS = [*"决策机关执行局行政和预算问题咨询委员会", "2031 年", "说明", "2030", "补充信息", "估计",
                 "年批款", "负责审议区域合作各项政策并提出建议和年度", "授权：大会第 1/1 号 — —",
                 "报告审查各国提交的资料及统计数据和工作计 决议以及秘书长的说明", "划。 成员：20 名代表",
                 "监督方案执行核准年度工作计划和预算并审议", "授权：大会第 2/2 号 5.0 5.0",
                 "各国提交的统计资料。 决议", "成员：30 名代表", "5.0 5.0", "共", "计"]


# The header and two rows of the made-up organs table, as restack lays them out.
_TWO_ROWS_LAID_OUT = [
    "决策机关          说明                    补充信息         2030年批款  2031年估计",
    "执行局           负责审议区域合作各项政策并提出建议和年度  授权：大会第 1/1号  —        —",
    "报告审查各国提交的资料及统计数据和工作计  决议以及秘书长的说明",
    "划。                    成员：20 名代表",
    "行政和预算问题咨询委员会  监督方案执行核准年度工作计划和预算并审议  授权：大会第 2/2号  5.0      5.0",
    "各国提交的统计资料。            决议",
    "成员：30 名代表",
]


def test_a_label_column_printed_a_glyph_a_line_labels_the_rows_in_order() -> None:
    """The labels printed apart label the page's rows in order (the column counted
    one glyph wide); a short line closing a sentence may meet the next cell's."""
    before = "1.1 本款说明各决策机关审议各国提交的年度报告和工作计划所需的资源。"
    first = [before, "表 1.1", "决策机关", "(千美元)", *_GLYPH_LABELS]
    lines = [PlainLine(no, text, 1) for no, text in enumerate(first, 1)]
    lines.append(PlainLine(len(first) + 2, _AFTER, 1))
    got = restack(lines, [], vocabulary("zh"))
    assert [ln.text for ln in got[4:-1]] == [
        *_TWO_ROWS_LAID_OUT,
        "共计                                               5.0      5.0"]


# A row whose label printed apart, its description a full line so far.
_APART = {1: ("执行局", "行政和预算问题咨询委员会")}
_FULL = ((("执行局",), ("负责审议区域合作各项政策并提出建议和年度",), ("授权：大会第 1/1 号",)),)


def test_a_row_opens_past_a_full_line_only_at_a_cost_when_labels_print_apart() -> None:
    """Nothing beside the lines tells where a row opens: a line after a full line of
    the description above goes on it, not on a new row's."""
    reading = text_baseline_rows._Reading(0.0, _FULL, (1,), (6, 40, 19), (), (-1, -1, -1))
    line = _line("报告审查各国提交的资料", before=1)
    assert _cost(reading, line, (24, 40, 19), ((1, 1),), _APART) \
        > _cost(reading, line, (24, 40, 19), ((0, 1),), _APART)


def test_a_label_printed_apart_takes_no_other_line() -> None:
    reading = text_baseline_rows._Reading(0.0, _FULL, (1,), (6, 40, 19), (), (-1, -1, -1))
    assert _cost(reading, _line("会议", before=1), (24, 40, 19), ((0, 0),), _APART) == float("inf")


def test_labels_the_edition_does_not_know_are_cut_into_the_pages_rows() -> None:
    """A block of labels the edition's words do not part is cut into as many labels
    as the page has rows (a total's apart), where the document joins glyphs least."""
    before = "1.1 本款说明甲委员会和乙理事会审议各国提交的年度报告和工作计划所需的资源。"
    rows = [*"决策机关甲委员会乙理事会", *_GLYPH_LABELS[len("决策机关执行局行政和预算问题咨询委员会"):]]
    first = [before, "表 1.1", "决策机关", "(千美元)", *rows]
    lines = [PlainLine(no, text, 1) for no, text in enumerate(first, 1)]
    lines.append(PlainLine(len(first) + 2, _AFTER, 1))
    got = restack(lines, [], vocabulary("zh"))
    assert [ln.text.split()[0] for ln in got[5:-1]] == [
        "甲委员会", "报告审查各国提交的资料及统计数据和工作计", "划。", "乙理事会", "各国提交的统计资料。",
        "成员：30", "共计"]


# The label column a glyph wide over two pages. On the first, each label prints a
# glyph a line beside its row's other lines, and the header's lines with the label
# heading's glyphs among them; the second label goes on over the page. The second
# page prints the label column as a block apart (its heading, the label's rest),
# then the margin's number of the paragraph after the table (it stood beside that
# paragraph's first line), the header again, the row's last line, and the total's
# label around its figures.
_OVER_PAGE = (
    ["1.1 本款说明执行局和行政和预算问题咨询委员会按大会第 1/1 号决议审议各国提交的年度报告和工作计划所需的资源。",
     "表 1.1", "决策机关", "(千美元)", "决", "2031 年", "策", "估计", "机", "2030", "关", "说明", "补充信息 年批款",
     "执", "负责审议区域合作各项政策并提出建议和年度", "授权：大会第 1/1 号 — —",
     "行 报告审查各国提交的资料及统计数据和工作计 决议以及秘书长的说明", "局 划。 成员：20 名代表",
     "行 监督方案执行核准年度工作计划和预算并审议 授权：大会第 2/2 号 5.0 5.0", "政 各国提交的统计资料。 决议"],
    [*"决策机关和预算问题咨询委员会执行局", "1.2", "2031 年", "估计", "2030", "说明", "补充信息 年批款",
     "成员：30 名代表", "审议各国提交的年度报告。 授权：大会第 3/3 号 2.0 2.0", "共", "7.0 7.0", "计",
     _AFTER.removeprefix("1.2 ")])


def test_a_label_column_a_glyph_wide_read_over_a_page() -> None:
    """The labels printed beside their rows open them, glued whole; the rest of the
    second printed on the next page goes on it; the table goes on past the
    number, the number before its paragraph after the table."""
    one, two = _OVER_PAGE
    lines = [PlainLine(no, text, 1) for no, text in enumerate(one, 1)] + [
        PlainLine(len(one) + 5 + no, text, 2) for no, text in enumerate(two, 1)]
    got = restack(lines, [], vocabulary("zh"))
    assert [ln.text for ln in got[4:]] == [
        *_TWO_ROWS_LAID_OUT,
        "执行局           审议各国提交的年度报告。          授权：大会第 3/3号  2.0      2.0",
        "共计                                               7.0      7.0",
        _AFTER]


def test_a_text_cell_opens_with_its_opening_words() -> None:
    """A mandate ("授权：") opens its cell: it goes on no cell holding lines."""
    rows = ((("甲",), ("负责审议区域合作各项政策",), ()),)
    reading = text_baseline_rows._Reading(0.0, rows, (1,), (2, 24, 0), (), (-1, -1, -1))
    line = _line("授权：大会第", before=1)
    assert _cost(reading, line, (2, 24, 16), ((0, 1),)) == float("inf")
    assert _cost(reading, line, (2, 24, 16), ((0, 2),)) < 1.0


def test_a_row_opens_past_a_full_line_closing_a_sentence_at_no_cost() -> None:
    """Where labels print apart, a full line of the description above that closes a
    sentence may close its cell: a row opens after it as after a short line."""
    ended = ((("执行局",), ("负责审议区域合作各项政策并提出建议和年度。",), ("授权：大会第 1/1 号",)),)
    reading = text_baseline_rows._Reading(0.0, ended, (1,), (6, 40, 19), (), (-1, -1, -1))
    line = _line("监督方案执行核准年度工作", before=1)
    assert _cost(reading, line, (2, 40, 19), ((1, 1),), _APART) < NEW_PARAGRAPH


def test_a_row_opens_on_its_labels_glyph_where_labels_print_beside_their_rows() -> None:
    """The label column a glyph wide printed apart on another page: on this page its
    glyphs print beside the rows' lines, and a row opens on its label's first."""
    rows = ((("甲",), ("负责审议区域合作各项政策",), ("授权：大会第 1/1 号",)),)
    reading = text_baseline_rows._Reading(0.0, rows, (1,), (2, 24, 16), (), (-1, -1, -1))
    elsewhere = {2: ("执行局",)}
    assert _cost(reading, _line("监督方案执行核准", before=1), (2, 24, 16), ((1, 1),),
                 elsewhere) == float("inf")
    assert _cost(reading, _line("乙", "监督方案执行核准", before=1), (2, 24, 16),
                 ((1, 0), (1, 1)), elsewhere) < 1.0
