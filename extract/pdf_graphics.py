"""Vector graphics to layout hints: horizontal rules, framed boxes, filled bars.

Producers draw a rule as a stroked line, as a thin filled rectangle, or as a pair
of nested filled rectangles whose difference is the border (WeasyPrint does this).
All three become :class:`Rule`; a four-sided border or a stroked rectangle becomes
a :class:`Box`; any other filled rectangle is a :class:`Bar` (a chart bar).
"""

from __future__ import annotations

from dataclasses import dataclass

from .pdf_settings import PdfSettings


@dataclass
class Rule:
    """A horizontal rule at ``y`` from ``x0`` to ``x1``; ``gaps`` are the x-intervals
    between its segments wider than a stroke (see :func:`merge_rules`)."""

    x0: float
    x1: float
    y: float
    gaps: tuple[tuple[float, float], ...] = ()


@dataclass
class Box:
    """A framed rectangle (figure frame, organisation-chart box)."""

    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class Bar:
    """A filled rectangle that is neither a rule nor a frame: a chart bar."""

    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class Graphics:
    """What one page draws, reduced to what layout analysis needs."""

    rules: list[Rule]
    boxes: list[Box]
    bars: list[Bar]


def _edges(r: dict) -> tuple[float, float, float, float]:
    return r["x0"], r["top"], r["x1"], r["bottom"]


def _border(outer: dict, inner: dict, thick: float) -> list[tuple[str, float]] | None:
    """The sides by which ``outer`` exceeds ``inner`` when it is a thin border, else None."""
    ox0, otop, ox1, obot = _edges(outer)
    ix0, itop, ix1, ibot = _edges(inner)
    diffs = {"left": ix0 - ox0, "top": itop - otop, "right": ox1 - ix1, "bottom": obot - ibot}
    if any(d < -0.01 or d > thick for d in diffs.values()):
        return None
    return [(side, d) for side, d in diffs.items() if d > 0.01]


def _is_bar(r: dict, thick: float, min_len: float) -> bool:
    """Taller than a rule is thick; any width, since the bar of a small value can be a
    sliver, unless it is a long thin upright (a vertical rule)."""
    return r["height"] > thick and r["width"] > 0 and (r["width"] > thick or r["height"] < min_len)


def read_graphics(lines: list[dict], rects: list[dict], body_size: float,
                  settings: PdfSettings) -> Graphics:
    """Classify one page's lines and rectangles."""
    thick = settings.rule_thickness_ratio * body_size
    min_len = settings.rule_min_length_ratio * body_size
    rules: list[Rule] = []
    boxes: list[Box] = []
    bars: list[Bar] = []
    for ln in lines:
        if abs(ln["top"] - ln["bottom"]) <= thick and ln["x1"] - ln["x0"] >= min_len:
            rules.append(Rule(ln["x0"], ln["x1"], (ln["top"] + ln["bottom"]) / 2))
    used: set[int] = set()
    filled = sorted((r for r in rects if r.get("fill")), key=lambda r: -(r["width"] * r["height"]))
    for i, outer in enumerate(filled):
        if i in used:
            continue
        for j in range(i + 1, len(filled)):
            if j in used or filled[j].get("non_stroking_color") != outer.get("non_stroking_color"):
                continue
            sides = _border(outer, filled[j], thick)
            if sides is None:
                continue
            used.update((i, j))
            names = {s for s, _ in sides}
            if names >= {"left", "top", "right", "bottom"}:
                boxes.append(Box(*_edges(outer)))
            else:
                for side, d in sides:
                    if side in ("top", "bottom"):
                        y = outer["top"] + d / 2 if side == "top" else outer["bottom"] - d / 2
                        rules.append(Rule(outer["x0"], outer["x1"], y))
            break
    for i, r in enumerate(filled):
        if i in used:
            continue
        if r["height"] <= thick and r["width"] >= min_len:
            rules.append(Rule(r["x0"], r["x1"], (r["top"] + r["bottom"]) / 2))
        elif _is_bar(r, thick, min_len):
            bars.append(Bar(*_edges(r)))
    for r in rects:
        if not r.get("fill") and r.get("stroke") and r["width"] > thick and r["height"] > thick:
            boxes.append(Box(*_edges(r)))
    join = settings.rule_join_ratio * body_size
    return Graphics(rules=merge_rules(rules, thick, join), boxes=boxes, bars=bars)


def place_crossed_boxes(graphics: Graphics, spans: list[tuple[float, float, float, float]],
                        fills: list[tuple[float, float, float, float]], reach: float,
                        stroke: float) -> None:
    """Re-place or drop each box that a run of text crosses: a span (x0, top, x1,
    bottom) standing within the box's height and reaching more than ``reach`` past a
    side on both sides of it. A real frame holds its text or leaves it outside; a frame
    drawn where text runs through it lost its form's offset (Word draws a chart's frame
    at the page origin, over the running head and the caption, then fills the chart's
    area at its place). It frames the filled rectangle of its own size (to within a
    ``stroke``'s width), if the page has one (``fills``), else nothing."""
    def crossed(b: Box) -> bool:
        return any(b.top < (top + bottom) / 2 < b.bottom
                   and any(x0 < edge - reach and x1 > edge + reach for edge in (b.x0, b.x1))
                   for x0, top, x1, bottom in spans)

    def same_size(b: Box, f: tuple[float, float, float, float]) -> bool:
        return (abs((f[2] - f[0]) - (b.x1 - b.x0)) <= stroke
                and abs((f[3] - f[1]) - (b.bottom - b.top)) <= stroke)

    kept = []
    for b in graphics.boxes:
        if not crossed(b):
            kept.append(b)
            continue
        fill = next((f for f in fills if same_size(b, f)), None)
        if fill is not None:
            kept.append(Box(*fill))
    graphics.boxes = kept


def merge_rules(rules: list[Rule], tolerance: float, join: float) -> list[Rule]:
    """Join collinear rule segments (within ``tolerance`` of one y) that touch or leave a
    gap up to ``join``: cell borders drawn one by one, with a gap where a thicker
    vertical border would meet them (Word). A gap wider than ``tolerance`` (the thickest
    stroke) is kept on the rule: it can also part the borders of two neighbouring cells
    (LibreOffice leaves one between two header groups)."""
    out: list[Rule] = []
    for r in sorted(rules, key=lambda r: (round(r.y / tolerance), r.x0)):
        last = out[-1] if out else None
        if last and abs(last.y - r.y) <= tolerance and r.x0 <= last.x1 + max(tolerance, join):
            if r.x0 > last.x1 + tolerance:
                last.gaps += ((last.x1, r.x0),)
            last.x1 = max(last.x1, r.x1)
        else:
            out.append(Rule(r.x0, r.x1, r.y))
    return sorted(out, key=lambda r: (r.y, r.x0))
