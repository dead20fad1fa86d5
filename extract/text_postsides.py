"""Post changes tables printed side by side without column positions: which words of
each line are the label's, the description's and the reason's.

pdfplumber's ``extract_text`` prints each printed line of such a table as the pieces
of the cells at that height one space apart: a label piece, a row's count and grade
(on a row's line), a description piece, a reason piece, any of them missing where its
cell has ended or prints at another height. Each text column is set at one width for
the table, the reason's by far the widest; greedy word wrap means a piece that goes
on in the next line of its column left no room there for that line's first word, and
no piece is wider than its column. Two words the document puts together elsewhere
are one cell's: a column boundary does not part them, and where one piece ends with
the first and the next line's piece of the column opens with the second, the cell
wrapped there. A cell opens only on a row's line (cells are top-aligned), and there a
piece goes on in the cell above where that cell wrapped into it (a cell spanning
rows), else opens the row's own cell.

A beam search over the lines deals the words at least cost. The widths come from the
lines themselves: most lines print the reason alone, so their most frequent sizes
show its width (``_reason_width``); the label's and the description's are those of
the room the widest lines leave beside it that read the lines at least cost
(``_fitted``). A table whose lines do not show the widths is left to the caller.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from math import inf
from typing import NamedTuple

from .text_sidebyside import Pairs, binding, least_part, pair_counts, printed_size

_SPACE = printed_size(" ")  # a space's width, in half ems
# A piece may print this many times wider than its column measures (the face is a
# proxy), and no wider.
_OVERFLOW = 1.15
# The share of a column's width a line may leave unused before the next line's first
# word (the face is a proxy: it measures a few per cent off the document's).
_SLACK = 0.06
# Costs of a reading, per half em of misfit or per event.
_OVER = 2.0  # per half em of a piece past its column's width
_FITTED = 0.5  # a wrapped piece whose next word would have fitted ...
_FITTED_PER_UNIT = 0.3  # ... plus this per half em of room left
_LABEL_BREAK = 1.5  # a label's line ended with room left (labels break by hand)
_PARAGRAPH = 0.5  # a cell's new paragraph (a line ended by a stop or before a capital)
_UNENDED = 3.0  # a paragraph or cell ending with a word that ends no clause ("of")
_LOWER_START = 6.0  # a cell that opens with a lower-case word
_UNSTOPPED = 1.5  # a reason's cell ending without a stop
_ROW_GOES_ON = 1.0  # a cell going on in a row's line (a cell spanning rows)
_RESUME = (0.0, 1.0, 4.0)  # a column printing again after one line without it, more
_BOUND = 3.0  # two words the document binds parted by a column boundary
_WRAPPED = 1.0  # credit: two words the document binds joined by a wrap
# The reason's width (``_reason_width``): bins of line sizes, in half ems; the share
# of the fullest bin's count a bin holds where the reason's lines thin out.
_BIN = 2.0
_THIN = 0.1
# Lines filling the reason's width to within this share of it, at least this many of
# them, show it.
_FULL = 0.15
_MIN_FULL = 6
# The label's and description's widths tried (``_fitted``): shares of the room
# the widest lines leave beside the reason, each; then steps from the best.
_SHARES = (0.4, 0.5, 0.6)
_STEPS = (0.85, 1.15)
# Rounds of steps fitting the label's width, then the description's, to the other's.
_ROUNDS = 3
# Lines printing more than a reason's line that show the columns' widths (``deal``).
_MIN_WIDE = 3
# Ways to deal a line costing this much more alone than its cheapest are not tried.
_WORSE = 6.0
# Search paths kept from line to line; while trying widths, fewer.
_BEAM = 8
_TRY_BEAM = 3
# Two words the document puts together at all are bound at least this surely
# (``binding``): chance alone puts frequent words together ("the role", "offices and").
_LEAST = 0.1

# A line dealt: label, description and reason pieces; whether the description and
# the reason pieces open cells of their own.
Dealt = tuple[str, str, str, bool, bool]
# The columns' widths (label, description, reason), in half ems.
Widths = tuple[float, float, float]


@dataclass(frozen=True)
class SideLine:
    """A line of the table: the words before a row's count and grade (``fixed``, a
    label piece; None on a line without them) and the words after them to deal."""

    fixed: tuple[str, ...] | None
    words: tuple[str, ...]


@dataclass
class _Bound:
    """How surely the document binds two words, leaving out these lines' own pairs
    (``own``: where side-by-side printing joins words of neighbouring cells)."""

    pairs: Pairs
    own: Counter[tuple[str, str]]
    memo: dict[tuple[str, str], float] = field(default_factory=dict)

    def __call__(self, a: str, b: str) -> float:
        """0 where the document never puts ``a`` before ``b`` elsewhere, else how
        surely it binds them (``binding`` of ``Pairs.odds``)."""
        key = (a.lower(), b.lower())
        if key not in self.memo:
            odds = self.pairs.odds(*key, self.own)
            self.memo[key] = float(binding(odds, _LEAST)) if odds > 0 else 0.0
        return self.memo[key]

    def unended(self, piece: str) -> float:
        """How surely a piece's last word ends no clause ("of", "and")."""
        return self.pairs.unended.get(piece.split()[-1].lower(), 0.0)


