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
    """Term/text pairs: an even number of column starts and most lines with two spans."""
    xs = column_starts(lines, tolerance)
    multi = sum(1 for ln in lines if len(ln.spans) >= 2)
    return len(xs) >= 2 and len(xs) % 2 == 0 and multi * 2 >= len(lines)


def _link(span: Span, links: list[Link]) -> str | None:
    cx, cy = (span.x0 + span.x1) / 2, (span.top + span.bottom) / 2
    for ln in links:
        if ln.x0 <= cx <= ln.x1 and ln.top <= cy <= ln.bottom:
            return ln.uri
    return None


def read_terms(lines: list[Line], links: dict[int, list[Link]], tolerance: float
               ) -> list[TermEntry]:
    """Entries in reading order: each column pair top to bottom, pairs left to right;
    ``links`` by page number."""
    xs = column_starts(lines, tolerance)
    entries: list[TermEntry] = []
    for term_x, text_x in zip(xs[::2], xs[1::2], strict=False):
        current: list[str] | None = None
        for ln in sorted(lines, key=lambda ln: ln.top):
            for s in ln.spans:
                if abs(s.x0 - term_x) <= tolerance:
                    current = []
                    entries.append(TermEntry(s.text, "", _link(s, links.get(ln.page, []))))
                elif abs(s.x0 - text_x) <= tolerance and current is not None:
                    current.append(s.text)
                    entries[-1].text = join_wrapped(current)
    return entries
