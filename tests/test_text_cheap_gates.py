"""Readers that pass over the tables and lines that cannot concern them, told by a
cheap fact asked first, and the memos' own answers handed to readers that only read
them: the same answers, less work. Made-up text."""

from __future__ import annotations

from dataclasses import replace

import pytest

from unfascicle.extract import (
    text_baseline_rows,
    text_columnar,
    text_late_labels,
    text_part_labels,
    text_regather,
    text_values,
)
from unfascicle.extract.text_blocks import _CALL_END, _CALLED, _call_pattern, has_block_spacing
from unfascicle.extract.text_columnar import Move, best_move, settled, settled_moves
from unfascicle.extract.text_columnar_words import rehyphenated
from unfascicle.extract.text_columns import _nearest
from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_ideographs import word_uses
from unfascicle.extract.text_margins import _closes_mark, line_number, line_numbers
from unfascicle.extract.text_sidebyside import word_pairs
from unfascicle.extract.text_values import fewest_values, split_read, split_row, values_of
from unfascicle.extract.text_vocab import vocabulary
from unfascicle.extract.text_wrap import bare_word

_FIGURES = ["项目 2030 2031", "甲类 1.0 2.0", "乙类 3.0 4.0", "共计 4.0 6.0"]


def _lines(texts: list[str]) -> list[PlainLine]:
    return [PlainLine(no, text, 1) for no, text in enumerate(texts, 1)]


