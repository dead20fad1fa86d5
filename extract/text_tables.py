"""Tables of a flat text extraction.

A table is a caption ("表 15.9", title, unit), one or more parts each with a
header, and rows. Header cells come one fragment per line ("2022 年", "支出"),
rows as label plus values joined by spaces, long labels wrapped over several lines
with the values on the last one, and the header repeated where the table crossed
a page. Tables whose header is only years hold wrapped prose in every column.
Text columns of one row come one after another on each page, so a row crossing
a page is dealt out again page by page. An annex table without caption is known
by its header row; all its columns hold text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import HeaderCell, Provenance, Table, TablePart, TableRow
from .table_core import spanned_header
from .text_lines import SrcLine, block_text
from .text_values import RowSplit, is_numeric, is_value, split_leading, split_row
from .text_vocab import Vocabulary
from .text_year_headings import year_column_start, year_pieces

_ENUMERATOR = re.compile(r"^(?:[A-Z]|\d{1,2})\.\s")
_MERGED_SPACER = 4


@dataclass
class _Header:
    """A parsed header: its rows, the number of grid columns, whether the first
    column holds row labels, and the first printed line (to spot repeats)."""

    rows: list[list[HeaderCell]]
    ncols: int
    has_label: bool
    first_line: str


@dataclass
class _Body:
    """Rows being collected for one table part."""

    n: int
    voc: Vocabulary
    rows: list[TableRow] = field(default_factory=list)
    pending: list[SrcLine] = field(default_factory=list)
    after_repeat: bool = False
    warnings: list[str] = field(default_factory=list)
    text_row: _TextRow | None = None


@dataclass
class _TextRow:
    """A row with text columns, kept with its lines page by page so that lines
    continuing it after a repeated header can be dealt out again."""

    row: TableRow
    pages: list[list[SrcLine]]
    count: int


def ends_table(ln: SrcLine, voc: Vocabulary, n: int) -> bool:
    """Whether a line cannot belong to a body of ``n`` value columns: a caption,
    a numbered paragraph, a footnote separator, or a heading (indented, one
    trailing space, no values)."""
    if hard_end(ln, voc):
        return True
    if ln.indent < 2 or ln.trailing != 1 or voc.table_note.match(ln.text):
        return False
    return not _has_values(split_row(ln.text, n), n)


def hard_end(ln: SrcLine, voc: Vocabulary) -> bool:
    """Lines that end any table or chart: a caption, a numbered paragraph, a
    footnote separator."""
    text = ln.text
    return bool(voc.table_caption.match(text) or voc.figure_caption.match(text)
                or is_numbered_paragraph(ln, voc) or voc.footnote_separator.match(text))


def is_numbered_paragraph(ln: SrcLine, voc: Vocabulary) -> bool:
    """An indented line starting with a paragraph number ("15.82 …"), not a row
    of numbers ("718.4 718.4")."""
    return (ln.indent >= 1 and bool(voc.paragraph_number.match(ln.text))
            and not all(is_numeric(a) for a in ln.text.split()))


def _has_values(split: RowSplit, n: int) -> bool:
    """Whether a split found the row's values: all of them, or most with blanks."""
    present = sum(1 for v in split.values if v)
    return bool(split.values) and (split.exact or 2 * present >= n)


def read_table(lines: list[SrcLine], i: int, voc: Vocabulary) -> tuple[Table, int, list[str]]:
    """Read the table whose caption is ``lines[i]``; return it, the index after
    it and warnings."""
    start = i
    caption = [caption_number(lines[i].text, voc)]
    i += 1
    title, i = _title(lines, i, voc)
    caption += [title] if title else []
    if i < len(lines) and is_unit(lines[i].text, voc):
        caption.append(lines[i].text)
        i += 1
    parts: list[TablePart] = []
    notes: list[str] = []
    warnings: list[str] = []
    label = None
    while i < len(lines):
        if voc.table_part_label.match(lines[i].text):
            label = lines[i].text
            i += 1
        header, i = _read_header(lines, i, voc)
        rows, i, more = _read_body(lines, i, header, voc, warnings)
        parts.append(TablePart(label, header.rows, rows))
        if i < len(lines) and voc.table_note.match(lines[i].text):
            note, i = block_text(lines, i)
            notes.append(note)
        if not more:
            break
    return Table(caption, parts, _provenance(lines[start:i]), notes), i, warnings


