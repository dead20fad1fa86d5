"""Tables and margin numbers printed stacked, put back where the reader expects them.

``pdftotext`` in its default mode reads a page as blocks and prints one block after
another, a blank line between blocks: a table's label column comes out as a run of
label lines, and the values as runs of value lines, one value (or a few) a line,
sometimes before the label they belong to. The table reader (``text_grid``) reads
a row from a label line and the values after it, as ``pdftotext -raw`` prints
them; here a table whose first value lines mostly hold one value alone is
rewritten so: each run of value lines is cut into rows of the column count (the
count most runs hold), and the rows go to the lines that end a label (a label's
last line carries its values).

The first run goes to the labels printed in the header's block (the label column
under its heading, or printed before the header); a later run gives its first
row to the label just above it (all its rows to the labels printed together
above it when none wait), and its other rows wait for labels printed after
them; labels left without a row take the rows waiting, the oldest first (after
the table's last values, the latest). A section the edition knows takes none.
A row holding fewer than half the columns' values stays where it was printed.
The count is one more when the labels cannot hold the values in rows of it and
rows of one more add up better (``text_columnar``: totals are sums of the rows
next to them); cells printed in another row's block go back where the sums say,
and a value left over joins its row next to its like.
Cells printed out of their row's order go back: narrow cells printed among the
header's lines, a wrapped label's middle line printed with the row's first
value among the values (the value opens its row wherever values printed late
go), an enumerated label printed amid the values with its row's first value
(the run after it one short of whole rows), a first value column printed with
the labels; value
columns printed one after another (a block each) are read back a row per line,
and go on at the ends of the rows of the first columns printed before them (a
page printing a table in two bands), as does the rest of each row printed as a
block of its own; a block of two values opening at a row's last cell is one
column's cells of two rows. Labels printed together after rows waiting for
them, as many as those and the next run's rows, take them in order; the last
label printed above the header repeated on a later page takes the values
printed among that header, and a label printed above the header is written
after it; the label column heading and first section printed after the last
values go before the rows. Label lines printed after a page's values, the wrapped
rests of labels whose first line was printed full with the values and items
missing from the series of those printed in place ("3.", "5.": "4."), go back in
their rows (``_late_labels``), a label ending a page goes after the next page's
header when its rest opens that page (``_rest_over_page``), a rest printed among
late labels, apart from its own, goes after the full label it goes on
(``_rest_among_labels``); labels at the foot of a page take the rows waiting
there, not the next page's first values. Header lines printed among a page's
first row's values go back in the header (``_header_gathered``), a negative
figure broken before its ")" is one value, and a table's last values printed
after its labels, fewer than a row, go in the runs short of whole rows where
the sums say (``_leftovers_placed``).
Footnotes at the foot of a page the table goes on past go after it.
Years broken in a narrow header ("202" / "2年") are header. A table of prose cells
under a header of years, a block of lines per cell, is laid out column-aligned
as ``pdftotext -layout`` prints it: cells side by side in one block are told
apart (``text_columnar_cells``), a dash between the header's years is the cell
under the first, and a row going on under the header repeated on the next page
goes on in its cells. A table with text columns has its label pieces and values
put back a row at a time (``text_columnar_cells.text_cell_rows``).
Running lines (page headers and footers) inside a table are dropped, and a row's
enumerator printed on a line of its own ("1.", as mutool prints items) goes
before its label. A word the
mode joined at a line end without its hyphen gets it back where the document
prints it hyphenated (``text_columnar_words``).

The same mode prints the margin of a page (paragraph numbers, item markers) as a
block of its own when it holds several: "2.21", "2.22", then the two paragraphs.
Such a run of numbers, each following the one above, is written before the
paragraphs after it, one each, in order. A page whose margin numbers come out
apart from its text (out of order, or in order as a block) has them written
before the paragraphs opening on that page (``_page_numbered``): not at the
pieces of a line broken at a footnote's call, the rest of a footnote, the rows
of a table going on from the page before, nor a heading printed right before a
number; a paragraph between two tables opens after the first's values. A number
printed above a short heading goes to the paragraph under it. The next
paragraph number, or an item marker, printed as a block of its own takes the
text after it; numbers printed as a block of their own inside a sentence
("全球超过", "16", "亿人住房不"), or a piece closing a quotation left open, go back
into it, with the rest of the printed line when the sentence goes on in the next
block ("大会第", "56/206", "号决议将…，自"). A table's last values printed after
the next paragraph number alone go before it, the number opening the full line of
text after them. Everything else stays as it was.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from math import comb

from .text_bands import second_band
from .text_columnar import MORE, place, settled, sums_held
from .text_columnar_cells import (
    cells_side_by_side,
    column_width,
    least_cells,
    side_by_side,
    text_cell_rows,
)
from .text_columnar_words import rehyphenated
from .text_grid import ROW_ENUMERATOR, PlainLine
from .text_prose import (
    heads_prose_table,
    leading_years,
    line_measure,
    runs_on,
    year_columns,
    year_header,
)
from .text_rowpieces import pieces_joined
from .text_tables import is_unit
from .text_values import fewest_values, holds_values, is_numeric, split_row
from .text_vocab import Vocabulary
from .text_wrap import ends_short, least_width
from .textnorm import ideographic, join_wrapped, width

_LETTERED = re.compile(r"^\(([a-z])\)")  # a lettered item marker, "(e)"
_NUMBERS_ONLY = re.compile(r"\d[\d、,，/]*")  # "16", "1、5、6、7、", "56/206"
# marks that open and close
_PAIRED = (("“", "”"), ("‘", "’"), ("《", "》"), ("(", ")"), ("（", "）"), ("「", "」"),
           ("『", "』"), ("[", "]"))
_NOTE_MARK = re.compile(r"\d{1,3}")  # a footnote's number printed alone
_OPEN_FIGURE = re.compile(r"^\s*\(\d[\d ,.]*$")  # "(16.9": a figure its ")" went below
_ITEM = re.compile(r"^(\d{1,2})[.．]")  # a row's item number, "4. 关于…"
_BRACKETED_TAIL = re.compile(r"\s*[(（][^()（）]*[)）]$")  # "小计 (C)": the part named
# A label line narrower than this share of the widest line of its run does not wrap.
_SHORT = 0.7
# A line narrower than this share of the measure (``line_measure``) that ends a
# sentence ends its paragraph.
_FULL_SHARE = 0.88
# Two lines whose widths sum to at most this share of the measure can be one printed line.
_ONE_LINE = 1.05
# The most ways of dealing a table's late values into its short runs that are tried
# (``_leftovers_placed``): a row lacks few values, and a table of many short runs
# would otherwise cost the factorial of its late values.
_MOST_SPLITS = 5000
# How many of a table's first lines with values tell whether it is stacked.
_FIRST = 8
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


def restack(lines: list[PlainLine], running: list[str], voc: Vocabulary) -> list[PlainLine]:
    """``lines`` with each stacked table rewritten a row per line (a row's values on
    its label's last line), the page's ``running`` lines met inside a table dropped
    (not those that read as values: a page number looks like a count), and the
    margin's numbers printed as one block put before their paragraphs."""
    junk = {_mask(text) for text in running}
    lines = rehyphenated(lines)
    full = line_measure([ln.text for ln in lines])
    lines = _margins_placed(lines, (junk, full), voc)
    out: list[PlainLine] = []
    last = ""  # the last paragraph number met outside tables
    k = 0
    while k < len(lines):
        if voc.table_caption.match(lines[k].text):
            end = _region_end(lines, min(k + _title_at(lines, k) + 1, len(lines)), voc, last)
            table = _restacked(lines[k:end], junk, voc)
            if end < len(lines) and voc.figure_caption.match(lines[end].text) \
                    and (band := second_band(table, lines[end:], voc)):
                table, rest = band
                lines = lines[:end] + rest
            out += table
            k = end
            continue
        before = len(out)
        if (run := _number_run(lines, k, voc)) > 1:
            k = _numbered(lines, k, run, (junk, full), voc, out)
        elif _number_over_heading(lines[k:k + 3], last, full, voc):
            number, heading, below = lines[k:k + 3]
            out += [heading, PlainLine(below.no, f"{number.text} {below.text}", below.page,
                                       below.indent)]
            k += 3
        elif (j := _values_past_number(lines, k, last, (full, voc))) > k + 1:
            # a table's last values printed after the margin's number beside the
            # paragraph's first line: the values first, then the numbered text
            out += [*lines[k + 1:j], PlainLine(lines[k].no, f"{lines[k].text} {lines[j].text}",
                                               lines[j].page, lines[k].indent)]
            k = j + 1
        elif _number_apart(lines[k:k + 2], last, voc) or _marker_apart(lines[k:k + 2], voc):
            below = lines[k + 1]
            out.append(PlainLine(lines[k].no, f"{lines[k].text} {below.text}", below.page,
                                 lines[k].indent))
            k += 2
        elif out and lines[k - 1].no + 1 < lines[k].no \
                and _inline_numbers(out[-1], lines[k:k + 2], voc):
            above, below = out[-1], lines[k + 1]
            out[-1] = PlainLine(above.no, f"{above.text} {lines[k].text}", above.page,
                                above.indent)
            k += 2
            if _goes_on(lines, k, below, voc):  # a third piece of the printed line
                out[-1] = PlainLine(above.no, f"{out[-1].text} {below.text}", above.page,
                                    above.indent)
                _renumbered(lines, k, above.no + 1)
            else:
                out.append(PlainLine(above.no + 1, below.text, below.page, below.indent))
        else:
            out.append(lines[k])
            k += 1
        for ln in out[before:]:
            last = _advance(last, ln.text, voc)
    return out


def _values_past_number(lines: list[PlainLine], k: int, last: str,
                        measure: tuple[int, Vocabulary]) -> int:
    """Where the lines after the paragraph number after ``last`` alone (at ``k``)
    stop holding values alone, when a full line of plain text follows them on the
    same page (the paragraph's first line, beside which the margin's number stood;
    a table's last values printed between), else ``k``."""
    full, voc = measure
    own = _lone_number(lines[k].text, voc)
    if not own or not last or not _next_number(last, own):
        return k
    j = k + 1
    while j < len(lines) and lines[j].page == lines[k].page \
            and fewest_values(lines[j].text) is not None and not _later(own, lines[j].text):
        j += 1
    return j if k + 1 < j < len(lines) and lines[j].page == lines[k].page \
        and _plain_text(lines[j].text, voc) and width(lines[j].text) >= _FULL_SHARE * full \
        else k


def _margins_placed(lines: list[PlainLine], page: tuple[set[str], int],
                    voc: Vocabulary) -> list[PlainLine]:
    """``lines`` with each page's margin numbers written before their paragraphs
    where the page reads so (``_page_numbered``), every other page as it was."""
    out: list[PlainLine] = []
    last = ""
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end].page == lines[start].page:
            end += 1
        placed = _page_numbered(lines, range(start, end), last, page, voc)
        if placed is None:
            placed = lines[start:end]
        out += placed
        for ln in placed:
            last = _advance(last, ln.text, voc)
        start = end
    return out


def _page_numbered(lines: list[PlainLine], span: range, last: str,
                   page: tuple[set[str], int], voc: Vocabulary) -> list[PlainLine] | None:
    """One page (``span``) with its margin numbers written before the paragraphs
    that open on it, in order, or None to leave it to the other rules.

    The numbers are the page's lines holding a paragraph number alone that comes
    after ``last`` in its series, the series going on from it; a page is read so
    when the margin is printed apart from the text: numbers out of order (blocks
    before, among and after the text), or in order as a block (``_margin_block``).
    A margin number stands beside its paragraph's first line, so every such
    paragraph opens on the page. Openings (``_opening_ranks``) are taken sure
    first, then the page's first line, then the likeliest weak ones; with more
    sure openings than numbers, each number takes the first opening after the
    place it was printed (``_by_place``). A page with fewer openings than numbers
    stays as it was."""
    at = [i for i in span if _later(last, _lone_number(lines[i].text, voc) or "")]
    printed = [lines[i].text for i in at]
    numbers = sorted(printed, key=_series_place)
    direct = [i + 1 < span.stop and i + 1 not in at and _mask(lines[i + 1].text) not in page[0]
              for i in at]
    block = _margin_block(lines, at, page[1], voc)
    if not last or (numbers == printed and not block) \
            or not all(_next_number(a, b) for a, b in zip([last, *numbers], numbers, strict=False)):
        return None
    tables = _table_lines(lines, span, set(at), page[1], voc)
    body = [lines[i] for i in span if i not in at]
    heads = [i + 1 in at and not voc.ends_sentence(lines[i].text)
             and lines[i].text[-1:] not in voc.list_intro for i in span if i not in at]
    ranks = _opening_ranks(body, [i in tables for i in span if i not in at], heads, last,
                           page, voc)
    if ranks is None:
        return None
    sure = [j for j, rank in ranks.items() if rank == 0]
    others = sorted((j for j, rank in ranks.items() if rank), key=lambda j: ranks[j])
    if len(sure) > len(numbers):
        before = [ln for ln in lines[:span.start] if _mask(ln.text) not in page[0]][-1:]
        ended = not before or voc.ends_sentence(before[0].text)
        starts = _by_place(ranks, ended, [(number, i - span.start - n, direct[n])
                                          for n, (number, i) in enumerate(zip(printed, at,
                                                                              strict=True))])
    elif len(sure) + len(others) >= len(numbers):
        chosen = sorted(sure + others[:len(numbers) - len(sure)])
        starts = dict(zip(chosen, numbers, strict=True))
    else:
        return None
    if starts is None:
        return None
    return [PlainLine(ln.no, f"{starts[j]} {ln.text}", ln.page, ln.indent) if j in starts
            else ln for j, ln in enumerate(body)]


