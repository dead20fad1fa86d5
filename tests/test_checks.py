"""Accounting self-checks: each rule passes on figures that add up and fails on
figures that do not, with printed and computed values."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from test_normalize import P, money_table, row, run, run_en

from unfascicle.checks import run_checks
from unfascicle.extract.model import (
    ChartLabel,
    ChartPanel,
    Figure,
    HeaderCell,
    Table,
    TablePart,
    TableRow,
)
from unfascicle.output import to_dict

CHANGE_HEADER = [[HeaderCell("支出用途", rowspan=2), HeaderCell("2023 年批款", rowspan=2),
                  HeaderCell("变动", colspan=5), HeaderCell("2024 年估计(重计费用前)", rowspan=2)],
                 [HeaderCell("技术调整"), HeaderCell("新的/扩大的任务"), HeaderCell("其他"),
                  HeaderCell("共计"), HeaderCell("百分比")]]


def findings(*blocks, rule=None):
    out = run_checks(to_dict(run(*blocks)))
    return [f for f in out if rule is None or f.rule == rule]


def failed(*blocks):
    return [(f.rule, f.row, f.column, f.printed, f.computed) for f in findings(*blocks)
            if f.status == "fail"]


def change_table(*rows, number="27.9", title="总表：按支出用途列示的财政资源"):
    return Table([f"表 {number}", title, "(千美元)"], [TablePart(None, CHANGE_HEADER, list(rows))], [P])


GOOD_COMPONENTS = [
    row("A. 决策机关", "100.0", "—", "—", "100.0"),
    TableRow(P, span="C. 工作方案"),
    row("1. 次级一", "200.1", "(10.0)", "(5.0)", "190.1"),
    row("2. 次级二", "300.2", "10.0", "3.3", "310.2"),
    row("小计 (C)", "500.3", "—", "—", "500.3"),
    row("D. 方案支助", "50.0", "5.0", "10.0", "55.0"),
    row("共计", "650.3", "5.0", "0.8", "655.3"),
]


def test_components_add_up():
    checks = findings(money_table(GOOD_COMPONENTS), rule="column-adds-up")
    assert checks and all(f.status == "pass" for f in checks)
    assert {f.row for f in checks} == {"小计 (C)", "共计"}


def test_a_wrong_subtotal_fails_with_printed_and_computed():
    rows = list(GOOD_COMPONENTS)
    rows[4] = row("小计 (C)", "510.3", "—", "—", "500.3")
    rows[6] = row("共计", "660.3", "5.0", "0.8", "655.3")
    fails = failed(money_table(rows))
    assert ("column-adds-up", "小计 (C)", "2022 年支出", 510.3, 500.3) in fails
    # the total agrees with the printed subtotal it sums, so it is not a second alarm
    assert not any(f[1] == "共计" and f[2] == "2022 年支出" for f in fails)


def test_rounding_tolerance_is_half_a_unit_per_figure():
    rows = [row("员额", "0.4", "—", "—", "0.4"), row("非员额", "0.4", "—", "—", "0.4"),
            row("共计", "0.9", "—", "—", "0.9")]   # 0.44 + 0.44 = 0.88 prints as 0.9
    total = [f for f in findings(money_table(rows), rule="column-adds-up")
             if f.column == "2022 年支出"][0]
    assert (total.status, total.tolerance) == ("pass", pytest.approx(0.15))
    rows[2] = row("共计", "1.0", "—", "—", "1.0")   # 0.2 off: beyond rounding
    assert ("column-adds-up", "共计", "2022 年支出", 1.0, 0.8) in failed(money_table(rows))


def test_parts_add_to_grand_total():
    rb_header = [[HeaderCell("组成部分/次级方案"), HeaderCell("2022 年支出"), HeaderCell("2023 年批款"),
                  HeaderCell("变动"), HeaderCell("2024 年估计")]]
    xb_header = [[HeaderCell("组成部分/次级方案"), HeaderCell("2022 年支出"), HeaderCell("2023 年估计"),
                  HeaderCell("变动"), HeaderCell("百分比"), HeaderCell("2024 年估计")]]
    rb = TablePart("(1) 经常预算", rb_header, [row("A. 决策机关", "10.0", "10.0", "—", "10.0"),
                                            row("小计 (1)", "10.0", "10.0", "—", "10.0")])
    xb = TablePart("(2) 预算外", xb_header, [row("A. 决策机关", "5.0", "4.0", "1.0", "25.0", "5.0"),
                                          row("小计 (2)", "5.0", "4.0", "1.0", "25.0", "5.0"),
                                          row("共计", "15.0", "14.0", "1.0", "", "16.0")])
    table = Table(["表 27.12", "总表：按资金来源列示", "(千美元)"], [rb, xb], [P])
    checks = findings(table, rule="parts-add-to-total")
    assert {(f.column, f.status) for f in checks} == {
        ("2022 年支出", "pass"), ("2023 年估计", "pass"), ("变动", "pass"), ("2024 年估计", "fail")}
    bad = [f for f in checks if f.status == "fail"][0]
    assert (bad.printed, bad.computed) == (16.0, 15.0)


def test_changes_add_across_and_percentages():
    good = change_table(row("咨询人", "181.0", "(73.8)", "31.4", "—", "(42.4)", "(23.4)", "138.6"),
                        row("共计", "181.0", "(73.8)", "31.4", "—", "(42.4)", "(23.4)", "138.6"))
    assert failed(good) == []
    rules = {f.rule for f in findings(good)}
    assert {"changes-add-up", "base-plus-change", "percentage-of-base"} <= rules
    bad = change_table(row("咨询人", "181.0", "(73.8)", "31.4", "—", "(41.4)", "(23.4)", "139.6"))
    fails = {f[:4]: f[4] for f in failed(bad)}
    assert fails.keys() == {("changes-add-up", "咨询人", "共计", -41.4),
                            ("percentage-of-base", "咨询人", "百分比", -23.4)}
    assert fails[("changes-add-up", "咨询人", "共计", -41.4)] == pytest.approx(-42.4)
    assert fails[("percentage-of-base", "咨询人", "百分比", -23.4)] == pytest.approx(-22.873, abs=1e-3)


def test_percentage_without_base_is_nil():
    t = change_table(row("代表差旅", "—", "—", "11.2", "—", "11.2", "—", "11.2"))
    assert failed(t) == []


DELIVERABLE_HEADER = [[HeaderCell("类别和次类别"), HeaderCell("2022 年计划"), HeaderCell("2024 年计划")]]


def deliverables(*rows):
    return Table(["表 27.2", "应交付产出"], [TablePart(None, DELIVERABLE_HEADER, list(rows))], [P])


def test_deliverables_add_up():
    good = deliverables(row("A. 协助政府间进程和专家机构", "", ""),
                        row("实质性会议服务(3 小时会议次数)", "5", "—"),
                        row("下列机构会议：", "", ""),
                        row("1. 理事机构", "3", "—"), row("2. 第五委员会", "2", "—"))
    assert [f.status for f in findings(good, rule="deliverables-add-up")] == ["pass", "pass"]
    bad = deliverables(row("出版物(出版物数目)", "5", "3"), row("1. 报告", "2", "1"),
                       row("2. 报告", "2", "1"))
    assert failed(bad) == [("deliverables-add-up", "出版物(出版物数目)", "2022 年计划", 5, 4),
                           ("deliverables-add-up", "出版物(出版物数目)", "2024 年计划", 3, 2)]


def test_grade_list_adds_to_post_count():
    header = [[HeaderCell(""), HeaderCell("数目"), HeaderCell("详情")]]
    t = Table(["表 27.10", "总表：拟议员额", "(员额数目)"], [TablePart(None, header, [
        row("2023 年核定", "7", "1 个 USG、2 个 D-1、4 个 GS (OL)"),
        row("2024 年拟议", "8", "1 个 USG、2 个 D-1、4 个 LL")])], [P])
    assert failed(t) == [("grades-add-to-posts", "2024 年拟议", "数目", 8, 7)]


def test_tables_and_charts_agree():
    by_object = change_table(row("员额", "100.0", "—", "—", "—", "—", "—", "100.0"),
                             row("共计", "100.0", "—", "—", "—", "—", "—", "100.0"))
    by_component = money_table([row("A. 决策机关", "100.0", "—", "—", "100.0"),
                                row("共计", "100.0", "—", "—", "100.0")])
    organ = money_table([row("员额", "101.0", "—", "—", "101.0"),
                         row("共计", "101.0", "—", "—", "101.0")],
                        caption=("表 27.16", "决策机关：财政资源的演变情况", "(千美元)"))
    chart = Figure(["图 27.十四", "2024 年拟议资源(重计费用前)的分配情况", "(千美元)"], P,
                   [ChartPanel(["财政资源分配", "100.0"], [ChartLabel("员额", "100.0")])])
    assert failed(by_object, by_component, organ, chart) == [
        ("tables-agree", "共计", "2022 年支出", 101.0, 100.0),
        ("tables-agree", "共计", "2024 年估计(重计费用前)", 101.0, 100.0)]
    agree = findings(by_object, by_component, organ, chart, rule="tables-agree")
    assert {f.detail.split(" (")[0] for f in agree if f.status == "pass"} >= {
        "figure 27.十四 vs table 27.9", "table 27.4 vs table 27.9"}


def test_chart_bars_add_to_panel_total():
    chart = Figure(["图 27.十四", "2024 年拟议资源的分配情况", "(千美元)"], P,
                   [ChartPanel(["财政资源分配", "13 465.1"],
                               [ChartLabel("员额", "11 896.4"), ChartLabel("非员额", "1 568.7")]),
                    ChartPanel(["非员额财政资源分配", "50.0"],
                               [ChartLabel("专家", "20.0"), ChartLabel("咨询人", "20.0")])])
    assert failed(chart) == [("chart-adds-up", "(total)", None, 50.0, 40.0)]


def test_sample_misprints_are_reported_and_nothing_else():
    from conftest import GOLDEN

    for kind in ("pdf", "txt"):
        document = json.loads((GOLDEN / f"A_78_6_Sect15_zh.{kind}.json").read_text("utf-8"))
        fails = sorted((f.rule, f.table, f.row, f.column, f.printed, f.computed)
                       for f in run_checks(document) if f.status == "fail")
        assert fails == [
            ("deliverables-add-up", "15.2", "研讨会、讲习班和培训活动(天数)", "2024 年计划", 58, 57),
            ("deliverables-add-up", "15.6", "外地和技术合作项目(项目数目)", "2024 年计划", 28, 30),
            ("deliverables-add-up", "15.8", "外地和技术合作项目(项目数目)", "2024 年计划", 21, 22),
            ("parts-add-to-total", "15.12", "共计", "2022 年支出", 162668.8,
             pytest.approx(162665.6)),
        ], kind


def fascicle(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "unfascicle.cli", *args], capture_output=True,
                          text=True)


def test_check_command_exit_codes(tmp_path):
    from conftest import GOLDEN

    golden = GOLDEN / "A_78_6_Sect15_zh.pdf.json"
    result = fascicle("check", str(golden))
    assert result.returncode == 1
    assert result.stdout.count("FAIL ") == 4 and "4 failed" in result.stdout
    document = json.loads(golden.read_text(encoding="utf-8"))
    for f in run_checks(document):  # print the computed figure where the misprint was
        if f.status == "fail":
            table = next(t for t in document["tables"] if t["number"] == f.table)
            part = next(p for p in table["parts"] if p["label"] == f.part)
            line = next(r for r in part["rows"] if r["label"] == f.row)
            line["values"][[c["label"] for c in part["columns"]].index(f.column)] = f.computed
    mended = tmp_path / "mended.json"
    mended.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert fascicle("check", str(mended)).returncode == 0
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert fascicle("check", str(broken)).returncode == 2


def test_extract_check_and_strict(tmp_path):
    from conftest import SAMPLE_TXT

    out = tmp_path / "out.json"
    checked = fascicle("extract", str(SAMPLE_TXT), "-o", str(out), "--check")
    assert checked.returncode == 1 and out.exists() and "4 failed" in checked.stdout
    strict_out = tmp_path / "strict.json"
    strict = fascicle("extract", str(SAMPLE_TXT), "-o", str(strict_out), "--strict")
    assert strict.returncode == 1 and not strict_out.exists()
    assert "--strict" in strict.stderr



def sums_en(*blocks):
    """(row, computed, status) of the column sums of an English layout."""
    return [(f.row, f.computed, f.status) for f in run_checks(to_dict(run_en(*blocks)))
            if f.rule == "column-adds-up"]


def test_bare_subtotal_after_another_sums_only_its_own_block():
    """Regression (24.28): "Subtotal" under "Other staff costs" and its rows also added
    the "Subtotal" of the posts block above it, and the total lost that block."""
    header = [[HeaderCell("Object of expenditure"), HeaderCell("2026 estimate")]]
    table = Table(["Table 24.28", "Summary", "(United States dollars)"], [TablePart(None, header, [
        row("Posts", ""), row("Establishment", "5"), row("Redeployment", "(1)"),
        row("Subtotal", "4"),
        row("Other staff costs", "3"), row("Conversion", "(1)"), row("Subtotal", "2"),
        row("Non-staff", ""), row("Consultants", "2"), row("Subtotal", "2"),
        row("Total", "8")])], [P])
    assert sums_en(table) == [("Subtotal", 4, "pass"), ("Subtotal", 2, "pass"),
                              ("Subtotal", 2, "pass"), ("Total", 8, "pass")]


def test_heading_without_subtotal_adds_through_its_rows():
    """Regression (2.64): the total of "Posts" and "Non-post" (a heading over "Other
    staff costs", closed by no subtotal) left out the rows under the heading."""
    header = [[HeaderCell(""), HeaderCell("2026 estimate")]]
    table = Table(["Table 2.64", "Subprogramme 3: resources", "(Thousands of United States dollars)"],
                  [TablePart(None, header, [
                      row("Financial resources by main category of expenditure", ""),
                      row("Posts", "10.0"), row("Non-post", ""), row("Other staff costs", "2.5"),
                      row("Total", "12.5")])], [P])
    assert sums_en(table) == [("Total", 12.5, "pass")]


def test_numbered_row_of_a_component_named_like_its_section_is_not_that_component():
    """Regression (12.24 vs 12.30): "1. Executive direction and management" under "B.
    Executive direction and management" was read as component B's own figure, so the
    "Executive direction and management: …" table of row 1 disagreed with subtotal B."""
    header = [[HeaderCell("Component/subprogramme"), HeaderCell("2026 estimate")]]
    by_component = Table(["Table 12.24", "Overall: resources by component",
                          "(Thousands of United States dollars)"], [TablePart(None, header, [
                              row("B. Executive direction and management", ""),
                              row("1. Executive direction and management", "9.0"),
                              row("2. Memorandum of Understanding", "1.0"),
                              row("Subtotal, B", "10.0"), row("Total", "10.0")])], [P])
    component = Table(["Table 12.30", "Executive direction and management: resources",
                       "(Thousands of United States dollars)"], [TablePart(None, header, [
                           row("Posts", "9.0"), row("Total", "9.0")])], [P])
    out = run_checks(to_dict(run_en(by_component, component)))
    assert [f for f in out if f.rule == "tables-agree" and f.status == "fail"] == []


def test_items_under_a_heading_inside_a_subcategory_add_up_to_it():
    """Regression (9.16): the items under "Publications on …" headings were left out of
    "Publications"."""
    header = [[HeaderCell("Category and subcategory"), HeaderCell("2026 planned")]]
    table = Table(["Table 9.16", "Deliverables"], [TablePart(None, header, [
        row("Publications (number of publications)", "3"),
        row("Publications on economic statistics", ""), row("1. Yearbook", "1"),
        row("Publications on social statistics", ""), row("2. Report", "2")])], [P])
    got = [(f.rule, f.row, f.computed, f.status) for f in run_checks(to_dict(run_en(table)))]
    assert got == [("deliverables-add-up", "Publications (number of publications)", 3, "pass")]


def test_check_words_are_per_edition():
    """Each edition names the whole section in its own words; no edition takes the
    other's, and an edition the data file lacks is refused, not guessed."""
    from unfascicle.checks.rules import check_rules

    zh, en = check_rules("zh"), check_rules("en")
    assert "总表" in zh.whole_section_prefixes and "Overall" not in zh.whole_section_prefixes
    assert "Overall" in en.whole_section_prefixes and "总表" not in en.whole_section_prefixes
    assert zh.chart_year.search("2024 年拟议资源的分配情况").group(1) == "2024"
    assert en.chart_year.search("Distribution of proposed resources for 2026").group(1) == "2026"
    with pytest.raises(ValueError, match="fr"):
        check_rules("fr")


@pytest.mark.parametrize(("printed", "value"), [("82 个员额", 82), ("82 posts", 82),
                                                ("13 465.1", 13465.1), ("50.0", 50.0)])
def test_a_panel_total_is_the_figure_before_its_words(printed, value):
    from unfascicle.checks.cross_rules import _panel_total

    assert _panel_total(printed).value == value


def test_a_figure_keeps_the_type_it_was_printed_in() -> None:
    """The checks' figures are memoised by value and printed text; a count and an
    amount of the same value stay apart (2 and 2.0 hash alike, and a finding writes
    the one it was given)."""
    from unfascicle.checks.findings import figure

    count, amount = figure(2, "2", True), figure(2.0, "2", True)
    assert count is not None and amount is not None
    assert type(count.value) is int and type(amount.value) is float
