"""A chart's labels printed among a table's lines, found to be dropped from them.

An extractor that prints a page in content-stream order (``pdftotext -raw``,
pypdfium2, mutool, pypdf, PDFBox) prints a chart's text where the page draws it:
a chart drawn after a table on the page comes out after the table's last lines,
before the next page's. Its data labels (figures and dashes, a few a line) come
first, then its value axis (a scale from zero in even steps), then its category
labels and legend. A table whose own lines hold no figures alone (prose cells,
labels without values) has no such lines, so in one a run of lines of figures
alone holding a scale opens a chart that runs to the page's end.
"""

from __future__ import annotations

import math
import re

from .text_grid_entries import PlainLine
from .text_values import DASHES, values_of

# Figures and dashes alone, however run together (one of them at least).
_DASH_CLASS = re.escape("".join(sorted(DASHES)))
_FIGURES_DASHES = re.compile(rf"(?=.*[\d{_DASH_CLASS}])[\d\s.,%{_DASH_CLASS}]+")
# Ticks a value axis prints at the least: zero and four steps.
_SCALE_TICKS = 5


def chart_lines(lines: list[PlainLine]) -> set[int]:
    """Indexes of ``lines`` (a table's) that a chart printed after the table's lines
    on a page holds: from a run of lines of values alone that holds a value axis to
    the page's end, where lines of the table come before the run and none holds a
    figure alone (a year alone too: a header of a heading a line is printed so by
    the extractors that print a table's figures a run of lines each, a chart's run
    on after them)."""
    out: set[int] = set()
    k = 0
    while k < len(lines):
        if _figures_alone(lines[k].text) and k not in out:
            if k == 0 or any(_figures_alone(lines[j].text) for j in range(k) if j not in out):
                return out  # (a chart opening the lines is printed before the table)
            run = _values_run(lines, k)
            if _holds_scale([v for ln in lines[k:run] for v in values_of(ln.text) or ()]):
                first = _dashes_before(lines, k, out)
                page_end = next((j for j in range(run, len(lines))
                                 if lines[j].page != lines[k].page), len(lines))
                out.update(range(first, page_end))
                k = page_end
                continue
        k += 1
    return out


def _figures_alone(text: str) -> bool:
    """A line of values alone, one of them a figure (not a dash alone: a prose
    table's cell with nothing to report)."""
    return values_of(text) is not None and any(ch.isdigit() for ch in text)


def _dashes_before(lines: list[PlainLine], k: int, taken: set[int]) -> int:
    """Index of the first of the lines of dashes alone just above ``k`` on its page
    (the labels of bars with no value), ``k`` when there are none."""
    first = k
    while first > 0 and first - 1 not in taken and lines[first - 1].page == lines[k].page \
            and _labels(lines[first - 1].text):
        first -= 1
    return first


def _values_run(lines: list[PlainLine], k: int) -> int:
    """Index past the run of lines of a chart's data labels from ``k`` (``_labels``),
    on ``k``'s page."""
    end = k
    while end < len(lines) and lines[end].page == lines[k].page and _labels(lines[end].text):
        end += 1
    return end


def _labels(text: str) -> bool:
    """Whether a line holds a chart's data labels alone: values, or figures and dashes
    an extractor printed run together ("35 – ––": bars with no value side by side)."""
    return values_of(text) is not None or _FIGURES_DASHES.fullmatch(text) is not None


def _holds_scale(values: list[str]) -> bool:
    """Whether consecutive values read as an axis's ticks: zero and at least four
    more, each the same step from the one before (either way)."""
    numbers = [_number(v) for v in values]
    for i, first in enumerate(numbers):
        if first != 0:
            continue
        for direction in (1, -1):
            if _even_steps(numbers[i::direction]):
                return True
    return False


def _even_steps(ticks: list[float | None]) -> bool:
    """Whether ``ticks`` open with zero and ``_SCALE_TICKS`` evenly stepped values."""
    head = [t for t in ticks[:_SCALE_TICKS] if t is not None]
    if len(head) < _SCALE_TICKS:
        return False
    step = head[1] - head[0]
    return step > 0 and all(math.isclose(b - a, step) for a, b in zip(head, head[1:], strict=False))


def _number(value: str) -> float | None:
    """A value's figure ("100 000", "20%"), None for a dash or anything else."""
    text = "".join(value.split()).rstrip("%").replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None
