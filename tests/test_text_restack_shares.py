"""Work restacking shares between its passes over a stacked table, and the passes it
stops early: the same answers as each pass working them out alone. Made-up text."""

from __future__ import annotations

import pytest

from unfascicle.extract import (
    text_cell_blocks,
    text_columnar_cells,
    text_header_cells,
    text_label_block,
    text_late_labels,
    text_regather,
    text_stacked,
    text_stacked_rows,
)
from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_margins import next_number, successor
from unfascicle.extract.text_regather import _column_groups
from unfascicle.extract.text_sidebyside import word_pairs
from unfascicle.extract.text_stacked_rows import LabelEnds, label_ends
from unfascicle.extract.text_stacked_values import values_alone, year_count, year_counts
from unfascicle.extract.text_vocab import vocabulary

ZH = vocabulary("zh")


def _lines(*texts: str) -> list[PlainLine]:
    """Lines numbered in order; an empty string is a blank line (a gap in numbers)."""
    return [PlainLine(no, text, 1) for no, text in enumerate(texts, 1) if text]


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The runs of label lines ``label_ends`` is asked of, from now on."""
    asked: list[list[str]] = []

    def counted(labels: list[PlainLine], voc: object) -> list[PlainLine]:
        asked.append([ln.text for ln in labels])
        return label_ends(labels, ZH)

    monkeypatch.setattr(text_stacked_rows, "label_ends", counted)
    return asked


def test_a_run_of_labels_is_read_once_for_the_count_and_the_rows(
        monkeypatch: pytest.MonkeyPatch) -> None:
    labels = _lines("1. 政府间进程和专家机构会议", "服务", "2. 出版物", "3. 技术材料")
    asked = _counted(monkeypatch)
    ends_of = LabelEnds(ZH)
    first = ends_of(labels)
    assert first == label_ends(labels, ZH)
    assert [ln.text for ln in first] == ["服务", "2. 出版物", "3. 技术材料"]
    assert ends_of(list(labels)) == first  # the same lines again: not read again
    assert len(asked) == 1


def test_a_run_with_another_line_is_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    labels = _lines("1. 会议", "服务", "2. 出版物")
    asked = _counted(monkeypatch)
    ends_of = LabelEnds(ZH)
    ends_of(labels)
    changed = [*labels[:1], PlainLine(2, "3. 技术材料", 1), labels[2]]
    assert [ln.text for ln in ends_of(changed)] == ["1. 会议", "3. 技术材料", "2. 出版物"]
    equal = [PlainLine(ln.no, ln.text, ln.page) for ln in labels]  # equal, not the same
    assert ends_of(equal) == label_ends(labels, ZH)
    assert len(asked) == 3


def test_an_answer_handed_out_is_a_copy() -> None:
    labels = _lines("1. 会议", "2. 出版物")
    ends_of = LabelEnds(ZH)
    ends_of(labels).clear()
    assert len(ends_of(labels)) == 2


@pytest.mark.parametrize(("texts", "counts"), [
    (("2022 年支出", "2023 年批款", "1", "2"), (2, 2)),  # the years, then the values
    (("2022 年支出", "2023 年批款", "员额", "1", "2"), (0, 2)),  # a label between
    (("员额", "费用", "1", "2"), (0, 0)),  # no years
])
def test_a_header_of_years_is_counted_whole_and_not_at_once(
        texts: tuple[str, ...], counts: tuple[int, int]) -> None:
    body = _lines(*texts)
    assert year_counts(body, ZH) == counts
    assert year_count(body, ZH) == counts[1]


def test_years_broken_a_column_a_line_are_the_whole_header() -> None:
    body = _lines("202", "202", "2年", "3年", "员额", "1", "2")
    whole, named = year_counts(body, ZH)
    assert whole == 2
    assert named == year_count(body, ZH)


def test_the_other_runs_width_is_asked_only_of_blocks_of_one_length() -> None:
    def never() -> int:
        raise AssertionError("asked")

    # blocks of two lengths in groups as many: columns whatever the other runs hold
    two_lengths = [[0, 1], [2, 3], [4], [5]]
    assert _column_groups(two_lengths, 0, never) == [[[0, 1], [2, 3]], [[4], [5]]]
    assert _column_groups([[0], [1, 2], [3]], 0, never) == []  # runs of unlike sizes
    # blocks of one length: columns only where as many as the columns named
    one_length = [[0, 1], [2, 3]]
    assert _column_groups(one_length, 0, lambda: 2) == [[[0, 1], [2, 3]]]
    assert _column_groups(one_length, 0, lambda: 3) == []
    assert _column_groups(one_length, 2, never) == [[[0, 1], [2, 3]]]


def test_whether_a_table_is_stacked_reads_its_first_lines_with_values_only(
        monkeypatch: pytest.MonkeyPatch) -> None:
    head = ["员额", *(str(k) for k in range(1, 9))]
    tail = ["费用", "1 2 3", "其他", "4 5 6"]
    body = _lines(*head, *tail)
    asked: list[str] = []
    real = text_stacked.holds_values

    def holds(text: str) -> bool:
        asked.append(text)
        return real(text)

    monkeypatch.setattr(text_stacked, "holds_values", holds)
    assert text_stacked._stacked(body, values_alone(body, ZH), ZH)
    assert not set(asked) & set(tail[1:])
    texts = _lines("员额", "1", "2", "说明", "3")  # a text column's heading among the lines
    assert not text_stacked._stacked(texts, values_alone(texts, ZH), ZH)


def test_a_line_set_apart_with_no_margin_mark_is_asked_only_for_a_sentences_numbers(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The margin's rules open at a number or item marker alone: a line after a blank
    line that is neither is not asked them, and numbers printed apart inside a
    sentence still go back into it."""
    asked: list[str] = []

    def never(*args: object) -> int:
        asked.append(repr(args)[:40])
        return 0

    for rule in ("number_run", "number_over_heading", "number_apart", "marker_apart"):
        monkeypatch.setattr(text_stacked, rule, never)
    lines = _lines("15.1 人口持续增长，全球超过", "", "16", "", "亿人住房不足。", "", "另一段。")
    got = text_stacked.restack(lines, [], ZH)
    assert [ln.text for ln in got] == ["15.1 人口持续增长，全球超过 16", "亿人住房不足。", "另一段。"]
    assert asked == []


