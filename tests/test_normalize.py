"""Stage two on small hand-made layouts: typing, nesting, and nothing dropped."""

import pytest

from unfascicle.extract.model import (
    ChartLabel,
    ChartPanel,
    Figure,
    HeaderCell,
    Heading,
    Layout,
    Paragraph,
    Provenance,
    Table,
    TablePart,
    TableRow,
)
from unfascicle.normalize import normalize
from unfascicle.normalize.records import Source

P = Provenance(3)
MONEY_HEADER = [[HeaderCell("组成部分/次级方案", rowspan=2), HeaderCell("2022 年支出", rowspan=2),
                 HeaderCell("变动", colspan=2), HeaderCell("2024 年估计(重计费用前)", rowspan=2)],
                [HeaderCell("共计"), HeaderCell("百分比")]]


def row(*cells):
    return TableRow(P, cells=list(cells))


def run(*blocks, running=("第四编  国际合作促进发展", "23-06934 4/52")):
    layout = Layout("x.txt", "text", 9, list(blocks), running=list(running))
    return normalize(layout, Source("A_79_6_Sect27_zh.txt", "text", "0" * 64, 9))


def money_table(rows, caption=("表 27.4", "总表：按组成部分列示的财政资源", "(千美元)"), parts=None):
    return Table(list(caption), parts or [TablePart(None, MONEY_HEADER, rows)], [P])


def test_values_keys_and_kinds():
    out = run(money_table([
        row("A. 决策机关", "1 569.4", "—", "—", "1 569.4"),
        TableRow(P, span="C. 工作方案"),
        row("1. 某次级方案", "2 460.7", "(73.8)", "(3.0)", "2 386.9"),
        row("小计 (C)", "2 460.7", "(73.8)", "(3.0)", "2 386.9"),
        row("D. 方案支助", "142.3", "", "—", "142.3"),
        row("共计", "4 172.4", "(73.8)", "(1.7)", "4 098.6"),
    ]))
    table = out.table("27.4")
    assert (table.title, table.unit.keys, table.family) == (
        "总表：按组成部分列示的财政资源", ["thousands_usd"], "financial_resources")
    part = table.parts[0]
    assert [c.key for c in part.columns] == [
        "expenditure", "total_changes", "percentage_change", "estimate_before_recosting"]
    assert [c.year for c in part.columns] == [2022, None, None, 2024]
    assert [c.measure for c in part.columns] == ["amount", "amount", "percentage", "amount"]
    got = [(r.key, r.kind, r.level, r.number) for r in part.rows]
    assert got == [
        ("policymaking_organs", "item", 0, "A"),
        ("programme_of_work", "section", 0, "C"),
        ("subprogramme", "item", 1, "1"),
        ("subtotal", "subtotal", 0, None),
        ("programme_support", "item", 0, "D"),
        ("total", "total", 0, None),
    ]
    assert [r.english for r in part.rows] == [
        "Policymaking organs", "Programme of work", "Subprogramme", "Subtotal",
        "Programme support", "Total"]
    assert part.rows[2].values == [2460.7, -73.8, -3.0, 2386.9]
    assert part.rows[4].values == [142.3, None, 0, 142.3]
    assert part.rows[4].raw == ["142.3", "", "—", "142.3"]
    assert out.warnings == []


def test_unknown_label_is_kept_null_and_reported():
    out = run(money_table([row("神秘费用", "1.0", "—", "—", "1.0")]))
    kept = out.table("27.4").parts[0].rows[0]
    assert (kept.label, kept.key, kept.values) == ("神秘费用", None, [1.0, 0, 0, 1.0])
    assert [(w.code, w.table, w.row) for w in out.warnings] == [
        ("unknown-row-label", "27.4", "神秘费用")]


