"""A table's lines read as entries: a label, a run of values, or both.

``text_grid`` reads a table from its lines; here each line (``PlainLine``) becomes an
entry (``Entry``): its label and the values the line prints, with a number broken
over two lines (at its thousands space, before its ")" or around a figure moved
apart) joined first, blank cells of column-aligned text told from the columns'
gaps, and a text last column's lines wrapped under the row kept with it.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass, field, replace
from enum import Enum

from .text_across import read_across
from .text_columnar import figure, settled
from .text_columns import Columns, Placed, extra_value, locate, place, table_side, value_columns
from .text_prose import chunks
from .text_values import (
    RowSplit,
    atoms,
    column_count,
    fewest_values,
    is_numeric,
    split_leading,
    split_read,
    split_row,
    summed_reading,
    values_of,
)
from .text_vocab import Vocabulary
from .text_wrap import join
from .text_year_headings import is_year
from .textnorm import is_cjk, width

# Column-aligned text: a run of spaces this wide ends a label's own text.
GUTTER = re.compile(r"\s{2,}")
# A figure that may head a number broken at its thousands space, and the group after.
_HEAD_FIGURE = re.compile(r"(?<!\S)\(?\d{1,3}$")
_GROUP_FIGURE = re.compile(r"^\d{3}(?:\.\d+)?\)?(?:\s|$)")
# A figure after a colon ending a line: a field's value ("Number of sessions in 2026:
# 3"), not the head of a number broken at its thousands space.
_FIELD_FIGURE = re.compile(r":\s+\(?\d{1,3}$")
# A figure in an opening bracket ending a line, its closing bracket not printed.
_OPEN_FIGURE = re.compile(r"(?<!\S)\(\d[\d.]*$")
# Spaces before a row's values that show column-aligned text.
ALIGNED_GAP = 3
# Spaces that part two figures of adjacent columns (one space parts a number's groups).
_GAP_APART = 2
# Readings of a row of figures as column groups past which none is trusted.
_READINGS = 1024


class Paging(Enum):
    """Whether a text breaks its pages (form feeds). A word processor's plain text
    (``UNPAGED``) breaks none and prints each table cell whole on a line of its own;
    an extractor's text of a PDF (``PAGED``) wraps a cell's text over lines."""

    PAGED = "paged"
    UNPAGED = "unpaged"


@dataclass(frozen=True, slots=True)
class PlainLine:
    """One non-empty input line: number, text without surrounding spaces, page, and
    the spaces before its text (column-aligned text only)."""

    no: int
    text: str
    page: int
    indent: int = 0


def table_parts(body: list[PlainLine], voc: Vocabulary,
                cuts: Container[int] = ()) -> list[list[PlainLine]]:
    """A table's lines cut into its parts: before each line that labels a part ("(2)
    Extrabudgetary"), and before the lines at ``cuts``."""
    starts = [k for k in range(len(body))
              if k == 0 or k in cuts or voc.table_part_label.match(body[k].text)]
    return [body[a:b] for a, b in zip(starts, [*starts[1:], len(body)], strict=False)]


def one_page(lines: list[PlainLine]) -> bool:
    """Whether ``lines`` lie on one page (or there are none): many readers of what
    a page break does have nothing to do then."""
    return all(ln.page == lines[0].page for ln in lines)


def spaced_text(ln: PlainLine) -> str:
    """A line's text, its spacing made single (as a header line is compared)."""
    return " ".join(ln.text.split())


@dataclass
class Entry:
    """A line read as a label, a run of values, or both (row per line)."""

    line: PlainLine
    label: str
    values: list[str]
    guessed: bool = False
    leading: bool = False  # values read before a text last column (``split_leading``)
    under: list[PlainLine] = field(default_factory=list)  # lines wrapped into that text


