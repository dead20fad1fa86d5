"""One page read once: lines, graphics and links; then the page furniture is peeled off.

Running headers and footers are the lines near the top or bottom edge that repeat
(digits aside) on many pages. Footnotes are the small-font lines under a rule at
the bottom of the text block.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from pdfminer.layout import LTChar, LTContainer, LTLine, LTRect

from .pdf_graphics import Graphics, place_crossed_boxes, read_graphics
from .pdf_lines import Line, build_lines
from .pdf_settings import PdfSettings, PdfVocab


@dataclass
class Link:
    """A URI annotation's rectangle."""

    x0: float
    top: float
    x1: float
    bottom: float
    uri: str


@dataclass
class PageContent:
    """Everything the reader uses from one page."""

    number: int
    width: float
    height: float
    lines: list[Line]
    graphics: Graphics
    links: list[Link]
    footnotes: list[Line] = field(default_factory=list)
    boxed: list[Line] = field(default_factory=list)  # text printed inside framed boxes


_KINDS = ((LTChar, "char"), (LTLine, "line"), (LTRect, "rect"))


def page_objects(page) -> dict[str, list[dict]]:
    """The page's glyphs and paths as small dicts in pdfplumber's coordinates (top-left
    origin, media box offset applied), read straight off pdfminer's layout: pdfplumber's
    own ``page.objects`` resolves every attribute of every object and costs twice as much."""
    mb_x0, mb_top = page.mediabox[:2]
    height = page.height
    out: dict[str, list[dict]] = {"char": [], "line": [], "rect": []}
    stack = [iter(page.layout)]
    while stack:
        obj = next(stack[-1], None)
        if obj is None:
            stack.pop()
            continue
        if isinstance(obj, LTContainer):
            stack.append(iter(obj))
            continue
        kind = next((k for cls, k in _KINDS if isinstance(obj, cls)), None)
        if kind is None:
            continue
        d = {"x0": obj.x0 + mb_x0, "x1": obj.x1 + mb_x0, "top": height - obj.y1 + mb_top,
             "bottom": height - obj.y0 + mb_top, "width": obj.width, "height": obj.height}
        if kind == "char":
            d.update(text=obj.get_text(), size=obj.size, fontname=obj.fontname,
                     upright=obj.upright)
        else:
            d.update(fill=obj.fill, stroke=obj.stroke, non_stroking_color=obj.non_stroking_color)
        out[kind].append(d)
    return out


def read_page(page, objs: dict[str, list[dict]], vocab: PdfVocab, settings: PdfSettings,
              body_size: float | None) -> PageContent:
    """Read chars, rules and links of a pdfplumber page from its ``objs``
    (:func:`page_objects`)."""
    lines = build_lines(objs["char"], page.page_number, vocab, settings)
    size = body_size or (Counter(ln.size for ln in lines).most_common(1)[0][0] if lines else 10.0)
    graphics = read_graphics(objs["line"], objs["rect"], size, settings)
    if graphics.boxes:
        place_crossed_boxes(graphics, [(s.x0, s.top, s.x1, s.bottom) for ln in lines
                                       for s in ln.spans],
                            [(r["x0"], r["top"], r["x1"], r["bottom"]) for r in objs["rect"]
                             if r.get("fill")], size, settings.rule_thickness_ratio * size)
    links = [Link(a["x0"], a["top"], a["x1"], a["bottom"], a["uri"])
             for a in page.annots if a.get("uri")]
    return PageContent(page.page_number, float(page.width), float(page.height), lines,
                       graphics, links)


