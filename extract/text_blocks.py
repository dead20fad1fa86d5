"""Block structure of a flat text from its content alone.

Extractors agree on little: one printed line per line, in reading order, pages
perhaps separated by form feeds. Blank lines, indentation, trailing spaces and
column spacing come and go. This module finds where blocks start and end from
what the lines say — paragraph numbers continuing in sequence, item markers,
captions, page-foot footnotes whose calls appear above them, mandate entries
known by their symbol, and a short line ending a wrapped block — and writes the
lines in the spacing convention the rest of the reader understands
(``text_lines``: a leading space starts a block, a trailing space ends it). A
table, from its caption to the first line that cannot belong to it, is read from
its rows of printed values by ``text_grid`` and handed over whole.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from .docx_numbering import roman
from .model import HeaderCell, Provenance, Table, TablePart
from .text_columns import GRID_HEADINGS, TextGrid, text_grid
from .text_figures import axis_labels, chart_labels
from .text_gap_pieces import gap_pieces_joined
from .text_grid import read_grid
from .text_grid_entries import Paging, PlainLine
from .text_grid_header import opening_label_heading
from .text_lines import FULL_SHARE, SUBITEM_INDENT, SrcLine
from .text_margins import line_number, line_numbers
from .text_post_cells import cell_post_part, is_cell_post_table
from .text_posts import is_post_table, post_part
from .text_prose import chunks, column_pieces, heads_prose_table, line_measure
from .text_sidebyside import word_pairs
from .text_tables import is_unit
from .text_termlists import bare_heading_end, bare_order, bare_terms, columns_apart, entry_start
from .text_values import fewest_values, holds_values, is_numeric, is_value
from .text_vocab import Footer, Vocabulary
from .text_wrap import BROKEN_WORD, ends_short, join, least_width
from .textnorm import width

# A line as running lines are compared: its runs of digits and of spaces each as one.
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
_RUNNING_SHARE = 0.3
_SPACED_SHARE = 0.3
_STARTED_SHARE = 0.05  # lines that open a block with a leading space, in spaced text
_PADDED_SHARE = 0.5  # trailing-spaced lines of one common length: padded to the page width
# Share of a spaced text's trailing spaces that may run straight on into the next line.
_RUN_ON_SHARE = 0.2
# Share of them whose next line goes on with a lower-case letter (a sentence wrapped
# there, not a block closed): pypdf prints the space of every soft line break.
_WRAP_SHARE = 0.1
_RUNNING_MIN = 3
_EDGE = 4
_PARTS = 20  # the most parts a section is divided in (roman numerals read)
_NUMERALS = [roman(k).upper() for k in range(1, _PARTS + 2)]  # its parts' numerals, one more
_FULL_PERCENTILE = 0.8
# Two spaces or more between two words: a gutter between columns of a table line.
_INNER_GUTTER = re.compile(r"\S {2,}\S")
# Right ends of full lines of column-aligned text spread over this many characters.
_END_SPREAD = 6
# Characters right of a text table's first column's start that a line of it may start.
_PIECE_SLACK = 2
# Characters a line's first piece may run wider than a column's widest line so far
# and still be that column's (wider: a later column's).
_WIDTH_SLACK = 2
# Share of lines indented in text that keeps the printed indents (column-aligned).
_INDENTED_SHARE = 0.3
_SEPARATOR = "__________"
# Trailing spaces that end a written line's block whatever it ends with (one space
# after a Latin word is a wrapped phrase's: ``SrcLine.closes``).
_ENDS = 2
_AHEAD = 5
# Lines a caption-less table's header may take between its unit and first row.
_HEADER_AHEAD = 12
_BARE_AHEAD = 5  # a bare list's heading (up to three lines) and its first two lines
_FOOT_LINES = 3  # lines a page's foot may leave between a list and its next page
_LETTER = re.compile(r"^([A-Z])\.\s")
# A lettered item after the first ("(c) ..."), and letters that are roman numerals too.
_ITEM_LETTER = re.compile(r"^\(([b-z])\)\s+(\S)")
_ROMAN = frozenset("ivx")
_WORD = re.compile(r"[^\W\d_]")
# A running mark of figures joined by a slash or hyphen ("3/49", "26-04819") is
# running also where an extractor put it amid the page's text; figures with a decimal
# point or alone there are values.
_MARK_SIGN = re.compile(r"#[/-]#")
# A footnote call ending a line: a number right after a letter, ideograph or punctuation.
# (The pattern opens by looking ahead at the digit it must start with: a pattern
# opening with a choice of lookbehinds is tried in full at every character, three
# times slower.)
_CALL_END = re.compile(r"(?=\d)(?:(?<=[^\W\d_])|(?<=[,;)”’。，；）])|(?<=\D\.))\d{1,3}$")
# A footnote call opening a line, the rest of the printed line after it.
_CALL_START = re.compile(r"^(\d{1,3})\s+\D")
# A footnote call in a line (see ``_Reblocker._first_calls``): its first digit, with
# what stands before it looked behind for from there (a pattern opening with a digit
# is tried only at digits; one opening with lookarounds, at every character).
_CALLED = re.compile(r"\d(?<=[^\W\d_]\d|[.,;:)”’。，；：）]\d)(?<!\d\.\d)\d*(?=\s|$)")
# Two lines whose widths sum to at most this share of the measure can be one printed line.
_ONE_LINE = 1.05


def has_block_spacing(raws: list[str], voc: Vocabulary) -> bool:
    """Whether the text marks block ends with trailing spaces and block starts with
    leading ones and, if it has tables, keeps the lines of spaces that close their
    headers (then the spacing is trusted as it is). Trailing spaces alone are no such
    mark: mutool leaves one at every soft line break of running text. Nor where blank
    lines, not the spaces, close the blocks: then many a line that ends with a space
    runs straight on into the next one (pdfminer's boxes; text without blank lines
    has nothing but the spaces to close its blocks). Nor where many a line that ends
    with a space is a sentence going on in lower case on the next (pypdf keeps the
    space of every soft line break of a Latin script). Nor are spaces that fill most of
    the lines they close to one common length: a text padded to the page width marks
    nothing (lines it prints longer than the page keep no space; the seed's marked
    lines end anywhere)."""
    kept = [r for r in raws if r.strip()]
    closed = [r for r in kept if r.endswith(" ")]
    trailing = len(closed)
    if not trailing >= _SPACED_SHARE * len(kept) > 0:
        return False  # (most texts close few lines with a space: nothing more to measure)
    filled = [r.strip() for r in kept]
    tables = any(voc.table_caption.match(r) for r in filled)
    spacers = len(kept) < len(raws) and any(r and not r.strip() for r in raws)
    common = max(Counter(len(r) for r in closed).values(), default=0)
    leading = sum(r.startswith(" ") for r in kept)
    run_on = sum(a.endswith(" ") and bool(b.strip())
                 for a, b in zip(raws, raws[1:], strict=False) if a.strip())
    blanks = "" in raws[:-1]  # the last is what follows the final line break
    wrapped = sum(a.endswith(" ") and b.lstrip()[:1].islower()
                  for a, b in zip(kept, kept[1:], strict=False))
    return ((spacers or not tables) and common < _PADDED_SHARE * trailing
            and (run_on <= _RUN_ON_SHARE * trailing or not blanks)
            and wrapped <= _WRAP_SHARE * trailing
            and leading >= _STARTED_SHARE * len(filled))


def drop_running(lines: list[PlainLine],
                 voc: Vocabulary) -> tuple[list[PlainLine], list[str]]:
    """Take out footers and running headers: page-number lines, and lines printed
    at the top or foot of many pages (digits ignored, so "2/44" and "3/44" agree).
    A line of figures alone is running only as a job or page number (see
    ``_page_marks``): a lone paragraph number "15.11" or a chart value at a page
    edge is body, and so is a lone paragraph number with a letter ("29A.12") that
    continues the numbering, and so is a caption, and so is a table's header line
    opening with its label column's heading (a table that goes on over many pages
    repeats it at their tops; its reader skips the repeats). Job and page numbers are
    marks wherever they stand. Lone paragraph numbers (a margin the mode printed as a
    block of its own) are no part of a page's edge: a running head printed under them
    is still at it."""
    lone = _lone_numbers(lines, voc)
    pages: dict[int, list[PlainLine]] = {}
    for ln in lines:
        if ln.no not in lone:  # a margin printed apart is no page edge
            pages.setdefault(ln.page, []).append(ln)
    edge_lines = [ln for page in pages.values() for ln in {*page[:_EDGE], *page[-_EDGE:]}]
    key = {ln.no: _running_key(ln.text) for ln in edge_lines}
    edges = Counter(key[ln.no] for ln in edge_lines)
    need = max(_RUNNING_MIN, int(_RUNNING_SHARE * len(pages)))
    # lines at the edges of many pages: a text of one page (a word processor's, no
    # page breaks) has none, whatever its first and last lines repeat
    running_keys = {k for k, c in edges.items() if c >= need} if len(pages) > 1 else set()
    drop = {ln.no for ln in edge_lines if key[ln.no] in running_keys}
    for k in {k for k in running_keys if not _WORD.search(k)}:
        marks = [ln for ln in edge_lines if key[ln.no] == k]
        drop -= {ln.no for ln in marks} - _page_marks(marks, need)
        if _MARK_SIGN.search(k):
            drop |= _page_marks(_keyed(lines, k), need)
    drop -= lone
    drop -= {ln.no for ln in lines if ln.no in drop and (
        _is_caption(ln.text, voc) or opening_label_heading(ln.text.split(), [], voc))}
    footers = [(ln, footer) for ln in lines if (footer := voc.footer(ln.text)) and footer.whole]
    drop |= {ln.no for ln, _ in footers}
    drop |= _job_numbers(lines, drop, voc)
    drop |= _page_numbers(lines, footers, voc)
    running = list(dict.fromkeys(ln.text for ln in lines if ln.no in drop))
    kept = [ln for ln in lines if ln.no not in drop]
    sideways = _sideways_heads(kept, running)
    return [ln for ln in kept if ln.no not in sideways], running


def _sideways_heads(lines: list[PlainLine], running: list[str]) -> set[int]:
    """Numbers of the lines printing a running head a word a line, as some
    extractors give a page set sideways its head printed up its edge ("Part",
    "VI", "Human", "rights", …): at the start or end of a page's lines, as many
    lines of one word each as a running line of two words or more has words,
    which they read in order."""
    heads = {tuple(text.split()) for text in running if len(text.split()) > 1}
    pages: dict[int, list[PlainLine]] = {}
    for ln in lines:
        pages.setdefault(ln.page, []).append(ln)
    found: set[int] = set()
    for page in pages.values():
        for k in {len(words) for words in heads}:
            for edge in (page[:k], page[-k:]):
                if len(edge) == k and tuple(ln.text for ln in edge) in heads:
                    found |= {ln.no for ln in edge}
    return found


def _running_key(text: str) -> str:
    """A line as running lines are compared: digits ignored, spaces as one."""
    return _DIGITS.sub("#", _SPACES.sub(" ", text))


def _keyed(lines: list[PlainLine], key: str) -> list[PlainLine]:
    """The lines whose ``_running_key`` is ``key``: only those holding each of its
    characters besides "#" and spaces (which the key keeps as printed: "-" and "/" of
    "#-# #/#") are keyed, not every line of the text."""
    for char in set(key) - {"#", " "}:  # (a pass a character: few lines hold it)
        lines = [ln for ln in lines if char in ln.text]
    return [ln for ln in lines if _running_key(ln.text) == key]


def _is_caption(text: str, voc: Vocabulary) -> bool:
    """A table's or figure's caption ("Table 15.1"): never a running line, though its
    digits aside it repeats at the top of every page that opens with a table."""
    return bool(voc.table_caption.match(text) or voc.figure_caption.match(text))


def _job_numbers(lines: list[PlainLine], running: set[int], voc: Vocabulary) -> set[int]:
    """Numbers of the lines printing only the document's job number ("25-05954", as
    the footers print it beside the page number): a page set sideways prints it
    alone, wherever its header and footer fall among the page's lines."""
    jobs = {m["job"] for ln in lines if ln.no in running for m in voc.job_number.finditer(ln.text)}
    return {ln.no for ln in lines if ln.text in jobs}


