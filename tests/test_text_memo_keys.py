"""Per-line memos keyed by a pattern's source, not the compiled pattern (whose hash
reads its whole code at each call): the answers are the pattern's own, its flags
kept. Made-up text."""

from __future__ import annotations

import re

from unfascicle.extract.text_margins import line_number, margin_mark
from unfascicle.extract.text_vocab import vocabulary


def test_a_line_number_is_read_by_the_patterns_flags() -> None:
    """A pattern compiled with flags reads numbers as its flags say, asked twice
    (memoised) or once."""
    cased = re.compile(r"^(x\.\d+)\s+(\S.*)$")
    caseless = re.compile(cased.pattern, re.IGNORECASE)
    assert line_number(cased, "X.4 Some text") is None
    assert line_number(caseless, "X.4 Some text") == "X.4"
    assert line_number(caseless, "X.4 Some text") == "X.4"
    assert line_number(cased, "x.4") == "x.4"


def test_a_paragraph_number_alone_marks_the_margin() -> None:
    """A paragraph number alone on its line is a margin's mark, a numbered line of
    text is not."""
    voc = vocabulary("en")
    assert margin_mark("12.4", voc)
    assert not margin_mark("12.4 The plan for the year.", voc)


def test_a_heading_is_any_level_patterns() -> None:
    """A line is a heading where any level's pattern finds it, asked as often as
    the readers ask it."""
    voc = vocabulary("en")
    for text in ["Overall orientation", "A. Proposed programme plan", "The plan of work."]:
        want = any(p.search(text) for p, _ in voc.heading_levels)
        assert voc.is_heading(text) == want == voc.is_heading(text)