def body_font_size(pages: list[PageContent], tolerance: float = 0.02,
                   wide_share: float = 1 / 3) -> float:
    """The most common size of running text, counted in characters of spans wider than
    ``wide_share`` of the page (paragraph lines; a fascicle heavy with tables can set
    more characters in its table size than in its body size). Sizes within
    ``tolerance`` (a share of the size) count as one, so float noise from a scaled
    rendering cannot make the body text lose to the table text."""
    sizes: Counter[float] = Counter()
    for wide in (True, False):
        for p in pages:
            for ln in p.lines:
                for s in ln.spans:
                    if not wide or s.x1 - s.x0 > wide_share * p.width:
                        sizes[s.size] += len(s.text)
        if sizes:
            break
    if not sizes:
        return 10.0
    near = {size: sum(n for other, n in sizes.items() if abs(other - size) <= tolerance * size)
            for size in sizes}
    return max(sizes, key=lambda size: (near[size], sizes[size], -size))


def _key(line: Line) -> str:
    return re.sub(r"\d+", "#", line.text)


def strip_running(pages: list[PageContent], settings: PdfSettings) -> list[str]:
    """Drop repeating header/footer lines from every page; return their distinct texts."""
    def edge_lines(p: PageContent) -> list[Line]:
        band = settings.margin_band * p.height
        return [ln for ln in p.lines if ln.bottom < band or ln.top > p.height - band]

    counts: Counter[str] = Counter()
    for p in pages:
        counts.update({_key(ln) for ln in edge_lines(p)})
    need = max(2, settings.running_share * len(pages))
    running = {k for k, n in counts.items() if n >= need}
    texts: list[str] = []
    for p in pages:
        drop = [ln for ln in edge_lines(p) if _key(ln) in running]
        for ln in drop:
            texts.extend(s.text for s in ln.spans if s.text not in texts)
        p.lines = [ln for ln in p.lines if not any(ln is d for d in drop)]
    return texts


_SEPARATOR = re.compile(r"[_\u2014\u2015]{5,}")  # a footnote separator typed as text
_RAISED_NUMBER = re.compile(r"\[\^\d+\]")  # a footnote number raised in a span of its own


def _set_off(line: Line, lines: list[Line], gap: float) -> bool:
    """Whether ``line`` has text above it, the nearest at least ``gap`` above."""
    above = [ln.bottom for ln in lines if ln.bottom <= line.top]
    return bool(above) and line.top - max(above) >= gap


def split_footnotes(page: PageContent, body_size: float, vocab: PdfVocab,
                    settings: PdfSettings) -> None:
    """Move the lines under a page-bottom rule (drawn, or typed as a run of underscores
    as Word does) into ``page.footnotes`` when they are
    all smaller than body text and the first starts with a footnote number (set on the
    line, or raised in a span of its own: "[^1]"). A producer that draws no rule
    (LibreOffice from Word) sets the notes off by a blank line: the raised number of a
    line a body line's height or more below the text above it opens them."""
    drawn: list[tuple[float, Line | None]] = [(rule.y, None) for rule in page.graphics.rules]
    typed = [(ln.top, ln) for ln in page.lines if _SEPARATOR.fullmatch(ln.text)]
    gap = settings.note_gap_ratio * body_size
    unruled: list[tuple[float, Line | None]] = [(ln.top, None) for ln in page.lines
               if _RAISED_NUMBER.match(ln.text) and _set_off(ln, page.lines, gap)]
    for y, separator in sorted(drawn + typed + unruled, key=lambda t: t[0]):
        below = [ln for ln in page.lines if ln.top >= y and ln is not separator]
        if not below or len(below) == len(page.lines):
            continue
        if any(ln.size >= body_size - settings.size_tolerance for ln in below):
            continue
        if any(len(ln.spans) > 2 or (len(ln.spans) == 2 and not vocab.footnote_start.match(
                ln.spans[0].text + " x") and not ln.spans[0].text.startswith("[^"))
               for ln in below):
            continue
        first = min(below, key=lambda ln: ln.top)
        if not vocab.footnote_start.match(first.text) and not first.text.startswith("[^"):
            continue
        above = [ln for ln in page.lines if ln.bottom <= y and ln is not separator]
        if above and max(ln.bottom for ln in above) > y:
            continue
        page.footnotes = sorted(below, key=lambda ln: ln.top)
        page.lines = above
        page.graphics.rules = [r for r in page.graphics.rules if r.y < y]
        return
