"""Organization charts of a flat text extraction.

The organization chart annex prints boxes: a unit's name (sometimes wrapped), its
component in parentheses ("(行政领导和管理)"), then its post lines ("RB  XB",
"1 P-5  1 D-1", subtotals, "共计：13"). The extraction gives them as a run of
short lines after the annex heading. They make one figure, one panel per box with
the box's lines as panel caption; the model has no data for them.
"""

from __future__ import annotations

import re

from .model import ChartPanel, Figure, Provenance
from .text_lines import SrcLine
from .text_tables import hard_end
from .text_vocab import Vocabulary

_SUBTITLE = re.compile(r"^[(（][^()（）]+[)）]$")
_WRAP_SPACE = re.compile(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])")


def ends_orgchart(ln: SrcLine, voc: Vocabulary) -> bool:
    """Whether a line cannot be part of a chart: a caption, numbered paragraph or
    separator, a top-level heading, or prose (it has sentence punctuation)."""
    return (hard_end(ln, voc) or voc.is_top_heading(ln.text)
            or any(ch in voc.sentence_end for ch in ln.text))


def read_orgchart(lines: list[SrcLine], i: int, caption: list[str],
                  voc: Vocabulary) -> tuple[Figure, int]:
    """Read the chart starting at ``lines[i]`` up to a line that ends it."""
    start = i
    taken: list[SrcLine] = []
    while i < len(lines) and not ends_orgchart(lines[i], voc):
        if not lines[i].spacer:
            taken.append(lines[i])
        i += 1
    prov = Provenance(lines[start].page, line=lines[start].no)
    return Figure(caption, prov, [_panel(box) for box in _boxes(taken)]), i


def _boxes(lines: list[SrcLine]) -> list[list[SrcLine]]:
    """Split chart lines into boxes. A box starts with its name: the lines
    without digits just above a parenthesised subtitle (post lines all count
    something)."""
    starts, floor = [0], 0
    for s, ln in enumerate(lines):
        if _SUBTITLE.match(ln.text):
            t = s
            while t > floor and not any(ch.isdigit() for ch in lines[t - 1].text):
                t -= 1
            starts.append(t)
            floor = s + 1
    bounds = [*dict.fromkeys(starts), len(lines)]
    return [lines[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if a < b]


def _panel(box: list[SrcLine]) -> ChartPanel:
    """A box as a panel: the name joined into one line, then each printed line."""
    sub = next((k for k, ln in enumerate(box) if _SUBTITLE.match(ln.text)), 0)
    name = [_WRAP_SPACE.sub("", " ".join(ln.text for ln in box[:sub]))] if sub else []
    return ChartPanel([*name, *(ln.text for ln in box[sub:])])