def _margin_block(lines: list[PlainLine], at: list[int], full: int, voc: Vocabulary) -> bool:
    """Whether a page's numbers in order (at ``at``) read as its margin printed as a
    block: the first two printed together, or two others while the first is not
    printed right before a full line of text (its paragraph's first line)."""
    if len(at) < 2:
        return False
    if at[1] - at[0] == 1:
        return True
    after = lines[at[0] + 1] if at[0] + 1 < len(lines) else None
    beside = after is not None and width(after.text) >= _FULL_SHARE * full \
        and _plain_text(after.text, voc)
    return not beside and any(b - a == 1 for a, b in zip(at, at[1:], strict=False))


def _series_place(number: str) -> int:
    """A paragraph number's place in its series ("15.12" -> 12)."""
    return int(number.rpartition(".")[2])


def _by_place(ranks: dict[int, float], ended: bool, printed: list[tuple[str, int, bool]]
              ) -> dict[int, str] | None:
    """Openings for numbers where a page has more sure openings than numbers: each
    number, in the order of the series, takes the first opening at or after the
    place it was printed and after the opening the number before took (``printed``:
    number, index among the page's other lines, whether a text line follows it
    right away). Openings are the sure ones, the page's first line where the page
    before ``ended`` a sentence, and any line that may open printed right after the
    number. None when a number finds none."""
    starts: dict[int, str] = {}
    after = -1
    for number, at, direct in sorted(printed, key=lambda p: _series_place(p[0])):
        j = next((j for j, rank in sorted(ranks.items()) if j >= at and j > after and (
            rank == 0 or (rank == 1 and ended) or (direct and j == at))), None)
        if j is None:
            return None
        starts[j] = number
        after = j
    return starts


def _table_lines(lines: list[PlainLine], span: range, margin: set[int], full: int,
                 voc: Vocabulary) -> set[int]:
    """Indices of the lines of a page (``span``) inside a table: from a caption to
    the end of its region (``_region_end``), or to the first of the page's
    ``margin`` numbers after it (the paragraph beside it follows the table), or to
    a full line of plain text in a block of its own after a line of values (a
    paragraph between two tables); a table whose caption is on a page before
    goes on at the page's top as far."""
    inside: set[int] = set()
    i = next((c for c in range(span.start - 1, -1, -1)
              if voc.table_caption.match(lines[c].text)), span.start)
    while i < span.stop:
        if voc.table_caption.match(lines[i].text):
            end = min([_region_end(lines, min(i + _title_at(lines, i) + 1, len(lines)), voc, ""),
                       span.stop, *(k for k in margin if k > i)])
            end = _text_after_values(lines, range(i + 1, end), full, voc)
            inside.update(range(max(i, span.start), end))
            i = max(end, i + 1)
        else:
            i += 1
    return inside


def _text_after_values(lines: list[PlainLine], region: range, full: int,
                       voc: Vocabulary) -> int:
    """Where a table's ``region`` ends: at its first full line of plain text set
    apart (a blank line between) from a line of values right above it, else at its
    end."""
    for k in region[1:]:
        text, above = lines[k].text, lines[k - 1]
        if lines[k].no > above.no + 1 and fewest_values(above.text) is not None \
                and width(text) >= _FULL_SHARE * full and _plain_text(text, voc):
            return k
    return region.stop


def _opening_ranks(body: list[PlainLine], tables: list[bool], heads: list[bool], last: str,
                   page: tuple[set[str], int], voc: Vocabulary) -> dict[int, float] | None:
    """The lines of one page that may open a paragraph, by index, each with its rank:
    0 sure, 1 the page's first line, above 1 weak (the lower the likelier). Lines
    in ``tables``, running lines, values, footnotes (``_note_start``, and the line
    a footnote's full line without a sentence end goes on in), items,
    headings and captions open none, nor do ``heads`` (printed right before a
    margin number, neither ending a sentence nor introducing a list: a heading
    over the number's paragraph). None when a line opens with a paragraph number
    (the page is numbered in its text), unless an earlier one than ``last``, the
    page's last number before its margin's (a reference wrapped to a line's start)."""
    junk, full = page
    ranks: dict[int, float] = {}
    above: PlainLine | None = None
    going_on = False  # the line above is a footnote's full line that goes on below
    for j, ln in enumerate(body):
        text = ln.text
        number = voc.paragraph_number.match(text)
        if number and not tables[j] and not _earlier(number.group(1), last):
            return None
        note = going_on or _note_start(body, j, voc)
        going_on = note and width(text) >= _FULL_SHARE * full and not voc.ends_sentence(text)
        if tables[j] or _mask(text) in junk or fewest_values(text) is not None or note:
            above = ln if tables[j] else above
            continue
        if not (heads[j] or _marker(text, voc) or voc.is_heading(text)
                or voc.figure_caption.match(text)
                or (above is not None and (_lone_marker(above.text, voc)
                                           or voc.figure_caption.match(above.text)))):
            rank = _opening_rank(ln, above, body[j - 1] if j else None, full, voc)
            if rank is not None:
                ranks[j] = rank
        above = ln
    return ranks


def _note_start(body: list[PlainLine], j: int, voc: Vocabulary) -> bool:
    """Whether line ``j`` of a page opens a footnote: its number and text set apart
    by a blank line, or opening the page (a footnote the page above called, its
    text no figure: "153 800 美元…" opening a page is a paragraph's)."""
    m = voc.footnote_start.match(body[j].text)
    if not m:
        return False
    return body[j].no > body[j - 1].no + 1 if j else not m.group(2)[:1].isdigit()


def _opening_rank(ln: PlainLine, above: PlainLine | None, printed: PlainLine | None,
                  full: int, voc: Vocabulary) -> float | None:
    """How likely ``ln`` opens a paragraph after the line of text ``above`` it (None:
    the page's first line): 0 sure (unless ``ln`` reads as a subheading: short, not
    ending a sentence nor introducing a list), 1 the first line, 1 + the share of
    the measure the line above fills when that stops short or ends a sentence, else
    None. The line ``printed`` right above ``ln`` tells more: set apart from it (a
    blank line between: a block of its own), ``ln`` is sure. After a sentence left
    open above, ``ln`` opens none below a footnote's call the mode set on a line of
    its own, nor beside a short line it would fit on (the rest of the printed
    line, broken at such a call)."""
    if above is None:
        return 1
    heading = width(ln.text) < _FULL_SHARE * full and not voc.ends_sentence(ln.text) \
        and ln.text[-1:] not in voc.list_intro  # a subheading the edition does not know
    apart = printed is not None and ln.no > printed.no + 1
    if not heading and (voc.is_heading(above.text) or apart or (
            voc.ends_sentence(above.text)
            and (_marker(above.text, voc) or width(above.text) < _FULL_SHARE * full))):
        return 0
    if not voc.ends_sentence(above.text) and (
            (printed is not None and _NOTE_MARK.fullmatch(printed.text))
            or width(above.text) + width(ln.text) <= _ONE_LINE * full):
        return None
    share = width(above.text) / full if full else 1
    if share < _FULL_SHARE or voc.ends_sentence(above.text):
        return 1 + share
    return None


def _number_apart(lines: list[PlainLine], last: str, voc: Vocabulary) -> bool:
    """Whether the first of ``lines`` is the paragraph number after ``last`` alone, a
    block of its own, its paragraph the block after it on the same page (a blank
    line between): text that opens no item, heading or caption."""
    if len(lines) < 2:
        return False
    number, below = lines
    own = _lone_number(number.text, voc)
    return bool(own) and bool(last) and _next_number(last, own or "") \
        and number.page == below.page and number.no + 1 < below.no \
        and fewest_values(below.text) is None and not (
            voc.paragraph_number.match(below.text) or _marker(below.text, voc)
            or _lone_number(below.text, voc) or voc.is_heading(below.text)
            or voc.table_caption.match(below.text) or voc.figure_caption.match(below.text))


def _number_over_heading(lines: list[PlainLine], last: str, full: int,
                         voc: Vocabulary) -> bool:
    """Whether the first of ``lines`` is the paragraph number after ``last`` alone,
    printed above a heading (a short line the edition reads as one) whose
    paragraph is the line after it, on one page: the margin's number stands beside
    the paragraph's first line, never beside a heading."""
    if len(lines) < 3:
        return False
    number, heading, below = lines
    own = _lone_number(number.text, voc)
    return bool(own) and bool(last) and _next_number(last, own or "") \
        and number.page == heading.page == below.page and voc.is_heading(heading.text) \
        and width(heading.text) < _FULL_SHARE * full and _plain_text(below.text, voc) \
        and not _lone_number(below.text, voc)


def _marker_apart(lines: list[PlainLine], voc: Vocabulary) -> bool:
    """Whether the first of ``lines`` is an item marker alone ("㈠") printed as a block
    of its own, its text the block after it on the same page (a blank line
    between): plain text, no number, marker, heading or caption."""
    if len(lines) < 2:
        return False
    marker, below = lines
    return _lone_marker(marker.text, voc) and marker.page == below.page \
        and marker.no + 1 < below.no and fewest_values(below.text) is None and not (
            voc.paragraph_number.match(below.text) or _marker(below.text, voc)
            or _lone_number(below.text, voc) or voc.is_heading(below.text)
            or voc.table_caption.match(below.text) or voc.figure_caption.match(below.text))


def _inline_numbers(above: PlainLine, lines: list[PlainLine], voc: Vocabulary) -> bool:
    """Whether the first of ``lines`` holds only numbers of the sentence that runs from
    ``above`` into the line after it, printed as a block of their own ("全球超过",
    "16", "亿人住房不"), or closes a mark ``above`` left open: a blank line on both
    sides, on one page, the line above text not ending its sentence, the line
    after plain text (no values, paragraph number, item, heading or caption)."""
    if len(lines) < 2:
        return False
    number, below = lines
    return (bool(_NUMBERS_ONLY.fullmatch(number.text)) and not _lone_number(number.text, voc)
            or _closes_mark(above.text, number.text)) \
        and above.page == number.page == below.page \
        and above.no + 1 < number.no < below.no - 1 \
        and fewest_values(above.text) is None and not voc.ends_sentence(above.text) \
        and _plain_text(below.text, voc)


def _plain_text(text: str, voc: Vocabulary) -> bool:
    """Whether a line is plain running text: no values, paragraph number, item,
    heading or caption."""
    return fewest_values(text) is None and not (
        voc.paragraph_number.match(text) or _marker(text, voc) or voc.is_heading(text)
        or voc.table_caption.match(text) or voc.figure_caption.match(text))


def _goes_on(lines: list[PlainLine], k: int, last: PlainLine, voc: Vocabulary) -> bool:
    """Whether the block of plain text at ``k``, set apart on the page of ``last``,
    goes on with the sentence ``last`` left open (a printed line the mode cut into
    three blocks: "大会第", "56/206", "号决议将…，自", then the next line)."""
    return k < len(lines) and lines[k].page == last.page and lines[k].no > last.no + 1 \
        and not voc.ends_sentence(last.text) and _plain_text(lines[k].text, voc)


def _renumbered(lines: list[PlainLine], k: int, first: int) -> None:
    """The block of lines at ``k`` numbered from ``first`` on, in place."""
    end = k + 1
    while end < len(lines) and lines[end].no == lines[end - 1].no + 1:
        end += 1
    lines[k:end] = [PlainLine(first + j, ln.text, ln.page, ln.indent)
                    for j, ln in enumerate(lines[k:end])]


def _closes_mark(above: str, text: str) -> bool:
    """Whether a line closes a quotation mark or bracket the line above left open
    ("关于“2022", "年绿动联合国报告”，并根"): the same sentence, printed apart."""
    return any(above.count(left) > above.count(right) and text.count(right) > text.count(left)
               for left, right in _PAIRED)


def _title_at(lines: list[PlainLine], k: int) -> int:
    """How far below the caption at ``k`` its title is: the next line, whatever it
    reads like, unless the caption ends a page and its title starts the next one
    (a line between them on the caption's page is that page's footnote)."""
    if k + 2 < len(lines) and lines[k].page == lines[k + 1].page != lines[k + 2].page:
        return 2
    return 1


