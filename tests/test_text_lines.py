"""Lines of a flat text and of a table in it (extract/text_lines.py,
extract/text_grid_entries.py): made-up lines."""

from __future__ import annotations

from unfascicle.extract.text_grid_entries import PlainLine, table_parts
from unfascicle.extract.text_lines import SrcLine, blank_between, block_text
from unfascicle.extract.text_vocab import vocabulary


def test_lines_numbered_one_after_the_other_have_no_blank_line_between() -> None:
    """An empty line between two lines skips a number; lines next to each other do not."""
    first, second, fourth = SrcLine(7, "Widgets"), SrcLine(8, "Gears"), SrcLine(10, "Sprockets")
    assert not blank_between(first, second)
    assert blank_between(second, fourth) and blank_between(first, fourth)


def test_a_tables_lines_are_cut_into_parts_at_each_part_label_and_at_cuts() -> None:
    """Each part opens at its label ("(2) Gears"); a cut the caller asks for opens one
    too; the lines before the first label are a part of their own."""
    voc = vocabulary("en")
    texts = ["Item 2031", "Widgets 5", "(2) Gears", "Sprockets 7", "Cogs 9", "(3) Wheels"]
    body = [PlainLine(no, text, 1) for no, text in enumerate(texts, 1)]
    assert [[ln.text for ln in part] for part in table_parts(body, voc, {4})] == [
        texts[:2], texts[2:4], texts[4:5], texts[5:]]
    assert table_parts(body[:1], voc) == [body[:1]] and table_parts([], voc) == []


def test_a_blocks_text_runs_to_the_line_that_closes_it_past_lines_of_spaces() -> None:
    """A line ending with a space closes its block; a line of spaces alone closes
    none (a caption's title and a table's note read alike)."""
    lines = [SrcLine(1, "Widgets and"), SrcLine(2, "   "), SrcLine(3, "gears. "), SrcLine(4, "Next")]
    assert block_text(lines, 0) == ("Widgets and   gears.", 3)
    assert block_text(lines[:2], 0) == ("Widgets and", 2)
