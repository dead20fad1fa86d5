"""A chart's labels printed after a table's lines (content-stream order) set apart
from the table (``extract.text_chart_runs``). Made-up lines.
"""

from __future__ import annotations

from plain_pages import paged

from unfascicle.extract.text_chart_runs import chart_lines
from unfascicle.extract.text_stacked import restack
from unfascicle.extract.text_vocab import vocabulary

_CHART = ["− −", "12", "17", "0", "10", "20", "30", "40", "2023", "(actual)", "Planned Actual"]


def test_a_chart_after_a_tables_labels_runs_to_the_page_end() -> None:
    lines = paged(["Quarterly notes on widget upkeep", "Widget audits: field trip reports.",
                   *_CHART], ["Widgets in the field"])
    got = chart_lines(lines)
    assert sorted(got) == list(range(2, 2 + len(_CHART)))


def test_a_scale_read_from_its_top_is_one_too() -> None:
    lines = paged(["Widget audits", "40", "30", "20", "10", "0", "Legend"])
    assert chart_lines(lines) == {1, 2, 3, 4, 5, 6}


def test_a_table_of_figures_keeps_its_value_lines() -> None:
    lines = paged(["Alpha", "3", "4", "Beta", "5", "0", "10", "20", "30", "40"])
    assert chart_lines(lines) == set()


def test_figures_in_uneven_steps_are_no_scale() -> None:
    lines = paged(["Widget audits", "0", "10", "20", "35", "40", "Legend"])
    assert chart_lines(lines) == set()


def test_restack_leaves_a_label_only_table_its_labels_and_drops_the_chart() -> None:
    lines = paged(["Table 9.II.4", "Deliverables for 2027, by category and subcategory",
                   "Category and subcategory", "C. Substantive deliverables",
                   "Consultation and advice: regular meetings with widget makers.",
                   "D. Communication deliverables", "Digital platforms: the widget website.",
                   *_CHART], ["9.II.30 The widget office will go on with its work in 2027."])
    got = [ln.text for ln in restack(lines, [], vocabulary("en"))]
    assert "Digital platforms: the widget website." in got
    assert not set(_CHART) & set(got)
    assert got[-1].startswith("9.II.30")


def test_a_run_of_a_tables_figures_before_a_chart_keeps_the_chart_in() -> None:
    """A header printed a heading a line ("2025", "planned") and a row's figures a
    line each, a chart's labels run on after them: the chart is not told apart."""
    lines = paged(["Category and subcategory", "2025", "planned", "2026", "planned",
                   "Widget reports (number of reports)", "12", "14", *_CHART], ["Next page"])
    assert chart_lines(lines) == set()


def test_dashes_run_together_among_a_charts_labels_keep_its_run() -> None:
    lines = paged(["Widget audits", "the widget field", "60 61", "35 – ––", "0", "20", "40",
                   "60", "80", "Men Women"], ["Next page"])
    assert sorted(chart_lines(lines)) == list(range(2, 10))


def test_a_chart_opening_a_tables_lines_leaves_the_table_on_its_page() -> None:
    """A chart printed between the caption and the table's header: its run opens the
    lines, and the table's own lines after it on the page are no chart's."""
    lines = paged([*_CHART[1:], "Category and subcategory", "Widget reports 12 14"],
                  ["Next page"])
    assert chart_lines(lines) == set()
