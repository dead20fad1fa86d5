"""Term lists (legislative mandates): a term column and a text column, printed in one
or more column pairs side by side; each pair is read top to bottom, left pair first.
Wrapped text lines join their entry; a link over the entry's first word is kept.

A list of bare terms (resolution symbols without titles) is set in columns of equal
width that share the text block between them, or in one column in the margin under
its heading; each of its entries is a text without a term, as the Word file has it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import TermEntry
from .pdf_lines import Line, Span
from .pdf_page import Link
from .textnorm import join_wrapped


@dataclass(frozen=True)
class TermLayout:
    """What a term list is measured against, from the page's body text."""

    tolerance: float  # x positions this close are one column start
    margin: float  # a line starting left of this starts in the margin, left of the body
    right: float  # the text block's right edge
    gap: float  # narrowest cell gutter: a span is cut at a column start after such a gap
    step: float  # entries set this much further apart than wrapped lines are spaced
    runs_on: str = ""  # a title ending in one of these goes on over a row's spacing


def column_starts(lines: list[Line], tolerance: float) -> list[float]:
    """Distinct left edges of the spans, left to right."""
    xs: list[float] = []
    for x in sorted(s.x0 for ln in lines for s in ln.spans):
        if not xs or x - xs[-1] > tolerance:
            xs.append(x)
    return xs


def cut_at_gutters(lines: list[Line], layout: TermLayout) -> list[Line]:
    """The lines with each span cut where a gutter runs through it: before a word set
    at least ``layout.gap`` after the one before, wider than the span's other gaps. A
    term and its text, or a title and the next pair's term, set closer than a span gap
    run together into one span."""
    return [Line([p for s in ln.spans for p in s.split_before(
        [w.x0 for w in s.words], layout.tolerance, layout.gap)],
        ln.top, ln.bottom, ln.size, ln.page, ln.bold, ln.italic) for ln in lines]


def bare_columns(xs: list[float], layout: TermLayout) -> bool:
    """Whether column starts ``xs`` are equal columns sharing the text block (each as
    wide as the step between starts, the last one reaching the right edge), not term
    and text pairs, whose text column starts a short way right of its term."""
    steps = [b - a for a, b in zip(xs, xs[1:], strict=False)]
    if not steps:
        return False
    return (max(steps) - min(steps) <= 2 * layout.tolerance
            and xs[-1] + min(steps) >= layout.right - layout.tolerance)


def looks_like_termlist(lines: list[Line], layout: TermLayout, headed: bool = False) -> bool:
    """Term/text pairs: an even number of column starts, and most terms printed on one
    line with the start of their text (a term alone on its line wraps; a single entry
    whose title wraps is one such line and more of its text). Lines of two column pairs
    need not share a baseline, so each pair is counted on its own. Bare terms: equal
    columns sharing the text block, or, right under a heading (``headed``), one column
    set in the margin."""
    lines = cut_at_gutters(lines, layout)
    xs = column_starts(lines, layout.tolerance)
    if len(xs) == 1:
        return headed and xs[0] < layout.margin
    if bare_columns(xs, layout):
        return True
    if len(xs) % 2:
        return False
    terms = beside = 0
    for ln in lines:
        for term_x, text_x in zip(xs[::2], xs[1::2], strict=False):
            if any(abs(s.x0 - term_x) <= layout.tolerance for s in ln.spans):
                terms += 1
                beside += any(abs(s.x0 - text_x) <= layout.tolerance for s in ln.spans)
    return beside * 2 >= terms > 0


def _link(span: Span, links: list[Link]) -> str | None:
    """The first link over one of the span's words: a term of several symbols
    ("73/267; 77/17; 79/12") links each, and the entry is the first one's (as the
    Word file's first hyperlink in the cell)."""
    cy = (span.top + span.bottom) / 2
    for word in span.words or (span,):
        cx = (word.x0 + word.x1) / 2
        for ln in links:
            if ln.x0 <= cx <= ln.x1 and ln.top <= cy <= ln.bottom:
                return ln.uri
    return None


def read_terms(lines: list[Line], links: dict[int, list[Link]], layout: TermLayout
               ) -> list[TermEntry]:
    """Entries in reading order: each column pair top to bottom, pairs left to right;
    ``links`` by page number."""
    lines = cut_at_gutters(lines, layout)
    xs = column_starts(lines, layout.tolerance)
    if len(xs) == 1 or bare_columns(xs, layout):
        pairs: list[tuple[float | None, float]] = [(None, x) for x in xs]
    else:
        pairs = list(zip(xs[::2], xs[1::2], strict=False))
    apart = _entry_pitch(lines, pairs, layout)
    entries: list[TermEntry] = []
    last = _LastLine()
    # each text column's right edge: the widest of its lines reaches it
    rights = [max((s.x1 for ln in lines for s in ln.spans
                   if abs(s.x0 - text_x) <= layout.tolerance), default=layout.right)
              for _, text_x in pairs]
    for page in sorted({ln.page for ln in lines}):
        own = sorted((ln for ln in lines if ln.page == page), key=lambda ln: ln.top)
        for pair, right in zip(pairs, rights, strict=True):
            _read_pair(own, pair, links.get(page, []), layout, apart, entries, last, right)
    return entries


