"""Where a table's header ends, and which of its lines are header repeated or years.

The header is the lines above the first row; a line starting with an enumerator
("A.", "1.") or standing alone before the first values is a row label, not
header. A header repeated on a later page is skipped; a header of years, printed
alone or wrapped, fixes the columns. A word processor's text prints a heading a
line: one reader (``line_headings``) tells where such a header ends and what it
names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .text_columns import headings, locate
from .text_grid_entries import GUTTER, Entry, PlainLine
from .text_grid_rows import ROW_ENUMERATOR, fills, label_column, lower_continues
from .text_lines import blank_between
from .text_tables import header_columns
from .text_values import is_value, split_row
from .text_vocab import Vocabulary
from .text_wrap import join
from .text_year_headings import (
    holds_year,
    is_year,
    is_year_heading,
    joins_into_year,
    opens_with_year_suffix,
    year_column_start,
    year_heading_goes_on,
    year_pieces,
)
from .textnorm import is_cjk, width

# A label column's heading wrapped in its cell goes on with at most this many of the
# next line's first words (``printed_stub``).
_WRAPPED_WORDS = 3

# A figure that may be a year or its first digits, wrapped in a narrow column ("202").
_YEAR_HEAD = re.compile(r"\d{1,4}")


def placed_headings(entries: list[Entry], cut: int, n: int, voc: Vocabulary) -> list[str] | None:
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


def label_above(entries: list[Entry], first: int, cut: int, n: int,
                 voc: Vocabulary) -> int:
    """Where the header ends above a first row whose values open their line (its
    label printed on the lines above): the line just above the values is label, and
    so is each line above that fills the label column (measured below) and wraps
    into it, while the lines above still name ``n`` columns."""
    full = label_column(entries[first:])

    def names(k: int) -> bool:
        return len(header_columns([e.line.text for e in entries[:k]], voc)) >= n

    k = cut - 1 if cut == first and cut > 0 and names(cut - 1) else cut
    while k > 0 and fills(entries[k - 1].label, full) and names(k - 1):
        k -= 1
    return k


def stub_heading(text: str, voc: Vocabulary) -> bool:
    """Whether a header line heads the label column (a heading the edition knows)."""
    return "".join(text.split()) in voc.row_label_columns


def printed_stub(lines: list[str], voc: Vocabulary) -> str:
    """The label column's heading as a header's lines print it, "" where they print
    none: of the lines that open with a heading the edition knows for a label column,
    alone or before the value columns' words ("Category and subcategory planned
    actual planned planned"), or whose first words and the next line's make one (a
    heading wrapped in its cell, "Component/" over "subprogramme"), the last: a group
    label over value columns that reads as one ("Object of expenditure" over the
    objects) is printed above the label column's heading, whose cell spans the
    header's rows. Ideographs may run on into the next heading; a Latin heading ends
    at a space, and one that runs on in prose ("Office of the Special Adviser …", a
    row's label) heads nothing."""
    found = ""
    for k, text in enumerate(lines):
        words = text.split()
        below = lines[k + 1].split()[:_WRAPPED_WORDS] if k + 1 < len(lines) else []
        found = opening_label_heading(words, below, voc) or found
    return found


def opening_label_heading(words: list[str], below: list[str], voc: Vocabulary) -> str:
    """The heading of a label column a line's ``words`` open with (with the next line's
    first words ``below`` where it wraps), the longest; "" where none."""
    for end in range(len(words), 0, -1):
        for more in range(len(below) + 1):
            if "".join([*words[:end], *below[:more]]) in voc.row_label_columns:
                after = words[end:end + 1] if not more else []
                if after and after[0][:1].islower() and after[0] not in voc.dated_starts:
                    return ""  # the heading's words run on in prose
                return join([" ".join(words[:end]), *([" ".join(below[:more])] if more else [])])
    glued = "".join(words)
    return max((h for h in voc.row_label_columns if glued.startswith(h) and is_cjk(h[-1])),
               key=len, default="")


@dataclass(frozen=True)
class LineHeading:
    """A heading of a header printed a heading a line: its text, the index of the
    line after its last (where the header ends if it is the last heading), whether
    it opens a header row as printed (after empty lines, cells left empty, or the
    label column's heading) and whether a group's label comes before it."""

    text: str
    end: int
    opens_row: bool
    after_group: bool


@dataclass(frozen=True)
class LineHeadings:
    """The headings of a header printed a heading a line (``line_headings``), read
    once over the lines above a table's first values, for those of the first lines
    as far as the header is found to go (``upto``): a line goes on the last heading
    only, so the headings of the first lines are the whole reading's before its
    last, then the last as it stood."""

    read: tuple[LineHeading, ...]
    steps: tuple[tuple[int, LineHeading | None], ...]  # after each line: count, last

    def upto(self, m: int) -> list[LineHeading]:
        """The headings of the first ``m`` lines read (of all, past the last)."""
        count, last = self.steps[min(m, len(self.steps) - 1)]
        heads = [*self.read[:count - 1], last] if last else []
        return [replace(h, text=" ".join(h.text.split())) for h in heads]


def line_headings(lines: list[PlainLine], voc: Vocabulary) -> LineHeadings:
    """The value column headings of header lines printed a heading a line, in print
    order, as text without page breaks prints them (a cell whole on its line:
    "International staff" is one heading, never two; one broken by a line break in
    its cell is put back, ``_goes_on``), the label column's heading (the first the
    edition knows for one, printed first or among them where a word processor
    prints a cell spanning the header's rows on its last) and a group's label
    (over some of them) left out. The one reader of such headers: where the header ends and what
    it names must agree."""
    heads: list[LineHeading] = []
    steps: list[tuple[int, LineHeading | None]] = [(0, None)]
    grouped = False
    stub = next((k for k, ln in enumerate(lines) if stub_heading(ln.text, voc)), None)
    for k, ln in enumerate(lines):
        if heads and _goes_on(heads[-1].text, ln.text, voc):
            heads[-1] = replace(heads[-1], text=join([heads[-1].text, ln.text]), end=k + 1)
        elif ln.text in voc.group_labels:
            grouped = True
        elif k != stub:
            opens_row = k > 0 and (blank_between(lines[k - 1], ln) or k - 1 == stub)
            heads.append(LineHeading(ln.text, k + 1, opens_row, grouped))
            grouped = False
        steps.append((len(heads), heads[-1] if heads else None))
    return LineHeadings(tuple(heads), tuple(steps))


def _goes_on(heading: str, text: str, voc: Vocabulary) -> bool:
    """Whether a header line goes on the heading above it, a line break in its cell:
    a year heading's rest ("2025" / "approved", ``year_heading_goes_on``), or words
    in lower case that finish a heading the edition knows ("Technical" /
    "adjustments")."""
    return year_heading_goes_on(heading, text, voc) or (
        text[:1].islower() and "".join(f"{heading}{text}".split()) in voc.column_headings)


def in_column_order(heads: list[LineHeading]) -> list[str]:
    """The headings' texts in column order. A word processor prints a header of two
    rows a row at a time, the cells under a first-row cell spanning both rows as
    empty lines (or that cell's text on its last row: the label column's heading
    may open the second): the headings printed after a group's label up to the
    second row are first-row cells right of the group ("2026 proposed"), and those
    of the second row from there are the group's ("Technical adjustments" …
    "Total") and the cells left of it, in its place."""
    texts = [h.text for h in heads]
    at = next((k for k, h in enumerate(heads) if h.after_group), None)
    if at is None:
        return texts
    under = next((k for k in range(at + 1, len(heads)) if heads[k].opens_row), at)
    return texts[:at] + texts[under:] + texts[at:under]


def headings_a_line(entries: list[Entry], cut: int, n: int, voc: Vocabulary,
                    read: LineHeadings | None) -> int:
    """Where the header ends in text without page breaks, which prints a heading a
    line (``read``: its lines' headings, ``line_headings``; None for text that
    breaks pages): after the ``n`` value columns' headings, where the
    lines past them up to the first row name no column (no year, no heading the
    edition knows): they are section rows over it ("Office of the Special Envoy …"
    over "Approved 2025"); or through the lines just above the first values, where
    they finish the ``n`` headings (``_last_headings``); else ``cut``."""
    if read is None or not entries:
        return cut
    heads = read.upto(cut)
    if len(heads) < n:
        return _last_headings(entries, cut, n, voc, read)
    end = heads[n - 1].end
    if end >= cut or any(e.values or _names_columns(e.label, voc) for e in entries[end:cut]):
        return cut
    return end


def _last_headings(entries: list[Entry], cut: int, n: int, voc: Vocabulary,
                   read: LineHeadings) -> int:
    """Where the header ends when the lines above ``cut`` name fewer than ``n``
    columns: after the lines from ``cut`` on, short of the first values' label (on
    their line or the line above), that each name columns, where with them the
    header names ``n`` ("Total" printed last, under "Changes": a heading the edition
    knows, not a total row without values); else ``cut``."""
    first = next((k for k, e in enumerate(entries) if e.values), len(entries))
    if first == len(entries):
        return cut
    label = first if entries[first].label else first - 1
    end = next((k for k in range(cut, label) if not _names_columns(entries[k].label, voc)),
               label)
    return end if end > cut and len(read.upto(end)) == n else cut


def year_header_end(before: list[Entry], voc: Vocabulary) -> int:
    """Where a header with year columns ends: after the run of lines, from the first
    holding a year, that hold one or continue a fragment ("批款" after "2023 年",
    "年批款" after "2023", "(重计费用前)", or inside an open parenthesis), or, no
    wider than the fragment above, go on wrapping it in a narrow column ("年批" +
    "款"; not after a bracketed qualifier, which ends a heading)."""
    end = None
    run = ""
    for k, e in enumerate(before):
        above = before[k - 1].label if k else ""
        year = holds_year(e.label, voc)
        continues = end == k and (e.label.startswith(voc.header_continues_before)
                                  or above.endswith(voc.header_continues_after)
                                  or opens_with_year_suffix(e.label, voc)
                                  or run.count("(") > run.count(")")
                                  or (width(e.label) <= width(above)
                                      and not above.endswith((")", "）"))))
        if year or continues:
            end = k + 1
            run += e.label
        elif end is not None:
            break
    return end or len(before)


def header_year_columns(entries: list[Entry], voc: Vocabulary) -> int:
    """The number of year columns the header above the first values names (a year
    alone on a line, "2020" over "年实际", is a heading too)."""
    first = next((k for k, e in enumerate(entries) if e.values and not years_alone(e, voc)),
                 len(entries))
    cols = header_columns([e.line.text for e in entries[:first]], voc)
    return sum(1 for c in cols if is_year_heading(c, voc))


def years_alone(entry: Entry, voc: Vocabulary) -> bool:
    """A line of years and nothing else (a header line; blanks guessed among them
    where a year stands over each of some columns only; years beyond the columns
    counted may have been read as a label)."""
    if not entry.label and any(entry.values) and all(is_year(v, voc) for v in entry.values if v):
        return True
    words = entry.line.text.split()
    return len(words) > 1 and all(is_year(w, voc) for w in words)


def years_wrapped(entries: list[Entry], k: int, voc: Vocabulary) -> bool:
    """Whether line ``k`` reads as values that are years wrapped in narrow columns
    ("202" over "2年", "2 年"): each figure a year or short of one, and the line
    below, word for word, finishes each into a year column's heading (words, not
    the next row's figures). (The line below is read only under figures that may be
    such: most lines of a table hold other values.)"""
    values = entries[k].values
    if not values or not all(_YEAR_HEAD.fullmatch(v) for v in values) or k + 1 >= len(entries):
        return False
    below = year_pieces(entries[k + 1].line.text.split(), voc, partial=True)
    return len(below) == len(values) and all(
        not w.isdigit() and joins_into_year(v, w, voc) for v, w in zip(values, below, strict=True))


def splits_into(entries: list[Entry], n: int, voc: Vocabulary) -> bool:
    """Whether every line read with values reads as exactly ``n`` of them (a header
    naming more year columns than the fewest values, "97 100 100" being three); a
    line read as a figure and then words ("... for 152 permanent missions in
    Vienna.", a sentence in a row of words) is no row of values."""
    valued = [e.line.text for e in entries if e.values and not years_alone(e, voc)
              and all(is_value(v) for v in e.values if v)]
    return bool(valued) and all(split_row(t, n).exact and len(split_row(t, n).values) == n
                                for t in valued)


def header_end(before: list[Entry], voc: Vocabulary, values_at: int | None = None,
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
        alone = len(toks) == 1 and not year_column_start(text, voc) and not lower_continues(text)\
            and text not in voc.group_labels and not text.startswith(voc.header_continues_before)\
            and not above.endswith(voc.header_continues_after)\
            and not (")" in text and opened.count("(") > opened.count(")"))
        in_label = values_at is not None and (
            line.indent + width(line.text) < values_at
            or (line.indent == label_at and not GUTTER.search(line.text)))\
            and not year_column_start(text, voc) and not lower_continues(text)
        named = alone or _names_rows(text, voc)
        if not (ROW_ENUMERATOR.match(text) or (named and cut == len(before))
                or (in_label and labels) or lower_continues(text) and ROW_ENUMERATOR.match(above)):
            break
        labels = labels and in_label
        cut -= 1
    return min(cut, _section_above(before, voc))


def _section_above(before: list[Entry], voc: Vocabulary) -> int:
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
    known = sum(1 for w in words if w in voc.column_headings or is_year(w, voc))
    return "".join(words) in voc.column_headings or 2 * known >= len(words)


def _names_rows(text: str, voc: Vocabulary) -> bool:
    """Whether a line names the rows below it as a list heading does ("General
    Assembly resolutions" over rows labelled by resolution symbols) or a row label
    the edition knows heading a section or group of rows ("Professional and
    higher"): no heading of value columns reads so."""
    words = "".join(text.split())
    return words in voc.section_labels or words in voc.group_rows\
        or (len(text) <= voc.termlist_heading_max_chars and bool(voc.termlist_heading.search(text)))


def skip_repeats(entries: list[Entry], header: list[str], voc: Vocabulary) -> list[Entry]:
    """Entries without the header repeated on later pages (its first line, or its
    line opening with the label column's heading where a page's running lines took
    those above it, then the header lines that follow it in order; spacing between
    words ignored, as column-aligned text spaces each page its own way)."""
    if not header:
        return entries
    header = [_words(t) for t in header]
    opening = {t: k for k, t in enumerate(header)
               if not k or opening_label_heading(t.split(), [], voc)}
    out: list[Entry] = []
    k = 0
    while k < len(entries):
        if (first := opening.get(_words(entries[k].line.text))) is not None:
            at = first + 1
            k += 1
            while k < len(entries) and at < len(header)\
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
