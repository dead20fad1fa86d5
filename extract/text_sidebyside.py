"""Cells of one table row printed side by side one space apart, without column
positions (pdfplumber's ``extract_text`` of a performance measure table): each text
line runs together the lines of the cells still printing at that height.

The cues kept by such text are general: cells are top-aligned, so the first line
starts every non-empty cell (with a capital, a figure or a dash); each cell's text is
contiguous from its first line down, so the columns printing only drop out going
down (a cell's later paragraph, set a little apart, may print between lines of the
other columns); the columns are set at one width ``W`` (the table's first or last,
on its edges, may be set a little wider: ``_wider_edge``), and greedy word wrap means
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
boundary (and, with less weight, two words one cell prints together on these very
lines: neighbouring cells say much the same, ``_joined``); and a cell, like a
sentence, does not end with a word the document's uses show it hardly ever ends a
clause with ("the", "of", "by", but also a rarer word never seen before a stop:
``Pairs.unended``, weighed by the strength of that evidence; nor with a comma,
a semicolon or a colon, whatever the word: ``unending``).
Where the document does not repeat a cell's wording, the least cost may still be
the wrong reading.

The widths tried are searched together, line by line (``_Search``), and each
distinct history (with its column's width) is costed before each distinct fragment
once (``_column``): a line's work is shared by all the widths. The plain widths are
searched coarse to fine (``_Widths``): only those near the cheapest of every third.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain

import numpy as np
from pdfminer.fontmetrics import FONT_METRICS

from .text_ideographs import GlyphPairs, word_uses
from .text_wrap import bare_word
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
# Side by side, the first line holds the first line of every cell: at least most of
# the header's share over those columns (dashes are cells of their own; a cell's
# first line may be short where a long word wrapped: "Three policy | recommendations").
# Two of three columns or fewer hold no more text than one column's line printed
# alone (a column is then a third of the table or more), so there the whole header
# is asked for; a single column left takes all the text.
_HEADER_SHARE = 0.8
# The table's first or last column may be set this much wider than the others (a
# share of their width; ``_wider_edge``): on the shared PDFs the first column's pitch
# is up to 8 % wider.
_EDGE_WIDER = 0.08
# Widths read at most this much dearer than the best are tried with a wider edge
# column too; a reading so found must be cheaper by this much (``_split``).
_NEAR_WIDTH = 0.5
_NEAR_GAIN = 0.3
# Marks after a cell's last word that show its text goes on (``unending``).
_CONTINUING = ",;:"
# A reading is refused when it costs more than this per line (``_Costs``).
_MAX_COST_PER_LINE = 1.5
# A year: four figures, no thousands separator (a quantity that large prints one),
# bound to no word after it (``least_part``, ``_after_years``), and a cell may end
# with it (``unending``).
_YEAR = re.compile(r"\(?\d{4}\)?[,.;:]?")
# The marks that close a word (``bare``): stops, commas, closing brackets and quotes.
_CLOSING = ("Po", "Pe", "Pf")
# A reference: a document's or a resolution's symbol, figures parted by a slash
# ("78/261", "A/80/30", "(A/RES/79/252"; ``_joined``).
_REFERENCE = re.compile(r"\d/\w")
# A column whose cell's last word is at least this surely one that ends no clause
# ("in", "of"; ``unending``) has no paragraph closed there (``_Turns``).
_CLOSED = 0.5
# Histories' keys: the line's number times this plus the fragment's row (``_Line.part``).
_KEYS = 1 << 32
# Two words a document uses so often that chance alone would have them follow each
# other this many times, but that it never puts so, do not follow each other
# (``_known``).
_CHANCE = 20
# Two words the document puts together this many times more often than chance
# would are surely bound; any it puts together at all are bound at least half as
# surely (``_known``).
_BOUND = 5.0
_LEAST_BOUND = 0.5
# Two words the document puts together at most this many times less often than
# chance would earn a wrap no credit (``_known``): side-by-side lines elsewhere in the
# document meet frequent words at column boundaries ("of and"), and their counts
# are such meetings.
_SELDOM = 10.0
# Two words the document puts together up to this many times less often than chance
# still earn a wrap full credit ("of security", "the 2026": frequent words meet all
# kinds of words); more seldom, less (``_wrap_credit``).
_FREELY = 4.0
# A word ending with a mark of ``_CONTINUING`` that the document never puts before
# another elsewhere is bound to it as the mark is, where the document puts a word so
# marked before it at least this many times, and this many times more often than
# chance would (``Pairs.marked``).
_MARKED_SEEN = 3
_MARKED_ODDS = 2.0
# The weight of two words' following each other only on a row's own lines against
# following each other elsewhere in the document (``_joined``).
_OWN = 0.5
# The odds at which a document's uses of a word show it for certain to be one that
# does not end a clause (``Unended``).
_EVIDENCE = 20.0
# How surely a word ends no clause (``Pairs.unended``), and what share of the
# document's word uses it takes at least, for a label line ending with it to go on
# below (``Pairs.unfinished_words``).
_UNFINISHED = 0.9
_COMMON = 0.005
# The plain widths are searched this many steps apart first, then the widths
# beside those read at most ``_COARSE_NEAR`` dearer than the best of them
# (``_Widths``): a matter of speed only.
_COARSE = 3
# A width's moves from one line to the next gathered as a matrix when at least
# this many (``_History.follow``): a matter of speed only.
_BLOCK = 1024


@dataclass(frozen=True)
class _Costs:
    """Penalties of a reading, in units of one half em of misfit."""

    overflow: float = 2.0  # per unit of a fragment past the column width
    fitted: float = 0.3  # a wrapped fragment whose next word would have fitted ...
    fitted_per_unit: float = 1.5  # ... plus this per unit of room left (the face is a
    # proxy: a few per cent of a column's width is within its error)
    paragraph: float = 1.5  # a cell's new paragraph (the next word would have fitted)
    unfilled: float = 0.02  # per unit of room a wrapped fragment left (tighter widths)
    resume: float = 3.0  # a column printing again after a line without it ...
    interleaved: float = 0.0  # ... where that line was printed on another baseline
    # (a cell's paragraph set apart: ``_History.interleaved``)
    stranded: float = 1.0  # ... and more after two lines or more without it where its
    # cell's last word surely ends no clause (``_CLOSED``): a clause goes on at its
    # column's next baseline (one line skipped may be a baseline drifted apart)
    late: float = 12.0  # a cell that starts below the row's first line
    lower_start: float = 8.0  # a cell whose first word does not open a sentence
    empty: float = 10.0  # a column never printed
    dangling: float = 4.0  # a cell ending with a hyphen (a word broken off)
    unended: float = 2.0  # a cell ending with a word the document hardly ever ends a
    # sentence or clause with ("the", "of", "by"), times the evidence (``Pairs``);
    # once for neighbouring cells ending alike (``_History.ended_unended``)
    doubled: float = 4.0  # a word repeated within a fragment (neighbouring cells
    # often say the same: "by | by", "Committee | Committee")
    twins: float = 1.0  # credit per fragment repeating word for word the one before
    # it on its line (neighbouring cells saying the same: "or reflected in | or
    # reflected in"), and per two neighbouring columns wrapping alike (the same
    # last word, then the same next word: ``_History.twin_wraps``)
    together: float = 1.0  # per two words that follow each other elsewhere in the
    # document: credited when a wrap joins them in a cell, charged when a column
    # boundary parts them on a line, as surely as the document binds them (the
    # document's own wording, no word list); the other way round for two words it
    # never puts so (``_known``)


COSTS = _Costs()
# A next state's move from another set of columns printed on the two lines before
# is kept beside its best move when it costs at most this more (``_kept``): a
# column resuming later may win back most of a resumption's cost (a paragraph set
# apart on a baseline of its own costs a paragraph when it starts, and saves the
# resumptions of the columns it alternates with only on the lines after).
_LATER = COSTS.resume * 5 / 6
# A coarse width read at most this much dearer than the best coarse one has the
# widths beside it searched too (``_Widths``): a step of half an em moves a few
# wraps, each costing less than a column resuming.
_COARSE_NEAR = COSTS.resume
# Where the least-cost reading has a column resume after lines without it (its
# cell's lines set apart on a baseline of their own), its width is searched again
# keeping moves costing up to this more (``_split``): a column resuming later may
# win back a resumption's cost and a paragraph's (the lines of two columns'
# paragraphs set apart alternate with a third's), a path the narrower margin drops
# while it is dearer.
_LATER_APART = COSTS.resume + COSTS.paragraph
# A reading at the widths the best reading sets (``_own_widths``) replaces it where
# cheaper by more than a column resuming costs: fitted to one reading's fragments,
# those widths leave the other readings of its words little room, and a reading
# shifting a word or two there is cheaper by a wrap's or a pair's cost.
_OWN_GAIN = COSTS.resume
# A paragraph set apart that opens after a clause that surely goes on costs a
# paragraph more, as a share of a resumption's credit (``_Turns.resumed``).
_UNCLOSED = COSTS.paragraph / (COSTS.resume - COSTS.interleaved)
_ADVANCE: dict[str, int] = FONT_METRICS["Times-Roman"][1]
_EM = 500  # a half em in the face's units
_GAP = _ADVANCE[" "]  # a space's advance


@dataclass(frozen=True)
class Pairs:
    """A document's wording (its lines, ``texts``): how often two words (lower case)
    follow each other on its lines (``counts``), and how surely each word is one it
    does not end a sentence or clause with, from 0 to 1 (``unended``;
    ``Unended``); how often each word is used, the marks around it left out
    (``words``), and how often two ideographs follow each other (``glyphs``). Counted
    when first asked: most documents print no row of cells side by side, and
    ideographic text never asks for the words' pairs."""

    texts: tuple[str, ...]

    @cached_property
    def counts(self) -> Counter[tuple[str, str]]:
        """How often each two words follow each other (``pair_counts``)."""
        return pair_counts(self.texts)

    @cached_property
    def unended(self) -> Unended:
        """How surely each word ends no sentence or clause (``Unended``)."""
        return Unended(self.uses)

    def unended_at(self, word: str, surely: float) -> bool:
        """Whether the document's uses of ``word`` (any case) show it ends no sentence
        or clause at least as surely as ``surely`` (``unended``)."""
        return self.unended.get(word.lower(), 0.0) >= surely

    @cached_property
    def unfinished_words(self) -> frozenset[str]:
        """The words a label line cannot end with: of the document's commonest (a
        share of its words' uses, ``_COMMON``), those it surely never ends a sentence
        or clause with ("the", "of", "for"; words of letters only, not "(actual)"
        that a header repeats before a year). A label line ending with one goes on
        below, though that line opens with a capital ("… Commission for the" /
        "Comprehensive …"); a rarer word never seen to end one ("deliverables") may
        end a heading."""
        least = _COMMON * sum(self.uses.values())
        return frozenset(w for w, used in self.uses.items() if w.isalpha()
                         and used >= least and self.unended_at(w, _UNFINISHED))

    @cached_property
    def uses(self) -> Counter[str]:
        """How often each word is used (in a pair) in ``counts`` (``pair_uses``)."""
        return pair_uses(self.texts)

    @cached_property
    def total(self) -> int:
        """How many uses the document's words have in all (at least 1)."""
        return max(sum(self.uses.values()), 1)

    def chance(self, a: str, b: str) -> float:
        """How often chance alone would have ``a`` followed by ``b`` (lower case):
        their uses' product over all the words' uses."""
        return self.uses[a] * self.uses[b] / self.total

    def odds(self, a: str, b: str, own: Counter[tuple[str, str]]) -> float:
        """How many times more often than chance (``chance``) the document puts ``a``
        before ``b`` (lower case) elsewhere than in ``own`` (the pairs of the lines
        being read, ``pair_counts``: side by side, a line joins words of neighbouring
        cells); 0 where it does not."""
        seen = self.counts[(a, b)] - own[(a, b)]
        return seen / self.chance(a, b) if seen > 0 else 0.0

    @cached_property
    def marks(self) -> dict[str, Counter[str]]:
        """How often each word follows a word ending with each mark of
        ``_CONTINUING`` (", including", "; and"), by mark."""
        after: dict[str, Counter[str]] = {mark: Counter() for mark in _CONTINUING}
        for (a, b), count in self.counts.items():
            if a[-1] in _CONTINUING:
                after[a[-1]][b] += count
        return after

    def marked(self, mark: str, own: Counter[tuple[str, str]]) -> dict[str, float]:
        """The words the document puts after a word ending with ``mark`` elsewhere
        than in ``own`` (``odds``) at least ``_MARKED_SEEN`` times, and how many times
        more often than chance would, where at least ``_MARKED_ODDS`` times: the
        mark's own followers, which follow a word so marked wherever the document
        never puts that word before them (", while", "; and"; not ", the", a word
        any clause may open with)."""
        mine: Counter[str] = Counter()
        for (a, b), count in own.items():
            if a[-1] == mark:
                mine[b] += count
        after = self.marks[mark]
        total = max(sum(after.values()), 1)
        found: dict[str, float] = {}
        for b, count in after.items():
            seen = count - mine[b]
            if seen >= _MARKED_SEEN:
                odds = seen * self.total / (total * self.uses[b])
                if odds >= _MARKED_ODDS:
                    found[b] = odds
        return found

    @cached_property
    def words(self) -> Counter[str]:
        """How often each word is used (``word_uses``)."""
        return word_uses(self.texts)

    @cached_property
    def glyphs(self) -> Counter[tuple[str, str]]:
        """How often two ideographs follow each other (``GlyphPairs``, counted
        pair by pair when asked)."""
        return GlyphPairs(self.texts)

    @cached_property
    def following(self) -> dict[str, list[tuple[str, int]]]:
        """The words that follow each word in ``counts``, and how often."""
        after: dict[str, list[tuple[str, int]]] = {}
        for (a, b), count in self.counts.items():
            after.setdefault(a, []).append((b, count))
        return after


