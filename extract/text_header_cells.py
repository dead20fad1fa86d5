"""Header lines and a first row's cells printed out of their place at the top of a
table's later page, put back.

``pdftotext`` in its default mode reads a tall header's columns as blocks that run
down into the rows under them. The header repeated on a later page may so come
out in pieces, its lower lines (a wrapped heading's rest: "划", "际") printed after
the page's first labels, right before their values: they go back up
(``header_completed``). A page's first row may come out with some of its middle
cells (narrow ones, alike: dashes) printed between the header's last lines, before
its first cells; ``header_gathered`` puts those header lines back above the row,
which leaves such cells opening it: they go next to their like among the rest of
their row (``text_columnar.place``), where the row holds it (``among_header``,
``among_header_placed``).
"""

from __future__ import annotations

from collections import Counter

from .text_columnar import place
from .text_grid_entries import PlainLine, one_page, spaced_text
from .text_stacked_rows import heads_label
from .text_stacked_values import names_column, put_back
from .text_vocab import Vocabulary


def header_completed(body: list[PlainLine], alone: list[list[str] | None],
                     voc: Vocabulary) -> list[PlainLine]:
    """A part's lines with the header of each later page made whole: the lines right
    before a page's first values, after its first labels, that are all lines of
    the header of the part's first page (the lines above its first label or
    value) which that page's own header lines (above its first label) lack, go
    after those, the header then printed as on the first page. Only the rests of
    wrapped headings come loose so: a line naming a column (a year) printed after
    a label is the header printed below a label printed above it (the label's
    rules place it). A part on one page is as it was (no later page)."""
    if one_page(body):
        return body
    valued = {ln.no for ln, vals in zip(body, alone, strict=True) if vals}
    start = next((k for k, ln in enumerate(body) if ln.no in valued or heads_label(ln.text, voc)),
                 len(body))
    header = Counter(spaced_text(ln) for ln in body[:start])
    out = list(body)
    for page in sorted({ln.page for ln in body[start:]} - {body[0].page}):
        lines = [k for k, ln in enumerate(out) if ln.page == page]
        top = next((k for k in lines if spaced_text(out[k]) not in header or out[k].no in valued),
                   lines[0])
        first = next((k for k in lines if out[k].no in valued), top)
        at = first
        while at > top and spaced_text(out[at - 1]) in header:
            at -= 1
        printed = Counter(spaced_text(out[k]) for k in range(lines[0], top))
        moved = Counter(spaced_text(ln) for ln in out[at:first])
        if top > lines[0] and top < at < first and not moved - (header - printed)\
                and not any(names_column(text, voc) for text in moved):
            out = [*out[:top], *out[at:first], *out[top:at], *out[first:]]
    return out


def among_header(before: list[PlainLine], after: list[PlainLine],
                 alone: list[list[str] | None]) -> set[int]:
    """The numbers of the value lines (``alone`` read on ``before``) printed before
    a line of no values that the header's gathering (``before`` -> ``after``) put
    above them on their page."""
    at = {ln.no: k for k, ln in enumerate(after)}
    out: set[int] = set()
    first: dict[int, int] = {}  # by page: the highest place of a later line of no values
    for k in range(len(before) - 1, -1, -1):
        ln = before[k]
        if not alone[k]:
            first[ln.page] = min(first.get(ln.page, at[ln.no]), at[ln.no])
        elif first.get(ln.page, at[ln.no]) < at[ln.no]:
            out.add(ln.no)
    return out


def among_header_placed(body: list[PlainLine], alone: list[list[str] | None], n: int,
                        among: set[int]) -> list[list[str] | None]:
    """``alone`` with each group of lines of ``among`` (consecutive value lines, one
    value repeated, fewer than a row) moved next to its like among the values that
    follow it up to a row of ``n``, where those hold it; the lines keep as many
    values as they held."""
    alone = [list(vals) if vals else vals for vals in alone]
    k = 0
    while k < len(body):
        if body[k].no not in among or not alone[k]:
            k += 1
            continue
        group = k
        while group < len(body) and body[group].no in among and alone[group]:
            group += 1
        cells = [v for vals in alone[k:group] for v in vals or []]
        lines = list(range(k, group))
        rest: list[str] = []
        j = group
        while j < len(body) and alone[j] and len(cells) + len(rest) < n:
            lines.append(j)
            rest += alone[j] or []
            j += 1
        rest = rest[:n - len(cells)]
        if len(set(cells)) == 1 and len(cells) + len(rest) == n and cells[0] in rest:
            at = place(rest, cells[:1])
            row = [*rest[:at], *cells, *rest[at:]]
            _respread(alone, lines, row)
        k = group
    return alone


def _respread(alone: list[list[str] | None], lines: list[int], row: list[str]) -> None:
    """The row's values put back on ``lines`` in order, each line as many as it held
    (values past the row stay on the last line, after it)."""
    flat = [v for k in lines for v in alone[k] or []]
    put_back(alone, lines, [*row, *flat[len(row):]])
