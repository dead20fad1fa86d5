"""Cells a stacked table prints out of their row's order, put back in their rows.

Narrow cells printed among the header's lines, a wrapped label's middle line
printed among the values, value columns printed one after another (a block
each), the rest of a row printed as a block of its own, a first value column
printed with the labels, header lines printed among a page's first row's values
(``header_gathered``), a negative figure broken before its ")", and a table's last
values printed after its labels, fewer than a row, placed where the sums say
(``leftovers_placed``; ``text_columnar``: totals are sums of the rows next to them),
as a page's last values printed after labels at its foot (``page_leftovers_placed``)
and a wrapped label's middle line's value printed among the labels
(``middle_value_placed``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import partial
from itertools import combinations
from math import comb

from .text_columnar import MORE, place, settled, settled_moves, sums_held
from .text_grid_entries import PlainLine, one_page, spaced_text
from .text_grid_rows import ROW_ENUMERATOR
from .text_row_sums import placed_across, row_sums, rows_summed_across
from .text_stacked_rows import heads_label
from .text_stacked_values import (
    header_texts,
    names_column,
    put_back,
    repeats_header,
    span_values,
    value_spans,
    whole_rows,
)
from .text_values import holds_values, is_numeric, split_row, values_of
from .text_vocab import Vocabulary

_OPEN_FIGURE = re.compile(r"^\s*\(\d[\d ,.]*$")  # "(16.9": a figure its ")" went below
# The most ways of dealing a table's late values into its short runs that are tried
# (``leftovers_placed``): a row lacks few values, and a table of many short runs
# would otherwise cost the factorial of its late values.
_MOST_SPLITS = 5000


def parentheses_closed(body: list[PlainLine]) -> list[PlainLine]:
    """A negative figure broken in a narrow column before its closing parenthesis
    ("(16.9", then ")" alone on the next line) put back on one line."""
    out: list[PlainLine] = []
    for ln in body:
        if ln.text.strip() == ")" and out and _OPEN_FIGURE.match(out[-1].text)\
                and out[-1].page == ln.page:
            out[-1] = PlainLine(out[-1].no, f"{out[-1].text.strip()})", ln.page, out[-1].indent)
        else:
            out.append(ln)
    return out


def header_gathered(body: list[PlainLine], alone: list[list[str] | None],
                    voc: Vocabulary) -> list[PlainLine]:
    """The header of a part printed on each of its pages put together on each: the
    default mode may print a header's lower lines (a wrapped heading's last line)
    as blocks among the first row's values. Lines printed once on every page of a
    part of two pages or more, holding no values and opening no label, are the
    header repeated. Those printed among their page's first row's values (after a
    line opening a label, not one printed on every page: a heading such as "共计"
    names a column too; before the next label, values after them) go up, after
    the first lines of the header on that page (before the first other line),
    with those printed between that row's label and its first value (a label
    printed below the header's lines that are above the first page's first label;
    one printed above them takes the values printed among them). ``alone``: the
    values of each line (``values_alone``), which the caller read already."""
    if one_page(body):
        return body  # (a part on one page repeats no header)
    pages = sorted({ln.page for ln in body})
    seen = Counter((spaced_text(ln), ln.page) for ln in body if not holds_values(ln.text))
    texts = Counter(text for text, _ in seen)
    repeated = {text for text, count in texts.items() if count == len(pages)
                and all(seen[text, page] == 1 for page in pages)}
    header = {text for text in repeated if not heads_label(text, voc)}
    if len(header) < 2:
        return body
    labels = _first_on_page(body, pages, lambda k, ln: heads_label(ln.text, voc)
                            and spaced_text(ln) not in repeated)
    first = _first_on_page(body, pages, lambda k, ln: bool(alone[k]) and k > labels[ln.page]
                           and not names_column(ln.text, voc))
    # the first row ends at the next line opening a label
    ends = _first_on_page(body, pages, lambda k, ln: k > first[ln.page]
                          and heads_label(ln.text, voc))
    late = [ln for k, ln in enumerate(body) if spaced_text(ln) in header
            and first[ln.page] < k < ends[ln.page] and _before_values(body, alone, k, header)]
    # the header's lines printed above the first label of the first page
    top = {spaced_text(ln) for ln in body[:labels[pages[0]]] if spaced_text(ln) in header}
    for page in pages:
        k = first[page] - 1  # header lines between the row's label and its first value
        while k > labels[page] and spaced_text(body[k]) in header:
            k -= 1
        if k == labels[page] < first[page] - 1 < len(body) - 1 and not any(
                spaced_text(ln) in top for ln in body[k:] if ln.page == page):
            late += body[k + 1:first[page]]
    if not late:
        return body
    late.sort(key=body.index)
    out: list[PlainLine] = []
    for page in pages:
        lines = [ln for ln in body if ln.page == page and ln not in late]
        start = next(k for k, ln in enumerate(lines) if spaced_text(ln) in header)
        end = next((k for k in range(start, len(lines)) if spaced_text(lines[k]) not in header),
                   len(lines))
        out += [*lines[:end], *[ln for ln in late if ln.page == page], *lines[end:]]
    return out


def _first_on_page(body: list[PlainLine], pages: list[int],
                   found: Callable[[int, PlainLine], bool]) -> dict[int, int]:
    """Each page's first line (index in ``body``) that is ``found``, else ``len(body)``
    (one pass over the lines, not one a page)."""
    out = dict.fromkeys(pages, len(body))
    for k, ln in enumerate(body):
        if out[ln.page] == len(body) and found(k, ln):
            out[ln.page] = k
    return out


def _before_values(body: list[PlainLine], alone: list[list[str] | None], k: int,
                   header: set[str]) -> bool:
    """Whether the first line after line ``k`` and the header's lines next to it
    holds values (the row goes on after it), on the same page."""
    j = k + 1
    while j < len(body) and spaced_text(body[j]) in header:
        j += 1
    return j < len(body) and bool(alone[j]) and body[j].page == body[k].page


def transposed(body: list[PlainLine], alone: list[list[str] | None], named: int,
               boxed: int = 0) -> tuple[list[PlainLine], list[list[str] | None], int]:
    """Value columns printed one after another put back a row per line: in a run of
    value lines, blocks (lines that follow each other, a value each) of one
    length, two or more, come in groups of as many blocks, the same number in
    every group: each group is that many columns of as many rows (``named``: the
    columns the header's years name, 0 for none; else the values every other run
    holds, ``_row_width``). A row's values go on its first
    column's line; the other columns' lines are dropped. Where the rows were
    printed before (``_rows_before``), the columns go on at their ends. A run of
    values each a block of its own is cut into columns by ``_boxed_columns``
    (``boxed``: the header cells, each a block, that open with a year). Also returns
    the number of columns so found (0 for none)."""
    alone = [list(vals) if vals else None for vals in alone]
    columns = 0
    spans = value_spans(alone)
    for at, span in enumerate(spans):
        blocks = _blocks(body, alone, span)
        groups = _column_groups(blocks, named, partial(_row_width, alone, spans, span, blocks))\
            or _boxed_columns(alone, blocks, named or boxed)
        if not groups:
            continue
        columns = max(columns, len(groups[0]))
        if _rows_before(alone, spans[:at], groups):
            columns = span_values(alone, spans[0]) + len(groups[0])
            values = [[(alone[col[i]] or [""])[0] for col in group]
                      for group in groups for i in range(len(group[0]))]
            for row, more in zip(spans[:at], values, strict=True):
                alone[row.start] = [v for k in row for v in alone[k] or []] + more
                for k in row[1:]:
                    alone[k] = []
            for k in span:
                alone[k] = []
            continue
        for group in groups:
            for i, k in enumerate(group[0]):
                alone[k] = [(alone[col[i]] or [""])[0] for col in group]
            for col in group[1:]:
                for k in col:
                    alone[k] = []
    keep = [k for k, vals in enumerate(alone) if vals != []]
    return [body[k] for k in keep], [alone[k] for k in keep], columns


def _row_width(alone: list[list[str] | None], spans: list[range], span: range,
               blocks: list[list[int]]) -> int:
    """How many values every other run of the table holds (each a row, as a page
    prints the rest of a table), when that differs from the length of ``span``'s
    blocks (a run printed a row a block would match it); else 0. (The runs are
    counted until two differ: then there is no such width.)"""
    if not blocks:
        return 0
    counts: set[int] = set()
    for other in spans:
        if other != span:
            counts.add(span_values(alone, other))
            if len(counts) > 1:
                return 0
    width = min(counts, default=0)
    return width if all(len(block) != width for block in blocks) else 0


def _rows_before(alone: list[list[str] | None], before: list[range],
                 groups: list[list[list[int]]]) -> bool:
    """Whether value columns printed one after another (``groups``) go on the rows
    printed before them (``before``: each a run of values): those hold as many
    values each, and are as many as the columns' lines (a page printing a table's
    first columns a row per block and the others a column per block)."""
    counts = {span_values(alone, span) for span in before}
    return len(counts) == 1 and min(counts) > 0\
        and len(before) == sum(len(group[0]) for group in groups)


def rows_then_blocks(body: list[PlainLine], alone: list[list[str] | None]
                      ) -> tuple[list[PlainLine], list[list[str] | None], int]:
    """The rest of each row printed as a block of its own after the rows of the
    table's first columns (a page printing a table in two bands side by side, a
    line of the header printed again between them):
    the last run cut at blank lines (or, without them, into as many lines each)
    into blocks of one count of values (two or more), as many blocks as runs
    before it, none holding fewer values than they; each block goes on at the end of its
    row, in order. Also returns the column count so found (0 when not so)."""
    spans = value_spans(alone)
    if len(spans) < 3:
        return body, alone, 0
    *rows, last = spans
    header = header_texts(body[:spans[0].start])
    if not any(" ".join(ln.text.split()) in header for ln in body[rows[-1].stop:last.start]):
        return body, alone, 0  # the second band's header stands between the bands
    blocks: list[list[int]] = []
    for k in last:
        if blocks and body[blocks[-1][-1]].no + 1 == body[k].no:
            blocks[-1].append(k)
        else:
            blocks.append([k])
    if len(blocks) != len(rows) and len(last) % len(rows) == 0:
        size = len(last) // len(rows)  # no blank lines: as many lines a row
        blocks = [list(last[i:i + size]) for i in range(0, len(last), size)]
    counts = {sum(len(alone[k] or []) for k in block) for block in blocks}
    widths = [span_values(alone, span) for span in rows]
    if len(blocks) != len(rows) or len(counts) != 1 or min(counts) < 2\
            or max(widths) > min(counts):
        return body, alone, 0
    alone = [list(vals) if vals else None for vals in alone]
    for span, block in zip(rows, blocks, strict=True):
        alone[span.start] = [v for k in [*span, *block] for v in alone[k] or []]
        for k in span[1:]:
            alone[k] = []
    for k in last:
        alone[k] = []
    keep = [k for k, vals in enumerate(alone) if vals != []]
    return [body[k] for k in keep], [alone[k] for k in keep], max(widths) + min(counts)


def first_column_apart(body: list[PlainLine], alone: list[list[str] | None], named: int
                        ) -> tuple[list[PlainLine], list[list[str] | None], int]:
    """The first value column printed with the labels, the other columns after the
    last label: each label but the last followed by one value, the last by its own
    first value and then the rest of every row in order, ``named`` - 1 values each
    (``named``: the columns the header's years name). Each row is put on the line
    of its first value; the other lines are dropped. Also returns the column count
    so found (0 when the table is not printed so)."""
    runs = value_spans(alone)
    counts = [span_values(alone, span) for span in runs]
    if named < 2 or len(runs) < 2 or any(c != 1 for c in counts[:-1])\
            or counts[-1] != 1 + len(runs) * (named - 1):
        return body, alone, 0
    alone = [list(vals) if vals else None for vals in alone]
    rest = [v for k in runs[-1] for v in alone[k] or []]
    firsts = [(alone[span.start] or [""])[0] for span in runs[:-1]] + rest[:1]
    rest = rest[1:]
    for i, span in enumerate(runs):
        alone[span.start] = [firsts[i], *rest[i * (named - 1):(i + 1) * (named - 1)]]
    for k in runs[-1][1:]:
        alone[k] = []
    keep = [k for k, vals in enumerate(alone) if vals != []]
    return [body[k] for k in keep], [alone[k] for k in keep], named


def _blocks(body: list[PlainLine], alone: list[list[str] | None], span: range) -> list[list[int]]:
    """The indices of ``span`` cut into blocks of lines that follow each other on
    the page (a blank line or a page break ends a block)."""
    blocks: list[list[int]] = []
    for k in span:
        prev = blocks[-1][-1] if blocks else None
        if prev is not None and body[prev].no + 1 == body[k].no and body[prev].page == body[k].page:
            blocks[-1].append(k)
        else:
            blocks.append([k])
    return blocks if all(len(alone[k] or []) == 1 for k in span) else []


def _boxed_columns(alone: list[list[str] | None], blocks: list[list[int]], named: int
                   ) -> list[list[list[int]]]:
    """Value columns printed one after another, each value a block of its own (a
    tool printing every layout box apart): the run's values cut into the ``named``
    columns the header's years name, as one group, when read so ``MORE`` more cells
    are sums of the rows next to them than read a row at a time (which a run of
    single values printed row by row is); none otherwise."""
    if named < 2 or len(blocks) <= named or len(blocks) % named \
            or any(len(block) != 1 for block in blocks):
        return []
    values = [(alone[block[0]] or [""])[0] for block in blocks]
    rows = len(values) // named
    by_column = [values[c * rows + r] for r in range(rows) for c in range(named)]
    if sums_held([by_column], named) < sums_held([values], named) + MORE:
        return []
    return [[[k for block in blocks[c * rows:(c + 1) * rows] for k in block]
             for c in range(named)]]


def _column_groups(blocks: list[list[int]], named: int, width: Callable[[], int]
                   ) -> list[list[list[int]]]:
    """Blocks grouped as columns: runs of two or more blocks of one length (two or
    more lines in one run at least: a row printed a value a block beside runs of
    taller ones is one more row of those columns), every run as many blocks, and
    runs of two lengths at least unless the blocks are as many as the columns the
    header's years name (``named``; with none, the values every other run holds,
    ``width``, asked only then: counting the other runs for each run costs a pass
    over them; a single run of blocks may be rows a block each); none when the
    blocks are not so."""
    groups: list[list[list[int]]] = []
    for block in blocks:
        if groups and len(groups[-1][0]) == len(block):
            groups[-1].append(block)
        else:
            groups.append([block])
    sizes = {len(group) for group in groups}
    if len(sizes) != 1 or min(sizes) < 2 or all(len(group[0]) < 2 for group in groups)\
            or (len({len(group[0]) for group in groups}) < 2 and sizes != {named or width()}):
        return []
    return groups


def label_lines_parted(body: list[PlainLine],
                        voc: Vocabulary) -> tuple[list[PlainLine], dict[int, str]]:
    """Lines amid value lines that hold the middle line of a wrapped label with the
    row's first values at its end (the line on the values' baseline; the label's
    first and last lines are printed with the other labels) parted: the values
    stay in the run, unbroken, and the label's text (by line number) goes back
    to the label that takes the row. Text ending so that it goes on ("Subtotal,"
    before "1") holds its number: the line is left whole."""
    out: list[PlainLine] = []
    middles: dict[int, str] = {}
    for k, ln in enumerate(body):
        if not (0 < k < len(body) - 1 and values_of(body[k - 1].text)
                and values_of(body[k + 1].text)):  # not amid values: the cheap test
            out.append(ln)
            continue
        words = ln.text.split()
        tail = len(words)
        while tail and is_numeric(words[tail - 1]):
            tail -= 1
        label = " ".join(words[:tail])
        if tail in (0, len(words)) or values_of(ln.text) is not None\
                or ROW_ENUMERATOR.match(label) or voc.is_row_label(label)\
                or label[-1:] in voc.text_continues_after:
            out.append(ln)
            continue
        out.append(PlainLine(ln.no, " ".join(words[tail:]), ln.page, ln.indent))
        middles[ln.no] = label
    return out, middles


def first_values_parted(body: list[PlainLine], alone: list[list[str] | None], n: int
                         ) -> tuple[list[PlainLine], list[list[str] | None]]:
    """An enumerated label printed amid value lines with its row's first value at
    its end ("9. Workshops 25", then "25", "30" a line each: the label's line on
    the values' baseline) parted in two lines, the label then the value, as the
    label's other rows print (a label line over its values): the run of values
    after it is one short of whole rows of ``n`` (a number ending a label,
    "Rev. 4", has whole rows after it)."""
    out: list[tuple[PlainLine, list[str] | None]] = []
    for k, ln in enumerate(body):
        # (the line is read for its last value only where the run after it and its
        # enumerator may make it one: its label is its text's start)
        if 0 < k < len(body) - 1 and alone[k - 1] and alone[k + 1] and not alone[k]\
                and (_run_after(alone, k) + 1) % n == 0 and ROW_ENUMERATOR.match(ln.text)\
                and (ends := _value_ending(ln.text)) and ROW_ENUMERATOR.match(ends[0]):
            label, value = ends
            out += [(PlainLine(ln.no, label, ln.page, ln.indent), None),
                    (PlainLine(ln.no, value, ln.page, ln.indent), [value])]
        else:
            out.append((ln, alone[k]))
    return [ln for ln, _ in out], [vals for _, vals in out]


def _value_ending(text: str) -> tuple[str, str] | None:
    """A line's text parted into the words before its last value and that value,
    a word of its own or digit groups ("贫困 45 234.0"), the word before it none;
    None when the line does not end so."""
    split = split_row(text, 1)
    words = split.label.split()
    if not split.exact or len(split.values) != 1 or not words or is_numeric(words[-1])\
            or not text.endswith(f" {split.values[0]}"):
        return None
    return split.label, split.values[0]


def _run_after(alone: list[list[str] | None], k: int) -> int:
    """How many values the run of value lines right after line ``k`` holds."""
    count = 0
    j = k + 1
    while j < len(alone) and alone[j]:
        count += len(alone[j] or [])
        j += 1
    return count


def down_the_column(body: list[PlainLine], alone: list[list[str] | None], n: int
                     ) -> tuple[list[PlainLine], list[list[str] | None]]:
    """Cells of one column printed as one block in a run of a value a block: the
    second line of a block of two opening at a row's last cell (it cannot be more
    cells of that row) is the cell below the first, going to the same place in
    the next row (a run of whole rows of ``n``, most blocks one line, none longer
    than two)."""
    order = list(range(len(body)))
    for span in value_spans(alone):
        blocks = _blocks(body, alone, span)
        if not blocks or len(span) % n or 2 * sum(len(b) > 1 for b in blocks) > len(blocks)\
                or max(len(b) for b in blocks) > 2:
            continue
        cells = list(span)
        for block in blocks:
            at = cells.index(block[0])
            place = at + n
            # a block within one row may be that row's cells; one across rows not
            if len(block) == 2 and place < len(cells) and at % n == n - 1:
                cells.remove(block[1])
                cells.insert(place, block[1])
        order[span.start:span.stop] = cells
    return [body[k] for k in order], [alone[k] for k in order]


def last_row_gathered(body: list[PlainLine], alone: list[list[str] | None], n: int,
                       voc: Vocabulary) -> tuple[list[PlainLine], list[list[str] | None]]:
    """A table's last row printed with its values among the header repeated on a
    later page: the part ends, after a label line, in value lines holding one row
    of ``n`` values and lines that are no row label, at least half of them lines
    of the header above; the values go right after that label (it takes them,
    not a row waiting for labels)."""
    spans = value_spans(alone)
    if not spans:
        return body, alone
    header = header_texts(body[:spans[0].start])
    t = len(body)
    while t > spans[0].stop and (alone[t - 1] or not (
            voc.is_row_label(body[t - 1].text) or ROW_ENUMERATOR.match(body[t - 1].text))):
        t -= 1
    tail = range(t, len(body))
    words = [k for k in tail if not alone[k]]
    repeated = sum(" ".join(body[k].text.split()) in header for k in words)
    if alone[t - 1] or span_values(alone, tail) != n or len(words) < 2 or 2 * repeated < len(words):
        return body, alone
    order = [*range(t), *(k for k in tail if alone[k]), *words]
    return [body[k] for k in order], [alone[k] for k in order]


def regathered(body: list[PlainLine], alone: list[list[str] | None], n: int,
                voc: Vocabulary) -> tuple[list[PlainLine], list[list[str] | None]]:
    """Cells of a row printed among the header's lines put back in it: a narrow
    cell (a dash) whose block does not overlap the header's above it is printed
    before the header's last lines: values followed by a line naming a column,
    or by the first row label, before the first row's values; or values between
    two lines of the header repeated on a later page, before that page's first
    row. The row takes them when it lacks as many values and holds their like
    (they go next to it: a row's dashes stand together); the lines they leave
    are dropped."""
    alone = [list(vals) if vals else None for vals in alone]
    spans = value_spans(alone)
    lead = 0  # the spans among the header's lines
    while lead + 1 < len(spans) and _in_header(body, spans[lead], spans[lead + 1].start, voc):
        lead += 1
    moves = [(spans[:lead], spans[lead])] if 0 < lead < len(spans) else []
    header = header_texts(body[:spans[0].start] if spans else [])
    moves += [([s], after) for s, after in zip(spans[lead:], spans[lead + 1:], strict=False)
              if repeats_header(body, s.start - 1, header)
              and repeats_header(body, s.stop, header)]
    for stray, row in moves:
        values = [v for s in stray for k in s for v in alone[k] or []]
        if span_values(alone, row) + len(values) == n and _moved(alone, values, row):
            for s in stray:
                for k in s:
                    alone[k] = []
    keep = [k for k, vals in enumerate(alone) if vals != []]
    return [body[k] for k in keep], [alone[k] for k in keep]


def summed(body: list[PlainLine], alone: list[list[str] | None], n: int
            ) -> tuple[list[PlainLine], list[list[str] | None]]:
    """Cells printed in another row's block put back where the table's sums say
    (``text_columnar.settled``); the lines left without values are dropped."""
    alone = [list(vals) if vals else None for vals in alone]
    spans = value_spans(alone)
    runs, fixed = _summable(alone, spans, n)
    for move in settled_moves(runs, n, fixed):
        source = [(k, at) for k in spans[move.source] for at in range(len(alone[k] or []))]
        taken = source[move.start:move.start + move.size]
        values = [(alone[k] or [])[at] for k, at in taken]
        for k, at in reversed(taken):
            del (alone[k] or [])[at]
        target = [(k, at) for k in spans[move.target] for at in range(len(alone[k] or []))]
        k, at = target[move.at] if move.at < len(target) else (
            spans[move.target][-1], len(alone[spans[move.target][-1]] or []))
        (alone[k] or [])[at:at] = values
    keep = [k for k, vals in enumerate(alone) if vals != []]
    return [body[k] for k in keep], [alone[k] for k in keep]


def leftovers_placed(body: list[PlainLine], alone: list[list[str] | None], n: int,
                      opening: set[int]) -> tuple[list[PlainLine], list[list[str] | None]]:
    """A table's last run of values, fewer than a row and as many as the other runs
    lack of whole rows (cells the default mode printed in a block of their own,
    after the labels), put back in those runs: each takes as many as it lacks,
    the split and each value's place the ones that make the most cells sums of
    the rows next to them (``MORE`` more than none), a value the sums do not
    place next to its like. A value printed on a line of ``opening`` (a wrapped
    label's middle printed with its row's first value) opens its row wherever they
    go. The late run's lines are dropped."""
    spans = value_spans(alone)
    return _late_placed(body, alone, (n, opening), spans, list(range(len(spans) - 1)))


def page_leftovers_placed(body: list[PlainLine], alone: list[list[str] | None], n: int,
                          opening: set[int]) -> tuple[list[PlainLine], list[list[str] | None]]:
    """The same for the last run of values of a page the table goes on past, printed
    after label lines (a page's last cells printed in a block of their own, after
    labels printed late at its foot): it goes in the runs of its page, where the
    sums say (those of the whole table)."""
    spans = value_spans(alone)
    for i in range(1, len(spans) - 1):
        page = body[spans[i].start].page
        if body[spans[i + 1].start].page > page and spans[i - 1].stop < spans[i].start\
                and span_values(alone, spans[i]) < n:
            mine = [j for j in range(i) if body[spans[j].start].page == page]
            placed = _late_placed(body, alone, (n, opening), [*spans[:i], *spans[i + 1:],
                                                              spans[i]], mine)
            if placed[0] != body:
                return page_leftovers_placed(*placed, n, opening)
    return body, alone


def middle_value_placed(body: list[PlainLine], alone: list[list[str] | None], n: int,
                        voc: Vocabulary) -> tuple[list[PlainLine], list[list[str] | None]]:
    """A wrapped label's middle line printed with its row's first value among the
    other labels (not amid values: the label's lines above and below it, none
    opening a label) parted: the label's text stays a label line, and the value
    goes in the runs of its page before it short of whole rows, where the sums say
    (``_late_placed``); left whole when they do not."""
    for k in range(1, len(body) - 1):
        words = body[k].text.split()
        label = " ".join(words[:-1])
        if alone[k] or len(words) < 2 or not is_numeric(words[-1]) or is_numeric(words[-2])\
                or any(alone[j] or body[j].page != body[k].page or heads_label(body[j].text, voc)
                       for j in (k, k + 1)) or alone[k - 1] or body[k - 1].page != body[k].page\
                or ROW_ENUMERATOR.match(label) or voc.is_row_label(label):
            continue
        line = PlainLine(body[k].no, label, body[k].page, body[k].indent)
        value = PlainLine(body[k].no, words[-1], body[k].page, body[k].indent)
        parted = [*body[:k], line, value, *body[k + 1:]]
        split = [*alone[:k], None, [words[-1]], *alone[k + 1:]]
        spans = value_spans(split)
        at = next(i for i, span in enumerate(spans) if k + 1 in span)
        mine = [i for i in range(at) if parted[spans[i].start].page == body[k].page]
        placed = _late_placed(parted, split, (n, set()), [*spans[:at], *spans[at + 1:], spans[at]],
                              mine)
        if placed[0] != parted:
            return middle_value_placed(*placed, n, voc)
    return body, alone


def _late_placed(body: list[PlainLine], alone: list[list[str] | None], rule: tuple[int, set[int]],
                 spans: list[range], among: list[int]
                 ) -> tuple[list[PlainLine], list[list[str] | None]]:
    """The last of ``spans`` (a late run of values) put back in the runs of ``among``
    (indices in ``spans``) short of whole rows of ``rule``'s count, as
    ``leftovers_placed`` says (``rule``'s lines open their rows)."""
    n, opening = rule
    if len(spans) < 2:
        return body, alone
    runs = [[v for k in span for v in alone[k] or []] for span in spans]
    late, rest = runs[-1], runs[:-1]
    short = [i for i in among if len(rest[i]) % n]
    if not short or len(late) >= n or sum(n - len(rest[i]) % n for i in short) != len(late)\
            or any(whole_rows(rest[i], n) != rest[i] for i in short):
        return body, alone
    sizes = [n - len(rest[i]) % n for i in short]
    if _ways(sizes) > _MOST_SPLITS:
        return body, alone
    openings = {i: _openings(body, alone, spans[i], opening) for i in short}
    found = row_sums(rest, n)
    base = sums_held(rest, n)
    most, best = base + MORE - 1, None
    across: tuple[int, list[list[str]]] | None = None  # the best the sums across place
    for split in _splits(list(range(len(late))), sizes):
        trial = [list(run) for run in rest]
        for i, taken in zip(short, split, strict=True):
            opens = openings[i]
            for j in taken:
                trial[i], opens = _best_place(trial, i, (late[j], opens), n)
            trial[i] = placed_across(trial, i, (rest[i], [late[j] for j in taken], openings[i]),
                                     (n, found))
        held = sums_held(trial, n)
        if held > most:
            most, best = held, trial
        elif held >= base and (across is None or held > across[0])\
                and rows_summed_across([trial[i] for i in short], n, found):
            across = (held, trial)
    best = best or (across[1] if across else None)
    if best is None:
        return body, alone
    alone = [list(vals) if vals else vals for vals in alone]
    for span, run in zip(spans, best, strict=False):
        _spread(alone, span, run)
    for k in spans[-1]:
        alone[k] = []
    keep = [k for k, vals in enumerate(alone) if vals != []]
    return [body[k] for k in keep], [alone[k] for k in keep]


def _ways(sizes: list[int]) -> int:
    """How many ways ``_splits`` deals ``sum(sizes)`` items into groups of ``sizes``."""
    ways, left = 1, sum(sizes)
    for size in sizes:
        ways, left = ways * comb(left, size), left - size
    return ways


def _spread(alone: list[list[str] | None], span: range, run: list[str]) -> None:
    """A run's values, values placed among them, put back on its lines, each line as
    many as it held (the values placed last go on its last line): the lines stay,
    a wrapped label's middle printed on one of them with it."""
    at = put_back(alone, span, run)
    alone[span[-1]] = [*(alone[span[-1]] or []), *run[at:]]


def _splits(items: list[int], sizes: list[int]) -> list[list[list[int]]]:
    """Every way to deal ``items`` into groups of ``sizes`` (each group in order)."""
    if not sizes:
        return [[]] if not items else []
    out = []
    for first in combinations(items, sizes[0]):
        rest = [k for k in items if k not in first]
        out += [[list(first), *more] for more in _splits(rest, sizes[1:])]
    return out


def _best_place(runs: list[list[str]], i: int, placed: tuple[str, list[int]], n: int
                ) -> tuple[list[str], list[int]]:
    """Run ``i`` with a value put where it makes the most sums of the rows next to
    it, else next to its like (``place``), among the places that leave the values
    at the indices ``placed`` names (values that open a row) opening one; with
    those indices after it."""
    value, opens = placed
    run = runs[i]
    default = place(run, [value])
    options = [default, *[k for k in range(len(run) + 1) if k != default]]
    options = [k for k in options if all((s + (k <= s)) % n == 0 for s in opens)] or options
    best = max(options, key=lambda k: sums_held(
        [*runs[:i], [*run[:k], value, *run[k:]], *runs[i + 1:]], n))
    return [*run[:best], value, *run[best:]], [s + (best <= s) for s in opens]


def _openings(body: list[PlainLine], alone: list[list[str] | None], span: range,
              opening: set[int]) -> list[int]:
    """The indices in a run of values of the first values of its lines in
    ``opening``."""
    out, at = [], 0
    for k in span:
        if body[k].no in opening:
            out.append(at)
        at += len(alone[k] or [])
    return out


def sums(alone: list[list[str] | None], n: int) -> int:
    """How many cells are sums of the rows next to them when the values are read
    as rows of ``n``, cells printed in another row's block put back."""
    runs, fixed = _summable(alone, value_spans(alone), n)
    return settled(runs, n, fixed)[1]


def _summable(alone: list[list[str] | None], spans: list[range], n: int
              ) -> tuple[list[list[str]], set[int]]:
    """The values of each run (numbers broken over two lines joined, as rows of
    ``n`` read them) and the runs that had such numbers (whose values cannot be
    moved one by one)."""
    runs = [[v for k in span for v in alone[k] or []] for span in spans]
    whole = [whole_rows(run, n) for run in runs]
    return whole, {i for i, (a, b) in enumerate(zip(runs, whole, strict=True)) if a != b}


def _in_header(body: list[PlainLine], span: range, end: int, voc: Vocabulary) -> bool:
    """Whether the value lines ``span`` are printed among the header's: a line
    naming a column follows them (before line ``end``; not one printed above them:
    that is the header repeated on the next page), or the first row label does."""
    after = body[span.stop:end]
    above = {ln.text for ln in body[:span.start]}
    return any(names_column(ln.text, voc) and ln.text not in above for ln in after) or (
        any(voc.is_row_label(ln.text) for ln in after)
        and not any(voc.is_row_label(ln.text) for ln in body[:span.start]))


def _moved(alone: list[list[str] | None], values: list[str], span: range) -> bool:
    """Each of ``values`` put in ``span`` next to the longest run of its like (the
    first of the longest; all or none)."""
    homes = [_home(alone, v, span) for v in values]
    if None in homes:
        return False
    for v, home in zip(values, homes, strict=True):
        k, at = home or (0, 0)
        (alone[k] or []).insert(at, v)
    return True


def _home(alone: list[list[str] | None], value: str,
          span: range) -> tuple[int, int] | None:
    """Where in ``span`` (line, place) the longest run of values equal to ``value``
    starts; None when there is none."""
    places = [(k, at) for k in span for at in range(len(alone[k] or []))]
    best, size, run = None, 0, 0
    for i, (k, at) in enumerate(places):
        run = run + 1 if (alone[k] or [])[at] == value else 0
        if run > size:
            size = run
            best = places[i - run + 1]
    return best