def word_pairs(texts: Iterable[str]) -> Pairs:
    """The wording of ``texts`` (a document's lines): see ``Pairs``."""
    return Pairs(tuple(texts))


def pair_counts(texts: Iterable[str]) -> Counter[tuple[str, str]]:
    """How often each two words follow each other on a line of ``texts``, in lower
    case; a hyphenated word is also the pair of its parts at each hyphen
    ("decision-", "making"), as a wrap at the hyphen prints it."""
    return Counter(chain.from_iterable(map(_line_pairs, texts)))


def pair_uses(texts: Iterable[str]) -> Counter[str]:
    """How often each word (lower case) is used in a pair of ``pair_counts``: first
    or second, counted from the lines' pairs without counting the pairs (which a
    document that never asks of two words' pairs need not keep): a line's first and
    last word are in one pair, the words between in two, and each part of a
    hyphenated word in one."""
    words: list[str] = []
    for text in texts:
        line = text.lower().split()
        if len(line) > 1:
            words += line
            words += line[1:-1]
        if "-" in text:
            words += chain.from_iterable(_hyphen_pairs(line))
    return Counter(words)


def _line_pairs(text: str) -> Iterator[tuple[str, str]]:
    """The pairs of words (lower case) of one line: each two following each other,
    then each hyphenated word's parts (most lines hold no hyphen: their words'
    letters go unread)."""
    words = text.lower().split()
    yield from zip(words, words[1:], strict=False)
    if "-" in text:
        yield from _hyphen_pairs(words)


def _hyphen_pairs(words: list[str]) -> Iterable[tuple[str, str]]:
    """Each hyphenated word of ``words`` as the pair of its parts at each hyphen."""
    return ((w[:k + 1], w[k + 1:]) for w in words for k in range(1, len(w) - 1) if w[k] == "-")


class Unended:
    """How surely each word (lower case) of a document is one it does not end a
    sentence or clause with, from 0 to 1: how much less often than the document's
    words do it ends one (a stop, comma, colon or semicolon after it; 1 for never),
    times how sure its uses make that (their log-likelihood ratio against ending at
    the document's share, sure at ``_EVIDENCE`` to one). "the", "of", "by" never end
    one and are used often: 1; a word used a few times and never before a stop says
    less, but says it; a frequent word ending clauses a little less often than most
    ("rights") little. Weighed word by word when first asked (``get``): a document
    uses thousands of words, its readers ask of a few."""

    def __init__(self, uses: Counter[str]) -> None:
        self.uses = uses
        self.ended: Counter[str] = Counter()
        for w, count in uses.items():
            if len(w) > 1 and unicodedata.category(w[-1]) == "Po":
                self.ended[w[:-1]] += count
        self.share = min(max(sum(self.ended.values()), 1) / max(sum(uses.values()), 1), 0.5)
        self.weights: dict[str, float | None] = {}

    def get(self, word: str, default: float = 0.0) -> float:
        """How surely ``word`` ends no sentence or clause; ``default`` for a word the
        document does not use, or ends one with at least as often as its words do."""
        if word not in self.weights:
            self.weights[word] = self._weight(word)
        found = self.weights[word]
        return default if found is None else found

    def _weight(self, word: str) -> float | None:
        if word not in self.uses:
            return None
        count, ended, share = self.uses[word], self.ended[word], self.share
        seen = ended / (count + ended)
        if seen >= share:
            return None
        ratio = (seen * np.log(seen / share) if seen else 0.0) \
            + (1 - seen) * np.log((1 - seen) / (1 - share))
        return (1 - seen / share) * float(min(1.0, (count + ended) * ratio / np.log(_EVIDENCE)))


# Per line, the words a padded text places: (word index, the first and the last column
# it may print in: for exact positions one column, the last whose start lies at or left
# of it; for rough ones a range); such a word opens its column's fragment.
Anchors = list[list[tuple[int, int, int]]]


