"""A table's last part's header and values printed past the next table's caption.

``pdftotext`` in its default mode can print the last part of a table (its part
label and its row labels) at the end of the table's lines, and that part's own
header with its values after the caption and title of the table that follows:
the part's labels are then the last lines the table printed, no value after
them. The header is a block past the next caption opening with lines naming a
year's column (printed nowhere in the table: a header printed again is a band of
the table's columns, ``text_band_returns``), every line under them a value line,
with the blocks of value lines right after it (a column a block, or rows a
line): all those values, and no more, fill the part's rows under the header's
columns (rows times columns), dealt as the mode prints a part's values
(``text_dealt_rows``). The part label may be printed with the labels of the page
above, before the previous part's last values: the part label, its header, then
its labels, each with its row's values, go together to the end of the table's
lines, a row a line.
"""

from __future__ import annotations

from .text_band_returns import repeats
from .text_bands import gap_blocks, names_year
from .text_dealt_rows import dealt_rows, rows_written
from .text_grid_entries import PlainLine
from .text_stacked_rows import label_ends
from .text_tables import header_columns
from .text_values import values_of
from .text_vocab import Vocabulary


def part_returned(table: list[PlainLine], after: list[PlainLine], voc: Vocabulary
                  ) -> tuple[list[PlainLine], list[PlainLine]]:
    """The table's lines (bands returned from ``after`` at their end) with its last
    part (label, row labels, and the header and values printed in ``after``, the
    next table's lines, caption first) at their end, and ``after`` without them;
    both as they were when the table's last part has its values."""
    if not after:
        return table, after
    own = [ln for ln in table if ln.no < after[0].no]
    label, labels = _waiting_labels(own, voc)
    rows = len(label_ends(labels, voc))
    if not rows or label is None:
        return table, after
    blocks = gap_blocks(after[1:])
    printed = [ln.text for ln in own]
    for k, block in enumerate(blocks):
        head = _header_size(block, voc)
        if not head or repeats([ln.text for ln in block[:head]], printed):
            continue
        taken = [block, *_value_blocks(blocks[k + 1:])]
        columns = len(header_columns([ln.text for ln in block[:head]], voc))
        dealt = dealt_rows([block[head:], *taken[1:]], rows, columns)
        if dealt is None:
            return table, after
        moved = {ln.no for ln in [label, *labels, *(ln for b in taken for ln in b)]}
        return ([ln for ln in table if ln.no not in moved]
                + [label, *block[:head], *rows_written(labels, dealt, voc)],
                [ln for ln in after if ln.no not in moved])
    return table, after


def _waiting_labels(table: list[PlainLine], voc: Vocabulary
                    ) -> tuple[PlainLine | None, list[PlainLine]]:
    """The table's last part label and the label lines closing the table after it
    and after its last value line (none when a value closes the table)."""
    parts = [k for k, ln in enumerate(table) if voc.table_part_label.match(ln.text)]
    valued = [k for k, ln in enumerate(table) if values_of(ln.text) is not None]
    if not parts or not valued or valued[-1] == len(table) - 1:
        return None, []
    return table[parts[-1]], table[max(parts[-1], valued[-1]) + 1:]


def _header_size(block: list[PlainLine], voc: Vocabulary) -> int:
    """How many header lines open a block whose lines under them are all values,
    when they name a year's column (0 otherwise)."""
    first = next((k for k, ln in enumerate(block) if values_of(ln.text) is not None), 0)
    if not first or any(values_of(ln.text) is None for ln in block[first:]):
        return 0
    return first if any(names_year(ln.text, voc) for ln in block[:first]) else 0


def _value_blocks(blocks: list[list[PlainLine]]) -> list[list[PlainLine]]:
    """The blocks of value lines only at the start of ``blocks``."""
    out: list[list[PlainLine]] = []
    for block in blocks:
        if any(values_of(ln.text) is None for ln in block):
            break
        out.append(block)
    return out