@dataclass(frozen=True)
class _Column:
    """A column the search deals pieces to: its width, whether it is the label
    column, and whether it ends sentences (a reason does)."""

    width: float
    label: bool = False
    stops: bool = False


@dataclass(frozen=True)
class _Cut:
    """A way to deal a line's words: a piece per column (``row``: on a row's line,
    where the columns but the first may open cells), and what it costs alone."""

    pieces: tuple[str, ...]
    cost: float
    row: bool
    # For the search (``_Moves.onto``): the number of the line's first split with
    # these pieces, the columns left empty, and those charged for their pieces, with
    # the pieces' first words (a label piece before a count is not: the rows' groups
    # decide).
    same: int
    empty: tuple[int, ...]
    charged: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class _Path:
    """A reading of the lines so far: its cost, each column's last piece ("" before
    any) and the lines since it printed (up to 2), and its last line's cut and the
    columns that cut opened cells in (``prev``: the reading of the lines above)."""

    cost: float
    last: tuple[str, ...]
    absent: tuple[int, ...]
    prev: _Path | None
    cut: _Cut | None
    opened: tuple[bool, ...]


def deal(lines: list[SideLine], pairs: Pairs, sentence_end: str) -> list[Dealt] | None:
    """Each line's label, description and reason pieces, and whether its description
    and reason pieces open cells of their own; None where the lines do not show the
    columns' widths (fewer than ``_MIN_WIDE`` lines without a row's count print more
    than a reason's line, or too few fill a reason's: a short table, or one printing
    its columns apart)."""
    reason = _reason_width(lines)
    if reason is None or sum(
            ln.fixed is None and printed_size(" ".join(ln.words)) > _OVERFLOW * reason
            for ln in lines) < _MIN_WIDE:
        return None
    own = pair_counts(" ".join((*(ln.fixed or ()), *ln.words)) for ln in lines)
    bound = _Bound(pairs, own)
    splits = [_Splits(ln, bound) for ln in lines]
    moves = _Moves(bound, sentence_end)
    widths = _fitted(splits, reason, moves)
    return [(*pieces, opened[1], opened[2])  # type: ignore[misc]
            for pieces, opened in _reading(splits, widths, moves, _BEAM)[1]]


def _fitted(lines: list[_Splits], reason: float, moves: _Moves) -> Widths:
    """The widths (label, description, reason) that read the lines at least cost: the
    reason's measured (``_reason_width``); the label's and the description's tried
    alike on a scale of the room the widest lines leave beside the reason, then each
    stepped to the other in turn (``_climb``), for up to ``_ROUNDS`` rounds."""
    room = max(printed_size(" ".join(ln.line.words)) for ln in lines) - reason - 2 * _SPACE
    for ln in lines:  # the widest label and description tried: split once for all
        ln.upto(room, room)
    tried: dict[Widths, float] = {}

    def cost(widths: Widths) -> float:
        if widths not in tried:
            tried[widths] = _reading(lines, widths, moves, _TRY_BEAM)[0]
        return tried[widths]

    side = min((room * share for share in _SHARES), key=lambda w: cost((w, w, reason)))
    widths = (side, side, reason)
    for _ in range(_ROUNDS):
        was = widths
        widths = _climb(_climb(widths, 0, room, cost), 1, room, cost)
        if widths == was:
            break
    return widths


