"""Tables without a label column whose cells are prose (performance measures):
a header of years only, then each year's text.

Column-aligned text (``pdftotext -layout``) prints the cells of a printed line side
by side: each piece of text goes to the column whose text starts nearest to it
(the header's spacing gives the columns, measured again at each repeat of
the header), and a blank line starts the next row. Text printed a cell per line
lists each cell's wrapped lines, column after column: a line that had room for
the next line's first word ends a cell, the year header gives the number of
cells, and a row broken by a page (the header repeated) is printed page by page,
each open column's share of the page in column order.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import takewhile

from .model import Provenance, TableRow
from .text_cell_cuts import cut_pages
from .text_cell_opens import opens_cell
from .text_cell_paragraphs import paragraph_cells
from .text_ideographs import SIDE_SHARE, ideographs_side_by_side, leading_dash, word_uses
from .text_lines import blank_between
from .text_rough import paragraphs_joined, piece_openers, placed_anchors, rough
from .text_sidebyside import Anchors, Pairs, split_side_by_side
from .text_tables import header_columns
from .text_values import is_dash, is_value
from .text_vocab import Vocabulary
from .text_wrap import (
    ALIGN,
    BROKEN_MOST,
    bare_word,
    cut_at_starts,
    ends_short,
    first_word,
    join,
    least_width,
    room,
    tightened,
    unspaced,
)
from .text_year_headings import bare_year, year_column_start
from .textnorm import ideographic, is_cjk, width

# A piece of column-aligned text: words one space apart (two or more end it).
_PIECE = re.compile(r"\S+(?: \S+)*")
_CLEAR = 2


# The cost of cutting a piece of column-aligned text between two columns, in
# characters of distance from a column's start (``_line_cells``).
_CUT = 1

# A cost of ``_line_cells``: runs ending before their column's start, distance.
_Cost = tuple[int, float]

# A year opening a header line or word: a heading of its own starts there.
_YEAR_START = re.compile(r"\d{4}")

# A heading of a header line of years: a year opening a word.
_HEAD_YEAR = re.compile(r"(?<!\S)\(?\d{4}")


# A line piece opening with a mark that closes or joins: it goes on the word before it.
_GOES_ON = re.compile(r"[,.;:)\]}/-]")

# The widest lines, from this rank of the widths up, show the measure.
_MEASURE_RANK = 0.8


@dataclass(frozen=True)
class ProseLine:
    """A line of the table: its text, its page and where it starts on the printed line."""

    text: str
    page: int
    indent: int
    no: int


def line_measure(texts: list[str]) -> int:
    """The width of a full line of running text: the width most of the widest fifth
    of the lines reach (wrapped paragraphs fill the measure; headings, table rows and
    last lines scatter below it)."""
    widths = sorted(map(width, texts))
    if not widths:
        return 0
    return Counter(widths[int(_MEASURE_RANK * (len(widths) - 1)):]).most_common(1)[0][0]


def years_only(columns: list[str], voc: Vocabulary) -> bool:
    """Whether header cells ``columns`` are years and nothing else."""
    return bool(columns) and all(year_column_start(c, voc) for c in columns)


def year_header(columns: list[str], voc: Vocabulary) -> bool:
    """Whether header cells ``columns`` are two or more years and nothing else."""
    return len(columns) >= 2 and years_only(columns, voc)


def leading_years(texts: list[str], voc: Vocabulary) -> int:
    """How many lines at the top hold only year column headings (one line, or one
    heading a line); a heading wrapped in a narrow column ("2020(实", "际)"; "202",
    "0(") takes the lines that finish it, and so does a year alone, where the
    edition takes one for a heading, whose qualifier opens the next line ("2023",
    "(actual) 2024 (actual)")."""
    top = start = begun = 0
    for k in range(len(texts)):
        if start > begun and _years_finished(texts[k - 1], texts[k]):
            start = begun
        cols = year_columns(texts[start:k + 1], voc)
        if not cols:
            break
        opened = [c for c in cols if _unfinished(c) or bare_year(c, voc)]
        if years_only(cols, voc) and not _unfinished(cols[-1]):
            top = k + 1
            begun = start
            start = start if opened else top
        elif not (opened and all(c in opened or year_column_start(c, voc) for c in cols)):
            break
    return top


def year_columns(texts: list[str], voc: Vocabulary) -> list[str]:
    """Column texts of header lines of years (see ``unwrapped``)."""
    return header_columns(unwrapped(texts), voc)


def unwrapped(texts: list[str]) -> list[str]:
    """Header lines with a line that stops inside a heading run on into the next
    without a space; where headings stop inside before the line's end (a narrow
    column wraps its heading: "202 2021(实际)", "0("), the next line's words, no
    more of them than such headings, finish them in column order. A line opening
    with a year starts headings of its own; a line after it that opens with none
    may finish the headings (or a year alone) of the line above it: cells centred
    in the header row print the one-line headings beside the middle of a wrapped
    one ("2020(实", "2021(实际) 2022(实际)", "际)"). A line of years alone whose
    qualifiers open the next line before its own headings is finished by them
    (``_years_finished``: "2023", "(actual) 2024 (actual)")."""
    merged: list[str] = []
    for text in texts:
        words = text.split()
        if merged and merged[-1].split() and _unfinished(merged[-1].split()[-1]) \
                and not _YEAR_START.match(text):
            merged[-1] += text
        elif merged and (continued := _continued(merged[-1], words)):
            merged[-1] = continued
        elif len(merged) > 1 and words and not _YEAR_START.match(text) \
                and not any(_unfinished(w) for w in merged[-1].split()) \
                and (continued := _continued(merged[-2], words, bare=True)):
            merged[-2] = continued  # centred: the other headings printed between
        elif merged and (finished := _years_finished(merged[-1], text)):
            merged[-1] = finished
        else:
            merged.append(text)
    return merged


def _continued(line: str, words: list[str], bare: bool = False) -> str | None:
    """``line`` with ``words`` run on to its unfinished headings in order (None if
    there are more words than such headings; ``bare``: a year alone counts as one),
    each taking its width from the spaces after the heading while two are left
    (column-aligned text keeps its columns' positions)."""
    opened = [m for m in re.finditer(r"\S+", line)
              if _unfinished(m.group()) or bare and _YEAR_START.fullmatch(m.group())]
    if not opened or len(words) > len(opened):
        return None
    for m, word in reversed(list(zip(opened, words, strict=False))):
        after = line[m.end():]
        spaces = len(after) - len(after.lstrip(" "))
        line = line[:m.end()] + word + after[max(0, min(len(word), spaces - ALIGN)):]
    return line


def _years_finished(line: str, text: str) -> str | None:
    """``text`` with the years of ``line`` above it, which holds years alone, put
    before the words ``text`` opens with before its first year, one each in order and
    a space apart, as the other headings print theirs ("2023" over "(actual)   2024
    (actual)": "2023 (actual) 2024 (actual)"), each taking its width from the spaces
    after the word while two are left (a narrow first column wrapped its heading;
    the others' print on the line of its qualifier); None where the counts differ or
    ``text`` holds no year after them."""
    years = line.split()
    words = list(re.finditer(r"\S+", text))
    lead = list(takewhile(lambda m: not _YEAR_START.match(m.group()), words))
    if not years or not all(_YEAR_START.fullmatch(y) for y in years) \
            or len(lead) != len(years) or len(lead) == len(words):
        return None
    for m, year in reversed(list(zip(lead, years, strict=True))):
        after = text[m.end():]
        spaces = len(after) - len(after.lstrip(" "))
        put = f"{year} "
        text = text[:m.start()] + put + m.group() + after[max(0, min(len(put), spaces - ALIGN)):]
    return text


def _unfinished(text: str) -> bool:
    """Whether a header fragment stops inside a heading: an open bracket, or digits
    short of a year."""
    opened = text.count("(") + text.count("（") > text.count(")") + text.count("）")
    return opened or (text.isdigit() and len(text) < 4)


def heads_prose_table(texts: list[str], voc: Vocabulary) -> bool:
    """Whether lines below a caption (after its title and unit) start with a header
    of years only."""
    for skip in range(min(3, len(texts))):
        top = leading_years(texts[skip:], voc)
        if top:
            return year_header(year_columns(texts[skip:skip + top], voc), voc)
    return False


def prose_rows(header: list[ProseLine], body: list[ProseLine], n: int,
               pairs: Pairs | None = None, by_paragraph: bool = False) -> list[TableRow]:
    """The rows of ``n`` prose cells printed under the year header lines ``header``:
    in column-aligned text a blank line on the page between two lines starts a row
    (``pairs``: the document's wording, ``Pairs``: its words' pairs for cells
    printed side by side, its ideographs' pairs for glued cells, its words for words
    a narrow column broke; ``by_paragraph``: the text may print a paragraph a line, a
    word processor's, see ``paragraph_cells``: so it does where its header prints a
    heading a line, as its cells, and no line opens in lower case, the rest of a line
    wrapped above it, as in an extractor's text of one page). In text whose positions
    only roughly follow the columns a blank line may stand between a cell's paragraphs
    (``paragraphs_joined``)."""
    repeats = {" ".join(ln.text.split()) for ln in header}
    kept = [ln for ln in body if " ".join(ln.text.split()) not in repeats]
    texts = [ln.text for ln in kept]
    first = header[0].text.split()
    printed = [ln.text.split() for ln in header]
    by_paragraph = by_paragraph and len(header) == n  # a word processor's: a heading a line
    placed = anchors(header[0], kept, n) if len(header) == 1 else None  # as printed
    if len(heads := unwrapped([ln.text for ln in header])) < len(header):
        header = [_header_line(header, heads)]  # a heading wrapped in its column
    elif 1 < len(header) == len(heads) == n and texts and (cells := ideographs_side_by_side(
            texts, n, None, (lambda: pairs.glyphs) if pairs else None)):
        return [_row(body, cells)]  # a heading a line over ideographs side by side
    aligned = len(header) == 1 and len(chunks(header[0].indent, header[0].text)) == n
    if len(header) == 1 and not aligned and texts \
            and (cells := split_side_by_side(header[0].text, texts, n, pairs, placed)
                 or ideographs_side_by_side(texts, n, _whole_widths(header[0].text, printed, n),
                                            (lambda: pairs.glyphs) if pairs else None)):
        return [_row(body, cells)]
    if len(header) == 1 and not aligned and _side_by_side(header[0], texts, n):
        return [_row(body, by_width(texts, n))] if texts else []
    if not aligned:
        pages: list[list[ProseLine]] = [[]]
        for ln in body:
            if " ".join(ln.text.split()) in repeats:
                pages.append([])
            else:
                pages[-1].append(ln)
        pages = [page for page in pages if page]
        if by_paragraph and len(pages) == 1 and all(opens_cell(ln.text) for ln in pages[0]) \
                and (cells := paragraph_cells([ln.text for ln in pages[0]], n)):
            return [_row(pages[0], cells)]
        return [_row(pages[0], _by_blocks([[unspaced(ln.text) for ln in page] for page in pages],
                                          n, pairs))] \
            if pages else []
    rows: list[list[ProseLine]] = []
    last: ProseLine | None = None
    for ln in body:
        repeat = " ".join(ln.text.split()) in repeats
        if not repeat and (last is None or (ln.page == last.page and blank_between(last, ln))):
            rows.append([])
        if rows:
            rows[-1].append(ln)
        last = last if repeat else ln
    if len(rows) > 1 and _rough_anchors(header[0], kept, n) is not None:
        rows = paragraphs_joined(rows, [[chunks(ln.indent, ln.text) for ln in lines]
                                        for lines in rows], n)
    used = pairs.words if pairs else Counter()
    return [_row(lines, _aligned_cells(header[0], lines, n, (first, repeats), (used, pairs)))
            for lines in rows]


def _aligned_cells(header: ProseLine, lines: list[ProseLine], n: int,
                   repeats: tuple[list[str], set[str]],
                   wording: tuple[Counter[str], Pairs | None]) -> list[str]:
    """The cells of a row of column-aligned text, dealt by position (``_by_position``;
    ``wording``: the document's words and pairs); where a line's piece had to be cut
    between two columns (cells one space apart), read as cells side by side
    (``split_side_by_side``) where that reading is trusted: text set on a character
    grid pushes a cell's line right of its column where the line before it is wider
    than its share of the grid, and then no position tells where it starts. Where the
    positions only roughly follow the columns (``_rough_anchors``) the row is read as
    cells side by side whatever the dealing, its header's spaces (padding) closed up."""
    used, pairs = wording
    cells, cut = _by_position(header, lines, n, repeats, used)
    kept = [ln for ln in lines if " ".join(ln.text.split()) not in repeats[1]]
    if (placed := _rough_anchors(header, kept, n)) is not None:
        return split_side_by_side(" ".join(header.text.split()),
                                  [" ".join(ln.text.split()) for ln in kept], n, pairs,
                                  placed) or cells
    return cut and split_side_by_side(header.text, [" ".join(ln.text.split()) for ln in kept],
                                      n, pairs, anchors(header, kept, n)) or cells


def _rough_anchors(header: ProseLine, lines: list[ProseLine], n: int) -> Anchors | None:
    """Where the lines' positions only roughly follow the columns (``text_rough``), per
    line the words that open its pieces and the columns each may print in
    (``placed_anchors``, else ``piece_openers``); None for column-aligned text, also
    where a cell's words stand apart (``_cell_gap``): its gaps closed, each cell's line
    is one piece that starts at its column (``_on_grid``)."""
    pieced = [chunks(ln.indent, ln.text) for ln in lines]
    starts, gap = _column_starts(header, pieced)
    joined = [_gap_joined(pieces, gap, starts) for pieces in pieced]
    if gap > 1 and _on_grid(joined, starts):
        return None
    if (placed := placed_anchors(pieced, n)) is not None:
        return placed
    return piece_openers(pieced, n) if rough(starts, joined) else None


def _on_grid(pieced: list[list[tuple[int, str]]], starts: list[int]) -> bool:
    """Whether every piece (per line, start and text) starts at a column's text start
    ``starts`` and ends before the next column's: exact positions whose cells' words
    stand apart (``pdftotext -fixed``), each cell's line one piece once its gaps
    (``_cell_gap``) are closed; rough positions start pieces off their columns, or,
    their gaps taken for a cell's, run them over the next column."""
    for pieces in pieced:
        for pos, piece in pieces:
            col = _start_column(pos, starts)
            if abs(pos - starts[col]) > ALIGN \
                    or col + 1 < len(starts) and pos + len(piece) > starts[col + 1] + ALIGN:
                return False
    return True


def _gap_joined(pieces: list[tuple[int, str]], gap: int,
                starts: list[int]) -> list[tuple[int, str]]:
    """A line's pieces (start, text) with those at most ``gap`` spaces apart joined,
    unless the later starts at a column's text start (``starts``)."""
    out: list[tuple[int, str]] = []
    for pos, piece in pieces:
        spaces = pos - out[-1][0] - len(out[-1][1]) if out else 0
        if out and spaces <= gap and all(abs(pos - s) > ALIGN for s in starts):
            out[-1] = (out[-1][0], f"{out[-1][1]}{' ' * spaces}{piece}")
        else:
            out.append((pos, piece))
    return out


def anchors(header: ProseLine, lines: list[ProseLine], n: int) -> Anchors | None:
    """Per line, the words that open its pieces (``chunks``: its first, and each
    after two spaces or more) with the last column each may be in: the last whose
    text starts at most ``ALIGN`` right of it (``_text_starts``, the header's years
    giving the columns: text set on a character grid pushes a cell's line right
    of its column, never left). None where the header's years are not ``n``, or
    where every piece opens in one column: text that keeps no positions (each
    line flush left, one space between cells) tells nothing by them."""
    heads = [header.indent + m.start() for m in _HEAD_YEAR.finditer(header.text)]
    if len(heads) != n:
        return None
    pieced = [chunks(ln.indent, ln.text) for ln in lines]
    starts = _text_starts(heads, [pos for pieces in pieced for pos, _ in pieces])
    out: Anchors = []
    for pieces in pieced:
        k = 0
        out.append([])
        for pos, piece in pieces:
            last = max((c for c in range(n) if starts[c] <= pos + ALIGN), default=0)
            out[-1].append((k, last, last))
            k += len(piece.split())
    return out if len({last for anchored in out for _, _, last in anchored}) > 1 else None


def _header_line(header: list[ProseLine], heads: list[str]) -> ProseLine:
    """Header lines as one line of their headings (``unwrapped``: ``heads``). Where
    the headings of one column-aligned line were left whole (the others' wrapped
    beside them, centred) each heading keeps its place: a completed one where its
    first fragment starts, two spaces at least from the next."""
    whole = next((ln for ln in header if ln.text in heads and len(chunks(ln.indent, ln.text)) > 1),
                 None)
    if whole is None:
        return replace(header[0], text=" ".join(heads))
    pieces = sorted([*chunks(whole.indent, whole.text),
                     *((next((ln.indent for ln in header if h.startswith(ln.text.split()[0])),
                             header[0].indent), h) for h in heads if h != whole.text)])
    text = ""
    indent = pieces[0][0]
    for at, piece in pieces:
        text += " " * (max(at - indent - len(text), ALIGN) if text else 0) + piece
    return replace(header[0], text=text, indent=indent)


def _side_by_side(header: ProseLine, texts: list[str], n: int) -> bool:
    """Whether cells are printed side by side one space apart (no column
    positions): the widest line (the header's repeats left out) spans the header
    of years over the columns, and it and the first line (which holds the first line
    of every cell, top-aligned) hold more than one column's width of text (the
    median line's; a note under a table printed a cell after another is wide, but
    not its first line)."""
    widths = sorted(map(width, texts))
    return n > 1 and bool(widths) and widths[-1] >= width(header.text) \
        and min(widths[-1], width(texts[0])) >= SIDE_SHARE * widths[len(widths) // 2]


def by_width(texts: list[str], n: int) -> list[str]:
    """Cells of ``n`` equal columns printed side by side one space apart: dashes
    opening lines first, then the column width, and the direction in which each
    line is packed, that read the lines most consistently (``_Packing``)."""
    dashes = [t.split()[0] for t in texts if leading_dash(t)]
    texts = [t.split(maxsplit=1)[1] if leading_dash(t) else t for t in texts]
    if len(dashes) >= n:
        return [join(texts)] + [""] * (n - 1)
    return dashes + _packed(texts, n - len(dashes))


def _whole_widths(header: str, printed: list[list[str]], n: int) -> list[int]:
    """The least width of each of ``n`` columns its heading shows: a heading
    printed whole on one line (``printed``: each header line's words) fits its
    column; nothing (0) for one wrapped, or where the headings are not ``n``."""
    heads = header.split()
    if len(heads) != n:
        return [0] * n
    return [least_width(h) if any(h in words for words in printed) else 0 for h in heads]



def _packed(texts: list[str], n: int) -> list[str]:
    """Cells of ``n`` columns read from ``texts`` by the best packing."""
    longest = max(width(w) for t in texts for w in t.split())
    widest = max(width(t) for t in texts)
    best: _Packing | None = None
    for col in range(longest, widest + 1):
        for from_left in (True, False):
            packing = _Packing(col, from_left, n)
            for text in texts:
                packing.add(text.split())
            if best is None or packing.total < best.total:
                best = packing
    assert best is not None
    return [join(cell) for cell in best.cells]


@dataclass
class _Packing:
    """Lines dealt to columns ``col`` wide: each line packed into as few pieces as
    fit, the pieces given to the columns still open in order; where a line has
    fewer pieces than open columns, those whose last piece had most room left have
    ended. Cost: pieces with no column, columns never given text, and a piece
    whose first word would have fitted on its column's line above."""

    col: int
    from_left: bool
    n: int
    cost: int = 0

    def __post_init__(self) -> None:
        self.cells: list[list[str]] = [[] for _ in range(self.n)]
        self.open = list(range(self.n))

    def add(self, words: list[str]) -> None:
        pieces = _pack(words, self.col, self.from_left)
        if len(pieces) > len(self.open):
            self.cost += len(pieces) - len(self.open)
            keep = len(self.open) - 1
            pieces = [*pieces[:keep], " ".join(pieces[keep:])] if keep >= 0 else []
        while len(self.open) > len(pieces):
            self.open.remove(max(self.open, key=self._room))
        for c, piece in zip(self.open, pieces, strict=True):
            above = self.cells[c][-1] if self.cells[c] else None
            if above is not None and width(above) + 1 + width(piece.split()[0]) <= self.col:
                self.cost += 1
            self.cells[c].append(piece)

    def _room(self, c: int) -> int:
        """Room left on the column's last piece (a column with none has all)."""
        return self.col - width(self.cells[c][-1]) if self.cells[c] else self.col + 1

    @property
    def total(self) -> int:
        return self.cost + sum(1 for cell in self.cells if not cell)


def _pack(words: list[str], col: int, from_left: bool) -> list[str]:
    """Words in as few pieces as fit ``col``, filled from the left or the right."""
    order = words if from_left else words[::-1]
    pieces: list[list[str]] = []
    for w in order:
        if pieces and width(" ".join([*pieces[-1], w])) <= col:
            pieces[-1].append(w)
        else:
            pieces.append([w])
    out = [" ".join(p if from_left else p[::-1]) for p in pieces]
    return out if from_left else out[::-1]


def _row(lines: list[ProseLine], cells: list[str]) -> TableRow:
    """A row of ``cells`` printed from ``lines``."""
    return TableRow(Provenance(lines[0].page, line=lines[0].no), cells=cells)


def chunks(indent: int, text: str) -> list[tuple[int, str]]:
    """Pieces of a line (``text`` after ``indent`` spaces) between gaps of two spaces
    or more, with their start (characters from the line's left edge, as column-aligned
    text places them). (A fresh list each call: callers may edit it.)"""
    return list(_chunks(indent, text))


@lru_cache(maxsize=8192)
def _chunks(indent: int, text: str) -> tuple[tuple[int, str], ...]:
    """:func:`chunks`, memoised: the table readers cut the same lines many times over."""
    return tuple([(indent + m.start(), m.group()) for m in _PIECE.finditer(text)])


def _by_position(header: ProseLine, lines: list[ProseLine], n: int,
                 repeats: tuple[list[str], set[str]],
                 used: Counter[str]) -> tuple[list[str], bool]:
    """Cells of column-aligned text: each line's pieces dealt to the columns in
    order, by where each column's text starts and how wide it is (``_line_cells``;
    where no dealing fits, each piece in the column whose text starts nearest to it,
    a piece running over a column's start cut at the space nearest to it); the
    header repeated on a page (``repeats``: the words of its first line, and all its
    lines; a year alone finished by the next line's qualifier, ``_years_finished``)
    gives the columns of that page. Words a narrow column broke are made
    whole (``_mended``; ``used``: the document's words, ``Pairs.words``). Also
    returns whether a line's piece was cut between two columns with the later part
    pushed right of its column's start (``_pushed``)."""
    own = word_uses(ln.text for ln in lines)
    words, heads = repeats
    cells: list[list[str]] = [[] for _ in range(n)]
    cut = False
    pages: list[tuple[ProseLine, list[ProseLine]]] = [(header, [])]
    repeated = header  # the repeated header's first line
    for ln in lines:
        if ln.text.split() == words:
            pages.append((ln if len(chunks(ln.indent, ln.text)) == n else pages[-1][0], []))
            repeated = ln
        elif " ".join(ln.text.split()) in heads:
            finished = _years_finished(repeated.text, ln.text) if not pages[-1][1] else None
            if finished and len(chunks(ln.indent, finished)) == n:
                pages[-1] = (replace(ln, text=finished), [])  # "2023" / "(actual)  2024 …"
        else:
            pages[-1][1].append(ln)
    for head, page in pages:
        pieced = [column_pieces(ln.indent, ln.text) for ln in page]
        starts, gap = _column_starts(head, pieced)
        widths = _column_widths(pieced, starts)
        for pieces in pieced:
            placed = _line_cells(pieces, starts, widths, gap)
            if placed is None:
                placed = [(_column(at, part, starts), part) for pos, piece in pieces
                          for at, part in cut_at_starts(pos, piece, starts)]
            cut = cut or _pushed(pieces, placed, starts)
            for col, part in placed:
                cells[col].append(part)
    return [join(_mended(parts, used, own)) for parts in cells], cut


def _pushed(pieces: list[tuple[int, str]], placed: list[tuple[int, str]],
            starts: list[int]) -> bool:
    """Whether a piece was dealt in parts (cells one space apart) and a part after
    its first starts more than ``ALIGN`` off its column's start: right, where the
    cell before it, wider than its share of a character grid, pushed it there; left,
    where the dealing cut the piece at no column's start, so the true cut (a cell
    pushed right) lies elsewhere on the line."""
    k = 0
    for pos, piece in pieces:
        at = 0
        while k < len(placed) and at < len(piece):
            col, part = placed[k]
            at = piece.find(part, at)
            if at > 0 and abs(pos + at - starts[col]) > ALIGN:
                return True
            at += len(part)
            k += 1
    return False


def _mended(parts: list[str], used: Counter[str], own: Counter[str]) -> list[str]:
    """A cell's line pieces with the words its column broke without a hyphen made
    whole: a piece's last word and the words opening the next pieces (through
    pieces of one word, at most ``BROKEN_MOST`` pieces) are one word where joined
    they are a word the document uses (``used``) and either as wide as the column
    (its widest piece: a typesetter breaks such a word anywhere; "provide" / "d") or
    a part is no word the document uses but on the row's lines (``own``: "Comm" /
    "on", "compre" / "hensiv" / "e"); a piece opening with a mark that closes or
    joins ("," "/" "-") goes on the word before it."""
    widest = max((len(part) for part in parts), default=0)
    out: list[str] = []
    k = 0
    while k < len(parts):
        text = parts[k]
        k += 1
        while k < len(parts) and (size := _broken(text, parts[k:k + BROKEN_MOST],
                                                  (used, own), widest)):
            text += "".join(parts[k:k + size])
            k += size
        out.append(text)
    return out


def _broken(text: str, after: list[str], words: tuple[Counter[str], Counter[str]],
            widest: int) -> int:
    """How many of the pieces ``after`` go on the last word of ``text`` (``_mended``;
    ``words``: the document's and the row's; ``widest``: the column's width): 0 for
    none."""
    if _GOES_ON.match(after[0]):
        return 1
    used, own = words
    word = first = text.split()[-1] if text.split() else ""
    for size, part in enumerate(after, 1):
        piece = part.split()[0] if part.split() else ""
        word += piece
        if piece and used[bare_word(word)] and (len(word) >= widest or any(
                used[bare_word(half)] <= own[bare_word(half)] for half in (first, piece))):
            return size
        if len(part.split()) > 1:
            break
    return 0


def _column_widths(lines: list[list[tuple[int, str]]], starts: list[int]) -> list[float]:
    """Each column's width: its widest piece (display width) among those nearest to
    it that do not run over the next column's start; unbounded where none does."""
    seen = [0] * len(starts)
    for pieces in lines:
        for pos, piece in pieces:
            col = _column(pos, piece, starts)
            if col + 1 < len(starts) and pos + len(piece) > starts[col + 1] + ALIGN:
                continue
            seen[col] = max(seen[col], width(piece))
    return [float(w) if w else float("inf") for w in seen]


def _line_cells(pieces: list[tuple[int, str]], starts: list[int],
                widths: list[float], gap: int = 1) -> list[tuple[int, str]] | None:
    """A line's pieces dealt to the columns in order, by position and width: an
    extractor squeezing ideographs sets a column's text left of where its other
    lines put it, so a piece nearer to the column before may still be the next's.
    A run of pieces (or of a piece's words, where it runs over a column's start:
    cut there at a cost of ``_CUT``; pieces one space apart, as a column's line
    parted where a space stands between ideographs) goes to one column, later runs
    to later columns, a run of two words or more one that ``_fits`` its column
    (``_column_widths``). The fewest runs ending before their column's text starts
    (a short line centred in the column before), then the least total distance of
    the runs' starts from their columns' starts; None where no dealing fits. Pieces
    more than ``gap`` spaces apart (``_cell_gap``) are never one run."""
    words: list[tuple[int, str, int]] = []  # start, word, piece
    cuts: set[int] = set()  # word indices before which a run may start
    apart: set[int] = set()  # ... and must: a piece two spaces or more from the last
    for k, (pos, piece) in enumerate(pieces):
        cuts.add(len(words))
        if k and pos > pieces[k - 1][0] + len(pieces[k - 1][1]) + gap:
            apart.add(len(words))
        over = any(pos + ALIGN < s < pos + len(piece) for s in starts)
        for m in re.finditer(r"\S+", piece):
            if over and m.start():
                cuts.add(len(words))
            words.append((pos + m.start(), m.group(), k))
    count = len(words)
    # best[(i, c)]: least cost dealing the first i words, the last run to column c
    best: dict[tuple[int, int], tuple[_Cost, tuple[int, int] | None]] = {
        (0, -1): ((0, 0.0), None)}
    for i in sorted(cuts):
        for c in range(-1, len(starts)):
            if (i, c) not in best:
                continue
            for end in [j for j in sorted(cuts) if j > i] + [count]:
                if any(i < j < end for j in apart):
                    break
                run = words[i:end]
                for col in range(c + 1, len(starts)):
                    if len(run) > 1 and not _fits(run, col, starts, widths):
                        continue
                    before, far = best[(i, c)][0]
                    cost = (before + (col > 0 and run[-1][0] + len(run[-1][1]) < starts[col]),
                            far + abs(run[0][0] - starts[col])
                            + _CUT * (not _piece_start(words, i)))
                    if (end, col) not in best or cost < best[(end, col)][0]:
                        best[(end, col)] = (cost, (i, c))
    ends = [(best[(count, c)][0], c) for c in range(len(starts)) if (count, c) in best]
    if not count or not ends:
        return None
    out: list[tuple[int, str]] = []
    at: tuple[int, int] | None = (count, min(ends)[1])
    while at is not None and at[0]:
        back = best[at][1]
        assert back is not None
        run = words[back[0]:at[0]]
        out[:0] = [(at[1], " ".join(w for _, w, p in run if p == k))
                   for k in dict.fromkeys(p for _, _, p in run)]
        at = back
    return out


def _column_starts(head: ProseLine, pieced: list[list[tuple[int, str]]]) \
        -> tuple[list[int], int]:
    """Where each column's text starts (``_text_starts`` from the header line ``head``
    and the lines' pieces ``pieced``) and the widest gap inside a cell's line
    (``_cell_gap``); where a cell's words stand apart, the starts under the headings'
    own (``_under_heads``)."""
    head_at = [pos for pos, _ in chunks(head.indent, head.text)]
    opens = [pos for pieces in pieced for pos, _ in pieces]
    starts = _text_starts(head_at, opens)
    if (gap := _cell_gap(pieced, starts)) > 1:  # a cell's words spread apart
        starts = _under_heads(head_at, starts, opens)
        gap = _cell_gap(pieced, starts)
    return starts, gap


def _cell_gap(lines: list[list[tuple[int, str]]], starts: list[int]) -> int:
    """The widest run of spaces inside a cell's line: between two pieces of a line in
    one column, the later more than ``ALIGN`` right of the column's text start and
    ending before the next column's, neither next to an ideograph (which is set
    without spaces: one beside it tells no pitch); at least one space. Text set at a
    pitch finer than its type's (``pdftotext -fixed``) spreads a line's words
    several spaces apart, and a gutter is only wider than that; other
    column-aligned text prints a cell's words one space apart."""
    widest = 1
    for pieces in lines:
        for (at, piece), (pos, after) in zip(pieces, pieces[1:], strict=False):
            col = _start_column(pos, starts)
            if pos - starts[col] > ALIGN and _start_column(at, starts) == col and (
                    col + 1 == len(starts) or pos + len(after) <= starts[col + 1]) \
                    and not (is_cjk(piece[-1]) or is_cjk(after[0])):
                widest = max(widest, pos - at - len(piece))
    return widest


def _under_heads(heads: list[int], starts: list[int], pieces: list[int]) -> list[int]:
    """Column starts where a cell's words stand apart: where ``pieces`` start under
    a heading's own start (within ``ALIGN``, the commonest such), that start, else
    ``starts``' (``_text_starts``). Spread words fill a column with pieces, and the
    commonest start nearest a heading may be a word inside the column before."""
    out = []
    for head, start in zip(heads, starts, strict=True):
        under = Counter(pos for pos in pieces if abs(pos - head) <= ALIGN)
        out.append(under.most_common(1)[0][0] if under else start)
    return out


def _start_column(pos: int, starts: list[int]) -> int:
    """The last column whose text starts at most ``ALIGN`` right of ``pos``."""
    return max((c for c, s in enumerate(starts) if s <= pos + ALIGN), default=0)


def _fits(run: list[tuple[int, str, int]], col: int, starts: list[int],
          widths: list[float]) -> bool:
    """Whether a run of words may be one line of column ``col``: it does not run over
    the next column's start, opens no piece there after its first (within ``ALIGN``:
    a word as short as "–" ends before the start plus ``ALIGN``, and where a cell's
    words stand apart the gap before it tells nothing), and, without Latin letters
    (ideographs and figures, whose widths are exact where letters' vary), is no
    wider than the column."""
    text = _run_text(run)
    end = run[-1][0] + len(run[-1][1])
    if col + 1 < len(starts) and (end > starts[col + 1] + ALIGN
                                  or _last_opening(run) >= starts[col + 1] - ALIGN):
        return False
    return any(ch.isascii() and ch.isalpha() for ch in text) or width(text) <= widths[col]


def _last_opening(run: list[tuple[int, str, int]]) -> float:
    """Where the run's last piece opens, if not with the run (else -inf): the
    words' pieces come in order, so it is the latest opening of a piece."""
    last = run[-1][2]
    if run[0][2] == last:
        return float("-inf")
    k = len(run) - 1
    while run[k - 1][2] == last:
        k -= 1
    return run[k][0]


def _piece_start(words: list[tuple[int, str, int]], k: int) -> bool:
    """Whether word ``k`` opens its piece."""
    return k == 0 or words[k - 1][2] != words[k][2]


def _run_text(run: list[tuple[int, str, int]]) -> str:
    """A run of words as printed: one space apart, in a piece or between pieces."""
    return " ".join(w for _, w, _ in run)


def column_pieces(indent: int, text: str) -> list[tuple[int, str]]:
    """Pieces of a line of cells side by side, with their start: ``chunks`` parted
    where one space stands between ideographs (see ``_parted``)."""
    return [piece for chunk in chunks(indent, text) for piece in _parted(*chunk)]


def _parted(pos: int, chunk: str) -> list[tuple[int, str]]:
    """A chunk of column-aligned text (at ``pos``) parted where one space stands
    between ideographs, which a cell's text never holds (cells one space apart),
    unless it letter-spaces a run of single ideographs (a cell's text stretched to
    its width: joined, see ``unspaced``)."""
    out: list[tuple[int, str]] = []
    for m in re.finditer(r"\S+", chunk):
        word = m.group()
        if out and is_cjk(out[-1][1][-1]) and is_cjk(word[0]) and not (
                len(word) == 1 and len(out[-1][1].split()[-1]) == 1):
            out.append((pos + m.start(), word))
        elif out:
            out[-1] = (out[-1][0], f"{out[-1][1]} {word}")
        else:
            out.append((pos + m.start(), word))
    return [(at, unspaced(text)) for at, text in out]


def _column(at: int, part: str, starts: list[int]) -> int:
    """The column whose text starts nearest to a piece at ``at``, unless the piece
    ends before that column's text starts (a line centred or set right in the
    column before)."""
    k = min(range(len(starts)), key=lambda j: abs(starts[j] - at))
    while k and at + len(part) < starts[k]:
        k -= 1
    return k


def _text_starts(heads: list[int], starts: list[int]) -> list[int]:
    """Where each column's text starts: the commonest start of the pieces nearest to
    its header (which may be centred over it: a start as near to the header after it
    as to the one before is the later column's), else the header's start."""
    out = []
    for k, head in enumerate(heads):
        near = Counter(s for s in starts if min(
            range(len(heads)), key=lambda j: (abs(heads[j] - s), heads[j] < s)) == k)
        out.append(near.most_common(1)[0][0] if near else head)
    return out


def _by_blocks(pages: list[list[str]], n: int, pairs: Pairs | None = None) -> list[str]:
    """Cells of text printed a cell per line. Latin lines on one page or two are cut
    by one search over the cuts (``cut_pages``; ``pairs``: the document's wording,
    dashes opening the first line cells of their own). Else the lines are dealt
    page by page (a page of the row
    starts at each repeat of the header) to the open columns; where a page has more
    ends than open columns, ends with little room left go first, then the ends
    before the shortest blocks (a cell may hold two short paragraphs; a dash alone
    is a cell of its own and joins no other block). Where the
    lines are ideographs, whose widths tell where a line had room, the blocks are
    grouped by measure (``_grouped``)."""
    if not any(ideographic(t) for page in pages for t in page) \
            and (cut := cut_pages([_dashes_apart(pages[0]), *pages[1:]], n, pairs)):
        return [join(texts) for texts in cut]
    full = max(width(text) for page in pages for text in page)
    columns: list[list[str]] = [[] for _ in range(n)]
    closed = 0
    for p, page in enumerate(pages):
        blocks = _dash_blocks(page, full)
        if p + 1 < len(pages) and blocks and blocks[-1][1] is None:
            *blocks, (rest, _) = blocks
            blocks += _share(rest, n - closed - len(blocks))
        if p + 1 == len(pages) and len(blocks) < n - closed:
            blocks = _opened(blocks, n - closed, full)
        if len(blocks) > n - closed and any(ideographic(t) for texts, _ in blocks for t in texts):
            blocks = _grouped(blocks, n - closed)
        while len(blocks) > n - closed:
            k = min(range(1, len(blocks)),
                    key=lambda j: (_lone_dash(blocks[j - 1][0]) or _lone_dash(blocks[j][0]),
                                   (blocks[j - 1][1] or 0) >= 0, (blocks[j - 1][1] or 0) > _CLEAR,
                                   len(join(blocks[j][0])), j))
            blocks[k - 1:k + 1] = [(blocks[k - 1][0] + blocks[k][0], blocks[k][1])]
        for col, (texts, _) in enumerate(blocks, closed):
            columns[col] += texts
        closed = min(closed + sum(1 for _, room in blocks if room is not None), n - 1)
    return [join(texts) for texts in columns]


def _dashes_apart(texts: list[str]) -> list[str]:
    """A page's lines with the dashes printed before the first cell's text on lines
    of their own ("– – Shared…": cells of their own)."""
    dashes, rest = _leading_dashes(texts)
    return [*dashes, rest, *texts[1:]] if dashes else texts


def _leading_dashes(texts: list[str]) -> tuple[list[str], str]:
    """The dashes printed before the first cell's text on a page's first line
    ("– – Shared…"), and the text after them; none where the line holds dashes only
    or opens with none."""
    words = texts[0].split() if texts else []
    dashes = next((k for k, w in enumerate(words) if not is_dash(w)), len(words))
    if not dashes or dashes == len(words):
        return [], ""
    return words[:dashes], texts[0].split(maxsplit=dashes)[-1]


def _lone_dash(texts: list[str]) -> bool:
    """Whether a block is a dash alone ("–", a value with no figure): a cell of its own."""
    return len(texts) == 1 and is_dash(texts[0])


def _opened(blocks: list[tuple[list[str], int | None]], count: int,
            full: int) -> list[tuple[list[str], int | None]]:
    """Blocks split into ``count`` where fewer: a cell's last line may fill its
    column, so the lines before a line that may open a cell (``opens_cell``) end
    cells too, those with most room left first."""
    ends = sorted(((room(texts[k], texts[k + 1], full), b, k)
                   for b, (texts, _) in enumerate(blocks) for k in range(len(texts) - 1)
                   if opens_cell(texts[k + 1])), reverse=True)[:count - len(blocks)]
    out: list[tuple[list[str], int | None]] = []
    for b, (texts, left) in enumerate(blocks):
        cuts = sorted(k for _, at, k in ends if at == b)
        for start, (left_at, end) in zip([0, *(k + 1 for k in cuts)],
                                         [*((room(texts[k], texts[k + 1], full), k + 1)
                                            for k in cuts), (left, len(texts))], strict=True):
            out.append((texts[start:end], left_at))
    return out


def _grouped(blocks: list[tuple[list[str], int | None]],
             count: int) -> list[tuple[list[str], int | None]]:
    """Blocks joined into ``count`` cells: the grouping whose cells show fewest
    lines that end short of their column (``_short_lines``: a cell's paragraph
    ended there, or the lines are two columns' text), then that keeps fewest ends
    with little or no room left (likely a line that filled its column), then whose
    cells hold least text after their first short line (a cell's second paragraph
    is a short one), then that joins the shortest blocks to the ones before them.
    Found by dynamic programming over the blocks."""
    size = len(blocks)
    best: dict[tuple[int, int], tuple[tuple[int, int, int, int], int]] = {
        (0, 0): ((0, 0, 0, 0), 0)}
    for end in range(1, size + 1):
        for cells in range(1, min(count, end) + 1):
            options = [(_plus(best[(start, cells - 1)][0], blocks, start, end), start)
                       for start in range(cells - 1, end) if (start, cells - 1) in best]
            best[(end, cells)] = min(options)
    bounds = [size]
    while bounds[0]:
        bounds.insert(0, best[(bounds[0], count - len(bounds) + 1)][1])
    return [([t for texts, _ in blocks[a:b] for t in texts], blocks[b - 1][1])
            for a, b in zip(bounds, bounds[1:], strict=False)]


def _plus(cost: tuple[int, int, int, int], blocks: list[tuple[list[str], int | None]],
          start: int, end: int) -> tuple[int, int, int, int]:
    """``cost`` (see ``_grouped``) with one more cell, of ``blocks[start:end]``."""
    short, tight, after, joined = cost
    left = blocks[end - 1][1]
    kept = 0 if end == len(blocks) or left is None else 2 if left < 0 else int(left <= _CLEAR)
    lines = [t for texts, _ in blocks[start:end] for t in texts]
    ends = _short_lines(lines)
    rest = sum(len(t) for t in lines[ends[0] + 1:]) if ends else 0
    return (short + len(ends), tight + kept, after + rest,
            joined + sum(len(join(texts)) for texts, _ in blocks[start + 1:end]))


def _short_lines(lines: list[str]) -> list[int]:
    """The lines of a cell, but its last, that had room for the next line's first
    word in the cell's column (at least as wide as its widest line: a line-breaker
    would have put it there, so a paragraph ended or the lines are not one
    column's). Only lines of ideographs count, whose widths are exact where
    letters' vary (see ``ends_short``)."""
    col = max(least_width(t) for t in lines)
    return [k for k, (text, below) in enumerate(zip(lines, lines[1:], strict=False))
            if ideographic(text) and ends_short(text, below, col)]


def runs_on(blocks: list[list[str]]) -> bool:
    """Whether a block of lines runs on into the next block: its last line, of
    ideographs, had no room for the next block's first word in the column it would
    share with it (as wide as its widest line and the next one). Blocks are then no
    cells of their own (an extractor sets a cell's last line, or each line, apart)."""
    return any(ideographic(block[-1]) and not ends_short(
        block[-1], below[0], max(least_width(t) for t in [*block, below[0]]))
        for block, below in zip(blocks, blocks[1:], strict=False))


def _dash_blocks(texts: list[str], full: int) -> list[tuple[list[str], int | None]]:
    """Blocks of a page's lines; dashes printed before the first cell's text are
    cells of their own ("— 埃塞…", "– – Shared…"; the line is measured with them)."""
    blocks = _blocks(texts, full)
    dashes, rest = _leading_dashes(texts)
    if not dashes:
        return blocks
    first, room = blocks[0]
    return [*(([w], full) for w in dashes), ([rest, *first[1:]], room), *blocks[1:]]


def _blocks(texts: list[str], full: int) -> list[tuple[list[str], int | None]]:
    """Runs of lines, each ended by a line that had room for the first word of the
    next in the widest line ``full`` (or a lone value), with the room left; the last
    run may be open (None). Columns differ in width: were the next line the same
    cell's, its column would be as wide as the run's widest line and as that next
    line; where that is clearly narrower than ``full``, the room of a line of
    ideographs (whose widths are exact, where letters' vary) is measured in it
    (negative: the line had no room there, likely no end of a cell); both without
    the spaces an extractor puts beside ideographs (a figure's thin spacing)."""
    out: list[tuple[list[str], int | None]] = []
    run: list[str] = []
    widest = max((width(tightened(t)) for t in texts), default=0)
    for k, text in enumerate(texts):
        run.append(text)
        left = full if is_value(text) else room(text, texts[k + 1], full) \
            if k + 1 < len(texts) and opens_cell(texts[k + 1]) else -1
        if left >= 0:
            col = max(width(tightened(t)) for t in [*run, *texts[k + 1:k + 2]])
            narrow = ideographic(text) and widest - col > _CLEAR
            out.append((run, _tight_room(text, texts[k + 1], col) if narrow else left))
            run = []
    return out + ([(run, None)] if run else [])


def _tight_room(text: str, below: str, col: int) -> int:
    """``room`` of an ideographic line, spaces next to ideographs not counted."""
    return col - width(tightened(text)) - width(first_word(below))


def _share(texts: list[str], count: int) -> list[tuple[list[str], int | None]]:
    """Lines of ``count`` columns that all go on past the page, in equal shares."""
    count = max(1, min(count, len(texts)))
    size = -(-len(texts) // count)
    return [(texts[k:k + size], None) for k in range(0, len(texts), size)]


