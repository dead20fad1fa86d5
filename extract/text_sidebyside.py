"""Cells of one table row printed side by side one space apart, without column
positions (pdfplumber's ``extract_text`` of a performance measure table): each text
line runs together the lines of the cells still printing at that height.

The cues kept by such text are general: cells are top-aligned, so the first line
starts every non-empty cell (with a capital, a figure or a dash); each cell's text is
contiguous from its first line down, so the columns printing only drop out going
down (a cell's later paragraph, set a little apart, may print between lines of the
other columns); the columns are set at one width ``W`` (the table's first, on its
edge, may be set a little wider: ``_wider_first``), and greedy word wrap means
a fragment that goes on in the next line left no room there for that line's first
word (measured in a proportional face's advance widths, a proxy for the text's).
A Viterbi search over the lines, for each plausible ``W``, deals every line's words
to the columns at least cost (``_Costs``); a reading that still needs much text
wider than a column or words that would have fitted, or that starts a cell below
the first line (text printed a cell per line), is refused (None), for the caller
to read the lines its own way. Where a word at a column boundary fits either side
the wrap cannot tell; there the document's own wording decides: two words that
follow each other elsewhere in the document (``word_pairs``) are more likely one
cell's words, joined by a wrap, than neighbouring cells' words met at a column
boundary; and a cell, like a sentence, does not end with a word the document uses
often but hardly ever ends a clause with ("the", "of", "by": ``Pairs.unended``).
Where the document does not repeat a cell's wording, the least cost may still be
the wrong reading.

Each width's search drops the states that cannot end below the best reading of
the widths tried before it, or for the first below the cost at which a reading is
refused (each line's least cost is a floor, ``_Bound``), and
costs each distinct history before each distinct fragment once (``_column``).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np
from pdfminer.fontmetrics import FONT_METRICS

from .textnorm import is_cjk, width

# The width of a space, and the step between column widths tried (half ems).
_SPACE = 0.5
_STEP = 0.5
# A fragment may print this many times wider than the column measures (glyph widths
# are a proxy for the text face's).
_OVERFLOW = 1.12
# Widths tried: from the narrowest column that holds the widest line's text to this
# many times that width (lines of prose fill a column to about 0.75..0.95).
_WIDEST_FILL = 0.75
# Side by side, the first line holds the first line of every cell: at least about
# as wide as the header's share over those columns (dashes are cells of their own).
# Two of three columns or fewer hold no more text than one column's line printed
# alone (a column is then a third of the table or more), so there the whole header
# is asked for; a single column left takes all the text.
_HEADER_SHARE = 0.9
# The table's first column may be set this much wider than the others (a share of
# their width; ``_wider_first``): on the shared PDFs its pitch is up to 8 % wider.
_FIRST_WIDER = 0.08
# A reading is refused when it costs more than this per line (``_Costs``).
_MAX_COST_PER_LINE = 1.5
# Histories' keys: the line's number times this plus the fragment's row (``_Line.part``).
_KEYS = 1 << 32
# A word making up this share of a document's words or more, but ending a clause in
# at most this share of its uses, is a word that cannot end one (``_unended_words``).
_OFTEN = 0.001
_SELDOM = 0.01
# Allowance for rounding where a sum of costs is held against a bound.
_ROUNDING = 1e-6


@dataclass(frozen=True)
class _Costs:
    """Penalties of a reading, in units of one half em of misfit."""

    overflow: float = 2.0  # per unit of a fragment past the column width
    fitted: float = 0.3  # a wrapped fragment whose next word would have fitted ...
    fitted_per_unit: float = 1.5  # ... plus this per unit of room left (the face is a
    # proxy: a few per cent of a column's width is within its error)
    paragraph: float = 2.5  # a cell's new paragraph (the next word would have fitted)
    unfilled: float = 0.02  # per unit of room a wrapped fragment left (tighter widths)
    resume: float = 3.0  # a column printing again after a line without it ...
    interleaved: float = 0.0  # ... where that line was printed on another baseline
    # (a cell's paragraph set apart: ``_History.interleaved``)
    late: float = 12.0  # a cell that starts below the row's first line
    lower_start: float = 8.0  # a cell whose first word does not open a sentence
    empty: float = 10.0  # a column never printed
    dangling: float = 4.0  # a cell ending with a hyphen (a word broken off)
    unended: float = 2.0  # a cell ending with a word the document uses often but
    # hardly ever ends a sentence or clause with ("the", "of", "by": ``Pairs``)
    doubled: float = 4.0  # a word repeated within a fragment (neighbouring cells
    # often say the same: "by | by", "Committee | Committee")
    together: float = 1.0  # per two words that follow each other elsewhere in the
    # document: credited when a wrap joins them in a cell, charged when a column
    # boundary parts them on a line (the document's own wording, no word list)


COSTS = _Costs()
_ADVANCE: dict[str, int] = FONT_METRICS["Times-Roman"][1]
_EM = 500  # a half em in the face's units


@dataclass(frozen=True)
class Pairs:
    """A document's wording: how often two words (lower case) follow each other on
    its lines (``counts``), and the words it uses often but hardly ever ends a
    sentence or clause with (``unended``)."""

    counts: Counter[tuple[str, str]]
    unended: frozenset[str]


def word_pairs(texts: Iterable[str]) -> Pairs:
    """The wording of ``texts`` (a document's lines): see ``Pairs``."""
    counts = _pair_counts(texts)
    return Pairs(counts, _unended_words(counts))


def _pair_counts(texts: Iterable[str]) -> Counter[tuple[str, str]]:
    """How often each two words follow each other on a line of ``texts``, in lower
    case; a hyphenated word is also the pair of its parts at each hyphen
    ("decision-", "making"), as a wrap at the hyphen prints it."""
    pairs: Counter[tuple[str, str]] = Counter()
    for text in texts:
        words = text.lower().split()
        pairs.update(zip(words, words[1:], strict=False))
        pairs.update((w[:k + 1], w[k + 1:]) for w in words
                     for k in range(1, len(w) - 1) if w[k] == "-")
    return pairs


def _unended_words(pairs: Counter[tuple[str, str]]) -> frozenset[str]:
    """The words (lower case) a document uses often (``_OFTEN`` of its words or
    more) but hardly ever ends a sentence or clause with (a stop, comma, colon or
    semicolon after them in at most ``_SELDOM`` of their uses): "the", "of", "by"."""
    uses: Counter[str] = Counter()
    for (a, b), count in pairs.items():
        uses[a] += count
        uses[b] += count
    ended: Counter[str] = Counter()
    for w, count in uses.items():
        if len(w) > 1 and unicodedata.category(w[-1]) == "Po":
            ended[w[:-1]] += count
    often = max(_OFTEN * sum(uses.values()), 1)
    return frozenset(w for w, count in uses.items()
                     if count >= often and ended[w] <= _SELDOM * count)


def split_side_by_side(header: str, texts: list[str], n: int,
                       pairs: Pairs | None = None) -> list[str] | None:
    """The ``n`` cells of one row printed side by side in ``texts`` under the
    ``header`` line, each cell's fragments in line order joined by single spaces;
    None when the first line is narrower than the header over its cells (it then
    holds no line of every cell: text printed a cell per line) or no reading fits
    the columns well enough to trust. ``pairs``: the document's word pairs
    (``word_pairs``, these lines included), which tell runs of words a cell holds
    from words that only meet here at a column boundary."""
    if not texts or any(is_cjk(ch) for text in texts for ch in text):
        return None  # ideographs wrap anywhere, not at spaces
    words = texts[0].split()
    dashes = _leading_dashes(words)
    left = n - dashes
    if left > 1 and _size(" ".join(words[dashes:])) \
            < _HEADER_SHARE * _size(header) * (left / n if left > 2 or n > 3 else 1):
        return None
    return _split(texts, n, pairs or Pairs(Counter(), frozenset()))


def _split(texts: list[str], n: int, pairs: Pairs, edge: bool = True) -> list[str] | None:
    """The cells of ``split_side_by_side`` (``edge``: the first of ``n`` columns is the
    table's first, not one after cells of lone dashes)."""
    lines = [text.split() for text in texts]
    lines = [words for words in lines if words]
    if n == 1 and lines:
        return [" ".join(" ".join(words) for words in lines)]
    if n < 2 or not lines:
        return None
    dashes = _leading_dashes(lines[0])
    if dashes:
        rest = _split([" ".join(lines[0][dashes:]), *map(" ".join, lines[1:])],
                      n - dashes, pairs, False) if dashes < n else None
        return None if rest is None else [*lines[0][:dashes], *rest]
    widths = _widths(lines, n)
    ids = {w: k + 1 for k, w in enumerate(dict.fromkeys(w.lower() for ws in lines for w in ws))}
    known = _known(lines, ids, pairs)
    unended = np.array([False, *(w in pairs.unended for w in ids)])
    widest = np.full(n, widths[-1] * _OVERFLOW)
    widest[0] *= 1 + _FIRST_WIDER if edge else 1
    dealt = [_Line.of(words, widest, ids, known, unended) for words in lines]
    best: _Reading | None = None
    for col in widths:
        found = _cheapest(lines, dealt, n, np.full(n, col), known,
                          _MAX_COST_PER_LINE * len(lines) if best is None else best.cost)
        if found is not None and (best is None or found.cost < best.cost):
            best, at = found, col
    if best is not None and edge:
        best = _wider_first(lines, dealt, n, at, known, best)
    if best is None or best.misfit(ids, known) > _MAX_COST_PER_LINE * len(lines) \
            or any(first > 0 for first in best.firsts):
        return None  # text printed a cell per line, or a row too hard to read
    return [" ".join(" ".join(fragment) for fragment in cell) for cell in best.cells]


def _wider_first(lines: list[list[str]], dealt: list[_Line], n: int, col: float,
                 known: np.ndarray, best: _Reading) -> _Reading:
    """``best``, the least-cost reading in ``n`` columns ``col`` wide, or a cheaper one
    with the table's first column up to ``_FIRST_WIDER`` wider: a table's columns
    are set by hand, and the one on its edge (often the narrative's label column
    in other tables) is the one most often set apart."""
    for wider in np.arange(_STEP, _FIRST_WIDER * col + _STEP / 2, _STEP):
        found = _cheapest(lines, dealt, n, np.array([col + wider, *[col] * (n - 1)]),
                          known, best.cost)
        if found is not None and found.cost < best.cost:
            best = found
    return best


def _known(lines: list[list[str]], ids: dict[str, int], pairs: Pairs) -> np.ndarray:
    """Which two words (by id) follow each other elsewhere in the document than on
    these lines (where side-by-side printing joins words of neighbouring cells)."""
    own = _pair_counts(" ".join(words) for words in lines)
    known = np.zeros((len(ids) + 1, len(ids) + 1), dtype=bool)
    for (a, b), count in pairs.counts.items():
        if a in ids and b in ids and count > own[(a, b)]:
            known[ids[a], ids[b]] = True
    return known


def _leading_dashes(words: list[str]) -> int:
    """How many lone dashes open the row's first line before other text: cells of
    their own (a year with nothing to report), one line tall."""
    k = 0
    while k + 1 < len(words) and len(words[k]) == 1 and unicodedata.category(words[k]) == "Pd":
        k += 1
    return k


def _widths(lines: list[list[str]], n: int) -> list[float]:
    """Column widths worth trying: at least the longest word and the widest line
    shared by ``n`` columns; at most that share over ``_WIDEST_FILL``."""
    longest = max(_size(w) for words in lines for w in words)
    share = max((_size(" ".join(words)) - (n - 1) * _SPACE) / n for words in lines)
    low = max(longest, share)
    return [float(w) for w in np.arange(low, max(low, share / _WIDEST_FILL) + _STEP, _STEP)]


@dataclass(frozen=True)
class _Reading:
    """A reading of the lines: its cost, each column's fragments (lists of words)
    and the line each column starts on (-1: empty)."""

    cost: float
    cells: list[list[list[str]]]
    firsts: list[int]

    def misfit(self, ids: dict[str, int], known: np.ndarray) -> float:
        """The cost without the credit for known pairs its wraps join."""
        joined = sum(int(known[ids[a[-1].lower()], ids[b[0].lower()]])
                     for cell in self.cells for a, b in zip(cell, cell[1:], strict=False))
        return self.cost + COSTS.together * joined


def _cheapest(lines: list[list[str]], dealt: list[_Line], n: int, col: np.ndarray,
              known: np.ndarray, bound: float) -> _Reading | None:
    """The least-cost reading of ``lines`` in ``n`` columns ``col`` wide (each column's
    width; ``_read``) when it costs at most ``bound`` (the best of other widths);
    otherwise None or a reading costing more."""
    every = [line.within(col * _OVERFLOW) for line in dealt]
    if not all(len(line.index) for line in every):
        return None
    if np.isinf(bound):  # nothing to drop: no floors needed
        floors = [np.full(len(line.index), -np.inf) for line in every]
    else:
        floors = [line.floor(above, i, col, known)
                  for i, (above, line) in enumerate(zip([None, *every], every, strict=False))]
    least = np.array([floor.min() for floor in floors])
    ahead = np.append(np.cumsum(least[::-1])[::-1][1:], 0.0)
    return _read(lines, every, _Bound(n, col, known, bound, floors, ahead))


@dataclass(frozen=True)
class _Bound:
    """What a search in ``n`` columns ``col`` wide may drop: states whose cost, with the
    least the lines after theirs can add (``ahead``; per split of a line, ``floors``),
    exceeds ``bound``."""

    n: int
    col: np.ndarray
    known: np.ndarray
    bound: float
    floors: list[np.ndarray]
    ahead: np.ndarray

    def splits(self, line: _Line, i: int, cost: np.ndarray) -> np.ndarray:
        """The splits of line ``i`` that may still end within the bound."""
        return np.flatnonzero(cost.min() + self.floors[i] + self.ahead[i]
                              <= self.bound + _ROUNDING)

    def states(self, cost: np.ndarray, i: int) -> np.ndarray:
        """The states after line ``i`` (costing ``cost``) worth keeping."""
        return np.flatnonzero(cost + self.ahead[i] <= self.bound + _ROUNDING)


def _read(lines: list[list[str]], every: list[_Line], bound: _Bound) -> _Reading | None:
    """The least-cost reading of ``lines`` (``every``: each line's splits that fit)
    in columns ``bound.col`` wide: a Viterbi search whose state is the split of the
    latest line, each keeping the columns' history of its best path; None when every
    state is dropped (``_Bound``). A state dropped for its cost never lies on a path
    ending within the bound, nor on one that a path through it would have beaten:
    the reading found within the bound is the one of the full search."""
    col, n = bound.col, bound.n
    cost = np.zeros(1)
    state = _History.start(n)
    back: list[tuple[_Line, np.ndarray]] = []
    for i, line in enumerate(every):
        line = line.take(bound.splits(line, i, cost))
        if not len(line.index):
            return None
        total = cost[:, None] + state.costs(line, i, col, bound.known)
        best = total.argmin(axis=0)
        cost = total[best, np.arange(len(line.index))]
        keep = bound.states(cost, i)
        if not len(keep):
            return None
        line, best, cost = line.take(keep), best[keep], cost[keep]
        state = state.then(line, best, i)
        back.append((line, best))
    cost = cost + COSTS.empty * (state.line < 0).sum(axis=1) \
        + COSTS.dangling * state.hyphen.sum(axis=1) + COSTS.unended * state.unended.sum(axis=1)
    at = int(cost.argmin())
    cells: list[list[list[str]]] = [[] for _ in range(n)]
    firsts = [-1] * n
    for i in range(len(lines) - 1, -1, -1):
        line, best = back[i]
        for c, start, end in line.splits[line.index[at]]:
            cells[c].insert(0, lines[i][start:end])
            firsts[c] = i
        at = int(best[at])
    return _Reading(float(cost.min()), cells, firsts)


@dataclass(frozen=True)
class _Fragments:
    """The distinct fragments of a line's splits (the first: none), as arrays:
    whether it prints, its width and the least its first word could be, whether
    that word opens a sentence, whether it ends with a hyphen, and its first and
    last words (ids)."""

    prints: np.ndarray
    size: np.ndarray
    first: np.ndarray
    opens: np.ndarray
    hyphen: np.ndarray
    head: np.ndarray
    tail: np.ndarray
    unended: np.ndarray

    @classmethod
    def of(cls, words: list[str], units: list[int], ids: dict[str, int], unended: np.ndarray,
           start: np.ndarray, end: np.ndarray) -> _Fragments:
        """The fragments ``words[start:end]`` (``units``: each word's advance), after
        a first that prints nothing."""
        ends = np.cumsum([0, *(u + _units(" ") for u in units)])  # exact units
        least = np.array([[_size(_least(words[k:k + 1])), _size(_least(words[k:k + 2]))]
                          for k in range(len(words))])
        keys = np.array([ids[w.lower()] for w in words])
        opens = np.array([_opens(w) for w in words])
        hyphen = np.array([w.endswith("-") for w in words])
        return cls(np.append(False, np.ones(len(start), dtype=bool)),
                   np.append(0.0, (ends[end] - ends[start] - _units(" ")) / _EM),
                   np.append(0.0, least[start, (end - start > 1).astype(int)]),
                   np.append(False, opens[start]), np.append(False, hyphen[end - 1]),
                   np.append(0, keys[start]), np.append(0, keys[end - 1]),
                   np.append(False, unended[keys[end - 1]]))


@dataclass(frozen=True)
class _Line:
    """Some of a line's splits (``index`` into all of them, ``splits``): each
    column's fragment (split x column, a row of ``frags``: 0 for none) and each
    split's own cost (words doubled in a fragment, known pairs parted at a column
    boundary)."""

    splits: list[tuple[tuple[int, int, int], ...]]
    frags: _Fragments
    index: np.ndarray
    part: np.ndarray
    own: np.ndarray

    @classmethod
    def of(cls, words: list[str], limit: np.ndarray, ids: dict[str, int],
           known: np.ndarray, unended: np.ndarray) -> _Line:
        """Every split of ``words`` in columns, no fragment wider than its column's
        ``limit``."""
        units = [_units(w) for w in words]
        n = len(limit)
        splits = _splits([u / _EM for u in units], limit)
        keys = np.array([ids[w.lower()] for w in words])
        repeats = np.cumsum([0, 0, *(a.lower() == b.lower()
                                     for a, b in zip(words, words[1:], strict=False))])
        parted = np.array([0.0, *(known[keys[:-1], keys[1:]] * COSTS.together)])
        # every fragment (split, column, first word, end) as flat index arrays
        dealt = np.array([(s, c, start, end) for s, split in enumerate(splits)
                          for c, start, end in split], dtype=int).reshape(-1, 4)
        at, col, start, end = dealt.T
        pairs, row = np.unique(start * (len(words) + 1) + end, return_inverse=True)
        part = np.zeros((len(splits), n), dtype=int)
        part[at, col] = row + 1
        own = np.zeros(len(splits))
        np.add.at(own, at, COSTS.doubled * (repeats[end] - repeats[start + 1])
                  + parted[start])
        frags = _Fragments.of(words, units, ids, unended, pairs // (len(words) + 1),
                              pairs % (len(words) + 1))
        return cls(splits, frags, np.arange(len(splits)), part, own)

    def within(self, limit: np.ndarray) -> _Line:
        """The splits whose every fragment is at most its column's ``limit`` wide."""
        return self.take(np.flatnonzero((self.frags.size[self.part] <= limit[None]).all(axis=1)))

    def take(self, keep: np.ndarray) -> _Line:
        """The splits ``keep`` (indices, in order)."""
        return _Line(self.splits, self.frags, self.index[keep], self.part[keep],
                     self.own[keep])

    def fixed(self, col: np.ndarray) -> np.ndarray:
        """Each split's cost whatever came before in columns ``col`` wide: its
        overflow and own cost."""
        past = np.maximum(0, self.frags.size[self.part] - col[None])
        return COSTS.overflow * past.sum(axis=1) + self.own

    def floor(self, above: _Line | None, i: int, col: np.ndarray,
              known: np.ndarray) -> np.ndarray:
        """The least each split, as line ``i``, can cost in columns ``col`` wide
        (``_History.costs``), whatever came before: its fixed cost and, per column,
        the least its fragment costs after a fragment of the line ``above`` (None:
        the first line) or none (``_recent``), or after a gap (a resumed column costs
        at least its resumption less a known pair's credit)."""
        least = np.stack(_per_column(col, lambda w: _column(
            _recent(above, i), self.frags, i, w, known).min(axis=0)))
        if i:
            least = np.where(self.frags.prints[None],
                             np.minimum(least, COSTS.interleaved - COSTS.together), least)
        return self.fixed(col) + least[np.arange(len(col))[None], self.part].sum(axis=1)


def _recent(above: _Line | None, i: int) -> list[np.ndarray]:
    """The histories (as ``_column`` takes them) a column can have before line ``i``
    but a gap: none, or a fragment of the line ``above`` (None: no line above)."""
    if above is None:
        return [np.array([-1]), np.zeros(1), np.zeros(1, dtype=bool), np.zeros(1, dtype=int)]
    frags = above.frags
    return [np.where(frags.prints, i - 1, -1), frags.size, frags.hyphen, frags.tail]


@dataclass(frozen=True)
class _History:
    """Per state (the split of the latest line) and column: the line the column last
    printed on (-1: not yet), that fragment's width, whether it ended with a
    hyphen, and its last word (an id; 0: none); a key, equal for equal histories
    (-1: none); and per state, whether its line shares no column with the line
    before it (``apart``: one of them printed on another baseline)."""

    line: np.ndarray
    last: np.ndarray
    hyphen: np.ndarray
    tail: np.ndarray
    key: np.ndarray
    unended: np.ndarray
    apart: np.ndarray

    @classmethod
    def start(cls, n: int) -> _History:
        return cls(np.full((1, n), -1), np.zeros((1, n)), np.zeros((1, n), dtype=bool),
                   np.zeros((1, n), dtype=int), np.full((1, n), -1, dtype=np.int64),
                   np.zeros((1, n), dtype=bool), np.zeros(1, dtype=bool))

    def costs(self, line: _Line, i: int, col: np.ndarray, known: np.ndarray) -> np.ndarray:
        """Cost (state x split) of printing each split of line ``i`` next in columns
        ``col`` wide: the cost of each distinct history before each distinct fragment
        (``_column``), gathered for every state and split, summed over the columns
        in order."""
        was, before = _distinct(self.key, self.line, self.last, self.hyphen, self.tail)
        each = _per_column(col, lambda w: _column(was, line.frags, i, w, known))
        total = np.take(each[0][before[:, 0]], line.part[:, 0], axis=1)
        for c in range(1, before.shape[1]):
            total += np.take(each[c][before[:, c]], line.part[:, c], axis=1)
        if i > 1 and (self.line == i - 2).any():
            total -= (COSTS.resume - COSTS.interleaved) * self.interleaved(line, i)
        return total + line.fixed(col)[None]

    def interleaved(self, line: _Line, i: int) -> np.ndarray:
        """How many columns of each split of line ``i`` resume after each state's line
        printed on another baseline (state x split). A cell's later paragraph, set a
        little apart, prints on a baseline of its own, its lines alternating with the
        other columns' lines; a column resumes so where the one line it skipped shares
        no column with line ``i``, and that skipped line shared none with the line
        before it (``apart``) or the column's fragment opens the paragraph set apart."""
        bits = 1 << np.arange(line.part.shape[1])  # column sets as bit masks
        now = line.frags.prints[line.part] @ bits
        other = ((self.line == i - 1) @ bits)[:, None] & now[None] == 0
        if not other.any():
            return np.zeros(1)
        opened = (line.frags.prints & line.frags.opens)[line.part] @ bits
        back = (self.line == i - 2) @ bits
        count = np.array([bin(k).count("1") for k in range(2 * bits[-1])])
        resumed = count[back[:, None] & np.where(self.apart[:, None], now[None], opened[None])]
        return resumed * other

    def then(self, line: _Line, best: np.ndarray, i: int) -> _History:
        """The history of each split of line ``i`` after its best state ``best``."""
        frags, part = line.frags, line.part
        prints = frags.prints[part]
        return _History(np.where(prints, i, self.line[best]),
                        np.where(prints, frags.size[part], self.last[best]),
                        np.where(prints, frags.hyphen[part], self.hyphen[best]),
                        np.where(prints, frags.tail[part], self.tail[best]),
                        np.where(prints, i * _KEYS + part, self.key[best]),
                        np.where(prints, frags.unended[part], self.unended[best]),
                        ~(prints & (self.line[best] == i - 1)).any(axis=1))


def _distinct(key: np.ndarray, *features: np.ndarray) -> tuple[list[np.ndarray], np.ndarray]:
    """The ``features`` (arrays shaped as ``key``) of each distinct ``key`` (equal
    keys, equal features), and the index of each key among them."""
    _, index, inverse = np.unique(key, return_index=True, return_inverse=True)
    return [feature.ravel()[index] for feature in features], inverse.reshape(key.shape)


def _per_column(col: np.ndarray, cost: Callable[[float], np.ndarray]) -> list[np.ndarray]:
    """``cost`` of each column's width ``col``, computed once per distinct width."""
    made: dict[float, np.ndarray] = {}
    return [made[w] if w in made else made.setdefault(w, cost(w)) for w in map(float, col)]


def _column(was: list[np.ndarray], now: _Fragments, i: int, col: float,
            known: np.ndarray) -> np.ndarray:
    """Cost (history x fragment) in a column ``col`` wide of a fragment of line ``i``
    after a history: ``was`` the line the column last printed on, that fragment's
    width, whether it ended with a hyphen and its last word; ``now`` whether the
    column prints, the least width of its first word, whether that opens a sentence
    and the word (ids in ``known``, the pairs met elsewhere in the document)."""
    printed, last, hyphen, tail = (f[:, None] for f in was)
    prints, first, opens, head = (f[None] for f in (now.prints, now.first, now.opens,
                                                    now.head))
    new = printed < 0
    room = col - last - np.where(hyphen, 0.0, _SPACE) - first
    wrapped = np.where(opens, COSTS.paragraph, COSTS.fitted + COSTS.fitted_per_unit * room)
    going = np.where(printed < i - 1, COSTS.resume, 0.0) \
        + np.where(room > 0, wrapped, 0.0) \
        + COSTS.doubled * (tail == head) \
        - COSTS.together * known[tail, head] \
        + COSTS.unfilled * np.where(opens, 0.0, np.maximum(0.0, col - last))
    starting = (COSTS.late if i else 0.0) + np.where(opens, 0.0, COSTS.lower_start)
    return np.where(new, starting, going) * prints \
        + COSTS.dangling * (hyphen & (printed == i - 1)) * ~prints


def _splits(sizes: list[float], limit: np.ndarray) -> list[tuple[tuple[int, int, int], ...]]:
    """Every way to deal a line's words (their ``sizes``), in order, to columns left
    to right (a fragment to each column printing), no fragment wider than its
    column's ``limit``."""
    out: list[tuple[tuple[int, int, int], ...]] = []
    count, n = len(sizes), len(limit)
    rest = [sum(sizes[start:]) + (count - start - 1) * _SPACE for start in range(count)]
    room = [float(sum(limit[c:] + _SPACE)) for c in range(n)]

    def deal(c: int, start: int, made: tuple[tuple[int, int, int], ...]) -> None:
        if start == count:
            out.append(made)
            return
        left = rest[start]
        if c == n or left > room[c]:
            return
        deal(c + 1, start, made)
        size = -_SPACE
        for end in range(start + 1, count + 1):
            size += sizes[end - 1] + _SPACE
            if size > limit[c]:
                break
            deal(c + 1, end, (*made, (c, start, end)))

    deal(0, 0, ())
    return out


def _units(text: str) -> int:
    """Advance of ``text`` in the standard Times face's units (1000 an em): a proxy for
    any Latin text face, closer than a count of characters; a character it lacks
    counts as its width in ``width``, in half ems."""
    return sum(_ADVANCE[ch] if ch in _ADVANCE else _EM * width(ch) for ch in text)


def _size(text: str) -> float:
    """Printed width of ``text`` in half ems (see :func:`_units`)."""
    return _units(text) / _EM


def _opens(word: str) -> bool:
    """Whether ``word`` may open a cell or a paragraph: not a lower-case letter."""
    return not word[0].islower()


def _figure(word: str) -> bool:
    """Whether ``word`` is a number, once the brackets, signs and punctuation around
    it are set aside ("(1", "$9.3", "1,250")."""
    marks = "".join(ch for ch in word if unicodedata.category(ch)[0] in "PS")
    return word.strip(marks).replace(",", "").replace(".", "").isdigit()


def _least(words: list[str]) -> str:
    """The least of a fragment that a line could have ended with: its first word up
    to its first hyphen after two letters or more (a word is not broken after a lone
    letter: "e-commerce"), or with the word after it if it is a figure, bracketed or
    signed ones too: "(1 project)", "$9.3 million" (house style binds a number to its
    noun with a no-break space)."""
    word = words[0]
    if _figure(word) and len(words) > 1:
        return f"{word} {words[1]}"
    cut = word.find("-", 2)
    return word if cut < 0 else word[:cut + 1]
