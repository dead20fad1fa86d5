"""Entries assembled into a table's rows: wrapped labels joined, sections told apart.

A label wrapped over several lines is joined when its lines are as wide as the
label column (the widest label printed beside values) or the next line starts in
lower case; a shorter or wider line on its own is a section row; values printed
before their label (a row split by a page break) go to the next row without values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Provenance, TableRow
from .text_columns import locate
from .text_grid_entries import ALIGNED_GAP, GUTTER, Entry, Paging, PlainLine
from .text_grid_notes import opens_note
from .text_sidebyside import Pairs
from .text_values import values_of
from .text_vocab import Vocabulary
from .text_wrap import join, unspaced
from .text_year_headings import is_year_heading
from .textnorm import width

# "A. ", "1. ", "(a) "; some extractors drop the space ("1.关于").
ROW_ENUMERATOR = re.compile(r"^(?:[A-Z]|\d{1,2})[.．](?:\s|(?=[^\d\s.]))|^\([a-z]\)\s")
# A row's item number ("4. Coordination meetings …").
_ITEM_NUMBER = re.compile(r"^(\d{1,3})\.\s+")
_WRAP_SHARE = 0.7
_WRAP_MAX = 1.15


@dataclass
class _Rows:
    """Rows being assembled from entries."""

    n: int
    full: int
    voc: Vocabulary
    paging: Paging
    rows: list[TableRow] = field(default_factory=list)
    pending: list[Entry] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)
    orphaned: PlainLine | None = None  # the line of the last orphans
    last_valued: TableRow | None = None
    pairs: Pairs | None = None


def values_start(first: list[Entry]) -> int | None:
    """Where the first row's values start on its line, when it is a row line of
    column-aligned text (a gutter wider than the two spaces that join lines of values
    printed one a line, ``text_stacked``, before its values)."""
    if not first or not first[0].label or not first[0].values:
        return None
    e = first[0]
    placed = locate(e.line.text, e.line.indent, e.values)
    if placed is None:
        return None
    gap = e.line.text[:placed.starts[0] - e.line.indent]
    return placed.starts[0] if gap.endswith(" " * ALIGNED_GAP) else None


def assemble(entries: list[Entry], n: int, voc: Vocabulary, paging: Paging,
             pairs: Pairs | None = None) -> list[TableRow]:
    """Rows from entries: pending label lines take the next run of values
    (``paging``: whether the text breaks pages, see ``_wraps``)."""
    for e in entries:
        e.label = unspaced(e.label)
    state = _Rows(n, label_column(entries), voc, paging, pairs=pairs)
    hang = None  # where the text of the last row's numbered label starts (aligned text)
    for e in _join_tails(entries, state.full, n, voc, pairs):
        if e.label:
            if state.values:
                _complete(state)
            hung = hang is not None and not e.values and abs(e.line.indent - hang) <= 1 \
                and not ROW_ENUMERATOR.match(e.label) and not voc.is_row_label(e.label)
            if not state.pending and (lower_continues(e.label) or hung)\
                    and state.last_valued is not None and state.last_valued.cells:
                state.last_valued.cells[0] += " " + e.label
                if e.values:
                    state.values = list(e.values)
                    _complete(state)
                continue
            state.pending.append(e)
            hang = _hanging(e)
        if e.values:
            if not state.pending and not state.values:
                state.orphans = [*state.orphans, *e.values][-n:]  # a value per line, too
                state.orphaned = e.line
                continue
            state.values += e.values
            if len(state.values) >= n:
                _complete(state)
    if state.values:
        _complete(state)
    _sections(state, state.pending)
    return state.rows


def _hanging(entry: Entry) -> int | None:
    """Where the text of a numbered label printed with its values starts, in
    column-aligned text: a line set there below it, without values, is the end of
    that label wrapped under its number ("4. Coordination meetings … Security  5 10",
    "   Council"), where a section row would start at the number's column (unless it
    opens as a row does, "E. Enabling deliverables": an extractor may indent every
    line a little)."""
    item = _ITEM_NUMBER.match(entry.label)
    if not item or not entry.values or not entry.line.indent:
        return None
    return entry.line.indent + len(item.group(0))


def label_column(entries: list[Entry]) -> int:
    """The width of the label column: the widest label printed beside values or
    just above values printed alone, or the (lower) middle width of the labels of
    two lines between rows, the second going on in lower case beside its values
    ("Committee on Missing Persons" over "in Cyprus  694.5"; the middle one, as an
    extraction may run a wrapped cell's lines together)."""
    beside = max((width(GUTTER.split(e.label)[0]) for k, e in enumerate(entries)
                  if e.label and (e.values or (k + 1 < len(entries) and entries[k + 1].values
                                               and not entries[k + 1].label))), default=0)
    wrapped = sorted(width(e.label) for above, e, below in zip(entries, entries[1:], entries[2:],
                                                               strict=False)
                     if above.values and e.label and not e.values and below.values
                     and below.label and _wrapped_onto(below.label))
    return max(beside, wrapped[(len(wrapped) - 1) // 2] if wrapped else 0)


def _wrapped_onto(label: str) -> bool:
    """Whether a row's label goes on from the line above: in lower case, and not a
    lettered note ("a Includes ...")."""
    return lower_continues(label) and not opens_note(label)


def _join_tails(entries: list[Entry], full: int, n: int, voc: Vocabulary,
                pairs: Pairs | None = None) -> list[Entry]:
    """Label lines without values that end the label of the row above: the row's
    label line fills the label column (its values beside it, or alone on the next
    line: a row set in the middle of its cell height), the lines are on its page or
    go on at the top of the next page (no header repeated there, see ``_repeated``)
    and no wider than it, none is a row label the edition
    knows or enumerated, and the line after them starts a row of its own (see
    ``_starts_row``; in a table shown to set values on a wrapped label's first line,
    any line with a label and values does after a tail short of the column: a line
    filling it is the first line of a label with its values on the last). A line
    opening with a capital is such a tail only under a numbered row, the next item
    numbered next, where the document prints the two words met there together
    elsewhere (``_between_items``)."""
    out: list[Entry] = []
    first_line = False  # the table sets values on a wrapped label's first line
    k = 0
    while k < len(entries):
        e = entries[k]
        out.append(e)
        k += 1
        if not (e.label and fills(e.label, full)):
            continue
        if not e.values:
            if not (k < len(entries) and _values_alone(entries[k], n)):
                continue
            out.append(entries[k])
            k += 1
        end = k
        while end < len(entries) and not entries[end].values\
                and entries[end].line.page in (e.line.page, e.line.page + 1)\
                and (_may_wrap(entries[end].label, full, voc) or _between_items(
                    e, entries[end - 1] if end > k else e, entries[end:end + 2], full, voc,
                    pairs))\
                and (entries[end].line.page == e.line.page or not _repeated(entries, end, voc)):
            end += 1
        if end > k and end < len(entries) and (_starts_row(entries[end], full, voc) or (
                first_line and bool(entries[end].label and entries[end].values)
                and not fills(entries[end - 1].label, full))
                or _ends_page(entries, range(k, end), voc)):
            e.label = join([e.label, *(x.label for x in entries[k:end])])
            k = end
            first_line = True
    return out


def _ends_page(entries: list[Entry], tail: range, voc: Vocabulary) -> bool:
    """Whether a label's ``tail`` closes its page (the next page opening with
    anything, the header it repeats among them), no line of it a header's
    (``_repeated``): the tail ends its row there."""
    return entries[tail.stop].line.page != entries[tail.stop - 1].line.page\
        and not any(_repeated(entries, j, voc) for j in tail)


def _between_items(row: Entry, above: Entry, below: list[Entry], full: int, voc: Vocabulary,
                   pairs: Pairs | None) -> bool:
    """Whether the last line of a numbered row's label (under its line, or under
    ``above``, the label's line before it), though opening with a capital, is the
    rest of its label: the item after it is numbered next, and the document prints
    the last word above and the line's first together elsewhere ("4. Coordination
    meetings of ... Peace and Security  5 10 6 9", "Council", "5. Meetings of ...":
    "Security Council"; "... of the Sustainable", "Development Goals"; not a heading
    between two items)."""
    item = _ITEM_NUMBER.match(row.label)
    nxt = _ITEM_NUMBER.match(below[-1].label) if len(below) == 2 else None
    tail = below[0].label
    if not (item and nxt and tail and above.label and pairs) \
            or int(nxt.group(1)) != int(item.group(1)) + 1:
        return False
    met = (GUTTER.split(above.label)[0].split()[-1].lower(), tail.split()[0].lower())
    return pairs.counts[met] > 0 and width(tail) <= _WRAP_MAX * full\
        and not ROW_ENUMERATOR.match(tail) and not voc.is_row_label(tail)\
        and tail[-1] not in voc.list_intro


def _repeated(entries: list[Entry], k: int, voc: Vocabulary) -> bool:
    """Whether line ``k`` may be a header's, repeated on its page: it names a year,
    or the table printed it before."""
    text = entries[k].label
    return any(is_year_heading(w, voc) for w in text.split())\
        or any(e.label == text for e in entries[:k])


def _values_alone(entry: Entry, n: int) -> bool:
    """Whether a line holds a row's values (at least half of its ``n`` columns, the
    rest blanks) and nothing else."""
    return not entry.label and 2 * len(entry.values) >= n


def fills(label: str, full: int) -> bool:
    """Whether a label line is as wide as the label column (it wrapped)."""
    return _WRAP_SHARE * full <= width(GUTTER.split(label)[0]) <= _WRAP_MAX * full


def _may_wrap(label: str, full: int, voc: Vocabulary) -> bool:
    """Whether a value-less line can be the rest of a wrapped label: not wider than
    the column, not enumerated or known, not opening with a capital (a new label
    in a cased script) nor ending as a list's introduction ("Meetings of:")."""
    return bool(label) and width(label) <= _WRAP_MAX * full and not ROW_ENUMERATOR.match(label)\
        and not voc.is_row_label(label) and not label[0].isupper()\
        and label[-1] not in voc.list_intro


def _starts_row(entry: Entry, full: int, voc: Vocabulary) -> bool:
    """Whether a line starts a row of its own: an enumerated or known label, or
    values after a label that is not a short tail (the last line of a label
    wrapped with its values on the last line); values alone are the lines' own."""
    if ROW_ENUMERATOR.match(entry.label) or voc.is_row_label(entry.label):
        return True
    return bool(entry.values and entry.label) and (
        not _may_wrap(entry.label, full, voc) or width(entry.label) >= _WRAP_SHARE * full)


def _complete(state: _Rows) -> None:
    """A row from the pending label lines and the values taken; label lines above
    its own that do not wrap into it are section rows first."""
    values, state.values = state.values, []
    if not state.pending:
        return
    k = len(state.pending) - 1
    room = values_start(state.pending[-1:]) if k else None  # asked only above a line
    while k > 0 and (_wraps(state.pending[k - 1].label, state.pending[k].label, state,
                            upper=not _enumerated_run(state.pending[:k]))
                     or (room is not None and _wraps_aligned(state.pending[k - 1],
                                                             state.pending[-1], room, state.voc))):
        k -= 1
    _sections(state, state.pending[:k])
    own, state.pending = state.pending[k:], []
    values = _orphans_above(state, own[0].line, _values_above(own, values[:state.n]))
    row = TableRow(Provenance(own[0].line.page, line=own[0].line.no),
                   cells=[join(e.label for e in own), *([""] * (state.n - len(values))),
                          *values], guessed_blanks=len(values) < state.n)
    state.rows.append(row)
    state.last_valued = row


def _values_above(own: list[Entry], values: list[str]) -> list[str]:
    """``values`` with their blank cells filled by the values that a line of the
    row's wrapped label above its last sets apart after a gutter, as many as there
    are blanks ("... peace agreements and the      –" over "political process   20
    30 30": a cell's value printed at its top, the others at their foot); that line's
    label is cut to its words, in place. ``values`` as they are where no one line holds
    so many."""
    blanks = [at for at, value in enumerate(values) if not value]
    if not blanks:
        return values
    for e in own[:-1]:
        pieces = GUTTER.split(e.label.strip())
        above = values_of(pieces[-1]) if len(pieces) > 1 else None
        if above and len(above) == len(blanks):
            e.label = e.label.strip()[:-len(pieces[-1])].rstrip()
            filled = list(values)
            for at, value in zip(blanks, above, strict=True):
                filled[at] = value
            return filled
    return values


def _orphans_above(state: _Rows, first: PlainLine, values: list[str]) -> list[str]:
    """``values`` with their blank cells filled by the values printed alone on the
    line right above the row's first (``state.orphans``), as many as there are
    blanks ("–" over "2. Workshops on subjects relating to the" over "political
    process 20 30 30": an extraction that gives a cell's value printed at its top
    before the label's first line, its baseline a little higher); those values taken.
    ``values`` as they are otherwise."""
    blanks = [at for at, value in enumerate(values) if not value]
    line = state.orphaned
    if not blanks or len(state.orphans) != len(blanks) or line is None\
            or line.page != first.page or line.no != first.no - 1:
        return values
    filled = list(values)
    for at, value in zip(blanks, state.orphans, strict=True):
        filled[at] = value
    state.orphans = []
    return filled


def _enumerated_run(lines: list[Entry]) -> bool:
    """Whether the last of ``lines`` is an enumerated label's line: enumerated, or
    going on (in lower case) from lines going up to one that is. Such a label may
    run wider than the label column (over the columns its values leave free)."""
    k = len(lines) - 1
    while k > 0 and lower_continues(lines[k].label):
        k -= 1
    return bool(ROW_ENUMERATOR.match(lines[k].label))


def _wraps_aligned(above: Entry, row: Entry, values_at: int, voc: Vocabulary) -> bool:
    """In column-aligned text, whether a label line above a row's values is one more
    line of its wrapped label: set at the row's indent on its page, ending left of
    where the row's values start (``values_at``: in the label column), neither a
    label the edition knows (a section row) nor enumerated, nor ending as a sentence;
    the row's own label not enumerated (it starts there)."""
    return above.line.indent == row.line.indent and above.line.page == row.line.page\
        and above.line.indent + width(above.line.text) < values_at\
        and not voc.is_row_label(above.label) and not ROW_ENUMERATOR.match(above.label)\
        and not voc.ends_sentence(above.label) and not voc.is_row_label(row.label)\
        and not ROW_ENUMERATOR.match(row.label)


def _sections(state: _Rows, pending: list[Entry]) -> None:
    """Label lines without values: runs that wrap into each other become one
    section row; values printed before them (page break) are theirs. A run of
    sentences with a line wider than a label column's line can be (``_WRAP_MAX``) is
    text across the row, its cell spanning the value columns ("Administration: 4
    meetings of … Arts Committee."); a heading, wide or not, is a row's label."""
    groups: list[list[Entry]] = []
    for e in pending:
        if groups and _wraps(groups[-1][-1].label, e.label, state, upper=False):
            groups[-1].append(e)
        else:
            groups.append([e])
    for group in groups:
        values, state.orphans = state.orphans, []
        prov = Provenance(group[0].line.page, line=group[0].line.no)
        label = join(e.label for e in group)
        if len(values) == state.n:
            state.rows.append(TableRow(prov, cells=[label, *values]))
        elif state.full and state.voc.ends_sentence(label) \
                and max(width(e.label) for e in group) > _WRAP_MAX * state.full:
            state.rows.append(TableRow(prov, span=label))
        else:
            state.rows.append(TableRow(prov, cells=[label, *[""] * state.n]))


def _wraps(above: str, below: str, state: _Rows, upper: bool = True) -> bool:
    """Whether label line ``below`` continues ``above``: neither a row label the
    edition knows, ``below`` not enumerated, and
    ``above`` is as wide as the label column (wider only when enumerated, as a
    row's first line, not a section heading, may be; never in text without page
    breaks, which prints a cell whole on its line; or ``below`` starts in lower
    case)."""
    if ROW_ENUMERATOR.match(below) or state.voc.is_row_label(above)\
            or state.voc.is_row_label(below):
        return False
    full = state.full
    wide = state.paging is Paging.PAGED and width(above) >= _WRAP_SHARE * full and (
        not upper or width(above) <= _WRAP_MAX * full or bool(ROW_ENUMERATOR.match(above)))
    words = above.split()
    return wide or lower_continues(below) or bool(
        words and state.pairs and words[-1].lower() in state.pairs.unfinished_words)


def lower_continues(text: str) -> bool:
    """A line that reads as the rest of a wrapped label: it starts in lower case."""
    return text[:1].islower()
