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


def test_a_label_line_is_read_by_its_own_vocabularys_labels() -> None:
    """``section`` and ``heads_label`` are memoised by the vocabulary's label sets, not
    the vocabulary: the same line asked of two vocabularies that know other labels
    gets each one's answer, asked twice or once."""
    from dataclasses import replace

    from unfascicle.extract.text_stacked_rows import heads_label, section

    known = replace(vocabulary("en"), section_labels=frozenset({"Madeupsection"}),
                    row_labels=frozenset({"Madeuprow"}))
    bare = replace(known, section_labels=frozenset(), row_labels=frozenset())
    for _ in range(2):
        assert section("B. Made up section", known) and not section("B. Made up section", bare)
        assert not section("4. Made up section", known)  # numbered: an item, no section
        assert heads_label("Made up row (C)", known) and not heads_label("Made up row (C)", bare)
        assert heads_label("1. Anything", bare)  # enumerated: opens a label anywhere


def test_a_label_ends_before_a_line_its_vocabulary_knows() -> None:
    """``label_ends`` asks whether the next line opens a known label by the
    vocabulary's label set (memoised so): a wrapped label's first line ends a label
    only where the line under it is one the vocabulary knows."""
    from dataclasses import replace

    from unfascicle.extract.text_grid_entries import PlainLine
    from unfascicle.extract.text_stacked_rows import label_ends

    known = replace(vocabulary("en"), row_labels=frozenset({"Madeuprow"}))
    bare = replace(known, row_labels=frozenset())
    lines = [PlainLine(1, "A long first line of a label that wraps", 1),
             PlainLine(2, "Made up row, 2", 1)]
    for _ in range(2):
        assert [ln.no for ln in label_ends(lines, known)] == [1, 2]
        assert [ln.no for ln in label_ends(lines, bare)] == [2]