def test_a_table_without_a_text_heading_word_is_not_dealt_to_text_cells(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A table none of whose words opens a text column's heading is no table of text
    cells: it is not read further; one printing a piece of such a heading is."""
    glued: list[int] = []

    def counted(body: list[PlainLine], voc: object) -> object:
        glued.append(len(body))
        return real(body, voc)

    real = text_baseline_rows.glyph_column
    monkeypatch.setattr(text_baseline_rows, "glyph_column", counted)
    voc = vocabulary("zh")
    figures = _lines(_FIGURES)
    assert text_baseline_rows.baseline_rows(figures, voc, word_pairs(_FIGURES)) is None
    assert not glued
    pieces = _lines(["决策机", "说", "明", *_FIGURES[1:]])
    text_baseline_rows.baseline_rows(pieces, voc, word_pairs([ln.text for ln in pieces]))
    assert glued == [len(pieces)]


def test_a_table_without_a_part_label_keeps_its_lines_unread(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Part labels are looked for before the part's values are read: a table that
    prints none comes back as it was, its values unread."""
    def unread(body: list[PlainLine], voc: object) -> list[PlainLine]:
        raise AssertionError("read a table without part labels")

    monkeypatch.setattr(text_part_labels, "late_part_label", unread)
    body = _lines(_FIGURES)
    assert text_part_labels.part_labels_placed(body, vocabulary("zh")) is body


def test_labels_without_an_enumerated_one_are_not_cut_into_pieces(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Only an enumerated label's rest is carried over a page: where no label line
    is enumerated the label lines are not cut into labels at all; where one is,
    they are (on a part of two pages: one page has no page to end)."""
    cut: list[int] = []

    def counted(body: list[PlainLine], lines: list[int], col: int, voc: object) -> object:
        cut.append(len(lines))
        return real(body, lines, col, voc)

    real = text_late_labels._pieces
    monkeypatch.setattr(text_late_labels, "_pieces", counted)
    voc = vocabulary("zh")
    texts = ["甲类", "1.0 2.0", "乙类", "3.0 4.0"]
    alone = [fewest_values(t) for t in texts]
    body = _lines(texts)
    assert text_late_labels.rest_over_page(body, alone, voc) == (body, alone)
    assert not cut
    texts = ["1. 甲类", "1.0 2.0", "2. 乙类", "3.0 4.0"]
    alone = [fewest_values(t) for t in texts]
    text_late_labels.rest_over_page(_lines(texts), alone, voc)
    assert not cut  # one page
    paged = [replace(ln, page=1 + k // 2) for k, ln in enumerate(_lines(texts))]
    text_late_labels.rest_over_page(paged, alone, voc)
    assert cut == [2]


@pytest.mark.parametrize("text", ["11 565.7 —", "(73.8) 2 222.4", "甲类 1.0", "2030", ""])
def test_the_memos_own_answers_are_the_copies_answers(text: str) -> None:
    """``values_of`` and ``split_read`` answer as ``fewest_values`` and ``split_row``
    do; the copies stay fresh, so a caller editing one edits no memo."""
    copy = fewest_values(text)
    assert values_of(text) == (None if copy is None else tuple(copy))
    split = split_row(text, 2)
    assert split_read(text, 2) == split
    split.values.append("x")
    assert split_read(text, 2) != split and split_row(text, 2) == split_read(text, 2)


def test_sums_are_counted_only_where_a_move_is_weighed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A table whose runs each hold whole rows has no move to weigh: its sums are not
    counted. A run one value over and another one short still find the move that
    makes the total row whole, and the moves alone are those ``settled`` makes."""
    counts: list[int] = []

    def counted(rows: list[list[str]], n: int, columns: object = None) -> int:
        counts.append(len(rows))
        return real(rows, n, columns)

    real = text_columnar._sums_held
    monkeypatch.setattr(text_columnar, "_sums_held", counted)
    rows = ["1", "2", "3", "4", "10", "20", "30", "40"]
    assert best_move([[*rows, "11", "22", "33", "44"]], 4, set()) is None
    assert settled_moves([[*rows, "11", "22", "33", "44"]], 4, set()) == []
    assert not counts
    runs = [[*rows, "44"], ["11", "22", "33"]]
    assert settled_moves(runs, 4, set()) == [Move(0, 8, 1, 1, 3)]
    assert settled(runs, 4, set()) == ([Move(0, 8, 1, 1, 3)], 4)
    assert counts


def test_a_run_width_is_no_width_once_two_other_runs_differ() -> None:
    """The width every other run holds is asked of the runs until two differ: then
    there is none; where they agree and the blocks are of another length, it is
    theirs (no blocks: none)."""
    alone: list[list[str] | None] = [["1"], ["2"], None, ["3", "4"], None, ["5", "6"]]
    spans = [range(0, 2), range(3, 4), range(5, 6)]
    assert text_regather._row_width(alone, spans, spans[0], [[0], [1]]) == 2
    assert text_regather._row_width(alone, spans, spans[0], [[0, 1]]) == 0
    assert text_regather._row_width(alone, spans, spans[0], []) == 0
    alone[5] = ["5", "6", "7"]
    assert text_regather._row_width(alone, spans, spans[0], [[0], [1]]) == 0


def test_word_uses_counts_bare_words_in_the_order_they_first_come() -> None:
    """Each word is counted as made bare, once per use, in the order the bare words
    first come (words printed alike but for case and marks are one)."""
    texts = ["The plan, the", "(plan) Budget", "budget."]
    uses = word_uses(iter(texts))
    assert list(uses.items()) == [("the", 2), ("plan", 2), ("budget", 2)]
    assert uses == {bare_word(w): uses[bare_word(w)] for t in texts for w in t.split()}


def test_line_numbers_are_each_lines_number() -> None:
    """The numbers the lines start with or hold alone, as ``line_number`` reads each,
    with the first line holding each."""
    pattern = vocabulary("zh").paragraph_number
    texts = ["15.1 次级方案", "没有编号", "15.2", "表 15.3", "15.1 再次"]
    assert set(line_numbers(pattern, texts)) == {
        number for text in texts if (number := line_number(pattern, text))}
    assert line_numbers(pattern, texts) == {"15.1": 0, "15.2": 2}


def test_the_nearest_edge_is_the_first_of_two_as_near() -> None:
    """Of two edges as near a value, the first is taken."""
    assert _nearest([0, 10, 20], 5) == 0
    assert _nearest([0, 10, 20], 16) == 2


class _Unasked:
    """A pattern no reader may ask."""

    def match(self, text: str) -> None:
        raise AssertionError(f"asked of {text!r}")


def test_a_text_closing_few_lines_with_a_space_is_not_measured_further() -> None:
    """Block spacing needs many lines closed by a space: a text closing none is told
    so before its captions and indents are looked for; one closing its blocks so is
    still looked at whole."""
    plain = ["  1.1 The plan", "  goes on.", "  Table 1.1", "  Reports 3 4"]
    assert not has_block_spacing(plain, replace(vocabulary("en"), table_caption=_Unasked()))
    with pytest.raises(AssertionError, match="asked"):
        has_block_spacing([f"{ln} " for ln in plain],
                          replace(vocabulary("en"), table_caption=_Unasked()))


def _sums_held_whole(rows: list[list[str]], n: int) -> int:
    """``_sums_held`` as first written: every column added up over all the rows above
    and below a cell, up to a short row or a cell of no figure."""
    table = [[text_columnar.figure(v) for v in row] if len(row) == n else None for row in rows]

    def sums_to(value: float, others: list[list[float | None] | None], c: int) -> bool:
        total, figures = 0.0, 0
        for row in others:
            cell = None if row is None else row[c]
            if cell is None:
                return False
            if cell:
                total, figures = total + cell, figures + 1
                if figures >= 2 and abs(total - value) < 0.05 + 1e-9 * abs(value):
                    return True
        return False

    return sum(1 for r, row in enumerate(table) if row for c, value in enumerate(row)
               if value and (sums_to(value, table[r - 1::-1] if r else [], c)
                             or sums_to(value, table[r + 1:], c)))


@pytest.mark.parametrize("rows", [
    [["1.0", "2"], ["3.0", "4"], ["4.0", "6"], ["10", "—"], ["5.0", "1"]],
    [["1.0", "2"], ["(3.0)", "4"], ["(2.0)", "6"], ["5", "—"], ["3.0", "12"]],
    [["7", "1 200"], ["8", "300"], ["15", "1 500"], ["9"], ["6", "2"], ["15", "1 502"]],
    [["4", "4"], ["—", "—"], ["4", "2"], ["8", "6"], ["2.5", "0.5"], ["10.5", "6.5"]],
])
def test_sums_stop_adding_once_the_total_passes_a_figure(rows: list[list[str]]) -> None:
    """Without negative figures a column's total only grows: adding stops once it
    passes the cell's figure, and the sums found are those the whole addition finds
    (with a negative figure, every row is added as before)."""
    n = max(len(row) for row in rows)
    assert text_columnar._sums_held(rows, n) == _sums_held_whole(rows, n) > 0


def test_a_line_with_fewer_than_two_trailing_numbers_counts_no_values_unread(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A line whose trailing run holds fewer than two numbers (a label, a heading, a
    year alone after a word) reads as no count of values: its label and readings are
    not made. A line ending in two values still is read, and counts them."""
    read: list[str] = []

    def counted(text: str) -> object:
        read.append(text)
        return real(text)

    real = text_values._run_readings
    monkeypatch.setattr(text_values, "_run_readings", counted)
    text_values._line_counts.cache_clear()
    assert text_values._line_counts("甲类") == ()
    assert text_values._line_counts("核定 2031") == ()
    assert text_values._line_counts("乙类1.0") == ()
    assert not read
    assert text_values._line_counts("丙类 1.0 2.0") == (2,)
    assert read == ["丙类 1.0 2.0"]
    text_values._line_counts.cache_clear()


def test_a_footnote_call_is_found_after_a_word_or_mark_only() -> None:
    """The calls' patterns (each opening at the digit it starts with, or looking ahead
    at it) find a number set right after a letter, an ideograph or punctuation (a page's
    call may be a space after it), not one after a paragraph number's point or a
    figure, nor digits inside a figure."""
    assert [m.group() for m in _CALLED.finditer("预算。3 执行 主任4 和 15.2 款 ab12")] \
        == ["3", "4", "12"]
    assert _CALL_END.search("the plan,12") and _CALL_END.search("计划。7")
    assert not _CALL_END.search("plan 12") and not _CALL_END.search("1.5")
    assert _call_pattern(3).search(" 预算。 3 执行") and _call_pattern(3).search("plan 3")
    assert not _call_pattern(3).search("plan  3") and not _call_pattern(3).search("计划。31")\
        and not _call_pattern(3).search("1 3")


def test_a_word_printed_solid_gets_back_the_hyphen_printed_elsewhere() -> None:
    """A word the text prints with a hyphen inside somewhere is given it back where it
    is printed solid, as a word of its own only (the pattern looks ahead at a form's
    first letter before the lookbehind): not inside a longer word, nor in another case."""
    lines = _lines(["conflict-related costs", "the conflictrelated and", "unconflictrelated",
                    "Conflictrelated", "(conflictrelated)"])
    assert [ln.text for ln in rehyphenated(lines)] == [
        "conflict-related costs", "the conflict-related and", "unconflictrelated",
        "Conflictrelated", "(conflict-related)"]


@pytest.mark.parametrize(("text", "parted"), [
    ("乙类1.0", "乙类 1.0"), ("乙类 1.0", "乙类 1.0"), ("甲7类—", "甲7类 —"), ("A1 2", "A1 2")])
def test_the_last_figure_against_an_ideograph_is_parted_from_it(text: str, parted: str) -> None:
    """The last figure or dash printed against the ideograph before it is parted from
    it (the pattern finds the figure, then looks behind it); after a letter it is not."""
    assert text_values._parted(text) == parted


@pytest.mark.parametrize(("above", "text", "closes"), [
    ("关于“2022", "年绿动联合国报告”，并根", True), ("see (annex", "II) below", True),
    ("关于2022", "年报告”", False), ("关于“2022", "年绿动", False), ("“甲”和“乙", "丙”", True),
    ("“甲”", "乙”", False), ("(a", "b (c)", False)])
def test_a_line_closes_a_mark_only_where_the_line_above_left_it_open(
        above: str, text: str, closes: bool) -> None:
    """A line closes a mark where it holds more of its closing than opening, and the
    line above more of its opening than closing (the closing mark asked first)."""
    assert _closes_mark(above, text) is closes


@pytest.mark.parametrize("text, joined", [
    ("7 a", "7a"), ("1 979 a,b", "1 979a,b"), ("(16.9) c", "(16.9)c"),
    ("Total a", "Total a"), ("7 a 8", "7 a 8"), ("7a", "7a"), ("第 15 款 a", "第 15 款 a"),
])
def test_a_figure_and_its_note_letter_alone_on_a_line_are_one_value(text: str,
                                                                     joined: str) -> None:
    """A line of a figure alone and its footnote letter one space after it is the one
    value the letter marks, as a substitution of the pattern's groups made it; any
    other line is left as it is (matched, not substituted)."""
    from unfascicle.extract.text_source import _MARKED_FIGURE, _mark_joined

    assert _mark_joined(text) == joined == _MARKED_FIGURE.sub(r"\1\2", text)


@pytest.mark.parametrize("text, whole, readings", [
    ("3 130 762 2 250 2 250", False,
     {3: (0, 3, 5), 4: (0, 2, 3, 5), 5: (0, 2, 3, 5, 6), 6: (0, 2, 3, 4, 5, 6),
      7: (0, 1, 2, 3, 4, 5, 6)}),
    ("(1 200.5) 13 [15] — 7", False, {4: (0, 2, 4, 5)}),
    ("1 979a 54 200   3", True, {3: (0, 2, 4), 4: (0, 2, 3, 4), 5: (0, 1, 2, 3, 4)}),
    ("621 900 167 300", False, {1: (0,), 2: (0, 2), 3: (0, 2, 3), 4: (0, 1, 2, 3)}),
])
def test_a_run_reads_each_count_with_its_shortest_longest_value(
        text: str, whole: bool, readings: dict[int, tuple[int, ...]]) -> None:
    """Each count a run of figures reads as is read the way whose longest value has
    the fewest tokens, the longer values first on a tie ("3 130 762 2 250 2 250" as
    four is "3 130", "762", "2 250", "2 250"), a reading made only where it is kept."""
    ats = text_values.atoms(text)
    toks, gaps = tuple(a.text for a in ats), tuple(a.gap for a in ats)
    assert text_values._suffix_segmentations(toks, gaps, whole)[0] == readings


@pytest.mark.parametrize("text", [
    "footer\fheading", "\fpage one\n\fpage two\f\fthree", "\f", "a\n\f", "\n\f\f\n", "",
    "no break at all",
])
def test_a_page_break_inside_a_line_is_found_by_its_form_feed(text: str) -> None:
    """A form feed after anything but a line feed starts a line of its own, as the
    pattern opening with the look behind it found it: the same text."""
    import re

    from unfascicle.extract.text_source import _INNER_BREAK

    assert _INNER_BREAK.sub("\n\f", text) == re.sub(r"(?<=[^\n])\f", "\n\f", text)


@pytest.mark.parametrize("data, text", [
    (b"a\r\nb\rc\r\r\n", "a\nb\nc\n\n"), ("x\u2028y\u2029z\vw".encode(), "x\ny\nz\nw"),
    (b"plain\nlines\n", "plain\nlines\n"),
])
def test_every_line_end_becomes_a_line_feed_where_the_text_holds_one(data: bytes,
                                                                     text: str) -> None:
    """CR LF, CR, the Unicode separators and the vertical tab end lines as LF does; a
    text holding none of them is left as it is."""
    from unfascicle.extract.text_decoding import decode_text

    assert decode_text(data) == text


@pytest.mark.parametrize("text, gutter", [
    ("甲类  1.0", True), ("a  b", True), ("a b c", False), ("trailing  ", False),
    ("  leading", False), ("one\u3000\u3000gap", False),
])
def test_a_gutter_is_two_spaces_between_two_words(text: str, gutter: bool) -> None:
    """A gutter between columns is two spaces or more between two words, as the
    pattern alone finds it (the pattern is asked only of lines holding two spaces)."""
    from unfascicle.extract.text_blocks import _INNER_GUTTER, _has_gutter

    assert _has_gutter(text) is gutter is bool(_INNER_GUTTER.search(text))


def test_an_ascii_line_is_clean_as_it_is() -> None:
    """Every character ``clean`` folds lies beyond ASCII, so an ASCII line is kept as it
    is without a search; a line holding one is still folded."""
    from unfascicle.extract.textnorm import _TABLE, clean

    assert min(_TABLE) > 0x7F
    assert clean("Total  13 465.1\t(a)") == "Total  13 465.1\t(a)"
    assert clean("13\u00a0465.1 \u2f08") == "13 465.1 人"


@pytest.mark.parametrize("text", [
    "建议简述 为执行建议所采取的行动", "建议简述", "建议简述 其他", "其他 建议简述", "", "   ",
    "为执行建议所采取的行动\t建议简述",
])
def test_a_line_of_column_headings_is_told_by_every_word(text: str) -> None:
    """A line is a header line where every word of it is a column heading, as when
    every word was looked up (the first is looked up first, the line split only then)."""
    voc = vocabulary("zh")
    words = text.split()
    assert voc.headings_only(text) is bool(words and all(w in voc.header_words for w in words))
    assert voc.headings_only("建议简述 为执行建议所采取的行动")


@pytest.mark.parametrize("text", [
    "预算。3 执行 主任4 和 15.2 款 ab12", "a1", "x.2 y", "9.5 8", "１.2 x", "a１２ b", "(12) 3",
    "a12b 3", "ab12.3 4", "计划，7\t下", "第15.1段 4", "2024年3 月",
])
def test_a_call_is_found_where_a_pattern_opening_with_lookarounds_finds_it(text: str) -> None:
    """The call pattern opening at its first digit finds the calls, in order, that the
    one opening with lookarounds before the digit finds (tried at every character)."""
    import re

    around = re.compile(r"(?=\d)(?:(?<=[^\W\d_])|(?<=[.,;:)”’。，；：）]))(?<!\d\.)\d+(?=\s|$)")
    assert [(m.start(), m.group()) for m in _CALLED.finditer(text)] \
        == [(m.start(), m.group()) for m in around.finditer(text)]
