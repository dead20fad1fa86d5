"""Tables printed a layout box each, put back a row per line.

pdfminer.six's ``extract_text`` prints each layout box as a block of lines closed
by a blank line, in its own reading order: a table's labels come as boxes, then its
values, one box each, in runs. A run's values belong to the oldest labels waiting
for values (a section heading of the edition, unless numbered, or a label ending in
a colon waits for none); a run that holds several rows prints them column after
column (the boxes of one column are stacked closer than the columns stand apart),
and rows it holds beyond the labels waiting go to the labels printed after it. A
run short of whole rows holds, at the foot of its last columns, the last cells of
the row after them, whose first cells open the next run. The column count is the
count of years the header's boxes name. Here each row is written on one line, its
values after its label's last line, as ``pdftotext -raw`` prints it. A region is
left as printed where it has no label column heading, where a header names other
columns than years, where values are left over, or where a run meets no label
waiting (a stream-order text prints a row's values before its label, a row at a
time: restacking reads those). A region ends at the next caption or numbered
paragraph, or at the next paragraph's number printed alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text_grid_entries import PlainLine
from .text_grid_rows import ROW_ENUMERATOR
from .text_lines import blank_between
from .text_margins import successor
from .text_stacked_rows import section
from .text_values import values_of
from .text_vocab import Vocabulary
from .text_year_headings import is_year_heading

# A row's enumerator printed alone ("1."), its label in the next box.
_ENUMERATOR_ALONE = re.compile(r"^(?:[A-Z]|\d{1,3})[.．]$")
# A text prints its tables as boxes when many of its value lines stand alone
# between blank lines (a text printing a row a line has next to none: a few figures
# alone in prose, the odd table of one column).
_ALONE_SHARE = 0.3
# Fewer value lines than this tell nothing of how a text prints them.
_FEW_VALUES = 8


@dataclass
class _Row:
    """A label's lines and the values dealt to it."""

    lines: list[PlainLine]
    takes: bool  # whether it waits for values
    values: list[str] = field(default_factory=list)


def boxed_rows(lines: list[PlainLine], voc: Vocabulary) -> list[PlainLine]:
    """``lines`` with each table printed a box a cell rewritten a row per line,
    when the text prints its value lines a box each."""
    if not _boxed(lines):
        return lines
    out: list[PlainLine] = []
    last = ""  # the number of the last paragraph met outside tables
    k = 0
    while k < len(lines):
        if not voc.table_caption.match(lines[k].text):
            # a paragraph's number, opening its text or printed alone
            if numbered := voc.paragraph_number.match(f"{lines[k].text} ."):
                last = numbered.group(1)
            out.append(lines[k])
            k += 1
            continue
        end = _region_end(lines, k + 1, voc, last)
        out += _rewritten(lines[k:end], voc) or lines[k:end]
        k = end
    return out


def _boxed(lines: list[PlainLine]) -> bool:
    """Whether many value lines of the text are boxes of their own (a blank line, or
    the text's end, before and after them)."""
    alone = total = 0
    for k, ln in enumerate(lines):
        if values_of(ln.text) is None:
            continue
        total += 1
        alone += (k == 0 or blank_between(lines[k - 1], ln)) \
            and (k == len(lines) - 1 or blank_between(ln, lines[k + 1]))
    return total >= _FEW_VALUES and alone >= _ALONE_SHARE * total


def _boxes(lines: list[PlainLine]) -> list[list[PlainLine]]:
    """Lines grouped into the boxes the blank lines close."""
    boxes: list[list[PlainLine]] = []
    for k, ln in enumerate(lines):
        if k == 0 or blank_between(lines[k - 1], ln):
            boxes.append([])
        boxes[-1].append(ln)
    return boxes


def _region_end(lines: list[PlainLine], k: int, voc: Vocabulary, last: str) -> int:
    """The index of the first line past a table's region: the next caption, the
    next numbered paragraph, or the number of the paragraph that follows the last
    one before the table (``last``) printed alone. (Not restacking's ``region_end``,
    which ends a table at a heading too: a box's labels read as headings. The
    number after ``last`` is worked out once, not for each line.)"""
    following = successor(last)
    while k < len(lines) and not (lines[k].text == following
                                  or voc.table_caption.match(lines[k].text)
                                  or voc.figure_caption.match(lines[k].text)
                                  or voc.paragraph_number.match(lines[k].text)):
        k += 1
    return k


def _box_values(box: list[PlainLine]) -> list[str] | None:
    """The values of a box that holds values only."""
    found: list[str] = []
    for ln in box:
        values = values_of(ln.text)
        if values is None:
            return None
        found += values
    return found


def _rewritten(region: list[PlainLine], voc: Vocabulary) -> list[PlainLine] | None:
    """A table's region (caption first) a row per line, or None where its value
    boxes do not fill whole rows of its labels (values left over at its end)."""
    head: list[PlainLine] = []
    rows: list[_Row] = []
    deal = _Deal()
    headed = False  # the label column's heading met: labels follow, the header or not
    last = 0  # the number of the last value line
    for box in _boxes(region):
        values = _box_values(box)
        if values is not None and deal.ncols:
            deal.run += values
            last = box[-1].no
            continue
        deal.close(rows)
        if deal.unlabelled:
            return None  # values printed before their labels: no later box mends that
        text = " ".join(ln.text for ln in box)
        label_heading = "".join(text.split()) in voc.row_label_columns
        if is_year_heading(text, voc) or (label_heading and (deal.ncols or headed)):
            # the header, or its repeat on a later page (dropped)
            if not last:
                deal.ncols += _years(text, voc)
                head += box
            continue
        if not last and _other_heading(text, voc):
            return None  # a header of other columns than years
        if not deal.ncols and not headed:
            head += box
            headed = label_heading
            continue
        _add_label(rows, box, voc)
    deal.close(rows)
    if not headed or deal.run or deal.early or deal.tail or deal.unlabelled \
            or not any(row.values for row in rows):
        return None  # no label column, values left over, or printed before the labels
    return _written(head, rows, region, last)