def read_entries(lines: list[PlainLine], voc: Vocabulary, paging: Paging,
                 n: int = 0) -> tuple[list[Entry], int]:
    """Entries of the lines and the number of value columns (``n`` when given): a
    row per line when more lines read as label plus values than there are runs of
    value-only lines, else a cell per line (in text without page breaks, a line with
    values alone under it opens a row, its label: never the rest of a text cell
    above)."""
    n = n or column_count([ln.text for ln in lines])
    lines = _join_broken_numbers(lines, n)
    texts = [ln.text for ln in lines]
    alone = [fewest_values(t) for t in texts]
    by_row = sum(1 for t in texts if n and (s := split_read(t, n)).exact and s.label and s.values)
    runs = _value_runs(alone)
    if runs and len(runs) > by_row:
        n = Counter(runs).most_common(1)[0][0]
        cells: list[Entry] = []
        widest = max((width(t) for t in texts), default=0)
        for k, (ln, vals) in enumerate(zip(lines, alone, strict=True)):
            if not vals and cells and not cells[-1].label and _text_open(cells[-1], voc, widest)\
                    and not (paging is Paging.UNPAGED and k + 1 < len(alone) and alone[k + 1]):
                cells[-1].values[-1] = join([cells[-1].values[-1], ln.text])
                cells[-1].under.append(ln)
            elif not vals and not voc.is_row_label(ln.text) and _text_after_values(cells, n, voc):
                cells[-1] = Entry(ln, "", [*cells[-1].values, ln.text], leading=True)
            else:
                cells.append(Entry(ln, "", vals) if vals
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
            out.append(Entry(ln, "", vals))
            owed -= len(vals)
        elif n and vals and _run_completes(alone, k, n):
            out.append(Entry(ln, "", vals))
            owed = n - len(vals)
        elif n and (short := _values_going_on(ln.text, alone[k + 1:], n, voc)):
            out.append(Entry(ln, short.label, short.values))
            owed = n - len(short.values)
        elif paging is Paging.UNPAGED and _year_closes_label(split, alone[k + 1:k + 2], voc):
            out.append(Entry(ln, ln.text, []))
        elif split and split.values and (split.exact or 2 * present >= n):
            out.append(Entry(ln, split.label, split.values, not split.exact))
        elif vals:
            out.append(Entry(ln, "", vals))
        elif n and out and out[-1].leading and not out[-1].label\
                and (own := split_leading(ln.text, n)) and own.label:
            # a row of its own: the line above, read as values opening a line below
            # their label, is the text its centred cells print above it
            out.append(Entry(ln, own.label, own.values, leading=True))
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
        elif n and (leading := split_leading(ln.text, n, _labelled(out)))\
                and not is_year(leading.values[0], voc):
            out.append(Entry(ln, leading.label, leading.values, leading=True))
        else:
            out.append(Entry(ln, ln.text, []))
    rows = []
    for e in out:
        e.values, as_split = _added_up(e, n)
        rows.append((e.line.text, e.values, as_split))
    read = read_across(rows, n)
    for e, values in zip(out, read, strict=True):
        e.values = values
    n = _align_blanks(out, n, voc)
    return out, n


def _as_split(entry: Entry, n: int) -> bool:
    """Whether an entry's values are all ``n`` that its line reads, as split (no blank
    guessed, no value read before a text column, none read again since)."""
    return len(entry.values) == n and not entry.guessed and not entry.leading\
        and split_read(entry.line.text, n).values == entry.values


def _year_closes_label(split: RowSplit | None, below: list[list[str] | None],
                       voc: Vocabulary) -> bool:
    """Whether a line read as a label and one value, a year, is a label closing on its
    year ("Approved for 2025") over a line of values alone: in text printing a cell a
    line (no page breaks), the row's values are on the lines below."""
    return bool(split and split.label and len(split.values) == 1
                and is_year(split.values[0], voc) and below and below[0])


def _added_up(entry: Entry, n: int) -> tuple[list[str], bool]:
    """A row's ``n`` values read from its line, figures one space apart taken as
    thousands groups or as numbers of their own the way that makes its last value the
    sum of the others (a row total: ``summed_reading``), where the reading taken is
    no such sum and one as likely is; else its values as read. With them, whether
    they are all ``n`` that its line reads as split (``_as_split``, told here: the
    values read again are, only where they are the split's after all)."""
    if not _as_split(entry, n):
        return entry.values, False
    summed = summed_reading(entry.line.text, n, figure)
    if summed is None:
        return entry.values, True
    return summed, split_read(entry.line.text, n).values == summed


def _qualified(text: str, split: RowSplit, n: int, voc: Vocabulary) -> RowSplit:
    """A row whose label is a label the edition knows and a comma ("Subtotal,") read
    with the figure after the comma in its label ("Subtotal, 1": the part it totals),
    where the rest still reads as all ``n`` values ("1 325 587.7 401 021.5 …" is
    "Subtotal, 1" and 325 587.7, …); else ``split``."""
    label = split.label
    if not label.endswith(",") or not voc.is_row_label(label[:-1]) or not split.values\
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
    if not below or not below[0]:
        return None  # no line of values alone goes on: its own would be all n
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
    if not own or not 2 <= len(own) < n or count != n\
            or any(is_year(v, voc) for v in own):
        return None
    split = split_row(text, len(own))
    return split if split.exact and len(split.values) == len(own) else None


def _run_completes(alone: list[list[str] | None], k: int, n: int) -> bool:
    """Whether the lines of values alone from ``alone[k]`` on, each fewer than ``n``,
    are one row's ``n`` values together ("–" over "20 30 30": a wrapped label's row
    whose extraction gives the value printed at the top of its cell a line of its
    own, the others on one line at its foot, two or more; not a value a line, as an
    extraction prints a table cell by cell), their blanks then no guess."""
    count = lines = 0
    for vals in itertools.islice(alone, k, None):
        if not vals or len(vals) >= n or count >= n:
            break
        count += len(vals)
        lines += 1
    return lines >= 2 and count == n and len(alone[k + lines - 1] or ()) >= 2


def _text_after_values(cells: list[Entry], n: int, voc: Vocabulary) -> bool:
    """Whether the next line, not values nor a known row label, is the text last
    column of a row printed a cell per line: its label, then values alone, all but
    the last of ``n`` and no year (a header's), as a row per line prints it
    ("82 1 个 USG、…")."""
    return len(cells) > 1 and not cells[-1].label and len(cells[-1].values) == n - 1 > 0\
        and bool(cells[-2].label) and not cells[-2].values\
        and not is_year(cells[-1].values[0], voc)


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
    if len(lines) < 3 or not lines[2].text.rstrip().endswith(")")\
            or not one_page(lines):
        return None  # (the bracket below first: most lines end otherwise)
    above, row, below = lines
    head = chunks(above.indent, above.text)
    tail = chunks(below.indent, below.text)
    if len(head) < 2 or len(tail) < 2 or tail[-1][1] != ")"\
            or not _OPEN_FIGURE.fullmatch(head[-1][1]):
        return None
    at, figure = head[-1][0], head[-1][1] + ")"
    raw = (" " * row.indent + row.text).ljust(at + len(figure) + 1)
    if abs(tail[-1][0] - at) > len(figure) or raw[max(0, at - 1):at + len(figure) + 1].strip()\
            or len(values_of(row.text) or ()) != n - 1:
        return None
    raw = (raw[:at] + figure + raw[at + len(figure):]).rstrip()
    if len(values_of(raw.strip()) or ()) != n:
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
    if k + 3 > len(lines) or not lines[k + 2].text.endswith(" )")\
            or not one_page(lines[k:k + 3]):
        return None  # (the bracket below first: most lines end otherwise)
    above, row, below = lines[k:k + 3]
    head = _OPEN_FIGURE.search(above.text)
    values = fewest_values(row.text)
    if not head or not head.start() or not values or len(values) != n - 1:
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
            and _GROUP_FIGURE.match(lines[k + 1].text) and not values_of(first.text))\
            or _FIELD_FIGURE.search(first.text):
        return k
    text = first.text
    for end in range(k + 1, min(k + 1 + n, len(lines))):
        if lines[end].page != first.page or not values_of(lines[end].text):
            break
        text = f"{text} {lines[end].text}"
        split = split_row(text, n)
        fewest = fewest_values(" ".join(split.values)) or []
        if split.exact and split.label and len(split.values) == len(fewest) == n:
            return end + 1
    return k