def _page_numbers(lines: list[PlainLine], footers: list[tuple[PlainLine, Footer]],
                  voc: Vocabulary) -> set[int]:
    """Numbers of the lines printing only a page number ("61/104") as the ``footers``
    print it (job number and page number), of as many pages, where the footers would
    put it: a page set sideways prints it apart from the job number, wherever it falls
    among the page's lines (a resolution symbol "56/20" of a table's row is none: its
    figures give another count or page)."""
    if not footers:
        return set()
    total = Counter(footer.pages for _, footer in footers).most_common(1)[0][0]
    offsets = {footer.page - ln.page for ln, footer in footers if footer.pages == total}
    return {ln.no for ln in lines
            for m in [voc.page_number.fullmatch(ln.text)] if m and m["pages"] == total
            and any(abs(int(m["page"]) - ln.page - offset) <= 1 for offset in offsets)}


def _lone_numbers(lines: list[PlainLine], voc: Vocabulary) -> set[int]:
    """Numbers of the lines holding only a paragraph number that comes next in the
    numbering of the numbers starting lines, alone or not."""
    lone: set[int] = set()
    last: tuple[str, int] | None = None
    seen = _line_numbers(lines, voc)
    for ln in lines:
        number = line_number(voc.paragraph_number, ln.text)
        if number and _follows(number, last, seen):
            last = _series(number)
            if _one_piece(ln.text):
                lone.add(ln.no)
    return lone


