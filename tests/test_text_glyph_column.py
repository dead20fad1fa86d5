"""A table's label column printed a glyph a line (``text_glyph_column``). Made-up
lines, the edition's words."""

from __future__ import annotations

from collections import Counter

from unfascicle.extract.text_glyph_column import cut_labels, glyph_column
from unfascicle.extract.text_grid_entries import PlainLine
from unfascicle.extract.text_vocab import vocabulary


def _lines(texts: list[str], page: int = 1, first: int = 1) -> list[PlainLine]:
    return [PlainLine(no, text, page) for no, text in enumerate(texts, first)]


def test_a_block_of_glyphs_parts_into_heading_and_labels() -> None:
    got = glyph_column(_lines([*"决策机关执行局", "说明"]), vocabulary("zh"))
    assert [ln.text for ln in got.lines] == ["决策机关", "说明"]
    assert got.labels == {1: ("执行局",)} and got.unparted == {}


def test_a_totals_label_after_figures_alone_goes_before_them() -> None:
    got = glyph_column(_lines(["成员：20", "5.0 5.0", "共", "计"]), vocabulary("zh"))
    assert [ln.text for ln in got.lines] == ["成员：20", "共计 5.0 5.0"]
    assert got.labels == {}


def test_a_block_that_does_not_part_whole_stays_as_it_was() -> None:
    lines = _lines([*"执行甲乙", "说明"])
    got = glyph_column(lines, vocabulary("zh"))
    assert got.lines == lines and got.labels == {} and got.unparted == {}


def test_labels_the_edition_does_not_know_are_kept_glued_after_the_heading() -> None:
    got = glyph_column(_lines([*"决策机关甲委员会乙理事会", "说明"]), vocabulary("zh"))
    assert [ln.text for ln in got.lines] == ["决策机关", "说明"]
    assert got.labels == {} and got.unparted == {1: "甲委员会乙理事会"}


def test_glued_labels_are_cut_where_the_document_joins_the_glyphs_least() -> None:
    glyphs = Counter({(a, b): 3 for a, b in zip("甲委员会", "委员会", strict=False)}
                     | {(a, b): 2 for a, b in zip("乙理事会", "理事会", strict=False)})
    assert cut_labels("甲委员会乙理事会", 2, glyphs) == ("甲委员会", "乙理事会")
    assert cut_labels("甲委员会", 1, glyphs) == ("甲委员会",)
    assert cut_labels("甲委", 3, glyphs) == ()


def test_glyphs_of_two_blocks_are_not_one_block() -> None:
    """Lines apart (another block between them) or on two pages part on their own."""
    lines = [*_lines(list("执行"), 1, 1), *_lines(["局"], 1, 4), *_lines(["执", "行", "局"], 2, 5)]
    got = glyph_column(lines, vocabulary("zh"))
    assert [ln.text for ln in got.lines] == ["执", "行", "局"]
    assert got.labels == {2: ("执行局",)}


def test_a_totals_label_printed_around_its_figures_goes_before_them() -> None:
    """The label's two glyphs print a line each, one above its figures, one below."""
    got = glyph_column(_lines(["成员：20", "共", "5.0 5.0", "计", "说明"]), vocabulary("zh"))
    assert [ln.text for ln in got.lines] == ["成员：20", "共计 5.0 5.0", "说明"]


def test_a_block_may_open_with_the_rest_of_a_label_carried_over_the_page() -> None:
    """The page before printed the label's first glyphs ("行政"): the block after the
    heading opens with its rest, then the page's own labels."""
    got = glyph_column(_lines([*"决策机关和预算问题咨询委员会执行局", "说明"], page=2), vocabulary("zh"))
    assert [ln.text for ln in got.lines] == ["决策机关", "说明"]
    assert got.carried == {2: "和预算问题咨询委员会"} and got.labels == {2: ("执行局",)}
    assert got.unparted == {}