def _climb(widths: Widths, at: int, room: float, cost: Callable[[Widths], float]) -> Widths:
    """``widths`` with column ``at`` (the label's or the description's) stepped
    (``_STEPS``) either way for as long as a step reads the lines at less cost, up to
    ``room``: the label and the description may differ by more than one step."""
    def stepped(w: float) -> Widths:
        return (w, widths[1], widths[2]) if at == 0 else (widths[0], w, widths[2])

    best = widths
    for k in _STEPS:
        while best[at] * k <= room and cost(stepped(best[at] * k)) < cost(best):
            best = stepped(best[at] * k)
    return best


def _reading(lines: list[_Splits], widths: Widths, moves: _Moves,
             beam: int) -> tuple[float, list[tuple[tuple[str, ...], tuple[bool, ...]]]]:
    """The least-cost reading of ``lines`` under ``widths``, and its cost."""
    cols = (_Column(widths[0], label=True), _Column(widths[1]), _Column(widths[2], stops=True))
    return _search([_cuts(ln, widths) for ln in lines], cols, moves, beam)


class _Split(NamedTuple):
    """A way to split a line's words into a label, a description and a reason piece
    (``_Splits``): the pieces, the number of the line's first split with these pieces,
    the columns they leave empty and those charged for their pieces (``_searched``),
    the description's and the reason's printed sizes, and what parting the words
    costs."""

    pieces: tuple[str, str, str]
    same: int
    empty: tuple[int, ...]
    charged: tuple[tuple[int, str], ...]
    desc_size: float
    reason_size: float
    parted: float


@dataclass
class _Splits:
    """The ways to split a line's words into a label, a description and a reason
    piece, in the order ``_cuts`` tries them, with the pieces' printed sizes and what
    parting the words costs: worked out once for all the widths tried (up to the
    widest label and description asked for so far), not again for each."""

    line: SideLine
    bound: _Bound
    widest: tuple[float, float] = (-inf, -inf)
    # Per label piece: its printed size (that of "" on a row's line: a count follows
    # it, not a description), and the splits with it.
    splits: list[tuple[float, list[_Split]]] = field(default_factory=list)

    def upto(self, label: float, desc: float) -> list[tuple[float, list[_Split]]]:
        """The splits whose label and description pieces print within ``_OVERFLOW``
        times ``label`` and ``desc``, and maybe more."""
        if label > self.widest[0] or desc > self.widest[1]:
            self.widest = (max(label, self.widest[0]), max(desc, self.widest[1]))
            self.splits = self._split(*self.widest)
        return self.splits

    def _split(self, label_width: float, desc_width: float) -> list[tuple[float,
                                                                           list[_Split]]]:
        words, fixed = self.line.words, self.line.fixed
        n = len(words)
        out = []
        ids: dict[tuple[str, ...], int] = {}
        for i in range(n + 1) if fixed is None else (0,):
            label = " ".join(fixed) if fixed is not None else " ".join(words[:i])
            size = printed_size(label if fixed is None else "")
            if fixed is None and size > _OVERFLOW * label_width:
                break
            splits = []
            for j in range(i, n + 1):
                pieces = (label, " ".join(words[i:j]), " ".join(words[j:]))
                desc_size = printed_size(pieces[1])
                if desc_size > _OVERFLOW * desc_width:
                    break
                parted = sum(_BOUND * self.bound(words[k - 1], words[k])
                             for k in {i, j} if 0 < k < n)
                splits.append(_Split(pieces, ids.setdefault(pieces, len(ids)),
                                     *_searched(pieces, fixed is not None), desc_size,
                                     printed_size(pieces[2]), parted))
            out.append((size, splits))
        return out


def _searched(pieces: tuple[str, ...], row: bool) -> tuple[tuple[int, ...],
                                                           tuple[tuple[int, str], ...]]:
    """The columns ``pieces`` leave empty, and those the search charges for their
    pieces, with the pieces' first words (see ``_Cut``)."""
    return (tuple(c for c, piece in enumerate(pieces) if not piece),
            tuple((c, piece.split()[0]) for c, piece in enumerate(pieces)
                  if piece and not (c == 0 and row)))


