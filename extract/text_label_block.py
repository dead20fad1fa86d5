"""A table part printed as its label column, then its header, then its rows.

``pdftotext`` in its default mode can print a part of a table as three blocks:
its label column (under the column's heading), its header, then its values, a
row at a time, each row over a line or a few (a group of columns a line), each
row ending a line (``text_dealt_rows``). The part's labels (their last lines,
sections aside) are as many as the rows, and the values, every line after the
header down to the part's end, fill them evenly: each label takes its row's
values on its line, under the header.
"""

from __future__ import annotations

from .text_bands import gap_blocks
from .text_dealt_rows import dealt_rows, rows_written
from .text_grid_entries import PlainLine
from .text_stacked_rows import _ends, heads_label
from .text_values import fewest_values
from .text_vocab import Vocabulary


def label_block_rows(body: list[PlainLine], voc: Vocabulary) -> list[PlainLine] | None:
    """``body`` with each part printed as labels, header, then rows read a row a
    line under its header; None when no part is printed so."""
    out: list[PlainLine] = []
    start = 0
    for k in range(1, len(body) + 1):
        if k == len(body) or voc.table_part_label.match(body[k].text):
            out += _part_rows(body[start:k], voc) or body[start:k]
            start = k
    return None if out == body else out


def _part_rows(part: list[PlainLine], voc: Vocabulary) -> list[PlainLine] | None:
    """One part's lines with its rows read so, or None when it is not printed so."""
    heading = next((k for k, ln in enumerate(part)
                    if "".join(ln.text.split()) in voc.row_label_columns), None)
    if heading is None:
        return None
    block = next(b for b in gap_blocks(part[heading:]))
    first = next((k for k, ln in enumerate(part) if fewest_values(ln.text) is not None), None)
    end = heading + len(block)
    if first is None or first <= end:
        return None
    header, values = part[end:first], part[first:]
    if any(heads_label(ln.text, voc) for ln in header)\
            or any(fewest_values(ln.text) is None for ln in values):
        return None
    rows = len(_ends(block, voc))
    count = sum(len(fewest_values(ln.text) or []) for ln in values)
    if rows < 2 or count % rows or count // rows < 2:
        return None
    dealt = dealt_rows(gap_blocks(values), rows, count // rows)
    if dealt is None:
        return None
    return [*part[:heading], *header, *rows_written(block, dealt, voc)]
