"""Prose cells side by side whose last lines the default mode printed a line each."""

from __future__ import annotations

from unfascicle.extract.text_ideographs import glyph_pairs, ideographs_side_by_side


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