def read_headed_table(lines: list[SrcLine], i: int, voc: Vocabulary) -> tuple[Table, int]:
    """Read a table without caption from its header row ``lines[i]`` (its
    number and title come from the heading above it). Every column holds text;
    it ends before a top-level heading or a hard end."""
    start, header = i, lines[i].text
    i += 1
    taken: list[SrcLine] = []
    while i < len(lines) and not (hard_end(lines[i], voc) or voc.is_top_heading(lines[i].text)):
        if not lines[i].spacer and lines[i].text != header:
            taken.append(lines[i])
        i += 1
    cols = header.split()
    part = TablePart(None, [[HeaderCell(c) for c in cols]], _text_rows(taken, len(cols), voc))
    return Table([], [part], _provenance(lines[start:i])), i


def _text_rows(lines: list[SrcLine], ncols: int, voc: Vocabulary) -> list[TableRow]:
    """Rows of a text-only table. An indented block that is no sentence is a
    section row; a row's label is its short lines up to its first sentence, the
    blocks after go to the other columns; a short block after them starts a row."""
    rows: list[TableRow] = []
    current: list[list[SrcLine]] = []
    for group in _groups(lines):
        sentence = voc.ends_sentence(_join(group))
        section = group[0].indent >= 2 and not sentence
        if current and (section or (not sentence and _label_size(current, voc) < len(current))):
            rows.append(_text_row(current, ncols, voc))
            current = []
        if section:
            rows.append(TableRow(Provenance(group[0].page, line=group[0].no), span=_join(group)))
        else:
            current.append(group)
    return rows + ([_text_row(current, ncols, voc)] if current else [])


def _label_size(groups: list[list[SrcLine]], voc: Vocabulary) -> int:
    """Number of blocks of a text row that make its label: up to its first sentence."""
    return next((k + 1 for k, g in enumerate(groups) if voc.ends_sentence(_join(g))),
                len(groups))


def _text_row(groups: list[list[SrcLine]], ncols: int, voc: Vocabulary) -> TableRow:
    """A text-only row: label blocks, then one block per column, the rest in the last."""
    texts = [_join(g) for g in groups]
    k = _label_size(groups, voc)
    rest = texts[k:]
    cols = [*rest[:ncols - 2], "\n".join(rest[ncols - 2:])]
    cells = ["\n".join(texts[:k]), *cols]
    first = groups[0][0]
    return TableRow(Provenance(first.page, line=first.no),
                    cells=cells + [""] * (ncols - len(cells)))


def caption_number(text: str, voc: Vocabulary) -> str:
    """Caption first line as its word and number with one space between
    ("表15.9" -> "表 15.9", "Table 15.1" unchanged)."""
    m = voc.table_caption.match(text)
    return f"{text[:m.start(1)].strip()} {m.group(1)}" if m else text


def is_unit(text: str, voc: Vocabulary) -> bool:
    """A unit line under a caption ("(千美元)"), not a part label."""
    return bool(voc.unit_line.match(text)) and not voc.table_part_label.match(text)


def _title(lines: list[SrcLine], i: int, voc: Vocabulary) -> tuple[str, int]:
    """The title line(s) after a caption, up to the line that closes."""
    if i >= len(lines) or is_unit(lines[i].text, voc) or lines[i].spacer:
        return "", i
    return block_text(lines, i)


