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

from dataclasses import dataclass, field

from .text_grid_entries import PlainLine
from .text_grid_rows import ROW_ENUMERATOR
from .text_lines import blank_between
from .text_values import values_of
from .text_vocab import Vocabulary
from .text_year_headings import is_year_heading

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
    k = 0
    while k < len(lines):
        if not voc.table_caption.match(lines[k].text):
            out.append(lines[k])
            k += 1
            continue
        end = _region_end(lines, k + 1, voc)
        out += _rewritten(lines[k:end], voc) or lines[k:end]
        k = end
    return out


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


def _region_end(lines: list[PlainLine], k: int, voc: Vocabulary) -> int:
    """The index of the first line past a table's region: the next caption or the
    next numbered paragraph."""
    while k < len(lines) and not (voc.table_caption.match(lines[k].text)
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
    boxes do not fill whole rows of the labels waiting for them."""
    boxes = _boxes(region)
    head: list[PlainLine] = []
    rows: list[_Row] = []
    ncols = 0
    headed = False  # the label column's heading met: labels follow, the header or not
    dealt = False  # values met: a header now is its repeat on a later page
    run: list[str] = []
    for box in boxes:
        values = _box_values(box)
        if values is not None and ncols:
            run += values
            continue
        if run and not _dealt(rows, run, ncols):
            return None
        dealt = dealt or bool(run)
        run = []
        text = " ".join(ln.text for ln in box)
        label_heading = "".join(text.split()) in voc.row_label_columns
        if is_year_heading(text, voc) or (label_heading and (ncols or headed)):
            # the header, or its repeat on a later page (dropped)
            if not dealt:
                ncols += is_year_heading(text, voc)
                head += box
            continue
        if not ncols and not headed:
            head += box
            headed = label_heading
            continue
        _add_label(rows, box, voc)
    if run and not _dealt(rows, run, ncols):
        return None
    if not ncols or not any(row.values for row in rows):
        return None
    return _written(head, rows, region)


def _add_label(rows: list[_Row], box: list[PlainLine], voc: Vocabulary) -> None:
    """A label box: rows opened at its enumerated lines, or its first line going on
    the row above (a label wrapped into the next box)."""
    for ln in box:
        opens = bool(ROW_ENUMERATOR.match(ln.text)) or voc.opens_row_label(ln.text)
        goes_on = rows and not opens and (ln is not box[0] or _goes_on(rows[-1], ln.text))
        if goes_on:
            rows[-1].lines.append(ln)
            rows[-1].takes = _takes(rows[-1], voc)
            continue
        rows.append(_Row([ln], False))
        rows[-1].takes = _takes(rows[-1], voc)


def _goes_on(row: _Row, text: str) -> bool:
    """Whether a box's first line goes on the label above: it opens in lower case,
    or the label above is enumerated and this one is not."""
    return text[:1].islower() or bool(ROW_ENUMERATOR.match(row.lines[0].text))


def _takes(row: _Row, voc: Vocabulary) -> bool:
    """Whether a label waits for values: not a section heading of the edition (its
    enumerator aside), nor a label ending in a colon."""
    text = " ".join(ln.text for ln in row.lines)
    bare = ROW_ENUMERATOR.sub("", text)
    return not (text.endswith((":", "：")) or "".join(bare.split()) in voc.section_labels)


def _dealt(rows: list[_Row], run: list[str], ncols: int) -> bool:
    """Deal a run of values to the oldest labels waiting, column after column; False
    where the run does not fill whole rows of them."""
    waiting = [row for row in rows if row.takes and not row.values]
    if len(run) % ncols or len(run) // ncols > len(waiting):
        return False
    count = len(run) // ncols
    for r, row in enumerate(waiting[:count]):
        row.values = [run[c * count + r] for c in range(ncols)]
    return True


def _written(head: list[PlainLine], rows: list[_Row], region: list[PlainLine]) -> list[PlainLine]:
    """The header lines, then each row's label lines with its values on the last,
    numbered one after the other from the caption's number (a block, as
    ``pdftotext -raw`` prints it)."""
    texts = [(ln.text, ln.page) for ln in head]
    for row in rows:
        labels = [(ln.text, ln.page) for ln in row.lines]
        if row.values:
            text, page = labels[-1]
            labels[-1] = (" ".join([text, *row.values]), page)
        texts += labels
    first = region[0].no
    return [PlainLine(first + i, text, page) for i, (text, page) in enumerate(texts)]
