"""Rows of a table with text columns, read without value columns to measure.

A table printing no values (a word list), a text column last ("Number Details"),
text columns before its year columns ("说明", "补充信息") or a row's label beside
its text (an organ's list) is read a row at a time: a row opens at its label (a
label the edition knows, or the start of a text cell, "授权："), cells printed side
by side are told apart at the first cell's width, a gap or an ideographic stop,
and text lines above or under a row go in its text cell.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .model import HeaderCell, Provenance, TablePart, TableRow
from .text_beside import Beside
from .text_columns import TextColumnTable, filled
from .text_grid_entries import GUTTER, Entry, Paging, PlainLine
from .text_grid_header import skip_repeats
from .text_grid_rows import ROW_ENUMERATOR
from .text_lines import blank_between
from .text_prose import chunks
from .text_sidebyside import Pairs
from .text_tables import header_columns
from .text_values import NOTE_MARKS, is_value, split_leading, split_row
from .text_vocab import Vocabulary
from .text_wrap import join, tight_width
from .text_year_headings import is_year
from .textnorm import is_cjk, width

# Display width a line of a text cell may run over its column's measured width
# (half-width figures set among ideographs).
_COL_SLACK = 2
# A footnote mark set against the punctuation that ends a line ("12 D-2,a").
_MARKED_STOP = re.compile(rf"(?<=[^\w\s])(?:{NOTE_MARKS})$")


def word_list(label: str | None, lines: list[PlainLine], voc: Vocabulary,
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
        if above and full(above) and not voc.ends_sentence(above.text)\
                and not ROW_ENUMERATOR.match(ln.text) and not voc.opens_row_label(ln.text)\
                and not any(GUTTER.search(x.text) for x in (above, ln)):
            rows[-1].filled[0] = join([rows[-1].filled[0], ln.text])
        else:
            rows.append(TableRow(Provenance(ln.page, line=ln.no), cells=[ln.text]))
    return TablePart(label, header, rows)


def headings_text_last(lines: list[PlainLine], voc: Vocabulary) -> tuple[list[str], int]:
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


def text_last_rows(lines: list[PlainLine], n: int, voc: Vocabulary) -> list[TableRow]:
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


def text_below(entries: list[Entry], n: int, voc: Vocabulary) -> list[Entry]:
    """Under a header whose last column is text, a row printing all its values but
    that text (beside its label, or at the end of its label line in text printed a
    cell per line), whose next lines hold no values, has its text on those lines (up
    to a line with values, a known row label or an enumerated one; a figure opening
    such a line is the text's, "1 个 USG"): the entries with those lines taken into
    its last cell. Lines of text that no row above takes, just above such a row
    (or one printing its text's start after its values), begin its text (a row
    whose cells are centred prints its text around its label)."""
    out: list[Entry] = []
    taking: Entry | None = None  # the row whose text the lines are
    waiting: list[tuple[Entry, str]] = []  # text lines no row above took
    for e in entries:
        text = e.label if _text_line(e, voc) else " ".join(e.values) if e.leading\
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


def _opened_by(entry: Entry, waiting: list[tuple[Entry, str]]) -> Entry:
    """The row ``entry``, its text opened by the text lines ``waiting`` above it."""
    entry.values[-1] = join([*(t for _, t in waiting), entry.values[-1]])
    entry.under += [w.line for w, _ in waiting]
    return entry


def _leading_row(entry: Entry, waiting: list[tuple[Entry, str]]) -> Entry | None:
    """The entry if it is a row printing its label, values and its text's start
    (``split_leading``) and the text lines ``waiting`` above it are full lines of
    that text (each as wide as the start: a line wrapped above its label, not a
    heading's fragment), else None."""
    return entry if entry.leading and entry.label and all(
        width(t) >= width(entry.values[-1]) for _, t in waiting) else None


def _short_of_text(entry: Entry, n: int) -> Entry | None:
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


def _text_line(entry: Entry, voc: Vocabulary) -> bool:
    """A line of text alone: no values, no row label the edition knows or enumerated."""
    return bool(entry.label) and not entry.values and not voc.is_row_label(entry.label)\
        and not ROW_ENUMERATOR.match(entry.label)


def word_columns(lines: list[str], n: int, voc: Vocabulary) -> list[str] | None:
    """Headings of ``n`` columns printed a word a column on each header line (a year
    over the rest of its heading wrapped in a narrow column: "2020" / "年实" / "际"),
    each column's words joined down; None unless every line holds ``n`` words and
    the first names ``n`` years."""
    words = [line.split() for line in lines]
    if not words or any(len(w) != n for w in words)\
            or not all(is_year(w, voc) for w in words[0]):
        return None
    return [join(header_columns(list(column), voc)) for column in zip(*words, strict=True)]


def text_column_header(lines: list[PlainLine], table: TextColumnTable,
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
                  and all(is_year(y, voc) for y in ys)), None)
    if years:
        values = [f"{y} {v}" for y, v in zip(years, values, strict=True)]
    cells = [*heads[:2], *values][:n + 2]
    return [[HeaderCell(c) for c in cells + [""] * (n + 2 - len(cells))]]


def text_rows(entries: list[Entry], texts: int, n: int, voc: Vocabulary) -> list[TableRow]:
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
    pending: list[Entry] = []
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
        if at == len(body) and body and (cut := cell_start_inside(body[0], voc)):
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


def _label_first(lines: list[str], below: list[Entry], voc: Vocabulary) -> list[str]:
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


def _opens_row(entries: list[Entry], k: int, voc: Vocabulary) -> bool:
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


def organ_rows(header: list[str], body: list[Entry], n: int, voc: Vocabulary,
                pairs: Pairs | None, paging: Paging) -> list[TableRow] | None:
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
    between the row's label and the text above (``_Beside``). Where a table prints a
    cell a line, a row's label is the line above its text cell, which opens its line
    and ends in the row's values ("Security Council", then "Mandate: …  95.9  95.9"),
    and a line after empty lines (a row's empty cells, ``paging``: in text without
    page breaks) opens a text row of its own.
    None where the header names no text column or no row line opens its text so."""
    words = " ".join(header).split()
    named = any(voc.is_text_column("".join(words[i:j]))
                for i in range(len(words)) for j in range(i + 1, min(i + 4, len(words)) + 1))
    if not named or any(e.line.indent for e in body):
        return None
    body = skip_repeats(body, header, voc)
    if (fields := _fields_then_values(body, n, voc)) is not None:
        return fields
    if not any((e.values or not e.label.startswith(voc.text_cell_starts))
               and cell_start_inside(e.label, voc) or _text_cell_below(body, k, voc, valued=True)
               for k, e in enumerate(body)):
        return None
    rows: list[TableRow] = []
    below = any(not e.values and _opens_text(e.label, voc) is not None for e in body)
    owed = False  # the last row's values are still to come, on a line of their own
    label: list[str] = []  # lines of the next row's label, printed above its text
    beside = None if below else _Beside.of(body, voc, pairs)
    for k, e in enumerate(body):
        prov = Provenance(e.line.page, line=e.line.no)
        at = _opens_text(e.label, voc)
        field = bool(voc.text_field.match(e.line.text))
        valued = _row_values(e, n) if paging is Paging.UNPAGED else bool(e.values)
        if not (field or valued or at is not None) and _text_cell_below(body, k, voc, valued=True):
            label.append(e.line.text)  # the label above its row's text, a cell a line
        elif at is not None and (e.values or below):
            if at and label and rows:  # the row's label is on its line: text above it
                rows[-1].filled[1] = join([rows[-1].filled[1], *label])
                label = []
            head = join([*label, *filter(None, [e.label[:at].strip()])])
            # figures read before the row's last n values end its text ("1612 (2005)")
            text = join([e.label[at:], *e.values[:-n]])
            rows.append(TableRow(prov, cells=[head, text, *(e.values[-n:] or [""] * n)]))
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
        elif rows and not field and not (paging is Paging.UNPAGED and _after_gap(body, k)):
            rows[-1].filled[1] = join([rows[-1].filled[1], e.line.text])
        else:
            rows.append(TableRow(prov, cells=["", e.line.text, *[""] * n]))
            if beside:
                beside.texts(rows[-1], e.line.text)
    return rows + ([TableRow(Provenance(body[-1].line.page, line=body[-1].line.no),
                             cells=[join(label), "", *[""] * n])] if label else [])


def _fields_then_values(body: list[Entry], n: int, voc: Vocabulary) -> list[TableRow] | None:
    """Rows of a table printed a cell a line whose text cell holds a field a
    paragraph ("Mandate: …", "Membership: …", "Number of sessions in 2026: 1") and
    whose values follow its last field (read on that field's line): the line above
    a text cell's first line, which holds no values, is the row's label, the lines
    from there to the one ending in the row's values its text; a line ending in
    values with no text cell under it is a row of values ("Total"). None unless
    every line so reads and a row has such a text cell."""
    rows: list[TableRow] = []
    k = 0
    while k < len(body):
        e = body[k]
        opens = _text_cell_below(body, k, voc, valued=False)
        end = next((j for j in range(k + 1, len(body)) if body[j].values), None) if opens else k
        if end is None or not e.label or not opens and not _row_values(e, n, more=True):
            return None
        last = body[end]
        text = [*(x.line.text for x in body[k + 1:end]), last.label, *last.values[:-n]] \
            if opens else []
        rows.append(TableRow(Provenance(e.line.page, line=e.line.no),
                             cells=[e.line.text if opens else e.label, join(filter(None, text)),
                                    *last.values[-n:]]))
        k = end + 1
    return rows if any(row.filled[1] for row in rows) else None


def _row_values(entry: Entry, n: int, more: bool = False) -> bool:
    """Whether a line (a cell a line, in text without page breaks) ends in a row's
    ``n`` values: figures a label holds (a resolution and its year, "resolution
    1566 (2004)"; "751 (1992) concerning Somalia") read as more values, or as
    values with words among them, are none. (An extractor's text may wrap such a
    label, its figures then the end of a line of its own.) ``more``: values read
    before the last ``n`` are allowed (the text's own figures, as words)."""
    got = len(entry.values)
    return (got >= n if more else got == n) and all(is_value(v) for v in entry.values[-n:])


def _after_gap(body: list[Entry], k: int) -> bool:
    """Whether empty lines stand between ``body[k]`` and the line before it."""
    return k > 0 and blank_between(body[k - 1].line, body[k].line)


def _text_cell_below(body: list[Entry], k: int, voc: Vocabulary, valued: bool) -> bool:
    """Whether the entry after ``body[k]`` is a row's text cell opening its line
    ("Mandate: …"), with the row's values on it (``valued``) or none."""
    return k + 1 < len(body) and bool(body[k + 1].values) == valued\
        and body[k + 1].label.startswith(voc.text_cell_starts)


@dataclass
class _Beside:
    """Rows of a table printing a row's label beside its text (``organ_rows``): the
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
    def of(cls, body: list[Entry], voc: Vocabulary, pairs: Pairs | None) -> _Beside | None:
        """The columns measured on the rows' first lines (label, then text) and on
        the lines opening a field; None where no row prints its label so."""
        firsts = [(e.label[:at].strip(), e.label[at:]) for e in body
                  if e.values and (at := cell_start_inside(e.label, voc))]
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
        (2003)", "... and 2253 (2015)") goes on in the label of the row above it
        instead, or in its label and its text; a line opening a field after words
        fitting the label column ("Cultural Rights Membership: 18 experts") does (up
        to the field: a field opens a line of the text cell, so what precedes it is
        the label's). A line that is a field from its first word ("Membership: 3
        Member States") is the text's, whatever the label above leaves unfinished
        (pdfplumber sets a wrapped label's lines between the fields beside them)."""
        if self.labelled is None or self.text_row is not row:
            return False
        words = line.split()
        if self._field_at(words, voc) is not None:
            return True
        return not voc.text_field.match(line) and (
            self.beside.goes_on_left(words, self.label)
            or self.beside.goes_on_beside(words, (self.label, self.text)))

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
    (``cell_start_inside``), or at its start ("Mandate: …", the label printed on the
    lines above); None where it opens none."""
    return 0 if text.startswith(voc.text_cell_starts) else cell_start_inside(text, voc)


def cell_start_inside(text: str, voc: Vocabulary) -> int | None:
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
        parts = GUTTER.split(text, maxsplit=1)
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