def _page_marks(lines: list[PlainLine], need: int) -> set[int]:
    """Numbers of the lines of figures alone that mark pages: printed the same on
    ``need`` pages or more (a job number), or with a figure at a constant distance
    from the page's place in the text on that many (a page number). Lines without
    a figure (a dash alone: a blank table cell) mark none."""
    if not any(c.isdigit() for c in lines[0].text):
        return set()
    texts = Counter(ln.text for ln in lines)
    same = {t for t, c in texts.items() if c >= need}
    marks = {ln.no for ln in lines if ln.text in same}
    figures = {ln.no: [int(f) for f in re.findall(r"\d+", ln.text)] for ln in lines}
    for i in range(min(len(f) for f in figures.values())):
        offsets = Counter(figures[ln.no][i] - ln.page for ln in lines)
        common, count = offsets.most_common(1)[0]
        if count >= need:
            marks |= {ln.no for ln in lines if figures[ln.no][i] - ln.page == common}
    return marks


def _body_indents(lines: list[PlainLine]) -> dict[int, int]:
    """Each page's body indent, where the text keeps indents (column-aligned text):
    the most common indent of its wide lines not parted by gutters (chart labels and
    table lines are no body lines); a page without such lines takes the page's
    before it. Empty where the text keeps no indents."""
    if sum(1 for ln in lines if ln.indent) < _INDENTED_SHARE * len(lines):
        return {}
    body = [ln for ln in lines if not _has_gutter(ln.text)]
    widths = sorted(width(ln.text) for ln in body)
    wide = widths[int(_FULL_PERCENTILE * (len(widths) - 1))] / 2 if widths else 0
    pages: dict[int, Counter[int]] = {}
    for ln in body:
        if width(ln.text) >= wide:
            pages.setdefault(ln.page, Counter())[ln.indent] += 1
    margins: dict[int, int] = {}
    margin = min((ln.indent for ln in body), default=0)
    for page in dict.fromkeys(ln.page for ln in lines):
        if page in pages:
            margin = pages[page].most_common(1)[0][0]
        margins[page] = margin
    return margins


def _has_gutter(text: str) -> bool:
    """Whether a line holds a gutter between columns (``_INNER_GUTTER``). (Looked for
    only in a line holding two spaces running, as few lines of prose do: the pattern is
    tried at every character.)"""
    return "  " in text and _INNER_GUTTER.search(text) is not None


def _call_pattern(n: int) -> re.Pattern[str]:
    """A footnote call: the number right after a letter, an ideograph or punctuation."""
    return re.compile(rf"(?=\s?\d)(?:(?<=[^\W\d_])|(?<=[.,;:)”’。，；：）]))\s?{n}(?![\d.,/])")


