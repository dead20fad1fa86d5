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

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import combinations, product, takewhile

from .model import Provenance, TableRow
from .text_sidebyside import Pairs, split_side_by_side
from .text_tables import header_columns
from .text_values import is_value
from .text_vocab import Vocabulary
from .textnorm import CJK_CLASS, ideographic, is_cjk, width

# A piece of column-aligned text: words one space apart (two or more end it).
_PIECE = re.compile(r"\S+(?: \S+)*")
_ALIGN = 2
_CLEAR = 2
# Marks that may open a line before its first letter (``_opens_cell``).
_OPENING = "([{“‘\"'"
# Cells printed side by side: the widest line at least this many times the median.
_SIDE_SHARE = 1.5

# Where an ideograph meets a figure or a Latin letter without a space.
_SPACING = re.compile(r"(?<=[\u3400-\u9fff])(?=[0-9A-Za-z])|(?<=[0-9A-Za-z])(?=[\u3400-\u9fff])")

# Punctuation that may not open a line: closing brackets and quotes, and the stops
# and commas (Unicode general categories Pe, Pf and Po, less the opening-only ones).
_CLOSING = re.compile(r"[)\]}）》」』】〕〉”’、，。；：！？,.;:!?]*")

# The cost of cutting a piece of column-aligned text between two columns, in
# characters of distance from a column's start (``_line_cells``).
_CUT = 1

# A cost of ``_line_cells``: runs ending before their column's start, distance.
_Cost = tuple[int, float]

# A year opening a header line or word: a heading of its own starts there.
_YEAR_START = re.compile(r"\d{4}")

# Ideographs one space apart, this many or more in a run, are letter-spaced text.
_SPACED_RUN = 3

# Marks around a word, left out where it is looked up among the document's words.
_WORD_MARKS = "\"'“”‘’()[]{},.;:!?"
# A line piece opening with a mark that closes or joins: it goes on the word before it.
_GOES_ON = re.compile(r"[,.;:)\]}/-]")
# The most line pieces a word broken by a narrow column is looked for over (``_mended``).
_BROKEN_MOST = 3

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
    widths = sorted(width(text) for text in texts)
    if not widths:
        return 0
    return Counter(widths[int(_MEASURE_RANK * (len(widths) - 1)):]).most_common(1)[0][0]


def years_only(columns: list[str], voc: Vocabulary) -> bool:
    """Whether header cells ``columns`` are years and nothing else."""
    return bool(columns) and all(voc.year_column.match(c) for c in columns)


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
        opened = [c for c in cols if _unfinished(c) or _bare_year(c, voc)]
        if years_only(cols, voc) and not _unfinished(cols[-1]):
            top = k + 1
            begun = start
            start = start if opened else top
        elif not (opened and all(c in opened or voc.year_column.match(c) for c in cols)):
            break
    return top


def _bare_year(text: str, voc: Vocabulary) -> bool:
    """A year that the edition's year headings go on after ("2020" of "2020(实际)"):
    a heading whose qualifier a narrow column wrapped onto a later line."""
    return bool(voc.year_token.match(text)) and not voc.year_column.match(text)


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
        line = line[:m.end()] + word + after[max(0, min(len(word), spaces - _ALIGN)):]
    return line


def _years_finished(line: str, text: str) -> str | None:
    """``text`` with the years of ``line`` above it, which holds years alone, put
    before the words ``text`` opens with before its first year, one each in order
    ("2023" over "(actual)   2024 (actual)": "2023(actual) 2024 (actual)"), each
    taking its width from the spaces after the word while two are left (a narrow
    first column wrapped its heading; the others' print on the line of its
    qualifier); None where the counts differ or ``text`` holds no year after them."""
    years = line.split()
    words = list(re.finditer(r"\S+", text))
    lead = list(takewhile(lambda m: not _YEAR_START.match(m.group()), words))
    if not years or not all(_YEAR_START.fullmatch(y) for y in years) \
            or len(lead) != len(years) or len(lead) == len(words):
        return None
    for m, year in reversed(list(zip(lead, years, strict=True))):
        after = text[m.end():]
        spaces = len(after) - len(after.lstrip(" "))
        text = text[:m.start()] + year + m.group() + after[max(0, min(len(year), spaces - _ALIGN)):]
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
               pairs: Pairs | None = None, wording: Wording | None = None) -> list[TableRow]:
    """The rows of ``n`` prose cells printed under the year header lines ``header``:
    in column-aligned text a blank line on the page between two lines starts a row
    (``pairs``: the document's word pairs, for cells printed side by side;
    ``wording``: its words and ideographs' pairs, ``Wording``)."""
    repeats = {" ".join(ln.text.split()) for ln in header}
    texts = [ln.text for ln in body if " ".join(ln.text.split()) not in repeats]
    first = header[0].text.split()
    printed = [ln.text.split() for ln in header]
    if len(heads := unwrapped([ln.text for ln in header])) < len(header):
        header = [_header_line(header, heads)]  # a heading wrapped in its column
    aligned = len(header) == 1 and len(chunks(header[0].indent, header[0].text)) == n
    if len(header) == 1 and not aligned and texts \
            and (cells := split_side_by_side(header[0].text, texts, n, pairs)
                 or ideographs_side_by_side(texts, n, _whole_widths(header[0].text, printed, n),
                                            wording.glyphs if wording else None)):
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
        return [_row(pages[0], _by_blocks([[unspaced(ln.text) for ln in page] for page in pages],
                                          n))] \
            if pages else []
    rows: list[list[ProseLine]] = []
    last: ProseLine | None = None
    for ln in body:
        repeat = " ".join(ln.text.split()) in repeats
        if not repeat and (last is None or (ln.page == last.page and ln.no > last.no + 1)):
            rows.append([])
        if rows:
            rows[-1].append(ln)
        last = last if repeat else ln
    used = wording.words if wording else Counter()
    return [_row(lines, _by_position(header[0], lines, n, (first, repeats), used))
            for lines in rows]


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
        text += " " * (max(at - indent - len(text), _ALIGN) if text else 0) + piece
    return replace(header[0], text=text, indent=indent)