def split_side_by_side(header: str, texts: list[str], n: int,
                       pairs: Pairs | None = None,
                       anchors: Anchors | None = None) -> list[str] | None:
    """The ``n`` cells of one row printed side by side in ``texts`` under the
    ``header`` line, each cell's fragments in line order joined by single spaces;
    None when the first line is narrower than the header over its cells (it then
    holds no line of every cell: text printed a cell per line) or no reading fits
    the columns well enough to trust. ``pairs``: the document's word pairs
    (``word_pairs``, these lines included), which tell runs of words a cell holds
    from words that only meet here at a column boundary. ``anchors``: where text set
    on a character grid keeps positions, per line the words that open a piece (the
    line's first, or one after two spaces or more) and the last column each may be
    in: such a word starts at its column's position or right of it, never left, and
    a column's line holds no gap of two spaces."""
    if not texts or any(is_cjk(ch) for text in texts for ch in text):
        return None  # ideographs wrap anywhere, not at spaces
    words = texts[0].split()
    dashes = _leading_dashes(words)
    left = n - dashes
    if left > 1 and printed_size(" ".join(words[dashes:])) \
            < _HEADER_SHARE * printed_size(header) * (left / n if left > 2 or n > 3 else 1):
        return None
    return _split(texts, n, pairs or Pairs(()), anchors or [[] for _ in texts])


def _split(texts: list[str], n: int, pairs: Pairs, anchors: Anchors,
           edge: bool = True) -> list[str] | None:
    """The cells of ``split_side_by_side`` (``edge``: the first of ``n`` columns is the
    table's first, not one after cells of lone dashes; only then are the edge
    columns tried wider)."""
    kept = [(words, anchored) for text, anchored in zip(texts, anchors, strict=True)
            if (words := text.split())]
    lines = [words for words, _ in kept]
    anchors = [anchored for _, anchored in kept]
    if n == 1 and lines:
        return [" ".join(" ".join(words) for words in lines)]
    if n < 2 or not lines:
        return None
    dashes = _leading_dashes(lines[0])
    if dashes:
        rest = _split([" ".join(lines[0][dashes:]), *map(" ".join, lines[1:])],
                      n - dashes, pairs, _after_dashes(anchors, dashes), False) \
            if dashes < n else None
        return None if rest is None else [*lines[0][:dashes], *rest]
    widths = _widths(lines, n - sum(map(_lone_dash, lines[0])))  # a dash's column: no more
    ids = {w: k + 1 for k, w in enumerate(dict.fromkeys(w.lower() for ws in lines for w in ws))}
    odds, chance = _odds(lines, ids, pairs)
    known = _known(odds, chance)
    unended = np.array([0.0, *(unending(w, pairs) for w in ids)])
    figures = np.array([False, *map(_figure, ids)])  # the row's, asked by each line
    going = (unended >= 1.0) & np.array([False, *(not w.endswith(":") for w in ids)])
    widest = np.full(n, widths[-1] * _OVERFLOW)
    widest[[0, -1]] *= 1 + _EDGE_WIDER if edge else 1
    # a column boundary parting two words is charged as surely as the document binds
    # them (two frequent words meet at a boundary by chance too), or as two of these
    # lines do (``_repeated``), but not a year from the word after it (``_after_years``);
    # a wrap joining two words it puts together is credited in full, unless it puts
    # them together far less often than chance would (``_wrap_credit``)
    parted = _after_years(_repeated(known, lines, ids), ids)
    dealt = [_Line.of(words, widest, ids, parted, unended, (figures, going), i == 0,
                      anchors[i])
             for i, words in enumerate(lines)]
    known = _joined(np.where(known > 0, _wrap_credit(odds), np.where(_seldom(odds), 0.0, known)),
                    lines, ids)
    search = _Widths.of(lines, dealt, widths, n, known)
    at = search.best()
    if at is None or search.cost[at] > _MAX_COST_PER_LINE * len(lines):
        return None  # a reading costing more is refused whatever its credits
    best = search.reading(at)
    if best.resumed:
        again = _Search.of(lines, dealt, np.full((1, n), widths[at]), known, _LATER_APART)
        if again.cost[0] < best.cost:
            best = again.reading(0)
    if edge:
        best = _wider_edge(lines, dealt, n, widths[at], known, best)
        # the edge column set wider may leave the others narrower than the best
        # plain width: the widths read almost as cheaply are tried too
        for k in np.flatnonzero(search.cost <= search.cost[at] + _NEAR_WIDTH):
            if k != at:
                # (the plain reading at a dearer width never beats ``best``)
                other = _wider_edge(lines, dealt, n, widths[k], known, best)
                if other.cost < best.cost - _NEAR_GAIN:
                    best = other
        best = _own_widths(lines, dealt, known, best)
    if best.misfit(ids, known) > _MAX_COST_PER_LINE * len(lines) \
            or any(first > 0 for first in best.firsts):
        return None  # text printed a cell per line, or a row too hard to read
    return [_cell_text([" ".join(fragment) for fragment in cell], pairs.words)
            for cell in best.cells]


def _cell_text(fragments: list[str], used: Counter[str]) -> str:
    """A cell's fragments (its lines) in order, one space apart, except that a word a
    line broke at its hyphen is made whole where the document prints it whole
    (``used``, ``word_uses``: "people-" + "centred" is "people-centred"; "low-" +
    "and middle-income" stays apart)."""
    out = fragments[0] if fragments else ""
    for text in fragments[1:]:
        broken = out.rsplit(" ", 1)[-1]
        whole = f"{broken}{text.split(' ', 1)[0]}"
        out += text if broken.endswith("-") and used[bare_word(whole)] else f" {text}"
    return out


def _after_dashes(anchors: Anchors, dashes: int) -> Anchors:
    """``anchors`` with the first line's ``dashes`` words and columns (cells of lone
    dashes) left out; a word placed in one of those columns places nothing more."""
    first = [(k - dashes, low, last) for k, low, last in anchors[0] if k >= dashes]
    return [[(k, max(low - dashes, 0), last - dashes) for k, low, last in anchored
             if last >= dashes] for anchored in [first, *anchors[1:]]]


def _wider_edge(lines: list[list[str]], dealt: list[_Line], n: int, col: float,
                known: np.ndarray, best: _Reading) -> _Reading:
    """``best``, the least-cost reading in ``n`` columns ``col`` wide, or a cheaper one
    with one of the table's edge columns, its first or its last, up to
    ``_EDGE_WIDER`` wider: a table's columns are set by hand, and those on its edges
    (the first often the narrative's label column in other tables) are the ones
    most often set apart."""
    wider = np.arange(_STEP, _EDGE_WIDER * col + _STEP / 2, _STEP)
    if not len(wider):
        return best
    cols = np.full((2 * len(wider), n), col)
    cols[:len(wider), 0] += wider
    cols[len(wider):, -1] += wider
    search = _Search.of(lines, dealt, cols, known)
    found = search.best()
    return best if found is None or search.cost[found] >= best.cost else search.reading(found)


def _own_widths(lines: list[list[str]], dealt: list[_Line], known: np.ndarray,
                best: _Reading) -> _Reading:
    """``best``, or the least-cost reading at the widths ``best`` itself sets, each
    column as wide as its widest fragment, where that reading costs less by more than
    ``_OWN_GAIN``. A word processor fits a table's columns to their text, each its
    own width; where they differ more than the plain widths allow (one width, an
    edge column a little wider: ``_wider_edge``), the true reading's wraps are
    charged as if words would have fitted, and a reading shifting words between
    columns to fill them costs less. The widest fragments of the best reading are
    the row's own measure of its columns: most of its fragments sit in their true
    columns. A reading a little cheaper there may only fit those widths better."""
    cols = np.array([max(printed_size(" ".join(fragment)) for fragment in cell)
                     if cell else 0.0 for cell in best.cells])
    if not cols.all():
        return best
    search = _Search.of(lines, dealt, cols[None], known)
    if search.best() is None or search.cost[0] >= best.cost - _OWN_GAIN:
        return best
    return search.reading(0)


def _odds(lines: list[list[str]], ids: dict[str, int],
          pairs: Pairs) -> tuple[np.ndarray, np.ndarray]:
    """How many times more often than chance the document puts two words (by id), a
    following b, so elsewhere than on these lines (where side-by-side printing joins
    words of neighbouring cells; 0 where it does not, or, a ending with a mark, as
    many times as the document puts b after a word so marked: ``Pairs.marked``, or,
    b closed by a mark, as b bare: ``_bare_odds``), and how often chance alone would
    have them follow each other."""
    own = pair_counts(" ".join(words) for words in lines)
    uses = np.array([0, *(pairs.uses[w] for w in ids)], dtype=float)
    chance = np.outer(uses, uses) / pairs.total
    odds = np.zeros((len(ids) + 1, len(ids) + 1))
    for a in ids:
        for b, _ in pairs.following.get(a, ()):
            if b in ids:
                odds[ids[a], ids[b]] = pairs.odds(a, b, own)
    for mark in {a[-1] for a in ids} & set(_CONTINUING):
        marked = [(ids[w], odd) for w, odd in pairs.marked(mark, own).items() if w in ids]
        for row in (k for w, k in ids.items() if w[-1] == mark):
            for col, odd in marked:
                if odds[row, col] == 0:
                    odds[row, col] = odd
    _bare_odds(odds, ids, pairs, own)
    return odds, chance


