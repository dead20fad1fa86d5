"""Figures of a flat text extraction.

A figure prints its caption ("图 15.十四"), a title, sometimes a unit line, and for
some charts the panel captions with their totals ("员额分配" / "82 个员额"). The
text labels of the charts themselves come out as a run of short lines, often
pages later: a column of values then a column of labels (a bar chart), or
alternating label and value (a pie chart). Such a run is attached to the latest
figure whose panels have no data yet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import ChartLabel, ChartPanel, Figure, Provenance
from .text_lines import SrcLine, block_text
from .text_values import is_numeric, is_value
from .text_vocab import Vocabulary
from .textnorm import is_cjk

_PANEL_CAPTION_MAX = 20
_RESIDUE_LABEL_MAX = 16
_TOTAL = re.compile(r"^\d")
_MIN_RESIDUE_VALUES = 2
# A year's qualifier printed under it on a chart's axis ("(actual)", "（实际）").
_QUALIFIER = re.compile(r"[(（][^()（）\s]+[)）]")
# A year alone, an axis's label where a chart plots years.
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class _Entry:
    """A residue line: its text and whether it is a value."""

    text: str
    value: bool


def read_figure(lines: list[SrcLine], i: int, voc: Vocabulary) -> tuple[Figure, int]:
    """Read the figure whose caption is ``lines[i]`` with title, unit and panel
    captions; return it and the index after it."""
    first = lines[i]
    text = first.text  # an ideographic label a space from its number, as a Latin one is
    caption = [re.sub(r"^(\S)\s*", r"\1 ", text, count=1) if is_cjk(text[:1]) else text]
    i += 1
    if i < len(lines) and not lines[i].spacer and not _starts_other(lines[i], voc):
        title, i = block_text(lines, i)
        caption.append(title)
    if i < len(lines) and re.match(r"^[(（][^()（）]+[)）]$", lines[i].text):
        caption.append(lines[i].text)
        i += 1
    panels = []
    while i + 1 < len(lines) and _is_panel_caption(lines[i], lines[i + 1]):
        panels.append(ChartPanel([lines[i].text, lines[i + 1].text]))
        i += 2
    return Figure(caption, Provenance(first.page, line=first.no), panels), i


def _starts_other(ln: SrcLine, voc: Vocabulary) -> bool:
    return ln.indent >= 2 or bool(voc.table_caption.match(ln.text)
                                  or voc.figure_caption.match(ln.text))


def _is_panel_caption(ln: SrcLine, nxt: SrcLine) -> bool:
    """A short unpunctuated line followed by a total that starts with a digit."""
    text = ln.text
    return (0 < len(text) <= _PANEL_CAPTION_MAX and ln.indent == 0 and not is_value(text)
            and not re.search(r"[。，；：]", text) and bool(_TOTAL.match(nxt.text)))


def chart_labels(text: str) -> bool:
    """Whether a line prints nothing but a chart's labels: figures, years and dashes
    ("180 000 200 000", "2023 2024 2025"), and the years' qualifiers ("(actual)
    (actual)"), one of them a figure."""
    return axis_labels(text) and any(is_numeric(t) for t in text.split())


def is_residue_start(lines: list[SrcLine], i: int) -> bool:
    """Whether chart label residue starts at ``lines[i]``: a bare value line, or a
    line of chart labels that ``read_residue`` takes (else it would read nothing,
    and the reader stand still)."""
    ln = lines[i]
    return (is_value(ln.text) and ln.indent <= 1) or (chart_labels(ln.text) and _label(ln))


def read_residue(lines: list[SrcLine], i: int) -> tuple[list[list[ChartLabel]], int]:
    """Read a run of chart labels: bare value lines and short label lines without
    a trailing space. Return the data of each chart segment and the index after;
    no data where labels are an axis's, years and their qualifiers ("2023 2024
    2025", "(actual)", "2023" alone): which value each labels is lost in the text,
    and the axis's ticks print among the values."""
    entries: list[_Entry] = []
    while i < len(lines):
        ln = lines[i]
        if ln.spacer:
            i += 1
            continue
        if is_value(ln.text) and ln.indent <= 1:
            entries.append(_Entry(ln.text, True))
        elif _label(ln):
            entries.append(_Entry(ln.text, False))
        else:
            break
        i += 1
    segments = _segments(entries)
    if sum(len(s) for s in segments) < _MIN_RESIDUE_VALUES or any(
            axis_labels(e.text) and (not e.value or _YEAR.fullmatch(e.text)) for e in entries):
        return [], i  # (an axis's labels pair with no value for sure)
    return segments, i


def _label(ln: SrcLine) -> bool:
    """Whether a line is a chart's label line: short, or an axis's labels, unindented,
    with no trailing space and no clause's punctuation."""
    return (len(ln.text) <= _RESIDUE_LABEL_MAX or axis_labels(ln.text)) and ln.trailing == 0 \
        and ln.indent <= 1 and not re.search(r"[。，；：]", ln.text)


def axis_labels(text: str) -> bool:
    """Whether a line prints labels of a chart's axis only: figures and the years'
    qualifiers ("(actual) (actual)")."""
    toks = text.split()
    return bool(toks) and all(is_numeric(t) or _QUALIFIER.fullmatch(t) for t in toks)


def _segments(entries: list[_Entry]) -> list[list[ChartLabel]]:
    """Split residue into chart segments: values then labels (bars, labels
    aligned to the last values), or label/value pairs (pie slices)."""
    out: list[list[ChartLabel]] = []
    k = 0
    while k < len(entries):
        if entries[k].value and k + 1 < len(entries) and entries[k + 1].value:
            values = _run(entries, k, True)
            labels = _run(entries, k + len(values), False)
            end = k + len(values) + len(labels)
            if end < len(entries) and labels:
                labels = labels[:-1]
            out.append(_bars(values, labels))
            k += len(values) + len(labels)
        else:
            pairs = []
            while k + 1 < len(entries) and not entries[k].value and entries[k + 1].value:
                pairs.append(ChartLabel(entries[k].text, entries[k + 1].text))
                k += 2
            if not pairs:
                pairs.append(ChartLabel(None, entries[k].text) if entries[k].value
                             else ChartLabel(entries[k].text, ""))
                k += 1
            out.append(pairs)
    return out


def _run(entries: list[_Entry], k: int, value: bool) -> list[str]:
    run = []
    while k < len(entries) and entries[k].value == value:
        run.append(entries[k].text)
        k += 1
    return run


def _bars(values: list[str], labels: list[str]) -> list[ChartLabel]:
    """Pair bar values with labels; labels belong to the last values."""
    unlabelled = len(values) - len(labels)
    return [ChartLabel(labels[j - unlabelled] if j >= unlabelled else None, v)
            for j, v in enumerate(values)]


def attach_residue(figures: list[Figure], segments: list[list[ChartLabel]]) -> bool:
    """Give residue segments to the latest figure without chart data, one per
    panel (more panels added when needed). False when no figure can take them."""
    target = next((f for f in reversed(figures) if not any(p.data for p in f.panels)), None)
    if target is None:
        return False
    for k, data in enumerate(segments):
        if k < len(target.panels):
            target.panels[k].data = data
        else:
            target.panels.append(ChartPanel([], data))
    return True
