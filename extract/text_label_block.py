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
again with such numbers put together. A page whose groups do not fill its rows
evenly, its blocks each a band of rows under a run of columns, is laid back with
each group as wide as on the part's pages that do (``text_tiled_rows``). A part
is read so only when every page of it that holds values is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import groupby

from .text_bands import gap_blocks, names_year
from .text_dealt_rows import dealt_rows, rows_written
from .text_grid_entries import PlainLine, table_parts
from .text_stacked_rows import heads_label, label_ends
from .text_tiled_rows import Group, tiled_rows
from .text_values import fewest_values, values_of
from .text_vocab import Vocabulary
from .text_year_headings import is_year

# A number's leading group, and a group of three digits (decimals after it).
_LEADING = re.compile(r"\d{1,3}")
_GROUP = re.compile(r"\d{3}(?:\.\d+)?")


def label_block_rows(body: list[PlainLine], voc: Vocabulary) -> list[PlainLine] | None:
    """``body`` with each part whose every page holding values is printed as labels,
    then column groups, read a row a line under its headers; None when no part is
    printed so. (A part read so on some pages only is left whole to the stacked
    reader, which reads a page by the others.)"""
    out = [ln for part in table_parts(body, voc) for ln in _part_rows(part, voc) or part]
    return None if out == body else out


def _part_rows(part: list[PlainLine], voc: Vocabulary) -> list[PlainLine] | None:
    """One part with each page read so, or None when a page holding values is not
    printed so. A page whose groups do not fill its rows evenly is read with each
    group as wide as on the part's pages that do (``text_tiled_rows``)."""
    pages = [list(lines) for _, lines in groupby(part, key=lambda ln: ln.page)]
    laid = [_page_layout(page, voc) for page in pages]
    dealt = [_even(page) if page else None for page in laid]
    widths = _widths(laid, dealt)
    out: list[PlainLine] = []
    for page, layout, cells in zip(pages, laid, dealt, strict=True):
        if layout is not None and cells is None:
            cells = _tiled(layout, widths)
        if cells is None and any(values_of(ln.text) is not None for ln in page):
            return None
        out += page if layout is None or cells is None else _written(layout, cells, voc)
    return out


@dataclass(frozen=True)
class _Layout:
    """A page of a part printed so: its lines before the groups' headers, its label
    lines, the number of rows and the groups (header lines, value lines)."""

    top: list[PlainLine]
    labels: list[PlainLine]
    rows: int
    groups: list[tuple[list[PlainLine], list[PlainLine]]]


def _page_layout(lines: list[PlainLine], voc: Vocabulary) -> _Layout | None:
    """One page of a part cut in its label column and groups, or None when it is not
    printed so."""
    heading = next((k for k, ln in enumerate(lines)
                    if "".join(ln.text.split()) in voc.row_label_columns), None)
    if heading is None:
        return None
    top = next((k + 1 for k in range(heading - 1, -1, -1)
                if voc.table_part_label.match(lines[k].text)), 0)
    early = _groups(lines[top:heading], voc)
    if not early:
        top = heading
        if any(values_of(ln.text) is not None for ln in lines[:heading]):
            return None
    labels = gap_blocks(lines[heading:])[0]
    groups = [*early, *_groups(lines[heading + len(labels):], voc)]
    if len(groups) == len(early):  # (no group after the labels: they are not counted)
        return None
    rows = len(label_ends(labels, voc))
    if rows < 2 or any(names_year(ln.text, voc) for ln in labels):
        return None  # a line naming a year's column is the header's, not a label
    return _Layout(lines[:top], labels, rows, groups)


def _even(layout: _Layout) -> list[list[str]] | None:
    """The page's rows when each group's values fill them evenly."""
    dealt: list[list[str]] = [[] for _ in range(layout.rows)]
    for _, values in layout.groups:
        cells = _cells(values, layout.rows) or _cells(_numbers_rejoined(values), layout.rows)
        if cells is None:
            return None
        dealt = [row + more for row, more in zip(dealt, cells, strict=True)]
    return dealt if len(dealt[0]) >= 2 else None


def _widths(laid: list[_Layout | None], dealt: list[list[list[str]] | None]) -> dict[str, int]:
    """How many columns each group's header names, by its words, on the pages whose
    groups fill their rows evenly (a header met with two widths left out)."""
    seen: dict[str, set[int]] = {}
    for layout, cells in zip(laid, dealt, strict=True):
        if layout is None or cells is None:
            continue
        for header, values in layout.groups:
            count = sum(len(fewest_values(ln.text) or []) for ln in values)
            seen.setdefault(_words(header), set()).add(count // layout.rows)
    return {words: next(iter(w)) for words, w in seen.items() if words and len(w) == 1}


def _tiled(layout: _Layout, widths: dict[str, int]) -> list[list[str]] | None:
    """The page's rows laid from its blocks in bands, each group as wide as
    ``widths`` says; None when a group's width is not known."""
    groups: list[Group] = []
    for header, values in layout.groups:
        width = widths.get(_words(header))
        if width is None:
            return None
        groups.append((width, [[fewest_values(ln.text) or [] for ln in block]
                               for block in gap_blocks(values)]))
    return tiled_rows(groups, layout.rows)


def _words(header: list[PlainLine]) -> str:
    """A header's words, spaces left out."""
    return "".join("".join(ln.text.split()) for ln in header)


def _written(layout: _Layout, dealt: list[list[str]], voc: Vocabulary) -> list[PlainLine]:
    """The page's lines: those before the groups, the groups' headers, then each
    label with its row's values."""
    headers = [ln for header, _ in layout.groups for ln in header]
    return [*layout.top, *headers, *rows_written(layout.labels, dealt, voc)]


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
        if vals is not None and not (opening and all(is_year(v, voc) for v in vals)):
            if opening:
                groups.append((header, []))
                header = []
            groups[-1][1].append(ln)
        elif heads_label(ln.text, voc) and "".join(ln.text.split()) not in voc.column_headings:
            return []
        else:
            header.append(ln)
    return [] if header or not groups else groups
