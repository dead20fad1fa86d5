"""Readers that pass over the tables and lines that cannot concern them, told by a
cheap fact asked first, and the memos' own answers handed to readers that only read
them: the same answers, less work. Made-up text."""

from __future__ import annotations

import pytest

from unfascicle.extract import text_baseline_rows, text_late_labels, text_part_labels
from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_sidebyside import word_pairs
from unfascicle.extract.text_values import fewest_values, split_read, split_row, values_of
from unfascicle.extract.text_vocab import vocabulary

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
    they are."""
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
    text_late_labels.rest_over_page(_lines(texts), [fewest_values(t) for t in texts], voc)
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