def _advance(last: str, text: str, voc: Vocabulary) -> str:
    """The last paragraph number met, after a line: one that starts the line before
    its text, or stands alone after ``last`` in its series (numbers in between may
    have been lost with a page's running lines). A number of ``last``'s series that
    does not come after it opens a line as a reference wrapped to the line's start
    ("15.87 段…" below "15.109"), no paragraph's."""
    m = voc.paragraph_number.match(text) or voc.paragraph_number.match(text + " x")
    if not m:
        return last
    number = m.group(1)
    if number != text and fewest_values(text) is None:
        return last if _earlier(number, last) else number
    return number if number == text and (not last or _later(last, number)) else last


def _earlier(number: str, last: str) -> bool:
    """Whether paragraph number ``number`` is ``last`` or comes before it in its series."""
    return bool(last) and number.rpartition(".")[0] == last.rpartition(".")[0] \
        and not _later(last, number)


def _later(above: str, below: str) -> bool:
    """Whether paragraph number ``below`` comes after ``above`` in its series."""
    head, _, tail = above.rpartition(".")
    own, _, end = below.rpartition(".")
    return head == own and tail.isdigit() and end.isdigit() and int(end) > int(tail)


def _number_run(lines: list[PlainLine], k: int, voc: Vocabulary) -> int:
    """How many lines from ``k`` hold a paragraph number or an item marker alone,
    the numbers each the one after the number above ("2.21", "2.22"; "(i)",
    "12.25"): the margin's numbers printed as one block (0 without a number)."""
    run = 0
    last = None
    while k + run < len(lines):
        text = lines[k + run].text
        number = _lone_number(text, voc)
        if number and (last is None or _next_number(last, number)):
            last = number
        elif number or not _lone_marker(text, voc):
            break
        run += 1
    return run if last is not None else 0


def _lone_number(text: str, voc: Vocabulary) -> str | None:
    """The paragraph number a line holds alone, if it does."""
    m = voc.paragraph_number.match(text + " x")
    return m.group(1) if m and m.group(1) == text else None


def _lone_marker(text: str, voc: Vocabulary) -> bool:
    """Whether a line is an item marker alone ("(i)")."""
    m = voc.item_level1.match(text + " x") or voc.item_level2.match(text + " x")
    return m is not None and m.group(1) == text


def _marker(text: str, voc: Vocabulary) -> bool:
    """Whether a line starts an item ("(a)", alone or with its text)."""
    return bool(voc.item_level1.match(text + " x") or voc.item_level2.match(text + " x"))


def _next_number(above: str, below: str) -> bool:
    """Whether paragraph number ``below`` comes right after ``above`` ("2.22" after
    "2.21")."""
    head, _, tail = above.rpartition(".")
    return below == f"{head}.{int(tail) + 1}" if tail.isdigit() else False


def _numbered(lines: list[PlainLine], k: int, run: int, page: tuple[set[str], int],
              voc: Vocabulary, out: list[PlainLine]) -> int:
    """Numbers (and item markers) printed as one block before their paragraphs,
    each written before the first line of the next paragraph, in order: a line
    after a blank line, or after a sentence's end that stops short of the full
    line width (``page``: the running lines and that width), and not an item or
    an item's text, a heading, caption or running line; appended to ``out``.
    The search ends at a caption, and for a block of paragraph numbers only at the
    next page's margin numbers. Returns the index after the numbers (left as they
    were when too few paragraphs follow, unless the next margin ended the search:
    then the paragraphs found take the first numbers)."""
    junk, full = page
    # item markers closing the block open the list the line above introduces, or
    # go on with the list above ("(e)" after "(d)")
    while run > 1 and _marker(lines[k + run - 1].text, voc) and (
            lines[k - 1].text[-1:] in voc.list_intro
            or _continues_items(lines[:k], lines[k + run - 1].text, voc)):
        run -= 1
    numbers = [ln.text for ln in lines[k:k + run]]
    only_numbers = all(_lone_number(number, voc) for number in numbers)
    starts: dict[int, str] = {}
    j = k + run
    while j < len(lines) and len(starts) < run and not voc.table_caption.match(lines[j].text) \
            and not (only_numbers and j > k + run and _lone_number(lines[j].text, voc)):
        ln = lines[j]
        text = ln.text
        opens = _opens(lines, (k, k + run, j), voc, page)
        if opens and _mask(text) not in junk and not (
                _marker(text, voc) or (j > k + run and _lone_marker(lines[j - 1].text, voc))
                or voc.is_heading(text) or voc.figure_caption.match(text)
                or _lone_number(text, voc) or fewest_values(text)):
            starts[j] = numbers[len(starts)]
        j += 1
    # the next page's margin ends the search: the paragraphs found take their numbers
    if len(starts) < run and not (only_numbers and starts and j < len(lines)
                                  and _lone_number(lines[j].text, voc)):
        out += lines[k:k + run]
        return k + run
    out += lines[k + len(starts):k + run]
    out += [PlainLine(ln.no, f"{starts[i]} {ln.text}", ln.page, ln.indent) if i in starts
            else ln for i, ln in enumerate(lines[k + run:j], k + run)]
    return j


def _opens(lines: list[PlainLine], at: tuple[int, int, int], voc: Vocabulary,
           page: tuple[set[str], int]) -> bool:
    """Whether line ``j`` may open a paragraph (``at``: the margin's numbers from
    ``k`` to ``first``, then ``j``): after a heading, after a sentence's end short of
    the full line width or ending an item's one line, or after a blank line or page
    break. The first line after
    the numbers (running lines not counted) goes on from the line above the numbers
    unless that ends a sentence or is a heading: the gap there is the numbers'
    block, not a paragraph break."""
    k, first, j = at
    junk, full = page
    prev = j - 1
    while prev >= first and _mask(lines[prev].text) in junk:
        prev -= 1
    after_numbers = prev < first
    above = lines[prev] if not after_numbers else (lines[k - 1] if k else None)
    if above is None or voc.is_heading(above.text):
        return True
    if voc.ends_sentence(above.text) and (after_numbers or _marker(above.text, voc)
                                          or width(above.text) < _FULL_SHARE * full):
        return True
    ln = lines[j]
    return not after_numbers and (ln.no > above.no + 1 or ln.page != above.page)


def _continues_items(above: list[PlainLine], marker: str, voc: Vocabulary) -> bool:
    """Whether a lettered item marker ("(e)") follows the nearest marker above ("(d)")
    met before any paragraph number."""
    for ln in reversed(above):
        if voc.paragraph_number.match(ln.text) or _lone_number(ln.text, voc):
            return False
        if _marker(ln.text, voc):
            mine, theirs = _LETTERED.match(marker), _LETTERED.match(ln.text)
            return mine is not None and theirs is not None \
                and ord(mine[1]) == ord(theirs[1]) + 1
    return False


def _mask(text: str) -> str:
    """A line as running lines are compared: digits and spacing ignored."""
    return re.sub(r"\d+", "#", " ".join(text.split()))


def _region_end(lines: list[PlainLine], k: int, voc: Vocabulary, last: str) -> int:
    """Index of the first line from ``k`` that cannot belong to a table: a
    caption, a footnote rule, a paragraph number (one alone that reads as a value
    only when it is the one after ``last``, the last met before the table), or a
    heading that is not an enumerated row label."""
    while k < len(lines):
        text = lines[k].text
        number = voc.paragraph_number.match(text) or voc.paragraph_number.match(text + " x")
        if (voc.table_caption.match(text) or voc.figure_caption.match(text)
                or voc.footnote_separator.match(text)
                or (number and (fewest_values(text) is None
                                or (bool(last) and _next_number(last, number.group(1)))))
                or (voc.is_heading(text) and not ROW_ENUMERATOR.match(text))):
            return k
        k += 1
    return k


def _restacked(region: list[PlainLine], junk: set[str], voc: Vocabulary) -> list[PlainLine]:
    """A table region (caption first) rewritten a row per line, part by part, or as
    it was when its values are not stacked."""
    region = [region[0], *_enumerators_joined(region[1:])]
    body = [ln for ln in region[1:]
            if _mask(ln.text) not in junk or fewest_values(ln.text) is not None]
    prose = _prose_cells(body, voc)
    if prose is not None:
        return [region[0], *prose]
    alone = _values(body, voc)
    if not _stacked(body, alone, voc):
        rows = text_cell_rows(body, voc)
        if rows is None:
            rows = pieces_joined(body, voc)
        return region if rows is None else [region[0], *rows]
    body, notes = _page_notes(body, alone, voc)
    alone = _values(body, voc)
    body = _first_cells_last(body, alone, voc)
    out = [region[0]]
    start = 0
    for k in range(1, len(body) + 1):
        if k == len(body) or voc.table_part_label.match(body[k].text):
            out += _restacked_part(body[start:k], voc)
            start = k
    return out + notes


def _page_notes(body: list[PlainLine], alone: list[list[str] | None], voc: Vocabulary
                ) -> tuple[list[PlainLine], list[PlainLine]]:
    """A stacked table's lines without the footnotes printed at the foot of a page it
    goes on past, and those notes a line each after it ("9", then its sentence):
    the page's last lines, each note a number alone, in order, then text ending a
    sentence (opening no label nor section), a label line above the first (no
    values: a lone number after values is a value). Their numbers read as values
    and their text as labels otherwise."""
    notes: dict[int, PlainLine] = {}
    for k, ln in enumerate(body[:-1]):
        if body[k + 1].page == ln.page:
            continue
        found: list[tuple[int, int]] = []  # each note's first and last line
        end = k
        while True:
            at = end
            while at > 0 and body[at].page == ln.page and alone[at] is None:
                at -= 1
            if at == end or body[at].page != ln.page or not _NOTE_MARK.fullmatch(
                    body[at].text) or not voc.ends_sentence(body[end].text) \
                    or _heads_label(body[at + 1].text, voc):
                break
            found.append((at, end))
            end = at - 1
        marks = [int(body[at].text) for at, _ in reversed(found)]
        if found and end >= 0 and alone[end] is None and body[end].page == ln.page \
                and marks == list(range(marks[0], marks[0] + len(marks))):
            for at, last in reversed(found):
                notes[at] = PlainLine(body[at].no, f"{body[at].text} "
                                      + join_wrapped([b.text for b in body[at + 1:last + 1]]),
                                      ln.page, body[at].indent)
                notes.update({j: notes[at] for j in range(at + 1, last + 1)})
    kept = [ln for k, ln in enumerate(body) if k not in notes]
    return kept, list(dict.fromkeys(notes[k] for k in sorted(notes)))


def _first_cells_last(body: list[PlainLine], alone: list[list[str] | None],
                      voc: Vocabulary) -> list[PlainLine]:
    """A table whose label column heading and first section ("Category and
    subcategory", "B. Generation and transfer of knowledge") are printed after its
    first page's values (the column's top block read last; no section printed
    before them), nothing after them but a footnote (after the last values), the
    next section or a list introduction ("Meetings of:", the rest of the column,
    which holds no values, stays where it was): the heading goes right after the
    title, the section before the first row's label. (A row label after them is
    the first row's, printed apart from its values: other rules place it.)"""
    values = [k for k, vals in enumerate(alone) if vals]
    if len(values) < 2 or body[:values[0]] and any(
            _section(ln.text, voc) for ln in body[:values[0]]):
        return body
    at = next((k for k in range(values[0] + 1, len(body) - 1)
               if "".join(body[k].text.split()) in voc.row_label_columns
               and _section(body[k + 1].text, voc)), None)
    if at is None or any(_section(ln.text, voc) for ln in body[:at]):
        return body
    after = body[at + 2].text if at + 2 < len(body) else ""
    note = at > values[-1] and bool(  # a footnote may follow the last values, not a row
        voc.footnote_start.match(after) or len(after.split()) == 1 and len(after) <= 2)
    if values[0] < 2 or (after and not (
            note or _section(after, voc) or after[-1:] in voc.list_intro)):
        return body
    first = values[0] - 1  # the first row's label (its last line)
    return [body[0], body[at], *body[1:first], body[at + 1], *body[first:at], *body[at + 2:]]


def _enumerators_joined(body: list[PlainLine]) -> list[PlainLine]:
    """A row's enumerator printed on a line of its own ("1.", then "Notes on the
    programme of work ...", as mutool prints the items of a list) put before the
    label on the next line of its page (not values, nor another enumerated line)."""
    out: list[PlainLine] = []
    for ln in body:
        above = out[-1] if out else None
        if above is not None and _lone_enumerator(above.text) and above.page == ln.page \
                and fewest_values(ln.text) is None and not ROW_ENUMERATOR.match(ln.text):
            out[-1] = PlainLine(above.no, f"{above.text} {ln.text}", above.page, above.indent)
        else:
            out.append(ln)
    return out