def _bare_odds(odds: np.ndarray, ids: dict[str, int], pairs: Pairs,
               own: Counter[tuple[str, str]]) -> None:
    """``odds`` (``_odds``) filled in, where 0, for two words a, b the document puts
    together only with b closed by marks ("goal 6,", "the compact,"): as often as
    it puts b without them (``bare``) after a. A mark after a word closes its
    clause, not its bond to the word before it ("Goal 6" is "Goal 6," at a
    clause's end), and a document puts a word more often bare than marked: the
    bare pair is the evidence of both."""
    for b, col in ids.items():
        if (plain := bare(b)) == b or not plain:
            continue
        for a, row in ids.items():
            if odds[row, col] == 0 and pairs.counts[(a, plain)] > own[(a, plain)]:
                odds[row, col] = pairs.odds(a, plain, own)


def bare(word: str) -> str:
    """``word`` without the marks that close it: stops, commas, closing brackets
    and quotes."""
    end = len(word)
    while end and unicodedata.category(word[end - 1]) in _CLOSING:
        end -= 1
    return word[:end]


def _known(odds: np.ndarray, chance: np.ndarray) -> np.ndarray:
    """How the document binds two words (by id), a following b (``odds`` and
    ``chance`` from ``_odds``): where it puts them so elsewhere than on the table's
    lines, how much more often it does than chance would have it, from
    ``_LEAST_BOUND`` (as often or less: "of the" meets that often by chance alone,
    two frequent words) up to 1 (``_BOUND`` times or more: "social development");
    -1 where it never does, or only ``_SELDOM`` times less often than chance or more
    seldom (a column boundary's meetings on its other side-by-side lines: ``_seldom``),
    although it uses both so often that chance alone would have them follow each
    other ``_CHANCE`` times ("of and", "the of"); else 0."""
    known = np.where(odds > 0, binding(np.where(odds > 0, odds, 1.0)), 0.0)
    known[(chance >= _CHANCE) & (odds * _SELDOM <= 1)] = -1.0
    return known


def binding(odds: np.ndarray | float, least: float = _LEAST_BOUND) -> np.ndarray:
    """How surely the document binds two words it puts together ``odds`` times as
    often as chance would (``Pairs.odds``, above 0), on a log scale: from ``least``
    (as often or less) up to 1 (``_BOUND`` times or more)."""
    beyond = np.log(odds) / np.log(_BOUND)
    return least + (1 - least) * np.clip(beyond, 0.0, 1.0)


def _wrap_credit(odds: np.ndarray) -> np.ndarray:
    """How much credit a wrap joining two words earns where the document puts them
    together ``odds`` times as often as chance would (``Pairs.odds``, above 0): in
    full down to ``_FREELY`` times less often (frequent words such as "of", "the" and
    "and" meet all kinds of words, many less often than chance), fading on a log
    scale to none at ``_SELDOM`` times less often (``_seldom``). Two frequent words
    the document puts together nine times less often than chance ("Nations and")
    are seldom one cell's wrap: their few meetings may be column boundaries
    elsewhere."""
    fading = np.log(np.maximum(odds, 1 / _SELDOM) * _SELDOM) / np.log(_SELDOM / _FREELY)
    return np.clip(fading, 0.0, 1.0)


def _seldom(odds: np.ndarray) -> np.ndarray:
    """Whether the document puts two words (by id) together elsewhere, but ``_SELDOM``
    times less often than chance or more seldom (``_odds``): such counts are a column
    boundary's meetings on its other side-by-side lines ("of and"), no evidence that
    a wrap joins them."""
    return (odds > 0) & (odds * _SELDOM <= 1)


def _repeated(known: np.ndarray, lines: list[list[str]], ids: dict[str, int]) -> np.ndarray:
    """``known`` (``_known``) for two words a column boundary parts on a line: also
    ``_OWN`` where the document puts them so only on these lines, but on two of
    them or more. One line's pair may be the column boundary's own meeting; the
    same pair on two lines is a phrase two cells print (neighbouring cells say the
    same: "strategic planning and" in one column, and again in the next), so
    parting it costs as parting a pair the document binds."""
    parted = known.copy()
    seen = Counter(chain.from_iterable(set(_line_pairs(" ".join(words))) for words in lines))
    for (a, b), count in seen.items():
        if count > 1 and a in ids and b in ids and parted[ids[a], ids[b]] == 0:
            parted[ids[a], ids[b]] = _OWN
    return parted


def _after_years(parted: np.ndarray, ids: dict[str, int]) -> np.ndarray:
    """``parted`` (``_repeated``) with no cost for a column boundary parting a year
    from a word after it: a year ends a phrase ("in 2024", "Prospects 2024") and any
    word may follow it, so the document's pairs of a year and a word ("2024 and")
    are no evidence that the two belong to one cell. Not before a figure or a
    bracket: a four-figure number may be a resolution's ("2628 (2022)")."""
    years = [k for w, k in ids.items() if _YEAR.fullmatch(w)]
    words = [k for w, k in ids.items() if w[0].isalpha()]
    free = parted.copy()
    free[np.ix_(years, words)] = np.minimum(free[np.ix_(years, words)], 0.0)
    return free


def _joined(known: np.ndarray, lines: list[list[str]], ids: dict[str, int]) -> np.ndarray:
    """``known`` (``_known``) for two words a wrap joins in a cell: also ``_OWN``
    where the document puts them so only on these lines. Neighbouring cells often
    say the same, so a pair one cell prints on a line is likely the pair another
    cell wraps; but a line also puts side by side the words of two cells, so such
    a pair is weaker evidence, and none where parting it is judged. Two references
    ("78/261", "A/80/30") follow each other only with a mark or a word between
    them ("78/261 and 78/318"): a wrap joining them costs as two words the document
    never puts together. A lone dash is a cell of its own (a year with nothing to
    report), anywhere in the row: a wrap after it costs as much as a cell starting
    late."""
    joined = known.copy()
    for a, b in pair_counts(" ".join(words) for words in lines):
        if a in ids and b in ids and joined[ids[a], ids[b]] == 0:
            joined[ids[a], ids[b]] = _OWN
    refs = {k: w for w, k in ids.items() if _REFERENCE.search(w)}
    joined[np.ix_([k for k, w in refs.items() if w[-1] not in _CONTINUING], list(refs))] = -1.0
    dashes = [k for w, k in ids.items() if _lone_dash(w)]
    joined[dashes, 1:] = -COSTS.late / COSTS.together  # a dash's cell is one line tall
    return joined


def unending(word: str, pairs: Pairs) -> float:
    """How surely a cell does not end with ``word`` (lower case), from 0 to 1: not
    at all with a lone dash (a cell of its own); surely with a comma, a semicolon or
    a colon after it (a cell's list or clause goes on, though the document's uses
    show the word ending a clause); not at all with a year ("... Prospects 2024",
    "by 2030"): the document's uses of a year are mostly its tables' headers and
    columns ("2024 (actual)"), where no mark ever follows it, so they are no
    evidence; else as surely as those uses show it ends none (``Pairs.unended``)."""
    if _lone_dash(word):
        return 0.0
    if word[-1] in _CONTINUING:
        return 1.0
    if _YEAR.fullmatch(word):
        return 0.0
    return pairs.unended.get(word, 0.0)


def _leading_dashes(words: list[str]) -> int:
    """How many lone dashes open the row's first line before other text: cells of
    their own (a year with nothing to report), one line tall."""
    k = 0
    while k + 1 < len(words) and _lone_dash(words[k]):
        k += 1
    return k


def _lone_dash(word: str) -> bool:
    """Whether ``word`` is a dash alone: a cell with nothing to report."""
    return len(word) == 1 and unicodedata.category(word) == "Pd"


def _widths(lines: list[list[str]], n: int) -> list[float]:
    """Column widths worth trying: at least the longest word and the widest line
    shared by ``n`` columns; at most that share over ``_WIDEST_FILL``."""
    longest = max(printed_size(w) for words in lines for w in words)
    share = max((printed_size(" ".join(words)) - (n - 1) * _SPACE) / n for words in lines)
    low = max(longest, share)
    return [float(w) for w in np.arange(low, max(low, share / _WIDEST_FILL) + _STEP, _STEP)]


@dataclass(frozen=True)
class _Reading:
    """A reading of the lines: its cost, each column's fragments (lists of words),
    the line each column starts on (-1: empty) and whether some column resumes
    after a line without it."""

    cost: float
    cells: list[list[list[str]]]
    firsts: list[int]
    resumed: bool

    def misfit(self, ids: dict[str, int], known: np.ndarray) -> float:
        """The cost without the credit for known pairs its wraps join."""
        joined = sum(max(0.0, known[ids[a[-1].lower()], ids[b[0].lower()]])
                     for cell in self.cells for a, b in zip(cell, cell[1:], strict=False))
        return self.cost + COSTS.together * joined


