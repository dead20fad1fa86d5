"""Margin numbers printed as a block of their own, written before their paragraphs.

``pdftotext`` in its default mode prints the margin of a page (paragraph numbers,
item markers) as a block of its own when it holds several: "2.21", "2.22", then
the two paragraphs. Such a run of numbers, each following the one above, is
written before the paragraphs after it, one each, in order. A page whose margin
numbers come out apart from its text has them written before the paragraphs
opening on that page (``page_numbered``); numbers printed inside a sentence, or a
piece closing a quotation left open, go back into it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from .text_glyph_column import lone_glyph
from .text_grid_entries import PlainLine
from .text_grid_rows import ROW_ENUMERATOR
from .text_lines import FULL_SHARE, blank_between
from .text_values import values_of
from .text_vocab import Vocabulary
from .textnorm import width

_LETTERED = re.compile(r"^\(([a-z])\)")  # a lettered item marker, "(e)"
_NUMBERS_ONLY = re.compile(r"\d[\d、,，/]*")  # "16", "1、5、6、7、", "56/206"
_DIGIT_RUN = re.compile(r"\d+")
_FIGURES_ONLY = re.compile(r"[\d\W]+")  # no letter nor ideograph: "60/104", "25-05856"
# marks that open and close
_PAIRED = (("“", "”"), ("‘", "’"), ("《", "》"), ("(", ")"), ("（", "）"), ("「", "」"),
           ("『", "』"), ("[", "]"))
NOTE_MARK = re.compile(r"\d{1,3}")  # a footnote's number printed alone
# Two lines whose widths sum to at most this share of the measure can be one printed line.
_ONE_LINE = 1.05


def values_past_number(lines: list[PlainLine], k: int, last: str,
                        measure: tuple[int, Vocabulary]) -> int:
    """Where the lines after the paragraph number after ``last`` alone (at ``k``)
    stop holding values alone, when a full line of plain text follows them on the
    same page (the paragraph's first line, beside which the margin's number stood;
    a table's last values printed between), else ``k``."""
    full, voc = measure
    own = lone_number(lines[k].text, voc)
    if not own or not last or not next_number(last, own):
        return k
    j = k + 1
    while j < len(lines) and lines[j].page == lines[k].page\
            and values_of(lines[j].text) is not None and not _later(own, lines[j].text):
        j += 1
    return j if k + 1 < j < len(lines) and lines[j].page == lines[k].page\
        and _plain_text(lines[j].text, voc) and width(lines[j].text) >= FULL_SHARE * full\
        else k


def number_before_header(lines: list[PlainLine], region: range, last: str,
                         measure: tuple[int, Vocabulary]) -> int:
    """Where the paragraph opens whose margin number, the one after ``last``, the
    mode printed alone at ``region.stop``, inside a table's region before its
    header (``region``: the table's lines before it on its page, the caption's
    title left out; they hold no values): the number stood beside the
    paragraph's first line, which the mode writes
    after the table's rows, the first full line of plain text after a line of
    values (a total's label a glyph a line around them) on the number's page,
    before anything that ends a table. Else ``region.stop``."""
    full, voc = measure
    k = region.stop
    own = lone_number(lines[k].text, voc)
    if not own or not last or not next_number(last, own)\
            or any(values_of(lines[i].text) is not None for i in region):
        return k
    for j in range(k + 2, region_end(lines, k + 1, voc, own)):
        if lines[j].page != lines[k].page:
            break
        if _after_values(lines, range(k + 1, j)) and _plain_text(lines[j].text, voc)\
                and width(lines[j].text) >= FULL_SHARE * full:
            return j
    return k


def _after_values(lines: list[PlainLine], above: range) -> bool:
    """Whether the last of the lines ``above`` that is not one glyph alone holds
    values (a total's label printed a glyph a line around its figures: "共",
    "718.4 718.4", "计")."""
    return next((values_of(lines[i].text) is not None
                 for i in reversed(above) if not lone_glyph(lines[i].text)), False)


def margins_placed(lines: list[PlainLine], page: tuple[set[str], int],
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
            last = advance(last, ln.text, voc)
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
    first, then the page's first line (unless it goes on with a sentence the page
    before left open), then the likeliest weak ones; with more
    sure openings than numbers, each number takes the first opening after the
    place it was printed (``_by_place``). A page with fewer openings than numbers
    stays as it was."""
    at = [i for i in span if (number := lone_number(lines[i].text, voc))
          and _later(last, number)]
    printed = [lines[i].text for i in at]
    numbers = sorted(printed, key=_series_place)
    direct = [i + 1 < span.stop and i + 1 not in at and mask(lines[i + 1].text) not in page[0]
              for i in at]
    block = _margin_block(lines, at, page[1], voc)
    if not last or (numbers == printed and not block)\
            or not all(next_number(a, b) for a, b in zip([last, *numbers], numbers, strict=False)):
        return None
    tables = _table_lines(lines, span, set(at), page[1], voc)
    body = [lines[i] for i in span if i not in at]
    heads = [i + 1 in at and not voc.ends_sentence(lines[i].text)
             and lines[i].text[-1:] not in voc.list_intro for i in span if i not in at]
    ranks = _opening_ranks(body, [i in tables for i in span if i not in at], heads, last,
                           page, voc)
    if ranks is None:
        return None
    if _goes_on_over_page(lines, span, page, voc):
        ranks = {j: rank for j, rank in ranks.items() if rank != 1}
    sure = [j for j, rank in ranks.items() if rank == 0]
    others = sorted((j for j, rank in ranks.items() if rank), key=lambda j: ranks[j])
    if len(sure) > len(numbers):
        before = _last_before(lines, span.start, page[0])
        ended = before is None or voc.ends_sentence(before.text)
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


def _goes_on_over_page(lines: list[PlainLine], span: range, page: tuple[set[str], int],
                       voc: Vocabulary) -> bool:
    """Whether the text before a page (``span``) ends in a full line of plain text
    with its sentence open: the page's first line goes on with it, opening no
    paragraph."""
    junk, full = page
    before = _last_before(lines, span.start, junk)
    return before is not None and not voc.ends_sentence(before.text)\
        and width(before.text) >= FULL_SHARE * full and _plain_text(before.text, voc)


def _last_before(lines: list[PlainLine], start: int, junk: set[str]) -> PlainLine | None:
    """The last line before ``start`` that is no running line (``junk``), looked for
    from ``start`` up (not by masking every line above)."""
    return next((lines[j] for j in range(start - 1, -1, -1) if mask(lines[j].text) not in junk),
                None)


def _margin_block(lines: list[PlainLine], at: list[int], full: int, voc: Vocabulary) -> bool:
    """Whether a page's numbers in order (at ``at``) read as its margin printed as a
    block: the first two printed together, or two others while the first is not
    printed right before a full line of text (its paragraph's first line)."""
    if len(at) < 2:
        return False
    if at[1] - at[0] == 1:
        return True
    after = lines[at[0] + 1] if at[0] + 1 < len(lines) else None
    beside = after is not None and width(after.text) >= FULL_SHARE * full\
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
    the end of its region (``region_end``), or to the first of the page's
    ``margin`` numbers after it (the paragraph beside it follows the table), or to
    a full line of plain text in a block of its own after a line of values (a
    paragraph between two tables); a table whose caption is on a page before
    goes on at the page's top as far."""
    inside: set[int] = set()
    i = next((c for c in range(span.start - 1, -1, -1)
              if voc.table_caption.match(lines[c].text)), span.start)
    while i < span.stop:
        if voc.table_caption.match(lines[i].text):
            end = min([region_end(lines, min(i + title_at(lines, i) + 1, len(lines)), voc, ""),
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
        if blank_between(above, lines[k]) and values_of(above.text) is not None\
                and width(text) >= FULL_SHARE * full and _plain_text(text, voc):
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
        going_on = note and width(text) >= FULL_SHARE * full and not voc.ends_sentence(text)
        if tables[j] or mask(text) in junk or values_of(text) is not None or note:
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
    return blank_between(body[j - 1], body[j]) if j else not m.group(2)[:1].isdigit()


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
    heading = width(ln.text) < FULL_SHARE * full and not voc.ends_sentence(ln.text)\
        and ln.text[-1:] not in voc.list_intro  # a subheading the edition does not know
    apart = printed is not None and blank_between(printed, ln)
    if not heading and (voc.is_heading(above.text) or apart or (
            voc.ends_sentence(above.text)
            and (_marker(above.text, voc) or width(above.text) < FULL_SHARE * full))):
        return 0
    if not voc.ends_sentence(above.text) and (
            (printed is not None and NOTE_MARK.fullmatch(printed.text))
            or width(above.text) + width(ln.text) <= _ONE_LINE * full):
        return None
    share = width(above.text) / full if full else 1
    if share < FULL_SHARE or voc.ends_sentence(above.text):
        return 1 + share
    return None


def number_apart(lines: list[PlainLine], last: str, voc: Vocabulary) -> bool:
    """Whether the first of ``lines`` is the paragraph number after ``last`` alone, a
    block of its own, its paragraph the block after it on the same page (a blank
    line between): text that opens no item, heading or caption."""
    if len(lines) < 2:
        return False
    number, below = lines
    own = lone_number(number.text, voc)
    return bool(own) and bool(last) and next_number(last, own or "")\
        and number.page == below.page and blank_between(number, below)\
        and values_of(below.text) is None and not (
            voc.paragraph_number.match(below.text) or _marker(below.text, voc)
            or lone_number(below.text, voc) or voc.is_heading(below.text)
            or voc.table_caption.match(below.text) or voc.figure_caption.match(below.text))


def number_past_rest(lines: list[PlainLine], k: int, last: str, above: PlainLine,
                     measure: tuple[int, Vocabulary]) -> int:
    """Where the paragraph opens whose number, the one after ``last``, stands alone at
    ``k`` over text that is not its paragraph's (``_over_other_text``): the first
    line of the number's page after a sentence's end or a heading that opens a
    block ending a sentence (a numbered paragraph ends so; a list entry's rest or a
    title does not). Else ``k``."""
    voc = measure[1]
    if not _over_other_text(lines, k, last, above, measure):
        return k
    page = lines[k].page
    for j in range(k + 2, len(lines)):
        prev, text = lines[j - 1].text, lines[j].text
        if lines[j].page != page or voc.table_caption.match(text) or lone_number(text, voc)\
                or voc.paragraph_number.match(text):
            break
        if (voc.ends_sentence(prev) or voc.is_heading(prev)) and _plain_text(text, voc)\
                and _ends_sentence_on(lines, j, voc):
            return j
    return k


def _over_other_text(lines: list[PlainLine], k: int, last: str, above: PlainLine,
                     measure: tuple[int, Vocabulary]) -> bool:
    """Whether the paragraph number after ``last``, alone at ``k``, stands over text
    of another block on its page: a figure's caption, or (``number_apart``) text
    going on with the sentence ``above`` (the last line written: a full line of
    plain text left open at the foot of the page before, or a mandate list's
    heading, whose entries follow it)."""
    full, voc = measure
    own = lone_number(lines[k].text, voc)
    if not own or not last or not next_number(last, own) or k + 1 >= len(lines)\
            or lines[k + 1].page != lines[k].page:
        return False
    if voc.figure_caption.match(lines[k + 1].text):
        return True
    listed = len(above.text) <= voc.termlist_heading_max_chars\
        and bool(voc.termlist_heading.search(above.text))
    carried = above.page < lines[k].page and width(above.text) >= FULL_SHARE * full
    return number_apart(lines[k:k + 2], last, voc) and not voc.ends_sentence(above.text)\
        and (listed or carried) and _plain_text(above.text, voc)


def _ends_sentence_on(lines: list[PlainLine], j: int, voc: Vocabulary) -> bool:
    """Whether the block at line ``j`` ends a sentence before a heading, caption,
    paragraph number or the page's end (footnote calls printed alone go on in it)."""
    for ln in lines[j:]:
        if NOTE_MARK.fullmatch(ln.text):
            continue
        if ln.page != lines[j].page or not _plain_text(ln.text, voc):
            return False
        if voc.ends_sentence(ln.text):
            return True
    return False


def number_over_heading(lines: list[PlainLine], last: str, full: int,
                         voc: Vocabulary) -> bool:
    """Whether the first of ``lines`` is the paragraph number after ``last`` alone,
    printed above a heading (a short line the edition reads as one) whose
    paragraph is the line after it, on one page: the margin's number stands beside
    the paragraph's first line, never beside a heading."""
    if len(lines) < 3:
        return False
    number, heading, below = lines
    own = lone_number(number.text, voc)
    return bool(own) and bool(last) and next_number(last, own or "")\
        and number.page == heading.page == below.page and voc.is_heading(heading.text)\
        and width(heading.text) < FULL_SHARE * full and _plain_text(below.text, voc)\
        and not lone_number(below.text, voc)


def marker_apart(lines: list[PlainLine], voc: Vocabulary) -> bool:
    """Whether the first of ``lines`` is an item marker alone ("㈠") printed as a block
    of its own, its text the block after it on the same page (a blank line
    between): plain text, no number, marker, heading or caption."""
    if len(lines) < 2:
        return False
    marker, below = lines
    return _lone_marker(marker.text, voc) and marker.page == below.page\
        and blank_between(marker, below) and values_of(below.text) is None and not (
            voc.paragraph_number.match(below.text) or _marker(below.text, voc)
            or lone_number(below.text, voc) or voc.is_heading(below.text)
            or voc.table_caption.match(below.text) or voc.figure_caption.match(below.text))


def inline_numbers(above: PlainLine, lines: list[PlainLine], voc: Vocabulary) -> bool:
    """Whether the first of ``lines`` holds only numbers of the sentence that runs from
    ``above`` into the line after it, printed as a block of their own ("全球超过",
    "16", "亿人住房不"), or closes a mark ``above`` left open: a blank line on both
    sides, on one page, the line above text not ending its sentence, the line
    after plain text (no values, paragraph number, item, heading or caption)."""
    if len(lines) < 2:
        return False
    number, below = lines
    # (the page and the blank lines first: most lines are told by them)
    return above.page == number.page == below.page\
        and blank_between(above, number) and blank_between(number, below)\
        and (bool(_NUMBERS_ONLY.fullmatch(number.text)) and not lone_number(number.text, voc)
             or _closes_mark(above.text, number.text))\
        and values_of(above.text) is None and not voc.ends_sentence(above.text)\
        and _plain_text(below.text, voc)


def _plain_text(text: str, voc: Vocabulary) -> bool:
    """Whether a line is plain running text: no values, paragraph number, item,
    heading or caption."""
    return values_of(text) is None and not (
        voc.paragraph_number.match(text) or _marker(text, voc) or voc.is_heading(text)
        or voc.table_caption.match(text) or voc.figure_caption.match(text))


def goes_on(lines: list[PlainLine], k: int, last: PlainLine, voc: Vocabulary) -> bool:
    """Whether the block of plain text at ``k``, set apart on the page of ``last``,
    goes on with the sentence ``last`` left open (a printed line the mode cut into
    three blocks: "大会第", "56/206", "号决议将…，自", then the next line)."""
    return k < len(lines) and lines[k].page == last.page and blank_between(last, lines[k])\
        and not voc.ends_sentence(last.text) and _plain_text(lines[k].text, voc)


def renumbered(lines: list[PlainLine], k: int, first: int) -> None:
    """The block of lines at ``k`` numbered from ``first`` on, in place."""
    end = k + 1
    while end < len(lines) and lines[end].no == lines[end - 1].no + 1:
        end += 1
    lines[k:end] = [PlainLine(first + j, ln.text, ln.page, ln.indent)
                    for j, ln in enumerate(lines[k:end])]


def _closes_mark(above: str, text: str) -> bool:
    """Whether a line closes a quotation mark or bracket the line above left open
    ("关于“2022", "年绿动联合国报告”，并根"): the same sentence, printed apart. (Whether
    the line holds the closing mark at all is asked first: most hold none.)"""
    return any(right in text and text.count(right) > text.count(left)
               and above.count(left) > above.count(right) for left, right in _PAIRED)


def title_at(lines: list[PlainLine], k: int) -> int:
    """How far below the caption at ``k`` its title is: the next line, whatever it
    reads like, unless the caption ends a page and its title starts the next one
    (a line between them on the caption's page is that page's footnote)."""
    if k + 2 < len(lines) and lines[k].page == lines[k + 1].page != lines[k + 2].page:
        return 2
    return 1


def advance(last: str, text: str, voc: Vocabulary) -> str:
    """The last paragraph number met, after a line: one that starts the line before
    its text, or stands alone after ``last`` in its series (numbers in between may
    have been lost with a page's running lines). A number of ``last``'s series that
    does not come after it opens a line as a reference wrapped to the line's start
    ("15.87 段…" below "15.109"), no paragraph's."""
    number = line_number(voc.paragraph_number, text)
    if number is None:
        return last
    if number != text and values_of(text) is None:
        return last if _earlier(number, last) else number
    return number if number == text and (not last or _later(last, number)) else last


def _earlier(number: str, last: str) -> bool:
    """Whether paragraph number ``number`` is ``last`` or comes before it in its series."""
    return bool(last) and number.rpartition(".")[0] == last.rpartition(".")[0]\
        and not _later(last, number)


def _later(above: str, below: str) -> bool:
    """Whether paragraph number ``below`` comes after ``above`` in its series."""
    head, _, tail = above.rpartition(".")
    own, _, end = below.rpartition(".")
    return head == own and tail.isdigit() and end.isdigit() and int(end) > int(tail)


def number_run(lines: list[PlainLine], k: int, voc: Vocabulary) -> int:
    """How many lines from ``k`` hold a paragraph number or an item marker alone,
    the numbers each the one after the number above ("2.21", "2.22"; "(i)",
    "12.25"): the margin's numbers printed as one block (0 without a number)."""
    run = 0
    last = None
    while k + run < len(lines):
        text = lines[k + run].text
        number = lone_number(text, voc)
        if number and (last is None or next_number(last, number)):
            last = number
        elif number or not _lone_marker(text, voc):
            break
        run += 1
    return run if last is not None else 0


def line_number(pattern: re.Pattern[str], text: str) -> str | None:
    """The paragraph number (by the edition's ``pattern``) that starts a line, or
    stands alone on it (every line is asked this by several readers, hence the memo,
    keyed by the pattern's source: a compiled pattern hashes its whole code at each
    call)."""
    return _line_number(pattern.pattern, pattern.flags, text)


def line_numbers(pattern: re.Pattern[str], texts: Iterable[str]) -> dict[str, int]:
    """The paragraph numbers (``line_number``) that start a line of ``texts`` or
    stand alone on one, each with the index of the first such line (the pattern's
    source and flags read once, not per line: readers ask it of every line of the
    text)."""
    source, flags = pattern.pattern, pattern.flags
    first: dict[str, int] = {}
    for k, text in enumerate(texts):
        if number := _line_number(source, flags, text):
            first.setdefault(number, k)
    return first


@lru_cache(maxsize=16384)
def _line_number(pattern: str, flags: int, text: str) -> str | None:
    """:func:`line_number` by the source and flags of its pattern."""
    compiled = re.compile(pattern, flags)
    m = compiled.match(text) or compiled.match(text + " x")
    return m.group(1) if m else None


def lone_number(text: str, voc: Vocabulary) -> str | None:
    """The paragraph number a line holds alone, if it does."""
    return _number_alone(voc.paragraph_number.pattern, voc.paragraph_number.flags, text)


@lru_cache(maxsize=16384)
def _number_alone(pattern: str, flags: int, text: str) -> str | None:
    """:func:`lone_number` by the source and flags of the edition's pattern (see
    ``line_number``), memoised: the margin's rules ask it of the same lines many
    times over."""
    m = re.compile(pattern, flags).match(text + " x")
    return m.group(1) if m and m.group(1) == text else None


def margin_mark(text: str, voc: Vocabulary) -> bool:
    """Whether a line holds a paragraph number or an item marker alone: every rule
    for the margin's numbers opens at such a line (a line set apart by blank lines,
    a sentence's numbers printed apart, aside)."""
    return bool(lone_number(text, voc)) or _lone_marker(text, voc)


def _lone_marker(text: str, voc: Vocabulary) -> bool:
    """Whether a line is an item marker alone ("(i)")."""
    m = voc.item_level1.match(text + " x") or voc.item_level2.match(text + " x")
    return m is not None and m.group(1) == text


def _marker(text: str, voc: Vocabulary) -> bool:
    """Whether a line starts an item ("(a)", alone or with its text)."""
    return bool(voc.item_level1.match(text + " x") or voc.item_level2.match(text + " x"))


def next_number(above: str, below: str) -> bool:
    """Whether paragraph number ``below`` comes right after ``above`` ("2.22" after
    "2.21")."""
    return below == successor(above)


def successor(number: str) -> str | None:
    """The paragraph number right after ``number`` in its series ("2.22" after
    "2.21"; None for a number that ends in no figure): worked out once, for a reader
    that asks it of many lines."""
    head, _, tail = number.rpartition(".")
    return f"{head}.{int(tail) + 1}" if tail.isdigit() else None


def numbered(lines: list[PlainLine], k: int, run: int, page: tuple[set[str], int],
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
    only_numbers = all(lone_number(number, voc) for number in numbers)
    starts: dict[int, str] = {}
    j = k + run
    while j < len(lines) and len(starts) < run and not voc.table_caption.match(lines[j].text)\
            and not (only_numbers and j > k + run and lone_number(lines[j].text, voc)):
        ln = lines[j]
        text = ln.text
        opens = _opens(lines, (k, k + run, j), voc, page)
        if opens and mask(text) not in junk and not (
                _marker(text, voc) or (j > k + run and _lone_marker(lines[j - 1].text, voc))
                or voc.is_heading(text) or voc.figure_caption.match(text)
                or lone_number(text, voc) or values_of(text)):
            starts[j] = numbers[len(starts)]
        j += 1
    # the next page's margin ends the search: the paragraphs found take their numbers
    if len(starts) < run and not (only_numbers and starts and j < len(lines)
                                  and lone_number(lines[j].text, voc)):
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
    while prev >= first and mask(lines[prev].text) in junk:
        prev -= 1
    after_numbers = prev < first
    above = lines[prev] if not after_numbers else (lines[k - 1] if k else None)
    if above is None or voc.is_heading(above.text):
        return True
    if voc.ends_sentence(above.text) and (after_numbers or _marker(above.text, voc)
                                          or width(above.text) < FULL_SHARE * full):
        return True
    ln = lines[j]
    return not after_numbers and (blank_between(above, ln) or ln.page != above.page)


def _continues_items(above: list[PlainLine], marker: str, voc: Vocabulary) -> bool:
    """Whether a lettered item marker ("(e)") follows the nearest marker above ("(d)")
    met before any paragraph number."""
    for ln in reversed(above):
        if voc.paragraph_number.match(ln.text) or lone_number(ln.text, voc):
            return False
        if _marker(ln.text, voc):
            mine, theirs = _LETTERED.match(marker), _LETTERED.match(ln.text)
            return mine is not None and theirs is not None\
                and ord(mine[1]) == ord(theirs[1]) + 1
    return False


@lru_cache(maxsize=16384)
def mask(text: str) -> str:
    """A line as running lines are compared: digits and spacing ignored, but for the
    last figure of a line of figures alone (``_figures_alone``): the page count of a
    page mark ("60/104" and "61/104" agree), not a resolution's number ("57/12", a
    table's row label). Memoised: a table's lines are asked once per reader that
    drops its running lines."""
    text = " ".join(text.split())
    if not _figures_alone(text):
        return _DIGIT_RUN.sub("#", text)
    last = list(_DIGIT_RUN.finditer(text))[-1].start()
    return _DIGIT_RUN.sub("#", text[:last]) + text[last:]


def running_masks(running: list[str], voc: Vocabulary) -> set[str]:
    """The masks of a text's running lines, to know them inside its tables: a line of
    figures alone is running where it is the document's job number or where two
    running lines share its mask (page marks, each page's number), not where one line
    of the pages' edges gives it (a resolution's number at a page's foot, "11/12")."""
    figures = Counter(mask(text) for text in set(running) if _figures_alone(text))
    return {mask(text) for text in running
            if not _figures_alone(text) or voc.job_number.fullmatch(text)}\
        | {m for m, count in figures.items() if count > 1}


def _figures_alone(text: str) -> bool:
    """Whether a line holds two figures or more and nothing else but signs ("60/104",
    "25-05856", "57/12")."""
    return len(_DIGIT_RUN.findall(text)) > 1 and _FIGURES_ONLY.fullmatch(text) is not None


def region_end(lines: list[PlainLine], k: int, voc: Vocabulary, last: str) -> int:
    """Index of the first line from ``k`` that cannot belong to a table: a
    caption, a footnote rule, a paragraph number (one alone that reads as a value
    only when it is the one after ``last``, the last met before the table), or a
    heading that is not an enumerated row label."""
    while k < len(lines):
        text = lines[k].text
        number = line_number(voc.paragraph_number, text)
        if (voc.table_caption.match(text) or voc.figure_caption.match(text)
                or voc.footnote_separator.match(text)
                or (number is not None and (values_of(text) is None
                                            or (bool(last) and next_number(last, number))))
                or (voc.is_heading(text) and not ROW_ENUMERATOR.match(text))):
            return k
        k += 1
    return k