def test_unreadable_number_is_flagged_never_guessed():
    out = run(money_table([row("员额", "1 56.4", "—", "—", "x")]))
    values = out.table("27.4").parts[0].rows[0].values
    assert values == ["1 56.4", 0, 0, "x"]
    assert {(w.code, w.column) for w in out.warnings} == {
        ("unreadable-number", "2022 年支出"), ("unreadable-number", "2024 年估计(重计费用前)")}
    assert all(w.page == 3 for w in out.warnings)


def test_parts_get_budget_keys():
    parts = [TablePart("(1) 经常预算", MONEY_HEADER, [row("员额", "1.0", "—", "—", "1.0")]),
             TablePart("(2) 预算外", MONEY_HEADER, [row("员额", "2.0", "—", "—", "2.0")])]
    out = run(money_table([], parts=parts))
    assert [p.key for p in out.table("27.4").parts] == ["regular_budget", "extrabudgetary"]


def test_deliverables_nesting_and_text_rows():
    header = [[HeaderCell("类别和次类别"), HeaderCell("2022 年计划"), HeaderCell("2024 年计划")]]
    table = Table(["表 27.2", "应交付产出"], [TablePart(None, header, [
        row("A. 协助政府间进程和专家机构", "", ""),
        row("议事机构文件(文件数目)", "3", "2"),
        row("1. 某报告", "2", "1"),
        row("2. 另一报告", "1", "1"),
        row("C. 实质性应交付产出", "", ""),
        TableRow(P, span="协商、咨询和倡导：向会员国提供咨询。"),
    ])], [P])
    part = run(table).table("27.2").parts[0]
    assert [(r.kind, r.level, r.key) for r in part.rows] == [
        ("section", 0, "facilitation_of_the_intergovernmental_process_and_expert_bodies"),
        ("subtotal", 1, "parliamentary_documentation"),
        ("item", 2, "deliverable"),
        ("item", 2, "deliverable"),
        ("section", 0, "substantive_deliverables"),
        ("text", 1, "consultation_advice_and_advocacy"),
    ]
    assert [c.measure for c in part.columns] == ["count", "count"]
    assert part.rows[1].values == [3, 2]


def test_table_without_label_column():
    header = [[HeaderCell("2020(实际)"), HeaderCell("2024(计划)")]]
    table = Table(["表 27.3", "业绩计量"], [TablePart(None, header, [row("—", "10 个城市")])], [P])
    out = run(table).table("27.3")
    assert out.family == "performance_measures"
    assert out.parts[0].stub is None
    r = out.parts[0].rows[0]
    assert (r.label, r.values, [c.year for c in out.parts[0].columns]) == (
        None, ["—", "10 个城市"], [2020, 2024])


def test_annex_table_takes_number_from_heading():
    header = [[HeaderCell("建议简述"), HeaderCell("为执行建议所采取的行动")]]
    table = Table([], [TablePart(None, header, [row("建议", "行动")])], [P])
    out = run(Heading("附件三", 1, P), Heading("后续行动汇总", 2, P), table)
    assert [(t.number, t.title, t.family) for t in out.tables] == [("A3", "后续行动汇总", "text")]


def test_figure_number_and_chart_values():
    fig = Figure(["图 27.十二", "资源分配", "(千美元)"], P,
                 [ChartPanel(["财政资源分配", "13 465.1"], [ChartLabel("员额", "11 896.4")])])
    out = run(fig).figures[0]
    assert (out.number, out.ordinal, out.title, out.unit.keys) == (
        "27.十二", 12, "资源分配", ["thousands_usd"])
    assert (out.panels[0].total, out.panels[0].data[0].key, out.panels[0].data[0].value) == (
        "13 465.1", "posts", 11896.4)


def test_document_metadata_without_cover_falls_back_on_file_name():
    out = run(Paragraph("27.1", "正文。[^1]", P))
    doc = out.document
    assert (doc.symbol, doc.session, doc.section, doc.part, doc.part_title, doc.job_number,
            doc.language) == ("A/79/6 (Sect. 27)", 79, 27, 4, "国际合作促进发展", "23-06934", "zh")
    assert out.paragraphs[0].footnotes == ["1"]