@dataclass(frozen=True)
class _Step:
    """The moves from one line's states to the next line's, a state being a width
    tried and a split of the latest line: every pair of a state (``prev``) and a
    next state (``next``) of the same width, grouped by next state (each group
    from ``starts`` on, its states in their order)."""

    prev: np.ndarray
    next: np.ndarray
    starts: np.ndarray

    @classmethod
    def of(cls, before: np.ndarray, after: np.ndarray, widths: int) -> _Step:
        """The moves from states of the widths ``before`` to states of the widths
        ``after`` (indices among ``widths`` widths, both sorted)."""
        count = np.bincount(before, minlength=widths)
        size = count[after]
        starts = np.cumsum(size) - size
        nxt = np.repeat(np.arange(len(after)), size)
        prev = (np.cumsum(count) - count)[after][nxt] + np.arange(len(nxt)) - starts[nxt]
        return cls(prev, nxt, starts)

    def least(self, total: np.ndarray) -> np.ndarray:
        """Per next state, its move of least ``total`` (the first of equal ones)."""
        low = np.minimum.reduceat(total, self.starts)
        at = np.where(total == low[self.next], np.arange(len(total)), len(total))
        return np.minimum.reduceat(at, self.starts)


@dataclass(frozen=True)
class _Search:
    """The least-cost readings of a row's lines at several sets of column widths,
    searched together (``of``): each one's cost (inf: some line has no split that
    fits), its cheapest last state (``ends``) and, per line, each state's split and
    the state before it on its best path (``back``)."""

    lines: list[list[str]]
    dealt: list[_Line]
    cost: np.ndarray
    ends: np.ndarray
    back: list[tuple[np.ndarray, np.ndarray]]

    @classmethod
    def of(cls, lines: list[list[str]], dealt: list[_Line], cols: np.ndarray,
           known: np.ndarray, later: float = _LATER) -> _Search:
        """A Viterbi search of ``lines`` (``dealt``: every split of each) for each row
        of ``cols`` (each column's width) at once: a state is a row of ``cols`` and the
        split of the latest line, each keeping the columns' history of its best path
        (``_History``), and moves only to states of its own widths. Searching the
        widths together shares each line's work among them. A split may be the
        state of several paths, one per set of columns the two lines before it
        printed, within ``later`` of its best (``_History.follow``)."""
        fits = [line.fits(cols * _OVERFLOW) for line in dealt]
        alive = np.flatnonzero(np.logical_and.reduce([fit.any(axis=1) for fit in fits]))
        cost, ends = np.full(len(cols), np.inf), np.full(len(cols), -1)
        if not len(alive):
            return cls(lines, dealt, cost, ends, [])
        col = cols[alive]
        widths = (col, np.unique(col, return_inverse=True)[1].reshape(col.shape))
        state = _History.start(len(alive), cols.shape[1])
        total = np.zeros(len(alive))
        back: list[tuple[np.ndarray, np.ndarray]] = []
        for i, line in enumerate(dealt):
            which, split = np.nonzero(fits[i][alive])
            kept, prev, total = state.follow(line, split, which, i, widths, known, total, later)
            least = state.cheapest(line, split[kept], prev, kept, i)
            split, which, prev, total = split[kept][least], which[kept][least], prev[least], \
                total[least]
            state = state.then(line, split, which, prev, i)
            back.append((split, prev))
        total = total + COSTS.empty * (state.line < 0).sum(axis=1) \
            + COSTS.dangling * state.hyphen.sum(axis=1) \
            + COSTS.unended * state.ended_unended().sum(axis=1)
        last = _Step.of(state.width, np.arange(len(alive)), len(alive))
        ends[alive] = last.prev[last.least(total[last.prev])]
        cost[alive] = total[ends[alive]]
        return cls(lines, dealt, cost, ends, back)

    def best(self) -> int | None:
        """The row of widths read at least cost (``_cheapest``)."""
        return _cheapest(self.cost)

    def reading(self, k: int) -> _Reading:
        """The least-cost reading at the widths of row ``k``."""
        at = int(self.ends[k])
        n = self.dealt[0].part.shape[1]
        cells: list[list[list[str]]] = [[] for _ in range(n)]
        firsts = [-1] * n
        resumed = False
        for i in range(len(self.lines) - 1, -1, -1):
            split, prev = self.back[i]
            for c, start, end in self.dealt[i].fragments(split[at]):
                cells[c].insert(0, self.lines[i][start:end])
                resumed |= firsts[c] > i + 1
                firsts[c] = i
            at = int(prev[at])
        return _Reading(float(self.cost[k]), cells, firsts, resumed)


@dataclass(frozen=True)
class _Widths:
    """The least-cost readings of a row's lines at each plain width (every column
    one width), searched coarse to fine (``of``): each width's cost (inf: not
    searched, or some line has no split that fits) and the searches, each with
    the widths of its rows. A reading's cost changes little from one width to the
    next (half an em moves a few wraps) and grows steeply away from the best, so
    the widths left out are neither the best nor within ``_NEAR_WIDTH`` of it; the
    widest, with the most splits per line, are the dearest to search."""

    cost: np.ndarray
    searches: tuple[tuple[_Search, np.ndarray], ...]

    @classmethod
    def of(cls, lines: list[list[str]], dealt: list[_Line], widths: list[float], n: int,
           known: np.ndarray) -> _Widths:
        """Every ``_COARSE``-th of ``widths`` first (``n`` columns), then the widths
        beside those read at most ``_COARSE_NEAR`` dearer than the best of them; all
        the others where none fits."""
        plain = np.repeat(np.array(widths)[:, None], n, axis=1)
        coarse = np.arange(0, len(widths), _COARSE)
        first = _Search.of(lines, dealt, plain[coarse], known)
        if np.isfinite(first.cost).any():
            good = coarse[first.cost <= first.cost.min() + _COARSE_NEAR]
            near = (good[:, None] + np.arange(1 - _COARSE, _COARSE)).ravel()
        else:  # too narrow: a wider width between may fit
            near = np.arange(len(widths))
        fine = np.unique(near[(near >= 0) & (near < len(widths)) & (near % _COARSE != 0)])
        searches = ((first, coarse), (_Search.of(lines, dealt, plain[fine], known), fine))
        cost = np.full(len(widths), np.inf)
        for search, rows in searches:
            cost[rows] = search.cost
        return cls(cost, searches)

    def best(self) -> int | None:
        """The width read at least cost (``_cheapest``)."""
        return _cheapest(self.cost)

    def reading(self, k: int) -> _Reading:
        """The least-cost reading at width ``k``."""
        search, rows = next((search, rows) for search, rows in self.searches if k in rows)
        return search.reading(int(np.flatnonzero(rows == k)[0]))


def _cheapest(cost: np.ndarray) -> int | None:
    """The index of the least of ``cost`` (the first of equal ones); None when every
    one is infinite (no set of columns holds every line)."""
    k = int(cost.argmin())
    return None if np.isinf(cost[k]) else k


@dataclass(frozen=True)
class _Fragments:
    """The distinct fragments of a line's splits (the first: none), as arrays:
    whether it prints, its width and the least its first word could be (inf for a
    list item's: ``_Line``), whether that word opens a sentence, whether it ends
    with a hyphen, its first and last words (ids) and whether its first word is
    capitalised (a sentence's first, not a dash's or a figure's); and which of the
    row's words (by id) are figures, and which a cell surely goes on after
    (``going``: ``_Turns``)."""

    prints: np.ndarray
    size: np.ndarray
    first: np.ndarray
    opens: np.ndarray
    hyphen: np.ndarray
    head: np.ndarray
    tail: np.ndarray
    unended: np.ndarray
    capital: np.ndarray
    figures: np.ndarray
    going: np.ndarray

    @classmethod
    def of(cls, words: list[str], units: list[int], ids: dict[str, int], unended: np.ndarray,
           traits: tuple[np.ndarray, np.ndarray], start: np.ndarray,
           end: np.ndarray) -> _Fragments:
        """The fragments ``words[start:end]`` (``units``: each word's advance), after
        a first that prints nothing (``unended``, ``traits``: the row's words', by id:
        ``figures`` and ``going``)."""
        ends = np.cumsum([0, *(u + _GAP for u in units)])  # exact units
        least = np.array([[printed_size(least_part(words[k:k + 1])),
                           printed_size(least_part(words[k:k + 2]))] for k in range(len(words))])
        keys = np.array([ids[w.lower()] for w in words])
        opens = np.array([_opens(w) for w in words])
        capital = np.array([w[0].isupper() for w in words])
        hyphen = np.array([w.endswith("-") for w in words])
        item = np.array([_lone_dash(w) for w in words])[start] & (end - start > 1)
        return cls(np.append(False, np.ones(len(start), dtype=bool)),
                   np.append(0.0, (ends[end] - ends[start] - _GAP) / _EM),
                   np.append(0.0, np.where(item, np.inf,
                                           least[start, (end - start > 1).astype(int)])),
                   np.append(False, opens[start]), np.append(False, hyphen[end - 1]),
                   np.append(0, keys[start]), np.append(0, keys[end - 1]),
                   np.append(0.0, unended[keys[end - 1]]), np.append(False, capital[start]),
                   *traits)