class _Reblocker:
    """Decides block starts and ends line by line, then writes the lines."""

    def __init__(self, lines: list[PlainLine], voc: Vocabulary, paging: Paging) -> None:
        self.lines = _join_markers(lines, voc)
        self.voc = voc
        self.paging = paging
        self.starting: dict[str, bool] = {}  # ``starts`` by line: asked many times over
        # ``header_end``, ``is_termlist_heading``, ``titles_table`` and
        # ``known_heading`` by line index: a prose line's end asks them of the next
        # line, which is then asked them again
        self.header_ends: dict[int, int] = {}
        self.known_headings: dict[int, bool] = {}
        self.termlist_headings: dict[int, bool] = {}
        self.titled_tables: dict[int, bool] = {}
        self.first_calls: dict[tuple[int, str], int] | None = None  # ``_first_calls``
        self.margins = _body_indents(self.lines)
        self.full = self._full_width()
        self.measure = line_measure([ln.text for ln in self.lines])
        self.lines = self._join_calls(gap_pieces_joined(
            self.lines, self.measure, voc, lambda ln: self.is_full(ln.text, ln.indent, ln.page)))
        # the lines' texts, for readers handed the texts of the lines from one on (asked
        # at every line)
        self.texts = [ln.text for ln in self.lines]
        self.pairs = word_pairs(self.texts)
        self.out: list[SrcLine] = []
        self.tables: dict[int, Table] = {}
        # where the last table of text columns ended, and that table (its next part
        # may follow under a part label)
        self.last_grid: tuple[int, Table] | None = None

    def _full_width(self) -> int:
        """Where full lines end: a high percentile of the widths of lines not ending
        in values nor parted by gutters (table lines, and wide pages of them, or
        prose cells laid side by side from stacked text, would push a percentile
        past every prose line). In column-aligned text (lines keep their indents)
        the right end most lines reach, counted from the page's body indent (facing
        pages are shifted apart)."""
        ends = [self._right_end(ln.text, ln.indent, ln.page) for ln in self.lines
                if not any(map(is_numeric, ln.text.rsplit(None, 2)[-2:]))
                and not _has_gutter(ln.text)]
        ends.sort()
        high = ends[int(_FULL_PERCENTILE * (len(ends) - 1))] if ends else 0
        if not self.margins or not ends:
            return high
        counts = Counter(e for e in ends if 2 * e >= high)  # short lines end anywhere
        return max(counts, key=lambda e: (sum(counts[e - d] for d in range(_END_SPREAD)), e))

    def _right_end(self, text: str, indent: int, page: int) -> int:
        """Where a line ends, counted from its page's body indent."""
        return indent - self.margins.get(page, 0) + width(text)

    def is_full(self, text: str, indent: int = 0, page: int = 0) -> bool:
        """Whether a line, ``indent`` spaces in on ``page``, runs (nearly) to where full
        lines end."""
        return self._right_end(text, indent, page) >= FULL_SHARE * self.full

    def _join_calls(self, lines: list[PlainLine]) -> list[PlainLine]:
        """A line ending in a footnote call joined to the prose line after it when
        either is short (the rest of the printed line, without a sentence end):
        some extractors break the printed line at the raised number."""
        out: list[PlainLine] = []
        for ln in lines:
            prev = out[-1] if out else None
            # (a call ends in a digit: the pattern is searched only on such lines)
            if prev and prev.page == ln.page and prev.text[-1:].isdecimal() \
                    and _CALL_END.search(prev.text) \
                    and (not self.is_full(ln.text, ln.indent, ln.page)
                         and not self.voc.ends_sentence(ln.text)  # the rest of the line
                         or not self.is_full(prev.text, prev.indent, prev.page)) \
                    and not self._own_block(ln.text) \
                    and not self.voc.table_caption.match(prev.text) \
                    and not self.voc.figure_caption.match(prev.text):
                out[-1] = PlainLine(prev.no, f"{prev.text} {ln.text}", prev.page, prev.indent)
            else:
                out.append(ln)
        return out

    def _own_block(self, text: str) -> bool:
        """Lines that never continue the line above: numbered, marked, captions,
        footnotes, values."""
        voc = self.voc
        return bool(voc.paragraph_number.match(text) or voc.footnote_start.match(text)
                    or voc.footnote_separator.match(text) or self.starts(text)
                    or fewest_values(text))

    # -- what a line is ----------------------------------------------------------

    def paragraph_numbers(self) -> set[int]:
        """Indexes of lines starting a numbered paragraph: the first number seen, then
        each number that continues the last one ("15.2" after "15.1") or starts a
        new series at 1. A number whose text goes on in lower case is a reference
        wrapped to the line's start ("24.99 and annex IV"), no paragraph's."""
        found: set[int] = set()
        last: tuple[str, int] | None = None
        seen = _line_numbers(self.lines, self.voc)
        annexed = False
        for k, ln in enumerate(self.lines):
            annexed = _in_annex(annexed, ln.text, self.voc)
            m = self.voc.paragraph_number.match(ln.text)
            if not m or all(is_numeric(a) for a in ln.text.split()) \
                    or ("." not in m.group(1) and holds_values(ln.text)) \
                    or m.group(2)[:1].islower():
                continue
            if _follows(m.group(1), last, seen, annexed, skips=True, at=k):
                found.add(k)
                last = _series(m.group(1))
                annexed = annexed and not last[0]  # an annex heading in the contents
        return found

    def footnotes(self, paras: set[int]) -> tuple[set[int], set[int]]:
        """Indexes of footnote first lines and of all footnote lines: after a rule,
        or a run at the foot of a page numbered from the next expected footnote
        whose calls appear above it on the page. The run ends before a paragraph or
        caption, or after a footnote's short or sentence-final last line not followed
        by the next footnote (page numbers guessed from footers may run past the page end)."""
        starts: set[int] = set()
        taken: set[int] = set()
        expected = 1
        by_page: dict[int, list[int]] = {}
        for k, ln in enumerate(self.lines):
            by_page.setdefault(ln.page, []).append(k)
        for idxs in by_page.values():
            first = self._footnote_run(idxs, expected)
            if first is None:
                continue
            ended = False
            for k in idxs[idxs.index(first):]:
                text = self.lines[k].text
                m = self.voc.footnote_start.match(text)
                if m and int(m.group(1)) == expected:
                    starts.add(k)
                    expected += 1
                elif ended or k in paras or self.voc.table_caption.match(text):
                    break
                taken.add(k)
                ended = not self.is_full(text, self.lines[k].indent, self.lines[k].page) \
                    or text[-1] in self.voc.footnote_end
        return starts, taken

    def _footnote_run(self, idxs: list[int], expected: int) -> int | None:
        """First line of the page's footnote run, or None."""
        rule = next((p for p, k in enumerate(idxs)
                     if self.voc.footnote_separator.match(self.lines[k].text)), None)
        if rule is not None and rule + 1 < len(idxs):
            return idxs[rule + 1]
        above: list[str] = []  # the page's lines above, joined only where a call is looked for
        for p, k in enumerate(idxs):
            m = self.voc.footnote_start.match(self.lines[k].text)
            if m and int(m.group(1)) == expected and p > 0 and _call_pattern(expected).search(
                    " " + " ".join(above)) and self._numbered_to_end(idxs[p:], expected):
                return k
            above.append(self.lines[k].text)
        return None

    def _numbered_to_end(self, idxs: list[int], expected: int) -> bool:
        """Whether the lines from a footnote start to the page end read as footnotes:
        further footnote numbers only in sequence, and no value rows."""
        if any(holds_values(self.lines[k].text) for k in idxs):
            return False
        for k in idxs[1:]:
            text = self.lines[k].text
            m = self.voc.footnote_start.match(text)
            if m and int(m.group(1)) == expected + 1:
                expected += 1
            elif self.voc.paragraph_number.match(text) or self.voc.table_caption.match(text):
                return False
        return True

    # -- writing -------------------------------------------------------------------

    def emit(self, ln: PlainLine, text: str, start: bool, close: bool | int,
             indent: int = 2) -> None:
        raw = (" " * indent if start else "") + text + " " * int(close)
        self.out.append(SrcLine(ln.no, raw, ln.page))

    def close_block(self) -> None:
        """End the block the last written line is in (where a line that ends it, such
        as a table's header, is not written): two spaces end even a Latin line."""
        if self.out:
            last = self.out[-1]
            self.out[-1] = SrcLine(last.no, last.raw.rstrip() + "  ", last.page)

    def run(self) -> list[SrcLine]:
        lines, voc = self.lines, self.voc
        paras = self.paragraph_numbers()
        note_starts, notes = self.footnotes(paras)
        k = 0
        starting = True
        intro = False  # the last block is an item that introduces unmarked sub-items
        first = ""  # the first line of the block being written
        while k < len(lines):
            ln = lines[k]
            text = ln.text
            if k in notes:
                if k in note_starts and (k - 1 not in notes):
                    self.out.append(SrcLine(ln.no, _SEPARATOR, ln.page))
                if voc.footnote_separator.match(text):
                    k += 1
                    continue
                nxt = k + 1
                close = nxt >= len(lines) or nxt in note_starts or nxt not in notes
                self.emit(ln, text, k in note_starts, close, indent=1)
                k += 1
                continue
            if voc.table_caption.match(text):
                k = self.table(k, paras, notes)
                starting, intro = True, False
                continue
            if voc.figure_caption.match(text):
                k = self.figure(k)
                starting, intro = True, False
                continue
            if self.is_termlist_heading(k):
                k = self.termlist(k, paras)
                starting, intro = True, False
                continue
            if (grid := self.text_grid(k)) is not None:
                k = self.grid_table(k, grid, paras)
                starting, intro = True, False
                continue
            if (cells := self._cell_post_table(k)) \
                    or is_post_table(self.texts[k:k + _HEADER_AHEAD], voc):
                k = self.post_table(k, paras, cells)
                starting, intro = True, False
                continue
            if self.titles_table(k, paras):
                k = self.table(k, paras, notes)
                starting, intro = True, False
                continue
            if self.header_end(k) > k:
                k = self.headed_table(k, paras)
                starting, intro = True, False
                continue
            marked = k in paras or self.starts(text)
            first = text if starting or marked else first
            close = self.closes(k, paras, notes)
            ends = _ENDS if close and self._heading_edge(k) else close
            self.emit(ln, text, starting or marked, ends,
                      SUBITEM_INDENT if intro and not marked else 2)
            if close:
                marked = k in paras or self.starts(first)
                intro = (bool(voc.item_level1.match(first)) and text[-1] in voc.list_intro) \
                    or (intro and not marked)
            starting = close
            k += 1
        return self.out

    def starts(self, text: str) -> bool:
        """Lines that start a block: items, captions, and annex headings ("Annex III";
        a line above them, such as a running line left on a page set sideways, never
        runs on into them)."""
        voc = self.voc
        if text not in self.starting:
            self.starting[text] = bool(
                voc.item_level1.match(text) or voc.item_level2.match(text)
                or voc.table_caption.match(text) or voc.figure_caption.match(text)
                or voc.annex_heading.match(text))
        return self.starting[text]

    def closes(self, k: int, paras: set[int], notes: set[int]) -> bool:
        """A prose line ends its block when the next body line starts one (or is a
        heading the edition knows, short of the full width, where a wrapped line
        may open with a heading's words; or only values, chart labels, after a
        sentence's end), or when it stops short of the full line width (unless the
        next line opens with punctuation that goes on from it, or in lower case, no
        block's opening, after no sentence's end: a sentence wrapped there; or the
        line ends in a word broken at its end: "police-" / "contributing", "Israeli-"
        / "Palestinian")."""
        nxt = k + 1  # the next body line
        while nxt in notes:
            nxt += 1
        if nxt >= len(self.lines):
            return True
        if nxt in paras or self.starts(self.lines[nxt].text) or self.is_termlist_heading(nxt) \
                or self.header_end(nxt) > nxt or self.titles_table(nxt, paras):
            return True
        text = self.lines[k].text
        below = self.lines[nxt].text
        heading = self.known_heading(nxt)
        if (self.voc.ends_sentence(text) and (heading or fewest_values(below))) or (
                heading and not self.is_full(below, self.lines[nxt].indent, self.lines[nxt].page)):
            return True
        line = self._printed_line(k)
        if self._rest_after_call(line, nxt):
            return False
        return not self.is_full(line, self.lines[k].indent, self.lines[k].page) \
            and not self.voc.continues_line(below) \
            and not (below[:1].islower() and not self.voc.ends_sentence(line)) \
            and not BROKEN_WORD.search(line)

    def _heading_edge(self, k: int) -> bool:
        """Whether line ``k`` is a heading the edition knows, or the line after it is:
        a block it closes ends there even after a Latin word (one trailing space,
        a wrapped phrase's, closes nothing: "Overall orientation" ran on into
        "Mandates and background")."""
        return any(self.known_heading(j) for j in (k, k + 1) if j < len(self.lines))

    def known_heading(self, k: int) -> bool:
        """Whether line ``k`` is a heading the edition knows (``Vocabulary.is_heading``)."""
        if k not in self.known_headings:
            self.known_headings[k] = self.voc.is_heading(self.lines[k].text)
        return self.known_headings[k]

    def _printed_line(self, k: int) -> str:
        """Line ``k`` with the lines before it that it is the rest of (see
        ``_rest_after_call``): the printed line it ends."""
        start = k
        while start > 0 and _CALL_START.match(self.lines[start].text):
            start -= 1
        line = self.lines[start].text
        for j in range(start + 1, k + 1):
            text = self.lines[j].text
            line = line + text if self._rest_after_call(line, j) else text
        return line

    def _rest_after_call(self, above: str, j: int) -> bool:
        """Whether line ``j``, opening with a number, is the rest of the printed line
        ``above``, broken before its raised footnote call: it goes on past the line's
        end (no sentence end), the two fit in one line of the measure (a paragraph
        number hangs in the margin), and the number was not called before on the
        page (else the line is its footnote)."""
        text = self.lines[j].text
        call = _CALL_START.match(text)
        if not call or self.voc.ends_sentence(text) or fewest_values(above) \
                or fewest_values(text):
            return False
        number = self.voc.paragraph_number.match(above)
        both = width(number.group(2) if number else above) + width(text)
        return both <= _ONE_LINE * self.measure and not self._called(int(call.group(1)), j)

    def _called(self, n: int, j: int) -> bool:
        """Whether footnote ``n`` is called in the lines of the page before line ``j``
        (``_first_calls``)."""
        first = self._first_calls().get((self.lines[j].page, str(n)))
        return first is not None and first < j

    def _first_calls(self) -> dict[tuple[int, str], int]:
        """The first line of each page calling each footnote number: the number set
        close after a word or punctuation (not a paragraph number's point), a space
        or the line end after it (a count reads "和 10 多亿"). Found in one pass over
        the lines, on the first call: a text whose pages are not found is one page."""
        if self.first_calls is None:
            self.first_calls = {}
            for k, ln in enumerate(self.lines):
                for m in _CALLED.finditer(ln.text):
                    self.first_calls.setdefault((ln.page, m.group()), k)
        return self.first_calls


    # -- captions ------------------------------------------------------------------

    def figure(self, k: int) -> int:
        """Caption, title (unindented, so it is read as the title; a line going on
        in lower case is its wrapped rest), unit; then the chart's labels printed
        under it, lines of figures and years (``chart_labels``), unindented and
        open, as the reader takes a chart's residue (they were headings)."""
        lines = self.lines
        self.emit(lines[k], lines[k].text, True, True)
        k += 1
        if k < len(lines) and not self.starts(lines[k].text):
            end = k + 1
            while end < len(lines) and lines[end].text[:1].islower():
                end += 1
            self.emit(lines[k], join([ln.text for ln in lines[k:end]]), False, True, indent=0)
            k = end
        start = k
        while k < len(lines) and (chart_labels(lines[k].text)
                                  or (k > start and axis_labels(lines[k].text))):
            self.emit(lines[k], lines[k].text, False, False, indent=0)
            k += 1
        return k

    def is_termlist_heading(self, k: int) -> bool:
        """A short line named like a list, followed by an entry: a symbol and its
        title, not a table row labelled with a symbol and holding values ("75/314
        –  –  37 800", a section row over rows per resolution)."""
        if k not in self.termlist_headings:
            self.termlist_headings[k] = self._is_termlist_heading(k)
        return self.termlist_headings[k]

    def _is_termlist_heading(self, k: int) -> bool:
        voc = self.voc
        text = self.lines[k].text
        nxt = self.lines[k + 1].text if k + 1 < len(self.lines) else ""
        return (len(text) <= voc.termlist_heading_max_chars
                and bool(voc.termlist_heading.search(text))
                and bool(entry_start(voc.symbol_prefixes).match(nxt)) and not holds_values(nxt)) \
            or self.bare_heading(k) is not None

    def bare_heading(self, k: int) -> int | None:
        """Where the heading that line ``k`` opens over a list of bare terms ends
        (``bare_heading_end``), if it does."""
        end = bare_heading_end(self.texts[k:k + _BARE_AHEAD], self.voc)
        return None if end is None else k + end

    def termlist(self, k: int, paras: set[int]) -> int:
        """A list heading and its entries: an entry starts at its symbol and runs
        to the next entry or list heading."""
        self.close_block()  # (the heading above a list, a subprogramme's, ends there)
        if (end := self.bare_heading(k)) is not None:
            return self.bare_list(k, end)
        self.emit(self.lines[k], self.lines[k].text, True, _ENDS)
        k += 1
        run: list[PlainLine] = []
        while k < len(self.lines) and k not in paras and not self._ends_list(k):
            if self.bare_heading(k) is not None:
                break  # (a list of bare terms next: read as such)
            if self.is_termlist_heading(k):
                self._entries(run)
                run = []
                self.emit(self.lines[k], self.lines[k].text, True, _ENDS)
            else:
                run.append(self.lines[k])
            k += 1
        self._entries(run)
        return k

    def bare_list(self, k: int, end: int) -> int:
        """A heading (its wrapped lines ``k`` to ``end`` joined) over a list of bare
        terms, written a term a line in reading order (``bare_order``); the list ends
        at its first line that prints anything else."""
        lines = self.lines
        self.emit(lines[k], join([ln.text for ln in lines[k:end]]), True, _ENDS)
        listed: list[PlainLine] = []
        at: int | None = end
        while at is not None:
            stop = at
            while stop < len(lines) and bare_terms(lines[stop].text):
                stop += 1
            listed += lines[at:stop]
            at = self._over_page_foot(stop)
        for ln, term in bare_order(listed):
            self.emit(ln, term, True, _ENDS, indent=1)
        return stop

    def _over_page_foot(self, k: int) -> int | None:
        """Where a list of bare terms that stopped at line ``k`` goes on: the next
        page's first line, where it prints bare terms and the lines before it are
        the foot of the page the list stopped on (a page number the running lines
        left, at most ``_FOOT_LINES``), none a heading over a list of its own."""
        lines = self.lines
        if k == 0 or k >= len(lines):
            return None
        page = lines[k - 1].page
        nxt = next((j for j in range(k, min(k + _FOOT_LINES + 1, len(lines)))
                    if lines[j].page != page), None)
        if nxt is None or not bare_terms(lines[nxt].text) \
                or any(self.bare_heading(j) is not None for j in range(k, nxt)):
            return None
        return nxt

    def _entries(self, run: list[PlainLine]) -> None:
        """A list's lines under its heading written as its entries, in reading order
        (``columns_apart``, up to a heading below the list: "Deliverables"): an entry
        opens at its symbol and ends before the next."""
        start = entry_start(self.voc.symbol_prefixes)
        end = next((j for j, ln in enumerate(run) if self.voc.is_heading(ln.text)), len(run))
        pieces = columns_apart(run[:end]) + [(ln, ln.text) for ln in run[end:]]
        for j, (ln, text) in enumerate(pieces):
            close = j + 1 == len(pieces) or bool(start.match(pieces[j + 1][1]))
            self.emit(ln, text, bool(start.match(text)), _ENDS * close, indent=1)

    def _ends_list(self, k: int) -> bool:
        text = self.lines[k].text
        voc = self.voc
        return bool(voc.table_caption.match(text) or voc.figure_caption.match(text)
                    or voc.is_top_heading(text)
                    or any(p.search(text) for p, level in voc.heading_levels if level <= 2))

    # -- tables --------------------------------------------------------------------

    def table(self, k: int, paras: set[int], notes: set[int]) -> int:
        """A caption and the lines up to the end of its table, read as a table
        (``text_grid``) kept under the caption's line number."""
        lines = self.lines
        end = min(k + 2, len(lines))  # the title, whatever it reads like
        while end < len(lines) and not self._ends_table(end, paras, notes, k):
            end += 1
        caption = lines[k]
        region = [lines[j] for j in range(k + 1, end) if j not in notes]
        self.tables[caption.no] = read_grid(caption, region, self.voc, self.paging, self.pairs,
                                            lambda ln: self.is_full(ln.text, ln.indent, ln.page))
        self.emit(caption, caption.text, True, True)
        return end

    def text_grid(self, k: int) -> TextGrid | None:
        """The table of column-aligned text columns that line ``k`` heads, if any."""
        if len(chunks(self.lines[k].indent, self.lines[k].text)) < GRID_HEADINGS:
            return None  # (most lines: no need to look below them)
        voc = self.voc
        tail = self._heading_tail(k)
        below = k + 1 + bool(tail)
        return text_grid(self.lines[k], voc.is_text_column,
                         lambda name: "".join(name.split()) in voc.row_label_columns,
                         is_value, self.lines[below:below + _AHEAD],
                         (voc.opens_row_label, voc.ends_sentence, voc.takes_title), tail)

    def _heading_tail(self, k: int) -> str:
        """The rest of line ``k``'s first heading when it ends where a fragment goes on
        ("Component/") and the next line prints only that rest, set where it starts."""
        if k + 1 >= len(self.lines):
            return ""
        head, nxt = self.lines[k], self.lines[k + 1]
        at, first = chunks(head.indent, head.text)[0]
        if first.endswith(self.voc.header_continues_after) \
                and chunks(nxt.indent, nxt.text) == [(at, nxt.text)]:
            return nxt.text
        return ""

    def grid_table(self, k: int, grid: TextGrid, paras: set[int]) -> int:
        """A caption-less table of text columns from its header line ``k`` up to a
        paragraph, caption, list or top-level heading (a part of the annex), kept
        under the header's line number; lines from one opening a note on ("Abbreviation:
        ...") are its notes. Such a table printed just after another (``_next_part``)
        with as many columns is that table's next part."""
        header = [[HeaderCell(name) for name in grid.names]]
        return self._text_columns_table(
            k, paras, lambda lines: TablePart(None, header, grid.rows(lines[1 + bool(grid.tail):])))

    def _cell_post_table(self, k: int) -> bool:
        """Whether line ``k`` heads a table of post changes printed a cell a line, in
        text without page breaks (``text_post_cells``)."""
        return self.paging is Paging.UNPAGED and is_cell_post_table(
            self.texts[k:k + _HEADER_AHEAD], self.voc)

    def post_table(self, k: int, paras: set[int], cells: bool) -> int:
        """A caption-less table of post changes printed without column positions
        (``text_posts``), or a cell a line (``text_post_cells``, where ``cells``), from
        its header line ``k`` as ``grid_table`` reads one."""
        if cells:
            return self._text_columns_table(k, paras, lambda lines: cell_post_part(lines, self.voc))
        return self._text_columns_table(
            k, paras, lambda lines: post_part(lines, self.voc, self.pairs))

    def _text_columns_table(self, k: int, paras: set[int],
                            read: Callable[[list[PlainLine]], TablePart]) -> int:
        """The table of text columns headed at line ``k`` (see ``grid_table``), its
        part read by ``read`` from the lines from its header to its notes."""
        lines, voc = self.lines, self.voc
        end = k + 1
        while end < len(lines) and end not in paras and not (
                voc.is_top_heading(lines[end].text) or self.starts(lines[end].text)
                or self.is_termlist_heading(end)):
            end += 1
        head = lines[k]
        pages = dict.fromkeys(ln.page for ln in lines[k:end])
        prov = [Provenance(page=p, line=next(ln.no for ln in lines[k:end] if ln.page == p))
                for p in pages]
        body = lines[k:end]
        note_at = next((j for j, ln in enumerate(body) if j and voc.table_note.match(ln.text)),
                       len(body))
        notes = [" ".join(ln.text for ln in body[note_at:])] if note_at < len(body) else []
        part = read(body[:note_at])
        header = part.header
        last = self.last_grid
        if last is not None and self._next_part(last[0], k, paras) \
                and len(last[1].parts[-1].header[-1]) == len(header[-1]):
            last[1].parts.append(part)
            last[1].prov.extend(p for p in prov if p.page not in {q.page for q in last[1].prov})
            last[1].notes.extend(notes)
            self.last_grid = (end, last[1])
            self.close_block()
            return end
        self.tables[head.no] = Table([], [part], prov, notes)
        self.last_grid = (end, self.tables[head.no])
        self.emit(head, head.text, True, True)
        return end

    def _next_part(self, after: int, k: int, paras: set[int]) -> bool:
        """Whether a table of text columns headed at line ``k`` is the next part of the
        one that ended at line ``after``: only a few lines between (a part label, a
        title), none of them a paragraph, caption or annex heading."""
        voc = self.voc
        return k - after <= _AHEAD and not any(
            j in paras or voc.annex_heading.match(self.lines[j].text)
            or voc.table_caption.match(self.lines[j].text)
            or voc.figure_caption.match(self.lines[j].text) for j in range(after, k))

    def titles_table(self, k: int, paras: set[int]) -> bool:
        """Whether line ``k`` is the title of a table printed without caption (an
        annex's summary table): a unit line under it, and a row of values below that
        before any paragraph or caption (the title and unit then stand as its
        caption, numbered after the annex; ``paras`` are the same at every line)."""
        if k not in self.titled_tables:
            self.titled_tables[k] = self._titles_table(k, paras)
        return self.titled_tables[k]

    def _titles_table(self, k: int, paras: set[int]) -> bool:
        lines, voc = self.lines, self.voc
        if k in paras or k + 1 >= len(lines) or self.starts(lines[k].text) \
                or not is_unit(lines[k + 1].text, voc) or is_unit(lines[k].text, voc):
            return False
        for j in range(k + 2, min(k + 2 + _HEADER_AHEAD, len(lines))):
            text = lines[j].text
            if j in paras or voc.table_caption.match(text) or voc.figure_caption.match(text):
                return False
            if holds_values(text):
                return True
        return False

    def header_end(self, k: int) -> int:
        """The index after the header row of a caption-less table starting at line
        ``k`` (one line, or a heading a line), else ``k``."""
        if k not in self.header_ends:
            self.header_ends[k] = self._header_end(k)
        return self.header_ends[k]

    def _header_end(self, k: int) -> int:
        end = k
        while end < len(self.lines) and self.voc.headings_only(self.lines[end].text):
            end += 1
        if end == k:
            return k  # (most lines: no column heading to read as a header row)
        texts = " ".join(ln.text for ln in self.lines[k:end])
        return end if self.voc.is_header_row(texts) else k

    def headed_table(self, k: int, paras: set[int]) -> int:
        """A table known by its header row, every column text: its header (written as
        one line), then blocks of lines, each ended by a line that had room for the
        next line's first word in the block's widest line; a row label the edition
        knows is a section row (indented, as ``text_tables`` reads them)."""
        lines, voc = self.lines, self.voc
        end = self.header_end(k)
        header = " ".join(ln.text for ln in lines[k:end])
        self.emit(lines[k], header, True, True)
        k = end
        while k < len(lines) and k not in paras and not self._ends_list(k):
            k += 1
        body = _cell_after_cell(lines[end:k], len(header.split()), voc)
        widest = 0
        for j, (ln, last) in enumerate(body):
            text = ln.text
            nxt = body[j + 1][0].text if j + 1 < len(body) else ""
            section = not widest and voc.is_row_label(text)
            widest = max(widest, least_width(text))
            close = section or last or not nxt or voc.is_row_label(nxt) \
                or ends_short(text, nxt, widest)
            self.emit(ln, text, section or not widest, close, indent=2 if section else 0)
            widest = 0 if close else widest
        return k

    def _ends_table(self, k: int, paras: set[int], notes: set[int], start: int) -> bool:
        """Whether line ``k`` ends the table captioned at ``start``: a paragraph,
        caption or list heading, or a heading with no row after it below the
        table's first values or below the years of a prose table
        (a lettered line that continues the table's own letters, "C." after "B."
        or "A.", is a row)."""
        text = self.lines[k].text
        voc = self.voc
        if k in notes or _continues_letters(text, self.lines[start:k]):
            return False
        if k in paras or voc.table_caption.match(text) or voc.figure_caption.match(text) \
                or self.is_termlist_heading(k) or self._resumes_items(k, start):
            return True
        if not self.voc.is_heading(text) or voc.is_header_cell(
                text, [self.lines[j].text for j in (k - 1, k + 1) if 0 <= j < len(self.lines)]):
            return False
        if self._rows_ahead(k, paras):
            return False
        if any(holds_values(ln.text) for ln in self.lines[start:k]):
            return True
        return heads_prose_table([ln.text for ln in self.lines[start + 1:k]], voc)

    def _resumes_items(self, k: int, start: int) -> bool:
        """Whether line ``k``, below rows of values of the table captioned at
        ``start``, is a lettered item ("(c) ...", no values) going on with a list
        printed above the table: the item before it ("(b)") is nowhere in the table,
        and its text starts other than in lower case (a list run into a cell's text
        wraps so). Letters that may be roman numerals ("(i)") are left alone."""
        text = self.lines[k].text
        m = _ITEM_LETTER.match(text)
        if not m or m.group(1) in _ROMAN or holds_values(text) or m.group(2)[:1].islower():
            return False
        above = [ln.text for ln in self.lines[start:k]]
        previous = f"({chr(ord(m.group(1)) - 1)})"
        return any(holds_values(t) for t in above) and not any(previous in t for t in above)

    def _rows_ahead(self, k: int, paras: set[int]) -> bool:
        """Whether a table row follows line ``k`` closely, before any paragraph or
        caption."""
        for j in range(k + 1, min(k + 1 + _AHEAD, len(self.lines))):
            text = self.lines[j].text
            if j in paras or self.voc.table_caption.match(text):
                return False
            if holds_values(text):
                return True
        return False