@lru_cache(maxsize=16384)
def unspaced(label: str) -> str:
    """A label with its letter-spacing taken out: a run of three or more ideographs
    one space apart (a cell's text stretched to its width) is one word, joined to
    the ideograph before it."""
    out: list[str] = []
    toks = label.split(" ")
    k = 0
    while k < len(toks):
        end = k
        while end < len(toks) and len(toks[end]) == 1 and is_cjk(toks[end]):
            end += 1
        if end - k < _SPACED_RUN:
            out.append(toks[k])
            k += 1
            continue
        run = "".join(toks[k:end])
        if out and out[-1][-1:] and is_cjk(out[-1][-1]):
            out[-1] += run
        else:
            out.append(run)
        k = end
    return " ".join(out)


def _side_by_side(header: ProseLine, texts: list[str], n: int) -> bool:
    """Whether cells are printed side by side one space apart (no column
    positions): the widest line (the header's repeats left out) spans the header
    of years over the columns and holds more than one column's width of text (the
    median line's)."""
    widths = sorted(width(text) for text in texts)
    return n > 1 and bool(widths) and widths[-1] >= width(header.text) \
        and widths[-1] >= _SIDE_SHARE * widths[len(widths) // 2]


def by_width(texts: list[str], n: int) -> list[str]:
    """Cells of ``n`` equal columns printed side by side one space apart: dashes
    opening lines first, then the column width, and the direction in which each
    line is packed, that read the lines most consistently (``_Packing``)."""
    dashes = [t.split()[0] for t in texts if _leading_dash(t)]
    texts = [t.split(maxsplit=1)[1] if _leading_dash(t) else t for t in texts]
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


def ideographs_side_by_side(texts: list[str], n: int, least: list[int] | None = None,
                            wording: Counter[tuple[str, str]] | None = None
                            ) -> list[str] | None:
    """Cells of ``n`` columns of ideographs, each column its own width, printed side
    by side one space apart (two spaces or more, where kept, part columns): the
    first line holds every cell's first line; a column's lines follow each other
    and each but a paragraph's last filled the column (had no room for the next
    line's first word); none is wider than the column (its widest such line). The
    reading that breaks these least (``_Ideographs``), found by a beam search line
    by line; None for lines that are not ideographs, or when no reading keeps them
    well enough, the cells then read as printed with no space between them
    (``_glued_ideographs``). Dashes opening lines are the first columns' cells (as
    ``by_width`` reads them); ``least``: each column's least width, as its heading
    shows it (``_whole_widths``); ``wording``: the document's pairs of ideographs
    (``glyph_pairs``)."""
    dashes = [text.split()[0] for text in texts if _leading_dash(text)]
    texts = [text.split(maxsplit=1)[1] if _leading_dash(text) else text for text in texts]
    n -= len(dashes)
    if n < 2 or not texts or not all(ideographic(text.replace(" ", "")) for text in texts):
        return None
    search = _Ideographs([_words(text) for text in texts])
    beam = [search.first(split) for split in search.splits(0, n)]
    for k in range(1, len(texts)):
        beam = sorted(step for reading in beam for step in search.steps(reading, k, n))[:_BEAM]
    scored = sorted((search.cost(reading[1]), reading[1]) for reading in beam)
    if scored and scored[0][0] <= _MAX_IDEO_COST * len(texts):
        return dashes + [join(search.text(at) for at in column) for column in scored[0][1]]
    least = (least or [0] * (n + len(dashes)))[len(dashes):]
    glued = _glued_ideographs(texts, n, least, wording or Counter()) \
        if _run_together(texts, least) else None
    return dashes + glued if glued else None


# A line's piece: (line, (first word, word after the last)); a reading so far: its
# cost, each column's pieces and each column's width (its widest piece).
_At = tuple[int, tuple[int, int]]
_Columns = tuple[tuple[_At, ...], ...]
_Partial = tuple[float, _Columns, tuple[int, ...]]
# Readings kept at each line of ``ideographs_side_by_side``.
_BEAM = 24
# Costs of a reading (``_Ideographs``) and the most it may cost per line.
_NEW_PARAGRAPH = 1.0
_OVERFLOW_PER_UNIT = 1.0
_LEFT = 0.001
_MAX_IDEO_COST = 1.0
# How much wider than its column's widest line so far a piece of ``_Glued`` may be
# (an ideograph: the punctuation a typesetter set narrow).
_GLUED_SLACK = 2
# A cut with no space at it (the piece before it fills its column to the edge):
# where readings otherwise tie, the one cutting more often at spaces is taken.
_GLUE = 0.01
# The width of a column (``_Glued``): where readings otherwise tie, the one whose
# columns are narrowest (its full lines fullest, as a line-breaker fills them).
_SLACK = 0.0001
# A space after a piece that fills its column, before the next column's piece
# (``_Glued._flush_apart``), and how near the edge such a piece comes.
_APART = 0.1
_FLUSH = 0.5


def _words(text: str) -> tuple[list[str], set[int]]:
    """A line's words and the gaps that part columns (after word k: k + 1): two
    spaces or more, or a space between ideographs (which a cell's text never holds;
    one beside a figure or a Latin word may be the text's own). A letter-spaced
    line then holds more pieces than columns: no side-by-side reading takes it,
    and such text is left to the readers of text printed a cell per line."""
    found = list(re.finditer(r"\S+", text))
    return [m.group() for m in found], {k for k, (a, b) in enumerate(
        zip(found, found[1:], strict=False), 1)
        if b.start() - a.end() > 1 or is_cjk(a.group()[-1]) and is_cjk(b.group()[0])}


class _Ideographs:
    """The lines of ``ideographs_side_by_side`` and the cost of a reading: a line
    that had room for its column's next line's first word, or a column that skips
    a line (a paragraph ended in the cell: ``_NEW_PARAGRAPH`` each); a last line
    wider than its column (``_OVERFLOW_PER_UNIT``); and a leaning to the leftmost
    columns (``_LEFT``) where nothing else tells."""

    def __init__(self, lines: list[tuple[list[str], set[int]]]) -> None:
        self.lines = lines
        self.least: dict[_At, int] = {}

    def text(self, at: _At) -> str:
        k, (a, b) = at
        return " ".join(self.lines[k][0][a:b])

    def width(self, at: _At) -> int:
        if at not in self.least:
            self.least[at] = least_width(self.text(at))
        return self.least[at]

    def splits(self, k: int, count: int) -> list[tuple[tuple[int, int], ...]]:
        """Every cut of line ``k``'s words into ``count`` pieces that parts its
        forced gaps."""
        words, forced = self.lines[k]
        out = []
        for cuts in combinations(range(1, len(words)), count - 1):
            if forced <= set(cuts):
                bounds = (0, *cuts, len(words))
                out.append(tuple(zip(bounds, bounds[1:], strict=False)))
        return out

    def first(self, split: tuple[tuple[int, int], ...]) -> _Partial:
        """The reading of the first line cut so, a piece a column."""
        widths = tuple(self.width((0, piece)) for piece in split)
        return 0.0, tuple(((0, piece),) for piece in split), widths

    def steps(self, reading: _Partial, k: int, n: int) -> Iterable[_Partial]:
        """Line ``k`` dealt to the columns every way, each with its cost so far."""
        cost, columns, widths = reading
        for count in range(1, min(n, len(self.lines[k][0])) + 1):
            for split in self.splits(k, count):
                for cols in combinations(range(n), count):
                    out, wide, more = list(columns), list(widths), cost
                    for c, piece in zip(cols, split, strict=True):
                        at = (k, piece)
                        wide[c] = max(wide[c], self.width(at))
                        more += self._joined(out[c], at, wide[c]) + _LEFT * c
                        out[c] = (*out[c], at)
                    yield more, tuple(out), tuple(wide)

    def _joined(self, column: tuple[_At, ...], at: _At, col: int) -> float:
        """The cost of a line ``at`` put under a column's lines (``col`` wide)."""
        last = column[-1]
        return _NEW_PARAGRAPH * ((last[0] != at[0] - 1)
                                 + ends_short(self.text(last), self.text(at), col))

    def cost(self, columns: _Columns) -> float:
        """The cost of a whole reading."""
        total = 0.0
        for c, column in enumerate(columns):
            col = max(self.width(at) for at in column[:-1] or column)
            total += _OVERFLOW_PER_UNIT * max(0, self.width(column[-1]) - col)
            total += sum(self._joined((a,), b, col) for a, b in zip(column, column[1:],
                                                                     strict=False))
            total += _LEFT * c * len(column)
        return total


def _run_together(texts: list[str], least: list[int]) -> bool:
    """Whether lines hold cells side by side, not a cell's line each: the widest is
    as wide as the columns' headings together (where they show widths) or wider
    than the median line by a good share."""
    widths = sorted(_set_width(text) for text in texts)
    return (sum(least) > 0 and widths[-1] >= sum(least)) \
        or widths[-1] >= _SIDE_SHARE * widths[len(widths) // 2]


def _glued_ideographs(texts: list[str], n: int, least: list[int],
                      wording: Counter[tuple[str, str]]) -> list[str] | None:
    """Cells of ``n`` columns of ideographs printed side by side with no space
    between them (an extractor that joins characters closer than a space: the cells
    of an HTML table as LibreOffice prints it), each cell centred in its row: a
    column's text starts on any line, and cells with an even and an odd number of
    lines sit half a line apart, so the text lines may alternate between the two
    sets of columns. A column's lines follow each other (every line, or every other
    line), each but its last filled the column (had no room for the next one's first
    character, ``ends_short``, the column as wide as its widest line); two pieces
    with nothing between them are neighbouring columns, the first filled to its
    edge; a space between two ideographs parts columns (but for letter-spaced text),
    and no piece opens with punctuation that closes; two ideographs that follow each
    other elsewhere in the document (``wording``, less these lines' own) are read
    together where a cell's lines join them, not parted by a cut with nothing at it.
    The reading that breaks these least (``_Glued``), at most ``_GLUED_MOST`` a line;
    None if none. The lines are
    read as one set of columns, and as two sets alternating, each set read on its
    own and the two put side by side in the order that costs least."""
    lines = [_glyphs(text) for text in texts]
    up = list(range(len(lines)))[::-1]
    tries = [_GLUED_TRIES]  # what the searches below may still try, together
    own = glyph_pairs(texts)
    known = frozenset(pair for pair, count in wording.items() if count > own[pair])
    paired = _Glued(lines, n, 2, least, tries, known)
    readings = []
    for m in range(1, n):
        first = _Glued(lines, m, 2, [0] * m, tries, known).read(up[0::2])
        second = _Glued(lines, n - m, 2, [0] * (n - m), tries, known).read(up[1::2]) \
            if first else []
        for ours, theirs, at in product(first, second, combinations(range(n), m)):
            merged = _interleaved(ours, theirs, at)
            readings.append((paired.cost(merged), paired, merged))
    whole = _Glued(lines, n, 1, least, tries, known)
    readings += [(whole.cost(found), whole, found) for found in whole.read(up)[:1]]
    if not readings:
        return None
    cost, search, columns = min(readings, key=lambda r: r[0])
    return search.cells(columns) if cost <= _GLUED_MOST * len(texts) else None


def _interleaved(first: tuple, second: tuple, at: tuple[int, ...]) -> tuple:
    """The columns of two sets of lines side by side, the first set's at ``at``."""
    rest = iter(second)
    ours = iter(first)
    return tuple(next(ours) if c in at else next(rest) for c in range(len(first) + len(second)))


# Marks after which no line may break (opening brackets and quotes).
_OPENED = _OPENING + "（《「『【〔〈"
# An atom of a line (``_glyphs``): its text, the spacing after it, and whether a
# cut after it must (a gap between columns) or may fall there.
_Glyph = tuple[str, str, bool, bool]
# A piece of a line: (line, first atom, atom after the last, glued to the next piece).
_GluedPiece = tuple[int, int, int, bool]
# Readings ``_Glued`` keeps at each line, and the most it tries before it gives up
# (lines that do not read so leave it many cuts that all cost alike).
_GLUED_BEAM = 100
_GLUED_TRIES = 4_000
# Readings of each set of alternating lines put side by side with the other's.
_GLUED_KEPT = 8
# The most a reading of ``_Glued`` may cost, a line (a reading's costs, but for the
# wording's credits, only grow as lines are added, so the search drops the readings
# that cost more early).
_GLUED_MOST = 0.3
# Two ideographs the document prints together elsewhere (``glyph_pairs``): credited
# where a cell's lines join them, charged where a cut between cells parts them.
_WORDING = 0.05
# A run of ideographs (or full-width marks) printed together.
_IDEOGRAPHS = re.compile(f"[{CJK_CLASS}]{{2,}}")


@dataclass(frozen=True)
class Wording:
    """A document's wording as the prose table readers ask it, counted from its
    lines ``texts`` when first asked (most documents never ask): how often two
    ideographs follow each other (``glyph_pairs``) and how often each word is used
    (``word_uses``)."""

    texts: tuple[str, ...]

    @cached_property
    def glyphs(self) -> Counter[tuple[str, str]]:
        return glyph_pairs(self.texts)

    @cached_property
    def words(self) -> Counter[str]:
        return word_uses(self.texts)


def word_uses(texts: Iterable[str]) -> Counter[str]:
    """How often each word of ``texts`` is used, lower case, the marks around it
    left out (``_bare``)."""
    return Counter(_bare(word) for text in texts for word in text.split())


def glyph_pairs(texts: Iterable[str]) -> Counter[tuple[str, str]]:
    """How often two ideographs (or full-width marks) follow each other with nothing
    between them on a line of ``texts`` (a document's lines): its wording, which
    tells the lines of a cell, joined, from cells run together on a line (their
    characters' pairs the text has nowhere else)."""
    pairs: Counter[tuple[str, str]] = Counter()
    for text in texts:
        for run in _IDEOGRAPHS.findall(text):
            pairs.update(zip(run, run[1:], strict=False))
    return pairs


@lru_cache(maxsize=16384)
def _set_width(text: str) -> float:
    """A line's width as set: ideographs two, other characters one, the spaces an
    extractor printed beside ideographs left out, and a quarter of an ideograph's
    width where an ideograph meets a figure or Latin letter (a typesetter's spacing)."""
    tight = _tight(text)
    return width(tight) + 0.5 * len(_SPACING.findall(tight))


def _glyphs(text: str) -> list[_Glyph]:
    """A line's atoms: an ideograph or punctuation mark each, else a run of other
    characters, each with the spacing after it, whether a cut after it is forced
    (two spaces, or a space between ideographs outside a letter-spaced run) and
    whether one may fall there (not before punctuation that closes nor after an
    opening bracket, nor inside a word)."""
    words = list(re.finditer(r"(\S+)(\s*)", text))
    spaced: set[int] = set()  # words of a letter-spaced run (ideographs one space apart)
    run: list[int] = []
    for w, m in enumerate([*words, None]):
        if m is not None and len(m[1]) == 1 and is_cjk(m[1]):
            run.append(w)
            continue
        spaced |= set(run) if len(run) >= _SPACED_RUN else set()
        run = []
    atoms: list[tuple[str, str, int]] = []
    for w, m in enumerate(words):
        other = ""
        for ch in m[1]:
            if is_cjk(ch):
                atoms += [(other, "", w)] if other else []
                atoms.append((ch, "", w))
                other = ""
            else:
                other += ch
        atoms += [(other, "", w)] if other else []
        atoms[-1] = (atoms[-1][0], m[2], w)
    out: list[_Glyph] = []
    for k, (atom, space, w) in enumerate(atoms):
        nxt, w2 = (atoms[k + 1][0], atoms[k + 1][2]) if k + 1 < len(atoms) else ("", w)
        forced = len(space) > 1 or bool(space) and is_cjk(atom[-1]) and bool(nxt) \
            and is_cjk(nxt[0]) and w not in spaced and w2 not in spaced
        may = bool(nxt) and not _CLOSING.match(nxt).group() and atom[-1] not in _OPENED
        out.append((atom, space, forced, may or forced))
    return out


class _Glued:
    """The beam search of ``_glued_ideographs`` for ``step`` (1: a column's lines
    follow each other; 2: every other line), line by line in a given order, given
    up once the ``tries`` left (shared by the searches of one table) are spent. A cell
    centred in its row spans as many lines above the row's middle as below: a column
    whose first line is ``s`` lines from the top has its last ``s`` lines from the
    bottom, so each line prints the columns that reached it and perhaps some that
    start there. A reading is its cost and each column's pieces in line order;
    ``known``: the pairs of ideographs the document prints together elsewhere."""

    def __init__(self, lines: list[list[_Glyph]], n: int, step: int, least: list[int],
                 tries: list[int], known: frozenset[tuple[str, str]]) -> None:
        self.lines, self.n, self.step, self.headed, self.tries = lines, n, step, least, tries
        self.known = known
        self.widths: dict[tuple[int, int, int], float] = {}
        self.costs: dict[tuple[int, tuple[_GluedPiece, ...]], float] = {}
        self.texts: dict[tuple[int, int, int], str] = {}
        self.rooms: dict[tuple[_GluedPiece, _GluedPiece], float] = {}
        self.cols: dict[tuple[int, tuple[_GluedPiece, ...]], float] = {}

    def text(self, k: int, a: int, b: int) -> str:
        if (k, a, b) not in self.texts:
            atoms = self.lines[k]
            self.texts[k, a, b] = "".join(atoms[i][0] + (atoms[i][1] if i < b - 1 else "")
                                          for i in range(a, b))
        return self.texts[k, a, b]

    def width(self, k: int, a: int, b: int) -> float:
        if (k, a, b) not in self.widths:
            self.widths[k, a, b] = _set_width(self.text(k, a, b))
        return self.widths[k, a, b]

    def read(self, order: list[int]) -> list[tuple]:
        """The cheapest readings taking the lines in ``order`` (from the bottom: a
        row's last lines, short, are parted by spaces, and each line above is read
        against the widths below it), every column given text, at most
        ``_GLUED_KEPT`` (a set of lines read alone is put beside the other set by
        what tells between them: the headings' widths, the spaces between columns)."""
        beam: list[tuple[float, tuple[tuple[_GluedPiece, ...], ...]]] = \
            [(0.0, tuple(() for _ in range(self.n)))]
        at = {k: t for t, k in enumerate(order)}
        for t, k in enumerate(order):
            seen: dict = {}
            for _, columns in beam:
                for split in self._splits(k, t, columns, at):
                    self.tries[0] -= 1
                    if self.tries[0] < 0:
                        return []
                    out = list(columns)
                    for c, piece in split:
                        out[c] = tuple(sorted((*out[c], piece)))
                    key = tuple(out)
                    if key not in seen:
                        seen[key] = self.cost(key)
            beam = sorted((cost, key) for key, cost in seen.items()
                          if cost <= _GLUED_MOST * len(self.lines))[:_GLUED_BEAM]
        return [columns for _, columns in beam if all(columns)][:_GLUED_KEPT]

    def cells(self, columns: tuple) -> list[str]:
        """The text of each column of a reading."""
        return [unspaced(join(self.text(*p[:3]) for p in column)) for column in columns]

    def _splits(self, k: int, t: int, columns: tuple,
                at: dict[int, int]) -> Iterable[list[tuple[int, _GluedPiece]]]:
        """Every cut of line ``k`` (the ``t``-th read) into pieces for the columns
        that reach it and some that may start there (none past the middle), in
        order: a cut wherever forced, between columns next to each other where it
        may fall, between columns apart only at a space; no piece of a column read
        on from a full line wider than that line by more than ``_GLUED_SLACK``."""
        atoms = self.lines[k]
        last = len(at) - 1
        wides = [max((self.width(*p[:3]) for p in column[:-1]), default=None) for column in columns]
        reach = [c for c, column in enumerate(columns) if column and self._reaches(column, t, at)]
        free = [c for c, column in enumerate(columns) if not column]
        opening = [] if 2 * t > last else free
        for size in range(len(opening) + 1):
            for new in combinations(opening, size):
                cols = sorted([*reach, *new])
                if cols:
                    yield from self._cut(k, atoms, cols, wides)

    def _reaches(self, column: tuple, t: int, at: dict[int, int]) -> bool:
        """Whether a column whose first line read was the ``t0``-th reaches the
        ``t``-th (``at``: each line's place in the reading order)."""
        return t <= len(at) - 1 - min(at[p[0]] for p in column)

    def _cut(self, k: int, atoms: list[_Glyph], cols: list[int],
             wides: list[float | None]) -> Iterable[list[tuple[int, _GluedPiece]]]:
        """The cuts of ``_splits`` for columns ``cols`` (``wides``: each column's
        widest full line so far, the lines below a piece)."""
        def deal(at: int, j: int) -> Iterable[list[tuple[int, _GluedPiece]]]:
            c = cols[j]
            wide = wides[c]
            if j == len(cols) - 1:
                if not any(a[2] for a in atoms[at:-1]) and (
                        wide is None or self.width(k, at, len(atoms)) <= wide + _GLUED_SLACK):
                    yield [(c, (k, at, len(atoms), False))]
                return
            for end in range(at + 1, len(atoms)):
                atom = atoms[end - 1]
                if wide is not None and self.width(k, at, end) > wide + _GLUED_SLACK:
                    break
                if atom[3] and (atom[1] or cols[j + 1] == c + 1):
                    for rest in deal(end, j + 1):
                        yield [(c, (k, at, end, not atom[1])), *rest]
                if atom[2]:
                    break
        return deal(0, 0)

    def cost(self, columns: tuple) -> float:
        """A reading's cost, the sum of its columns' (``_column_cost``), and of the
        pieces that meet the next one on their line: glued to a piece of a column
        not the next (no reading), or filled to the edge and apart from the next
        column's (``_flush_apart``), or glued to it where the two characters are the
        document's wording (``_WORDING``)."""
        starts = {(p[0], p[1]): c for c, column in enumerate(columns) for p in column}
        total = 0.0
        for c, column in enumerate(columns):
            if not column:
                continue
            total += self._column_cost(c, column)
            col = self._width_of(c, column)
            for p in column:
                after = starts.get((p[0], p[2]))
                if p[3] and after is not None and after != c + 1:
                    return math.inf
                if after == c + 1 and self._flush_apart(p, col):
                    total += _APART
                if p[3] and after is not None and self._read(p, (p[0], p[2])):
                    total += _WORDING
        return total

    def _column_cost(self, c: int, column: tuple) -> float:
        """A column's cost: a line after which the next is not the column's next
        (``step`` lines on), or that had room for the next one's first character, or
        glued to the next column with room for one more (a letter-spaced line fills
        its column); a credit for each line joined to the next where the two
        characters are the document's wording (``_WORDING``); and, where nothing else
        tells, a leaning to narrow columns, to the leftmost, and to the columns of the
        first line's set (lines alternating) before the others'."""
        if (c, column) in self.costs:
            return self.costs[c, column]
        col = self._width_of(c, column)
        total = sum(_NEW_PARAGRAPH * ((b[0] - a[0] != self.step) + self._had_room(a, b, col))
                    for a, b in zip(column, column[1:], strict=False))
        total += sum(_NEW_PARAGRAPH if self.width(*p[:3]) + 2 <= col and not self._stretched(p)
                     else _GLUE for p in column if p[3])
        total -= _WORDING * sum(self._read(a, b[:2]) for a, b in zip(column, column[1:],
                                                                     strict=False))
        track = (column[0][0] - len(self.lines) + 1) % self.step
        self.costs[c, column] = total + _SLACK * col \
            + _LEFT * (c * len(column) + track * (self.n - 1 - c))
        return self.costs[c, column]

    def _width_of(self, c: int, column: tuple) -> float:
        """Column ``c``'s width in a reading: its widest piece, or its heading's
        (remembered: a column is kept by many readings)."""
        if (c, column) not in self.cols:
            self.cols[c, column] = max(self.headed[c], *(self.width(*p[:3]) for p in column))
        return self.cols[c, column]

    def _had_room(self, piece: _GluedPiece, below: _GluedPiece, col: float) -> bool:
        """Whether a line had room for the first character (``_first_word``) of its
        column's next line in a column ``col`` wide (a letter-spaced line had none)."""
        if (piece, below) not in self.rooms:  # the width it needed, none if letter-spaced
            text = self.text(*piece[:3])
            self.rooms[piece, below] = math.inf if self._stretched(piece) \
                else _set_width(text + _first_word(self.text(*below[:3])))
        return self.rooms[piece, below] <= col

    def _read(self, piece: _GluedPiece, at: tuple[int, int]) -> bool:
        """Whether a piece's last character and the character at ``at`` (line, atom)
        are two the document prints together elsewhere."""
        first = self.lines[at[0]][at[1]][0][0]
        return (self.lines[piece[0]][piece[2] - 1][0][-1], first) in self.known

    def _stretched(self, piece: _GluedPiece) -> bool:
        """Whether a piece is letter-spaced (``unspaced``): stretched to its column's
        width, it fills it whatever its characters' width."""
        text = self.text(*piece[:3])
        return unspaced(text) != text

    def _flush_apart(self, piece: _GluedPiece, col: float) -> bool:
        """Whether a piece filled to its column's edge is followed by a space, with
        ideographs both sides (no typesetter's spacing there), before the next
        column's piece: text at the edge meets the next column's, so a space there
        shows a column printed on other lines between them."""
        k, _, b, glued = piece
        atoms = self.lines[k]
        return not glued and b < len(atoms) and is_cjk(atoms[b - 1][0][-1]) \
            and is_cjk(atoms[b][0][0]) and self.width(*piece[:3]) >= col - _FLUSH


def _leading_dash(text: str) -> bool:
    """A dash opening a line before a cell's first word (a capital, an ideograph or
    a figure; a dash before a lower-case word is a list mark): a cell of its own,
    printed where its row's middle is. Such cells are the first columns (years
    with no figure)."""
    words = text.split(maxsplit=1)
    return len(words) == 2 and is_value(words[0]) and not any(c.isdigit() for c in words[0]) \
        and not words[1][0].islower()


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
    text places them)."""
    return [(indent + m.start(), m.group()) for m in _PIECE.finditer(text)]


def _by_position(header: ProseLine, lines: list[ProseLine], n: int,
                 repeats: tuple[list[str], set[str]], used: Counter[str]) -> list[str]:
    """Cells of column-aligned text: each line's pieces dealt to the columns in
    order, by where each column's text starts and how wide it is (``_line_cells``;
    where no dealing fits, each piece in the column whose text starts nearest to it,
    a piece running over a column's start cut at the space nearest to it); the
    header repeated on a page (``repeats``: the words of its first line, and all its
    lines; a year alone finished by the next line's qualifier, ``_years_finished``)
    gives the columns of that page. Words a narrow column broke are made
    whole (``_mended``; ``used``: the document's words, ``Wording.words``)."""
    own = word_uses(ln.text for ln in lines)
    words, heads = repeats
    cells: list[list[str]] = [[] for _ in range(n)]
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
        lines = [column_pieces(ln.indent, ln.text) for ln in page]
        starts = _text_starts([pos for pos, _ in chunks(head.indent, head.text)],
                              [pos for pieces in lines for pos, _ in pieces])
        widths = _column_widths(lines, starts)
        for pieces in lines:
            placed = _line_cells(pieces, starts, widths)
            if placed is None:
                placed = [(_column(at, part, starts), part) for pos, piece in pieces
                          for at, part in _cut(pos, piece, starts)]
            for col, part in placed:
                cells[col].append(part)
    return [join(_mended(parts, used, own)) for parts in cells]


def _bare(word: str) -> str:
    """A word in lower case without the marks around it."""
    return word.lower().strip(_WORD_MARKS)


def _mended(parts: list[str], used: Counter[str], own: Counter[str]) -> list[str]:
    """A cell's line pieces with the words its column broke without a hyphen made
    whole: a piece's last word and the words opening the next pieces (through
    pieces of one word, at most ``_BROKEN_MOST`` pieces) are one word where joined
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
        while k < len(parts) and (size := _broken(text, parts[k:k + _BROKEN_MOST],
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
        if piece and used[_bare(word)] and (len(word) >= widest or any(
                used[_bare(half)] <= own[_bare(half)] for half in (first, piece))):
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
            if col + 1 < len(starts) and pos + len(piece) > starts[col + 1] + _ALIGN:
                continue
            seen[col] = max(seen[col], width(piece))
    return [float(w) if w else float("inf") for w in seen]


def _line_cells(pieces: list[tuple[int, str]], starts: list[int],
                widths: list[float]) -> list[tuple[int, str]] | None:
    """A line's pieces dealt to the columns in order, by position and width: an
    extractor squeezing ideographs sets a column's text left of where its other
    lines put it, so a piece nearer to the column before may still be the next's.
    A run of pieces (or of a piece's words, where it runs over a column's start:
    cut there at a cost of ``_CUT``; pieces one space apart, as a column's line
    parted where a space stands between ideographs) goes to one column, later runs
    to later columns, a run of two words or more one that ``_fits`` its column
    (``_column_widths``). The fewest runs ending before their column's text starts
    (a short line centred in the column before), then the least total distance of
    the runs' starts from their columns' starts; None where no dealing fits."""
    words: list[tuple[int, str, int]] = []  # start, word, piece
    cuts: set[int] = set()  # word indices before which a run may start
    apart: set[int] = set()  # ... and must: a piece two spaces or more from the last
    for k, (pos, piece) in enumerate(pieces):
        cuts.add(len(words))
        if k and pos > pieces[k - 1][0] + len(pieces[k - 1][1]) + 1:
            apart.add(len(words))
        over = any(pos + _ALIGN < s < pos + len(piece) for s in starts)
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


def _fits(run: list[tuple[int, str, int]], col: int, starts: list[int],
          widths: list[float]) -> bool:
    """Whether a run of words may be one line of column ``col``: it does not run over
    the next column's start, and, without Latin letters (ideographs and figures,
    whose widths are exact where letters' vary), is no wider than the column."""
    text = _run_text(run)
    end = run[-1][0] + len(run[-1][1])
    if col + 1 < len(starts) and end > starts[col + 1] + _ALIGN:
        return False
    return any(ch.isascii() and ch.isalpha() for ch in text) or width(text) <= widths[col]


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


def _cut(pos: int, piece: str, starts: list[int]) -> list[tuple[int, str]]:
    """A piece cut at the spaces nearest to the column starts it runs over."""
    out: list[tuple[int, str]] = []
    for start in starts:
        spaces = [k for k, ch in enumerate(piece) if ch == " "]
        if not spaces or not pos + _ALIGN < start < pos + len(piece):
            continue
        k = min(spaces, key=lambda j: abs(pos + j + 1 - start))
        out.append((pos, piece[:k]))
        pos, piece = pos + k + 1, piece[k + 1:]
    return [*out, (pos, piece)]


def _by_blocks(pages: list[list[str]], n: int) -> list[str]:
    """Cells of text printed a cell per line, dealt page by page (a page of the row
    starts at each repeat of the header) to the open columns; where a page has more
    ends than open columns, ends with little room left go first, then the ends
    before the shortest blocks (a cell may hold two short paragraphs; a dash alone
    is a cell of its own and joins no other block). Where the
    lines are ideographs, whose widths tell where a line had room, the blocks are
    grouped by measure (``_grouped``)."""
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


def _lone_dash(texts: list[str]) -> bool:
    """Whether a block is a dash alone ("–", a value with no figure): a cell of its own."""
    return len(texts) == 1 and is_value(texts[0]) and not any(c.isdigit() for c in texts[0])


def _opened(blocks: list[tuple[list[str], int | None]], count: int,
            full: int) -> list[tuple[list[str], int | None]]:
    """Blocks split into ``count`` where fewer: a cell's last line may fill its
    column, so the lines before a line that may open a cell (``_opens_cell``) end
    cells too, those with most room left first."""
    ends = sorted(((room(texts[k], texts[k + 1], full), b, k)
                   for b, (texts, _) in enumerate(blocks) for k in range(len(texts) - 1)
                   if _opens_cell(texts[k + 1])), reverse=True)[:count - len(blocks)]
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


@lru_cache(maxsize=8192)
def least_width(text: str) -> int:
    """The narrowest a printed line may be: without the spaces beside ideographs,
    its full-width punctuation set narrow (a typesetter compresses or hangs it)."""
    return width(_tight(text)) - _punctuation(text)


@lru_cache(maxsize=16384)
def ends_short(text: str, below: str, col: int) -> bool:
    """Whether a line had room for the first word of the line below in a column
    ``col`` wide (measured by ``least_width``): a typesetter may space figures and
    letters from ideographs, and an extractor keep that space or not, so the line
    is taken with such spaces, and the word set close to it."""
    word = _first_word(below)
    space = 0 if is_cjk(text[-1]) or is_cjk(word[0]) else 1
    return width(_spaced(text)) + space + width(word) <= col


def _punctuation(text: str) -> int:
    """The full-width punctuation marks of a line (a typesetter may set each in half
    its width)."""
    return sum(1 for ch in text if is_cjk(ch) and unicodedata.category(ch).startswith("P"))


def _spaced(text: str) -> str:
    """A line with a space wherever an ideograph meets a figure or a Latin letter."""
    return _SPACING.sub(" ", text)


def _dash_blocks(texts: list[str], full: int) -> list[tuple[list[str], int | None]]:
    """Blocks of a page's lines; dashes printed before the first cell's text are
    cells of their own ("— 埃塞…", "– – Shared…"; the line is measured with them)."""
    blocks = _blocks(texts, full)
    words = texts[0].split() if texts else []
    dashes = next((k for k, w in enumerate(words)
                   if not is_value(w) or any(c.isdigit() for c in w)), len(words))
    if not dashes or dashes == len(words):
        return blocks
    first, room = blocks[0]
    rest = texts[0].split(maxsplit=dashes)[-1]
    return [*(([w], full) for w in words[:dashes]), ([rest, *first[1:]], room), *blocks[1:]]


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
    widest = max((width(_tight(t)) for t in texts), default=0)
    for k, text in enumerate(texts):
        run.append(text)
        left = full if is_value(text) else room(text, texts[k + 1], full) \
            if k + 1 < len(texts) and _opens_cell(texts[k + 1]) else -1
        if left >= 0:
            col = max(width(_tight(t)) for t in [*run, *texts[k + 1:k + 2]])
            narrow = ideographic(text) and widest - col > _CLEAR
            out.append((run, _tight_room(text, texts[k + 1], col) if narrow else left))
            run = []
    return out + ([(run, None)] if run else [])


def _opens_cell(text: str) -> bool:
    """Whether a line may start a cell: cells open like sentences, so a line
    starting with a lower-case word, bracketed or quoted ones too ("(such"), goes on
    a cell above it; a bracketed item marker ("(a)") opens an item."""
    word = text.split(maxsplit=1)[0] if text.strip() else ""
    return not word.lstrip(_OPENING)[:1].islower() or word.endswith(")")


def _tight(text: str) -> str:
    """A line without the spaces next to an ideograph."""
    return "".join(ch for k, ch in enumerate(text) if ch != " " or not (
        is_cjk(text[k - 1:k] or "a") or is_cjk(text[k + 1:k + 2] or "a")))


def tight_width(text: str) -> int:
    """A line's width without the spaces next to its ideographs (an extractor's
    rendering of a typesetter's figure spacing, which another extractor drops)."""
    return width(_tight(text))


def _tight_room(text: str, below: str, col: int) -> int:
    """``room`` of an ideographic line, spaces next to ideographs not counted."""
    return col - width(_tight(text)) - width(_first_word(below))


@lru_cache(maxsize=16384)
def _first_word(text: str) -> str:
    """What a line-breaker keeps together at a line's start: an ideograph with the
    punctuation after it that may not open a line ("据、"), or the
    characters up to a space or an ideograph ("25" of "25个", as some extractors
    drop the space between them)."""
    if is_cjk(text[0]):
        return text[0] + _CLOSING.match(text[1:]).group()
    return re.match(rf"[^\s{CJK_CLASS}]+", text).group()


def room(text: str, below: str, full: int) -> int:
    """Room left in a column ``full`` wide after ``text`` and the first word of
    ``below`` (its first character, if an ideograph): negative if it did not fit."""
    word = _first_word(below)
    space = 0 if is_cjk(word[0]) and is_cjk(text[-1]) else 1
    return full - width(text) - space - width(word)


def _share(texts: list[str], count: int) -> list[tuple[list[str], int | None]]:
    """Lines of ``count`` columns that all go on past the page, in equal shares."""
    count = max(1, min(count, len(texts)))
    size = -(-len(texts) // count)
    return [(texts[k:k + size], None) for k in range(0, len(texts), size)]


def join(parts: Iterable[str]) -> str:
    """Wrapped lines joined: a space between Latin words, none between ideographs."""
    out = ""
    for text in parts:
        if out and (out[-1].isascii() and out[-1].isalnum() or out[-1] in ",;:)") \
                and text[:1].isascii():
            out += " "
        out += text
    return out
