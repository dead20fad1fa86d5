"""Rows of a stacked table dealt to the labels they belong to.

Each run of value lines is cut into rows of the column count, and the rows go to
the lines that end a label (a label's last line carries its values): the first
run to the labels printed in the header's block, a later run's first row to the
label just above it and its other rows to labels printed after them; labels left
without a row take the rows waiting, the oldest first. A section the edition
knows takes none. Labels printed above the header are written after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .text_bands import gap_blocks
from .text_column_top import column_top
from .text_columnar import place
from .text_grid_entries import PlainLine
from .text_grid_header import stub_heading
from .text_grid_rows import ROW_ENUMERATOR
from .text_lines import blank_between
from .text_stacked_values import header_texts, names_column, repeats_header, whole_rows
from .text_tables import is_unit
from .text_vocab import Vocabulary
from .text_year_headings import is_year
from .textnorm import width

_BRACKETED_TAIL = re.compile(r"\s*[(（][^()（）]*[)）]$")  # "小计 (C)": the part named
# The part a subtotal totals named after it, in brackets or after a comma ("Subtotal, C",
# "Subtotal, 1"): a label ends before such a line.
_PART_NAMED = re.compile(r"\s*(?:[(（][^()（）]*[)）]|,\s*[A-Z\d]{1,2})$")
# A label line narrower than this share of the widest line of its run does not wrap.
_SHORT = 0.7
# How many lines opening a label make labels printed together a label a line.
_EACH = 3


@dataclass
class _Row:
    """Values of one table row and the lines they were printed on."""

    values: list[str]
    lines: list[PlainLine]


@dataclass
class _Assignment:
    """Rows given to label lines (by line number), rows still waiting, and rows too
    short to place (left where they were printed)."""

    given: dict[int, _Row] = field(default_factory=dict)
    waiting: list[_Row] = field(default_factory=list)
    kept: list[_Row] = field(default_factory=list)


class LabelEnds:
    """``label_ends`` of a table part's runs of label lines, each run worked out once:
    the check of its column count (``label_count``) and the dealing of its rows
    (``assign``) read the same runs, which the rules between them seldom change. A
    run is known by its lines themselves, in order (the memo keeps them, so no
    other line can take one's identity)."""

    def __init__(self, voc: Vocabulary) -> None:
        self.voc = voc
        self._seen: dict[tuple[int, ...], tuple[tuple[PlainLine, ...], list[PlainLine]]] = {}

    def __call__(self, labels: list[PlainLine]) -> list[PlainLine]:
        """The lines of ``labels`` that end a label (``label_ends``)."""
        key = tuple(map(id, labels))
        seen = self._seen.get(key)
        if seen is None:
            seen = self._seen[key] = (tuple(labels), label_ends(labels, self.voc))
        return list(seen[1])


def _rows(lines: list[PlainLine], values: list[list[str]], n: int) -> list[_Row]:
    """A run of value lines cut into rows of ``n`` values (a last shorter row keeps
    what is left), each with the lines its values came from."""
    owners = [ln for ln, vals in zip(lines, values, strict=True) for v in vals for _ in v.split()]
    flat = whole_rows([v for vals in values for v in vals], n)
    rows: list[_Row] = []
    at = 0
    for k in range(0, len(flat), n):
        size = sum(len(v.split()) for v in flat[k:k + n])
        rows.append(_Row(flat[k:k + n], list(dict.fromkeys(owners[at:at + size]))))
        at += size
    return rows


def assign(body: list[PlainLine], alone: list[list[str] | None], header: list[PlainLine],
            n: int, ends_of: LabelEnds) -> _Assignment:
    """Give each run of value rows to the run of label lines before it: the first
    run to the labels printed in the header (a label column printed as one block
    under its heading, its values in as many rows after it), and so a later run
    when no row waits for a label and the labels before it, one block opening
    with a label's first line, end as many labels as it holds rows (labels
    printed together, then their values), or as many as the rows waiting and the
    run's (the run's rows go to the last, the waiting ones to the first);
    else a later run its first row to the label just above (rows after it wait
    for labels printed later); labels at the foot of the page before the run's,
    rows waiting, take those (the run's rows wait). A later run, no row waiting,
    is cut in rows of a blank cell each when that makes as many as the labels
    before it, a section's heading first (``_recut``), no number broken over two
    lines in it; so is a run right after a run of one row with a blank cell (staff
    rows under a financial table's first year, the first printed with its label,
    the others before theirs) whatever the labels. (``ends_of``: the part's label
    ends, ``LabelEnds``, with its vocabulary.)"""
    voc = ends_of.voc
    out = _Assignment()
    labels = _column_labels(header, voc)
    heads = header_texts(header)
    block = True
    blank = False  # the run above is one row with a blank cell
    k = len(header)
    while k < len(body):
        if alone[k]:
            j = k
            while j < len(body) and alone[j]:
                j += 1
            rows = _rows(body[k:j], [v for v in alone[k:j] if v], n)
            if blank and (each_blank := _blank_each(rows, n)):
                rows = each_blank  # under a row with a blank cell, rows with one each
            blank = len(rows) == 1 and len(rows[0].values) == n - 1
            if not block and (out.waiting and _late_top(out, labels, rows, n, ends_of)
                              or _row_resumed(out, labels, rows, n, voc)):
                labels = []
                k = j
                continue
            ends = ends_of(labels)
            cut = _recut(rows, len(ends), n)
            if not block and not out.waiting and len(cut) == len(ends)\
                    and section(labels[0].text, voc)\
                    and sum(len(row.values) for row in rows)\
                    == sum(len(vals or []) for vals in alone[k:j]):
                rows = cut  # as many rows as the labels above, a blank cell each
            together = not out.waiting and len(ends) == len(rows) and _one_block(labels)\
                and _opens_label(labels[0].text, voc)
            if not block and not together and (each := _one_each(labels, out, rows, voc)):
                ends, together = each, True
            # labels printed together, as many as the rows waiting and the run's
            together = together or (not block and bool(out.waiting)
                                    and len(ends) == len(out.waiting) + len(rows))
            # labels at the foot of the page before take the rows waiting there
            behind = not block and bool(out.waiting) and bool(labels)\
                and labels[-1].page < body[k].page
            _give(out, ends, rows, n, 0 if behind else len(rows) if together
                  else len(ends) if block else 1)
            labels, block = [], False
            k = j
        else:
            if not repeats_header(body, k, heads) or _labels_values(body, alone, k, voc):
                labels.append(body[k])
            k += 1
    if labels and out.waiting:
        # after the last values, the last labels; the first where text follows the
        # table (a sentence ends among the lines, not a list's introduction)
        ends = ends_of(labels)
        prose = any(voc.ends_sentence(ln.text) and ln.text[-1] not in voc.list_intro
                    for ln in labels)
        out.waiting = _recut(out.waiting, len(ends), n)
        _give(out, ends[:len(out.waiting)] if prose else ends, [], n, 0, oldest=False)
    return out


def _late_top(out: _Assignment, labels: list[PlainLine], rows: list[_Row], n: int,
              ends_of: LabelEnds) -> bool:
    """Whether the labels before a run hold the label column's top printed late
    (``text_column_top``), its labels as many as the rows waiting: they take those,
    in order, and the labels above it the run's rows."""
    top = column_top(labels, ends_of.voc)
    late = ends_of(labels[top:]) if top else []
    above = ends_of(labels[:top]) if late and len(late) == len(out.waiting) else []
    if not above:
        return False
    _give(out, late, [], n, 0)
    _give(out, above, rows, n, len(rows))
    return True


def _row_resumed(out: _Assignment, labels: list[PlainLine], rows: list[_Row], n: int,
                 voc: Vocabulary) -> bool:
    """Whether a run of one short row, after lines that head rows and take no values,
    the label column's heading among them (sections, list introductions: the
    column's top printed amid a row), holds the rest of the last row given, short of ``n``
    values by as many: it goes on that row (not a header's years read as values)."""
    if out.waiting or len(rows) != 1 or not labels or not out.given\
            or not all(_takes_none(ln.text, voc) for ln in labels)\
            or not any(stub_heading(ln.text, voc) for ln in labels)\
            or any(is_year(v, voc) for v in rows[0].values):  # a header's years
        return False
    last = max(out.given)
    if last > labels[0].no or not _mergeable(out.given[last], rows[0], n)\
            or len(out.given[last].values) + len(rows[0].values) != n:
        return False
    out.given[last] = _joined(out.given[last], rows[0])
    return True


def _takes_none(text: str, voc: Vocabulary) -> bool:
    """Whether a label line heads rows and holds no values: the label column's
    heading, a section the edition knows or a list's introduction."""
    return text[-1:] in voc.list_intro or section(text, voc) or stub_heading(text, voc)


def label_count(body: list[PlainLine], alone: list[list[str] | None],
                 header: list[PlainLine], ends_of: LabelEnds) -> int:
    """How many labels end in a table part (as ``assign`` reads its label lines):
    no row holds more than one value a column, so values more than this many rows
    of the column count hold mean one column more (a row short by a cell another
    row's block printed, read as the count; ``ends_of``: as ``assign`` reads them)."""
    voc = ends_of.voc
    groups = [_column_labels(header, voc)]
    heads = header_texts(header)
    for k in range(len(header), len(body)):
        if alone[k]:
            if groups[-1]:
                groups.append([])
        elif not repeats_header(body, k, heads) or _labels_values(body, alone, k, voc):
            groups[-1].append(body[k])
    return sum(len(ends_of(group)) for group in groups)


def _one_each(labels: list[PlainLine], out: _Assignment, rows: list[_Row],
              voc: Vocabulary) -> list[PlainLine]:
    """The lines of labels printed together (one block, sections and list
    introductions aside) as labels of a line each when they are as many as the
    rows waiting and the rows printed after them, ``_EACH`` of them at least
    opening a label: they take the waiting rows first, then those ("Geneva",
    "37. Annual calendar ... in Geneva", "Vienna", ...: a short label does not
    wrap into the next). Empty when they are not (a wrapped label's two lines
    may be as many as two rows by chance)."""
    lines = [ln for ln in labels if not (ln.text[-1:] in voc.list_intro or section(ln.text, voc))]
    if out.waiting and _one_block(lines) and len(lines) == len(out.waiting) + len(rows)\
            and len(lines) > len(label_ends(lines, voc))\
            and sum(_opens_label(ln.text, voc) for ln in lines) >= _EACH:
        return lines
    return []


def _labels_values(body: list[PlainLine], alone: list[list[str] | None], k: int,
                   voc: Vocabulary) -> bool:
    """Whether line ``k`` is a row label the edition knows (perhaps with its year,
    "Approved 2025") with values right after it: a row, though the header holds the
    same words ("共计" is a column too)."""
    return voc.is_row_label_or_dated(body[k].text) and k + 1 < len(body) and bool(alone[k + 1])


def _opens_label(text: str, voc: Vocabulary) -> bool:
    """Whether a line opens a label: enumerated, or a row label the edition knows
    (not the wrapped end of a label printed after its values)."""
    return _enumerated_or_known(text, voc.row_labels)


@lru_cache(maxsize=8192)
def _enumerated_or_known(text: str, labels: frozenset[str]) -> bool:
    """:func:`_opens_label` by the edition's row labels, memoised as ``_section`` is."""
    return bool(ROW_ENUMERATOR.match(text)) or "".join(text.split()) in labels


def _one_block(lines: list[PlainLine]) -> bool:
    """Whether lines follow each other on one page, no blank line between them."""
    return all(a.page == b.page and a.no + 1 == b.no
               for a, b in zip(lines, lines[1:], strict=False))


def _recut(rows: list[_Row], most: int, n: int) -> list[_Row]:
    """Rows waiting for the labels after the last values, cut from one run of values
    (all but the last whole), cut again when their values are not a whole number
    of rows of ``n`` but are of rows of a blank cell each (as the staff rows
    under a financial table's first year), no more of them than the labels there
    (``most``)."""
    cut = _blank_each(rows, n)
    return rows if cut is None or len(cut) > most else cut


def _blank_each(rows: list[_Row], n: int) -> list[_Row] | None:
    """One run's rows (all but the last whole) cut again in rows of a blank cell
    each, when their values are a whole number of those and not of rows of ``n``
    (None otherwise)."""
    flat = [v for row in rows for v in row.values]
    if len(flat) % n == 0 or n < 3 or len(flat) % (n - 1)\
            or any(len(row.values) != n for row in rows[:-1]):
        return None
    lines = list(dict.fromkeys(ln for row in rows for ln in row.lines))
    return [_Row(flat[i:i + n - 1], lines) for i in range(0, len(flat), n - 1)]


def _column_labels(header: list[PlainLine], voc: Vocabulary) -> list[PlainLine]:
    """Label lines printed among the header's: the lines right under the heading of
    the label column ("支出用途", then "员额", "其他工作人员", "费用"), else the row
    labels the edition knows or enumerated lines that end the header, else the
    enumerated lines set apart by blank lines anywhere among its lines (the
    header's own lines come in blocks; "A. 决策机关" amid them), else the header's
    last block of lines (after a blank line) when it names no year,
    group or unit, else the lines printed between the unit and the columns'
    headings."""
    at = next((k for k, ln in enumerate(header)
               if stub_heading(ln.text, voc)), None)
    under = _block(header[at + 1:], header[at].no + 1, voc) if at is not None else []
    if under:
        return under
    if at is not None and (boxed := _boxed_labels(header[at + 1:], voc)):
        return boxed
    k = len(header)
    while k > 0:
        if k > 1 and voc.is_row_label(header[k - 2].text + header[k - 1].text):
            k -= 2  # a known label wrapped over two lines
        elif voc.is_row_label_or_dated(header[k - 1].text)\
                or ROW_ENUMERATOR.match(header[k - 1].text):
            k -= 1
        else:
            break
    if k < len(header):
        return header[k:]
    if known := [ln for k, ln in enumerate(header)
                 if _set_apart(header, k) and ROW_ENUMERATOR.match(ln.text)]:
        return known
    last = _block(list(reversed(header)), header[-1].no, voc, step=-1)[::-1] if header else []
    above = header[-len(last) - 1] if 0 < len(last) < len(header) else None
    if above is None or above.no + 1 == last[0].no or _header_piece(header, len(header) - 2, voc):
        return _above_columns(header, voc)
    return last


def _boxed_labels(lines: list[PlainLine], voc: Vocabulary) -> list[PlainLine]:
    """The lines under the label column's heading, a blank line between, up to the
    first that names a column: the label column printed before the header, each
    label a block of its own (a tool printing every layout box apart); empty when
    no column is named after them or fewer than two of their blocks open with an
    enumerator or a row label the edition knows (the header's own lines, "计划",
    "实际", left under the heading once its years were gathered, are none)."""
    names = next((k for k, ln in enumerate(lines) if names_column(ln.text, voc)), None)
    if names is None:
        return []
    labels = lines[:names]
    starts = [block[0] for block in gap_blocks(labels)]
    return labels if sum(_opens_label(ln.text, voc) for ln in starts) >= 2 else []


def _above_columns(header: list[PlainLine], voc: Vocabulary) -> list[PlainLine]:
    """The lines between the table's unit ("(百分比)") and the first line naming a
    column: the label column printed before the header (empty when there are
    none); with no unit (a part cut where a page's header names another number of
    columns), the lines opening the part before such a line, when each is a row
    label the edition knows: the last row's label printed above the header its page
    repeats ("共计"), its values under it."""
    unit = next((k for k in range(len(header) - 1, -1, -1) if is_unit(header[k].text, voc)), None)
    start = 0 if unit is None else unit + 1
    names = next((k for k in range(start, len(header))
                  if names_column(header[k].text, voc)), None)
    if names is None or unit is None and not all(
            voc.is_row_label(ln.text) for ln in header[:names]):
        return []
    return header[start:names]


def _set_apart(lines: list[PlainLine], k: int) -> bool:
    """Whether line ``k`` is a block of its own: a blank line (or a page break)
    before it and after it, or no line."""
    ln = lines[k]
    return all(j < 0 or j >= len(lines) or lines[j].page != ln.page
               or abs(lines[j].no - ln.no) > 1 for j in (k - 1, k + 1))


def _header_piece(lines: list[PlainLine], k: int, voc: Vocabulary) -> bool:
    """Whether line ``k`` stands alone between blank lines and names no column, as
    the pieces of a header too narrow for its words do, printed a column a line
    ("计", "实", "计", then "划", "际", "划"): a word or less, no words set apart (a
    heading across the table, "Full budget (jointly financed activities): financial
    resources", is no piece)."""
    return 0 < k < len(lines) - 1 and blank_between(lines[k - 1], lines[k])\
        and blank_between(lines[k], lines[k + 1])\
        and " " not in lines[k].text.strip() and not names_column(lines[k].text, voc)


def _block(lines: list[PlainLine], no: int, voc: Vocabulary, step: int = 1) -> list[PlainLine]:
    """The lines from the start that follow each other from line number ``no`` (by
    ``step``), up to one that names a column (a year, a group, a unit, or a column of
    text: "Additional information" under "Policymaking organ", a header printed a
    cell a line)."""
    out: list[PlainLine] = []
    for ln in lines:
        if ln.no != no or names_column(ln.text, voc) or voc.is_text_column(ln.text):
            break
        out.append(ln)
        no += step
    return out


def _give(out: _Assignment, ends: list[PlainLine], rows: list[_Row], n: int,
          most: int, oldest: bool = True) -> None:
    """At most ``most`` of ``rows`` to the last ``ends`` in order; ends left over
    take the rows waiting, in order: the oldest first inside the table (rows printed
    before their labels come in the labels' order, and later labels take the later
    rows), the latest to the last after the table's last values (``oldest`` False:
    rows left then belong to no label printed); rows left over wait. Short rows
    next to each other that together hold ``n`` values or fewer are one row (a
    row's values printed in two blocks); a row with fewer than half of them stays
    where it was printed (which columns it fills is the table reader's guess)."""
    rows = _merged(rows, n)
    if out.waiting and rows and _mergeable(out.waiting[-1], rows[0], n):
        rows[0] = _joined(out.waiting[-1], rows[0])
        out.waiting = out.waiting[:-1]
    out.kept += [row for row in rows if 2 * len(row.values) < n]
    rows = [row for row in rows if 2 * len(row.values) >= n]
    own = min(len(rows), len(ends), most)
    for end, row in zip(ends[len(ends) - own:], rows[:own], strict=True):
        out.given[end.no] = row
    free = ends[:len(ends) - own]
    take = min(len(free), len(out.waiting))
    taken = out.waiting[:take] if oldest else out.waiting[len(out.waiting) - take:]
    for end, row in zip(free[len(free) - take:], taken, strict=True):
        out.given[end.no] = row
    out.waiting = (out.waiting[take:] if oldest else out.waiting[:len(out.waiting) - take])\
        + rows[own:]


def _mergeable(a: _Row, b: _Row, n: int) -> bool:
    """Whether a short row and the next together hold ``n`` values or fewer."""
    return len(a.values) < n and len(a.values) + len(b.values) <= n


def _joined(a: _Row, b: _Row) -> _Row:
    """Two pieces of a row's values as one: the second after the first, or a
    single value next to the longest run of its like (a row's dashes stand
    together)."""
    at = place(a.values, b.values)
    return _Row(a.values[:at] + b.values + a.values[at:], a.lines + b.lines)


def _merged(rows: list[_Row], n: int) -> list[_Row]:
    """Short rows next to each other joined while they hold ``n`` values or fewer."""
    out: list[_Row] = []
    for row in rows:
        if out and _mergeable(out[-1], row, n):
            out[-1] = _joined(out[-1], row)
        else:
            out.append(row)
    return out


def label_ends(labels: list[PlainLine], voc: Vocabulary) -> list[PlainLine]:
    """Lines of a run of label lines that end a label: the last, one before an
    enumerated line, a row label the edition knows (with the part it totals
    named after it, "小计 (C)", "Subtotal, 1") or a list's introduction, a
    known row label, and one too narrow to have wrapped (against the widest line
    of its block); not a list's
    introduction ("Meetings of:") or a section the edition knows, which head the
    rows below and hold no values (unless it is the only line)."""
    # the label column's heading (a repeated header's, printed among the labels)
    # is no label and does not stand between a label and the next
    labels = [ln for ln in labels if not stub_heading(ln.text, voc)]\
        or labels
    if not labels:
        return []
    widest = _block_widths(labels)
    ends = []
    for k, ln in enumerate(labels):
        below = labels[k + 1].text if k + 1 < len(labels) else None
        if below is None or _opens_known(below, voc.row_labels)\
                or below[-1:] in voc.list_intro\
                or voc.is_row_label(ln.text) or width(ln.text) < _SHORT * widest[k]:
            ends.append(ln)
    heads = [ln for ln in ends if ln.text[-1:] in voc.list_intro or section(ln.text, voc)
             or stub_heading(ln.text, voc)]
    return [ln for ln in ends if ln not in heads] or ends


@lru_cache(maxsize=8192)
def _opens_known(text: str, labels: frozenset[str]) -> bool:
    """Whether a label line opens a label of its own (so the line above ends one):
    enumerated, or a row label the edition knows (``labels``), with the part it totals
    named after it too ("Subtotal, 1"). Memoised as ``_section`` is: every reader of
    a stacked table's labels asks it of the same lines."""
    return _enumerated_or_known(text, labels) \
        or "".join(_PART_NAMED.sub("", text).split()) in labels


def _block_widths(lines: list[PlainLine]) -> list[int]:
    """For each line, the width of the widest line of its block (lines that follow
    each other on a page), or of all ``lines`` for a line alone: a label wraps at
    its column's width, and text printed in other blocks (a paragraph across the
    page) does not measure it; a line alone is measured by the first lines of
    enumerated labels wrapped in blocks (the label column's width: a label wraps
    when its first line is full), else by all ``lines``."""
    blocks: list[list[int]] = []
    for k, ln in enumerate(lines):
        if blocks and lines[k - 1].no + 1 == ln.no and lines[k - 1].page == ln.page:
            blocks[-1].append(k)
        else:
            blocks.append([k])
    widest = max([width(lines[block[0]].text) for block in blocks
                  if len(block) > 1 and ROW_ENUMERATOR.match(lines[block[0]].text)]
                 or [width(ln.text) for ln in lines])
    sizes = [max(width(lines[j].text) for j in block) if len(block) > 1 else widest
             for block in blocks]  # once a block, not once a line of it
    return [size for block, size in zip(blocks, sizes, strict=True) for _ in block]


def section(text: str, voc: Vocabulary) -> bool:
    """Whether a line is a section the edition knows, which heads the rows below it
    ("B. 生成和转让知识"), its letter aside (a numbered line, "4. 行政和预算问题咨询
    委员会", is an item of its section)."""
    return _section(text, voc.section_labels)


@lru_cache(maxsize=8192)
def _section(text: str, sections: frozenset[str]) -> bool:
    """:func:`section` by the edition's section labels, memoised (the readers of a
    stacked table ask it of each label line many times over; a frozen set's hash is
    kept, so the key costs no more than the line's)."""
    m = ROW_ENUMERATOR.match(text)
    if m and not m.group().strip()[:1].isupper():
        return False
    return "".join(text[m.end() if m else 0:].split()) in sections


def written(body: list[PlainLine], alone: list[list[str] | None],
             assignment: _Assignment, middles: dict[int, str]) -> list[PlainLine]:
    """The body a row per line: label lines with the values given them, two spaces
    apart (one space joins the groups of a number: "3 130  762" is two values),
    after the middle lines of their labels printed among the values; value lines
    of rows given away dropped, the others kept as they were (with the label text
    printed on them). A label printed above the header's lines (``_below_header``)
    is written where its row's values were printed."""
    waiting = {ln.no for row in [*assignment.waiting, *assignment.kept] for ln in row.lines}
    later = _below_header(body, alone, assignment)
    out = []
    for ln, vals in zip(body, alone, strict=True):
        if ln.no in later.values():
            continue
        if ln.no in later:
            ln = next(b for b in body if b.no == later[ln.no])
            vals = None
        if vals:
            if ln.no in waiting:
                middle = middles.get(ln.no)
                out.append(PlainLine(ln.no, f"{middle} {ln.text}", ln.page, ln.indent)
                           if middle else ln)
            continue
        row = assignment.given.get(ln.no)
        if row is None:
            out.append(ln)
            continue
        out += [PlainLine(v.no, middles[v.no], v.page, v.indent)
                for v in row.lines if v.no in middles]
        out.append(PlainLine(ln.no, f"{ln.text}  {'  '.join(row.values)}", ln.page, ln.indent))
    return out


def _below_header(body: list[PlainLine], alone: list[list[str] | None],
                  assignment: _Assignment) -> dict[int, int]:
    """Labels printed above the header's lines (or the header repeated on a later
    page) that are written after them: a label given a row whose values follow
    two or more lines that hold no values and are given no row (the header), with
    no enumerated label between it and the row above (labels printed together
    before the header stay together), by the line number of the row's first
    value line (mapped to the label's)."""
    at = {ln.no: k for k, ln in enumerate(body)}
    later = {}
    for no, row in assignment.given.items():
        first = at[row.lines[0].no] if row.lines else None
        between = range(at[no] + 1, first) if first is not None else range(0)
        above = at[no]
        while above and not alone[above - 1] and body[above - 1].no not in assignment.given:
            above -= 1
        if len(between) >= 2 and all(not alone[k] and body[k].no not in assignment.given
                                     for k in between)\
                and not any(ROW_ENUMERATOR.match(ln.text) for ln in body[above:at[no]]):
            later[row.lines[0].no] = no
    return later


def heads_label(text: str, voc: Vocabulary) -> bool:
    """Whether a label line opens a label or heads rows (a section), a known label
    with the part it totals named after it too ("小计 (C)")."""
    return _heads_label(text, voc.row_labels, voc.section_labels)


@lru_cache(maxsize=8192)
def _heads_label(text: str, labels: frozenset[str], sections: frozenset[str]) -> bool:
    """:func:`heads_label` by the edition's row and section labels, memoised as
    ``_section`` is (asked of each label line by every rule that deals rows)."""
    return _enumerated_or_known(text, labels) or _section(text, sections)\
        or "".join(_BRACKETED_TAIL.sub("", text).split()) in labels