def _join_markers(lines: list[PlainLine], voc: Vocabulary) -> list[PlainLine]:
    """Lines holding only an item marker ("(a)") or the paragraph number that comes
    next ("15.2" after "15.1"; "1." opening an annex's own numbering; one past the
    next where the document left one out, as ``_follows`` allows a number opening a
    line of text) joined to the text after them, as some extractors print them on a
    line of their own."""
    out: list[PlainLine] = []
    last: tuple[str, int] | None = None
    seen = _line_numbers(lines, voc)
    annexed = False
    k = 0
    while k < len(lines):
        ln = lines[k]
        annexed = _in_annex(annexed, ln.text, voc)
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        alone = nxt is not None and _one_piece(ln.text)  # a number or marker alone, maybe
        joined = f"{ln.text} {nxt.text}" if nxt is not None and alone else ""
        para = voc.paragraph_number.match(joined) if alone else None
        if para and _follows(para.group(1), last, seen, annexed, skips=True, at=k):
            last = _series(para.group(1))
            annexed = annexed and not last[0]
        elif not (alone and voc.item_level1.match(joined)):
            if m := voc.paragraph_number.match(ln.text):
                if _follows(m.group(1), last, seen, annexed):
                    last = _series(m.group(1))
                    annexed = annexed and not last[0]
            out.append(ln)
            k += 1
            continue
        out.append(PlainLine(ln.no, joined, ln.page))
        k += 2
    return out


