"""Tables printed a layout box each, put back a row per line.

pdfminer.six's ``extract_text`` prints each layout box as a block of lines closed
by a blank line, in its own reading order: a table's labels come as boxes, then its
values, one box each, in runs. A run's values belong to the oldest labels waiting
for values (a section heading of the edition, or a label ending in a colon, waits for
none); a run that holds several rows prints them column after column (the boxes of
one column are stacked closer than the columns stand apart). The column count is the
count of the header's year boxes. Here each row is written on one line, its values
after its label's last line, as ``pdftotext -raw`` prints it; a region whose runs do
not fill whole rows of its labels stays as it was printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text_grid_entries import PlainLine
from .text_grid_rows import ROW_ENUMERATOR
from .text_lines import blank_between
from .text_values import values_of
from .text_vocab import Vocabulary
from .text_year_headings import is_year_heading

# A row's enumerator printed alone ("1."), its label in the next box.
_ENUMERATOR_ALONE = re.compile(r"^(?:[A-Z]|\d{1,3})[.．]$")
# A text prints its tables as boxes when most of its value lines stand alone
# between blank lines.
_ALONE_SHARE = 0.8
# Fewer value lines than this tell nothing of how a text prints them.
_FEW_VALUES = 20


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
    after = ""  # the number of the paragraph the last one met outside tables is followed by
    k = 0
    while k < len(lines):
        if not voc.table_caption.match(lines[k].text):
            # a paragraph's number, opening its text or printed alone
            if numbered := voc.paragraph_number.match(f"{lines[k].text} ."):
                after = _next_number(numbered.group(1))
            out.append(lines[k])
            k += 1
            continue
        end = _region_end(lines, k + 1, voc, after)
        out += _rewritten(lines[k:end], voc) or lines[k:end]
        k = end
    return out


def _next_number(number: str) -> str:
    """The paragraph number following ``number`` ("15.22" after "15.21")."""
    head, _, last = number.rpartition(".")
    return f"{head}.{int(last) + 1}" if last.isdigit() else ""


def _boxed(lines: list[PlainLine]) -> bool:
    """Whether most value lines of the text are boxes of their own (a blank line
    before and after them)."""
    alone = total = 0
    for k in range(1, len(lines) - 1):
        if values_of(lines[k].text) is None:
            continue
        total += 1
        alone += blank_between(lines[k - 1], lines[k]) and blank_between(lines[k], lines[k + 1])
    return total >= _FEW_VALUES and alone >= _ALONE_SHARE * total


def _boxes(lines: list[PlainLine]) -> list[list[PlainLine]]:
    """Lines grouped into the boxes the blank lines close."""
    boxes: list[list[PlainLine]] = []
    for k, ln in enumerate(lines):
        if k == 0 or blank_between(lines[k - 1], ln):
            boxes.append([])
        boxes[-1].append(ln)
    return boxes


def _region_end(lines: list[PlainLine], k: int, voc: Vocabulary, after: str) -> int:
    """The index of the first line past a table's region: the next caption, the
    next numbered paragraph, or the number of the paragraph that follows the last
    one before the table (``after``) printed alone."""
    while k < len(lines) and not (voc.table_caption.match(lines[k].text)
                                  or voc.figure_caption.match(lines[k].text)
                                  or voc.paragraph_number.match(lines[k].text)
                                  or lines[k].text == after):
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
    boxes do not fill whole rows of the labels waiting for them (values left over
    at its end)."""
    boxes = _boxes(region)
    head: list[PlainLine] = []
    rows: list[_Row] = []
    ncols = 0
    headed = False  # the label column's heading met: labels follow, the header or not
    dealt = False  # values met: a header now is its repeat on a later page
    run: list[str] = []
    last = 0  # the number of the last value line
    for box in boxes:
        values = _box_values(box)
        if values is not None and ncols:
            run += values
            last = box[-1].no
            continue
        if run:
            dealt = True
            if (left := _dealt(rows, run, ncols)) is None:
                return None
            run = left
        text = " ".join(ln.text for ln in box)
        label_heading = "".join(text.split()) in voc.row_label_columns
        if is_year_heading(text, voc) or (label_heading and (ncols or headed)):
            # the header, or its repeat on a later page (dropped)
            if not dealt:
                ncols += is_year_heading(text, voc)
                head += box
            continue
        if not dealt and _other_heading(text, voc):
            return None  # a header of other columns than years
        if not ncols and not headed:
            head += box
            headed = label_heading
            continue
        _add_label(rows, box, voc)
    if run and _dealt(rows, run, ncols) != []:
        return None
    if not ncols or not any(row.values for row in rows):
        return None
    return _written(head, rows, region, last)


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
            or _heads_rows(ln.text)
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


def _heads_rows(text: str) -> bool:
    """Whether a label ends in a colon: it heads the rows below it ("Meetings of:")."""
    return text.endswith((":", "："))


def _takes(row: _Row, voc: Vocabulary) -> bool:
    """Whether a label waits for values: not a section heading of the edition (its
    enumerator aside), nor a heading of the rows below it."""
    text = " ".join(ln.text for ln in row.lines)
    bare = ROW_ENUMERATOR.sub("", text)
    return not (_heads_rows(text) or "".join(bare.split()) in voc.section_labels)


def _dealt(rows: list[_Row], run: list[str], ncols: int) -> list[str] | None:
    """Deal a run of values to the oldest labels waiting, column after column, as
    many whole rows as it holds; return the values short of a row left over (a
    row's first values printed before its label: they open the next run), or None
    where fewer labels wait than it holds rows."""
    waiting = [row for row in rows if row.takes and not row.values]
    count = len(run) // ncols
    if count > len(waiting):
        return None
    for r, row in enumerate(waiting[:count]):
        row.values = [run[c * count + r] for c in range(ncols)]
    return run[count * ncols:]


def _written(head: list[PlainLine], rows: list[_Row], region: list[PlainLine],
             last: int) -> list[PlainLine]:
    """The header lines, then each row's label lines with its values on the last,
    numbered one after the other from the caption's number (a block, as
    ``pdftotext -raw`` prints it); the lines after the ``last`` value line as
    printed (prose the table does not hold, or its rows of text)."""
    texts = [(ln.text, ln.page) for ln in head]
    for row in rows:
        labels = [(ln.text, ln.page) for ln in row.lines if ln.no < last]
        if labels and row.values:
            text, page = labels[-1]
            labels[-1] = (" ".join([text, *row.values]), page)
        texts += labels
    first = region[0].no
    return [*(PlainLine(first + i, text, page) for i, (text, page) in enumerate(texts)),
            *(ln for ln in region if ln.no > last)]
