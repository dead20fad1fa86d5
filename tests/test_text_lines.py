"""Lines of a flat text (extract/text_lines.py): made-up lines."""

from __future__ import annotations

from unfascicle.extract.text_lines import SrcLine, blank_between


def test_lines_numbered_one_after_the_other_have_no_blank_line_between() -> None:
    """An empty line between two lines skips a number; lines next to each other do not."""
    first, second, fourth = SrcLine(7, "Widgets"), SrcLine(8, "Gears"), SrcLine(10, "Sprockets")
    assert not blank_between(first, second)
    assert blank_between(second, fourth) and blank_between(first, fourth)