def _labelled(entries: list[Entry]) -> bool:
    """Whether a row line must print its own label: unless the line above is a
    label without values (a label wrapped with the values on the line below it)."""
    return not (entries and entries[-1].label and not entries[-1].values)


def _align_blanks(entries: list[Entry], n: int, voc: Vocabulary) -> int:
    """Blanks of rows printing fewer than ``n`` values put under the columns their
    values leave empty, where the text is column-aligned (``text_columns``: its rows
    space values apart by gaps of several widths, some of ``ALIGNED_GAP`` or more,
    where text spaced evenly or joined by two spaces, ``text_stacked``, shows no
    columns); measured page by page, as each page of column-aligned text has its own
    left margin, on the rows printing all ``n`` (those that may print one more, its
    label's last piece a value, left out where the others suffice). Returns the number
    of columns: one more where rows print a value in a column the others leave blank
    throughout (``_blank_column``, ``_spacer_after_group``), and one more for each
    later spacer that follows (``_later_spacers``, its groups as the header prints
    them: ``_header_subtotals``)."""
    def located(e: Entry) -> Placed | None:
        return locate(e.line.text, e.line.indent, e.values)

    wide = {id(e): split for e in entries if (split := _wider(e, n))}
    pages: dict[int, list[tuple[bool, Placed]]] = {}
    for page in dict.fromkeys(e.line.page for e in entries):
        on_page = [e for e in entries if e.line.page == page]
        gaps = {a.gap for e in on_page if e.values for a in atoms(e.line.text)[1:]}
        if len(gaps) >= 2 and max(gaps) >= ALIGNED_GAP:
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
    found = _blank_column([e for e in entries if id(e) in wide], wide, measured, n)\
        if pages else _spacer_after_group(entries, wide, n)
    if found is None:
        return n
    at, wider = found
    later = _later_spacers(entries, wide, at, n, _header_subtotals(entries, voc))
    for e in entries:
        if id(e) in wider:
            e.label, e.values = wide[id(e)].label, wide[id(e)].values
        elif len(e.values) == n:
            e.values.insert(at, "")
        else:
            continue
        for k, end in enumerate(later):
            e.values.insert(end + 2 + k, "")
    return n + 1 + len(later)


