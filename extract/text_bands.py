"""A table's last columns printed as a second band past the figure that follows it.

``pdftotext`` in its default mode reads a page's blocks in an order of its own: a
table too wide for one band of blocks can have its last columns (their header,
then their values a column block at a time) printed after the figure set under
the table, among the figure's lines. The values come as blocks of lines (a blank
line between blocks), each block a column group's cells of one run of rows, a
line a row: all blocks of a run as tall as each other, and the runs, taken in
order, as many rows as the table has rows with values. Each such row then takes,
in order, its line of each block of its run. Nothing moves unless the blocks
cut so, one way only, and give each row two values or more (a chart's axis or
labels printed a value a line is not a band).
"""

from __future__ import annotations

from .text_grid_entries import PlainLine
from .text_values import fewest_values
from .text_vocab import Vocabulary


def second_band(table: list[PlainLine], after: list[PlainLine],
                voc: Vocabulary) -> tuple[list[PlainLine], list[PlainLine]] | None:
    """The table's lines with a second band printed in the figure's lines
    (``after``, caption first) put at the ends of their rows, and the figure's
    lines without them; None when ``after`` holds no such band."""
    start, blocks = _band(after, voc)
    rows = [k for k, ln in enumerate(table) if _is_row(ln.text, voc)]
    cut = _runs(blocks, len(rows))
    if cut is None:
        return None
    pieces = ["  ".join(block[i].text for block in run) for run in cut for i in range(len(run[0]))]
    if any(len(fewest_values(piece) or []) < 2 for piece in pieces):
        return None  # one value a row: a chart's axis or labels, not a band of columns
    ends = dict(zip(rows, pieces, strict=True))
    joined = [PlainLine(ln.no, f"{ln.text}  {ends[k]}", ln.page, ln.indent) if k in ends else ln
              for k, ln in enumerate(table)]
    taken = {ln.no for block in blocks for ln in block}
    return joined, [*after[:start], *(ln for ln in after[start:] if ln.no not in taken)]


def _band(after: list[PlainLine], voc: Vocabulary) -> tuple[int, list[list[PlainLine]]]:
    """Where the figure's first run of lines of values alone starts, and that run
    cut in blocks at its blank lines (empty when the figure's lines end first)."""
    k = 1
    while k < len(after) and fewest_values(after[k].text) is None:
        if voc.table_caption.match(after[k].text) or voc.figure_caption.match(after[k].text) \
                or voc.paragraph_number.match(after[k].text):
            return k, []
        k += 1
    blocks: list[list[PlainLine]] = []
    for j in range(k, len(after)):
        if fewest_values(after[j].text) is None:
            break
        if not blocks or after[j].no > after[j - 1].no + 1:
            blocks.append([])
        blocks[-1].append(after[j])
    return k, blocks


def _runs(blocks: list[list[PlainLine]], rows: int) -> list[list[list[PlainLine]]] | None:
    """The blocks cut in runs of as many blocks each, every block of a run as tall,
    the runs' heights summing to ``rows``: the only such cut (None when there is
    none, or more than one)."""
    cuts = []
    for size in range(1, len(blocks) + 1):
        if len(blocks) % size:
            continue
        runs = [blocks[i:i + size] for i in range(0, len(blocks), size)]
        if all(len({len(b) for b in run}) == 1 for run in runs) \
                and sum(len(run[0]) for run in runs) == rows and len(runs) > 0:
            cuts.append(runs)
    return cuts[0] if len(cuts) == 1 and rows > 0 else None


def _is_row(text: str, voc: Vocabulary) -> bool:
    """Whether a table line is a row: a label and the values after it."""
    words = text.split()
    return len(words) > 1 and fewest_values(text) is None and fewest_values(words[-1]) is not None \
        and not voc.table_caption.match(text)
