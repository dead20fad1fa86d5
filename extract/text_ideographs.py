"""Cells of ideographic text printed side by side without column positions.

A line's run of ideographs is cut into the columns of a row by width (a beam search
over cuts, costs from how each column's lines wrap); runs of neighbouring cells
glued with no space at all are searched glyph by glyph, the document's own wording
(``glyph_pairs``: the ideograph pairs it prints elsewhere) breaking ties.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import chain, combinations, product
from typing import NamedTuple

from .text_values import is_dash
from .text_wrap import (
    CLOSING,
    OPENING,
    SPACED_RUN,
    SPACING,
    bare_word,
    ends_short,
    first_word,
    join,
    least_width,
    tightened,
    unspaced,
)
from .textnorm import CJK_CLASS, ideographic, is_cjk, width

# Cells printed side by side: the widest line at least this many times the median.
SIDE_SHARE = 1.5


def ideographs_side_by_side(texts: list[str], n: int, least: list[int] | None = None,
                            wording: Callable[[], Counter[tuple[str, str]]] | None = None
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
    (``GlyphPairs``, each pair counted when first asked), asked for only where cells
    read glued (most documents print none)."""
    dashes = [text.split()[0] for text in texts if leading_dash(text)]
    texts = [text.split(maxsplit=1)[1] if leading_dash(text) else text for text in texts]
    n -= len(dashes)
    if n < 2 or not texts or not all(ideographic(text.replace(" ", "")) for text in texts):
        return None
    lines = [_words(text) for text in texts]
    tail = row_tail(lines)
    search = _Ideographs(lines, tail, known_pairs(texts, wording())
                         if wording is not None and tail < len(lines) - 1
                         else KnownPairs(Counter(), Counter()))
    beam = [search.first(split) for split in search.splits(0, n)]
    for k in range(1, len(texts)):
        beam = search.kept_steps(beam, k, n)
    scored = sorted((search.cost(reading[1]), reading[1]) for reading in beam)
    if scored and scored[0][0] <= _MAX_IDEO_COST * len(texts):
        return dashes + [join(search.text(at) for at in column) for column in scored[0][1]]
    least = (least or [0] * (n + len(dashes)))[len(dashes):]
    glued = _glued_ideographs(texts, n, least, wording() if wording else Counter()) \
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