def test_document_metadata_from_cover():
    layout = Layout("x.pdf", "pdf", 2, [Paragraph("9.1", "正文", P)],
                    front=["A/80/6 (Sect. 9)", "大 会", "第八十届会议", "第二编", "第 9 款", "经济和社会事务"],
                    running=["A/80/6 (Sect. 9) 第二编 政治事务", "25-01234"])
    doc = normalize(layout, Source("whatever.pdf", "pdf", "0" * 64, 2)).document
    assert (doc.symbol, doc.session, doc.section, doc.title, doc.part, doc.job_number) == (
        "A/80/6 (Sect. 9)", 80, 9, "经济和社会事务", 2, "25-01234")


def test_cover_title_wrapped_over_two_lines_is_whole():
    """Regression (A/81/6 Sect. 2): the cover wraps the section's title; the line that
    goes on in lower case belongs to it, the next heading ("Programme 1") does not."""
    layout = Layout("x.pdf", "pdf", 2, [Paragraph("2.1", "Text.", P)],
                    front=["A/81/6 (Sect. 2)/Part A", "Eighty-first session", "Section 2",
                           "General Assembly and Economic and Social Council affairs",
                           "and conference management", "Programme 1"])
    doc = normalize(layout, Source("whatever.pdf", "pdf", "0" * 64, 2)).document
    assert doc.title == ("General Assembly and Economic and Social Council affairs and "
                         "conference management")


def test_annex_figure_takes_number_and_title_from_the_annex():
    chart = Figure([], P, [ChartPanel(["执行主任", "(行政领导和管理)"])])
    out = run(Heading("附件一", 1, P), Heading("2024 年组织结构和员额分配", 2, P),
              Paragraph(None, "缩写：USG，副秘书长。", P), chart)
    assert [(f.number, f.title) for f in out.figures] == [("A1", "2024 年组织结构和员额分配")]


def run_en(*blocks):
    """An English layout (the edition is detected from its text)."""
    layout = Layout("x.docx", "docx", 0, list(blocks), running=["Part II  Political affairs"])
    return normalize(layout, Source("A_80_6_Sect3_en.docx", "docx", "0" * 64, 0))


def test_column_reference_row_is_header_and_year_spans_stand_over_their_columns():
    """Regression (Sect. 3/Add.2): a row of column references under the header was a
    data row ("(1)" → -1), and empty gutter cells in the year row shifted the years."""
    header = [[HeaderCell(""), HeaderCell("2024", colspan=2), HeaderCell(""), HeaderCell("2025"),
               HeaderCell(""), HeaderCell("2026")],
              [HeaderCell(""), HeaderCell("Appropriation"), HeaderCell("Expenditure"),
               HeaderCell("Appropriation"), HeaderCell("Estimate")]]
    table = Table(["Table 5", "Financial resources", "(Thousands of United States dollars)"],
                  [TablePart(None, header, [
                      row("Category of expenditure", "(1)", "(2)", "(3)", "(4)=(3)-(2)"),
                      row("Civilian personnel", "2 650.9", "2 662.3", "2 654.8", "2 919.5"),
                      row("Total", "2 650.9", "2 662.3", "2 654.8", "2 919.5")])], [P])
    part = run_en(table).table("5").parts[0]
    assert part.stub.label == "Category of expenditure"
    assert [(c.key, c.year, c.reference) for c in part.columns] == [
        ("appropriation", 2024, "(1)"), ("expenditure", 2024, "(2)"),
        ("appropriation", 2025, "(3)"), ("estimate", 2026, "(4)=(3)-(2)")]
    assert [r.label for r in part.rows] == ["Civilian personnel", "Total"]