def _in_annex(annexed: bool, text: str, voc: Vocabulary) -> bool:
    """Whether a line is in an annex that may number its own paragraphs ("1.", "2."
    after "24.99"): from an annex heading on, until a table's caption (whose rows may
    be numbered "1.", "2." too)."""
    return (annexed or bool(voc.annex_heading.match(text))) and not voc.table_caption.match(text)


def _one_piece(text: str) -> bool:
    """Whether a line holds one piece: no space nor tab in it (a word processor's
    text parts a paragraph's number from its text by a tab; Chinese text has no
    spaces; split once at most: only whether there is a second piece matters)."""
    return len(text.split(None, 1)) == 1


def _series(number: str) -> tuple[str, int]:
    """A paragraph number as its series and position ("15.12" -> ("15", 12))."""
    prefix, _, tail = number.rpartition(".")
    return prefix, int(tail)


def _follows(number: str, last: tuple[str, int] | None, seen: dict[str, int],
             annexed: bool = False, skips: bool = False, at: int = 0) -> bool:
    """Whether a paragraph number comes next after ``last``: the first seen (a number
    without a section, "4.", only when it is "1."), the next in its series, or the
    start of a new series whose second number also starts a line (``seen``; a value
    "2.1" in a table starts none); a series without a section ("1.", "2.") after a
    sectioned one only in an annex (``annexed``: an annex numbers its own). With
    ``skips`` (a number starting a line of text), a number one past the next continues
    the series where the number after it starts a line too (the document left one
    out: "2.215", "2.217", "2.218"), and a number further on does where the two after
    it start lines too and none of the numbers it passes over starts one after line
    ``at`` (the extractor lost them, a page it garbled: "1 2 .  3 3", or printed them
    earlier; a reference "9.5至9.6段" opening a line of 9.1, 9.2 to 9.4 below,
    continues no series). A part's first number opens its
    series without a second where the part is the one after the last's ("3.VI.1"
    after "3.V.32": a part of one paragraph)."""
    prefix, n = _series(number)
    if last is None:
        return prefix != "" or n == 1
    second = f"{prefix}.2" if prefix else "2"
    after = [f"{prefix}.{n + d}" in seen for d in (1, 2)]
    lost = all(seen.get(f"{prefix}.{m}", at) <= at for m in range(last[1] + 1, n))
    skipped = skips and (n == last[1] + 2 and after[0] or n > last[1] + 2 and all(after) and lost)
    return (prefix == last[0] and (n == last[1] + 1 or skipped)) or (
        n == 1 and prefix != last[0] and (bool(prefix) or annexed)
        and (second in seen or _next_part(last[0], prefix)))


