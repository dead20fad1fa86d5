"""A part label printed among the labels of the part above, put before its own part.

``pdftotext`` in its default mode prints a page's label column as a block of its
own: the label of a table's next part ("(2) Extrabudgetary") set under the last
labels of the part above comes out with them, before the header and values of
that part. The part label then stands between labels waiting for their values
and the header and values they wait for: after it header lines (no row label
among them), then value lines only, up to the label column's heading that opens
the next part's own lines. The part label goes right before that heading, so
that the part above keeps its header and values.

The label of a table's later part may come out last instead, after all the values,
in the label column's foot read as a block of its own: the last labels of the part
above, then the part label, then the part's own last labels. The part's header is
printed where it stands, between two runs of values on one page (a page's repeated
header opens its page instead). The part label goes before that header, and the
lines of the part above printed before the label go with it, at the end of their own
part (``late_part_label``).
"""

from __future__ import annotations

from .text_bands import names_year
from .text_grid_entries import PlainLine
from .text_grid_header import stub_heading
from .text_stacked_rows import heads_label
from .text_values import holds_values, values_of
from .text_vocab import Vocabulary


def part_labels_placed(body: list[PlainLine], voc: Vocabulary) -> list[PlainLine]:
    """A stacked table's lines with each part label printed after all the values
    moved before its part's header (``late_part_label``: the printed order tells), and
    each printed before the header and values of the part above moved to where its own
    part's lines open. (Most tables print no part label: they are as they were.)"""
    if not any(voc.table_part_label.match(ln.text) for ln in body):
        return body
    out = late_part_label(body, voc)
    for k in range(len(out)):
        if voc.table_part_label.match(out[k].text) and (j := _own_start(out, k, voc)):
            out = [*out[:k], *out[k + 1:j], out[k], *out[j:]]
    return out


def late_part_label(body: list[PlainLine], voc: Vocabulary) -> list[PlainLine]:
    """A stacked table's lines with the label of a later part printed after all the
    values (no row of label and values after it either) moved before that part's
    header, the lines printed between the last values and the label with it: the
    header is the last run of lines without values, between two value lines, that
    opens on the page of the values above it and names a year's column (a year alone
    is no value there; no part label after it)."""
    valued = [k for k, ln in enumerate(body)
              if values_of(ln.text) is not None and not names_year(ln.text, voc)]
    if not valued:
        return body
    last = valued[-1]
    label = next((k for k in range(last + 1, len(body))
                  if voc.table_part_label.match(body[k].text)), None)
    if label is None or any(holds_values(ln.text) for ln in body[label + 1:]):
        return body
    for above, below in reversed(list(zip(valued, valued[1:], strict=False))):
        run = body[above + 1:below]
        if any(voc.table_part_label.match(ln.text) for ln in run):
            return body
        if run and run[0].page == body[above].page and any(
                names_year(ln.text, voc) for ln in run):
            return [*body[:above + 1], *body[last + 1:label + 1], *body[above + 1:last + 1],
                    *body[label + 1:]]
    return body


def _own_start(lines: list[PlainLine], k: int, voc: Vocabulary) -> int | None:
    """Where the part labelled by ``lines[k]`` opens (its label column's heading)
    when the lines before the label wait for values and only the header and values
    of the part above stand between; None otherwise."""
    before = next((j for j in range(k - 1, -1, -1) if values_of(lines[j].text) is not None),
                  -1)
    if not any(heads_label(ln.text, voc) for ln in lines[before + 1:k]):
        return None
    j = k + 1
    while j < len(lines) and values_of(lines[j].text) is None \
            and not stub_heading(lines[j].text, voc):
        if heads_label(lines[j].text, voc):
            return None
        j += 1
    if j == k + 1 or j == len(lines) or stub_heading(lines[j].text, voc):
        return None
    while j < len(lines) and values_of(lines[j].text) is not None:
        j += 1
    return j if j < len(lines) and stub_heading(lines[j].text, voc) else None
