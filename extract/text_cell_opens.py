"""Whether a line of a row of prose cells may open a cell (the readers that deal a
row's lines to its cells ask it: ``text_prose``, ``text_cell_cuts``,
``text_cell_paragraphs``).

Cells open like sentences: not with a lower-case word, bracketed or quoted ones
too ("(such"), but for a bracketed item marker ("(a)"); nor with a bracket closed
that a line above opened ("Add.1)"). A dash before a line's text ("– data
governance") marks an item of a list, which the readers weigh in one of three ways
(``DashItem``).
"""

from __future__ import annotations

from enum import Enum

from .text_values import is_dash
from .text_wrap import OPENING


class DashItem(Enum):
    """How a line whose text a dash opens (a list's item) may open a cell.

    ``OPENS``: it may (a line-breaker's paragraph ends before it, and a list's items
    may be cells of their own), where the lines are weighed as breaks in a cell's
    text. ``WORD``: as the word after the dash may, where the line heads a cell
    (an item of lower-case words goes on a list that a cell above opened).
    ``GOES_ON``: it never does, where each line is a whole paragraph (a word
    processor's text): an item goes on the cell of the line leading into its list.
    A dash alone (a value with no figure) always may: it is a cell of its own."""

    OPENS = "opens"
    WORD = "word"
    GOES_ON = "goes on"


def opens_cell(text: str, dash: DashItem = DashItem.OPENS) -> bool:
    """Whether a line may open a cell (see the module), a list's item as ``dash``
    says."""
    words = text.split(maxsplit=2)
    if len(words) > 1 and is_dash(words[0]):
        if dash is not DashItem.WORD:
            return dash is DashItem.OPENS
        words = words[1:]
    word = words[0] if words else ""
    if word.count(")") > word.count("("):
        return False  # a bracket closed that a line above opened: "Add.1)"
    return not word.lstrip(OPENING)[:1].islower() or word.endswith(")")