@dataclass(frozen=True)
class _Line:
    """A line's splits (``bounds``: the words each column's fragment starts and ends
    at, split x column + 1): each column's fragment (split x column, a row of
    ``frags``: 0 for none) and each split's own cost (words doubled in a fragment,
    known pairs parted at a column boundary, a lone dash closing a fragment with
    other words, or opening one on the row's first line: a dash there is a cell of
    its own). Below the first line a dash opening words marks a list item within
    its cell ("– measures of": a cell of its own there already costs a late
    start), and an item starts a line whatever room the line before it left: no
    word of it could have ended that line (``_Fragments``)."""

    bounds: np.ndarray
    frags: _Fragments
    part: np.ndarray
    own: np.ndarray

    @classmethod
    def of(cls, words: list[str], limit: np.ndarray, ids: dict[str, int],
           known: np.ndarray, unended: np.ndarray, traits: tuple[np.ndarray, np.ndarray],
           top: bool, anchored: Iterable[tuple[int, int, int]] = ()) -> _Line:
        """Every split of ``words`` in columns, no fragment wider than its column's
        ``limit`` (``top``: the row's first line; ``traits``: the row's words' figures
        and ``going``, by id: ``_Fragments``), that keeps the words ``anchored``
        (``Anchors``) where their positions allow, where any does."""
        units = [_units(w) for w in words]
        n = len(limit)
        bounds = _placed(_splits(units, limit), anchored)
        keys = np.array([ids[w.lower()] for w in words])
        repeats = np.cumsum([0, 0, *(a.lower() == b.lower()
                                     for a, b in zip(words, words[1:], strict=False))])
        parted = np.array([0.0, *(known[keys[:-1], keys[1:]] * COSTS.together)])
        # every fragment (split, column, first word, end) as flat index arrays
        at, col = np.nonzero(bounds[:, 1:] > bounds[:, :-1])
        start, end = bounds[at, col], bounds[at, col + 1]
        pairs, row = np.unique(start * (len(words) + 1) + end, return_inverse=True)
        part = np.zeros((len(bounds), n), dtype=int)
        part[at, col] = row + 1
        own = np.zeros(len(bounds))
        dash = np.array([_lone_dash(w) for w in words])
        mixed = ((dash[start] & top) | dash[end - 1]) & (end - start > 1)
        np.add.at(own, at, COSTS.doubled * (repeats[end] - repeats[start + 1])
                  + parted[start] + COSTS.late * mixed)
        frags = _Fragments.of(words, units, ids, unended, traits, pairs // (len(words) + 1),
                              pairs % (len(words) + 1))
        own -= COSTS.twins * _twins(words, pairs // (len(words) + 1),
                                    pairs % (len(words) + 1), part)
        return cls(bounds, frags, part, own)

    def fragments(self, split: int) -> list[tuple[int, int, int]]:
        """The column, first word and end of each fragment of split ``split``."""
        ends = self.bounds[split]
        return [(c, int(ends[c]), int(ends[c + 1])) for c in range(len(ends) - 1)
                if ends[c + 1] > ends[c]]

    def fits(self, limit: np.ndarray) -> np.ndarray:
        """Whether each split's every fragment is at most its column's ``limit`` wide,
        for each row of ``limit`` (limits x splits)."""
        return (self.frags.size[self.part][None] <= limit[:, None]).all(axis=2)

    def fixed(self, split: np.ndarray, col: np.ndarray) -> np.ndarray:
        """The cost of each split ``split`` whatever came before, in columns ``col``
        wide (a row per split): its overflow and own cost."""
        past = np.maximum(0, self.frags.size[self.part[split]] - col)
        return COSTS.overflow * past.sum(axis=1) + self.own[split]