def test_footnote_marks_on_figures_and_column_labels():
    """Regression (31.II.7): "12a" was kept as text; "2024 expenditurea" kept its mark."""
    header = [[HeaderCell("Category and grade"), HeaderCell("2024 expenditurea"),
               HeaderCell("2025 approved")]]
    table = Table(["Table 31.7", "Proposed posts", "(Number of posts)"], [TablePart(None, header, [
        row("D-2", "12a", "12a"), row("P-5", "2", "2"), row("Total", "14", "14")])], [P])
    part = run_en(table).table("31.7").parts[0]
    assert [(c.label, c.key, c.year, c.note) for c in part.columns] == [
        ("2024 expenditure", "expenditure", 2024, "a"), ("2025 approved", "approved", 2025, None)]
    assert (part.rows[0].values, part.rows[0].raw) == ([12, 12], ["12a", "12a"])


def test_lead_in_under_a_subcategory_stays_at_its_items_level():
    """Regression (2.12): "Summary records of:" closed the subcategory it introduces
    items of, so the items no longer added up to it."""
    header = [[HeaderCell("Category and subcategory"), HeaderCell("2026 planned")]]
    table = Table(["Table 2.12", "Deliverables"], [TablePart(None, header, [
        row("Parliamentary documentation (number of documents)", "3"),
        row("Summary records of:", ""),
        row("1. Meetings of the General Assembly", "2"),
        row("2. Other meetings", "1"),
        row("Documentation services for meetings (thousands of words)", "5"),
    ])], [P])
    part = run_en(table).table("2.12").parts[0]
    assert [(r.kind, r.level) for r in part.rows] == [
        ("subtotal", 0), ("section", 1), ("item", 1), ("item", 1), ("subtotal", 0)]


POSTS_HEADER = [[HeaderCell("Category and grade"), HeaderCell("2025 approved"),
                 HeaderCell("Technical adjustments"), HeaderCell("2026 proposed")]]


def test_group_row_with_dashes_only_beside_blank_years_is_a_heading():
    """Regression (3.V.6): "General Service and related | | – | " (blank years, dashes
    in the change columns) was an item, so its grades were not nested under it."""
    table = Table(["Table 3.6", "Proposed posts", "(Number of posts)"], [TablePart(None, POSTS_HEADER, [
        row("Professional and higher", "", "", ""), row("P-4", "2", "–", "2"),
        row("Subtotal", "2", "–", "2"),
        row("General Service and related", "", "–", ""), row("LL", "1", "–", "1"),
        row("Subtotal", "1", "–", "1"), row("Total", "3", "–", "3")])], [P])
    part = run_en(table).table("3.6").parts[0]
    assert [(r.kind, r.level) for r in part.rows] == [
        ("section", 0), ("item", 1), ("subtotal", 0), ("section", 0), ("item", 1),
        ("subtotal", 0), ("total", 0)]


def test_group_row_with_a_dash_for_a_year_is_a_member():
    """A group row printing a dash for a year states zero posts: it stays an item."""
    table = Table(["Table 5.25", "Resources", "(Number of posts)"], [TablePart(None, POSTS_HEADER, [
        row("Professional and higher", "3", "–", "3"),
        row("General Service and related", "–", "–", "–"), row("Total", "3", "–", "3")])], [P])
    part = run_en(table).table("5.25").parts[0]
    assert [(r.kind, r.level) for r in part.rows] == [("item", 0), ("item", 0), ("total", 0)]


