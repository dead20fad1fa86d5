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
their rows (``text_late_labels``), a label ending a page goes after the next page's
header when its rest opens that page (``rest_over_page``), a rest printed among
late labels, apart from its own, goes after the full label it goes on
(``rest_among_labels``), with its own rest opening the next page; labels at the
foot of a page take the rows waiting there, not the next page's first values;
the label column's top printed late, between a label and its values, gives its
labels the rows printed without one, in order (``text_column_top``), and a row
short of values by as many as one run after such lines that take no values (the
heading, sections) holds goes on there.
Header lines printed among a page's first row's values go back in the header
(``text_regather``), a negative figure broken before its ")" is one value, and a
table's last values printed after its labels, fewer than a row, go in the runs short
of whole rows where the sums say (``text_regather``), as do a page's last values
printed after labels at its foot and the first value of a wrapped label's middle
line printed among the other labels; where the sums down the columns say nothing,
the sums across the row do (``text_row_sums``: the estimate is the appropriation and
the change). The header repeated on a later page printed in pieces, its last lines
after the page's first labels, is put together again, and a page's first row's
middle cells printed among the header's lines go next to their like in the row
(``text_header_cells``).
Footnotes at the foot of a page the table goes on past go after it. The last
columns printed as a band of their own at the foot of the page (header, then
value blocks) are set apart before the rows are read and go on at the ends of
that page's rows (``text_bands.page_bands``); pages whose repeated header names
another number of columns (the others printed as a band) are read with their own
column count (``text_bands.width_changes``). A column group missing from the last
page, printed past the next table's caption under the header it had on an earlier
page, goes back under its table first (``text_band_returns``), and so does a table's last part
whose header and values come past that caption, a row a line (``text_part_returns``).
A part's label printed among the labels of the part above, before that part's
header and values, goes before its own part (``text_part_labels``); a part whose
pages print their label column, then column groups each under its header (their
rows a few lines each, or their columns a block each, or blocks each a band of
rows under a run of columns: ``text_tiled_rows``), is read a row a line
(``text_label_block``).
Years broken in a narrow header ("202" / "2年") are header. A table of prose cells
under a header of years, a block of lines per cell, is laid out column-aligned as
``pdftotext -layout`` prints it: cells side by side in one block are told apart
(``text_columnar_cells``; in columns of other widths, a justified line among them,
each printed line's words are dealt to the cells under year headings printed in
groups: ``text_merged_cells``), a dash between the header's years is the cell under
the first, and a row going on under the header repeated on the next page goes on in
its cells. A table with text columns has its label pieces and values put back a row
at a time (``text_columnar_cells.text_cell_rows``). A table of text
columns and year columns whose header and rows are printed a line of each cell in
turn is laid out column-aligned too (``text_line_rows``): its region goes on past
the label column's heading (a heading the edition knows), past the next
paragraph's number printed alone before the table's lines of the number's page
(the number then opens its paragraph, after the table), and takes its last
figures printed after the next paragraph's number.
Running lines (page headers and footers) inside a table are dropped (a page mark
known by its page count: a resolution's number, "57/12", is a row's label), and a row's
enumerator or a part's number printed on a line of its own ("1.", as mutool prints
items; "(1)") goes before its label. A word the
mode joined at a line end without its hyphen gets it back where the document
prints it hyphenated (``text_columnar_words``).