def _next_part(last: str, prefix: str) -> bool:
    """Whether a section's part numbered ``prefix`` is the one after part ``last``
    ("3.VI" after "3.V"): parts are numbered in roman numerals after the section."""
    head, _, part = last.rpartition(".")
    return bool(head) and part in _NUMERALS[:-1] \
        and prefix == f"{head}.{_NUMERALS[_NUMERALS.index(part) + 1]}"


def _line_numbers(lines: list[PlainLine], voc: Vocabulary) -> dict[str, int]:
    """The paragraph numbers that start a line, or stand alone on one, each with the
    index of the first such line."""
    return line_numbers(voc.paragraph_number, [ln.text for ln in lines])


def _cell_after_cell(lines: list[PlainLine], n: int,
                     voc: Vocabulary) -> list[tuple[PlainLine, bool]]:
    """Lines of a text table whose ``n`` columns print side by side (pieces apart by
    two spaces, or by one between ideographs: ``column_pieces``) rewritten cell after
    cell: each row's first column's lines, then the next column's. A line of fewer
    pieces goes on the columns it continues: by where its piece starts, where the
    text keeps positions (right of the first column: the column whose pieces start
    nearest), else in the first column still open (its last line ends no sentence),
    and not in a column it is wider than by more than a glyph (as wide as its
    widest line so far, first its widest piece on the lines holding every column):
    a later one's; a piece for a first column that has ended opens the next row. A row label the
    edition knows is a row of its own. Each line with whether it ends its cell; the
    lines as they are where none holds more than one piece."""
    pieces = [column_pieces(ln.indent, ln.text) for ln in lines]
    if n < 2 or all(len(p) < 2 for p in pieces):
        return [(ln, False) for ln in lines]
    full = [p for p in pieces if len(p) >= n]
    starts = [sorted(p[c][0] for p in full)[len(full) // 2] for c in range(n)] if full else []
    # each column's widest line so far, but the last column's (first its pieces' on
    # the lines holding every column)
    wide = [max(least_width(p[c][1]) for p in full) for c in range(n - 1)] if full else []
    out: list[tuple[PlainLine, bool]] = []
    row: list[list[PlainLine]] = [[] for _ in range(n)]
    for ln, parts in zip(lines, pieces, strict=True):
        texts = [t for _, t in parts]
        texts = [*texts[:n - 1], " ".join(texts[n - 1:])] if len(texts) > n else texts
        if len(parts) == 1 and voc.is_row_label(ln.text):
            out += _cells(row) + [(ln, True)]
            row = [[] for _ in range(n)]
            continue
        first = _column_of(parts[0], (starts, wide), row, voc) if len(parts) < n else 0
        if first == 0 and row[0] and voc.ends_sentence(row[0][-1].text):
            out += _cells(row)
            row = [[] for _ in range(n)]
        for c, text in enumerate(texts[:n - first], first):
            row[c].append(PlainLine(ln.no, text, ln.page))
            if c < len(wide):
                wide[c] = max(wide[c], least_width(text))
    return out + _cells(row)


def _cells(row: list[list[PlainLine]]) -> list[tuple[PlainLine, bool]]:
    """A row's lines cell after cell, each with whether it ends a block: its cell,
    or a paragraph in it (it had room for the next line's first word in the
    column, as wide as the cell's widest line)."""
    out = []
    for col in row:
        wide = max((least_width(ln.text) for ln in col), default=0)
        out += [(ln, k == len(col) - 1 or ends_short(ln.text, col[k + 1].text, wide))
                for k, ln in enumerate(col)]
    return out


def _column_of(piece: tuple[int, str], columns: tuple[list[int], list[int]],
               row: list[list[PlainLine]], voc: Vocabulary) -> int:
    """The column a line's first piece (where it starts, its text) goes on, of
    columns starting and as wide as ``columns`` say (see ``_cell_after_cell``): by
    where it starts, else the first still open, and past each it is wider than."""
    start, text = piece
    starts, wide = columns
    if starts and start > starts[0] + _PIECE_SLACK:
        first = min(range(1, len(starts)), key=lambda c: abs(starts[c] - start))
    else:
        first = next((c for c, col in enumerate(row)
                      if col and not voc.ends_sentence(col[-1].text)), 0)
    while first < len(wide) and least_width(text) > wide[first] + _WIDTH_SLACK:
        first += 1  # (wider than the column: a later one's)
    return first


def _continues_letters(text: str, lines: list[PlainLine]) -> bool:
    """Whether a line starts with the letter after one that starts a line above
    (``lines``: "C. …" below "B. …"), or with a letter after the nearest lettered
    line's ("E. …" below "A. …" in a table that prints only some of its lettered
    groups). (The lines' texts are gathered only for a lettered line: a table's end
    is asked of each of its lines in turn.)"""
    m = _LETTER.match(text)
    if not m or m.group(1) == "A":
        return False
    above = [ln.text for ln in lines]
    last = next((t[0] for t in reversed(above) if _LETTER.match(t)), "Z")
    return last < m.group(1) or any(t.startswith(chr(ord(m.group(1)) - 1) + ".")
                                    for t in above)


def reblock(lines: list[PlainLine], voc: Vocabulary,
            paging: Paging) -> tuple[list[SrcLine], dict[int, Table]]:
    """Lines rewritten in the reader's spacing convention, from their content, and
    the tables read, by the line number of their caption (``paging``: whether the
    text breaks pages)."""
    if not lines:
        return [], {}
    reblocker = _Reblocker(lines, voc, paging)
    return reblocker.run(), reblocker.tables
