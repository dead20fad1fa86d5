"""Cells and label lines that ``pdftotext``'s default mode prints out of their place
in a stacked table, put back: a first row's cells printed among the header
repeated on a later page and that header's last lines printed after the page's
labels (``extract.text_header_cells``), a page's last cell printed after a label at
its foot and a wrapped label's middle line's value printed among the labels
(``extract.text_regather``), a rest skipping a label printed whole with its first
value (``extract.text_late_labels``), a label column and a text column printed a
block each (``extract.text_column_blocks``)."""

from __future__ import annotations

from plain_pages import paged

from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_late_labels import rest_over_page
from unfascicle.extract.text_stacked import restack
from unfascicle.extract.text_vocab import vocabulary


def _row(lines: list[PlainLine], label: str) -> str:
    return next(ln.text for ln in lines if ln.text.startswith(label))


def test_a_first_rows_dashes_printed_among_the_header_go_next_to_their_like() -> None:
    head = ["Change", "Component", "2022 2023", "expenditure", "appropriation", "Technical"]
    lines = paged(
        ["Table 1.1", "Title", *head, "adjustments", "Other Total", "A. Policymaking organs",
         "1.0", "2.0", "—", "—", "2.0"],
        [*head, "adjustments", "B. Executive direction", "—", "Other Total", "3.0", "4.0", "—",
         "4.0", "C. Programme support", "5.0", "6.0", "1.0", "1.0", "7.0"])
    got = restack(lines, [], vocabulary("en"))
    assert _row(got, "B. ") == "B. Executive direction  3.0  4.0  —  —  4.0"


def test_a_repeated_headers_last_lines_printed_after_the_pages_labels_go_back_up() -> None:
    lines = paged(
        ["表 1.1", "", "标题", "类别和次类别", "", "2022 年计 2023 年计", "划", "", "划", "",
         "B. 生成和转让知识", "外地项目(项目数目)", "", "3", "", "3", "", "1. 关于甲的项目", "",
         "1", "", "1", "", "2. 关于乙的项目", "", "2", "", "2", ""],
        ["2022 年计 2023 年计", "", "类别和次类别", "", "划", "", "3. 关于丙的项目",
         "4. 关于丁的项目", "", "划", "", "3", "", "3", "", "4", "", "4"])
    got = [ln.text for ln in restack(lines, [], vocabulary("zh"))]
    assert got[-3:] == ["划", "3. 关于丙的项目  3  3", "4. 关于丁的项目  4  4"]


def _cells(*texts: str) -> list[str]:
    """Lines each followed by a blank one (a block each)."""
    return [t for text in texts for t in (text, "")]


def test_a_pages_last_cell_printed_after_a_label_at_its_foot_goes_where_the_sums_say() -> None:
    head = ["组成部分/次级方案", "", "2022 年估计 2023 年估计 变动 2024 年估计", ""]
    lines = paged(
        ["表 1.1", "", "标题", "", *head,
         *_cells("A. 决策机关", "1", "—", "—", "—", "B. 行政领导和管理", "28", "18", "(7)", "11",
                 "1. 甲次级方案", "12", "7", "6", "13", "2. 乙次级方案", "6", "4", "10",
                 "C. 工作方案", "12")],
        [*head, *_cells("3. 丙次级方案", "19", "12", "(3)", "9", "4. 丁次级方案", "21", "12",
                        "(3)", "9", "小计 (C)", "64", "37", "4", "41")])
    got = restack(lines, [], vocabulary("zh"))
    assert _row(got, "2. ") == "2. 乙次级方案  12  6  4  10"


def test_a_middle_label_lines_value_printed_among_labels_opens_its_row() -> None:
    """A wrapped label's middle line printed with its row's first value among the
    labels (after the page's values): the value goes back in the run one short,
    where the subtotal's sums say, and the line's text stays in the label."""
    lines = paged(
        ["表 1.1", "", "标题", "", "类别和次类别", "", "2022 年 2022 年 2023 年 2024 年", "计划", "",
         "实际", "", "计划", "", "计划", "", "B. 生成和转让知识", "外地项目(项目数目)", "",
         *_cells("9", "9", "9", "10", "4", "4", "4", "5", "5", "5", "5"), "出版物(出版物数目)", "",
         *_cells("2", "2", "2", "2"), "3. 国家城市报告", "", *_cells("2", "2", "2", "2"),
         "1. 关于甲的项目", "2. 关于乙的城市规划、空间框架、城乡联系和综合区域发展的",
         "政策对话、研讨会、讲习班和培训活动以及城市 5", "规划的项目", "", "C. 实质性应交付产出"])
    got = [ln.text for ln in restack(lines, [], vocabulary("zh"))]
    assert got[-5:-1] == ["1. 关于甲的项目  4  4  4  5",
                          "2. 关于乙的城市规划、空间框架、城乡联系和综合区域发展的",
                          "政策对话、研讨会、讲习班和培训活动以及城市", "规划的项目  5  5  5  5"]


def test_a_label_column_and_a_text_column_printed_a_block_each_are_joined_by_row() -> None:
    details = ["1 USG, 1 D-2, 5 D-1, 9 P-5, 21 P-4, 15 P-3, 5 P-2/1, 2", "GS (OL), 23 LL"]
    lines = paged(["Table 1.1", "", "Title", "", "(Number of posts)", "", "Number", "",
                    "Approved for 2023 82", "", "Post changes", "", "—", "", "Proposed for 2024 82",
                    "", "Details", "", *details, "", "—", "", *details, "",
                    "Note: the following abbreviations are used."])
    got = [ln.text for ln in restack(lines, [], vocabulary("en"))]
    assert got[3:11] == ["Number Details", "Approved for 2023 82", *details, "Post changes  —  —",
                         "Proposed for 2024 82", *details]


