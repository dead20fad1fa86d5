"""Chart text to panels: bold panel captions, a total under each, label/value pairs
read off the bars (label left of a bar, value just past its end, same row)."""

from __future__ import annotations

from .model import ChartLabel, ChartPanel
from .pdf_graphics import Bar, Box
from .pdf_lines import Line, Span


def _text_rows(spans: list[Span]) -> list[list[Span]]:
    """Spans grouped into printed rows: a span joins the row its middle falls in."""
    rows: list[list[Span]] = []
    for s in sorted(spans, key=lambda s: (s.top, s.x0)):
        mid = (s.top + s.bottom) / 2
        row = next((r for r in rows if r[0].top <= mid <= r[0].bottom), None)
        if row is None:
            rows.append([s])
        else:
            row.append(s)
    return rows


def _panel_data(spans: list[Span], bars: list[Bar]) -> list[ChartLabel]:
    """Label/value pairs, one per text row beside the bars: the label ends left of where
    the bars start, the value starts right of it. Rows are read from the text, not from
    the bars, so a value whose bar is too short to be drawn is not lost."""
    if not bars:
        return []
    start = min(b.x0 for b in bars)
    tops = sorted(b.top for b in bars)
    pitch = min((b - a for a, b in zip(tops, tops[1:], strict=False) if b > a),
                default=2 * (bars[0].bottom - bars[0].top))
    first, last = tops[0] - pitch / 2, max(b.bottom for b in bars) + pitch
    data = []
    for row in _text_rows(spans):
        if not first <= (row[0].top + row[0].bottom) / 2 <= last:
            continue
        left = [s for s in row if s.x1 <= start + 1]
        right = [s for s in row if s.x0 >= start - 1]
        if right:
            label = max(left, key=lambda s: s.x1).text if left else None
            data.append(ChartLabel(label, min(right, key=lambda s: s.x0).text))
    return data


def chart_panels(lines: list[Line], bars: list[Bar]) -> list[ChartPanel]:
    """Split a chart's text into panels headed by bold captions."""
    spans = [s for ln in lines for s in ln.spans]
    heads = sorted((s for s in spans if s.bold), key=lambda s: (s.top, s.x0))
    panels = []
    for h in heads:
        same_row = [o for o in heads if o is not h and abs(o.top - h.top) < h.bottom - h.top]
        right = min((o.x0 for o in same_row if o.x0 > h.x0), default=float("inf"))
        below = min((o.top for o in heads if o.top > h.bottom and o.x0 < right
                     and o.x0 >= h.x0 - (h.bottom - h.top)), default=float("inf"))
        x_lo = h.x0 - (h.bottom - h.top)

        def inside(x0: float, top: float, right: float = right, below: float = below,
                   x_lo: float = x_lo, head: Span = h) -> bool:
            return x_lo <= x0 < right and head.bottom <= top < below

        members = [s for s in spans if not s.bold and inside(s.x0, s.top)]
        mine = [b for b in bars if inside(b.x0, b.top)]
        first_bar = min((b.top for b in mine), default=float("inf"))
        caption = [h.text]
        totals = [s for s in members if s.bottom <= first_bar and abs(s.x0 - h.x0) < 1]
        if totals:
            caption.append(min(totals, key=lambda s: s.top).text)
        panels.append(ChartPanel(caption, _panel_data(members, mine)))
    return panels


def _holder(span: Span, boxes: list[Box]) -> Box | None:
    """The smallest box that encloses the span (boxes may nest)."""
    around = [b for b in boxes if b.x0 <= span.x0 and span.x1 <= b.x1
              and b.top <= span.top and span.bottom <= b.bottom]
    return min(around, key=lambda b: (b.x1 - b.x0) * (b.bottom - b.top), default=None)


def split_boxed(lines: list[Line], boxes: list[Box]) -> tuple[list[Line], list[Line]]:
    """Lines outside every box, and the pieces of lines inside one: a baseline that runs
    through several boxes side by side (an organisation chart) is cut at the box edges."""
    if not boxes:
        return lines, []
    outside: list[Line] = []
    inside: list[Line] = []
    for ln in lines:
        groups: dict[int, list[Span]] = {}
        for s in ln.spans:
            box = _holder(s, boxes)
            groups.setdefault(-1 if box is None else id(box), []).append(s)
        for key, spans in groups.items():
            piece = ln if len(groups) == 1 else Line(
                spans, min(s.top for s in spans), max(s.bottom for s in spans), ln.size, ln.page,
                all(s.bold for s in spans), all(s.italic for s in spans))
            (outside if key == -1 else inside).append(piece)
    return outside, inside


def _holds_bars(box: Box, bars: list[Bar]) -> bool:
    return any(box.x0 <= b.x0 and b.x1 <= box.x1 and box.top <= b.top and b.bottom <= box.bottom
               for b in bars)


def box_panels(boxes: list[Box], lines: list[Line], frames: list[Box],
               bars: list[Bar]) -> list[ChartPanel]:
    """One panel per framed box, its caption the lines printed inside it; ``frames`` are
    all the page's boxes, so that text in a nested box belongs to the inner one only. A
    frame around a chart's bars is the chart area, not a text box: its text is axis
    ticks, data labels and categories, no caption, so it gives no panel."""
    panels = []
    for box in sorted(boxes, key=lambda b: (b.top, b.x0)):
        if _holds_bars(box, bars):
            continue
        inside = [ln for ln in lines if _holder(ln.spans[0], frames) is box]
        if inside:
            panels.append(ChartPanel([ln.text for ln in sorted(inside, key=lambda ln: ln.top)]))
    return panels
