"""Notes lettered to a table's words (``extract.text_grid_notes``): made-up lines."""

from __future__ import annotations

from plain_pages import paged

from unfascicle.extract.text_grid_notes import lettered_notes
from unfascicle.extract.text_sidebyside import word_pairs


def test_a_notes_letter_printed_alone_before_its_text_opens_the_notes() -> None:
    """A prose table's last cell marks a word with a raised letter ("practicesa"), and
    the extractor prints the note's letter on a line of its own, its text below."""
    table = ["2026 (planned) 2027 (planned)", "Widget makers", "share good",
             "Widget makers", "share good", "practicesa", "a", "Share of makers with new tools."]
    pairs = word_pairs(["1.1 The office keeps good practices of widget makers.", *table])
    lines = paged(table)
    assert lettered_notes(lines, pairs) == 6


def test_a_letter_alone_with_no_word_marked_above_opens_no_notes() -> None:
    table = ["2026 (planned) 2027 (planned)", "Widget makers", "share good",
             "Widget makers", "share good", "practices", "a", "Share of makers with new tools."]
    pairs = word_pairs(["1.1 The office keeps good practices of widget makers.", *table])
    assert lettered_notes(paged(table), pairs) == len(table)
