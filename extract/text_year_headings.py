"""Year headings finished from their pieces.

A narrow cell, or a line break in it, parts a year heading: "2025" / "approved",
"2024" / "年批" / "款". Every reader that puts one back asks the same two questions
of the heading so far, here: does it open a heading the edition knows after its
year (a piece goes on it only so), and is it whole.
"""

from __future__ import annotations

import re

from .text_values import NOTE_MARKS
from .text_vocab import Vocabulary

# A footnote mark closing a heading ("2026 proposeda").
_MARKED = re.compile(rf"(?:{NOTE_MARKS})$")


def year_rest(heading: str, voc: Vocabulary) -> str | None:
    """A year heading's words after its year (and the edition's suffix after it),
    without spaces; None for a heading that opens with no year."""
    text = "".join(heading.split())
    if not voc.year_token.match(text[:4]):
        return None
    return voc.year_suffix.sub("", text[4:], count=1)


def year_heading_goes_on(heading: str, piece: str, voc: Vocabulary) -> bool:
    """Whether a line ``piece`` goes on the year heading so far ``heading``: with it,
    the heading opens one the edition knows (``opens_year_heading``), and it does not
    open in upper case, as a heading of its own does ("2026" over "Variance")."""
    return not piece[:1].isupper() and opens_year_heading(heading + piece, voc)


def opens_year_heading(heading: str, voc: Vocabulary) -> bool:
    """Whether a year heading so far opens one the edition knows: a year alone, or a
    year and the start of a figure column's heading ("2025 appro"), or all of it
    with a footnote mark or in brackets (``_unmarked``)."""
    rest = year_rest(heading, voc)
    return rest is not None and (not rest or rest in voc.figure_starts
                                 or _unmarked(rest) in voc.figure_columns)


def whole_year_heading(heading: str, voc: Vocabulary) -> bool:
    """Whether a year heading is finished: a year alone, or a year and a figure
    column's heading the edition knows (``_unmarked``: with a footnote mark or in
    brackets, or neither)."""
    rest = year_rest(heading, voc)
    return rest is not None and (not rest or rest in voc.figure_columns
                                 or _unmarked(rest) in voc.figure_columns)


def _unmarked(rest: str) -> str:
    """A heading without the footnote mark closing it ("proposeda": "proposed") or
    the brackets enclosing it ("(实际)": "实际")."""
    if rest[:1] in "(（" and rest[-1:] in ")）":
        return rest[1:-1]
    return _MARKED.sub("", rest)