def _cuts(ln: _Splits, widths: Widths) -> list[_Cut]:
    """The ways to deal ``ln``'s words to the columns, no piece wider than its column
    allows (on a row's line, the label piece is the one before the count), each with
    what it costs alone."""
    row = ln.line.fixed is not None
    costs = []
    for label_size, splits in ln.upto(widths[0], widths[1]):
        if not row and label_size > _OVERFLOW * widths[0]:
            break
        for split in splits:
            if split.desc_size > _OVERFLOW * widths[1]:
                break
            if split.reason_size > _OVERFLOW * widths[2]:
                continue
            cost = _OVER * (max(0.0, label_size - widths[0])
                            + max(0.0, split.desc_size - widths[1])
                            + max(0.0, split.reason_size - widths[2]))
            cost += split.parted
            costs.append((cost, split))
    if not costs:  # a line wider than the columns (a heading across the table)
        pieces = (" ".join(ln.line.fixed or ()), "", " ".join(ln.line.words))
        return [_Cut(pieces, 0.0, row, 0, *_searched(pieces, row))]
    least = min(cost for cost, _ in costs)
    return [_Cut(split.pieces, cost, row, split.same, split.empty, split.charged)
            for cost, split in costs if cost <= least + _WORSE]


def _search(cuts: list[list[_Cut]], cols: tuple[_Column, ...], moves: _Moves,
            beam: int) -> tuple[float, list[tuple[tuple[str, ...], tuple[bool, ...]]]]:
    """The least-cost choice of one cut a line (see the module's docstring), and
    its cost; ``beam`` paths are kept from line to line."""
    n = len(cols)
    paths = [_Path(0.0, ("",) * n, (0,) * n, None, None, ())]
    for line in cuts:
        paths = moves.onto(paths, line, cols, beam)
    dealt = []
    at: _Path | None = paths[0]
    while at is not None and at.cut is not None:
        dealt.append((at.cut.pieces, at.opened))
        at = at.prev
    return paths[0].cost, dealt[::-1]


# What a piece adds to a path's cost in its column (``_Moves.charge``), and whether
# it opens a cell there.
_Charge = tuple[float, bool]


@dataclass
class _Moves:
    """What a column's piece costs after the column's last piece, worked out once for
    each distinct pair (paths share their last pieces, and the widths tried the
    reason's)."""

    bound: _Bound
    sentence_end: str
    # Charges (``charge``) by first word, by column (its number and width), last
    # piece, lines since it printed and whether on a row's line.
    tables: dict[tuple[int, float, str, int, bool], dict[str, _Charge]] = field(
        default_factory=dict)

    def onto(self, paths: list[_Path], line: list[_Cut], cols: tuple[_Column, ...],
             beam: int) -> list[_Path]:
        """The ``beam`` least-cost paths going on with one of ``line``'s cuts, one
        path a state (the columns' last pieces and lines since they printed), by
        cost, then by when the state was first reached (path by path, cut by cut).
        A cut's state is its pieces and, for the columns it leaves empty, the path's;
        a charge is worked out once for the paths sharing a column's last piece and
        lines since, and only the paths kept are made."""
        row = line[0].row
        best: dict[tuple[int, tuple[tuple[str, int], ...]], tuple[float, int, int]] = {}
        charges: list[list[dict[str, _Charge]]] = []
        for p, path in enumerate(paths):
            charged = [self.tables.setdefault(
                (c, col.width, path.last[c], path.absent[c], row), {})
                for c, col in enumerate(cols)]
            charges.append(charged)
            kept: dict[tuple[int, ...], tuple[tuple[str, int], ...]] = {}
            for k, cut in enumerate(line):
                state = kept.get(cut.empty)
                if state is None:
                    state = kept[cut.empty] = tuple(
                        (path.last[c], min(2, path.absent[c] + 1)) for c in cut.empty)
                cost = path.cost + cut.cost
                for c, first in cut.charged:
                    charge = charged[c].get(first)
                    if charge is None:
                        charge = charged[c][first] = self.charge(
                            cols[c], c, path.last[c], path.absent[c], first, row)
                    cost += charge[0]
                key = (cut.same, state)
                held = best.get(key)
                if held is None or cost < held[0]:
                    best[key] = (cost, p, k)
        kept_paths = []
        for cost, p, k in sorted(best.values(), key=lambda held: held[0])[:beam]:
            path, cut = paths[p], line[k]
            opened = [False] * len(cols)
            for c, first in cut.charged:
                opened[c] = charges[p][c][first][1]
            kept_paths.append(_Path(
                cost, tuple(piece or path.last[c] for c, piece in enumerate(cut.pieces)),
                tuple(0 if piece else min(2, path.absent[c] + 1)
                      for c, piece in enumerate(cut.pieces)),
                path, cut, tuple(opened)))
        return kept_paths

    def charge(self, col: _Column, c: int, above: str, absent: int, first: str,
               row: bool) -> _Charge:
        """What a piece opening with ``first`` adds to a path's cost in column ``col``
        (number ``c``) whose last piece is ``above``, ``absent`` lines up: going on
        in its cell (after an absence, more; a piece may not open a cell but on a
        row's line, with a capital), or opening a cell where that costs no more;
        and whether it opens."""
        going = _going_on(above, first, col, self.bound, self.sentence_end) if above \
            else (_LOWER_START if first[0].islower() else 0.0)
        opening = None
        if row and c:
            going += _ROW_GOES_ON
            if not first[0].islower():
                opening = _closed(above, col, self.bound, self.sentence_end) if above \
                    else 0.0
        if above:
            going += _RESUME[absent]
        if opening is not None and opening <= going:
            return opening, True
        return going, False