The same mode prints the margin of a page (paragraph numbers, item markers) as a
block of its own when it holds several: "2.21", "2.22", then the two paragraphs.
Such a run of numbers, each following the one above, is written before the
paragraphs after it, one each, in order. A page whose margin numbers come out
apart from its text (out of order, or in order as a block) has them written
before the paragraphs opening on that page (``text_margins``): not at the
pieces of a line broken at a footnote's call, the rest of a footnote, the rows
of a table going on from the page before, nor a heading printed right before a
number; a paragraph between two tables opens after the first's values. A number
printed above a short heading goes to the paragraph under it, and one printed
over a figure, or over the rest of a sentence the page before left open, to the
first block after them that opens a paragraph and ends a sentence
(``number_past_rest``). The next
paragraph number, or an item marker, printed as a block of its own takes the
text after it; numbers printed as a block of their own inside a sentence
("全球超过", "16", "亿人住房不"), or a piece closing a quotation left open, go back
into it, with the rest of the printed line when the sentence goes on in the next
block ("大会第", "56/206", "号决议将…，自"). A table's last values printed after
the next paragraph number alone go before it, the number opening the full line of
text after them; a paragraph number printed alone inside a table's region before
its header (the number stood beside a first line the mode writes after the table)
opens the first full line of plain text after the table's values on its page, and
the table ends there. Everything else stays as it was.