def test_known_object_without_figures_heads_its_objects_inside_the_open_section():
    """Regression (24.28, 2.64): "Posts" and "Non-staff" printed without figures were
    items beside the objects they head, so the subtotals under them summed too much."""
    header = [[HeaderCell("Object of expenditure"), HeaderCell("2025 approved"),
               HeaderCell("2026 estimate")]]
    table = Table(["Table 24.28", "Summary", "(United States dollars)"], [TablePart(None, header, [
        row("Posts", "", ""), row("Establishment", "5", "6"), row("Subtotal", "5", "6"),
        row("Other staff costs", "1", "1"), row("Redeployment", "(1)", "–"),
        row("Subtotal", "–", "1"),
        row("Financial resources by main category of expenditure", "", ""),
        row("Non-post", "", ""), row("Consultants", "2", "2"), row("Travel of staff", "1", "1"),
        row("Total", "8", "9")])], [P])
    part = run_en(table).table("24.28").parts[0]
    assert [(r.key, r.kind, r.level) for r in part.rows] == [
        ("posts", "section", 0), ("establishment", "item", 1), ("subtotal", "subtotal", 0),
        ("other_staff_costs", "item", 0), ("redeployment", "item", 0),
        ("subtotal", "subtotal", 0),
        ("financial_resources_by_main_category_of_expenditure", "section", 0),
        ("non_post", "section", 1), ("consultants", "item", 2), ("travel_of_staff", "item", 2),
        ("total", "total", 0)]


DELIVERABLES_HEADER = [[HeaderCell("Category and subcategory"), HeaderCell("2026 planned")]]


def deliverables_en(*rows):
    table = Table(["Table 9.16", "Deliverables"], [TablePart(None, DELIVERABLES_HEADER, list(rows))],
                  [P])
    return run_en(table)


def test_unknown_heading_inside_a_subcategory_groups_its_items():
    """Regression (9.16, 9.17): "Publications on economic statistics" (no figures) under
    "Publications" closed the subcategory, so its items no longer added up to it."""
    out = deliverables_en(
        row("Publications (number of publications)", "3"),
        row("Publications on economic statistics", ""), row("1. Yearbook", "1"),
        row("Publications on social statistics", ""), row("2. Report", "2"),
        row("Technical materials (number of materials)", "1"), row("3. Guide", "1"))
    part = out.table("9.16").parts[0]
    assert [(r.key, r.kind, r.level) for r in part.rows] == [
        ("publications", "subtotal", 0), ("deliverable", "section", 1),
        ("deliverable", "item", 2), ("deliverable", "section", 1), ("deliverable", "item", 2),
        ("technical_materials", "subtotal", 0), ("deliverable", "item", 1)]


def test_unknown_row_naming_its_measure_is_a_subcategory_kept_null_and_reported():
    """Regression (2.7, 2.12): an unknown subcategory ("… (number of three-hour
    meetings)") was read as an item of the subcategory above it."""
    out = deliverables_en(
        row("Substantive services for meetings (number of three-hour meetings)", "1"),
        row("1. Meetings of the Committee", "1"),
        row("Mystery services for meetings (number of sessions)", "5"),
        row("New York", "5"), row("2. Meetings of the Council", "5"))
    part = out.table("9.16").parts[0]
    assert [(r.key, r.kind, r.level) for r in part.rows] == [
        ("substantive_services_for_meetings", "subtotal", 0), ("deliverable", "item", 1),
        (None, "subtotal", 0), ("deliverable", "item", 1), ("deliverable", "item", 1)]
    assert [(w.code, w.row) for w in out.warnings] == [
        ("unknown-row-label", "Mystery services for meetings (number of sessions)")]


def test_item_number_printed_without_its_point_continues_the_numbering():
    """Regression (9.36): "18 Building on Monterrey" after item 17 lost its number; a
    figure-led label that does not continue the numbering keeps its text."""
    out = deliverables_en(
        row("Technical materials (number of materials)", "3"), row("17. Guidance", "1"),
        row("18 Building on Monterrey", "1"), row("19. Studies", "1"),
        row("40 Years of Statistics", "0"))
    part = out.table("9.16").parts[0]
    assert [(r.number, r.level) for r in part.rows] == [
        (None, 0), ("17", 1), ("18", 1), ("19", 1), (None, 1)]