def _lone_enumerator(text: str) -> bool:
    """Whether a line is a row's enumerator alone ("1.", "A.", "(a)")."""
    m = ROW_ENUMERATOR.match(text + " ")
    return m is not None and m.end() >= len(text)


def _prose_cells(body: list[PlainLine], voc: Vocabulary) -> list[PlainLine] | None:
    """A table of prose cells under a header of years, printed a block of lines per
    cell (one block per year, a blank line between blocks), rewritten column-aligned
    as ``pdftotext -layout`` prints it: the years on one line, then each printed line
    of the row with the cells side by side; the blocks after the cells are left
    as they were (a cell's second paragraph, or text after the table). A dash alone
    in its block, or opening a block of text, is a cell of its own (no target), as
    is one printed between two years of the header (under its year). A block of
    ideographs whose lines hold several cells' pieces side by side holds as many
    cells as its widest line has pieces (``text_columnar_cells``). A row going on
    over the next page, under the header repeated there, goes on in the cells whose
    page ended full, one block each. None for any other table: a cell of figures,
    or cells of a line each (a text printing every line as a block of its own
    tells no cells apart)."""
    body, nils = _header_dashes(body, voc)
    texts = [ln.text for ln in body]
    if not heads_prose_table(texts[1:], voc):
        return None
    start = next(k for k in range(1, min(4, len(texts)))
                 if leading_years(texts[k:], voc))
    years = body[start:start + leading_years(texts[start:], voc)]
    if len(year_columns([y.text for y in years], voc)) != len(years):
        return None  # not a heading a line: not printed a block per cell
    blocks = _prose_blocks(body[start + len(years):])
    col = column_width([ln.text for block in blocks[:len(years)] for ln in block])
    first = _cell_blocks(blocks, len(years) - len(nils), col)
    if len(years) < 2 or not first:
        return None
    table, rest = blocks[:first], blocks[first:]
    found = _block_cells(table, col)
    if found is None:
        return None
    more = _page_cells(found, rest, years, col)
    if more is not None:
        rest = rest[more[0]:]
        for k, lines in more[1].items():
            found[k] += lines
    elif runs_on([[ln.text for ln in block] for block in blocks[:first + 1]]):
        return None
    if all(len(b) == 1 for b in table) or any(
            (all(fewest_values(ln.text) for ln in block) and not _nil(block))
            or block[-1].page != years[0].page for block in table):
        return None
    cells = [[nils[y.no].text] if y.no in nils else found.pop(0) for y in years]
    wide = [max(len(y.text), *(len(t) for t in cell)) for y, cell in zip(years, cells,
                                                                        strict=True)]
    head = _aligned(years[0], [[y.text] for y in years], wide, 0)
    anchors = max(table, key=len)
    if len(anchors) < max(map(len, cells)):
        anchors = [PlainLine(table[0][0].no + k, "", table[0][0].page)
                   for k in range(max(map(len, cells)))]
    rows = [_aligned(ln, cells, wide, k) for k, ln in enumerate(anchors[:max(map(len, cells))])]
    return [*body[:start], head, *rows, *(ln for block in rest for ln in block)]


def _header_dashes(body: list[PlainLine], voc: Vocabulary
                   ) -> tuple[list[PlainLine], dict[int, PlainLine]]:
    """A table's lines without the dashes printed alone between two year headings
    of its header (a cell with no target, set under its year: the mode reads it
    with the header's block), and those dashes by the number of the year above."""
    out: list[PlainLine] = []
    nils: dict[int, PlainLine] = {}
    for k, ln in enumerate(body):
        if out and k + 1 < len(body) and voc.year_column.match(out[-1].text) \
                and voc.year_column.match(body[k + 1].text) and _nil([ln]):
            nils[out[-1].no] = ln
        else:
            out.append(ln)
    return out, nils


def _prose_blocks(lines: list[PlainLine]) -> list[list[PlainLine]]:
    """Lines in blocks (lines next to each other on a page); a dash alone before a
    line of text is a block of its own."""
    blocks: list[list[PlainLine]] = []
    for ln in lines:
        if blocks and blocks[-1][-1].no + 1 == ln.no and blocks[-1][-1].page == ln.page \
                and not (len(blocks[-1]) == 1 and _nil(blocks[-1]) and not fewest_values(ln.text)):
            blocks[-1].append(ln)
        else:
            blocks.append([ln])
    return blocks


def _held(block: list[PlainLine], col: int) -> int:
    """How many prose cells a block holds: those side by side on its lines, or one."""
    texts = [ln.text for ln in block]
    return least_cells(texts, col) if any(side_by_side(t, col) for t in texts) else 1


def _cell_blocks(blocks: list[list[PlainLine]], n: int, col: int) -> int | None:
    """How many of the first blocks hold ``n`` prose cells; None when no number of
    them holds exactly so many."""
    held = 0
    for k, block in enumerate(blocks):
        if held >= n:
            return k if held == n else None
        held += _held(block, col)
    return len(blocks) if held == n else None


def _block_cells(blocks: list[list[PlainLine]], col: int) -> list[list[str]] | None:
    """The cells of prose blocks, in column order: a block's lines, or the cells
    side by side in it; None when those cannot be read."""
    out: list[list[str]] = []
    for block in blocks:
        held = _held(block, col)
        got = [[ln.text for ln in block]] if held == 1 else cells_side_by_side(
            [ln.text for ln in block], held, col)
        if got is None:
            return None
        out += got
    return out


def _page_cells(found: list[list[str]], rest: list[list[PlainLine]],
                years: list[PlainLine], col: int) -> tuple[int, dict[int, list[str]]] | None:
    """The rest of a row of cells ``found`` going on over the next page: after the
    header repeated there (the years, each as printed), a block for each cell, or
    else for each cell whose page ended with a full line (no room for the next
    block's first word), in order. How many blocks of ``rest`` that takes, and
    each such cell's lines by its place among the cells; None when the row does
    not go on so."""
    heads = [y.text for y in years]
    lines = [ln for block in rest for ln in block]
    if not lines or lines[0].page == years[0].page \
            or [ln.text for ln in lines[:len(heads)]] != heads:
        return None
    skip = next(k for k in range(len(rest) + 1) if sum(map(len, rest[:k])) >= len(heads))
    if skip >= len(rest):
        return None
    after = _cell_blocks(rest[skip:], len(found), col)
    open_ = list(range(len(found)))
    if after is None:  # not every cell goes on: those whose page ended full
        below = rest[skip][0].text
        open_ = [k for k, cell in enumerate(found) if not ends_short(cell[-1], below, col)]
        after = _cell_blocks(rest[skip:], len(open_), col)
    if not open_ or after is None:
        return None
    more = _block_cells(rest[skip:skip + after], col)
    return None if more is None else (skip + after, dict(zip(open_, more, strict=True)))


def _nil(block: list[PlainLine]) -> bool:
    """Whether a block of lines is a dash alone: a cell of its own (no target; two
    dashes in one block tell no cells apart)."""
    return len(block) == 1 and fewest_values(block[0].text) == [block[0].text] \
        and not any(ch.isdigit() for ch in block[0].text)


def _aligned(ln: PlainLine, cells: list[list[str]], wide: list[int], k: int) -> PlainLine:
    """Printed line ``k`` of cells laid side by side, each column ``wide`` characters
    and two spaces apart, as a line numbered as ``ln`` (the spaces before its text
    as its indent, as column-aligned text is read)."""
    text = "  ".join((col[k] if k < len(col) else "").ljust(w)
                     for col, w in zip(cells, wide, strict=True)).rstrip()
    return PlainLine(ln.no, text.lstrip(), ln.page, len(text) - len(text.lstrip()))


def _stacked(body: list[PlainLine], alone: list[list[str] | None], voc: Vocabulary) -> bool:
    """Whether a table's values are stacked: most of its first lines with values
    hold one value alone (not a label and values, nor a row of values), and no
    column holds text (a text cell wraps over lines of its own, values among them;
    a table of years over prose cells is not one either). Only the first are
    looked at: what follows a table in the same region (a chart's axis) may be
    values alone too."""
    valued = [vals is not None and len(vals) == 1 for ln, vals in zip(body, alone, strict=True)
              if vals or (holds_values(ln.text) and fewest_values(ln.text) is None)][:_FIRST]
    return 2 * sum(valued) > len(valued) and (sum(valued) == _FIRST or not heads_prose_table(
        [ln.text for ln in body[1:]], voc)) and not any(
        voc.is_text_column(word) for ln in body for word in ln.text.split())


def _restacked_part(body: list[PlainLine], voc: Vocabulary) -> list[PlainLine]:
    """One part of a table (its own header and column count) a row per line."""
    body = _header_gathered(_parentheses_closed(body), voc)
    body, middles = _label_lines_parted(body, voc)
    named = _year_count(body, voc, whole=True)
    body, alone, columns = _transposed(body, _values(body, voc), _year_count(body, voc))
    if not columns:
        body, alone, columns = _rows_then_blocks(body, alone)
    if not columns:
        body, alone, columns = _first_column_apart(body, alone, _year_count(body, voc))
    runs = _runs(body, alone)
    n = columns or _column_count([[v for vals in run for v in vals] for _, run in runs], named)
    if n < 2:
        return body
    first = next(k for k, vals in enumerate(alone) if vals)
    values = sum(len(_whole_rows([v for vals in run for v in vals], n)) for _, run in runs)
    if not columns and values > n * _label_count(body, alone, body[:first], voc) \
            and _sums(alone, n + 1) >= _sums(alone, n) + MORE:
        n += 1
    body, alone = _first_values_parted(body, alone, n)
    body, alone = _down_the_column(body, alone, n)
    body, alone = _last_row_gathered(body, alone, n, voc)
    body, alone = _regathered(body, alone, n, voc)
    body, alone = _leftovers_placed(body, alone, n, set(middles))
    body, alone = _summed(body, alone, n)
    body, alone = _late_labels(body, alone, n, voc)
    body, alone = _rest_over_page(body, alone, voc)
    body, alone = _rest_among_labels(body, alone, voc)
    first = next(k for k, vals in enumerate(alone) if vals)
    return _written(body, alone, _assign(body, alone, body[:first], n, voc), middles)


def _parentheses_closed(body: list[PlainLine]) -> list[PlainLine]:
    """A negative figure broken in a narrow column before its closing parenthesis
    ("(16.9", then ")" alone on the next line) put back on one line."""
    out: list[PlainLine] = []
    for ln in body:
        if ln.text.strip() == ")" and out and _OPEN_FIGURE.match(out[-1].text) \
                and out[-1].page == ln.page:
            out[-1] = PlainLine(out[-1].no, f"{out[-1].text.strip()})", ln.page, out[-1].indent)
        else:
            out.append(ln)
    return out


def _header_gathered(body: list[PlainLine], voc: Vocabulary) -> list[PlainLine]:
    """The header of a part printed on each of its pages put together on each: the
    default mode may print a header's lower lines (a wrapped heading's last line)
    as blocks among the first row's values. Lines printed once on every page of a
    part of two pages or more, holding no values and opening no label, are the
    header repeated. Those printed among their page's first row's values (after a
    line opening a label, not one printed on every page: a heading such as "共计"
    names a column too; before the next label, values after them) go up, after
    the first lines of the header on that page (before the first other line),
    with those printed between that row's label and its first value (a label
    printed below the header's lines that are above the first page's first label;
    one printed above them takes the values printed among them)."""
    pages = sorted({ln.page for ln in body})
    seen = Counter((_spaced_text(ln), ln.page) for ln in body if not holds_values(ln.text))
    texts = Counter(text for text, _ in seen)
    repeated = {text for text, count in texts.items() if count == len(pages) > 1
                and all(seen[text, page] == 1 for page in pages)}
    header = {text for text in repeated if not _heads_label(text, voc)}
    if len(header) < 2:
        return body
    alone = _values(body, voc)
    labels = {page: min((k for k, ln in enumerate(body) if ln.page == page
                         and _heads_label(ln.text, voc) and _spaced_text(ln) not in repeated),
                        default=len(body)) for page in pages}
    first = {page: min((k for k, ln in enumerate(body) if ln.page == page and alone[k]
                        and k > labels[page] and not _names_column(ln.text, voc)),
                       default=len(body)) for page in pages}
    # the first row ends at the next line opening a label
    ends = {page: min((k for k, ln in enumerate(body) if ln.page == page and k > first[page]
                       and _heads_label(ln.text, voc)), default=len(body)) for page in pages}
    late = [ln for k, ln in enumerate(body) if _spaced_text(ln) in header
            and first[ln.page] < k < ends[ln.page] and _before_values(body, alone, k, header)]
    # the header's lines printed above the first label of the first page
    top = {_spaced_text(ln) for ln in body[:labels[pages[0]]] if _spaced_text(ln) in header}
    for page in pages:
        k = first[page] - 1  # header lines between the row's label and its first value
        while k > labels[page] and _spaced_text(body[k]) in header:
            k -= 1
        if k == labels[page] < first[page] - 1 < len(body) - 1 and not any(
                _spaced_text(ln) in top for ln in body[k:] if ln.page == page):
            late += body[k + 1:first[page]]
    if not late:
        return body
    late.sort(key=body.index)
    out: list[PlainLine] = []
    for page in pages:
        lines = [ln for ln in body if ln.page == page and ln not in late]
        start = next(k for k, ln in enumerate(lines) if _spaced_text(ln) in header)
        end = next((k for k in range(start, len(lines)) if _spaced_text(lines[k]) not in header),
                   len(lines))
        out += [*lines[:end], *[ln for ln in late if ln.page == page], *lines[end:]]
    return out


