"""Hyphens lost where an extractor joined a word broken at a line end (``text_columnar_words``)."""

from __future__ import annotations

from unfascicle.extract.text_columnar_words import rehyphenated
from unfascicle.extract.text_grid_entries import PlainLine


def _lines(*texts: str) -> list[PlainLine]:
    return [PlainLine(no, text, 1) for no, text in enumerate(texts, 1)]


def test_a_word_of_two_hyphens_joined_at_either_gets_it_back() -> None:
    lines = _lines("help on a walk-by-walk basis", "on a walkby-walk basis", "a walk-bywalk plan",
                   "a walkby plan")
    assert [ln.text for ln in rehyphenated(lines)] == [
        "help on a walk-by-walk basis", "on a walk-by-walk basis", "a walk-by-walk plan",
        "a walkby plan"]


def test_a_hanging_hyphen_joined_to_the_next_word_gets_it_back() -> None:
    lines = _lines("plan- and budget-related rules", "the planand budget-related rules",
                   "a planand")
    assert [ln.text for ln in rehyphenated(lines)] == [
        "plan- and budget-related rules", "the plan- and budget-related rules", "a plan- and"]