# Two lines of a row's tail, each the same line of its column (its fifth, say: one
# baseline, the cells set from the top), printed right to left
# (``_Ideographs._across``): the mode prints a baseline's pieces left to right.
_ACROSS = 2.0

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

    def __init__(self, lines: list[tuple[list[str], set[int]]], tail: int,
                 known: KnownPairs) -> None:
        self.lines = lines
        self.tail, self.known = tail, known
        self.least: dict[_At, int] = {}
        self.cuts: dict[tuple[int, int], list[tuple[tuple[int, int], ...]]] = {}
        self.joins: dict[tuple[_At, _At, int], float] = {}

    def text(self, at: _At) -> str:
        k, (a, b) = at
        return " ".join(self.lines[k][0][a:b])

    def width(self, at: _At) -> int:
        if at not in self.least:
            self.least[at] = least_width(self.text(at))
        return self.least[at]

    def splits(self, k: int, count: int) -> list[tuple[tuple[int, int], ...]]:
        """Every cut of line ``k``'s words into ``count`` pieces that parts its
        forced gaps (remembered: every reading kept cuts the line alike)."""
        if (k, count) not in self.cuts:
            words, forced = self.lines[k]
            out = []
            for cuts in combinations(range(1, len(words)), count - 1):
                if forced <= set(cuts):
                    bounds = (0, *cuts, len(words))
                    out.append(tuple(zip(bounds, bounds[1:], strict=False)))
            self.cuts[k, count] = out
        return self.cuts[k, count]

    def first(self, split: tuple[tuple[int, int], ...]) -> _Partial:
        """The reading of the first line cut so, a piece a column."""
        widths = tuple(self.width((0, piece)) for piece in split)
        return 0.0, tuple(((0, piece),) for piece in split), widths

    def kept_steps(self, beam: list[_Partial], k: int, n: int) -> list[_Partial]:
        """Line ``k`` dealt to the columns of each reading of ``beam`` every way, each
        with its cost so far, the ``_BEAM`` cheapest kept, as sorting them all keeps
        them (a piece's cost in a column depends on that column and those right of it
        only, which no piece put left of it changes: worked out once per reading,
        column and piece, ``_placed``, and added up in the order the columns take
        them). A dealing is made a reading only where it costs no more than the
        ``_BEAM``-th cheapest: most are dropped, and making them cost more than
        adding up their costs."""
        dealings = [tuple(zip(cols, split, strict=True))
                    for count in range(1, min(n, len(self.lines[k][0])) + 1)
                    for split in self.splits(k, count) for cols in combinations(range(n), count)]
        costed: list[tuple[float, int, int]] = []  # (cost, reading, dealing)
        for r, (cost, columns, widths) in enumerate(beam):
            placed: dict[tuple[int, tuple[int, int]], tuple[float, float]] = {}
            for d, dealing in enumerate(dealings):
                more = cost
                for put in dealing:
                    if put not in placed:
                        placed[put] = self._placed(columns, widths, put[0], (k, put[1]))
                    joined, across = placed[put]
                    more += joined
                    more += across  # (0.0 before the tail: the sum as before)
                costed.append((more, r, d))
        if len(costed) > _BEAM:
            bar = heapq.nsmallest(_BEAM, [cost for cost, _, _ in costed])[-1]
            costed = [step for step in costed if step[0] <= bar]
        kept = []
        for more, r, d in costed:
            _, columns, widths = beam[r]
            out, wide = list(columns), list(widths)
            for c, piece in dealings[d]:
                out[c] = (*columns[c], (k, piece))
                wide[c] = max(widths[c], self.width((k, piece)))
            kept.append((more, tuple(out), tuple(wide)))
        return sorted(kept)[:_BEAM]

    def _placed(self, columns: _Columns, widths: tuple[int, ...], c: int, at: _At
                ) -> tuple[float, float]:
        """The cost of line piece ``at`` put under column ``c`` of a reading (its
        ``columns`` and their ``widths``): the column's lines joined, then the tail's
        lines it puts out of order (none before the tail)."""
        column = columns[c]
        wide = max(widths[c], self.width(at))
        across = _ACROSS * sum(len(right) > len(column) and right[len(column)][0] >= self.tail
                               for right in columns[c + 1:]) if at[0] >= self.tail else 0.0
        return self._joined(column, at, wide) + _LEFT * c, across

    def _joined(self, column: tuple[_At, ...], at: _At, col: int) -> float:
        """The cost of a line ``at`` put under a column's lines (``col`` wide;
        remembered: the readings kept share their columns' last lines)."""
        last = column[-1]
        if (last, at, col) not in self.joins:
            above, below = self.text(last), self.text(at)
            skips = last[0] != at[0] - 1 and not (last[0] >= self.tail - 1 and at[0] >= self.tail)
            worded = at[0] >= self.tail and self.known.holds((above[-1], below[0]))
            self.joins[last, at, col] = _NEW_PARAGRAPH * (skips + ends_short(above, below, col))\
                - _WORDING * worded
        return self.joins[last, at, col]

    def cost(self, columns: _Columns) -> float:
        """The cost of a whole reading."""
        total = 0.0
        for c, column in enumerate(columns):
            col = max(self.width(at) for at in column[:-1] or column)
            total += _OVERFLOW_PER_UNIT * max(0, self.width(column[-1]) - col)
            total += sum(self._joined((a,), b, col) for a, b in zip(column, column[1:],
                                                                     strict=False))
            total += _LEFT * c * len(column)
        return total + _ACROSS * self._across(columns)

    def _across(self, columns: _Columns) -> int:
        """How many pairs of the tail's lines, each the same line of its column
        (the fourth, the fifth...), come in the other order than their columns (a
        centred cell's last line printed before the others' is another line of
        its column than theirs)."""
        depth: dict[int, list[tuple[_At, int]]] = {}
        for c, column in enumerate(columns):
            for d, at in enumerate(column):
                if at[0] >= self.tail:
                    depth.setdefault(d, []).append((at, c))
        return sum(a[1] > b[1] for same in depth.values()
                   for a, b in combinations(sorted(same), 2))


def row_tail(lines: list[tuple[list[str], set[int]]]) -> int:
    """Where a row's tail starts: the lines after the last that parts two columns
    (``_words``' gaps), or, where lines of one piece each come right before that one
    (after a line parting columns), from the first of them. The mode prints the last
    lines of cells set on one baseline, far apart, as lines of their own, or a few
    neighbours together, in no order of columns (a centred cell's last line, half a
    line lower, before the others'): a column goes on in any line of the tail
    without skipping one. (In order, a row's lines part no more columns than the
    line above them: one-piece lines above a line parting two are the baseline's.)"""
    last = next((k for k in range(len(lines) - 1, -1, -1) if lines[k][1]), None)
    if last is None:
        return len(lines)
    first = last
    while first > 1 and not lines[first - 1][1]:
        first -= 1
    return first if first < last and lines[first - 1][1] else last + 1


