"""Year headings finished from their pieces.

A narrow cell, or a line break in it, parts a year heading: "2025" / "approved",
"2024" / "年批" / "款". Every reader that puts one back asks the same two questions
of the heading so far, here: does it open a heading the edition knows after its
year (a piece goes on it only so), and is it whole. The tests of a header line for
years (does it hold one, is it a year alone, do two pieces join into one) and the
one way a year keeps the edition's suffix printed after it ("2022 年") live here too.
"""

from __future__ import annotations

import re
from collections.abc import Container

from .text_values import NOTE_MARKS
from .text_vocab import Vocabulary

# A footnote mark closing a heading ("2026 proposeda").
_MARKED = re.compile(rf"(?:{NOTE_MARKS})$")


def year_pieces(words: list[str], voc: Vocabulary, *, partial: bool = False) -> list[str]:
    """A header line's words as pieces of headings: the edition's suffix kept on the
    year before it ("2022", "年": "2022 年"), and a qualifier printed without
    brackets ("2022", "actual") where the line prints several years (a line of one
    heading is one cell already); ``partial``: the suffix on any run of digits before
    it too, the end of a year a narrow column wrapped ("2 年" under "202")."""
    if len(words) < 2:
        return list(words)  # (a line of one word, as most are, is one piece)
    out: list[str] = []
    years = -1  # how many years the line prints, counted where a qualifier asks (seldom)
    for word in words:
        if out and (_year_or_digits(out[-1], voc, partial) and opens_with_year_suffix(word, voc)
                    or is_year(out[-1], voc) and voc.year_qualifier.match(word)
                    and (years := years if years >= 0 else _years_in(words, voc)) > 1):
            out[-1] += f" {word}"
        else:
            out.append(word)
    return out


def _years_in(words: list[str], voc: Vocabulary) -> int:
    """How many of ``words`` are years."""
    return sum(1 for word in words if is_year(word, voc))


def _year_or_digits(word: str, voc: Vocabulary, partial: bool) -> bool:
    """Whether a word is a year (``partial``: a run of digits, a year or part of one)."""
    return word.isdigit() if partial else is_year(word, voc)


def opens_with_year_suffix(text: str, voc: Vocabulary) -> bool:
    """Whether a line opens with the suffix the edition prints after a year ("年批款"
    under "2023"): it goes on the year heading above it."""
    return bool(voc.year_suffix.match(text))


def is_year(text: str, voc: Vocabulary) -> bool:
    """Whether a text is a year alone ("2024"), as the edition prints one."""
    return voc.year_token.match(text) is not None


def year_column_start(text: str, voc: Vocabulary) -> bool:
    """Whether a text opens as the edition prints a year column's heading: a year,
    or a year and the suffix or bracket that must follow it ("2023年", "2020(实际)")."""
    return bool(voc.year_column.match(text))


def joins_into_year(head: str, tail: str, voc: Vocabulary) -> bool:
    """Whether two pieces of a heading a narrow column broke ("202" and "2年") join
    into a year column's heading (``year_column_start``)."""
    return year_column_start(head + tail, voc)


def is_year_heading(text: str, voc: Vocabulary) -> bool:
    """Whether a column's heading is a year's: a year column's (``year_column_start``)
    or a year alone, as the edition prints them."""
    return year_column_start(text, voc) or is_year(text, voc)


def holds_year(text: str, voc: Vocabulary) -> bool:
    """Whether a header line names a year: it opens with a year column's heading
    (``year_column_start``) or a year stands among its words ("项目 2024 2025")."""
    return year_column_start(text, voc) or any(is_year(t, voc) for t in text.split())


def bare_year(text: str, voc: Vocabulary) -> bool:
    """A year that the edition's year headings go on after ("2020" of "2020(实际)"):
    a heading whose qualifier a narrow column wrapped onto a later line."""
    return is_year(text, voc) and not year_column_start(text, voc)


def year_rest(heading: str, voc: Vocabulary) -> str | None:
    """A year heading's words after its year (and the edition's suffix after it),
    without spaces; None for a heading that opens with no year."""
    text = "".join(heading.split())
    if not is_year(text[:4], voc):
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
    return _year_heading(heading, voc, voc.figure_starts)


def whole_year_heading(heading: str, voc: Vocabulary) -> bool:
    """Whether a year heading is finished: a year alone, or a year and a figure
    column's heading the edition knows (``_unmarked``: with a footnote mark or in
    brackets, or neither)."""
    return _year_heading(heading, voc, voc.figure_columns)


def _year_heading(heading: str, voc: Vocabulary, known: Container[str]) -> bool:
    """Whether a heading is a year alone, or a year and a heading in ``known``, or a
    figure column's heading with a footnote mark or in brackets (``_unmarked``)."""
    rest = year_rest(heading, voc)
    return rest is not None and (not rest or rest in known
                                 or _unmarked(rest) in voc.figure_columns)


def _unmarked(rest: str) -> str:
    """A heading without the footnote mark closing it ("proposeda": "proposed") or
    the brackets enclosing it ("(实际)": "实际")."""
    if rest[:1] in "(（" and rest[-1:] in ")）":
        return rest[1:-1]
    return _MARKED.sub("", rest)