def _before_values(body: list[PlainLine], alone: list[list[str] | None], k: int,
                   header: set[str]) -> bool:
    """Whether the first line after line ``k`` and the header's lines next to it
    holds values (the row goes on after it), on the same page."""
    j = k + 1
    while j < len(body) and _spaced_text(body[j]) in header:
        j += 1
    return j < len(body) and bool(alone[j]) and body[j].page == body[k].page


def _spaced_text(ln: PlainLine) -> str:
    """A line's text, its spacing made single."""
    return " ".join(ln.text.split())


def _transposed(body: list[PlainLine], alone: list[list[str] | None], named: int
                ) -> tuple[list[PlainLine], list[list[str] | None], int]:
    """Value columns printed one after another put back a row per line: in a run of
    value lines, blocks (lines that follow each other, a value each) of one
    length, two or more, come in groups of as many blocks, the same number in
    every group: each group is that many columns of as many rows (``named``: the
    columns the header's years name, 0 for none; else the values every other run
    holds, ``_row_width``). A row's values go on its first
    column's line; the other columns' lines are dropped. Where the rows were
    printed before (``_rows_before``), the columns go on at their ends. Also returns the number
    of columns so found (0 for none)."""
    alone = [list(vals) if vals else None for vals in alone]
    columns = 0
    spans = _spans(alone)
    for at, span in enumerate(spans):
        blocks = _blocks(body, alone, span)
        groups = _column_groups(blocks, named or _row_width(alone, spans, span, blocks))
        if not groups:
            continue
        columns = max(columns, len(groups[0]))
        if _rows_before(alone, spans[:at], groups):
            columns = _count(alone, spans[0]) + len(groups[0])
            values = [[(alone[col[i]] or [""])[0] for col in group]
                      for group in groups for i in range(len(group[0]))]
            for row, more in zip(spans[:at], values, strict=True):
                alone[row.start] = [v for k in row for v in alone[k] or []] + more
                for k in row[1:]:
                    alone[k] = []
            for k in span:
                alone[k] = []
            continue
        for group in groups:
            for i, k in enumerate(group[0]):
                alone[k] = [(alone[col[i]] or [""])[0] for col in group]
            for col in group[1:]:
                for k in col:
                    alone[k] = []
    keep = [k for k, vals in enumerate(alone) if vals != []]
    return [body[k] for k in keep], [alone[k] for k in keep], columns


def _row_width(alone: list[list[str] | None], spans: list[range], span: range,
               blocks: list[list[int]]) -> int:
    """How many values every other run of the table holds (each a row, as a page
    prints the rest of a table), when that differs from the length of ``span``'s
    blocks (a run printed a row a block would match it); else 0."""
    counts = {_count(alone, other) for other in spans if other != span}
    width = min(counts) if len(counts) == 1 else 0
    return width if blocks and all(len(block) != width for block in blocks) else 0


def _rows_before(alone: list[list[str] | None], before: list[range],
                 groups: list[list[list[int]]]) -> bool:
    """Whether value columns printed one after another (``groups``) go on the rows
    printed before them (``before``: each a run of values): those hold as many
    values each, and are as many as the columns' lines (a page printing a table's
    first columns a row per block and the others a column per block)."""
    counts = {_count(alone, span) for span in before}
    return len(counts) == 1 and min(counts) > 0 \
        and len(before) == sum(len(group[0]) for group in groups)


def _rows_then_blocks(body: list[PlainLine], alone: list[list[str] | None]
                      ) -> tuple[list[PlainLine], list[list[str] | None], int]:
    """The rest of each row printed as a block of its own after the rows of the
    table's first columns (a page printing a table in two bands side by side, a
    line of the header printed again between them):
    the last run cut at blank lines (or, without them, into as many lines each)
    into blocks of one count of values (two or more), as many blocks as runs
    before it, none holding fewer values than they; each block goes on at the end of its
    row, in order. Also returns the column count so found (0 when not so)."""
    spans = _spans(alone)
    if len(spans) < 3:
        return body, alone, 0
    *rows, last = spans
    header = _header_texts(body[:spans[0].start])
    if not any(" ".join(ln.text.split()) in header for ln in body[rows[-1].stop:last.start]):
        return body, alone, 0  # the second band's header stands between the bands
    blocks: list[list[int]] = []
    for k in last:
        if blocks and body[blocks[-1][-1]].no + 1 == body[k].no:
            blocks[-1].append(k)
        else:
            blocks.append([k])
    if len(blocks) != len(rows) and len(last) % len(rows) == 0:
        size = len(last) // len(rows)  # no blank lines: as many lines a row
        blocks = [list(last[i:i + size]) for i in range(0, len(last), size)]
    counts = {sum(len(alone[k] or []) for k in block) for block in blocks}
    widths = [_count(alone, span) for span in rows]
    if len(blocks) != len(rows) or len(counts) != 1 or min(counts) < 2 \
            or max(widths) > min(counts):
        return body, alone, 0
    alone = [list(vals) if vals else None for vals in alone]
    for span, block in zip(rows, blocks, strict=True):
        alone[span.start] = [v for k in [*span, *block] for v in alone[k] or []]
        for k in span[1:]:
            alone[k] = []
    for k in last:
        alone[k] = []
    keep = [k for k, vals in enumerate(alone) if vals != []]
    return [body[k] for k in keep], [alone[k] for k in keep], max(widths) + min(counts)


def _first_column_apart(body: list[PlainLine], alone: list[list[str] | None], named: int
                        ) -> tuple[list[PlainLine], list[list[str] | None], int]:
    """The first value column printed with the labels, the other columns after the
    last label: each label but the last followed by one value, the last by its own
    first value and then the rest of every row in order, ``named`` - 1 values each
    (``named``: the columns the header's years name). Each row is put on the line
    of its first value; the other lines are dropped. Also returns the column count
    so found (0 when the table is not printed so)."""
    runs = _spans(alone)
    counts = [_count(alone, span) for span in runs]
    if named < 2 or len(runs) < 2 or any(c != 1 for c in counts[:-1]) \
            or counts[-1] != 1 + len(runs) * (named - 1):
        return body, alone, 0
    alone = [list(vals) if vals else None for vals in alone]
    rest = [v for k in runs[-1] for v in alone[k] or []]
    firsts = [(alone[span.start] or [""])[0] for span in runs[:-1]] + rest[:1]
    rest = rest[1:]
    for i, span in enumerate(runs):
        alone[span.start] = [firsts[i], *rest[i * (named - 1):(i + 1) * (named - 1)]]
    for k in runs[-1][1:]:
        alone[k] = []
    keep = [k for k, vals in enumerate(alone) if vals != []]
    return [body[k] for k in keep], [alone[k] for k in keep], named


def _blocks(body: list[PlainLine], alone: list[list[str] | None], span: range) -> list[list[int]]:
    """The indices of ``span`` cut into blocks of lines that follow each other on
    the page (a blank line or a page break ends a block)."""
    blocks: list[list[int]] = []
    for k in span:
        prev = blocks[-1][-1] if blocks else None
        if prev is not None and body[prev].no + 1 == body[k].no and body[prev].page == body[k].page:
            blocks[-1].append(k)
        else:
            blocks.append([k])
    return blocks if all(len(alone[k] or []) == 1 for k in span) else []


def _column_groups(blocks: list[list[int]], named: int) -> list[list[list[int]]]:
    """Blocks grouped as columns: runs of two or more blocks of one length (two or
    more lines in one run at least: a row printed a value a block beside runs of
    taller ones is one more row of those columns), every run as many blocks, and
    runs of two lengths at least unless the blocks are as many as the columns the
    header's years name (``named``: a single run of blocks may be rows a block
    each); none when the blocks are not so."""
    groups: list[list[list[int]]] = []
    for block in blocks:
        if groups and len(groups[-1][0]) == len(block):
            groups[-1].append(block)
        else:
            groups.append([block])
    sizes = {len(group) for group in groups}
    if len(sizes) != 1 or min(sizes) < 2 or all(len(group[0]) < 2 for group in groups) \
            or (len({len(group[0]) for group in groups}) < 2 and sizes != {named}):
        return []
    return groups


def _year_count(body: list[PlainLine], voc: Vocabulary, *, whole: bool = False) -> int:
    """How many columns the first lines of years alone above the first values name
    (the labels' block may come before them; 0 for none); with ``whole``, only
    where the years are the whole header over the values: the first values follow
    them, or they are printed broken a column a line (see ``_broken_span``)."""
    texts = [ln.text for ln in body]
    if whole and (broken := _broken_span(
            texts, _header_years([fewest_values(t) for t in texts], voc), voc)):
        return len(broken)
    texts = texts[:next((k for k, text in enumerate(texts)
                         if fewest_values(text) and not voc.year_token.match(text)), len(texts))]
    for skip in range(len(texts)):
        if top := leading_years(texts[skip:], voc):
            columns = year_columns(texts[skip:skip + top], voc)
            named = len(columns) if year_header(columns, voc) else 0
            return named if not whole or skip + top == len(texts) else 0
    return 0


def _label_lines_parted(body: list[PlainLine],
                        voc: Vocabulary) -> tuple[list[PlainLine], dict[int, str]]:
    """Lines amid value lines that hold the middle line of a wrapped label with the
    row's first values at its end (the line on the values' baseline; the label's
    first and last lines are printed with the other labels) parted: the values
    stay in the run, unbroken, and the label's text (by line number) goes back
    to the label that takes the row. Text ending so that it goes on ("Subtotal,"
    before "1") holds its number: the line is left whole."""
    out: list[PlainLine] = []
    middles: dict[int, str] = {}
    for k, ln in enumerate(body):
        words = ln.text.split()
        tail = len(words)
        while tail and is_numeric(words[tail - 1]):
            tail -= 1
        amid = 0 < k < len(body) - 1 and all(
            fewest_values(other.text) for other in (body[k - 1], body[k + 1]))
        label = " ".join(words[:tail])
        if not amid or tail in (0, len(words)) or fewest_values(ln.text) is not None \
                or ROW_ENUMERATOR.match(label) or voc.is_row_label(label) \
                or label[-1:] in voc.text_continues_after:
            out.append(ln)
            continue
        out.append(PlainLine(ln.no, " ".join(words[tail:]), ln.page, ln.indent))
        middles[ln.no] = label
    return out, middles


def _first_values_parted(body: list[PlainLine], alone: list[list[str] | None], n: int
                         ) -> tuple[list[PlainLine], list[list[str] | None]]:
    """An enumerated label printed amid value lines with its row's first value at
    its end ("9. Workshops 25", then "25", "30" a line each: the label's line on
    the values' baseline) parted in two lines, the label then the value, as the
    label's other rows print (a label line over its values): the run of values
    after it is one short of whole rows of ``n`` (a number ending a label,
    "Rev. 4", has whole rows after it)."""
    out: list[tuple[PlainLine, list[str] | None]] = []
    for k, ln in enumerate(body):
        words = ln.text.split()
        label = " ".join(words[:-1])
        if 0 < k < len(body) - 1 and alone[k - 1] and alone[k + 1] and not alone[k] \
                and len(words) > 1 and is_numeric(words[-1]) and not is_numeric(words[-2]) \
                and ROW_ENUMERATOR.match(label) and (_run_after(alone, k) + 1) % n == 0:
            out += [(PlainLine(ln.no, label, ln.page, ln.indent), None),
                    (PlainLine(ln.no, words[-1], ln.page, ln.indent), [words[-1]])]
        else:
            out.append((ln, alone[k]))
    return [ln for ln, _ in out], [vals for _, vals in out]


def _run_after(alone: list[list[str] | None], k: int) -> int:
    """How many values the run of value lines right after line ``k`` holds."""
    count = 0
    for vals in alone[k + 1:]:
        if not vals:
            break
        count += len(vals)
    return count


