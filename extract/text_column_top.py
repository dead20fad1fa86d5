"""The top of a stacked table's label column printed late, among its labels.

``pdftotext`` in its default mode may read the top block of a page's label column
(its heading, "Category and subcategory", then the first sections and labels) only
after the rows below it: the values of the rows whose labels are in that block come
out without a label before them, and the block itself comes between a later label
and that label's values. The block's labels that end a row take the rows printed
without one, in order, when they are as many; the values after the block go to the
label printed above it.
"""

from __future__ import annotations

from .text_grid_entries import PlainLine
from .text_grid_header import stub_heading
from .text_vocab import Vocabulary


def column_top(labels: list[PlainLine], voc: Vocabulary) -> int:
    """Where a run of label lines holds the label column's heading opening a block
    of its own after a label on the same page, the run going on to its end on that
    page (0 when it does not): the lines from there are the column's top, printed
    late. (A heading opening the run, or on the next page, heads the labels after it
    where they are printed.)"""
    heads = [k for k, ln in enumerate(labels) if stub_heading(ln.text, voc)]
    if len(heads) != 1 or heads[0] == 0:
        return 0
    k = heads[0]
    above, page = labels[k - 1], labels[k].page
    if _same_block(above, labels[k]) or above.page != page\
            or any(ln.page != page for ln in labels[k:]):
        return 0
    return k


def _same_block(above: PlainLine, line: PlainLine) -> bool:
    """Whether a line follows the one above it on the same page, no blank line
    between them."""
    return above.page == line.page and above.no + 1 == line.no
