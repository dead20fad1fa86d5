"""A table page printed as its label column, then its column groups, each under its header.

``pdftotext`` in its default mode can print a page of a table part as blocks: its
label column (under the column's heading), then a group of columns at a time,
its header, then its values, a row at a time (each row over a line or a few, each
row ending a line) or, for the last rows, a column at a time
(``text_dealt_rows``); the first group may come before the label column, right
under the part's label. The page's labels (their last lines, sections aside; no
line naming a year's column among them: that block is the header) are as many
as the rows, and each group's values (the value lines under its header, down to
the next header, the label column or the page's end) fill them evenly: each
label takes its row's values of every group, in order, on its line, under the
groups' headers. A number printed with a space between its groups can come
broken there, its last group alone on the line below the rest of its row
(``_numbers_rejoined``): a group whose values do not fill the rows evenly is read
again with such numbers put together. A part is read so only when every page of
it that holds values is.
"""

from __future__ import annotations

import re

from .text_bands import gap_blocks, names_year
from .text_dealt_rows import dealt_rows, rows_written
from .text_grid_entries import PlainLine
from .text_stacked_rows import heads_label, label_ends
from .text_values import fewest_values
from .text_vocab import Vocabulary

# A number's leading group, and a group of three digits (decimals after it).
_LEADING = re.compile(r"\d{1,3}")
_GROUP = re.compile(r"\d{3}(?:\.\d+)?")


def label_block_rows(body: list[PlainLine], voc: Vocabulary) -> list[PlainLine] | None:
    """``body`` with each part whose every page holding values is printed as labels,
    then column groups, read a row a line under its headers; None when no part is
    printed so. (A part read so on some pages only is left whole to the stacked
    reader, which reads a page by the others.)"""
    out: list[PlainLine] = []
    start = 0
    for k in range(1, len(body) + 1):
        if k == len(body) or voc.table_part_label.match(body[k].text):
            out += _part_rows(body[start:k], voc) or body[start:k]
            start = k
    return None if out == body else out


def _part_rows(part: list[PlainLine], voc: Vocabulary) -> list[PlainLine] | None:
    """One part with each page read so, or None when a page holding values is not
    printed so."""
    out: list[PlainLine] = []
    start = 0
    for k in range(1, len(part) + 1):
        if k == len(part) or part[k].page != part[k - 1].page:
            page = part[start:k]
            rows = _page_rows(page, voc)
            if rows is None and any(fewest_values(ln.text) is not None for ln in page):
                return None
            out += rows or page
            start = k
    return out


def _page_rows(lines: list[PlainLine], voc: Vocabulary) -> list[PlainLine] | None:
    """One page of a part with its rows read so, or None when it is not printed so."""
    heading = next((k for k, ln in enumerate(lines)
                    if "".join(ln.text.split()) in voc.row_label_columns), None)
    if heading is None:
        return None
    top = next((k + 1 for k in range(heading - 1, -1, -1)
                if voc.table_part_label.match(lines[k].text)), 0)
    early = _groups(lines[top:heading], voc)
    if not early:
        top = heading
        if any(fewest_values(ln.text) is not None for ln in lines[:heading]):
            return None
    labels = gap_blocks(lines[heading:])[0]
    groups = [*early, *_groups(lines[heading + len(labels):], voc)]
    rows = len(label_ends(labels, voc))
    if len(groups) == len(early) or rows < 2 or any(names_year(ln.text, voc) for ln in labels):
        return None  # a line naming a year's column is the header's, not a label
    dealt: list[list[str]] = [[] for _ in range(rows)]
    for _, values in groups:
        cells = _cells(values, rows) or _cells(_numbers_rejoined(values), rows)
        if cells is None:
            return None
        dealt = [row + more for row, more in zip(dealt, cells, strict=True)]
    if len(dealt[0]) < 2:
        return None
    headers = [ln for header, _ in groups for ln in header]
    return [*lines[:top], *headers, *rows_written(labels, dealt, voc)]


def _cells(values: list[PlainLine], rows: int) -> list[list[str]] | None:
    """A group's value lines dealt to ``rows`` rows, when they fill them evenly."""
    count = sum(len(fewest_values(ln.text) or []) for ln in values)
    return dealt_rows(gap_blocks(values), rows, count // rows) if count % rows == 0 else None


def _numbers_rejoined(values: list[PlainLine]) -> list[PlainLine]:
    """Value lines with numbers the mode broke at their group space put together: a
    line's first value, a group of up to three digits, and the line right below it,
    a group of three digits alone ("12 3.4" above "567.8": "12 567.8", "3.4")."""
    out: list[PlainLine] = []
    for ln in values:
        above = out[-1] if out else None
        vals = fewest_values(above.text) if above is not None else None
        if above is not None and vals and above.no + 1 == ln.no and _LEADING.fullmatch(vals[0])\
                and _GROUP.fullmatch(ln.text):
            out[-1] = PlainLine(above.no, "  ".join([f"{vals[0]} {ln.text}", *vals[1:]]),
                                above.page, above.indent)
        else:
            out.append(ln)
    return out


def _groups(lines: list[PlainLine], voc: Vocabulary
            ) -> list[tuple[list[PlainLine], list[PlainLine]]]:
    """The column groups of lines after the label column: header lines (no row label
    among them but one naming a column too: "Total"; years alone opening a group are
    header), then value lines; [] when the lines are not all so."""
    groups: list[tuple[list[PlainLine], list[PlainLine]]] = []
    header: list[PlainLine] = []
    for ln in lines:
        vals = fewest_values(ln.text)
        opening = bool(header) or not groups
        if vals is not None and not (opening and all(voc.year_token.match(v) for v in vals)):
            if opening:
                groups.append((header, []))
                header = []
            groups[-1][1].append(ln)
        elif heads_label(ln.text, voc) and "".join(ln.text.split()) not in voc.column_headings:
            return []
        else:
            header.append(ln)
    return [] if header or not groups else groups