@dataclass(frozen=True)
class _History:
    """Per state (a width tried, ``width``, and the split of the latest line) and
    column: the line the column last printed on (-1: not yet), that fragment's
    width, whether it ended with a hyphen, and its last word (an id; 0: none); a
    key, equal for equal histories (-1: none); and per state, whether its line
    shares no column with the line before it (``apart``: one of them printed on
    another baseline) and whether any of its fragments opens a paragraph
    (``opening``)."""

    line: np.ndarray
    last: np.ndarray
    hyphen: np.ndarray
    tail: np.ndarray
    key: np.ndarray
    unended: np.ndarray
    apart: np.ndarray
    opening: np.ndarray
    width: np.ndarray

    @classmethod
    def start(cls, widths: int, n: int) -> _History:
        """Before the first line, one state per width tried."""
        return cls(np.full((widths, n), -1), np.zeros((widths, n)),
                   np.zeros((widths, n), dtype=bool), np.zeros((widths, n), dtype=int),
                   np.full((widths, n), -1, dtype=np.int64), np.zeros((widths, n)),
                   np.zeros(widths, dtype=bool), np.zeros(widths, dtype=bool),
                   np.arange(widths))

    def follow(self, line: _Line, split: np.ndarray, which: np.ndarray, i: int,
               widths: tuple[np.ndarray, np.ndarray], known: np.ndarray,
               cost: np.ndarray, later: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per next state (a split ``split`` of line ``i`` at the width ``which``), the
        states it best follows and the costs so, each state costing ``cost`` before;
        ``widths``: each column's width per width tried, and an index of its distinct
        value. A move costs what each distinct history and width costs before each
        distinct fragment (``_column``), summed over the columns in order. A width's
        moves are gathered as a matrix where they are many, else with the other
        widths' few (``_Step``). A next state keeps its best move from each set of
        columns the two lines before printed, within ``later`` of its best
        (``_kept``): which columns printed
        lately decides what a column resuming later costs (``_Turns``), so the best
        path so far need not be the best on; and from each such set, its best move
        as if the row ended after it (a column not printing keeps its cell's last
        word, whose ending is charged only at the row's end: ``ended_unended``)."""
        col, index = widths
        was, before = _distinct(self.key * (index.max() + 1) + index[self.width],
                                self.line, self.last, self.hyphen, self.tail,
                                col[self.width], self.unended)
        each = _column(was, line.frags, i, known)
        part = line.part[split]
        fixed = line.fixed(split, col[which])
        turns = _Turns.of(self, line, part, i) \
            if i > 1 and (self.line == i - 2).any() else None
        tails, heads = self.twin_wraps(line, part, i)
        bits = 1 << np.arange(part.shape[1])
        printed = (self.line == i - 1) @ bits + ((self.line == i - 2) @ bits << part.shape[1])
        # each column's ending charged were the row to end now, and per split the
        # columns it leaves with their cells' last words
        pending, silent = COSTS.unended * self.unended, ~line.frags.prints[part]
        states = np.searchsorted(self.width, np.arange(len(col) + 1))
        nexts = np.searchsorted(which, np.arange(len(col) + 1))
        many = np.diff(states) * np.diff(nexts) >= _BLOCK
        found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        for a in np.flatnonzero(many):
            s = states[a] + np.argsort(printed[states[a]:states[a + 1]], kind="stable")
            k = np.arange(nexts[a], nexts[a + 1])
            moves = each[before[s, 0]][:, part[k, 0]]
            for c in range(1, part.shape[1]):
                moves += each[before[s, c]][:, part[k, c]]
            if turns is not None:
                r, credit = turns.credited_across(s, k)
                moves[r] -= credit
            for twin in np.flatnonzero(tails[s].any(axis=0)):
                moves[np.ix_(np.flatnonzero(tails[s, twin]), np.flatnonzero(heads[k, twin]))] \
                    -= COSTS.twins
            moves += fixed[k]
            moves += cost[s][:, None]
            found.append(_least_per_path(moves, s, k, printed[s], (pending[s], silent[k]),
                                         later))
        few = np.flatnonzero(~many[which])
        if len(few):
            step = _Step.of(self.width, which[few], len(col))
            s, k = step.prev, few[step.next]
            moves = each[before[s, 0], part[k, 0]]
            for c in range(1, part.shape[1]):
                moves += each[before[s, c], part[k, c]]
            if turns is not None:
                r = np.flatnonzero(turns.back[s])
                moves[r] -= (COSTS.resume - COSTS.interleaved) * turns.resumed(s[r], k[r])
            moves -= COSTS.twins * (tails[s] & heads[k]).sum(axis=1)
            moves = cost[s] + (moves + fixed[k])
            # only moves within ``later`` of their next state's best, with an ending
            # to pay at most, may make a move ``_kept`` keeps
            best = np.full(len(split), np.inf)
            np.minimum.at(best, k, moves)
            near = moves <= best[k] + later + pending.sum(axis=1).max(initial=0.0)
            s, k, moves = s[near], k[near], moves[near]
            group = k * (printed.max() + 1) + printed[s]
            least = _least_by(group, moves)
            ended = _least_by(group, moves + (pending[s] * silent[k]).sum(axis=1))
            move = np.append(least, ended[ended != least])
            found.append((k[move], s[move], moves[move]))
        nxt, prev, total = (np.concatenate(f) for f in zip(*found, strict=True))
        return _kept(nxt, prev, total, later)

    def cheapest(self, line: _Line, split: np.ndarray, prev: np.ndarray,
                 nxt: np.ndarray, i: int) -> np.ndarray:
        """Of the moves to the splits ``split`` of line ``i`` from the states ``prev``, each to a
        next state (``nxt``, in order, each one's by cost: ``_kept``), those, in order, that are
        the first to their history: equal histories cost alike from here on, so the others never
        make a best move (a matter of speed only). Equal histories are a next state's, whose
        split sets the keys of the columns it prints and whether it opens a paragraph (``then``):
        only the keys its states leave in the other columns, and whether the two lines share a
        column, tell its histories apart (their histories are not built for that)."""
        twice = np.flatnonzero(np.bincount(nxt)[nxt] > 1)
        prints, before = line.frags.prints[line.part[split[twice]]], prev[twice]
        left = np.where(prints, -2, self.key[before])  # -2: no key (-1: none yet)
        apart = ~(prints & (self.line[before] == i - 1)).any(axis=1)
        order = np.lexsort((np.arange(len(twice)), apart, *left.T, nxt[twice]))
        history = np.column_stack([nxt[twice], left, apart])[order]
        kept = np.ones(len(nxt), dtype=bool)
        kept[twice[order[1:][(history[1:] == history[:-1]).all(axis=1)]]] = False
        return np.flatnonzero(kept)

    def ended_unended(self) -> np.ndarray:
        """Per state and column, how surely its cell's last word ends no clause
        (``unended``), but none where the column before ends on the same line with
        the same word: neighbouring cells saying the same end alike ("... the capital
        master plan | ... the capital master plan"), so one such ending is the
        evidence of both."""
        twin = (self.line[:, 1:] == self.line[:, :-1]) & (self.tail[:, 1:] == self.tail[:, :-1])
        return self.unended * np.column_stack([np.ones(len(twin), dtype=bool), ~twin])

    def twin_wraps(self, line: _Line, part: np.ndarray,
                   i: int) -> tuple[np.ndarray, np.ndarray]:
        """Where two neighbouring columns wrap alike from line ``i - 1`` to line
        ``i`` (neighbouring cells saying the same, "Fifth Committee of | Fifth
        Committee of" then "the General | the General"): per state, whether each
        column and the next ended that line with the same word, and per split of
        line ``i`` (fragments ``part``), whether they go on with the same word; a
        move's twin wraps are the columns where both hold. Two figures count as the
        same word: neighbouring years say the same with another figure ("was /
        15.8 months | was / 12.8 months")."""
        figures = line.frags.figures
        live = self.line == i - 1
        tail = np.where(figures[self.tail], -1, self.tail)
        tails = live[:, 1:] & live[:, :-1] & (tail[:, 1:] == tail[:, :-1])
        head, prints = line.frags.head[part], line.frags.prints[part]
        head = np.where(figures[head], -1, head)
        return tails, prints[:, 1:] & prints[:, :-1] & (head[:, 1:] == head[:, :-1])

    def then(self, line: _Line, split: np.ndarray, which: np.ndarray, prev: np.ndarray,
             i: int) -> _History:
        """The history of each split ``split`` of line ``i`` at its width ``which``
        after its best state ``prev``."""
        frags, part = line.frags, line.part[split]
        prints = frags.prints[part]
        return _History(np.where(prints, i, self.line[prev]),
                        np.where(prints, frags.size[part], self.last[prev]),
                        np.where(prints, frags.hyphen[part], self.hyphen[prev]),
                        np.where(prints, frags.tail[part], self.tail[prev]),
                        np.where(prints, i * _KEYS + part, self.key[prev]),
                        np.where(prints, frags.unended[part], self.unended[prev]),
                        ~(prints & (self.line[prev] == i - 1)).any(axis=1),
                        (prints & frags.opens[part]).any(axis=1), which)


@dataclass(frozen=True)
class _Turns:
    """What tells the columns of a move that resume after its state's line printed
    on another baseline, as column bit masks: per state, the columns its line and
    the line before it printed (``last``, ``back``), whether those two lines
    shared none (``apart``), whether the state's line, apart so, opened no
    paragraph (``met``), and the columns whose cells' last words may close a
    paragraph (``closed``: ``_CLOSED``); per next split, the columns printing (``now``) and
    those whose fragment opens a sentence (``opened``). A cell's later paragraph,
    set a little apart, prints on a baseline of its own, its lines alternating with
    the other columns' lines; a column resumes so where the one line it skipped
    shares no column with the next line, and that skipped line shared none with
    the line before it (``apart``) or the column's fragment opens the paragraph
    set apart. The two baselines meet now and then (text extraction joins them in
    one line): there a column resumes so where the skipped line shared none with
    the line before it and only went on with paragraphs already set apart
    (``met``: it opened none), and the column's fragment opens a paragraph of its
    own after one closed ("23 per cent: ..." beside "enhanced effectiveness"; not
    "Responses received in | 2023 indicate"). A paragraph so set apart opens
    with a capital after its column's clause closed: where the column's last word
    surely goes on (``going``: a comma or a semicolon after it, or a word the
    document's uses show for certain it never ends a clause with, "from", "the"),
    a capitalised fragment resuming it after a skipped line (``capital``) is no
    paragraph of its cell, and its resumption is credited less a paragraph's cost
    ("stakeholders use insights from | However, consultations ...": the paragraph
    set apart is a neighbouring cell's, whose clause closed)."""

    last: np.ndarray
    back: np.ndarray
    apart: np.ndarray
    met: np.ndarray
    closed: np.ndarray
    going: np.ndarray
    now: np.ndarray
    opened: np.ndarray
    capital: np.ndarray
    count: np.ndarray

    @classmethod
    def of(cls, state: _History, line: _Line, part: np.ndarray, i: int) -> _Turns:
        """The masks of the states ``state`` before the splits of line ``i`` whose
        fragments are ``part`` (split x column)."""
        bits = 1 << np.arange(part.shape[1])
        return cls((state.line == i - 1) @ bits, (state.line == i - 2) @ bits, state.apart,
                   state.apart & ~state.opening, (state.unended < _CLOSED) @ bits,
                   line.frags.going[state.tail] @ bits, line.frags.prints[part] @ bits,
                   (line.frags.prints & line.frags.opens)[part] @ bits,
                   (line.frags.prints & line.frags.capital)[part] @ bits,
                   np.array([bin(k).count("1") for k in range(2 * bits[-1])]))

    @cached_property
    def across(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """What ``resumed`` credits (the resumptions' cost less an interleaved
        line's) once per distinct pair of a state's masks and a split's (a table),
        and each state's row and each split's column in it."""
        shift = len(self.count)
        mask = (((self.last * shift + self.back) * shift + self.closed) * shift
                + self.going) * 4 + self.apart * 2 + self.met
        _, row, row_of = np.unique(mask, return_index=True, return_inverse=True)
        _, col, col_of = np.unique((self.now * shift + self.opened) * shift + self.capital,
                                   return_index=True, return_inverse=True)
        return (COSTS.resume - COSTS.interleaved) * self.resumed(row[:, None], col[None]), \
            row_of, col_of

    def credited_across(self, state: np.ndarray, split: np.ndarray
                        ) -> tuple[np.ndarray, np.ndarray]:
        """What ``resumed`` credits for every move from the states ``state`` to the
        splits ``split`` (a matrix, from ``across``): the rows (of ``state``) where
        some move resumes a column, and their credits (rows x splits)."""
        table, row_of, col_of = self.across
        some = np.flatnonzero(np.any(table, axis=1)[row_of[state]])
        return some, table[row_of[state[some]]][:, col_of[split]]

    def resumed(self, state: np.ndarray, split: np.ndarray) -> np.ndarray:
        """How many columns resume so in the moves from ``state`` to ``split``
        (indices, broadcast together), less a paragraph's share of a resumption per
        column among them whose capitalised fragment follows a word its clause
        surely goes on after (``going``)."""
        now, apart, back = self.now[split], self.apart[state], self.back[state]
        other = self.last[state] & now == 0
        unclosed = self.count[back & self.going[state] & self.capital[split]] * ~apart
        return (self.count[back & np.where(apart, now, self.opened[split])]
                - _UNCLOSED * unclosed) * other \
            + self.count[back & self.closed[state] & self.opened[split]] \
            * (self.met[state] & ~other)


def _least_by(group: np.ndarray, total: np.ndarray) -> np.ndarray:
    """Per distinct ``group``, in order, the index of its least ``total`` (the first
    of equal ones)."""
    order = np.lexsort((np.arange(len(total)), total, group))
    first = np.append(True, group[order][1:] != group[order][:-1])
    return order[first]


def _least_per_path(moves: np.ndarray, s: np.ndarray, k: np.ndarray, path: np.ndarray,
                    endings: tuple[np.ndarray, np.ndarray], later: float
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per next state ``k`` and distinct ``path`` of the states ``s`` (the rows and
    columns of the matrix ``moves``, its rows in order of ``path``, then of ``s``), the
    least move (the first of equal ones), and where another, the least were the row
    to end after it (``_least_ended``; ``endings``: its pending and silent columns):
    each one's next state, state and cost; only those within ``later`` of the next
    state's best (the others ``_kept`` drops)."""
    pending, silent = endings
    starts = np.flatnonzero(np.append(True, path[1:] != path[:-1]))
    low = np.minimum.reduceat(moves, starts, axis=0)
    group, col = np.nonzero(low <= low.min(axis=0) + later)
    low = low[group, col]
    span = np.diff(np.append(starts, len(s)))[group]
    row = np.arange(span.sum()) - np.repeat(np.cumsum(span) - span - starts[group], span)
    pair = np.repeat(np.arange(len(group)), span)
    cost = moves[row, col[pair]]
    at = np.where(cost == low[pair], np.arange(len(cost)), len(cost))
    first = row[np.minimum.reduceat(at, np.cumsum(span) - span)]
    pick, ended = _least_ended(row, pair, cost, first, low, col, pending, silent)
    return (np.append(k[col], k[col[ended]]), np.append(s[first], s[pick]),
            np.append(low, moves[pick, col[ended]]))


def _least_ended(row: np.ndarray, pair: np.ndarray, cost: np.ndarray, first: np.ndarray,
                 low: np.ndarray, col: np.ndarray, pending: np.ndarray, silent: np.ndarray
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Per pair of a group of rows and a column of the moves (each row ``row`` of the
    pair ``pair`` costing ``cost`` in the pair's column ``col``), the least move with
    the endings ``pending`` (per row and column of the row) that the column's
    ``silent`` columns leave, where it is another than ``first`` (the least without,
    costing ``low``): its row, and the pair. Searched only where ``first`` has an
    ending to pay, and only the rows costing at most what it costs with its ending
    (the endings are no credit): elsewhere the least is ``first``."""
    bound = low + (pending[first] * silent[col]).sum(axis=1)
    due = bound > low
    fit = due[pair] & (cost <= bound[pair])
    row, pair, cost = row[fit], pair[fit], cost[fit]
    if not len(row):
        return row, row
    span = np.bincount(pair, minlength=len(due))[due]  # each keeps its least at least
    opens = np.cumsum(span) - span
    ended = cost + (pending[row] * silent[col[pair]]).sum(axis=1)
    at = np.where(ended == np.repeat(np.minimum.reduceat(ended, opens), span),
                  np.arange(len(ended)), len(ended))
    pick = row[np.minimum.reduceat(at, opens)]
    other = pick != first[due]
    return pick[other], np.flatnonzero(due)[other]


def _kept(nxt: np.ndarray, prev: np.ndarray, total: np.ndarray, later: float
          ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The moves kept of those found (each to next state ``nxt`` from ``prev`` at
    ``total``): each next state's best, and any other
    costing at most ``later`` more (``_LATER``, or ``_LATER_APART``), once each, by
    next state (its best first; of equal ones, the one from the first state).
    Sorted first, each next state's best is the first of its moves."""
    order = np.lexsort((prev, total, nxt))
    nxt, prev, total = nxt[order], prev[order], total[order]
    first = np.append(True, nxt[1:] != nxt[:-1])
    keep = total <= total[first][np.cumsum(first) - 1] + later
    return nxt[keep], prev[keep], total[keep]


def _distinct(key: np.ndarray, *features: np.ndarray) -> tuple[list[np.ndarray], np.ndarray]:
    """The ``features`` (arrays shaped as ``key``) of each distinct ``key`` (equal
    keys, equal features), and the index of each key among them."""
    distinct, inverse = np.unique(key, return_inverse=True)
    index = np.empty(len(distinct), dtype=int)
    index[inverse.ravel()] = np.arange(key.size)  # any one of equal keys
    return [feature.ravel()[index] for feature in features], inverse.reshape(key.shape)


def _column(was: list[np.ndarray], now: _Fragments, i: int, known: np.ndarray) -> np.ndarray:
    """Cost (history x fragment) of a fragment of line ``i`` after a history in a
    column: ``was`` the line the column last printed on, that fragment's width,
    whether it ended with a hyphen, its last word, the column's width and how surely
    that word ends no clause (``unending``); ``now``
    whether the column prints, the least width of its first word, whether that
    opens a sentence and the word (ids in ``known``: how the document binds two
    words, ``_known``)."""
    printed, last, hyphen, tail, col, ending = (f[:, None] for f in was)
    prints, first, opens, head = (f[None] for f in (now.prints, now.first, now.opens,
                                                    now.head))
    new = printed < 0
    room = col - last - np.where(hyphen, 0.0, _SPACE) - first
    wrapped = np.where(opens, COSTS.paragraph, COSTS.fitted + COSTS.fitted_per_unit * room)
    going = np.where(printed < i - 1, COSTS.resume, 0.0) \
        + COSTS.stranded * ((printed < i - 2) & (ending >= _CLOSED)) \
        + np.where(room > 0, wrapped, 0.0) \
        + COSTS.doubled * (tail == head) \
        - COSTS.together * known[tail, head] \
        + COSTS.unfilled * np.where(opens, 0.0, np.maximum(0.0, col - last))
    starting = (COSTS.late if i else 0.0) + np.where(opens, 0.0, COSTS.lower_start)
    return np.where(new, starting, going) * prints \
        + COSTS.dangling * (hyphen & (printed == i - 1)) * ~prints


def _twins(words: list[str], start: np.ndarray, end: np.ndarray,
           part: np.ndarray) -> np.ndarray:
    """How many fragments of each split (``part``: split x column, rows of the
    fragments ``words[start:end]`` from 1) repeat word for word the fragment before
    them on the line: neighbouring cells saying the same."""
    wording: dict[tuple[str, ...], int] = {}
    same = np.array([0, *(wording.setdefault(tuple(w.lower() for w in words[a:b]),
                                             len(wording) + 1)
                          for a, b in zip(start, end, strict=True))])[part]
    twins = np.zeros(len(part), dtype=int)
    last = np.zeros(len(part), dtype=int)
    for c in range(part.shape[1]):
        twins += (same[:, c] > 0) & (same[:, c] == last)
        last = np.where(same[:, c] > 0, same[:, c], last)
    return twins


def _placed(bounds: np.ndarray, anchored: Iterable[tuple[int, int, int]]) -> np.ndarray:
    """The splits (``bounds``) in which each anchored word (index, first and last
    column) opens a fragment in one of those columns (the text's padding placed it
    there: a column before it would put its fragment left of where it prints); all
    of them where none does (the positions then tell nothing the search can use)."""
    keep = np.ones(len(bounds), dtype=bool)
    for k, low, last in anchored:
        col = (bounds[:, 1:] <= k).sum(axis=1)
        keep &= ((bounds[:, :-1] == k) & (bounds[:, 1:] > k)).any(axis=1) \
            & (col >= low) & (col <= last)
    return bounds[keep] if keep.any() else bounds


def _splits(units: list[int], limit: np.ndarray) -> np.ndarray:
    """Every way to deal a line's words (their advances ``units``), in order, to
    columns left to right (a fragment to each column printing), no fragment wider
    than its column's ``limit``: the words each column starts and ends at (split x
    column + 1), in order of those bounds."""
    ends = np.cumsum([0, *(u + _GAP for u in units)])
    size = (ends[None] - ends[:, None] - _GAP) / _EM  # words[a:b] as a x b
    after = np.arange(len(ends))
    room = np.append(np.cumsum((limit + _SPACE)[::-1])[::-1], 0.0)  # columns c on
    paths = np.zeros((1, 1), dtype=int)
    for c, most in enumerate(limit):
        start = paths[:, -1]
        fits = (after[None] == start[:, None]) \
            | ((after[None] > start[:, None]) & (size[start] <= most))
        fits &= (after[None] == len(units)) | (size[:, -1][None] <= room[c + 1])
        at, end = np.nonzero(fits)
        paths = np.column_stack([paths[at], end])
    return paths[paths[:, -1] == len(units)]


def _units(text: str) -> int:
    """Advance of ``text`` in the standard Times face's units (1000 an em): a proxy for
    any Latin text face, closer than a count of characters; a character it lacks
    counts as its width in ``width``, in half ems."""
    return sum(_ADVANCE[ch] if ch in _ADVANCE else _EM * width(ch) for ch in text)


@lru_cache(maxsize=65536)
def printed_size(text: str) -> float:
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


def least_part(words: list[str]) -> str:
    """The least of a fragment that a line could have ended with: its first word up
    to its first hyphen after two letters or more (a word is not broken after a lone
    letter: "e-commerce"), or with the word after it if it is a figure, bracketed or
    signed ones too: "(1 project)", "$9.3 million" (house style binds a number to its
    noun with a no-break space; not a year, four figures without a thousands
    separator: "the 2024 | appropriation")."""
    word = words[0]
    if _figure(word) and not _YEAR.fullmatch(word) and len(words) > 1:
        return f"{word} {words[1]}"
    cut = word.find("-", 2)
    return word if cut < 0 else word[:cut + 1]