def _provenance(lines: list[SrcLine]) -> list[Provenance]:
    """One provenance per page the lines occupy, at the first line on that page."""
    seen: dict[int, int] = {}
    for ln in lines:
        seen.setdefault(ln.page, ln.no)
    return [Provenance(page=p, line=no) for p, no in seen.items()]


def _read_header(lines: list[SrcLine], i: int, voc: Vocabulary) -> tuple[_Header, int]:
    """Read header lines up to a spacer line or an indented first row."""
    frags: list[str] = []
    group = None
    empty_label = False
    first_line = ""
    while i < len(lines):
        ln = lines[i]
        if ln.spacer:
            i += 1
            if frags:
                break
            empty_label = empty_label or group is not None or not first_line
            continue
        if frags and (ln.indent >= _MERGED_SPACER or hard_end(ln, voc)):
            break
        first_line = first_line or ln.text
        if not frags and group is None and ln.text in voc.group_labels:
            group = ln.text
        else:
            empty_label = empty_label or (not frags and ln.indent > 0)
            frags += year_pieces(ln.text.split(), voc)
        i += 1
    return _build_header(_columns(frags, voc), group, empty_label, first_line, voc), i


def _columns(frags: list[str], voc: Vocabulary) -> list[str]:
    """Join fragments that continue each other into column texts: a fragment after
    one ending so runs on unspaced ("New/" + "expanded"), one opening so after the
    edition's gap ("2024" + "(actual)": "2024 (actual)"; "年估计" + "(重计费用前)")."""
    cols: list[str] = []
    joining = False
    for frag in frags:
        if cols and joining:
            cols[-1] += frag
        elif cols and frag.startswith(voc.header_continues_before):
            cols[-1] += voc.header_before_gap + frag
        else:
            cols.append(frag)
        joining = frag.endswith(voc.header_continues_after)
    return cols


def header_columns(texts: list[str], voc: Vocabulary) -> list[str]:
    """Column texts from header lines (group labels left out), fragments that
    continue each other joined."""
    frags = [f for t in texts if t not in voc.group_labels for f in year_pieces(t.split(), voc)]
    return _columns(frags, voc)


def build_header(cols: list[str], group: str | None, voc: Vocabulary,
                 stub: str = "") -> list[list[HeaderCell]]:
    """Header rows of value columns ``cols`` under the label column's heading ``stub``
    (empty where the text prints none), ``group`` spanning the run of non-year
    columns after the first year column."""
    return _build_header(cols, group, True, "", voc, stub).rows


def _build_header(cols: list[str], group: str | None, empty_label: bool, first_line: str,
                  voc: Vocabulary, stub: str = "") -> _Header:
    """Header rows; a group label spans the run of non-year columns after the
    first year column (``empty_label``: ``cols`` are the value columns', the label
    column's heading is ``stub``)."""
    label_less = not empty_label and bool(cols) and all(year_column_start(c, voc) for c in cols)
    cells = cols if label_less or not empty_label else [stub, *cols]
    has_label = not label_less
    run = _group_run(cells[1:] if has_label else cells, voc) if group else []
    offset = 1 if has_label else 0
    groups = [(range(run[0] + offset, run[-1] + offset + 1), group or "")] if run else []
    return _Header(spanned_header(cells, groups), len(cells), has_label, first_line)


def _group_run(values: list[str], voc: Vocabulary) -> list[int]:
    """Indexes of the non-year columns that follow the first year column."""
    years = [i for i, c in enumerate(values) if year_column_start(c, voc)]
    if not years:
        return []
    run: list[int] = []
    for i in range(years[0] + 1, len(values)):
        if year_column_start(values[i], voc):
            if run:
                break
            continue
        run.append(i)
    return run