def _down_the_column(body: list[PlainLine], alone: list[list[str] | None], n: int
                     ) -> tuple[list[PlainLine], list[list[str] | None]]:
    """Cells of one column printed as one block in a run of a value a block: the
    second line of a block of two opening at a row's last cell (it cannot be more
    cells of that row) is the cell below the first, going to the same place in
    the next row (a run of whole rows of ``n``, most blocks one line, none longer
    than two)."""
    order = list(range(len(body)))
    for span in _spans(alone):
        blocks = _blocks(body, alone, span)
        if not blocks or len(span) % n or 2 * sum(len(b) > 1 for b in blocks) > len(blocks) \
                or max(len(b) for b in blocks) > 2:
            continue
        cells = list(span)
        for block in blocks:
            at = cells.index(block[0])
            place = at + n
            # a block within one row may be that row's cells; one across rows not
            if len(block) == 2 and place < len(cells) and at % n == n - 1:
                cells.remove(block[1])
                cells.insert(place, block[1])
        order[span.start:span.stop] = cells
    return [body[k] for k in order], [alone[k] for k in order]


def _last_row_gathered(body: list[PlainLine], alone: list[list[str] | None], n: int,
                       voc: Vocabulary) -> tuple[list[PlainLine], list[list[str] | None]]:
    """A table's last row printed with its values among the header repeated on a
    later page: the part ends, after a label line, in value lines holding one row
    of ``n`` values and lines that are no row label, at least half of them lines
    of the header above; the values go right after that label (it takes them,
    not a row waiting for labels)."""
    spans = _spans(alone)
    if not spans:
        return body, alone
    header = _header_texts(body[:spans[0].start])
    t = len(body)
    while t > spans[0].stop and (alone[t - 1] or not (
            voc.is_row_label(body[t - 1].text) or ROW_ENUMERATOR.match(body[t - 1].text))):
        t -= 1
    tail = range(t, len(body))
    words = [k for k in tail if not alone[k]]
    repeated = sum(" ".join(body[k].text.split()) in header for k in words)
    if alone[t - 1] or _count(alone, tail) != n or len(words) < 2 or 2 * repeated < len(words):
        return body, alone
    order = [*range(t), *(k for k in tail if alone[k]), *words]
    return [body[k] for k in order], [alone[k] for k in order]


def _regathered(body: list[PlainLine], alone: list[list[str] | None], n: int,
                voc: Vocabulary) -> tuple[list[PlainLine], list[list[str] | None]]:
    """Cells of a row printed among the header's lines put back in it: a narrow
    cell (a dash) whose block does not overlap the header's above it is printed
    before the header's last lines: values followed by a line naming a column,
    or by the first row label, before the first row's values; or values between
    two lines of the header repeated on a later page, before that page's first
    row. The row takes them when it lacks as many values and holds their like
    (they go next to it: a row's dashes stand together); the lines they leave
    are dropped."""
    alone = [list(vals) if vals else None for vals in alone]
    spans = _spans(alone)
    lead = 0  # the spans among the header's lines
    while lead + 1 < len(spans) and _in_header(body, spans[lead], spans[lead + 1].start, voc):
        lead += 1
    moves = [(spans[:lead], spans[lead])] if 0 < lead < len(spans) else []
    header = _header_texts(body[:spans[0].start] if spans else [])
    moves += [([s], after) for s, after in zip(spans[lead:], spans[lead + 1:], strict=False)
              if _repeats_header(body, s.start - 1, header)
              and _repeats_header(body, s.stop, header)]
    for stray, row in moves:
        values = [v for s in stray for k in s for v in alone[k] or []]
        if _count(alone, row) + len(values) == n and _moved(alone, values, row):
            for s in stray:
                for k in s:
                    alone[k] = []
    keep = [k for k, vals in enumerate(alone) if vals != []]
    return [body[k] for k in keep], [alone[k] for k in keep]


def _summed(body: list[PlainLine], alone: list[list[str] | None], n: int
            ) -> tuple[list[PlainLine], list[list[str] | None]]:
    """Cells printed in another row's block put back where the table's sums say
    (``text_columnar.settled``); the lines left without values are dropped."""
    alone = [list(vals) if vals else None for vals in alone]
    spans = _spans(alone)
    runs, fixed = _summable(alone, spans, n)
    for move in settled(runs, n, fixed)[0]:
        source = [(k, at) for k in spans[move.source] for at in range(len(alone[k] or []))]
        taken = source[move.start:move.start + move.size]
        values = [(alone[k] or [])[at] for k, at in taken]
        for k, at in reversed(taken):
            del (alone[k] or [])[at]
        target = [(k, at) for k in spans[move.target] for at in range(len(alone[k] or []))]
        k, at = target[move.at] if move.at < len(target) else (
            spans[move.target][-1], len(alone[spans[move.target][-1]] or []))
        (alone[k] or [])[at:at] = values
    keep = [k for k, vals in enumerate(alone) if vals != []]
    return [body[k] for k in keep], [alone[k] for k in keep]


def _leftovers_placed(body: list[PlainLine], alone: list[list[str] | None], n: int,
                      opening: set[int]) -> tuple[list[PlainLine], list[list[str] | None]]:
    """A table's last run of values, fewer than a row and as many as the other runs
    lack of whole rows (cells the default mode printed in a block of their own,
    after the labels), put back in those runs: each takes as many as it lacks,
    the split and each value's place the ones that make the most cells sums of
    the rows next to them (``MORE`` more than none), a value the sums do not
    place next to its like. A value printed on a line of ``opening`` (a wrapped
    label's middle printed with its row's first value) opens its row wherever they
    go. The late run's lines are dropped."""
    spans = _spans(alone)
    if len(spans) < 2:
        return body, alone
    runs = [[v for k in span for v in alone[k] or []] for span in spans]
    late, rest = runs[-1], runs[:-1]
    short = [i for i, run in enumerate(rest) if len(run) % n]
    if not short or len(late) >= n or sum(n - len(rest[i]) % n for i in short) != len(late) \
            or any(_whole_rows(rest[i], n) != rest[i] for i in short):
        return body, alone
    sizes = [n - len(rest[i]) % n for i in short]
    if _ways(sizes) > _MOST_SPLITS:
        return body, alone
    openings = {i: _openings(body, alone, spans[i], opening) for i in short}
    most, best = sums_held(rest, n) + MORE - 1, None
    for split in _splits(list(range(len(late))), sizes):
        trial = [list(run) for run in rest]
        for i, taken in zip(short, split, strict=True):
            opens = openings[i]
            for j in taken:
                trial[i], opens = _best_place(trial, i, (late[j], opens), n)
        held = sums_held(trial, n)
        if held > most:
            most, best = held, trial
    if best is None:
        return body, alone
    alone = [list(vals) if vals else vals for vals in alone]
    for span, run in zip(spans, best, strict=False):
        _spread(alone, span, run)
    for k in spans[-1]:
        alone[k] = []
    keep = [k for k, vals in enumerate(alone) if vals != []]
    return [body[k] for k in keep], [alone[k] for k in keep]


def _ways(sizes: list[int]) -> int:
    """How many ways ``_splits`` deals ``sum(sizes)`` items into groups of ``sizes``."""
    ways, left = 1, sum(sizes)
    for size in sizes:
        ways, left = ways * comb(left, size), left - size
    return ways


def _spread(alone: list[list[str] | None], span: range, run: list[str]) -> None:
    """A run's values, values placed among them, put back on its lines, each line as
    many as it held (the values placed last go on its last line): the lines stay,
    a wrapped label's middle printed on one of them with it."""
    at = 0
    for k in span:
        size = len(alone[k] or [])
        alone[k] = run[at:at + size]
        at += size
    alone[span[-1]] = [*(alone[span[-1]] or []), *run[at:]]


def _splits(items: list[int], sizes: list[int]) -> list[list[list[int]]]:
    """Every way to deal ``items`` into groups of ``sizes`` (each group in order)."""
    if not sizes:
        return [[]] if not items else []
    out = []
    for first in combinations(items, sizes[0]):
        rest = [k for k in items if k not in first]
        out += [[list(first), *more] for more in _splits(rest, sizes[1:])]
    return out


def _best_place(runs: list[list[str]], i: int, placed: tuple[str, list[int]], n: int
                ) -> tuple[list[str], list[int]]:
    """Run ``i`` with a value put where it makes the most sums of the rows next to
    it, else next to its like (``place``), among the places that leave the values
    at the indices ``placed`` names (values that open a row) opening one; with
    those indices after it."""
    value, opens = placed
    run = runs[i]
    default = place(run, [value])
    options = [default, *[k for k in range(len(run) + 1) if k != default]]
    options = [k for k in options if all((s + (k <= s)) % n == 0 for s in opens)] or options
    best = max(options, key=lambda k: sums_held(
        [*runs[:i], [*run[:k], value, *run[k:]], *runs[i + 1:]], n))
    return [*run[:best], value, *run[best:]], [s + (best <= s) for s in opens]


def _openings(body: list[PlainLine], alone: list[list[str] | None], span: range,
              opening: set[int]) -> list[int]:
    """The indices in a run of values of the first values of its lines in
    ``opening``."""
    out, at = [], 0
    for k in span:
        if body[k].no in opening:
            out.append(at)
        at += len(alone[k] or [])
    return out


def _sums(alone: list[list[str] | None], n: int) -> int:
    """How many cells are sums of the rows next to them when the values are read
    as rows of ``n``, cells printed in another row's block put back."""
    runs, fixed = _summable(alone, _spans(alone), n)
    return settled(runs, n, fixed)[1]


def _summable(alone: list[list[str] | None], spans: list[range], n: int
              ) -> tuple[list[list[str]], set[int]]:
    """The values of each run (numbers broken over two lines joined, as rows of
    ``n`` read them) and the runs that had such numbers (whose values cannot be
    moved one by one)."""
    runs = [[v for k in span for v in alone[k] or []] for span in spans]
    whole = [_whole_rows(run, n) for run in runs]
    return whole, {i for i, (a, b) in enumerate(zip(runs, whole, strict=True)) if a != b}


def _in_header(body: list[PlainLine], span: range, end: int, voc: Vocabulary) -> bool:
    """Whether the value lines ``span`` are printed among the header's: a line
    naming a column follows them (before line ``end``; not one printed above them:
    that is the header repeated on the next page), or the first row label does."""
    after = body[span.stop:end]
    above = {ln.text for ln in body[:span.start]}
    return any(_names_column(ln.text, voc) and ln.text not in above for ln in after) or (
        any(voc.is_row_label(ln.text) for ln in after)
        and not any(voc.is_row_label(ln.text) for ln in body[:span.start]))


def _spans(alone: list[list[str] | None]) -> list[range]:
    """Index ranges of consecutive value lines."""
    spans: list[range] = []
    for k, vals in enumerate(alone):
        if vals and spans and spans[-1].stop == k:
            spans[-1] = range(spans[-1].start, k + 1)
        elif vals:
            spans.append(range(k, k + 1))
    return spans


def _count(alone: list[list[str] | None], span: range) -> int:
    """How many values the lines of ``span`` hold."""
    return sum(len(alone[k] or []) for k in span)


def _moved(alone: list[list[str] | None], values: list[str], span: range) -> bool:
    """Each of ``values`` put in ``span`` next to the longest run of its like (the
    first of the longest; all or none)."""
    homes = [_home(alone, v, span) for v in values]
    if None in homes:
        return False
    for v, home in zip(values, homes, strict=True):
        k, at = home or (0, 0)
        (alone[k] or []).insert(at, v)
    return True


def _home(alone: list[list[str] | None], value: str,
          span: range) -> tuple[int, int] | None:
    """Where in ``span`` (line, place) the longest run of values equal to ``value``
    starts; None when there is none."""
    places = [(k, at) for k in span for at in range(len(alone[k] or []))]
    best, size, run = None, 0, 0
    for i, (k, at) in enumerate(places):
        run = run + 1 if (alone[k] or [])[at] == value else 0
        if run > size:
            size = run
            best = places[i - run + 1]
    return best


def _values(body: list[PlainLine], voc: Vocabulary) -> list[list[str] | None]:
    """The values of each line that holds only values (else None); lines of years
    above the first other value, and the header's lines repeated below, hold none."""
    alone = _header_years([fewest_values(ln.text) for ln in body], voc)
    alone = _broken_years([ln.text for ln in body], alone, voc)
    first = next((k for k, vals in enumerate(alone) if vals), len(alone))
    header = _header_texts(body[:first])
    return [None if vals and _repeats_header(body, k, header) else vals
            for k, vals in enumerate(alone)]


def _header_years(alone: list[list[str] | None], voc: Vocabulary) -> list[list[str] | None]:
    """Values read from lines of years above the first other value are header."""
    first = next((k for k, vals in enumerate(alone)
                  if vals and not all(voc.year_token.match(v) for v in vals)), len(alone))
    return [None] * first + alone[first:]


def _broken_years(texts: list[str], alone: list[list[str] | None],
                  voc: Vocabulary) -> list[list[str] | None]:
    """Years of a header too narrow for them, printed broken (see ``_broken_span``),
    are header too."""
    span = _broken_span(texts, alone, voc)
    return [None if k in span else vals for k, vals in enumerate(alone)]


