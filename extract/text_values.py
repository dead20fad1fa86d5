"""Splitting a flattened table row into its label and value cells.

The extraction joins cells with spaces, and numbers use a space as thousands
separator ("13 465.1"), so "13 313.7 13 385.1" is two cells, not four. The
number of value columns is known from the header; a row's trailing tokens are
split into exactly that many values, merging three-digit groups into the number
before them where needed. Blank cells show only as wider gaps.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .text_empty_cells import EMPTY_CELL

_MAX_COLUMNS = 24
# Steps ``summed_reading`` takes at most looking for a reading that adds up (each
# figure one space apart a thousands group or a number of its own), and how near a
# sum must come (figures printed rounded to a tenth at most are added exactly).
_MOST_STEPS = 4000
_CENT = 0.01
# Lines reading only as a larger count that outvote the count most lines print at
# their fewest (``column_count``).
_ONLY_LINES = 2
# Spaces that part two columns of column-aligned text.
_GUTTER = 2
# A word of a label (letters of a cased script).
_LETTERS = re.compile(r"[A-Za-z]{2}")
# Dashes that mark a nil cell, a low line among them (a dash misprinted as "_"), and
# the mark of an empty cell printed as an empty line (``text_empty_cells``).
DASHES = frozenset("—–-−－_" + EMPTY_CELL)
# Footnote letters a value or a line may carry ("a", "a,b").
NOTE_MARKS = r"[a-h](?:,[a-h])*"
# A value may end in footnote letters ("116 000a", "1 979a,b").
_WHOLE = re.compile(rf"^\(?\d+(?:\.\d+)?\)?%?(?:{NOTE_MARKS})?$")
_HEAD = re.compile(r"^\(?\d{1,3}$")
# Digits opening with a nought ("007"): only a thousands group prints so, never a
# number of its own.
_NOUGHT_LED = re.compile(r"^\(?0\d")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_GROUP = re.compile(rf"^\d{{3}}(?:\.\d+)?\)?%?(?:{NOTE_MARKS})?$")
_ATOM = re.compile(r"(\s*)(\S+)")
# The items of a text cell listing counts ("1 USG, 1 ASG; 6 D-2").
_ITEMS = re.compile(r"[,;、，；]\s*")
# The count opening an item, its thousands parted ("1 200 P-4").
_COUNT = re.compile(r"^\d{1,3}(?: \d{3})*(?!\S)")
# A figure or a nil dash printed against the ideograph before it (the figure found
# first, the ideograph looked behind for after it: a quarter faster than the other way).
_GLUED = re.compile(r"[\d—–−－](?<=[\u4e00-\u9fff].)")
# Two figures with decimals printed against each other ("598.59.8").
_FIGURES_GLUED = re.compile(r"(?<!\S)\d+\.\d+\.\d+(?!\S)")
# An earlier figure printed in brackets after a value, part of it ("13 [15]").
_EARLIER = re.compile(r"^\[\d+(?:\.\d+)?\]$")
# A figure spoiled in print or extraction ("46S.1", "1O5"): digits mixed with the
# letters they are mistaken for. Kept as one cell so stage two can report it,
# instead of shifting every cell after it.
_CONFUSABLE = "OoIlSsBZ"
_SPOILED = re.compile(rf"^\(?(?=[\d{_CONFUSABLE}.]*\d)(?=[\d.]*[{_CONFUSABLE}])"
                      rf"[\d{_CONFUSABLE}]+(?:\.[\d{_CONFUSABLE}]+)?\)?%?$")
# A figure whose thousands space is printed as a point ("2.679.6"): spoiled too.
_DOTTED = re.compile(r"^\(?\d{1,3}(?:\.\d{3})+\.\d+\)?$")
_SPOILED_GROUP = re.compile(rf"^(?=\S*\d)[\d{_CONFUSABLE}]{{3}}(?:\.[\d{_CONFUSABLE}]+)?\)?%?$")
# A thousands group misprinted with a digit short or over ("53 00"): opening with a
# nought, it is no number of its own, so it can only go with the figure before it.
_SHORT_GROUP = re.compile(r"^0(?:\d|\d{3,})\)?$")
# Any token that can be (part of) a printed number, spoiled or not (``is_numeric``):
# the patterns above as one, each anchored at both ends.
_NUMERIC = re.compile("|".join(f"(?:{p.pattern})" for p in (_WHOLE, _HEAD, _GROUP, _SPOILED,
                                                             _EARLIER, _DOTTED)))


class Atom(NamedTuple):
    """A whitespace-delimited token and the width of the gap before it (a tuple:
    rows are split into atoms many times over, and tuples are cheap to make)."""

    text: str
    gap: int
    start: int


@dataclass(frozen=True)
class RowSplit:
    """A row line split into label and values; ``exact`` when no blank was guessed."""

    label: str
    values: list[str]
    exact: bool


_NEW = tuple.__new__


def atoms(text: str) -> list[Atom]:
    """Tokens of a line with the gap before each."""
    return list(_atoms(text))


@lru_cache(maxsize=8192)
def _atoms(text: str) -> tuple[Atom, ...]:
    """:func:`atoms`, memoised: readers split the same lines many times over. (Each
    atom made by ``tuple.__new__``: a named tuple's own constructor is Python code;
    the positions counted from the groups' lengths: ``findall`` gives the groups
    without a match object to ask for each.)"""
    found = []
    at = 0  # where the next gap starts
    for spaces, tok in _ATOM.findall(text):
        at += len(spaces)
        found.append(_NEW(Atom, (tok, len(spaces), at)))
        at += len(tok)
    return tuple(found)


@lru_cache(maxsize=8192)
def is_numeric(atom: str) -> bool:
    """Whether a token can be (part of) a printed number or a dash, or is a spoiled one."""
    return atom in DASHES or _NUMERIC.match(atom) is not None


def is_value(text: str) -> bool:
    """Whether a whole string is one printed value ("13 465.1", "(73.8)", "—"). (Every
    token of a value is numeric: a line of words is told at its first, without reading
    all its tokens as values.)"""
    toks = text.split()
    return bool(toks) and all(is_numeric(t) for t in toks) \
        and _segmentations(tuple(toks), tuple([1] * len(toks))).get(1) is not None


def is_dash(text: str) -> bool:
    """Whether a line is a dash alone: a value with no figure (a cell with no target,
    a year with nothing to report)."""
    return is_value(text) and not any(ch.isdigit() for ch in text)


class _Piece(NamedTuple):
    """What a token can be of a printed number (a run's readings ask it of each token
    once per value that may start before it)."""

    dash: bool  # a nil dash, a value alone
    alone: bool  # a number of its own (its brackets balanced, no leading nought)
    head: bool  # the first digits of a number printed with its thousands parted
    group: bool  # a later thousands group (perhaps spoiled, or a digit short)
    last: bool  # a group no other follows (decimals, a closing bracket, a letter)
    opens: bool  # opens a bracket
    closes: bool  # closes one (before a percent sign and footnote letters)
    earlier: bool  # an earlier figure in brackets, part of the value before it


@lru_cache(maxsize=8192)
def _piece(tok: str) -> _Piece:
    """:class:`_Piece` of token ``tok``, memoised as ``is_numeric`` is: a document
    prints the same tokens over and over ("—", "1", "2025")."""
    opens = tok.startswith("(")
    closes = tok.rstrip("%abcdefgh,").endswith(")")
    return _NEW(_Piece, (
        tok in DASHES,
        bool(_WHOLE.match(tok) or _SPOILED.match(tok) or _DOTTED.match(tok))
        and opens == closes and not _NOUGHT_LED.match(tok),
        bool(_HEAD.match(tok)),
        bool(_GROUP.match(tok) or _SPOILED_GROUP.match(tok) or _SHORT_GROUP.match(tok)),
        "." in tok or tok.endswith(")") or tok[-1].isalpha(),
        opens, closes, bool(_EARLIER.match(tok))))


def _value_spans(pieces: tuple[_Piece, ...], gaps: tuple[int, ...], i: int,
                 whole: bool = False, opening: bool = False) -> list[int]:
    """End indexes (exclusive) of the values that can start at token ``i`` (of a run
    whose tokens are ``pieces``), longest first: the printed numbers that start
    there, each with the earlier figure in brackets after it, if any ("13 [15]").
    With ``whole`` (values parted by gutters), a figure one space before a thousands
    group is no value without it where the number they make is set apart by gutters
    ("   54 200" at the line's end; ``opening``: token ``i`` opens the run read). (A
    number's brackets balance where its first token opens one as its last closes one.)"""
    first = pieces[i]
    if first.dash:
        ends = [i + 1]
    else:
        ends = [i + 1] if first.alone else []
        if first.head:
            j = i + 1
            while j < len(pieces) and gaps[j] == 1 and pieces[j].group:
                j += 1
                if first.opens == pieces[j - 1].closes:
                    ends.append(j)
                if pieces[j - 1].last:
                    break
        if whole and len(ends) > 1 and i + 1 in ends \
                and _set_apart(gaps, i, max(ends), opening):
            ends.remove(i + 1)
        ends.reverse()
    for k, end in enumerate(ends):
        if end < len(pieces) and pieces[end].earlier:
            ends[k] = end + 1
    return ends


def _set_apart(gaps: tuple[int, ...], i: int, end: int, opening: bool) -> bool:
    """Whether tokens ``i`` to ``end`` stand between gutters (or the run's ends)."""
    return (opening or gaps[i] >= _GUTTER) and (end == len(gaps) or gaps[end] >= _GUTTER)


Readings = dict[int, tuple[int, ...]]


def _segmentations(toks: tuple[str, ...], gaps: tuple[int, ...],
                   whole: bool = False) -> Readings:
    """For each possible number of values, one way (value start indexes) to read
    all of ``toks`` as consecutive values: the one whose longest value has the
    fewest tokens ("3 130 762 2 250 2 250" as four values is "3 130", "762",
    "2 250", "2 250", not "3 130 762", "2 250", "2", "250"); on a tie the one with
    the longer values first."""
    return _suffix_segmentations(toks, gaps, whole)[0] if toks else {0: ()}


@lru_cache(maxsize=4096)
def _suffix_segmentations(toks: tuple[str, ...], gaps: tuple[int, ...],
                          whole: bool = False) -> tuple[Readings, ...]:
    """:func:`_segmentations` of every run ``toks[s:]`` (start indexes counted in
    ``toks``), in one pass from the end: a reading of a run is its first value and a
    reading of the rest, so a row's candidate runs of values share their work."""
    inner: list[dict[int, tuple[int, tuple[int, ...]]]] = [{} for _ in range(len(toks) + 1)]
    inner[len(toks)] = {0: (0, ())}
    runs: list[Readings] = []
    pieces = tuple(map(_piece, toks))
    for i in range(len(toks) - 1, -1, -1):
        inner[i] = _readings_from(pieces, gaps, i, whole, inner, opening=False)
        opened = _readings_from(pieces, gaps, i, whole, inner, opening=True) if whole \
            else inner[i]
        runs.append({count: starts for count, (_, starts) in opened.items()})
    return tuple(reversed(runs))


def _readings_from(pieces: tuple[_Piece, ...], gaps: tuple[int, ...], i: int, whole: bool,
                   inner: list[dict[int, tuple[int, tuple[int, ...]]]],
                   opening: bool) -> dict[int, tuple[int, tuple[int, ...]]]:
    """The best reading per count of the run's tokens from ``i`` (``pieces``), each a
    value from ``i`` and the best reading of the rest (``inner``), as (longest
    value's tokens, starts)."""
    best: dict[int, tuple[int, tuple[int, ...]]] = {}
    for end in _value_spans(pieces, gaps, i, whole, opening):
        size = end - i
        for count, (longest, starts) in inner[end].items():
            longest = max(longest, size)
            kept = best.get(count + 1)
            if kept is None or longest < kept[0]:  # (the reading made only when kept)
                best[count + 1] = (longest, (i, *starts))
    return best


def _values(toks: tuple[str, ...], starts: tuple[int, ...]) -> list[str]:
    bounds = [*starts, len(toks)]
    return [" ".join(toks[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]


def fewest_values(text: str) -> list[str] | None:
    """A line read wholly as values, thousands groups merged ("11 565.7 —" is two);
    None when it is not only values. (A fresh list each call: callers edit it.)"""
    values = values_of(text)
    return None if values is None else list(values)


@lru_cache(maxsize=8192)
def values_of(text: str) -> tuple[str, ...] | None:
    """:func:`fewest_values`, memoised (readers test the same lines many times over),
    as the memo keeps it: for callers that only test or read it, not to be copied."""
    words = text.split()
    if not words or not all(is_numeric(w) for w in words):
        return None
    ats = atoms(text)
    toks = tuple(a.text for a in ats)
    readings = _segmentations(toks, tuple(a.gap for a in ats))
    return tuple(_values(toks, readings[min(readings)])) if readings else None


def split_row(text: str, n: int) -> RowSplit:
    """Split a row line into a label and ``n`` values read from its end.

    The values take the longest run of trailing numeric tokens that can be read
    as exactly ``n`` values; when none can, the row has blank cells, put at the
    widest gaps, unless the extractor printed two pieces against each other (it
    saw no gap) and, parted there, the line reads as all ``n``: the label's last
    ideograph and the first value ("讲习班和25 25 25 26", "的研— — — 5"; also where
    the figure heads a first value read without it, "贫困45 234.0 …"), or two figures of as many
    decimals ("13 598.59.8": 598.5 and 9.8). A line without trailing numbers
    returns no values. (A fresh split each call: callers edit its values.)
    """
    split = _row_split(text, n)
    return RowSplit(split.label, list(split.values), split.exact)


def split_read(text: str, n: int) -> RowSplit:
    """:func:`split_row` as its memo keeps it, for callers that only read it (its
    values not to be edited): no fresh split made."""
    return _row_split(text, n)


@lru_cache(maxsize=8192)
def _row_split(text: str, n: int) -> RowSplit:
    """:func:`split_row`, memoised: readers split the same lines once per candidate
    column count and again as they assemble rows."""
    split = _split_row(text, n)
    glued = [m.start() for m in _GLUED.finditer(text)]
    if split.exact and split.values and not _heads_first_value(text, glued, split):
        return split
    parted_text = _parted(text)
    if parted_text != text:
        parted = _split_row(parted_text, n)
        if parted.exact and len(parted.values) == n:
            return parted
    return split


@lru_cache(maxsize=8192)
def _parted(text: str) -> str:
    """The line parted where the extractor printed two pieces against each other: the
    last figure or dash glued to the ideograph before it, and two figures glued
    together (memoised: a line's split, its counts and its leading values each ask)."""
    glued = [m.start() for m in _GLUED.finditer(text)]
    parted = f"{text[:glued[-1]]} {text[glued[-1]:]}" if glued else text
    return _FIGURES_GLUED.sub(_part_figures, parted) if parted.count(".") > 1 else parted


@lru_cache(maxsize=8192)
def _start(text: str) -> int:
    """:func:`_values_start` of a line's atoms, memoised: a line's run of values is
    looked for by its readings, its counts and its label alike."""
    return _values_start(atoms(text))


def _values_start(ats: list[Atom], gutters: bool = True) -> int:
    """The index of the first atom of the line's trailing run of numeric atoms. In
    column-aligned text (the run spaced by gutters of two spaces or more) a number
    one space after a word is the label's ("Approved 2025   1   –"), not a value
    (unless ``gutters`` is False); so is a year after a word before figures that are
    no years, however spaced ("Approved 2025 – 15 6 21"): a count of a thousand or
    more is printed with its thousands parted ("1,979", "1 979"), so four digits
    alone are a year."""
    first = len(ats)
    while first > 0 and is_numeric(ats[first - 1].text):
        first -= 1
    aligned = gutters and any(a.gap >= _GUTTER for a in ats[first + 1:])
    while aligned and 0 < first < len(ats) - 1 and ats[first].gap == 1 \
            and _LETTERS.search(ats[first - 1].text):
        first += 1
    if 0 < first < len(ats) - 1 and _YEAR.match(ats[first].text) \
            and _LETTERS.search(ats[first - 1].text) \
            and not any(_YEAR.match(a.text) for a in ats[first + 1:]):
        first += 1
    return first


def _heads_first_value(text: str, glued: list[int], split: RowSplit) -> bool:
    """Whether the label ends in a figure printed against an ideograph that heads the
    first value, a thousands group ("贫困45 234.0": 45 234.0)."""
    if not glued or not split.values:
        return False
    head = text[glued[-1]:].split(" ", 1)[0]
    return bool(_HEAD.match(head) and split.label.endswith(head)
                and _GROUP.match(split.values[0].split()[0]))


def _part_figures(m: re.Match[str]) -> str:
    """Two figures printed against each other, parted where both have as many
    decimals; unchanged when no such place is found."""
    token = m.group(0)
    first, second = token.index("."), token.rindex(".")
    decimals = len(token) - second - 1
    cut = first + 1 + decimals
    if cut < second and token[cut:second].isdigit():
        return f"{token[:cut]} {token[cut:]}"
    return token


def summed_reading(text: str, n: int, amount: Callable[[str], float | None]
                   ) -> list[str] | None:
    """The values ``split_row`` finds in a line read again as ``n`` values whose last
    is the sum of the others (``amount``: a value as a number, None for none), where
    its own reading is no such sum and another that it likes as well (no value of more
    tokens than its own longest) is: figures one space apart may be a number's
    thousands groups or numbers of their own ("621 900 167 300" is "621 900", "167
    300" or "621 900 167", "300"), and only what the values mean, a row total, tells.
    None where there is no such other reading (or the split is not exact)."""
    split = _row_split(text, n)  # (read only: the memo's own split)
    if n < 3 or (ways := _ways(text, n)) is None or _sums(split.values, amount) is not False:
        return None  # the line reads one way only, or its own reading is a sum
    toks, spans = ways
    longest = max(len(v.split()) for v in split.values)
    signed = any(t.startswith("(") for t in toks)
    budget = [_MOST_STEPS]

    def walk(i: int, end: int, left: int, total: float, starts: tuple[int, ...]
             ) -> tuple[int, ...] | None:
        budget[0] -= 1
        if budget[0] < 0 or end - i < left or (not signed and total < -_CENT):
            return None
        if i == end:
            return starts if left == 0 and abs(total) < _CENT else None
        for stop in spans[i] if left else []:
            value = amount(" ".join(toks[i:stop]))
            if stop <= end and stop - i <= longest and value is not None \
                    and (found := walk(stop, end, left - 1, total - value, (*starts, i))):
                return found
        return None

    for last in range(len(toks) - 1, max(len(toks) - 1 - longest, 0) - 1, -1):
        target = amount(" ".join(toks[last:]))
        if len(toks) in spans[last] and target \
                and (starts := walk(0, last, n - 1, target, ())):
            return _values(toks, (*starts, last))
    return None


@lru_cache(maxsize=8192)
def _ways(text: str, n: int) -> tuple[tuple[str, ...], tuple[tuple[int, ...], ...]] | None:
    """The tokens of the ``n`` values ``split_row`` finds in a line and the ends of the
    values that may start at each (``_spans``), where that split is exact and its run
    of values reads more ways than one; else None. Memoised: a row's line is asked
    whether it reads as a sum and for its other readings, as ``n`` values and as one
    fewer, and most lines read one way only."""
    split = _row_split(text, n)  # (read only: the memo's own split)
    if not split.exact or not len(split.values) == n > 0:
        return None
    run = _value_run(text, split)
    spans = None if run is None else _spans(*run)
    return None if run is None or spans is None else (run[0], spans)


def _value_run(text: str, split: RowSplit
               ) -> tuple[tuple[str, ...], tuple[int, ...], bool] | None:
    """The tokens of a row's values as ``split`` read them, the gap before each and
    whether gutters part them (column-aligned); None where the values read are not
    the line's tokens as printed."""
    ats = atoms(text[text.index(split.values[0], len(split.label)):])
    toks = tuple(a.text for a in ats)
    if " ".join(toks) != " ".join(split.values):
        return None
    gaps = tuple(a.gap for a in ats)
    return toks, gaps, len({g for g in gaps[1:] if g >= _GUTTER}) > 1


def other_readings(text: str, n: int, most: int, count: int = 0) -> list[list[str]]:
    """The other ways, ``most`` at most, to read the ``n`` values ``split_row`` finds
    in a line as ``count`` values (``n`` unless given: one fewer reads a blank cell
    in), as likely as its own (no value of more tokens than its longest): figures
    one space apart may be a number's thousands groups or numbers of their own
    ("689 753 64" is "689", "753", "64" or "689 753", "64", …). None where its split
    is no exact reading of ``n`` values (an empty list)."""
    count = count or n
    ways = _ways(text, n)
    if ways is None:
        return []  # the split's is the one reading (or no exact one)
    toks, spans = ways
    split = _row_split(text, n)  # (read only: the memo's own split)
    longest = max(len(v.split()) for v in split.values)
    found: list[list[str]] = []
    budget = [_MOST_STEPS]

    def walk(i: int, left: int, starts: tuple[int, ...]) -> None:
        budget[0] -= 1
        if budget[0] < 0 or len(found) >= most or len(toks) - i < left:
            return
        if i == len(toks):
            values = _values(toks, starts)
            if left == 0 and values != split.values:
                found.append(values)
            return
        for stop in spans[i] if left else []:
            if stop - i <= longest:
                walk(stop, left - 1, (*starts, i))

    walk(0, count, ())
    return found


@lru_cache(maxsize=4096)
def _spans(toks: tuple[str, ...], gaps: tuple[int, ...], whole: bool
           ) -> tuple[tuple[int, ...], ...] | None:
    """The ends of the values that may start at each token of a run of values
    (``_value_spans``, the run opening at its first token; ``whole``: gutters part
    them); None where each ends one way only: the run reads one way, whatever the
    count. (Memoised: a row is read again for its sums and for its other readings,
    once per reader that asks.)"""
    pieces = tuple(map(_piece, toks))
    spans = tuple(tuple(_value_spans(pieces, gaps, i, whole, i == 0)) for i in range(len(toks)))
    return spans if any(len(ends) > 1 for ends in spans) else None


def _sums(values: list[str], amount: Callable[[str], float | None]) -> bool | None:
    """Whether the last value is the sum of the others (None: some is no figure)."""
    found = [amount(v) for v in values]
    figures = [f for f in found if f is not None]
    if len(figures) < len(found):
        return None
    return abs(sum(figures[:-1]) - figures[-1]) < _CENT


def _split_row(text: str, n: int) -> RowSplit:
    """``split_row`` as the line is spaced."""
    ats = atoms(text)
    first, toks, gaps, runs = _run_readings(text)
    fallback: RowSplit | None = None
    for s, segs in enumerate(runs):
        label = text[:ats[first + s].start].strip()
        if n in segs:
            return RowSplit(label, _values(toks, segs[n]), True)
        under = [c for c in segs if c < n]
        if fallback is None and under:
            starts = segs[max(under)]
            # a line of values alone opens as after a label one space away
            before = [max(gaps[i], 1 if i == s and not label else 0) for i in starts]
            fallback = RowSplit(label, _pad(_values(toks, starts), before, n), False)
    return fallback and _pushed_split(text, n) or fallback or RowSplit(text.strip(), [], True)


def _pushed_split(text: str, n: int) -> RowSplit | None:
    """The line read as exactly ``n`` values from the first number after its label's
    last word, one space after it though that number is: text set on a character grid
    (pdfplumber's layout mode) pushes a long label's values right against it ("… and
    conflict 6 6 6   7"), so the run's count, not its spacing, parts it from the label.
    None where the whole run does not read as ``n`` values."""
    ats = atoms(text)
    first = _values_start(ats, gutters=False)
    if first == _start(text):
        return None
    toks = tuple(a.text for a in ats[first:])
    gaps = tuple(a.gap for a in ats[first:])
    whole = len({g for g in gaps[1:] if g >= _GUTTER}) > 1
    starts = _suffix_segmentations(toks, gaps, whole)[0].get(n)
    return RowSplit(text[:ats[first].start].strip(), _values(toks, starts), True) \
        if starts else None


@lru_cache(maxsize=8192)
def _run_readings(text: str) -> tuple[int, tuple[str, ...], tuple[int, ...],
                                      tuple[Readings, ...]]:
    """The line's trailing run of numeric atoms (its first atom's index, its tokens and
    gaps) and the readings of each of its tails (see :func:`_suffix_segmentations`),
    memoised: a line is split once per candidate column count."""
    ats = atoms(text)
    first = _start(text)
    # column-aligned values: parted by gutters of differing widths (as placed on the
    # page; a line joined from values printed one a line has even gutters)
    whole = len({a.gap for a in ats[first + 1:] if a.gap >= _GUTTER}) > 1
    toks = tuple(a.text for a in ats[first:])
    gaps = tuple(a.gap for a in ats[first:])
    return first, toks, gaps, (_suffix_segmentations(toks, gaps, whole) if toks else ())


def _pad(values: list[str], gaps: list[int], n: int) -> list[str]:
    """Insert blanks before the values that follow the widest gaps."""
    missing = n - len(values)
    order = sorted(range(len(values)), key=lambda i: (-gaps[i], i))
    wide = [i for i in order if gaps[i] >= 2] or order[:1]
    blanks = {i: 0 for i in wide}
    for k in range(missing):
        blanks[wide[min(k, len(wide) - 1)]] += 1
    out: list[str] = []
    for i, v in enumerate(values):
        out += [""] * blanks.get(i, 0) + [v]
    return out + [""] * (n - len(out))


def split_leading(text: str, n: int, labelled: bool = True) -> RowSplit | None:
    """Read a row whose last column is text: label, then ``n - 1`` numbers, then
    the text ("2023 年核定 82 1 个 USG、…"; a year after a label word before figures
    is the label's, "Approved for 2025 283 1 USG, …"; a first number printed against
    the label's last ideograph parted from it, "核定82"); unless ``labelled``, the
    numbers may open a line that reads no other way (its label printed on the lines
    above). None when the line is not so built."""
    for line in dict.fromkeys([text, _parted(text)]):
        if found := _split_leading(line, n, True):
            return found
    return None if labelled else _split_leading(text, n, False)


def _split_leading(text: str, n: int, labelled: bool) -> RowSplit | None:
    """``split_leading`` as the line is spaced."""
    ats = atoms(text)
    start = next((i for i in range(1, len(ats))
                  if is_numeric(ats[i].text) and not is_numeric(ats[i - 1].text)), None)
    start = 0 if start is None and not labelled and ats and is_numeric(ats[0].text) else start
    if start is None or n < 2:
        return None
    if 0 < start < len(ats) - 1 and _YEAR.match(ats[start].text) \
            and _LETTERS.search(ats[start - 1].text) and is_numeric(ats[start + 1].text):
        start += 1  # a year after a label word is the label's ("Approved for 2025 283 …")
    found = None
    for end in range(start + 1, len(ats)):
        if not is_numeric(ats[end - 1].text):
            break  # no run of values holds a word
        toks = tuple(a.text for a in ats[start:end])
        segs = _segmentations(toks, tuple(a.gap for a in ats[start:end]))
        if n - 1 in segs and not all(is_numeric(a.text) for a in ats[end:]):
            label = text[:ats[start].start].strip()
            rest = text[ats[end].start:].strip()
            split = RowSplit(label, [*_values(toks, segs[n - 1]), rest], True)
            if found is None or _counted(split.values[-2], rest):
                found = split
    return found


def _counted(value: str, text: str) -> bool:
    """Whether a text cell listing counts ("1 USG, 1 ASG, 6 D-2, …": each item opening
    with its count) adds up to the figure before it ("1 586"), as a posts table's
    details add up to its number: where figures one space apart may end the number
    or open the text ("1 586 1 USG, …"), the reading whose text adds up."""
    items = _ITEMS.split(text)
    counts = [int(m[0].replace(" ", "")) for item in items if (m := _COUNT.match(item))]
    digits = value.replace(" ", "")
    return len(items) > 1 and len(counts) == len(items) and digits.isdigit()\
        and sum(counts) == int(digits)


def column_count(texts: list[str]) -> int:
    """The number of value columns: the count most row lines print, each line read
    with thousands groups merged (its fewest values); the larger on a tie (a row
    with blank cells prints fewer). A larger count every line read so can also be
    read as wins where more lines, two or more, read only as it: their values set
    apart by dashes show that figures one space apart ("2 130") are two values. So
    does the least larger count every line can be read as, where two lines or more
    print more values than the count at their fewest (a row prints no more values
    than there are columns: "5 890 6 034 4 900 5 151" shows "110 155 160 160" four
    values, not "110 155" and "160 160"). 0 when no line has two values."""
    ranges = _ranges(texts)
    if not ranges:
        return 0
    fewest = Counter(min(counts) for counts in ranges)
    best = max(fewest.values())
    count = max(c for c, v in fewest.items() if v == best)
    only = Counter(counts[0] for counts in ranges if len(counts) == 1)
    wider = [c for c, v in only.items() if c > count and v >= _ONLY_LINES and v > only[count]
             and all(c in counts for counts in ranges if count in counts)]
    if not wider and sum(min(counts) > count for counts in ranges) >= _ONLY_LINES:
        wider = [c for c in range(count + 1, _MAX_COLUMNS + 1)
                 if all(c in counts for counts in ranges)]
    return min(wider, default=count)


def _ranges(texts: list[str]) -> list[list[int]]:
    """For each line whose whole run of trailing values reads as two or more values,
    the counts it reads as."""
    return [list(counts) for text in texts if (counts := _line_counts(text))]


@lru_cache(maxsize=8192)
def _line_counts(text: str) -> tuple[int, ...]:
    """The counts of two or more values a line's whole run of trailing values reads
    as (none: it reads as no such run), memoised: every reading of a table, as
    stacked and as blocked, counts its lines' columns again."""
    ats = atoms(text)
    parted = _parted(text)
    # each value takes at least one numeric atom, spaced or parted
    most = len(ats) - _start(text)
    if parted != text:
        most = max(most, len(atoms(parted)) - _start(parted))
    if most < 2:  # (most table lines: a label, a heading; nothing more to read)
        return ()
    labels = _run_labels(text, ats)
    if not labels:
        return ()
    if parted == text:  # nothing printed against anything: the run's readings decide
        return tuple(_counts_read(_run_readings(text)[3], len(labels) > 1,
                                  min(most, _MAX_COLUMNS)))
    return tuple(c for c in range(2, min(most, _MAX_COLUMNS) + 1)
                 if (split := split_row(text, c)).exact and split.values
                 and split.label in labels)


def _run_labels(text: str, ats: list[Atom]) -> list[str]:
    """What a line's values may leave as its label: the line before its whole run of
    trailing numbers (a smaller count leaves numbers in the label), and where that
    ends in a word and a comma, also with the run's first number, which may be the
    label's ("Subtotal, 1   6 – 6"); none where the line is values alone."""
    first = _start(text)
    whole = text[:ats[first].start].strip() if first < len(ats) else text
    if not whole:
        return []
    if 0 < first < len(ats) - 1 and whole.endswith(",") and _LETTERS.search(ats[first - 1].text):
        return [whole, text[:ats[first + 1].start].strip()]
    return [whole]


def _counts_read(runs: tuple[Readings, ...], after_first: bool, most: int) -> list[int]:
    """The counts from two to ``most`` that a line's whole run of values reads as
    (``runs``: see :func:`_run_readings`), and with ``after_first`` those that the
    run after its first number reads as."""
    counts = set(runs[0]) if runs else set()
    if after_first and len(runs) > 1:
        counts |= set(runs[1])
    return sorted(c for c in counts if 2 <= c <= most)


@lru_cache(maxsize=8192)
def holds_values(text: str) -> bool:
    """A line of a table row: ending in two printed values, or only values (a
    heading followed by such lines is a section row of the table, not its end;
    footnotes hold none). Memoised: restacking, the block builder and the grid
    reader ask it of the same lines."""
    tail = text.rsplit(None, 2)[-2:]
    return (len(tail) == 2 and is_numeric(tail[0]) and is_numeric(tail[1])) \
        or values_of(text) is not None