@dataclass
class _LastLine:
    """The last text line of the open entry and the right edge of its column: where a
    column or page breaks, the room it left tells a wrapped line from a new row."""

    span: Span | None = None
    right: float = 0.0

    def had_room(self, text: list[Span]) -> bool:
        """Whether the first word of ``text`` would have fitted after this line (greedy
        wrap would have put it there, so ``text`` opens a row of its own). A word space
        is measured on the lines themselves; a line wider than measured has no room."""
        if self.span is None or not text:
            return False
        first = text[0].words[0] if text[0].words else text[0]
        spaces = [g for s in (self.span, text[0]) for g in s.gaps() if g > 0]
        space = min(spaces) if spaces else first.x1 - first.x0
        return self.right - self.span.x1 >= (first.x1 - first.x0) + space


def _pair_tops(lines: list[Line], pair: tuple[float | None, float], tolerance: float
               ) -> list[tuple[Line, list[Span], list[Span], float]]:
    """Each line's spans in the term and the text column of ``pair``, with their top
    (a line may hold both pairs, whose baselines differ a little)."""
    term_x, text_x = pair
    out = []
    for ln in lines:
        term = [s for s in ln.spans if term_x is not None and abs(s.x0 - term_x) <= tolerance]
        text = [s for s in ln.spans if abs(s.x0 - text_x) <= tolerance]
        if term or text:
            out.append((ln, term, text, min(s.top for s in term + text)))
    return out


def _entry_pitch(lines: list[Line], pairs: list[tuple[float | None, float]],
                 layout: TermLayout) -> float | None:
    """The line pitch above which a line opens a new entry, when the list sets its
    entries apart (space before and after each row): midway across the first jump of
    at least ``layout.step`` up from the pitch of wrapped lines (the smallest pitch of
    lines one above the other); None when no pitch is that much wider, so entries
    follow at the pitch of wrapped lines."""
    pitches: set[float] = set()
    for page in {ln.page for ln in lines}:
        own = sorted((ln for ln in lines if ln.page == page), key=lambda ln: ln.top)
        for pair in pairs:
            tops = [(t, ln.size) for ln, *_, t in _pair_tops(own, pair, layout.tolerance)]
            pitches.update(round(b - a, 1) for (a, size), (b, _) in
                           zip(tops, tops[1:], strict=False) if b - a >= size)
    ordered = sorted(pitches)
    return next(((a + b) / 2 for a, b in zip(ordered, ordered[1:], strict=False)
                 if b - a >= layout.step), None)


def _read_pair(lines: list[Line], pair: tuple[float | None, float], links: list[Link],
               layout: TermLayout, apart: float | None, entries: list[TermEntry],
               last: _LastLine, right: float) -> None:
    """Append the entries of one column pair of one page; text lines before any term
    go on with the entry the page before left open. A term opens its entry on the line
    where its text starts (both cells are top-aligned); a term-column span on a line
    without text is the term wrapping ("Statistical / Commission / decision 53/110").
    Where entries are set apart (``apart``), a line at the pitch of wrapped lines goes
    on with its entry, term and text alike ("73/267; 77/17; / 79/12"), and text set
    apart below an entry with no term beside it is a row of its own, unless the text
    above ends in a mark that runs on (``layout.runs_on``: "... Cybercrime;" then the
    entry's next title). Text without a term at the top of a column goes on with the
    entry left open only where its first word would not have fitted on that entry's
    last line (``last``). An entry without a term takes the first link over its text,
    as the Word file's row does. Bare terms (``pair[0]`` None): each line opens an
    entry, unless it wraps the one above."""
    term_x = pair[0]
    current = [entries[-1].text] if entries else None
    prev: float | None = None
    for _, term, text, top in _pair_tops(lines, pair, layout.tolerance):
        first = prev is None
        wraps = prev is not None and apart is not None and top - prev <= apart
        prev = top
        if term_x is None:
            if current is None or not wraps:
                current = []
                entries.append(TermEntry("", "", _link(text[0], links)))
            current.extend(s.text for s in text)
            entries[-1].text = join_wrapped(current)
            continue
        spaced = apart is not None and not first
        for s in term:
            if current is None or (not wraps if spaced else bool(text)):
                current = []
                entries.append(TermEntry(s.text, "", _link(s, links)))
            else:
                entry = entries[-1]
                entry.term = join_wrapped([entry.term, s.text])
                entry.url = entry.url or _link(s, links)
        tail = current[-1].rstrip()[-1:] if current else ""
        runs_on = bool(tail) and tail in layout.runs_on
        apart_row = spaced and not wraps or first and last.had_room(text)
        if not term and apart_row and current is not None and not runs_on:
            current = []  # a row of its own with no term: a further title of the entry
            entries.append(TermEntry("", ""))
        if text:
            last.span, last.right = text[-1], right
        if current is not None:
            current.extend(s.text for s in text)
            entries[-1].text = join_wrapped(current)
            if not entries[-1].term and entries[-1].url is None:
                entries[-1].url = next(filter(None, (_link(s, links) for s in text)), None)