def _broken_span(texts: list[str], alone: list[list[str] | None], voc: Vocabulary) -> range:
    """The first value lines when they are years of a header too narrow for them,
    printed broken a column a line ("202" four times, then "2年", "2年", "3年",
    "4年"): one value each, each a year with the line as far after it as they are
    many (empty when they are not)."""
    first = next((k for k, vals in enumerate(alone) if vals), len(alone))
    size = 0
    while first + size < len(alone) and len(alone[first + size] or []) == 1:
        size += 1
    tails = texts[first + size:first + 2 * size]
    if size and len(tails) == size and all(
            voc.year_column.match(head + tail)
            for head, tail in zip(texts[first:first + size], tails, strict=True)):
        return range(first, first + size)
    return range(0)


def _runs(body: list[PlainLine],
          alone: list[list[str] | None]) -> list[tuple[list[PlainLine], list[list[str]]]]:
    """Runs of consecutive value lines (blank lines between them do not end a run)."""
    runs: list[tuple[list[PlainLine], list[list[str]]]] = []
    prev = False
    for ln, vals in zip(body, alone, strict=True):
        if vals:
            if not prev:
                runs.append(([], []))
            runs[-1][0].append(ln)
            runs[-1][1].append(vals)
        prev = bool(vals)
    return runs


def _column_count(runs: list[list[str]], named: int = 0) -> int:
    """The number of value columns: the count most runs of values hold (the larger
    on a tie), or one more when several runs hold that (rows with a blank cell,
    as staff rows under a financial table's first year, print one value fewer
    and may be the most). A run that holds more than most do but reads as that
    many with numbers broken over two lines joined counts as that many. When the
    header is years alone naming ``named`` columns (``_year_count``) and every run
    is a whole number of rows of that many, that is the count."""
    if named > 1 and runs and all(len(run) % named == 0 for run in runs):
        return named
    most = Counter(len(run) for run in runs).most_common(1)[0][0] if runs else 0
    counts = [most if len(run) > most and len(_whole_rows(run, most)) == most else len(run)
              for run in runs]
    votes = Counter(c for c in counts if c >= 2)
    if not votes:
        return 0
    best = max(votes.values())
    n = max(c for c, v in votes.items() if v == best)
    return n + 1 if votes[n + 1] >= 2 else n


def _rows(lines: list[PlainLine], values: list[list[str]], n: int) -> list[_Row]:
    """A run of value lines cut into rows of ``n`` values (a last shorter row keeps
    what is left), each with the lines its values came from."""
    owners = [ln for ln, vals in zip(lines, values, strict=True) for v in vals for _ in v.split()]
    flat = _whole_rows([v for vals in values for v in vals], n)
    rows: list[_Row] = []
    at = 0
    for k in range(0, len(flat), n):
        size = sum(len(v.split()) for v in flat[k:k + n])
        rows.append(_Row(flat[k:k + n], list(dict.fromkeys(owners[at:at + size]))))
        at += size
    return rows


def _whole_rows(flat: list[str], n: int) -> list[str]:
    """Values of a run that does not hold a whole number of rows re-read with numbers
    broken over two lines joined ("13" above "598.5"), as far as that makes it whole."""
    if len(flat) % n == 0:
        return flat
    text = " ".join(flat)
    for count in range(len(flat) // n * n, 0, -n):
        split = split_row(text, count)
        if split.exact and not split.label and len(split.values) == count:
            return split.values
    return flat


def _assign(body: list[PlainLine], alone: list[list[str] | None], header: list[PlainLine],
            n: int, voc: Vocabulary) -> _Assignment:
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
    lines in it."""
    out = _Assignment()
    labels = _column_labels(header, voc)
    heads = _header_texts(header)
    block = True
    k = len(header)
    while k < len(body):
        if alone[k]:
            j = k
            while j < len(body) and alone[j]:
                j += 1
            rows = _rows(body[k:j], [v for v in alone[k:j] if v], n)
            ends = _ends(labels, voc)
            cut = _recut(rows, len(ends), n)
            if not block and not out.waiting and len(cut) == len(ends) \
                    and _section(labels[0].text, voc) \
                    and sum(len(row.values) for row in rows) \
                    == sum(len(vals or []) for vals in alone[k:j]):
                rows = cut  # as many rows as the labels above, a blank cell each
            together = not out.waiting and len(ends) == len(rows) and _one_block(labels) \
                and _opens_label(labels[0].text, voc)
            if not block and not together and (each := _one_each(labels, out, rows, voc)):
                ends, together = each, True
            # labels printed together, as many as the rows waiting and the run's
            together = together or (not block and bool(out.waiting)
                                    and len(ends) == len(out.waiting) + len(rows))
            # labels at the foot of the page before take the rows waiting there
            behind = not block and bool(out.waiting) and bool(labels) \
                and labels[-1].page < body[k].page
            _give(out, ends, rows, n, 0 if behind else len(rows) if together
                  else len(ends) if block else 1)
            labels, block = [], False
            k = j
        else:
            if not _repeats_header(body, k, heads) or _labels_values(body, alone, k, voc):
                labels.append(body[k])
            k += 1
    if labels and out.waiting:
        # after the last values, the last labels; the first where text follows the
        # table (a sentence ends among the lines, not a list's introduction)
        ends = _ends(labels, voc)
        prose = any(voc.ends_sentence(ln.text) and ln.text[-1] not in voc.list_intro
                    for ln in labels)
        out.waiting = _recut(out.waiting, len(ends), n)
        _give(out, ends[:len(out.waiting)] if prose else ends, [], n, 0, oldest=False)
    return out


def _label_count(body: list[PlainLine], alone: list[list[str] | None],
                 header: list[PlainLine], voc: Vocabulary) -> int:
    """How many labels end in a table part (as ``_assign`` reads its label lines):
    no row holds more than one value a column, so values more than this many rows
    of the column count hold mean one column more (a row short by a cell another
    row's block printed, read as the count)."""
    groups = [_column_labels(header, voc)]
    heads = _header_texts(header)
    for k in range(len(header), len(body)):
        if alone[k]:
            if groups[-1]:
                groups.append([])
        elif not _repeats_header(body, k, heads) or _labels_values(body, alone, k, voc):
            groups[-1].append(body[k])
    return sum(len(_ends(group, voc)) for group in groups)


def _one_each(labels: list[PlainLine], out: _Assignment, rows: list[_Row],
              voc: Vocabulary) -> list[PlainLine]:
    """The lines of labels printed together (one block, sections and list
    introductions aside) as labels of a line each when they are as many as the
    rows waiting and the rows printed after them, ``_EACH`` of them at least
    opening a label: they take the waiting rows first, then those ("Geneva",
    "37. Annual calendar ... in Geneva", "Vienna", ...: a short label does not
    wrap into the next). Empty when they are not (a wrapped label's two lines
    may be as many as two rows by chance)."""
    lines = [ln for ln in labels if not (ln.text[-1:] in voc.list_intro or _section(ln.text, voc))]
    if out.waiting and _one_block(lines) and len(lines) == len(out.waiting) + len(rows) \
            and len(lines) > len(_ends(lines, voc)) \
            and sum(_opens_label(ln.text, voc) for ln in lines) >= _EACH:
        return lines
    return []


def _labels_values(body: list[PlainLine], alone: list[list[str] | None], k: int,
                   voc: Vocabulary) -> bool:
    """Whether line ``k`` is a row label the edition knows with values right after
    it: a row, though the header holds the same word ("共计" is a column too)."""
    return voc.is_row_label(body[k].text) and k + 1 < len(body) and bool(alone[k + 1])


def _opens_label(text: str, voc: Vocabulary) -> bool:
    """Whether a line opens a label: enumerated, or a row label the edition knows
    (not the wrapped end of a label printed after its values)."""
    return bool(ROW_ENUMERATOR.match(text)) or voc.is_row_label(text)


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
    flat = [v for row in rows for v in row.values]
    if len(flat) % n == 0 or n < 3 or len(flat) % (n - 1) or len(flat) // (n - 1) > most \
            or any(len(row.values) != n for row in rows[:-1]):
        return rows
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
               if "".join(ln.text.split()) in voc.row_label_columns), None)
    under = _block(header[at + 1:], header[at].no + 1, voc) if at is not None else []
    if under:
        return under
    k = len(header)
    while k > 0:
        if k > 1 and voc.is_row_label(header[k - 2].text + header[k - 1].text):
            k -= 2  # a known label wrapped over two lines
        elif voc.is_row_label(header[k - 1].text) or ROW_ENUMERATOR.match(header[k - 1].text):
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


def _above_columns(header: list[PlainLine], voc: Vocabulary) -> list[PlainLine]:
    """The lines between the table's unit ("(百分比)") and the first line naming a
    column: the label column printed before the header (empty when there are
    none, or no unit)."""
    unit = next((k for k in range(len(header) - 1, -1, -1) if is_unit(header[k].text, voc)), None)
    if unit is None:
        return []
    names = next((k for k in range(unit + 1, len(header))
                  if _names_column(header[k].text, voc)), None)
    return header[unit + 1:names] if names is not None else []


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
    return 0 < k < len(lines) - 1 and lines[k - 1].no + 1 < lines[k].no < lines[k + 1].no - 1 \
        and " " not in lines[k].text.strip() and not _names_column(lines[k].text, voc)


def _block(lines: list[PlainLine], no: int, voc: Vocabulary, step: int = 1) -> list[PlainLine]:
    """The lines from the start that follow each other from line number ``no`` (by
    ``step``), up to one that names a column."""
    out: list[PlainLine] = []
    for ln in lines:
        if ln.no != no or _names_column(ln.text, voc):
            break
        out.append(ln)
        no += step
    return out


def _names_column(text: str, voc: Vocabulary) -> bool:
    """Whether a header line holds a year, a group label or a unit."""
    return bool(voc.year_column.match(text) or is_unit(text, voc)
                or text in voc.group_labels
                or any(voc.year_token.match(t) for t in text.split()))


def _header_texts(header: list[PlainLine]) -> set[str]:
    """A header's lines as ``_repeats_header`` compares them (spacing ignored): made
    once for all the lines of a table that are asked."""
    return {" ".join(ln.text.split()) for ln in header}


def _repeats_header(body: list[PlainLine], k: int, texts: set[str]) -> bool:
    """Whether a line is part of the header repeated on a later page (``texts``: the
    header's, ``_header_texts``): a header line next to another one (a single line
    such as "共计" may be a row label)."""

    def repeated(j: int) -> bool:
        return 0 <= j < len(body) and " ".join(body[j].text.split()) in texts

    return repeated(k) and (repeated(k - 1) or repeated(k + 1))


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
    out.waiting = (out.waiting[take:] if oldest else out.waiting[:len(out.waiting) - take]) \
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


def _ends(labels: list[PlainLine], voc: Vocabulary) -> list[PlainLine]:
    """Lines of a run of label lines that end a label: the last, one before an
    enumerated line, a row label the edition knows (with the part it totals
    named after it, "小计 (C)") or a list's introduction, a
    known row label, and one too narrow to have wrapped (against the widest line
    of its block); not a list's
    introduction ("Meetings of:") or a section the edition knows, which head the
    rows below and hold no values (unless it is the only line)."""
    # the label column's heading (a repeated header's, printed among the labels)
    # is no label and does not stand between a label and the next
    labels = [ln for ln in labels if "".join(ln.text.split()) not in voc.row_label_columns] \
        or labels
    if not labels:
        return []
    widest = _block_widths(labels)
    ends = []
    for k, ln in enumerate(labels):
        below = labels[k + 1].text if k + 1 < len(labels) else None
        if below is None or ROW_ENUMERATOR.match(below) or voc.is_row_label(below) \
                or voc.is_row_label(_BRACKETED_TAIL.sub("", below)) \
                or below[-1:] in voc.list_intro \
                or voc.is_row_label(ln.text) or width(ln.text) < _SHORT * widest[k]:
            ends.append(ln)
    heads = [ln for ln in ends if ln.text[-1:] in voc.list_intro or _section(ln.text, voc)
             or "".join(ln.text.split()) in voc.row_label_columns]
    return [ln for ln in ends if ln not in heads] or ends


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
    return [max(width(lines[j].text) for j in block) if len(block) > 1 else widest
            for block in blocks for _ in block]


def _section(text: str, voc: Vocabulary) -> bool:
    """Whether a line is a section the edition knows, which heads the rows below it
    ("B. 生成和转让知识"), its letter aside (a numbered line, "4. 行政和预算问题咨询
    委员会", is an item of its section)."""
    m = ROW_ENUMERATOR.match(text)
    if m and not m.group().strip()[:1].isupper():
        return False
    return "".join(text[m.end() if m else 0:].split()) in voc.section_labels


def _written(body: list[PlainLine], alone: list[list[str] | None],
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
                                     for k in between) \
                and not any(ROW_ENUMERATOR.match(ln.text) for ln in body[above:at[no]]):
            later[row.lines[0].no] = no
    return later