class KnownPairs(NamedTuple):
    """The pairs of ideographs the document (``wording``) prints together beyond
    lines read (``own``): in a row's tail, where the order of lines tells nothing, a
    column's line goes on in the one that opens with its last character's usual
    neighbour; glued cells' lines are read together where they join such a pair.
    Asked pair by pair (a document prints thousands of pairs, a reading asks of a
    few)."""

    wording: Counter[tuple[str, str]]
    own: Counter[tuple[str, str]]

    def holds(self, pair: tuple[str, str]) -> bool:
        """Whether the document prints ``pair`` beyond the lines read."""
        return self.wording[pair] > self.own[pair]


def known_pairs(texts: list[str], wording: Counter[tuple[str, str]]) -> KnownPairs:
    """The pairs of ideographs the document prints together beyond ``texts``
    (``KnownPairs``)."""
    return KnownPairs(wording, glyph_pairs(texts))


def _run_together(texts: list[str], least: list[int]) -> bool:
    """Whether lines hold cells side by side, not a cell's line each: the widest is
    as wide as the columns' headings together (where they show widths) or wider
    than the median line by a good share."""
    widths = sorted(_set_width(text) for text in texts)
    return (sum(least) > 0 and widths[-1] >= sum(least)) \
        or widths[-1] >= SIDE_SHARE * widths[len(widths) // 2]


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
    known = known_pairs(texts, wording)
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
_OPENED = OPENING + "（《「『【〔〈"

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


def word_uses(texts: Iterable[str]) -> Counter[str]:
    """How often each word of ``texts`` is used, lower case, the marks around it
    left out (``bare_word``). (Each word as printed is counted first, then made
    bare once: a document prints the same words over and over; the counts keep the
    order in which the words first come.)"""
    printed = Counter(chain.from_iterable(map(str.split, texts)))
    uses: Counter[str] = Counter()
    for word, count in printed.items():
        uses[bare_word(word)] += count
    return uses


def glyph_pairs(texts: Iterable[str]) -> Counter[tuple[str, str]]:
    """How often two ideographs (or full-width marks) follow each other with nothing
    between them on a line of ``texts`` (a document's lines): its wording, which
    tells the lines of a cell, joined, from cells run together on a line (their
    characters' pairs the text has nowhere else)."""
    runs = (run for text in texts for run in _IDEOGRAPHS.findall(text))
    return Counter(chain.from_iterable(zip(run, run[1:], strict=False) for run in runs))


class GlyphPairs(Counter[tuple[str, str]]):
    """A document's pairs of ideographs as ``glyph_pairs`` counts them, each pair
    counted in the lines (``texts``) when first asked: its readers ask a few dozen
    pairs, most documents none, and counting every pair reads every line."""

    def __init__(self, texts: Iterable[str]) -> None:
        super().__init__()
        self._text = "\n".join(texts)  # no pair runs across the line break

    def __missing__(self, pair: tuple[str, str]) -> int:
        a, b = pair
        count = 0
        if len(a) == len(b) == 1 and _IDEOGRAPHS.fullmatch(a + b):
            count = self._text.count(a + b) if a != b else sum(
                len(run) - 1 for run in re.findall(f"{re.escape(a)}{{2,}}", self._text))
        self[pair] = count
        return count


@lru_cache(maxsize=16384)
def _set_width(text: str) -> float:
    """A line's width as set: ideographs two, other characters one, the spaces an
    extractor printed beside ideographs left out, and a quarter of an ideograph's
    width where an ideograph meets a figure or Latin letter (a typesetter's spacing)."""
    tight = tightened(text)
    return width(tight) + 0.5 * len(SPACING.findall(tight))


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
        spaced |= set(run) if len(run) >= SPACED_RUN else set()
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
        may = bool(nxt) and CLOSING.fullmatch(nxt[0]) is None and atom[-1] not in _OPENED
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
                 tries: list[int], known: KnownPairs) -> None:
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
        """Whether a line had room for the first character (``first_word``) of its
        column's next line in a column ``col`` wide (a letter-spaced line had none)."""
        if (piece, below) not in self.rooms:  # the width it needed, none if letter-spaced
            text = self.text(*piece[:3])
            self.rooms[piece, below] = math.inf if self._stretched(piece) \
                else _set_width(text + first_word(self.text(*below[:3])))
        return self.rooms[piece, below] <= col

    def _read(self, piece: _GluedPiece, at: tuple[int, int]) -> bool:
        """Whether a piece's last character and the character at ``at`` (line, atom)
        are two the document prints together elsewhere."""
        first = self.lines[at[0]][at[1]][0][0]
        return self.known.holds((self.lines[piece[0]][piece[2] - 1][0][-1], first))

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


def leading_dash(text: str) -> bool:
    """A dash opening a line before a cell's first word (a capital, an ideograph or
    a figure; a dash before a lower-case word is a list mark): a cell of its own,
    printed where its row's middle is. Such cells are the first columns (years
    with no figure)."""
    words = text.split(maxsplit=1)
    return len(words) == 2 and is_dash(words[0]) and not words[1][0].islower()