def _closed(above: str, col: _Column, bound: _Bound, sentence_end: str) -> float:
    """The cost of a cell ending with ``above``: a reason ends a sentence; no cell
    ends with a word that ends no clause."""
    if above[-1] in sentence_end:
        return 0.0
    return _UNENDED * bound.unended(above) + (_UNSTOPPED if col.stops else 0.0)


def _going_on(above: str, first: str, col: _Column, bound: _Bound,
              sentence_end: str) -> float:
    """The cost of a piece opening with ``first`` going on in the cell whose last
    piece is ``above``: a credit where the line wrapped between two words the
    document binds, a cost where the line above had room for its first word."""
    room = col.width * (1 - _SLACK) - printed_size(above) - _SPACE - _least_size(first)
    if room < 0:
        return -_WRAPPED * bound(above.split()[-1], first)
    if col.label:
        return _LABEL_BREAK
    if above[-1] in sentence_end or not first[0].islower():
        return _PARAGRAPH + _UNENDED * bound.unended(above)
    return _FITTED + _FITTED_PER_UNIT * room


@lru_cache(maxsize=16384)
def _least_size(first: str) -> float:
    """The printed size of the least part a piece opening with ``first`` could have
    ended the line above with (``least_part``), measured once a word."""
    return printed_size(least_part([first]))


def wider_than_reason(texts: list[str], rows: list[bool]) -> list[bool]:
    """Whether each of ``texts`` prints wider than the reason column allows (so holds
    more than a reason's line), ``rows`` telling the rows' lines (see ``SideLine``)."""
    reason = _reason_width([SideLine(() if row else None, tuple(text.split()))
                            for text, row in zip(texts, rows, strict=True)])
    return [reason is not None and printed_size(text) > _OVERFLOW * reason for text in texts]


def _reason_width(lines: list[SideLine]) -> float | None:
    """The reason's width in half ems: most lines without a row's count print the
    reason alone, filling its width less a word at most, so it is where the most
    frequent sizes of those lines thin out (``_cluster_top``); None where fewer than
    ``_MIN_FULL`` lines fill it so (a short table does not show it)."""
    sizes = [printed_size(" ".join(ln.words)) for ln in lines if ln.fixed is None and ln.words]
    if not sizes:
        return None
    top = _cluster_top(sizes)
    full = sum((1 - _FULL) * top <= s <= top for s in sizes)
    return top if full >= _MIN_FULL else None


def _cluster_top(sizes: list[float]) -> float:
    """The widest of the sizes around the most frequent: from the fullest bin of
    ``_BIN`` half ems, up through the bins holding at least ``_THIN`` of its
    count."""
    bins = Counter(int(s // _BIN) for s in sizes)
    top, peak = max(bins.items(), key=lambda kv: (kv[1], -kv[0]))
    while bins[top + 1] >= max(2, _THIN * peak):
        top += 1
    return max(s for s in sizes if int(s // _BIN) <= top)