def test_note_among_caption_lines_is_a_note_not_part_of_the_title():
    """Regression (15.9, 5.II.7): "Note: The following abbreviations are used …" set
    between the table number and its title was glued to the title, so the title no
    longer named the table's scope ("Overall: …")."""
    note = "Note: The following abbreviations are used in tables and figures: LL, Local level."
    table = Table(["Table 15.9", note, "Overall: proposed posts", "(Number of posts)"],
                  [TablePart(None, POSTS_HEADER, [row("LL", "1", "–", "1"),
                                                  row("Total", "1", "–", "1")])], [P])
    out = run_en(table).table("15.9")
    assert (out.title, out.notes, out.unit.keys) == ("Overall: proposed posts", [note], ["posts"])


def test_approved_column_of_posts_and_of_money_keep_their_editions_keys():
    """"2025 approved" states posts approved in a posts table (Chinese "2023 年核定") and
    the appropriation in a table of money (Chinese "2023 年批款")."""
    header = [[HeaderCell("Object of expenditure"), HeaderCell("2025 approved")]]
    posts = Table(["Table 1.1", "Posts", "(Number of posts)"],
                  [TablePart(None, header, [row("Total", "3")])], [P])
    money = Table(["Table 1.2", "Money", "(Thousands of United States dollars)"],
                  [TablePart(None, header, [row("Total", "3.0")])], [P])
    both = Table(["Table 1.3", "Both", "(Thousands of United States dollars/number of posts)"],
                 [TablePart(None, header, [row("Total", "3.0")])], [P])
    out = run_en(posts, money, both)
    assert [out.table(n).parts[0].columns[0].key for n in ("1.1", "1.2", "1.3")] == [
        "approved", "appropriation", "appropriation"]


def test_label_column_past_the_stub_holds_text():
    """Regression (annex II, "Grade"): a label column that is not the first was read as
    numbers, and every grade ("P-4") was reported as an unreadable number."""
    header = [[HeaderCell("Component/subprogramme"), HeaderCell("Posts"), HeaderCell("Grade"),
               HeaderCell("Description")]]
    table = Table(["Summary of proposed post changes"], [TablePart(None, header, [
        row("Subprogramme 1, Statistics", "1", "P-4", "Conversion of 1 post")])], [P])
    out = run_en(Heading("Annex II", 1, P), table)
    assert out.tables[0].parts[0].rows[0].values[1] == "P-4"
    assert [w.code for w in out.warnings if w.code == "unreadable-number"] == []


def test_heading_across_the_row_inside_a_subcategory_groups_its_items():
    """Regression (9.17, PDF): a long heading the PDF reader sets across the row (no
    cells) was free text and closed "Publications", as the Word file's did not."""
    out = deliverables_en(
        row("Publications (number of publications)", "2"),
        TableRow(P, span="Publications on Sustainable Development Goal indicators and "
                         "cross-cutting statistical areas"),
        row("1. Statistical Yearbook", "2"))
    part = out.table("9.16").parts[0]
    assert [(r.kind, r.level) for r in part.rows] == [
        ("subtotal", 0), ("section", 1), ("item", 2)]
    # under a subcategory described in words, a row across the table stays text
    out = deliverables_en(
        TableRow(P, span="Outreach programmes, special events and information materials: "
                         "exhibits"),
        TableRow(P, span="Library services: training on research tools"))
    assert [r.kind for r in out.table("9.16").parts[0].rows] == ["text", "text"]


@pytest.mark.parametrize(("printed", "written"), [
    ("capacity- building and decision- making", "capacity-building and decision-making"),
    ("the Secretary- General", "the Secretary-General"),
    ("low- and middle-income countries", "low- and middle-income countries"),
    ("short- to medium-term plans", "short- to medium-term plans"),
    ("2024 - 2025", "2024 - 2025"),
])
def test_a_word_broken_at_its_hyphen_is_one_word_again(printed: str, written: str) -> None:
    """Regression: a line broken after a hyphen left "capacity- building" in every
    English paragraph read from a PDF or a text."""
    from unfascicle.normalize.vocab import vocabulary

    assert vocabulary("en").prose(printed) == written
    assert vocabulary("zh").prose("发展- 账户") == "发展- 账户"