This module finds the regions and runs the steps in order; the steps live in
modules of their own: ``text_margins`` (margin numbers), ``text_stacked_values``
(value lines, runs and the column count), ``text_stacked_rows`` (rows dealt to
labels), ``text_regather`` (cells printed out of their row's order),
``text_late_labels`` (labels printed late) and ``text_cell_blocks`` (prose cells).
"""

from __future__ import annotations

from itertools import islice

from .text_band_returns import bands_returned
from .text_bands import bands_joined, page_bands, second_band, width_changes
from .text_baseline_rows import baseline_rows, may_head_text_columns
from .text_cell_blocks import prose_cells
from .text_chart_runs import chart_lines
from .text_column_blocks import column_blocks_joined
from .text_columnar import MORE
from .text_columnar_cells import text_cell_rows
from .text_columnar_words import rehyphenated
from .text_grid_entries import PlainLine, table_parts
from .text_grid_rows import ROW_ENUMERATOR
from .text_header_cells import among_header, among_header_placed, header_completed
from .text_label_block import label_block_rows
from .text_label_first import label_column_first
from .text_late_labels import late_labels, rest_among_labels, rest_over_page
from .text_line_rows import line_rows, names_text_column
from .text_lines import blank_between
from .text_margins import (
    NOTE_MARK,
    advance,
    goes_on,
    inline_numbers,
    margin_mark,
    margins_placed,
    marker_apart,
    mask,
    number_apart,
    number_before_header,
    number_over_heading,
    number_past_rest,
    number_run,
    numbered,
    region_end,
    renumbered,
    running_masks,
    title_at,
    values_past_number,
)
from .text_part_labels import part_labels_placed
from .text_part_returns import part_returned
from .text_prose import heads_prose_table, line_measure
from .text_regather import (
    down_the_column,
    first_column_apart,
    first_values_parted,
    header_gathered,
    label_lines_parted,
    last_row_gathered,
    leftovers_placed,
    middle_value_placed,
    page_leftovers_placed,
    parentheses_closed,
    regathered,
    rows_then_blocks,
    summed,
    sums,
    transposed,
)
from .text_rowpieces import pieces_joined
from .text_sidebyside import Pairs, word_pairs
from .text_stacked_rows import LabelEnds, assign, heads_label, label_count, section, written
from .text_stacked_values import (
    boxed_year_count,
    column_count,
    value_runs,
    values_alone,
    whole_rows,
    year_count,
    year_counts,
)
from .text_values import holds_values, values_of
from .text_vocab import Vocabulary
from .textnorm import join_wrapped

# How many of a table's first lines with values tell whether it is stacked.
_FIRST = 8


def restack(lines: list[PlainLine], running: list[str], voc: Vocabulary) -> list[PlainLine]:
    """``lines`` with each stacked table rewritten a row per line (a row's values on
    its label's last line), the page's ``running`` lines met inside a table dropped
    (not those that read as values: a page number looks like a count), a chart's
    labels printed among a table's lines dropped (``chart_lines``: read as rows, they
    gave the table rows of figures it does not hold), and the margin's numbers
    printed as one block put before their paragraphs."""
    junk = running_masks(running, voc)
    lines = rehyphenated(lines)
    full = line_measure([ln.text for ln in lines])
    pairs = word_pairs([ln.text for ln in lines])
    lines = margins_placed(lines, (junk, full), voc)
    out: list[PlainLine] = []
    last = ""  # the last paragraph number met outside tables
    k = 0
    while k < len(lines):
        if voc.table_caption.match(lines[k].text):
            start = min(k + title_at(lines, k) + 1, len(lines))
            end = region_end(lines, start, voc, last)
            if charts := chart_lines(lines[start:end]):
                lines = [ln for j, ln in enumerate(lines) if j - start not in charts]
                end = region_end(lines, start, voc, last)
            ahead = _past_column_headings(lines, end, voc, last)
            opened, stop = _past_page_number(lines, range(start, ahead), last, (full, voc))
            if (read := _rows_in_turn(opened, (k, stop), (junk, last, full, pairs), voc)):
                lines, end = read
                out += lines[k:end]
                k = end
                continue
            if ahead == end < stop:
                # the number printed over the header opens the text after the rows
                lines = opened
                end = region_end(lines, start, voc, last)
            if end < len(lines) and voc.table_caption.match(lines[end].text):
                after = region_end(lines, min(end + title_at(lines, end) + 1, len(lines)), voc,
                                   last)
                region, rest = bands_returned(lines[k:end], lines[end:after], voc)
                region, rest = part_returned(region, rest, voc)
                lines = [*lines[:k], *region, *rest, *lines[after:]]
                end = k + len(region)
            table = _restacked(lines[k:end], junk, voc, pairs)
            if end < len(lines) and voc.figure_caption.match(lines[end].text)\
                    and (band := second_band(table, lines[end:], voc)):
                table, rest = band
                lines = lines[:end] + rest
            out += table
            k = end
            continue
        before = len(out)
        # every rule below but a sentence's numbers printed apart opens at a margin mark
        mark = margin_mark(lines[k].text, voc)
        if not mark and not (out and blank_between(lines[k - 1], lines[k])):
            out.append(lines[k])  # most lines: no rule below opens at them
            k += 1
        elif mark and (run := number_run(lines, k, voc)) > 1:
            k = numbered(lines, k, run, (junk, full), voc, out)
        elif mark and number_over_heading(lines[k:k + 3], last, full, voc):
            number, heading, below = lines[k:k + 3]
            out += [heading, PlainLine(below.no, f"{number.text} {below.text}", below.page,
                                       below.indent)]
            k += 3
        elif mark and (j := values_past_number(lines, k, last, (full, voc))) > k + 1:
            # a table's last values printed after the margin's number beside the
            # paragraph's first line: the values first, then the numbered text
            out += [*lines[k + 1:j], PlainLine(lines[k].no, f"{lines[k].text} {lines[j].text}",
                                               lines[j].page, lines[k].indent)]
            k = j + 1
        elif mark and out and (j := number_past_rest(lines, k, last, out[-1], (full, voc))) > k:
            # the text under the number goes on from the page before: the number's
            # paragraph opens further down
            out += [*lines[k + 1:j], PlainLine(lines[j].no, f"{lines[k].text} {lines[j].text}",
                                               lines[j].page, lines[j].indent)]
            k = j + 1
        elif mark and (number_apart(lines[k:k + 2], last, voc)
                       or marker_apart(lines[k:k + 2], voc)):
            below = lines[k + 1]
            out.append(PlainLine(lines[k].no, f"{lines[k].text} {below.text}", below.page,
                                 lines[k].indent))
            k += 2
        elif out and blank_between(lines[k - 1], lines[k])\
                and inline_numbers(out[-1], lines[k:k + 2], voc):
            above, below = out[-1], lines[k + 1]
            out[-1] = PlainLine(above.no, f"{above.text} {lines[k].text}", above.page,
                                above.indent)
            k += 2
            if goes_on(lines, k, below, voc):  # a third piece of the printed line
                out[-1] = PlainLine(above.no, f"{out[-1].text} {below.text}", above.page,
                                    above.indent)
                renumbered(lines, k, above.no + 1)
            else:
                out.append(PlainLine(above.no + 1, below.text, below.page, below.indent))
        else:
            out.append(lines[k])
            k += 1
        for ln in out[before:]:
            last = advance(last, ln.text, voc)
    return out


def _rows_in_turn(lines: list[PlainLine], span: tuple[int, int],
                  seen: tuple[set[str], str, int, Pairs], voc: Vocabulary
                  ) -> tuple[list[PlainLine], int] | None:
    """``lines`` with the table whose caption is at ``span[0]`` and whose region
    ends at ``span[1]`` (past column headings, ``_past_column_headings``, and the
    margin's number, ``_past_page_number``) laid out column-aligned, its header
    and rows printed a line of each cell in turn (``text_line_rows``) or in pieces
    merged on their baselines (``text_baseline_rows``), and the index after it; its
    last figures printed after the margin's number of the next paragraph are its
    own (``values_past_number``). None for any other table (``seen``: the running
    lines, the last paragraph number met, the measure and the document's wording)."""
    k, end = span
    junk, last, full, pairs = seen
    past = end + 1 if end == len(lines) else max(
        values_past_number(lines, end, last, (full, voc)), end + 1)
    region = [*lines[k + 1:end], *lines[end + 1:past]]
    if not (names_text_column(region, voc) or may_head_text_columns(region, voc)):
        return None  # (told on all its lines: most tables, before their running lines go)
    body = [ln for ln in region if values_of(ln.text) is not None or mask(ln.text) not in junk]
    laid = line_rows(body, voc) or baseline_rows(body, voc, pairs)
    if laid is None:
        return None
    return [*lines[:k + 1], *laid, *lines[end:end + 1], *lines[past:]], k + 1 + len(laid)


def _past_column_headings(lines: list[PlainLine], end: int, voc: Vocabulary, last: str) -> int:
    """Where a table's region ending at ``end`` ends when it goes on past each heading
    that the edition also knows as a column heading (the label column's, printed
    first, the header repeated on a later page too), up to where a region ends after
    it: a table whose cells print a line each in turn (``_rows_in_turn``)."""
    while end < len(lines) and voc.is_heading(lines[end].text)\
            and "".join(lines[end].text.split()) in voc.column_headings:
        end = region_end(lines, end + 1, voc, last)
    return end


def _past_page_number(lines: list[PlainLine], region: range, last: str,
                      measure: tuple[int, Vocabulary]) -> tuple[list[PlainLine], int]:
    """``lines`` and where a table's region ends, when the margin's number after
    ``last`` printed alone ends it (at ``region.stop``) before the table's lines
    of the number's page (``number_before_header``): the table goes on past the
    number, up to the number's paragraph, the number written before its first
    line. Else ``lines`` and ``region.stop`` as they were."""
    end = region.stop
    if end >= len(lines):
        return lines, end
    page = lines[end].page
    start = next((i for i in region if lines[i].page == page), end)
    j = number_before_header(lines, range(start, end), last, measure)
    if j <= end:
        return lines, end
    return _number_opened(lines, end, j), j - 1


def _number_opened(lines: list[PlainLine], end: int, j: int) -> list[PlainLine]:
    """``lines`` with the margin's number printed alone at ``end`` written before
    its paragraph's first line, at ``j`` (the lines between move up one)."""
    opened = PlainLine(lines[j].no, f"{lines[end].text} {lines[j].text}", lines[j].page,
                       lines[end].indent)
    return [*lines[:end], *lines[end + 1:j], opened, *lines[j + 1:]]


def _restacked(region: list[PlainLine], junk: set[str], voc: Vocabulary, pairs: Pairs
               ) -> list[PlainLine]:
    """A table region (caption first) rewritten a row per line, part by part, or as
    it was when its values are not stacked (``pairs``: the document's wording)."""
    region = [region[0], *_enumerators_joined(region[1:], voc)]
    body = [ln for ln in region[1:]
            if values_of(ln.text) is not None or mask(ln.text) not in junk]
    prose = prose_cells(body, voc, pairs)
    if prose is not None:
        return [region[0], *prose]
    body = part_labels_placed(body, voc)
    read = label_block_rows(body, voc)
    body = read or body
    alone = values_alone(body, voc)
    if not _stacked(body, alone, voc):
        rows = column_blocks_joined(label_column_first(body, voc) or body, voc)\
            or text_cell_rows(body, voc)
        if rows is None:
            rows = pieces_joined(body, voc) or read
        return region if rows is None else [region[0], *rows]
    body, notes = _page_notes(body, alone, voc)
    kept, bands = page_bands(body, voc)
    if bands and (joined := bands_joined(_restacked_body(region[0], kept, voc), bands, voc)):
        return joined + notes
    return _restacked_body(region[0], body, voc, None if notes else alone) + notes


def _restacked_body(caption: PlainLine, body: list[PlainLine], voc: Vocabulary,
                    alone: list[list[str] | None] | None = None) -> list[PlainLine]:
    """A stacked table's lines (``caption``, then ``body``) a row per line, part by
    part (``alone``: the values of its lines, ``values_alone``, where the caller read
    them already)."""
    alone = values_alone(body, voc) if alone is None else alone
    placed = _first_cells_last(body, alone, voc)
    parts = table_parts(placed, voc, set(width_changes(placed, voc)))
    if len(parts) == 1 and placed is body:  # one part, as it was: its values are read
        return [caption, *_restacked_part(body, voc, alone)]
    return [caption, *(ln for part in parts for ln in _restacked_part(part, voc))]


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
            if at == end or body[at].page != ln.page or not NOTE_MARK.fullmatch(
                    body[at].text) or not voc.ends_sentence(body[end].text)\
                    or heads_label(body[at + 1].text, voc):
                break
            found.append((at, end))
            end = at - 1
        marks = [int(body[at].text) for at, _ in reversed(found)]
        if found and end >= 0 and alone[end] is None and body[end].page == ln.page\
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
            section(ln.text, voc) for ln in body[:values[0]]):
        return body
    at = next((k for k in range(values[0] + 1, len(body) - 1)
               if "".join(body[k].text.split()) in voc.row_label_columns
               and section(body[k + 1].text, voc)), None)
    if at is None or any(section(ln.text, voc) for ln in body[:at]):
        return body
    after = body[at + 2].text if at + 2 < len(body) else ""
    note = at > values[-1] and bool(  # a footnote may follow the last values, not a row
        voc.footnote_start.match(after) or len(after.split()) == 1 and len(after) <= 2)
    if values[0] < 2 or (after and not (
            note or section(after, voc) or after[-1:] in voc.list_intro)):
        return body
    first = values[0] - 1  # the first row's label (its last line)
    return [body[0], body[at], *body[1:first], body[at + 1], *body[first:at], *body[at + 2:]]


def _enumerators_joined(body: list[PlainLine], voc: Vocabulary) -> list[PlainLine]:
    """A row's enumerator or a part's number printed on a line of its own ("1.", then
    "Notes on the programme of work ...", as mutool prints the items of a list; "(1)",
    then "Regular budget" (``table_part_mark``), the part's label cut where the mode
    cuts its blocks) put before the label on the next line of its page (not values,
    nor another enumerated line); a part's label opens with a word ("(7)" over
    "1 GS (PL) in …" is a negative count over a text cell, "(4)" over "(5)=(4)-(3)"
    numbers a header's columns)."""
    out: list[PlainLine] = []
    for ln in body:
        above = out[-1] if out else None
        if above is not None and above.page == ln.page\
                and (_lone_enumerator(above.text)  # (the line above first: seldom alone)
                     or voc.table_part_mark.match(above.text) and ln.text[:1].isalpha())\
                and values_of(ln.text) is None and not ROW_ENUMERATOR.match(ln.text):
            out[-1] = PlainLine(above.no, f"{above.text} {ln.text}", above.page, above.indent)
        else:
            out.append(ln)
    return out


def _lone_enumerator(text: str) -> bool:
    """Whether a line is a row's enumerator alone ("1.", "A.", "(a)")."""
    m = ROW_ENUMERATOR.match(text + " ")
    return m is not None and m.end() >= len(text)


def _stacked(body: list[PlainLine], alone: list[list[str] | None], voc: Vocabulary) -> bool:
    """Whether a table's values are stacked: most of its first lines with values
    hold one value alone (not a label and values, nor a row of values), and no
    column holds text (a text cell wraps over lines of its own, values among them;
    a table of years over prose cells is not one either). Only the first are
    looked at: what follows a table in the same region (a chart's axis) may be
    values alone too (and the lines after them are not read at all). A line's
    words are looked up among the text columns' headings at once."""
    valued = list(islice((vals is not None and len(vals) == 1
                          for ln, vals in zip(body, alone, strict=True)
                          if vals or (holds_values(ln.text) and values_of(ln.text) is None)),
                         _FIRST))
    return 2 * sum(valued) > len(valued) and (sum(valued) == _FIRST or not heads_prose_table(
        [ln.text for ln in body[1:]], voc)) and all(
        voc.text_columns.isdisjoint(ln.text.split()) for ln in body)


def _restacked_part(body: list[PlainLine], voc: Vocabulary,
                    read: list[list[str] | None] | None = None) -> list[PlainLine]:
    """One part of a table (its own header and column count) a row per line
    (``read``: the values of its lines, ``values_alone``, where the caller read
    them already)."""
    printed = parentheses_closed(body)
    alone = values_alone(printed, voc) if read is None or printed != body else read
    printed, before = header_completed(printed, alone, voc), printed
    if printed != before:  # (the values of each line, read again only for other lines)
        alone = values_alone(printed, voc)
    body = header_gathered(printed, alone, voc)
    among = among_header(printed, body, alone)
    body, middles = label_lines_parted(body, voc)
    counted, (named, years) = body, year_counts(body, voc)
    body, alone, columns = transposed(body, alone if body == printed else values_alone(body, voc),
                                      years, boxed_year_count(body, voc))
    if not columns:
        body, alone, columns = rows_then_blocks(body, alone)
    if not columns:  # (the years counted again only where the lines changed)
        body, alone, columns = first_column_apart(
            body, alone, years if body == counted else year_count(body, voc))
    runs = value_runs(body, alone)
    n = columns or column_count([[v for vals in run for v in vals] for _, run in runs], named)
    if n < 2:
        return body
    first = next(k for k, vals in enumerate(alone) if vals)
    values = sum(len(whole_rows([v for vals in run for v in vals], n)) for _, run in runs)
    ends_of = LabelEnds(voc)
    if not columns and values > n * label_count(body, alone, body[:first], ends_of)\
            and sums(alone, n + 1) >= sums(alone, n) + MORE:
        n += 1
    alone = among_header_placed(body, alone, n, among)
    body, alone = first_values_parted(body, alone, n)
    body, alone = down_the_column(body, alone, n)
    body, alone = middle_value_placed(body, alone, n, voc)
    body, alone = last_row_gathered(body, alone, n, voc)
    body, alone = regathered(body, alone, n, voc)
    body, alone = leftovers_placed(body, alone, n, set(middles))
    body, alone = page_leftovers_placed(body, alone, n, set(middles))
    body, alone = summed(body, alone, n)
    body, alone = late_labels(body, alone, n, voc)
    body, alone = rest_over_page(body, alone, voc)
    body, alone = rest_among_labels(body, alone, voc)
    first = next(k for k, vals in enumerate(alone) if vals)
    return written(body, alone, assign(body, alone, body[:first], n, ends_of), middles)