def test_a_late_rest_skips_a_label_printed_whole_with_its_first_value() -> None:
    """An enumerated label printed with its row's first value at its end is the
    line on the values' baseline, the whole label: a rest printed after the values
    goes to the open label before it."""
    lines = paged(
        ["表 1.1", "", "标题", "", "类别和次类别", "", "2022 年 2022 年 2023 年 2024 年", "计划", "",
         "实际", "", "计划", "", "计划", "", "B. 生成和转让知识", "研讨会、讲习班和培训活动(天数)", "",
         *_cells("38", "38", "38", "45"), "出版物(出版物数目)", "", *_cells("2", "2", "2", "2"),
         "1. 为合作伙伴和弱势群体(例如生活在非正规住区的群体)举办关于减缓", "",
         *_cells("10", "10", "10", "12"),
         "2. 关于社区和基础设施有效适应气候变化的研讨会、讲习班和培训活动 25", "",
         *_cells("25", "25", "30", "3", "3", "3", "3"),
         "气候变化、空气质量和低排放基本服务的研讨会、讲习班和培训活动", "3. 关于城市地区环境的培训"])
    got = [ln.text for ln in restack(lines, [], vocabulary("zh"))]
    assert got[-4:-1] == ["1. 为合作伙伴和弱势群体(例如生活在非正规住区的群体)举办关于减缓",
                          "气候变化、空气质量和低排放基本服务的研讨会、讲习班和培训活动  10  10  10  12",
                          "2. 关于社区和基础设施有效适应气候变化的研讨会、讲习班和培训活动  25  25  25  30"]


def test_a_text_column_whose_last_cell_ends_full_is_left_as_printed() -> None:
    """A full line may be a whole cell: when the last cell ends on one, where the
    cells part is not known, and the blocks stay as they were."""
    full = "1 USG, 3 ASG, 9 D-2, 16 D-1, 43 P-5, 55 P-4, 42 P-3, 21 P-2/1, 5 GS (PL), 86 GS (OL)"
    lines = paged(["Table 1.1", "", "Title", "", "(Number of posts)", "", "Number", "",
                    "Approved for 2025 283", "", "Establishment 8", "", "Proposed for 2026 291", "",
                    "Details", "", full, "1 P-5 under executive direction", "3 P-4 under subprogramme 1",
                    full, "", "Note: the following abbreviations are used."])
    got = [ln.text for ln in restack(lines, [], vocabulary("en"))]
    assert got[3:5] == ["Number", "Approved for 2025 283"]


def test_a_late_rest_at_a_pages_foot_takes_its_own_rest_from_the_next_page() -> None:
    """A label's middle line printed late at the foot of a page (after another
    label's last line, ending short), its last line opening the next page after
    the header repeated there: both go to the label, whose values go on its last
    line; the label above the middle line stays on its page."""
    head = ["类别和次类别", "", "2022 年 2022 年 2023 年 2024 年", "计划", "", "实际", "", "计划", "",
            "计划", ""]
    lines = paged(
        ["表 1.1", "", "标题", "", *head, "B. 生成和转让知识", "外地项目(项目数目)", "",
         *_cells("9", "9", "9", "10", "4", "4", "4", "5", "6", "6", "6", "7"), "出版物(出版物数目)",
         "", *_cells("2", "2", "2", "2"), "3. " + "乙" * 24, "", *_cells("3", "3", "3", "3"),
         "1. 甲甲甲", "2. " + "丁" * 24, "丁的项目", "乙" * 26, ""],
        [*head, "材料", "C. 实质性应交付产出", "", "表 1.2", "正文"])
    got = [ln.text for ln in restack(lines, [], vocabulary("zh"))]
    assert got[got.index("3. " + "乙" * 24) + 1:][:2] == ["乙" * 26, "材料  3  3  3  3"]
    assert got[got.index("2. " + "丁" * 24) + 1] == "丁的项目  6  6  6  7"
    assert got.index("2. " + "丁" * 24) < got.index("类别和次类别", 3)  # not past the header



def test_a_field_ending_a_page_keeps_the_next_pages_field_after_the_header() -> None:
    """Regression: a text row opening a field ("Outreach: …") ending a page was
    taken for a label's rest printed late, and the next page's first field, after
    the header repeated there, was joined to it (two rows ran together)."""
    w = " word" * 14
    texts = [(1, "Category and subcategory", None), (1, "2025 2026 2027", None),
             (1, "1. The first report of the committee on" + w, None),
             (1, "its sessions", None), *[(1, "1", ["1"])] * 3,
             (1, "2. The second report", None), *[(1, "2", ["2"])] * 3,
             (1, "D. Communication deliverables", None),
             (1, "Outreach and media relations: interviews" + w, None),
             (1, "materials on local action and shared prosperity" + w, None),
             (2, "Category and subcategory", None), (2, "2025 2026 2027", None),
             (2, "Digital platforms and content: online material" + w, None),
             (2, "for the corporate channels.", None)]
    body = [PlainLine(no, text, page) for no, (page, text, _) in enumerate(texts)]
    alone = [values for _, _, values in texts]
    got, _ = rest_over_page(body, alone, vocabulary("en"))
    assert [ln.text for ln in got] == [ln.text for ln in body]
