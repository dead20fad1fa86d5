"""A table of a flat text read from its content alone (text without block spacing).

Extractors print a table either a row per line (label, then its run of values) or
a cell per line (label line(s), then one value per line). Either way a row is a
label followed by a run of values, and the count most rows print fixes the number
of columns. The header is the lines above the first row; a line starting with an
enumerator ("A.", "1.") or standing alone before the first values is a row label,
not header. A label wrapped over several lines is joined when its lines are as wide
as the label column (the widest label printed beside values) or the next line
starts in lower case; a shorter or wider line on its own is a section row. A
header repeated on a later page is skipped; values printed before their label
(a row split by a page break) go to the next row without values.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .model import HeaderCell, Provenance, Table, TablePart, TableRow
from .text_beside import Beside
from .text_columnar import figure, settled
from .text_columns import (
    Columns,
    Placed,
    TextColumnTable,
    extra_value,
    filled,
    headings,
    locate,
    place,
    table_side,
    text_column_table,
    value_columns,
)
from .text_ideographs import word_uses
from .text_prose import ProseLine, chunks, leading_years, prose_rows, year_columns, year_header
from .text_sidebyside import Pairs
from .text_tables import build_header, caption_number, header_columns, is_unit
from .text_values import (
    NOTE_MARKS,
    RowSplit,
    atoms,
    column_count,
    fewest_values,
    holds_values,
    is_numeric,
    is_value,
    split_leading,
    split_row,
    summed_reading,
)
from .text_vocab import Vocabulary
from .text_wrap import BROKEN_MOST, bare_word, join, tight_width, unspaced
from .textnorm import is_cjk, width

# "A. ", "1. ", "(a) "; some extractors drop the space ("1.关于").
ROW_ENUMERATOR = re.compile(r"^(?:[A-Z]|\d{1,2})[.．](?:\s|(?=[^\d\s.]))|^\([a-z]\)\s")
# Column-aligned text: a run of spaces this wide ends a label's own text.
_GUTTER = re.compile(r"\s{2,}")
# A row's item number ("4. Coordination meetings …").
_ITEM_NUMBER = re.compile(r"^(\d{1,3})\.\s+")
_WRAP_SHARE = 0.7
# Display width a line of a text cell may run over its column's measured width
# (half-width figures set among ideographs).
_COL_SLACK = 2
_WRAP_MAX = 1.15
# A figure that may head a number broken at its thousands space, and the group after.
_HEAD_FIGURE = re.compile(r"(?<!\S)\(?\d{1,3}$")
_GROUP_FIGURE = re.compile(r"^\d{3}(?:\.\d+)?\)?(?:\s|$)")
# A figure after a colon ending a line: a field's value ("Number of sessions in 2026:
# 3"), not the head of a number broken at its thousands space.
_FIELD_FIGURE = re.compile(r":\s+\(?\d{1,3}$")
# A figure in an opening bracket ending a line, its closing bracket not printed.
_OPEN_FIGURE = re.compile(r"(?<!\S)\(\d[\d.]*$")
# Spaces before a row's values that show column-aligned text.
_ALIGNED_GAP = 3
# Spaces that part two figures of adjacent columns (one space parts a number's groups).
_GAP_APART = 2
# A footnote letter (or letters, "a,b") one space after the figure it marks.
_MARK_APART = re.compile(rf"(?<=\d) (?={NOTE_MARKS}(?:\s|$))")
_MARKS_ALONE = re.compile(rf"^{NOTE_MARKS}$")
# A note lettered to a table's figures: its letter, then its text ("a Excludes …"),
# which opens like a sentence (``_opens_note``).
_NOTE_MARK = re.compile(rf"^{NOTE_MARKS} (?=\S)")
# A line ending in a figure and, spaces after it, a footnote mark set raised.
_RAISED_END = re.compile(rf"(?<=\d)( +)({NOTE_MARKS})$")
# A figure of four digits or more at a line's end, its thousands not parted: a year
# ("resolutions 1267 (1999), 1989" + "(2011) and 2253 (2015)"), not a table's figure.
_UNPARTED = re.compile(r"(?<!\S)\(?\d{4,}\)?$")
# A footnote mark set against the punctuation that ends a line ("12 D-2,a").
_MARKED_STOP = re.compile(rf"(?<=[^\w\s])(?:{NOTE_MARKS})$")


@dataclass(frozen=True)
class PlainLine:
    """One non-empty input line: number, text without surrounding spaces, page, and
    the spaces before its text (column-aligned text only)."""

    no: int
    text: str
    page: int
    indent: int = 0


@dataclass
class _Entry:
    """A line read as a label, a run of values, or both (row per line)."""

    line: PlainLine
    label: str
    values: list[str]
    guessed: bool = False
    leading: bool = False  # values read before a text last column (``split_leading``)
    under: list[PlainLine] = field(default_factory=list)  # lines wrapped into that text


@dataclass
class _Rows:
    """Rows being assembled from entries."""

    n: int
    full: int
    voc: Vocabulary
    rows: list[TableRow] = field(default_factory=list)
    pending: list[_Entry] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)
    last_valued: TableRow | None = None


def read_grid(caption: PlainLine, region: list[PlainLine], voc: Vocabulary,
              pairs: Pairs | None = None,
              full: Callable[[PlainLine], bool] = lambda _: False) -> Table:
    """The table captioned ``caption`` whose lines (title, unit, parts) are
    ``region`` (``pairs``: the document's wording, see ``prose_rows``; ``full``:
    whether a line runs to the document's full measure)."""
    head = [caption_number(caption.text, voc)]
    body = list(region)
    if body and not is_unit(body[0].text, voc) and not voc.table_part_label.match(body[0].text):
        head.append(body.pop(0).text)
        if len(body) > 1 and _is_prose(body[1:], voc) and not _is_prose(body, voc) \
                and not is_unit(body[0].text, voc):
            head[-1] = join([head[-1], body.pop(0).text])  # a title wrapped onto a second line
    if body and is_unit(body[0].text, voc):
        head.append(body.pop(0).text)
    parts: list[TablePart] = []
    notes: list[str] = []
    for label, lines in _split_parts(body, voc):
        part, note = _read_part(label, lines, voc, pairs, full)
        parts.append(part)
        notes += note
    pages = dict.fromkeys(ln.page for ln in [caption, *region])
    prov = [Provenance(page=p, line=next(ln.no for ln in [caption, *region] if ln.page == p))
            for p in pages]
    return Table(head, parts, prov, notes)


def _split_parts(lines: list[PlainLine],
                 voc: Vocabulary) -> list[tuple[str | None, list[PlainLine]]]:
    """Lines cut at part labels ("(1) 经常预算")."""
    parts: list[tuple[str | None, list[PlainLine]]] = [(None, [])]
    for ln in lines:
        if voc.table_part_label.match(ln.text):
            parts.append((ln.text, []))
        else:
            parts[-1][1].append(ln)
    return [p for p in parts if p[1] or p[0]] or parts[:1]


def _read_part(label: str | None, lines: list[PlainLine], voc: Vocabulary,
               pairs: Pairs | None, full: Callable[[PlainLine], bool]
               ) -> tuple[TablePart, list[str]]:
    """One part: header, rows and the notes printed under it."""
    lines = _raised_rows(lines)
    lettered = _lettered_notes(lines, pairs)
    lines, tail = lines[:lettered], lines[lettered:]
    lines = [_marks_joined(ln) for k, ln in enumerate(lines) if not _MARKS_ALONE.match(ln.text)
             or _word_ended(lines, k, pairs)]  # "Fourt" / "h"
    lines = _wrapped_values(lines)
    lines, notes = _head_note(lines, voc)
    note_at = next((k for k, ln in enumerate(lines) if voc.table_note.match(ln.text)), len(lines))
    tail = lines[note_at:] + tail
    notes += [" ".join(ln.text for ln in tail)] if tail else []
    lines = lines[:note_at]
    entries, n = _entries(lines, voc)
    found = text_column_table(lines, n, voc.is_text_column, voc.text_field)
    if found:
        k, table = found
        return TablePart(label, _text_column_header(lines[:k + 1], table, voc),
                         table.rows(lines[k + 1:])), notes
    years = leading_years([ln.text for ln in lines], voc)
    cols = year_columns([ln.text for ln in lines[:years]], voc)
    if _is_prose(lines, voc):
        prose = [ProseLine(ln.text, ln.page, ln.indent, ln.no) for ln in lines]
        rows = prose_rows(prose[:years], prose[years:], len(cols), pairs)
        return TablePart(label, [[HeaderCell(c) for c in cols]], rows), notes
    years = _year_columns(entries, voc)
    if years > n and _splits_into(entries, years, voc):
        entries, n = _entries(lines, voc, years)
    for k, e in enumerate(entries):
        if _years_wrapped(entries, k, voc):
            for x in entries[k:k + 2]:  # years, and the line that finishes them
                x.label, x.values = x.line.text, []
        elif _years_alone(e, voc):
            e.label, e.values = e.line.text, []  # a header line of years
    if not n and (last_text := _text_last(lines, voc))[0]:
        cols, heads = last_text
        below = [ln for ln in lines[heads:] if ln.text not in {h.text for h in lines[:heads]}]
        at = next((k for k, ln in enumerate(below) if k and _opens_note(ln.text)), len(below))
        notes += [" ".join(ln.text for ln in below[at:])] if at < len(below) else []
        return TablePart(label, build_header(cols, None, voc),
                         _text_last_rows(below[:at], len(cols), voc)), notes
    if not n:
        return _word_list(label, lines, voc, full), notes
    first = next((k for k, e in enumerate(entries) if e.values), len(entries))
    cut = _header_end(entries[:first], voc, _values_start(entries[first:first + 1]),
                      entries[first].line.indent if first < len(entries) else None)
    if first < len(entries) and not entries[first].label:
        cut = _label_above(entries, first, cut, n, voc)
    # a row opening a text cell beside its label ("Human Rights Committee Mandate: …")
    # is no header, though its values come lines below it
    cut = next((k for k in range(cut) if _cell_start_inside(entries[k].label, voc)), cut)
    bound = min(cut, _year_header_end(entries[:cut], voc))
    named = header_columns([e.line.text for e in entries[:bound]], voc)
    years = sum(1 for c in named if voc.year_column.match(c) or voc.year_token.match(c))
    if 0 < years < n and any(voc.is_text_column(c) for c in named):
        n = years  # figures before a row's year values end its text ("会议次数：2")
    texts = sum(1 for c in named if voc.is_text_column(c)) if years == n else 0
    if texts:
        cut = bound
    header_lines = [e.line.text for e in entries[:cut]]
    cols = header_columns(header_lines, voc)
    group = next((t for t in header_lines if t in voc.group_labels), None)
    if texts:
        named = [c for c in cols if c not in voc.row_label_columns]
        header = build_header(_fit(named, texts + n, voc), group, voc)
        body = [x for e in entries[cut:] for x in (
            [_Entry(ln, ln.text, []) for ln in [e.line, *e.under]] if e.leading else [e])]
        for x in body:
            x.label = unspaced(x.label)
        return TablePart(label, header, _text_rows(_skip_repeats(body, header_lines), texts, n,
                                                   voc)), notes
    if not texts and (organs := _organ_rows(header_lines, entries[cut:], n, voc, pairs)):
        return TablePart(label, build_header(_fit(cols, 1 + n, voc), group, voc), organs), notes
    if cols and voc.is_text_column(cols[-1]):
        entries = [*entries[:cut], *_text_below(entries[cut:], n, voc)]
    placed = _placed_headings(entries, cut, n, voc) or _word_columns(header_lines, n, voc)
    header = build_header(placed or _fit(cols, n, voc), group, voc)
    rows = _assemble(_skip_repeats(entries[cut:], header_lines), n, voc, pairs)
    return TablePart(label, header, rows), notes


def _word_list(label: str | None, lines: list[PlainLine], voc: Vocabulary,
               full: Callable[[PlainLine], bool]) -> TablePart:
    """A part with no value columns (deliverables by category, all in words): its
    label column's heading, where printed, as its header; a line goes on the row
    above where that row's last line ran to the full measure (``full``) without
    ending a sentence, unless it opens a row of its own (lettered, or a label the
    edition knows). Lines parted by gutters are cells side by side, not one row's
    wrapped words."""
    header: list[list[HeaderCell]] = []
    if lines and "".join(lines[0].text.split()) in voc.row_label_columns:
        header, lines = [[HeaderCell(lines[0].text)]], lines[1:]
    rows: list[TableRow] = []
    for above, ln in zip([None, *lines], lines, strict=False):
        if above and full(above) and not voc.ends_sentence(above.text) \
                and not ROW_ENUMERATOR.match(ln.text) and not voc.opens_row_label(ln.text) \
                and not any(_GUTTER.search(x.text) for x in (above, ln)):
            rows[-1].filled[0] = join([rows[-1].filled[0], ln.text])
        else:
            rows.append(TableRow(Provenance(ln.page, line=ln.no), cells=[ln.text]))
    return TablePart(label, header, rows)


def _text_last(lines: list[PlainLine], voc: Vocabulary) -> tuple[list[str], int]:
    """The headings on the first line of a table no line of which ends in values,
    where they name value columns then a text column last ("Number Details"), or on
    its first two where a heading word is broken over them (``_unbroken``), and the
    number of header lines; else none."""
    for heads in (1, 2):
        texts = [ln.text for ln in lines[:heads]]
        if heads > 1 and (texts := _unbroken(texts, voc)) == [ln.text for ln in lines[:heads]]:
            break
        cols = [c for c in header_columns(texts, voc) if c not in voc.row_label_columns]
        kinds = [voc.is_text_column(c) for c in cols]
        if len(cols) > 1 and kinds[-1] and not any(kinds[:-1]):
            return cols, heads
    return [], 0


def _unbroken(texts: list[str], voc: Vocabulary) -> list[str]:
    """Header lines with a heading word broken over two of them put back ("Numbe" +
    "r Details": a column too narrow for the word): a line opening in lower case
    goes on in the last word above where the two make a heading the edition knows."""
    out: list[str] = []
    for text in texts:
        head, _, rest = text.strip().partition(" ")
        if out and head[:1].islower() and out[-1].split()[-1] + head in voc.column_headings:
            out[-1] += head
            text = rest
        if text.strip():
            out.append(text.strip())
    return out


def _text_last_rows(lines: list[PlainLine], n: int, voc: Vocabulary) -> list[TableRow]:
    """Rows of text without column positions whose text column comes last: a line
    opening with a capitalised label and then its values starts a row
    (``split_leading``); a line after a label ending as a word broken over lines does
    ("Reassignment/" + "redeployment") goes on in that label; any other goes on in the
    text above where that text's line was full (its first word would not have fit
    with room to spare, the column as wide as the widest text piece) or ends in a
    word that goes on ("Beirut,", "D-2,a" with its footnote mark), else is a row of
    its own with only text ("1 D-1 Bangkok" listed under a post change).
    (Lettered notes under the rows are cut off before, see ``_read_part``.)"""
    splits = [split_leading(ln.text, n) for ln in lines]
    splits = [s if s and s.label[:1].isupper() else None for s in splits]
    texts = [s.values[-1] if s else ln.text for s, ln in zip(splits, lines, strict=True)]
    widest = max((width(t) for t in texts), default=0)
    rows: list[TableRow] = []
    above = ""
    for ln, split, text in zip(lines, splits, texts, strict=True):
        prov = Provenance(ln.page, line=ln.no)
        if split:
            rows.append(TableRow(prov, cells=[split.label, *split.values]))
        elif rows and rows[-1].filled[0].endswith(voc.header_continues_after):
            rows[-1].filled[0] = join([rows[-1].filled[0], ln.text])
        elif rows and (not above or filled(above, text, widest)
                       or _MARKED_STOP.sub("", above).endswith(voc.text_continues_after)):
            rows[-1].filled[-1] = join([rows[-1].filled[-1], ln.text])
        elif rows:
            rows.append(TableRow(prov, cells=["", *[""] * (n - 1), text]))
        else:
            rows.append(TableRow(prov, cells=[ln.text, *[""] * n]))
        above = text
    return rows


def _placed_headings(entries: list[_Entry], cut: int, n: int, voc: Vocabulary) -> list[str] | None:
    """Value column headings of column-aligned text read by position
    (``text_columns.headings``) from the header lines ``entries[:cut]``, measured on
    the rows of their page that print all ``n`` values; None where there are none."""
    if not cut or cut >= len(entries) or not any(e.line.indent for e in entries):
        return None  # no positions: the lines lost their indents
    page = entries[cut].line.page
    full = [p for e in entries[cut:] if e.line.page == page and not e.guessed
            and len(e.values) == n and all(e.values)
            and (p := locate(e.line.text, e.line.indent, e.values))]
    found = headings([e.line for e in entries[:cut]], full, n,
                     lambda piece: piece in voc.group_labels)
    return found if found and all(found) else None


def _text_below(entries: list[_Entry], n: int, voc: Vocabulary) -> list[_Entry]:
    """Under a header whose last column is text, a row printing all its values but
    that text (beside its label, or at the end of its label line in text printed a
    cell per line), whose next lines hold no values, has its text on those lines (up
    to a line with values, a known row label or an enumerated one; a figure opening
    such a line is the text's, "1 个 USG"): the entries with those lines taken into
    its last cell. Lines of text that no row above takes, just above such a row
    (or one printing its text's start after its values), begin its text (a row
    whose cells are centred prints its text around its label)."""
    out: list[_Entry] = []
    taking: _Entry | None = None  # the row whose text the lines are
    waiting: list[tuple[_Entry, str]] = []  # text lines no row above took
    for e in entries:
        text = e.label if _text_line(e, voc) else " ".join(e.values) if e.leading \
            and not e.label else None
        if text is None:
            taking = None
            if waiting and (centred := _short_of_text(e, n) or _leading_row(e, waiting)):
                waiting, taking = [], _opened_by(centred, waiting)
            out += [w for w, _ in waiting]
            waiting = []
        elif taking is None and out:
            taking = _short_of_text(out[-1], n)
        if taking is None and text is not None and _short_of_text(replace(e), n) is None:
            waiting.append((e, text))
            continue
        if taking is None or text is None:
            out.append(e)
            continue
        taking.values[-1] = join([taking.values[-1], text])
        taking.under.append(e.line)
    return out + [w for w, _ in waiting]


def _opened_by(entry: _Entry, waiting: list[tuple[_Entry, str]]) -> _Entry:
    """The row ``entry``, its text opened by the text lines ``waiting`` above it."""
    entry.values[-1] = join([*(t for _, t in waiting), entry.values[-1]])
    entry.under += [w.line for w, _ in waiting]
    return entry


def _leading_row(entry: _Entry, waiting: list[tuple[_Entry, str]]) -> _Entry | None:
    """The entry if it is a row printing its label, values and its text's start
    (``split_leading``) and the text lines ``waiting`` above it are full lines of
    that text (each as wide as the start: a line wrapped above its label, not a
    heading's fragment), else None."""
    return entry if entry.leading and entry.label and all(
        width(t) >= width(entry.values[-1]) for _, t in waiting) else None


def _short_of_text(entry: _Entry, n: int) -> _Entry | None:
    """The entry, its text cell opened empty, if it is a row printing all ``n``
    values but the last (a label line ending in them, too); else None."""
    printed = [v for v in entry.values if v]
    if entry.label and not entry.values:
        split = split_row(entry.label, n - 1)
        if not (n > 1 and split.exact and split.label and len(split.values) == n - 1):
            return None
        entry.label, printed = split.label, split.values
    if not entry.label or len(printed) != n - 1:
        return None
    entry.values = [*printed, ""]
    return entry


def _text_line(entry: _Entry, voc: Vocabulary) -> bool:
    """A line of text alone: no values, no row label the edition knows or enumerated."""
    return bool(entry.label) and not entry.values and not voc.is_row_label(entry.label) \
        and not ROW_ENUMERATOR.match(entry.label)


def _word_columns(lines: list[str], n: int, voc: Vocabulary) -> list[str] | None:
    """Headings of ``n`` columns printed a word a column on each header line (a year
    over the rest of its heading wrapped in a narrow column: "2020" / "年实" / "际"),
    each column's words joined down; None unless every line holds ``n`` words and
    the first names ``n`` years."""
    words = [line.split() for line in lines]
    if not words or any(len(w) != n for w in words) \
            or not all(voc.year_token.match(w) for w in words[0]):
        return None
    return [join(header_columns(list(column), voc)) for column in zip(*words, strict=True)]


def _text_column_header(lines: list[PlainLine], table: TextColumnTable,
                        voc: Vocabulary) -> list[list[HeaderCell]]:
    """The header of a table with a text column (``text_column_table``): the label and
    text columns' headings, then each value column's, its year above it ("2025" over
    "approved") where a line above prints one year a value column; or, where the text
    column comes last, an empty label heading before the headings printed."""
    n = table.n
    heads = [piece for _, piece in chunks(lines[-1].indent, lines[-1].text)]
    if table.text_last:
        return [[HeaderCell(c) for c in ["", *heads]]]
    values = heads[2:]
    years = next((ln.text.split() for ln in reversed(lines[:-1])
                  if (ys := ln.text.split()) and len(ys) == len(values)
                  and all(voc.year_token.match(y) for y in ys)), None)
    if years:
        values = [f"{y} {v}" for y, v in zip(years, values, strict=True)]
    cells = [*heads[:2], *values][:n + 2]
    return [[HeaderCell(c) for c in cells + [""] * (n + 2 - len(cells))]]


def _head_note(lines: list[PlainLine], voc: Vocabulary) -> tuple[list[PlainLine], list[str]]:
    """A note printed above the table's header ("Note: The following abbreviations are
    used …", set under the caption): its lines (on its page, at its indent) taken out
    as a note, the table's lines after it kept; else the lines as they are."""
    at = next((k for k, ln in enumerate(lines) if voc.table_note.match(ln.text)), None)
    if at is None or any(holds_values(ln.text) for ln in lines[:at]):
        return lines, []
    first = lines[at]
    end = at + 1
    while end < len(lines) and lines[end].page == first.page \
            and lines[end].indent == first.indent:
        end += 1
    if end == len(lines):
        return lines, []
    return [*lines[:at], *lines[end:]], [" ".join(ln.text for ln in lines[at:end])]


def _lettered_notes(lines: list[PlainLine], pairs: Pairs | None = None) -> int:
    """Where the notes lettered to the table's figures start: the first line after
    the last row of values that opens with a note letter, alone (set raised on a
    line of its own; not the last letter of a word a narrow column broke, "Fourt" /
    "h", ``_word_ended``) or before text opening like a sentence (``_opens_note``:
    "a Excludes …", "a 2024 expenditure reflects …"); in a table without figures,
    the first such line whose letter marks a word above (``_marked_above``);
    ``len(lines)`` where none does."""
    last = max((k for k, ln in enumerate(lines) if holds_values(ln.text)), default=None)
    if last is None:
        return next((k for k in range(1, len(lines)) if _opens_note(lines[k].text)
                     and _marked_above(lines, k, pairs)), len(lines))
    return next((k for k in range(last + 1, len(lines))
                 if _MARKS_ALONE.match(lines[k].text)
                 and not _word_ended(lines, k, pairs)
                 or _opens_note(lines[k].text)),
                len(lines))


def _marked_above(lines: list[PlainLine], k: int, pairs: Pairs | None) -> bool:
    """Whether a line above ``k``, which opens like a lettered note, holds a word
    carrying that note's letter ("materialsa"): a word the document uses only on
    those lines, and without the letter elsewhere too. In a table of prose, with no
    figures to mark, a line opening with a lone letter may be a cell's ("a United
    Nations …"); only its mark set against a word above shows it a note."""
    if pairs is None:
        return False
    mark = lines[k].text.split(maxsplit=1)[0]
    own = word_uses(ln.text for ln in lines[:k])
    return any(len(word) > len(mark) + 1 and word.endswith(mark)
               and pairs.words[bare_word(word)] <= own[bare_word(word)]
               and pairs.words[stem] > own[stem]
               for ln in lines[:k] for word in ln.text.split()
               for stem in [bare_word(word[:-len(mark)])])


def _word_ended(lines: list[PlainLine], k: int, pairs: Pairs | None) -> bool:
    """Whether the letter alone on line ``k`` ends the word the lines above it broke
    off: the line above ends in letters, and with them, or with the last word of a
    line further up through lines of one word each, it is a word the document uses
    ("Fourt" / "h", "compre" / "hensiv" / "e"; ``pairs``: its wording; a mark after
    a figure, "48" / "a", is a note's)."""
    word = lines[k].text
    for above in reversed(lines[max(0, k - BROKEN_MOST):k]):
        words = above.text.split()
        if not (pairs and words and words[-1].isalpha()):
            return False
        word = words[-1] + word
        if pairs.uses[word.lower()]:
            return True
        if len(words) > 1:
            return False
    return False


def _opens_note(text: str) -> bool:
    """Whether a line opens a lettered note: its letter, a space, then text that
    opens like a sentence, not in lower case (a capital, a figure, an ideograph:
    "a Excludes …", "a 不包括…"; "a of the …" goes on a line above)."""
    mark = _NOTE_MARK.match(text)
    return mark is not None and not text[mark.end()].islower()


def _raised_rows(lines: list[PlainLine]) -> list[PlainLine]:
    """Rows of column-aligned text broken at a raised footnote mark put back on one
    line: the extraction sets the row's text up to the mark ("1   a") on one line and
    its values right of it on the next, each piece at its column. The lower line,
    values alone (up to a raised mark of its own) and starting right of the mark, is
    laid into the row line at its column, the mark set against its figure."""
    out: list[PlainLine] = []
    for ln in lines:
        above = out[-1] if out else None
        end = above.indent + len(above.text) if above else 0
        raised = _RAISED_END.search(above.text) if above and ln.indent else None
        if above and raised and ln.page == above.page and ln.indent > end \
                and fewest_values(_RAISED_END.sub("", ln.text)):
            gap, mark = raised.groups()
            text = f"{above.text[:raised.start()]}{mark}{gap}"
            out[-1] = replace(above, text=f"{text}{' ' * (ln.indent - end)}{ln.text}")
        else:
            out.append(ln)
    return out


def _marks_joined(ln: PlainLine) -> PlainLine:
    """A line with the footnote letters set one space after a figure joined to it
    ("641 a" -> "641a", "1 979 a,b" -> "1 979a,b"), as most rows print them. (A
    line of footnote letters alone, a raised mark the extraction set on a line of
    its own, is left out of the table: no cell is made of it.)"""
    text = _MARK_APART.sub("", ln.text)
    return ln if text == ln.text else PlainLine(ln.no, text, ln.page, ln.indent)


def _wrapped_values(lines: list[PlainLine]) -> list[PlainLine]:
    """Row lines whose values go on in lines of values alone below them, on their
    page, joined to those lines (an extraction breaking a row's line after a raised
    footnote mark: "Approved 2025 1 1a" + "– – 2 4b" + "3 3b" + "– 14 … 21"; a mark
    set raised opening the next line, "c – 2 …", goes back to the figure it marks)
    where the row line alone reads as fewer values than the table's column count
    (counted with such rows joined), joined as all of them with the label it reads
    alone (no figure of its own taken into it), and no line below holds
    that many (a row of its own). A table printed a cell per line (up to its last
    line of a label and values, more lines of one value alone than such lines) is
    left as it is."""
    alone = [fewest_values(ln.text) for ln in lines]
    rows = [k for k, ln in enumerate(lines) if not alone[k] and holds_values(ln.text)]
    if not rows or sum(len(v) == 1 for v in alone[:rows[-1]] if v) >= len(rows):
        return lines
    spans: list[tuple[int, int, str, int]] = []
    k = 0
    while k < len(lines):
        text, end, most = lines[k].text, k + 1, 0
        if holds_values(text) and fewest_values(text) is None and not _UNPARTED.search(text):
            while end < len(lines) and lines[end].page == lines[k].page \
                    and (more := _values_below(text, lines[end].text)):
                most = max(most, len(fewest_values(_NOTE_MARK.sub("", lines[end].text)) or []))
                text, end = text + more, end + 1
        if end > k + 1:
            spans.append((k, end, text, most))
        k = end
    if not spans:
        return lines
    joined = {k: text for k, _, text, _ in spans}
    n = column_count([joined.get(k, ln.text) for k, ln in enumerate(lines)])
    out = list(lines)
    for k, end, text, most in reversed(spans):
        whole, first = split_row(text, n), split_row(lines[k].text, n)
        if whole.exact and len(whole.values) == n and not first.exact and most < n \
                and whole.label == first.label:
            out[k:end] = [replace(lines[k], text=text)]
    return out


def _values_below(text: str, below: str) -> str:
    """What a line of values alone under row line ``text`` adds to it: a space and
    its values, its opening footnote mark set against the figure ending ``text``
    ("2" + "c – 2 – 5" is "2c – 2 – 5"); "" when it is no such line."""
    if fewest_values(below):
        return f" {below}"
    mark = _NOTE_MARK.match(below)
    if mark and text[-1:].isdigit() and fewest_values(below[mark.end():]):
        return below.rstrip()[:mark.end() - 1] + " " + below[mark.end():]
    return ""


def _is_prose(lines: list[PlainLine], voc: Vocabulary) -> bool:
    """Whether lines are a table of prose cells: a header of years only on top, no
    line of figures below (dashes are cells; the header repeated on a later page,
    "202" of a heading wrapped in a narrow column, is no row of figures, nor a line
    of a cell ending in years, ``_years_ending``)."""
    years = leading_years([ln.text for ln in lines], voc)
    head = {ln.text for ln in lines[:years]}
    return year_header(year_columns([ln.text for ln in lines[:years]], voc), voc) and not any(
        holds_values(ln.text) and any(c.isdigit() for c in ln.text) and ln.text not in head
        and not _years_ending(ln.text, voc) for ln in lines[years:])


def _years_ending(text: str, voc: Vocabulary) -> bool:
    """Whether the figures a line ends with are all years, bracketed or not, as the
    edition prints them (four digits with no thousands space: a prose cell's
    "resolution 1325 (2000)", "(2025)", never a table's figures, which print a
    thousands space)."""
    figures = []
    for word in reversed(text.split()):
        if not is_numeric(word):
            break
        figures.append(word)
    return bool(figures) and all(voc.year_token.match(w.strip("()")) for w in figures)


def _label_above(entries: list[_Entry], first: int, cut: int, n: int,
                 voc: Vocabulary) -> int:
    """Where the header ends above a first row whose values open their line (its
    label printed on the lines above): the line just above the values is label, and
    so is each line above that fills the label column (measured below) and wraps
    into it, while the lines above still name ``n`` columns."""
    full = _label_column(entries[first:])

    def names(k: int) -> bool:
        return len(header_columns([e.line.text for e in entries[:k]], voc)) >= n

    k = cut - 1 if cut == first and cut > 0 and names(cut - 1) else cut
    while k > 0 and _fills(entries[k - 1].label, full) and names(k - 1):
        k -= 1
    return k


def _year_header_end(before: list[_Entry], voc: Vocabulary) -> int:
    """Where a header with year columns ends: after the run of lines, from the first
    holding a year, that hold one or continue a fragment ("批款" after "2023 年",
    "年批款" after "2023", "(重计费用前)", or inside an open parenthesis), or, no
    wider than the fragment above, go on wrapping it in a narrow column ("年批" +
    "款"; not after a bracketed qualifier, which ends a heading)."""
    end = None
    run = ""
    for k, e in enumerate(before):
        above = before[k - 1].label if k else ""
        year = bool(voc.year_column.match(e.label)) or any(
            voc.year_token.match(t) for t in e.label.split())
        continues = end == k and (e.label.startswith(voc.header_continues_before)
                                  or above.endswith(voc.header_continues_after)
                                  or bool(voc.year_suffix.match(e.label))
                                  or run.count("(") > run.count(")")
                                  or (width(e.label) <= width(above)
                                      and not above.endswith((")", "）"))))
        if year or continues:
            end = k + 1
            run += e.label
        elif end is not None:
            break
    return end or len(before)


def _text_rows(entries: list[_Entry], texts: int, n: int, voc: Vocabulary) -> list[TableRow]:
    """Rows of a table whose first value columns hold text ("说明", "补充信息"),
    before its ``n`` year columns (one per value, printed on one line or one a line;
    figures before the row's last ``n`` end its text): the lines up to a run of
    values are one row, its label
    the known row label (else the first word) that starts it, its text cut into
    ``texts`` cells where a line opens with a word that starts such a cell ("授权：").
    Lines after a row's values that start no known row continue its text cells (a
    row broken by a page, or printed with its values on its first line), their
    first word its label where that goes on to a known label ("人居" + "大会")."""
    rows: list[TableRow] = []
    cols: list[int | None] = []  # each row's first text column width, where measured
    pending: list[_Entry] = []
    more: list[str] = []
    valued = False  # the last entry gave the last row values: more may follow
    for k, e in enumerate(entries):
        if valued and e.values and not e.label:
            rows[-1].filled.extend(e.values)
            continue
        if more and e.values and not e.label and more[-1][-1:] in voc.list_intro:
            more[-1] += " ".join(e.values)  # a count wrapped under its text ("次数：", "0")
            continue
        valued = bool(e.values and (pending or e.label))
        if rows and not pending and not e.values and (
                not _opens_row(entries, k, voc) or _extends_label(rows[-1], e.label, voc)):
            head, _, rest = e.label.partition(" ")
            rest = rest.lstrip()  # column-aligned text keeps the gutter after the label
            if _extends_label(rows[-1], e.label, voc):
                rows[-1].filled[0] += head
                if rest:
                    more.append(rest)
            else:
                more.append(e.label)
            continue
        if more:
            _continue_text(rows[-1], more, texts, voc, cols[-1])
            more = []
        if e.label:
            pending.append(e)
        if not e.values or not pending:
            continue
        first = pending[0].line
        label, body = _row_label(_label_first([p.label for p in pending], entries[k + 1:], voc),
                                 voc)
        at = next((k for k, t in enumerate(body) if k and t.startswith(voc.text_cell_starts)),
                  len(body))
        col = None
        if at == len(body) and body and (cut := _cell_start_inside(body[0], voc)):
            body = [body[0][:cut].rstrip(), body[0][cut:], *body[1:]]
            at, col = 1, width(body[0])
        cells = [join(body[:at]), join(body[at:])] + [""] * (texts - 2)
        rows.append(TableRow(Provenance(first.page, line=first.no),
                             cells=[label, *cells[:texts], *e.values]))
        cols.append(col)
        pending = []
    if more and rows:
        _continue_text(rows[-1], more, texts, voc, cols[-1])
    for row in rows:
        if len(row.filled) > 1 + texts + n:
            extra = row.filled[1 + texts:-n]
            row.filled[texts] = join([row.filled[texts], " ".join(extra)])
            row.filled[1 + texts:] = row.filled[-n:]
    rows += [TableRow(Provenance(p.line.page, line=p.line.no), cells=[p.label]) for p in pending]
    return rows


def _label_first(lines: list[str], below: list[_Entry], voc: Vocabulary) -> list[str]:
    """A row's lines with its label, run into its text with no space between (cells
    printed against each other: "人居大会及社会…", "常驻代表人居大会…" + "委员会 …"), put
    on a line of its own first, where no line opens with a label the edition knows:
    in cells centred in their row the label prints on the line of the values, the
    last; else on the first. The label is the longest known label the line opens
    with, or the start of one that the next line (``below``, after the last) goes
    on with."""
    if any(voc.starts_row_label(t) for t in lines):
        return lines
    for at in (len(lines) - 1, 0):
        after = lines[at + 1] if at + 1 < len(lines) else (below[0].label if below else "")
        if cut := _glued_label(lines[at], after, voc):
            return [lines[at][:cut], *lines[:at], lines[at][cut:], *lines[at + 1:]]
    return lines


def _glued_label(text: str, after: str, voc: Vocabulary) -> int | None:
    """The length of the known row label ``text`` opens with, run into the text after
    it, or of the start of one whose rest opens ``after``; None if there is none."""
    head = text.split()[0] if text.split() else ""
    for cut in range(len(head) - 1, 1, -1):
        if voc.is_row_label(head[:cut]) or any(
                label.startswith(head[:cut]) and after.startswith(label[cut:])
                for label in voc.row_labels if len(label) > cut):
            return cut
    return None


def _opens_row(entries: list[_Entry], k: int, voc: Vocabulary) -> bool:
    """Whether line ``k`` opens a row with a label the edition knows: its first word
    is one or starts one, spelled out by it and the label lines after it (a label
    wrapped in a narrow column) in full or, where a page break cuts it, by two
    characters or more ("常", "驻"; a lone character starting a label is as likely
    a text's last one, "员" of "官" + "员")."""
    words = entries[k].label.split()
    if not words or not voc.starts_row_label(words[0]):
        return False
    if len(words) > 1 or voc.is_row_label(words[0]):
        return True
    spelled = ""
    for e in entries[k:]:
        more = spelled + "".join(e.label.split())
        if e.values or not any(label.startswith(more) for label in voc.row_labels):
            break
        spelled = more
        if voc.is_row_label(spelled):
            return True
    return len(spelled) > 1


def _extends_label(row: TableRow, text: str, voc: Vocabulary) -> bool:
    """Whether the first word of ``text`` continues the row's label toward a row
    label the edition knows (a label wrapped in a narrow column)."""
    words = text.split()
    return bool(words) and any(label.startswith(row.filled[0] + words[0])
                               for label in voc.row_labels)


def _organ_rows(header: list[str], body: list[_Entry], n: int, voc: Vocabulary,
                pairs: Pairs | None) -> list[TableRow] | None:
    """Rows of text without column positions whose header names a text column
    between the label and the ``n`` value columns ("Policymaking organ Additional
    information 2025 approved ..."), a row's line opening that text with a word that
    starts a text cell ("General Assembly Mandate: Articles 10 to 17 ...  175.4
    222.7"): the label is what precedes it; a line opening a field ("Membership: 15
    government officials") is a text row of its own, as the column-aligned reader
    reads it; other lines (but a row of figures, "Total") go on in the text above
    ("... the Security" + "Council dated 31 January 2001 ..."). Where rows print their
    values below their text, on a line of their own (``pdftotext -raw``), the lines
    up to those values are the row's text, fields too, and the lines after them, up
    to a line opening a text cell ("Mandate: …"), the next row's label. Where rows
    print label and text side by side, a line below a row's first line parts
    between the row's label and the text above (``_Beside``). None where the header
    names no text column or no row line opens its text so."""
    words = " ".join(header).split()
    named = any(voc.is_text_column("".join(words[i:j]))
                for i in range(len(words)) for j in range(i + 1, min(i + 4, len(words)) + 1))
    if not named or any(e.line.indent for e in body) or not any(
            (e.values or not e.label.startswith(voc.text_cell_starts))
            and _cell_start_inside(e.label, voc) for e in body):
        return None
    rows: list[TableRow] = []
    body = _skip_repeats(body, header)
    below = any(not e.values and _opens_text(e.label, voc) is not None for e in body)
    owed = False  # the last row's values are still to come, on a line of their own
    label: list[str] = []  # lines of the next row's label, printed above its text
    beside = None if below else _Beside.of(body, voc, pairs)
    for e in body:
        prov = Provenance(e.line.page, line=e.line.no)
        at = _opens_text(e.label, voc)
        field = bool(voc.text_field.match(e.line.text))
        if at is not None and (e.values or below):
            if at and label and rows:  # the row's label is on its line: text above it
                rows[-1].filled[1] = join([rows[-1].filled[1], *label])
                label = []
            head = join([*label, *filter(None, [e.label[:at].strip()])])
            rows.append(TableRow(prov, cells=[head, e.label[at:], *(e.values[-n:] or [""] * n)]))
            owed, label = not e.values, []
            if beside:
                beside.opened(rows[-1], head, e.label[at:])
        elif owed and e.values and not e.label and len(e.values) == n:
            rows[-1].filled[2:] = e.values  # values centred in the row, below its text
            owed = False
        elif beside and rows and (beside.goes_on(rows[-1], e.line.text, voc) or not (
                field or e.values and all(is_value(v) for v in e.values if v))):
            if opened := beside.went_on(rows[-1], e.line.text, voc):
                rows.append(TableRow(prov, cells=["", opened, *[""] * n]))
                beside.texts(rows[-1], opened)
        elif e.values and all(is_value(v) for v in e.values if v) and not field:
            rows.append(TableRow(prov, cells=[e.label, "", *e.values[-n:]]))
        elif rows and owed:
            rows[-1].filled[1] = join([rows[-1].filled[1], e.line.text])
        elif below and not field:
            label.append(e.line.text)
        elif rows and not field:
            rows[-1].filled[1] = join([rows[-1].filled[1], e.line.text])
        else:
            rows.append(TableRow(prov, cells=["", e.line.text, *[""] * n]))
            if beside:
                beside.texts(rows[-1], e.line.text)
    return rows + ([TableRow(Provenance(body[-1].line.page, line=body[-1].line.no),
                             cells=[join(label), "", *[""] * n])] if label else [])


@dataclass
class _Beside:
    """Rows of a table printing a row's label beside its text (``_organ_rows``): the
    widths of the two columns and the document's wording (``beside``), the row
    whose label the lines below go on in and its label's last line, and the row
    whose text they go on in (a field's row, "Membership: 15", printed beside the
    rest of the label above it) and its text's last line."""

    beside: Beside
    labelled: TableRow | None = None
    label: str = ""
    text_row: TableRow | None = None
    text: str = ""

    @classmethod
    def of(cls, body: list[_Entry], voc: Vocabulary, pairs: Pairs | None) -> _Beside | None:
        """The columns measured on the rows' first lines (label, then text) and on
        the lines opening a field; None where no row prints its label so."""
        firsts = [(e.label[:at].strip(), e.label[at:]) for e in body
                  if e.values and (at := _cell_start_inside(e.label, voc))]
        if not firsts:
            return None
        fields = [e.line.text for e in body
                  if not e.values and voc.text_field.match(e.line.text)]
        return cls(Beside(max(width(head) for head, _ in firsts),
                          max(width(t) for t in [*(text for _, text in firsts), *fields]),
                          pairs or Pairs(())))

    def opened(self, row: TableRow, label: str, text: str) -> None:
        """A row's first line: its label's and its text's first lines."""
        self.labelled, self.label = row, label
        self.texts(row, text)

    def texts(self, row: TableRow, text: str) -> None:
        """A line opening the text of ``row``."""
        self.text_row, self.text = row, text

    def goes_on(self, row: TableRow, line: str, voc: Vocabulary) -> bool:
        """Whether a line that reads as a row of values ("pursuant to resolution 1518
        (2003)") or opens as a field ("Cultural Rights Membership: 18 experts") goes on
        in the label of the row above it instead (up to the field)."""
        words = line.split()
        return self.labelled is not None and self.text_row is row and self.beside.goes_on_left(
            words[:self._field_at(words, voc) or len(words)], self.label)

    def _field_at(self, words: list[str], voc: Vocabulary) -> int | None:
        """Where a field opens inside a line's ``words`` after words fitting the label
        column (the last such start: "Cultural Rights" + "Membership: 18 experts")."""
        return next((k for k in range(len(words) - 1, 0, -1) if voc.text_field.match(
            " ".join(words[k:])) and self.beside.fits_left(words[:k], self.label)), None)

    def went_on(self, row: TableRow, line: str, voc: Vocabulary) -> str:
        """A line going on under ``row``: its first words the label's (where a row
        left its label beside the text), the rest ``row``'s text; or, where a field
        opens inside it (``_field_at``), the words before it the label's and the
        field's text returned, for a row of its own."""
        if self.labelled is None or self.text_row is not row:
            self.labelled, self.label = None, ""
            row.filled[1] = join([row.filled[1], line])
            return ""
        words = line.split()
        field = self._field_at(words, voc)
        k = field or self.beside.parted(words, (self.label, self.text))
        if k:
            self.label = " ".join(words[:k])
            self.labelled.filled[0] = join([self.labelled.filled[0], self.label])
        if field:
            return " ".join(words[k:])
        if k < len(words):
            self.text = " ".join(words[k:])
            row.filled[1] = join([row.filled[1], self.text])
        return ""


def _opens_text(text: str, voc: Vocabulary) -> int | None:
    """Where a row's text cell opens in its line: inside it after the label
    (``_cell_start_inside``), or at its start ("Mandate: …", the label printed on the
    lines above); None where it opens none."""
    return 0 if text.startswith(voc.text_cell_starts) else _cell_start_inside(text, voc)


def _cell_start_inside(text: str, voc: Vocabulary) -> int | None:
    """Where a word that starts a text cell ("授权：") opens, after a space, inside
    a row's first line (the row printed a line at a time, cells side by side)."""
    found = [at + 1 for start in voc.text_cell_starts if (at := text.find(" " + start)) > 0]
    return min(found) if found else None


def _continue_text(row: TableRow, lines: list[str], texts: int, voc: Vocabulary,
                   col: int | None = None) -> None:
    """Lines continuing a row's text cells: printed side by side where the first
    cell's width ``col`` was measured (``_cells_side_by_side``); else (after a page
    break) the first cell's unfinished sentence up to the line that ends it, the
    rest the last text cell."""
    if col is not None:
        first, last = _cells_side_by_side(lines, col, voc)
        row.filled[1] = join([row.filled[1], *first])
        row.filled[texts] = join([row.filled[texts], *last])
        return
    at = 0
    if not voc.ends_sentence(row.filled[1]):
        at = next((k + 1 for k, t in enumerate(lines) if voc.ends_sentence(t)), 0)
    for cell, part in ((1, lines[:at]), (texts, lines[at:])):
        if part:
            row.filled[cell] = join([row.filled[cell], *part])


def _cells_side_by_side(lines: list[str], col: int, voc: Vocabulary) -> tuple[list[str], list[str]]:
    """Two text cells printed side by side: each line cut at a gap of two spaces or
    more, else at the last space within the first cell's width ``col`` (after a
    sentence's end if one is there: the first cell's short last line); once the
    first cell's part ends a sentence, whole lines are the second cell's."""
    first: list[str] = []
    last: list[str] = []
    ended = False
    for text in lines:
        parts = _GUTTER.split(text, maxsplit=1)
        if ended:
            last.append(" ".join(parts))
            continue
        if len(parts) == 1 and tight_width(text) > col + _COL_SLACK:
            spaces = [k for k, ch in enumerate(text)
                      if ch == " " and tight_width(text[:k]) <= col + _COL_SLACK]
            ends = [k for k in spaces if voc.ends_sentence(text[:k])]
            at = (ends or spaces)[-1] if ends or spaces else None
            parts = [text[:at], text[at + 1:]] if at is not None else parts
        elif len(parts) == 1 and (cut := _ideographic_stop(text, voc)):
            parts = [text[:cut], text[cut + 1:]]
        first.append(parts[0])
        last += parts[1:]
        ended = voc.ends_sentence(parts[0]) and len(parts) > 1
    return first, last


def _ideographic_stop(text: str, voc: Vocabulary) -> int | None:
    """The space after a full stop of ideographic text inside a line ("…举行。 人居…"),
    which no cell's text holds: the first cell's last sentence ends there and the
    next cell's line goes on after it; None if there is none."""
    return next((k for k in range(1, len(text) - 1) if text[k] == " " and is_cjk(text[k - 1])
                 and voc.ends_sentence(text[:k])), None)


def _row_label(lines: list[str], voc: Vocabulary) -> tuple[str, list[str]]:
    """A row's label and the text lines after it: the leading lines that together
    are a known row label (a label wrapped in a narrow column), or the start of one
    (the label goes on after a page break: "常", "驻" of "常驻代表委员会"), else the
    longest leading words of the first line that are one, else its first word."""
    for k in range(len(lines), 0, -1):
        if voc.is_row_label("".join(lines[:k])):
            return join(lines[:k]), lines[k:]
    for k in range(len(lines), 1, -1):
        if any(label.startswith("".join(lines[:k])) for label in voc.row_labels):
            return join(lines[:k]), lines[k:]
    words = lines[0].split()
    cut = next((k for k in range(len(words), 0, -1)
                if voc.is_row_label(" ".join(words[:k]))), 1)
    rest = " ".join(words[cut:])
    return " ".join(words[:cut]), [rest, *lines[1:]] if rest else lines[1:]


def _year_columns(entries: list[_Entry], voc: Vocabulary) -> int:
    """The number of year columns the header above the first values names (a year
    alone on a line, "2020" over "年实际", is a heading too)."""
    first = next((k for k, e in enumerate(entries) if e.values and not _years_alone(e, voc)),
                 len(entries))
    cols = header_columns([e.line.text for e in entries[:first]], voc)
    return sum(1 for c in cols if voc.year_column.match(c) or voc.year_token.match(c))


def _years_alone(entry: _Entry, voc: Vocabulary) -> bool:
    """A line of years and nothing else (a header line; blanks guessed among them
    where a year stands over each of some columns only; years beyond the columns
    counted may have been read as a label)."""
    words = entry.line.text.split()
    return (not entry.label and any(entry.values)
            and all(voc.year_token.match(v) for v in entry.values if v)) \
        or (len(words) > 1 and all(voc.year_token.match(w) for w in words))


def _years_wrapped(entries: list[_Entry], k: int, voc: Vocabulary) -> bool:
    """Whether line ``k`` reads as values that are years wrapped in narrow columns
    ("202" over "2年", "2 年"): each figure a year or short of one, and the line
    below, word for word, finishes each into a year column's heading (words, not
    the next row's figures)."""
    values = entries[k].values
    below: list[str] = []
    for word in entries[k + 1].line.text.split() if k + 1 < len(entries) else []:
        if below and below[-1].isdigit() and voc.year_suffix.match(word):
            below[-1] += f" {word}"
        else:
            below.append(word)
    return bool(values) and len(below) == len(values) and all(
        re.fullmatch(r"\d{1,4}", v) and not w.isdigit() and voc.year_column.match(v + w)
        for v, w in zip(values, below, strict=True))


def _splits_into(entries: list[_Entry], n: int, voc: Vocabulary) -> bool:
    """Whether every line read with values reads as exactly ``n`` of them (a header
    naming more year columns than the fewest values, "97 100 100" being three); a
    line read as a figure and then words ("... for 152 permanent missions in
    Vienna.", a sentence in a row of words) is no row of values."""
    valued = [e.line.text for e in entries if e.values and not _years_alone(e, voc)
              and all(is_value(v) for v in e.values if v)]
    return bool(valued) and all(split_row(t, n).exact and len(split_row(t, n).values) == n
                                for t in valued)


def _entries(lines: list[PlainLine], voc: Vocabulary, n: int = 0) -> tuple[list[_Entry], int]:
    """Entries of the lines and the number of value columns (``n`` when given): a
    row per line when more lines read as label plus values than there are runs of
    value-only lines, else a cell per line."""
    n = n or column_count([ln.text for ln in lines])
    lines = _join_broken_numbers(lines, n)
    texts = [ln.text for ln in lines]
    alone = [fewest_values(t) for t in texts]
    by_row = sum(1 for t in texts if n and (s := split_row(t, n)).exact and s.label and s.values)
    runs = _value_runs(alone)
    if runs and len(runs) > by_row:
        n = Counter(runs).most_common(1)[0][0]
        cells: list[_Entry] = []
        widest = max((width(t) for t in texts), default=0)
        for ln, vals in zip(lines, alone, strict=True):
            if not vals and cells and not cells[-1].label and _text_open(cells[-1], voc, widest):
                cells[-1].values[-1] = join([cells[-1].values[-1], ln.text])
                cells[-1].under.append(ln)
            elif not vals and not voc.is_row_label(ln.text) and _text_after_values(cells, n, voc):
                cells[-1] = _Entry(ln, "", [*cells[-1].values, ln.text], leading=True)
            else:
                cells.append(_Entry(ln, "", vals) if vals
                             else _cell_entry(ln, n, _labelled(cells), voc))
        return cells, n
    out = []
    widest = max((width(t) for t in texts), default=0)
    owed = 0  # values still to come, on lines of values alone, of the row above
    for k, (ln, vals) in enumerate(zip(lines, alone, strict=True)):
        # a line of values alone: the spaces before it are a gap before its first value
        spaced = " " * ln.indent + ln.text if vals else ln.text
        split = _qualified(ln.text, split_row(spaced, n), n, voc) if n else None
        present = sum(1 for v in split.values if v) if split else 0
        head, rest = (ln.text.split(maxsplit=1) + [""])[:2]
        owed = owed if vals else 0
        if owed and vals:
            out.append(_Entry(ln, "", vals))
            owed -= len(vals)
        elif n and (short := _values_going_on(ln.text, alone[k + 1:], n, voc)):
            out.append(_Entry(ln, short.label, short.values))
            owed = n - len(short.values)
        elif split and split.values and (split.exact or 2 * present >= n):
            out.append(_Entry(ln, split.label, split.values, not split.exact))
        elif vals:
            out.append(_Entry(ln, "", vals))
        elif n and out and out[-1].leading and not out[-1].label \
                and (own := split_leading(ln.text, n)) and own.label:
            # a row of its own: the line above, read as values opening a line below
            # their label, is the text its centred cells print above it
            out.append(_Entry(ln, own.label, own.values, leading=True))
        elif out and _text_open(out[-1], voc, widest) and (
                not out[-1].label or not rest or not all(is_cjk(ch) for ch in head)):
            out[-1].values[-1] = join([out[-1].values[-1], ln.text])
        elif out and _text_open(out[-1], voc, widest):
            out[-1].label += head
            out[-1].values[-1] = join([out[-1].values[-1], rest])
        elif out and (parts := _under_text(out[-1], ln)):
            head, tail = parts
            out[-1].label = join([out[-1].label, head]) if head else out[-1].label
            out[-1].values[-1] = join([out[-1].values[-1], tail])
            out[-1].under.append(ln)
        elif n and (leading := split_leading(ln.text, n, _labelled(out))) \
                and not voc.year_token.match(leading.values[0]):
            out.append(_Entry(ln, leading.label, leading.values, leading=True))
        else:
            out.append(_Entry(ln, ln.text, []))
    for e in out:
        e.values = _added_up(e, n)
    n = _align_blanks(out, n)
    return out, n


def _added_up(entry: _Entry, n: int) -> list[str]:
    """A row's ``n`` values read from its line, figures one space apart taken as
    thousands groups or as numbers of their own the way that makes its last value the
    sum of the others (a row total: ``summed_reading``), where the reading taken is
    no such sum and one as likely is; else its values as read."""
    if len(entry.values) != n or entry.guessed or entry.leading \
            or split_row(entry.line.text, n).values != entry.values:
        return entry.values
    return summed_reading(entry.line.text, n, figure) or entry.values


def _qualified(text: str, split: RowSplit, n: int, voc: Vocabulary) -> RowSplit:
    """A row whose label is a label the edition knows and a comma ("Subtotal,") read
    with the figure after the comma in its label ("Subtotal, 1": the part it totals),
    where the rest still reads as all ``n`` values ("1 325 587.7 401 021.5 …" is
    "Subtotal, 1" and 325 587.7, …); else ``split``."""
    label = split.label
    if not label.endswith(",") or not voc.is_row_label(label[:-1]) or not split.values \
            or not split.values[0]:
        return split
    head = split.values[0].split()[0]
    at = text.index(head, text.index(label) + len(label)) + len(head)
    rest = split_row(text[at:], n)
    if rest.label or not rest.exact or len(rest.values) != n or not all(rest.values):
        return split
    return RowSplit(f"{label} {head}", rest.values, True)


def _values_going_on(text: str, below: list[list[str] | None], n: int,
                     voc: Vocabulary) -> RowSplit | None:
    """A row line read with the fewest values (thousands groups merged) where its
    values, two or more and no year (a label's: "Approved 2025"), go on in the
    lines of values alone below it ("… 2 460.7 2 239.3 (73.8)" + "(16.9)" +
    "(0.8) 2 222.4"), all of them together ``n``; else None."""
    words = text.split()
    tail = len(words)
    while tail and is_numeric(words[tail - 1]):
        tail -= 1
    if tail == len(words):
        return None
    at = len(text) - len(text.lstrip())
    for w in words[:tail]:
        at = text.index(w, at) + len(w)
    own = fewest_values(text[at:])
    count = len(own or [])
    for vals in below:
        if not vals or count >= n:
            break
        count += len(vals)
    if not own or not 2 <= len(own) < n or count != n \
            or any(voc.year_token.match(v) for v in own):
        return None
    split = split_row(text, len(own))
    return split if split.exact and len(split.values) == len(own) else None


def _text_after_values(cells: list[_Entry], n: int, voc: Vocabulary) -> bool:
    """Whether the next line, not values nor a known row label, is the text last
    column of a row printed a cell per line: its label, then values alone, all but
    the last of ``n`` and no year (a header's), as a row per line prints it
    ("82 1 个 USG、…")."""
    return len(cells) > 1 and not cells[-1].label and len(cells[-1].values) == n - 1 > 0 \
        and bool(cells[-2].label) and not cells[-2].values \
        and not voc.year_token.match(cells[-1].values[0])


def _join_broken_numbers(lines: list[PlainLine], n: int) -> list[PlainLine]:
    """Row lines joined to the lines of values after them where a number broke at its
    thousands space ("… 13" + "598.5" + "9.8 …", a narrow cell): the row line ends in
    a figure of one to three digits, the next line of values alone opens with three,
    and joined to it and perhaps more such lines they read as the row's ``n`` values
    (thousands groups merged); or at its closing bracket ("(16.9" + ")")."""
    out: list[PlainLine] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        end = _broken_number_end(lines, k, n)
        if end > k + 1:
            text = " ".join(x.text for x in lines[k:end])
            ln = PlainLine(ln.no, text, ln.page, ln.indent)
        elif k + 1 < len(lines) and (inside := _group_inside(ln, lines[k + 1], n)):
            ln, end = PlainLine(ln.no, inside, ln.page, ln.indent), k + 2
        elif k + 1 < len(lines) and _bracket_below(ln, lines[k + 1]):
            ln, end = PlainLine(ln.no, ln.text + lines[k + 1].text, ln.page, ln.indent), k + 2
        elif around := _figure_around(lines[k:k + 3], n) or _figure_between(lines, k, n):
            *before, ln = around
            out += before
            end = k + 3
        out.append(ln)
        k = max(end, k + 1)
    return out


def _bracket_below(ln: PlainLine, below: PlainLine) -> bool:
    """Whether the closing bracket of a negative figure ending the line ("(16.9") was
    wrapped alone onto the line below (a narrow cell)."""
    return below.text == ")" and below.page == ln.page and bool(_OPEN_FIGURE.search(ln.text))


def _figure_around(lines: list[PlainLine], n: int) -> list[PlainLine] | None:
    """Three lines of a row whose cells are centred, a negative figure wrapped in its
    narrow cell ("(16.9" above the values, ")" below, column-aligned text): the
    figure put in its place on the line of values (where it stands above them,
    the room there blank), which then reads as the row's ``n`` values; None where
    the lines are not so."""
    if len(lines) < 3 or len({ln.page for ln in lines}) > 1:
        return None
    above, row, below = lines
    head = chunks(above.indent, above.text)
    tail = chunks(below.indent, below.text)
    if len(head) < 2 or len(tail) < 2 or tail[-1][1] != ")" \
            or not _OPEN_FIGURE.fullmatch(head[-1][1]):
        return None
    at, figure = head[-1][0], head[-1][1] + ")"
    raw = (" " * row.indent + row.text).ljust(at + len(figure) + 1)
    if abs(tail[-1][0] - at) > len(figure) or raw[max(0, at - 1):at + len(figure) + 1].strip() \
            or len(fewest_values(row.text) or []) != n - 1:
        return None
    raw = (raw[:at] + figure + raw[at + len(figure):]).rstrip()
    if len(fewest_values(raw.strip()) or []) != n:
        return None
    indent = len(raw) - len(raw.lstrip())
    return _figure_moved(above, above.text[:len(above.text) - len(head[-1][1])],
                         replace(row, text=raw.lstrip(), indent=indent), below)


def _figure_between(lines: list[PlainLine], k: int, n: int) -> list[PlainLine] | None:
    """Lines ``k`` to ``k + 2`` as ``_figure_around`` reads them, in text without
    column positions (cells one space apart): the figure ending the label line above
    ("… (16.9"), its bracket ending the one below ("… )"), put among the ``n - 1``
    values of the line between at the one place where more cells of the table add up
    as sums of the rows next to them than at any other (``settled``); None where the
    lines are not so or no place is better than all others."""
    if k + 3 > len(lines) or len({ln.page for ln in lines[k:k + 3]}) > 1:
        return None
    above, row, below = lines[k:k + 3]
    head = _OPEN_FIGURE.search(above.text)
    values = fewest_values(row.text)
    if not head or not head.start() or not below.text.endswith(" )") or not values \
            or len(values) != n - 1:
        return None
    rows = [[] if j == k + 1 else split.values for j, ln in enumerate(lines)
            if j == k + 1 or ((split := split_row(ln.text, n)).exact
                              and len(split.values) == n and all(split.values))]
    at = rows.index([])
    held = [settled([*rows[:at], [*values[:c], head[0] + ")", *values[c:]], *rows[at + 1:]],
                    n, set())[1] for c in range(n)]
    best = max(held)
    if held.count(best) > 1:
        return None
    c = held.index(best)
    return _figure_moved(above, above.text[:head.start()],
                         replace(row, text=" ".join([*values[:c], head[0] + ")", *values[c:]])),
                         below)


def _figure_moved(above: PlainLine, kept: str, row: PlainLine,
                  below: PlainLine) -> list[PlainLine]:
    """The three lines of a row once the negative figure wrapped around it is in its
    place (``row``): the line above keeps ``kept``, the one below loses the bracket."""
    return [replace(above, text=kept.rstrip()), row,
            replace(below, text=below.text[:-1].rstrip())]


def _group_inside(ln: PlainLine, below: PlainLine, n: int) -> str | None:
    """The row line with the thousands group printed alone on the line below put
    back after the head figure it broke from inside the line ("… 13 9.8 …" +
    "598.5": a narrow cell wrapped its figure, the rest printed below): the head
    reads as the one value of one to three digits among values with decimals, and
    the group, with decimals, joined to it leaves ``n`` values; else None."""
    if not (n and ln.page == below.page and _GROUP_FIGURE.match(below.text)
            and "." in below.text and fewest_values(below.text) == [below.text]):
        return None  # the line below first: it is rarely a group alone
    split = split_row(ln.text, n)
    if not (split.exact and split.label):
        return None
    heads = [k for k, v in enumerate(split.values) if re.fullmatch(r"\(?\d{1,3}", v)]
    placed = locate(ln.text, 0, split.values)
    if len(heads) != 1 or placed is None or len(placed.ends) != len(split.values) or not all(
            "." in v or not any(c.isdigit() for c in v)
            for k, v in enumerate(split.values) if k != heads[0]):
        return None
    at = placed.ends[heads[0]]
    text = f"{ln.text[:at]} {below.text}{ln.text[at:]}"
    joined = split_row(text, n)
    return text if joined.exact and len(joined.values) == n else None


def _broken_number_end(lines: list[PlainLine], k: int, n: int) -> int:
    """The index after the lines of values that line ``k`` goes on in (see
    ``_join_broken_numbers``), else ``k``."""
    first = lines[k]
    if not (n and k + 1 < len(lines) and _HEAD_FIGURE.search(first.text)
            and _GROUP_FIGURE.match(lines[k + 1].text) and not fewest_values(first.text)) \
            or _FIELD_FIGURE.search(first.text):
        return k
    text = first.text
    for end in range(k + 1, min(k + 1 + n, len(lines))):
        if lines[end].page != first.page or not fewest_values(lines[end].text):
            break
        text = f"{text} {lines[end].text}"
        split = split_row(text, n)
        fewest = fewest_values(" ".join(split.values)) or []
        if split.exact and split.label and len(split.values) == len(fewest) == n:
            return end + 1
    return k


def _labelled(entries: list[_Entry]) -> bool:
    """Whether a row line must print its own label: unless the line above is a
    label without values (a label wrapped with the values on the line below it)."""
    return not (entries and entries[-1].label and not entries[-1].values)


def _align_blanks(entries: list[_Entry], n: int) -> int:
    """Blanks of rows printing fewer than ``n`` values put under the columns their
    values leave empty, where the text is column-aligned (``text_columns``: its rows
    space values apart by gaps of several widths, some of ``_ALIGNED_GAP`` or more,
    where text spaced evenly or joined by two spaces, ``text_stacked``, shows no
    columns); measured page by page, as each page of column-aligned text has its own
    left margin, on the rows printing all ``n`` (those that may print one more, its
    label's last piece a value, left out where the others suffice). Returns the number
    of columns: one more where rows print a value in a column the others leave blank
    throughout (``_blank_column``)."""
    def located(e: _Entry) -> Placed | None:
        return locate(e.line.text, e.line.indent, e.values)

    wide = {id(e): split for e in entries if (split := _wider(e, n))}
    pages: dict[int, list[tuple[bool, Placed]]] = {}
    for page in dict.fromkeys(e.line.page for e in entries):
        on_page = [e for e in entries if e.line.page == page]
        gaps = {a.gap for e in on_page if e.values for a in atoms(e.line.text)[1:]}
        if len(gaps) >= 2 and max(gaps) >= _ALIGNED_GAP:
            pages[page] = [(id(e) in wide, p) for e in on_page if not e.guessed
                           and len(e.values) == n and all(e.values) and (p := located(e))]
    narrow = {page: [p for w, p in full if not w] for page, full in pages.items()}
    side = table_side(list(narrow.values()), n)
    measured = {page: columns for page, full in pages.items()
                if (columns := value_columns(narrow[page], n, side)
                    or value_columns([p for _, p in full], n, side))}
    for page, columns in measured.items():
        for e in entries:
            if e.line.page == page and e.guessed and (p := located(e)):
                e.values = place(p, columns)
    found = _blank_column([e for e in entries if id(e) in wide], wide, measured, n) \
        if pages else _spacer_after_group(entries, wide, n)
    if found is None:
        return n
    at, wider = found
    for e in entries:
        if id(e) in wider:
            e.label, e.values = wide[id(e)].label, wide[id(e)].values
        elif len(e.values) == n:
            e.values.insert(at, "")
    return n + 1


def _wider(entry: _Entry, n: int) -> RowSplit | None:
    """The entry's line read as a label and ``n + 1`` values, none blank, where read
    as ``n`` its label ends in a value ("Change   –"; not where the values read so
    split a number at its thousands space); None where it does not read so."""
    if not entry.values or not entry.label or not is_numeric(entry.label.split()[-1]):
        return None
    split = split_row(entry.line.text, n + 1)
    return split if split.exact and split.label and all(split.values) else None


def _blank_column(entries: list[_Entry], wide: dict[int, RowSplit], measured: dict[int, Columns],
                  n: int) -> tuple[int, set[int]] | None:
    """A value column that only some rows print (a spacer between column groups where
    a row of changes prints its dash, the other rows nothing): of ``entries``, rows of
    column-aligned text read as ``n + 1`` values (``wide``), those whose values but one
    sit at their own columns' edges and that one between two columns (``extra_value``),
    each at the same place. Its index among the wider columns and those rows' ids;
    None where there is none."""
    wider: set[int] = set()
    places: set[int] = set()
    for e in entries:
        columns = measured.get(e.line.page)
        values = wide[id(e)].values
        p = locate(e.line.text, e.line.indent, values) if columns else None
        if columns and p and len(p.values) == n + 1 \
                and (at := extra_value(p, columns)) is not None and _apart(p, at, e.line.text):
            places.add(at)
            wider.add(id(e))
    return (places.pop(), wider) if len(places) == 1 else None


def _spacer_after_group(entries: list[_Entry], wide: dict[int, RowSplit],
                        n: int) -> tuple[int, set[int]] | None:
    """In text without column positions, a spacer column between column groups that
    only rows of changes print (``wide``: one value more than the other rows, a
    dash): it follows the first group, where every other row printing figures reads
    as groups each closed by its subtotal and a total of those (``_group_ends``). Its
    index among the wider columns and the wider rows' ids; None where no row is
    wider, the rows do not show one first group, or a wider row prints a figure
    there."""
    ends = {_group_ends(e.values) for e in entries
            if len(e.values) == n and id(e) not in wide and any(figure(v) for v in e.values)}
    end = next(iter(ends)) if len(ends) == 1 else None
    if not wide or end is None:
        return None
    at = end + 1
    wider = {id(e) for e in entries if id(e) in wide}
    return (at, wider) if all(figure(wide[k].values[at]) == 0 for k in wider) else None


def _group_ends(values: list[str]) -> int | None:
    """The end of the first group of a row of figures printed by column groups, each
    group closed by its subtotal (the sum of two figures or more before it) and the
    last value the total of the subtotals ("1 1 2 14 ... 5 5 21"); None where the
    row does not read so, or reads so with several first groups."""
    found = [figure(v) for v in values]
    nums = [f for f in found if f is not None]
    if len(nums) < 4 or len(nums) < len(found):
        return None
    def ways(start: int, total: float) -> set[int]:
        """First group ends of the readings of ``nums[start:-1]`` summing to ``total``."""
        if start == len(nums) - 1:
            return {-1} if abs(total - nums[-1]) < 0.05 else set()
        found = set()
        for end in range(start + 2, len(nums) - 1):
            if abs(sum(nums[start:end]) - nums[end]) < 0.05 \
                    and ways(end + 1, total + nums[end]):
                found.add(end)
        return found
    firsts = ways(0, 0.0)
    return firsts.pop() if len(firsts) == 1 else None


def _apart(row: Placed, at: int, text: str) -> bool:
    """Whether the value at ``at`` stands apart: printed whole (not a piece of a
    token read as two, "598.59.8") and, a figure, not one space from a figure beside
    it ("162 152.9", "53 00": pieces of a number; dashes of adjacent columns may be)."""
    tokens = " ".join(row.values).split()
    if tokens != text.split()[-len(tokens):]:
        return False
    def joined(k: int) -> bool:
        return row.starts[k + 1] - row.ends[k] < _GAP_APART \
            and all(any(c.isdigit() for c in v) for v in row.values[k:k + 2])
    return not any(joined(k) for k in (at - 1, at) if 0 <= k < len(row.values) - 1)


def _cell_entry(ln: PlainLine, n: int, labelled: bool, voc: Vocabulary) -> _Entry:
    """A line of a table printed a cell per line that holds no values alone: a label,
    a whole row (label and ``n`` values) printed on one line, or (unless
    ``labelled``) the values and text last column of a row labelled above."""
    split = split_row(ln.text, n)
    if split.exact and split.label and len(split.values) == n:
        return _Entry(ln, split.label, split.values)
    leading = None if labelled else split_leading(ln.text, n, labelled)
    if leading and not leading.label and not voc.year_token.match(leading.values[0]):
        return _Entry(ln, "", leading.values, leading=True)
    return _Entry(ln, ln.text, [])


def _under_text(entry: _Entry, ln: PlainLine) -> tuple[str, str] | None:
    """A line of column-aligned text whose last piece stands under the text last
    column of the row above (read by ``split_leading``: at or right of where that
    text starts), as the rest of the row's label (pieces left of it, "定") and of
    its text; None when the line is not so placed."""
    if not entry.leading:
        return None
    start = entry.line.indent + entry.line.text.rfind(entry.values[-1])
    pieces = chunks(ln.indent, ln.text)
    if start <= entry.line.indent or pieces[-1][0] < start:
        return None
    head = [text for at, text in pieces if at < start]
    tail = [text for at, text in pieces if at >= start]
    return (join(head), join(tail)) if tail else None


def _text_open(entry: _Entry, voc: Vocabulary, widest: int = 0) -> bool:
    """Whether a row whose last column is text stops inside it ("…2 个 GS(OL)、"), or
    its line is the widest of the table's (the text wrapped; in text without column
    positions, which ``_under_text`` reads): the next line carries the rest of its
    text (and of its label, where that opens with ideographs, "定")."""
    last = entry.values[-1] if entry.values else ""
    line = (entry.under or [entry.line])[-1].text
    wrapped = entry.leading and 0 < widest <= width(line) and not _GUTTER.search(line)
    return bool(last) and not is_numeric(last) and (
        last.endswith(voc.text_continues_after) or wrapped)


def _value_runs(lines: list[list[str] | None]) -> list[int]:
    """Value counts of the runs of value-only lines that hold two values or more."""
    runs, run = [], 0
    for vals in [*lines, None]:
        if vals:
            run += len(vals)
        else:
            if run >= 2:
                runs.append(run)
            run = 0
    return runs


def _header_end(before: list[_Entry], voc: Vocabulary, values_at: int | None = None,
                label_at: int | None = None) -> int:
    """How many of the lines above the first values are header: the label lines
    that end them (enumerated, or one token with no year that does not continue
    a header fragment, "(重计费用前)" or "计划" after "2024 年", nor a word wrapped
    in lower case ("Nationa" + "l"), nor close a bracket opened above it, "(重" …
    "前)"; or just above them a line naming the rows, ``_names_rows``; in
    column-aligned text, the lines just above ending left of where the first row's values start
    (``values_at``), or set where its label starts (``label_at``) in one piece, no
    gutter parting headings ("Financial resources by main category of expenditure"
    running on over the first value column), and not going on from a heading above
    in lower case: section rows and wrapped label lines in the label column) are rows,
    and so is a line in lower case under an enumerated one (its label wrapped: "A.
    Facilitation of the … and expert" / "bodies")."""
    cut = len(before)
    labels = True  # the lines below, up to the first row, are all in the label column
    while cut > 0:
        line = before[cut - 1].line
        text = before[cut - 1].label
        toks = text.split()
        above = before[cut - 2].label if cut > 1 else ""
        opened = "".join(e.label for e in before[:cut - 1])
        alone = len(toks) == 1 and not voc.year_column.match(text) and not _continues(text) \
            and text not in voc.group_labels and not text.startswith(voc.header_continues_before) \
            and not above.endswith(voc.header_continues_after) \
            and not (")" in text and opened.count("(") > opened.count(")"))
        in_label = values_at is not None and (
            line.indent + width(line.text) < values_at
            or (line.indent == label_at and not _GUTTER.search(line.text))) \
            and not voc.year_column.match(text) and not _continues(text)
        named = alone or _names_rows(text, voc)
        if not (ROW_ENUMERATOR.match(text) or (named and cut == len(before))
                or (in_label and labels) or _continues(text) and ROW_ENUMERATOR.match(above)):
            break
        labels = labels and in_label
        cut -= 1
    return min(cut, _section_above(before, voc))


def _section_above(before: list[_Entry], voc: Vocabulary) -> int:
    """Where the rows start above the first values at the latest: at the last line
    naming rows (``_names_rows``, "Financial resources") when no line below it names
    columns (``_names_columns``: they are the first row's label, wrapped, "Office of
    the United Nations" over "High Commissioner for Human" over "Rights  246 472.0");
    else after all of ``before``."""
    at = next((k for k in range(len(before) - 1, -1, -1) if _names_rows(before[k].label, voc)),
              len(before))
    return at if not any(_names_columns(e.label, voc) for e in before[at + 1:]) else len(before)


def _names_columns(text: str, voc: Vocabulary) -> bool:
    """Whether a line reads as column headings: years, or words half of which at least
    are headings the edition knows ("approved estimate Variance")."""
    words = text.split()
    known = sum(1 for w in words if w in voc.column_headings or voc.year_token.match(w))
    return "".join(words) in voc.column_headings or 2 * known >= len(words)


def _names_rows(text: str, voc: Vocabulary) -> bool:
    """Whether a line names the rows below it as a list heading does ("General
    Assembly resolutions" over rows labelled by resolution symbols) or a row label
    the edition knows heading a section or group of rows ("Professional and
    higher"): no heading of value columns reads so."""
    words = "".join(text.split())
    return words in voc.section_labels or words in voc.group_rows \
        or (len(text) <= voc.termlist_heading_max_chars and bool(voc.termlist_heading.search(text)))


def _values_start(first: list[_Entry]) -> int | None:
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
    return placed.starts[0] if gap.endswith(" " * _ALIGNED_GAP) else None


def _skip_repeats(entries: list[_Entry], header: list[str]) -> list[_Entry]:
    """Entries without the header repeated on later pages (its first line, then
    the header lines that follow it in order; spacing between words ignored, as
    column-aligned text spaces each page its own way)."""
    if not header:
        return entries
    header = [_words(t) for t in header]
    out: list[_Entry] = []
    k = 0
    while k < len(entries):
        if _words(entries[k].line.text) == header[0]:
            at = 1
            k += 1
            while k < len(entries) and at < len(header) \
                    and _words(entries[k].line.text) in header[at:]:
                at = header.index(_words(entries[k].line.text), at) + 1
                k += 1
            continue
        out.append(entries[k])
        k += 1
    return out


def _words(text: str) -> str:
    """A line with single spaces between its words."""
    return " ".join(text.split())


def _assemble(entries: list[_Entry], n: int, voc: Vocabulary,
              pairs: Pairs | None = None) -> list[TableRow]:
    """Rows from entries: pending label lines take the next run of values."""
    for e in entries:
        e.label = unspaced(e.label)
    state = _Rows(n, _label_column(entries), voc)
    hang = None  # where the text of the last row's numbered label starts (aligned text)
    for e in _join_tails(entries, state.full, n, voc, pairs):
        if e.label:
            if state.values:
                _complete(state)
            hung = hang is not None and not e.values and abs(e.line.indent - hang) <= 1
            if not state.pending and (_continues(e.label) or hung) \
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
                continue
            state.values += e.values
            if len(state.values) >= n:
                _complete(state)
    if state.values:
        _complete(state)
    _sections(state, state.pending)
    return state.rows


def _hanging(entry: _Entry) -> int | None:
    """Where the text of a numbered label printed with its values starts, in
    column-aligned text: a line set there below it, without values, is the end of
    that label wrapped under its number ("4. Coordination meetings … Security  5 10",
    "   Council"), where a section row would start at the number's column."""
    item = _ITEM_NUMBER.match(entry.label)
    if not item or not entry.values or not entry.line.indent:
        return None
    return entry.line.indent + len(item.group(0))


def _label_column(entries: list[_Entry]) -> int:
    """The width of the label column: the widest label printed beside values or
    just above values printed alone, or the (lower) middle width of the labels of
    two lines between rows, the second going on in lower case beside its values
    ("Committee on Missing Persons" over "in Cyprus  694.5"; the middle one, as an
    extraction may run a wrapped cell's lines together)."""
    beside = max((width(_GUTTER.split(e.label)[0]) for k, e in enumerate(entries)
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
    return _continues(label) and not _opens_note(label)


def _join_tails(entries: list[_Entry], full: int, n: int, voc: Vocabulary,
                pairs: Pairs | None = None) -> list[_Entry]:
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
    out: list[_Entry] = []
    first_line = False  # the table sets values on a wrapped label's first line
    k = 0
    while k < len(entries):
        e = entries[k]
        out.append(e)
        k += 1
        if not (e.label and _fills(e.label, full)):
            continue
        if not e.values:
            if not (k < len(entries) and _values_alone(entries[k], n)):
                continue
            out.append(entries[k])
            k += 1
        end = k
        while end < len(entries) and not entries[end].values \
                and entries[end].line.page in (e.line.page, e.line.page + 1) \
                and (_may_wrap(entries[end].label, full, voc) or (
                    end == k and _between_items(e, entries[end:end + 2], full, voc, pairs))) \
                and (entries[end].line.page == e.line.page or not _repeated(entries, end, voc)):
            end += 1
        if end > k and end < len(entries) and (_starts_row(entries[end], full, voc) or (
                first_line and bool(entries[end].label and entries[end].values)
                and not _fills(entries[end - 1].label, full))):
            e.label = join([e.label, *(x.label for x in entries[k:end])])
            k = end
            first_line = True
    return out


def _between_items(row: _Entry, below: list[_Entry], full: int, voc: Vocabulary,
                   pairs: Pairs | None) -> bool:
    """Whether the line under a numbered row's line, though opening with a capital,
    is the rest of its label: the item after it is numbered next, and the document
    prints the row's last word and the line's first together elsewhere ("4.
    Coordination meetings of ... Peace and Security  5 10 6 9", "Council", "5.
    Meetings of ...": "Security Council"; not a heading between two items)."""
    item = _ITEM_NUMBER.match(row.label)
    nxt = _ITEM_NUMBER.match(below[-1].label) if len(below) == 2 else None
    tail = below[0].label
    if not (item and nxt and tail and pairs) or int(nxt.group(1)) != int(item.group(1)) + 1:
        return False
    met = (_GUTTER.split(row.label)[0].split()[-1].lower(), tail.split()[0].lower())
    return pairs.counts[met] > 0 and width(tail) <= _WRAP_MAX * full \
        and not ROW_ENUMERATOR.match(tail) and not voc.is_row_label(tail) \
        and tail[-1] not in voc.list_intro


def _repeated(entries: list[_Entry], k: int, voc: Vocabulary) -> bool:
    """Whether line ``k`` may be a header's, repeated on its page: it names a year,
    or the table printed it before."""
    text = entries[k].label
    return any(voc.year_column.match(w) or voc.year_token.match(w) for w in text.split()) \
        or any(e.label == text for e in entries[:k])


def _values_alone(entry: _Entry, n: int) -> bool:
    """Whether a line holds a row's values (at least half of its ``n`` columns, the
    rest blanks) and nothing else."""
    return not entry.label and 2 * len(entry.values) >= n


def _fills(label: str, full: int) -> bool:
    """Whether a label line is as wide as the label column (it wrapped)."""
    return _WRAP_SHARE * full <= width(_GUTTER.split(label)[0]) <= _WRAP_MAX * full


def _may_wrap(label: str, full: int, voc: Vocabulary) -> bool:
    """Whether a value-less line can be the rest of a wrapped label: not wider than
    the column, not enumerated or known, not opening with a capital (a new label
    in a cased script) nor ending as a list's introduction ("Meetings of:")."""
    return bool(label) and width(label) <= _WRAP_MAX * full and not ROW_ENUMERATOR.match(label) \
        and not voc.is_row_label(label) and not label[0].isupper() \
        and label[-1] not in voc.list_intro


def _starts_row(entry: _Entry, full: int, voc: Vocabulary) -> bool:
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
    room = _values_start(state.pending[-1:]) if k else None  # asked only above a line
    while k > 0 and (_wraps(state.pending[k - 1].label, state.pending[k].label, state,
                            upper=not _enumerated_run(state.pending[:k]))
                     or (room is not None and _wraps_aligned(state.pending[k - 1],
                                                             state.pending[-1], room, state.voc))):
        k -= 1
    _sections(state, state.pending[:k])
    own, state.pending = state.pending[k:], []
    values = values[:state.n]
    row = TableRow(Provenance(own[0].line.page, line=own[0].line.no),
                   cells=[join(e.label for e in own), *([""] * (state.n - len(values))),
                          *values], guessed_blanks=len(values) < state.n)
    state.rows.append(row)
    state.last_valued = row


def _enumerated_run(lines: list[_Entry]) -> bool:
    """Whether the last of ``lines`` is an enumerated label's line: enumerated, or
    going on (in lower case) from lines going up to one that is. Such a label may
    run wider than the label column (over the columns its values leave free)."""
    k = len(lines) - 1
    while k > 0 and _continues(lines[k].label):
        k -= 1
    return bool(ROW_ENUMERATOR.match(lines[k].label))


def _wraps_aligned(above: _Entry, row: _Entry, values_at: int, voc: Vocabulary) -> bool:
    """In column-aligned text, whether a label line above a row's values is one more
    line of its wrapped label: set at the row's indent on its page, ending left of
    where the row's values start (``values_at``: in the label column), neither a
    label the edition knows (a section row) nor enumerated, nor ending as a sentence;
    the row's own label not enumerated (it starts there)."""
    return above.line.indent == row.line.indent and above.line.page == row.line.page \
        and above.line.indent + width(above.line.text) < values_at \
        and not voc.is_row_label(above.label) and not ROW_ENUMERATOR.match(above.label) \
        and not voc.ends_sentence(above.label) and not voc.is_row_label(row.label) \
        and not ROW_ENUMERATOR.match(row.label)


def _sections(state: _Rows, pending: list[_Entry]) -> None:
    """Label lines without values: runs that wrap into each other become one
    section row; values printed before them (page break) are theirs."""
    groups: list[list[_Entry]] = []
    for e in pending:
        if groups and _wraps(groups[-1][-1].label, e.label, state, upper=False):
            groups[-1].append(e)
        else:
            groups.append([e])
    for group in groups:
        values, state.orphans = state.orphans, []
        first = group[0].line
        cells = [""] * state.n
        if len(values) == state.n:
            cells = values
        state.rows.append(TableRow(Provenance(first.page, line=first.no),
                                   cells=[join(e.label for e in group), *cells]))


def _wraps(above: str, below: str, state: _Rows, upper: bool = True) -> bool:
    """Whether label line ``below`` continues ``above``: neither a row label the
    edition knows, ``below`` not enumerated, and
    ``above`` is as wide as the label column (wider only when enumerated, as a
    row's first line, not a section heading, may be; or ``below`` starts in lower
    case)."""
    if ROW_ENUMERATOR.match(below) or state.voc.is_row_label(above) \
            or state.voc.is_row_label(below):
        return False
    full = state.full
    wide = width(above) >= _WRAP_SHARE * full and (
        not upper or width(above) <= _WRAP_MAX * full or bool(ROW_ENUMERATOR.match(above)))
    return wide or _continues(below)


def _continues(text: str) -> bool:
    """A line that reads as the rest of a wrapped label: it starts in lower case."""
    return text[:1].islower()


def _fit(cols: list[str], n: int, voc: Vocabulary) -> list[str]:
    """Header cells made ``n``: wrapped fragments joined to the cell before them
    (a fragment that opens with a year starts a cell of its own), shortest first;
    missing cells left blank."""
    cols = list(cols)
    while len(cols) > n:
        joinable = [k for k in range(1, len(cols)) if not voc.year_column.match(cols[k])] \
            or list(range(1, len(cols)))
        k = min(joinable, key=lambda j: (len(cols[j]) + len(cols[j - 1]), j))
        cols[k - 1:k + 1] = [cols[k - 1] + cols[k]]
    return cols + [""] * (n - len(cols))
