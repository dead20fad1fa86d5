"""A table's band printed past the next table's caption, put back under its table.

``pdftotext`` in its default mode can print the last column groups of a table's
last page (their header, then their values) after the caption of the table that
follows, among that table's lines. Such a group is known by its header: a table
running over pages prints its header again on each page, so a block of lines
past the next caption whose header lines (those above its first value, every
line after them a value) repeat, line for line, a header the table printed on an
earlier page but not on its last page, and that names a column (a heading the
edition knows, not a row label: tables in a row share their row labels, or a
line naming a year's column), is that table's: the group missing from its last
page. The blocks go back to the end of the table's lines, in the order their
headers were printed on that earlier page, where the band readers
(``text_bands``) put their values at the ends of their rows.
"""

from __future__ import annotations

from .text_bands import gap_blocks, names_year
from .text_grid_entries import PlainLine
from .text_values import values_of
from .text_vocab import Vocabulary


def bands_returned(table: list[PlainLine], after: list[PlainLine], voc: Vocabulary
                   ) -> tuple[list[PlainLine], list[PlainLine]]:
    """The table's lines with the blocks of ``after`` (the next table's lines,
    caption first) that print its last page's missing column groups at their end,
    and ``after`` without them."""
    if not table:
        return table, after
    last = table[-1].page
    earlier = [ln.text for ln in table if ln.page != last]
    printed = [ln.text for ln in table if ln.page == last]
    heads = [(block, head) for block in gap_blocks(after[1:]) if (head := _header(block))
             and _names_column(head, voc) and repeats(head, earlier)
             and not repeats(head, printed)]
    heads.sort(key=lambda pair: _printed_at(pair[1], earlier) or 0)
    moved = [block for block, _ in heads]
    taken = {ln.no for block in moved for ln in block}
    return ([*table, *(ln for block in moved for ln in block)],
            [ln for ln in after if ln.no not in taken])


def _header(block: list[PlainLine]) -> list[str]:
    """The block's header lines: those above its first value, when every line after
    them is a value line ([] for a block printed otherwise)."""
    first = next((k for k, ln in enumerate(block) if values_of(ln.text) is not None), 0)
    if not first or any(values_of(ln.text) is None for ln in block[first:]):
        return []
    return [ln.text for ln in block[:first]]


def _names_column(head: list[str], voc: Vocabulary) -> bool:
    """Whether header lines name a column: a heading the edition knows that is no
    row label (a group label above it, "Change", aside), or a line naming a year's
    column."""
    joined = "".join("".join(t for t in head if t not in voc.group_labels).split())
    return (joined in voc.column_headings and joined not in voc.row_labels) \
        or any(names_year(text, voc) for text in head)


def _printed_at(head: list[str], texts: list[str]) -> int | None:
    """Where ``head`` is first printed, line for line, among ``texts`` (None: nowhere)."""
    n = len(head)
    return next((k for k in range(len(texts) - n + 1) if texts[k:k + n] == head), None)


def repeats(head: list[str], texts: list[str]) -> bool:
    """Whether ``head`` is printed, line for line, among ``texts``."""
    return _printed_at(head, texts) is not None
