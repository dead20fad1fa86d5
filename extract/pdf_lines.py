"""Glyphs to text lines: group chars by baseline, split lines into spans at wide gaps.

A span is a run of glyphs with no gap wider than about a character: a table cell,
a hanging paragraph number, a term in a two-column list. Superscript digits (smaller
and raised) become footnote calls ``[^N]``.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from typing import ClassVar

from .pdf_settings import PdfSettings, PdfVocab
from .textnorm import clean, is_cjk


@dataclass(frozen=True)
class Word:
    """A space-free piece of a span, with its horizontal extent."""

    text: str
    x0: float
    x1: float
    spaced: bool = True  # set after a space glyph (else after a gap the reader inferred)
    glued: bool = False  # no space before it in the text: a gap beside a CJK glyph
    # its glyphs' height, when known: a span can join cells of two neighbouring
    # baselines, and a piece cut from it keeps the height of its own words
    top: float | None = None
    bottom: float | None = None


def _joined(words: tuple[Word, ...]) -> str:
    """The text of consecutive words: a space between them, none before a glued one."""
    return "".join(w.text if i == 0 or w.glued else " " + w.text for i, w in enumerate(words))


@dataclass
class Span:
    """A run of glyphs on one line; ``words`` are its space-separated pieces, so that a
    table reader can cut a span where a column gutter runs through it."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    italic: bool
    words: tuple[Word, ...] = ()
    raised: bool = False  # opens with a raised small glyph (a note's letter: "a Net ...")
    WIDER: ClassVar[float] = 1.5  # a cut gap is at least this many times the median other

    def gaps(self) -> list[float]:
        """The gap before each word but the first (``gaps()[i - 1]`` precedes word i)."""
        return [b.x0 - a.x1 for a, b in zip(self.words, self.words[1:], strict=False)]

    def _wider(self, cuts: set[int], kept: AbstractSet[int] = frozenset()) -> set[int]:
        """The cuts whose gap is wider than the span's other gaps of its kind (those in
        ``kept`` stay whatever their width): a justified line stretches all its gaps
        alike. A gap beside a CJK glyph is measured against the others beside one (the
        line's letter spacing; none: CJK glyphs abut), not against word spaces."""
        gaps = self.gaps()

        def wide(i: int) -> bool:
            glued = self.words[i].glued
            others = sorted(g for j, g in enumerate(gaps, start=1)
                            if j not in cuts and self.words[j].glued == glued)
            return not others or gaps[i - 1] >= self.WIDER * others[len(others) // 2]

        return {i for i in cuts if i in kept or wide(i)}

    def split_at(self, gutters: list[tuple[float, float]], min_gap: float,
                 figures: bool = False) -> list[Span]:
        """The span cut where a gutter (an x-interval) runs through it: at the widest
        word gap inside that gutter, if that gap is at least ``min_gap`` wide and wider
        than the span's other word gaps. A gap with no space glyph, in a span whose words
        are otherwise set apart by space glyphs, is a cell boundary however narrow: cells
        are separate runs of text (LibreOffice sets figures of neighbouring columns 3 pt
        apart, closer than the space inside "1 066.9"), and so is a gap beside a CJK
        glyph, which abuts the next in text, if wider than the span's other gaps (a
        label's last glyph 2.6 pt from the figure after it). So is any gap of a span of
        ``figures`` alone: a figure holds no space that a gutter runs through (Word sets
        "584" and "400 [425]" of two narrow columns one space apart); of its gaps in a
        gutter, the cut is the one nearest the column left of it, where its right-aligned
        figure ends."""
        glyphs = any(w.spaced for w in self.words[1:])
        gaps = list(enumerate(self.gaps(), start=1))
        runs = {i for i, _ in gaps if figures or (glyphs and not self.words[i].spaced)}
        cuts = set()
        for g0, g1 in gutters:
            inside = [(i in runs, -abs(self.words[i - 1].x1 - g0) if figures else width, i)
                      for i, width in gaps
                      if self.words[i - 1].x1 < g1 and g0 < self.words[i].x0
                      and (width >= min_gap or i in runs or self.words[i].glued)]
            if inside:
                cuts.add(max(inside)[2])
        return self._cut(self._wider(cuts, runs))

    def has_gutter(self, narrowest: float, wide: float) -> bool:
        """Whether a word gap looks like a gutter between cells, not a space of prose:
        wider than ``wide``, or at least ``narrowest`` and wider than the other gaps. A
        gap beside a CJK glyph counts when it is wider than the line's word spaces (prose
        sets it narrower, if at all; LibreOffice sets header cells "2020 年实际" and "2021
        年实际" 4.6 pt apart, spaces inside them 2.5 pt)."""
        if any(w.glued for w in self.words):
            gaps = self.gaps()
            spaces = sorted(g for w, g in zip(self.words[1:], gaps, strict=True) if not w.glued)
            glued = [g for w, g in zip(self.words[1:], gaps, strict=True) if w.glued]
            if spaces and max(glued) >= self.WIDER * spaces[len(spaces) // 2]:
                return True
            return self._unglued().has_gutter(narrowest, wide)
        gaps = self.gaps()
        if not gaps:
            return False
        widest = max(range(1, len(gaps) + 1), key=lambda i: gaps[i - 1])
        width = gaps[widest - 1]
        return width >= wide or (width >= narrowest and bool(self._wider({widest})))

    def split_before(self, starts: list[float], tolerance: float,
                     narrowest: float) -> list[Span]:
        """The span cut before each word that begins at one of ``starts`` (the left edges
        of left-aligned columns) after a gap of at least ``narrowest`` and wider than the
        span's other word gaps (any gap beside a CJK glyph, which abuts the next): text
        cells whose gutter is narrower than a span gap. A justified line whose word
        happens to start there has even gaps, and stays whole; a gap beside a CJK glyph
        with a run of glyphs set solid on either side is cut there however narrow (a
        letter-spaced cell beside it can stretch every other gap: CJK prose set solid has
        no such gap)."""
        gaps = self.gaps()
        cuts = {i for i, w in enumerate(self.words) if i > 0
                and (gaps[i - 1] >= narrowest or w.glued)
                and any(abs(w.x0 - x) <= tolerance for x in starts)}
        runs = {i for i in cuts if self.words[i].glued
                and max(len(self.words[i].text), len(self.words[i - 1].text)) > 1}
        return self._cut(self._wider(cuts, runs))

    def split_glued_at(self, gutters: list[tuple[float, float]]) -> list[Span]:
        """The span cut where a gutter (an x-interval) runs through it, at the widest gap
        beside a CJK glyph inside that gutter, if wider than the span's other such gaps:
        CJK glyphs abut, so a wider gap parts two cells; word spaces are never cut. A run
        of glyphs set solid after such a gap is cut before however narrow the gap (see
        :meth:`split_before`), and is preferred to a letter-spaced glyph's gap."""
        gaps = self.gaps()
        cuts = set()
        for g0, g1 in gutters:
            inside = [(len(w.text) > 1, gaps[i - 1], i) for i, w in enumerate(self.words)
                      if i > 0 and w.glued and self.words[i - 1].x1 < g1 and g0 < w.x0]
            if inside:
                cuts.add(max(inside)[2])
        runs = {i for i in cuts if len(self.words[i].text) > 1}
        return self._cut(self._wider(cuts, runs))

    def _unglued(self) -> Span:
        """The span with each glued word joined to the word before it."""
        words: list[Word] = []
        for w in self.words:
            if w.glued and words:
                words[-1] = replace(words[-1], text=words[-1].text + w.text, x1=w.x1)
            else:
                words.append(w)
        return replace(self, words=tuple(words))

    def split_glued(self) -> list[Span]:
        """The span cut at each gap beside a CJK glyph that is wider than its other word
        gaps: CJK glyphs abut, so such a gap parts two cells set closer than a span gap
        ("其他" and "共计" over narrow columns). A span whose glyphs are all set apart is
        letter-spaced, and stays whole."""
        if all(len(w.text) == 1 for w in self.words):
            return [self]
        return self._cut(self._wider({i for i, w in enumerate(self.words) if w.glued}))

    def split_dashes(self, figure: re.Pattern[str]) -> list[Span]:
        """A span of ``figure`` words alone cut beside each nil dash (a figure word with
        no digit): a dash is a cell of its own, however close the next cell is set
        (LibreOffice overprints a narrow spacer column's dash beside its neighbour's:
        "– –")."""
        if len(self.words) < 2 or not all(figure.match(w.text) for w in self.words):
            return [self]

        def dash(w: Word) -> bool:
            return not any(ch.isdigit() for ch in w.text)

        return self._cut({i for i in range(1, len(self.words))
                          if dash(self.words[i]) or dash(self.words[i - 1])})

    def joined(self, other: Span) -> Span:
        """This span and the next piece of the same line as one span again."""
        words = self.words + other.words
        return Span(_joined(words), self.x0, other.x1,
                    min(self.top, other.top), max(self.bottom, other.bottom),
                    self.size, self.bold, self.italic, words, self.raised)

    def _cut(self, cuts: set[int]) -> list[Span]:
        """The span in pieces before each word index in ``cuts`` (whole without cuts)."""
        if not cuts:
            return [self]
        bounds = [0, *sorted(cuts), len(self.words)]
        return [Span(_joined(ws), ws[0].x0, ws[-1].x1, *self._height(ws),
                     self.size, self.bold, self.italic, ws, self.raised and not a)
                for a, ws in ((a, self.words[a:b]) for a, b in zip(bounds, bounds[1:],
                                                                    strict=False))]

    def _height(self, words: tuple[Word, ...]) -> tuple[float, float]:
        """The top and bottom of a piece of the span: its own words' where each is known
        (cells of two baselines close enough to join one span each keep their own)."""
        tops = [w.top for w in words if w.top is not None]
        bottoms = [w.bottom for w in words if w.bottom is not None]
        if len(tops) < len(words) or len(bottoms) < len(words):
            return self.top, self.bottom
        return min(tops), max(bottoms)


@dataclass
class Line:
    """Glyphs sharing a baseline, left to right, split into spans."""

    spans: list[Span]
    top: float
    bottom: float
    size: float
    page: int
    bold: bool = False
    italic: bool = False

    @property
    def x0(self) -> float:
        return self.spans[0].x0

    @property
    def x1(self) -> float:
        return self.spans[-1].x1

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.spans)




def _style(fontname: str, words: tuple[str, ...]) -> bool:
    return any(w in fontname for w in words)


def _mode_size(chars: list[dict]) -> float:
    """The line's most common glyph size, to 0.01 pt: coarser rounding would split one
    size of a scaled rendering (10.5 pt × 0.7 = 7.35) across two bins."""
    sizes = Counter(round(c["size"], 2) for c in chars if c["text"].strip())
    return sizes.most_common(1)[0][0] if sizes else round(chars[0]["size"], 2)


def _rows(chars: list[dict], settings: PdfSettings) -> list[list[dict]]:
    """Group chars by baseline, then fold raised small glyphs into the line they sit on.
    A glyph of superscript size off the baseline of larger text starts a row of its own
    even where it comes near another line's baseline (a table cell beside it), so that
    it is folded into the line of the word it follows."""
    rows: list[list[dict]] = []
    for ch in sorted(chars, key=lambda c: (c["bottom"], c["x0"])):
        near = settings.baseline_ratio * ch["size"]
        if not rows:
            rows.append([ch])
            continue
        last = rows[-1][-1]
        small, large = sorted((ch["size"], last["size"]))
        raised = (small < settings.superscript_size * large
                  and abs(ch["bottom"] - last["bottom"]) > settings.align_ratio * small)
        if abs(ch["bottom"] - last["bottom"]) <= near and not raised:
            rows[-1].append(ch)
        else:
            rows.append([ch])
    sizes = [_mode_size(r) for r in rows]
    out: dict[int, list[dict]] = {}
    for i, row in enumerate(rows):
        for ch in row:
            host = _host(ch, i, rows, sizes, settings)
            if host != i:
                ch["_sup"] = True
            out.setdefault(host, []).append(ch)
    return sorted(out.values(), key=lambda r: min(c["bottom"] for c in r))


def _host(ch: dict, i: int, rows: list[list[dict]], sizes: list[float],
          settings: PdfSettings) -> int:
    """The row a glyph of row ``i`` belongs to: a neighbouring row of larger text that
    it overlaps in height, when it is a raised small glyph (a note call), else its own.
    Of several such rows the one with a glyph nearest it across the page: in a table,
    the cells of one row sit on baselines of their own, and the row of another cell can
    come between a note call and the word it follows."""
    best, near = i, float("inf")
    for j in (i + 1, i - 1, i + 2, i - 2):
        if not (0 <= j < len(rows) and sizes[i] < settings.superscript_size * sizes[j]):
            continue
        row = rows[j]
        if not (ch["top"] < max(c["bottom"] for c in row)
                and ch["bottom"] > min(c["top"] for c in row)):
            continue
        gap = min(max(0.0, c["x0"] - ch["x1"], ch["x0"] - c["x1"])
                  for c in row if c["text"].strip() or c is row[0])
        if gap < near:
            best, near = j, gap
    return best


def _words(text: str, starts: list[tuple[int, float, bool, bool]], ends: list[float],
           heights: list[list[float]]) -> tuple[Word, ...]:
    """The span's words from the offsets where each began; none when cleaning changed
    how the text splits (the span then stays whole)."""
    offsets = [o for o, _, _, _ in starts] + [len(text)]
    words = tuple(Word(clean(text[a:b]).strip(), x0, x1, spaced, glued, *(h or (None, None)))
                  for (a, x0, spaced, glued), b, x1, h
                  in zip(starts, offsets[1:], ends, heights, strict=True))
    if _joined(words) != " ".join(clean(text).split()):
        return ()
    return words


def _span(chars: list[dict], vocab: PdfVocab, settings: PdfSettings) -> Span:
    text = ""
    in_call = False
    last_x1 = chars[0]["x1"]
    # (offset, x, after a space glyph, glued to the word before) of each word
    starts: list[tuple[int, float, bool, bool]] = []
    ends: list[float] = []  # right edge of the last glyph before each word break
    heights: list[list[float]] = []  # top and bottom of each word's glyphs on its baseline
    prev: dict | None = None
    for ch in chars:
        t = ch["text"]
        sup = ch.get("_sup", False) and t.isdigit()
        if sup and not in_call:
            text += "[^"
            in_call = True
        elif not sup and in_call:
            text += "]"
            in_call = False
        # the glyph before, when both are ink (a gap after a space glyph is no word gap)
        inked = (prev if prev is not None and not sup and t.strip() and prev["text"].strip()
                 else None)
        cjk = inked is not None and (is_cjk(t[0]) or is_cjk(inked["text"][-1]))
        # beside a CJK glyph, which abuts the next in text, any gap parts words but writes
        # no space: the cells of narrow columns can be set closer than a span gap ("其他"
        # and "共计" over two columns, a label 1.4 pt short of the figure after it)
        ratio = settings.align_ratio if cjk else settings.word_gap_ratio
        gap = inked is not None and ch["x0"] - inked["x1"] > ratio * ch["size"]
        glued = gap and cjk
        if gap and not glued:
            text += " "
        if t.strip() and (not starts or text.endswith(" ") or glued):
            if starts:
                ends.append(last_x1)
            starts.append((len(text), ch["x0"], prev is not None and not prev["text"].strip(),
                           glued))
            heights.append([])
        if t.strip() and not ch.get("_sup") and heights:
            h = heights[-1]
            heights[-1] = ([min(h[0], ch["top"]), max(h[1], ch["bottom"])] if h
                           else [ch["top"], ch["bottom"]])
        text += t
        if t.strip():
            last_x1 = ch["x1"]
        prev = ch
    if in_call:
        text += "]"
    body = [c for c in chars if not c.get("_sup") and c["text"].strip()] or chars
    ink = [c for c in chars if c["text"].strip()] or chars
    names = [c["fontname"] for c in body]
    if starts:
        ends.append(last_x1)
    return Span(
        words=_words(text, starts, ends, heights),
        text=clean(text).strip(), x0=chars[0]["x0"], x1=max(c["x1"] for c in chars),
        top=min(c["top"] for c in body), bottom=max(c["bottom"] for c in body),
        size=_mode_size(body),
        bold=all(_style(n, vocab.bold_words) for n in names),
        italic=all(_style(n, vocab.italic_words) for n in names),
        raised=bool(ink[0].get("_sup")),
    )


def _trim_overhang(chars: list[dict]) -> None:
    """Shrink glyph boxes that overhang the next glyph's origin. Some producers (Type 3
    fonts from Chromium/Skia) declare glyph widths larger than the advance, so every box
    overlaps its neighbour and gaps between words and cells look smaller than they are.
    The overhang is measured per font as the median overlap of adjacent glyphs."""
    overlaps: dict[str, list[float]] = {}
    ordered = sorted(chars, key=lambda c: (round(c["bottom"], 1), c["x0"]))
    for a, b in zip(ordered, ordered[1:], strict=False):
        d = a["x1"] - b["x0"]
        if (a["fontname"] == b["fontname"] and abs(a["bottom"] - b["bottom"]) < 0.1
                and -0.1 * a["size"] < d < 0.5 * a["size"]):
            overlaps.setdefault(a["fontname"], []).append(d)
    trim = {font: statistics.median(ds) for font, ds in overlaps.items() if len(ds) >= 20}
    for c in chars:
        over = trim.get(c["fontname"], 0.0)
        if over > 0.05 * c["size"]:
            c["x1"] = max(c["x0"], c["x1"] - over)


def _drop_covered_spaces(row: list[dict]) -> list[dict]:
    """The row without space glyphs that half lie under a visible glyph: a space of a
    neighbouring baseline (an empty line in a table cell) grouped into this line would
    otherwise cut a word in two ("t hrough")."""
    ink = [c for c in row if c["text"].strip()]
    out = []
    for c in row:
        half = (c["x1"] - c["x0"]) / 2
        if c["text"].strip() or not any(d["x0"] < c["x1"] - half and d["x1"] > c["x0"] + half
                                        for d in ink):
            out.append(c)
    return out or row


def build_lines(chars: list[dict], page: int, vocab: PdfVocab, settings: PdfSettings) -> list[Line]:
    """Turn one page's upright chars into lines of spans, top to bottom."""
    lines: list[Line] = []
    _trim_overhang(chars)
    for row in _rows([c for c in chars if c.get("upright", True)], settings):
        row = _drop_covered_spaces(sorted(row, key=lambda c: c["x0"]))
        size = _mode_size([c for c in row if not c.get("_sup")] or row)
        groups: list[list[dict]] = [[row[0]]]
        for ch in row[1:]:
            prev = groups[-1][-1]
            gap = ch["x0"] - prev["x1"]
            ratio = (settings.space_gap_ratio if not (ch["text"].strip() and prev["text"].strip())
                     else settings.span_gap_ratio)
            if gap > ratio * max(ch["size"], prev["size"]):
                groups.append([ch])
            else:
                groups[-1].append(ch)
        spans = [_span(g, vocab, settings) for g in groups]
        spans = [s for s in spans if s.text]
        if spans:
            lines.append(Line(
                spans=spans, top=min(s.top for s in spans), bottom=max(s.bottom for s in spans),
                size=size, page=page, bold=all(s.bold for s in spans),
                italic=all(s.italic for s in spans)))
    return lines