@dataclass
class _Deal:
    """Values being dealt to labels: the header's column count, the run of values
    being read, rows of values read before their labels, and the last cells of a
    row whose first cells come in the next run."""

    ncols: int = 0
    run: list[str] = field(default_factory=list)
    early: list[list[str]] = field(default_factory=list)
    tail: list[str] = field(default_factory=list)
    unlabelled: bool = False  # a run met no label waiting: values printed before labels

    def close(self, rows: list[_Row]) -> None:
        """Cut the run into rows, column after column, and give the rows read, oldest
        first, to the oldest labels waiting. A run short of whole rows holds the last
        cells of the row after them at the foot of its last columns (the columns
        printed as boxes reach down to the next row's top); that row's first cells
        open the next run."""
        if not self.ncols:
            return
        run = self.run
        if self.tail:
            need = self.ncols - len(self.tail)
            if len(run) < need:
                return
            self.early.append(run[:need] + self.tail)
            run, self.tail = run[need:], []
        count, extra = divmod(len(run), self.ncols)
        self.unlabelled |= count > 0 and not any(row.takes and not row.values for row in rows)
        columns, start = [], 0
        for c in range(self.ncols):
            size = count + (c >= self.ncols - extra)
            columns.append(run[start:start + size])
            start += size
        self.early += [[column[r] for column in columns] for r in range(count)]
        self.tail = [column[count] for column in columns[self.ncols - extra:]]
        self.run = []
        for row in rows:
            if self.early and row.takes and not row.values:
                row.values = self.early.pop(0)


def _years(text: str, voc: Vocabulary) -> int:
    """The count of year columns a header box heads: one a year it names (a box may
    hold the headings of several columns: "2025 2026 actual planned")."""
    if not is_year_heading(text, voc):
        return 0
    return max(1, sum(bool(voc.year_token.match(word)) for word in text.split()))


def _other_heading(text: str, voc: Vocabulary) -> bool:
    """Whether a box is the heading of a column the edition knows, not a year's."""
    bare = "".join(text.split())
    return bare in voc.column_headings and bare not in voc.row_label_columns


def _add_label(rows: list[_Row], box: list[PlainLine], voc: Vocabulary) -> None:
    """A label box: rows opened at its enumerated lines, or its first line going on
    the row above (a label wrapped into the next box; the label of an enumerator
    printed alone, put on its line)."""
    for ln in box:
        above = rows[-1] if rows else None
        opens = bool(ROW_ENUMERATOR.match(ln.text)) or voc.opens_row_label(ln.text) \
            or _heads_rows(ln.text, voc)
        if above is None or not (_ENUMERATOR_ALONE.match(above.lines[-1].text) or not opens
                                 and (ln is not box[0] or _goes_on(above, ln.text))):
            rows.append(_Row([ln], False))
        elif _ENUMERATOR_ALONE.match(above.lines[-1].text):
            alone = above.lines[-1]
            above.lines[-1] = PlainLine(alone.no, f"{alone.text} {ln.text}", alone.page)
        else:
            above.lines.append(ln)
        rows[-1].takes = _takes(rows[-1], voc)


def _goes_on(row: _Row, text: str) -> bool:
    """Whether a box's first line goes on the label above: it opens in lower case,
    or the label above is enumerated and this one is not."""
    first = row.lines[0].text
    return text[:1].islower() or bool(ROW_ENUMERATOR.match(first) or _ENUMERATOR_ALONE.match(first))


def _heads_rows(text: str, voc: Vocabulary) -> bool:
    """Whether a label ends in the edition's colon (``list_intro``): it heads the rows
    below it ("Meetings of:")."""
    return text[-1:] in voc.list_intro if text else False


def _takes(row: _Row, voc: Vocabulary) -> bool:
    """Whether a label waits for values: not a section heading of the edition (its
    letter aside: an item numbered "4." is a row, whatever its name), nor a heading
    of the rows below it."""
    text = " ".join(ln.text for ln in row.lines)
    return not (_heads_rows(text, voc) or section(text, voc))


def _written(head: list[PlainLine], rows: list[_Row], region: list[PlainLine],
             last: int) -> list[PlainLine]:
    """The header lines, then each row's label lines with its values on the last,
    numbered one after the other from the caption's number (a block, as
    ``pdftotext -raw`` prints it); the other lines after the ``last`` value line as
    printed (prose the table does not hold, or its rows of text), but the labels
    printed whole after their values."""
    texts = [(ln.text, ln.page) for ln in head]
    placed: set[int] = set()
    for row in rows:
        lines = [ln for ln in row.lines if ln.no < last] or (row.lines if row.values else [])
        placed.update(ln.no for ln in lines)
        labels = [(ln.text, ln.page) for ln in lines]
        if labels and row.values:
            text, page = labels[-1]
            labels[-1] = (" ".join([text, *row.values]), page)
        texts += labels
    first = region[0].no
    return [*(PlainLine(first + i, text, page) for i, (text, page) in enumerate(texts)),
            *(ln for ln in region if ln.no > last and ln.no not in placed)]
