"""What every reader's table assembly shares, whatever it reads from.

A PDF page, a flat text and a Word grid each find a table's columns in their own way;
from there on a table is built the same way for all of them: its header rows with the
spans of grouped columns.
"""

from __future__ import annotations

from .model import HeaderCell


def spanned_header(texts: list[str], groups: list[tuple[range, str]]) -> list[list[HeaderCell]]:
    """Header rows of columns headed ``texts``. Without groups, one row. With groups (a
    label over a run of columns: "Changes" over "Technical adjustments" … "Total"), two
    rows: each group's label spans its columns and every other column spans both rows;
    the second row holds the grouped columns' own headings."""
    if not groups:
        return [[HeaderCell(t) for t in texts]]
    owner = {col: (run, label) for run, label in groups for col in run}
    top: list[HeaderCell] = []
    second: list[HeaderCell] = []
    for col, text in enumerate(texts):
        if col not in owner:
            top.append(HeaderCell(text, rowspan=2))
            continue
        run, label = owner[col]
        if col == run[0]:
            top.append(HeaderCell(label, colspan=len(run)))
        second.append(HeaderCell(text))
    return [top, second]
