"""Two-column term lists (legislative mandates): a term column and a text column,
printed in one or more column pairs side by side; each pair is read top to bottom,
left pair first. Wrapped text lines join their entry; a link over the entry is kept."""

from __future__ import annotations

from .model import TermEntry
from .pdf_lines import Line, Span
from .pdf_page import Link
from .textnorm import join_wrapped


def column_starts(lines: list[Line], tolerance: float) -> list[float]:
    """Distinct left edges of the spans, left to right."""
    xs: list[float] = []
    for x in sorted(s.x0 for ln in lines for s in ln.spans):
        if not xs or x - xs[-1] > tolerance:
            xs.append(x)
    return xs


def looks_like_termlist(lines: list[Line], tolerance: float) -> bool:
    """Term/text pairs: an even number of column starts, and either most lines with two
    spans or a run opening with a term and its text whose other lines go on in one
    column (a single entry whose title wraps: a list under its own heading)."""
    xs = column_starts(lines, tolerance)
    if len(xs) < 2 or len(xs) % 2:
        return False
    multi = sum(1 for ln in lines if len(ln.spans) >= 2)
    first = min(lines, key=lambda ln: ln.top)
    return multi * 2 >= len(lines) or (
        len(first.spans) >= 2 and abs(first.spans[0].x0 - xs[0]) <= tolerance
        and all(len(ln.spans) == 1 for ln in lines if ln is not first))


def _link(span: Span, links: list[Link]) -> str | None:
    cx, cy = (span.x0 + span.x1) / 2, (span.top + span.bottom) / 2
    for ln in links:
        if ln.x0 <= cx <= ln.x1 and ln.top <= cy <= ln.bottom:
            return ln.uri
    return None


def read_terms(lines: list[Line], links: dict[int, list[Link]], tolerance: float
               ) -> list[TermEntry]:
    """Entries in reading order: each column pair top to bottom, pairs left to right;
    ``links`` by page number. A term opens its entry on the line where its text
    starts (both cells are top-aligned); a term-column span on a line without text
    is the term wrapping ("Statistical / Commission / decision 53/110")."""
    xs = column_starts(lines, tolerance)
    entries: list[TermEntry] = []
    for page in sorted({ln.page for ln in lines}):
        own = sorted((ln for ln in lines if ln.page == page), key=lambda ln: ln.top)
        for term_x, text_x in zip(xs[::2], xs[1::2], strict=False):
            _read_pair(own, term_x, text_x, links.get(page, []), tolerance, entries)
    return entries


def _read_pair(lines: list[Line], term_x: float, text_x: float, links: list[Link],
               tolerance: float, entries: list[TermEntry]) -> None:
    """Append the entries of one column pair of one page; text lines before any term
    go on with the entry the page before left open."""
    current = [entries[-1].text] if entries else None
    for ln in lines:
        has_text = any(abs(s.x0 - text_x) <= tolerance for s in ln.spans)
        for s in ln.spans:
            if abs(s.x0 - term_x) <= tolerance and (has_text or current is None):
                current = []
                entries.append(TermEntry(s.text, "", _link(s, links)))
            elif abs(s.x0 - term_x) <= tolerance:
                entry = entries[-1]
                entry.term = join_wrapped([entry.term, s.text])
                entry.url = entry.url or _link(s, links)
            elif abs(s.x0 - text_x) <= tolerance and current is not None:
                current.append(s.text)
                entries[-1].text = join_wrapped(current)