def _read_body(lines: list[SrcLine], i: int, header: _Header, voc: Vocabulary,
               warnings: list[str]) -> tuple[list[TableRow], int, bool]:
    """Read rows up to the end of the part; ``more`` when another part follows."""
    if not header.has_label:
        return _read_prose_columns(lines, i, header.ncols, voc)
    body = _Body(header.ncols - 1, voc, warnings=warnings)
    more = repeated = False
    while i < len(lines):
        ln = lines[i]
        if ln.spacer:
            i += 1
            continue
        # The line right after a repeated header continues the table even when
        # it looks like a heading (one closing line of a wrapped cell).
        ended = hard_end(ln, voc) if repeated else ends_table(ln, voc, body.n)
        if ended or voc.table_note.match(ln.text):
            break
        if voc.table_part_label.match(ln.text):
            more = True
            break
        repeated = ln.text == header.first_line
        if repeated:
            _, i = _read_header(lines, i, voc)
            _flush(body)
            body.after_repeat = True
            continue
        _take_line(body, ln)
        i += 1
    _flush(body)
    return body.rows, i, more


def _take_line(body: _Body, ln: SrcLine) -> None:
    """Add one body line: a complete row, values for pending label lines, a
    label-only row, or one more line of a wrapped label."""
    split = split_row(ln.text, body.n)
    if _has_values(split, body.n):
        if split.label and body.pending and _starts_row(ln):
            _flush(body)
        if not split.label and not body.pending:
            body.warnings.append(f"line {ln.no}: values without a row label dropped")
            return
        _add_row(body, ln, split)
        return
    if ln.trailing >= 2:
        _flush(body)
        _add_text_row(body, [ln])
        return
    if body.pending and _starts_row(ln):
        _flush(body)
    leading = None if body.pending else split_leading(ln.text, body.n)
    if leading:
        body.rows.append(TableRow(Provenance(ln.page, line=ln.no), cells=[leading.label,
                                                                         *leading.values]))
        return
    body.pending.append(ln)


def _starts_row(ln: SrcLine) -> bool:
    """Whether a line begins a new row rather than continuing a wrapped label."""
    return ln.indent > 0 or bool(_ENUMERATOR.match(ln.text))


def _add_row(body: _Body, ln: SrcLine, split: RowSplit) -> None:
    """Emit a row from pending label lines plus this line's label and values.
    Values missing after pending text lines are text columns."""
    lines = body.pending
    first = lines[0] if lines else ln
    body.pending = []
    values = [v for v in split.values if v]
    row = TableRow(Provenance(first.page, line=first.no))
    if lines and not split.exact and not split.label:
        body.text_row = _TextRow(row, [lines], body.n - len(values))
        row.cells = [*_text_columns(body.text_row.pages, body.text_row.count), *values]
    else:
        row.cells = [_join(lines) + split.label if lines else split.label, *split.values]
        row.guessed_blanks = not split.exact
    body.rows.append(row)


def _text_columns(pages: list[list[SrcLine]], count: int) -> list[str]:
    """Split a row's lines into a short label (first token) and ``count`` text
    columns. On each page the extraction prints the columns one after another:
    a page continuing a row starts with the first column still open (or the
    last column), and each column gets its lines on that page."""
    pages = [[SrcLine(p[0].no, p[0].raw.lstrip(), p[0].page), *p[1:]] for p in pages]
    head, _, rest = pages[0][0].raw.partition(" ")
    pages[0][0] = SrcLine(pages[0][0].no, rest.lstrip(), pages[0][0].page)
    columns: list[list[SrcLine]] = [[] for _ in range(count)]
    for k, page in enumerate(pages):
        start = 0 if k == 0 else next((c for c, col in enumerate(columns)
                                       if col and not col[-1].closes), count - 1)
        groups = _page_groups(page, count - start, continued=k + 1 < len(pages))
        for c, group in enumerate(groups, start):
            columns[c] += group
    return [head, *["\n".join(_blocks(col)) for col in columns]]