@dataclass
class _Label:
    """An enumerated row label printed in its place: its item number, the indices of
    its first and last lines, of the value lines right after it, and whether its
    wrapped rest follows those (a line opening no label)."""

    number: int
    first: int
    last: int
    values: range
    rest_after: bool


def _late_labels(body: list[PlainLine], alone: list[list[str] | None], n: int,
                 voc: Vocabulary) -> tuple[list[PlainLine], list[list[str] | None]]:
    """Label lines printed after a page's values put back in their rows: the wrapped
    rest of labels whose first line was printed with the values (that line full,
    no room for the rest's first word), and whole items missing from the series of
    enumerated labels printed in place ("3.", "5.": "4." printed later), whose
    values are the second row of those printed after the item before them. A block
    of label lines after values is read so when its first labels are such rests
    and missing items, in order, one missing item at least (the series tells
    where each goes), or rests of the label whose values the block follows only;
    known labels among them (a subtotal printed late) keep their place, and no
    missing item follows one (its items come after it). A rest goes before the
    values of the first unfinished label after the one the block last placed, a
    missing item before the row after the values of the item before it (its row,
    as many rows as missing items after it)."""
    spans = _spans(alone)
    enumerated = [least_width(ln.text) for k, ln in enumerate(body)
                  if not alone[k] and _ITEM.match(ln.text)]
    if not spans or not enumerated:
        return body, alone
    col = max(enumerated)
    wrapped = max((least_width(body[k].text) for piece in _pieces(
        body, [k for k in range(len(body)) if not alone[k]], col, voc)
        if _ITEM.match(body[piece[0]].text) for k in piece[:-1]), default=0)
    inserted: dict[int, list[int]] = {}
    runs = (spans, _header_texts(body[:spans[0].start]))
    low = 0
    # the labels from ``low`` on: those before a run are the labels of the lines from
    # ``low`` to it (a label's lines run on with no value line among them)
    placed = _placed_labels(body, (alone, runs), range(low, len(body)), col, voc)
    for span, following in zip(spans, [*spans[1:], range(len(body), len(body))], strict=True):
        block = range(span.stop, following.start)
        if not block:
            continue
        labels = [lab for lab in placed if lab.last < span.stop
                  and body[lab.first].page == body[block.start].page]
        # the rests go to labels the series places, else to the label the block
        # follows, full as the label column's wrapped lines are
        moves = _late_moves(body, alone, (block, col, n), labels, voc) or (wrapped and _late_moves(
            body, alone, (block, wrapped, n),
            [lab for lab in labels if lab.values.stop == block.start], voc, own=True))
        if moves:
            for at, lines in moves.items():
                inserted.setdefault(at, []).extend(lines)
            low = block.stop
            placed = _placed_labels(body, (alone, runs), range(low, len(body)), col, voc)
    if not inserted:
        return body, alone
    moved = {k for lines in inserted.values() for k in lines}
    order = [j for k in range(len(body)) if k not in moved for j in [k, *inserted.get(k, [])]]
    return [body[k] for k in order], [alone[k] for k in order]


def _placed_labels(body: list[PlainLine],
                   values: tuple[list[list[str] | None], tuple[list[range], set[str]]],
                   span: range, col: int, voc: Vocabulary) -> list[_Label]:
    """The enumerated labels in ``span`` with values printed right after them (or
    after the header repeated on a later page: a label printed above it); ``values``:
    each line's values alone, and the runs of value lines with the header's texts,
    made once by the caller."""
    alone, (spans, header) = values
    lines = [k for k in span if not alone[k]
             and not (k > spans[0].start and _repeats_header(body, k, header))]
    out = []
    for piece in _pieces(body, lines, col, voc):
        m = _ITEM.match(body[piece[0]].text)
        # the first run after the piece, where only the repeated header parts them (a
        # later run has the same lines between, and more)
        after = next((s for s in spans if s.start > piece[-1]), None)
        if m and after is not None and all(_repeats_header(body, k, header)
                                           for k in range(piece[-1] + 1, after.start)):
            below = body[after.stop].text if after.stop < len(body) else ""
            out.append(_Label(int(m[1]), piece[0], piece[-1], after,
                              bool(below) and not _heads_label(below, voc)))
    return out


def _pieces(body: list[PlainLine], lines: list[int], col: int,
            voc: Vocabulary) -> list[list[int]]:
    """Label lines (indices) cut into labels: a new one at a line that opens a
    label (enumerated, a known row label or section, a list's introduction), after
    a line that had room for its first word or a line apart (not the next)."""
    pieces: list[list[int]] = []
    for k in lines:
        text = body[k].text
        above = body[pieces[-1][-1]] if pieces else None
        if above is None or pieces[-1][-1] + 1 != k or _heads_label(text, voc) \
                or above.text[-1:] in voc.list_intro \
                or ends_short(above.text, text, col):
            pieces.append([k])
        else:
            pieces[-1].append(k)
    return pieces


def _heads_label(text: str, voc: Vocabulary) -> bool:
    """Whether a label line opens a label or heads rows (a section), a known label
    with the part it totals named after it too ("小计 (C)")."""
    return _opens_label(text, voc) or _section(text, voc) \
        or voc.is_row_label(_BRACKETED_TAIL.sub("", text))


def _late_moves(body: list[PlainLine], alone: list[list[str] | None],
                at: tuple[range, int, int], labels: list[_Label],
                voc: Vocabulary, own: bool = False) -> dict[int, list[int]]:
    """Where the first labels of a ``block`` of label lines printed after values go
    (``_late_labels``), by the index of the line they go after; empty when the
    block's first labels are not rests and missing items in order, one missing
    item at least, or rests of the label the block follows. A label whose rest
    follows its values is one of ``labels`` only when ``own`` (``labels`` then
    the label the block follows, a line of ideographs: wrapped at any character,
    a full line of them goes on; words wrap short of the column)."""
    block, col, n = at
    numbers = {lab.number: lab for lab in labels}
    moves: dict[int, list[int]] = {}
    fillers: dict[int, int] = {}  # missing items placed after a label, by its number
    place = 0  # the series' number the block placed last
    continued: set[int] = set()
    sure = True  # each rest goes to the label whose values the block follows
    skipped = False  # a known label (a subtotal, its items after it) passed
    page = body[block.start].page
    for piece in _pieces(body, [k for k in block if body[k].page == page], col, voc):
        text = body[piece[0]].text
        m = _ITEM.match(text)
        if m is None and not (_heads_label(text, voc) or _names_column(text, voc)
                              or holds_values(text)
                              or "".join(text.split()) in voc.row_label_columns):
            open_ = [lab for lab in labels if lab.number > place and lab.first == lab.last
                     and lab.number not in continued and (own or not lab.rest_after)
                     and not ends_short(body[lab.last].text, text, col)
                     and not (own and not ideographic(body[lab.last].text))]
            # a label's own rest is followed by one opening another label (values
            # after it are the next row's: the line is a label of its own)
            if not open_ or (own and not (piece[-1] + 1 < block.stop
                                          and _heads_label(body[piece[-1] + 1].text, voc))):
                break
            lab = open_[0]
            sure = sure and lab.values.stop == block.start
            if lab.values.start == lab.last + 1:
                moves.setdefault(lab.last, []).extend(piece)
            else:  # printed above the header repeated on a later page: both after it
                moves.setdefault(lab.values.start - 1, []).extend([lab.last, *piece])
            continued.add(lab.number)
            place = lab.number
            continue
        if m is None and voc.is_row_label(text) and not _section(text, voc):
            skipped = True  # a known label printed late stays: it takes a row waiting
            continue
        number = int(m[1]) if m else 0
        anchor = number - 1
        while anchor in fillers:
            anchor -= 1
        if not m or skipped or number <= place or number in numbers or anchor not in numbers \
                or number > max(numbers):  # not missing: the series goes on
            break
        fillers[number] = anchor
        boundary = _row_boundary(alone, numbers[anchor].values, n,
                                 sum(f == anchor for f in fillers.values()))
        if boundary is None:
            return {}
        moves.setdefault(boundary, []).extend(piece)
        place = number
    return moves if fillers or sure else {}


def _row_boundary(alone: list[list[str] | None], span: range, n: int, rows: int) -> int | None:
    """The index of the value line of ``span`` that ends its first ``rows`` rows of
    ``n`` values, when that line ends them and more values follow; else None."""
    count = 0
    for k in span:
        count += len(alone[k] or [])
        if count == rows * n:
            return k if k + 1 < span.stop else None
        if count > rows * n:
            return None
    return None


def _rest_among_labels(body: list[PlainLine], alone: list[list[str] | None],
                       voc: Vocabulary) -> tuple[list[PlainLine], list[list[str] | None]]:
    """The wrapped rest of a label printed among other labels, apart from its own:
    a block of label lines printed after a page's values holds a line opening no
    label, no values after it (it holds none), after an enumerated label ending
    short (room left for its first word in the narrowest line a label wrapped
    at). It goes after the enumerated label of its page printed on one line as
    full as that, its values right after it, the widest of them (the likeliest to
    have wrapped); with none, or several as wide, it stays."""
    lines = [k for k in range(len(body)) if not alone[k]]
    items = [least_width(body[k].text) for k in lines if _ITEM.match(body[k].text)]
    if not items or not any(alone):
        return body, alone
    wrapped = min((width(body[k].text) for piece in _pieces(body, lines, max(items), voc)
                   if _ITEM.match(body[piece[0]].text) for k in piece[:-1]), default=0)
    order = list(range(len(body)))
    for k in range(1, len(body) - 1):
        text = body[k].text
        if alone[k] or alone[k + 1] or _heads_label(text, voc) or _names_column(text, voc) \
                or holds_values(text) or not _after_label(body, alone, k, wrapped, voc):
            continue
        owners = [j for j in range(k) if not alone[j] and alone[j + 1]
                  and body[j].page == body[k].page and _ITEM.match(body[j].text)
                  and (j == 0 or alone[j - 1]) and not ends_short(body[j].text, text, wrapped)]
        widths = sorted((least_width(body[j].text), j) for j in owners)
        if widths and (len(widths) == 1 or widths[-1][0] > widths[-2][0]):
            order.remove(k)
            order.insert(order.index(widths[-1][1]) + 1, k)
    return [body[j] for j in order], [alone[j] for j in order]


def _after_label(body: list[PlainLine], alone: list[list[str] | None], k: int, col: int,
                 voc: Vocabulary) -> bool:
    """Whether line ``k`` follows an enumerated label printed without values on its
    page whose last line ends short of ``col`` (had room for ``k``'s first word; a
    line of ideographs, wrapped at any character: words wrap short of the column)."""
    above = k - 1
    while above >= 0 and not alone[above] and body[above].page == body[k].page \
            and not _heads_label(body[above].text, voc):
        above -= 1
    return above >= 0 and not alone[above] and body[above].page == body[k].page \
        and bool(_ITEM.match(body[above].text)) and ideographic(body[k - 1].text) \
        and ends_short(body[k - 1].text, body[k].text, col)


def _rest_over_page(body: list[PlainLine], alone: list[list[str] | None], voc: Vocabulary
                    ) -> tuple[list[PlainLine], list[list[str] | None]]:
    """An enumerated label ending a page, its last line as full as the label
    column's wrapped lines, whose rest opens the next page after the header
    repeated there (a line opening no label): the label goes after the header,
    right before its rest (the header read between them joined a heading to it)."""
    spans = _spans(alone)
    if not spans:
        return body, alone
    header = _header_texts(body[:spans[0].start])
    pieces = _pieces(body, [k for k in range(len(body)) if not alone[k]], 0, voc)
    wrapped = max((least_width(body[k].text) for piece in pieces
                   if len(piece) > 1 and _ITEM.match(body[piece[0]].text)
                   for k in piece[:-1]), default=0)
    order = list(range(len(body)))
    for k in range(spans[0].stop, len(body) - 1):
        if body[k + 1].page == body[k].page or alone[k] or not wrapped:
            continue
        first = k
        while first > 0 and not alone[first - 1] and not _heads_label(body[first].text, voc) \
                and body[first - 1].page == body[k].page:
            first -= 1
        r = k + 1
        while r < len(body) and not alone[r] and (
                _repeats_header(body, r, header) or _names_column(body[r].text, voc)
                or "".join(body[r].text.split()) in voc.row_label_columns):
            r += 1
        if r == len(body) or alone[r] or r == k + 1 or not _ITEM.match(body[first].text) \
                or _heads_label(body[r].text, voc) or holds_values(body[r].text) \
                or ends_short(body[k].text, body[r].text, wrapped):
            continue
        order = [j for j in order if not first <= j <= k]
        at = order.index(r)
        order[at:at] = list(range(first, k + 1))
    return [body[j] for j in order], [alone[j] for j in order]