def test_a_table_whose_header_needs_no_mending_is_asked_once_whether_years_head_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    real = text_cell_blocks.heads_prose_table

    def heads(texts: list[str], voc: object) -> bool:
        asked.append(texts[0])
        return real(texts, ZH)

    monkeypatch.setattr(text_cell_blocks, "heads_prose_table", heads)
    figures = _lines("表 1", "员额", "1 2", "费用", "3 4")
    assert text_cell_blocks.prose_cells(figures, ZH, word_pairs([])) is None
    assert asked == ["员额"]


def test_labels_with_no_column_group_after_them_are_not_counted(
        monkeypatch: pytest.MonkeyPatch) -> None:
    counted: list[int] = []

    def ends(labels: list[PlainLine], voc: object) -> list[PlainLine]:
        counted.append(len(labels))
        return label_ends(labels, ZH)

    monkeypatch.setattr(text_label_block, "label_ends", ends)
    rows = _lines("支出用途", "员额  1  2", "费用  3  4")  # a row a line: no group apart
    assert text_label_block.label_block_rows(rows, ZH) is None
    assert counted == []


def test_a_table_with_no_text_column_heading_word_is_not_read_for_text_cells(
        monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[int] = []
    real = text_columnar_cells._heading_parted

    def parted(body: list[PlainLine], voc: object) -> list[PlainLine]:
        read.append(len(body))
        return real(body, ZH)

    monkeypatch.setattr(text_columnar_cells, "_heading_parted", parted)
    assert text_columnar_cells.text_cell_rows(_lines("员额", "1", "费用", "2"), ZH) is None
    assert read == []
    text_columnar_cells.text_cell_rows(_lines("名称 说明", "人居署 为人类住区", "5"), ZH)
    assert read == [3]


def test_a_table_with_no_text_column_word_is_not_read_for_cells_printed_in_turn(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Cells printed a line each in turn (``line_rows``) or merged on their baselines
    (``baseline_rows``) need a text column's heading, or a word opening one: a table
    whose lines hold neither is not read for them."""
    asked: list[int] = []

    def none(body: list[PlainLine], *args: object) -> None:
        asked.append(len(body))

    monkeypatch.setattr(text_stacked, "line_rows", none)
    monkeypatch.setattr(text_stacked, "baseline_rows", none)
    figures = _lines("表 1", "标题", "员额  1  2", "费用  3  4")
    assert text_stacked.restack(figures, [], ZH) == figures
    assert asked == []
    described = _lines("表 1", "标题", "名称", "说明", "2024 年", "2025 年", "人居署", "5", "6")
    text_stacked.restack(described, [], ZH)
    assert asked and asked[0] == len(described) - 1


def test_a_part_on_one_page_is_not_read_for_a_header_repeated_or_a_label_over_a_page() -> None:
    """A header repeated on a later page, a header's rest printed below a page's
    first label and a label carried over a page all need a second page: a part on
    one page is handed back as it was, the same lines."""
    body = _lines("支出用途", "2024 年", "2025 年", "1. 员额", "1", "2", "2. 费用", "3", "4")
    alone = values_alone(body, ZH)
    assert text_regather.header_gathered(body, alone, ZH) is body
    assert text_header_cells.header_completed(body, alone, ZH) is body
    got = text_late_labels.rest_over_page(body, alone, ZH)
    assert got[0] is body and got[1] is alone


@pytest.mark.parametrize(("number", "after"), [
    ("2.21", "2.22"), ("15.9", "15.10"), ("7", ".8"), ("", None), ("A.b", None)])
def test_the_number_after_a_paragraph_number_is_worked_out_once(
        number: str, after: str | None) -> None:
    """A box region's end is looked for line by line against the one number after
    the last paragraph's: it is the number ``next_number`` takes to come next."""
    assert successor(number) == after
    assert next_number(number, after or "2.22") == (after is not None)
    assert not next_number(number, "2.23")