def _page_groups(lines: list[SrcLine], count: int, continued: bool) -> list[list[SrcLine]]:
    """Deal one page's lines of a row to ``count`` columns: one block each, the
    rest in the last. When the row continues on the next page and its first
    block is longer than the rest, the first column ran to the foot of the page
    and the next column's first block is glued to it; both columns then fill
    the page, the first at least as far as the others."""
    cuts = [k + 1 for k, ln in enumerate(lines) if ln.closes][:count - 1]
    if continued and cuts and 2 * cuts[0] > len(lines):
        cuts[0] = (len(lines) + 1) // 2
    bounds = [0, *cuts] + [len(lines)] * (count - len(cuts))
    return [lines[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _blocks(lines: list[SrcLine]) -> list[str]:
    """Texts of the blocks of ``lines`` (see ``_groups``)."""
    return [_join(group) for group in _groups(lines)]


def _groups(lines: list[SrcLine]) -> list[list[SrcLine]]:
    """Group lines into blocks ending at lines that close."""
    out: list[list[SrcLine]] = [[]]
    for ln in lines:
        out[-1].append(ln)
        if ln.closes:
            out.append([])
    return [group for group in out if group]


def _join(lines: list[SrcLine]) -> str:
    """Join wrapped lines as printed: no space added between them."""
    return "".join(ln.raw for ln in lines).strip()


def _flush(body: _Body) -> None:
    """Emit pending label lines that got no values: after a repeated header they
    continue the previous row's text columns, else they form a text row."""
    if not body.pending:
        return
    lines, body.pending = body.pending, []
    text_row = body.text_row
    if body.after_repeat and text_row and body.rows and text_row.row is body.rows[-1]:
        text_row.pages.append(lines)
        cells = text_row.row.cells or []
        cells[:text_row.count + 1] = _text_columns(text_row.pages, text_row.count)
        body.after_repeat = False
        return
    body.after_repeat = False
    _add_text_row(body, lines)


def _add_text_row(body: _Body, lines: list[SrcLine]) -> None:
    """A row with text only: full-width when it reads as a sentence, else a label
    with blank cells."""
    text = _join(lines)
    prov = Provenance(lines[0].page, line=lines[0].no)
    if body.voc.ends_sentence(text):
        body.rows.append(TableRow(prov, span=text))
    else:
        body.rows.append(TableRow(prov, cells=[text] + [""] * body.n))


def _read_prose_columns(lines: list[SrcLine], i: int, n: int,
                        voc: Vocabulary) -> tuple[list[TableRow], int, bool]:
    """Rows of a table without label column: wrapped prose, one block per cell
    (a leading printed value such as "—" is a cell of its own)."""
    taken: list[SrcLine] = []
    while i < len(lines) and not ends_table(lines[i], voc, n):
        if not lines[i].spacer:
            taken.append(lines[i])
        i += 1
    if not taken:
        return [], i, False
    cells = _leading_value(taken[0]) + _blocks(_drop_leading_value(taken))
    while len(cells) > n:
        k = min(range(1, len(cells)), key=lambda j: (len(cells[j]), j))
        cells[k - 1:k + 1] = [cells[k - 1] + "\n" + cells[k]]
    cells += [""] * (n - len(cells))
    return [TableRow(Provenance(taken[0].page, line=taken[0].no), cells=cells)], i, False


def _leading_value(ln: SrcLine) -> list[str]:
    """A dash printed before the first prose cell is a cell of its own ("— 埃塞…");
    a leading number is part of the prose ("10 个城市…")."""
    head = ln.text.split(maxsplit=1)
    return [head[0]] if len(head) == 2 and is_value(head[0]) and not any(
        c.isdigit() for c in head[0]) else []


def _drop_leading_value(lines: list[SrcLine]) -> list[SrcLine]:
    if not _leading_value(lines[0]):
        return lines
    rest = lines[0].text.split(maxsplit=1)[1] + (" " if lines[0].closes else "")
    return [SrcLine(lines[0].no, rest, lines[0].page), *lines[1:]]
