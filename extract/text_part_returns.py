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
columns (rows times columns), dealt as the mode prints a part's values: its
first rows a row at a time (a row's cells on one line or a few, each row ending
a line), then the rows left a column at a time (a column a run of lines of a
value each, as long as those rows, that ends a block). The part label may be
printed with the labels of the page above, before the previous part's last
values: the part label, its header, then its labels, each with its row's values,
go together to the end of the table's lines, a row a line.
"""

from __future__ import annotations

from .text_band_returns import repeats
from .text_bands import gap_blocks, names_year
from .text_grid_entries import PlainLine
from .text_stacked_rows import section
from .text_tables import header_columns
from .text_values import fewest_values
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
    rows = sum(1 for ln in labels if _takes_row(ln, voc))
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
        dealt = _dealt([block[head:], *taken[1:]], rows, columns)
        if dealt is None:
            return table, after
        moved = {ln.no for ln in [label, *labels, *(ln for b in taken for ln in b)]}
        return ([ln for ln in table if ln.no not in moved]
                + [label, *block[:head], *_written(labels, dealt, voc)],
                [ln for ln in after if ln.no not in moved])
    return table, after


def _dealt(blocks: list[list[PlainLine]], rows: int, columns: int) -> list[list[str]] | None:
    """The values of ``blocks`` dealt to ``rows`` rows of ``columns`` cells: the
    first rows a row at a time, the rest a column at a time (as many of those as
    fit: a run of lines of one value breaking at blank lines every as many rows is
    columns); None when no such dealing takes the lines as printed."""
    lines = [(fewest_values(ln.text) or [], k) for k, block in enumerate(blocks) for ln in block]
    if sum(len(vals) for vals, _ in lines) != rows * columns:
        return None
    for apart in range(rows, -1, -1):
        cut = _row_lines([vals for vals, _ in lines], rows - apart, columns)
        if cut is None or not _columns_apart(lines[cut:], apart):
            continue
        flat = [v for vals, _ in lines[:cut] for v in vals]
        grid = [flat[r * columns:(r + 1) * columns] for r in range(rows - apart)]
        below = [vals[0] for vals, _ in lines[cut:]]
        return grid + [[below[c * apart + r] for c in range(columns)] for r in range(apart)]
    return None


def _row_lines(lines: list[list[str]], rows: int, columns: int) -> int | None:
    """How many of the first lines print ``rows`` rows of ``columns`` values, each
    row ending a line; None when a line holds cells of two rows."""
    total = 0
    for cut, vals in enumerate(lines):
        if total == rows * columns:
            return cut
        if total // columns != (total + len(vals) - 1) // columns:
            return None
        total += len(vals)
    return len(lines) if total == rows * columns else None


def _columns_apart(lines: list[tuple[list[str], int]], rows: int) -> bool:
    """Whether lines (values, block) print columns of ``rows`` cells one after
    another: a value a line, each column's last line closing its block."""
    if not rows:
        return not lines
    return all(len(vals) == 1 for vals, _ in lines) and all(
        k + 1 == len(lines) or lines[k + 1][1] != lines[k][1]
        for k in range(rows - 1, len(lines), rows))


def _written(labels: list[PlainLine], dealt: list[list[str]], voc: Vocabulary
             ) -> list[PlainLine]:
    """The part's label lines, each label taking its row's values (two spaces
    apart), sections and the label column's heading as printed."""
    rows = iter(dealt)
    return [ln if not _takes_row(ln, voc) else
            PlainLine(ln.no, "  ".join([ln.text, *next(rows)]), ln.page, ln.indent)
            for ln in labels]


def _takes_row(ln: PlainLine, voc: Vocabulary) -> bool:
    """Whether a label line takes a row's values: not a section, not the label
    column's heading."""
    return "".join(ln.text.split()) not in voc.row_label_columns and not section(ln.text, voc)


def _waiting_labels(table: list[PlainLine], voc: Vocabulary
                    ) -> tuple[PlainLine | None, list[PlainLine]]:
    """The table's last part label and the label lines closing the table after it
    and after its last value line (none when a value closes the table)."""
    parts = [k for k, ln in enumerate(table) if voc.table_part_label.match(ln.text)]
    valued = [k for k, ln in enumerate(table) if fewest_values(ln.text) is not None]
    if not parts or not valued or valued[-1] == len(table) - 1:
        return None, []
    return table[parts[-1]], table[max(parts[-1], valued[-1]) + 1:]


def _header_size(block: list[PlainLine], voc: Vocabulary) -> int:
    """How many header lines open a block whose lines under them are all values,
    when they name a year's column (0 otherwise)."""
    first = next((k for k, ln in enumerate(block) if fewest_values(ln.text) is not None), 0)
    if not first or any(fewest_values(ln.text) is None for ln in block[first:]):
        return 0
    return first if any(names_year(ln.text, voc) for ln in block[:first]) else 0


def _value_blocks(blocks: list[list[PlainLine]]) -> list[list[PlainLine]]:
    """The blocks of value lines only at the start of ``blocks``."""
    out: list[list[PlainLine]] = []
    for block in blocks:
        if any(fewest_values(ln.text) is None for ln in block):
            break
        out.append(block)
    return out
