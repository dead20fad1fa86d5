"""Prose cells side by side whose last lines the default mode printed a line each."""

from __future__ import annotations

from unfascicle.extract.text_ideographs import glyph_pairs, ideographs_side_by_side
from unfascicle.extract.text_prose import ProseLine, prose_rows


def test_last_lines_printed_a_line_each_go_on_in_their_columns() -> None:
    """The last lines of three cells, set on one baseline far apart, come a line each
    after the row's full lines, left to right: each goes on in its own column, not
    all in the first (whose line above was full: no new paragraph there)."""
    texts = ["— 甲乙丙丁戊己 子丑寅卯辰巳午未 东南西北中春",
             "庚辛壬癸甲乙 申酉戌亥子丑寅卯 夏秋冬日月星",
             "丙丁", "辰巳午", "山川"]
    assert ideographs_side_by_side(texts, 4) == [
        "—", "甲乙丙丁戊己庚辛壬癸甲乙丙丁", "子丑寅卯辰巳午未申酉戌亥子丑寅卯辰巳午",
        "东南西北中春夏秋冬日月星山川"]


def test_last_lines_out_of_column_order_go_where_the_document_words_them() -> None:
    """A shorter cell, centred, prints its last line half a line below the others'
    line above and before their last lines: in the row's tail the order tells no
    column, and each line goes on where its first character follows the column's
    last as the document prints them together elsewhere ("报告", "会议", "项目")."""
    texts = ["— 甲乙丙丁戊己庚辛 子丑寅卯辰巳午未 东南西北中春夏秋",
             "天地玄黄宇宙洪荒 日月盈昃辰宿列张 寒来暑往秋收冬项",
             "云腾致雨露结为报 金生丽水玉出昆会",
             "目", "告", "议"]
    elsewhere = "本报告的会议和项目"
    wording = glyph_pairs([elsewhere, *texts])
    assert ideographs_side_by_side(texts, 4, None, lambda: wording) == [
        "—", "甲乙丙丁戊己庚辛天地玄黄宇宙洪荒云腾致雨露结为报告",
        "子丑寅卯辰巳午未日月盈昃辰宿列张金生丽水玉出昆会议",
        "东南西北中春夏秋寒来暑往秋收冬项目"]


# A row of five cells side by side: the first, narrow, ends a line early; the last
# lines of the next three come after the full lines, the last two together with the
# fifth's; then the second cell's next paragraph.
_BANDED_TAIL = ["甲乙丙丁戊己 天地玄黄宇宙洪荒 云腾致雨露结为霜 金生丽水玉出昆冈 龙师火帝鸟官人皇始制文字乃",
                "庚辛壬癸子丑 日月盈昃辰宿列张 剑号巨阙珠称夜光 果珍李柰菜重芥姜 服衣裳推位让国有虞陶唐吊民",
                "寅卯 寒来暑往秋收冬藏 海咸河淡鳞潜羽翔 坐朝问道垂拱平章 伐罪周发殷汤坐朝问道垂拱平",
                "闰余", "果珍", "成岁 章爱育黎首臣伏戎羌遐", "律吕调阳云腾致雨", "露结"]
_BANDED_CELLS = ["甲乙丙丁戊己庚辛壬癸子丑寅卯", "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余律吕调阳云腾致雨露结",
                 "云腾致雨露结为霜剑号巨阙珠称夜光海咸河淡鳞潜羽翔果珍",
                 "金生丽水玉出昆冈果珍李柰菜重芥姜坐朝问道垂拱平章成岁",
                 "龙师火帝鸟官人皇始制文字乃服衣裳推位让国有虞陶唐吊民伐罪周发殷汤坐朝问道垂拱平章爱育黎首臣伏戎羌遐"]


def test_a_tail_line_holding_two_last_lines_is_in_the_tail_and_read_left_to_right() -> None:
    """The tail starts after the last line parting every column (not after the last
    line holding two cells' last lines), and its lines, each the same line of its
    column, come left to right: the second cell, not the narrow first one (a line
    short above either way), goes on in the paragraph printed last."""
    assert ideographs_side_by_side(_BANDED_TAIL, 5) == _BANDED_CELLS


def test_year_headings_printed_one_a_line_head_cells_side_by_side() -> None:
    """The default mode prints a header of years a heading a line: they are one
    header line still, and the lines under it cells side by side."""
    header = [ProseLine(f"{year}(计划)", 1, 0, no) for no, year in enumerate(range(2020, 2025))]
    body = [ProseLine(text, 1, 0, no) for no, text in enumerate(_BANDED_TAIL, 10)]
    assert [cell for row in prose_rows(header, body, 5) for cell in row.cells] == _BANDED_CELLS