def _wider(entry: Entry, n: int) -> RowSplit | None:
    """The entry's line read as a label and ``n + 1`` values, none blank, where read
    as ``n`` its label ends in a value ("Change   –"; not where the values read so
    split a number at its thousands space); None where it does not read so."""
    if not entry.values or not entry.label or not is_numeric(entry.label.split()[-1]):
        return None
    split = split_row(entry.line.text, n + 1)
    return split if split.exact and split.label and all(split.values) else None


def _blank_column(entries: list[Entry], wide: dict[int, RowSplit], measured: dict[int, Columns],
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
        if columns and p and len(p.values) == n + 1\
                and (at := extra_value(p, columns)) is not None and _apart(p, at, e.line.text):
            places.add(at)
            wider.add(id(e))
    return (places.pop(), wider) if len(places) == 1 else None


def _spacer_after_group(entries: list[Entry], wide: dict[int, RowSplit],
                        n: int) -> tuple[int, set[int]] | None:
    """In text without column positions, a spacer column between column groups that
    only rows of changes print (``wide``: one value more than the other rows, a
    dash): it follows the first group, where every other row printing figures reads
    as groups each closed by its subtotal and a total of those (``_group_readings``). Its
    index among the wider columns and the wider rows' ids; None where no row is
    wider, the rows do not show one first group, or a wider row prints a figure
    there."""
    if not wide:
        return None  # (most tables: no need to read their rows' groups)
    ends = {_first_end(_group_readings(e.values)) for e in _figure_rows(entries, wide, n)}
    end = next(iter(ends)) if len(ends) == 1 else None
    if end is None:
        return None
    at = end + 1
    wider = {id(e) for e in entries if id(e) in wide}
    return (at, wider) if all(figure(wide[k].values[at]) == 0 for k in wider) else None


def _figure_rows(entries: list[Entry], wide: dict[int, RowSplit], n: int) -> list[Entry]:
    """The rows of ``n`` values, none wider, that print a figure other than nil."""
    return [e for e in entries
            if len(e.values) == n and id(e) not in wide and any(figure(v) for v in e.values)]


def _later_spacers(entries: list[Entry], wide: dict[int, RowSplit], at: int,
                   n: int, header: list[int]) -> list[int]:
    """Where a spacer column follows the first column group (``at``, among ``n``
    values), the ends of the later groups but the last, which a spacer follows too:
    a table that sets its groups apart so does it between every pair (Word's posts
    tables), though a spacer no row fills prints nothing to show it (LibreOffice;
    the PDF reader adds them by the gaps between its header's group rules). The
    groups are those every row of figures reads alike (each closed by its subtotal,
    the last value their total), as many as the header prints subtotal headings
    where it prints any (``header``); where nils leave the later groups' ends in
    doubt, those that lie as far from the first group's as the header's subtotal
    headings lie from its first (the last group's end is the total's place, whatever
    a heading wrapped in that group does); none where the rows and header leave them
    in doubt."""
    common: set[tuple[int, ...]] | None = None
    for e in _figure_rows(entries, wide, n):
        readings = _group_readings(e.values)
        if readings is None:
            return []
        common = readings if common is None else common & readings
    found = {reading for reading in common or () if reading[0] + 1 == at}
    if header:
        found = {reading for reading in found if len(reading) == len(header)}
    if len({reading[1:-1] for reading in found}) > 1:
        found = {reading for reading in found if all(
            reading[k] - reading[0] == header[k] - header[0] for k in range(1, len(header) - 1))}
    laters = {reading[1:-1] for reading in found}
    return list(laters.pop()) if len(laters) == 1 else []


def _header_subtotals(entries: list[Entry], voc: Vocabulary) -> list[int]:
    """The places of the subtotal headings among the headings of the header lines
    (those above the first row of values), in the order the text gives them: its
    words, a post grade of two ("GS (OL)") one heading."""
    first = next((k for k, e in enumerate(entries) if e.values), len(entries))
    heading = re.compile(rf"{voc.post_grade}|\S+")
    words = [m.group() for e in entries[:first] for m in heading.finditer(e.line.text)]
    return [k for k, word in enumerate(words) if word in voc.subtotal_columns]


def _first_end(readings: set[tuple[int, ...]] | None) -> int | None:
    """The end of the first group where all ``readings`` agree on it, else None."""
    firsts = {reading[0] for reading in readings or ()}
    return firsts.pop() if len(firsts) == 1 else None


def _group_readings(values: list[str]) -> set[tuple[int, ...]] | None:
    """The readings of a row of figures printed by column groups, each group closed
    by its subtotal (the sum of two figures or more before it) and the last value the
    total of the subtotals ("1 1 2 14 ... 5 5 21"): each the indexes of the groups'
    subtotals; none where a value is no figure or the row is too short to read so,
    None where more than ``_READINGS`` read so (a long run of nils: no reading holds)."""
    found = [figure(v) for v in values]
    nums = [f for f in found if f is not None]
    if len(nums) < 4 or len(nums) < len(found):
        return set()
    readings: set[tuple[int, ...]] = set()
    def ways(start: int, total: float, ends: tuple[int, ...]) -> bool:
        """Adds the readings of ``nums[start:-1]`` after ``ends`` summing with
        ``total`` to the last value; False once there are too many."""
        if start == len(nums) - 1:
            if abs(total - nums[-1]) < 0.05:
                readings.add(ends)
            return len(readings) <= _READINGS
        return all(ways(end + 1, total + nums[end], (*ends, end))
                   for end in range(start + 2, len(nums) - 1)
                   if abs(sum(nums[start:end]) - nums[end]) < 0.05)
    return readings if ways(0, 0.0, ()) else None


def _apart(row: Placed, at: int, text: str) -> bool:
    """Whether the value at ``at`` stands apart: printed whole (not a piece of a
    token read as two, "598.59.8") and, a figure, not one space from a figure beside
    it ("162 152.9", "53 00": pieces of a number; dashes of adjacent columns may be)."""
    tokens = " ".join(row.values).split()
    if tokens != text.split()[-len(tokens):]:
        return False
    def joined(k: int) -> bool:
        return row.starts[k + 1] - row.ends[k] < _GAP_APART\
            and all(any(c.isdigit() for c in v) for v in row.values[k:k + 2])
    return not any(joined(k) for k in (at - 1, at) if 0 <= k < len(row.values) - 1)


def _cell_entry(ln: PlainLine, n: int, labelled: bool, voc: Vocabulary) -> Entry:
    """A line of a table printed a cell per line that holds no values alone: a label,
    a whole row (label and ``n`` values) printed on one line, or (unless
    ``labelled``) the values and text last column of a row labelled above."""
    split = split_row(ln.text, n)
    if split.exact and split.label and len(split.values) == n:
        return Entry(ln, split.label, split.values)
    leading = None if labelled else split_leading(ln.text, n, labelled)
    if leading and not leading.label and not is_year(leading.values[0], voc):
        return Entry(ln, "", leading.values, leading=True)
    return Entry(ln, ln.text, [])


def _under_text(entry: Entry, ln: PlainLine) -> tuple[str, str] | None:
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


def _text_open(entry: Entry, voc: Vocabulary, widest: int = 0) -> bool:
    """Whether a row whose last column is text stops inside it ("…2 个 GS(OL)、"), or
    its line is the widest of the table's (the text wrapped; in text without column
    positions, which ``_under_text`` reads): the next line carries the rest of its
    text (and of its label, where that opens with ideographs, "定")."""
    last = entry.values[-1] if entry.values else ""
    line = (entry.under or [entry.line])[-1].text
    wrapped = entry.leading and 0 < widest <= width(line) and not GUTTER.search(line)
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
