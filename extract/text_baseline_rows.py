"""Rows of text cells whose printed lines the mode merged where they share a
baseline, read back piece by piece.

``pdftotext`` in its default mode may print a table of text cells (a label column,
columns of prose, then columns of figures under years: the policymaking organs)
as blocks in its own reading order, not row by row: a cell's lines come as one
block or several, between those of other cells and rows, and where cells print
lines on one baseline close enough, one printed line holds them all, one space
apart (a label beside its description's middle line, a row's figures after its
text). The headings come in pieces so too ("2024 年", "决策机", "说明", "关", ...),
repeated at the top of a later page, and a justified line's letters may come a
block each ("府", "官", "员").

This reader deals the pieces back. The header's pieces go to headings the edition
knows, each a heading's next piece or a new heading's first, one way only. The
figures are the runs of values a line's text ends with (the values of the lines
after it going on with them) that fill whole rows. A beam search deals every
other printed line to one row (a row prints on baselines of its own), its words
to that row's cells left to right. A row opens after the figures of the row
before it and by its own; a page opens as many rows as it prints figures of, one
of them where a total's label prints (a row of its own); a line of one column
alone goes on no row above one that such a line went on before (the mode prints
a column's blocks top down; a line holding several columns, where it puts it);
a cell of fields holds each field once. The reading kept costs least: a cell
going on after a line with room for the piece's first word (a new paragraph; a
field, "成员：36", in a cell of fields opens one at no cost); a piece wider than
its column (as the lines holding a piece of every text cell tell it, or its
widest line); a piece short of its column's width with another cell's piece
after it on its line (the mode merges only lines that meet; not one closing a
sentence: a paragraph's last line may print at its column's far side); two words
of glyphs joined across a space; a line going on a cell whose last glyph it seldom follows
elsewhere in the document; a line going on another cell than the line before
it; a known row label going on a cell, or a line going on one. The table is then
laid out column-aligned (``text_line_rows.laid_out``).

A text cell's opening words (the edition's ``text_cell_starts``: "授权：") open
a cell. A label column a glyph wide is counted one glyph wide. Where it prints as
blocks apart (``text_glyph_column``), its labels fill the rows their page opens, in
order, each whole, and the rest of a label the page before began goes on that
label; as nothing beside a row's lines tells where it opens, a row opening past a
full line of a text cell above, its sentence left open, costs as a new paragraph
does. On a page where its glyphs print beside the rows' lines instead (a line each
or opening a line of the row's other cells), a row opens on its label's first
glyph, and the glyphs are glued. The header repeated on a later page may print
the label column's heading otherwise than the first page did (a glyph a line
among the other headings, or as a block apart).
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from typing import NamedTuple

from .text_glyph_column import cut_labels, glyph_column, lone_glyph
from .text_grid_entries import PlainLine
from .text_grid_header import stub_heading
from .text_line_cells import (
    MAX_COST,
    NEW_PARAGRAPH,
    NEXT_WORD,
    OVERFLOW_PER_UNIT,
    SLACK,
    UNWORDED,
)
from .text_line_rows import laid_out
from .text_lines import blank_between
from .text_merged_cells import justified
from .text_sidebyside import Pairs
from .text_values import fewest_values, is_numeric
from .text_vocab import Vocabulary
from .text_wrap import SPACED_RUN, ends_short, least_width
from .text_year_headings import (
    opens_year_heading,
    whole_year_heading,
    year_pieces,
    year_rest,
)
from .textnorm import is_cjk

# Costs of a reading (besides those of ``text_line_cells``, whose ``UNWORDED`` a line
# going on a cell pays less the more often the document prints its first glyph after
# the cell's last): two words of glyphs joined across a space, a piece short of its
# column beside another cell's, or a line going on a row above one a line of its
# column alone went on; a line going on another cell than those the line before it
# went on; a known row label (a whole label) going on a cell, or another line going
# on it.
_JOINED = 1.0
_SWITCH = 0.1
_KNOWN_LABEL = 0.5

# Readings kept after each line.
_BEAM = 32

# The most lines above a table's header (its title and unit lines), and the most
# partial dealings of its pieces kept.
_ABOVE_HEADER = 4
_DEALINGS = 256


class _Header(NamedTuple):
    """Where the header starts and ends among the table's lines, its headings in
    column order (the label's, those of text, those of years), and how many are
    years'."""

    start: int
    end: int
    headings: list[str]
    years: int


class _Line(NamedTuple):
    """A printed line of text: its page; its words (each justified run one word,
    its glyphs still a space apart); how wide each word printed (a justified run
    with its spaces); how many rows' figures the mode printed before it, and
    before the next line of text (its own, printed after its words, among them);
    and how many rows later lines of its page open with a total's label."""

    page: int
    words: tuple[str, ...]
    printed: tuple[int, ...]
    before: int
    through: int
    reserved: int = 0


class _Reading(NamedTuple):
    """Lines dealt so far: the cost, each row's cells (each a tuple of its printed
    lines), the page each row opened on, each column's width (its widest line),
    the cells (row, column) the line before went on, and the last row a line of
    each column alone went on."""

    cost: float
    rows: tuple[tuple[tuple[str, ...], ...], ...]
    pages: tuple[int, ...]
    wide: tuple[int, ...]
    last: tuple[tuple[int, int], ...]
    below: tuple[int, ...]


def baseline_rows(body: list[PlainLine], voc: Vocabulary, pairs: Pairs
                  ) -> list[PlainLine] | None:
    """A table (its lines after the caption) of a label column, text columns and
    year columns, whose header and cells the mode printed in pieces merged on
    their baselines, laid out column-aligned; None for any other table, or one
    whose figures fill no whole rows, or whose lines no reading deals to rows.
    ``pairs``: the document's wording (how often it prints two glyphs together,
    counted only for a table with such a header)."""
    if not may_head_text_columns(body, voc):
        return None
    body, labels, unparted, carried = glyph_column(body, voc)
    header = _header(body, voc)
    if header is None:
        return None
    printed = [ln.text for ln in body[header.start:header.end]]
    lines = _spread_joined(_unrepeated(body[header.end:], printed, voc))
    texts, figures = _figures(lines, header.years)
    if not texts or not figures:
        return None
    texts, totaled = _reserved(texts, voc)
    glyphs = pairs.glyphs
    quota = Counter(page for page, _ in figures)
    for page, text in unparted.items():
        labels.setdefault(page, cut_labels(text, quota[page] - totaled[page], glyphs))
    best = _dealt(texts, len(header.headings) - header.years, quota, (voc, glyphs, labels))
    if best is None:
        return None
    cells = _labels_whole([[[_closed(line) for line in cell] for cell in row]
                           for row in best.rows], best.pages, carried)
    return [*body[:header.start], *laid_out(header.headings, cells, [vals for _, vals in figures],
                                            list(best.pages), body[header.start].no)]


def may_head_text_columns(body: list[PlainLine], voc: Vocabulary) -> bool:
    """Whether a header of text columns may be dealt from ``body``: a text column's
    heading opens with one of its words, or with a word ``glyph_column`` glues (a
    label column's heading or a total's label). Most tables print no such word, and
    are not read further (the dealing of header pieces costs much; none of a
    region's lines holding one, none of the lines taken from it do either)."""
    starts = voc.text_column_starts
    return not starts.isdisjoint(voc.row_label_columns | voc.total_labels) or any(
        not starts.isdisjoint(ln.text.split()) for ln in body)


def _labels_whole(rows: list[list[list[str]]], pages: tuple[int, ...], carried: dict[int, str]
                  ) -> list[list[list[str]]]:
    """The rows with each label printed a glyph a line glued into one line, and the
    rest of a label a page's block opens with (``carried``) put after the label of
    the last row the pages before opened."""
    for row in rows:
        if len(row[0]) > 1 and all(map(lone_glyph, row[0])):
            row[0] = ["".join(row[0])]
    for page, rest in carried.items():
        r = max((r for r, p in enumerate(pages) if p < page), default=None)
        if r is not None:
            rows[r][0] = ["".join(rows[r][0]) + rest]
    return rows


def _reserved(texts: list[_Line], voc: Vocabulary) -> tuple[list[_Line], Counter[int]]:
    """The lines each with how many rows later lines of its page open with a
    total's label, and how many each page opens so."""
    totaled: Counter[int] = Counter()
    out = []
    for ln in reversed(texts):
        out.append(ln._replace(reserved=totaled[ln.page]))
        if "".join(ln.words).replace(" ", "") in voc.total_labels:
            totaled[ln.page] += 1
    return out[::-1], totaled


def _header(body: list[PlainLine], voc: Vocabulary) -> _Header | None:
    """The header opening ``body`` (after its title and unit lines): the most lines
    whose words deal to headings the edition knows, one way only, a label's, at
    least one of text, and at least one of a year, in more pieces than headings
    (else other readers read it), most lines a piece alone (a mode printing the
    header a printed line at a time prints pieces of several headings on most);
    None when there is none."""
    for start in range(min(_ABOVE_HEADER, len(body))):
        end, found = start, None
        dealings: set[tuple[str, ...]] = {()}
        for k in range(start, len(body)):
            for word in body[k].text.split():
                dealings = {d for dealt in dealings for d in _heading_steps(dealt, word, voc)}
            dealings = set(sorted(dealings)[:_DEALINGS])
            done = {tuple(sorted(d)) for d in dealings if all(_finished(h, voc) for h in d)}
            if not dealings:
                break
            if len(done) == 1:
                end, found = k + 1, next(d for d in dealings if all(_finished(h, voc) for h in d))
        if found is None:
            continue
        texts = [h for h in found if year_rest(h, voc) is None]
        years = sorted((h for h in found if year_rest(h, voc) is not None), key=lambda h: h[:4])
        pieces = [len(year_pieces(ln.text.split(), voc)) for ln in body[start:end]]
        if len(texts) >= 2 and years and not voc.is_text_column(texts[0])\
                and all(voc.is_text_column(h) for h in texts[1:]) and sum(pieces) > len(found)\
                and 2 * pieces.count(1) > len(pieces):
            return _Header(start, end, [*texts, *years], len(years))
    return None


def _heading_steps(dealt: tuple[str, ...], word: str, voc: Vocabulary) -> list[tuple[str, ...]]:
    """The dealings of header pieces ``dealt`` with ``word`` going on each heading
    it may, or opening one of its own."""
    out = [(*dealt[:j], h + word, *dealt[j + 1:]) for j, h in enumerate(dealt)
           if _opening(h + word, voc)]
    if _opening(word, voc):
        out.append((*dealt, word))
    return out


def _opening(heading: str, voc: Vocabulary) -> bool:
    """Whether a heading so far opens one the edition knows: a label or text column's,
    or a year heading's (``opens_year_heading``)."""
    if year_rest(heading, voc) is None:
        return heading in voc.worded_starts
    return opens_year_heading(heading, voc)


def _finished(heading: str, voc: Vocabulary) -> bool:
    """Whether a heading is one the edition knows (see ``_opening``)."""
    if year_rest(heading, voc) is None:
        return heading in voc.worded_columns
    return whole_year_heading(heading, voc)


def _unrepeated(lines: list[PlainLine], printed: list[str], voc: Vocabulary
                ) -> list[PlainLine]:
    """The table's lines without the header (``printed``) repeated at the top of a
    later page."""
    out: list[PlainLine] = []
    k = 0
    while k < len(lines):
        if k and lines[k - 1].page != lines[k].page\
                and (end := _repeated_end(lines, k, printed, voc)) > k:
            k = end
            continue
        out.append(lines[k])
        k += 1
    return out


def _repeated_end(lines: list[PlainLine], k: int, printed: list[str], voc: Vocabulary) -> int:
    """The index after the header's lines ``printed`` printed again from ``k``, or
    ``k`` when they are not. The label column's heading may print otherwise on
    each page (a glyph a line among the other headings' lines, or glued as a
    block before them): its pieces are told apart from neither."""
    j, n = k, 0
    while n < len(printed):
        if j < len(lines) and lines[j].page == lines[k].page and lines[j].text == printed[n]:
            j, n = j + 1, n + 1
        elif _label_heading_piece(printed[n], voc):
            n += 1
        elif j < len(lines) and lines[j].page == lines[k].page\
                and _label_heading_piece(lines[j].text, voc):
            j += 1
        else:
            return k
    return j


def _label_heading_piece(text: str, voc: Vocabulary) -> bool:
    """Whether a header line is the label column's heading or a glyph of it printed
    a line each."""
    return lone_glyph(text) or stub_heading(text, voc)


def _spread_joined(lines: list[PlainLine]) -> list[PlainLine]:
    """The lines with each justified line printed a glyph a block ("府", "官", "员":
    two or more lines of one glyph's width, each after the first a block of its
    own) joined back, its glyphs one space apart."""
    out: list[PlainLine] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev is not None and _glyph(ln.text) and blank_between(prev, ln)\
                and all(map(_glyph, prev.text.split(" "))) and prev.page == ln.page:
            out[-1] = PlainLine(ln.no, f"{prev.text} {ln.text}", ln.page, prev.indent)
        else:
            out.append(ln)
    return out


def _glyph(text: str) -> bool:
    """Whether a line is one glyph wide (a justified line's letter printed alone)."""
    return bool(text) and " " not in text and least_width(text) <= 2


def _figures(lines: list[PlainLine], n: int
             ) -> tuple[list[_Line], list[tuple[int, list[str]]]]:
    """The table's printed lines of text and its rows' figures, ``n`` a row, in the
    order printed (each with its page): the values a line ends with, and those of
    the lines of values alone after it, where together they fill whole rows (else
    they are text)."""
    texts: list[_Line] = []
    figures: list[tuple[int, list[str]]] = []
    k = 0
    while k < len(lines):
        words, vals = _trailing(lines[k].text)
        j = k + 1
        while vals and j < len(lines) and (more := fewest_values(lines[j].text)) is not None:
            vals += more
            j += 1
        if not vals or len(vals) % n:
            words, vals, j = tuple(lines[k].text.split()), [], k + 1
        if words:
            if texts:
                texts[-1] = texts[-1]._replace(through=len(figures))
            runs = _justified_runs(words)
            texts.append(_Line(lines[k].page, tuple(" ".join(run) for run in runs),
                               tuple(least_width(" ".join(run)) + len(run) - 1 for run in runs),
                               len(figures), len(figures)))
        figures += [(lines[k].page, vals[i:i + n]) for i in range(0, len(vals), n)]
        k = j
    if texts:
        texts[-1] = texts[-1]._replace(through=len(figures))
    return texts, figures


def _trailing(text: str) -> tuple[tuple[str, ...], list[str]]:
    """A line's words before the values it ends with, and those values."""
    words = text.split()
    k = len(words)
    while k and is_numeric(words[k - 1]):
        k -= 1
    vals = fewest_values(" ".join(words[k:])) if k < len(words) else None
    return tuple(words[:k]), vals or []


def _justified_runs(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A line's words, each justified run (from a lone glyph to a lone glyph, figures
    among them, at least ``SPACED_RUN`` lone glyphs: "成 员 ： 193 名 政") together."""
    out: list[tuple[str, ...]] = []
    k = 0
    while k < len(words):
        end = k
        while end < len(words) and (lone_glyph(words[end]) or not is_cjk(words[end][0])
                                    and end > k):
            end += 1
        while end > k and not lone_glyph(words[end - 1]):
            end -= 1
        if sum(map(lone_glyph, words[k:end])) >= SPACED_RUN:
            out.append(words[k:end])
            k = end
        else:
            out.append(words[k:k + 1])
            k += 1
    return out


def _seeds(texts: list[_Line], n: int, labeled: bool) -> tuple[int, ...] | None:
    """Each column's width from the lines whose words part, at spaces between two
    words of glyphs, into exactly one run a cell (a row whose every text cell
    prints a line on that baseline): each column's widest run; None when no line
    parts so. Where the label column printed as blocks apart (``labeled``), it is
    one glyph wide, the others' widths from the lines of the other cells (less a
    label's glyph a line opens with)."""
    if labeled:
        rest = _seeds([_unlabeled(line) for line in texts], n - 1, False)
        return None if rest is None else (least_width(NEXT_WORD), *rest)
    seen: list[tuple[int, ...]] = []
    for line in texts:
        runs = _runs(line)
        if len(runs) == n:
            seen.append(tuple(runs))
    return tuple(map(max, zip(*seen, strict=True))) if seen else None


def _unlabeled(line: _Line) -> _Line:
    """A line without the lone glyph it opens with before other words (a glyph of a
    label column printed a glyph a line, on the baseline of the row's other
    cells' lines)."""
    if len(line.words) > 1 and lone_glyph(line.words[0]):
        return line._replace(words=line.words[1:], printed=line.printed[1:])
    return line


def _runs(line: _Line) -> list[int]:
    """How wide a line printed each run of its words parted at the spaces between
    two words of glyphs (a space apart)."""
    runs = [line.printed[0]]
    for k in range(1, len(line.words)):
        if is_cjk(line.words[k - 1][-1]) and is_cjk(line.words[k][0]):
            runs.append(line.printed[k])
        else:
            runs[-1] += 1 + line.printed[k]
    return runs


class _Context(NamedTuple):
    """What a reading is held to: the edition's words, how often the document prints
    two glyphs together, the row labels each page printed in a block apart, each
    column's width from the lines that tell it, how many rows each page opens, and
    the most a reading may cost."""

    voc: Vocabulary
    glyphs: Counter[tuple[str, str]]
    labels: dict[int, tuple[str, ...]]
    seeds: tuple[int, ...]
    quota: Counter[int]
    cap: float


def _dealt(texts: list[_Line], n: int, quota: Counter[int],
           lookup: tuple[Vocabulary, Counter[tuple[str, str]], dict[int, tuple[str, ...]]]
           ) -> _Reading | None:
    """The reading of the lines ``texts`` into rows of ``n`` cells that costs least,
    opens as many rows on each page as ``quota``; None when none does at
    ``MAX_COST`` a line or less, or no line tells the columns' widths."""
    seeds = _seeds(texts, n, bool(lookup[2]))
    if seeds is None:
        return None
    context = _Context(*lookup, seeds, quota, MAX_COST * len(texts))
    beam = [_Reading(0.0, (), (), (0,) * n, (), (-1,) * n)]
    for line in texts:
        partings = _parted_runs(line, n, seeds)
        beam = sorted((step for reading in beam
                       for step in _steps(reading, line, partings, context)),
                      key=lambda r: r.cost)[:_BEAM]
    done = [r for r in beam if Counter(r.pages) == quota]
    return done[0] if done else None


class _Parting(NamedTuple):
    """One way a line's words part into runs dealt to cells left to right: each run
    with its column, each with its column and text too, and how far the runs
    print wider than their columns (past ``SLACK``)."""

    parts: list[tuple[int, tuple[str, ...]]]
    runs: list[tuple[int, str, tuple[str, ...]]]
    over: int


def _parted_runs(line: _Line, n: int, seeds: tuple[int, ...]) -> list[_Parting]:
    """Every way ``line`` parts into runs of ``n`` cells (``_partings``), each with
    what it costs whatever the reading it goes on."""
    out = []
    for parts in _partings(line.words, n):
        runs = [(col, " ".join(words), words) for col, words in parts]
        over = sum(max(0, least_width(text) - seeds[col] - SLACK) for col, text, _ in runs)
        out.append(_Parting(parts, runs, over))
    return out


def _steps(reading: _Reading, line: _Line, partings: list[_Parting], context: _Context
           ) -> list[_Reading]:
    """``reading`` with ``line`` dealt to each row it may go on, its words to the
    row's cells left to right in each way they may part; none that costs more
    than ``context.cap``. A row opens after the figures of the row before it and
    by the end of its own, so the line goes on any row opened, or a new one once
    every row opened has its figures printed, and must where figures printed by
    the next line have no row yet; and a page opens as many rows as it prints
    figures of, those its later totals' labels open left to them. ``partings``:
    the ways the line's words part (``_parted_runs``)."""
    opened = len(reading.rows)
    fresh = opened <= line.before and sum(p == line.page for p in reading.pages)\
        + line.reserved < context.quota[line.page]
    rows = [*range(opened), opened] if fresh else list(range(opened))
    if opened < line.through:
        rows = [opened] if opened + 1 == line.through and fresh else []
    out = []
    for parts, runs, over in partings:
        short = sum(ends_short(text, NEXT_WORD, max(reading.wide[col], context.seeds[col]))
                    and not context.voc.ends_sentence(text) for col, text, _ in runs[:-1])
        if reading.cost + OVERFLOW_PER_UNIT * over > context.cap:
            continue
        for r in rows:
            if r == opened and parts[0][0] and _labels_beside(line.page, context.labels):
                continue
            step = reading if r < opened else _opened(reading, line.page, context.labels)
            moved = bool(reading.last) and (r, parts[0][0]) not in reading.last
            above = sum(r < reading.below[col] for col, _ in parts)
            cut = r == opened and _cut_short(reading, runs, context)
            step = step._replace(cost=step.cost + _SWITCH * moved + _JOINED * (short + above)
                                 + NEW_PARAGRAPH * cut,
                                 last=tuple((r, col) for col, _ in parts),
                                 below=_below(reading.below, r, parts))
            for col, text, words in runs:
                step = _put(step, (r, col), (text, words), context)
            if step.cost <= context.cap:
                out.append(step)
    return out


def _labels_beside(page: int, labels: dict[int, tuple[str, ...]]) -> bool:
    """Whether a label column printed a glyph a line, as blocks apart on other pages
    (``labels``), prints its glyphs on ``page`` beside its rows' other lines: a
    row opens on its label's first glyph there (its cells top-aligned)."""
    return bool(labels) and page not in labels


def _cut_short(reading: _Reading, runs: list[tuple[int, str, tuple[str, ...]]],
               context: _Context) -> int:
    """Where the label column printed as blocks apart (nothing beside a row's lines
    tells where it opens), how many of a line's ``runs`` opening a row's cells
    follow a text cell of the row above whose last line had no room for their
    first word (a full line: its text goes on)."""
    if not context.labels or not reading.rows:
        return 0
    above = reading.rows[-1]
    return sum(1 for col, text, _ in runs
               if col and above[col] and not justified(above[col][-1])
               and not context.voc.ends_sentence(above[col][-1])
               and not ends_short(above[col][-1], text,
                                  max(reading.wide[col], context.seeds[col])))


def _opened(reading: _Reading, page: int, labels: dict[int, tuple[str, ...]]) -> _Reading:
    """``reading`` with a row opened on ``page``: its label the next one the page
    printed in a block apart, if any, its other cells empty."""
    n = len(reading.wide)
    printed = labels.get(page, ())
    k = reading.pages.count(page)
    label = (printed[k],) if k < len(printed) else ()
    return reading._replace(rows=(*reading.rows, (label, *((),) * (n - 1))),
                            pages=(*reading.pages, page))


def _below(below: tuple[int, ...], r: int, parts: list[tuple[int, tuple[str, ...]]]
           ) -> tuple[int, ...]:
    """The last row a line of each column alone went on, after a line's ``parts``
    went on row ``r``: a line of one column alone comes in that column's order
    (its rows top down), a line holding several columns where the mode puts it."""
    if len(parts) > 1:
        return below
    col = parts[0][0]
    return tuple(max(b, r) if j == col else b for j, b in enumerate(below))


def _partings(words: tuple[str, ...], n: int) -> list[list[tuple[int, tuple[str, ...]]]]:
    """The ways a line's words part into runs dealt to cells left to right: each
    run with its column."""
    out = []
    for cuts in range(min(n, len(words))):
        for at in combinations(range(1, len(words)), cuts):
            bounds = [0, *at, len(words)]
            runs = [words[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
            out += [list(zip(cols, runs, strict=True)) for cols in combinations(range(n), cuts + 1)]
    return out


def _put(reading: _Reading, at: tuple[int, int], run: tuple[str, tuple[str, ...]],
         context: _Context) -> _Reading:
    """``reading`` with the ``run`` of a printed line (its text and words) going on
    the cell ``at`` (row, column), at what it costs (see the module)."""
    voc = context.voc
    (r, col), (text, words) = at, run
    cell = reading.rows[r][col]
    if not col and cell and reading.pages[r] in context.labels:
        return reading._replace(cost=float("inf"))  # (a label printed apart is whole)
    if cell and text.startswith(voc.text_cell_starts):
        return reading._replace(cost=float("inf"))  # (a text cell opens so)
    cost = _JOINED * sum(1 for a, b in zip(words, words[1:], strict=False)
                         if is_cjk(a[-1]) and is_cjk(b[0]))
    wide = reading.wide[col]
    cost += OVERFLOW_PER_UNIT * max(0, least_width(text) - max(wide, context.seeds[col])
                                    - (0 if cell else SLACK))
    squeezed = "".join(text.split())
    if squeezed in voc.row_labels and (col or cell) or "".join(cell) in voc.row_labels:
        cost += _KNOWN_LABEL
    field = voc.text_field.match(squeezed)
    if cell:
        names = {m[0] for line in cell if (m := voc.text_field.match("".join(line.split())))}
        if field and field[0] in names:
            return reading._replace(cost=float("inf"))
        opens = bool(field and names)  # (a field in a cell of fields opens one)
        if not justified(cell[-1]) and ends_short(cell[-1], text, max(wide, least_width(text))):
            cost += 0.0 if opens else NEW_PARAGRAPH
        elif not opens and is_cjk(cell[-1][-1]) and is_cjk(text[0]):
            cost += UNWORDED / (1 + context.glyphs[(cell[-1][-1], text[0])])
    row = tuple((*c, text) if j == col else c for j, c in enumerate(reading.rows[r]))
    return _Reading(reading.cost + cost, (*reading.rows[:r], row, *reading.rows[r + 1:]),
                    reading.pages, tuple(max(w, least_width(text)) if j == col else w
                                         for j, w in enumerate(reading.wide)), reading.last,
                    reading.below)


def _closed(line: str) -> str:
    """A printed line with the spaces beside a justified line's lone glyphs taken out."""
    words = line.split(" ")
    out = words[0]
    for a, b in zip(words, words[1:], strict=False):
        out += b if lone_glyph(a) or lone_glyph(b) else f" {b}"
    return out
